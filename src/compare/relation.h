/* relation.h — how metrics relate (data/relations.csv), and the arithmetic
 * of a relation's expressions over intervals.
 *
 * data/relations.csv, one relation per row:
 *   id,kind,expr,against,scope,year,unit,margin,label,against_label,note
 *   kind     consistency (expr held against `against`: a verdict), derived
 *            (expr reported with its interval) or ratio (expr is A / B, a
 *            scale comparison said in words: "about 1,000 times")
 *   expr, against  arithmetic over numbers, + - * / and parentheses,
 *            claims m.METRIC or m.METRIC@SCOPE, and references r.ID
 *   scope    the place the relation is about ("global", "africa"); empty:
 *            any place (each place gets its own finding). A term
 *            m.METRIC@SCOPE takes that place whatever the row says.
 *   year     the only year the relation is about; empty: any year (each
 *            year gets its own finding)
 *   unit     the unit of expr's result (for the statement and the table)
 *   margin   relative gap under which a miss is "tension" rather than
 *            "inconsistent" (empty: COMPARE_DEFAULT_MARGIN)
 *   label    the statement, with {} where the figure goes
 *   against_label  what `against` is, for the statement
 * Which claims a relation may combine is compare.h's business.
 *
 * Intervals: interval arithmetic (exact when each term appears once in an
 * expression); when a term repeats, seeded Monte Carlo (gsl_rng_mt19937,
 * seed COMPARE_MC_SEED, COMPARE_MC_SAMPLES draws, uniform within each
 * input's closed bounds) narrows the finite ends of the interval-arithmetic
 * enclosure. An input open on one side is drawn up to three times its
 * magnitude beyond its finite end, and a side that interval arithmetic
 * finds open stays open.
 *
 * Ownership: a RelationList owns its rows and their strings.
 */
#ifndef CB_RELATION_H
#define CB_RELATION_H

#include <stddef.h>

#include "diag.h"
#include "interval.h"
#include "reference.h"

#define COMPARE_DEFAULT_MARGIN 0.10
/* Two figures this many times apart or more (a relative gap of 1 - 1/3)
 * are not read as one quantity counted twice: two sources measuring the
 * same thing do not differ so, a part against its whole, another place or
 * another definition does. Their disagreement is a tension that says so. */
#define COMPARE_APART 3.0
#define COMPARE_MC_SEED 20231124UL
#define COMPARE_MC_SAMPLES 20000
/* Most terms and operators in one expression. */
#define COMPARE_MAX_TERMS 16
#define COMPARE_MAX_NODES 64

/* ORDER RelationKind: relation_kind_names in relation.c */
typedef enum RelationKind { RK_CONSISTENCY, RK_DERIVED, RK_RATIO, RK_COUNT } RelationKind;

/* A term of an expression: a claim metric (with a scope) or a reference. */
typedef struct Term {
    int is_ref;
    char name[64];     /* metric id or reference id */
    char scope[64];    /* for claims: the scope of m.METRIC@SCOPE, else "" */
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
    double floor;         /* a ratio: the least it can be when each figure is what its
                           * metric says (a world's DSR investment is no smaller than one
                           * data centre's cost); NAN: none */
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
/* The same from data[0, n), its errors naming name. */
int relations_load_mem(const char *name, const char *data, size_t n, const ReferenceList *refs,
                       RelationList *out, Diag *d);
void relationlist_free(RelationList *l);

/* e over the terms' intervals vals[0..nvals) (see above). 0, or -1 when
 * a divisor holds 0 or a bound overflows (*out then unspecified). */
int relation_eval(const Expr *e, const Interval *vals, int nvals, Interval *out);
/* e at the terms' point values. 0, or -1 (a division by 0, an overflow). */
int relation_eval_point(const Expr *e, const double *vals, double *out);
/* 1 when e uses term index term. */
int relation_uses(const Expr *e, int term);

#endif
