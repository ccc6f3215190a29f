/* test_bodyact.c — a body's own act, decision or stated intention
 * (bodyact.h, metrics_body_act). */
#include "bodyact.h"
#include "claim.h"
#include "metrics.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#define ACTOR(s, span, want) ck_assert_str_eq(tu_credit_of(metrics_body_act, s, span), want)

START_TEST(a_bodys_own_act_or_intention_should_be_its_to_tell)
{
    ACTOR("Since 2021, OFAC has designated more than 60 individuals and entities.", "60", "OFAC");
    ACTOR("The ERC determined to add 16 entities in China.", "16", "ERC");
    ACTOR("Singapore's IMDA will allocate at least 300 MW of new data centre capacity.", "300 MW", "IMDA");
    ACTOR("The Japan International Cooperation Agency (JICA) is considering a package of around 30 billion yen.",
          "30 billion yen", "Japan International Cooperation Agency (JICA)");
    ACTOR("Zong, owned by China Mobile, has invested over $3.5bn in the country.", "$3.5bn", "Zong");
    ACTOR("Huawei, which opened its first data centre in Santiago in 2019, announced an investment of US$ 100 "
          "million.",
          "US$ 100", "Huawei");
    /* what a body did and counted itself */
    ACTOR("The Fraud Reporting Bureau received 41,200 reports of phishing last year.", "41,200",
          "Fraud Reporting Bureau");
    ACTOR("Over the period, the Lakeland Cyber Centre handled 512 incidents.", "512", "Lakeland Cyber Centre");
    ACTOR("Through its outreach fund, the Foreign Office spent £6.2 million on training.", "£6.2", "Foreign Office");
    /* (an opening phrase with no comma) */
    ACTOR("In the nine months to June the Coastal Response Team (CRT) issued 88 advisories.", "88",
          "Coastal Response Team (CRT)");
}
END_TEST

/* Not passive, not a state, not a plural noun or a defined term opening
 * the sentence, not a place, not another clause's figure. */
START_TEST(what_is_no_bodys_own_act_should_credit_no_one)
{
    ACTOR("The Digital Foundations Project (DFP) was approved in March 2018 with US$ 40 million.", "US$ 40", "");
    ACTOR("PADI operates 23 data centres with 512MW of capacity.", "23 data", "");
    ACTOR("Projects announced in 2022 are under-counted by 15 to 25 percent.", "15 to 25", "");
    ACTOR("The Summit also launched a working group of 12 members.", "12 members", "");
    ACTOR("Kenya plans to connect 25,000 schools.", "25,000", "");
    ACTOR("Huawei announced a plan; costs rose 12%.", "12%", "");
    ACTOR("Four launches of 12 satellites each brought the fleet to 48.", "12 satellites", "");
    ACTOR("Budget approved   $42.0 million", "$42.0", "");
    /* (an acronym's plural is a kind of body; an opening phrase's own
     * article names no subject) */
    ACTOR("Participating CSIRTs handled 3,400 tickets in 2024.", "3,400", "");
    ACTOR("In the Lowland Republic the ministry received 900 bids.", "900", "");
}
END_TEST

#define HOLDER(s, span, want) ck_assert_str_eq(tu_credit_of(metrics_body_state, s, span), want)

/* What a body holds, runs or did to its own business, told with it as
 * the sentence's subject; "has" as the main verb before the figure. */
START_TEST(what_a_body_holds_or_runs_should_be_its_to_tell)
{
    HOLDER("Northwind Cloud now operates 64 availability zones in 21 regions.", "64", "Northwind Cloud");
    HOLDER("Harbourline, which runs about 5,200 fibre nodes, says none of it was financed by state lenders.",
           "5,200", "Harbourline");
    HOLDER("Riverstone Telecom has 3 data centres on the coast.", "3 data", "Riverstone Telecom");
    HOLDER("Riverstone Telecom has about 40 towers on the coast.", "40", "Riverstone Telecom");
    HOLDER("Northwind Cloud cut prices on more than 120 storage products in March.", "120", "Northwind Cloud");
    HOLDER("Lakeshore Cable, the former Example Marine, has built or upgraded about 90 cable systems.", "90",
           "Lakeshore Cable");
    /* (not "has" before another verb, not a passive, not a place, not
     * one word opening the sentence that names no one) */
    HOLDER("Riverstone Telecom has agreed to buy 12 towers.", "12", "");
    HOLDER("The network was built in 14 months.", "14", "");
    HOLDER("Kenya operates 6 landing stations.", "6", "");
    HOLDER("Operators run 5,000 sites in the north.", "5,000", "");
    HOLDER("Riverstone Telecom has in its plans 40 new towers.", "40", "");
}
END_TEST

/* An organ named by its kind alone is whatever body speaks; a body named
 * in full is itself. */
START_TEST(an_organ_by_its_kind_should_be_known)
{
    ck_assert(bodyact_organ("Board of Directors"));
    ck_assert(bodyact_organ("Executive Board"));
    ck_assert(bodyact_organ("Secretariat"));
    ck_assert(!bodyact_organ("Harbour Board of Ruritania"));
    ck_assert(!bodyact_organ("Orvane Telecom"));
    ck_assert(!bodyact_organ(""));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bodyact");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_bodys_own_act_or_intention_should_be_its_to_tell);
    tcase_add_test(tc, what_is_no_bodys_own_act_should_credit_no_one);
    tcase_add_test(tc, what_a_body_holds_or_runs_should_be_its_to_tell);
    tcase_add_test(tc, an_organ_by_its_kind_should_be_known);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
