/* csvio.c — RFC 4180 reading (libcsv) and writing (see csvio.h). */
#include "csvio.h"
#include "fsio.h"
#include "limits.h"
#include "utf8.h"

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Reader {
    const char *name;
    CsvRowFn fn;
    void *ctx;
    Diag *d;
    int rc;              /* first error, sticky */
    long line;           /* line being fed to libcsv */
    long row_line;       /* line the current record started on */
    int in_record;       /* a record has begun and not yet ended */
    size_t rec_off;      /* byte offset where the current record starts */
    int cr_rows, nl_rows; /* records the line being fed ended at '\r', at '\n' */
    CsvRow row;
    size_t fcap;
    /* The first record is the header: its names say which column a
     * message is about, and no later record may be wider. */
    char **head;
    size_t nhead;
    int have_head;
} Reader;

/* Byte offset of the first invalid UTF-8 sequence in s, or -1. */
static long bad_utf8(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t k = utf8_valid(s + i, n - i);
        if (!k)
            return (long)i;
        i += k;
    }
    return -1;
}

/* ---- formula neutralising (OWASP "CSV injection") ----
 * A cell that starts with = + - @, a tab or a carriage return is taken
 * for a formula by Excel and LibreOffice. Such a text cell is written
 * with one more leading apostrophe, counting the apostrophes it already
 * starts with, so the reader can always take exactly one off again; a
 * cell that is a plain number ("-5", "+3.2e4") is left alone, and number
 * columns (csvio_num) never pass here. */

static int formula_char(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/* [+-] digits [. digits] [e [+-] digits], the whole cell */
static int plain_number(const char *s, size_t n)
{
    size_t i = 0, d = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
        d++;
    if (i < n && s[i] == '.')
        for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            d++;
    if (d && i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t e = ++i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++, e++;
        for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            ;
        if (i == e)
            return 0;
    }
    return d > 0 && i == n;
}

/* Leading apostrophes of s[0..n). */
static size_t quotes(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && s[k] == '\'')
        k++;
    return k;
}

int csvio_is_formula(const char *s, size_t n)
{
    size_t k = quotes(s, n);
    return k < n && formula_char(s[k]) && !(k == 0 && plain_number(s, n));
}

static void on_field(void *s, size_t n, void *ctx)
{
    Reader *r = ctx;
    if (r->rc)
        return;
    /* a neutralised cell (see above): one apostrophe off */
    const char *c = s;
    size_t k = c ? quotes(c, n) : 0;
    if (k > 0 && k < n && formula_char(c[k])) {
        s = (char *)s + 1;
        n--;
    }
    if (r->row.n >= CB_MAX_CSV_FIELDS) {
        r->rc = diag_set(r->d, CB_EINPUT, r->name, r->row_line,
                         "more than %d fields in one row", CB_MAX_CSV_FIELDS);
        return;
    }
    if (n > CB_MAX_CSV_FIELD) {
        r->rc = diag_set(r->d, CB_EINPUT, r->name, r->line,
                         "field of %zu bytes, over the limit of %d", n, CB_MAX_CSV_FIELD);
        return;
    }
    long bad = bad_utf8(s ? s : "", n);
    if (bad >= 0) {
        r->rc = diag_set(r->d, CB_EINPUT, r->name, r->line,
                         "invalid UTF-8 in field %zu (byte %ld of the field)", r->row.n + 1, bad);
        return;
    }
    if (r->row.n == r->fcap) {
        r->fcap = r->fcap ? r->fcap * 2 : 16;
        r->row.f = xrealloc(r->row.f, r->fcap * sizeof *r->row.f);
        r->row.len = xrealloc(r->row.len, r->fcap * sizeof *r->row.len);
    }
    r->row.f[r->row.n] = xstrndup(s ? s : "", n);
    r->row.len[r->row.n] = n;
    r->row.n++;
}

static void drop_row(Reader *r)
{
    for (size_t i = 0; i < r->row.n; i++)
        free(r->row.f[i]);
    r->row.n = 0;
}

