/* test_utf8.c — the one UTF-8 decoder: valid characters of every length,
 * and each kind of invalid input (stray and missing continuation bytes,
 * overlong forms, surrogates, past U+10FFFF, a character cut by the end
 * of the buffer) reading as one U+FFFD byte; boundaries, counts and the
 * encoder. Buffers are allocated to their exact size, so a read past the
 * end shows under ASan and valgrind. */
#include "utf8.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* Decode the n bytes of s from an exact-size heap copy. */
static int32_t dec(const char *s, size_t n, size_t *len)
{
    char *p = malloc(n);
    memcpy(p, s, n);
    int32_t cp = utf8_decode(p, n, len);
    free(p);
    return cp;
}

static void bad(const char *s, size_t n)
{
    size_t len = 99;
    ck_assert_int_eq(dec(s, n, &len), UTF8_REPLACEMENT);
    ck_assert_uint_eq(len, 1);
    char *p = malloc(n);
    memcpy(p, s, n);
    ck_assert_uint_eq(utf8_valid(p, n), 0);
    free(p);
}

START_TEST(characters_of_every_length_should_decode_to_their_code_points)
{
    size_t len;
    ck_assert_int_eq(dec("A", 1, &len), 'A');
    ck_assert_uint_eq(len, 1);
    ck_assert_int_eq(dec("\xC2\xA0", 2, &len), 0xA0);      /* no-break space */
    ck_assert_uint_eq(len, 2);
    ck_assert_int_eq(dec("\xE2\x82\xAC", 3, &len), 0x20AC);   /* euro sign */
    ck_assert_uint_eq(len, 3);
    ck_assert_int_eq(dec("\xF0\x9F\x93\x88", 4, &len), 0x1F4C8);   /* chart emoji */
    ck_assert_uint_eq(len, 4);
    ck_assert_int_eq(dec("\xF4\x8F\xBF\xBF", 4, &len), 0x10FFFF);
    ck_assert_uint_eq(len, 4);
    ck_assert_int_eq(dec("\xE4\xB8\xAD\xE6\x96\x87", 6, &len), 0x4E2D);   /* only the first */
    ck_assert_uint_eq(len, 3);
    /* a real U+FFFD is a valid three-byte character */
    ck_assert_int_eq(dec("\xEF\xBF\xBD", 3, &len), 0xFFFD);
    ck_assert_uint_eq(len, 3);
    ck_assert_uint_eq(utf8_valid("\xEF\xBF\xBD", 3), 3);
    ck_assert_int_eq(dec("\0", 1, &len), 0);
    ck_assert_uint_eq(len, 1);
}
END_TEST

START_TEST(stray_and_missing_continuation_bytes_should_be_one_invalid_byte)
{
    bad("\x80", 1);
    bad("\xBF" "A", 2);
    bad("\xC3" "A", 2);             /* lead then ASCII */
    bad("\xE2\x82" "A", 3);         /* three-byte lead, one continuation */
    bad("\xF0\x9F\x93" "A", 4);
    bad("\xFE", 1);
    bad("\xFF\xFF", 2);
    bad("\xF8\x88\x80\x80\x80", 5);   /* five-byte form (old RFC 2279) */
}
END_TEST

START_TEST(overlong_forms_should_be_invalid)
{
    bad("\xC0\xAF", 2);             /* '/' in two bytes */
    bad("\xC1\xBF", 2);
    bad("\xE0\x80\xAF", 3);         /* '/' in three */
    bad("\xE0\x9F\xBF", 3);         /* U+07FF in three */
    bad("\xF0\x80\x80\xAF", 4);     /* '/' in four */
    bad("\xF0\x8F\xBF\xBF", 4);     /* U+FFFF in four */
}
END_TEST

START_TEST(surrogates_and_code_points_past_10ffff_should_be_invalid)
{
    bad("\xED\xA0\x80", 3);         /* U+D800 */
    bad("\xED\xBF\xBF", 3);         /* U+DFFF */
    bad("\xF4\x90\x80\x80", 4);     /* U+110000 */
    bad("\xF5\x80\x80\x80", 4);
    size_t len;
    ck_assert_int_eq(dec("\xED\x9F\xBF", 3, &len), 0xD7FF);   /* just below */
    ck_assert_uint_eq(len, 3);
}
END_TEST

