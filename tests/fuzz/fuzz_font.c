/* fuzz_font.c — a font's bytes in, the subsets the brief and the chart
 * PDFs embed out (ttsubset.h, through HarfBuzz's subsetter).
 *
 * The input is a font file. As fonts_load does, FreeType must open it as
 * a scalable font with a Unicode map, or it is no input the program would
 * subset; then it is cut by character (the brief's way) and by glyph id
 * (the chart PDFs' way: the glyphs of a few code points, and ids past the
 * end). The seed is a small subset of the bundled Noto Sans (A, H, the
 * composite é, the space; OFL, no reserved name: fonts/COPYRIGHT.noto),
 * small enough for mutations to reach every table. LXGW WenKai's name is
 * reserved, so no cut of it is kept here.
 *
 * Properties: no crash, leak, hang or sanitizer report; a refused font
 * gives a one-line "not a usable font" error naming it; a subset opens
 * in FreeType, and every glyph it promises (newid) is one of its glyphs.
 */
#include "fuzz.h"

#include "diag.h"
#include "ttsubset.h"

#include <ft2build.h>
#include FT_FREETYPE_H

static FT_Library lib;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (FT_Init_FreeType(&lib))
        abort();
    return 0;
}

/* A refusal as the program gives it: CB_EINPUT, one line, naming the font. */
static void check_refusal(int rc, const Diag *d)
{
    if (rc != CB_EINPUT || strcmp(d->file, "fuzz.ttf") != 0 || strchr(d->msg, '\n') ||
        !strstr(d->msg, "not a usable font")) {
        fprintf(stderr, "fuzz_font: bad refusal %d: %s: %s\n", rc, d->file, d->msg);
        abort();
    }
}

/* FreeType opens subset b; its glyph count into *n. */
static void check_subset(const Buf *b, long *n)
{
    FT_Face f;
    if (FT_New_Memory_Face(lib, (const FT_Byte *)b->data, (FT_Long)b->len, 0, &f)) {
        fprintf(stderr, "fuzz_font: FreeType cannot open a subset of %zu bytes\n", b->len);
        abort();
    }
    *n = f->num_glyphs;
    FT_Done_Face(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FT_Face face;
    if (size > 1 << 20 || FT_New_Memory_Face(lib, data, (FT_Long)size, 0, &face))
        return 0;
    if (!FT_IS_SCALABLE(face) || face->units_per_EM == 0 || face->num_glyphs <= 0 ||
        face->num_glyphs > 65535 || FT_Select_Charmap(face, FT_ENCODING_UNICODE)) {
        FT_Done_Face(face);
        return 0;
    }
    static const unsigned cps[] = { 'A', 'H', 0xE9, ' ', 0x4E2D, 0x7F51, 0x1F600, 'A' };
    enum { N = sizeof cps / sizeof *cps };
    unsigned gids[N + 2], cp2[N + 2], newid[N + 2];
    for (size_t i = 0; i < N; i++) {
        gids[i] = FT_Get_Char_Index(face, cps[i]);
        cp2[i] = cps[i];
    }
    gids[N] = (unsigned)face->num_glyphs - 1, cp2[N] = 0;
    gids[N + 1] = 70000, cp2[N + 1] = 'B';
    FT_Done_Face(face);

    Buf b;
    Diag d = { 0 };
    long n;
    int rc = ttsubset_chars("fuzz.ttf", data, size, cps, N, &b, &d);
    if (rc)
        check_refusal(rc, &d);
    else
        check_subset(&b, &n);
    buf_free(&b);
    rc = ttsubset_glyphs("fuzz.ttf", data, size, gids, cp2, N + 2, &b, newid, &d);
    if (rc) {
        check_refusal(rc, &d);
    } else {
        check_subset(&b, &n);
        for (size_t i = 0; i < N + 2; i++)
            if ((long)newid[i] >= n) {
                fprintf(stderr, "fuzz_font: glyph %u became %u of %ld\n", gids[i], newid[i], n);
                abort();
            }
    }
    buf_free(&b);
    return 0;
}
