/* rowindex.c — each document's span of rows in the claims table (see
 * rowindex.h). */
#include "rowindex.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

void rowindex_init(RowIndex *x)
{
    memset(x, 0, sizeof *x);
}

void rowindex_free(RowIndex *x)
{
    for (size_t i = 0; i < x->n; i++)
        free(x->v[i].name);
    free(x->v);
    memset(x, 0, sizeof *x);
}

void rowindex_add(RowIndex *x, const char *name, size_t off, size_t len)
{
    if (x->n == x->cap)
        x->v = xrealloc(x->v, (x->cap = x->cap ? 2 * x->cap : 64) * sizeof *x->v);
    x->v[x->n++] = (RowSpan){xstrdup(name), off, len};
}

void rowindex_write(const RowIndex *x, Buf *out)
{
    for (size_t i = 0; i < x->n; i++) {
        buf_printf(out, "%zu %zu ", x->v[i].off, x->v[i].len);
        /* the build record's escape: space, %, control bytes */
        for (const unsigned char *p = (const unsigned char *)x->v[i].name; *p; p++) {
            if (*p <= ' ' || *p == '%' || *p == 0x7f)
                buf_printf(out, "%%%02X", *p);
            else
                buf_putc(out, (char)*p);
        }
        buf_putc(out, '\n');
    }
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0'
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                  : -1;
}

/* A decimal number up to a space; -1 when there is none. */
static int number(const char **p, const char *end, size_t *v)
{
    const char *q = *p;
    size_t n = 0;
    while (q < end && *q >= '0' && *q <= '9') {
        if (n > ((size_t)-1 - 9) / 10)
            return -1;
        n = n * 10 + (size_t)(*q++ - '0');
    }
    if (q == *p || q >= end || *q != ' ')
        return -1;
    *v = n;
    *p = q + 1;
    return 0;
}

int rowindex_parse(const char *text, size_t len, size_t table_len, RowIndex *x)
{
    rowindex_init(x);
    const char *p = text, *end = text + len;
    size_t at = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t off, n;
        if (!nl || number(&p, nl, &off) < 0 || number(&p, nl, &n) < 0 || p == nl)
            goto bad;
        char *name = xmalloc((size_t)(nl - p) + 1), *o = name;
        for (; p < nl; p++) {
            if ((unsigned char)*p <= ' ' || *p == 0x7f) {   /* written escaped, never raw */
                free(name);
                goto bad;
            }
            if (*p != '%') {
                *o++ = *p;
                continue;
            }
            int hi = p + 2 < nl ? hexval(p[1]) : -1, lo = hi >= 0 ? hexval(p[2]) : -1;
            if (lo < 0 || (hi | lo) == 0) {
                free(name);
                goto bad;
            }
            *o++ = (char)(hi << 4 | lo);
            p += 2;
        }
        *o = '\0';
        /* spans in table order, inside the table; names in order */
        if (off < at || n > table_len || off > table_len - n ||
            (x->n && strcmp(x->v[x->n - 1].name, name) >= 0)) {
            free(name);
            goto bad;
        }
        if (x->n == x->cap)
            x->v = xrealloc(x->v, (x->cap = x->cap ? 2 * x->cap : 64) * sizeof *x->v);
        x->v[x->n++] = (RowSpan){name, off, n};
        at = off + n;
        p = nl + 1;
    }
    return 0;
bad:
    rowindex_free(x);
    return -1;
}

const RowSpan *rowindex_find(const RowIndex *x, const char *name)
{
    size_t lo = 0, hi = x->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(x->v[mid].name, name);
        if (c == 0)
            return &x->v[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
