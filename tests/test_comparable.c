/* test_comparable.c — figures (money through a cited rate for the claim's
 * own year, with the rate's interval), the best-supported figure (the
 * agreed median, else the most recent document), documents as [n] with
 * their dates, and left-out claims in words and in ids. */
#include "comparable.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Claim mkt(const char *doc, const char *text, double v, const char *unit, Qualifier q, int year);

static Claim mk(const char *doc, double v, const char *unit, Qualifier q, int year)
{
    return mkt(doc, "x", v, unit, q, year);
}

static Claim mkt(const char *doc, const char *text, double v, const char *unit, Qualifier q, int year)
{
    Claim c;
    claim_init(&c);
    static unsigned serial;
    snprintf(c.id, sizeof c.id, "%016x", ++serial);
    snprintf(c.doc, sizeof c.doc, "%s", doc);
    snprintf(c.unit, sizeof c.unit, "%s", unit);
    c.value = v;
    c.qual = q;
    c.year = year;
    c.text = xstrdup(text);
    c.sentence = xstrdup("");
    return c;
}

static ReferenceList rates(void)
{
    ReferenceList l = {0};
    Reference r = {0};
    snprintf(r.id, sizeof r.id, "kes_per_usd");
    snprintf(r.unit, sizeof r.unit, "KES per USD");
    snprintf(r.currency, sizeof r.currency, "KES");
    r.value = 100;
    r.low = 99;
    r.high = 101;
    r.year = 2019;
    r.citation = xstrdup("Central Bank of Kenya");
    r.cite = xstrdup("CBK");
    l.v = xmalloc(sizeof r);
    l.v[0] = r;
    l.n = l.cap = 1;
    return l;
}

START_TEST(money_in_another_currency_should_become_dollars_only_at_its_year_rate)
{
    ReferenceList refs = rates();
    Figure f;
    Exclusion why;
    char detail[32];
    Claim c = mk("a.txt", 67.5e9, "KES", Q_APPROX, 2019);
    ck_assert_int_eq(figure_make(&c, 3, &refs, NULL, &f, &why, detail, sizeof detail), 0);
    ck_assert_str_eq(f.unit, "USD");
    ck_assert(f.rate == &refs.v[0] && f.row == 3);
    ck_assert(fabs(f.value - 675e6) < 1);
    /* about (+-5%) over the rate's interval: [64.125e9 / 101, 70.875e9 / 99] */
    ck_assert(fabs(f.iv.lo - 64.125e9 / 101) < 1 && fabs(f.iv.hi - 70.875e9 / 99) < 1);
    claim_fini(&c);
    c = mk("a.txt", 452.5, "KES/month", Q_EXACT, 2019);
    ck_assert_int_eq(figure_make(&c, 0, &refs, NULL, &f, &why, detail, sizeof detail), 0);
    ck_assert_str_eq(f.unit, "USD/month");
    claim_fini(&c);
    c = mk("a.txt", 5e9, "KES", Q_EXACT, 2018);
    ck_assert_int_eq(figure_make(&c, 0, &refs, NULL, &f, &why, detail, sizeof detail), -1);
    ck_assert_int_eq(why, EX_NO_RATE);
    ck_assert_str_eq(detail, "KES in 2018");
    claim_fini(&c);
    c = mk("a.txt", 5e9, "KES", Q_EXACT, 0);
    ck_assert_int_eq(figure_make(&c, 0, &refs, NULL, &f, &why, detail, sizeof detail), -1);
    ck_assert_int_eq(why, EX_NO_RATE_YEAR);
    ck_assert_str_eq(detail, "KES");
    claim_fini(&c);
    /* dollars and other units are taken as they are; no number is no figure */
    c = mk("a.txt", 79e9, "USD", Q_EXACT, 0);
    ck_assert_int_eq(figure_make(&c, 0, &refs, NULL, &f, &why, detail, sizeof detail), 0);
    ck_assert_ptr_null(f.rate);
    claim_fini(&c);
    c = mk("a.txt", NAN, "people", Q_EXACT, 0);
    ck_assert_int_eq(figure_make(&c, 0, &refs, NULL, &f, &why, detail, sizeof detail), -1);
    ck_assert_int_eq(why, EX_NONE);
    claim_fini(&c);
    referencelist_free(&refs);
}
END_TEST

