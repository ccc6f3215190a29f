/* ages.c — a person's or a group's age (see ages.h). */
#include "ages.h"

#include "ascii.h"
#include "textwalk.h"

static const char *const hedges[] = {"about", "around", "roughly", "nearly", "almost", "just", "approximately", NULL};

/* The word before p[i) past hedges: its slice in *ws, its length. */
static size_t word_past_hedges(const unsigned char *p, size_t i, size_t *ws)
{
    size_t l = tw_word_before(p, i, ws);
    for (int k = 0; k < 2 && l && tw_win(p + *ws, l, hedges); k++)
        l = tw_word_before(p, *ws, ws);
    return l;
}

/* The number ends a clause: ".", ",", ";" or the line's end after it. */
static int clause_end(const unsigned char *p, size_t n, size_t e)
{
    return e >= n || p[e] == '.' || p[e] == ',' || p[e] == ';' || p[e] == '\n' || p[e] == '\r';
}

int ages_at(const char *text, size_t n, size_t start, size_t end)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t ws, l = word_past_hedges(p, start, &ws);
    if (!l)
        return 0;
    /* "died at 74", "dies at 74", "at the age of 63" */
    if (tw_weq(p + ws, l, "at")) {
        size_t vs, vl = tw_word_before(p, ws, &vs);
        return vl && (tw_weq(p + vs, vl, "died") || tw_weq(p + vs, vl, "dies") || tw_weq(p + vs, vl, "retired") ||
                      tw_weq(p + vs, vl, "retires"));
    }
    if (tw_weq(p + ws, l, "of")) {
        size_t as, al = tw_word_before(p, ws, &as);
        if (!al || !tw_weq(p + as, al, "age"))
            return 0;
        size_t bs, bl = tw_word_before(p, as, &bs);
        /* "at the age of 63", "a median age of 27", "an average age of 41" */
        return bl && (tw_weq(p + bs, bl, "median") || tw_weq(p + bs, bl, "average") || tw_weq(p + bs, bl, "mean") ||
                      (tw_weq(p + bs, bl, "the") && tw_word_before(p, bs, &bs) == 2 && tw_weq(p + bs, 2, "at")));
    }
    /* "He was 74.", "You are 29," */
    if ((tw_weq(p + ws, l, "was") || tw_weq(p + ws, l, "is") || tw_weq(p + ws, l, "are") || tw_weq(p + ws, l, "am")) &&
        clause_end(p, n, end)) {
        size_t ss, sl = tw_word_before(p, ws, &ss);
        return sl && (tw_weq(p + ss, sl, "he") || tw_weq(p + ss, sl, "she") || tw_weq(p + ss, sl, "you") ||
                      tw_weq(p + ss, sl, "i"));
    }
    /* a field: "Median participant age      24", "Average age: 41" */
    if (tw_weq(p + ws, l, "age") && clause_end(p, n, end)) {
        size_t g = ws + l;
        int gap = 0;
        for (size_t i = g; i < start; i++)
            gap |= p[i] == ':' || p[i] == '\t' || (p[i] == ' ' && i + 1 < start && p[i + 1] == ' ');
        size_t bs, bl = tw_word_before(p, ws, &bs);
        for (int k = 0; k < 2 && bl && !tw_weq(p + bs, bl, "median") && !tw_weq(p + bs, bl, "average") &&
                        !tw_weq(p + bs, bl, "mean");
             k++)
            bl = tw_word_before(p, bs, &bs);
        return gap && bl && (tw_weq(p + bs, bl, "median") || tw_weq(p + bs, bl, "average") || tw_weq(p + bs, bl, "mean"));
    }
    return 0;
}
