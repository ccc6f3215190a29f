/* cmd.h — the subcommand interface.
 *
 * Each subcommand lives in cmd_NAME.c and exports one Command. main.c
 * lists them in its table; `claimbrief help`, `claimbrief NAME --help`
 * and the README are generated from / checked against these fields.
 * A command's run() is called with the process already in the project
 * folder (main finds it, or takes -C's), argv[0] being the command's
 * name; paths the user typed go through project_user_path. It returns
 * an exit status (0, 1, 2 or 3) and prints errors through diag.
 */
#ifndef CB_CMD_H
#define CB_CMD_H

/* What a command needs of the project folder (project.h). */
enum {
    CMD_PROJECT,       /* a project: found upwards, or -C; an error without one */
    CMD_PROJECT_ANY,   /* a project when there is one (a filter works anywhere) */
    CMD_NO_PROJECT,    /* runs where it is started (-C still applies) */
};

typedef struct Command {
    const char *name;
    const char *summary;   /* one line, shown by `claimbrief help` */
    const char *usage;     /* full help text, ends with a newline */
    int (*run)(int argc, char **argv);
    int project;           /* CMD_PROJECT... */
} Command;

/* The table, in the order `help` lists it; NULL-terminated. */
extern const Command *const cb_commands[];

/* Print the program's overview (usage, command list, exit codes). */
#include <stdio.h>
void cmd_print_overview(FILE *fp);

/* Find a command by exact name, or NULL. */
const Command *cmd_find(const char *name);

/* Print "claimbrief: NAME: message (see 'claimbrief NAME --help')" and
 * return exit status 2. */
int cmd_usage_error(const Command *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Shared option handling: when argv holds -h/--help, print the usage to
 * stdout and return 1 (caller exits 0); else 0. */
int cmd_wants_help(const Command *c, int argc, char **argv);

/* Parse a non-negative integer option value; -1 when malformed. */
long cmd_parse_count(const char *s, long max);

#endif
