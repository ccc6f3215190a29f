/* curplace.h — the country whose own currency a sum is written in.
 *
 * "£427,318", "KES 18.9 billion", "IDR 2.4 trillion", "38,000 yuan": a
 * sum in one country's own money says where the text's figures are when
 * nothing else does (bodyplace.h counts it as a mention of that country).
 * The dollar, the euro, and the signs several countries write ("$", "€",
 * "Rs", "Sh", "K", "R", "CFA") name none.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_CURPLACE_H
#define CB_CURPLACE_H

#include <stddef.h>

/* The scope id of the country whose currency doc[i, e) opens with (a
 * sign or code standing alone: "£" anywhere, "KES" not inside a word,
 * "yuan" as a word), its length in *len; NULL when none opens there. */
const char *curplace_at(const char *doc, size_t i, size_t e, size_t *len);

/* The first such currency in doc[i, e): its country's id, its start in
 * *at and its length in *len; NULL when none. */
const char *curplace_next(const char *doc, size_t i, size_t e, size_t *at, size_t *len);

#endif
