/* findings.h — the results of the comparisons (reports/findings.csv).
 *
 * Columns, in order: FINDING_COLUMNS. value/low/high is the figure the
 * finding states (a derived value with its interval, a ratio; for an
 * agreement, the highest of the figures); other_value/other_low/other_high
 * is what it was held against (the reference interval, the other side of
 * a consistency check, the lowest figure of an agreement), empty when
 * none. An empty low or high is an open bound. year and scope say what
 * the finding is about (empty: not stated; a scale comparison lists each
 * side's, '|'-separated, in the order of its expression). conversion says
 * each exchange rate used; excluded, the claims the comparison left out
 * and why ("no year: ID ID; no exchange rate for KES in 2019: ID").
 * claims and references are space-separated ids (claim ids; reference
 * ids from data/reference.csv). Past CB_MAX_FINDING_IDS ids, a list (and
 * each reason's list in excluded) holds the first ones and "+N" for the
 * N left out, so no cell passes its reader's limit.
 *
 * Rows are ranked: contradictions between documents first, then other
 * contradictions, tensions, checks that hold, derived figures, scale
 * comparisons, lists of items, and last the notes on what was left out.
 *
 * Ownership: a Finding owns statement, conversion, excluded, claims and
 * references.
 */
#ifndef CB_FINDINGS_H
#define CB_FINDINGS_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"

/* ORDER FindingKind: kind_names[] in findings.c */
typedef enum FindingKind {
    FK_CONSISTENCY,   /* a relation held against a reference or another side: a verdict */
    FK_AGREEMENT,     /* several documents' figures of one quantity: a verdict */
    FK_RATIO,         /* a scale comparison of two figures */
    FK_DERIVED,       /* a figure computed from others */
    FK_ITEMS,         /* figures about different items of one kind, listed */
    FK_SERIES,        /* one quantity at different moments of one year, listed in order */
    FK_EXCLUDED,      /* what a comparison left out, and why */
    FK_COUNT
} FindingKind;
/* ORDER Verdict: verdict_names[] in findings.c */
typedef enum Verdict { V_CONSISTENT, V_TENSION, V_INCONSISTENT, V_INFO, V_COUNT } Verdict;

typedef struct Finding {
    char id[64];            /* stable: kind + the ids it uses, e.g. "consistency:world_population_2023" */
    FindingKind kind;
    char *statement;        /* a plain sentence with the numbers */
    double value, low, high;              /* NAN when absent/open */
    double other_value, other_low, other_high;
    char unit[64];
    Verdict verdict;
    char year[48];          /* "2023", "" (not stated), or "|"-separated per side */
    char scope[192];        /* "global", "africa", "", or "|"-separated per side */
    char area[192];         /* the place within scope ("guangxi" of "china"), "",
                             * or "|"-separated per side as scope is */
    char *conversion;       /* the exchange rates used, in words; "" none */
    char *excluded;         /* the claims left out and why; "" none */
    char *claims;           /* space-separated claim ids */
    char *references;       /* space-separated reference ids */
} Finding;

#define FINDING_COLUMNS "id,kind,statement,value,low,high,other_value,other_low,other_high,unit,verdict,year,scope,area,conversion,excluded,claims,references"

const char *finding_kind_name(FindingKind k);
int finding_kind_parse(const char *s, FindingKind *k);
const char *finding_verdict_name(Verdict v);
int finding_verdict_parse(const char *s, Verdict *v);

void finding_init(Finding *f);
void finding_fini(Finding *f);

typedef struct FindingList {
    Finding *v;
    size_t n, cap;
} FindingList;

void findings_write_header(Buf *b);
void findings_write_row(Buf *b, const Finding *f);
/* Write the table to path atomically, its folder made when missing. user:
 * a path the user named (-o), which may be a device or a pipe. */
int findings_save(const char *path, const FindingList *l, int user, Diag *d);
/* Load reports/findings.csv (or any file of this format) into out. */
int findings_load(const char *path, FindingList *out, Diag *d);
void findinglist_push(FindingList *l, Finding *f);
void findinglist_free(FindingList *l);

#endif
