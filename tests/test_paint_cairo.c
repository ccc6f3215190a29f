/* test_paint_cairo.c — the PNG painter: dots come from sprites and look
 * as cairo draws them arc by arc, inside clips too; the bytes are the
 * same every time, the second painting (from the kept images) too. */
#include "paint_cairo.h"
#include "fixtures.h"
#include "testutil.h"

#include <cairo.h>
#include <cairo-ft.h>
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

static const Style RING = {.fill = 1, .fill_color = {0, 0.447, 0.698, 0.8}, .stroke = 1,
                           .stroke_color = {1, 1, 1, 1}, .line_width = 1.2};
static const Style SOLID = {.fill = 1, .fill_color = {0.9, 0.6, 0, 1}};

static cairo_surface_t *decode(const Buf *b, const char *name)
{
    char *dir = tu_tmpdir("paint_cairo");
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    tu_write(path, b->data, b->len);
    cairo_surface_t *img = cairo_image_surface_create_from_png(path);
    ck_assert_int_eq(cairo_surface_status(img), CAIRO_STATUS_SUCCESS);
    free(dir);
    return img;
}

/* n dots in two strips, centres at every fraction of a pixel, many
 * overlapping, and a third of bigger dots in the first strip's style; a
 * clip, when clip, cuts the strips at x = 150.3. */
static void strip(Scene *s, int n, int clip)
{
    scene_init(s, 300, 120);
    if (clip)
        scene_clip(s, 0, 0, 150.3, 120);
    for (int i = 0; i < n; i++) {
        double x = 10 + i * 2.8137;
        scene_circle(s, x, 40 + (i % 7) * 0.61, 3.6, &RING);
        scene_circle(s, x + 0.37, 90 + (i % 3) * 0.29, 2.2, &SOLID);
        if (i % 5 == 0)   /* the ring's style at another size */
            scene_circle(s, x + 1.1, 65 + (i % 4) * 0.23, 5.5, &RING);
    }
    if (clip)
        scene_unclip(s);
}

/* The same strips drawn by cairo itself, arc by arc, as a PNG. */
static void strip_by_cairo(int n, int clip, Buf *out)
{
    cairo_surface_t *sf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 600, 240);
    cairo_t *cr = cairo_create(sf);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, 2, 2);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    if (clip) {
        cairo_rectangle(cr, 0, 0, 150.3, 120);
        cairo_clip(cr);
    }
    for (int i = 0; i < n; i++) {
        double x = 10 + i * 2.8137;
        const Style *st[3] = {&RING, &SOLID, &RING};
        double cx[3] = {x, x + 0.37, x + 1.1},
               cy[3] = {40 + (i % 7) * 0.61, 90 + (i % 3) * 0.29, 65 + (i % 4) * 0.23},
               r[3] = {3.6, 2.2, 5.5};
        for (int k = 0; k < (i % 5 == 0 ? 3 : 2); k++) {
            cairo_new_sub_path(cr);
            cairo_arc(cr, cx[k], cy[k], r[k], 0, 2 * M_PI);
            Rgba c = st[k]->fill_color;
            cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
            cairo_fill_preserve(cr);
            if (st[k]->stroke) {
                c = st[k]->stroke_color;
                cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
                cairo_set_line_width(cr, st[k]->line_width);
                cairo_stroke(cr);
            }
            cairo_new_path(cr);
        }
    }
    cairo_destroy(cr);
    char *dir = tu_tmpdir("paint_cairo_ref");
    char path[4200];
    snprintf(path, sizeof path, "%s/ref.png", dir);
    ck_assert_int_eq(cairo_surface_write_to_png(sf, path), CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(sf);
    size_t len;
    char *data = tu_read(path, &len);
    ck_assert_ptr_nonnull(data);
    buf_init(out, 0);
    buf_append(out, data, len);
    free(data);
    free(dir);
}

/* Differences between two paintings: pixels off by more than max_level
 * in some channel, and the largest difference. */
static void compare(cairo_surface_t *a, cairo_surface_t *b, int max_level, int *over, int *worst)
{
    int w = cairo_image_surface_get_width(a), h = cairo_image_surface_get_height(a);
    ck_assert_int_eq(cairo_image_surface_get_width(b), w);
    const unsigned char *p = cairo_image_surface_get_data(a), *q = cairo_image_surface_get_data(b);
    int sp = cairo_image_surface_get_stride(a), sq = cairo_image_surface_get_stride(b);
    *over = *worst = 0;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < 4 * w; x++) {
            int dd = abs(p[y * sp + x] - q[y * sq + x]);
            *over += dd > max_level;
            *worst = dd > *worst ? dd : *worst;
        }
}

