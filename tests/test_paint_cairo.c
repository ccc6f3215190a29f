/* test_paint_cairo.c — the PNG painter: dots come from sprites and look
 * as cairo draws them arc by arc, inside clips too; the bytes are the
 * same every time, the second painting (from the kept images) too. */
#include "paint_cairo.h"
#include "testutil.h"

#include <cairo.h>
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static void sprites_match_arcs(int clip)
{
    Fonts *f;
    Diag d = {0};
    ck_assert_int_eq(fonts_load("fonts", &f, &d), 0);
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
    fonts_free(f);
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

int main(void)
{
    Suite *s = suite_create("paint_cairo");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, dots_of_one_style_should_look_as_if_drawn_one_by_one);
    tcase_add_test(tc, dots_of_one_style_should_keep_to_their_clip);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
