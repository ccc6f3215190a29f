/* test_compbase.c — the year of what a figure is compared with (compbase.h). */
#include "compbase.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* compare_base of the first year 20YY in s. */
static int base(const char *s)
{
    const char *y = strstr(s, "20");
    return compare_base(s, 0, strlen(s), (size_t)(y - s));
}

START_TEST(a_change_measured_from_a_year_or_its_period_should_have_it_as_its_base)
{
    ck_assert_int_eq(base("ZMW 38.6 billion, up 26% on Q3 2023"), 1);
    ck_assert_int_eq(base("2,760 attempts, up by half from 2022"), 1);
    ck_assert_int_eq(base("revenue of $4bn, an increase of 22% over the same period of 2023"), 1);
    ck_assert_int_eq(base("down 3 points compared with H1 2022"), 1);
    ck_assert_int_eq(base("21.3 percent higher than in the corresponding quarter of 2023"), 1);
    ck_assert_int_eq(base("1,198 victims, 23% more than in 2023"), 1);
}
END_TEST

START_TEST(a_span_a_date_or_a_year_with_no_change_should_be_no_base)
{
    ck_assert_int_eq(base("rose 40% from 2019 to 2021"), 0);
    ck_assert_int_eq(base("up 5% from 2019-2021 levels"), 0);
    ck_assert_int_eq(base("the network had 41 nodes in 2022"), 0);
    ck_assert_int_eq(base("revenue of $4bn on 2023 sales, up 4%"), 0);
    ck_assert_int_eq(base("the plan, adopted; from 2022"), 0);
}
END_TEST

START_TEST(a_period_should_be_read_before_and_after_its_year)
{
    const char *s = "(Q3 2023: 4.2 million)";
    ck_assert_uint_eq(compare_period_start(s, 0, 4), 1);
    ck_assert_uint_eq(compare_period_end(s, 1, strlen(s)), 4);
    const char *t = "(2023: 4.2 million)";
    ck_assert_uint_eq(compare_period_start(t, 0, 1), 1);
    ck_assert_uint_eq(compare_period_end(t, 1, strlen(t)), 1);
    /* (not inside a word: "FAQ3 2023") */
    const char *u = "FAQ3 2023";
    ck_assert_uint_eq(compare_period_start(u, 0, 5), 5);
}
END_TEST

/* compare_figure of the claim at the first occurrence of claim in s */
static int figure(const char *s, const char *claim)
{
    return compare_figure(s, 0, (size_t)(strstr(s, claim) - s));
}

START_TEST(the_figure_a_change_is_measured_from_should_be_known)
{
    ck_assert_int_eq(figure("users rose to 12.9 million, from 8.6 million in 2021", "8.6"), 1);
    ck_assert_int_eq(figure("41.3 percent, up from about 29.8 percent in 2021", "29.8"), 1);
    ck_assert_int_eq(figure("5.1 percent compared with 4.9 percent in 2022", "4.9"), 1);
    ck_assert_int_eq(figure("users rose to 12.9 million, from 8.6 million in 2021", "12.9"), 0);
    ck_assert_int_eq(figure("8.6 million users in 2021", "8.6"), 0);
}
END_TEST

/* compare_base_zh of the first year 20YY in s: where its figure starts
 * (an offset into s), or 0. */
static size_t base_zh(const char *s)
{
    const char *y = strstr(s, "20");
    return compare_base_zh(s, 0, strlen(s), (size_t)(y - s));
}

START_TEST(a_chinese_base_year_should_be_known_with_where_its_figure_starts)
{
    const char *a = "占比由2020年的15.2%提升至22.4%";
    ck_assert_uint_eq(base_zh(a), (size_t)(strstr(a, "15.2") - a));
    const char *b = "从2018年12月末的不到10%升到现在的三成";
    ck_assert_uint_eq(base_zh(b), (size_t)(strstr(b, "不到") - b));
    ck_assert_uint_ne(base_zh("带宽比2019年增长了近2倍"), 0);
    ck_assert_uint_ne(base_zh("較2021年的百分之90.1上升"), 0);
    /* a span, a start, a year with no change from it: no base */
    ck_assert_uint_eq(base_zh("从2019年到2022年累计投资80亿元"), 0);
    ck_assert_uint_eq(base_zh("从2016年起已建成12个"), 0);
    ck_assert_uint_eq(base_zh("由2019年成立的公司运营，员工300人"), 0);
    ck_assert_uint_eq(base_zh("2022年收入增长12%"), 0);
    const char *c = "占比由2020年的15.2%提升至22.4%";
    ck_assert_int_eq(compare_figure_zh(c, 0, strlen(c), (size_t)(strstr(c, "15.2") - c)), 2020);
    ck_assert_int_eq(compare_figure_zh(c, 0, strlen(c), (size_t)(strstr(c, "22.4") - c)), 0);
    /* after a hedge, not after a change */
    const char *d = "从2018年的不到10%升到三成";
    ck_assert_int_eq(compare_figure_zh(d, 0, strlen(d), (size_t)(strstr(d, "10%") - d)), 2018);
    const char *e = "较2022年12月提升4.6个百分点";
    ck_assert_int_eq(compare_figure_zh(e, 0, strlen(e), (size_t)(strstr(e, "4.6") - e)), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("compbase");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_change_measured_from_a_year_or_its_period_should_have_it_as_its_base);
    tcase_add_test(tc, a_span_a_date_or_a_year_with_no_change_should_be_no_base);
    tcase_add_test(tc, a_period_should_be_read_before_and_after_its_year);
    tcase_add_test(tc, the_figure_a_change_is_measured_from_should_be_known);
    tcase_add_test(tc, a_chinese_base_year_should_be_known_with_where_its_figure_starts);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
