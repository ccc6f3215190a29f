/* diag.c — the one message funnel (see diag.h). */
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int diag_vset(Diag *d, int code, const char *file, long line, const char *fmt, va_list ap)
{
    if (!d)
        return code;
    d->code = code;
    snprintf(d->file, sizeof d->file, "%s", file ? file : "");
    d->line = line;
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    /* The format promises one line: fold any control characters. */
    for (char *p = d->msg; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    return code;
}

int diag_set(Diag *d, int code, const char *file, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vset(d, code, file, line, fmt, ap);
    va_end(ap);
    return code;
}

void diag_clear(Diag *d)
{
    memset(d, 0, sizeof *d);
}

static void emit(const char *prefix, const char *file, long line, const char *msg)
{
    char loc[1100] = "";
    if (file && *file) {
        if (line > 0)
            snprintf(loc, sizeof loc, "%s:%ld: ", file, line);
        else
            snprintf(loc, sizeof loc, "%s: ", file);
    }
    fprintf(stderr, "claimbrief: %s%s%s\n", loc, prefix, msg);
}

void diag_print(const Diag *d)
{
    emit("", d->file, d->line, d->msg[0] ? d->msg : "unknown error");
}

static DiagWarnFn warn_fn;
static void *warn_ctx;

void diag_on_warn(DiagWarnFn fn, void *ctx)
{
    warn_fn = fn;
    warn_ctx = ctx;
}

void diag_warn(const char *file, long line, const char *fmt, ...)
{
    Diag d;
    va_list ap;
    va_start(ap, fmt);
    diag_vset(&d, 0, file, line, fmt, ap);
    va_end(ap);
    emit("warning: ", d.file, d.line, d.msg);
    if (warn_fn)
        warn_fn(&d, warn_ctx);
}

int diag_exit_status(int code)
{
    switch (code) {
    case CB_OK: return 0;
    case CB_EUSAGE: return 2;
    case CB_EWRITE: return 3;
    default: return 1;
    }
}

_Noreturn void diag_oom(void)
{
    fputs("claimbrief: out of memory\n", stderr);
    abort();
}

void *xmalloc(unsigned long n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        diag_oom();
    return p;
}

void *xcalloc(unsigned long n, unsigned long size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        diag_oom();
    return p;
}

void *xrealloc(void *p, unsigned long n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        diag_oom();
    return q;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

void strcut(char *dst, unsigned long cap, const char *s)
{
    size_t n = strnlen(s, cap - 1);
    memcpy(dst, s, n);
    dst[n] = '\0';
}

char *xstrndup(const char *s, unsigned long n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}
