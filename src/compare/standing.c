/* standing.c — whether a disagreement can stand as a contradiction (see
 * standing.h). */
#include "standing.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "camps.h"
#include "credits.h"
#include "worldfig.h"
#include "counted.h"
#include "phrase.h"

/* ---- distance: figures too far apart to be one quantity ---- */

/* Is a relative gap that of figures COMPARE_APART times apart or more? */
static int apart(double gap)
{
    return gap >= 1.0 - 1.0 / COMPARE_APART;
}

/* Verdict words for such figures: "tension, not a contradiction (the
 * figures are 18 times apart: ...)". */
static const char *apart_words(double gap, char *out, size_t cap)
{
    char k[40] = "many";
    if (gap < 1.0)
        phrase_number(k, sizeof k, 1.0 / (1.0 - gap), 2);
    snprintf(out, cap,
             "tension, not a contradiction (the figures are %s times apart, more than two measures of one "
             "quantity differ: more likely one counts a part, another place or another definition; read both "
             "sentences)",
             k);
    return out;
}

/* ---- footing: how a figure's place and year were found ---- */

/* The words after "scope from " in c's context ("the publisher's
 * country"), up to the clause's end, into out ("" when none). */
static void scope_from(const Claim *c, char *out, size_t cap)
{
    out[0] = '\0';
    const char *p = strstr(c->context, "scope from ");
    if (!p)
        return;
    p += strlen("scope from ");
    size_t k = strcspn(p, ";");
    if (k >= cap)
        k = cap - 1;
    memcpy(out, p, k);
    out[k] = '\0';
}

/* Places found by a fallback: the document's, not the figure's. */
static const char *const guessed[] = {"the publisher's country", "the publisher", "the text",
                                      "the document's region", NULL};
/* What each says in a statement ("the place of [3] is only ..."). */
static const char *const guessed_words[] = {"its publisher's country", "where its publisher is",
                                            "a place its text names elsewhere", "its document's region"};

/* Places and years a running topic gave: the paragraph or heading it
 * sits under (a table's row, column or caption is the figure's own). */
static const char *const topical[] = {"the paragraph", "the heading", "the first heading", "the lead",
                                      "the region named before", NULL};

static int which(const char *const *list, const char *s)
{
    for (int i = 0; list[i]; i++)
        if (!strcmp(list[i], s))
            return i;
    return -1;
}

Footing standing_footing(const Claim *c)
{
    if (c->year_from == YEAR_FROM_DATE)
        return FOOT_YEAR_DATE;
    char from[96];
    scope_from(c, from, sizeof from);
    if (which(guessed, from) >= 0)
        return FOOT_PLACE_GUESS;
    if (which(topical, from) >= 0 && (c->year_from == YEAR_FROM_PARAGRAPH || c->year_from == YEAR_FROM_HEADING))
        return FOOT_INHERITED;
    return FOOT_OWN;
}

/* ", but the year of [a] and of [b] is only its date of publication; the
 * figures may be of different moments" for the weakest footing among
 * figs[0..n) that is not FOOT_OWN (date, then a guessed place, then both
 * inherited), naming each document with it once. 0 when all are own. */
static int footing_words(const Run *R, const Figure *const *figs, size_t n, Buf *s)
{
    static const Footing order[] = {FOOT_YEAR_DATE, FOOT_PLACE_GUESS, FOOT_INHERITED};
    static const char *const noun[] = {"year", "place", "sentence"};
    for (size_t o = 0; o < sizeof order / sizeof order[0]; o++) {
        int said = 0;
        const char *guess = NULL;
        for (size_t i = 0; i < n; i++) {
            if (standing_footing(figs[i]->c) != order[o])
                continue;
            int seen = 0;
            for (size_t j = 0; j < i && !seen; j++)
                seen = standing_footing(figs[j]->c) == order[o] && !strcmp(figs[j]->c->doc, figs[i]->c->doc);
            if (seen)
                continue;
            char cite[64], from[96];
            docs_cite(&R->docs, figs[i]->c->doc, cite, sizeof cite);
            if (!said)
                buf_printf(s, ", but the %s of %s", noun[o], cite);
            else
                buf_printf(s, " and of %s", cite);
            scope_from(figs[i]->c, from, sizeof from);
            if (!guess && order[o] == FOOT_PLACE_GUESS)
                guess = guessed_words[which(guessed, from)];
            said++;
        }
        if (!said)
            continue;
        if (order[o] == FOOT_YEAR_DATE)
            buf_puts(s, " is only its date of publication; the figures may be of different moments");
        else if (order[o] == FOOT_PLACE_GUESS)
            buf_printf(s, " is only %s, not said with the figure; the figures may be of different places", guess);
        else
            buf_puts(s, " names neither its place nor its year (both come from around it); it may be about "
                        "another place, moment or thing");
        return 1;
    }
    return 0;
}

/* ---- a lone document against many that agree ---- */

