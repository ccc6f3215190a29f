/* cuetok.h — the tokens the cues of data/metrics.csv are matched on
 * (metrics.h): a text cut into words and marks.
 *
 * A word is a run of letters and digits (ASCII or not: "China’s" is
 * "China" ’ "s"); a mark is one punctuation character; spaces, Unicode
 * spaces included, separate them. A character of a script written without
 * spaces (Han, kana) is a word by itself, so a Chinese cue matches
 * character by character wherever it stands. Spans are byte offsets into
 * the text that was cut. Nothing here allocates.
 */
#ifndef CB_CUETOK_H
#define CB_CUETOK_H

#include <stddef.h>
#include <stdint.h>

#include "ascii.h"

enum { CUETOK_WORD, CUETOK_PUNCT };

typedef struct CueTok {
    uint32_t s, e;        /* byte span in the text */
    uint8_t type;         /* CUETOK_WORD or CUETOK_PUNCT (a year is a word) */
    uint16_t clause;      /* the matcher's: the clause and the segment */
    uint16_t seg;         /* (clauses up to a break word); 0 from cuetok_split */
    uint16_t cseg;        /* (of them, the breaks that compare: "compared with", "versus") */
} CueTok;

/* Cut t[from, to) into at most max tokens (offsets relative to t).
 * Returns the count. */
size_t cuetok_split(const char *t, size_t from, size_t to, CueTok *out, size_t max);

/* Is k a year, four digits from 1900 to 2100, or a fiscal year ("FY2023",
 * "FY23": fiscal.h), or four Chinese digits before 年 ("二〇二三年"), or a
 * year of the Republic after 民国 ("民国112年" is 2023)? */
int cuetok_is_year(const char *t, const CueTok *k);

/* The year k is (cuetok_is_year), or 0. */
int cuetok_year(const char *t, const CueTok *k);

/* Does k end a clause: , ; (not inside a number like 1,234), ，；, an em
 * dash, and an en dash or hyphen with a space on either side? (t_len: the
 * text's length, for the bytes around k.) Each of these is a mark
 * (CUETOK_PUNCT): a word never ends a clause. */
int cuetok_boundary(const char *t, size_t t_len, const CueTok *k);


/* FNV-1a of s[0, n) in ASCII lower case; seed keeps kinds of keys apart
 * (a whole word, a prefix, a year). Inline: the matcher keys every token
 * of a sentence by it. */
static inline uint32_t cuetok_hash(uint32_t seed, const char *s, size_t n)
{
    uint32_t h = 2166136261u ^ (seed * 0x9E3779B9u);
    for (size_t i = 0; i < n; i++)
        h = (h ^ ascii_lower((unsigned char)s[i])) * 16777619u;
    return h;
}

/* Could k be a year (cuetok_year)? 0 says surely not, without the call:
 * a year is a word of four digits opening with 1 or 2, or a fiscal year
 * opening with F, or four Chinese digits (12 bytes), or the two or three
 * digits of a year of the Republic (民国112年). */
static inline int cuetok_may_be_year(const char *t, const CueTok *k)
{
    unsigned char c = (unsigned char)t[k->s];
    size_t l = k->e - k->s;
    return k->type == CUETOK_WORD && ((l == 4 && (c == '1' || c == '2')) || (c | 0x20) == 'f' ||
                                      (l == 12 && c >= 0xE3) || ((l == 2 || l == 3) && c >= '0' && c <= '9'));
}

/* The year a period opening with the year token k of toks[0, nt) (of
 * value y) ends in: "2013-22", "2013–2022", "2022/23"; y when it opens
 * no period. */
int cuetok_period_end(const char *t, const CueTok *toks, size_t nt, size_t k, int y);

/* Is token k the word w (ASCII, any case)? */
int cuetok_is_word(const char *t, const CueTok *k, const char *w);

/* Does token i open a second predicate: "and", a past-tense verb, "to"
 * or a figure ("and promised to ...", "and promised 30 projects")? */
int cuetok_second_predicate(const char *t, const CueTok *toks, size_t nt, size_t i);

/* Does a contrast open before token j, in the tokens starting at byte
 * from or later: "while", "whereas" ("rose from 2% to 15% while prices
 * remained high": what follows speaks of something else)? */
int cuetok_contrast_between(const char *t, const CueTok *toks, size_t from, size_t j);

/* Words in tokens [a, b), a Chinese character counting half a word. */
int cuetok_words(const char *t, const CueTok *toks, size_t a, size_t b);

#endif
