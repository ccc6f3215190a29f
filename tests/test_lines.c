/* test_lines.c — where a line starts and ends, and when a line reaching
 * back too far reads as none. */
#include "lines.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* lines_start as its contract says it, walked back a byte at a time. */
static size_t walked_start(const char *p, size_t i, size_t max)
{
    size_t k = i;
    while (k > 0 && p[k - 1] != '\n' && i - k < max)
        k--;
    return k > 0 && p[k - 1] != '\n' ? i : k;
}

START_TEST(a_line_should_start_after_the_last_break_before_it)
{
    const char *t = "Table 2\n  Kenya   40.8\n\nGhana 12";
    ck_assert_uint_eq(lines_start(t, 12, 400), 8);    /* inside "  Kenya" */
    ck_assert_uint_eq(lines_start(t, 8, 400), 8);     /* at its start */
    ck_assert_uint_eq(lines_start(t, 5, 400), 0);     /* the first line */
    ck_assert_uint_eq(lines_start(t, 23, 400), 23);   /* the blank line */
    ck_assert_uint_eq(lines_start(t, 30, 400), 24);
    /* a line reaching back more than max bytes reads as none: i itself */
    ck_assert_uint_eq(lines_start(t, 20, 5), 20);
    ck_assert_uint_eq(lines_start(t, 20, 12), 8);
    ck_assert_uint_eq(lines_start(t, 13, 5), 8);      /* the break just before the max bytes */
    ck_assert_uint_eq(lines_start(t, 4, 4), 0);
    ck_assert_uint_eq(lines_start(t, 4, 0), 4);
}
END_TEST

START_TEST(any_text_should_give_what_the_walk_back_gives)
{
    srand(3);
    char t[300];
    for (int round = 0; round < 300; round++) {
        for (size_t i = 0; i < sizeof t; i++)
            t[i] = rand() % 9 == 0 ? '\n' : "ab 1"[rand() % 4];
        for (size_t i = 0; i <= sizeof t; i++) {
            size_t max = (size_t)rand() % 40;
            ck_assert_uint_eq(lines_start(t, i, max), walked_start(t, i, max));
        }
    }
}
END_TEST

START_TEST(a_line_should_end_at_its_break_or_the_text_end)
{
    const char *t = "one\ntwo";
    ck_assert_uint_eq(lines_end(t, 7, 0), 3);
    ck_assert_uint_eq(lines_end(t, 7, 3), 3);
    ck_assert_uint_eq(lines_end(t, 7, 4), 7);
}
END_TEST

/* A note's opening is read only within its line: an empty line at the
 * very end of a text (no byte after it; the fuzzer found it read one) is
 * no note. The bytes are copied to the heap with nothing after them, so
 * ASan sees a read past the line. */
/* lines_has_text reads eight bytes at a time past the first eight: every
 * byte value at every place of a line must give what a byte at a time
 * gives (an ASCII letter or digit anywhere). */
static int has_text_by_bytes(const char *p, size_t ls, size_t le)
{
    for (size_t i = ls; i < le; i++) {
        unsigned char c = (unsigned char)p[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            return 1;
    }
    return 0;
}

START_TEST(text_in_a_line_should_be_found_at_any_place)
{
    char line[40];
    for (size_t len = 0; len <= sizeof line; len++)
        for (size_t at = 0; at < len; at++)
            for (int b = 1; b < 256; b++) {
                memset(line, 0xE4, sizeof line);   /* (a Chinese character's first byte: no text) */
                line[at] = (char)b;
                ck_assert_int_eq(lines_has_text(line, 0, len), has_text_by_bytes(line, 0, len));
            }
    ck_assert_int_eq(lines_has_text("\xE4\xB8\xAD\xE5\x9B\xBD\xE7\x9A\x84\xE6\x95\xB0", 0, 12), 0);
    ck_assert_int_eq(lines_has_text("  -- \xE4\xB8\xAD\xE5\x9B\xBD 2023", 0, 16), 1);
    ck_assert_int_eq(lines_has_text("abc", 2, 1), 0);
}
END_TEST

START_TEST(a_source_note_should_be_read_within_its_line)
{
    static const char text[] = "Table 1\n资料来源：国际电信联盟\nSource: ITU\n";
    size_t n = sizeof text - 1;
    char *p = malloc(n);
    memcpy(p, text, n);
    ck_assert_int_eq(lines_source_note(p, n, n), 0);   /* empty, at the end */
    size_t zh = strlen("Table 1\n");
    ck_assert_int_eq(lines_source_note(p, zh, zh + strlen("资料来源：国际电信联盟")), 1);
    size_t en = zh + strlen("资料来源：国际电信联盟\n");
    ck_assert_int_eq(lines_source_note(p, en, en + strlen("Source: ITU")), 1);
    ck_assert_int_eq(lines_source_note(p, 0, 7), 0);   /* "Table 1" */
    free(p);
}
END_TEST

START_TEST(an_export_key_should_be_lower_case_letters_digits_and_underscores)
{
    const char *t = "year_agreed: 2018";
    ck_assert_uint_eq(lines_snake_key(t, 0, strlen(t)), 11);
    ck_assert_uint_eq(lines_snake_key("q4_2024 x", 0, 9), 7);
    /* (a letter first; no capital; no more than 40 bytes) */
    ck_assert_uint_eq(lines_snake_key("_id: 3", 0, 6), 0);
    ck_assert_uint_eq(lines_snake_key("2024: 3", 0, 7), 0);
    ck_assert_uint_eq(lines_snake_key("Country: Kenya", 0, 14), 0);
    const char *l41 = "abcdefghij_abcdefghij_abcdefghij_abcdefgh: 1";
    ck_assert_uint_eq(lines_snake_key(l41, 0, strlen(l41)), 0);
    ck_assert_uint_eq(lines_snake_key(l41 + 1, 0, strlen(l41) - 1), 40);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("lines");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_line_should_start_after_the_last_break_before_it);
    tcase_add_test(tc, any_text_should_give_what_the_walk_back_gives);
    tcase_add_test(tc, a_line_should_end_at_its_break_or_the_text_end);
    tcase_add_test(tc, a_source_note_should_be_read_within_its_line);
    tcase_add_test(tc, text_in_a_line_should_be_found_at_any_place);
    tcase_add_test(tc, an_export_key_should_be_lower_case_letters_digits_and_underscores);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
