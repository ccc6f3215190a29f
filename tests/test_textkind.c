/* test_textkind.c — is a document text, and is it valid UTF-8
 * (textkind.h). */
#include "textkind.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

static TextKind kind_of(const char *p, size_t n)
{
    TextKind tk;
    textkind_read(p, n, &tk);
    return tk;
}

START_TEST(a_nul_byte_anywhere_should_make_a_binary)
{
    ck_assert(kind_of("a\0b", 3).binary);
    /* past the sample too */
    size_t n = TEXTKIND_SAMPLE * 2;
    char *p = malloc(n);
    memset(p, 'x', n);
    p[n - 5] = '\0';
    ck_assert(kind_of(p, n).binary);
    free(p);
}
END_TEST

START_TEST(plain_text_should_not_be_binary)
{
    const char *t = "plain text\n\twith a tab,\r\na form feed\f and caf\xC3\xA9 \xE4\xB8\xAD\xE6\x96\x87.\n";
    TextKind tk = kind_of(t, strlen(t));
    ck_assert(!tk.binary);
    ck_assert_uint_eq(tk.bad, 0);
    ck_assert_uint_eq(tk.first_bad, strlen(t));
    ck_assert(!kind_of("", 0).binary);
}
END_TEST

START_TEST(cjk_characters_should_be_counted_for_the_fold)
{
    /* 中文 and a full stop 。 (E3 80 82) count; é, an en dash (E2 80 93),
     * an emoji (F0 ...) and a bad sequence (E4 B8 alone) do not */
    const char *t = "caf\xC3\xA9 \xE2\x80\x93 \xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82 \xF0\x9F\x98\x80 \xE4\xB8";
    ck_assert_uint_eq(kind_of(t, strlen(t)).cjk, 3);
    ck_assert_uint_eq(kind_of("plain ASCII", 11).cjk, 0);
}
END_TEST

START_TEST(stray_control_bytes_in_the_sample_should_make_a_binary)
{
    /* more than a tenth of the first bytes: binary; beyond the sample they
     * do not count */
    char t[100];
    memset(t, 'a', sizeof t);
    for (int i = 0; i < 11; i++)
        t[i * 9] = '\x01';
    ck_assert(kind_of(t, sizeof t).binary);
    t[0] = 'a', t[9] = 'a';
    ck_assert(!kind_of(t, sizeof t).binary);
    size_t n = TEXTKIND_SAMPLE * 2;
    char *p = malloc(n);
    memset(p, 'x', n);
    memset(p + TEXTKIND_SAMPLE, '\x02', TEXTKIND_SAMPLE);
    ck_assert(!kind_of(p, n).binary);
    free(p);
}
END_TEST

START_TEST(invalid_utf8_should_be_counted_as_utf8_check_counts_it)
{
    static const char *const cases[] = {
        "ab\xff" "cd\xc3",
        "\xed\xa0\x80",
        "abcdefghijklmnop\xe2\x82\xac" "q\xf0\x9f",
        "\x80\x80\x80 abcdefgh \xc3\xa9\xc3 ijklmnopqrstuvwxyz\n\xe4\xb8",
        "only ascii, more than eight bytes long\n",
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        size_t n = strlen(cases[k]), first;
        size_t bad = utf8_check(cases[k], n, &first);
        TextKind tk = kind_of(cases[k], n);
        ck_assert_uint_eq(tk.bad, bad);
        ck_assert_uint_eq(tk.first_bad, first);
    }
}
END_TEST

START_TEST(a_character_cut_by_the_end_of_the_sample_should_count_as_invalid_there)
{
    /* 819 stray control bytes are a tenth of the sample less one: the
     * character the sample's end cuts tips it, one wholly inside does not */
    size_t n = TEXTKIND_SAMPLE + 100;
    char *p = malloc(n);
    memset(p, 'x', n);
    for (size_t i = 0; i < TEXTKIND_SAMPLE / 10; i++)
        p[i * 4] = '\x01';
    memcpy(p + TEXTKIND_SAMPLE - 20, "\xE4\xB8\xAD", 3);
    ck_assert(!kind_of(p, n).binary);
    memcpy(p + TEXTKIND_SAMPLE - 1, "\xE4\xB8\xAD", 3);
    TextKind tk = kind_of(p, n);
    ck_assert(tk.binary);
    ck_assert_uint_eq(tk.bad, 0);   /* (valid in the whole text) */
    free(p);
}
END_TEST

START_TEST(a_byte_at_any_place_of_a_run_should_be_found)
{
    /* a long run of printable ASCII, line breaks, tabs and carriage
     * returns (read sixteen bytes at a time), with one NUL, one bad byte
     * or one character at each place in turn: the text read at every
     * lane and near its end */
    char t[70];
    for (size_t at = 0; at < sizeof t; at++) {
        for (size_t i = 0; i < sizeof t; i++)
            t[i] = "ab c\n\td\r."[i % 9];
        t[at] = '\0';
        ck_assert(kind_of(t, sizeof t).binary);
        t[at] = '\xff';
        TextKind tk = kind_of(t, sizeof t);
        ck_assert_uint_eq(tk.bad, 1);
        ck_assert_uint_eq(tk.first_bad, at);
        if (at + 3 <= sizeof t) {
            memcpy(t + at, "\xE4\xB8\xAD", 3);
            tk = kind_of(t, sizeof t);
            ck_assert_uint_eq(tk.bad, 0);
            ck_assert_uint_eq(tk.cjk, 1);
            ck_assert(!tk.binary);
        }
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("textkind");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_nul_byte_anywhere_should_make_a_binary);
    tcase_add_test(tc, plain_text_should_not_be_binary);
    tcase_add_test(tc, cjk_characters_should_be_counted_for_the_fold);
    tcase_add_test(tc, stray_control_bytes_in_the_sample_should_make_a_binary);
    tcase_add_test(tc, invalid_utf8_should_be_counted_as_utf8_check_counts_it);
    tcase_add_test(tc, a_character_cut_by_the_end_of_the_sample_should_count_as_invalid_there);
    tcase_add_test(tc, a_byte_at_any_place_of_a_run_should_be_found);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