START_TEST(a_character_cut_by_the_end_of_the_buffer_should_be_invalid)
{
    bad("\xC3", 1);
    bad("\xE2\x82", 2);
    bad("\xE2", 1);
    bad("\xF0\x9F\x93", 3);
    bad("\xF0\x9F", 2);
    /* the same bytes with the whole character in the span are valid */
    size_t len;
    ck_assert_int_eq(dec("\xE2\x82\xAC", 3, &len), 0x20AC);
    /* a walk over a cut tail advances one byte at a time and stops at n */
    const char tail[] = "ok\xF0\x9F\x93";
    size_t n = sizeof tail - 1, i = 0, steps = 0;
    char *p = malloc(n);
    memcpy(p, tail, n);
    while (i < n) {
        utf8_decode(p + i, n - i, &len);
        i += len;
        steps++;
    }
    free(p);
    ck_assert_uint_eq(i, n);
    ck_assert_uint_eq(steps, 5);
}
END_TEST

START_TEST(the_character_before_a_position_should_decode_backwards)
{
    const char *s = "a\xE2\x82\xAC" "\xF0\x9F\x93\x88" "\x82" "b";
    size_t st;
    ck_assert_int_eq(utf8_prev(s, 1, &st), 'a');
    ck_assert_uint_eq(st, 0);
    ck_assert_int_eq(utf8_prev(s, 4, &st), 0x20AC);
    ck_assert_uint_eq(st, 1);
    ck_assert_int_eq(utf8_prev(s, 8, &st), 0x1F4C8);
    ck_assert_uint_eq(st, 4);
    /* a stray continuation byte, and a position inside a character */
    ck_assert_int_eq(utf8_prev(s, 9, &st), UTF8_REPLACEMENT);
    ck_assert_uint_eq(st, 8);
    ck_assert_int_eq(utf8_prev(s, 3, &st), UTF8_REPLACEMENT);
    ck_assert_uint_eq(st, 2);
    ck_assert_int_eq(utf8_prev(s, 10, &st), 'b');
    ck_assert_uint_eq(st, 9);
}
END_TEST

START_TEST(a_cut_should_never_split_a_character)
{
    const char *s = "a\xE2\x82\xAC" "\xF0\x9F\x93\x88" "\x82\x82" "b";
    size_t n = strlen(s);
    ck_assert_uint_eq(utf8_cut(s, n, 0), 0);
    ck_assert_uint_eq(utf8_cut(s, n, 1), 1);
    ck_assert_uint_eq(utf8_cut(s, n, 2), 1);
    ck_assert_uint_eq(utf8_cut(s, n, 3), 1);
    ck_assert_uint_eq(utf8_cut(s, n, 4), 4);
    ck_assert_uint_eq(utf8_cut(s, n, 7), 4);
    /* stray continuation bytes are characters of their own */
    ck_assert_uint_eq(utf8_cut(s, n, 8), 8);
    ck_assert_uint_eq(utf8_cut(s, n, 9), 9);
    ck_assert_uint_eq(utf8_cut(s, n, n), n);
    /* a lead whose sequence is cut short does not own what follows */
    ck_assert_uint_eq(utf8_cut("\xE2\x82" "a", 3, 1), 1);
}
END_TEST

START_TEST(counts_should_be_characters_with_an_invalid_byte_as_one)
{
    ck_assert_uint_eq(utf8_count("", 0), 0);
    ck_assert_uint_eq(utf8_count("abc", 3), 3);
    ck_assert_uint_eq(utf8_count("\xE2\x82\xAC" "5", 4), 2);
    ck_assert_uint_eq(utf8_count("\xE4\xB8\xAD\xE6\x96\x87", 6), 2);
    ck_assert_uint_eq(utf8_count("\xC0\xAF", 2), 2);
    ck_assert_uint_eq(utf8_count("x\xF0\x9F\x93", 4), 4);
}
END_TEST