/* The same for two A8 masks. */
static void compare_a8(cairo_surface_t *a, cairo_surface_t *b, int max_level, int *over, int *worst)
{
    int w = cairo_image_surface_get_width(a), h = cairo_image_surface_get_height(a);
    const unsigned char *p = cairo_image_surface_get_data(a), *q = cairo_image_surface_get_data(b);
    int sp = cairo_image_surface_get_stride(a);
    *over = *worst = 0;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            int dd = abs(p[y * sp + x] - q[y * sp + x]);
            *over += dd > max_level;
            *worst = dd > *worst ? dd : *worst;
        }
}

static void sprites_match_arcs(int clip)
{
    Fonts *f = tu_chart.fonts;
    Diag d = {0};
    Scene sc;
    strip(&sc, 90, clip);
    Buf a, b, a2;
    ck_assert_int_eq(paint_cairo_png(&sc, f, 2, &a, &d), 0);
    ck_assert_int_eq(paint_cairo_png(&sc, f, 2, &a2, &d), 0);   /* now from kept images */
    ck_assert(a.len == a2.len && memcmp(a.data, a2.data, a.len) == 0);
    strip_by_cairo(90, clip, &b);
    cairo_surface_t *ia = decode(&a, "sprites.png"), *ib = decode(&b, "arcs.png");
    /* a centre moved by at most an eighth of a pixel changes edge pixels
     * by a fraction of the contrast; a dot missing, cut or misplaced
     * changes whole pixels by most of it */
    int over, worst;
    compare(ia, ib, 96, &over, &worst);
    ck_assert_msg(over == 0, "%d channel values differ by more than 96 (at most %d)", over, worst);
    /* and the painting is not the same by accident: the strip is there */
    Scene empty;
    scene_init(&empty, 300, 120);
    Buf e;
    ck_assert_int_eq(paint_cairo_png(&empty, f, 2, &e, &d), 0);
    cairo_surface_t *ie = decode(&e, "empty.png");
    compare(ia, ie, 96, &over, &worst);
    ck_assert_int_gt(over, 3000);
    if (clip) {
        /* nothing right of the clip: that half is as empty as the empty scene */
        const unsigned char *p = cairo_image_surface_get_data(ia), *q = cairo_image_surface_get_data(ie);
        int s = cairo_image_surface_get_stride(ia);
        for (int y = 0; y < 240; y++)
            ck_assert(memcmp(p + y * s + 4 * 302, q + y * s + 4 * 302, 4 * (600 - 302)) == 0);
    }
    cairo_surface_destroy(ia);
    cairo_surface_destroy(ib);
    cairo_surface_destroy(ie);
    buf_free(&a);
    buf_free(&a2);
    buf_free(&b);
    buf_free(&e);
    scene_free(&sc);
    scene_free(&empty);
}

START_TEST(dots_of_one_style_should_look_as_if_drawn_one_by_one)
{
    sprites_match_arcs(0);
}
END_TEST

START_TEST(dots_of_one_style_should_keep_to_their_clip)
{
    sprites_match_arcs(1);
}
END_TEST

/* Path data as paint_cairo_glyph_outline writes it (M m L l Q q Z z, a
 * number per coordinate) onto cr, each quadratic curve as the cubic it
 * is; 0, or -1 on anything else. */
static int svg_path(cairo_t *cr, const char *d)
{
    double cx = 0, cy = 0, sx = 0, sy = 0;
    char c = 0;
    while (*d) {
        if (strchr("MmLlQqZz", *d))
            c = *d++;
        else if (!c)
            return -1;
        if (c == 'Z' || c == 'z') {
            cairo_close_path(cr);
            cx = sx, cy = sy;
            c = 0;
            continue;
        }
        int n = c == 'Q' || c == 'q' ? 4 : 2, rel = c >= 'a';
        double v[4];
        for (int i = 0; i < n; i++) {
            char *end;
            v[i] = strtod(d, &end);
            if (end == d)
                return -1;
            d = end;
            while (*d == ' ')
                d++;
        }
        for (int i = 0; rel && i < n; i += 2)
            v[i] += cx, v[i + 1] += cy;
        if (c == 'M' || c == 'm') {
            cairo_move_to(cr, v[0], v[1]);
            sx = v[0], sy = v[1];
        } else if (c == 'L' || c == 'l') {
            cairo_line_to(cr, v[0], v[1]);
        } else {
            cairo_curve_to(cr, cx + 2.0 / 3 * (v[0] - cx), cy + 2.0 / 3 * (v[1] - cy),
                           v[2] + 2.0 / 3 * (v[0] - v[2]), v[3] + 2.0 / 3 * (v[1] - v[3]), v[2], v[3]);
        }
        cx = v[n - 2], cy = v[n - 1];
    }
    return 0;
}

