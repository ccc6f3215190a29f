/* test_recowner.c — the owner of the record a figure is read from
 * (recowner.h, metrics_record_owner). */
#include "claim.h"
#include "metrics.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#define OWNER(s, span, want) ck_assert_str_eq(tu_credit_of(metrics_record_owner, s, span), want)

/* The owner in the possessive, past the record's title, year and kind. */
START_TEST(a_name_in_the_possessive_before_a_record_should_own_its_figures)
{
    OWNER("AidData's Global Chinese Development Finance dataset records US$6.3 billion in Chinese official finance.",
          "US$6.3 billion", "AidData");
    OWNER("Dell'Oro's full-year 2023 numbers for the total telecom equipment market: Huawei 31%, Nokia 14%.", "14%",
          "Dell'Oro");
    OWNER("The Boston University Global Development Policy Center's Chinese Loans to Africa Database records 1,243 "
          "loans.", "1,243", "Boston University Global Development Policy Center");
    OWNER("By BT's own estimate, Huawei equipment serves about 50% of the UK's full-fibre access lines.", "50%", "BT");
    OWNER("EDIT: PTA's latest says 193 million cellular subs.", "193 million", "PTA");
    OWNER("It would have benefited from the ITU's numbers on who is actually connected: 5.4 billion people.",
          "5.4 billion", "ITU");
}
END_TEST

/* A name that modifies the record, and a name after "from". */
START_TEST(a_name_before_a_record_or_after_from_should_own_its_figures)
{
    OWNER("The CSIS numbers I've seen put HMN at about 10% of cables built.", "10%", "CSIS");
    OWNER("GSMA Intelligence data shared with us show that around 64% used Huawei radio equipment.", "64%",
          "GSMA Intelligence");
    OWNER("Uganda Electricity Transmission Company (UETCL) documents list a substation rated at 20 MVA.", "20 MVA",
          "Uganda Electricity Transmission Company (UETCL)");
    OWNER("The most cited estimate, from the consultancy Serianu, put annual losses at $210 million.", "$210 million",
          "Serianu");
    OWNER("Evidence from techUK suggested that fewer than a quarter of its members knew.", "a quarter", "techUK");
}
END_TEST

/* No owner: a place's record, a compound the record only modifies, the
 * record's own figure, a record in brackets that closes before the
 * figure, a common noun opening the sentence, another clause. */
START_TEST(a_record_that_tells_nothing_of_the_figure_should_credit_no_one)
{
    OWNER("Kenya's data show 54.6 million subscriptions.", "54.6 million", "");
    OWNER("Fixed data subscriptions grew by 7.8 per cent to 1.52 million.", "7.8 per cent", "");
    OWNER("Installed data-centre capacity reached an estimated 420 MW.", "420 MW", "");
    OWNER("Mobile data use rose 20% in 2023.", "20%", "");
    OWNER("It was just under the Broadband Commission's 2 percent target, but above 6 percent for the poorest.",
          "6 percent", "");
    OWNER("Cybercrime cost $4bn (Interpol's number), versus maybe $10bn from others.", "$10bn", "");
    OWNER("Household survey results show 1,204 respondents.", "1,204", "");
    OWNER("AidData's count is lower; the ministry spent $5 million.", "$5 million", "");
    OWNER("Our data show 40% growth.", "40%", "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("recowner");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_name_in_the_possessive_before_a_record_should_own_its_figures);
    tcase_add_test(tc, a_name_before_a_record_or_after_from_should_own_its_figures);
    tcase_add_test(tc, a_record_that_tells_nothing_of_the_figure_should_credit_no_one);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
