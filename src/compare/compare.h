/* compare.h — the comparisons: claims weighed against each other and
 * against cited reference values, producing a few ranked findings.
 *
 * Input: the claims table (after curation), data/relations.csv
 * (relation.h), data/reference.csv (reference.h), data/metrics.csv (labels;
 * which metrics are items) and the bibliography (sources.h, for [n] and
 * document dates). Output: a FindingList (findings.h), ranked.
 *
 * What is combined (the rules in comparable.h):
 *   consistency, derived  one finding per relation, place and year. Its
 *            claims share the relation's place (a claim without one is
 *            left out), a year (the relation's, or each year the claims
 *            give: the reference for that year; a claim without a year is
 *            never held against a dated reference) and, unless place and
 *            year are both known, one document. Each term takes the
 *            best-supported figure of its claims there (figure_best: the
 *            agreed median, else the most recent); the statement names
 *            the others. A context where a term has no figure gives no
 *            finding; its claims are counted as left out.
 *   ratio    a scale comparison of two different things: one finding per
 *            relation, each side the best-supported figure of its claims
 *            (the latest year, the most documents), each side's place and
 *            year said. No verdict.
 *   agreement  per metric that is one quantity per place and year
 *            (metrics.csv nature "quantity"): claims with the same place,
 *            year and unit, known, from two or more documents. The verdict:
 *            consistent when all intervals share a point, else tension /
 *            inconsistent by the gap between the highest low and the
 *            lowest high, as the two figures furthest apart; a
 *            disagreement standing.h does not let stand is a tension.
 *   items    per metric that is a kind of item (nature "item": the cost
 *            of one data centre): its claims listed, never judged.
 *   excluded per relation and per metric that left claims out: how many
 *            and why (also in the excluded cell of its own findings).
 * Money is converted to US dollars only through a cited exchange rate for
 * the claim's year, and every statement says so.
 *
 * Agreement statistics: median, spread (max - min), MAD (median absolute
 * deviation, unscaled); a claim is an outlier when its distance from the
 * median is over COMPARE_OUTLIER_K scaled MADs (1.4826 MAD) and over 10%
 * of the median; with MAD 0, any claim more than 10% off the median.
 *
 * Ownership: lists own their rows; free with the matching _free.
 */
#ifndef CB_COMPARE_H
#define CB_COMPARE_H

#include <stddef.h>

#include "claim.h"
#include "comparable.h"
#include "diag.h"
#include "findings.h"
#include "interval.h"
#include "reference.h"
#include "relation.h"
#include "sources.h"

#define COMPARE_OUTLIER_K 3.0
/* Most figures a statement names one by one ("and 4 more" after). */
#define COMPARE_MAX_NAMED 6

struct Metrics;

typedef struct CompareInputs {
    const ClaimList *claims;
    const RelationList *relations;
    const ReferenceList *references;
    const struct Metrics *metrics;   /* labels and items; may be NULL */
    const SourceList *sources;       /* [n] and dates; may be NULL */
} CompareInputs;

/* Run every comparison; findings are appended to out (initialise it to
 * zeros), ranked. Returns 0 or a negative CB_E* with d filled (only for
 * internal failures: bad claims give no finding, never an error). */
int compare_run(const CompareInputs *in, FindingList *out, Diag *d);

/* Load the inputs from their paths and run compare_run: the in-process
 * entry for the command and the build step. metrics_path (may be NULL,
 * or name a missing file: then no metrics) is the taxonomy: a claim term
 * naming a metric it does not list is an error at the relation's line (a
 * typo would otherwise silently match nothing), and its labels and items
 * name the metrics. sources (may be NULL) is the bibliography of the
 * corpus (sources_load_for): documents are cited by their [n] in it and
 * dated by it. Errors: the loaders' CB_EINPUT naming FILE:LINE. out is
 * initialised here. */
int compare_files(const char *claims_path, const char *relations_path,
                  const char *reference_path, const char *metrics_path,
                  const SourceList *sources, FindingList *out, Diag *d);

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
