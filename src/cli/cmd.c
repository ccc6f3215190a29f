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
    /* through diag: what the user typed is escaped (a control character
     * cannot forge a line or reach the terminal raw) */
    if (c)
        diag_error(NULL, "%s: %s (see 'claimbrief %s --help')", c->name, msg, c->name);
    else
        diag_error(NULL, "%s (see 'claimbrief --help')", msg);
    return 2;
}

void cmd_args_begin(CmdArgs *a, const Command *c, const CmdOpt *opts, int argc, char **argv,
                    int stop_at_operand)
{
    memset(a, 0, sizeof *a);
    a->cmd = c;
    a->opts = opts;
    a->argc = argc;
    a->argv = argv;
    /* ':' first: a missing value is ':', not '?', and getopt prints nothing */
    size_t k = 0, n = 0, nl = 0;
    if (stop_at_operand)
        a->shorts[k++] = '+';
    a->shorts[k++] = ':';
    for (const CmdOpt *o = opts; o->key; o++, n++) {
        if (n == CMD_MAX_OPTS)
            abort();   /* a table longer than CMD_MAX_OPTS: a bug */
        if (o->key < 256) {
            a->shorts[k++] = (char)o->key;
            if (o->value)
                a->shorts[k++] = ':';
        }
        if (o->name)
            a->longs[nl++] = (struct option){o->name, o->value ? required_argument : no_argument, NULL, o->key};
    }
    /* glibc: optind 0 starts over completely (the program's own options
     * were read before the command's) */
    optind = 0;
    opterr = 0;
}

static const CmdOpt *opt_by_key(const CmdArgs *a, int key)
{
    for (const CmdOpt *o = a->opts; o->key; o++)
        if (o->key == key)
            return o;
    return NULL;
}

/* The element an option was read from: the one before its separate
 * value, if any. */
static const char *typed(const CmdArgs *a)
{
    if (optarg && optind >= 2 && a->argv[optind - 1] == optarg)
        return a->argv[optind - 2];
    return a->argv[optind - 1];
}

int cmd_args_next(CmdArgs *a)
{
    int idx = -1;
    int key = getopt_long(a->argc, a->argv, a->shorts, a->longs, &idx);
    a->value = NULL;
    if (key == -1) {
        a->rest = optind;
        return CMD_ARGS_END;
    }
    const char *el = a->argv[optind - 1];
    if (key == ':') {
        /* a value is missing: name the option as it was typed */
        const CmdOpt *o = opt_by_key(a, optopt);
        char shown[64];
        if (!strncmp(el, "--", 2))
            snprintf(shown, sizeof shown, "%s", el);
        else
            snprintf(shown, sizeof shown, "-%c", optopt);
        return cmd_usage_error(a->cmd, "%s needs %s", shown, o && o->value ? o->value : "a value"),
               CMD_ARGS_BAD;
    }
    if (key == '?') {
        if (optopt && !strncmp(el, "--", 2)) {
            /* "--strict=1": a value for an option that takes none */
            const char *eq = strchr(el, '=');
            int len = (int)(eq ? (size_t)(eq - el) : strlen(el));
            return cmd_usage_error(a->cmd, "option '%.*s' takes no value", len, el), CMD_ARGS_BAD;
        }
        if (optopt)
            return cmd_usage_error(a->cmd, "unknown option '-%c'", optopt), CMD_ARGS_BAD;
        return cmd_usage_error(a->cmd, "unknown option '%s'", el), CMD_ARGS_BAD;
    }
    if (idx >= 0) {
        /* getopt_long takes any unambiguous prefix; only the full name is an option */
        const char *t = typed(a) + 2;
        size_t len = strlen(a->longs[idx].name), tl = strcspn(t, "=");
        if (tl != len || strncmp(t, a->longs[idx].name, len))
            return cmd_usage_error(a->cmd, "unknown option '%s'", typed(a)), CMD_ARGS_BAD;
    }
    a->value = optarg;
    return key;
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