/* "column 3 (note)", or "column 3" past the header. */
static void column_words(const Reader *r, size_t field, char *out, size_t cap)
{
    if (field >= 1 && field <= r->nhead && r->head[field - 1][0])
        snprintf(out, cap, "column %zu (%.60s)", field, r->head[field - 1]);
    else
        snprintf(out, cap, "column %zu", field);
}

static void on_row(int c, void *ctx)
{
    Reader *r = ctx;
    if (c == '\r')
        r->cr_rows++;
    else if (c == '\n')
        r->nl_rows++;
    if (!r->rc && r->row.n && !r->have_head) {
        r->have_head = 1;
        r->nhead = r->row.n;
        r->head = xcalloc(r->nhead + 1, sizeof *r->head);
        for (size_t i = 0; i < r->nhead; i++)
            r->head[i] = xstrdup(r->row.f[i]);
    } else if (!r->rc && r->row.n > r->nhead) {
        /* The usual cause: an unquoted comma in free text (a note) split
         * one cell in two and shifted the cells after it. */
        r->rc = diag_set(r->d, CB_EINPUT, r->name, r->row_line,
                         "%zu cells, but the header has %zu columns: a comma inside a cell "
                         "splits it in two; put a cell that holds a comma in double quotes "
                         "(\"like, this\")", r->row.n, r->nhead);
    }
    if (!r->rc && r->row.n) {
        r->row.line = r->row_line;
        r->rc = r->fn(&r->row, r->ctx, r->d);
    }
    r->in_record = 0;
    drop_row(r);
}

/* What libcsv refused, in words: the record's text p[0..n), which
 * starts on line line0, is walked as RFC 4180 says, and the first thing
 * out of place is described with its line, column and character (the
 * character counted in UTF-8 code points from the start of its line). */
static int csv_explain(const Reader *r, const char *p, size_t n, long line0, Diag *d)
{
    enum { START, PLAIN, QUOTED, QEND } st = START;
    long line = line0, qline = line0;
    size_t field = 1, ch = 1, qch = 1, qfield = 1;
    char col[100];
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        switch (st) {
        case START:
            if (c == '"') {
                st = QUOTED, qline = line, qch = ch, qfield = field;
            } else if (c == ',') {
                field++;
            } else if (c == '\n' || c == '\r') {
                field = 1;
            } else if (c != ' ' && c != '\t') {
                st = PLAIN;
            }
            break;
        case PLAIN:
            if (c == '"') {
                column_words(r, field, col, sizeof col);
                return diag_set(d, CB_EINPUT, r->name, line,
                                "%s, character %zu: a quote (\") inside a cell that does not "
                                "start with one; put the whole cell in double quotes and double "
                                "each quote inside it (\"\")", col, ch);
            }
            if (c == ',')
                field++, st = START;
            else if (c == '\n' || c == '\r')
                field = 1, st = START;
            break;
        case QUOTED:
            if (c == '"')
                st = QEND;
            break;
        case QEND:
            if (c == '"') {
                st = QUOTED;
            } else if (c == ',') {
                field++, st = START;
            } else if (c == '\n' || c == '\r') {
                field = 1, st = START;
            } else if (c != ' ' && c != '\t') {
                column_words(r, field, col, sizeof col);
                return diag_set(d, CB_EINPUT, r->name, line,
                                "%s, character %zu: text after the closing quote of a quoted cell "
                                "(expected a comma or the end of the line); a quote inside a "
                                "quoted cell is written twice (\"\")", col, ch);
            }
            break;
        }
        if (c == '\n')
            line++, ch = 1;
        else if (!utf8_is_cont(c))
            ch++;
    }
    if (st == QUOTED) {
        column_words(r, qfield, col, sizeof col);
        return diag_set(d, CB_EINPUT, r->name, qline,
                        "%s, character %zu: a quoted cell is never closed (a closing quote \" is "
                        "missing before the end of the file)", col, qch);
    }
    return diag_set(d, CB_EINPUT, r->name, line0, "malformed CSV record");
}

/* A line with no quote and no carriage return, fed to libcsv at a
 * record's start, is cut at its commas as libcsv cuts it, without its
 * walk of a callback per byte: each cell without the spaces and tabs
 * around it, an empty cell as NULL (CSV_EMPTY_IS_NULL), and a line of
 * blanks no record at all. line[0, len) ends with its '\n'. */
