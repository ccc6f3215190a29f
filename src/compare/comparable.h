/* comparable.h — what makes claims comparable, and why one is left out.
 *
 * A Figure is a claim made ready to combine: its interval in a unit that
 * every claim of its kind shares (money in US dollars), the exchange rate
 * that got it there, and the document it cites. Money in another currency
 * is converted only through a cited rate (reference.h) for the claim's own
 * year: no year, or no rate for that year, and the claim is left out.
 *
 * The rules the comparisons apply (compare.c) with these pieces:
 *   - units: never combine different units; money only through a rate;
 *   - years: a claim without a year is not held against a dated reference
 *     or against other documents;
 *   - places: a claim without a scope is not "any scope";
 *   - documents: one document's own figures share their context; figures
 *     from different documents combine only when scope and year are both
 *     known and equal.
 * Each claim a comparison could have used but did not is counted in a
 * LeftOut tally with its reason, and said in words.
 *
 * Ownership: Figures borrow their Claim and Reference; a LeftOut owns its
 * rows (leftout_free); a Docs owns nothing but its arrays (docs_free).
 */
#ifndef CB_COMPARABLE_H
#define CB_COMPARABLE_H

#include <stddef.h>

#include "buf.h"
#include "claim.h"
#include "interval.h"
#include "reference.h"
#include "sources.h"

/* ORDER Exclusion: the words in comparable.c */
typedef enum Exclusion {
    EX_NONE,
    EX_NO_YEAR,        /* no year: not held against a dated reference or other documents */
    EX_NO_PLACE,       /* no scope where the comparison is about a place */
    EX_NO_RATE,        /* money in a currency with no cited rate for its year (detail "KES in 2019") */
    EX_NO_RATE_YEAR,   /* money in another currency and no year to pick a rate (detail "KES") */
    EX_NO_REFERENCE,   /* no reference value for the year (detail "2012") */
    EX_UNIT,           /* in another unit than its kind's (detail: the unit) */
    EX_NO_PARTNER,     /* nothing to combine with in the same place and year (detail: what is missing) */
    EX_NO_OTHER_SIDE,  /* a scale comparison whose other side has no figure of its year (detail: which) */
    EX_SEVERAL,        /* its document gives other, disagreeing figures for the same place and year */
    EX_RESTATED,       /* no year, and the very figures of another document's year (detail: the year) */
    EX_PART,           /* of a part of a population, with no other document's figure of that part (detail: the part) */
    EX_AIM,            /* an aim (a target, a goal), not a measure, with no other document's aim */
    EX_PART_SUM,       /* of a part of a sum (its loans alone), with no other document's figure of that part */
    EX_DISPUTED,       /* its own sentence disputes it (or it restates such a figure): no scale comparison (disputed.h) */
    EX_SIDE_BY_SIDE,   /* stated in one sentence with a count of another noun it would be checked against (sidebyside.h) */
    EX_REFUTED,        /* quoted by its document only to be refuted (claim.h's claim_refuted): no figure of any comparison */
    EX_BELOW_FLOOR,    /* a scale comparison under the least its relation allows (detail: the figure it would give) */
    EX_PART_SET,       /* a count of a part of a set named before it ("36 of which"), with no other document's figure of that part */
    EX_COUNT
} Exclusion;

/* The documents of the corpus as the bibliography numbers them: [n] is
 * the row of data/corpus/sources.csv; a document it does not list is
 * cited by its file name. */
typedef struct Docs {
    const SourceList *sources;   /* borrowed; may be NULL */
    const Source **order;        /* rows sorted by file name (the array is owned) */
} Docs;

/* Index sources (may be NULL: every document is then cited by name). */
void docs_init(Docs *d, const SourceList *sources);
void docs_free(Docs *d);

/* [n] of doc (1-based), or 0 when sources.csv does not list it. */
size_t docs_number(const Docs *d, const char *doc);
/* The document's date as YYYYMMDD (missing parts 0: "2025" is 20250000),
 * 0 when unknown: what "most recent" means. */
