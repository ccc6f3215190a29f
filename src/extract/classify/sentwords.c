/* sentwords.c — a sentence's words read once against every list (see
 * sentwords.h). */
#include "sentwords.h"

#include <pthread.h>
#include <stdlib.h>

#include "ascii.h"
#include "textwalk.h"

/* ---- the table: each list's first words, with the lists' bits ---- */

#define SW_SLOTS 512u   /* a power of two, over twice the first words held */
#define SW_MAXLEN 32u   /* the longest first word held */

typedef struct Slot {
    const char *w;   /* NULL: empty; lower case */
    uint32_t len;
    uint32_t bits;
} Slot;

static Slot table[SW_SLOTS];
static uint32_t first_letters;   /* bit c - 'a' for a first word's first letter */
static uint32_t lengths;         /* bit n for a first word of n letters */
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static inline uint32_t hash_step(uint32_t h, unsigned char c)
{
    return (h ^ c) * 16777619u;
}

/* The leading ASCII letters of s: their count. */
static size_t letters(const char *s)
{
    size_t n = 0;
    while (ascii_isalpha((unsigned char)s[n]))
        n++;
    return n;
}

static void add_word(const char *w, size_t n, uint32_t bit)
{
    if (n == 0 || n >= SW_MAXLEN)
        abort();   /* the program's own lists: a bug, caught by any test */
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = hash_step(h, (unsigned char)w[i]);
    for (h &= SW_SLOTS - 1;; h = (h + 1) & (SW_SLOTS - 1)) {
        Slot *t = &table[h];
        if (!t->w) {
            t->w = w, t->len = (uint32_t)n, t->bits = bit;
            break;
        }
        if (t->len == n && !memcmp(t->w, w, n)) {
            t->bits |= bit;
            break;
        }
    }
    first_letters |= 1u << (w[0] - 'a');
    lengths |= 1u << n;
}

static void build_table(void)
{
    size_t held = 0;
    for (int l = 0; l < SW_LISTS; l++)
        for (const Phrase *f = sw_list((SwList)l); f->s; f++, held++)
            add_word(f->s, letters(f->s), 1u << l);
    if (held > SW_SLOTS / 2)
        abort();
}

/* The bits of the word p[s, s + n) (ASCII letters), h its hash. */
static uint32_t word_bits(const char *p, size_t s, size_t n, uint32_t h)
{
    for (h &= SW_SLOTS - 1; table[h].w; h = (h + 1) & (SW_SLOTS - 1)) {
        const Slot *t = &table[h];
        if (t->len != n)
            continue;
        size_t i = 0;
        while (i < n && ascii_lower((unsigned char)p[s + i]) == (unsigned char)t->w[i])
            i++;
        if (i == n)
            return t->bits;
    }
    return 0;
}

/* ---- the current sentence: its words that open a listed phrase ---- */

#define SW_HITS 256   /* more: the sentence is asked of phrases_in */

typedef struct Hit {
    size_t s;
    uint32_t bits;
} Hit;

typedef struct Sentence {
    const char *doc;   /* NULL: none begun */
    size_t ss, se;
    uint32_t mask;     /* the union of the hits' bits */
    int full;          /* more hits than held */
    int high;          /* a byte beyond ASCII stands in it */
    size_t nhits;
    Hit hit[SW_HITS];
} Sentence;

static _Thread_local Sentence cur;

void sw_begin(const char *doc, size_t ss, size_t se)
{
    pthread_once(&table_once, build_table);
    cur.doc = doc, cur.ss = ss, cur.se = se, cur.mask = 0, cur.full = 0, cur.nhits = 0;
    const unsigned char *p = (const unsigned char *)doc;
    unsigned high = 0;
    size_t i = ss;
    while (i < se) {
        /* past what is no letter, to a word */
        while (i < se && !ascii_isalpha(p[i]))
            high |= p[i++];
        if (i >= se)
            break;
        size_t ws = i;
        unsigned c0 = ascii_lower(p[i]);
        i = tw_letters_end(p, se, i);
        size_t n = i - ws;
        /* (only a word whose first letter and length a first word has) */
        if (n >= SW_MAXLEN || !(first_letters >> (c0 - 'a') & 1) || !(lengths >> n & 1))
            continue;
        uint32_t h = 2166136261u;
        for (size_t k = ws; k < i; k++)
            h = hash_step(h, ascii_lower(p[k]));
        uint32_t bits = word_bits(doc, ws, n, h);
        if (!bits)
            continue;
        if (cur.nhits == SW_HITS) {
            cur.full = 1;
            break;
        }
        cur.hit[cur.nhits++] = (Hit){ws, bits};
        cur.mask |= bits;
    }
    /* (a sentence cut short by many hits: its rest unread) */
    for (; i < se && !(high & 0x80); i++)
        high |= p[i];
    cur.high = (high & 0x80) != 0;
}

