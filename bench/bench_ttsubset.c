/* bench_ttsubset.c — time to cut the font subsets the brief and the
 * chart PDFs embed (ttsubset.h), and their sizes.
 *
 * Run from the repository root (or give the project folder):
 *     build/bench_ttsubset [PROJECT] [ITERATIONS]
 * For each workload, by character (the brief's way) and by glyph id (the
 * chart PDFs'), it prints the median wall time of one subset and its
 * bytes: Noto Sans with printable ASCII and some punctuation, and LXGW
 * WenKai with no character (a brief without Chinese still loads it), 30
 * and 600 distinct Chinese characters.
 */
#include "font.h"
#include "ttsubset.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "benchtime.h"

typedef struct Work {
    const char *what;
    FontId id;
    int latin;   /* ASCII and punctuation, else Chinese */
    size_t n;
} Work;

int main(int argc, char **argv)
{
    if (argc > 1 && chdir(argv[1]) != 0) {
        perror(argv[1]);
        return 1;
    }
    int iters = argc > 2 ? atoi(argv[2]) : 50;
    if (iters < 1)
        iters = 1;
    Fonts *f;
    Diag d = { 0 };
    if (fonts_load("fonts", &f, &d)) {
        fprintf(stderr, "claimbrief: %s: %s\n", d.file, d.msg);
        return 1;
    }
    static const unsigned punct[] = { 0xE9, 0x2013, 0x2014, 0x2019, 0x201C, 0x201D };
    unsigned latin[101], cjk[600], gid[600], newid[600];
    for (int i = 0; i < 95; i++)
        latin[i] = 0x20 + (unsigned)i;
    for (int i = 0; i < 6; i++)
        latin[95 + i] = punct[i];
    for (int i = 0; i < 600; i++)
        cjk[i] = 0x4E00 + 7u * (unsigned)i;
    static const Work work[] = {
        { "Noto Sans, 101 characters", FONT_REGULAR, 1, 101 },
        { "LXGW WenKai, none", FONT_CJK, 0, 0 },
        { "LXGW WenKai, 30 Chinese", FONT_CJK, 0, 30 },
        { "LXGW WenKai, 600 Chinese", FONT_CJK, 0, 600 },
    };
    double *t = malloc((size_t)iters * sizeof *t);
    for (size_t w = 0; w < sizeof work / sizeof *work; w++) {
        const Work *k = &work[w];
        const unsigned *cps = k->latin ? latin : cjk;
        size_t len;
        const void *data = fonts_data(f, k->id, &len);
        const char *name = fonts_path(f, k->id);
        for (size_t i = 0; i < k->n; i++)
            gid[i] = fonts_glyph(f, k->id, cps[i]);
        for (int by_glyph = 0; by_glyph < 2; by_glyph++) {
            size_t bytes = 0;
            for (int it = 0; it < iters; it++) {
                Buf b;
                double t0 = now_ms();
                int rc = by_glyph
                             ? ttsubset_glyphs(name, data, len, gid, cps, k->n, &b, newid, &d)
                             : ttsubset_chars(name, data, len, cps, k->n, &b, &d);
                t[it] = now_ms() - t0;
                if (rc) {
                    fprintf(stderr, "claimbrief: %s: %s\n", d.file, d.msg);
                    return 1;
                }
                bytes = b.len;
                buf_free(&b);
            }
            qsort(t, (size_t)iters, sizeof *t, cmp);
            printf("%-27s by %-10s median %6.3f ms  %7zu bytes\n", k->what,
                   by_glyph ? "glyph:" : "character:", t[iters / 2], bytes);
        }
    }
    free(t);
    fonts_free(f);
    return 0;
}
