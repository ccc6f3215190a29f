/* test_itemrows.c — a table whose rows are single projects (itemrows.h). */
#include "itemrows.h"
#include "metrics.h"
#include "testutil.h"

#include <check.h>
#include <string.h>

#define M tu_metrics   /* the default metrics table (testutil.h) */

static int table(const char *s, const char *head)
{
    const char *p = strstr(s, head);
    ck_assert_ptr_nonnull(p);
    return itemrows_project_table(s, strlen(s), (size_t)(p - s));
}

START_TEST(a_header_naming_a_project_column_should_make_a_project_table)
{
    ck_assert_int_eq(table("Project   Lender   Amount\nNOFBI   China Exim   150\n", "Amount"), 1);
    ck_assert_int_eq(table("| Facility | Country | Cost (US$ million) |\n", "Cost"), 1);
    ck_assert_int_eq(table("record_id\tcountry\tproject\tamount_m\n", "amount_m"), 1);
    /* a count of projects per region is no project column */
    ck_assert_int_eq(table("Region   Projects   Countries   Value (US$ bn)\n", "Value"), 0);
    ck_assert_int_eq(table("Region   Loans   Amount\n", "Amount"), 0);
    /* (words that only start with the name) */
    ck_assert_int_eq(table("Projection   Value\n", "Value"), 0);
}
END_TEST

START_TEST(a_project_row_should_keep_only_an_item_metric_its_label_names)
{
    const char *s = "Project              Value\nNational Data Centre  172\nBackbone Phase II     70\n";
    Claim c;
    claim_init(&c);
    const char *p = strstr(s, "70\n");
    c.start = (size_t)(p - s), c.end = c.start + 2;
    strcpy(c.unit, "USD");
    strcpy(c.metric, "dsr_investment");
    const char *l = strstr(s, "Backbone");
    ck_assert_int_eq(itemrows_row_metric(M, &c, s, strlen(s), strstr(s, "Value") - s, l - s, l - s + 17), 1);
    ck_assert_str_eq(c.metric, "");
    strcpy(c.metric, "dsr_investment");
    l = strstr(s, "National");
    ck_assert_int_eq(itemrows_row_metric(M, &c, s, strlen(s), strstr(s, "Value") - s, l - s, l - s + 20), 1);
    ck_assert_str_eq(c.metric, "data_center_cost");
    /* an item's metric stands */
    ck_assert_int_eq(itemrows_row_metric(M, &c, s, strlen(s), strstr(s, "Value") - s, l - s, l - s + 20), 0);
    ck_assert_str_eq(c.metric, "data_center_cost");
    claim_fini(&c);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("itemrows");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_header_naming_a_project_column_should_make_a_project_table);
    tcase_add_test(tc, a_project_row_should_keep_only_an_item_metric_its_label_names);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
