/* test_csvio.c — RFC 4180 reading and writing, limits, and errors. */
#include "csvio.h"
#include "limits.h"
#include "testutil.h"

#include <check.h>
#include <csv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Seen {
    int rows;
    char cells[16][64];
    int ncells;
    long lines[16];
} Seen;

static int collect(const CsvRow *row, void *ctx, Diag *d)
{
    (void)d;
    Seen *s = ctx;
    s->lines[s->rows++] = row->line;
    for (size_t i = 0; i < row->n && s->ncells < 16; i++)
        snprintf(s->cells[s->ncells++], 64, "%s", row->f[i]);
    return 0;
}

START_TEST(reader_should_unquote_and_track_lines)
{
    const char *in = "\xEF\xBB\xBF" "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\n";
    Seen s = {0};
    Diag d = {0};
    ck_assert_int_eq(csvio_read_mem("t.csv", in, strlen(in), collect, &s, &d), 0);
    ck_assert_int_eq(s.rows, 3);
    ck_assert_str_eq(s.cells[0], "a");
    ck_assert_str_eq(s.cells[2], "x, y");
    ck_assert_str_eq(s.cells[3], "say \"hi\"");
    ck_assert_str_eq(s.cells[4], "multi\nline");
    ck_assert_int_eq(s.lines[0], 1);
    ck_assert_int_eq(s.lines[1], 2);
    ck_assert_int_eq(s.lines[2], 3);
}
END_TEST

/* A bare carriage return ends a record for libcsv (old Mac line ends):
 * a record starting in the middle of a line has no line of its own for
 * messages and for `init --update`, which cuts a table at its lines. */
START_TEST(reader_should_refuse_a_record_ended_in_the_middle_of_a_line)
{
    static const char *const good[] = {"a,b\r\n1,2\r\n", "a,b\n\"x\ry\",2\n", "a,b\r\r\n1,2\n", "a,b\n1,2\r"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        Seen s = {0};
        Diag d = {0};
        ck_assert_msg(csvio_read_mem("t.csv", good[i], strlen(good[i]), collect, &s, &d) == 0, "%zu: %s", i, d.msg);
        ck_assert_int_eq(s.rows, 2);
    }
    static const char *const bad[] = {"a,b\n1,2\r3,4\n", "a,b\n\"x\ny\",2\r3\n", "a,b\n1,2\r3,4\r\n"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        Seen s = {0};
        Diag d = {0};
        ck_assert_int_eq(csvio_read_mem("mac.csv", bad[i], strlen(bad[i]), collect, &s, &d), CB_EINPUT);
        ck_assert_str_eq(d.file, "mac.csv");
        ck_assert_int_eq(d.line, i == 1 ? 3 : 2);
        ck_assert_msg(strstr(d.msg, "carriage return ends a record in the middle of the line"), "%s", d.msg);
    }
}
END_TEST

