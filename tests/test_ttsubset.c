/* test_ttsubset.c — the font subsets handed to libharu keep every glyph
 * they promise, outline for outline, and refuse what is not a font. */
#include "font.h"
#include "ttsubset.h"
#include "testutil.h"

#include <check.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Points and advance of cp's glyph, unscaled; 0 points when missing. */
static void glyph_of(FT_Face f, unsigned cp, int *points, long *adv)
{
    *points = 0;
    *adv = 0;
    FT_UInt g = FT_Get_Char_Index(f, cp);
    if (!g)
        return;
    ck_assert_int_eq(FT_Load_Glyph(f, g, FT_LOAD_NO_SCALE), 0);
    *points = f->glyph->outline.n_points;
    *adv = f->glyph->metrics.horiAdvance;
}

static void check_font(const char *path, const unsigned *cps, size_t n, unsigned absent)
{
    Buf b;
    Diag d = { 0 };
    ck_assert_int_eq(ttsubset_make(path, cps, n, &b, &d), 0);
    FT_Library lib;
    FT_Face orig, sub;
    ck_assert_int_eq(FT_Init_FreeType(&lib), 0);
    ck_assert_int_eq(FT_New_Face(lib, path, 0, &orig), 0);
    ck_assert_int_eq(FT_New_Memory_Face(lib, (const FT_Byte *)b.data, (FT_Long)b.len, 0, &sub), 0);
    ck_assert_int_le(sub->num_glyphs, (long)(2 * n + 8));
    for (size_t i = 0; i < n; i++) {
        int p1, p2;
        long a1, a2;
        glyph_of(orig, cps[i], &p1, &a1);
        glyph_of(sub, cps[i], &p2, &a2);
        ck_assert_msg(p1 == p2 && a1 == a2, "U+%04X: %d points/%ld advance, subset %d/%ld",
                      cps[i], p1, a1, p2, a2);
    }
    ck_assert_uint_eq(FT_Get_Char_Index(sub, absent), 0);
    ck_assert_uint_lt(b.len, 200000);
    FT_Done_Face(sub);
    FT_Done_Face(orig);
    FT_Done_FreeType(lib);
    buf_free(&b);
}

START_TEST(subset_should_keep_latin_accents_and_quotes_of_noto)
{
    /* é, ñ, ô are composites in many fonts; curly quotes, en and em dash. */
    static const unsigned cps[] = { 'H', 'e', 'l', 'o', '$', '7', 0xE9, 0xF1, 0xF4,
                                    0x201C, 0x201D, 0x2019, 0x2013, 0x2014, 0xB7 };
    check_font("fonts/NotoSans-Regular.ttf", cps, sizeof cps / sizeof *cps, 'Z');
    check_font("fonts/NotoSans-Bold.ttf", cps, sizeof cps / sizeof *cps, 'Z');
    check_font("fonts/NotoSans-Italic.ttf", cps, sizeof cps / sizeof *cps, 'Z');
}
END_TEST

START_TEST(subset_should_keep_chinese_of_wenkai)
{
    static const unsigned cps[] = { 0x4E2D, 0x56FD, 0x7F51, 0x4E00, 0x70B9, 0x53F7, 0x8BDD,
                                    0x8BED, 0x6743, 'A', 0x4E2D /* twice */ };
    check_font("fonts/LXGWWenKai-Regular.ttf", cps, sizeof cps / sizeof *cps, 0x4E8C);
}
END_TEST

