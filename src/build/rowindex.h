/* rowindex.h — where each document's rows are in data/claims.csv.
 *
 * The claims table is every document's rows in name order, so it is
 * itself the cache of each document's claims: the build keeps, beside it,
 * the byte span of each document's rows (reports/.build/claims.idx), and
 * re-extracts only the documents that changed, splicing their new rows
 * between the old ones. One file written where there were one per
 * document (1,500 cache files cost the build about a second of file
 * creation).
 *
 * The index is text, one line per document with rows, in name order:
 *     OFFSET LENGTH NAME
 * (decimal bytes into data/claims.csv; NAME %-escaped as in the build's
 * record). It is trusted only with the table it was written with (the
 * build's record checks both by hash) and only if every span lies inside
 * the table, in order.
 *
 * Ownership: a RowIndex owns its names; rowindex_free frees them.
 */
#ifndef CB_ROWINDEX_H
#define CB_ROWINDEX_H

#include <stddef.h>

#include "buf.h"

typedef struct RowSpan {
    char *name;
    size_t off, len;
} RowSpan;

typedef struct RowIndex {
    RowSpan *v;
    size_t n, cap;
} RowIndex;

void rowindex_init(RowIndex *x);
void rowindex_free(RowIndex *x);
/* Append a document's span (documents come in name order). */
void rowindex_add(RowIndex *x, const char *name, size_t off, size_t len);
/* The index as text, into out (appended). */
void rowindex_write(const RowIndex *x, Buf *out);
/* Parse text (len bytes) into x (initialised here) for a table of
 * table_len bytes: 0, or -1 when it is malformed, out of name order or
 * points outside the table (x is then empty). */
int rowindex_parse(const char *text, size_t len, size_t table_len, RowIndex *x);
/* The span of document name, or NULL (binary search). */
const RowSpan *rowindex_find(const RowIndex *x, const char *name);

#endif
