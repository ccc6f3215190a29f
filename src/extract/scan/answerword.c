/* answerword.c — a number said alone, as a speaker's answer (see
 * answerword.h). */
#include "answerword.h"

#include "ascii.h"
#include "quantity.h"
#include "textwalk.h"

/* How far a question or a restatement is looked for, in bytes. */
enum { ANSWER_REACH = 240 };

/* Does p[w) open a sentence, a line, or a speaker's turn ("KWAME:",
 * "[00:12:39] LIN:")? */
static int opens_turn(const unsigned char *p, size_t w)
{
    size_t b = tw_skip_blanks_back(p, w);
    return b == 0 || p[b - 1] == '\n' || p[b - 1] == '.' || p[b - 1] == '?' || p[b - 1] == '!' || p[b - 1] == ':' ||
           p[b - 1] == ']';
}

/* The counted noun right after p[i) (past one modifier): into out, 1. */
static int noun_at(const unsigned char *p, size_t n, size_t i, char *out, size_t cap)
{
    for (int k = 0; k < 2; k++) {
        size_t j = tw_skip_blanks(p, n, i), je = tw_word_end(p, n, j);
        if (je == j)
            return 0;
        NounKind nk = qty_noun_kind((const char *)p + j, je - j);
        if (nk == NK_COUNT) {
            qty_unit_name((const char *)p + j, je - j, out, cap);
            return 1;
        }
        if (nk != NK_ADJ && nk != NK_OTHER)
            return 0;
        i = je;
    }
    return 0;
}

/* "how many NOUN" in p[s, e): its noun into out, 1. */
static int how_many(const unsigned char *p, size_t n, size_t s, size_t e, char *out, size_t cap)
{
    for (size_t i = s; i + 8 < e; i++) {
        if ((p[i] != 'h' && p[i] != 'H') || (i > 0 && ascii_isalpha(p[i - 1])))
            continue;
        size_t we = tw_word_end(p, n, i);
        if (!tw_weq(p + i, we - i, "how"))
            continue;
        size_t j = tw_skip_blanks(p, n, we), je = tw_word_end(p, n, j);
        if (tw_weq(p + j, je - j, "many") && noun_at(p, n, je, out, cap))
            return 1;
    }
    return 0;
}

/* The same number v said again in words in p[s, e), its noun into out. */
static int said_again(const unsigned char *p, size_t n, size_t s, size_t e, double v, char *out, size_t cap)
{
    for (size_t i = s; i < e; i++) {
        if (!ascii_isalpha(p[i]) || (i > 0 && ascii_isalpha(p[i - 1])))
            continue;
        size_t we = tw_word_end(p, n, i);
        if (qty_number_word((const char *)p + i, we - i) == v)
            return noun_at(p, n, we, out, cap);
        i = we;
    }
    return 0;
}

int answerword_noun(const char *text, size_t n, size_t w, size_t e, double v, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)text;
    if (v < 2 || e >= n || (p[e] != '.' && p[e] != '!') || !ascii_isupper(p[w]) || !opens_turn(p, w))
        return 0;
    /* the sentence after it, to its end or the reach */
    size_t s = e + 1, t = s;
    while (t < n && t - s < ANSWER_REACH && p[t] != '\n' && !(p[t] == '.' && t > s + 1))
        t++;
    if (how_many(p, n, s, t, out, cap) || said_again(p, n, s, t, v, out, cap))
        return 1;
    /* the question right before it: back past a speaker's label and
     * blank lines to a "?" */
    size_t b = tw_skip_blanks_back(p, w);
    if (b > 0 && p[b - 1] == ':') {
        while (b > 0 && p[b - 1] != '\n' && w - b < 64)
            b--;
    }
    while (b > 0 && (p[b - 1] == '\n' || p[b - 1] == ' ' || p[b - 1] == '\r'))
        b--;
    if (b == 0 || p[b - 1] != '?')
        return 0;
    size_t q = b - 1;
    while (q > 0 && b - q < ANSWER_REACH && p[q - 1] != '.' && p[q - 1] != '?' && p[q - 1] != '\n')
        q--;
    return how_many(p, n, q, b, out, cap);
}
