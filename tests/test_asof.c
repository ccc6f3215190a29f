/* test_asof.c — the month within its year a figure is as of (asof.h). The
 * forms in whole documents are tests/context/months.test. */
#include "asof.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The month sentence s gives the first figure spelled fig, of year y. */
static int in_sentence(const char *s, const char *fig, int y)
{
    size_t cs = tu_at(s, fig);
    return asof_sentence(s, 0, strlen(s), cs, cs + strlen(fig), y);
}

static int in_label(const char *s, int y)
{
    return asof_label(s, 0, strlen(s), y);
}

START_TEST(a_month_written_against_the_year_should_be_read)
{
    ck_assert_int_eq(in_sentence("CNNIC counted 1.079 billion users in June 2023.", "1.079", 2023), 6);
    ck_assert_int_eq(in_sentence("It had 40 towers as of Sept. 2023.", "40", 2023), 9);
    ck_assert_int_eq(in_sentence("At the end of 2023 it had 40 towers.", "40", 2023), 12);
    ck_assert_int_eq(in_sentence("It had 40 towers at end-2023.", "40", 2023), 12);
    ck_assert_int_eq(in_sentence("It had 40 towers at the start of 2024.", "40", 2024), 1);
    ck_assert_int_eq(in_sentence("It had 40 towers in H1 2023.", "40", 2023), 6);
    ck_assert_int_eq(in_sentence("It had 40 towers in Q3 2023.", "40", 2023), 9);
    ck_assert_int_eq(in_sentence("It had 40 towers on 2023-06-30.", "40", 2023), 6);
    ck_assert_int_eq(in_sentence("截至2023年12月，网民规模达10.92亿人。", "10.92", 2023), 12);
    ck_assert_int_eq(in_sentence("2023年下半年，新增50个。", "50", 2023), 12);
    ck_assert_int_eq(in_sentence("2024年初，共有50个。", "50", 2024), 1);
    ck_assert_int_eq(in_sentence("2023年三季度新增50个。", "50", 2023), 9);
}
END_TEST

START_TEST(no_month_should_be_guessed)
{
    /* the year alone; another year's month; a month of no year */
    ck_assert_int_eq(in_sentence("It had 40 towers in 2023.", "40", 2023), 0);
    ck_assert_int_eq(in_sentence("It had 40 towers in 2023, against 30 in June 2022.", "40", 2023), 0);
    ck_assert_int_eq(in_sentence("It had 40 towers in 2023; it opened in May.", "40", 2023), 0);
    /* "may" is no month, nor is a name of more letters */
    ck_assert_int_eq(in_sentence("Sales may 2023 reach 40 units.", "40", 2023), 0);
    /* a period of months is no moment: "2023年1-6月" */
    ck_assert_int_eq(in_sentence("2023年1-6月，出口40亿元。", "40", 2023), 0);
    /* two months the clause does not choose between */
    ck_assert_int_eq(in_sentence("It had 40 towers in June 2023 and December 2023.", "40", 2023), 0);
}
END_TEST

START_TEST(a_base_or_a_start_should_give_no_month)
{
    ck_assert_int_eq(in_sentence("Users rose 3% in 2023 since June 2023.", "3%", 2023), 0);
    ck_assert_int_eq(in_sentence("It grew 40% from the end of 2023 in 2023.", "40%", 2023), 0);
    /* the base of a Chinese comparison: the sentence's own month holds */
    ck_assert_int_eq(in_sentence("截至2023年12月，普及率较2023年6月提升1.1个百分点。", "1.1", 2023), 12);
    ck_assert_int_eq(in_sentence("网民较2023年6月增长2480万人。", "2480", 2023), 0);
}
END_TEST

START_TEST(a_clause_should_choose_its_own_month)
{
    const char *s = "China had 1.092 billion users in December 2023, up from 1.079 billion in June 2023.";
    ck_assert_int_eq(in_sentence(s, "1.092", 2023), 12);
    ck_assert_int_eq(in_sentence(s, "1.079", 2023), 6);
    /* a month alone in the clause, its year said in another */
    s = "It added 1.07 million in 2023, bringing the total to 3.38 million at year-end.";
    ck_assert_int_eq(in_sentence(s, "1.07", 2023), 0);
    ck_assert_int_eq(in_sentence(s, "3.38", 2023), 12);
    ck_assert_int_eq(in_sentence("In 2023, sales were 40 units in the third quarter.", "40", 2023), 9);
    ck_assert_int_eq(in_sentence("In 2023, sales were 40 units in the third quarter of 2022.", "40", 2023), 0);
    ck_assert_int_eq(in_sentence("今年上半年新增50个。", "50", 2024), 6);
    /* a period's end is its moment: "between June 2023 and December 2023" */
    ck_assert_int_eq(in_sentence("Between June 2023 and December 2023 it laid 40 km.", "40", 2023), 12);
}
END_TEST

START_TEST(a_header_or_caption_should_give_the_month_as_tables_write_it)
{
    ck_assert_int_eq(in_label("Jun-23", 2023), 6);
    ck_assert_int_eq(in_label("Mar '24", 2024), 3);
    ck_assert_int_eq(in_label("2018.12", 2018), 12);
    ck_assert_int_eq(in_label("2019.6", 2019), 6);
    ck_assert_int_eq(in_label("Dec 31, 2023", 2023), 12);
    ck_assert_int_eq(in_label("Q4 2023", 2023), 12);
    ck_assert_int_eq(in_label("2023年6月", 2023), 6);
    ck_assert_int_eq(in_label("Table 2. Subscribers at year-end, 2023", 2023), 12);
    /* no month; another year's; a value, not a date */
    ck_assert_int_eq(in_label("2023", 2023), 0);
    ck_assert_int_eq(in_label("Jun-22", 2023), 0);
    ck_assert_int_eq(in_label("2023.123", 2023), 0);
    /* two different months for the one year: none */
    ck_assert_int_eq(in_label("Jun-23 Dec-23", 2023), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("asof");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_month_written_against_the_year_should_be_read);
    tcase_add_test(tc, no_month_should_be_guessed);
    tcase_add_test(tc, a_base_or_a_start_should_give_no_month);
    tcase_add_test(tc, a_clause_should_choose_its_own_month);
    tcase_add_test(tc, a_header_or_caption_should_give_the_month_as_tables_write_it);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