static void plain_line(const char *line, size_t len, Reader *r)
{
    size_t end = len - 1, i = 0;
    while (i < end && (line[i] == ' ' || line[i] == '\t'))
        i++;
    if (i == end)
        return;
    for (;;) {
        const char *comma = memchr(line + i, ',', end - i);
        size_t fe = comma ? (size_t)(comma - line) : end, s = i, e = fe;
        while (s < e && (line[s] == ' ' || line[s] == '\t'))
            s++;
        while (e > s && (line[e - 1] == ' ' || line[e - 1] == '\t'))
            e--;
        on_field(e > s ? (void *)(line + s) : NULL, e - s, r);
        if (!comma)
            break;
        i = fe + 1;
    }
    on_row('\n', r);
}

int csvio_read_mem(const char *name, const char *data, size_t n, CsvRowFn fn, void *ctx, Diag *d)
{
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_EMPTY_IS_NULL) != 0)
        diag_oom();
    csv_set_realloc_func(&p, xrealloc);
    Reader r = {.name = name, .fn = fn, .ctx = ctx, .d = d, .line = 1};
    if (n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        n -= 3;
    }
    /* Feed one line at a time so errors know their line. */
    size_t i = 0;
    while (i < n && !r.rc) {
        const char *nl = memchr(data + i, '\n', n - i);
        size_t len = nl ? (size_t)(nl - (data + i)) + 1 : n - i;
        if (len > CB_MAX_CSV_LINE) {
            r.rc = diag_set(d, CB_EINPUT, name, r.line, "line longer than %u bytes",
                            CB_MAX_CSV_LINE);
            break;
        }
        /* A record starts on the first non-blank line fed outside one.
         * Blank means exactly "\n" or "\r\n": a last line of one byte
         * with no newline ("x" in "a\nx") is a record of its own. */
        int blank = (len == 1 && data[i] == '\n') ||
                    (len == 2 && data[i] == '\r' && data[i + 1] == '\n');
        if (!r.in_record && !blank) {
            r.in_record = 1;
            r.row_line = r.line;
            r.rec_off = i;
        }
        /* (libcsv's parser stands between records: pstate 0, its
         * ROW_NOT_BEGUN) */
        if (nl && p.pstate == 0 && !memchr(data + i, '"', len) && !memchr(data + i, '\r', len))
            plain_line(data + i, len, &r);
        else {
            r.cr_rows = r.nl_rows = 0;
            if (csv_parse(&p, data + i, len, on_field, on_row, &r) != len && !r.rc)
                r.rc = csv_explain(&r, data + r.rec_off, i + len - r.rec_off, r.row_line, d);
            /* libcsv ends a record at a bare carriage return too (old Mac
             * line ends); a record that starts in the middle of a line has
             * no line of its own, so the line's end is the only one taken */
            int crlf = (len >= 2 && data[i + len - 2] == '\r' && data[i + len - 1] == '\n') ||
                       (!nl && data[i + len - 1] == '\r');
            if (!r.rc && r.cr_rows && (r.cr_rows > crlf || r.nl_rows))
                r.rc = diag_set(d, CB_EINPUT, name, r.line,
                                "a carriage return ends a record in the middle of the line (old Mac line "
                                "ends?); save the file with ordinary line ends");
        }
        i += len;
        r.line++;
    }
    if (!r.rc) {
        r.line--;
        if (csv_fini(&p, on_field, on_row, &r) != 0 && !r.rc)
            r.rc = csv_explain(&r, data + r.rec_off, n - r.rec_off,
                               r.row_line ? r.row_line : r.line, d);
    }
    for (size_t k = 0; k < r.nhead; k++)
        free(r.head[k]);
    free(r.head);
    drop_row(&r);
    free(r.row.f);
    free(r.row.len);
    csv_free(&p);
    return r.rc;
}

