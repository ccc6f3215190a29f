/* textserial.h — which text this thread is reading.
 *
 * A memo that keeps, per thread, an answer for a place in a text, keyed
 * by the text's address and offsets, also keeps the text's serial: the
 * next document may be read into the buffer the last one was, and must
 * not get the answers kept for the last one's sentences at the same
 * offsets. extract_text takes a new serial for each text it reads.
 */
#ifndef CB_TEXTSERIAL_H
#define CB_TEXTSERIAL_H

#include <stddef.h>

/* The serial of the text this thread reads (0 before any). */
extern _Thread_local unsigned long text_serial;

/* A new text: a serial no memo of this thread holds yet. */
void textserial_next(void);

/* The key of such a memo: a span p[s, e) of the text this thread reads.
 * A sentence's answer is asked for by each of its claims and kept. */
typedef struct SpanKey {
    const char *p;
    size_t s, e;
    unsigned long serial;
} SpanKey;

/* 1 when k holds p[s, e) of the text read now (the kept answer holds);
 * else k takes it and 0 (the caller finds the answer and keeps it). */
static inline int spankey_same(SpanKey *k, const char *p, size_t s, size_t e)
{
    if (k->p == p && k->s == s && k->e == e && k->serial == text_serial)
        return 1;
    *k = (SpanKey){p, s, e, text_serial};
    return 0;
}

#endif
