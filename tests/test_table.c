/* test_table.c — the claims CSV: round trip, quoting, strict reading. */
#include "claim.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *tmp_path(const char *name)
{
    static char path[4096];
    char *dir = tu_tmpdir("table");
    snprintf(path, sizeof path, "%s/%s", dir, name);
    free(dir);
    return path;
}

static void sample(Claim *c, int k)
{
    claim_init(c);
    snprintf(c->id, sizeof c->id, "%016x", 0xabc0u + (unsigned)k);
    snprintf(c->doc, sizeof c->doc, "002_12c1d0372e55340a.txt");
    c->start = 3668 + (size_t)k * 100;
    c->end = c->start + 11;
    c->text = xstrdup("5.4 billion");
    c->value = 5.4e9;
    snprintf(c->unit, sizeof c->unit, "people");
    snprintf(c->metric, sizeof c->metric, "internet_users");
    snprintf(c->scope, sizeof c->scope, "global");
    c->year = 2023;
    snprintf(c->source, sizeof c->source, "ITU");
    c->sentence = xstrdup("In 2023, 5.4 billion people, or about 67%, used the internet.");
}

static char *write_table(const Claim *v, size_t n, size_t *len)
{
    Buf b;
    buf_init(&b, 0);
    claims_write_header(&b);
    for (size_t i = 0; i < n; i++)
        claims_write_row(&b, &v[i]);
    return buf_take(&b, len);
}

START_TEST(write_then_read_should_give_the_same_claims_and_bytes)
{
    Claim v[3];
    sample(&v[0], 0);
    sample(&v[1], 1);
    v[1].qual = Q_MIN;
    v[1].low = 2.6e9;
    v[1].value = 2.6e9;
    v[1].year = 0;
    v[1].origin = ORIGIN_CORRECTED;
    snprintf(v[1].note, sizeof v[1].note, "checked against the report, p. 4");
    sample(&v[2], 2);
    v[2].month = 6;
    v[2].qual = Q_RANGE;
    v[2].value = 12.5;
    v[2].low = 10;
    v[2].high = 15;
    snprintf(v[2].unit, sizeof v[2].unit, "%%");
    v[2].metric[0] = v[2].scope[0] = v[2].source[0] = '\0';
    free(v[2].sentence);
    v[2].sentence = xstrdup("He said \"10-15%\", then, on a new line:\nmore, and \"more\".");

    size_t len;
    char *csv = write_table(v, 3, &len);
    const char *path = tmp_path("round.csv");
    tu_write(path, csv, len);

    ClaimList l;
    Diag d = {0};
    ck_assert_int_eq(claims_load(path, &l, &d), 0);
    ck_assert_uint_eq(l.n, 3);
    for (size_t i = 0; i < 3; i++) {
        ck_assert_str_eq(l.v[i].id, v[i].id);
        ck_assert_str_eq(l.v[i].doc, v[i].doc);
        ck_assert_uint_eq(l.v[i].start, v[i].start);
        ck_assert_uint_eq(l.v[i].end, v[i].end);
        ck_assert_str_eq(l.v[i].text, v[i].text);
        ck_assert(l.v[i].value == v[i].value);
        ck_assert(isnan(v[i].low) ? isnan(l.v[i].low) : l.v[i].low == v[i].low);
        ck_assert(isnan(v[i].high) ? isnan(l.v[i].high) : l.v[i].high == v[i].high);
        ck_assert_str_eq(l.v[i].unit, v[i].unit);
        ck_assert_int_eq(l.v[i].qual, v[i].qual);
        ck_assert_str_eq(l.v[i].metric, v[i].metric);
        ck_assert_str_eq(l.v[i].scope, v[i].scope);
        ck_assert_int_eq(l.v[i].year, v[i].year);
        ck_assert_int_eq(l.v[i].month, v[i].month);
        ck_assert_str_eq(l.v[i].source, v[i].source);
        ck_assert_str_eq(l.v[i].sentence, v[i].sentence);
        ck_assert_int_eq(l.v[i].origin, v[i].origin);
        ck_assert_str_eq(l.v[i].note, v[i].note);
    }
    ck_assert_ptr_nonnull(claimlist_find(&l, v[1].id));
    ck_assert_ptr_null(claimlist_find(&l, "0000000000000000"));

    size_t len2;
    char *again = write_table(l.v, l.n, &len2);
    ck_assert_uint_eq(len2, len);
    ck_assert(memcmp(again, csv, len) == 0);
    free(again);
    free(csv);
    claimlist_free(&l);
    for (int i = 0; i < 3; i++)
        claim_fini(&v[i]);
}
END_TEST

START_TEST(writer_should_quote_commas_quotes_and_newlines_and_leave_nan_empty)
{
    Claim c;
    sample(&c, 0);
    free(c.sentence);
    c.sentence = xstrdup("a, \"b\"\nc");
    c.year = 0;
    Buf b;
    buf_init(&b, 0);
    claims_write_row(&b, &c);
    ck_assert_str_eq(b.data, "000000000000abc0,002_12c1d0372e55340a.txt,3668,3679,,5.4 billion,"
                             "5400000000,,,people,exact,internet_users,global,,,,ITU,,"
                             "\"a, \"\"b\"\"\nc\",scan,\n");
    buf_free(&b);
    claim_fini(&c);
}
END_TEST

