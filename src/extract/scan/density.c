/* density.c — a figure per a round base of a population (see density.h). */
#include "density.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "quantity.h"
#include "textwalk.h"

/* The round base at p[k, ke) ("100", "1,000", "hundred", "thousand"):
 * 1 when it is one. */
static int round_base(const unsigned char *p, size_t k, size_t ke)
{
    static const char *const bases[] = {"100", "1,000", "1000", "10,000", "100,000", "hundred", "thousand", NULL};
    for (int i = 0; bases[i]; i++)
        if (tw_weq(p + k, ke - k, bases[i]))
            return 1;
    return 0;
}

size_t density_base_after(const char *text, size_t n, size_t e, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t j = tw_skip_blanks(p, n, e), je = tw_word_end(p, n, j);
    if (j == e || !tw_weq(p + j, je - j, "per"))
        return 0;
    size_t k = tw_skip_blanks(p, n, je), ke = k;
    while (ke < n && ((p[ke] >= '0' && p[ke] <= '9') || (p[ke] == ',' && ke + 1 < n && p[ke + 1] >= '0' && p[ke + 1] <= '9') ||
                      ascii_isalpha(p[ke])))
        ke++;
    if (ke == k || !round_base(p, k, ke))
        return 0;
    size_t w = tw_skip_blanks(p, n, ke), we = tw_word_end(p, n, w);
    if (w == ke || we == w || qty_noun_kind(text + w, we - w) != NK_COUNT)
        return 0;
    if (we - j < cap) {
        /* (blanks as one space: "per 100\ninhabitants") */
        size_t o = 0;
        for (size_t i = j; i < we; i++)
            if (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r') {
                if (o && out[o - 1] != ' ')
                    out[o++] = ' ';
            } else {
                out[o++] = (char)p[i];
            }
        out[o] = '\0';
    } else if (cap) {
        out[0] = '\0';
    }
    return we;
}
