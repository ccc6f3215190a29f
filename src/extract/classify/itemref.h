/* itemref.h — the item a sum's clause prices without naming it.
 *
 * "The four-storey facility, known as NDC-1, cost Rp 4.8 trillion",
 * "The contract price was US$ 115.3 million", "Investment in the campus
 * is put at IDR 2.6 trillion", "That phase, costing some USD 185
 * million": the clause prices something (cost, price, budget, worth,
 * investment, value, sum) but names it only by a reference or not at all.
 * The sentences before it name it: "... the second phase of the Konza
 * Data Centre. The facility would extend ... The total project cost is
 * estimated at US$185 million". The nearest earlier sentence of its
 * paragraph (or the heading right over the paragraph) naming an item of a
 * metric of items (metrics.csv nature `item`: data_center_cost) gives the
 * figure that metric; a sentence opening on another kind of thing
 * ("Component B: Provincial fibre backbone ...") ends the search, the
 * text has moved on. An acronym the document defined for such an item,
 * "The National Data Centre (NDC)", names it as well: "the total cost of
 * the NDC".
 *
 * Not when the clause names another thing it prices ("the national
 * fibre backbone", "Indonesia's digital economy") or a loan, a payment, a
 * fee; not when a forbid of the metric stands in the figure's sentence
 * ("a year", "in total"); not for a part of a sum named before it (the
 * metric's nature, measure.h); and an item named in the plural ("The
 * picture is similar for data centres") gives its metric only to a clause
 * speaking of one ("a single mid-sized facility costs").
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_ITEMREF_H
#define CB_ITEMREF_H

#include <stddef.h>

#include "claim.h"

typedef struct Metrics Metrics;

/* Claim c (a sum of money with no metric) of the sentence doc[ss, se), in
 * the paragraph starting at para_s under the heading doc[head_s, head_e)
 * ([x, x): none): give it the item metric its clause prices by
 * reference, with the metric's unit. 1 when it took one. */
int itemref_metric(const Metrics *m, Claim *c, const char *doc, size_t n, size_t ss, size_t se, size_t para_s,
                   size_t head_s, size_t head_e);

#endif
