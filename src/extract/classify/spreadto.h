/* spreadto.h — the countries a sum of Digital Silk Road money is spread
 * over.
 *
 * "puts China's DSR-related investment at about $79 billion across more
 * than 80 countries", "$29.2 billion in 91 countries": the count of
 * countries right after a sum classified as China's money for Digital
 * Silk Road projects, tied to it by "across", "in", "over", "spanning"
 * or "spread over" (hedges between: "some", "about", "more than"), counts
 * the countries where those projects are (dsr_project_countries). Not
 * when another clause or another figure stands between them ("$79
 * billion; 17 countries signed MoUs"), nor when the count has a metric
 * of its own.
 *
 * Nothing here allocates.
 */
#ifndef CB_SPREADTO_H
#define CB_SPREADTO_H

#include <stddef.h>

#include "claim.h"


/* Claim c (a count of countries with no metric) follows the sum before
 * (earlier in the same sentence, doc[ss, se)): give c the metric of the
 * countries the sum is spread over. 1 when c took it. */
int spreadto_countries(Claim *c, const Claim *before, const char *doc, size_t ss, size_t se);

#endif