START_TEST(qualifier_and_origin_names_should_round_trip)
{
    for (int q = 0; q < Q_COUNT; q++) {
        Qualifier back;
        ck_assert_int_eq(claim_qualifier_parse(claim_qualifier_name((Qualifier)q), &back), 0);
        ck_assert_int_eq(back, q);
    }
    for (int o = 0; o < ORIGIN_COUNT; o++) {
        Origin back;
        ck_assert_int_eq(claim_origin_parse(claim_origin_name((Origin)o), &back), 0);
        ck_assert_int_eq(back, o);
    }
    Qualifier q;
    ck_assert_int_eq(claim_qualifier_parse("roughly", &q), -1);
}
END_TEST

/* The year's origin lives in the file as the "year from ..." clause of
 * the context column: every origin reads back as written, wherever the
 * clause stands; an analyst's own words, or none, are the claim's own. */
START_TEST(year_origin_should_round_trip_through_the_context_column)
{
    for (int y = 1; y < YEAR_FROM_COUNT; y++) {
        char ctx[128];
        snprintf(ctx, sizeof ctx, "scope from the title; year from %s; source from the publisher",
                 claim_year_from_name((YearFrom)y));
        ck_assert_int_eq(claim_year_from_parse(ctx), y);
        snprintf(ctx, sizeof ctx, "year from %s", claim_year_from_name((YearFrom)y));
        ck_assert_int_eq(claim_year_from_parse(ctx), y);
    }
    ck_assert_int_eq(claim_year_from_parse(""), YEAR_OWN);
    ck_assert_int_eq(claim_year_from_parse("scope from the title"), YEAR_OWN);
    ck_assert_int_eq(claim_year_from_parse("year from the analyst's notes"), YEAR_OWN);
    /* (not a clause of its own: "the year from the date" is free text) */
    ck_assert_int_eq(claim_year_from_parse("checked the year from the date"), YEAR_OWN);

    /* written and read back: the origin with it; made own, the clause gone */
    Claim c;
    sample(&c, 0);
    snprintf(c.context, sizeof c.context, "scope from the title; year from the date");
    c.year_from = YEAR_FROM_DATE;
    size_t len;
    char *bytes = write_table(&c, 1, &len);
    const char *path = tmp_path("origin.csv");
    tu_write(path, bytes, len);
    free(bytes);
    ClaimList l;
    Diag d = {0};
    ck_assert_int_eq(claims_load(path, &l, &d), 0);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_int_eq(l.v[0].year_from, YEAR_FROM_DATE);
    claim_year_own(&l.v[0]);
    ck_assert_int_eq(l.v[0].year_from, YEAR_OWN);
    ck_assert_str_eq(l.v[0].context, "scope from the title");
    claimlist_free(&l);
    claim_fini(&c);
}
END_TEST

/* Read text as a claims file; return the error code and fill d. */
static int read_text(const char *text, Diag *d)
{
    const char *path = tmp_path("bad.csv");
    tu_write(path, text, strlen(text));
    ClaimList l;
    int rc = claims_load(path, &l, d);
    if (rc == 0)
        claimlist_free(&l);
    return rc;
}

#define HDR CLAIM_COLUMNS "\n"
#define GOOD "0000000000000abc,d.txt,1,4,,5.4,5.4,,,people,exact,,,,,,,,s,scan,\n"

static void expect_error(const char *text, long line, const char *msg)
{
    Diag d = {0};
    ck_assert_int_eq(read_text(text, &d), CB_EINPUT);
    ck_assert_int_eq(d.line, line);
    ck_assert_ptr_nonnull(strstr(d.file, "bad.csv"));
    ck_assert_msg(strcmp(d.msg, msg) == 0, "got '%s', want '%s'", d.msg, msg);
}

