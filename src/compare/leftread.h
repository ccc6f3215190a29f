/* leftread.h — the claims a findings table says a comparison left out,
 * read back from its excluded cell (findings.h: "no year: ID ID; its
 * document gives several disagreeing figures: ID").
 *
 * The brief's key figures use it to apply the findings' own eligibility
 * (a figure the agreement of its quantity leaves out is not the
 * quantity's key figure), read from what the comparisons did rather
 * than done again. A cell holds at most CB_MAX_FINDING_IDS ids a reason
 * ("+N" for the rest): the ids past that are not seen.
 */
#ifndef CB_LEFTREAD_H
#define CB_LEFTREAD_H

#include <stddef.h>

#include "comparable.h"
#include "findings.h"

/* Call fn with each claim id (id[0, n), not NUL-ended) that the
 * excluded cell `excluded` leaves out for reason why. */
void leftread_ids(const char *excluded, Exclusion why, void (*fn)(const char *id, size_t n, void *ctx),
                  void *ctx);

/* Is finding f about the agreement of documents on one metric: an
 * agreement, or the note of what the agreements of a metric left out
 * ("excluded:agreement:METRIC")? */
int leftread_is_agreement(const Finding *f);

#endif
