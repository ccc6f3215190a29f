/* test_metcarry.c — a share's metric carried from the figure before it
 * (metcarry.h), as extract gives it with the bundled data/metrics.csv. */
#include "metcarry.h"
#include "metrics.h"
#include "testutil.h"

#include <check.h>
#include <string.h>

START_TEST(a_share_naming_nothing_else_should_take_the_metric_before_it)
{
    const char *d = "In 2023, 67 per cent of the world's population used the Internet. In Asia and the Pacific "
                    "the share was 66 per cent.\n";
    ck_assert_str_eq(tu_metric_of(d, "66 per cent"), "internet_penetration");
    ck_assert_ptr_nonnull(strstr(tu_context_of(d, "66 per cent"), "metric from the figure before"));
    /* a body's own estimate frames a level: it says nothing else */
    d = "DataReportal estimated that 22.7 million Kenyans used the internet in early 2024, or 40.8% of the "
        "population. The ITU's own estimate for 2022 was lower still, at about 33%.\n";
    ck_assert_str_eq(tu_metric_of(d, "33%"), "internet_penetration");
    /* a share of a level between them compares two levels: the carry goes on */
    d = "In the least developed countries, 36 per cent of the population is online, still less than half of "
        "the world average. In landlocked developing countries the share is 41 per cent.\n";
    ck_assert_str_eq(tu_metric_of(d, "41 per cent"), "internet_penetration");
}
END_TEST

START_TEST(a_share_saying_something_else_should_end_the_carry)
{
    const char *d = "In 2023, 37 per cent of Africans used the Internet. Malware attacks made up 61 percent of "
                    "the detected threats. In Europe the share was 91 per cent.\n";
    ck_assert_str_eq(tu_metric_of(d, "61 percent"), "");
    ck_assert_str_eq(tu_metric_of(d, "91 per cent"), "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("metcarry");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_share_naming_nothing_else_should_take_the_metric_before_it);
    tcase_add_test(tc, a_share_saying_something_else_should_end_the_carry);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
