/* test_reference.c — cited references: one row per year, an undated row
 * for any year, exchange rates by currency and year, the loader's errors,
 * and the bundled file's own rows (every year and currency the README
 * promises, each cited, each rate plausible, each interval holding the
 * figures its sources publish). */
#include "reference.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dir;

static int load(const char *csv, ReferenceList *l, Diag *d)
{
    char p[4200];
    snprintf(p, sizeof p, "%s/reference.csv", dir);
    tu_write(p, csv, strlen(csv));
    return reference_load(p, l, d);
}

#define HDR "id,value,low,high,unit,scope,year,citation,cite\n"

START_TEST(a_reference_should_be_taken_for_the_year_asked_and_never_for_no_year)
{
    ReferenceList l;
    Diag d = {0};
    const char *csv = HDR "pop,7811000000,,,people,global,2019,UN WPP 2024,WPP\n"
                          "pop,8092000000,,,people,global,2023,UN WPP 2024,WPP\n"
                          "hh,5,3,9,people per household,africa,,UN DESA 2022. Household size,\n";
    ck_assert_int_eq(load(csv, &l, &d), 0);
    ck_assert(reference_for(&l, "pop", 2019)->value == 7811000000.0);
    ck_assert(reference_for(&l, "pop", 2023)->value == 8092000000.0);
    ck_assert_ptr_null(reference_for(&l, "pop", 2021));   /* no row: no reference */
    ck_assert_ptr_null(reference_for(&l, "pop", 0));      /* a dated value needs a year */
    ck_assert(reference_is_dated(&l, "pop"));
    ck_assert(!reference_is_dated(&l, "hh"));
    ck_assert_ptr_nonnull(reference_for(&l, "hh", 0));    /* undated: any year */
    ck_assert_ptr_nonnull(reference_for(&l, "hh", 2019));
    ck_assert_str_eq(reference_for(&l, "hh", 0)->cite, "UN DESA 2022");   /* the citation's first sentence */
    ck_assert_str_eq(reference_find(&l, "pop")->cite, "WPP");
    referencelist_free(&l);
}
END_TEST

START_TEST(an_exchange_rate_should_be_found_by_currency_and_year_only)
{
    ReferenceList l;
    Diag d = {0};
    const char *csv = HDR "kes_per_usd,101.99,100.97,103.01,KES per USD,,2019,World Bank WDI PA.NUS.FCRF,WDI\n"
                          "cny_per_usd,6.9081,,,CNY per USD,,2019,World Bank WDI PA.NUS.FCRF,WDI\n"
                          "usd_per_kes,0.0098,,,USD per KES,,2019,not a rate of this file's kind,x\n";
    ck_assert_int_eq(load(csv, &l, &d), 0);
    const Reference *r = reference_rate(&l, "KES", 2019);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(r->currency, "KES");
    ck_assert(r->low == 100.97 && r->high == 103.01);
    ck_assert_ptr_null(reference_rate(&l, "KES", 2018));
    ck_assert_ptr_null(reference_rate(&l, "KES", 0));
    ck_assert_ptr_nonnull(reference_rate(&l, "CNY", 2019));
    ck_assert_ptr_null(reference_rate(&l, "USD", 2019));   /* "USD per KES" is no rate */
    referencelist_free(&l);
}
END_TEST

static void expect_error(const char *csv, long line, const char *msg)
{
    ReferenceList l;
    Diag d = {0};
    ck_assert_int_eq(load(csv, &l, &d), CB_EINPUT);
    ck_assert_int_eq(d.line, line);
    ck_assert_msg(!strcmp(d.msg, msg), "got '%s', want '%s'", d.msg, msg);
}

