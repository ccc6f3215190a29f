/* standing.h — whether a disagreement can stand as a contradiction, and
 * the words of its verdict (internal to src/compare: agreement.c for the
 * documents' figures of one quantity, compare.c for consistency checks).
 *
 * "Inconsistent" between documents opens the brief: the analyst must be
 * able to defend it from the two sentences. A disagreement beyond the
 * margin is only a `tension`, and its statement says why, when:
 *   world    (agreement) one side's count or sum, of a country or region,
 *            is the world's figure two or more other documents give for
 *            its year (worldfig.h): "$8 trillion" of cybercrime in China;
 *   counted  (agreement) the documents count different things
 *            (counted.h): their world totals disagree the same way, or
 *            a programme's count credits another body on each side;
 *   lone     (agreement) the figures of one document stand against three
 *            or more other documents that agree with each other (their
 *            intervals meet, or miss by less than the margin): the
 *            statement says how many agree and at what, names the one,
 *            and the bodies each side credits when they differ ("13
 *            documents agree at 35%; one, [96], gives 67%: check that it
 *            measures the same place, year and thing");
 *   camps    (agreement) the figures fall into two groups of two documents
 *            or more each, each agreeing within the margin (camps.h);
 *   apart    (agreement) figures three times apart or more (run.h): said
 *            before footing, which explains a miss of some per cent, not
 *            150 times;
 *   footing  a side's place or year is not its own (standing_footing):
 *            its year is only its document's date of publication, its
 *            place a fallback (the publisher, the publisher's country, a
 *            place the text names somewhere, the document's region), or
 *            neither place nor year comes from its sentence (both from
 *            around it: "scope from the paragraph; year from the
 *            heading");
 *   bodies   (agreement) the two furthest apart each credit a body
 *            (credits.h), and not the same: "[174] credits ITU and [222]
 *            ZICTA: two bodies' estimates".
 * The first that applies is said. An inconsistency whose two figures
 * credit one body says so ("both credit ZICTA"). A consistency check is held to the
 * programme and footing rules only when its figures come from two or more documents:
 * one document's own figures share their context, whatever it is.
 *
 * Nothing here allocates beyond the Buf it appends to.
 */
#ifndef CB_STANDING_H
#define CB_STANDING_H

#include <stddef.h>

#include "run.h"

typedef enum Footing {
    FOOT_OWN,         /* place and year said with the figure, or inherited well */
    FOOT_YEAR_DATE,   /* its year is only its document's date (YEAR_FROM_DATE) */
    FOOT_PLACE_GUESS, /* its place a fallback ("scope from the publisher's country") */
    FOOT_INHERITED,   /* neither place nor year from its sentence */
    FOOT_COUNT
} Footing;

/* How well c's place and year are its own, from its year origin and the
 * "scope from ..." clause of its context. A year from the date wins over
 * a guessed place, a guessed place over both inherited. */
Footing standing_footing(const Claim *c);

/* The verdict of a disagreement between documents on one quantity:
 * figs[0..n) from two or more documents, a and b the two furthest apart
 * (agreement.c's extremes), v the interval verdict (V_TENSION or
 * V_INCONSISTENT) and gap its relative gap. Appends ": " and the verdict
 * words with their reason, and a full stop, to s; returns the verdict
 * (V_INCONSISTENT only when no rule above applies). */
Verdict standing_agreement(const Run *R, const Figure *const *figs, size_t n, size_t a, size_t b, Verdict v,
                           double gap, Buf *s);

/* The verdict of a consistency check of relation rel: pick[t] the figure
 * each claim term took, side[t] (nside[t]) all that term's figures in the
 * context (as compare.c's context_finding has them), v its interval
 * verdict, gap and margin as interval_gap and the relation's. Appends the
 * verdict words (no leading ": ", no full stop) to s; returns the
 * verdict: V_TENSION for an inconsistency when the picked figures come
 * from two or more documents, one of them is not on its own footing, and
 * no one document gives, for every claim term, a figure standing for
 * the one picked, each within the other's interval (then the check rests
 * on that document alone). */
Verdict standing_check(const Run *R, const Relation *rel, const Figure *const *pick, const Figure **const *side,
                       const size_t *nside, Verdict v, double gap, double margin, Buf *s);

#endif
