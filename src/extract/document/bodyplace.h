/* bodyplace.h — the place a document's text is about when neither its
 * title, its publisher nor its first lines name one.
 *
 * A wire roundup headed "ASIA TECH ROUNDUP: ..." that goes on about China
 * Mobile, China Telecom and the Chinese ministry, a company's prospectus
 * about its market "in China", a newsletter on China's tech policy: their
 * figures that no sentence, heading or paragraph places are of the place
 * the text keeps naming. That place is the one named far more often than
 * any other in the document's first BODYPLACE_TOP bytes, by its own name
 * ("China Mobile", "South Africa's") or its people's ("Kenyan"): at least
 * BODYPLACE_MIN mentions, at least two fifths of all mentions of a place
 * other than the world, and at least twice the next place's. When no
 * place is so far ahead by its names, the same is asked of every cue of
 * a place ("Jakarta", "Surabaya", "London", "U.S."; not a currency's
 * sign, "US$"), and of every sum in a country's own money (curplace.h:
 * a sentencing in a London court whose losses are in pounds): an
 * Indonesian operator's report naming Indonesia twice and three of its
 * cities is Indonesia's.
 *
 * Nothing here allocates.
 */
#ifndef CB_BODYPLACE_H
#define CB_BODYPLACE_H

#include <stddef.h>

typedef struct Metrics Metrics;

#define BODYPLACE_TOP 40000
#define BODYPLACE_MIN 4

/* The scope id (owned by m) of the place doc[0, n) keeps naming, or NULL
 * when no place dominates its text. */
const char *bodyplace_of(const Metrics *m, const char *doc, size_t n);

/* The place a body's name names: "China Internet Network Information
 * Center" (CNNIC's name in metrics.csv), "Zambia Information and
 * Communications Technology Authority", "Indonesian Internet Service
 * Providers Association". A national body's own statistic is its
 * country's when its sentence names no place. The name as credited and,
 * for a body metrics.csv knows, each of its names are read; the scope id
 * (owned by m) when they name one place other than the world, else NULL
 * ("National Bureau of Statistics", "ITU", "World Bank": none). A body
 * whose row in metrics.csv says where it is of (within: "MODA (數位發展部)"
 * is Taiwan's) is that place's. */
const char *bodyplace_of_body(const Metrics *m, const char *body);

/* The place a body's names name, as bodyplace_of_body reads them, not
 * asking where metrics.csv says it is of: what an English sentence's
 * credit to "the National Development and Reform Commission" places (the
 * rows within china are read in Chinese sentences only). */
const char *bodyplace_of_name(const Metrics *m, const char *body);

#endif