START_TEST(the_loader_should_name_line_and_fault)
{
    expect_error(HDR "pop,1,,,people,,2023,a,\npop,2,,,people,,2023,b,\n", 3,
                 "reference 'pop' for 2023 is listed twice (first on line 2)");
    expect_error(HDR "pop,1,,,people,,,a,\npop,2,,,people,,,b,\n", 3,
                 "reference 'pop' is listed twice (first on line 2)");
    expect_error(HDR "k,100,,,KES per USD,,2019,a,\nk2,101,,,KES per USD,,2019,b,\n", 3,
                 "a second exchange rate for KES in 2019 (first on line 2)");
    expect_error(HDR "k,0,,,KES per USD,,2019,a,\n", 2, "an exchange rate must be above 0");
    expect_error(HDR "k,100,-1,101,KES per USD,,2019,a,\n", 2, "an exchange rate must be above 0");
    expect_error(HDR "k,100,,,KES per USD,,,a,\n", 2, "an exchange rate needs a year (rates are yearly averages)");
    expect_error(HDR "k,100,,,people,,,,\n", 2, "empty citation: every reference says where it comes from");
    expect_error(HDR "k,100,101,102,people,,,a,\n", 2, "value is not within low..high");
    expect_error(HDR "k,100,,,people,,20x3,a,\n", 2, "bad year '20x3'");
}
END_TEST

START_TEST(the_bundled_references_should_cover_every_year_and_currency_they_promise)
{
    ReferenceList l;
    Diag d = {0};
    ck_assert_int_eq(reference_load("data/reference.csv", &l, &d), 0);
    for (int y = 2015; y <= 2025; y++) {
        const Reference *p = reference_for(&l, "world_population", y);
        ck_assert_msg(p && p->year == y, "world population %d", y);
        /* UN WPP 2024: 7.4-8.3 billion over these years, growing */
        ck_assert(p->value > 7.4e9 && p->value < 8.3e9 && p->low <= p->value && p->value <= p->high);
        if (y > 2015)
            ck_assert(p->value > reference_for(&l, "world_population", y - 1)->value);
        ck_assert_ptr_nonnull(strstr(p->citation, "World Population Prospects 2024"));
    }
    static const struct { const char *code; double lo, hi; } fx[] = {
        {"KES", 90, 170}, {"CNY", 6, 7.5}, {"EUR", 0.8, 1}, {"GBP", 0.6, 0.85}, {"ZAR", 12, 20},
        {"NGN", 150, 1700}, {"INR", 60, 90}, {"JPY", 100, 160}, {"PKR", 100, 300},
        {"BRL", 3, 6}, {"EGP", 7, 55}, {"IDR", 13000, 17000}, {"RUB", 55, 100}, {"MYR", 3.8, 4.7}};
    for (size_t i = 0; i < sizeof fx / sizeof fx[0]; i++)
        for (int y = 2015; y <= 2025; y++) {
            const Reference *r = reference_rate(&l, fx[i].code, y);
            ck_assert_msg(r, "no rate for %s in %d", fx[i].code, y);
            ck_assert_msg(r->value > fx[i].lo && r->value < fx[i].hi, "%s %d: %g", fx[i].code, y, r->value);
            ck_assert(r->low < r->value && r->value < r->high && *r->citation && *r->cite);
        }
    referencelist_free(&l);
}
END_TEST

/* Figures the cited sources (or copies of them) publish, found when the
 * bundled file was checked row by row: each must fall inside its row's
 * interval, so a data edit that drifts from the sources fails here. A
 * provisional row's interval is the range the year's rates kept to, so a
 * rate quoted on one day of that year must fall inside it too. */
