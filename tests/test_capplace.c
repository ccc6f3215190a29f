/* test_capplace.c — the one place a table's caption puts its cells in
 * (capplace.h). */
#include "capplace.h"

#include <check.h>
#include <string.h>

#include "metrics.h"
#include "testutil.h"

#define M tu_metrics   /* the default metrics table (testutil.h) */

/* The place the caption c names, "" for none. */
static const char *of(const char *c)
{
    static char out[64];
    return capplace_of(M, c, 0, strlen(c), out, sizeof out) ? out : "";
}

/* The place the caption of the row holding the text w of doc gives it. */
static const char *row(const char *doc, const char *w)
{
    static char out[64];
    size_t at = (size_t)(strstr(doc, w) - doc);
    return capplace_row(M, doc, strlen(doc), at, out, sizeof out) ? out : "";
}

START_TEST(a_caption_naming_one_place_should_give_it)
{
    ck_assert_str_eq(of("Table 1\nSoutheast Asia IaaS + PaaS: Top 5 Providers, Market Share, 2023 and 2024"),
                     "southeast asia");
    ck_assert_str_eq(of("Figure 2: Submarine cable systems in Southeast Asia by main supplier, end-2023"),
                     "southeast asia");
}
END_TEST

START_TEST(a_caption_by_place_or_of_two_places_should_give_none)
{
    ck_assert_str_eq(of("Table 1. Percentage of individuals using the Internet, by region"), "");
    ck_assert_str_eq(of("Table 4. Digital Silk Road projects in Africa by country"), "");
    ck_assert_str_eq(of("Figure 3: Exports from Kenya to Uganda, 2020-2023"), "");
    ck_assert_str_eq(of("Table 2. Top 5 providers, market share"), "");
    /* (a line that does not open as a caption: a record's last field) */
    ck_assert_str_eq(of("Sources ........... Cameroon Telecommunications (CAMTEL)"), "");
    /* (a currency names no place of the figures) */
    ck_assert_str_eq(of("Table 3. Project costs by component (US$ million)"), "");
    ck_assert_str_eq(of("Table 3. Zambia: project costs (US$ million)"), "zambia");
}
END_TEST

START_TEST(a_row_of_figures_under_a_caption_should_take_its_place)
{
    const char *chart = "Intro text.\n\n"
                        "Figure 2: Submarine cable systems in Southeast Asia by main supplier, end-2023\n"
                        "SubCom 17 | Alcatel Submarine Networks 15 | NEC 13 | HMN Technologies 9\n"
                        "Source: TeleGeography.\n";
    ck_assert_str_eq(row(chart, "NEC 13"), "southeast asia");
    const char *table = "Table 1\n"
                        "Southeast Asia IaaS + PaaS: Top 5 Providers, Market Share, 2023 and 2024\n"
                        "(Share of revenue, %)\n\n"
                        "Provider                 2023 share   2024 share   2024 YoY growth\n"
                        "Amazon Web Services        36.1%        34.7%         21.3%\n"
                        "Microsoft                  18.4%        18.9%         29.0%\n";
    ck_assert_str_eq(row(table, "18.9%"), "southeast asia");
    /* (a record's fields under the last line of the record before: no caption) */
    const char *records = "Country ........... Cameroon\nLength ............ 3,200 km\n\n"
                          "Record ID ......... DSR-LA-0001\nCountry ........... Laos\n"
                          "Transponders ...... 22 (14 C-band, 8 Ku-band)\nDesign life ....... 15 years\n";
    ck_assert_str_eq(row(records, "15 years"), "");
    const char *prose = "Intro text.\n\nIn Southeast Asia HMN built 9 of 54 systems.\n";
    ck_assert_str_eq(row(prose, "9 of"), "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("capplace");
    TCase *tc = tcase_create("core");
    tcase_add_unchecked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_caption_naming_one_place_should_give_it);
    tcase_add_test(tc, a_caption_by_place_or_of_two_places_should_give_none);
    tcase_add_test(tc, a_row_of_figures_under_a_caption_should_take_its_place);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