void sw_end(void)
{
    cur.doc = NULL;
}

/* ---- asking ---- */

const Phrase *sw_phrases_in(SwList l, const char *p, size_t s, size_t e)
{
    const Phrase *list = sw_list(l);
    if (p != cur.doc || s < cur.ss || e > cur.se || cur.full || s >= e)
        return phrases_in(list, p, s, e, 1);
    const unsigned char *u = (const unsigned char *)p;
    /* a word begun before s: phrases_in tries its part from s */
    int split = s > cur.ss && ascii_isalpha(u[s]) && ascii_isalpha(u[s - 1]);
    const Phrase *f;
    if (split && (f = phrases_at(list, p, s, e, 1)))
        return f;
    /* the words inside [s, e) whose first word is the list's: in order */
    uint32_t bit = 1u << l;
    if (cur.mask & bit)
        for (size_t k = 0; k < cur.nhits && cur.hit[k].s < e; k++)
            if (cur.hit[k].s >= s && (cur.hit[k].bits & bit) && (f = phrases_at(list, p, cur.hit[k].s, e, 1)))
                return f;
    /* a word that e cuts: its part before e, tried from its start */
    if (e < cur.se && ascii_isalpha(u[e]) && ascii_isalpha(u[e - 1])) {
        size_t ws = e - 1;
        while (ws > s && ascii_isalpha(u[ws - 1]))
            ws--;
        if (!(ws == s && split))
            return phrases_at(list, p, ws, e, 1);
    }
    return NULL;
}

int sw_none(SwList l, const char *p, size_t s, size_t e)
{
    if (p != cur.doc || s < cur.ss || e > cur.se || cur.full || s >= e)
        return s >= e;
    const unsigned char *u = (const unsigned char *)p;
    /* (a word begun before s, or cut by e: read otherwise than here) */
    if ((s > cur.ss && ascii_isalpha(u[s]) && ascii_isalpha(u[s - 1])) ||
        (e < cur.se && ascii_isalpha(u[e]) && ascii_isalpha(u[e - 1])))
        return 0;
    uint32_t bit = 1u << l;
    if (!(cur.mask & bit))
        return 1;
    for (size_t k = 0; k < cur.nhits && cur.hit[k].s < e; k++)
        if (cur.hit[k].s >= s && (cur.hit[k].bits & bit))
            return 0;
    return 1;
}

int sw_ascii(const char *p, size_t s, size_t e)
{
    return p == cur.doc && s >= cur.ss && e <= cur.se && !cur.high;
}

int sw_reads(const char *p, size_t s, size_t e)
{
    const unsigned char *u = (const unsigned char *)p;
    return p == cur.doc && s >= cur.ss && e <= cur.se && !cur.full && s <= e &&
           !(s > cur.ss && s < cur.se && ascii_isalpha(u[s]) && ascii_isalpha(u[s - 1])) &&
           !(e < cur.se && e > s && ascii_isalpha(u[e]) && ascii_isalpha(u[e - 1]));
}

int sw_next(uint32_t mask, size_t s, size_t e, size_t *k, size_t *at)
{
    if (!(cur.mask & mask))
        return 0;
    for (; *k < cur.nhits && cur.hit[*k].s < e; ++*k)
        if (cur.hit[*k].s >= s && (cur.hit[*k].bits & mask)) {
            *at = cur.hit[(*k)++].s;
            return 1;
        }
    return 0;
}
