/* insured.h — an insurance sum, not money invested nor a project's cost.
 *
 * What an insurer covers, pays or charges measures risk, not what was
 * put into a project: "Sinosure underwrote Digital Silk Road projects
 * with policy limits totalling $4.5 billion", "political risk cover for
 * the data centre has a limit of $80 million", "insured losses reached
 * $310 million", "at a premium rate of 6%, insuring the US$120 million
 * campus". A sum whose own clause names insurance (insured, insurer,
 * underwriting, a premium, a policy's limit, risk cover) takes no metric
 * of investment or of a project's cost.
 *
 * Nothing here allocates.
 */
#ifndef CB_INSURED_H
#define CB_INSURED_H

#include "figtoks.h"

/* Does the clause of ft's sum speak of insurance (see above)? */
int insured_sum(const FigToks *ft);

#endif
