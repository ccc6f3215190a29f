/* itemsum.h — the price of one item, or a sum over several.
 *
 * A metric of items (metrics.csv nature "item": the cost of one data
 * centre) prices one project. A sum that its words make one of several
 * is none, whatever items it covers:
 *  - summed: "three loans, totalling US$386 million", "the loans ...
 *    total less than Sh40 billion", "about $160 million between them",
 *    "a combined $1.1 billion";
 *  - of a plural: "data-centre investments of more than US$1 billion",
 *    "commitments worth EUR 400 million", "$2 billion in new data-centre
 *    investments", "EUR 412 million for seven projects";
 *  - approved in the aggregate: "the board approved data-centre
 *    investment worth 98 billion baht in 2024" (a mass of investment, not
 *    "an investment of").
 * A figure said to be each one's is an item's again: "loans of USD
 * 20-150 million each", "on average", "a typical", "the median".
 *
 * Nothing here allocates.
 */
#ifndef CB_ITEMSUM_H
#define CB_ITEMSUM_H

#include "figtoks.h"

/* Is the figure of ft a sum over several items, by its clause's words? */
int itemsum_several(const FigToks *ft);

#endif
