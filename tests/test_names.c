/* test_names.c — what a short line names (names.h), and the lines it
 * keeps read: the same answers however often and in whatever order a
 * line is asked for, and never another table's. */
#include "names.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "metrics.h"

#define MHDR "kind,id,unit,label,cues,requires,forbids\n"

static Metrics *load(const char *csv)
{
    Metrics *m;
    Diag d = {0};
    ck_assert_int_eq(metrics_load_mem("m.csv", csv, strlen(csv), &m, &d), 0);
    return m;
}

/* names_heading_scope of the line s: its scope id, or "" */
static const char *heading(const Metrics *m, const char *s)
{
    static char out[64];
    if (!names_heading_scope(m, s, 0, strlen(s), out, sizeof out))
        out[0] = '\0';
    return out;
}

START_TEST(a_heading_should_name_its_place_in_capitals_or_not)
{
    Metrics *m = load(MHDR "scope,kenya,,,Kenya,,\nscope,chad,,,Chad,,\nscope,africa,,,Africa,,\n");
    ck_assert_str_eq(heading(m, "KENYA"), "kenya");
    ck_assert_str_eq(heading(m, "Kenya:"), "kenya");
    ck_assert_str_eq(heading(m, "Kenya and its neighbours"), "");
    ck_assert_str_eq(heading(m, ""), "");
    metrics_free(m);
}
END_TEST

START_TEST(lines_asked_again_and_in_turn_should_get_the_same_answers)
{
    Metrics *m = load(MHDR "scope,kenya,,,Kenya,,\nscope,chad,,,Chad,,\nscope,ghana,,,Ghana,,\n");
    /* more lines than are kept, of the same length, again and again (a
     * scope's own id names it in any case: "kenya") */
    const char *lines[] = {"Kenya", "Ghana", "Chad.", "Kenyb", "GHANA", "CHAD:", "kenya", "Ghanb", "Chad ",
                           "KENYA", "Xxxxx"};
    const char *want[] = {"kenya", "ghana", "chad", "", "ghana", "chad", "kenya", "", "chad", "kenya", ""};
    for (int round = 0; round < 3; round++)
        for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
            ck_assert_msg(!strcmp(heading(m, lines[i]), want[i]), "round %d, '%s': got '%s'", round, lines[i],
                          heading(m, lines[i]));
    metrics_free(m);
}
END_TEST

START_TEST(a_line_read_with_another_table_should_be_read_again)
{
    Metrics *a = load(MHDR "scope,atlantis,,,Atlantis,,\n");
    ck_assert_str_eq(heading(a, "ATLANTIS"), "atlantis");
    metrics_free(a);
    /* (the new table may well sit where the old one was) */
    Metrics *b = load(MHDR "scope,lemuria,,,Lemuria,,\n");
    ck_assert_str_eq(heading(b, "ATLANTIS"), "");
    metrics_free(b);
}
END_TEST

START_TEST(a_line_should_be_read_as_written_where_case_counts)
{
    /* a heading in capitals is read in title case ("CHAD" is Chad); a
     * source's acronym as written ("ITU", not "Itu") */
    Metrics *m = load(MHDR "scope,chad,,,Chad,,\nsource,ITU,,,ITU,,\nsource,CHAD,,,CHAD,,\n");
    char out[64];
    ck_assert_str_eq(heading(m, "CHAD"), "chad");
    ck_assert_int_eq(names_known_source(m, "CHAD", 0, 4, out, sizeof out), 1);
    ck_assert_str_eq(out, "CHAD");
    ck_assert_str_eq(heading(m, "CHAD"), "chad");
    ck_assert_int_eq(names_known_source(m, "ITU", 0, 3, out, sizeof out), 1);
    ck_assert_str_eq(out, "ITU");
    metrics_free(m);
}
END_TEST

START_TEST(a_heading_should_name_the_metric_a_claim_fits)
{
    Metrics *m = load(MHDR "metric,users,people,Internet users,internet users,,\n"
                           "metric,towers,towers,Towers,towers,,\n");
    Claim c;
    claim_init(&c);
    const char *h = "Internet users (millions)";
    strcut(c.unit, sizeof c.unit, "people");
    ck_assert_int_eq(names_heading_metric(m, &c, h, 0, strlen(h)), 1);
    ck_assert_str_eq(c.metric, "users");
    /* the same line for a claim its metric does not fit */
    claim_init(&c);
    strcut(c.unit, sizeof c.unit, "km");
    ck_assert_int_eq(names_heading_metric(m, &c, h, 0, strlen(h)), 0);
    claim_fini(&c);
    metrics_free(m);
}
END_TEST

/* The header cell [from, to) is the first occurrence of cell in doc. */
static int own(const char *doc, const char *cell, const char *unit)
{
    const char *p = strstr(doc, cell);
    ck_assert_ptr_nonnull(p);
    size_t from = (size_t)(p - doc);
    return names_own_quantity(doc, strlen(doc), from, from + strlen(cell), unit);
}

START_TEST(a_header_should_name_its_own_quantity_only_with_a_word_before_its_noun)
{
    ck_assert_int_eq(own("Partner countries", "Partner countries", "countries"), 1);
    ck_assert_int_eq(own("Cable    Landing\n         countries\n", "Landing", "countries"), 1);
    /* the noun alone, a count of it, a noun said after it, a date */
    ck_assert_int_eq(own("Countries", "Countries", "countries"), 0);
    ck_assert_int_eq(own("Number of projects", "Number of projects", "projects"), 0);
    ck_assert_int_eq(own("Countries covered", "Countries covered", "countries"), 0);
    ck_assert_int_eq(own("Region    Dec 2023\n", "Dec 2023", "people"), 0);
    /* a word over another noun on the next line, or over none */
    ck_assert_int_eq(own("Cable    Landing\n         points\n", "Landing", "countries"), 0);
    ck_assert_int_eq(own("Cable    Landing\n", "Landing", "countries"), 0);
    /* money, shares and symbols are no counted nouns */
    ck_assert_int_eq(own("Committed (US$ bn)", "Committed (US$ bn)", "USD"), 0);
    ck_assert_int_eq(own("Design capacity", "Design capacity", "Tbps"), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("names");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_heading_should_name_its_place_in_capitals_or_not);
    tcase_add_test(tc, lines_asked_again_and_in_turn_should_get_the_same_answers);
    tcase_add_test(tc, a_line_read_with_another_table_should_be_read_again);
    tcase_add_test(tc, a_line_should_be_read_as_written_where_case_counts);
    tcase_add_test(tc, a_heading_should_name_the_metric_a_claim_fits);
    tcase_add_test(tc, a_header_should_name_its_own_quantity_only_with_a_word_before_its_noun);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
