/* test_issueline.c — the line of a document's place and date of issue
 * (issueline.h). */
#include "issueline.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The place of line s, or "(none)". */
static const char *place(const char *s)
{
    static char out[64];
    size_t ps, pe;
    if (!issueline_place(s, 0, strlen(s), &ps, &pe))
        return "(none)";
    memcpy(out, s + ps, pe - ps);
    out[pe - ps] = '\0';
    return out;
}

START_TEST(a_place_and_a_date_alone_should_give_the_place)
{
    ck_assert_str_eq(place("Djibouti, March 2024"), "Djibouti");
    ck_assert_str_eq(place("Lusaka, 31 October 2024  "), "Lusaka");
    ck_assert_str_eq(place("Dar es Salaam, 4 November 2022"), "Dar es Salaam");
    ck_assert_str_eq(place("Islamabad, August 18, 2023\r"), "Islamabad");
}
END_TEST

START_TEST(any_other_line_should_give_none)
{
    ck_assert_str_eq(place("Tuesday, November 19, 2024"), "Tuesday");   /* (a weekday: no place names it) */
    ck_assert_str_eq(place("March, 2024"), "(none)");
    ck_assert_str_eq(place("LAGOS, March 15 (Reuters) - Traffic fell"), "(none)");
    ck_assert_str_eq(place("External Trade in Telecommunication Equipment, March 2025"), "(none)");
    ck_assert_str_eq(place("Version 2.1, March 2024"), "(none)");
    ck_assert_str_eq(place("Djibouti, a record year"), "(none)");
    ck_assert_str_eq(place("Djibouti March 2024"), "(none)");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("issueline");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_place_and_a_date_alone_should_give_the_place);
    tcase_add_test(tc, any_other_line_should_give_none);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
