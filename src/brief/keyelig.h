/* keyelig.h — what a key figure may be, as the findings decide it, and
 * how it says a sum in another currency.
 *
 * A key figure is one quantity's figure most documents agree on. The
 * comparisons leave some claims out of their quantity's agreement: the
 * figures of a document that gives several disagreeing ones for one
 * place and year (several.h) state no one value of it, and a figure of
 * a part of a sum (its loans alone) is of another definition. The key
 * figures apply the same eligibility, read from the findings themselves
 * (leftread.h): such a claim is never a key figure, and is counted among
 * the figures of its place and year that differ. The place is the one
 * the comparisons compare it in (placed.h), the caller's copy.
 *
 * A sum in another currency says its US dollar value beside it, at its
 * year's rate from data/reference.csv, as the findings do ("about $173
 * million at 2018's rate").
 */
#ifndef CB_KEYELIG_H
#define CB_KEYELIG_H

#include <stddef.h>

#include "blay.h"
#include "reference.h"

/* Per claim of L's claims table: 1 when an agreement finding leaves it
 * out as no value of its quantity. Caller frees. */
unsigned char *keyelig_unstated(const Lay *L);

/* "about $173 million at 2018's rate" for claim c (row: its index) in a
 * currency other than the US dollar with a rate for its year in refs
 * (may be NULL); 0 and "" otherwise. */
int keyelig_dollars(const Claim *c, size_t row, const ReferenceList *refs, char *out, size_t cap);

#endif