START_TEST(subset_should_refuse_what_is_not_a_font)
{
    char *dir = tu_tmpdir("ttsubset_bad");
    char path[1100];
    snprintf(path, sizeof path, "%s/fake.ttf", dir);
    static const char junk[] = "\x00\x01\x00\x00\x00\x09 not really a font at all, just bytes";
    tu_write(path, junk, sizeof junk);
    Buf b;
    Diag d = { 0 };
    unsigned cp = 'A';
    ck_assert_int_eq(ttsubset_make(path, &cp, 1, &b, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, path);
    ck_assert_ptr_nonnull(strstr(d.msg, "not a usable font"));
    buf_free(&b);
    ck_assert_int_eq(ttsubset_make("fonts/OFL-1.1.txt", &cp, 1, &b, &d), CB_EINPUT);
    buf_free(&b);
    ck_assert_int_eq(ttsubset_make("fonts/none.ttf", &cp, 1, &b, &d), CB_EINPUT);
    ck_assert_ptr_nonnull(strstr(d.msg, "cannot read"));
    buf_free(&b);
    free(dir);
}
END_TEST

/* Points and advance of glyph g, unscaled. */
static void glyph_id(FT_Face f, unsigned g, int *points, long *adv)
{
    ck_assert_int_eq(FT_Load_Glyph(f, g, FT_LOAD_NO_SCALE), 0);
    *points = f->glyph->outline.n_points;
    *adv = f->glyph->metrics.horiAdvance;
}

START_TEST(subset_by_glyph_should_number_glyphs_in_order_of_first_use)
{
    Fonts *fonts;
    Diag d = { 0 };
    ck_assert_int_eq(fonts_load("fonts", &fonts, &d), 0);
    size_t len;
    const void *data = fonts_data(fonts, FONT_REGULAR, &len);
    /* H, é (a composite), é again, $, and an id past the last glyph */
    unsigned cps[] = { 'H', 0xE9, 0xE9, '$', 0 };
    unsigned gids[5], newid[5];
    for (int i = 0; i < 4; i++)
        gids[i] = fonts_glyph(fonts, FONT_REGULAR, cps[i]);
    gids[4] = 70000;
    Buf b;
    ck_assert_int_eq(ttsubset_glyphs("fonts/NotoSans-Regular.ttf", data, len, gids, cps, 5, &b,
                                     newid, &d), 0);
    ck_assert_uint_eq(newid[0], 1);
    ck_assert_uint_eq(newid[1], 2);
    ck_assert_uint_eq(newid[2], 2);
    ck_assert_uint_eq(newid[3], 3);
    ck_assert_uint_eq(newid[4], 0);
    FT_Library lib;
    FT_Face orig, sub;
    ck_assert_int_eq(FT_Init_FreeType(&lib), 0);
    ck_assert_int_eq(FT_New_Face(lib, "fonts/NotoSans-Regular.ttf", 0, &orig), 0);
    ck_assert_int_eq(FT_New_Memory_Face(lib, (const FT_Byte *)b.data, (FT_Long)b.len, 0, &sub), 0);
    /* .notdef, three glyphs, the components of é after them */
    ck_assert_int_ge(sub->num_glyphs, 5);
    ck_assert_int_le(sub->num_glyphs, 8);
    for (int i = 0; i < 4; i++) {
        int p1, p2;
        long a1, a2;
        glyph_id(orig, gids[i], &p1, &a1);
        glyph_id(sub, newid[i], &p2, &a2);
        ck_assert_msg(p1 == p2 && a1 == a2 && p1 > 0, "glyph %u: %d points/%ld advance, subset %d/%ld",
                      gids[i], p1, a1, p2, a2);
        /* the subset's own character map agrees */
        ck_assert_uint_eq(FT_Get_Char_Index(sub, cps[i]), newid[i]);
    }
    FT_Done_Face(sub);
    FT_Done_Face(orig);
    FT_Done_FreeType(lib);
    buf_free(&b);
    /* bytes that are not a font are refused, naming them */
    static const char junk[] = "\x00\x01\x00\x00\x00\x09 not really a font at all";
    ck_assert_int_eq(ttsubset_glyphs("mem.ttf", junk, sizeof junk, gids, cps, 1, &b, newid, &d),
                     CB_EINPUT);
    ck_assert_str_eq(d.file, "mem.ttf");
    ck_assert_ptr_nonnull(strstr(d.msg, "not a usable font"));
    buf_free(&b);
    fonts_free(fonts);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ttsubset");
    TCase *tc = tcase_create("ttsubset");
    tcase_add_test(tc, subset_should_keep_latin_accents_and_quotes_of_noto);
    tcase_add_test(tc, subset_should_keep_chinese_of_wenkai);
    tcase_add_test(tc, subset_by_glyph_should_number_glyphs_in_order_of_first_use);
    tcase_add_test(tc, subset_should_refuse_what_is_not_a_font);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
