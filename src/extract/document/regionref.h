/* regionref.h — which region "the region" means.
 *
 * "Southeast Asia is the top target. The region's digital economy will
 * generate $263 billion": a sentence that speaks of "the region" ("the
 * region's", "in the region", "across the bloc") places its figures in the
 * region named last before it: earlier in the sentence, else earlier in
 * its paragraph, else the region the document is about. A country named
 * in between is no referent ("Brazil, the region's largest market"): only
 * a region (a scope id of regionref_is_region) is.
 *
 * Nothing here allocates.
 */
#ifndef CB_REGIONREF_H
#define CB_REGIONREF_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* How far back "the region" looks for its referent. */
#define REGIONREF_BACK 1500

/* Is the scope id a region of several countries ("southeast asia",
 * "asean", "latin america", a pair whose first half is one: "central asia
 * and the south caucasus"), not a country nor the world? */
int regionref_is_region(const char *id);

/* Where the sentence doc[ss, se) first says "the region" or "the bloc"
 * (any case; "the regions" and "the regional" are not), or se. */
size_t regionref_at(const char *doc, size_t ss, size_t se);

/* The scope id (owned by m) of the region named last in doc[from, at),
 * from no further back than REGIONREF_BACK bytes, or NULL. A region named
 * as a pair (regionpair.h) is the pair, its name held per thread until the
 * next call. */
const char *regionref_before(const Metrics *m, const char *doc, size_t from, size_t at);

/* Where the section holding the paragraph that starts at doc[para]
 * starts: after the last heading line before it (a short line with no
 * sentence end, after a blank line or the top: "2.3 Tradecraft",
 * "SOUTHEAST ASIA FIRST"), no further back than REGIONREF_BACK bytes. A
 * region named in another section is no referent. */
size_t regionref_section_start(const char *doc, size_t para);

#endif
