/* diag.c — the one message funnel (see diag.h). */
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

int diag_vset(Diag *d, int code, const char *file, long line, const char *fmt, va_list ap)
{
    if (!d)
        return code;
    d->code = code;
    snprintf(d->file, sizeof d->file, "%s", file ? file : "");
    d->line = line;
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    /* The message is one line: line breaks and tabs (a CSV cell quoted in
     * it) fold into spaces; what else it holds is escaped when printed. */
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

char *diag_escape(char *out, unsigned long cap, const char *s)
{
    unsigned long o = 0;
    const unsigned char *end = (const unsigned char *)s + strlen(s);
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        char esc[8];
        const char *piece = esc;
        unsigned long n = utf8_valid((const char *)p, (size_t)(end - p)), pl;
        if (n == 1 && (*p < 0x20 || *p == 0x7F)) {
            if (*p == '\n' || *p == '\r' || *p == '\t')
                snprintf(esc, sizeof esc, "\\%c", *p == '\n' ? 'n' : *p == '\r' ? 'r' : 't');
            else
                snprintf(esc, sizeof esc, "\\x%02x", *p);
            pl = strlen(esc);
        } else if (n == 0) {
            snprintf(esc, sizeof esc, "\\x%02x", *p);
            pl = strlen(esc);
            n = 1;
        } else if (n == 2 && p[0] == 0xC2 && p[1] < 0xA0) {   /* C1 controls, U+0080..U+009F */
            snprintf(esc, sizeof esc, "\\u%04x", p[1]);
            pl = strlen(esc);
        } else {
            piece = (const char *)p;
            pl = n;
        }
        if (o + pl >= cap)
            break;
        memcpy(out + o, piece, pl);
        o += pl;
        p += n;
    }
    out[o] = '\0';
    return out;
}

static void emit(const char *prefix, const char *file, long line, const char *msg)
{
    /* Escaped, each part can grow fourfold. */
    char f[4 * sizeof ((Diag *)0)->file + 1], m[4 * sizeof ((Diag *)0)->msg + 1];
    char loc[sizeof f + 32] = "";
    if (file && *file) {
        diag_escape(f, sizeof f, file);
        if (line > 0)
            snprintf(loc, sizeof loc, "%s:%ld: ", f, line);
        else
            snprintf(loc, sizeof loc, "%s: ", f);
    }
    fprintf(stderr, "claimbrief: %s%s%s\n", loc, prefix, diag_escape(m, sizeof m, msg));
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

void diag_error(const char *file, const char *fmt, ...)
{
    Diag d;
    va_list ap;
    va_start(ap, fmt);
    diag_vset(&d, CB_EINPUT, file, 0, fmt, ap);
    va_end(ap);
    emit("", d.file, 0, d.msg);
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
    /* cut before a continuation byte: back to the start of its character */
    if (s[n])
        n = utf8_back(s, n);
    memcpy(dst, s, n);
    dst[n] = '\0';
}

void strcopy(char *dst, unsigned long cap, const char *s)
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
