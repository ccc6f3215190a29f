/* shortref.c — a body named short by its article and last word (see
 * shortref.h). */
#include "shortref.h"

#include <string.h>

#include "ascii.h"
#include "textfind.h"

/* Is doc[s, e) a capitalised word (letters, an apostrophe or a hyphen
 * inside: "Ministers'", "ASEAN-Japan") other than "The"? */
static int cap_word(const char *doc, size_t s, size_t e)
{
    if (e <= s || !ascii_isupper((unsigned char)doc[s]))
        return 0;
    return !(e - s == 3 && !strncmp(doc + s, "The", 3));
}

/* The start of the word ending at e: letters, digits, an apostrophe, a
 * hyphen. */
static size_t word_start(const char *doc, size_t lo, size_t e)
{
    size_t s = e;
    while (s > lo && (ascii_isalnum((unsigned char)doc[s - 1]) || doc[s - 1] == '\'' || doc[s - 1] == '-'))
        s--;
    return s;
}

/* The capitalised words before doc[w] ("Jakarta" before "Post"): the
 * start of the full name, or w when fewer than need. */
static size_t name_before(const char *doc, size_t lo, size_t w, int need)
{
    size_t s = w, at = w;
    int words = 0;
    while (at > lo && words < 8) {
        if (doc[at - 1] != ' ')
            break;
        size_t e = at - 1, ws = word_start(doc, lo, e);
        if (!cap_word(doc, ws, e))
            break;
        s = ws, at = ws, words++;
    }
    return words >= need ? s : w;
}

int shortref_resolve(const char *doc, size_t before, char *source, size_t cap)
{
    size_t n = strlen(source);
    if (n < 6 || (strncmp(source, "The ", 4) && strncmp(source, "the ", 4)) || !ascii_isupper((unsigned char)source[4]))
        return 0;
    for (size_t k = 5; k < n; k++)
        if (!ascii_islower((unsigned char)source[k]))
            return 0;
    const char *word = source + 4;
    size_t wl = n - 4, lo = before > 32768 ? before - 32768 : 0;
    size_t best_s = 0, best_e = 0;
    for (const char *h = tf_find(doc + lo, before - lo, word, wl); h;
         h = tf_find(h + wl, before - (size_t)(h + wl - doc), word, wl)) {
        size_t w = (size_t)(h - doc), e = w + wl;
        if (e < before && (ascii_isalnum((unsigned char)doc[e]) || doc[e] == '-'))
            continue;
        /* a capitalised word at least before it ("Jakarta Post", "Fifth
         * ASEAN Digital Ministers' Meeting") */
        size_t s = name_before(doc, lo, w, 1);
        if (s == w)
            continue;
        /* its acronym in brackets after it: "(ADGMIN)" */
        if (e + 3 < before && doc[e] == ' ' && doc[e + 1] == '(') {
            size_t k = e + 2;
            while (k < before && k - e < 14 && ascii_isupper((unsigned char)doc[k]))
                k++;
            if (k < before && doc[k] == ')' && k > e + 3)
                e = k + 1;
        }
        best_s = s, best_e = e;
    }
    if (best_e == best_s || best_e - best_s >= cap)
        return 0;
    memcpy(source, doc + best_s, best_e - best_s);
    source[best_e - best_s] = '\0';
    return 1;
}
