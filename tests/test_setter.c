/* test_setter.c — the body that set a target a figure states (setter.h). */
#include "setter.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static const char *setter(const char *s, const char *span)
{
    static char out[128];
    size_t start = tu_at(s, span);
    if (!setter_of(s, 0, strlen(s), start, start + strlen(span), out, sizeof out))
        return "";
    return out;
}

START_TEST(a_target_set_by_a_body_should_be_the_bodys)
{
    const char *s = "According to the World Bank, 1 GB costs 2.9% of monthly income, above the 2% affordability "
                    "threshold set by the UN Broadband\nCommission.";
    ck_assert_str_eq(setter(s, "2%"), "UN Broadband Commission");
    ck_assert_str_eq(setter(s, "2.9%"), "");
    ck_assert_str_eq(setter("It fell to 1.5 per cent, below the target of 2 per cent set by the Broadband "
                            "Commission for Sustainable Development.",
                            "2 per cent"),
                     "Broadband Commission for Sustainable Development");
    ck_assert_str_eq(setter("Both remain within the target of 2% of monthly GNI per capita for 1 GB of mobile "
                            "broadband set by the Broadband Commission.",
                            "2%"),
                     "Broadband Commission");
}
END_TEST

START_TEST(a_body_naming_the_target_should_be_the_setter)
{
    ck_assert_str_eq(setter("It cost 1.9 percent, just under the Broadband Commission's 2 percent affordability "
                            "target.",
                            "2 percent"),
                     "Broadband Commission");
    ck_assert_str_eq(setter("It cost 3 per cent, above the Broadband Commission target of 2 per cent.", "2 per cent"),
                     "Broadband Commission");
}
END_TEST

START_TEST(a_figure_of_no_target_or_a_target_set_by_no_name_should_have_no_setter)
{
    ck_assert_str_eq(setter("Prices fell 2% in the year set by the Commission.", "2%"), "");
    ck_assert_str_eq(setter("The 2 percent target set by the ministry was missed.", "2 percent"), "");
    ck_assert_str_eq(setter("A target of 5%. Set by the Bank in 2020.", "5%"), "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("setter");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_target_set_by_a_body_should_be_the_bodys);
    tcase_add_test(tc, a_body_naming_the_target_should_be_the_setter);
    tcase_add_test(tc, a_figure_of_no_target_or_a_target_set_by_no_name_should_have_no_setter);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
