/* test_natcur.c — a currency named by its nation (natcur.h) and the
 * dollar a document declares (dollarhome.h). */
#include "claim.h"
#include "dollarhome.h"
#include "natcur.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static const char *at(const char *s, size_t *end)
{
    return natcur_at((const unsigned char *)s, strlen(s), 0, end);
}

START_TEST(a_nations_currency_should_be_its_code)
{
    size_t e = 0;
    ck_assert_str_eq(at("Kenyan shillings a month", &e), "KES");
    ck_assert_uint_eq(e, strlen("Kenyan shillings"));
    ck_assert_str_eq(at("Philippine peso", &e), "PHP");
    ck_assert_str_eq(at("Canadian  dollars", &e), "CAD");
    ck_assert_str_eq(at("Lao kip", &e), "LAK");
    ck_assert_str_eq(at("Hong Kong dollars", &e), "HKD");
}
END_TEST

START_TEST(a_nation_without_its_currency_should_be_none)
{
    size_t e = 0;
    ck_assert_ptr_null(at("Kenyan officials", &e));
    ck_assert_ptr_null(at("Canadian", &e));
    ck_assert_ptr_null(at("kenyan shillings", &e));   /* (a nation is capitalised) */
    ck_assert_ptr_null(at("Kenyanshillings", &e));
    ck_assert_ptr_null(at("Indian shillings", &e));
}
END_TEST

static const char *decl(const char *s) { return dollarhome_read(s, strlen(s)); }

START_TEST(a_declared_dollar_should_be_read)
{
    ck_assert_str_eq(decl("Summary.\nAll amounts in this note are in millions of Canadian dollars unless otherwise stated."),
                     "CAD");
    ck_assert_str_eq(decl("Figures are expressed in Australian dollars."), "AUD");
    ck_assert_str_eq(decl("Values in constant 2020 New Zealand dollars."), "NZD");
}
END_TEST

START_TEST(a_figure_in_a_nations_dollars_should_declare_nothing)
{
    /* one figure's currency, not the document's */
    ck_assert_ptr_null(decl("The province spent 5 million Canadian dollars on the cable."));
    ck_assert_ptr_null(decl("Sales rose in Canadian dollars terms."));
    ck_assert_ptr_null(decl("All amounts are in US dollars."));
    ck_assert_ptr_null(decl("All amounts are in dollars."));
}
END_TEST

START_TEST(a_us_dollar_figure_should_keep_its_currency)
{
    Claim c;
    claim_init(&c);
    c.text = strdup("$1,087 million");
    strcpy(c.unit, "USD");
    ck_assert_int_eq(dollarhome_apply(&c, "CAD"), 1);
    ck_assert_str_eq(c.unit, "CAD");
    strcpy(c.unit, "USD/year");
    ck_assert_int_eq(dollarhome_apply(&c, "CAD"), 1);
    ck_assert_str_eq(c.unit, "CAD/year");
    strcpy(c.unit, "USD/EUR");   /* a rate of two currencies */
    ck_assert_int_eq(dollarhome_apply(&c, "CAD"), 0);
    free(c.text);
    c.text = strdup("US$35 million");
    strcpy(c.unit, "USD");
    ck_assert_int_eq(dollarhome_apply(&c, "CAD"), 0);
    ck_assert_str_eq(c.unit, "USD");
    ck_assert_int_eq(dollarhome_apply(&c, NULL), 0);
    free(c.text);
    c.text = NULL;
    claim_fini(&c);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("natcur");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_nations_currency_should_be_its_code);
    tcase_add_test(tc, a_nation_without_its_currency_should_be_none);
    tcase_add_test(tc, a_declared_dollar_should_be_read);
    tcase_add_test(tc, a_figure_in_a_nations_dollars_should_declare_nothing);
    tcase_add_test(tc, a_us_dollar_figure_should_keep_its_currency);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
