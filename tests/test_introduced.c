/* test_introduced.c — the organisation a text gives a person it
 * introduces (introduced.h). */
#include "introduced.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static const char *org_of(const char *doc, const char *last)
{
    static char out[96];
    if (!introduced_org(doc, strlen(doc), last, strlen(last), out, sizeof out))
        return "";
    return out;
}

START_TEST(an_apposition_after_the_name_should_give_its_last_part_or_the_body_after_at)
{
    ck_assert_str_eq(org_of("I: Dr Rita Vale, Senior Fellow, Centre for Sea Lanes; and Omar Diallo, Director of "
                            "Policy, Atlantic Cable Association.",
                            "Vale"),
                     "Centre for Sea Lanes");
    ck_assert_str_eq(org_of("I: Dr Rita Vale, Senior Fellow, Centre for Sea Lanes; and Omar Diallo, Director of "
                            "Policy, Atlantic Cable Association.",
                            "Diallo"),
                     "Atlantic Cable Association");
    ck_assert_str_eq(org_of("My guest is Dr. Ana Ruiz, who leads the programme at the Lisbon Institute for Global "
                            "Affairs. Ana, welcome.",
                            "Ruiz"),
                     "Lisbon Institute for Global Affairs");
}
END_TEST

START_TEST(a_body_and_title_before_the_name_should_give_the_body)
{
    ck_assert_str_eq(org_of("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference", "Ning"),
                     "Foreign Ministry");
}
END_TEST

START_TEST(a_name_opening_the_text_should_be_read_too)
{
    ck_assert_str_eq(org_of("Vale, Senior Fellow, Centre for Sea Lanes. She opened the panel.", "Vale"),
                     "Centre for Sea Lanes");
    ck_assert_str_eq(org_of("Ruiz, who leads the programme at the Lisbon Institute. Welcome.", "Ruiz"),
                     "Lisbon Institute");
}
END_TEST

START_TEST(a_name_introduced_with_no_body_or_only_as_a_label_should_give_none)
{
    ck_assert_str_eq(org_of("Ana Ruiz has spent 15 years mapping cables.", "Ruiz"), "");
    ck_assert_str_eq(org_of("Ana Ruiz: Welcome to the show, at the Lisbon Institute.", "Ruiz"), "");
    ck_assert_str_eq(org_of("Ana Ruiz, the host, said hello.", "Ruiz"), "");
    ck_assert_str_eq(org_of("No one here.", "Ruiz"), "");
}
END_TEST

START_TEST(a_possessive_before_a_title_a_title_of_a_body_and_a_body_in_brackets_should_give_it)
{
    ck_assert_str_eq(org_of("Lantern Yun's vice-president for international business, Zhou Lixin, said so.", "Zhou"),
                     "Lantern Yun");
    ck_assert_str_eq(org_of("\"It is insurance,\" said Raman Lamichhane, chairman of the NTA.", "Lamichhane"), "NTA");
    ck_assert_str_eq(org_of("Ms. Alison Grey (TeleGeography) presented the outlook.", "Grey"), "TeleGeography");
    /* (a turn's label with its speaker in brackets is no introduction) */
    ck_assert_str_eq(org_of("REPORTER (JOEL NARUA): Vanuatu has 83 islands.", "REPORTER"), "");
}
END_TEST

START_TEST(introduced_office_should_keep_the_title_of_the_office)
{
    char out[96];
    const char *d = "ICT Cabinet Secretary Peter Kiprono has said so.";
    ck_assert(introduced_office(d, strlen(d), "Kiprono", 7, out, sizeof out));
    ck_assert_str_eq(out, "ICT Cabinet Secretary");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("introduced");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, an_apposition_after_the_name_should_give_its_last_part_or_the_body_after_at);
    tcase_add_test(tc, a_body_and_title_before_the_name_should_give_the_body);
    tcase_add_test(tc, a_name_opening_the_text_should_be_read_too);
    tcase_add_test(tc, a_name_introduced_with_no_body_or_only_as_a_label_should_give_none);
    tcase_add_test(tc, a_possessive_before_a_title_a_title_of_a_body_and_a_body_in_brackets_should_give_it);
    tcase_add_test(tc, introduced_office_should_keep_the_title_of_the_office);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
