/* buf.c — growable byte buffer (see buf.h). */
#include "buf.h"
#include "diag.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buf_init(Buf *b, size_t max)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->max = max;
}

void buf_free(Buf *b)
{
    free(b->data);
    buf_init(b, b->max);
}

static int reserve(Buf *b, size_t extra)
{
    if (b->max && (extra > b->max || b->len > b->max - extra))
        return -1;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap = cap * 2;
    b->data = xrealloc(b->data, cap);
    b->cap = cap;
    return 0;
}

int buf_append(Buf *b, const void *p, size_t n)
{
    if (reserve(b, n) < 0)
        return -1;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int buf_puts(Buf *b, const char *s)
{
    return buf_append(b, s, strlen(s));
}

int buf_printf(Buf *b, const char *fmt, ...)
{
    /* Format straight into the room there is; only what does not fit is
     * formatted again, after growing (counting first costs as much as
     * formatting). */
    size_t room = b->cap > b->len ? b->cap - b->len : 0;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;
    if ((size_t)n < room) {
        if (b->max && ((size_t)n > b->max || b->len > b->max - (size_t)n)) {
            b->data[b->len] = '\0';   /* over the cap: nothing appended */
            return -1;
        }
        b->len += (size_t)n;
        return 0;
    }
    if (reserve(b, (size_t)n) < 0) {
        if (b->data)
            b->data[b->len] = '\0';
        return -1;
    }
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

void buf_reset(Buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

char *buf_take(Buf *b, size_t *len)
{
    if (!b->data)
        b->data = xcalloc(1, 1);
    char *p = b->data;
    if (len)
        *len = b->len;
    buf_init(b, b->max);
    return p;
}

/* Integer arithmetic, not printf: the painters print numbers by the
 * hundred thousand. */
void buf_fixed(Buf *b, double v, int decimals)
{
    static const double pow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    char tmp[48], *p = tmp + sizeof tmp;
    if (!isfinite(v) || fabs(v) > 1e12)
        v = 0;
    if (decimals < 0)
        decimals = 0;
    if (decimals > 6)
        decimals = 6;
    long long q = llround(v * pow10[decimals]);
    int neg = q < 0;
    unsigned long long u = neg ? (unsigned long long)-q : (unsigned long long)q;
    int digits = decimals;
    while (digits > 0 && u % 10 == 0)
        u /= 10, digits--;
    for (; digits > 0; digits--)
        *--p = (char)('0' + u % 10), u /= 10;
    if (p != tmp + sizeof tmp)
        *--p = '.';
    do
        *--p = (char)('0' + u % 10), u /= 10;
    while (u);
    if (neg)
        *--p = '-';
    buf_append(b, p, (size_t)(tmp + sizeof tmp - p));
}
