/* test_bodyname.c — a place that is part of a body's name (bodyname.h). */
#include "bodyname.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* Is the first occurrence of place in t inside a body's name? */
static int held(const char *t, const char *place)
{
    const char *p = strstr(t, place);
    ck_assert_ptr_nonnull(p);
    size_t s = (size_t)(p - t);
    return bodyname_holds(t, 0, strlen(t), s, s + strlen(place));
}

START_TEST(a_place_before_a_bodys_word_should_be_its_name)
{
    ck_assert_int_eq(held("Maintainer: Lab, Lund Centre for Asian Studies", "Asian"), 1);
    ck_assert_int_eq(held("Asia Connectivity Institute, Technology Programme", "Asia"), 1);
    ck_assert_int_eq(held("Pacific News Network", "Pacific"), 1);
    ck_assert_int_eq(held("Example Vision Technology (Hong Kong) Co., Limited et al.", "Hong Kong"), 1);
    /* (an acronym in brackets after the name) */
    ck_assert_int_eq(held("Horn Of Africa Internet Exchange (Haix)", "Africa"), 1);
}
END_TEST

START_TEST(a_place_a_name_ends_in_or_a_public_body_should_not_be)
{
    /* the name ends in the place: what the line is about */
    ck_assert_int_eq(held("Mobile Network Coverage of Ethiopia", "Ethiopia"), 0);
    /* a public body's place is where its figures are */
    ck_assert_int_eq(held("Communications Authority of Kenya", "Kenya"), 0);
    ck_assert_int_eq(held("Bank of Tanzania Payment Statistics", "Tanzania"), 0);
    /* a facility's name names where it stands */
    ck_assert_int_eq(held("EPC Contract for the Johor Hyperscale Data Centre", "Johor"), 0);
    /* a possessive owns what follows: no name */
    ck_assert_int_eq(held("Kenya's Digital Technology", "Kenya"), 0);
    /* a network or media a place has is no newsroom's name */
    ck_assert_int_eq(held("Kenya National Broadband Network: Progress Report", "Kenya"), 0);
    ck_assert_int_eq(held("KENYA NATIONAL FIBRE BACKBONE NETWORK", "KENYA"), 0);
    ck_assert_int_eq(held("Ethiopia and Social Media: Usage Survey 2023", "Ethiopia"), 0);
    ck_assert_int_eq(held("Pacific News Network", "Pacific"), 1);
    /* a lower-case word ends the run */
    ck_assert_int_eq(held("Data centres in Kenya grow, Example Institute says", "Kenya"), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bodyname");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_place_before_a_bodys_word_should_be_its_name);
    tcase_add_test(tc, a_place_a_name_ends_in_or_a_public_body_should_not_be);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