START_TEST(the_best_figure_should_be_the_agreed_median_else_the_most_recent)
{
    Claim c[3] = {mkt("a.txt", "5.4 billion", 5.4e9, "people", Q_EXACT, 2023),
                  mkt("b.txt", "5.3 billion", 5.3e9, "people", Q_APPROX, 2023),
                  mkt("c.txt", "5.35 billion", 5.35e9, "people", Q_EXACT, 2023)};
    Figure f[3];
    const Figure *p[3];
    Exclusion why;
    char detail[32];
    for (int i = 0; i < 3; i++) {
        ck_assert_int_eq(figure_make(&c[i], (size_t)i, NULL, NULL, &f[i], &why, detail, sizeof detail), 0);
        p[i] = &f[i];
    }
    ck_assert(figure_agree(p, 3));
    ck_assert_uint_eq(figure_best(p, 3, 0), 2);   /* 5.35 is the median */
    /* items never agree: the most recent, else the first */
    f[1].date = 20250101;
    ck_assert_uint_eq(figure_best(p, 3, 1), 1);
    /* disagreeing figures: of those another document meets, the most recent */
    f[0].iv = interval_closed(1, 2);
    ck_assert(!figure_agree(p, 3));
    ck_assert_uint_eq(figure_best(p, 3, 0), 1);
    f[1].date = 0;
    ck_assert_uint_eq(figure_best(p, 3, 0), 1);   /* no dates: the first in the table of them */
    f[0].date = 20260101;   /* the newest document, met by no other, is not picked */
    ck_assert_uint_eq(figure_best(p, 3, 0), 1);
    for (int i = 0; i < 3; i++)
        claim_fini(&c[i]);
}
END_TEST

/* One side of a scale comparison: three documents put an invented
 * programme at $40 billion, the newest one gives $310 million (one of its
 * projects), another "more than $9 billion". The side's figure is the $40
 * billion most documents meet, not the newest outlier, and not the bound
 * that meets every larger sum. */
START_TEST(the_best_of_disagreeing_figures_should_be_the_one_most_documents_meet)
{
    Claim c[5] = {mkt("new.txt", "$310 million", 310e6, "USD", Q_EXACT, 2024),
                  mkt("bound.txt", "more than $9 billion", 9e9, "USD", Q_MIN, 2024),
                  mkt("a.txt", "$40 billion", 40e9, "USD", Q_APPROX, 2024),
                  mkt("b.txt", "$40 billion", 40e9, "USD", Q_EXACT, 2024),
                  mkt("c.txt", "$41 billion", 41e9, "USD", Q_APPROX, 2024)};
    c[1].low = 9e9;
    Figure f[5];
    const Figure *p[5];
    Exclusion why;
    char detail[32];
    for (int i = 0; i < 5; i++) {
        ck_assert_int_eq(figure_make(&c[i], (size_t)i, NULL, NULL, &f[i], &why, detail, sizeof detail), 0);
        p[i] = &f[i];
    }
    f[0].date = 20260101;
    f[1].date = 20250101;
    ck_assert(!figure_agree(p, 5));
    size_t b = figure_best(p, 5, 0);
    ck_assert_msg(b >= 2, "picked %zu", b);
    ck_assert_uint_eq(b, 2);   /* of the three met alike, the first in the table */
    /* items are never one quantity: the most recent still */
    ck_assert_uint_eq(figure_best(p, 5, 1), 0);
    for (int i = 0; i < 5; i++)
        claim_fini(&c[i]);
}
END_TEST