START_TEST(widths_should_count_wide_characters_twice_and_marks_not_at_all)
{
    ck_assert_uint_eq(utf8_width("abc", 3), 3);
    ck_assert_uint_eq(utf8_width("\xE4\xB8\xAD\xE6\x96\x87", 6), 4);   /* two Han characters */
    ck_assert_uint_eq(utf8_width("e\xCC\x81", 3), 1);                  /* e + combining acute */
    ck_assert_uint_eq(utf8_width("\xFF" "a", 2), 2);                    /* an invalid byte: one */
    ck_assert_uint_eq(utf8_width("\xE2\x82\xAC" "5", 4), 2);
}
END_TEST

START_TEST(encoding_should_round_trip_and_refuse_non_scalars)
{
    const int32_t cps[] = {0, 'A', 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF};
    for (size_t k = 0; k < sizeof cps / sizeof *cps; k++) {
        char o[4];
        size_t n = utf8_encode(cps[k], o), len;
        ck_assert_uint_gt(n, 0);
        ck_assert_int_eq(utf8_decode(o, n, &len), cps[k]);
        ck_assert_uint_eq(len, n);
    }
    char o[4];
    ck_assert_uint_eq(utf8_encode(0xD800, o), 0);
    ck_assert_uint_eq(utf8_encode(0x110000, o), 0);
    ck_assert_uint_eq(utf8_encode(-1, o), 0);
}
END_TEST

START_TEST(a_check_should_count_bad_sequences_and_find_the_first)
{
    size_t first;
    ck_assert_uint_eq(utf8_check("ok \xc3\xa9 fine", 11, &first), 0);
    ck_assert_uint_eq(first, 11);
    ck_assert_uint_eq(utf8_check("ab\xff" "cd\xc3", 6, &first), 2);
    ck_assert_uint_eq(first, 2);
    ck_assert_uint_eq(utf8_check("\xed\xa0\x80", 3, &first), 1);   /* a surrogate, once */
    ck_assert_uint_eq(first, 0);
    /* past the eight-byte ASCII run, and a lead cut by the end */
    ck_assert_uint_eq(utf8_check("abcdefghijklmnop\xe2\x82\xac" "q\xf0\x9f", 22, &first), 1);
    ck_assert_uint_eq(first, 20);
}
END_TEST

START_TEST(an_ascii_run_should_end_at_the_first_high_byte_at_any_alignment)
{
    const char *t = "0123456789abcdef\xe4\xb8\xad" "xyz\xc3\xa9";   /* 16 ASCII, 中, 3 ASCII, é */
    size_t n = strlen(t);
    for (size_t i = 0; i <= 16; i++)
        ck_assert_uint_eq(utf8_ascii_end(t, n, i), 16);
    ck_assert_uint_eq(utf8_ascii_end(t, n, 17), 17);   /* a continuation byte is high too */
    ck_assert_uint_eq(utf8_ascii_end(t, n, 19), 22);
    ck_assert_uint_eq(utf8_ascii_end(t, 22, 19), 22);   /* no high byte: the end */
    ck_assert_uint_eq(utf8_ascii_end(t, n, n), n);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("utf8");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, characters_of_every_length_should_decode_to_their_code_points);
    tcase_add_test(tc, stray_and_missing_continuation_bytes_should_be_one_invalid_byte);
    tcase_add_test(tc, overlong_forms_should_be_invalid);
    tcase_add_test(tc, surrogates_and_code_points_past_10ffff_should_be_invalid);
    tcase_add_test(tc, a_character_cut_by_the_end_of_the_buffer_should_be_invalid);
    tcase_add_test(tc, the_character_before_a_position_should_decode_backwards);
    tcase_add_test(tc, a_cut_should_never_split_a_character);
    tcase_add_test(tc, counts_should_be_characters_with_an_invalid_byte_as_one);
    tcase_add_test(tc, widths_should_count_wide_characters_twice_and_marks_not_at_all);
    tcase_add_test(tc, encoding_should_round_trip_and_refuse_non_scalars);
    tcase_add_test(tc, a_check_should_count_bad_sequences_and_find_the_first);
    tcase_add_test(tc, an_ascii_run_should_end_at_the_first_high_byte_at_any_alignment);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
