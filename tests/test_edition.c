/* test_edition.c — a report named for the year it comes out in (edition.h). */
#include "edition.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>

START_TEST(a_reports_edition_early_in_its_year_should_be_of_the_year_before)
{
    const char *t = "Threat Landscape Report 2024: Asia-Pacific, Middle East & Africa";
    ck_assert_int_eq(edition_title(t), 1);
    ck_assert_int_eq(edition_data_year(t, 2024, 2024, 4), 2023);
    ck_assert_int_eq(edition_data_year("ITU Yearbook of Statistics, 2024 edition", 2024, 2024, 6), 2023);
}
END_TEST

START_TEST(a_yearbook_of_its_year_should_be_of_the_year_before_in_any_month)
{
    ck_assert_int_eq(edition_data_year("Pacific Islands Statistical Yearbook 2025, Chapter 4: Telecoms", 2025, 2025, 11),
                     2024);
    ck_assert_int_eq(edition_data_year("Pacific Islands Statistical Yearbook 2025", 2025, 2025, 0), 2024);
    ck_assert_int_eq(edition_data_year("某省通信统计年鉴2025", 2025, 2025, 10), 2024);
    /* (out the year after, it keeps its year; a late index keeps its own) */
    ck_assert_int_eq(edition_data_year("Pacific Islands Statistical Yearbook 2025", 2025, 2026, 2), 2025);
    ck_assert_int_eq(edition_data_year("Island Connectivity Index 2025", 2025, 2025, 11), 2025);
}
END_TEST

START_TEST(a_late_edition_a_later_date_or_a_periods_report_should_keep_its_year)
{
    const char *t = "Asia-Africa Digital Resilience Index 2024: Country Rankings";
    ck_assert_int_eq(edition_data_year(t, 2024, 2024, 11), 2024);   /* (late in its year) */
    ck_assert_int_eq(edition_data_year(t, 2024, 2025, 2), 2024);    /* (out the year after) */
    ck_assert_int_eq(edition_data_year(t, 2024, 2024, 0), 2024);    /* (no month) */
    ck_assert_int_eq(edition_title("Safaricom PLC Annual Report and Financial Statements 2024"), 0);
    ck_assert_int_eq(edition_title("Quarterly Operating Report - Third Quarter 2024"), 0);
    ck_assert_int_eq(edition_title("Press Release: External Trade Report, March 2025"), 0);
    ck_assert_int_eq(edition_title("National Broadband Plan 2022-2026: Third Annual Progress Report"), 0);
    ck_assert_int_eq(edition_title("Press kit: Zhonglian Digital at GITEX Africa 2024"), 0);
    ck_assert_int_eq(edition_title("Reportage from the 2024 summit"), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("edition");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_reports_edition_early_in_its_year_should_be_of_the_year_before);
    tcase_add_test(tc, a_yearbook_of_its_year_should_be_of_the_year_before_in_any_month);
    tcase_add_test(tc, a_late_edition_a_later_date_or_a_periods_report_should_keep_its_year);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