START_TEST(reader_should_name_line_and_fault_of_malformed_rows)
{
    expect_error("id,doc,start,end,value,unit\n", 1, "missing column 'qualifier' in the header");
    expect_error(HDR GOOD "0000000000000abd,d.txt,1,4,,5.4,5..4,,,people,exact,,,,,,,,s,scan,\n", 3,
                 "bad number '5..4' in column value");
    expect_error(HDR GOOD GOOD "0000000000000abd,d.txt,1,4,,x,5,,,people,roughly,,,,,,,,s,scan,\n", 4,
                 "unknown qualifier 'roughly' (want exact, approx, min, max or range)");
    expect_error(HDR "0000000000000abd,d.txt,9,4,,x,5,,,people,exact,,,,,,,,s,scan,\n", 2,
                 "start 9 is not before end 4");
    expect_error(HDR "0000000000000abd,d.txt,-1,4,,x,5,,,people,exact,,,,,,,,s,scan,\n", 2,
                 "bad offset '-1' in column start");
    expect_error(HDR "0000000000000abd,d.txt,1,4,,x,5,9,2,people,exact,,,,,,,,s,scan,\n", 2,
                 "low 9 is above high 2");
    expect_error(HDR "0000000000000abd,d.txt,1,4,,x,5,,,people,exact,,,,20x3,,,,s,scan,\n", 2,
                 "bad year '20x3'");
    expect_error(HDR "0000000000000abd,d.txt,1,4,,x,5,,,people,exact,,,,2023,13,,,s,scan,\n", 2,
                 "bad month '13' (want 1 to 12)");
    expect_error(HDR "0000000000000abd,d.txt,1,4,,x,5,,,people,exact,,,,2023,06x,,,s,scan,\n", 2,
                 "bad month '06x' (want 1 to 12)");
    expect_error(HDR "0000000000000abd,d.txt,1,4,,x,5,,,people,exact,,,,,6,,,s,scan,\n", 2,
                 "month 6 without a year");
    expect_error(HDR "0000000000000abd,d.txt,1,4,,x,5,,,people,exact,,,,,,,,s,robot,\n", 2,
                 "unknown origin 'robot' (want scan, corrected or added)");
    expect_error(HDR "ABC,d.txt,1,4,,x,5,,,people,exact,,,,,,,,s,scan,\n", 2,
                 "bad id 'ABC' (want 16 lowercase hex digits)");
    expect_error(HDR "0000000000000abd,a/d.txt,1,4,,x,5,,,people,exact,,,,,,,,s,scan,\n", 2,
                 "doc 'a/d.txt' is a path, want a file name");
    expect_error(HDR "0000000000000abd,d.txt,1,4,,x,1e999,,,people,exact,,,,,,,,s,scan,\n", 2,
                 "bad number '1e999' in column value");
    /* A multi-line sentence: the error names the line the record starts on. */
    expect_error(HDR "0000000000000abd,d.txt,1,4,,x,5,,,people,exact,,,,,,,,\"a\nb\",scan,\n"
                     "0000000000000abe,d.txt,1,4,,x,five,,,people,exact,,,,,,,,s,scan,\n",
                 4, "bad number 'five' in column value");
    expect_error("", 0, "empty file: no header row");
}
END_TEST

START_TEST(reader_should_accept_minimal_columns_in_any_order)
{
    Diag d = {0};
    const char *path = tmp_path("min.csv");
    const char *text = "qualifier,unit,value,end,start,doc,id,extra\n"
                       "min,USD/year,6000000000000,10,2,x.txt,00000000000000ff,whatever\n";
    tu_write(path, text, strlen(text));
    ClaimList l;
    ck_assert_int_eq(claims_load(path, &l, &d), 0);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_int_eq(l.v[0].qual, Q_MIN);
    ck_assert_str_eq(l.v[0].unit, "USD/year");
    ck_assert(l.v[0].value == 6e12);
    ck_assert(isnan(l.v[0].low));
    ck_assert_int_eq(l.v[0].origin, ORIGIN_SCAN);
    ck_assert_str_eq(l.v[0].text, "");
    ck_assert_int_eq(l.v[0].month, 0);
    claimlist_free(&l);
}
END_TEST

static int stop_at_second(Claim *c, long line, void *ctx, Diag *d)
{
    int *seen = ctx;
    (void)c;
    if (++*seen == 2)
        return diag_set(d, CB_EINPUT, "cb", line, "stop");
    return 0;
}

START_TEST(reader_should_stream_and_stop_on_callback_error)
{
    const char *path = tmp_path("stream.csv");
    const char *text = HDR GOOD GOOD GOOD;
    tu_write(path, text, strlen(text));
    int seen = 0;
    Diag d = {0};
    ck_assert_int_eq(claims_read(path, stop_at_second, &seen, &d), CB_EINPUT);
    ck_assert_int_eq(seen, 2);
    ck_assert_int_eq(d.line, 3);
}
END_TEST

START_TEST(copy_should_be_deep)
{
    Claim a, b;
    sample(&a, 0);
    claim_copy(&b, &a);
    ck_assert_ptr_ne(a.text, b.text);
    ck_assert_str_eq(a.text, b.text);
    claim_fini(&a);
    ck_assert_str_eq(b.sentence, "In 2023, 5.4 billion people, or about 67%, used the internet.");
    claim_fini(&b);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("table");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, write_then_read_should_give_the_same_claims_and_bytes);
    tcase_add_test(tc, writer_should_quote_commas_quotes_and_newlines_and_leave_nan_empty);
    tcase_add_test(tc, qualifier_and_origin_names_should_round_trip);
    tcase_add_test(tc, year_origin_should_round_trip_through_the_context_column);
    tcase_add_test(tc, reader_should_name_line_and_fault_of_malformed_rows);
    tcase_add_test(tc, reader_should_accept_minimal_columns_in_any_order);
    tcase_add_test(tc, reader_should_stream_and_stop_on_callback_error);
    tcase_add_test(tc, copy_should_be_deep);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
