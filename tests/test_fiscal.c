/* test_fiscal.c — fiscal and split years are dated by their end (fiscal.h). */
#include "fiscal.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The year the text s starts with, and the length it read (in *len). */
static int at0(const char *s, size_t *len)
{
    size_t end = 0;
    int y = fiscal_year(s, 0, strlen(s), &end);
    *len = end;
    return y;
}

START_TEST(a_fiscal_year_should_be_the_year_it_names)
{
    size_t n;
    ck_assert_int_eq(at0("FY2023 budget", &n), 2023);
    ck_assert_uint_eq(n, 6);
    ck_assert_int_eq(at0("FY23.", &n), 2023);
    ck_assert_uint_eq(n, 4);
    ck_assert_int_eq(at0("fy 2021", &n), 2021);
}
END_TEST

START_TEST(a_split_year_should_be_the_year_it_ends_in)
{
    size_t n;
    ck_assert_int_eq(at0("2022/23 report", &n), 2023);
    ck_assert_uint_eq(n, 7);
    ck_assert_int_eq(at0("2022/2023", &n), 2023);
    ck_assert_int_eq(at0("FY2022/23", &n), 2023);
    ck_assert_uint_eq(n, 9);
    ck_assert_int_eq(at0("2024-25", &n), 2025);
    ck_assert_int_eq(at0("2024\xE2\x80\x93" "25", &n), 2025);
    ck_assert_int_eq(at0("1999/00", &n), 2000);
    ck_assert_int_eq(at0("2022/25", &n), 0);   /* (three years: no one year's) */
}
END_TEST

START_TEST(a_plain_year_a_period_or_a_number_should_be_none)
{
    size_t n;
    ck_assert_int_eq(at0("2023", &n), 0);
    ck_assert_int_eq(at0("2013-2022", &n), 0);   /* a period: metrics.h reads it */
    ck_assert_int_eq(at0("20231", &n), 0);
    ck_assert_int_eq(at0("FYI", &n), 0);
    ck_assert_int_eq(at0("FY2023x", &n), 2023);
    /* not inside a word or a number */
    size_t end;
    ck_assert_int_eq(fiscal_year("XFY2023", 1, 7, &end), 0);
    ck_assert_int_eq(fiscal_year("12022/23", 1, 8, &end), 0);
}
END_TEST

/* fiscal_short at the start of s */
static int short0(const char *s)
{
    size_t end = 0;
    return fiscal_short(s, 0, strlen(s), &end);
}

START_TEST(an_analysts_short_period_should_be_the_year_it_names)
{
    ck_assert_int_eq(short0("FY23 to"), 2023);
    ck_assert_int_eq(short0("FY26E as"), 2026);
    ck_assert_int_eq(short0("FY23A"), 2023);
    ck_assert_int_eq(short0("1H24 versus"), 2024);
    ck_assert_int_eq(short0("2H2023,"), 2023);
    ck_assert_int_eq(short0("FY2023"), 0);   /* (a year the sentence spells) */
    ck_assert_int_eq(short0("FY23X"), 0);
    ck_assert_int_eq(short0("3H24"), 0);
    ck_assert_int_eq(short0("1H"), 0);
    size_t end;
    ck_assert_int_eq(fiscal_short("X1H24", 1, 5, &end), 0);
}
END_TEST

/* fiscal_short_for the claim at the first occurrence of claim in s */
static int short_for(const char *s, const char *claim)
{
    const char *c = strstr(s, claim);
    return fiscal_short_for(s, 0, strlen(s), (size_t)(c - s), (size_t)(c - s) + strlen(claim));
}

START_TEST(a_claim_should_take_its_clauses_short_period_else_the_sentences)
{
    const char *s = "Group capex should be RMB9.5bn in FY24E, and we expect overseas capex to double by FY26E.";
    ck_assert_int_eq(short_for(s, "RMB9.5bn"), 2024);
    ck_assert_int_eq(short_for(s, "double"), 2026);
    const char *t = "Margin was c.18% in 1H24 versus 31% for the domestic business, a gap of 13 points.";
    ck_assert_int_eq(short_for(t, "31%"), 2024);
    ck_assert_int_eq(short_for(t, "13 points"), 2024);
    /* a period a change is measured from is not the figure's */
    const char *u = "Revenue rose 9% on FY23 to 4,460.";
    ck_assert_int_eq(short_for(u, "9%"), 0);
    /* two periods outside the claim's clause: none */
    const char *v = "Capex was 3 in FY23 and 5 in FY24; margins held at 40%.";
    ck_assert_int_eq(short_for(v, "40%"), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("fiscal");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_fiscal_year_should_be_the_year_it_names);
    tcase_add_test(tc, a_split_year_should_be_the_year_it_ends_in);
    tcase_add_test(tc, a_plain_year_a_period_or_a_number_should_be_none);
    tcase_add_test(tc, an_analysts_short_period_should_be_the_year_it_names);
    tcase_add_test(tc, a_claim_should_take_its_clauses_short_period_else_the_sentences);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
