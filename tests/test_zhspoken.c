/* test_zhspoken.c — the spoken forms of Chinese numbers: neighbouring
 * digits for an estimate, 来 for about, 小 for nearly. */
#include "zhspoken.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static int pair(const char *t, double *lo, double *hi, size_t *end)
{
    return zhs_pair((const unsigned char *)t, strlen(t), 0, lo, hi, end);
}

START_TEST(two_neighbouring_digits_should_be_an_estimate_between_them)
{
    double lo, hi;
    size_t end;
    ck_assert_int_eq(pair("七八十人", &lo, &hi, &end), 1);
    ck_assert(lo == 70 && hi == 80 && end == strlen("七八十"));
    ck_assert_int_eq(pair("两三个", &lo, &hi, &end), 1);
    ck_assert(lo == 2 && hi == 3 && end == strlen("两三"));
    ck_assert_int_eq(pair("三四千万元", &lo, &hi, &end), 1);
    ck_assert(lo == 3e7 && hi == 4e7);
    /* not neighbours, not one estimate, not a pair */
    ck_assert_int_eq(pair("二〇二三年", &lo, &hi, &end), 0);
    ck_assert_int_eq(pair("三五个", &lo, &hi, &end), 0);
    ck_assert_int_eq(pair("三四十五", &lo, &hi, &end), 0);
    ck_assert_int_eq(pair("三十个", &lo, &hi, &end), 0);
    ck_assert_int_eq(pair("四三个", &lo, &hi, &end), 0);
}
END_TEST

START_TEST(lai_after_a_round_number_and_xiao_before_one_should_hedge_it)
{
    const unsigned char *t = (const unsigned char *)"十来个";
    size_t n = strlen((const char *)t), at = strlen("十");
    ck_assert_uint_eq(zhs_about_after(t, n, at, 10, 1), 3);
    ck_assert_uint_eq(zhs_about_after(t, n, at, 12, 1), 0);   /* not round */
    ck_assert_uint_eq(zhs_about_after(t, n, at, 10, 0), 0);   /* nothing counted after */
    const char *u = "年营收小一万元，差距缩小一万元，小三千";
    const unsigned char *p = (const unsigned char *)u;
    size_t m = strlen(u);
    ck_assert_int_eq(zhs_nearly_before(p, m, (size_t)(strstr(u, "小一万") - u) + 3), 1);
    ck_assert_int_eq(zhs_nearly_before(p, m, (size_t)(strstr(u, "缩小一万") - u) + 6), 0);
    ck_assert_int_eq(zhs_nearly_before(p, m, (size_t)(strstr(u, "小三千") - u) + 3), 0);   /* not 一 or 两 */
}
END_TEST

static int yuan_before(const char *t, const char *fig)
{
    return zhs_yuan_sum_before((const unsigned char *)t, (size_t)(strstr(t, fig) - t));
}

START_TEST(a_sum_in_yi_after_trade_or_income_should_be_yuan)
{
    ck_assert(yuan_before("广西去年跨境电商进出口463.7亿，涨了三成多。", "463.7"));
    ck_assert(yuan_before("那出口这块呢，出口是两万亿出头。", "两万亿"));
    ck_assert(yuan_before("去年咱们跨境电商进出口，二点六三万亿。", "二点六三"));
    /* (a count of people or a noun of no sum) */
    ck_assert(!yuan_before("全国网民规模达10.9亿。", "10.9"));
    ck_assert(!yuan_before("出口增长很快，用户已有3亿。", "3亿"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("zhspoken");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, two_neighbouring_digits_should_be_an_estimate_between_them);
    tcase_add_test(tc, lai_after_a_round_number_and_xiao_before_one_should_hedge_it);
    tcase_add_test(tc, a_sum_in_yi_after_trade_or_income_should_be_yuan);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
