/* lists.h — whole-sentence passes: what one number alone cannot tell.
 *
 * A sentence often counts several things at once, and names the noun,
 * the place or the year only once:
 *  - gapped lists: "14 landing stations in Kenya, nine in Egypt and four
 *    in Djibouti", "Egypt ... for 15 cables, Djibouti for 11 and Kenya for
 *    six", "Of the 12 landing points, three are in Pakistan, two in
 *    Egypt": each item counts the noun named once, in its own place;
 *  - shared nouns: "77 million and 57 million subscribers", "11 of 26
 *    projects";
 *  - comparisons: "76 submarine cables, up from 58 in 2019", "up from one
 *    in 2020", "233 ..., up from 188 a year earlier": the earlier figure
 *    counts what the later one does, and its year is not the later one's;
 *  - "respectively": "Ivory Coast, Liberia and Benin fell to 3%, 12% and
 *    21%, respectively" pairs a list of figures with a list of places,
 *    and "118.6%, 121.3% and 114.2% in 2021, 2022 and 2023,
 *    respectively" with a list of years, only when the counts match;
 *  - "Of these, 12 ...", "a further three": the noun of what was counted
 *    before;
 *  - coordinated clauses: "DSR MoUs with 17 countries and e-commerce
 *    agreements with 30": what the clause opening with "and" names
 *    before 30 (its metric, its place) is 30's, not 17's.
 * A weak quantity (scan.h: a number naming no noun) that no pass gives a
 * noun is no claim.
 *
 * The passes work on the claims of one sentence, in offset order; nothing
 * here allocates.
 */
#ifndef CB_LISTS_H
#define CB_LISTS_H

#include <stddef.h>

#include "claim.h"
#include "metrics.h"
#include "scan.h"

/* One claim of the sentence and what the passes learn of it. */
typedef struct ListClaim {
    Claim c;
    ScanQuantity q;
    int keep;               /* a claim (a weak one only once given a noun) */
    int comparison;         /* "up from N": an earlier figure of another */
    int compared_with;      /* 1 + the index of the figure it is compared
                             * with right before it ("76 cables, up from
                             * 58": its metric is that one's), or 0 */
    int prev_year_of;       /* "a year earlier": 1 + the index of the
                             * claim whose year it precedes, or 0 */
    int years_back;         /* by how many years: 1, or 2 for "two years
                             * earlier", "two years ago" */
    int back_ago;           /* counted back from the telling ("ago") */
    size_t item_s, item_e;  /* its item: its own part of the sentence */
    int chained;            /* an item of a list or comparison */
    int span_with;          /* an end of a span ("from US$48 in Ethiopia to
                             * US$612 in Malaysia"): 1 + the index of its
                             * other end, or 0 */
    const char *unit_from;  /* where a unit came from (static), or NULL */
    size_t next_s, next_e;  /* the coordinated clause of the next figure,
                             * after it ("with 17 countries | and e-commerce
                             * agreements with | 30"), or [x, x) */
    size_t prev_s, prev_e;  /* the predicate of the figure before, when a
                             * coordinator opens this one's clause ("30 |
                             * had signed e-commerce MoUs | and 18 countries
                             * had signed MoUs on investment"), or [x, x) */
} ListClaim;

/* Give nouns to the claims v[0, k) of the sentence doc[ss, se) that name
 * none, from the items of their list, the figure they compare with, or
 * the paragraph's noun (topic_noun, "" when none); mark the items and
 * which claims to keep. */
void lists_units(const char *doc, size_t n, size_t ss, size_t se, ListClaim *v, size_t k, const char *topic_noun);

/* The fences of claim i (metrics.h): the items of its list that are not
 * its own. Returns their count (at most max). */
size_t lists_fences(const ListClaim *v, size_t k, size_t i, MetricsFence *out, size_t max);

/* After classification: pair "respectively" lists with their places and
 * years, and date "a year earlier" figures by the figure they precede. */
void lists_places(const Metrics *m, const char *doc, size_t n, size_t ss, size_t se, ListClaim *v, size_t k);

#endif