static size_t distinct_docs(const Figure *const *figs, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        size_t j = 0;
        while (j < i && strcmp(figs[j]->c->doc, figs[i]->c->doc))
            j++;
        k += j == i;
    }
    return k;
}

/* Fewest other documents that must agree for one to stand alone. */
#define STANDING_MANY 3

/* The figures of figs[0..n) not of doc, into rest; how many. */
static size_t without_doc(const Figure *const *figs, size_t n, const char *doc, const Figure **rest)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(figs[i]->c->doc, doc))
            rest[k++] = figs[i];
    return k;
}

/* The one body all of figs[0..n) credit that name one, or NULL when
 * none does or they credit several. */
static const char *shared_source(const Figure *const *figs, size_t n)
{
    const char *src = NULL;
    for (size_t i = 0; i < n; i++) {
        const char *s = figs[i]->c->source;
        if (!*s)
            continue;
        if (src && !credits_same(src, s))
            return NULL;
        src = s;
    }
    return src;
}

static int by_value(const void *x, const void *y)
{
    const Figure *f = *(const Figure *const *)x, *g = *(const Figure *const *)y;
    if (f->value != g->value)
        return f->value < g->value ? -1 : 1;
    return f->row < g->row ? -1 : f->row > g->row;
}

/* Do the values of one and mid lie apart beyond the margin? */
static int stands_apart(const Figure *one, const Figure *mid)
{
    double x = fabs(one->value), y = fabs(mid->value);
    return fmax(x, y) > 0 && fabs(x - y) / fmax(x, y) >= COMPARE_DEFAULT_MARGIN;
}

/* The figure the documents of rest[0..m) agree at: the best-supported
 * when their intervals share a point; the median by value when they miss
 * each other by less than the margin (5.1 and 5.3 billion users agree as
 * documents do, within their rounding) and one stands beyond the margin
 * from it; NULL otherwise. */
static const Figure *agreed_at(const Figure **rest, size_t m, const Figure *one)
{
    if (figure_agree(rest, m))
        return rest[figure_best(rest, m, 0)];
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < m; i++) {
        Interval v = rest[i]->iv;
        double l = v.lo_open ? rest[i]->value : v.lo, h = v.hi_open ? rest[i]->value : v.hi;
        lo = fmin(lo, h), hi = fmax(hi, l);   /* the lowest upper end, the highest lower end */
    }
    if (!(lo > 0) || interval_gap(interval_point(lo), interval_point(hi)) >= COMPARE_DEFAULT_MARGIN)
        return NULL;
    const Figure **s = xmalloc(m * sizeof *s);
    memcpy(s, rest, m * sizeof *s);
    qsort(s, m, sizeof *s, by_value);
    const Figure *mid = s[(m - 1) / 2];
    free(s);
    return stands_apart(one, mid) ? mid : NULL;
}

/* When the document of figs[a] or of figs[b] stands alone against
 * STANDING_MANY or more documents whose figures agree (within the margin)
 * at a figure it stands beyond the margin from ("about $17 billion" does
 * not stand alone against four documents agreeing at more than $17
 * billion): its words (", but 13 documents agree at 35%; one, [96], gives 67%:
 * ...") and 1. */
static int lone_words(const Run *R, const Figure *const *figs, size_t n, size_t a, size_t b, Buf *s)
{
    const Figure **rest = xmalloc(n * sizeof *rest);
    int found = 0;
    for (int k = 0; k < 2 && !found; k++) {
        const Figure *one = figs[k ? b : a];
        size_t m = without_doc(figs, n, one->c->doc, rest);
        size_t docs = distinct_docs(rest, m);
        const Figure *mid = docs < STANDING_MANY ? NULL : agreed_at(rest, m, one);
        if (!mid || !stands_apart(one, mid))
            continue;
        char agreed[96], lone[96], cite[64];
        phrase_amount(agreed, sizeof agreed, mid->value, mid->unit, 3);
        phrase_amount(lone, sizeof lone, one->value, one->unit, 3);
        docs_cite(&R->docs, one->c->doc, cite, sizeof cite);
        const char *theirs = shared_source(rest, m), *its = one->c->source;
        if (theirs && *its && !credits_same(theirs, its))
            buf_printf(s,
                       ", but %zu documents agree at %s, credited to %s; one, %s, gives %s, credited to %s: "
                       "two bodies' estimates, or another place, year or thing",
                       docs, agreed, theirs, cite, lone, its);
        else
            buf_printf(s, ", but %zu documents agree at %s; one, %s, gives %s: check that it measures the same "
                          "place, year and thing",
                       docs, agreed, cite, lone);
        found = 1;
    }
    free(rest);
    return found;
}

/* ---- verdicts ---- */

