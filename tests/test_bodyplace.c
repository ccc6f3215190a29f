/* test_bodyplace.c — the place a document's text keeps naming
 * (bodyplace.h). */
#include "bodyplace.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "metrics.h"
#include "testutil.h"

#define M tu_metrics   /* the default metrics table (testutil.h) */

/* The text's place, "" for none. */
static const char *place(const char *s)
{
    const char *id = bodyplace_of(M, s, strlen(s));
    return id ? id : "";
}

START_TEST(the_place_named_far_more_than_any_other_should_be_the_texts)
{
    /* by its own name, in companies' names too */
    ck_assert_str_eq(place("China Mobile and China Telecom grew. China Unicom fell.\nIn China, users rose. "
                           "Malaysia added towers."),
                     "china");
    /* by its people's name; a region hyphenated is one place, not Africa */
    ck_assert_str_eq(place("Kenyan regulators met. Safaricom leads in Kenya.\nKenya's towers rose; Kenyans pay "
                           "less than elsewhere in Sub-Saharan Africa and Sub-Saharan Africa."),
                     "kenya");
}
END_TEST

START_TEST(a_text_with_no_dominant_place_should_have_none)
{
    /* too few mentions; two places alike; the world is no place here */
    ck_assert_str_eq(place("Kenya grew. Kenya's towers rose."), "");
    ck_assert_str_eq(place("Kenya and Uganda grew. Kenya's and Uganda's towers rose. In Kenya and Uganda, users "
                           "rose."),
                     "");
    ck_assert_str_eq(place("The world grew. Global users rose worldwide. The world's towers rose."), "");
    ck_assert_str_eq(place(""), "");
}
END_TEST

START_TEST(only_the_top_of_a_long_text_should_count)
{
    size_t pad = BODYPLACE_TOP;
    const char *tail = "\nKenya. Kenya. Kenya. Kenya. Kenya.";
    char *s = malloc(pad + strlen(tail) + 1);
    memset(s, 'x', pad);
    strcpy(s + pad, tail);
    ck_assert_ptr_null(bodyplace_of(M, s, strlen(s)));
    free(s);
}
END_TEST

/* A body's place: the one its names name, or the one metrics.csv says it
 * is of (within). */
START_TEST(a_body_should_be_of_the_place_its_names_or_its_row_give)
{
    ck_assert_str_eq(bodyplace_of_body(M, "CNNIC"), "china");
    ck_assert_str_eq(bodyplace_of_body(M, "MODA (數位發展部)"), "taiwan");
    ck_assert_str_eq(bodyplace_of_body(M, "OFCA (通訊事務管理局辦公室)"), "hong kong");
    ck_assert_ptr_null(bodyplace_of_body(M, "ITU"));
}
END_TEST

START_TEST(a_place_named_by_its_cues_should_be_the_texts_when_names_show_none)
{
    /* twice by its name, thrice by its cities: Indonesia's */
    ck_assert_str_eq(place("As Indonesia's third-largest operator, we reach 38 provinces.\nWe switched on 5G in "
                           "Jakarta, Surabaya and Batam.\nIndonesia's grid is coal-heavy. Revenue was US$155 "
                           "million and US$40 million."),
                     "indonesia");
    /* a sum in a country's own money names it: a sentencing in pounds */
    ck_assert_str_eq(place("They drove around central London.\nLosses totalled \xc2\xa3" "427,318; the largest "
                           "was \xc2\xa3" "18,940 and the average \xc2\xa3" "700. Police found \xc2\xa3" "9,850."),
                     "united kingdom");
    /* (a currency's sign names no place: "US$" thrice is not the United States) */
    ck_assert_str_eq(place("Revenue was US$155 million, US$40 million and US$9 million. Kenya grew."), "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bodyplace");
    TCase *tc = tcase_create("core");
    tcase_add_unchecked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, the_place_named_far_more_than_any_other_should_be_the_texts);
    tcase_add_test(tc, a_text_with_no_dominant_place_should_have_none);
    tcase_add_test(tc, only_the_top_of_a_long_text_should_count);
    tcase_add_test(tc, a_place_named_by_its_cues_should_be_the_texts_when_names_show_none);
    tcase_add_test(tc, a_body_should_be_of_the_place_its_names_or_its_row_give);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
