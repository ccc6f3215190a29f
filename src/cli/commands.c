/* commands.c — the subcommand table and `claimbrief help`.
 *
 * Adding a command: write cmd_NAME.c exporting `const Command
 * cmd_NAME_def`, declare it below and list it in cb_commands.
 */
#include "cmd.h"
#include "diag.h"

#include <stdio.h>

static int run_help(int argc, char **argv);
static const Command cmd_help_def = {
    "help", "show the commands, or one command's help",
    "usage: claimbrief help [COMMAND]\n"
    "\n"
    "Without COMMAND, list the commands; with it, print that command's help\n"
    "(the same as 'claimbrief COMMAND --help').\n",
    run_help,
    CMD_NO_PROJECT,
};

extern const Command cmd_init_def;
extern const Command cmd_extract_def;
extern const Command cmd_merge_def;
extern const Command cmd_compare_def;
extern const Command cmd_chart_def;
extern const Command cmd_brief_def;
extern const Command cmd_build_def;

/* ORDER: as `claimbrief help` lists them, the pipeline's order. */
const Command *const cb_commands[] = {
    &cmd_init_def,
    &cmd_build_def,
    &cmd_extract_def,
    &cmd_compare_def,
    &cmd_chart_def,
    &cmd_brief_def,
    &cmd_merge_def,
    &cmd_help_def,
    NULL,
};

void cmd_print_overview(FILE *fp)
{
    fputs("usage: claimbrief [-C DIR] COMMAND [ARGS...]\n"
          "       claimbrief --version | --help\n"
          "\n"
          "Turn a folder of documents into a checked briefing on their numbers.\n"
          "The project folder (the nearest one holding claimbrief.ini or data/corpus/,\n"
          "from the current folder up; or DIR) holds data/, reports/, claimbrief.ini.\n"
          "\n"
          "Commands:\n", fp);
    for (int i = 0; cb_commands[i]; i++)
        fprintf(fp, "  %-9s %s\n", cb_commands[i]->name, cb_commands[i]->summary);
    fputs("\n"
          "Exit status: 0 success, 1 bad input, 2 bad usage, 3 cannot write output.\n"
          "Run 'claimbrief COMMAND --help' for a command's options.\n", fp);
}

static int run_help(int argc, char **argv)
{
    if (argc > 2)
        return cmd_usage_error(&cmd_help_def, "too many arguments");
    if (argc == 1) {
        cmd_print_overview(stdout);
        return 0;
    }
    const Command *c = cmd_find(argv[1]);
    if (!c) {
        diag_error(NULL, "help: no command '%s' (see 'claimbrief help')", argv[1]);
        return 2;
    }
    fputs(c->usage, stdout);
    return 0;
}