Verdict standing_agreement(const Run *R, const Figure *const *figs, size_t n, size_t a, size_t b, Verdict v,
                           double gap, Buf *s)
{
    char vw[400];
    if (v == V_INCONSISTENT) {
        Buf why;
        buf_init(&why, 0);
        const Figure *ends[2] = {figs[a], figs[b]};
        /* what each side counts first (counted.h), then who stands alone,
         * then where each side's place and year come from */
        if (worldfig_words(R, figs[a], figs[b], &why) || counted_programme(R, figs[a], figs[b], &why) ||
            counted_wholes(R, figs[a], figs[b], &why) ||
            lone_words(R, figs, n, a, b, &why) || camps_words(R, figs, n, &why)) {
            buf_printf(s, ": tension, not a contradiction (%s%s).",
                       run_gap_words(gap, COMPARE_DEFAULT_MARGIN, vw, sizeof vw), why.data);
            buf_free(&why);
            return V_TENSION;
        }
        /* nor on figures too far apart to be one quantity counted twice:
         * said before a place or year not their own, which explains a
         * miss of a few per cent, not 155 times (900 million people against
         * one programme's 5.8 million) */
        if (apart(gap)) {
            buf_free(&why);
            buf_printf(s, ": %s.", apart_words(gap, vw, sizeof vw));
            return V_TENSION;
        }
        if (footing_words(R, ends, 2, &why)) {
            buf_printf(s, ": tension, not a contradiction (%s%s).",
                       run_gap_words(gap, COMPARE_DEFAULT_MARGIN, vw, sizeof vw), why.data);
            buf_free(&why);
            return V_TENSION;
        }
        /* nor on two bodies' estimates (credits.h) */
        if (credits_two_bodies(R, figs[a], figs[b], &why)) {
            buf_printf(s, ": tension, not a contradiction (%s%s).",
                       run_gap_words(gap, COMPARE_DEFAULT_MARGIN, vw, sizeof vw), why.data);
            buf_free(&why);
            return V_TENSION;
        }
        /* a contradiction: who is quoted, when one body is on both sides */
        if (credits_one_body(R, figs[a], figs[b], &why)) {
            buf_printf(s, ": inconsistent (%s%s).", run_gap_words(gap, COMPARE_DEFAULT_MARGIN, vw, sizeof vw),
                       why.data);
            buf_free(&why);
            return v;
        }
        buf_free(&why);
    }
    buf_printf(s, ": %s.", run_verdict_words(v, gap, COMPARE_DEFAULT_MARGIN, vw, sizeof vw));
    return v;
}

/* A document giving, for every claim term of rel, a figure that stands
 * for the one picked (each within the other's interval): the check then
 * holds on its figures alone. */
static const char *one_document_gives_all(const Relation *rel, const Figure *const *pick,
                                          const Figure **const *side, const size_t *nside)
{
    int t0 = 0;
    while (t0 < rel->nterms && rel->terms[t0].is_ref)
        t0++;
    for (size_t i = 0; t0 < rel->nterms && i < nside[t0]; i++) {
        const char *doc = side[t0][i]->c->doc;
        int all = 1;
        for (int t = 0; t < rel->nterms && all; t++) {
            if (rel->terms[t].is_ref)
                continue;
            int has = 0;
            for (size_t j = 0; j < nside[t] && !has; j++) {
                /* each within the other's interval: "more than 900
                 * million" is no stand-in for "more than 120 million" */
                const Figure *g = side[t][j];
                has = !strcmp(g->c->doc, doc) && interval_contains(g->iv, pick[t]->value) &&
                      interval_contains(pick[t]->iv, g->value);
            }
            all = has;
        }
        if (all)
            return doc;
    }
    return NULL;
}

Verdict standing_check(const Run *R, const Relation *rel, const Figure *const *pick, const Figure **const *side,
                       const size_t *nside, Verdict v, double gap, double margin, Buf *s)
{
    char vw[400];
    const Figure *figs[COMPARE_MAX_TERMS];
    size_t n = 0;
    for (int t = 0; t < rel->nterms; t++)
        if (!rel->terms[t].is_ref)
            figs[n++] = pick[t];
    const char *alone = v == V_INCONSISTENT && run_across(figs, n) ? one_document_gives_all(rel, pick, side, nside)
                                                                   : NULL;
    if (alone) {
        char cite[64];
        docs_cite(&R->docs, alone, cite, sizeof cite);
        buf_printf(s, "%s; %s alone gives such figures for every term", run_verdict_words(v, gap, margin, vw, sizeof vw),
                   cite);
        return v;
    }
    if (v == V_INCONSISTENT && run_across(figs, n)) {
        Buf why;
        buf_init(&why, 0);
        if ((n == 2 && counted_programme(R, figs[0], figs[1], &why)) || footing_words(R, figs, n, &why)) {
            buf_printf(s, "tension, not a contradiction (%s; the figures come from different documents%s)",
                       run_gap_words(gap, margin, vw, sizeof vw), why.data);
            buf_free(&why);
            return V_TENSION;
        }
        buf_free(&why);
    }
    buf_puts(s, run_verdict_words(v, gap, margin, vw, sizeof vw));
    return v;
}
