/* quantity.h — the words around a number: the normalizer's lexicon.
 *
 * The scanner (scan.c) finds numerals and asks this module what the words
 * next to them mean: a scale ("billion", "bn"), a currency ("RMB", "yuan",
 * "€"), a number word ("twelve", "a dozen"), a month (a date, not a claim),
 * a qualifier before the number ("more than", "close to"), and what kind
 * of word follows (a counted noun, a duration, page furniture...).
 *
 * Words are (pointer, length) slices; matching is ASCII case-insensitive
 * unless a function says otherwise. Nothing here allocates or prints.
 */
#ifndef CB_QUANTITY_H
#define CB_QUANTITY_H

#include <stddef.h>

#include "claim.h"

/* Multiplier of a scale word ("million" 1e6, "bn" 1e9, "k" 1e3, "crore"
 * 1e7...), or 0 when w is none. "m" and "b" count only when short_ok
 * (a currency is present): alone they are metres and bytes. */
double qty_scale(const char *w, size_t n, int short_ok);

/* The ISO code of a currency written as a word or code before or after a
 * number ("USD", "RMB"->"CNY", "yuan"->"CNY", "euros"->"EUR", "KES"), or
 * NULL. Codes must be upper case as written; words any case. */
const char *qty_currency_word(const char *w, size_t n);

/* The code of a currency sign that ends at p[end) (the bytes before a
 * number, spaces already skipped): "$"->USD, "US$"->USD, "€", "£", "¥",
 * "₹", "A$"->AUD... Sets *start to where the sign begins. NULL if none. */
const char *qty_currency_sign_before(const char *p, size_t end, size_t *start);

/* Value of a number word ("one".."twenty", "thirty".."ninety", "dozen",
 * "hundred"), or -1. */
double qty_number_word(const char *w, size_t n);

/* Share (in percent) named by a fraction word: "half" 50, "third" 33.3,
 * "thirds" 33.3, "quarter(s)" 25, "fifth" 20, "sixth" 16.7, "eighth"
 * 12.5, "tenth" 10; else -1. */
double qty_fraction_word(const char *w, size_t n);

/* A multiplier said in a word: "doubled", "more than doubles" 2
 * (MW_PAST), "tripling" 3 (MW_ING), "double" 2 (MW_BASE, also an
 * adjective: "double taxation"), "twice" 2 (MW_TWICE, also "twice a
 * year");
 * *form gets which. -1 when w is none. */
enum { MW_PAST = 1, MW_ING = 2, MW_BASE = 3, MW_TWICE = 4 };
double qty_multiplier_word(const char *w, size_t n, int *form);

/* The noun an event verb counts with "N times" ("downloaded" ->
 * "downloads", "viewed" -> "views"), or NULL. */
const char *qty_times_noun(const char *w, size_t n);

/* 1 when w names a month ("October", "Oct", "Sept."...). */
int qty_is_month(const char *w, size_t n);

/* What a word after a number is. ORDER: tests rely on the values. */
typedef enum NounKind {
    NK_NONE,       /* not a noun: function word, verb, adverb */
    NK_COUNT,      /* a counted noun: "countries", "people", "cables" */
    NK_ABSTRACT,   /* discourse nouns: "problems", "values", "ways" */
    NK_DURATION,   /* "years", "decades", "days": durations are not claims */
    NK_FURNITURE,  /* "views", "comments", "am", "pm", "min": page furniture */
    NK_ADJ,        /* a modifier to skip on the way to the head noun */
    NK_OTHER       /* an unknown singular word: a modifier if a noun follows */
} NounKind;
NounKind qty_noun_kind(const char *w, size_t n);

/* 1 when w is listed as a modifier ("new", "online", "least"): a
 * function word that is one stands before a noun ("one million online
 * jobs", "46 least developed countries"). */
int qty_is_modifier(const char *w, size_t n);

/* A ratio that is its own unit ("PUE"), as written, or NULL. */
const char *qty_ratio_name(const char *w, size_t n);

