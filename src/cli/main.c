/* main.c — claimbrief's entry point: global options, then the subcommand.
 *
 *   claimbrief [-C DIR] COMMAND [ARGS...]
 *
 * The project folder (data/, reports/, claimbrief.ini) is found as git
 * finds a repository: from the current folder upwards (project.h); -C DIR
 * names it instead.
 */
#include "cmd.h"
#include "diag.h"
#include "fsio.h"
#include "project.h"
#include "suggest.h"

#include <errno.h>
#include <gsl/gsl_errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The status to end with once stdout is flushed: 3 when what was
 * printed could not be written (a full disk, /dev/full, a closed pipe),
 * said once: a command that failed has said why (extract and compare say
 * so of their own output). */
static int flushed(int rc)
{
    if ((fflush(stdout) != 0 || ferror(stdout)) && rc == 0) {
        diag_error("standard output", "cannot write: %s", strerror(errno ? errno : EIO));
        return 3;
    }
    return rc;
}

int main(int argc, char **argv)
{
    /* GSL must never abort the process: every status is checked instead. */
    gsl_set_error_handler_off();
    /* Ctrl-C, SIGTERM and SIGHUP go to fsio's signal thread (no temporary
     * is left behind, whatever the other threads are doing); SIGXFSZ is
     * ignored, so `ulimit -f` gives "File too large", not a silent kill. */
    fsio_signals_start();

    /* the program's own options, up to the command's name */
    enum { O_VERSION = 256 };
    static const CmdOpt options[] = {
        {NULL, 'C', "a folder"},
        {"help", 'h', NULL},
        {"version", O_VERSION, NULL},
        {0},
    };
    const char *cdir = NULL;
    CmdArgs a;
    int key;
    cmd_args_begin(&a, NULL, options, argc, argv, 1);
    while ((key = cmd_args_next(&a)) != CMD_ARGS_END) {
        switch (key) {
        case O_VERSION: printf("claimbrief %s\n", CB_VERSION); return flushed(0);
        case 'h': cmd_print_overview(stdout); return flushed(0);
        case 'C':
            if (!*a.value)   /* an empty name: the error would name nothing */
                return cmd_usage_error(NULL, "-C needs a folder, not an empty name");
            cdir = a.value;
            break;
        default: return 2;
        }
    }
    int i = a.rest;
    if (i >= argc) {
        cmd_print_overview(stderr);
        return 2;
    }
    const Command *c = cmd_find(argv[i]);
    if (!c) {
        const char *best = NULL;
        size_t bd = 3;
        for (int k = 0; cb_commands[k]; k++) {
            size_t dd = suggest_distance(argv[i], cb_commands[k]->name);
            if (dd < bd) {
                bd = dd;
                best = cb_commands[k]->name;
            }
        }
        if (best)
            diag_error(NULL, "no command '%s'; did you mean '%s'?", argv[i], best);
        else
            diag_error(NULL, "no command '%s' (see 'claimbrief help')", argv[i]);
        return 2;
    }
    if (cmd_wants_help(c, argc - i, argv + i))
        return flushed(0);
    /* The project: -C's folder, or the nearest one upwards. */
    Diag d = {0};
    if (c->project == CMD_NO_PROJECT && cdir && chdir(cdir) != 0)
        diag_set(&d, CB_EINPUT, cdir, 0, "cannot enter project folder: %s", strerror(errno));
    else if (c->project != CMD_NO_PROJECT)
        project_enter(cdir, &d);
    if (!d.code && c->project == CMD_PROJECT && !project_found())
        diag_set(&d, CB_EINPUT, NULL, 0,
                 "%s is not in a claimbrief project: no " PROJECT_SETTINGS " or data/corpus/ "
                 "there%s (start one with 'claimbrief init DIR', or name one with -C DIR)",
                 project_start(), cdir ? "" : " or in a folder above it");
    if (d.code) {
        diag_print(&d);
        return diag_exit_status(d.code);
    }
    return flushed(c->run(argc - i, argv + i));
}
