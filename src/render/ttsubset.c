/* ttsubset.c — glyph subsets of a TrueType font, cut by HarfBuzz's
 * subsetter (hb-subset; see ttsubset.h).
 *
 * HarfBuzz reads the font (sanitizing every table it touches), closes
 * the glyph set over composite components, renumbers the glyphs densely
 * in the font's order and writes the new font. This file asks it for
 * what libharu reads, and checks that the result has it: the tables
 * libharu parses, a (3,1) format 4 cmap, and a 'prep' (see with_prep).
 * The font is always bytes in memory (the caller's, FreeType-validated
 * beforehand); HarfBuzz only reads them.
 */
#include "ttsubset.h"

#include <hb-subset.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The tables a subset keeps: the thirteen libharu 2.3.0 reads and
 * rewrites on save (the hinting ones, cvt/fpgm/prep, when the font has
 * them). All others go: the brief and the charts draw glyph by glyph,
 * and with GSUB gone HarfBuzz does not pull the glyphs' substitutes
 * (ligatures, alternates) into the subset. The first ten are required. */
static const char keep[][5] = { "glyf", "loca", "head", "hhea", "hmtx", "maxp",
                                "post", "cmap", "name", "OS/2", "cvt ", "fpgm", "prep" };
enum { NREQUIRED = 10 };

static hb_tag_t tag_of(const char *s) { return HB_TAG(s[0], s[1], s[2], s[3]); }

static unsigned rd16(const unsigned char *p) { return (unsigned)p[0] << 8 | p[1]; }
static unsigned long rd32(const unsigned char *p)
{
    return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
}

static int bad(const char *name, Diag *d, const char *why)
{
    return diag_set(d, CB_EINPUT, name, 0, "not a usable font (%s)", why);
}

/* The tags of face's tables, *n of them (the caller frees). */
static hb_tag_t *tags_of(hb_face_t *face, unsigned *n)
{
    *n = hb_face_get_table_tags(face, 0, NULL, NULL);
    hb_tag_t *tags = xmalloc((*n ? *n : 1) * sizeof *tags);
    hb_face_get_table_tags(face, 0, n, tags);
    return tags;
}

/* Index of tag in keep[], or KEEP when it is not there. */
enum { KEEP = sizeof keep / sizeof *keep };
static size_t kept(hb_tag_t tag)
{
    size_t k = 0;
    while (k < KEEP && tag != tag_of(keep[k]))
        k++;
    return k;
}

/* A subset input that keeps the tables above (the whole name table,
 * legacy Macintosh records included, as libharu reads either kind) and
 * the hinting; glyphs are renumbered (no retained ids). NULL, with the
 * error, when face lacks a required table.
 *
 * Why keep the hinting: without it (HB_SUBSET_FLAGS_NO_HINTING) the
 * chart PDFs of examples/dsr would be 35% smaller and the bundled brief
 * 12%, and pdftoppm draws them the same (it does not hint), but a
 * renderer that hints, as FreeType does by default, draws 39 to 42 of 48
 * Noto glyphs differently at 9 to 16 pixels. */
static hb_subset_input_t *input_new(const char *name, hb_face_t *face, Diag *d, int *rc)
{
    unsigned n;
    hb_tag_t *tags = tags_of(face, &n);
    for (int k = 0; k < NREQUIRED; k++) {
        unsigned i = 0;
        while (i < n && tags[i] != tag_of(keep[k]))
            i++;
        if (i == n) {
            char why[32];
            snprintf(why, sizeof why, n ? "no '%s' table" : "no tables", keep[k]);
            *rc = bad(name, d, why);
            free(tags);
            return NULL;
        }
    }
    hb_subset_input_t *in = hb_subset_input_create_or_fail();
    if (!in)
        diag_oom();
    hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NAME_LEGACY);
    hb_set_t *names = hb_subset_input_set(in, HB_SUBSET_SETS_NAME_ID);
    hb_set_t *langs = hb_subset_input_set(in, HB_SUBSET_SETS_NAME_LANG_ID);
    hb_set_clear(names);
    hb_set_invert(names);
    hb_set_clear(langs);
    hb_set_invert(langs);
    hb_set_t *drop = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
    hb_set_clear(drop);
    for (unsigned i = 0; i < n; i++)
        if (kept(tags[i]) == KEEP)
            hb_set_add(drop, tags[i]);
    free(tags);
    /* HarfBuzz writes an empty cmap for a subset of no character, which
     * libharu refuses: the space is always kept. */
    hb_set_add(hb_subset_input_unicode_set(in), ' ');
    *rc = 0;
    return in;
}

