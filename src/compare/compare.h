/* compare.h — the comparisons: claims weighed against each other and
 * against cited reference values, producing findings.
 *
 * Input: the claims table (after curation), data/relations.csv (how
 * metrics relate) and data/reference.csv (cited values). Output: a
 * FindingList (findings.h), in a deterministic order: the relations in
 * file order, then the agreement groups sorted by metric, scope, year.
 * This is the only module that uses GSL (statistics, seeded random
 * numbers for Monte Carlo).
 *
 * data/reference.csv, one cited value per row:
 *   id,value,low,high,unit,scope,year,citation,note
 *   id       [a-z0-9_]+, unique; relations name it as r.ID
 *   value    the cited figure (required); low/high its interval (empty:
 *            the value itself; both or neither)
 *   citation who says so, precisely enough to look it up (required)
 *
 * data/relations.csv, one relation per row:
 *   id,kind,expr,against,scope,year,unit,margin,label,against_label,note
 *   kind     consistency (expr held against `against`), derived (expr
 *            reported with its interval) or ratio (expr is A / B, said in
 *            words: "about 1,000 times", "about 0.1%")
 *   expr, against  arithmetic over numbers, + - * / and parentheses,
 *            claims m.METRIC or m.METRIC@SCOPE, and references r.ID. A
 *            claim term takes claims of that metric whose scope is SCOPE,
 *            else the row's scope (empty: any scope), and whose year is
 *            the row's year or unstated (empty year: any).
 *   unit     the unit of expr's result (for the statement and the table)
 *   margin   relative gap under which a miss is "tension" rather than
 *            "inconsistent" (empty: COMPARE_DEFAULT_MARGIN)
 *   label    the statement, with {} where the figure goes
 *   against_label  what `against` is, for the statement
 * When several claims fit a term, each combination is a finding (up to
 * COMPARE_MAX_COMBOS per relation); the finding id is then KIND:RELID#HASH
 * of the claim ids, else KIND:RELID.
 *
 * Derived intervals: interval arithmetic (exact when each term appears
 * once in an expression); when a term repeats, seeded Monte Carlo
 * (gsl_rng_mt19937, seed COMPARE_MC_SEED, COMPARE_MC_SAMPLES draws,
 * uniform within each input's closed bounds) narrows the finite ends of
 * the interval-arithmetic enclosure. An input open on one side is drawn
 * up to three times its magnitude beyond its finite end, and a result
 * side that interval arithmetic finds open stays open.
 *
 * Agreement: claims with the same metric, scope, year and unit (two or
 * more) give count, median, spread (max - min) and MAD (median absolute
 * deviation, unscaled); a claim is an outlier when its distance from the
 * median is over COMPARE_OUTLIER_K scaled MADs (1.4826 MAD) and over 10%
 * of the median; with MAD 0, any claim more than 10% off the median. The
 * verdict: consistent when all the claims' intervals share a point, else
 * tension / inconsistent by the gap between the highest low and the
 * lowest high.
 *
 * Ownership: lists own their rows; free with the matching _free.
 */
#ifndef CB_COMPARE_H
#define CB_COMPARE_H

#include <stddef.h>

#include "claim.h"
#include "diag.h"
#include "findings.h"
#include "interval.h"

#define COMPARE_DEFAULT_MARGIN 0.10
#define COMPARE_MAX_COMBOS 64
#define COMPARE_MC_SEED 20231124UL
#define COMPARE_MC_SAMPLES 20000
#define COMPARE_OUTLIER_K 3.0
/* Most terms and operators in one expression. */
#define COMPARE_MAX_TERMS 16
#define COMPARE_MAX_NODES 64

typedef struct Reference {
    char id[64];
    double value, low, high;   /* low/high: the interval (equal to value when not given) */
    char unit[64];
    char scope[64];
    int year;                  /* 0 when none */
    char *citation;            /* owned */
    long line;
} Reference;

typedef struct ReferenceList {
    Reference *v;
    size_t n, cap;
} ReferenceList;

int reference_load(const char *path, ReferenceList *out, Diag *d);
void referencelist_free(ReferenceList *l);
const Reference *reference_find(const ReferenceList *l, const char *id);

/* ORDER RelationKind: relation kind names in compare.c */
typedef enum RelationKind { RK_CONSISTENCY, RK_DERIVED, RK_RATIO, RK_COUNT } RelationKind;

/* A term of an expression: a claim metric (with a scope) or a reference. */
typedef struct Term {
    int is_ref;
    char name[64];     /* metric id or reference id */
    char scope[64];    /* for claims: the scope required ("" any) */
} Term;

typedef struct ExprNode {
    int op;            /* EXPR_NUM, EXPR_TERM, or '+', '-', '*', '/', 'n' (negate) */
    double num;
    int term;          /* index into Relation.terms */
} ExprNode;

typedef struct Expr {
    ExprNode node[COMPARE_MAX_NODES];   /* postfix */
    int n;
} Expr;

typedef struct Relation {
    char id[48];
    RelationKind kind;
    Expr expr, against;   /* against.n == 0 when none */
    Term terms[COMPARE_MAX_TERMS];
    int nterms;
    char scope[64];
    int year;
    char unit[64];
    double margin;
    char *label;          /* owned */
    char *against_label;  /* owned */
    long line;
} Relation;

typedef struct RelationList {
    Relation *v;
    size_t n, cap;
} RelationList;

/* Load relations; terms naming an unknown reference are an error (refs
 * must be loaded first). Errors: CB_EINPUT naming FILE:LINE. */
int relations_load(const char *path, const ReferenceList *refs, RelationList *out, Diag *d);
void relationlist_free(RelationList *l);

struct Metrics;

typedef struct CompareInputs {
    const ClaimList *claims;
    const RelationList *relations;
    const ReferenceList *references;
    const struct Metrics *metrics;   /* labels for statements; may be NULL */
} CompareInputs;

/* Run every comparison; findings are appended to out (initialise it to
 * zeros). Returns 0 or a negative CB_E* with d filled (only for internal
 * failures: bad claims give no finding, never an error). */
int compare_run(const CompareInputs *in, FindingList *out, Diag *d);

/* Load the three inputs from their paths and run compare_run: the
 * in-process entry for the command and the build step. metrics.csv in
 * the folder of relations_path is read too when it exists: a claim term
 * naming a metric it does not list is then an error at the relation's
 * line (a typo would otherwise silently match nothing), and its labels
 * name the metrics in agreement statements. Errors: the loaders'
 * CB_EINPUT naming FILE:LINE. out is initialised here. */
int compare_files(const char *claims_path, const char *relations_path,
                  const char *reference_path, FindingList *out, Diag *d);

/* Write findings to path atomically (header + rows), creating its folder.
 * CB_EWRITE when it cannot. */
int compare_write_findings(const char *path, const FindingList *l, Diag *d);

typedef struct AgreementStats {
    size_t n;
    double median, min, max, spread, mad;
} AgreementStats;

/* Statistics of x[0..n) (any order; not modified). Returns 0, or -1 when
 * n is 0 or a value is not finite. */
int compare_agreement_stats(const double *x, size_t n, AgreementStats *st);
/* 1 when x is an outlier of st (see above). */
int compare_is_outlier(const AgreementStats *st, double x);

#endif
