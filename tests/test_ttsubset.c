/* test_ttsubset.c — the font subsets handed to libharu keep every glyph
 * they promise, outline for outline, carry the tables libharu reads, and
 * refuse what is not a font. */
#include "font.h"
#include "ttsubset.h"
#include "testutil.h"

#include <check.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned rd16(const unsigned char *p) { return (unsigned)p[0] << 8 | p[1]; }
static unsigned long rd32(const unsigned char *p)
{
    return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
}

/* The bytes of table tag of font[0..len) (NULL when absent), its length
 * in *tlen. */
static const unsigned char *table_of(const Buf *b, const char *tag, unsigned long *tlen)
{
    const unsigned char *p = (const unsigned char *)b->data;
    unsigned n = rd16(p + 4);
    for (unsigned i = 0; i < n; i++) {
        const unsigned char *e = p + 12 + 16 * i;
        if (!memcmp(e, tag, 4)) {
            *tlen = rd32(e + 12);
            ck_assert_uint_le(rd32(e + 8) + *tlen, b->len);
            return p + rd32(e + 8);
        }
    }
    *tlen = 0;
    return NULL;
}

/* What libharu 2.3.0 reads of a subset: its thirteen tables (a 'prep'
 * that is not empty: issue 13's error 0x1033), a (3,1) format 4 cmap,
 * the PostScript and subfamily names; nothing else (no layout tables). */
static void check_libharu_tables(const Buf *b)
{
    static const char *const want[] = { "OS/2", "cmap", "glyf", "head", "hhea", "hmtx",
                                        "loca", "maxp", "name", "post", "prep" };
    unsigned long len;
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        ck_assert_msg(table_of(b, want[i], &len) && len > 0, "no '%s' table", want[i]);
    static const char *const gone[] = { "GSUB", "GPOS", "GDEF", "kern", "DSIG" };
    for (size_t i = 0; i < sizeof gone / sizeof *gone; i++)
        ck_assert_msg(!table_of(b, gone[i], &len), "a '%s' table", gone[i]);
    const unsigned char *cmap = table_of(b, "cmap", &len);
    int bmp = 0;
    for (unsigned i = 0; i < rd16(cmap + 2); i++) {
        const unsigned char *e = cmap + 4 + 8 * i;
        bmp |= rd16(e) == 3 && rd16(e + 2) == 1 && rd16(cmap + rd32(e + 4)) == 4;
    }
    ck_assert_msg(bmp, "no (3,1) format 4 cmap");
    const unsigned char *name = table_of(b, "name", &len);
    int ps = 0, sub = 0;
    for (unsigned i = 0; i < rd16(name + 2); i++) {
        const unsigned char *r = name + 6 + 12 * i;
        int win = rd16(r) == 3 && rd16(r + 2) == 1 && rd16(r + 4) == 0x409;
        int mac = rd16(r) == 1 && rd16(r + 2) == 0;
        ps |= (win || mac) && rd16(r + 6) == 6;
        sub |= (win || mac) && rd16(r + 6) == 2;
    }
    ck_assert_msg(ps && sub, "no PostScript or subfamily name libharu reads");
    /* a well-formed font: head.checkSumAdjustment makes the file sum to
     * 0xB1B0AFBA */
    ck_assert_uint_eq(b->len % 4, 0);
    unsigned long sum = 0;
    for (size_t i = 0; i < b->len; i += 4)
        sum = (sum + rd32((const unsigned char *)b->data + i)) & 0xFFFFFFFFul;
    ck_assert_uint_eq(sum, 0xB1B0AFBAul);
}

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
    size_t len;
    char *font = tu_read(path, &len);
    ck_assert_int_eq(ttsubset_chars(path, font, len, cps, n, &b, &d), 0);
    check_libharu_tables(&b);
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
    free(font);
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

START_TEST(subset_of_no_character_should_still_carry_a_character_map)
{
    /* a brief with no Chinese still loads the CJK font into libharu */
    check_font("fonts/LXGWWenKai-Regular.ttf", NULL, 0, 0x4E2D);
    check_font("fonts/NotoSans-Regular.ttf", NULL, 0, 'A');
}
END_TEST

/* The subset of font path to "A" with table tag renamed to "XXXX": an
 * error naming path whose message holds what. */
