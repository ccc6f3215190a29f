/* sharebase.h — the whole a share is of, when it is named before the
 * share or as a fraction's second number.
 *
 * A share of people (internet penetration, the share offline) is a
 * share of a population. measure.h reads the whole named after the
 * share ("37% of Africans", "61 percent of the detected threats"); these
 * are the wholes named elsewhere:
 *  - a label before it: "Share of declarations filed online (%) 38 79",
 *    "the proportion of households with internet access rose to 58.9
 *    percent" are shares of declarations and of households;
 *  - a sentence opening on its whole: "Of the 27.4 million households in
 *    the country, 58.9 percent had internet access at home";
 *  - a fraction's noun: "two in three internet users aged 15 to 24", "three
 *    out of every four phones sold" (but "seven in ten Filipinos");
 *  - the count just named: "1.2 million people reached, of which 50
 *    percent female", "40 per cent of them women";
 *  - a group by its rank: "the poorest 20% of the population would
 *    have to spend a month's income" measures no share.
 * A whole that names people ("the population", "individuals", "adults",
 * "Kenyans") or internet users ("share of internet users", which the
 * metrics read as a share of the population online) keeps the share.
 *
 * Nothing here allocates.
 */
#ifndef CB_SHAREBASE_H
#define CB_SHAREBASE_H

#include "claim.h"
#include "figtoks.h"

/* Is the share of ft (claim c) one of a whole named before it, or of
 * its fraction's noun, that is not people? */
int sharebase_other(const FigToks *ft, const Claim *c);

#endif
