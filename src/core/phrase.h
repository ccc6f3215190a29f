/* phrase.h — the phrasebook: a claim's number, unit and hedge in words.
 *
 * One place for what the findings, the charts and the brief say about a
 * figure, in two registers:
 *   words  sentences (findings, the brief): "$79 billion", "67.5 billion
 *          KES", "8.06 billion people", "67%", "$6 trillion a year",
 *          "3 percentage points"; with the hedge, "more than 900 million
 *          people", "about a third", "10–15%".
 *   short  chart labels and ticks: "$79B", "5.4B", "67%", "3 pp",
 *          "67.5B KES"; with the hedge, "more than $6T a year".
 * Money is in the currency the claim states (unit.h): US dollars as "$X",
 * any other currency as "X KES". Nothing is converted here.
 *
 * Precision is a count of significant figures, or PHRASE_AS_STATED: a
 * whole number as it is ("1,250"), any other to 4 significant figures.
 * Numbers never come out in exponent form for everyday sizes, never as
 * "nan" or "inf" (a non-finite value is "?").
 *
 * Every function writes a NUL-terminated string into out (cap bytes),
 * cut to fit; nothing allocates.
 */
#ifndef CB_PHRASE_H
#define CB_PHRASE_H

#include <stddef.h>

#include "claim.h"

#define PHRASE_AS_STATED 0

/* v with sig significant figures, thousands separators, no trailing
 * zeros: 1000 -> "1,000", 0.98765 (sig 3) -> "0.988". */
void phrase_number(char *out, size_t cap, double v, int sig);
/* v with a scale word from a million up: 8.06e9 -> "8.06 billion". */
void phrase_scaled(char *out, size_t cap, double v, int sig);
/* v in unit: "$79 billion", "$6 trillion a year", "$1 billion per
 * country", "67.5 billion KES", "452.5 KES a month", "67%", "3
 * percentage points", "8.06 billion people"; "" unit: the number. */
void phrase_amount(char *out, size_t cap, double v, const char *unit, int sig);
/* An interval [lo, hi] in unit, NAN for an open side: "more than 150
 * people per household", "at most 1.33%", "7.6 billion to 8.56 billion
 * people" (the unit once), "any value". */
void phrase_bounds(char *out, size_t cap, double lo, double hi, const char *unit, int sig);
/* A ratio r with interval [lo, hi] (NAN open): under 1 as a percentage,
 * else times, to the fewest figures (1-3) that stay in the interval:
 * "about 1,000 times", "about 0.1%", "at most about 1.3%", "at least
 * about 150 times". */
void phrase_ratio(char *out, size_t cap, double r, double lo, double hi);

/* The fewest significant figures (1-3) whose rounding of v stays in
 * [lo, hi] (NAN: open): how precisely a derived figure may be said. */
int phrase_fit_sig(double v, double lo, double hi);

/* The hedge of a qualifier, with its trailing space: "about ", "more
 * than ", "less than "; "" for an exact figure or a range. */
const char *phrase_hedge(Qualifier q);
/* The hedge as the document wrote it just before the claim ("close to",
 * "over", "at least", "up to"), when it is one the phrasebook knows for
 * the claim's qualifier; NULL otherwise (then phrase_hedge is said). */
const char *phrase_hedge_written(const Claim *c);
/* A claim as a reader says it: its hedge as written, else its
 * qualifier's, and its amount ("more than $6 trillion a year", "close to
 * 6 million households"), a range with the unit once ("10–15%", "$10–15
 * billion"), a share written as a fraction as written ("about a third"). */
void phrase_claim(char *out, size_t cap, const Claim *c);

/* A scope in words: "World" (global), "Africa", "Least developed
 * countries" (ldc), "South Africa", a group known by its initials in
 * capitals ("ASEAN"); "" is "place not stated". */
void phrase_place(char *out, size_t cap, const char *scope);

/* A month of the year in words: "June" for 6; "" outside 1-12. */
const char *phrase_month(int month);
/* A claim's year with its month when known: "June 2023", "2023"; "" for
 * no year. */
void phrase_when(char *out, size_t cap, int year, int month);

/* Short register: "$79M", "$6T", "5.4B", "17", "1,250", "67%", "3 pp",
 * "67.5B KES" (a count's noun is left to the axis or the label). A
 * negative value has a minus sign (U+2212). */
void phrase_short(char *out, size_t cap, double v, const char *unit);
/* A claim's value briefly: "more than $6T a year", "about 67%", "10–15%";
 * a bound with its hedge as written, as phrase_claim ("at least 17"). */
void phrase_short_claim(char *out, size_t cap, const Claim *c);
/* A ratio to two significant figures: "76,000", "4.7"; "?" unless r > 0. */
void phrase_short_ratio(char *out, size_t cap, double r);

#endif
