/* test_rownote.c — a table's note keyed to a row by its mark (rownote.h). */
#include "rownote.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "metrics.h"
#include "testutil.h"

#define M tu_metrics   /* the default metrics table (testutil.h) */

static const char *DOC = "id\tcountry\tproject\tnotes\n"
                         "1\tUzbekistan\tTashkent Safe City\ta\n"
                         "2\tKyrgyzstan\tSafe City (China Road and Bridge Corp.)\t\n"
                         "3\tPakistan\tLahore Safe City\tc\n"
                         "\n"
                         "Notes\n"
                         "a. Framework agreement; 4,500 cameras in phase 1.\n"
                         "c. Punjab Safe Cities Authority; covers 8,000 cameras.\n"
                         "(b) No such row; 12 sites.\n"
                         "Totals: 3 records.\n";

/* The place of the row the note holding the text w marks, "" for none. */
static const char *place_at(const char *w)
{
    static char out[64];
    size_t at = (size_t)(strstr(DOC, w) - DOC);
    return rownote_place(M, DOC, strlen(DOC), at, out, sizeof out) ? out : "";
}

START_TEST(a_note_should_take_the_place_of_the_row_its_mark_stands_in)
{
    ck_assert_str_eq(place_at("4,500"), "uzbekistan");
    ck_assert_str_eq(place_at("8,000"), "pakistan");
}
END_TEST

START_TEST(no_note_or_no_marked_row_should_give_no_place)
{
    ck_assert_str_eq(place_at("12 sites"), "");
    ck_assert_str_eq(place_at("3 records"), "");
    ck_assert_str_eq(place_at("Tashkent"), "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("rownote");
    TCase *tc = tcase_create("core");
    tcase_add_unchecked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_note_should_take_the_place_of_the_row_its_mark_stands_in);
    tcase_add_test(tc, no_note_or_no_marked_row_should_give_no_place);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
