/* test_paint_pdf.c — the PDF writer: a valid document with its title and
 * date, the fonts it draws with embedded as subsets, text that a reader
 * can search and copy (Chinese too), the same bytes every time, and the
 * same picture as the PNG painter draws. */
#include "paint_cairo.h"
#include "paint_pdf.h"
#include "fixtures.h"
#include "testutil.h"

#include <cairo.h>
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void text(Scene *s, const Fonts *f, double x, double y, FontId id, double size, Rgba c,
                 const char *t, double angle)
{
    scene_text(s, x, y, id, size, c, t, strlen(t), fonts_width(f, id, size, t, strlen(t)),
               0.8 * size, 0.2 * size, angle, "label");
}

/* Every kind of element, in the styles the charts use. */
static void scene_of_everything(Scene *s, const Fonts *f)
{
    scene_init(s, 400, 300);
    s->background = (Rgba){0.85, 0.9, 0.95, 1};   /* tinted paper: not the viewer's white */
    Style band = {.fill = 1, .fill_color = {0.94, 0.94, 0.95, 1}};
    Style blue = {.fill = 1, .fill_color = {0, 0.447, 0.698, 1}};
    Style ring = {.fill = 1, .fill_color = {0, 0.447, 0.698, 1}, .stroke = 1,
                  .stroke_color = {1, 1, 1, 1}, .line_width = 1.5};
    Style glass = {.fill = 1, .fill_color = {0.9, 0.6, 0, 0.4}, .stroke = 1,
                   .stroke_color = {0.8, 0.4, 0, 0.5}, .line_width = 3};
    Style dash = {.stroke = 1, .stroke_color = {0.2, 0.2, 0.2, 1}, .line_width = 2,
                  .dash = {6, 3}};
    Style boxed = {.fill = 1, .fill_color = {1, 0.9, 0.6, 1}, .stroke = 1,
                   .stroke_color = {0.3, 0.3, 0.3, 1}, .line_width = 2};
    scene_rect(s, 20, 40, 360, 60, &band);
    scene_rect(s, 200, 250, 60, 30, &boxed);
    Pt tri[3] = {{300, 200}, {360, 230}, {300, 260}};
    scene_path(s, tri, 3, 1, &blue);
    Pt rule[2] = {{20, 150}, {380, 150}};
    scene_path(s, rule, 2, 0, &dash);
    scene_circle(s, 60, 200, 8, &blue);
    scene_circle(s, 100, 200, 8, &ring);
    scene_circle(s, 140, 200, 12, &glass);
    /* a clip that cuts a bar in half */
    scene_clip(s, 200, 170, 40, 100);
    scene_rect(s, 180, 180, 80, 30, &blue);
    scene_unclip(s);
    text(s, f, 30, 80, FONT_BOLD, 24, (Rgba){0.13, 0.13, 0.15, 1}, "Tea & (tax) 5.4B", 0);
    text(s, f, 30, 130, FONT_CJK, 20, (Rgba){0.2, 0.2, 0.2, 1}, "话语权", 0);
    text(s, f, 130, 130, FONT_ITALIC, 14, (Rgba){0.38, 0.38, 0.42, 0.7}, "about a third", 0);
    text(s, f, 390, 280, FONT_REGULAR, 14, (Rgba){0, 0, 0, 1}, "upward", -90);
    scene_set_meta(s, "Figures \xe2\x80\x94 a test", "Alt text");
}

static cairo_surface_t *png_of(const Buf *b, const char *dir, const char *name)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    tu_write(path, b->data, b->len);
    cairo_surface_t *img = cairo_image_surface_create_from_png(path);
    ck_assert_int_eq(cairo_surface_status(img), CAIRO_STATUS_SUCCESS);
    return img;
}

