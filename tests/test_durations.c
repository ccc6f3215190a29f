/* test_durations.c — when a duration is the quantity measured
 * (durations.h): its answers, and their cost in a text of one long line. */
#include "durations.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* durations_measured of the first "N unit" (number fig, unit word u) in s. */
static int measured(const char *s, const char *fig, const char *u)
{
    const char *f = strstr(s, fig);
    ck_assert_ptr_nonnull(f);
    const char *w = strstr(f, u);
    ck_assert_ptr_nonnull(w);
    return durations_measured(s, strlen(s), (size_t)(f - s), (size_t)(w - s), (size_t)(w - s) + strlen(u));
}

START_TEST(a_line_of_a_duration_alone_should_head_and_a_cell_should_measure)
{
    ck_assert_int_eq(measured("Outages averaged 11 hours last year.", "11 hours", "hours"), DUR_MEASURED);
    ck_assert_int_eq(measured("Prices rose over the past five years.", "five years", "years"), DUR_NO);
    /* a line that is the duration alone heads a section */
    ck_assert_int_eq(measured("Intro.\n  Nine months\nThe work went on.", "Nine months", "months"), DUR_NO);
    /* a row's last cell after a column's gap is measured */
    ck_assert_int_eq(measured("Repair time      38 days\n", "38 days", "days"), DUR_MEASURED);
}
END_TEST

/* One line of some 2 MB with a duration every 60 bytes: each is asked
 * whether blanks alone stand before it on its line, which must not read
 * back to the line's start (it did: quadratic, minutes for this line). */
START_TEST(a_long_line_of_durations_should_be_read_in_linear_time)
{
    static const char unit[] = "The works lasted 3 years and cost a lot; ";
    size_t ul = sizeof unit - 1, reps = 50000, n = ul * reps;
    char *p = malloc(n);
    ck_assert_ptr_nonnull(p);
    for (size_t k = 0; k < reps; k++)
        memcpy(p + k * ul, unit, ul);
    double t0 = tu_cpu_seconds(); /* CPU, not wall: the machine's load is no defect */
    size_t off = (size_t)(strstr(unit, "3 years") - unit);
    for (size_t k = 0; k < reps; k++) {
        size_t s = k * ul + off;
        ck_assert_int_eq(durations_measured(p, n, s, s + 2, s + 7), DUR_MEASURED);
    }
    double secs = tu_cpu_seconds() - t0;
    ck_assert_msg(secs < 2.0, "%.2f s for %zu durations on one line", secs, reps);
    free(p);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("durations");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, a_line_of_a_duration_alone_should_head_and_a_cell_should_measure);
    tcase_add_test(tc, a_long_line_of_durations_should_be_read_in_linear_time);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
