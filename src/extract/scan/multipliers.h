/* multipliers.h — when a number, or a word, is a multiplier (unit "x").
 *
 * FORMAT.md: "20 times", "3.5-fold", "doubled" are multipliers. The
 * scanner asks this module about the words around a number it has read:
 *   "2.5 times higher", "1.4 times those of 2019", "rose 3.2 times", "went
 *   up roughly 2,000 times", and the fragment "Two thousand times.";
 *   "by a factor of three", "more than a factor of 3";
 *   "doubled", "roughly tripling", "double the number", "nearly double by
 *   2050" (and not "double taxation", "a double standard").
 * "N times" after a verb of events counts the events instead: an app
 * "downloaded more than 1.8 million times" has 1.8 million downloads.
 *
 * Offsets are bytes of the document; the words themselves are in the
 * phrasebook (quantity.h). Nothing here allocates or keeps state.
 */
#ifndef CB_MULTIPLIERS_H
#define CB_MULTIPLIERS_H

#include <stddef.h>

typedef enum TimesKind {
    TIMES_NONE,    /* no "times", or one that says neither */
    TIMES_X,       /* a multiplier */
    TIMES_COUNT    /* a count of events: *noun says of what */
} TimesKind;

/* Is "times" written after the number that spans p[start, end) (blanks
 * between; hedges such as "more than" before start), and what does it
 * make of it? *e gets the end of "times" unless TIMES_NONE. */
TimesKind mult_times(const char *p, size_t n, size_t start, size_t end, size_t *e, const char **noun);

/* Is w[0, l) a noun of change or comparison a "-fold" multiplier may
 * stand before ("a tenfold increase", "a thirty-fold gap"), unlike the
 * nouns of "a twofold aim"? */
int mult_change_noun(const char *w, size_t l);
/* Does "factor of" stand just before p[start) ("a factor of 4.5")? 1
 * with *fs where "factor" begins and *lead where a hedge before it is to
 * be looked for (before the article: "more than a factor of three"). */
int mult_factor_before(const char *p, size_t start, size_t *fs, size_t *lead);

/* Does "a factor of" or "a ratio of" stand before p[start), a hedge
 * between ("by a factor of at least 8", "a ratio of more than 50 to
 * 1")? 1 with *ratio set when the word is "ratio" (its figure is then
 * written "N to 1" or "1:N"), else 0. The bare "factor of 4" is
 * mult_factor_before's. */
int mult_named_before(const char *p, size_t start, int *ratio);

/* The ratio written at p[start, end) and after it, "50 to 1" or "1:5":
 * its end, and the multiple (50, 5) in *v; 0 when none. a is the value
 * of the number at p[start, end). */
size_t mult_ratio_after(const char *p, size_t n, size_t end, double a, double *v);

/* Is the word p[w, we) a multiplier here: "doubled", "tripling", or an
 * adjective or verb "double" used as one ("double the number", "more
 * than double", "expected to double by 2030")? Its value, else -1. */
double mult_word(const char *p, size_t n, size_t w, size_t we);

#endif
