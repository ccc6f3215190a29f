/* elided.h — the noun a figure leaves unsaid because its sentence said
 * it a little earlier, in shapes the list passes (lists.h) do not read:
 *
 *  - a part of a whole: "63 high-severity findings, of which 41 had been
 *    remediated", "21,640 employees, of whom 3,480 worked abroad",
 *    "Africa hosts 41 of them", "Of about 38,000 new sites activated,
 *    Huawei supplied 13,400": the noun of the whole before; "11 of its
 *    58 routes", "12 of the 41 host countries": of the whole after;
 *  - a parallel clause, the same preposition before both figures: "MoUs
 *    with 17 countries and e-commerce agreements with 30";
 *  - a breakdown after a colon or a dash: "12,992 satellites: 6,080 at
 *    500-600 km", "25 projects worth $8.6 billion - 12 in Asia";
 *  - a target or baseline: "2,486 people were trained against a target
 *    of 2,000";
 *  - the earlier figure of a change given as a share: "1,283 engagements,
 *    up 37% from 937 in 2022".
 *
 * Part of the sentence passes of lists.c; offsets are bytes of the
 * document, nothing here allocates.
 */
#ifndef CB_ELIDED_H
#define CB_ELIDED_H

#include <stddef.h>

#include "lists.h"

/* The noun claim v[i], naming none, leaves unsaid in the sentence
 * doc[ss, se) whose claims are v[0, k): the counted noun of a claim
 * before it in the sentence (a whole no smaller than the part, a figure
 * of the same clause for a target). NULL when none; *from says where it
 * came from ("the figure it is part of", "the parallel clause", "the
 * breakdown", "the figure it is measured against", or ELIDED_COMPARED
 * for the earlier figure of a change, whose year is its own). */
#define ELIDED_COMPARED "the figure it is compared with"

const char *elided_noun(const char *doc, size_t ss, size_t se, const ListClaim *v, size_t k, size_t i,
                        const char **from);

/* Is the bare number doc[start, end), alone in brackets after a name
 * ("Akira (89)"), an item of a list whose earlier item names its noun in
 * its own bracket ("Play (94 victims), Akira (89) and Hunters
 * International (71)"), within 200 bytes before it in its paragraph, or
 * of a list that "led by", "followed by", "including" or "such as" opens
 * ("202 shutdowns, led by Myanmar (85) and India (84)"), its items names
 * or common nouns ("268 loans, followed by national backbones (117),
 * data centres and cloud (51)")? A note's number ("(2)") is not. */
int elided_bracket_item(const char *doc, size_t start, size_t end);

/* Does the figure ending at doc[end) open or continue a run of figures
 * that "respectively" closes ("(81.6 and 74.3, respectively)")? Such a
 * run counts what a figure before it names (lists.h), a decimal too. */
int elided_respective_run(const char *doc, size_t n, size_t end);

/* "24 Ku-band and 12 C-band transponders": a bare figure ending at
 * doc[xe), one modifier and "and" or "or", then the next figure
 * doc[ys, ye) with its own modifier before the noun unit it counts.
 * The bare figure counts that noun too: 1, else 0. */
int elided_parallel_modifier(const char *doc, size_t n, size_t xe, size_t ys, size_t ye, const char *unit);

/* A sample's size after "n =" ("(n=37)", "(n = 1,204)"), whose '=' is
 * at doc[eq]: what it counts, the plural noun before its bracket
 * ("participating carriers (n=37)": carriers) or the first word of its
 * line made plural ("Household survey results, 2024 (n = 1,204)":
 * households), written to out; 1, else 0. */
int elided_sample(const char *doc, size_t eq, char *out, size_t cap);

#endif
