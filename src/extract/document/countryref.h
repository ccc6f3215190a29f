/* countryref.h — which country "the country" means.
 *
 * "Alibaba Cloud, the country's largest provider, cut prices on more than
 * 100 cloud products", "The 2022 volcanic eruption cut the country off for
 * 38 days", "58 per cent of mobile money accounts in the country": a
 * sentence that speaks of "the country" ("the country's", "in the
 * country", "this country") places its figures in the country the
 * document is about, else in the country named last before it: earlier in
 * the sentence, else in its section. A region named in between is
 * no referent; a country is, by its cue ("Kenyan") or its bare name
 * ("China", which is no cue of its own).
 *
 * Nothing here allocates.
 */
#ifndef CB_COUNTRYREF_H
#define CB_COUNTRYREF_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* How far back "the country" looks for its referent. */
#define COUNTRYREF_BACK 1500
/* How far from a claim "the country" places it, either side. */
#define COUNTRYREF_NEAR 200

/* Where the sentence doc[ss, se) first says "the country" or "this
 * country" (not "the countryside", "the countries", "the country of
 * origin", "depending on the country"), or se. */
size_t countryref_at(const char *doc, size_t ss, size_t se);

/* Is the scope id a country: a known place that is no region of several
 * countries, not the world, no group of countries ("ldc", "low-income
 * countries") and held by no other place (no province, no city)? */
int countryref_is_country(const Metrics *m, const char *id);

/* The scope id (owned by m) of the country named last in doc[from, at),
 * from no further back than COUNTRYREF_BACK bytes, or NULL: by its cues,
 * and from doc[bare) on by its bare name too. A currency's place ("US$")
 * names none. */
const char *countryref_before(const Metrics *m, const char *doc, size_t from, size_t bare, size_t at);

#endif
