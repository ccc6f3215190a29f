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

START_TEST(an_events_title_should_end_with_its_venue)
{
    const char *t = "Final Communiqu\xc3\xa9: Meeting of Ministers in charge of Telecommunications, ICT and the "
                    "Digital Economy, Abuja, 14-15 November 2023";
    ck_assert_int_eq(venue_event_title(t), 1);
    ck_assert_uint_eq(venue_title_tail(t), (size_t)(strstr(t, ", Abuja") - t));
    const char *u = "Chairman's Statement of the 27th ASEAN-China Summit, Vientiane, Lao PDR";
    ck_assert_uint_eq(venue_title_tail(u), (size_t)(strstr(u, ", Vientiane") - u));
    /* (a report's place and year end its title as its subject: no event) */
    const char *r = "ICT Use and Access by Individuals and Households Survey Report, Malaysia, 2023";
    ck_assert_int_eq(venue_event_title(r), 0);
    ck_assert_uint_eq(venue_title_tail(r), strlen(r));
    /* (a long last part is no venue: "World Internet Conference Wuzhen Summit 2024" names the event) */
    const char *k = "Keynote Address at the Forum on Digital Silk Road Cooperation, World Internet Conference Wuzhen "
                    "Summit 2024";
    ck_assert_uint_eq(venue_title_tail(k), strlen(k));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("venue");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_speech_title_should_be_told_by_its_kind);
    tcase_add_test(tc, a_place_in_an_event_name_should_be_found_inside_it);
    tcase_add_test(tc, an_events_title_should_end_with_its_venue);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
