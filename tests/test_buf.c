/* test_buf.c — the byte buffer: appends grow it, its cap refuses whole
 * appends and leaves it as it was, printf formats in place or after
 * growing, numbers print to their decimals without printf. */
#include "buf.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

START_TEST(printf_should_append_whether_it_fits_or_grows)
{
    Buf b;
    buf_init(&b, 0);
    ck_assert_int_eq(buf_printf(&b, "%d-%s", 42, "x"), 0);   /* no room at all yet */
    ck_assert_str_eq(b.data, "42-x");
    ck_assert_int_eq(buf_printf(&b, "|%c", 'y'), 0);          /* fits in the room */
    ck_assert_str_eq(b.data, "42-x|y");
    char big[1000];
    memset(big, 'z', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    ck_assert_int_eq(buf_printf(&b, "[%s]", big), 0);         /* past the room: grows */
    ck_assert_uint_eq(b.len, 6 + 2 + 999);
    ck_assert_uint_eq(strlen(b.data), b.len);
    ck_assert(b.data[6] == '[' && b.data[b.len - 1] == ']');
    buf_free(&b);
}
END_TEST

START_TEST(cap_should_refuse_a_whole_append_and_keep_the_text)
{
    Buf b;
    buf_init(&b, 10);
    ck_assert_int_eq(buf_puts(&b, "abc"), 0);
    ck_assert_int_eq(buf_printf(&b, "%s", "0123456"), 0);     /* exactly 10 */
    ck_assert_int_eq(buf_printf(&b, "%s", "!"), -1);          /* in the room, over the cap */
    ck_assert_uint_eq(b.len, 10);
    ck_assert_str_eq(b.data, "abc0123456");
    ck_assert_int_eq(buf_printf(&b, "%s", "a much longer text than the room"), -1);
    ck_assert_str_eq(b.data, "abc0123456");
    ck_assert_int_eq(buf_puts(&b, "x"), -1);
    ck_assert_uint_eq(b.len, 10);
    buf_free(&b);
}
END_TEST

START_TEST(fixed_should_cut_trailing_zeros_and_round)
{
    static const struct {
        double v;
        int decimals;
        const char *want;
    } cases[] = {
        {0, 3, "0"},         {1.5, 3, "1.5"},       {-2, 3, "-2"},       {0.125, 3, "0.125"},
        {0.1234, 3, "0.123"}, {0.0005, 3, "0.001"},  {-0.0004, 3, "0"},   {2.0004, 3, "2"},
        {960, 3, "960"},     {0.5, 0, "1"},         {0.447059, 4, "0.4471"}, {1e13, 3, "0"},
        {NAN, 3, "0"},       {0.0000015, 6, "0.000002"}, {7.25, 9, "7.25"}, {-10.5, 1, "-10.5"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Buf b;
        buf_init(&b, 0);
        buf_fixed(&b, cases[i].v, cases[i].decimals);
        ck_assert_msg(strcmp(b.data, cases[i].want) == 0, "%g to %d decimals: '%s', want '%s'",
                      cases[i].v, cases[i].decimals, b.data, cases[i].want);
        buf_free(&b);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("buf");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, printf_should_append_whether_it_fits_or_grows);
    tcase_add_test(tc, cap_should_refuse_a_whole_append_and_keep_the_text);
    tcase_add_test(tc, fixed_should_cut_trailing_zeros_and_round);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