START_TEST(reader_should_name_line_of_unterminated_quote)
{
    const char *in = "a,b\n1,2\n3,\"open\n";
    Seen s = {0};
    Diag d = {0};
    ck_assert_int_eq(csvio_read_mem("bad.csv", in, strlen(in), collect, &s, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, "bad.csv");
    ck_assert_int_eq(d.line, 3);
    ck_assert_str_eq(d.msg, "column 2 (b), character 3: a quoted cell is never closed (a closing "
                            "quote \" is missing before the end of the file)");
}
END_TEST

/* Each CSV error says where (line, column by its header name, character)
 * and what was expected, not libcsv's "error parsing data". */
static void expect_csv_error(const char *in, long line, const char *msg)
{
    Seen s = {0};
    Diag d = {0};
    ck_assert_int_eq(csvio_read_mem("e.csv", in, strlen(in), collect, &s, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, "e.csv");
    ck_assert_int_eq(d.line, line);
    ck_assert_str_eq(d.msg, msg);
}

START_TEST(csv_errors_should_say_where_and_what_was_expected)
{
    expect_csv_error("id,note,doc\n1,he said \"no\",d.txt\n", 2,
                     "column 2 (note), character 11: a quote (\") inside a cell that does not start "
                     "with one; put the whole cell in double quotes and double each quote inside "
                     "it (\"\")");
    expect_csv_error("id,note,doc\n1,\"multi\nline\" no,d.txt\n", 3,
                     "column 2 (note), character 7: text after the closing quote of a quoted cell "
                     "(expected a comma or the end of the line); a quote inside a quoted cell is "
                     "written twice (\"\")");
    expect_csv_error("id,note,doc\n1,ok,d\n2,\"le café,d.txt\n", 3,
                     "column 2 (note), character 3: a quoted cell is never closed (a closing "
                     "quote \" is missing before the end of the file)");
    /* a comma in free text: one cell too many */
    expect_csv_error("id,note,doc\n1,a note, with a comma,d.txt\n", 2,
                     "4 cells, but the header has 3 columns: a comma inside a cell splits it in "
                     "two; put a cell that holds a comma in double quotes (\"like, this\")");
}
END_TEST

START_TEST(reader_should_reject_invalid_utf8_and_too_many_fields)
{
    const char *bad = "a\n\xff\xfe\n";
    Seen s = {0};
    Diag d = {0};
    ck_assert_int_eq(csvio_read_mem("u.csv", bad, strlen(bad), collect, &s, &d), CB_EINPUT);
    ck_assert_int_eq(d.line, 2);
    ck_assert_ptr_nonnull(strstr(d.msg, "invalid UTF-8"));

    char wide[4096] = "";
    for (int i = 0; i <= CB_MAX_CSV_FIELDS; i++)
        strcat(wide, "x,");
    strcat(wide, "\n");
    memset(&s, 0, sizeof s);
    ck_assert_int_eq(csvio_read_mem("w.csv", wide, strlen(wide), collect, &s, &d), CB_EINPUT);
    ck_assert_ptr_nonnull(strstr(d.msg, "fields in one row"));
}
END_TEST

START_TEST(reader_should_report_missing_file)
{
    Seen s = {0};
    Diag d = {0};
    ck_assert_int_eq(csvio_read_file("/nonexistent.csv", collect, &s, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "cannot read: No such file or directory");
}
END_TEST

START_TEST(writer_should_quote_only_when_needed)
{
    Buf b;
    buf_init(&b, 0);
    csvio_str(&b, "plain");
    buf_putc(&b, ',');
    csvio_str(&b, "a,b");
    buf_putc(&b, ',');
    csvio_str(&b, "say \"x\"");
    buf_putc(&b, ',');
    csvio_str(&b, " edge");
    ck_assert_str_eq(b.data, "plain,\"a,b\",\"say \"\"x\"\"\",\" edge\"");
    buf_free(&b);
}
END_TEST

/* csvio_str finds a string's length and its first byte that needs quotes
 * in one pass, and appends a plain string at once: it must write what
 * csvio_field writes for the same bytes, whatever edge, mark or length. */
START_TEST(a_string_should_be_written_as_its_field_is)
{
    static const char *const cells[] = {
        "", "plain", "tail ", "tail\t", "\thead", " head", "a,b", "line\nbreak", "cr\r", "say \"x\"",
        "=SUM(A1,B2)", "-5", "-5%", "+1 555", "'quoted'",
        "a sentence longer than forty-eight bytes with no mark that needs quotes at all",
        "a sentence longer than forty-eight bytes whose only comma, here, is far in",
        "\xe4\xb8\xad\xe5\x9b\xbd, UTF-8",
    };
    for (size_t i = 0; i < sizeof cells / sizeof *cells; i++) {
        Buf a, b;
        buf_init(&a, 0);
        buf_init(&b, 0);
        buf_putc(&a, '|');
        buf_putc(&b, '|');
        csvio_str(&a, cells[i]);
        csvio_field(&b, cells[i], strlen(cells[i]));
        ck_assert_msg(a.len == b.len && !memcmp(a.data, b.data, a.len), "\"%s\" written as %s, not %s", cells[i],
                      a.data, b.data);
        buf_free(&a);
        buf_free(&b);
    }
    Buf n;
    buf_init(&n, 0);
    buf_putc(&n, '|');
    csvio_str(&n, NULL);
    ck_assert_uint_eq(n.len, 1);
    buf_free(&n);
}
END_TEST

/* What csvio_fmt_num printed for a number that is no whole one before
 * its short cut for short decimals: the shortest "%.*g" from 6 digits
 * that reads back. */
static const char *shortest_g(char *out, size_t cap, double v)
{
    for (int prec = 6; prec <= 17; prec++) {
        snprintf(out, cap, "%.*g", prec, v);
        if (strtod(out, NULL) == v)
            break;
    }
    return out;
}

START_TEST(a_decimal_should_print_as_the_shortest_g_that_reads_back)
{
    static const double some[] = {12.5, -0.25, 37.08, 0.1, 0.0001, 0.00011, 0.000099, 999999.95, 1234567.5,
                                  99999.99, 0.3, 2.675, 1.005, 123456.789, -999999.5, 0.1 + 0.2, 1e-5, 5e5 + 0.5};
    char a[64], b[64];
    for (size_t i = 0; i < sizeof some / sizeof *some; i++)
        ck_assert_str_eq(csvio_fmt_num(a, sizeof a, some[i]), shortest_g(b, sizeof b, some[i]));
    /* decimals of every size and any doubles (20,000: a loaded machine
     * runs them well inside Check's 4 s, where 200,000 timed out) */
    srand(7);
    for (int i = 0; i < 20000; i++) {
        double v;
        if (i % 2) {
            static const double p10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11};
            long long k = ((long long)rand() << 20 ^ rand()) % 100000000000LL;
            v = (double)k / p10[rand() % 12] * (rand() % 2 ? 1 : -1);
        } else {
            v = ((double)rand() / RAND_MAX) * pow(10, rand() % 14 - 6);
        }
        if (v == floor(v))
            continue;
        ck_assert_str_eq(csvio_fmt_num(a, sizeof a, v), shortest_g(b, sizeof b, v));
    }
}
END_TEST

START_TEST(numbers_should_print_exactly_and_never_nan)
{
    char out[64];
    ck_assert_str_eq(csvio_fmt_num(out, sizeof out, 79e9), "79000000000");
    ck_assert_str_eq(csvio_fmt_num(out, sizeof out, 6e12), "6000000000000");
    ck_assert_str_eq(csvio_fmt_num(out, sizeof out, 12.5), "12.5");
    ck_assert_str_eq(csvio_fmt_num(out, sizeof out, 0.1), "0.1");
    ck_assert_str_eq(csvio_fmt_num(out, sizeof out, -3), "-3");
    ck_assert_str_eq(csvio_fmt_num(out, sizeof out, 1e300), "1e+300");
    ck_assert_str_eq(csvio_fmt_num(out, sizeof out, 1.0 / 3), "0.3333333333333333");
    ck_assert_str_eq(csvio_fmt_num(out, sizeof out, NAN), "");
    ck_assert_str_eq(csvio_fmt_num(out, sizeof out, INFINITY), "");
    double v;
    ck_assert_int_eq(csvio_parse_num("1e999", &v), -1);
    ck_assert_int_eq(csvio_parse_num("nan", &v), -1);
    ck_assert_int_eq(csvio_parse_num("12x", &v), -1);
    ck_assert_int_eq(csvio_parse_num("", &v), -1);
    ck_assert_int_eq(csvio_parse_num("5.4e9", &v), 0);
    ck_assert(v == 5.4e9);
}
END_TEST

static int keep_field0(const CsvRow *row, void *ctx, Diag *d)
{
    (void)d;
    Buf *b = ctx;
    buf_append(b, row->f[0], row->len[0] + 1);   /* each field with its NUL */
    return 0;
}

START_TEST(whole_cells_should_parse_as_integers_years_and_identifiers_or_not_at_all)
{
    long v = -7;
    ck_assert_int_eq(csvio_parse_int("12", 1, 12, &v), 0);
    ck_assert_int_eq(v, 12);
    ck_assert_int_eq(csvio_parse_int("06", 1, 12, &v), 0);   /* a spreadsheet's month */
    ck_assert_int_eq(v, 6);
    v = -7;
    const char *bad[] = {"", "13", "0", "+6", "-6", " 6", "6 ", "6.0", "1e1", "99999999999999999999999", NULL};
    for (size_t i = 0; bad[i]; i++)
        ck_assert_msg(csvio_parse_int(bad[i], 1, 12, &v) < 0 && v == -7, "'%s' parsed", bad[i]);
    /* a bound under 9: one digit past it is past it too */
    ck_assert_int_eq(csvio_parse_int("7", 1, 5, &v), -1);
    ck_assert_int_eq(csvio_parse_int("10", 1, 9, &v), -1);
    ck_assert_int_eq(v, -7);
    ck_assert_int_eq(csvio_parse_int("9", 1, 9, &v), 0);
    ck_assert_int_eq(v, 9);
    int y = -1;
    ck_assert_int_eq(csvio_parse_year("", &y), 0);
    ck_assert_int_eq(y, 0);
    ck_assert_int_eq(csvio_parse_year("2023", &y), 0);
    ck_assert_int_eq(y, 2023);
    ck_assert_int_eq(csvio_parse_year("20230", &y), -1);
    ck_assert_int_eq(csvio_parse_year("2023a", &y), -1);
    ck_assert_int_eq(csvio_parse_year("0", &y), -1);
    ck_assert(csvio_is_ident("household_size_ssa2"));
    ck_assert(!csvio_is_ident(""));
    ck_assert(!csvio_is_ident("Household"));
    ck_assert(!csvio_is_ident("a-b"));
}
END_TEST

/* issue 15: cells of claims.csv, findings.csv and the chart CSVs that
 * begin with = + - @ were written as they were, so a document name or a
 * sentence could run as a formula in Excel or LibreOffice. Text cells get
 * a leading apostrophe (OWASP), plain numbers stay, and the reader takes
 * the apostrophe off: every table round-trips exactly. */
START_TEST(formula_cells_should_be_neutralised_and_read_back_as_written)
{
    static const struct {
        const char *cell, *written;
    } cases[] = {
        {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
        {"+1 555 0100", "'+1 555 0100"},
        {"-2+3", "'-2+3"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\tx", "'\tx"},
        {"-5%", "'-5%"},
        {"'=already", "''=already"},
        {"''+two", "'''+two"},
        /* left alone: numbers, and what no spreadsheet runs */
        {"-5", "-5"},
        {"+3.25e4", "+3.25e4"},
        {"-0.5", "-0.5"},
        {"'quoted'", "'quoted'"},
        {"a=b", "a=b"},
        {"-", "'-"},
        {"1e5x", "1e5x"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Buf b, back;
        buf_init(&b, 0);
        buf_init(&back, 0);
        buf_puts(&b, "h\n");
        size_t at = b.len;
        csvio_str(&b, cases[i].cell);
        ck_assert_msg(!strcmp(b.data + at, cases[i].written), "%s written as %s", cases[i].cell,
                      b.data + at);
        buf_putc(&b, '\n');
        Diag d = {0};
        ck_assert_int_eq(csvio_read_mem("t.csv", b.data, b.len, keep_field0, &back, &d), 0);
        /* back holds "h\0CELL\0" */
        ck_assert_uint_gt(back.len, 2);
        ck_assert_msg(!strcmp(back.data + 2, cases[i].cell), "%s read back as %s", cases[i].cell,
                      back.data + 2);
        buf_free(&b);
        buf_free(&back);
    }
}
END_TEST

/* ---- the reader cuts every line as libcsv does ----
 * csvio_read_mem cuts a plain line (no quote, no carriage return) itself;
 * random texts of cells, blanks, commas, quotes and line ends are read
 * by it and by libcsv alone (fed at once), and must give the same rows,
 * or both refuse the text. */

typedef struct Cells {
    char text[4096];
    size_t len;     /* every cell written, "|" after each, ";" after a row */
    int bad;
} Cells;

static void ref_field(void *s, size_t n, void *ctx)
{
    Cells *c = ctx;
    if (c->len + n + 2 < sizeof c->text) {
        if (s)
            memcpy(c->text + c->len, s, n), c->len += n;
        c->text[c->len++] = '|';
    } else {
        c->bad = 1;
    }
}

static void ref_row(int ch, void *ctx)
{
    (void)ch;
    Cells *c = ctx;
    if (c->len + 1 < sizeof c->text)
        c->text[c->len++] = ';';
}

static int got_row(const CsvRow *row, void *ctx, Diag *d)
{
    (void)d;
    for (size_t i = 0; i < row->n; i++)
        ref_field(row->f[i], row->len[i], ctx);
    ref_row('\n', ctx);
    return 0;
}

START_TEST(reader_should_cut_every_line_as_libcsv_does)
{
    static const char pool[] = {'a', 'b', ' ', '\t', ',', ',', '\n', '\n', '"', '\r', 'x'};
    char text[200];
    srand(7);
    int compared = 0;
    for (int round = 0; round < 20000; round++) {
        /* (a header wider than any row after it: no row is refused for
         * its width) */
        size_t n = (size_t)snprintf(text, sizeof text, "h,h,h,h,h,h,h,h,h,h,h,h,h,h,h,h,h,h\n");
        size_t len = n + (size_t)(rand() % 60);
        int quotes = rand() % 4 == 0;
        for (; n < len; n++) {
            text[n] = pool[rand() % (int)sizeof pool];
            if (!quotes && (text[n] == '"' || text[n] == '\r'))
                text[n] = 'a';
        }
        if (rand() % 2)
            text[n++] = '\n';
        Cells want = {.len = 0}, got = {.len = 0};
        struct csv_parser p;
        ck_assert_int_eq(csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_EMPTY_IS_NULL), 0);
        int ref_bad = csv_parse(&p, text, n, ref_field, ref_row, &want) != n ||
                      csv_fini(&p, ref_field, ref_row, &want) != 0;
        csv_free(&p);
        Diag d = {0};
        int rc = csvio_read_mem("t.csv", text, n, got_row, &got, &d);
        if (rc && !ref_bad) {
            /* the one thing refused that libcsv reads: a record ended at
             * a bare carriage return, which has no line of its own */
            ck_assert_msg(strstr(d.msg, "carriage return") != NULL, "round %d: %s", round, d.msg);
            int bare = 0;
            for (size_t k = 0; k < n; k++)
                bare |= text[k] == '\r' && (k + 1 == n || text[k + 1] != '\n');
            ck_assert_msg(bare, "round %d: refused with no bare carriage return", round);
            continue;
        }
        ck_assert_msg((rc != 0) == ref_bad, "round %d: rc %d, libcsv %s", round, rc, ref_bad ? "refuses" : "reads");
        if (rc || want.bad || got.bad)
            continue;
        ck_assert_msg(got.len == want.len && !memcmp(got.text, want.text, got.len), "round %d: %.*s against %.*s",
                      round, (int)got.len, got.text, (int)want.len, want.text);
        compared++;
    }
    ck_assert_int_gt(compared, 10000);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("csvio");
    TCase *tc = tcase_create("csvio");
    tcase_add_test(tc, reader_should_unquote_and_track_lines);
    tcase_add_test(tc, reader_should_name_line_of_unterminated_quote);
    tcase_add_test(tc, reader_should_refuse_a_record_ended_in_the_middle_of_a_line);
    tcase_add_test(tc, csv_errors_should_say_where_and_what_was_expected);
    tcase_add_test(tc, reader_should_reject_invalid_utf8_and_too_many_fields);
    tcase_add_test(tc, reader_should_report_missing_file);
    tcase_add_test(tc, formula_cells_should_be_neutralised_and_read_back_as_written);
    tcase_add_test(tc, writer_should_quote_only_when_needed);
    tcase_add_test(tc, a_string_should_be_written_as_its_field_is);
    tcase_add_test(tc, numbers_should_print_exactly_and_never_nan);
    tcase_add_test(tc, whole_cells_should_parse_as_integers_years_and_identifiers_or_not_at_all);
    tcase_add_test(tc, a_decimal_should_print_as_the_shortest_g_that_reads_back);
    tcase_add_test(tc, reader_should_cut_every_line_as_libcsv_does);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
