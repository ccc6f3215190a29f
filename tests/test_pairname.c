/* test_pairname.c — a country paired with a region by a hyphen is the
 * region's partner (pairname.h). */
#include "pairname.h"

#include <check.h>
#include <string.h>

#include "testutil.h"

#define M tu_metrics   /* the default metrics table (testutil.h) */

/* Is the place named at the text w of s a partner of a region? */
static int partner(const char *s, const char *w)
{
    MetricsPlace pl[16];
    size_t np = metrics_places(M, s, 0, strlen(s), pl, 16);
    size_t at = (size_t)(strstr(s, w) - s);
    for (size_t k = 0; k < np; k++)
        if (pl[k].s == at)
            return pairname_partner(s, pl, np, k);
    return -1;
}

START_TEST(a_country_joined_to_a_region_should_be_its_partner)
{
    const char *a = "The ASEAN-Japan Cybersecurity Capacity Building Centre has trained over 1,400 officials.";
    ck_assert_int_eq(partner(a, "Japan"), 1);
    ck_assert_int_eq(partner(a, "ASEAN"), 0);
    const char *b = "funded through the Japan\xE2\x80\x93" "ASEAN Integration Fund, US$3.2 million";
    ck_assert_int_eq(partner(b, "Japan"), 1);
    ck_assert(pairname_in(M, a, 0, strlen(a)));
}
END_TEST

START_TEST(two_countries_or_a_spaced_dash_should_be_no_pair)
{
    const char *a = "The China-Pakistan Economic Corridor cost $62 billion.";
    ck_assert_int_eq(partner(a, "Pakistan"), 0);
    ck_assert(!pairname_in(M, a, 0, strlen(a)));
    const char *b = "In ASEAN - Japan aside - 40 per cent were trained.";
    ck_assert_int_eq(partner(b, "Japan"), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pairname");
    TCase *tc = tcase_create("core");
    tcase_add_unchecked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_country_joined_to_a_region_should_be_its_partner);
    tcase_add_test(tc, two_countries_or_a_spaced_dash_should_be_no_pair);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
