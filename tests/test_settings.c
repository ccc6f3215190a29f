/* test_settings.c — claimbrief.ini: every key read, values that go on
 * over indented lines, comments, and errors that name the line. */
#include "settings.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int load(const char *text, Settings *s, Diag *d)
{
    return settings_load_mem("claimbrief.ini", text, strlen(text), s, d);
}

START_TEST(every_setting_should_be_read)
{
    Settings s;
    Diag d = {0};
    ck_assert_int_eq(load("; a comment\n"
                          "# another\n"
                          "[brief]\n"
                          "title = The DSR in numbers\n"
                          "subtitle = What the reading says\n"
                          "author = A. Analyst\n"
                          "organization = Policy Unit ; the US spelling is the same key\n"
                          "marking = INTERNAL\n"
                          "summary = First line of the summary,\n"
                          "  and its second line;\n"
                          "\tand a third.\n"
                          "paper = Letter\n"
                          "date = 2024-02-29\n",
                          &s, &d),
                     0);
    ck_assert_str_eq(s.title, "The DSR in numbers");
    ck_assert_str_eq(s.subtitle, "What the reading says");
    ck_assert_str_eq(s.author, "A. Analyst");
    ck_assert_str_eq(s.organisation, "Policy Unit");
    ck_assert_str_eq(s.marking, "INTERNAL");
    ck_assert_str_eq(s.summary, "First line of the summary, and its second line; and a third.");
    ck_assert_int_eq(s.paper, PAPER_LETTER);
    ck_assert_int_eq(s.year, 2024);
    ck_assert_int_eq(s.month, 2);
    ck_assert_int_eq(s.day, 29);
    settings_free(&s);
}
END_TEST

START_TEST(empty_values_and_a_missing_file_should_be_no_settings)
{
    Settings s;
    Diag d = {0};
    ck_assert_int_eq(load("[brief]\ntitle =\nmarking =\npaper =\ndate =\n", &s, &d), 0);
    ck_assert_ptr_null(s.title);
    ck_assert_ptr_null(s.marking);
    ck_assert_int_eq(s.paper, PAPER_UNSET);
    ck_assert_int_eq(s.year, 0);
    settings_free(&s);
    ck_assert_int_eq(settings_load("/nonexistent/claimbrief.ini", &s, &d), 0);
    ck_assert_ptr_null(s.title);
    settings_free(&s);
    /* the template init writes is valid */
    ck_assert_int_eq(settings_load(CB_SOURCE_DIR "/claimbrief.ini", &s, &d), 0);
    ck_assert_str_eq(s.title, "Numbers in the documents");
    settings_free(&s);
}
END_TEST

static void expect_error(const char *text, long line, const char *msg)
{
    Settings s;
    Diag d = {0};
    ck_assert_int_eq(load(text, &s, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, "claimbrief.ini");
    ck_assert_int_eq(d.line, line);
    ck_assert_msg(strcmp(d.msg, msg) == 0, "got '%s', want '%s'", d.msg, msg);
    ck_assert_ptr_null(s.title);
}

START_TEST(bad_settings_should_name_the_line_and_say_what_is_wanted)
{
    expect_error("[brief]\ntitle = x\nautor = y\n", 3,
                 "unknown setting 'autor' (known: title, subtitle, author, organisation, marking, "
                 "summary, paper, date)");
    expect_error("[cover]\ntitle = x\n", 2, "unknown section [cover] (the settings are in [brief])");
    expect_error("[brief]\ntitle = x\n\ntitle = y\n", 4, "title is set twice (first on line 2)");
    expect_error("[brief]\npaper = A5\n", 2, "paper 'A5' (want a4 or letter)");
    expect_error("[brief]\ndate = 2023-02-29\n", 2,
                 "date '2023-02-29' (want a day as YYYY-MM-DD, such as 2025-03-31)");
    expect_error("[brief]\ndate = 31 March 2025\n", 2,
                 "date '31 March 2025' (want a day as YYYY-MM-DD, such as 2025-03-31)");
    expect_error("[brief]\njust some words\n", 2,
                 "not a setting: want 'key = value', a [section], or a comment (; or #)");
    expect_error("[brief]\ntitle = a\x01" "b\n", 2, "title: character U+0001 is not text");
    expect_error("[brief]\ntitle = a\xEF\xBF\xBF" "b\n", 2, "title: character U+FFFF is not text");
    expect_error("[brief]\nauthor = \xC3(\n", 2, "author: invalid UTF-8 at byte 0 of the value");
    char line[400];
    snprintf(line, sizeof line, "[brief]\nsummary = %0250d\n", 0);
    expect_error(line, 2,
                 "line of 260 bytes, over the limit of 198: continue a long value on the next "
                 "lines, indented");
}
END_TEST

START_TEST(a_binary_file_should_be_refused)
{
    Settings s;
    Diag d = {0};
    ck_assert_int_eq(settings_load_mem("claimbrief.ini", "[brief]\0x", 9, &s, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "binary data (NUL byte), not a settings file");
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("settings");
    TCase *tc = tcase_create("settings");
    tcase_add_test(tc, every_setting_should_be_read);
    tcase_add_test(tc, empty_values_and_a_missing_file_should_be_no_settings);
    tcase_add_test(tc, bad_settings_should_name_the_line_and_say_what_is_wanted);
    tcase_add_test(tc, a_binary_file_should_be_refused);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run_suite(suite());
}
