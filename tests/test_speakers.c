/* test_speakers.c — who speaks where in a transcript (speakers.h). */
#include "speakers.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "metrics.h"

static const char transcript[] =
    "Tech Talk | Episode 12\n"
    "Guest: Dr Ana Ruiz, head of research, Andes Data Lab (Lima) | Host: Tom Baker\n"
    "\n"
    "[00:00:10] TOM BAKER: Welcome. How big is the problem?\n"
    "\n"
    "[00:00:21] ANA: In our survey of 2,400 firms, a third had been attacked.\n"
    "\n"
    "And the losses were large.\n"
    "\n"
    "TOM BAKER: Thank you.\n"
    "\n"
    "BRUNO LIMA: We counted 40 outages.\n"
    "\n"
    "TOM BAKER: And since?\n"
    "\n"
    "BRUNO LIMA: Twelve more.\n";

/* What speakers_at gives at the first byte of needle in doc. */
static const char *at(Speakers *sp, const char *doc, const char *needle)
{
    const char *w = strstr(doc, needle);
    ck_assert_ptr_nonnull(w);
    return speakers_at(sp, (size_t)(w - doc));
}

START_TEST(a_turn_should_be_its_speakers_organisation_or_name)
{
    Speakers *sp = speakers_new(NULL, transcript, strlen(transcript));
    /* (the first turn opens the transcript: two turns make one) */
    ck_assert_str_eq(at(sp, transcript, "Welcome"), "");
    ck_assert_str_eq(at(sp, transcript, "2,400"), "Andes Data Lab");
    /* the turn goes on over a paragraph with no label */
    ck_assert_str_eq(at(sp, transcript, "losses"), "Andes Data Lab");
    /* a participant without an organisation: the full name */
    ck_assert_str_eq(at(sp, transcript, "Thank"), "Tom Baker");
    /* a speaker the participants' line does not name, who speaks twice:
     * the label's name */
    ck_assert_str_eq(at(sp, transcript, "40 outages"), "Bruno Lima");
    speakers_free(sp);
}
END_TEST

START_TEST(headings_notes_and_one_off_labels_in_capitals_should_be_no_turns)
{
    static const char doc[] = "DOI: 10.1080/2317.2024.11\n"
                              "KEYWORDS: cyber sovereignty; Africa\n"
                              "In our survey we counted 7 outages.\n"
                              "NOTE: figures are provisional.\n"
                              "SOURCE: Ministry of ICT.\n"
                              "We counted 40 outages.\n"
                              "KENYA: We built 12 towers.\n"
                              "GHANA: We built 9 towers.\n";
    Metrics *m = NULL;
    Diag d;
    ck_assert_int_eq(metrics_load("data/metrics.csv", &m, &d), 0);
    Speakers *sp = speakers_new(m, doc, strlen(doc));
    /* labels that open one line each are no speakers */
    ck_assert_str_eq(at(sp, doc, "7 outages"), "");
    ck_assert_str_eq(at(sp, doc, "40"), "");
    ck_assert_str_eq(at(sp, doc, "12"), "");
    ck_assert_str_eq(at(sp, doc, "9 towers"), "");
    speakers_free(sp);
    metrics_free(m);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("speakers");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_turn_should_be_its_speakers_organisation_or_name);
    tcase_add_test(tc, headings_notes_and_one_off_labels_in_capitals_should_be_no_turns);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