int csvio_read_file(const char *path, CsvRowFn fn, void *ctx, Diag *d)
{
    Buf b;
    int rc = fsio_read(path, CB_MAX_CSV_BYTES, &b, d);
    if (rc < 0)
        return rc;
    if (memchr(b.data, '\0', b.len)) {
        buf_free(&b);
        return diag_set(d, CB_EINPUT, path, 0, "binary data (NUL byte), not a CSV file");
    }
    rc = csvio_read_mem(path, b.data, b.len, fn, ctx, d);
    buf_free(&b);
    return rc;
}

int csvio_header(const CsvRow *hdr, const char *const *names, int *idx, size_t nnames,
               const char *const *required, const char *path, Diag *d)
{
    for (size_t i = 0; i < nnames; i++) {
        idx[i] = -1;
        for (size_t j = 0; j < hdr->n; j++)
            if (strcmp(hdr->f[j], names[i]) == 0) {
                idx[i] = (int)j;
                break;
            }
    }
    for (size_t k = 0; required && required[k]; k++) {
        int found = 0;
        for (size_t j = 0; j < hdr->n; j++)
            found |= strcmp(hdr->f[j], required[k]) == 0;
        if (!found)
            return diag_set(d, CB_EINPUT, path, hdr->line, "missing column '%s' in the header",
                            required[k]);
    }
    return CB_OK;
}

const char *csvio_get(const CsvRow *row, int i)
{
    return i >= 0 && (size_t)i < row->n ? row->f[i] : "";
}

int csvio_put_cell(char *dst, size_t cap, const char *s, const char *col, const char *path,
                   long line, Diag *d)
{
    size_t n = strlen(s);
    if (n >= cap)
        return diag_set(d, CB_EINPUT, path, line, "column %s is %zu bytes, over the limit of %zu",
                        col, n, cap - 1);
    memcpy(dst, s, n + 1);
    return 0;
}

void csvio_field(Buf *b, const char *s, size_t n)
{
    if (csvio_is_formula(s, n)) {
        Buf t;
        buf_init(&t, 0);
        buf_putc(&t, '\'');
        buf_append(&t, s, n);
        csvio_raw_field(b, t.data, t.len);
        buf_free(&t);
        return;
    }
    csvio_raw_field(b, s, n);
}

void csvio_raw_field(Buf *b, const char *s, size_t n)
{
    /* libcsv trims unquoted edge spaces and tabs: quote them to keep them */
    int quote = n > 0 && (s[0] == ' ' || s[n - 1] == ' ' || s[0] == '\t' || s[n - 1] == '\t');
    /* a comma, a quote or a line break inside: one memchr for each (a
     * claim's sentence is most of a row's bytes); a short field, most of
     * a row's fields, by a table in one walk (a call costs more) */
    static const unsigned char special[256] = {[','] = 1, ['"'] = 1, ['\n'] = 1, ['\r'] = 1};
    if (!quote && n < 48) {
        for (size_t i = 0; i < n && !quote; i++)
            quote = special[(unsigned char)s[i]];
    } else {
        quote = quote || memchr(s, ',', n) || memchr(s, '"', n) || memchr(s, '\n', n) || memchr(s, '\r', n);
    }
    if (!quote) {
        buf_append(b, s, n);
        return;
    }
    if (!b->max) {
        /* uncapped (the usual case): copy the runs between quotes whole */
        buf_putc(b, '"');
        for (const char *p = s, *end = s + n; p < end;) {
            const char *q = memchr(p, '"', (size_t)(end - p));
            size_t run = q ? (size_t)(q - p) + 1 : (size_t)(end - p);
            buf_append(b, p, run);
            if (q)
                buf_putc(b, '"');
            p += run;
        }
        buf_putc(b, '"');
        return;
    }
    buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            buf_putc(b, '"');
        buf_putc(b, s[i]);
    }
    buf_putc(b, '"');
}

void csvio_str(Buf *b, const char *s)
{
    if (!s)
        s = "";
    /* (most of a row's strings need no quotes: their length and their
     * first byte that would need them, a comma, a quote or a line break,
     * found in one pass; the rest as csvio_field writes them) */
    size_t k = strcspn(s, ",\"\n\r");
    if (s[k] || !k || s[0] == ' ' || s[0] == '\t' || s[k - 1] == ' ' || s[k - 1] == '\t' ||
        csvio_is_formula(s, k)) {
        csvio_field(b, s, k + strlen(s + k));
        return;
    }
    buf_append(b, s, k);
}

