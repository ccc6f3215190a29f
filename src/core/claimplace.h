/* claimplace.h — the place a claim is about: its scope and its area.
 *
 * A figure's place is its scope (the world, a region or a country, as
 * FORMAT.md defines scope) and, for a figure of a place within a country
 * (a province, a prefecture city), its area: Guangxi's figure is scope
 * "china", area "guangxi". Two figures are of one place when scope and
 * area are both the same: a province's figure is never held against the
 * country's, nor against another province's.
 */
#ifndef CB_CLAIMPLACE_H
#define CB_CLAIMPLACE_H

#include <stddef.h>

#include "claim.h"

/* The order of places: by scope, then by area (the country's own figures,
 * area "", before its provinces'). 0 when a and b are of one place. */
int claim_place_cmp(const Claim *a, const Claim *b);
int claim_same_place(const Claim *a, const Claim *b);

/* The place's one id: the area when there is one, else the scope (the
 * ids of metrics.csv's scope rows are unique, so an area names its place
 * alone): what a finding's id and a relation's m.METRIC@PLACE name. */
const char *claim_place_id(const Claim *c);

/* A place in words: phrase_place's ("World", "Kenya", "place not
 * stated"), and for an area the area then its country: "Guangxi, China",
 * "Inner Mongolia, China". */
void claim_place_words(char *out, size_t cap, const char *scope, const char *area);

#endif
