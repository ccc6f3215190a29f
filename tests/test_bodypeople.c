/* test_bodypeople.c — a body's people speak for it (bodypeople.h), as
 * the sentence's credit (metrics_classify). */
#include "claim.h"
#include "metrics.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#define SOURCE(s, span, want) ck_assert_str_eq(tu_credit_of(NULL, s, span), want)

START_TEST(a_bodys_person_as_subject_should_credit_the_body_whatever_the_verb)
{
    SOURCE("Update 15:25 GMT: An ITU spokesperson clarified that the number of internet users reached 5.5 billion.",
           "5.5 billion", "ITU");
    SOURCE("GSMA's head of Africa told a panel that mobile broadband networks now cover 87% of people.", "87%",
           "GSMA");
    SOURCE("ITU Secretary-General Doreen Bogdan-Martin told the plenary that 2.6 billion people remained offline.",
           "2.6 billion", "ITU");
    SOURCE("Nomura economists cut their 2019 China growth forecast by 0.3 percentage point to 6.0%.", "6.0%",
           "Nomura");
    SOURCE("Meridian Telecom's chief executive, Ana Ruiz, said revenue rose 12% last year.", "12%",
           "Meridian Telecom");
}
END_TEST

/* No body: a minister of no body named, a people, a word that opens any
 * sentence before analysts, a pronoun, a body's kind, another clause. */
START_TEST(a_subject_that_names_no_body_should_not_be_credited_as_one)
{
    SOURCE("Foreign Minister Wang Yi visited 30 countries.", "30 countries", "");
    SOURCE("Kenyan officials visited 30 towers.", "30 towers", "");
    SOURCE("Industry analysts see 30% growth.", "30%", "");
    SOURCE("Security researchers saw 40 flaws.", "40 flaws", "");
    SOURCE("Our economists see 3% growth.", "3%", "");
    SOURCE("Company officials see 3% growth.", "3%", "");
    SOURCE("Nomura economists met the minister; the budget rose 3%.", "3%", "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bodypeople");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_bodys_person_as_subject_should_credit_the_body_whatever_the_verb);
    tcase_add_test(tc, a_subject_that_names_no_body_should_not_be_credited_as_one);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
