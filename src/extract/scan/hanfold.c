/* hanfold.c — traditional Chinese read as simplified (see hanfold.h).
 *
 * The pairs of hanfold_table.inc are indexed once into a table by code
 * point over the range they cover (U+3400..U+9FFF), two bytes an entry:
 * folding a character is a load. ASCII, the bulk of a mixed page, is
 * passed over eight bytes at a time. */
#define _GNU_SOURCE   /* memmem */
#include "hanfold.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "textfind.h"
#include "utf8.h"

typedef struct Pair {
    uint16_t trad, simp;
    uint8_t ambiguous;   /* a simplified text writes it too (乾, 於) */
} Pair;

static const Pair pairs[] = {
#include "hanfold_table.inc"
};
#define NPAIRS (sizeof pairs / sizeof *pairs)

/* The range the pairs cover; a character outside it folds to itself. */
#define LO 0x3400
#define HI 0xA000

static uint16_t simp_of[HI - LO];          /* 0: no fold */
static uint8_t evidence[(HI - LO + 7) / 8];  /* bit set: a traditional form */
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static void index_init(void)
{
    for (size_t k = 0; k < NPAIRS; k++) {
        const Pair *pr = &pairs[k];
        if (pr->trad < LO || pr->trad >= HI)
            continue;
        unsigned at = pr->trad - LO;
        simp_of[at] = pr->simp;
        if (!pr->ambiguous)
            evidence[at / 8] |= (uint8_t)(1u << (at % 8));
    }
}

int32_t hanfold_char(int32_t cp)
{
    pthread_once(&index_once, index_init);
    if (cp < LO || cp >= HI || !simp_of[cp - LO])
        return cp;
    return simp_of[cp - LO];
}

/* The Han character of the table's range at p[i] (3 bytes: every code
 * point from U+0800 to U+FFFF is), or 0; *len the length to step over. */
static int32_t han_at(const unsigned char *p, size_t n, size_t i, size_t *len)
{
    int32_t cp = utf8_decode((const char *)p + i, n - i, len);
    return *len == 3 && cp >= LO && cp < HI ? cp : 0;
}

int hanfold_is_traditional(const char *text, size_t n)
{
    pthread_once(&index_once, index_init);
    const unsigned char *p = (const unsigned char *)text;
    size_t han = 0, trad = 0, l;
    for (size_t i = utf8_ascii_end(text, n, 0); i < n; i = utf8_ascii_end(text, n, i + l)) {
        int32_t cp = han_at(p, n, i, &l);
        if (!cp)
            continue;
        han++;
        unsigned at = (unsigned)(cp - LO);
        trad += (evidence[at / 8] >> (at % 8)) & 1;
    }
    return trad > 0 && trad * 8 >= han;
}

size_t hanfold_copy(const char *text, size_t n, char *out)
{
    pthread_once(&index_once, index_init);
    const unsigned char *p = (const unsigned char *)text;
    size_t changed = 0, l, from = 0;
    for (size_t i = utf8_ascii_end(text, n, 0); i < n; i = utf8_ascii_end(text, n, i + l)) {
        int32_t cp = han_at(p, n, i, &l);
        uint16_t s = cp ? simp_of[cp - LO] : 0;
        if (!s)
            continue;
        if (out != text)
            memcpy(out + from, text + from, i - from);
        /* both are 3 bytes: the fold keeps every offset */
        utf8_encode(s, out + i);
        from = i + 3;
        changed++;
    }
    if (out != text)
        memcpy(out + from, text + from, n - from);
    return changed;
}

char *hanfold_text(const char *p, size_t n)
{
    if (!hanfold_is_traditional(p, n))
        return NULL;
    char *out = xmalloc(n + 1);
    hanfold_copy(p, n, out);
    out[n] = '\0';
    return out;
}

int hanfold_restore(const char *folded, const char *orig, size_t n, char *s)
{
    size_t sl = strlen(s);
    if (!sl || sl > n)
        return 0;
    const char *at = tf_find(folded, n, s, sl);
    if (!at)
        return 0;
    memcpy(s, orig + (at - folded), sl);
    return 1;
}
