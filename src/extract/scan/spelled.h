/* spelled.h — numbers written in words, as the scanner reads them.
 *
 * Speeches, transcripts and wires spell numbers out: "six hundred
 * million", "one hundred and fifty", "fifteen hundred", "two point six
 * billion", "a billion and a half"; ranges in words ("three to eight
 * times", "two to three years"); and a fraction word is a share in some
 * places only ("half the world's population", "roughly a quarter.", not
 * "a quarter century"). The words themselves (number words, scales,
 * fractions) are in the phrasebook (quantity.h).
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_SPELLED_H
#define CB_SPELLED_H

#include <stddef.h>

/* A number spelled out in several words starting at p[w]: its end (0
 * when the words are no such compound: a lone "six" or "two million" are
 * read by the scanner); *value gets the number, *top the largest scale
 * word in it (1 when none). */
size_t spelled_number(const char *p, size_t n, size_t w, double *value, double *top);

/* A number in words echoed in digits, as legal texts write it: "Four
 * (4) applicants", "fifteen (15) years". After the words p[w, e) of value
 * v, the end of the bracket holding the same number, else e. */
size_t spelled_echo(const char *p, size_t n, size_t e, double v);

/* "to" (or "and" after "between") and a second number in words after
 * the spelled number p[w, e) of value v ("three to eight times", "two to
 * three years", "a hundred and fifty to two hundred", "between one and
 * five years"): the range's end and *b its second value;
 * 0 when none, or when it is a change ("from two to three"). */
size_t spelled_range(const char *p, size_t n, size_t w, size_t e, double v, double *b);

/* Is the fraction word at p[w, ...) with no "of" after it still a share?
 * p[j, je) is the word after it: a determiner ("half the world"), a verb
 * of a group named before ("half said"), or the phrase's end after a
 * hedge ("roughly a quarter."). */
int spelled_share(const char *p, size_t n, size_t w, size_t j, size_t je);

/* Is the hyphenated fraction word p[w, we) ("one-third", "two-thirds")
 * an adjective of the share or change named by the word p[j, je) after
 * it ("the full one-third reduction", "a two-thirds majority", "a
 * one-fifth stake")? Then a determiner before it does not make it a
 * rank or a time. */
int spelled_share_noun(const char *p, size_t w, size_t we, size_t j, size_t je);

#endif
