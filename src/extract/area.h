/* area.h — a figure's place within a country (its area) and the country
 * that holds it (its scope).
 *
 * FORMAT.md's scope is the world, a region or a country. A place whose
 * scope row in data/metrics.csv has a within (China's provinces are within
 * china, its prefecture cities within their province) is a figure's area:
 * Guangxi's figure is scope "china", area "guangxi"; Qinzhou's scope
 * "china", area "qinzhou". Hong Kong, Macao and Taiwan have no within:
 * they stay scopes of their own. The classifier places a figure at the
 * nearest place it reads; area_settle then splits that place, last,
 * before the analyst's curation and again after it.
 *
 * Nothing here allocates; ids returned are owned by the Metrics.
 */
#ifndef CB_AREA_H
#define CB_AREA_H

#include "claim.h"

typedef struct Metrics Metrics;

/* The place at the end of id's within chain (the country that holds a
 * province or a city: "china" for "guangxi" and for "qinzhou"), or NULL
 * when id is within nothing (a country, a region, an unknown id). */
const char *area_country(const Metrics *m, const char *id);

/* Split c's place into scope and area:
 *   a scope within a country becomes the area (unless c has one
 *   already: an analyst's), and the scope that country; the context's
 *   "scope from X" clause gets an "area from X" beside it;
 *   an area within a country takes that country as its scope.
 * A claim whose scope is within nothing and that has no area is left as
 * it is. */
void area_settle(const Metrics *m, Claim *c);

#endif
