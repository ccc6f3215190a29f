/* donor.h — the place that gives the money, not the place it is for.
 *
 * Aid, loans and grants name two places: the giver and the receiver. The
 * figure is the receiver's ("The U.S. alone committed $16.6 million for
 * the Palau branch cable" is Palau's; "India has committed US$5 million"
 * to an ASEAN fund is ASEAN's; "Australia says it will provide sixty
 * million Australian dollars in grants" in a story on Vanuatu's cable is
 * Vanuatu's). The giver stands as the subject of a verb of giving
 * (committed, pledged, will provide, lent), or names a body that does
 * ("The US International Development Finance Corporation has committed").
 * The giver after a preposition ("a loan from France", "the support of the
 * European Union") is data/metrics.csv's partner words.
 *
 * Nothing here allocates.
 */
#ifndef CB_DONOR_H
#define CB_DONOR_H

#include <stddef.h>

/* Is the place doc[s, e) of the sentence doc[ss, se) the subject of a verb
 * of giving whose object holds the claim at doc[at): after the place, a
 * body's name or a few small words ("alone", "has", "says it will"), then
 * the verb, then the claim in the same clause? */
int donor_subject(const char *doc, size_t ss, size_t se, size_t s, size_t e, size_t at);

/* Is the place at doc[s) of the sentence from doc[ss) the giver of the
 * sum the claim at doc[at) states, after "from" right behind it: "US$30
 * million from Japan through the Japan-ASEAN Integration Fund", "EUR 60
 * million from the European Union"? The sum is the receiver's. */
int donor_after_sum(const char *doc, size_t ss, size_t s, size_t at);

/* Is the word at doc[i) (its first letter) a verb of giving (a cheap look
 * before the places are read)? */
int donor_verb_at(const char *doc, size_t i, size_t se);

/* Is the word at doc[i) a verb of giving or "from" (a giver after its
 * sum): may the sentence name a giver? */
int donor_word_at(const char *doc, size_t i, size_t se);

#endif