START_TEST(svg_glyph_outlines_should_be_the_fonts_own)
{
    /* Glyphs of every font, filled from the path data written for them
     * and by cairo from the font, at 480 px to the em, where one unit of
     * the outline (1/1000 em) is half a pixel: a point off by a unit
     * changes its edge pixels by about half of 255. They agree but for
     * cairo's own rounding: its outline comes through FreeType in 1/64
     * pixel, and it samples a pixel on a grid of sub-scanlines, so an
     * edge moved by 1/64 pixel can cross one (about 17 levels). */
    Fonts *f = tu_chart.fonts;
    static const char *const text[] = {
        "AaBbCcDdEeFfGgQqRrSs&%@0123456789$\xe2\x82\xac\xc3\xa9\xc3\xbc\xc3\x9f\xe2\x80\x94\xe2\x80\xa6",
        "\xe4\xb8\xad\xe5\x9b\xbd\xe4\xba\x92\xe8\x81\x94\xe7\xbd\x91\xe7\x94\xa8\xe6\x88\xb7",
    };
    const FontId fonts[] = {FONT_REGULAR, FONT_BOLD, FONT_ITALIC, FONT_CJK};
    const int SZ = 640;
    const double em = 480, x0 = 80, y0 = 500;
    cairo_surface_t *none = cairo_image_surface_create(CAIRO_FORMAT_A8, SZ, SZ);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    int glyphs = 0, worst_all = 0;
    for (size_t fi = 0; fi < sizeof fonts / sizeof *fonts; fi++) {
        cairo_font_face_t *cf =
            cairo_ft_font_face_create_for_ft_face(fonts_face(f, fonts[fi]), FT_LOAD_NO_HINTING);
        const char *t = text[fonts[fi] == FONT_CJK];
        for (size_t i = 0, l; t[i]; i += l) {
            unsigned gid = fonts_glyph(f, fonts[fi], (unsigned)utf8_decode(t + i, strlen(t + i), &l));
            const char *path = paint_cairo_glyph_outline(f, fonts[fi], gid);
            ck_assert_msg(*path, "no outline for glyph %u of font %d", gid, (int)fonts[fi]);
            cairo_surface_t *a = cairo_image_surface_create(CAIRO_FORMAT_A8, SZ, SZ);
            cairo_surface_t *b = cairo_image_surface_create(CAIRO_FORMAT_A8, SZ, SZ);
            cairo_t *ca = cairo_create(a), *cb = cairo_create(b);
            cairo_set_tolerance(ca, 0.01);
            cairo_set_tolerance(cb, 0.01);
            cairo_translate(ca, x0, y0);
            cairo_scale(ca, em / 1000, em / 1000);
            ck_assert_int_eq(svg_path(ca, path), 0);
            cairo_fill(ca);
            cairo_set_font_face(cb, cf);
            cairo_set_font_size(cb, em);
            cairo_set_font_options(cb, fo);
            cairo_glyph_t g = {gid, x0, y0};
            cairo_glyph_path(cb, &g, 1);
            cairo_fill(cb);
            cairo_surface_flush(a);
            cairo_surface_flush(b);
            int over, worst;
            compare_a8(a, b, 40, &over, &worst);
            ck_assert_msg(over == 0, "glyph %u of font %d: %d pixels differ by more than 40 levels "
                          "(at most %d)", gid, (int)fonts[fi], over, worst);
            worst_all = worst > worst_all ? worst : worst_all;
            compare_a8(a, none, 128, &over, &worst);   /* and something was drawn */
            ck_assert_int_gt(over, 500);
            cairo_destroy(ca);
            cairo_destroy(cb);
            cairo_surface_destroy(a);
            cairo_surface_destroy(b);
            glyphs++;
        }
        cairo_font_face_destroy(cf);
    }
    ck_assert_int_gt(glyphs, 100);
    fprintf(stderr, "test_paint_cairo: %d glyphs, outlines within %d levels of cairo's\n", glyphs,
            worst_all);
    cairo_font_options_destroy(fo);
    cairo_surface_destroy(none);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("paint_cairo");
    TCase *tc = tcase_create("core");
    tcase_add_unchecked_fixture(tc, tu_fonts_load, tu_fonts_unload);
    tcase_add_test(tc, dots_of_one_style_should_look_as_if_drawn_one_by_one);
    tcase_add_test(tc, dots_of_one_style_should_keep_to_their_clip);
    tcase_add_test(tc, svg_glyph_outlines_should_be_the_fonts_own);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