long docs_date(const Docs *d, const char *doc);
/* The document's publisher as sources.csv gives it, or NULL (not listed,
 * or none given). */
const char *docs_publisher(const Docs *d, const char *doc);
/* "[3]", or the file name in brackets when not listed. */
void docs_cite(const Docs *d, const char *doc, char *out, size_t cap);

typedef struct Figure {
    const Claim *c;
    size_t row;             /* the claim's index in the claims table */
    Interval iv;            /* in unit */
    double value;           /* a point for statements: the claim's value, converted */
    char unit[64];          /* the claim's unit, money in USD ("USD/year") */
    const Reference *rate;  /* the exchange rate used, or NULL */
    const Claim *rate_by;   /* the claim whose year picked the rate when it
                             * is not this one's (sumyear.h), or NULL */
    long date;              /* docs_date of its document */
} Figure;

/* Make f from claim c (row: its index). 0; or -1 with *why EX_NO_RATE /
 * EX_NO_RATE_YEAR (*detail filled: "KES in 2019", "KES"), or with *why
 * EX_NONE when the claim has no usable number at all (it is then no
 * figure of any comparison and is not counted as left out). */
int figure_make(const Claim *c, size_t row, const ReferenceList *refs, const Docs *docs, Figure *f,
                Exclusion *why, char *detail, size_t cap);
/* The same, money in another currency converted at the rate of year
 * rate_year (not necessarily the claim's own year; sumyear.h). */
int figure_make_at(const Claim *c, size_t row, const ReferenceList *refs, const Docs *docs, int rate_year,
                   Figure *f, Exclusion *why, char *detail, size_t cap);

/* The best-supported of figs[0..n) (n >= 1), one side of a comparison in
 * one place and year: when they are figures of one quantity (items 0)
 * whose intervals share a point, the median (the lower middle when n is
 * even; equal values in table order); else, of one quantity, a figure
 * stating a value (no open bound) over a bound, and there the figure
 * that the figures of the most other documents meet (a figure no other
 * document's meets counts as none), and of as many (and
 * for items) the most recent (the latest document date; of one date, a
 * figure needing no conversion, then the first in table order). Returns
 * its index. Quadratic in n: n is one side of one place and year. */
size_t figure_best(const Figure *const *figs, size_t n, int items);
/* The interval figs share: the highest lower end and the lowest upper
 * end (an open side when none of them has one). Empty when lo > hi. */
Interval figure_common(const Figure *const *figs, size_t n);
/* 1 when the intervals of figs[0..n) share a point. */
int figure_agree(const Figure *const *figs, size_t n);

/* Claims left out of one comparison, by reason and detail. */
typedef struct LeftOutRow {
    Exclusion why;
    char detail[96];
    Buf ids;                /* space-separated claim ids */
    size_t n;
} LeftOutRow;

typedef struct LeftOut {
    LeftOutRow *v;
    size_t n, cap;
    size_t total;
} LeftOut;

void leftout_add(LeftOut *l, Exclusion why, const char *detail, const char *claim_id);
void leftout_free(LeftOut *l);
/* "3 figures not compared: 2 have no year; 1 has no exchange rate for
 * KES in 2019" (nothing when empty); with follows "not compared" when
 * not NULL (" with other documents"). */
void leftout_words(const LeftOut *l, const char *with, Buf *out);
/* For the findings table: "no year: ID ID; no exchange rate for KES in
 * 2019: ID". */
void leftout_ids(const LeftOut *l, Buf *out);
/* The short reason of why in that list ("no year", "no exchange rate
 * for %s": %s stands for the detail). */
const char *leftout_tag(Exclusion why);

/* A claim's place (its scope and area: claimplace.h) and year in words:
 * "World, 2023", "Senegal, year not stated", "place not stated, 2019",
 * "Guangxi, China, 2023". */
void comparable_where(const char *scope, const char *area, int year, char *out, size_t cap);
/* The same with the month of the year when month is 1-12: "China, June
 * 2023". */
void comparable_when(const char *scope, const char *area, int year, int month, char *out, size_t cap);

#endif
