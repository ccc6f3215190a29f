/* test_itemref.c — the item a sum's clause prices without naming it
 * (itemref.h), as extract gives it with the bundled data/metrics.csv. */
#include "itemref.h"
#include "metrics.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#define metric_of tu_metric_of

START_TEST(a_sum_priced_by_reference_should_take_the_item_its_paragraph_names)
{
    const char *d = "This summary presents the findings for the second phase of the Konza Data Centre. The "
                    "facility would extend the existing centre. The total project cost is estimated at US$185 "
                    "million (approximately KES 23.9 billion).\n";
    ck_assert_str_eq(metric_of(d, "US$185 million"), "data_center_cost");
    /* (a sum in brackets after it is the same sum) */
    ck_assert_str_eq(metric_of(d, "KES 23.9 billion"), "data_center_cost");
    d = "Senegal and Huawei signed an agreement for a second national data centre at Diamniadio. The first "
        "facility, which opened in 2021, cost about 45 billion CFA francs.\n";
    ck_assert_str_eq(metric_of(d, "45 billion CFA"), "data_center_cost");
    /* the loan the rest of the sentence speaks of is no forbid of the
     * price; the part it financed is no price */
    d = "In 2017 the Government contracted Huawei to construct a National Data Centre in Lusaka. The contract "
        "price was US$ 115.3 million, of which 85%, or US$ 98.0 million, was financed by a preferential "
        "buyer's credit.\n";
    ck_assert_str_eq(metric_of(d, "US$ 115.3 million"), "data_center_cost");
    ck_assert_str_eq(metric_of(d, "US$ 98.0 million"), "");
    /* an acronym the document defined for the item */
    d = "The National Data Centre (NDC) at Area 3 hosts e-government services.\n\n"
        "3.2 Finding 1: The project cost exceeded the approved budget\n\n"
        "The audit established that the total cost of the NDC stood at US$61.2 million.\n";
    ck_assert_str_eq(metric_of(d, "US$61.2 million"), "data_center_cost");
    /* a paragraph opening on "the facility" goes on with the one before */
    d = "BATAM - A 40-megawatt data centre opened in the Nongsa Digital Park on Friday.\n\n"
        "The four-storey facility cost Rp 4.8 trillion (about US$295 million) to build.\n";
    ck_assert_str_eq(metric_of(d, "US$295 million"), "data_center_cost");
    /* an item named in the plural, a clause of one of them */
    d = "The picture is similar for data centres. We were told that a single mid-sized facility in Africa "
        "costs about $60 million.\n";
    ck_assert_str_eq(metric_of(d, "$60 million"), "data_center_cost");
}
END_TEST

START_TEST(a_sum_of_another_thing_should_not_take_the_item)
{
    /* the text moved on to another kind of thing */
    const char *d = "Component A: National Data Centre Phase II. Estimated cost: US$71.2 million.\n"
                    "Component B: Provincial fibre backbone, 2,350 km. Estimated cost: US$97.3 million.\n";
    ck_assert_str_eq(metric_of(d, "US$71.2 million"), "data_center_cost");
    ck_assert_str_eq(metric_of(d, "US$97.3 million"), "");
    /* the clause names what it prices, or prices nothing */
    d = "The data centre opened in 2021. Chinese investment in Indonesia's digital economy reached US$1.9 "
        "billion in 2024.\n";
    ck_assert_str_eq(metric_of(d, "US$1.9 billion"), "");
    d = "The data centre opened in 2021. The ministry then paid US$2 million to the contractor.\n";
    ck_assert_str_eq(metric_of(d, "US$2 million"), "");
    /* a forbid of the metric in the sentence: a yearly flow */
    d = "The data centre opened in 2021. Its running cost is about US$3 million a year.\n";
    ck_assert_str_eq(metric_of(d, "US$3 million"), "");
    /* an item of a list speaks of its own thing */
    d = "- Kenya's Konza data centre was financed with a loan of about $172.5 million.\n"
        "- In Pakistan, the cross-border link stretches 820 km and cost roughly $44 million.\n";
    ck_assert_str_eq(metric_of(d, "$44 million"), "");
    /* many items, no clause of one of them */
    d = "Chinese firms have built 26 data centres in Africa. Their cost reached $2 billion.\n";
    ck_assert_str_eq(metric_of(d, "$2 billion"), "");
    /* a new paragraph that does not refer back */
    d = "The firms supplied data centre equipment to the army.\n\n"
        "The ERC also added 11 entities that diverted items valued at about $3.6 million.\n";
    ck_assert_str_eq(metric_of(d, "$3.6 million"), "");
    /* a loan for the broadband network the data centre is joined to
     * (examples/dsr's AidData record on Cameroon's data centre) */
    d = "Cameroon's National Data Centre in Zamengoe cost $57.2 million. The data centre was connected to the "
        "national fibre backbone, part of which was built under the National Broadband Network Project Phase "
        "II, financed through a $168 million loan from China Eximbank.\n";
    ck_assert_str_eq(metric_of(d, "$57.2 million"), "data_center_cost");
    ck_assert_str_eq(metric_of(d, "$168 million"), "");
    /* a company named Backbone builds a data centre: its cost is one */
    d = "Galaxy Backbone data centre expansion, Nigeria: US$328 million, financed by China Exim.\n";
    ck_assert_str_eq(metric_of(d, "US$328 million"), "data_center_cost");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("itemref");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_sum_priced_by_reference_should_take_the_item_its_paragraph_names);
    tcase_add_test(tc, a_sum_of_another_thing_should_not_take_the_item);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
