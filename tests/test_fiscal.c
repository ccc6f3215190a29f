/* test_fiscal.c — fiscal and split years are dated by their end (fiscal.h). */
#include "fiscal.h"

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

int main(void)
{
    Suite *s = suite_create("fiscal");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_fiscal_year_should_be_the_year_it_names);
    tcase_add_test(tc, a_split_year_should_be_the_year_it_ends_in);
    tcase_add_test(tc, a_plain_year_a_period_or_a_number_should_be_none);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
