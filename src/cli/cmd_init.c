/* cmd_init.c — `claimbrief init [DIR]`: start a project (project.h);
 * `claimbrief init --update [--dry-run] [DIR]`: bring its copies of the
 * defaults up to date (dataupdate.h).
 *
 * Writes the settings, a README of the layout, the empty bibliography
 * and curation tables, and copies of the default metrics, relations and
 * references with the defaults they copy (data/.defaults/); never
 * overwrites a file. The fonts stay where they were installed. */
#include "buf.h"
#include "cmd.h"
#include "dataupdate.h"
#include "diag.h"
#include "project.h"

#include <stdio.h>
#include <string.h>

static int run(int argc, char **argv);

const Command cmd_init_def = {
    "init", "start a project: settings, data/corpus/, the default data files",
    "usage: claimbrief init [DIR]\n"
    "       claimbrief init --update [--dry-run] [DIR]\n"
    "\n"
    "Make DIR (default: the current folder) a claimbrief project:\n"
    "claimbrief.ini (the brief's title, author, marking, paper...), README.md,\n"
    "data/corpus/ with an empty sources.csv, an empty data/curation.csv, and\n"
    "copies of the default data/metrics.csv, data/relations.csv and\n"
    "data/reference.csv to edit, with the defaults they copy in data/.defaults/.\n"
    "The fonts installed with claimbrief serve every project (a project's own\n"
    "fonts/ replaces them). Files already there are kept as they are; each file\n"
    "written is listed.\n"
    "\n"
    "  --update    merge the defaults of this claimbrief into the project's\n"
    "              copies, row by row: a row you did not change takes the new\n"
    "              default, a row you changed is kept (a conflict when the\n"
    "              default changed it too: both rows shown), new default rows are\n"
    "              added, rows the default dropped are removed unless you changed\n"
    "              them, your own rows stay. One line per changed row, then a\n"
    "              summary per file. Running it again changes nothing.\n"
    "  --dry-run   with --update: say what would change, write nothing\n",
    run,
    CMD_NO_PROJECT,
};

enum { OPT_UPDATE = 256, OPT_DRY_RUN };

/* --update: merge, print what changed. */
static int update(const char *dir, int dry_run)
{
    Buf report;
    buf_init(&report, 0);
    Diag d = {0};
    int rc = dataupdate_run(dir, dry_run, &report, &d);
    if (rc < 0)
        diag_print(&d);
    else
        fputs(report.data ? report.data : "", stdout);
    if (rc == 0 && dry_run)
        puts("(dry run: nothing written)");
    buf_free(&report);
    return diag_exit_status(rc);
}

static int run(int argc, char **argv)
{
    const Command *self = &cmd_init_def;
    const char *dir = ".";
    static const CmdOpt options[] = {
        {"update", OPT_UPDATE, NULL},
        {"dry-run", OPT_DRY_RUN, NULL},
        {0},
    };
    int do_update = 0, dry_run = 0, key;
    CmdArgs a;
    cmd_args_begin(&a, self, options, argc, argv, 0);
    while ((key = cmd_args_next(&a)) != CMD_ARGS_END) {
        if (key == OPT_UPDATE)
            do_update = 1;
        else if (key == OPT_DRY_RUN)
            dry_run = 1;
        else
            return 2;
    }
    if (a.rest + 1 < argc)
        return cmd_usage_error(self, "unexpected argument '%s' (one folder)", argv[a.rest + 1]);
    if (a.rest < argc)
        dir = argv[a.rest];
    if (dry_run && !do_update)
        return cmd_usage_error(self, "--dry-run goes with --update");
    if (do_update)
        return update(dir, dry_run);
    Buf created;
    buf_init(&created, 0);
    Diag d = {0};
    int rc = project_init(dir, &created, &d);
    /* What was written, even when a later file failed. */
    if (created.len)
        fputs(created.data, stdout);
    if (rc < 0) {
        diag_print(&d);
    } else if (!created.len) {
        printf("%s is a claimbrief project already: nothing written\n", dir);
    } else {
        printf("\nA claimbrief project is ready in %s. Next:\n"
               "  1. put the documents (.txt, .pdf, .html) in %s/data/corpus/\n"
               "  2. list them in %s/data/corpus/sources.csv (file,title,authors,publisher,date,url)\n"
               "  3. set the title, author and marking in %s/" PROJECT_SETTINGS "\n"
               "  4. run 'claimbrief build' in %s (or 'claimbrief -C %s build')\n",
               dir, dir, dir, dir, dir, dir);
    }
    buf_free(&created);
    return diag_exit_status(rc);
}
