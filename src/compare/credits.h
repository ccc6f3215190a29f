/* credits.h — the body each side of a disagreement credits, and its
 * words (internal to src/compare: standing.c's verdicts).
 *
 * A disagreement the brief shows is defended from its two sentences, and
 * the first question about it is who gives each figure:
 *   - two bodies ("[174] credits ITU and [222] credits ZICTA"): two
 *     sources' estimates, which differ in method or definition more often
 *     than one of them is wrong: a tension, not a contradiction. A body
 *     is credited with the figure (its sentence, its note, its table or
 *     record, its publisher) or lent it by its paragraph or its speaker;
 *     a lent credit is said as such ("ZICTA, a credit from its
 *     paragraph"), so the reader knows how far to trust it;
 *   - one body ("According to ZICTA, ... 53.4 percent" against "27.4%,
 *     according to ZICTA"): a contradiction stays one, and says so: "both
 *     credit ZICTA": one body quoted at two figures, a thing to take to
 *     that body.
 * A body is a name metrics.csv knows, a name of two words or more (or
 * four Chinese characters or more), or a word of its document's
 * publisher's name ("Meridian" in a table's note of The Meridian Post);
 * not a word a credit was read from ("Internet users ..., the survey
 * found"). Two names are one body when they are one name, case and
 * spacing aside, or one is the other with its gloss in brackets ("ITU"
 * and "ITU (国际电信联盟)").
 */
#ifndef CB_CREDITS_H
#define CB_CREDITS_H

#include "run.h"

/* Are a and b one body's names (see above)? */
int credits_same(const char *a, const char *b);

/* When the figures a and b credit two bodies (their own or lent): ", but
 * [174] credits ITU and [222] credits ZICTA: two bodies' estimates, ..."
 * appended to s, and 1. */
int credits_two_bodies(const Run *R, const Figure *a, const Figure *b, Buf *s);

/* When a and b credit one body: "; both credit ZICTA" appended to s, and
 * 1. */
int credits_one_body(const Run *R, const Figure *a, const Figure *b, Buf *s);

#endif