static void check_refused(const char *path, const char *tag, const char *what)
{
    size_t len;
    unsigned char *font = (unsigned char *)tu_read(path, &len);
    for (unsigned i = 0; i < rd16(font + 4); i++)
        if (!memcmp(font + 12 + 16 * i, tag, 4))
            memcpy(font + 12 + 16 * i, "XXXX", 4);
    Buf b;
    Diag d = { 0 };
    unsigned cp = 'A';
    ck_assert_int_eq(ttsubset_chars(path, font, len, &cp, 1, &b, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, path);
    ck_assert_msg(strstr(d.msg, what), "'%s' for a font without '%s'", d.msg, tag);
    ck_assert_uint_eq(b.len, 0);
    buf_free(&b);
    free(font);
}

START_TEST(subset_should_refuse_what_is_not_a_font)
{
    static const char junk[] = "\x00\x01\x00\x00\x00\x09 not really a font at all, just bytes";
    Buf b;
    Diag d = { 0 };
    unsigned cp = 'A';
    ck_assert_int_eq(ttsubset_chars("fake.ttf", junk, sizeof junk, &cp, 1, &b, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, "fake.ttf");
    ck_assert_ptr_nonnull(strstr(d.msg, "not a usable font"));
    buf_free(&b);
    size_t len;
    char *text = tu_read("fonts/OFL-1.1.txt", &len);
    ck_assert_int_eq(ttsubset_chars("fonts/OFL-1.1.txt", text, len, &cp, 1, &b, &d), CB_EINPUT);
    ck_assert_ptr_nonnull(strstr(d.msg, "not a TrueType outline font"));
    buf_free(&b);
    free(text);
    /* a font without a table libharu reads */
    check_refused("fonts/NotoSans-Regular.ttf", "name", "no 'name' table");
    check_refused("fonts/NotoSans-Regular.ttf", "OS/2", "no 'OS/2' table");
    check_refused("fonts/NotoSans-Regular.ttf", "cmap", "no 'cmap' table");
    check_refused("fonts/LXGWWenKai-Regular.ttf", "glyf", "no 'glyf' table");
}
END_TEST

/* Points and advance of glyph g, unscaled. */
static void glyph_id(FT_Face f, unsigned g, int *points, long *adv)
{
    ck_assert_int_eq(FT_Load_Glyph(f, g, FT_LOAD_NO_SCALE), 0);
    *points = f->glyph->outline.n_points;
    *adv = f->glyph->metrics.horiAdvance;
}

START_TEST(subset_by_glyph_should_number_glyphs_densely_in_the_font_order)
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
    ck_assert_uint_lt(gids[3], gids[0]);   /* '$' comes before 'H' in Noto */
    Buf b;
    ck_assert_int_eq(ttsubset_glyphs("fonts/NotoSans-Regular.ttf", data, len, gids, cps, 5, &b,
                                     newid, &d), 0);
    check_libharu_tables(&b);
    ck_assert_uint_eq(newid[1], newid[2]);
    ck_assert_uint_eq(newid[4], 0);
    for (int i = 0; i < 4; i++) {
        ck_assert_uint_gt(newid[i], 0);
        /* the font's order, whatever the order of first use */
        for (int k = 0; k < 4; k++)
            ck_assert(gids[i] < gids[k] ? newid[i] < newid[k] : newid[i] >= newid[k]);
    }
    FT_Library lib;
    FT_Face orig, sub;
    ck_assert_int_eq(FT_Init_FreeType(&lib), 0);
    ck_assert_int_eq(FT_New_Face(lib, "fonts/NotoSans-Regular.ttf", 0, &orig), 0);
    ck_assert_int_eq(FT_New_Memory_Face(lib, (const FT_Byte *)b.data, (FT_Long)b.len, 0, &sub), 0);
    /* .notdef, three glyphs, the components of é among them: densely */
    ck_assert_int_ge(sub->num_glyphs, 5);
    ck_assert_int_le(sub->num_glyphs, 8);
    for (int i = 0; i < 4; i++) {
        ck_assert_int_lt(newid[i], sub->num_glyphs);
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
    /* without code points the glyphs go in by id: the same subset */
    unsigned byid[5];
    ck_assert_int_eq(ttsubset_glyphs("fonts/NotoSans-Regular.ttf", data, len, gids, NULL, 5, &b,
                                     byid, &d), 0);
    check_libharu_tables(&b);
    ck_assert_mem_eq(byid, newid, sizeof newid);
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
    tcase_add_test(tc, subset_by_glyph_should_number_glyphs_densely_in_the_font_order);
    tcase_add_test(tc, subset_of_no_character_should_still_carry_a_character_map);
    tcase_add_test(tc, subset_should_refuse_what_is_not_a_font);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
