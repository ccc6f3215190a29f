/* run.h — one run of the comparisons: what the relation code (compare.c)
 * and the per-metric code (agreement.c) share. Internal to src/compare.
 *
 * A Run holds every claim made a Figure once (comparable.h), the notes of
 * the comparison in progress (which claims it used or named, which it
 * left out and why), and the findings so far with their rank. The words
 * every statement is made of are here too, so all findings say a figure,
 * a place, a year, a document and a conversion the same way.
 *
 * Ownership: run_init borrows the inputs and the output list; run_fini
 * frees what the Run allocated.
 */
#ifndef CB_RUN_H
#define CB_RUN_H

#include <stddef.h>

#include "buf.h"
#include "compare.h"

/* ORDER Rank: the order of findings in the table (findings.h) */
typedef enum Rank {
    RANK_CONTRADICTION_ACROSS,   /* inconsistent: documents against each other */
    RANK_CONTRADICTION,          /* inconsistent: one document against a reference */
    RANK_TENSION_ACROSS,
    RANK_TENSION,
    RANK_HOLDS,                  /* consistent checks and agreements */
    RANK_DERIVED,
    RANK_SCALE,
    RANK_ITEMS,
    RANK_EXCLUDED,
} Rank;

typedef struct Run {
    const CompareInputs *in;
    Docs docs;
    size_t n;                    /* claims */
    Figure *fig;                 /* per claim */
    signed char *ok;             /* per claim: 1 a figure, 0 no number, -1 not convertible */
    Exclusion *conv_why;         /* per claim, when ok is -1 */
    char (*conv_detail)[32];
    /* the comparison in progress, per claim */
    unsigned char *state;        /* 0 untouched, 1 used or named */
    Exclusion *why;              /* left out: why (EX_NONE: not noted) */
    char (*detail)[96];
    size_t *touched, ntouched;
    FindingList *out;
    Rank *rank;                  /* per finding of out */
    size_t rcap;
} Run;

void run_init(Run *R, const CompareInputs *in, FindingList *out);
void run_fini(Run *R);

/* The comparison in progress used (or named) claim row / could have used
 * it but left it out (the first reason noted wins; a used claim is never
 * left out). run_notes moves the notes into lo and clears them. */
void run_used(Run *R, size_t row);
void run_left_out(Run *R, size_t row, Exclusion why, const char *detail);
/* The conversion of row failed: note its reason. */
void run_left_out_conv(Run *R, size_t row);
void run_notes(Run *R, LeftOut *lo);
/* The claims cell of a finding that cites figs (their claim ids, space
 * separated; the caller frees it), each figure's row marked used. */
char *run_claims(Run *R, const Figure *const *figs, size_t n);

/* The label of metric (metrics.csv), else the id with spaces. */
const char *run_label(const Run *R, const char *metric, char *buf, size_t cap);
/* 1 when metric is a kind of item (metrics.csv). */
int run_is_item(const Run *R, const char *metric);
/* The unit every figure of metric must have to be combined: its
 * canonical unit (money in USD), or "" when metrics.csv does not say. */
void run_unit(const Run *R, const char *metric, char *out, size_t cap);

/* A figure in words: its hedge and amount as stated, the conversion
 * ("(about $662 million at the 2019 average of 102 KES per USD; World
 * Bank WDI)"), its place and year when where has RUN_WHERE (any other
 * true value but RUN_MONTH too), its month when where is RUN_MONTH and
 * the claim has one ("in June"), and its document [n]. */
enum { RUN_WHERE = 1, RUN_MONTH = 2 };
void run_figure_words(const Run *R, const Figure *f, int where, Buf *b);
/* The conversion cell of the figures (one entry per converted figure). */
void run_conversions(const Figure *const *figs, size_t n, Buf *b);
/* 1 when figs come from two or more documents. */
int run_across(const Figure *const *figs, size_t n);

/* Set f->id to "KIND:NAME" plus "@SCOPE", ":YEAR" and "#HASH" of bind
 * when given (scope "" / year 0 / bind NULL: none); cut and hashed when
 * too long. */
void run_id(Finding *f, const char *kind, const char *name, const char *scope, int year,
            const char *bind);
/* Set f's place and year (scope, area, year) to c's. */
void run_where(Finding *f, const Claim *c);
/* Take f (its heap fields) into the output with its rank. */
void run_push(Run *R, Finding *f, Rank rank);
/* When lo is not empty: set the excluded cell of out's findings from
 * first on (the comparison's own), and push an excluded finding with id
 * "excluded:NAME" saying what about (the statement's head) left out. */
void run_excluded(Run *R, size_t first, const LeftOut *lo, const char *name, const char *about,
                  const char *with);
/* Order the findings by rank (stable). */
void run_rank(Run *R);

/* "the intervals miss by 94%, beyond the 10% margin" ("under" when the
 * gap is within it). */
const char *run_gap_words(double gap, double margin, char *out, size_t cap);
/* Verdict words: "consistent (the intervals meet)", "inconsistent (the
 * intervals miss by 94%, beyond the 10% margin)". */
const char *run_verdict_words(Verdict v, double gap, double margin, char *out, size_t cap);

/* The per-metric findings (agreement.c): agreement of one quantity's
 * figures across documents, lists of items, and what was left out. */
void agreement_run(Run *R);

#endif