/* 1 when table cmap[0..len) has a (3,1) subtable of format 4: libharu
 * reads no other Unicode map. */
static int has_bmp_cmap(const unsigned char *cmap, unsigned len)
{
    unsigned n = len >= 4 ? rd16(cmap + 2) : 0;
    for (unsigned i = 0; i < n && 4u + 8u * i + 8u <= len; i++) {
        const unsigned char *e = cmap + 4 + 8 * i;
        unsigned long off = rd32(e + 4);
        if (rd16(e) == 3 && rd16(e + 2) == 1 && off + 2 <= len && rd16(cmap + off) == 4)
            return 1;
    }
    return 0;
}

/* Check that font has what libharu reads: the required tables, a BMP
 * character map. */
static int check(const char *name, hb_face_t *font, Diag *d)
{
    for (int i = 0; i < NREQUIRED; i++) {
        hb_blob_t *b = hb_face_reference_table(font, tag_of(keep[i]));
        unsigned len = hb_blob_get_length(b);
        int cmap = !strcmp(keep[i], "cmap"), ok = len > 0;
        if (ok && cmap)
            ok = has_bmp_cmap((const unsigned char *)hb_blob_get_data(b, NULL), len);
        hb_blob_destroy(b);
        if (!ok) {
            char why[64];
            snprintf(why, sizeof why, cmap && len ? "no Unicode BMP character map"
                                                  : "no '%s' table", keep[i]);
            return bad(name, d, why);
        }
    }
    return 0;
}

/* font (parsed from blob, whose bytes it holds) again with a 'prep'.
 *
 * Why: libharu 2.3.0 rewrites the font on save as its 13 tables in a
 * fixed order ending in 'prep', writing a table the font lacks as an
 * empty one placed at the end of its temporary memory stream, then seeks
 * to each table's offset to checksum it. Its memory stream cannot seek
 * to its own end when its size is an exact multiple of its 4096-byte
 * blocks (there is no block there: HPDF_INVALID_OBJECT, "libharu error
 * 0x1033 while saving"). An empty 'prep' sits exactly at the end, so a
 * font without one (LXGW WenKai) failed for the one glyph set in ~1,000
 * whose tables sum to such a size. An empty table before 'prep' is
 * harmless (a later table lies past it), so a font without 'prep' gets
 * the shortest control-value program there is: SVTCA[1], which sets the
 * vectors to the x-axis they already have. HarfBuzz's face builder
 * writes the font again, tables sorted by tag, with their checksums. */
static hb_blob_t *with_prep(hb_face_t *font)
{
    static const char svtca1[1] = { 0x01 };
    hb_face_t *b = hb_face_builder_create();
    unsigned n;
    hb_tag_t *tags = tags_of(font, &n);
    for (unsigned i = 0; i < n; i++) {
        hb_blob_t *t = hb_face_reference_table(font, tags[i]);
        hb_face_builder_add_table(b, tags[i], t);
        hb_blob_destroy(t);
    }
    free(tags);
    hb_blob_t *prep = hb_blob_create(svtca1, 1, HB_MEMORY_MODE_READONLY, NULL, NULL);
    hb_face_builder_add_table(b, HB_TAG('p', 'r', 'e', 'p'), prep);
    hb_blob_destroy(prep);
    hb_blob_t *all = hb_face_reference_blob(b);
    hb_face_destroy(b);
    return all;
}

/* The bytes of subset (HarfBuzz's result; NULL when it failed) into
 * out, once checked; subset is destroyed. A builder's face lists no
 * tables, so the subset is read back from its bytes. */
static int finish(const char *name, hb_face_t *subset, Buf *out, Diag *d)
{
    if (!subset)
        return bad(name, d, "HarfBuzz could not subset it");
    hb_blob_t *blob = hb_face_reference_blob(subset);
    hb_face_destroy(subset);
    hb_face_t *font = hb_face_create(blob, 0);
    int rc = check(name, font, d);
    if (!rc) {
        hb_blob_t *prep = hb_face_reference_table(font, HB_TAG('p', 'r', 'e', 'p'));
        if (!hb_blob_get_length(prep)) {
            hb_blob_destroy(blob);
            blob = with_prep(font);
        }
        hb_blob_destroy(prep);
        unsigned len;
        const char *p = hb_blob_get_data(blob, &len);
        if (!len)
            diag_oom();   /* the builder's only failure is memory */
        buf_append(out, p, len);
    }
    hb_face_destroy(font);
    hb_blob_destroy(blob);
    return rc;
}

