/* figtoks.c — the words around a figure (see figtoks.h). */
#include "figtoks.h"

#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "aspect.h"

#define SIDE_BEFORE 400   /* (bytes of the sentence read before the figure) */
#define SIDE_AFTER 300    /* (and after it) */

/* Does the list entry e ask for its case as written (a capital in it)? */
static int cased(const char *e)
{
    for (; *e; e++)
        if (ascii_isupper((unsigned char)*e))
            return 1;
    return 0;
}

/* May entry e match doc at s by its first byte? 0 only when it cannot:
 * that byte differs in any case from the entry's first ('*' and ' '
 * match otherwise). */
static inline int opens_alike(const char *e, const char *doc, size_t s, size_t lim)
{
    unsigned char e0 = (unsigned char)e[0];
    if (!e0 || e0 == '*' || e0 == ' ')
        return 1;
    return s < lim && ascii_lower((unsigned char)doc[s]) == ascii_lower(e0);
}

/* Where entry e ends matching doc at s (not past lim), or 0: its
 * spaces match blanks or hyphens, a trailing '*' any rest of the word;
 * it ends at a word's end. */
static size_t match_at(const char *doc, size_t s, size_t lim, const char *e)
{
    /* (most entries fail at their first letter, in any case: told
     * before the entry is read for its case) */
    if (!opens_alike(e, doc, s, lim))
        return 0;
    int cs = cased(e);
    size_t i = s;
    for (; *e; e++) {
        if (*e == '*' && !e[1]) {
            while (i < lim && ascii_isalnum((unsigned char)doc[i]))
                i++;
            return i;
        }
        if (*e == ' ') {
            size_t j = i;
            while (j < lim && (ascii_isgap((unsigned char)doc[j]) || doc[j] == '-'))
                j++;
            if (j == i)
                return 0;
            i = j;
            continue;
        }
        if (i >= lim)
            return 0;
        unsigned char a = (unsigned char)doc[i], b = (unsigned char)*e;
        if (cs ? a != b : ascii_lower(a) != b)
            return 0;
        i++;
    }
    return i < lim && ascii_isalnum((unsigned char)doc[i]) && ascii_isalnum((unsigned char)doc[i - 1]) ? 0 : i;
}

int figtoks_read(FigToks *ft, const char *doc, size_t ss, size_t se, const Claim *c)
{
    ft->doc = doc;
    ft->ss = ss, ft->se = se;
    ft->n = 0;
    if (c->start < ss || c->end > se || c->start >= c->end)
        return 0;
    for (size_t side = SIDE_BEFORE; side >= 50; side /= 2) {
        size_t from = c->start - ss > side ? c->start - side : ss;
        size_t to = se - c->end > side * 3 / 4 ? c->end + side * 3 / 4 : se;
        /* (from a word's start: back to a blank) */
        while (from > ss && !ascii_isgap((unsigned char)doc[from - 1]))
            from--;
        ft->n = cuetok_split(doc, from, to, ft->t, FIGTOKS_MAX);
        ft->from = from;
        if (ft->n < FIGTOKS_MAX)
            break;
    }
    ft->fs = ft->fe = SIZE_MAX;
    for (size_t i = 0; i < ft->n; i++)
        if (ft->t[i].s < c->end && ft->t[i].e > c->start) {
            if (ft->fs == SIZE_MAX)
                ft->fs = i;
            ft->fe = i + 1;
        }
    if (ft->fs == SIZE_MAX)
        return 0;
    size_t bcs, bce;
    aspect_clause(doc, ss, se, c, &bcs, &bce);
    ft->cs = ft->fs, ft->ce = ft->fe;
    while (ft->cs > 0 && ft->t[ft->cs - 1].s >= bcs)
        ft->cs--;
    while (ft->ce < ft->n && ft->t[ft->ce].e <= bce)
        ft->ce++;
    return 1;
}

int figtoks_word(const FigToks *ft, size_t i, const char *const *list)
{
    if (i >= ft->n || ft->t[i].type != CUETOK_WORD)
        return 0;
    /* (an entry is tried only where its first byte may stand: most are
     * passed here without a call) */
    size_t s = ft->t[i].s, e = ft->t[i].e;
    for (size_t k = 0; list[k]; k++)
        if (opens_alike(list[k], ft->doc, s, e) && match_at(ft->doc, s, e, list[k]) == e)
            return 1;
    return 0;
}

size_t figtoks_phrase_at(const FigToks *ft, size_t i, const char *phrase)
{
    if (i >= ft->n || ft->t[i].type != CUETOK_WORD)
        return 0;
    size_t lim = ft->t[ft->n - 1].e;
    size_t e = match_at(ft->doc, ft->t[i].s, lim, phrase);
    if (!e)
        return 0;
    size_t k = i;
    while (k < ft->n && ft->t[k].s < e)
        k++;
    return k - i;
}

/* The phrase of the list standing at word token i: 1, else 0. */
static int list_at(const FigToks *ft, size_t i, size_t lim, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (opens_alike(list[k], ft->doc, ft->t[i].s, lim) && figtoks_phrase_at(ft, i, list[k]))
            return 1;
    return 0;
}

size_t figtoks_find(const FigToks *ft, size_t a, size_t b, const char *const *list)
{
    if (b > ft->n)
        b = ft->n;
    if (a >= b)
        return SIZE_MAX;
    size_t lim = ft->t[ft->n - 1].e;
    /* (one token, the readers' most frequent question: its entries
     * tried by their first byte, no table made) */
    if (b - a == 1)
        return ft->t[a].type == CUETOK_WORD && list_at(ft, a, lim, list) ? a : SIZE_MAX;
    /* (the first bytes the list's entries open with, in lower case: a
     * token opening with none is passed without trying them; an entry
     * opening with '*' or ' ' opens with any) */
    uint64_t first[4] = {0};
    for (size_t k = 0; list[k]; k++) {
        unsigned char e0 = (unsigned char)list[k][0];
        if (!e0 || e0 == '*' || e0 == ' ') {
            memset(first, 0xFF, sizeof first);
            break;
        }
        e0 = ascii_lower(e0);
        first[e0 >> 6] |= 1ull << (e0 & 63);
    }
    for (size_t i = a; i < b; i++) {
        unsigned char c = ascii_lower((unsigned char)ft->doc[ft->t[i].s]);
        if (!(first[c >> 6] >> (c & 63) & 1) || ft->t[i].type != CUETOK_WORD)
            continue;
        if (list_at(ft, i, lim, list))
            return i;
    }
    return SIZE_MAX;
}

int figtoks_boundary(const FigToks *ft, size_t i)
{
    if (i >= ft->n || ft->t[i].type != CUETOK_PUNCT)
        return 0;
    char ch = ft->doc[ft->t[i].s];
    return ch == ';' || ch == ':' || ch == '(' || ch == ')' ||
           cuetok_boundary(ft->doc, ft->t[ft->n - 1].e, &ft->t[i]);
}

/* Is token i a hyphen joining the words on its sides ("Chinese-built")? */
static int joining_hyphen(const FigToks *ft, size_t i)
{
    return i > 0 && i + 1 < ft->n && ft->doc[ft->t[i].s] == '-' && ft->t[i].e - ft->t[i].s == 1 &&
           ft->t[i - 1].e == ft->t[i].s && ft->t[i + 1].s == ft->t[i].e;
}

size_t figtoks_word_before(const FigToks *ft, size_t i, int marks)
{
    while (i > 0) {
        i--;
        if (ft->t[i].type == CUETOK_WORD)
            return i;
        if (!marks && !joining_hyphen(ft, i))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}
