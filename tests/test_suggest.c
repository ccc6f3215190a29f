/* test_suggest.c — edit distance for "did you mean". */
#include "suggest.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

START_TEST(distance_should_count_edits_of_bytes)
{
    ck_assert_uint_eq(suggest_distance("build", "build"), 0);
    ck_assert_uint_eq(suggest_distance("buidl", "build"), 2);              /* a swap is two edits */
    ck_assert_uint_eq(suggest_distance("extrct", "extract"), 1);           /* one insertion */
    ck_assert_uint_eq(suggest_distance("data_centre_cost", "data_center_cost"), 2);
    ck_assert_uint_eq(suggest_distance("", "chart"), 5);
    ck_assert_uint_eq(suggest_distance("kitten", "sitting"), 3);
}
END_TEST

START_TEST(distance_should_give_up_on_long_names)
{
    char longer[40];
    memset(longer, 'a', 33);
    longer[33] = '\0';
    ck_assert_uint_eq(suggest_distance(longer, "a"), SUGGEST_FAR);
    ck_assert_uint_eq(suggest_distance("a", longer), SUGGEST_FAR);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("suggest");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, distance_should_count_edits_of_bytes);
    tcase_add_test(tc, distance_should_give_up_on_long_names);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
