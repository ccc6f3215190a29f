/* metfit.h — is the figure the thing its metric means? The last look at
 * a claim's metric, after every reader that gives one (its sentence's
 * cues, a heading, a caption, the figure before: classify.h, metcarry.h).
 *
 * A metric's cues say what a sentence is about; what the figure itself
 * is, a careful reader checks against what the metric means, and gives
 * no metric rather than a wrong one (an empty metric makes no false
 * finding):
 *  - a figure supposed, denied or a conversion's rate (asserted.h), a
 *    bound a rule sets (threshold.h) and a margin of error ("±2.1")
 *    measure nothing;
 *  - a count of countries a study looked at is its sample (sample.h);
 *    the whole a part of countries or people is counted out of takes a
 *    metric only from its own words (setwhole.h);
 *  - China's money for the Digital Silk Road is not the Belt and Road's
 *    as a whole, nor money for more than digital work, nor one thing's
 *    cost, nor another power's; its project countries not another
 *    power's (investor.h);
 *  - what criminals were paid or took in is not the cost of cybercrime
 *    (crimetake.h); an insurer's sums are no investment nor a project's
 *    cost (insured.h);
 *  - one item's price is not a sum over several (itemsum.h);
 *  - a count of people is not one of households, nor of subscriptions,
 *    and the reverse (countnoun.h); those a programme connected are not
 *    those a network only covers, and a figure of the usage gap counts
 *    no users (connected.h);
 *  - a share of people is not a share of another whole named before it
 *    or in its fraction (sharebase.h), nor a place's part of the world's
 *    people ("home to 8% of the world's population": popshare.h);
 *  - a figure compared with another ("up from seven at the first
 *    forum") is a figure of the other's metric (metfit_compared);
 *  - a metric a heading, the paragraph or the figure before gave holds
 *    only where the figure's clause names no word its metric forbids
 *    (metrics.csv): "4 million Kenyans used the internet for the first
 *    time" under a heading on internet use.
 *
 * English text only (a Chinese sentence keeps its metric). Nothing here
 * allocates.
 */
#ifndef CB_METFIT_H
#define CB_METFIT_H

#include <stddef.h>

#include "claim.h"

typedef struct Metrics Metrics;

/* How the metric was given: METFIT_OWN, by the sentence's own cues
 * (which weighed its forbids already); METFIT_CELL, to a table's cell
 * (a place its row's label names is no word on the figure). */
enum { METFIT_OWN = 1, METFIT_CELL = 2 };

/* Clear c->metric when c, in its sentence doc[ss, se), is not what its
 * metric means (how: METFIT_ flags). 1 when it was cleared. */
int metfit_check(const Metrics *m, Claim *c, const char *doc, size_t n, size_t ss, size_t se, int how);

/* c is compared with base ("76 cables, up from 58"): c's metric becomes
 * base's, when c's unit fits it, or none when base has none. 1 when c's
 * metric changed. */
int metfit_compared(const Metrics *m, Claim *c, const Claim *base);

#endif
