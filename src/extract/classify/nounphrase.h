/* nounphrase.h — the counted noun at the end of a noun phrase whose
 * modifiers are a list: "17 communication, remote sensing and
 * meteorological satellites", "4 separate shutdown and blocking orders",
 * "96 automatic number-plate recognition (ANPR) cameras".
 *
 * The scanner reads one or two modifiers before a noun itself
 * (scan.c); a longer phrase, with commas, "and"/"or" or an acronym in
 * brackets between its modifiers, is read here. Every word on the way
 * must be a lower-case content word: a function word, a verb's form
 * after "and" or a digit ends the phrase ("3 killed and 5 injured").
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_NOUNPHRASE_H
#define CB_NOUNPHRASE_H

#include <stddef.h>

/* The head noun of the phrase after a number ending at p[e), when its
 * modifiers are a list or carry a bracketed acronym: its slice in [*ws,
 * *we) and 1; else 0. */
int nounphrase_listed_head(const char *p, size_t n, size_t e, size_t *ws, size_t *we);

/* "Vehicle counts in the car park rose from an average of 9": the
 * counted thing a clause's subject "X counts" names (a noun X, not "the
 * official count"), up to sixteen
 * words before the number at p[i] (no punctuation between): the plural
 * "vehicles" to out and 1, else 0. */
int nounphrase_count_subject(const char *p, size_t i, char *out, size_t cap);

/* The subject a verb of level reports on, before p[i): "subscribers
 * reached", "the number of platforms rose to", "complaints to the agency
 * totalled", "users roughly tripled". The verb must come between the noun
 * and the number; a counter's noun ("views", "reads") ends the search.
 * Between the verb and the number may stand a change ("rose 9.6%"), a
 * time ("in the year to March"), a word with inner hyphens ("q-o-q") and
 * a comma before the "to" or "at" that leads to it ("tripled over the
 * decade, to about 25 million"). */
int nounphrase_reported(const char *p, size_t i, size_t *ws, size_t *we);

#endif
