/* metfit.h — is the figure the thing its metric means? The last look at
 * a claim's metric, after every reader that gives one (its sentence's
 * cues, a heading, a caption, the figure before: classify.h, metcarry.h).
 *
 * A metric's cues say what a sentence is about; what the figure itself
 * is, a careful reader checks against what the metric means, and gives
 * no metric rather than a wrong one (an empty metric makes no false
 * finding):
 *  - a count of countries a study looked at is its sample (sample.h);
 *  - China's money for the Digital Silk Road is not the Belt and Road's
 *    as a whole, nor another power's (investor.h);
 *  - one item's price is not a sum over several (itemsum.h);
 *  - a count of people is not one of households, nor of subscriptions,
 *    and the reverse (countnoun.h); those a programme connected are not
 *    those a network only covers (connected.h);
 *  - a figure compared with another ("up from seven at the first
 *    forum") is a figure of the other's metric (metfit_compared).
 *
 * English text only (a Chinese sentence keeps its metric). Nothing here
 * allocates.
 */
#ifndef CB_METFIT_H
#define CB_METFIT_H

#include <stddef.h>

#include "claim.h"

typedef struct Metrics Metrics;

/* Clear c->metric when c, in its sentence doc[ss, se), is not what its
 * metric means. 1 when it was cleared. */
int metfit_check(const Metrics *m, Claim *c, const char *doc, size_t n, size_t ss, size_t se);

/* c is compared with base ("76 cables, up from 58"): c's metric becomes
 * base's, when c's unit fits it, or none when base has none. 1 when c's
 * metric changed. */
int metfit_compared(const Metrics *m, Claim *c, const Claim *base);

#endif
