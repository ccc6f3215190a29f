/* comparand.c — the place a figure is compared with (comparand.h). */
#include "comparand.h"

#include <string.h>

#include "textwalk.h"

typedef const unsigned char *Bytes;

/* The word ending just before p[i) within p[lo, i), past blanks: its
 * start in *ws and its length, 0 when a mark stands between. */
static size_t word_back(Bytes p, size_t lo, size_t i, size_t *ws)
{
    while (i > lo && (p[i - 1] == ' ' || p[i - 1] == '\n' || p[i - 1] == '\t'))
        i--;
    size_t s = i;
    while (s > lo && tw_is_alpha(p[s - 1]))
        s--;
    *ws = s;
    return i - s;
}

/* what a comparison with a place measures ("three times the rate in") */
static const char *const measures[] = {"rate", "rates", "level", "levels", "average", "price", "prices", "share",
                                       "figure", "cost", "costs", "speed", "speeds", "penetration", NULL};

int comparand_place(const char *p_, size_t ss, size_t s, size_t at)
{
    Bytes p = (Bytes)p_;
    size_t ws, l = word_back(p, ss, s, &ws);
    /* "than in Kenya", "compared with the Philippines": past "the", "in",
     * "that of", "those of", "for", and the names before it in a list
     * ("more than Europe and the United States combined") */
    static const char *const small[] = {"the", "in", "of", "for", "that", "those", "and", NULL};
    size_t w[8], n[8];
    int k = 0;
    while (l && k < 8) {
        w[k] = ws, n[k] = l, k++;
        if (!tw_win(p + ws, l, small) && !(p[ws] >= 'A' && p[ws] <= 'Z'))
            break;
        l = word_back(p, ss, ws, &ws);
    }
    if (!k)
        return 0;
    size_t cw = w[k - 1], cl = n[k - 1];
    if (cw <= at)
        return 0;
    if (tw_weq(p + cw, cl, "than") || tw_weq(p + cw, cl, "versus") || tw_weq(p + cw, cl, "vs"))
        return 1;
    if ((tw_weq(p + cw, cl, "with") || tw_weq(p + cw, cl, "to")) &&
        word_back(p, ss, cw, &ws) == 8 && tw_weq(p + ws, 8, "compared"))
        return ws > at;
    /* "three times the rate in Viet Nam": a measure, "the", "times" */
    if (tw_win(p + cw, cl, measures) || (k >= 2 && tw_win(p + w[k - 2], n[k - 2], measures))) {
        size_t mw = tw_win(p + cw, cl, measures) ? cw : w[k - 2];
        size_t tl = word_back(p, ss, mw, &ws);
        if (tl == 3 && tw_weq(p + ws, 3, "the"))
            tl = word_back(p, ss, ws, &ws);
        return tl == 5 && tw_weq(p + ws, 5, "times") && ws + 5 > at;
    }
    return 0;
}

int comparand_may(const char *p, size_t ss, size_t se)
{
    for (size_t i = ss; i + 4 <= se; i++) {
        char c = p[i] | 0x20;
        if ((c == 't' && (!strncmp(p + i + 1, "han ", 4) || !strncmp(p + i + 1, "imes the ", 9))) ||
            (c == 'v' && (!strncmp(p + i + 1, "ersus ", 6) || !strncmp(p + i + 1, "s ", 2))) ||
            (c == 'c' && !strncmp(p + i + 1, "ompared ", 8)))
            return 1;
    }
    return 0;
}
