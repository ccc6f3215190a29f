/* asciiword.h — the words of English prose, by their ASCII letters, as
 * the classifier's readers (classify, compbase, donor, elided, partref) walk
 * them: a word is a run of ASCII letters (ascii_isalpha); blanks are space,
 * tab and line ends (ascii_isgap). */
#ifndef CB_ASCIIWORD_H
#define CB_ASCIIWORD_H

#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"

/* Is p[s..s+l) the word w, in any case? */
static inline int aw_is(const char *p, size_t s, size_t l, const char *w)
{
    return strlen(w) == l && !strncasecmp(p + s, w, l);
}

/* The word before p[i), not before lo: its length, *ws its start. */
static inline size_t aw_word_before(const char *p, size_t lo, size_t i, size_t *ws)
{
    while (i > lo && ascii_isgap((unsigned char)p[i - 1]))
        i--;
    size_t e = i;
    while (i > lo && ascii_isalpha((unsigned char)p[i - 1]))
        i--;
    *ws = i;
    return e - i;
}

#endif
