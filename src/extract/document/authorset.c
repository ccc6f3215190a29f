/* authorset.c — a bibliography row's authors as words (see authorset.h). */
#include "authorset.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "diag.h"

/* A word of an author: a run of ASCII letters, lower-cased, and the
 * author it is of. */
typedef struct AWord {
    const char *w;   /* into AuthorSet.low */
    size_t n;
    size_t author;
} AWord;

struct AuthorSet {
    char *text, *low;    /* the authors as written, lower-cased */
    size_t *start, *len, nauth;   /* each author's bytes in text */
    AWord *words;
    size_t nwords;
};

static int word_cmp(const char *a, size_t an, const char *b, size_t bn)
{
    int d = memcmp(a, b, an < bn ? an : bn);
    return d ? d : an < bn ? -1 : an > bn;
}

static int by_word(const void *x, const void *y)
{
    const AWord *a = x, *b = y;
    int d = word_cmp(a->w, a->n, b->w, b->n);
    return d ? d : a->author < b->author ? -1 : a->author > b->author;
}

AuthorSet *authorset_new(const char *authors)
{
    AuthorSet *s = xcalloc(1, sizeof *s);
    size_t n = authors ? strlen(authors) : 0;
    s->text = xmalloc(n + 1);
    s->low = xmalloc(n + 1);
    memcpy(s->text, authors ? authors : "", n + 1);
    for (size_t i = 0; i <= n; i++)
        s->low[i] = (char)(s->text[i] >= 'A' && s->text[i] <= 'Z' ? s->text[i] | 0x20 : s->text[i]);
    size_t semis = 0;
    for (size_t i = 0; i < n; i++)
        semis += s->text[i] == ';';
    s->start = xmalloc((semis + 1) * sizeof *s->start);
    s->len = xmalloc((semis + 1) * sizeof *s->len);
    s->words = xmalloc((n / 2 + 1) * sizeof *s->words);
    for (size_t a = 0; a < n;) {
        const char *semi = memchr(s->text + a, ';', n - a);
        size_t e = semi ? (size_t)(semi - s->text) : n;
        s->start[s->nauth] = a;
        s->len[s->nauth] = e - a;
        for (size_t i = a; i < e;) {
            if (!ascii_isalpha((unsigned char)s->text[i])) {
                i++;
                continue;
            }
            size_t j = i;
            while (j < e && ascii_isalpha((unsigned char)s->text[j]))
                j++;
            s->words[s->nwords++] = (AWord){s->low + i, j - i, s->nauth};
            i = j;
        }
        s->nauth++;
        a = semi ? e + 1 : n;
    }
    qsort(s->words, s->nwords, sizeof *s->words, by_word);
    return s;
}

void authorset_free(AuthorSet *s)
{
    if (!s)
        return;
    free(s->text);
    free(s->low);
    free(s->start);
    free(s->len);
    free(s->words);
    free(s);
}

/* Compare the author's word a[0, an) (lower case) with w[0, wn), case
 * aside. */
static int fold_cmp(const char *a, size_t an, const char *w, size_t wn)
{
    for (size_t i = 0; i < an && i < wn; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)w[i];
        if (y >= 'A' && y <= 'Z')
            y |= 0x20;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return an < wn ? -1 : an > wn;
}

/* The authors' words equal to w[0, n), case aside: s->words[*lo, return),
 * sorted by author. */
static size_t word_range(const AuthorSet *s, const char *w, size_t n, size_t *lo)
{
    size_t a = 0, b = s->nwords;
    while (a < b) {
        size_t m = a + (b - a) / 2;
        if (fold_cmp(s->words[m].w, s->words[m].n, w, n) < 0)
            a = m + 1;
        else
            b = m;
    }
    *lo = a;
    while (b < s->nwords && !fold_cmp(s->words[b].w, s->words[b].n, w, n))
        b++;
    return b;
}

/* Is author k among s->words[lo, hi) (one word's, sorted by author)? */
static int range_has(const AuthorSet *s, size_t lo, size_t hi, size_t k)
{
    size_t a = lo, b = hi;
    while (a < b) {
        size_t m = a + (b - a) / 2;
        if (s->words[m].author < k)
            a = m + 1;
        else
            b = m;
    }
    return a < hi && s->words[a].author == k;
}

/* Is w[0, n) (letters and hyphens) a word of author k: set apart by
 * anything but a letter, case aside (a hyphened name, "Jean-Luc", read
 * in the author's text as written)? */
static int author_has(const AuthorSet *s, size_t k, const char *w, size_t n)
{
    const char *a = s->text + s->start[k];
    size_t m = s->len[k];
    for (size_t i = 0; i + n <= m; i++)
        if ((i == 0 || !ascii_isalpha((unsigned char)a[i - 1])) && (i + n == m || !ascii_isalpha((unsigned char)a[i + n])) &&
            !strncasecmp(a + i, w, n))
            return 1;
    return 0;
}

/* A word of the name past its titles: letters and hyphens, and the
 * authors whose words hold its letters up to its first hyphen (all of
 * it, when it has none) in s->words[lo, hi). */
typedef struct NWord {
    const char *w;
    size_t n;
    int hyphen;
    size_t lo, hi;
} NWord;

static int title_word(const char *w, size_t n)
{
    static const char *const honorifics[] = {"mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", NULL};
    for (int t = 0; honorifics[t]; t++)
        if (strlen(honorifics[t]) == n && !strncasecmp(w, honorifics[t], n))
            return 1;
    return 0;
}

/* The name's words past its titles into out (NULL: only count them). */
static size_t name_words(const char *name, NWord *out)
{
    size_t k = 0;
    for (const char *w = name; *w;) {
        while (*w && !ascii_isalpha((unsigned char)*w))
            w++;
        size_t n = 0;
        int hyphen = 0;
        while (ascii_isalpha((unsigned char)w[n]) || w[n] == '-')
            hyphen |= w[n++] == '-';
        if (!n)
            break;
        if (!title_word(w, n)) {
            if (out)
                out[k] = (NWord){w, n, hyphen, 0, 0};
            k++;
        }
        w += n;
    }
    return k;
}

/* Does author hold every word of nw[0, k)? */
static int holds_all(const AuthorSet *s, size_t author, const NWord *nw, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (nw[i].hyphen ? !author_has(s, author, nw[i].w, nw[i].n) : !range_has(s, nw[i].lo, nw[i].hi, author))
            return 0;
    return 1;
}

int authorset_wrote(const AuthorSet *s, const char *name)
{
    size_t k = name_words(name, NULL);
    if (!k || !s)
        return 0;
    NWord *nw = xmalloc(k * sizeof *nw);
    name_words(name, nw);
    /* each word's authors, by its letters up to a hyphen: the word with
     * fewest leads, and each of its authors is asked for the others */
    size_t lead = 0;
    int found = 0;
    for (size_t i = 0; i < k; i++) {
        size_t run = 0;
        while (run < nw[i].n && nw[i].w[run] != '-')
            run++;
        nw[i].hi = word_range(s, nw[i].w, run, &nw[i].lo);
        if (nw[i].hi - nw[i].lo < nw[lead].hi - nw[lead].lo)
            lead = i;
    }
    for (size_t x = nw[lead].lo; x < nw[lead].hi && !found; x++)
        if (x == nw[lead].lo || s->words[x - 1].author != s->words[x].author)
            found = holds_all(s, s->words[x].author, nw, k);
    free(nw);
    return found;
}
