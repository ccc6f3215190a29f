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

#include <getopt.h>

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

/* Print "claimbrief: NAME: message (see 'claimbrief NAME --help')" (with
 * c NULL, the program's own options: "claimbrief: message (see
 * 'claimbrief --help')") and return exit status 2. */
int cmd_usage_error(const Command *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- options: a table per command, read with getopt_long ----
 *
 * Every option is spelled out in full ("--no-curation"; an abbreviation
 * such as "--no-c" is an unknown option, so that a new option can never
 * make an old command line ambiguous). A value comes as "--opt value",
 * "--opt=value", "-o value" or "-ovalue"; options and operands may be
 * mixed, and "--" ends the options (what follows is an operand even when
 * it starts with '-'). "-" alone is an operand (stdin). */
#define CMD_MAX_OPTS 15

/* One option: its long name without "--" (NULL: a short option only),
 * its key (the short letter, or a code >= 256 for a long-only option) and,
 * when it takes a value, the words the usage error uses for it
 * ("a file name": "-o needs a file name"). A table ends with key 0. */
typedef struct CmdOpt {
    const char *name;
    int key;
    const char *value;
} CmdOpt;

enum { CMD_ARGS_END = -1, CMD_ARGS_BAD = -2 };

/* Reading one command line (getopt_long's state is global: one at a time). */
typedef struct CmdArgs {
    const Command *cmd;   /* NULL: the program's own options (before the command) */
    const CmdOpt *opts;
    int argc;
    char **argv;          /* getopt_long moves the operands after the options */
    const char *value;    /* the value of the option just read, or NULL */
    int rest;             /* at CMD_ARGS_END: the first operand, argv[rest..argc) */
    char shorts[2 * CMD_MAX_OPTS + 3];
    struct option longs[CMD_MAX_OPTS + 1];
} CmdArgs;

/* Start reading argv[1..argc) (argv[0] is the command's name) against opts.
 * stop_at_operand: the first operand ends the options (the program's own
 * options stop at the command's name). */
void cmd_args_begin(CmdArgs *a, const Command *c, const CmdOpt *opts, int argc, char **argv,
                    int stop_at_operand);

/* The next option's key (its value in a->value); CMD_ARGS_END when the
 * options are done (a->rest set); CMD_ARGS_BAD when the line is wrong
 * (unknown option, missing value, value given to an option that takes
 * none): the one-line usage error is printed, the caller exits 2. */
int cmd_args_next(CmdArgs *a);

/* Shared option handling: when argv holds -h/--help, print the usage to
 * stdout and return 1 (caller exits 0); else 0. */
int cmd_wants_help(const Command *c, int argc, char **argv);

/* Parse a non-negative integer option value; -1 when malformed. */
long cmd_parse_count(const char *s, long max);

#endif
