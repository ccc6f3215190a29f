/* cmd_init.c — `claimbrief init [DIR]`: start a project (project.h).
 *
 * Writes the settings, a README of the layout, the empty bibliography
 * and curation tables, and copies of the default metrics, relations and
 * references; never overwrites a file. The fonts stay where they were
 * installed. */
#include "buf.h"
#include "cmd.h"
#include "diag.h"
#include "project.h"

#include <stdio.h>
#include <string.h>

static int run(int argc, char **argv);

const Command cmd_init_def = {
    "init", "start a project: settings, data/corpus/, the default data files",
    "usage: claimbrief init [DIR]\n"
    "\n"
    "Make DIR (default: the current folder) a claimbrief project:\n"
    "claimbrief.ini (the brief's title, author, marking, paper...), README.md,\n"
    "data/corpus/ with an empty sources.csv, an empty data/curation.csv, and\n"
    "copies of the default data/metrics.csv, data/relations.csv and\n"
    "data/reference.csv to edit. The fonts installed with claimbrief serve every\n"
    "project (a project's own fonts/ replaces them). Files already there are\n"
    "kept as they are; each file written is listed.\n",
    run,
    CMD_NO_PROJECT,
};

static int run(int argc, char **argv)
{
    const Command *self = &cmd_init_def;
    const char *dir = ".";
    static const CmdOpt none[] = {{0}};
    CmdArgs a;
    cmd_args_begin(&a, self, none, argc, argv, 0);
    if (cmd_args_next(&a) != CMD_ARGS_END)
        return 2;   /* init has no options */
    if (a.rest + 1 < argc)
        return cmd_usage_error(self, "unexpected argument '%s' (one folder)", argv[a.rest + 1]);
    if (a.rest < argc)
        dir = argv[a.rest];
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
