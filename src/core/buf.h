/* buf.h — a growable byte buffer with an optional size cap.
 *
 * The buffer owns its bytes; buf_free releases them, buf_take hands them
 * to the caller (who then frees them with free()). data is always
 * NUL-terminated (the NUL is not counted in len), so text can be used as
 * a C string when it holds no NUL.
 */
#ifndef CB_BUF_H
#define CB_BUF_H

#include <stddef.h>

typedef struct Buf {
    char *data;
    size_t len;
    size_t cap;   /* allocated bytes */
    size_t max;   /* 0: no cap; else appends past max fail */
} Buf;

void buf_init(Buf *b, size_t max);
void buf_free(Buf *b);
/* Return 0, or -1 when the append would pass the cap (nothing appended). */
int buf_append(Buf *b, const void *p, size_t n);
int buf_puts(Buf *b, const char *s);
/* One byte: in line while there is room (a CSV row puts a comma a
 * field), else as buf_append. */
static inline int buf_putc(Buf *b, char c)
{
    if (!b->max && b->len + 2 <= b->cap) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return 0;
    }
    return buf_append(b, &c, 1);
}
int buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_reset(Buf *b);
/* Hand the bytes to the caller; b is left empty. */
char *buf_take(Buf *b, size_t *len);
/* Append v rounded to `decimals` decimals (0..6), trailing zeros and a
 * trailing point cut ("1.5", "-2", "0.125"); a value that is not finite
 * or beyond 1e12 is written as 0. */
void buf_fixed(Buf *b, double v, int decimals);

#endif
