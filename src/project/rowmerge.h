/* rowmerge.h — a three-way merge of one CSV table, row by row: the
 * analyst's copy of a default data file, the default it was copied from
 * (the base) and the new default.
 *
 * Rows are matched by their key columns (metrics.csv: kind,id;
 * relations.csv: id; reference.csv: id,year), compared by column name
 * (so a column the analyst moved is no change), and a key seen twice in a
 * file is told apart by its place among the rows of that key ("stop" rows
 * all have an empty id: the first stop row, the second...).
 *
 *   row in yours   base            new default     result
 *   as the base    present         present         the new default's row (updated when it differs)
 *   as the base    present         absent          removed
 *   changed        present         as the base     yours, quietly
 *   changed        present         changed         yours: a conflict when the two differ
 *   changed        present         absent          yours, reported (kept yours)
 *   your own       absent          absent          yours, quietly
 *   your own       absent          present         yours: a conflict when the two differ
 *   absent         present         present         left out (a conflict when the default changed it)
 *   absent         absent          present         added after its neighbour in the default
 * Without a base (a project made before bases were kept), a row equal to
 * the new default is unchanged; every other row of yours is kept and
 * reported (kept yours), and every default row you lack is added.
 *
 * The result keeps your file's bytes: its order, its quoting, its blank
 * lines and line ends. A row taken from the default is the default's
 * bytes when both files have the same columns, else its cells written in
 * your columns; columns the default has and yours lacks are added to the
 * header (rows that lack them read them as empty).
 *
 * Ownership: a RowMerge owns its output and its changes (rowmerge_free).
 * The inputs are only read.
 */
#ifndef CB_ROWMERGE_H
#define CB_ROWMERGE_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"

/* One file's bytes and the name its errors use. */
typedef struct RmText {
    const char *name;
    const char *data;
    size_t len;
} RmText;

/* ORDER RmFate: rowmerge_fate_names */
typedef enum RmFate { RM_UPDATED, RM_ADDED, RM_REMOVED, RM_KEPT, RM_CONFLICT, RM_NFATES } RmFate;

/* "updated", "added", "removed", "kept yours", "conflict". */
extern const char *const rowmerge_fate_names[RM_NFATES];

/* What happened to one row. */
typedef struct RmChange {
    RmFate fate;
    char *key;      /* for people: "metric internet_users", "world_population 2023" */
    char *why;      /* the columns that differ, or the reason */
    char *yours;    /* RM_CONFLICT: your row as CSV text (NULL: you removed it) */
    char *theirs;   /* RM_CONFLICT: the new default's row */
    long line;      /* the row's line in the merged file; 0 when not in it */
    size_t order;   /* private: the order found */
} RmChange;

typedef struct RowMerge {
    Buf out;                 /* the merged file */
    int changed;             /* 1 when out differs from yours */
    RmChange *v;             /* in the merged file's order, then the removed */
    size_t n, cap;
    size_t count[RM_NFATES];
} RowMerge;

/* Merge. keys: the key columns, NULL-terminated; the first must be in
 * each header, the others read as empty where a header lacks them. base may be
 * NULL (no base). Returns 0 with m filled (initialised here), or
 * CB_EINPUT "NAME:LINE: what is wrong" for a malformed table (m then
 * holds nothing to free). */
int rowmerge_run(const char *const *keys, const RmText *yours, const RmText *base,
                 const RmText *next, RowMerge *m, Diag *d);
void rowmerge_free(RowMerge *m);

#endif