/* The ratio named in words by the word p[w, e) and those before it:
 * "power usage effectiveness" is PUE, "carbon usage effectiveness" CUE
 * (any case); NULL when none. */
const char *qty_ratio_spelled(const char *p, size_t w, size_t e);

/* 1 when w is in the explicit list of counted nouns (not guessed from a
 * plural ending): what a year-like number needs to count ("2000 people"). */
int qty_is_known_count(const char *w, size_t n);

/* Write the canonical unit for counted noun w into out (cap bytes):
 * lower case, "kilometres"/"kilometers"->"km", "persons"->"people". */
void qty_unit_name(const char *w, size_t n, char *out, size_t cap);

/* The plural of the noun w[0..n) into out (cap bytes): "transaction"
 * transactions, "launch" launches, "facility" facilities; a word ending
 * in s stays as it is. */
void qty_plural(const char *w, size_t n, char *out, size_t cap);

/* The canonical unit of the unit word or symbol w[0,n) ("kilometres" and
 * "km" -> "km", "metres" -> "m", "megawatt" -> "MW", "Tbit/s"), or NULL.
 * With hyphen, only the forms that may be hyphenated to a number
 * ("1,200-km", "620-kilometre", "10-Gbps"). */
const char *qty_unit_word(const char *w, size_t n, int hyphen);

/* The unit hyphenated to a number whose word starts at p[j) ("a
 * 1,200-km cable", "a 1,600-square-metre hall"), *we set to where its
 * word ends (the last word's end for a unit of two): NULL when none. */
const char *qty_unit_hyphen(const char *p, size_t n, size_t j, size_t *we);

/* A unit symbol written as such at p[0, avail) ("Tbit/s", "GB", "MW"),
 * or a rate spelled out ("terabits per second" is Tbit/s), ending at a
 * word boundary: its length, with *unit set; 0 when none. */
size_t qty_unit_symbol_at(const char *p, size_t avail, const char **unit);

/* Does the frequency whose unit symbol ("MHz", "GHz") ends at p[e) name
 * a band rather than measure an amount: "the 700 MHz band", "each 3.5 GHz
 * lot", "1800 MHz spectrum", "the 700 MHz and 3.5 GHz bands" (not "60 MHz
 * of paired spectrum")? */
int qty_names_band(const char *unit, const char *p, size_t n, size_t e);

/* 1 when the words ending at p[end) make a label that a bare number
 * follows ("Table 3", "Article 5", "page 12", "No. 4", "SDG 9"). */
int qty_is_label_before(const char *p, size_t end);

/* The qualifier stated by the words ending at p[end) ("more than",
 * "approximately", "~", "close to"), Q_EXACT when none; *start gets where
 * the phrase begins. */
Qualifier qty_qualifier_before(const char *p, size_t end, size_t *start);

/* The period a sum of money written before p[i) is paid per, stated
 * after it (across at most four words, stopping at punctuation): "/year"
 * for "annually", "a year", "/yr"; "/month" for "per month", "monthly";
 * right after it "/day" for "a day", "/share" for "per share" (past a
 * code in brackets: "₦1,870 (NGN) per month"). NULL when none ("a year
 * earlier" dates a figure, it makes no rate; "$1.10 per Mbps per month"
 * is a unit's price, no monthly flow). */
const char *qty_rate_after(const char *p, size_t n, size_t i);

/* 1 when w is a time preposition that makes a following year a date
 * ("in", "since", "by", "until", "from"...). */
int qty_is_time_preposition(const char *w, size_t n);

/* 1 when w is a possessive determiner ("its", "their", "our", "his",
 * "her", "your", "my"): "11 of its 58 routes". */
int qty_is_possessive(const char *w, size_t n);
/* The word p[ws, we) of p[0, n) as a possessive: "its", "their", or a
 * name with its "'s" ("Zhiyun's"). */
int qty_is_possessive_at(const char *p, size_t n, size_t ws, size_t we);

/* 1 when w is a determiner that makes a following small count a
 * reference to things already named ("the two countries", "these three"). */
int qty_is_determiner(const char *w, size_t n);

#endif
