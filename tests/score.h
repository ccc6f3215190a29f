/* score.h — the gold scorer of ../shared/eval/score.py, in C, for tests.
 *
 * A gold file (TSV: doc start end span value low high unit qualifier
 * metric scope year source status note) is held against a claims CSV
 * (any column order; doc, start, end, value, unit, qualifier required).
 * Matching and figures follow score.py exactly: same document, spans
 * overlap, one-to-one with the largest overlap first; predictions on an
 * "opt" gold row are neither rewarded nor punished; a value (and low/high
 * where the gold gives them) is right within 0.5% relative; money, rate
 * and percent units match exactly, a counted noun by its head word;
 * metric, scope and year are compared where the gold names one, source by
 * containment against the gold's '|'-separated alternatives.
 *
 * One field more than score.py (which ignores extra columns): area, the
 * place within a country a figure is about ("guangxi" of scope "china"),
 * compared where the gold has an area column and names one; reported
 * only then, after score.py's fields, and counted in no other figure.
 * The gold's columns are found by their header's names.
 *
 * Ownership: a ScoreSet owns its rows (score_set_free).
 */
#ifndef CB_SCORE_H
#define CB_SCORE_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"

typedef struct ScoreRow {
    char doc[256];
    long start, end;
    char value[48], low[48], high[48];   /* cells as written ("" = none) */
    char unit[64], qualifier[16];
    char metric[64], scope[64], area[64], year[16], source[256];
    char status[8];                      /* gold: core or opt */
    char text[160];                      /* gold span / claim text, for messages */
} ScoreRow;

typedef struct ScoreSet {
    ScoreRow *v;
    size_t n, cap;
} ScoreSet;

/* ORDER ScoreField: score_field_names */
enum ScoreField { SF_VALUE, SF_BOUNDS, SF_UNIT, SF_QUALIFIER, SF_METRIC, SF_SCOPE, SF_YEAR,
                  SF_SOURCE, SF_AREA, SF_COUNT };
extern const char *const score_field_names[SF_COUNT];

typedef struct Score {
    int right[SF_COUNT], total[SF_COUNT];  /* per-field accuracy counts */
    int predicted, opt_hits, core;
    int span_tp, span_fp, span_fn;
    int strict_tp, strict_fp, strict_fn;
    double span_p, span_r, span_f1;
    double strict_p, strict_r, strict_f1;
} Score;

/* Load the gold TSV / a claims CSV. 0, or CB_EINPUT naming file and line. */
int score_load_gold(const char *path, ScoreSet *out, Diag *d);
int score_load_claims(const char *path, ScoreSet *out, Diag *d);
int score_load_claims_mem(const char *name, const char *csv, size_t n, ScoreSet *out, Diag *d);
void score_set_free(ScoreSet *s);

/* Score pred against gold. only_docs_in_gold drops predictions for
 * documents the gold does not mention. When verbose is not NULL, one line
 * per miss (MISS), wrong field (WRONG) and false positive (FP) is added. */
void score_compute(const ScoreSet *gold, const ScoreSet *pred, int only_docs_in_gold, Score *s,
                   Buf *verbose);

/* Append score.py's report: one line per field, the predicted count, the
 * span line and the strict line. */
void score_report(const Score *s, Buf *out);

/* Accuracy of a field: right/total, or -1 when the gold never names it. */
double score_field(const Score *s, enum ScoreField f);

#endif
