/* csvio.h — RFC 4180 tables in and out, on top of libcsv.
 *
 * Reading is streaming and callback-driven: csvio_read_file calls fn once
 * per record with its fields (NUL-terminated, valid UTF-8) and the line
 * the record starts on. Field pointers are valid only during the call.
 * Every limit in limits.h (file size, line length, field length, fields
 * per record) is enforced with an error naming the file and line.
 *
 * Writing appends to a Buf: csvio_field quotes only when needed, csvio_num
 * prints numbers exactly and stably (no exponent for everyday sizes).
 *
 * Spreadsheets: a text cell a spreadsheet would run as a formula (it
 * starts with = + - @, a tab or a carriage return) is written with a
 * leading apostrophe (the OWASP rule), and the reader takes it off again,
 * so every table round-trips exactly. Numbers are never touched: number
 * columns are written by csvio_num, and a text cell that is a plain
 * number ("-5") is left as it is.
 */
#ifndef CB_CSVIO_H
#define CB_CSVIO_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"

typedef struct CsvRow {
    size_t n;            /* number of fields */
    char **f;            /* fields, NUL-terminated */
    size_t *len;         /* their byte lengths */
    long line;           /* 1-based line the record starts on */
} CsvRow;

/* Return 0 to go on, a negative CB_E* (with d filled) to stop. */
typedef int (*CsvRowFn)(const CsvRow *row, void *ctx, Diag *d);

/* Parse the file at path (or data[0..n) named name). Returns 0, the
 * callback's error, or CB_EINPUT for unreadable or malformed input
 * (unterminated quote, stray quote, invalid UTF-8, a limit passed). A
 * UTF-8 BOM at the start is skipped. */
int csvio_read_file(const char *path, CsvRowFn fn, void *ctx, Diag *d);
int csvio_read_mem(const char *name, const char *data, size_t n, CsvRowFn fn, void *ctx, Diag *d);

/* Map a header row to column indexes: for each names[i], idx[i] is its
 * position, or -1. Columns listed in required (NULL-terminated, may be
 * NULL) must be present, else CB_EINPUT "missing column NAME". */
int csvio_header(const CsvRow *hdr, const char *const *names, int *idx, size_t nnames,
               const char *const *required, const char *path, Diag *d);
/* The field at index i of row, or "" when i < 0 or past the end. */
const char *csvio_get(const CsvRow *row, int i);

/* Copy cell s into a fixed field dst of cap bytes, or fail: a cell too
 * long for its field is CB_EINPUT "PATH:LINE: column COL is N bytes, over
 * the limit of CAP-1", never cut silently. */
int csvio_put_cell(char *dst, size_t cap, const char *s, const char *col, const char *path,
                   long line, Diag *d);

/* Append one text field, neutralised when it looks like a formula (see
 * above), quoted when it holds , " CR LF or edge spaces. */
void csvio_field(Buf *b, const char *s, size_t n);
/* The same without neutralising (for bytes that are already a cell). */
void csvio_raw_field(Buf *b, const char *s, size_t n);
/* 1 when csvio_field would neutralise s[0..n) (a leading apostrophe more). */
int csvio_is_formula(const char *s, size_t n);
void csvio_str(Buf *b, const char *s);
/* Append a number: integers exactly up to 1e21, else the shortest %.Ng
 * that reads back to the same double. NaN and inf are never written:
 * they append nothing (an empty cell). */
void csvio_num(Buf *b, double v);
/* Shortest round-trip text for v into out (at least 32 bytes); "" for
 * NaN or inf. Returns out. */
char *csvio_fmt_num(char *out, size_t cap, double v);

/* Parse a whole cell as a number: 0 on success, -1 when s is not a
 * finite number (empty cells are -1 too). */
int csvio_parse_num(const char *s, double *out);

/* Parse a whole cell of decimal digits (no sign, no space; leading zeros
 * allowed) as an integer from lo to hi: 0 and *out set, or -1 (an empty
 * cell is -1 too). */
int csvio_parse_int(const char *s, long lo, long hi, long *out);

/* A year cell: 0 and *year set (0 for an empty cell), or -1 when s is not
 * a year from 1 to 9999 written in digits. */
int csvio_parse_year(const char *s, int *year);

/* Is s an identifier: one or more of a-z, 0-9 and '_'? */
int csvio_is_ident(const char *s);

#endif
