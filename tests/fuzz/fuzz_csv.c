/* fuzz_csv.c — the CSV reader every table goes through (csvio_read_mem).
 *
 * Properties checked on arbitrary bytes, beyond "no crash, no leak":
 * - every record has at least one field, each field NUL-terminated at its
 *   length, and records start on non-decreasing lines inside the input;
 * - an error is one line naming the input, with a line inside the input;
 * - writing the records back with csvio_field and reading them again
 *   gives the same records (the writer and the reader agree);
 * - a cell that parses as a number prints (csvio_fmt_num) and re-parses
 *   to the same double.
 */
#include "fuzz.h"

#include "csvio.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct Rows {
    long last_line, max_line;
    Buf out;           /* the records written back */
    size_t nrec;
    size_t nfields;    /* fields in all records, for the re-read check */
    Buf fields;        /* every field, length-prefixed, in order */
} Rows;

static int on_row(const CsvRow *row, void *ctx, Diag *d)
{
    (void)d;
    Rows *r = ctx;
    if (row->n < 1 || row->line < 1 || row->line < r->last_line || row->line > r->max_line)
        abort();
    r->last_line = row->line;
    for (size_t i = 0; i < row->n; i++) {
        if (row->f[i][row->len[i]] != '\0')
            abort();
        if (i)
            buf_putc(&r->out, ',');
        csvio_field(&r->out, row->f[i], row->len[i]);
        buf_append(&r->fields, &row->len[i], sizeof row->len[i]);
        buf_append(&r->fields, row->f[i], row->len[i]);
        double v;
        if (csvio_parse_num(row->f[i], &v) == 0) {
            char tmp[64];
            double back;
            if (!isfinite(v) || csvio_parse_num(csvio_fmt_num(tmp, sizeof tmp, v), &back) != 0 ||
                back != v)
                abort();
        }
    }
    buf_putc(&r->out, '\n');
    r->nrec++;
    r->nfields += row->n;
    return 0;
}

static void check_diag(const Diag *d, int rc, const char *name, long max_line)
{
    if (d->code != rc || strcmp(d->file, name) != 0 || !d->msg[0] || strchr(d->msg, '\n') ||
        d->line < 0 || d->line > max_line)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    long lines = 1;
    for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';
    Rows r = {.max_line = lines};
    buf_init(&r.out, 0);
    buf_init(&r.fields, 0);
    Diag d = {0};
    int rc = csvio_read_mem("in.csv", (const char *)data, size, on_row, &r, &d);
    if (rc)
        check_diag(&d, rc, "in.csv", lines);
    /* A record of one empty field is written as an empty line, which the
     * reader skips; compare only when there is none. */
    int has_empty_record = 0;
    for (size_t i = 1; i < r.out.len; i++)   /* (cells may hold NUL: no strstr) */
        has_empty_record |= r.out.data[i - 1] == '\n' && r.out.data[i] == '\n';
    if (r.out.len && r.out.data[0] == '\n')
        has_empty_record = 1;
    /* A first cell that starts with U+FEFF reads back without it (the
     * reader skips a BOM, the writer does not quote one): not compared. */
    if (r.out.len >= 3 && !memcmp(r.out.data, "\xEF\xBB\xBF", 3))
        has_empty_record = 1;
    if (rc == 0 && !has_empty_record && size < 65536) {
        long out_lines = 1;
        for (size_t i = 0; i < r.out.len; i++)
            out_lines += r.out.data[i] == '\n';
        Rows again = {.max_line = out_lines};
        buf_init(&again.out, 0);
        buf_init(&again.fields, 0);
        Diag d2 = {0};
        if (csvio_read_mem("again.csv", r.out.data, r.out.len, on_row, &again, &d2) != 0 ||
            again.nrec != r.nrec || again.fields.len != r.fields.len ||
            (r.fields.len && memcmp(again.fields.data, r.fields.data, r.fields.len) != 0))
            abort();
        buf_free(&again.out);
        buf_free(&again.fields);
    }
    buf_free(&r.out);
    buf_free(&r.fields);
    return 0;
}
