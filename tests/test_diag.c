/* test_diag.c — the one message funnel: one line per error, whatever the
 * names and messages hold; claim fields cut only between characters. */
#include "diag.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

START_TEST(escape_should_make_control_characters_visible_and_keep_text)
{
    char out[256];
    ck_assert_str_eq(diag_escape(out, sizeof out, "plain 话语权 café"), "plain 话语权 café");
    ck_assert_str_eq(diag_escape(out, sizeof out, "a\nb\rc\td"), "a\\nb\\rc\\td");
    ck_assert_str_eq(diag_escape(out, sizeof out, "x\x1b[31mred"), "x\\x1b[31mred");
    ck_assert_str_eq(diag_escape(out, sizeof out, "del\x7f"), "del\\x7f");
    /* C1 controls (U+009B is CSI on some terminals) and invalid UTF-8 */
    ck_assert_str_eq(diag_escape(out, sizeof out, "c1\xc2\x9b" "2J"), "c1\\u009b2J");
    ck_assert_str_eq(diag_escape(out, sizeof out, "bad\xff\xc3"), "bad\\xff\\xc3");
    ck_assert_str_eq(diag_escape(out, sizeof out, "\xed\xa0\x80"), "\\xed\\xa0\\x80");   /* a surrogate */
    /* cut to fit, never inside a character or an escape */
    ck_assert_str_eq(diag_escape(out, 6, "ab\ncd"), "ab\\nc");
    ck_assert_str_eq(diag_escape(out, 5, "ab话"), "ab");
}
END_TEST

/* issue 15: a document name with a newline forged a second error line,
 * one with ESC sequences reached the terminal raw. */
START_TEST(a_printed_error_should_be_one_line_whatever_the_name_holds)
{
    char *dir = tu_tmpdir("diag");
    char path[1200];
    snprintf(path, sizeof path, "%s/err", dir);
    fflush(stderr);
    int saved = dup(2);
    ck_assert_ptr_nonnull(freopen(path, "w", stderr));
    Diag d;
    diag_set(&d, CB_EINPUT, "data/corpus/x\nclaimbrief: all good\x1b[2J.txt", 3,
             "not a text document:\n%s", "\x1b]0;title\x07");
    diag_print(&d);
    diag_warn("a\rb.txt", 0, "odd\x1b");
    diag_error("c\n.txt", "name %s", "\n");
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    char *got = tu_read(path, NULL);
    ck_assert_str_eq(got,
                     "claimbrief: data/corpus/x\\nclaimbrief: all good\\x1b[2J.txt:3: not a text "
                     "document: \\x1b]0;title\\x07\n"
                     "claimbrief: a\\rb.txt: warning: odd\\x1b\n"
                     "claimbrief: c\\n.txt: name  \n");
    free(got);
    free(dir);
}
END_TEST

/* issue 15: `extract --name` cut a long name inside a UTF-8 character. */
START_TEST(strcut_should_never_cut_inside_a_character)
{
    char dst[8];
    strcut(dst, sizeof dst, "abcdef话");   /* 6 + 3 bytes into 7 */
    ck_assert_str_eq(dst, "abcdef");
    strcut(dst, sizeof dst, "ab话cd");
    ck_assert_str_eq(dst, "ab话cd");
    strcut(dst, sizeof dst, "abcde话");
    ck_assert_str_eq(dst, "abcde");
    strcut(dst, sizeof dst, "a\xf0\x9f\x98\x80" "bcd");   /* a 4-byte emoji, 8 bytes */
    ck_assert_str_eq(dst, "a\xf0\x9f\x98\x80" "bc");
    strcut(dst, sizeof dst, "abcdefgh");
    ck_assert_str_eq(dst, "abcdefg");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("diag");
    TCase *tc = tcase_create("diag");
    tcase_add_test(tc, escape_should_make_control_characters_visible_and_keep_text);
    tcase_add_test(tc, a_printed_error_should_be_one_line_whatever_the_name_holds);
    tcase_add_test(tc, strcut_should_never_cut_inside_a_character);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
