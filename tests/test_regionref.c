/* test_regionref.c — which region "the region" means (regionref.h). */
#include "regionref.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "metrics.h"
#include "testutil.h"

#define M tu_metrics   /* the default metrics table (testutil.h) */

/* The referent of the first "the region" of s, "" for none. */
static const char *referent(const char *s)
{
    size_t n = strlen(s), at = regionref_at(s, 0, n);
    if (at == n)
        return "(no phrase)";
    const char *id = regionref_before(M, s, 0, at);
    return id ? id : "";
}

START_TEST(the_region_should_be_the_region_named_last_before_it)
{
    ck_assert_str_eq(referent("Southeast Asia is the top target. The region's digital economy grew."),
                     "southeast asia");
    /* a country in between is no referent */
    ck_assert_str_eq(referent("In Latin America, Brazil, the region's largest market, grew."), "latin america");
    ck_assert_str_eq(referent("Africa grew. ASEAN members met, and the bloc's trade rose."), "asean");
    ck_assert_str_eq(referent("Kenya grew, and the region's trade rose."), "");
    /* (the phrase wrapped onto the next line) */
    ck_assert_str_eq(referent("In Latin America, firms hold 5 percent of the\nregion's market."), "latin america");
}
END_TEST

START_TEST(only_the_phrase_itself_should_count)
{
    ck_assert_str_eq(referent("Asia has 30 regions worldwide."), "(no phrase)");
    ck_assert_str_eq(referent("Asia holds the regional hub."), "(no phrase)");
    ck_assert_int_eq(regionref_is_region("southeast asia"), 1);
    ck_assert_int_eq(regionref_is_region("south africa"), 0);
    ck_assert_int_eq(regionref_is_region("global"), 0);
}
END_TEST

START_TEST(a_section_should_bound_the_paragraphs_looked_back_over)
{
    const char *d = "2.2 Money\n\nA demand came from South Asia.\n\n2.3 Tradecraft\n\nAffiliates in the region doubled.";
    size_t para = (size_t)(strstr(d, "Affiliates") - d);
    ck_assert_uint_eq(regionref_section_start(d, para), (size_t)(strstr(d, "\nAffiliates") - d));
    ck_assert_ptr_null(regionref_before(M, d, regionref_section_start(d, para), para));
    const char *e = "SOUTHEAST ASIA FIRST\n\nSoutheast Asia is the top target.\n\nMarkets in the region grew.";
    para = (size_t)(strstr(e, "Markets") - e);
    ck_assert_str_eq(regionref_before(M, e, regionref_section_start(e, para), para), "southeast asia");
}
END_TEST

/* The first place s names, "" for none. */
static const char *first_place(const char *s)
{
    MetricsPlace pl[4];
    return metrics_places(M, s, 0, strlen(s), pl, 4) ? pl[0].id : "";
}

START_TEST(a_region_should_be_named_as_the_text_writes_it)
{
    /* the testers write a region as the text names it: the Caribbean
     * with Latin America, the Pacific with Asia, the Gulf states */
    ck_assert_str_eq(first_place("Latin America and the Caribbean 84 3.9"), "latin america and the caribbean");
    ck_assert_str_eq(first_place("Latin America and Caribbean 2.9 8 3.1"), "latin america and caribbean");
    ck_assert_str_eq(first_place("In Latin America, firms grew."), "latin america");
    ck_assert_str_eq(first_place("East Asia and Pacific 131 10.9"), "east asia and pacific");
    ck_assert_str_eq(first_place("In Asia and the Pacific the share was 66 per cent."), "asia and the pacific");
    ck_assert_str_eq(first_place("Asia Pacific revenue rose."), "asia pacific");
    ck_assert_str_eq(first_place("Asia-Pacific revenue rose."), "asia-pacific");
    ck_assert_str_eq(first_place("in the Gulf states, 62% of parcels"), "gulf states");
    ck_assert_str_eq(first_place("Middle East & N. Africa 162 13"), "middle east and north africa");
    ck_assert_int_eq(regionref_is_region("asia and the pacific"), 1);
    ck_assert_int_eq(regionref_is_region("gulf states"), 1);
    ck_assert_str_eq(referent("Asia and the Pacific grew. The region's exports rose."), "asia and the pacific");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("regionref");
    TCase *tc = tcase_create("core");
    tcase_add_unchecked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, the_region_should_be_the_region_named_last_before_it);
    tcase_add_test(tc, only_the_phrase_itself_should_count);
    tcase_add_test(tc, a_section_should_bound_the_paragraphs_looked_back_over);
    tcase_add_test(tc, a_region_should_be_named_as_the_text_writes_it);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
