/* test_roles.c — the part a place plays in a sentence (roles.h): the
 * world as a frame, the country that has the figure. */
#include "roles.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "metrics.h"

static Metrics *M;

static void load(void)
{
    Diag d = {0};
    ck_assert_int_eq(metrics_load("data/metrics.csv", &M, &d), 0);
}

static void unload(void)
{
    metrics_free(M);
    M = NULL;
}

static int world(const char *s)
{
    return roles_world(M, s, 0, strlen(s));
}

/* The subject place of the figure fig in s, or "". */
static const char *subject(const char *s, const char *fig, const char *unit)
{
    static char out[64];
    const char *at = strstr(s, fig);
    ck_assert_ptr_nonnull(at);
    out[0] = '\0';
    roles_subject_place(M, s, 0, strlen(s), (size_t)(at - s), unit, out, sizeof out);
    return out;
}

START_TEST(the_world_as_a_rank_or_a_share_should_be_a_frame)
{
    ck_assert_int_eq(world("The digital economy was worth 45.5 trillion yuan, ranking second in the world."),
                     ROLES_WORLD_RANK);
    ck_assert_int_eq(world("It is the world's largest e-commerce market."), ROLES_WORLD_RANK);
    ck_assert_int_eq(world("算力总规模达到230EFLOPS，居全球第二位。"), ROLES_WORLD_RANK);
    ck_assert_int_eq(world("网上零售额15.42万亿元，连续11年成为全球第一大网络零售市场。"), ROLES_WORLD_RANK);
    ck_assert_int_eq(world("China had built 1.854 million base stations, accounting for over 60 percent of the\n"
                           "world's total."),
                     ROLES_WORLD_SHARE);
    ck_assert_int_eq(world("China accounts for about 20% of the world's internet users."), ROLES_WORLD_SHARE);
}
END_TEST

START_TEST(the_world_named_as_a_place_should_stay_a_place)
{
    ck_assert_int_eq(world("Some 2.6 billion people worldwide remain offline."), ROLES_WORLD_PLACE);
    ck_assert_int_eq(world("Cybercrime costs the world $6 trillion a year."), ROLES_WORLD_PLACE);
    /* one mention a place is enough */
    ck_assert_int_eq(world("Globally, 67% of people are online, ranking Europe first in the world."),
                     ROLES_WORLD_PLACE);
    ck_assert_int_eq(world("Kenya had 22.7 million internet users."), ROLES_WORLD_PLACE);
}
END_TEST

START_TEST(the_country_that_has_the_figure_should_be_its_place)
{
    ck_assert_str_eq(subject("By the end of 2023, China had 1.092 billion internet users.", "1.092", "people"),
                     "china");
    ck_assert_str_eq(subject("China had built 1.854 million 5G base stations.", "1.854", "stations"), "china");
    ck_assert_str_eq(subject("Kenya now has about 22.7 million users, and 42 percent are online.", "42", "%"),
                     "kenya");
    ck_assert_str_eq(subject("China accounts for about 20% of the world's users.", "20%", "%"), "china");
    ck_assert_str_eq(subject("China alone has nearly 1.1 billion users, according to CNNIC.", "1.1", "users"),
                     "china");
}
END_TEST

START_TEST(partners_gifts_and_other_subjects_should_have_no_subject_place)
{
    /* a count of partners, a gift abroad, a place that is no subject */
    ck_assert_str_eq(subject("China had signed MoUs with 17 countries.", "17", "countries"), "");
    ck_assert_str_eq(subject("China has invested $79 billion in DSR projects.", "$79", "USD"), "");
    ck_assert_str_eq(subject("Lending to Kenya had reached $6 billion.", "$6", "USD"), "");
    /* a later clause with a subject of its own */
    ck_assert_str_eq(subject("China had 1.09 billion users, Huawei said, and Safaricom had 40 million.", "40",
                             "subscribers"),
                     "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("roles");
    TCase *tc = tcase_create("core");
    tcase_add_unchecked_fixture(tc, load, unload);
    tcase_add_test(tc, the_world_as_a_rank_or_a_share_should_be_a_frame);
    tcase_add_test(tc, the_world_named_as_a_place_should_stay_a_place);
    tcase_add_test(tc, the_country_that_has_the_figure_should_be_its_place);
    tcase_add_test(tc, partners_gifts_and_other_subjects_should_have_no_subject_place);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
