/* test_teller.c — a sentence naming its speaker and their body (teller.h). */
#include "teller.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *opening(const char *s)
{
    static char out[128];
    if (!teller_opening(s, 0, strlen(s), out, sizeof out))
        return "";
    return out;
}

START_TEST(a_titled_name_and_a_body_in_brackets_then_a_verb_should_give_the_body)
{
    ck_assert_str_eq(opening("Ms. Alison Grey (TeleGeography) presented the market outlook."), "TeleGeography");
    ck_assert_str_eq(opening("Dr. Maria Santos (Asian Development Bank) focused on Pacific states."),
                     "Asian Development Bank");
    ck_assert_str_eq(opening("Captain (ret.) Liew Chong Meng (Global Marine Group) warned that repair lags."),
                     "Global Marine Group");
}
END_TEST

START_TEST(a_body_defining_its_acronym_or_an_untitled_name_should_be_no_teller)
{
    ck_assert_str_eq(opening("The National Cyber Security Centre (NCSC) handled 371 incidents."), "");
    ck_assert_str_eq(opening("Huawei Technologies (Huawei) signed a contract."), "");
    ck_assert_str_eq(opening("Ms. Grey (TeleGeography)."), "");
    ck_assert_str_eq(opening("Ms. Grey added that faults are common."), "");
}
END_TEST

START_TEST(the_last_teller_of_a_stretch_should_be_found)
{
    const char *p = "Ms. Ann Lee (Acme Lab) opened. She said 5% fell. Mr. Bo Ng (Beta Fund) replied. He said 6%.";
    char out[64] = "";
    ck_assert_int_eq(teller_last(p, 0, strlen(p), out, sizeof out), 1);
    ck_assert_str_eq(out, "Beta Fund");
    char none[64] = "kept";
    ck_assert_int_eq(teller_last(p, 30, 49, none, sizeof none), 0);
    ck_assert_str_eq(none, "kept");
}
END_TEST

/* A sentence opens at the stretch's start, after a line break, or after
 * a full stop, ! or ? and a blank, wherever the mark stands; a long
 * stretch (read sixteen bytes at a time) finds them as a short one does. */
START_TEST(a_teller_should_be_found_at_every_opening_of_a_stretch)
{
    const char *t = "Mr. Bo Ng (Beta Fund) replied.";
    char out[64] = "";
    /* (the stretch starting right after ". ": its first byte opens one) */
    const char *p = "Growth was slow. Mr. Bo Ng (Beta Fund) replied.";
    ck_assert_int_eq(teller_last(p, 17, strlen(p), out, sizeof out), 1);
    ck_assert_str_eq(out, "Beta Fund");
    /* (a stretch starting on the blank: the mark is just before it) */
    out[0] = '\0';
    ck_assert_int_eq(teller_last(p, 16, strlen(p), out, sizeof out), 1);
    ck_assert_str_eq(out, "Beta Fund");
    /* after a line break, after ! and ?, far into a long stretch */
    char buf[512];
    const char *leads[] = {"\n", "Why? ", "Yes! "};
    for (int k = 0; k < 3; k++) {
        snprintf(buf, sizeof buf, "%s%s%s", "Figures rose in every province over the year before it ended", leads[k], t);
        out[0] = '\0';
        ck_assert_int_eq(teller_last(buf, 0, strlen(buf), out, sizeof out), 1);
        ck_assert_str_eq(out, "Beta Fund");
    }
    /* the full stop at each place of the sixteen bytes read at once */
    for (int pad = 1; pad <= 40; pad++) {
        snprintf(buf, sizeof buf, "%.*s. %s", pad, "Growthwasslowandsteadyalloverthecountryin2023", t);
        out[0] = '\0';
        ck_assert_int_eq(teller_last(buf, 0, strlen(buf), out, sizeof out), 1);
        ck_assert_str_eq(out, "Beta Fund");
    }
    /* no opening: a name mid-sentence, or its stretch ending before it */
    snprintf(buf, sizeof buf, "%s %s", "Figures rose in every province over the year before it ended and", t);
    char none[64] = "kept";
    ck_assert_int_eq(teller_last(buf, 0, strlen(buf), none, sizeof none), 0);
    ck_assert_int_eq(teller_last(p, 0, 17, none, sizeof none), 0);
    ck_assert_str_eq(none, "kept");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("teller");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_titled_name_and_a_body_in_brackets_then_a_verb_should_give_the_body);
    tcase_add_test(tc, a_body_defining_its_acronym_or_an_untitled_name_should_be_no_teller);
    tcase_add_test(tc, the_last_teller_of_a_stretch_should_be_found);
    tcase_add_test(tc, a_teller_should_be_found_at_every_opening_of_a_stretch);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
