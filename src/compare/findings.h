/* findings.h — the results of the comparisons (reports/findings.csv).
 *
 * Columns, in order: FINDING_COLUMNS. value/low/high is the figure the
 * finding states (a derived value with its interval, a ratio, a median);
 * other_value/other_low/other_high is what it was held against (the
 * reference interval, the other side of a consistency check), empty when
 * none. An empty low or high is an open bound. claims and references are
 * space-separated ids (claim ids; reference ids from data/reference.csv).
 *
 * Ownership: a Finding owns statement, claims and references.
 */
#ifndef CB_FINDINGS_H
#define CB_FINDINGS_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"

/* ORDER FindingKind: kind_names[] in findings.c */
typedef enum FindingKind { FK_CONSISTENCY, FK_AGREEMENT, FK_RATIO, FK_DERIVED, FK_COUNT } FindingKind;
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
    char *claims;           /* space-separated claim ids */
    char *references;       /* space-separated reference ids */
} Finding;

#define FINDING_COLUMNS "id,kind,statement,value,low,high,other_value,other_low,other_high,unit,verdict,claims,references"

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
/* Load reports/findings.csv (or any file of this format) into out. */
int findings_load(const char *path, FindingList *out, Diag *d);
void findinglist_push(FindingList *l, Finding *f);
void findinglist_free(FindingList *l);

#endif