START_TEST(the_bundled_intervals_should_hold_the_figures_their_sources_publish)
{
    ReferenceList l;
    Diag d = {0};
    ck_assert_int_eq(reference_load("data/reference.csv", &l, &d), 0);
    static const struct { const char *code; int year; double figure; const char *where; } fx[] = {
        {"KES", 2019, 101.99, "WDI (indexmundi)"}, {"KES", 2023, 139.8, "WDI (knoema)"},
        {"KES", 2024, 134.8, "WDI (knoema)"}, {"KES", 2025, 129.34, "CBK, Q1 2025 average"},
        {"CNY", 2017, 6.7569, "Fed G.5A"}, {"CNY", 2024, 7.1956, "ECB cross"}, {"CNY", 2025, 7.1875, "Fed G.5A"},
        {"EUR", 2016, 0.903, "WDI, Malta"}, {"EUR", 2025, 0.8845, "Fed G.5A"},
        {"GBP", 2022, 0.8111, "Fed G.5"}, {"GBP", 2025, 0.7591, "Fed G.5"},
        {"ZAR", 2024, 18.3, "WDI (knoema)"}, {"NGN", 2020, 358.81, "WDI (indexmundi)"},
        {"NGN", 2024, 1479.0, "WDI"}, {"NGN", 2025, 1495.0, "CBN NFEM, 15 Sep 2025"},
        {"INR", 2025, 87.1468, "Fed G.5A"}, {"JPY", 2024, 151.43, "ECB cross"},
        {"PKR", 2021, 162.91, "WDI (indexmundi)"}, {"PKR", 2024, 278.55, "SBP, 31 Dec 2024"},
        {"BRL", 2020, 5.1587, "Fed G.5A"}, {"EGP", 2024, 45.3, "WDI (knoema)"}, {"EGP", 2025, 48.36, "CBE, 14 Aug 2025"},
        {"IDR", 2018, 14236.94, "WDI (indexmundi)"}, {"IDR", 2023, 15255.0, "Indonesian finance ministry"},
        {"IDR", 2024, 15854.9, "ECB cross"}, {"RUB", 2022, 68.55, "Bank of Russia, yearly mean"},
        {"RUB", 2025, 83.3, "Bank of Russia via Vedomosti"}, {"MYR", 2024, 4.5744, "ECB cross"},
        {"ETB", 2021, 43.7, "WDI (knoema)"}};
    for (size_t i = 0; i < sizeof fx / sizeof fx[0]; i++) {
        const Reference *r = reference_rate(&l, fx[i].code, fx[i].year);
        ck_assert_msg(r && r->low <= fx[i].figure && fx[i].figure <= r->high, "%s %d: %s gives %g, outside %g-%g",
                      fx[i].code, fx[i].year, fx[i].where, fx[i].figure, r ? r->low : 0, r ? r->high : 0);
    }
    /* UN WPP 2024 (OWID's copy, to the person) and WPP 2022 for the revision range */
    static const struct { int year; double figure; } pop[] = {
        {2015, 7470491849.0}, {2023, 8091734853.0}, {2025, 8231613055.0}, {2015, 7426597537.0}, {2023, 8045311447.0}};
    for (size_t i = 0; i < sizeof pop / sizeof pop[0]; i++) {
        const Reference *p = reference_for(&l, "world_population", pop[i].year);
        ck_assert_msg(p->low <= pop[i].figure && pop[i].figure <= p->high, "world %d: %.0f", pop[i].year, pop[i].figure);
    }
    /* UN household database 2019: the smallest and largest sub-Saharan averages */
    const Reference *h = reference_find(&l, "household_size_ssa");
    ck_assert(h->low <= 3.344 && 8.661 <= h->high);   /* Lesotho, Senegal */
    ck_assert_ptr_nonnull(strstr(h->citation, "Household Size and Composition 2019"));
    referencelist_free(&l);
}
END_TEST

int main(void)
{
    dir = tu_tmpdir("reference");
    Suite *s = suite_create("reference");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_reference_should_be_taken_for_the_year_asked_and_never_for_no_year);
    tcase_add_test(tc, an_exchange_rate_should_be_found_by_currency_and_year_only);
    tcase_add_test(tc, the_loader_should_name_line_and_fault);
    tcase_add_test(tc, the_bundled_references_should_cover_every_year_and_currency_they_promise);
    tcase_add_test(tc, the_bundled_intervals_should_hold_the_figures_their_sources_publish);
    suite_add_tcase(s, tc);
    int rc = tu_run_suite(s);
    free(dir);
    return rc;
}
