/* ratebase.h — figures that are no amount: an exchange rate's base and a
 * code's legend.
 *
 * A wire story's "($1 = 7.3315 Chinese yuan)", an annual report's
 * "translated at RMB7.0999 to US$1.00", a tender's "按1美元兑7.1268元人民币
 * 折算", "EUR 1 = USD 1.08": the one unit of a currency a rate is quoted
 * for is no sum of money (the rate quoted for it stays a figure, a price
 * of a currency, as the gold of the annual reports has it). A codebook's
 * "STATUS 1 = announced; 2 = under construction" gives the values of a
 * code, not figures. Such a figure is no claim: it reached the money
 * chart as "$1" beside the sums the documents state, and a comparison as
 * a dollar of DSR investment, 79 billion times below the others.
 *
 * Nothing here allocates.
 */
#ifndef CB_RATEBASE_H
#define CB_RATEBASE_H

#include <stddef.h>

#include "claim.h"

/* 1 when claim c (its span doc[c->start, c->end), its sentence doc[ss,
 * se)) is a rate's base, a rate quoted for one unit, or a code's value
 * with its legend after "=". */
int ratebase_not_amount(const char *doc, size_t ss, size_t se, const Claim *c);

#endif