/* The face of font[0..len), or an error when it is no sfnt at all. */
static hb_face_t *face_open(const char *name, const void *font, size_t len, Diag *d, int *rc)
{
    const unsigned char *p = font;
    if (len < 12 || len > 0xFFFFFFFFu || rd32(p) != 0x00010000u) {
        *rc = bad(name, d, "not a TrueType outline font");
        return NULL;
    }
    hb_blob_t *b = hb_blob_create(font, (unsigned)len, HB_MEMORY_MODE_READONLY, NULL, NULL);
    hb_face_t *face = hb_face_create(b, 0);
    hb_blob_destroy(b);
    *rc = 0;
    return face;
}

/* Both ways of subsetting start alike: out empty, the face opened and
 * checked, the input set up with the tables libharu reads. */
static int begin(const char *name, const void *font, size_t len, Buf *out, hb_face_t **face,
                 hb_subset_input_t **in, Diag *d)
{
    buf_init(out, 0);
    int rc;
    *face = face_open(name, font, len, d, &rc);
    if (!*face)
        return rc;
    *in = input_new(name, *face, d, &rc);
    if (!*in) {
        hb_face_destroy(*face);
        return rc;
    }
    return 0;
}

/* ...and end alike: the subset written out (checked) and everything
 * freed; out is empty on an error. */
static int end(const char *name, hb_face_t *subset, hb_face_t *face, hb_subset_input_t *in, Buf *out, Diag *d)
{
    int rc = finish(name, subset, out, d);
    hb_subset_input_destroy(in);
    hb_face_destroy(face);
    if (rc)
        buf_reset(out);
    return rc;
}

int ttsubset_chars(const char *name, const void *font, size_t len, const unsigned *cps, size_t n,
                   Buf *out, Diag *d)
{
    hb_face_t *face;
    hb_subset_input_t *in;
    int rc = begin(name, font, len, out, &face, &in, d);
    if (rc)
        return rc;
    /* BMP only: libharu reads only a format 4 map */
    hb_set_t *unicodes = hb_subset_input_unicode_set(in);
    for (size_t i = 0; i < n; i++)
        if (cps[i] > 0 && cps[i] < 0xFFFF)
            hb_set_add(unicodes, cps[i]);
    return end(name, hb_subset_or_fail(face, in), face, in, out, d);
}

int ttsubset_glyphs(const char *name, const void *font, size_t len, const unsigned *gids,
                    const unsigned *cps, size_t n, Buf *out, unsigned *newid, Diag *d)
{
    hb_face_t *face;
    hb_subset_input_t *in;
    int rc = begin(name, font, len, out, &face, &in, d);
    if (rc)
        return rc;
    /* A glyph its (BMP) code point reaches goes in through the code
     * point, the others by id: any glyph given by id makes HarfBuzz walk
     * the font's whole cmap for the code points of the glyphs kept
     * (1.4 ms on WenKai, some 20 times the rest of the work). */
    hb_set_t *glyphs = hb_subset_input_glyph_set(in);
    hb_set_t *unicodes = hb_subset_input_unicode_set(in);
    hb_font_t *hf = hb_font_create(face);
    for (size_t i = 0; i < n; i++) {
        hb_codepoint_t g;
        if (cps && cps[i] > 0 && cps[i] < 0xFFFF && hb_font_get_nominal_glyph(hf, cps[i], &g) &&
            g == gids[i])
            hb_set_add(unicodes, cps[i]);
        else if (gids[i])
            hb_set_add(glyphs, gids[i]);
    }
    hb_font_destroy(hf);
    /* The plan says where each glyph goes before the font is written. */
    hb_subset_plan_t *plan = hb_subset_plan_create_or_fail(face, in);
    hb_face_t *subset = plan ? hb_subset_plan_execute_or_fail(plan) : NULL;
    if (subset) {
        const hb_map_t *map = hb_subset_plan_old_to_new_glyph_mapping(plan);
        for (size_t i = 0; i < n; i++) {
            hb_codepoint_t g = hb_map_get(map, gids[i]);
            newid[i] = g == HB_MAP_VALUE_INVALID ? 0 : g;
        }
    }
    rc = end(name, subset, face, in, out, d);
    hb_subset_plan_destroy(plan);   /* (HarfBuzz counts its references) */
    return rc;
}
