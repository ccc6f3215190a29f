/* test_pngenc.c — the PNG encoders: every pixel back as painted, read by
 * libpng (through cairo's PNG reader), at every shape the chart encoder
 * treats apart (one pixel, one row, one column, rows that repeat, runs,
 * repeated shapes, noise, transparency, rows too wide for its copies). */
#include "pngenc.h"
#include "testutil.h"

#include <cairo.h>
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct Reader {
    const unsigned char *p;
    size_t n, at;
} Reader;

static cairo_status_t read_mem(void *closure, unsigned char *data, unsigned int len)
{
    Reader *r = closure;
    if (r->n - r->at < len)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(data, r->p + r->at, len);
    r->at += len;
    return CAIRO_STATUS_SUCCESS;
}

/* A test image: flat bands, runs, a repeated shape, rows that repeat and
 * noise, so every kind of token occurs. alpha: some pixels are fully
 * transparent (0 or 255 only: those survive straight alpha exactly). */
static uint32_t *make(int w, int h, int alpha, unsigned seed)
{
    uint32_t *px = malloc((size_t)w * (size_t)h * 4);
    ck_assert_ptr_nonnull(px);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            uint32_t v = 0xffffffffu;
            if (y % 37 < 3)
                v = 0xff202020u;                                   /* rules */
            else if ((x / 7) % 5 == 1 && y % 11 < 9)
                v = 0xff0072b2u + (uint32_t)((x % 7) * 0x010101u);  /* a shape, repeated */
            else if (y % 53 > 40)
                v = 0xff000000u | (seed = seed * 1103515245u + 12345u) >> 8;   /* noise */
            else if (x % 97 > 60)
                v = 0xffd55e00u;
            if (alpha && (x + y) % 13 == 0)
                v = 0;
            px[(size_t)y * (size_t)w + (size_t)x] = v;
        }
    return px;
}

static void roundtrip(int w, int h, int alpha, int chart)
{
    uint32_t *px = make(w, h, alpha, 7u + (unsigned)w);
    Buf out;
    buf_init(&out, 0);
    int rc = chart ? pngenc_chart((unsigned char *)px, w, h, w * 4, alpha, &out)
                   : pngenc_deflate((unsigned char *)px, w, h, w * 4, alpha, 2, 4, &out);
    ck_assert_int_eq(rc, 0);
    Reader r = {(const unsigned char *)out.data, out.len, 0};
    cairo_surface_t *s = cairo_image_surface_create_from_png_stream(read_mem, &r);
    ck_assert_int_eq(cairo_surface_status(s), CAIRO_STATUS_SUCCESS);
    ck_assert_int_eq(cairo_image_surface_get_width(s), w);
    ck_assert_int_eq(cairo_image_surface_get_height(s), h);
    ck_assert_int_eq(cairo_image_surface_get_format(s), alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24);
    const unsigned char *got = cairo_image_surface_get_data(s);
    int stride = cairo_image_surface_get_stride(s);
    for (int y = 0; y < h; y++) {
        const uint32_t *row = (const uint32_t *)(const void *)(got + (size_t)y * (size_t)stride);
        for (int x = 0; x < w; x++) {
            uint32_t want = px[(size_t)y * (size_t)w + (size_t)x], have = row[x];
            if (!alpha)   /* RGB24: the top byte is unused */
                want &= 0xffffffu, have &= 0xffffffu;
            if (want != have)
                ck_abort_msg("%dx%d%s: pixel %d,%d is %08x, painted %08x", w, h,
                             alpha ? " RGBA" : "", x, y, have, want);
        }
    }
    cairo_surface_destroy(s);
    buf_free(&out);
    free(px);
}

START_TEST(chart_encoder_should_give_back_every_pixel_at_every_shape)
{
    /* 40 x 400: deflate reaches 270 rows up, further than the rows
     * the encoder's table of places tells apart (64) */
    static const int sizes[][2] = {{1, 1}, {1, 9}, {9, 1}, {2, 2}, {3, 300}, {300, 3},
                                   {97, 61}, {40, 400}, {640, 360}, {1920, 1080}};
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        roundtrip(sizes[i][0], sizes[i][1], 0, 1);
        roundtrip(sizes[i][0], sizes[i][1], 1, 1);
    }
}
END_TEST

START_TEST(chart_encoder_should_reach_past_one_block_and_into_wide_rows)
{
    /* 10,922 pixels RGB is the widest row a copy from above reaches; one
     * more, and RGBA's 8,191 and 8,192, take the general encoder */
    roundtrip(10922, 12, 0, 1);
    roundtrip(10923, 12, 0, 1);
    roundtrip(8191, 12, 1, 1);
    roundtrip(8192, 12, 1, 1);
}
END_TEST

START_TEST(general_encoder_should_give_back_every_pixel)
{
    roundtrip(1, 1, 0, 0);
    roundtrip(97, 61, 0, 0);
    roundtrip(97, 61, 1, 0);
}
END_TEST

START_TEST(chart_encoder_should_be_deterministic_and_small_on_flat_colour)
{
    int w = 1920, h = 1080;
    uint32_t *px = make(w, h, 0, 1);
    Buf a, b;
    buf_init(&a, 0);
    buf_init(&b, 0);
    ck_assert_int_eq(pngenc_chart((unsigned char *)px, w, h, w * 4, 0, &a), 0);
    ck_assert_int_eq(pngenc_chart((unsigned char *)px, w, h, w * 4, 0, &b), 0);
    ck_assert_uint_eq(a.len, b.len);
    ck_assert(memcmp(a.data, b.data, a.len) == 0);
    /* one colour: a few bytes a row, not the 5,761 of the raw row */
    for (size_t i = 0; i < (size_t)w * (size_t)h; i++)
        px[i] = 0xfff5f5f7u;
    buf_free(&a);
    buf_init(&a, 0);
    ck_assert_int_eq(pngenc_chart((unsigned char *)px, w, h, w * 4, 0, &a), 0);
    ck_assert_uint_lt(a.len, 20000);
    buf_free(&a);
    buf_free(&b);
    free(px);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pngenc");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, chart_encoder_should_give_back_every_pixel_at_every_shape);
    tcase_add_test(tc, chart_encoder_should_reach_past_one_block_and_into_wide_rows);
    tcase_add_test(tc, general_encoder_should_give_back_every_pixel);
    tcase_add_test(tc, chart_encoder_should_be_deterministic_and_small_on_flat_colour);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
