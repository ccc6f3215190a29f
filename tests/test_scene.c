/* test_scene.c — fonts (FreeType, by path) and the scene drawing list. */
#include "font.h"
#include "scene.h"
#include "fixtures.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

START_TEST(fonts_should_load_the_bundled_fonts_and_measure_advances)
{
    Fonts *f = tu_chart.fonts;
    double w = fonts_width(f, FONT_REGULAR, 10, "Hello", 5);
    ck_assert(w > 15 && w < 40);
    /* the width is the sum of the glyphs' advances */
    double sum = 0;
    for (const char *p = "Hello"; *p; p++)
        sum += fonts_glyph_advance(f, FONT_REGULAR, fonts_glyph(f, FONT_REGULAR, (unsigned char)*p), 10);
    ck_assert_double_eq_tol(w, sum, 1e-9);
    /* it scales linearly with the size, no hinting */
    ck_assert_double_eq_tol(fonts_width(f, FONT_REGULAR, 20, "Hello", 5), 2 * w, 1e-9);
    ck_assert(fonts_width(f, FONT_BOLD, 10, "Hello", 5) > w);
    ck_assert(fonts_ascent(f, FONT_REGULAR, 10) > 5 && fonts_descent(f, FONT_REGULAR, 10) > 1);
    ck_assert(fonts_has(f, FONT_REGULAR, 'A'));
    ck_assert(!fonts_has(f, FONT_REGULAR, 0x8BDD));   /* 话 */
    ck_assert(fonts_has(f, FONT_CJK, 0x8BDD));
    ck_assert_ptr_nonnull(fonts_face(f, FONT_CJK));
    ck_assert_ptr_nonnull(strstr(fonts_path(f, FONT_ITALIC), "NotoSans-Italic.ttf"));
}
END_TEST

typedef struct Runs {
    int n;
    FontId id[8];
    char text[8][64];
} Runs;

static void collect(FontId id, const char *s, size_t n, void *ctx)
{
    Runs *r = ctx;
    if (r->n < 8) {
        r->id[r->n] = id;
        snprintf(r->text[r->n], sizeof r->text[0], "%.*s", (int)n, s);
    }
    r->n++;
}

START_TEST(fonts_should_split_mixed_scripts_into_runs)
{
    Fonts *f = tu_chart.fonts;
    const char *t = "the 话语权 of";
    Runs r = {0};
    fonts_runs(f, FONT_REGULAR, t, strlen(t), collect, &r);
    ck_assert_int_eq(r.n, 3);
    ck_assert_int_eq(r.id[0], FONT_REGULAR);
    ck_assert_int_eq(r.id[1], FONT_CJK);
    ck_assert_int_eq(r.id[2], FONT_REGULAR);
    ck_assert_str_eq(r.text[1], "话语权 ");
    /* invalid UTF-8 counts as U+FFFD and never stops the walk: every
     * byte lands in a run, none twice */
    Runs bad = {0};
    fonts_runs(f, FONT_REGULAR, "\xff" "a\xe8\xaf", 4, collect, &bad);
    size_t got = 0;
    for (int k = 0; k < bad.n && k < 8; k++)
        got += strlen(bad.text[k]);
    ck_assert_uint_eq(got, 4);
    ck_assert(fonts_width(f, FONT_REGULAR, 10, "\xff\xfe", 2) > 0);
}
END_TEST

START_TEST(fonts_should_name_a_missing_or_broken_font)
{
    char *dir = tu_tmpdir("fonts_bad");
    Fonts *f;
    Diag d = {0};
    ck_assert_int_eq(fonts_load(dir, &f, &d), CB_EINPUT);
    ck_assert_ptr_null(f);
    ck_assert_ptr_nonnull(strstr(d.file, "NotoSans-Regular.ttf"));
    ck_assert_ptr_nonnull(strstr(d.msg, "missing: a fonts/ folder holds all of"));
    tu_sh("cp fonts/*.ttf '%s/' && printf 'not a font' > '%s/NotoSans-Bold.ttf'", dir, dir);
    diag_clear(&d);
    ck_assert_int_eq(fonts_load(dir, &f, &d), CB_EINPUT);
    ck_assert_ptr_nonnull(strstr(d.file, "NotoSans-Bold.ttf"));
    ck_assert_ptr_nonnull(strstr(d.msg, "not a usable font"));
    tu_sh("rm '%s/NotoSans-Bold.ttf' && mkdir '%s/NotoSans-Bold.ttf'", dir, dir);
    ck_assert_int_eq(fonts_load(dir, &f, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "is a folder, not a file");
    free(dir);
}
END_TEST

START_TEST(scene_should_copy_strings_and_box_text_at_both_angles)
{
    Scene s;
    scene_init(&s, 100, 50);
    ck_assert_double_eq(s.background.a, 1);
    char buf[16] = "label";
    scene_text(&s, 10, 20, FONT_REGULAR, 8, (Rgba){0, 0, 0, 1}, buf, 3, 12, 6, 2, 0, "tick");
    buf[0] = 'X';
    ck_assert_str_eq(s.el[0].text, "lab");
    double b[4];
    scene_text_box(&s.el[0], b);
    ck_assert_double_eq(b[0], 10);
    ck_assert_double_eq(b[1], 14);
    ck_assert_double_eq(b[2], 22);
    ck_assert_double_eq(b[3], 22);
    /* -90: reads bottom to top from (x, y), ascent to the left */
    scene_text(&s, 30, 40, FONT_REGULAR, 8, (Rgba){0, 0, 0, 1}, "up", 2, 12, 6, 2, -90, "axis");
    scene_text_box(&s.el[1], b);
    ck_assert_double_eq(b[0], 24);
    ck_assert_double_eq(b[1], 28);
    ck_assert_double_eq(b[2], 32);
    ck_assert_double_eq(b[3], 40);
    Pt p[2] = {{0, 0}, {5, 5}};
    Style st = {0};
    scene_path(&s, p, 2, 0, &st);
    p[1].x = 99;
    ck_assert_double_eq(s.el[2].pts[1].x, 5);
    scene_path(&s, p, 0, 0, &st);   /* empty paths are dropped */
    ck_assert_uint_eq(s.n, 3);
    for (int i = 0; i < 200; i++)
        scene_rect(&s, i, i, 1, 1, &st);
    scene_clip(&s, 0, 0, 10, 10);
    scene_unclip(&s);
    scene_set_meta(&s, "T", NULL);
    ck_assert_str_eq(s.title, "T");
    ck_assert_str_eq(s.desc, "");
    ck_assert_uint_eq(s.n, 205);
    scene_free(&s);
    ck_assert_uint_eq(s.n, 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("scene");
    TCase *tc = tcase_create("scene");
    tcase_add_unchecked_fixture(tc, tu_fonts_load, tu_fonts_unload);
    tcase_add_test(tc, fonts_should_load_the_bundled_fonts_and_measure_advances);
    tcase_add_test(tc, fonts_should_split_mixed_scripts_into_runs);
    tcase_add_test(tc, fonts_should_name_a_missing_or_broken_font);
    tcase_add_test(tc, scene_should_copy_strings_and_box_text_at_both_angles);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
