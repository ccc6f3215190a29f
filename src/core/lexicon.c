/* lexicon.c — word lists as one hash table; phrases at a place (see
 * lexicon.h). */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"

/* FNV-1a of the lower case of w[0, n). */
static uint32_t hash(const char *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ ascii_lower((unsigned char)w[i])) * 16777619u;
    return h ^ h >> 15;
}

/* w[0, n) equals the lower case word s of that length? */
static int same(const char *w, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ascii_lower((unsigned char)w[i]) != (unsigned char)s[i])
            return 0;
    return 1;
}

void lexicon_add_list(Lexicon *lx, const char *const *list, uint32_t bit)
{
    for (size_t k = 0; list[k]; k++) {
        const char *w = list[k];
        size_t n = strlen(w);
        if (n > 255 || lx->n >= LEXICON_SLOTS / 2)
            abort();   /* the program's own lists: a bug, caught by any test */
        uint32_t h = hash(w, n) & (LEXICON_SLOTS - 1);
        for (; lx->slot[h].w; h = (h + 1) & (LEXICON_SLOTS - 1))
            if (lx->slot[h].len == n && same(lx->slot[h].w, w, n))
                break;
        LexiconSlot *s = &lx->slot[h];
        if (!s->w) {
            s->w = w;
            s->len = (uint8_t)n;
            lx->n++;
            if (n > lx->maxlen)
                lx->maxlen = n;
        }
        s->bits |= bit;
    }
}

/* same(), a blank of the phrase also matching a line's end: a phrase
 * hard-wrapped across lines ("last\nyear") is the phrase */
static int same_wrapped(const char *w, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = ascii_lower((unsigned char)w[i]);
        if (c != (unsigned char)s[i] && !(c == '\n' && s[i] == ' '))
            return 0;
    }
    return 1;
}

uint32_t lexicon_bits(const Lexicon *lx, const char *w, size_t n)
{
    if (n == 0 || n > lx->maxlen)
        return 0;
    for (uint32_t h = hash(w, n) & (LEXICON_SLOTS - 1); lx->slot[h].w; h = (h + 1) & (LEXICON_SLOTS - 1))
        if (lx->slot[h].len == n && same(w, lx->slot[h].w, n))
            return lx->slot[h].bits;
    return 0;
}

uint32_t phrases_letters(const Phrase *list)
{
    uint32_t bits = 0;
    for (; list->s; list++)
        if (list->s[0] >= 'a' && list->s[0] <= 'z')
            bits |= 1u << (list->s[0] - 'a');
    return bits;
}

const Phrase *phrases_at(const Phrase *list, const char *p, size_t i, size_t e, int whole)
{
    unsigned char c = ascii_lower((unsigned char)p[i]);
    for (; list->s; list++)
        if ((unsigned char)list->s[0] == c && list->n <= e - i && same_wrapped(p + i + 1, list->s + 1, list->n - 1) &&
            (!whole || i + list->n == e || !ascii_isalpha((unsigned char)p[i + list->n])))
            return list;
    return NULL;
}

void phrases_index(const Phrase *list, PhraseIndex *ix)
{
    size_t k = 0, n = 0;
    for (const Phrase *f = list; f->s; f++) {
        if (!(f->s[0] >= 'a' && f->s[0] <= 'z') || ++n > PHRASE_INDEX_MAX) {
            abort();   /* the program's own lists: a bug, caught by any test */
        }
    }
    for (int c = 0; c < 26; c++) {
        ix->start[c] = (uint8_t)k;
        for (const Phrase *f = list; f->s; f++)
            if (f->s[0] == 'a' + c)
                ix->v[k++] = f;
        ix->v[k++] = NULL;
    }
}

const Phrase *phrases_at_index(const PhraseIndex *ix, const char *p, size_t i, size_t e, int whole)
{
    unsigned char c = ascii_lower((unsigned char)p[i]);
    if (c < 'a' || c > 'z')
        return NULL;
    for (const Phrase *const *f = &ix->v[ix->start[c - 'a']]; *f; f++)
        if ((*f)->n <= e - i && same_wrapped(p + i + 1, (*f)->s + 1, (*f)->n - 1) &&
            (!whole || i + (*f)->n == e || !ascii_isalpha((unsigned char)p[i + (*f)->n])))
            return *f;
    return NULL;
}

const Phrase *phrases_in(const Phrase *list, const char *p, size_t s, size_t e, int whole)
{
    uint32_t first = phrases_letters(list);
    for (size_t i = s; i < e; i++) {
        if (i > s && ascii_isalpha((unsigned char)p[i - 1]))
            continue;
        unsigned char c = (unsigned char)(p[i] | 0x20);
        const Phrase *f;
        if (c >= 'a' && c <= 'z' && (first >> (c - 'a') & 1) && (f = phrases_at(list, p, i, e, whole)))
            return f;
    }
    return NULL;
}
