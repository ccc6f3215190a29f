/* comparand.c — the place a figure is compared with (comparand.h). */
#include "comparand.h"

#include <string.h>

#include "ascii.h"
#include "textwalk.h"

typedef const unsigned char *Bytes;

/* The word ending just before p[i) within p[lo, i), past blanks: its
 * start in *ws and its length, 0 when a mark stands between. */
static size_t word_back(Bytes p, size_t lo, size_t i, size_t *ws)
{
    while (i > lo && (p[i - 1] == ' ' || p[i - 1] == '\n' || p[i - 1] == '\t'))
        i--;
    size_t s = i;
    while (s > lo && ascii_isalpha(p[s - 1]))
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

/* the words of a benchmark ("the ASEAN average", "the global median") */
static const char *const benchmarks[] = {"average", "median", "benchmark", NULL};
/* the words between a benchmark's word and its own figure ("average of
 * about 30 percent", "median was 12.4") */
static const char *const own_joins[] = {"of", "at", "is", "was", "stood", "about", "around", "roughly", "some",
                                        "nearly", "approximately", "just", "over", "under", NULL};

/* the words that set a figure against a benchmark */
static const char *const compares[] = {"below", "above", "under", "over", "than", "against", "versus", "vs",
                                       "with", "to", "of", "times", "twice", "behind", "beyond", "exceeding",
                                       "exceeds", "exceeded", "trailing", "trails", "near", "approaching", NULL};

/* The word starting at p[i) within p[i, lim), past blanks: its start in
 * *ws and its length, 0 when a mark stands first. */
static size_t word_on(Bytes p, size_t i, size_t lim, size_t *ws)
{
    while (i < lim && (p[i] == ' ' || p[i] == '\n' || p[i] == '\t'))
        i++;
    size_t e = i;
    while (e < lim && ascii_isalpha(p[e]))
        e++;
    *ws = i;
    return e - i;
}

int comparand_benchmark(const char *p_, size_t ss, size_t se, size_t s, size_t e, size_t at)
{
    Bytes p = (Bytes)p_;
    size_t ws, l = word_on(p, e, se, &ws), bw = 0, open = s;
    /* "the Sub-Saharan Africa average", "the global median" */
    if (l && tw_win(p + ws, l, benchmarks)) {
        bw = ws + l;
    } else {
        /* "the average in Southeast Asia", "the median for the region's
         * countries": the word, a preposition, "the" */
        size_t w2, l2 = word_back(p, ss, s, &w2);
        if (l2 == 3 && tw_weq(p + w2, 3, "the"))
            l2 = word_back(p, ss, w2, &w2);
        if (!(l2 && (tw_weq(p + w2, l2, "in") || tw_weq(p + w2, l2, "for") || tw_weq(p + w2, l2, "across"))))
            return 0;
        size_t w3, l3 = word_back(p, ss, w2, &w3);
        if (!l3 || !tw_win(p + w3, l3, benchmarks))
            return 0;
        bw = e, open = w3;
    }
    /* a benchmark something is set against, after a word that compares
     * ("below the ASEAN average", "a tenth of the global median", "five
     * times the global median"); "The global median price ... fell to 1.1
     * per cent" is its own subject */
    size_t w4, l4 = word_back(p, ss, open, &w4);
    if (l4 && (tw_weq(p + w4, l4, "the") || tw_weq(p + w4, l4, "a") || tw_weq(p + w4, l4, "an")))
        l4 = word_back(p, ss, w4, &w4);
    if (!l4 || !tw_win(p + w4, l4, compares))
        return 0;
    /* its own figure: right after it, past a mark or a few small words */
    if (at < bw)
        return 1;
    size_t i = bw;
    for (int words = 0; i < at && words < 3;) {
        while (i < at && (p[i] == ' ' || p[i] == '\n' || p[i] == '\t' || p[i] == '(' || p[i] == ',' || p[i] == ':'))
            i++;
        if (i == at)
            return 0;
        size_t w, wl = word_on(p, i, at, &w);
        if (!wl || !tw_win(p + w, wl, own_joins))
            return 1;
        i = w + wl;
        words++;
    }
    return i < at;
}

int comparand_may(const char *p, size_t ss, size_t se)
{
    for (size_t i = ss; i + 4 <= se; i++) {
        char c = p[i] | 0x20;
        if ((c == 'a' && !strncmp(p + i + 1, "verage", 6)) || (c == 'm' && !strncmp(p + i + 1, "edian", 5)) ||
            (c == 'b' && !strncmp(p + i + 1, "enchmark", 8)) ||
            (c == 't' && (!strncmp(p + i + 1, "han ", 4) || !strncmp(p + i + 1, "imes the ", 9))) ||
            (c == 'v' && (!strncmp(p + i + 1, "ersus ", 6) || !strncmp(p + i + 1, "s ", 2))) ||
            (c == 'c' && !strncmp(p + i + 1, "ompared ", 8)))
            return 1;
    }
    return 0;
}
