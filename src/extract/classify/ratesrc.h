/* ratesrc.h — the body whose exchange rate a figure is: "at the Bank of
 * Zambia mid-rate of ZMW 25.5 per USD", "approximately US$60.6 million
 * at the Central Bank of Kenya mean rate of 129.4 shillings to the
 * dollar": the rate itself is the bank's figure, whoever converts with
 * it (the sums converted are not: their teller stays theirs).
 *
 * The figure follows "rate of" (a currency's code or sign may open it),
 * and before "rate" stand at most two words of its kind ("mean", "mid",
 * "middle", "official", "reference", "average", "exchange", "closing",
 * "indicative", "market") and a capitalised name ("of", "and", "for"
 * inside it). Nothing here allocates.
 */
#ifndef CB_RATESRC_H
#define CB_RATESRC_H

#include <stddef.h>

/* 1 and the name's [*ns, *ne) in doc when the figure at claim_s, in the
 * sentence opening at ss, is a body's named rate; else 0. */
int ratesrc_body(const char *doc, size_t ss, size_t claim_s, size_t *ns, size_t *ne);

#endif
