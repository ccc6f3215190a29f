/* placed.h — the place a claim is compared in (src/compare, and the
 * charts, whose rows must say the place their findings do).
 *
 * A count of countries lies in no one country. "我国已与30个国家签署双边电
 * 子商务合作备忘录" is placed in China, its teller's country (as the golds
 * of Chinese texts place it), and "China has signed e-commerce MoUs with
 * 30 countries" in the world, where the countries counted lie: one
 * quantity, which two findings would split in two ("China, 2024: 2
 * documents agree" and "World, 2024: 2 documents agree"). The comparisons
 * place a count of countries that its claim places in one country (a
 * known place that is no region, no group of countries, and held by no
 * other place) in the world; a region's count ("27 African countries")
 * keeps its region, and a province's (a claim with an area) its
 * province. The claims table keeps what the claim says.
 *
 * Ownership: placed_claims gives a copy of the list's array (its claims'
 * strings shared with the list) that placed_free frees.
 */
#ifndef CB_PLACED_H
#define CB_PLACED_H

#include "claim.h"

typedef struct Metrics Metrics;

/* Is c a count of countries placed in one country (m may be NULL: then
 * no place is known to be a country)? */
int placed_in_world(const Claim *c, const Metrics *m);

/* cl itself when no claim of it is placed otherwise; else buf, a copy
 * whose such claims are placed in the world. */
const ClaimList *placed_claims(const ClaimList *cl, const Metrics *m, ClaimList *buf);
/* Free what placed_claims copied (nothing when it returned cl). */
void placed_free(const ClaimList *placed, ClaimList *buf);

#endif
