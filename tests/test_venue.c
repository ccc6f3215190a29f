/* test_venue.c — the event a speech was given at (venue.h). */
#include "venue.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* Does the first occurrence of w in t lie inside an event's name? */
static int inside(const char *t, const char *w)
{
    const char *at = strstr(t, w);
    ck_assert_ptr_nonnull(at);
    size_t s = (size_t)(at - t);
    return venue_in_event(t, s, s + strlen(w));
}

START_TEST(a_speech_title_should_be_told_by_its_kind)
{
    ck_assert_int_eq(venue_speech_title("Speech by the Cabinet Secretary at the Summit"), 1);
    ck_assert_int_eq(venue_speech_title("Keynote address at the Pakistan-China Financial Cooperation Forum"), 1);
    ck_assert_int_eq(venue_speech_title("Remarks to the press"), 1);
    ck_assert_int_eq(venue_speech_title("Kenya hosts Africa tech summit"), 0);
    ck_assert_int_eq(venue_speech_title("Addressing the digital divide"), 0);
}
END_TEST

START_TEST(a_place_in_an_event_name_should_be_found_inside_it)
{
    const char *t = "Speech by the Cabinet Secretary, Hon. Eliud Owalo, at the Official Opening of the Africa "
                    "Digital Economy and Connectivity Summit";
    ck_assert_int_eq(inside(t, "Africa"), 1);
    ck_assert_int_eq(inside(t, "Cabinet"), 0);
    const char *u = "Settlement with China: Keynote address at the Pakistan-China Financial Cooperation Forum";
    ck_assert_int_eq(inside(u, "Pakistan"), 1);
    ck_assert_int_eq(inside(u, "China"), 0);
    ck_assert_int_eq(inside("Keynote Speech at the 2024 China-ASEAN Digital Cooperation Forum", "ASEAN"), 1);
    /* (a lower-case word that joins nothing ends the name) */
    ck_assert_int_eq(inside("Kenya hosts the Africa Tech Summit", "Kenya"), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("venue");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_speech_title_should_be_told_by_its_kind);
    tcase_add_test(tc, a_place_in_an_event_name_should_be_found_inside_it);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
