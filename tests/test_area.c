/* test_area.c — a figure's place within a country (its area) and the
 * country that holds it (its scope), by data/metrics.csv's within. */
#include "area.h"
#include "claimplace.h"
#include "metrics.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

static Metrics *M;

static void setup(void)
{
    Diag d = {0};
    ck_assert_msg(metrics_load("data/metrics.csv", &M, &d) == 0, "%s", d.msg);
}

static void teardown(void)
{
    metrics_free(M);
    M = NULL;
}

static Claim placed(const char *scope, const char *area, const char *context)
{
    Claim c;
    claim_init(&c);
    snprintf(c.scope, sizeof c.scope, "%s", scope);
    snprintf(c.area, sizeof c.area, "%s", area);
    snprintf(c.context, sizeof c.context, "%s", context);
    return c;
}

START_TEST(a_province_or_a_city_should_be_the_area_of_its_country)
{
    ck_assert_str_eq(area_country(M, "guangxi"), "china");
    ck_assert_str_eq(area_country(M, "qinzhou"), "china");   /* city, province, country */
    ck_assert_str_eq(area_country(M, "beijing"), "china");
    ck_assert_ptr_null(area_country(M, "china"));
    ck_assert_ptr_null(area_country(M, "kenya"));
    ck_assert_ptr_null(area_country(M, "global"));
    ck_assert_ptr_null(area_country(M, "no such place"));
    ck_assert_ptr_null(area_country(M, ""));

    Claim c = placed("guangxi", "", "");
    area_settle(M, &c);
    ck_assert_str_eq(c.scope, "china");
    ck_assert_str_eq(c.area, "guangxi");
    c = placed("qinzhou", "", "");
    area_settle(M, &c);
    ck_assert_str_eq(c.scope, "china");
    ck_assert_str_eq(c.area, "qinzhou");
    /* settled again: the same */
    area_settle(M, &c);
    ck_assert_str_eq(c.scope, "china");
    ck_assert_str_eq(c.area, "qinzhou");
}
END_TEST

/* Hong Kong, Macao and Taiwan are scopes of their own, as metrics.csv
 * keeps them (no within); countries, regions and no place are left as
 * they are. */
START_TEST(countries_regions_and_the_special_regions_should_have_no_area)
{
    static const char *const own[] = {"hong kong", "macau", "taiwan", "china", "kenya", "africa",
                                      "global", ""};
    for (size_t i = 0; i < sizeof own / sizeof *own; i++) {
        Claim c = placed(own[i], "", "scope from the title");
        area_settle(M, &c);
        ck_assert_str_eq(c.scope, own[i]);
        ck_assert_str_eq(c.area, "");
        ck_assert_str_eq(c.context, "scope from the title");
    }
}
END_TEST

/* An analyst's area stands; the scope follows it to its country. */
START_TEST(an_area_given_should_take_its_country_as_scope)
{
    Claim c = placed("guangxi", "qinzhou", "");   /* a province as scope, its city as area */
    area_settle(M, &c);
    ck_assert_str_eq(c.scope, "china");
    ck_assert_str_eq(c.area, "qinzhou");
    c = placed("", "yunnan", "");
    area_settle(M, &c);
    ck_assert_str_eq(c.scope, "china");
    ck_assert_str_eq(c.area, "yunnan");
    c = placed("kenya", "zhejiang", "");
    area_settle(M, &c);
    ck_assert_str_eq(c.scope, "china");
    /* an area within nothing is left to curation's check */
    c = placed("kenya", "nairobi", "");
    area_settle(M, &c);
    ck_assert_str_eq(c.scope, "kenya");
    ck_assert_str_eq(c.area, "nairobi");
}
END_TEST

/* Where the context says where the place came from, it says so of the
 * area too, beside the scope's clause; with no room, the scope's alone. */
START_TEST(the_context_should_say_where_the_area_came_from)
{
    Claim c = placed("guangxi", "", "scope from the title; year from the date");
    area_settle(M, &c);
    ck_assert_str_eq(c.context, "scope from the title; area from the title; year from the date");
    c = placed("nanning", "", "year from the date; scope from the document's province");
    area_settle(M, &c);
    ck_assert_str_eq(c.context, "year from the date; scope from the document's province; "
                                "area from the document's province");
    c = placed("guangxi", "", "year from the date");   /* the sentence's own place */
    area_settle(M, &c);
    ck_assert_str_eq(c.context, "year from the date");
    /* (not a clause of its own) */
    c = placed("guangxi", "", "checked the scope from the notes");
    area_settle(M, &c);
    ck_assert_str_eq(c.context, "checked the scope from the notes");
    char full[sizeof c.context];
    memset(full, 'x', sizeof full);
    memcpy(full, "scope from the title; ", 22);
    full[sizeof full - 1] = '\0';
    c = placed("guangxi", "", full);
    area_settle(M, &c);
    ck_assert_str_eq(c.context, full);
    ck_assert_str_eq(c.area, "guangxi");
}
END_TEST

START_TEST(places_should_compare_and_read_by_scope_and_area)
{
    Claim a = placed("china", "guangxi", ""), b = placed("china", "", ""), c = placed("china", "yunnan", "");
    ck_assert(!claim_same_place(&a, &b));
    ck_assert(!claim_same_place(&a, &c));
    ck_assert(claim_same_place(&a, &a));
    ck_assert_int_lt(claim_place_cmp(&b, &a), 0);   /* the country's own first */
    ck_assert_int_lt(claim_place_cmp(&a, &c), 0);
    ck_assert_str_eq(claim_place_id(&a), "guangxi");
    ck_assert_str_eq(claim_place_id(&b), "china");
    char w[96];
    claim_place_words(w, sizeof w, "china", "guangxi");
    ck_assert_str_eq(w, "Guangxi, China");
    claim_place_words(w, sizeof w, "china", "inner mongolia");
    ck_assert_str_eq(w, "Inner Mongolia, China");
    claim_place_words(w, sizeof w, "china", "");
    ck_assert_str_eq(w, "China");
    claim_place_words(w, sizeof w, "", "");
    ck_assert_str_eq(w, "place not stated");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("area");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, a_province_or_a_city_should_be_the_area_of_its_country);
    tcase_add_test(tc, countries_regions_and_the_special_regions_should_have_no_area);
    tcase_add_test(tc, an_area_given_should_take_its_country_as_scope);
    tcase_add_test(tc, the_context_should_say_where_the_area_came_from);
    tcase_add_test(tc, places_should_compare_and_read_by_scope_and_area);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
