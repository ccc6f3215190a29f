/* test_period.c — the period a document says it reports on (period.h). */
#include "period.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static int end_of(const char *s)
{
    Lead ld;
    lead_init(&ld, s, strlen(s));
    return period_end_year(&ld);
}

START_TEST(a_reporting_period_should_end_in_its_last_year)
{
    ck_assert_int_eq(end_of("FINAL REPORT\nReporting period: 1 March 2021 - 31 December 2024\n\nSummary."), 2024);
    ck_assert_int_eq(end_of("Period covered: 2019\xE2\x80\x93" "2023\n"), 2023);
    ck_assert_int_eq(end_of("The survey, covering the period from 2015 through 2022, counts firms."), 2022);
}
END_TEST

START_TEST(a_dataset_covering_dates_should_end_in_the_last_date)
{
    ck_assert_int_eq(end_of("Version 3.1 covers projects announced between January 1, 2013 and December 31,\n"
                            "2023. It does not record software."),
                     2023);
}
END_TEST

START_TEST(a_cue_without_a_span_of_years_should_say_nothing)
{
    /* a grace period, a scope of things, a single year, years too far apart */
    ck_assert_int_eq(end_of("Grace Period: 7 years\nCommitment Year: 2018\n"), 0);
    ck_assert_int_eq(end_of("The Digital Silk Road covers everything from fibre-optic cables to data centres."), 0);
    ck_assert_int_eq(end_of("The scheme covers 8,000 cameras installed in 2019."), 0);
    ck_assert_int_eq(end_of("It covers the 2013 plan and, after a long detour through other matters, 2023."), 0);
    /* "recovers" holds no cue; nor does a span with no cue before it */
    ck_assert_int_eq(end_of("Sales recovers from 2019 to 2021.\nRevenue 2019-2023.\n"), 0);
}
END_TEST

START_TEST(a_surveys_fieldwork_should_end_in_the_year_of_its_last_month)
{
    ck_assert_int_eq(end_of("We surveyed 1,150 households between February and April 2024 in 30 villages."), 2024);
    ck_assert_int_eq(end_of("STUDY\nFieldwork: Oct 2023 - Jul 2024.\n\nFindings."), 2024);
    ck_assert_int_eq(end_of("The survey was conducted in November 2023 by phone."), 2023);
    ck_assert_int_eq(end_of("Researchers at two universities surveyed 900 shop owners between May and July 2023."),
                     2023);
    /* (the months may open the sentence, before the cue) */
    ck_assert_int_eq(end_of("Between June and September 2022, our field teams surveyed 640 vendors in 12 markets."),
                     2022);
    ck_assert_int_eq(end_of("In October 2021 we interviewed 55 officials."), 2021);
    /* (in Chinese: 调查 then 于, 在 or 时间, and a month with its year) */
    ck_assert_int_eq(end_of("本次抽样调查于2022年11月至2023年1月期间进行，共访问约5 000个住户。"), 2023);
    ck_assert_int_eq(end_of("該項調查於2024年3月至5月期間進行。"), 2024);
    ck_assert_int_eq(end_of("调查时间为2021年10月。"), 2021);
    /* (no month, another sentence's month, no time word after 调查) */
    ck_assert_int_eq(end_of("该调查于2023年进行。"), 0);
    ck_assert_int_eq(end_of("调查于去年进行。2024年3月项目开工。"), 0);
    ck_assert_int_eq(end_of("调查显示，2024年3月用户增长。"), 0);
    /* a bare year, a year of another sentence, a year before a unit */
    ck_assert_int_eq(end_of("We surveyed 1,150 households in 2024."), 0);
    ck_assert_int_eq(end_of("We surveyed 1,150 households. In March 2024 the towers opened."), 0);
    ck_assert_int_eq(end_of("The towers opened in March 2024. We surveyed 1,150 households."), 0);
    ck_assert_int_eq(end_of("We interviewed officials about the 2024 budget."), 0);
    /* "may" in lower case is a verb, no month */
    ck_assert_int_eq(end_of("We surveyed firms that may 2024 plans affect."), 0);
}
END_TEST

static int fieldwork_of(const char *s)
{
    Lead ld;
    lead_init(&ld, s, strlen(s));
    return period_fieldwork_year(&ld);
}

START_TEST(a_news_storys_period_should_be_its_surveys_fieldwork_only)
{
    ck_assert_int_eq(fieldwork_of("Press release\n\nThe team surveyed 800 firms between June and August 2023.\n"), 2023);
    ck_assert_int_eq(fieldwork_of("新闻公报\n\n该项调查于2023年6月至9月期间进行。"), 2023);
    /* (a reporting period or a body's fiscal year is no fieldwork) */
    ck_assert_int_eq(fieldwork_of("Reporting period: 1 March 2021 - 31 December 2024\n"), 0);
    ck_assert_int_eq(fieldwork_of("Our FY24 in numbers."), 0);
    ck_assert_int_eq(fieldwork_of("Figures for the year ended 31 December 2025 follow."), 0);
}
END_TEST

START_TEST(a_year_named_by_its_end_should_be_that_year)
{
    ck_assert_int_eq(end_of("BULLETIN\n\nThis bulletin reviews payments for the year ended 31 December 2025.\n"), 2025);
    ck_assert_int_eq(end_of("Results for the twelve months ended June 30, 2024 are below."), 2024);
    /* (a year to come in a deal's terms; a year of another sentence) */
    ck_assert_int_eq(end_of("The audited accounts for the year ending 31 December 2026 are due."), 0);
    ck_assert_int_eq(end_of("Year ended. In 2025 it grew."), 0);
}
END_TEST

START_TEST(a_bodys_own_fiscal_year_should_end_in_its_last_year)
{
    ck_assert_int_eq(end_of("So proud of what our people delivered in our FY2023/24, which closed in June.\n"), 2024);
    ck_assert_int_eq(end_of("Highlights of our 2022-23 financial year:\n"), 2023);
    ck_assert_int_eq(end_of("Results for our financial year 2021 were strong."), 2021);
    ck_assert_int_eq(end_of("Our FY24 in numbers."), 2024);
    /* (a plain year after "our" is an edition or a plan, no period) */
    ck_assert_int_eq(end_of("Read our 2024 report on cables."), 0);
    ck_assert_int_eq(end_of("This is your FY2023/24 summary."), 0);
}
END_TEST

START_TEST(a_statement_below_the_top_should_not_count)
{
    size_t pad = PERIOD_TOP + 10;
    char *s = malloc(pad + 64);
    memset(s, 'x', pad);
    strcpy(s + pad, " Reporting period: 2021-2024.");
    ck_assert_int_eq(end_of(s), 0);
    free(s);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("period");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_reporting_period_should_end_in_its_last_year);
    tcase_add_test(tc, a_dataset_covering_dates_should_end_in_the_last_date);
    tcase_add_test(tc, a_cue_without_a_span_of_years_should_say_nothing);
    tcase_add_test(tc, a_surveys_fieldwork_should_end_in_the_year_of_its_last_month);
    tcase_add_test(tc, a_bodys_own_fiscal_year_should_end_in_its_last_year);
    tcase_add_test(tc, a_news_storys_period_should_be_its_surveys_fieldwork_only);
    tcase_add_test(tc, a_year_named_by_its_end_should_be_that_year);
    tcase_add_test(tc, a_statement_below_the_top_should_not_count);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
