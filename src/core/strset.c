/* strset.c — several byte strings looked for in one pass (see strset.h). */
#include "strset.h"

#include <stdlib.h>
#include <string.h>

void strset_init(StrSet *set, const char *const *list)
{
    memset(set, 0, sizeof *set);
    memset(set->first, 0xFF, sizeof set->first);
    memset(set->next, 0xFF, sizeof set->next);
    uint8_t last[256];   /* the last string so far of each first byte */
    memset(last, 0xFF, sizeof last);
    for (size_t k = 0; list[k]; k++) {
        size_t n = strlen(list[k]);
        if (k >= STRSET_MAX || n == 0 || n > 255)
            abort();   /* the program's own lists: a bug, caught by any test */
        const unsigned char *u = (const unsigned char *)list[k];
        set->s[k] = list[k];
        set->len[k] = (uint8_t)n;
        if (last[u[0]] == 0xFF)
            set->first[u[0]] = (uint8_t)k;
        else
            set->next[last[u[0]]] = (uint8_t)k;
        last[u[0]] = (uint8_t)k;
        if (n == 1)
            set->single[u[0] >> 6] |= 1ull << (u[0] & 63);
        else {
            unsigned b = (unsigned)u[0] << 8 | u[1];
            set->pair[b >> 6] |= 1ull << (b & 63);
        }
        set->n = k + 1;
    }
}

/* Could a string open at u[i] (of a text ending at e)? */
static inline int may_open(const StrSet *set, const unsigned char *u, size_t i, size_t e)
{
    if (set->single[u[i] >> 6] >> (u[i] & 63) & 1)
        return 1;
    if (i + 1 >= e)
        return 0;
    unsigned b = (unsigned)u[i] << 8 | u[i + 1];
    return (int)(set->pair[b >> 6] >> (b & 63) & 1);
}

/* The first string of the list at u[i], given it may open there. */
static int match_at(const StrSet *set, const char *p, size_t i, size_t e)
{
    for (uint8_t k = set->first[(unsigned char)p[i]]; k != 0xFF; k = set->next[k])
        if (set->len[k] <= e - i && !memcmp(p + i, set->s[k], set->len[k]))
            return k;
    return -1;
}

int strset_at(const StrSet *set, const char *p, size_t i, size_t e)
{
    if (i >= e || !may_open(set, (const unsigned char *)p, i, e))
        return -1;
    return match_at(set, p, i, e);
}

int strset_any(const StrSet *set, const char *p, size_t from, size_t to)
{
    const unsigned char *u = (const unsigned char *)p;
    for (size_t i = from; i < to; i++)
        if (may_open(set, u, i, to) && match_at(set, p, i, to) >= 0)
            return 1;
    return 0;
}
