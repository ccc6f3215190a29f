/* cmd_compare.c — `claimbrief compare`: the claims table weighed against
 * itself and against cited references (compare.h), written to
 * reports/findings.csv and shown as a table. */
#include "cmd.h"
#include "compare.h"
#include "corpus.h"
#include "diag.h"
#include "findings.h"
#include "project.h"

#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>

static int run(int argc, char **argv);

const Command cmd_compare_def = {
    "compare", "check the claims against each other and cited references",
    "usage: claimbrief compare [--claims FILE] [-o FILE] [--quiet]\n"
    "\n"
    "Read the claims table (after curation) with data/relations.csv (how\n"
    "metrics relate) and data/reference.csv (cited reference values), and\n"
    "write one row per finding to reports/findings.csv: consistency checks\n"
    "with their verdicts (consistent, tension, inconsistent), derived figures\n"
    "and ratios with their intervals, and agreement among claims of the same\n"
    "metric, scope and year. Every figure carries its interval: \"more than\"\n"
    "is a lower bound, \"about\" a 5% band, an exact figure the precision of\n"
    "its digits.\n"
    "\n"
    "  --claims FILE  read claims from FILE (default data/claims.csv)\n"
    "  -o FILE        write findings to FILE (default reports/findings.csv)\n"
    "  --quiet        do not print the table of findings\n",
    run,
    CMD_PROJECT,
};

enum { O_CLAIMS = 256 };

static const CmdOpt options[] = {
    {"claims", O_CLAIMS, "a file name"},
    {NULL, 'o', "a file name"},
    {"quiet", 'q', NULL},
    {0},
};

static int run(int argc, char **argv)
{
    const char *claims = "data/claims.csv", *out_path = "reports/findings.csv";
    int quiet = 0, user_out = 0, key;
    CmdArgs a;
    cmd_args_begin(&a, &cmd_compare_def, options, argc, argv, 0);
    while ((key = cmd_args_next(&a)) != CMD_ARGS_END) {
        switch (key) {
        case O_CLAIMS: claims = project_user_path(a.value); break;
        case 'o': out_path = project_user_path(a.value), user_out = 1; break;
        case 'q': quiet = 1; break;
        default: return 2;
        }
    }
    if (a.rest < argc)
        return cmd_usage_error(&cmd_compare_def, "unexpected argument '%s'", argv[a.rest]);
    Diag d = {0};
    FindingList fl = {0};
    /* The bibliography as the brief shows it (its [n] and dates); its
     * mismatches with the corpus are brief's and build's to report. */
    Corpus corpus;
    SourceList sources;
    size_t nbad;
    corpus_list(CORPUS_DIR, &corpus, NULL);
    int rc = sources_load_for(CORPUS_DIR "/sources.csv", &corpus, &sources, NULL, NULL, &nbad, &d);
    if (rc == 0)
        rc = compare_files(claims, project_input("data/relations.csv"),
                           project_input("data/reference.csv"), project_input("data/metrics.csv"),
                           &sources, &fl, &d);
    sources_free(&sources);
    corpus_free(&corpus);
    if (rc == 0)
        rc = findings_save(out_path, &fl, user_out, &d);
    if (rc == 0 && !quiet) {
        printf("%-12s  %s\n", "VERDICT", "FINDING");
        for (size_t i = 0; i < fl.n; i++) {
            /* statements hold labels from the data: escaped, one line each */
            const char *st = fl.v[i].statement ? fl.v[i].statement : "";
            size_t cap = 4 * strlen(st) + 1;
            char *esc = xmalloc(cap);
            printf("%-12s  %s\n", finding_verdict_name(fl.v[i].verdict), diag_escape(esc, cap, st));
            free(esc);
        }
        if (fl.n == 0)
            printf("(no findings: no claims fit a relation, and no metric has two claims)\n");
        if (fflush(stdout) != 0)
            rc = diag_set(&d, CB_EWRITE, "standard output", 0, "cannot write: %s", strerror(errno ? errno : EIO));
    }
    findinglist_free(&fl);
    if (rc < 0)
        diag_print(&d);
    return diag_exit_status(rc);
}