START_TEST(pdf_should_be_valid_with_subset_fonts_searchable_text_and_its_date)
{
    Fonts *f = tu_chart.fonts;
    Diag d = {0};
    Scene s;
    scene_of_everything(&s, f);
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    Buf a, b;
    ck_assert_int_eq(paint_pdf(&s, f, &a, &d), 0);
    ck_assert_int_eq(paint_pdf(&s, f, &b, &d), 0);
    ck_assert_uint_eq(a.len, b.len);
    ck_assert(memcmp(a.data, b.data, a.len) == 0);
    char *dir = tu_tmpdir("paint_pdf");
    char path[4200];
    snprintf(path, sizeof path, "%s/all.pdf", dir);
    tu_write(path, a.data, a.len);
    ck_assert_int_eq(tu_sh("qpdf --check '%s' >/dev/null", path), 0);
    /* the words as a reader finds them, Chinese included; poppler says nothing */
    ck_assert_int_eq(tu_sh("pdftotext -enc UTF-8 '%s' '%s.txt' 2>'%s.err'", path, path, path), 0);
    ck_assert_int_eq(tu_sh("test ! -s '%s.err'", path), 0);
    ck_assert_int_eq(tu_sh("grep -q 'Tea & (tax) 5.4B' '%s.txt'", path), 0);
    ck_assert_int_eq(tu_sh("grep -q '话语权' '%s.txt'", path), 0);
    ck_assert_int_eq(tu_sh("grep -q 'about a third' '%s.txt'", path), 0);
    /* each font drawn with, as an embedded subset with a ToUnicode map */
    ck_assert_int_eq(tu_sh("pdffonts '%s' | grep -c 'CID TrueType *Identity-H *yes yes yes' | "
                           "grep -qx 4", path), 0);
    ck_assert_int_eq(tu_sh("pdffonts '%s' | grep -q '+LXGWWenKai-Regular'", path), 0);
    ck_assert_int_eq(tu_sh("pdfinfo '%s' | grep -q 'Title: *Figures — a test'", path), 0);
    ck_assert_int_eq(tu_sh("pdfinfo '%s' | grep -q 'CreationDate: *Tue Nov 14 22:13:20 2023 UTC'",
                           path), 0);
    ck_assert_int_eq(tu_sh("pdfinfo '%s' | grep -q 'Page size: *400 x 300 pts'", path), 0);
    buf_free(&b);
    /* without SOURCE_DATE_EPOCH: a fixed date, never the clock */
    unsetenv("SOURCE_DATE_EPOCH");
    ck_assert_int_eq(paint_pdf(&s, f, &b, &d), 0);
    tu_write(path, b.data, b.len);
    ck_assert_int_eq(tu_sh("pdfinfo '%s' | grep -q 'CreationDate: *Sat Jan  1 00:00:00 2000 UTC'",
                           path), 0);
    /* a scene without text has no fonts */
    Scene bare;
    scene_init(&bare, 200, 150);
    Style st = {.fill = 1, .fill_color = {1, 0, 0, 1}};
    scene_rect(&bare, 10, 10, 50, 50, &st);
    buf_free(&b);
    ck_assert_int_eq(paint_pdf(&bare, f, &b, &d), 0);
    tu_write(path, b.data, b.len);
    ck_assert_int_eq(tu_sh("qpdf --check '%s' >/dev/null", path), 0);
    ck_assert_ptr_null(strstr(b.data, "/FontFile2"));
    scene_free(&bare);
    free(dir);
    buf_free(&a);
    buf_free(&b);
    scene_free(&s);
}
END_TEST

START_TEST(pdf_should_show_the_picture_the_png_shows)
{
    Fonts *f = tu_chart.fonts;
    Diag d = {0};
    Scene s;
    scene_of_everything(&s, f);
    Buf pdf, png;
    ck_assert_int_eq(paint_pdf(&s, f, &pdf, &d), 0);
    ck_assert_int_eq(paint_cairo_png(&s, f, 2, &png, &d), 0);
    char *dir = tu_tmpdir("paint_pdf_picture");
    char path[4200];
    snprintf(path, sizeof path, "%s/p.pdf", dir);
    tu_write(path, pdf.data, pdf.len);
    ck_assert_int_eq(tu_sh("pdftoppm -r 144 -png -singlefile '%s' '%s/from_pdf'", path, dir), 0);
    cairo_surface_t *want = png_of(&png, dir, "from_cairo.png");
    snprintf(path, sizeof path, "%s/from_pdf.png", dir);
    cairo_surface_t *got = cairo_image_surface_create_from_png(path);
    ck_assert_int_eq(cairo_surface_status(got), CAIRO_STATUS_SUCCESS);
    int w = cairo_image_surface_get_width(want), h = cairo_image_surface_get_height(want);
    ck_assert_int_eq(cairo_image_surface_get_width(got), w);
    ck_assert_int_eq(cairo_image_surface_get_height(got), h);
    /* Two rasterisers differ on edges (antialiasing, hinting: a few
     * levels on average over a cell of 16x16 pixels, 14 at most here); a
     * shape or a run of text out of place, upside down or missing
     * changes its cells by far more. */
    const unsigned char *p = cairo_image_surface_get_data(want), *q = cairo_image_surface_get_data(got);
    int sp = cairo_image_surface_get_stride(want), sq = cairo_image_surface_get_stride(got);
    double worst = 0;
    for (int cy = 0; cy + 16 <= h; cy += 16)
        for (int cx = 0; cx + 16 <= w; cx += 16)
            for (int k = 0; k < 3; k++) {
                long s1 = 0, s2 = 0;
                for (int y = cy; y < cy + 16; y++)
                    for (int x = cx; x < cx + 16; x++)
                        s1 += p[y * sp + 4 * x + k], s2 += q[y * sq + 4 * x + k];
                double diff = labs(s1 - s2) / 256.0;
                worst = diff > worst ? diff : worst;
            }
    ck_assert_msg(worst < 30, "a cell of 16x16 pixels differs by %.1f levels on average", worst);
    cairo_surface_destroy(want);
    cairo_surface_destroy(got);
    free(dir);
    buf_free(&pdf);
    buf_free(&png);
    scene_free(&s);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("paint_pdf");
    TCase *tc = tcase_create("core");
    tcase_add_unchecked_fixture(tc, tu_fonts_load, tu_fonts_unload);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, pdf_should_be_valid_with_subset_fonts_searchable_text_and_its_date);
    tcase_add_test(tc, pdf_should_show_the_picture_the_png_shows);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
