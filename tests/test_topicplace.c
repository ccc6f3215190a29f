/* test_topicplace.c — the place a sentence without a figure sets its
 * paragraph in (topicplace.h). */
#include "topicplace.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "metrics.h"
#include "testutil.h"

#define M tu_metrics   /* the default metrics table (testutil.h) */

/* The place the sentence s opens with, "" for none. */
static const char *opening(const char *s)
{
    const char *id = topicplace_opening(M, s, 0, strlen(s));
    return id ? id : "";
}

/* The place the last sentence of s that opens with one sets, "" for none. */
static const char *last(const char *s)
{
    const char *id = topicplace_last(M, s, strlen(s), 0, strlen(s));
    return id ? id : "";
}

START_TEST(a_frame_or_a_subject_should_set_the_place)
{
    ck_assert_str_eq(opening("Globally the Chinese players remain small."), "global");
    ck_assert_str_eq(opening("Worldwide, cable faults are common."), "global");
    ck_assert_str_eq(opening("In Kenya, the picture is different."), "kenya");
    ck_assert_str_eq(opening("Across Southeast Asia, demand is rising."), "southeast asia");
    ck_assert_str_eq(opening("In the Philippines, demand is rising."), "philippines");
    ck_assert_str_eq(opening("Chile's decision was a defining moment."), "chile");
    ck_assert_str_eq(opening("Ethiopia is landlocked."), "ethiopia");
    /* a turn of the talk to a place, after a word that moves it on */
    ck_assert_str_eq(opening("Now for Kenya specifically."), "kenya");
    ck_assert_str_eq(opening("As for Ghana, the regulator has been quiet."), "ghana");
    ck_assert_str_eq(opening("And in Ethiopia, the state still runs the network."), "ethiopia");
}
END_TEST

START_TEST(other_openings_should_set_none)
{
    /* a people's word, a name going on, a list, a year, China the actor */
    ck_assert_str_eq(opening("Chinese firms built most of the networks."), "");
    ck_assert_str_eq(opening("Kenya Power said the grid was stable."), "");
    ck_assert_str_eq(opening("Thailand and Laos cooperated."), "");
    ck_assert_str_eq(opening("In Kenya, Uganda and Tanzania, demand rose."), "");
    ck_assert_str_eq(opening("In 2015, the plan was launched."), "");
    ck_assert_str_eq(opening("China launched the Digital Silk Road."), "");
    ck_assert_str_eq(opening("Beijing pressed its neighbours."), "");
    ck_assert_str_eq(opening("The region is growing."), "");
}
END_TEST

START_TEST(only_sentences_without_a_figure_that_assert_should_count)
{
    ck_assert_str_eq(last("In Kenya, the picture is different. Operators are busy."), "kenya");
    ck_assert_str_eq(last("In Kenya, the picture is different. In Uganda, it is not."), "kenya");
    ck_assert_str_eq(last("In Kenya, 40% are online."), "");
    ck_assert_str_eq(last("Kenya is not unique."), "");
    ck_assert_str_eq(last("Kenya's CERT and Rwanda's CSIRT joined FIRST."), "");
    ck_assert_str_eq(last("In 2019 Kenya signed the contract."), "");
}
END_TEST

START_TEST(a_run_in_heading_of_places_should_set_the_place)
{
    /* a case study's run-in heading: a city and its country, then the
     * paragraph's first sentence */
    ck_assert_str_eq(opening("Lahore, Pakistan."), "pakistan");
    ck_assert_str_eq(opening("Guayaquil and Quito, Ecuador."), "ecuador");
    ck_assert_str_eq(last("Belgrade, Serbia. The ministry has not disclosed the contract value."), "serbia");
    /* (not two countries, nor a name that goes on, nor a sentence) */
    ck_assert_str_eq(opening("Kenya, Uganda."), "");
    ck_assert_str_eq(opening("Kenya Power."), "");
    ck_assert_str_eq(opening("Nairobi, Kenya"), "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("topicplace");
    TCase *tc = tcase_create("core");
    tcase_add_unchecked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_frame_or_a_subject_should_set_the_place);
    tcase_add_test(tc, other_openings_should_set_none);
    tcase_add_test(tc, only_sentences_without_a_figure_that_assert_should_count);
    tcase_add_test(tc, a_run_in_heading_of_places_should_set_the_place);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
