/* cuesieve.c — where no cue of a kind can start (see cuesieve.h). */
#include "cuesieve.h"

#include "ascii.h"

static unsigned pair(const char *p)
{
    return (unsigned)ascii_lower((unsigned char)p[0]) << 8 | ascii_lower((unsigned char)p[1]);
}

void cuesieve_add(CueSieve *s, unsigned kind, const char *tok, size_t len, int word)
{
    if (kind >= CUESIEVE_KINDS)
        return;
    if (!word || len < 2)
        s->always |= (uint16_t)(1u << kind);
    else
        s->kinds[pair(tok)] |= (uint16_t)(1u << kind);
}

int cuesieve_may(const CueSieve *s, const char *t, size_t from, size_t to, unsigned kinds)
{
    if (s->always & kinds)
        return 1;
    for (size_t i = from; i + 1 < to; i++)
        if (s->kinds[pair(t + i)] & kinds)
            return 1;
    return 0;
}

/* May a token start at t[i]? At from, after a byte that is no ASCII
 * letter or digit, or at one that ends an ASCII word: a mark ("5%"), a
 * character past ASCII ("65岁以上", "5G目标": a Chinese character is a
 * word of its own). */
static int word_start(const char *t, size_t from, size_t i)
{
    unsigned char c = (unsigned char)t[i];
    return i == from || !ascii_isalnum((unsigned char)t[i - 1]) || (c > ' ' && c != 0x7F && !ascii_isalnum(c));
}

size_t cuesieve_next(const CueSieve *s, const char *t, size_t from, size_t i, size_t to, unsigned kinds)
{
    int any = (s->always & kinds) != 0;
    for (; i + 1 < to; i++)
        if (word_start(t, from, i) && (any || (s->kinds[pair(t + i)] & kinds)))
            return i;
    /* (a cue of a byte's token, unsieved, at the last byte) */
    return any && i < to && word_start(t, from, i) ? i : to;
}