/* A figure of a few decimals ("12.5", "-0.25", "37.08"), printed as the
 * loop below would print it, without a printf and a strtod per try: for
 * 1e-4 <= |v| < 1e6, the fewest decimals d (up to 9) with k = |v| * 10^d
 * whole and k / 10^d == |v|. Both sides of that test are correctly
 * rounded, so it holds exactly when the decimal k / 10^d reads back as v;
 * a decimal of at most 15 digits is the only one of its length or
 * shorter that does, so the shortest "%.*g" that reads back prints it,
 * in fixed notation (its exponent is from -4 to 5) and with no trailing
 * zero (d is the fewest). 0 when v is no such figure. */
static int short_decimal(char *out, size_t cap, double v)
{
    static const double p10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    double a = fabs(v);
    if (!(a >= 1e-4 && a < 1e6) || cap < 32)
        return 0;
    for (int d = 1; d <= 9; d++) {
        double k = nearbyint(a * p10[d]);
        if (k / p10[d] != a)
            continue;
        /* the digits of k, the point d digits from the right */
        char dig[24];
        int nd = 0;
        for (unsigned long long u = (unsigned long long)k; u; u /= 10)
            dig[nd++] = (char)('0' + u % 10);
        while (nd <= d)
            dig[nd++] = '0';
        size_t o = 0;
        if (v < 0)
            out[o++] = '-';
        for (int i = nd - 1; i >= 0; i--) {
            out[o++] = dig[i];
            if (i == d)
                out[o++] = '.';
        }
        out[o] = '\0';
        return 1;
    }
    return 0;
}

char *csvio_fmt_num(char *out, size_t cap, double v)
{
    if (!isfinite(v)) {
        out[0] = '\0';
        return out;
    }
    if (v == 0) {
        strcopy(out, cap, "0");
        return out;
    }
    if (fabs(v) < 9007199254740992.0 && v == floor(v) && cap >= 24) {
        /* an exact integer: its digits, as "%.0f" would print them */
        char d[24];
        size_t k = sizeof d;
        unsigned long long u = (unsigned long long)fabs(v);
        do
            d[--k] = (char)('0' + u % 10);
        while ((u /= 10) > 0);
        if (v < 0)
            d[--k] = '-';
        memcpy(out, d + k, sizeof d - k);
        out[sizeof d - k] = '\0';
        return out;
    }
    if (fabs(v) < 1e21 && v == floor(v)) {
        snprintf(out, cap, "%.0f", v);
        return out;
    }
    if (short_decimal(out, cap, v))
        return out;
    for (int prec = 6; prec <= 17; prec++) {
        snprintf(out, cap, "%.*g", prec, v);
        if (strtod(out, NULL) == v)
            break;
    }
    return out;
}

void csvio_num(Buf *b, double v)
{
    char tmp[64];
    buf_puts(b, csvio_fmt_num(tmp, sizeof tmp, v));
}

int csvio_parse_num(const char *s, double *out)
{
    if (!s || !*s)
        return -1;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || *end != '\0' || errno == ERANGE || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}

int csvio_parse_int(const char *s, long lo, long hi, long *out)
{
    if (!s || !*s)
        return -1;
    long v = 0;
    for (; *s; s++) {
        /* (the next v, v * 10 + digit, stays at most hi: so no overflow) */
        if (*s < '0' || *s > '9' || v > hi / 10 || v * 10 > hi - (*s - '0'))
            return -1;   /* not a digit, or past hi */
        v = v * 10 + (*s - '0');
    }
    if (v < lo)
        return -1;
    *out = v;
    return 0;
}

int csvio_parse_year(const char *s, int *year)
{
    long y = 0;
    if (*s && csvio_parse_int(s, 1, 9999, &y) < 0)
        return -1;
    *year = (int)y;
    return 0;
}

int csvio_is_ident(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return 0;
    return 1;
}
