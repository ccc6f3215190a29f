/* fuzz_textlayout.c — text layout on untrusted bytes: cleaning, UAX #14
 * line breaking (libunibreak), font runs, measured wrapping.
 *
 * Input: a byte picking the font, one the box width (5 to 1,280 points),
 * then the text (any bytes: invalid UTF-8, noncharacters, controls).
 *
 * Properties: no crash (U+FFFF and flag emoji once aborted libunibreak), leak or hang;
 * the cleaned text is valid UTF-8 holding no noncharacter and no control
 * but tab, line feed and carriage return; the runs of every line lie in
 * the text in order; no line is wider than the box unless it is one code
 * point; measuring the raw text gives the width of the cleaned one.
 */
#include "fuzz.h"

#include "textlayout.h"

#include <math.h>
#include <utf8proc.h>

static Fonts *fonts;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    Diag d = {0};
    if (fonts_load(CB_SOURCE_DIR "/fonts", &fonts, &d) != 0) {
        fprintf(stderr, "fuzz_textlayout: %s: %s\n", d.file, d.msg);
        abort();
    }
    return 0;
}

static void check_clean(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0 || !fonts_drawable((unsigned)cp))
            abort();
        i += (size_t)k;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    FontId font = (FontId)(data[0] % FONT_COUNT);
    double width = 5 + data[1] * 5.0;
    const char *text = (const char *)data + 2;
    size_t n = size - 2;
    TextBlock b;
    textlayout_wrap(fonts, font, 10, text, n, width, &b);
    check_clean(b.text, b.len);
    if (strlen(b.text) != b.len)
        abort();   /* no NUL inside: U+FFFD stands for it */
    size_t prev_end = 0;
    for (size_t i = 0; i < b.nlines; i++) {
        const TextLine *l = &b.lines[i];
        if (l->run + l->nrun > b.nruns || !isfinite(l->width))
            abort();
        size_t bytes = 0, points = 0;
        for (size_t r = l->run; r < l->run + l->nrun; r++) {
            const TextRun *run = &b.runs[r];
            if (run->off < prev_end || run->off + run->len > b.len)
                abort();
            prev_end = run->off + run->len;
            bytes += run->len;
            for (size_t k = 0; k < run->len; k++)
                points += ((unsigned char)b.text[run->off + k] & 0xC0) != 0x80;
        }
        if (l->width > width + 1e-6 && points > 1) {
            if (getenv("FUZZ_VERBOSE"))
                fprintf(stderr, "line %zu: width %g > %g, %zu code points\n", i, l->width, width,
                        points);
            abort();
        }
        (void)bytes;
    }
    size_t cn;
    char *clean = textlayout_clean(text, n, &cn);
    check_clean(clean, cn);
    double a = textlayout_width(fonts, font, 10, text, n), c = textlayout_width(fonts, font, 10, clean, cn);
    if (fabs(a - c) > 1e-6 * (1 + fabs(a)))
        abort();
    free(clean);
    textlayout_free(&b);
    return 0;
}
