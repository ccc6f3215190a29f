/* test_paint_svg.c — the SVG writer: a valid document with its title and
 * alt text, one element per scene element, each glyph defined once and
 * placed at the scene's advances, numbers to 1/1000 pt, the same bytes
 * every time. */
#include "paint_svg.h"
#include "fixtures.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t count(const char *s, const char *w)
{
    size_t n = 0;
    for (const char *p = strstr(s, w); p; p = strstr(p + 1, w))
        n++;
    return n;
}

static void scene_of_everything(Scene *s, const Fonts *f)
{
    scene_init(s, 960, 540);
    Style fill = {.fill = 1, .fill_color = {0, 0.447, 0.698, 1}};
    Style line = {.stroke = 1, .stroke_color = {0.2, 0.2, 0.2, 0.5}, .line_width = 1.25,
                  .dash = {3, 0}};
    scene_rect(s, 10.5, 20.25, 100, 0.05, &fill);
    Pt p[3] = {{0, 0}, {-1.5, 2.0004}, {3, 4}};
    scene_path(s, p, 3, 1, &line);
    scene_circle(s, 50, 60, 4.5, &fill);
    scene_clip(s, 0, 0, 100, 100);
    const char *t = "Tea & <tax>";
    scene_text(s, 12, 30, FONT_REGULAR, 10, (Rgba){0, 0, 0, 1}, t, strlen(t),
               fonts_width(f, FONT_REGULAR, 10, t, strlen(t)), 8, 2, 0, "label");
    scene_text(s, 40, 500, FONT_BOLD, 9, (Rgba){0.5, 0.5, 0.5, 1}, "ee", 2,
               fonts_width(f, FONT_BOLD, 9, "ee", 2), 7, 2, -90, "axis");
    scene_unclip(s);
    scene_text(s, 100, 100, FONT_CJK, 12, (Rgba){0, 0, 0, 1}, "话语权", strlen("话语权"),
               fonts_width(f, FONT_CJK, 12, "话语权", strlen("话语权")), 10, 2, 0, "label");
    scene_set_meta(s, "A \"title\" <b>", "Alt\x01text & more");
}

START_TEST(svg_should_be_valid_with_every_element_and_its_alt_text)
{
    Fonts *f = tu_chart.fonts;
    Diag d = {0};
    Scene s;
    scene_of_everything(&s, f);
    Buf a, b;
    ck_assert_int_eq(paint_svg(&s, f, &a, &d), 0);
    ck_assert_int_eq(paint_svg(&s, f, &b, &d), 0);
    ck_assert_uint_eq(a.len, b.len);
    ck_assert(memcmp(a.data, b.data, a.len) == 0);
    const char *x = a.data;
    ck_assert_ptr_nonnull(strstr(x, "role=\"img\" aria-labelledby=\"cb-title cb-desc\""));
    ck_assert_ptr_nonnull(strstr(x, "<title id=\"cb-title\">A &quot;title&quot; &lt;b&gt;</title>"));
    /* the control character never reaches the XML: the scene cleaned it
     * to U+FFFD on the way in (textlayout_clean) */
    ck_assert_ptr_nonnull(strstr(x, "<desc id=\"cb-desc\">Alt\xef\xbf\xbdtext &amp; more</desc>"));
    ck_assert_ptr_nonnull(strstr(x, "width=\"960pt\" height=\"540pt\" viewBox=\"0 0 960 540\""));
    /* numbers to 1/1000 pt, trailing zeros cut */
    ck_assert_ptr_nonnull(strstr(x, "<rect x=\"10.5\" y=\"20.25\" width=\"100\" height=\"0.05\""));
    ck_assert_ptr_nonnull(strstr(x, "d=\"M0 0L-1.5 2L3 4Z\""));
    ck_assert_ptr_nonnull(strstr(x, "stroke-width=\"1.25\" stroke-dasharray=\"3 3\""));
    ck_assert_ptr_nonnull(strstr(x, "stroke-opacity=\"0.5\""));
    ck_assert_ptr_nonnull(strstr(x, "<circle cx=\"50\" cy=\"60\" r=\"4.5\" fill=\"rgb(0,114,178)\"/>"));
    ck_assert_ptr_nonnull(strstr(x, "<clipPath id=\"c1\">"));
    /* the vertical run is turned a quarter: matrix(0 -k k 0 x y) */
    ck_assert_ptr_nonnull(strstr(x, "<g transform=\"matrix(0 -0.009 0.009 0 40 500)\""));
    /* 'e' is defined once and used twice; the space is not drawn */
    ck_assert_uint_eq(count(x, "<path id=\"g1-"), 1);
    ck_assert_uint_eq(count(x, "<use "), strlen("Tea&<tax>") + 2 + 3);
    /* the Chinese glyphs come from the CJK font (FONT_CJK = 3) */
    ck_assert_uint_eq(count(x, "<path id=\"g3-"), 3);
    char *dir = tu_tmpdir("paint_svg");
    char path[4200];
    snprintf(path, sizeof path, "%s/all.svg", dir);
    tu_write(path, a.data, a.len);
    ck_assert_int_eq(tu_sh("xmllint --noout '%s'", path), 0);
    free(dir);
    buf_free(&a);
    buf_free(&b);
    scene_free(&s);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("paint_svg");
    TCase *tc = tcase_create("core");
    tcase_add_unchecked_fixture(tc, tu_fonts_load, tu_fonts_unload);
    tcase_add_test(tc, svg_should_be_valid_with_every_element_and_its_alt_text);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
