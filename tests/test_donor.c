/* test_donor.c — the place that gives the money (donor.h). */
#include "donor.h"
#include "testutil.h"

#include <check.h>
#include <string.h>

static int verb(const char *w)
{
    return donor_verb_at(w, 0, strlen(w));
}

/* Every verb of giving is seen at its first letter, whatever the letter
 * (the quick look by first letter is read from the list, not written out
 * beside it), and no other word is. */
START_TEST(each_verb_of_giving_should_be_seen_at_its_first_letter)
{
    static const char *const giving[] = {"committed", "Pledged", "provides", "granted", "donated", "lent",
                                         "contributed", "disbursed", "offers", NULL};
    for (int k = 0; giving[k]; k++)
        ck_assert_msg(verb(giving[k]), "%s", giving[k]);
    static const char *const others[] = {"invested", "funded", "allocated", "commit", "offering", "lender", NULL};
    for (int k = 0; others[k]; k++)
        ck_assert_msg(!verb(others[k]), "%s", others[k]);
}
END_TEST

/* "The U.S. alone committed $16.6 million": the place gives; "In Kenya
 * Safaricom provided $3 million": a preposition makes it no subject. */
START_TEST(a_place_before_a_verb_of_giving_should_be_the_giver)
{
    const char *a = "The U.S. alone committed $16.6 million for the cable.";
    size_t s = (size_t)(strstr(a, "U.S.") - a), at = (size_t)(strstr(a, "$16.6") - a);
    ck_assert(donor_subject(a, 0, strlen(a), s, s + 4, at));
    const char *b = "In Kenya Safaricom provided $3 million.";
    s = (size_t)(strstr(b, "Kenya") - b), at = (size_t)(strstr(b, "$3") - b);
    ck_assert(!donor_subject(b, 0, strlen(b), s, s + 5, at));
    /* (another clause's figure: after a ";") */
    const char *c = "Japan pledged support; costs reached $9 million.";
    at = (size_t)(strstr(c, "$9") - c);
    ck_assert(!donor_subject(c, 0, strlen(c), 0, 5, at));
}
END_TEST

/* "US$30 million from Japan": the place after "from" behind the sum
 * gives it; "sales from China rose 4%", "15% from 2020" give nothing. */
static int after(const char *s, const char *place, const char *claim)
{
    return donor_after_sum(s, 0, (size_t)(strstr(s, place) - s), (size_t)(strstr(s, claim) - s));
}

START_TEST(a_place_after_a_sum_and_from_should_be_the_giver)
{
    ck_assert(after("US$30 million from Japan through the Japan-ASEAN Integration Fund;", "Japan", "US$30"));
    ck_assert(after("EUR 60 million from the European Union under the Global Gateway initiative, and AUD 25 "
                    "million from Australia;", "European", "EUR 60"));
    ck_assert(after("EUR 60 million from the European Union, and AUD 25 million from Australia;", "Australia",
                    "AUD 25"));
    ck_assert(!after("Imports rose 4% from China in 2023.", "China", "4%"));
    ck_assert(!after("US$30 million came last year from Japan.", "Japan", "US$30"));
    ck_assert(!after("EUR 60 million from the European Union, and AUD 25 million from Australia;", "Australia",
                     "EUR 60"));
    ck_assert(donor_word_at("from Japan", 0, 10) && !donor_word_at("frame", 0, 5));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("donor");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, each_verb_of_giving_should_be_seen_at_its_first_letter);
    tcase_add_test(tc, a_place_before_a_verb_of_giving_should_be_the_giver);
    tcase_add_test(tc, a_place_after_a_sum_and_from_should_be_the_giver);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
