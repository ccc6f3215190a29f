/* cmd_merge.c — `claimbrief merge [-o FILE] SHARD.csv...`: the reduce
 * step after extract ran as a map step over shards of the corpus. */
#include "cmd.h"
#include "project.h"
#include "diag.h"
#include "fsio.h"
#include "merge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run(int argc, char **argv);

const Command cmd_merge_def = {
    "merge", "merge shard claims tables into the table one extract run writes",
    "usage: claimbrief merge [-o FILE] SHARD.csv...\n"
    "\n"
    "Merge claims tables written by 'claimbrief extract' over disjoint subsets\n"
    "of the documents (the shards of a map step) into exactly the table one\n"
    "extract run over all the documents writes: same rows, same order (by\n"
    "document, then offset), same ids, same bytes. In a shard, each document's\n"
    "rows must be together and in offset order, as extract writes them; the\n"
    "documents may come in any order, and an empty file is an empty shard. A\n"
    "document in two shards is an error. Memory does not grow with the number\n"
    "of claims.\n"
    "\n"
    "Extract each shard with the project's data/metrics.csv and\n"
    "data/curation.csv: curation rows name their document, so curating shard\n"
    "by shard gives the same rows as curating the whole corpus.\n"
    "\n"
    "  -o FILE   write the table to FILE (atomically) instead of stdout\n"
    "\n"
    "See the README, 'Scaling out', for running extract as a map step.\n",
    run,
    CMD_PROJECT_ANY,
};

static const CmdOpt options[] = {
    {NULL, 'o', "a file name"},
    {0},
};

static int run(int argc, char **argv)
{
    const char *out_path = NULL;
    int key;
    CmdArgs a;
    cmd_args_begin(&a, &cmd_merge_def, options, argc, argv, 0);
    while ((key = cmd_args_next(&a)) != CMD_ARGS_END) {
        if (key != 'o')
            return 2;
        out_path = project_user_path(a.value);
    }
    const char **shards = xcalloc((size_t)argc, sizeof *shards);
    size_t n = 0;
    for (int i = a.rest; i < argc; i++)
        shards[n++] = (char *)project_user_path(argv[i]);
    if (n == 0) {
        free(shards);
        return cmd_usage_error(&cmd_merge_def, "no shard files given");
    }
    Diag d = {0};
    int rc;
    if (out_path) {
        AtomicFile af;
        rc = fsio_atomic_open_user(&af, out_path, &d);
        if (rc == 0) {
            rc = merge_shards(shards, n, af.fp, &d);
            if (rc == 0)
                rc = fsio_atomic_commit(&af, &d);
            else
                fsio_atomic_abort(&af);
        }
    } else {
        rc = merge_shards(shards, n, stdout, &d);
    }
    free(shards);
    /* the table's own writes fail naming no file: name where it went */
    if (rc == CB_EWRITE && !d.file[0])
        snprintf(d.file, sizeof d.file, "%s", out_path ? out_path : "standard output");
    if (rc < 0)
        diag_print(&d);
    return diag_exit_status(rc);
}