START_TEST(documents_should_be_cited_by_their_bibliography_number_and_dated)
{
    SourceList sl;
    Diag d = {0};
    char *dir = tu_tmpdir("comparable");
    char p[4200];
    snprintf(p, sizeof p, "%s/sources.csv", dir);
    const char *csv = "file,title,authors,publisher,date,url\n"
                      "z.txt,Z,,,2025-12-12,\ny.txt,Y,,,2019,\nx.txt,X,,,n.d.,\n";
    tu_write(p, csv, strlen(csv));
    ck_assert_int_eq(sources_load(p, &sl, &d), 0);
    Docs docs;
    docs_init(&docs, &sl);
    ck_assert_uint_eq(docs_number(&docs, "z.txt"), 1);   /* the file's order, not the name's */
    ck_assert_uint_eq(docs_number(&docs, "x.txt"), 3);
    ck_assert_uint_eq(docs_number(&docs, "w.txt"), 0);
    ck_assert_int_eq(docs_date(&docs, "z.txt"), 20251212);
    ck_assert_int_eq(docs_date(&docs, "y.txt"), 20190000);
    ck_assert_int_eq(docs_date(&docs, "x.txt"), 0);
    char cite[64];
    docs_cite(&docs, "y.txt", cite, sizeof cite);
    ck_assert_str_eq(cite, "[2]");
    docs_cite(&docs, "w.txt", cite, sizeof cite);
    ck_assert_str_eq(cite, "[w.txt]");
    docs_free(&docs);
    docs_init(&docs, NULL);   /* no bibliography: every document by name */
    docs_cite(&docs, "y.txt", cite, sizeof cite);
    ck_assert_str_eq(cite, "[y.txt]");
    docs_free(&docs);
    sources_free(&sl);
    free(dir);
}
END_TEST

START_TEST(left_out_claims_should_be_counted_by_reason_in_words_and_ids)
{
    LeftOut lo = {0};
    Buf b;
    buf_init(&b, 0);
    leftout_words(&lo, NULL, &b);
    ck_assert_uint_eq(b.len, 0);   /* nothing left out: nothing said */
    leftout_add(&lo, EX_NO_RATE, "KES in 2019", "id3");
    leftout_add(&lo, EX_NO_YEAR, "", "id1");
    leftout_add(&lo, EX_NO_YEAR, "", "id2");
    leftout_words(&lo, NULL, &b);
    ck_assert_str_eq(b.data, "3 figures not compared: 2 have no year; 1 has no exchange rate for KES in 2019");
    buf_reset(&b);
    leftout_ids(&lo, &b);
    ck_assert_str_eq(b.data, "no year: id1 id2; no exchange rate for KES in 2019: id3");
    buf_reset(&b);
    leftout_free(&lo);
    leftout_add(&lo, EX_NO_PLACE, "", "id4");
    leftout_words(&lo, " with other documents", &b);
    ck_assert_str_eq(b.data, "1 figure not compared with other documents: 1 has no place");
    leftout_free(&lo);
    buf_free(&b);
    char w[64];
    comparable_where("senegal", "", 0, w, sizeof w);
    ck_assert_str_eq(w, "Senegal, year not stated");
    comparable_where("", "", 2019, w, sizeof w);
    ck_assert_str_eq(w, "place not stated, 2019");
    comparable_when("china", "guangxi", 2023, 6, w, sizeof w);
    ck_assert_str_eq(w, "Guangxi, China, June 2023");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("comparable");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, money_in_another_currency_should_become_dollars_only_at_its_year_rate);
    tcase_add_test(tc, the_best_figure_should_be_the_agreed_median_else_the_most_recent);
    tcase_add_test(tc, the_best_of_disagreeing_figures_should_be_the_one_most_documents_meet);
    tcase_add_test(tc, documents_should_be_cited_by_their_bibliography_number_and_dated);
    tcase_add_test(tc, left_out_claims_should_be_counted_by_reason_in_words_and_ids);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
