/* test_zhhome.c — the home of a body that writes in traditional
 * characters: the one of Hong Kong, Macao and Taiwan its text keeps
 * naming. */
#include "zhhome.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static const char *home(const char *t) { return zhhome_region(t, strlen(t)); }

START_TEST(the_place_named_most_should_be_the_home)
{
    ck_assert_str_eq(home("香港的数据中心……本港需求上升……香港政府"), "hong kong");
    ck_assert_str_eq(home("澳门特区……本澳企业……澳门与葡语国家；香港"), "macau");
    ck_assert_str_eq(home("台湾的半导体……台湾厂商……台湾经济"), "taiwan");
}
END_TEST

START_TEST(too_few_or_no_clear_lead_should_be_none)
{
    ck_assert_ptr_null(home("香港的数据中心，香港政府。"));   /* twice */
    ck_assert_ptr_null(home("香港、香港、香港；澳门、澳门。"));   /* not twice the next */
    ck_assert_ptr_null(home("北京、上海、深圳的数据中心。"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("zhhome");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, the_place_named_most_should_be_the_home);
    tcase_add_test(tc, too_few_or_no_clear_lead_should_be_none);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
