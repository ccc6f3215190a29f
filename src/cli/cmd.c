/* cmd.c — helpers shared by the subcommands (see cmd.h). */
#include "cmd.h"
#include "diag.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const Command *cmd_find(const char *name)
{
    for (int i = 0; cb_commands[i]; i++)
        if (strcmp(cb_commands[i]->name, name) == 0)
            return cb_commands[i];
    return NULL;
}

int cmd_usage_error(const Command *c, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error(NULL, "%s: %s (see 'claimbrief %s --help')", c->name, msg, c->name);
    return 2;
}

int cmd_wants_help(const Command *c, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(c->usage, stdout);
            return 1;
        }
    }
    return 0;
}

long cmd_parse_count(const char *s, long max)
{
    if (!s || !*s)
        return -1;
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (*end || errno || v < 0 || v > max)
        return -1;
    return v;
}
