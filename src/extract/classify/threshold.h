/* threshold.h — a bound a rule or a definition sets, not an amount.
 *
 * "Publish every digital infrastructure contract above KSh 500 million",
 * "any loan of more than $50 million must be approved", "our inclusion
 * criteria: a loan of at least US$1 million": the figure says which
 * things a rule or a count takes in, not how much of anything there is.
 * A figure after a word of bound ("above", "over", "exceeding", "at
 * least", "more than", "worth more than") is such a threshold when the
 * thing bounded is any or every one, within eight words before ("every
 * contract", "any loan", "all projects"; not "in no fewer than 70
 * countries"), or when the sentence speaks of criteria, a threshold or
 * eligibility.
 *
 * Nothing here allocates.
 */
#ifndef CB_THRESHOLD_H
#define CB_THRESHOLD_H

#include "figtoks.h"

/* Is the figure of ft a threshold (see above)? */
int threshold_bound(const FigToks *ft);

#endif
