/* test_textlayout.c — measured word wrap, and the cleaning that keeps
 * untrusted text away from libunibreak's and libharu's weak spots. */
#include "font.h"
#include "scene.h"
#include "textlayout.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Fonts *fonts;

static void setup(void)
{
    Diag d = {0};
    ck_assert_int_eq(fonts_load("fonts", &fonts, &d), 0);
}

static void teardown(void)
{
    fonts_free(fonts);
}

#define FFFD "\xef\xbf\xbd"

START_TEST(clean_should_replace_what_no_text_should_hold_and_keep_the_rest)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"plain 话语权 café\n\ttab", "plain 话语权 café\n\ttab"},
        {"a\xef\xbf\xbf" "b", "a" FFFD "b"},                    /* U+FFFF */
        {"\xef\xbf\xbe", FFFD},                                 /* U+FFFE */
        {"\xef\xb7\x90\xef\xb7\xaf", FFFD FFFD},                /* U+FDD0, U+FDEF */
        {"\xf4\x8f\xbf\xbf\xf0\x9f\xbf\xbe", FFFD FFFD},        /* U+10FFFF, U+1FFFE */
        {"bell\x07 esc\x1b del\x7f c1\xc2\x85", "bell" FFFD " esc" FFFD " del" FFFD " c1" FFFD},
        {"bad\xff\xc3", "bad" FFFD FFFD},
        {"\xed\xa0\x80", FFFD FFFD FFFD},                       /* a surrogate, byte by byte */
        {"\xef\xbf\xbd kept", FFFD " kept"},
        {"\xf0\x9f\x98\x80 emoji", "\xf0\x9f\x98\x80 emoji"},
        {"\xf0\x9f\x87\xb0\xf0\x9f\x87\xac KG", FFFD FFFD " KG"},     /* a flag: U+1F1F0 U+1F1EC */
        {"\xf0\x9f\x87\xa6|\xf0\x9f\x87\xbf", FFFD "|" FFFD},            /* U+1F1E6, U+1F1FF */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t n;
        char *got = textlayout_clean(cases[i].in, strlen(cases[i].in), &n);
        ck_assert_msg(!strcmp(got, cases[i].out), "case %zu", i);
        ck_assert_uint_eq(n, strlen(cases[i].out));
        free(got);
    }
}
END_TEST

/* issue 15: one U+FFFF (libunibreak's end-of-text marker) in a claim's
 * sentence or a sources.csv title aborted brief, build and build --watch
 * in set_linebreaks' assertion, and again on every later build. */
START_TEST(wrap_should_survive_every_noncharacter_and_measure_it_as_drawn)
{
    static const char *const texts[] = {
        "About 5.4 billion\xef\xbf\xbf people were online.",
        "\xef\xbf\xbf",
        "end\xef\xbf\xbf",
        "\xef\xbf\xbe\xef\xb7\x90 x \xf4\x8f\xbf\xbf y \xf3\xbf\xbf\xbe",
        "tail\xef\xbf",
        "ctl\x01\x02\x1b[31m\x7f\xc2\x9b",
        "\xe2\x80\x9c\xf0\x9f\x87\xb0\xf0\x9f\x87\xac Ministry: 4,812 cases, +38%.\xe2\x80\x9d",   /* a flag */
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        TextBlock b;
        textlayout_wrap(fonts, FONT_REGULAR, 10, texts[i], strlen(texts[i]), 40, &b);
        ck_assert_uint_ge(b.nlines, 1);
        ck_assert_ptr_null(strstr(b.text, "\xef\xbf\xbf"));
        /* measuring the raw text gives the width of what is drawn */
        char *clean = textlayout_clean(texts[i], strlen(texts[i]), NULL);
        ck_assert_double_eq_tol(textlayout_width(fonts, FONT_REGULAR, 10, texts[i], strlen(texts[i])),
                                textlayout_width(fonts, FONT_REGULAR, 10, clean, strlen(clean)), 1e-9);
        free(clean);
        textlayout_free(&b);
    }
}
END_TEST

/* Scene text and a scene's title and description reach libharu, cairo's
 * PDF metadata and SVG's XML: they are cleaned on the way in. */
START_TEST(scene_text_and_meta_should_be_cleaned)
{
    Scene s;
    scene_init(&s, 100, 100);
    scene_set_meta(&s, "title\xef\xbf\xbf", "alt\x01text");
    scene_text(&s, 0, 10, FONT_REGULAR, 10, (Rgba){0, 0, 0, 1}, "x\xef\xbf\xbe", 4, 10, 8, 2, 0, "t");
    ck_assert_str_eq(s.title, "title" FFFD);
    ck_assert_str_eq(s.desc, "alt" FFFD "text");
    ck_assert_str_eq(s.el[0].text, "x" FFFD);
    scene_free(&s);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("textlayout");
    TCase *tc = tcase_create("textlayout");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, clean_should_replace_what_no_text_should_hold_and_keep_the_rest);
    tcase_add_test(tc, wrap_should_survive_every_noncharacter_and_measure_it_as_drawn);
    tcase_add_test(tc, scene_text_and_meta_should_be_cleaned);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
