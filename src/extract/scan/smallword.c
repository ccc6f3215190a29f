/* smallword.c — when a small number counts a thing (see smallword.h). */
#include "smallword.h"

#include "quantity.h"
#include "ascii.h"
#include "textwalk.h"

int smallword_item_anchor(const unsigned char *p, size_t start, int list)
{
    size_t ws, wl = tw_word_before(p, start, &ws);
    if (wl && (tw_weq(p + ws, wl, "from") || tw_weq(p + ws, wl, "with") || tw_weq(p + ws, wl, "against") ||
               tw_weq(p + ws, wl, "further") || tw_weq(p + ws, wl, "another") || tw_weq(p + ws, wl, "than")))
        return 1;
    /* a list's item: ", two in Egypt", "and two in Kenya" */
    size_t b = tw_skip_blanks_back(p, start);
    return list && ((wl && (tw_weq(p + ws, wl, "and") || tw_weq(p + ws, wl, "or"))) || (b > 0 && p[b - 1] == ','));
}

int smallword_more_next(const unsigned char *p, size_t n, size_t e)
{
    size_t j = tw_skip_blanks(p, n, e), je = tw_word_end(p, n, j);
    if (!tw_weq(p + j, je - j, "more"))
        return 0;
    size_t k = tw_skip_blanks(p, n, je), ke = tw_word_end(p, n, k);
    return !tw_weq(p + k, ke - k, "than") && (ke == k || qty_noun_kind((const char *)p + k, ke - k) == NK_NONE);
}

int smallword_counted_set(const unsigned char *p, size_t n, double v, size_t end, size_t bs, size_t bl)
{
    if (v < 3 || tw_weq(p + bs, bl, "these") || tw_weq(p + bs, bl, "those"))
        return 0;
    if (!tw_weq(p + bs, bl, "the"))
        return 1;
    size_t os, ol = tw_word_before(p, bs, &os);
    size_t j = tw_skip_blanks(p, n, end), je = tw_word_end(p, n, j);
    return (ol && tw_weq(p + os, ol, "of")) || tw_weq(p + j, je - j, "other");
}

int smallword_partitive(const unsigned char *p, size_t n, size_t e)
{
    size_t j = tw_skip_blanks(p, n, e), je = tw_word_end(p, n, j);
    if (!tw_weq(p + j, je - j, "of"))
        return 0;
    size_t k = tw_skip_blanks(p, n, je), ke = tw_word_end(p, n, k);
    if (k < n && ascii_isdigit(p[k]))
        return 1;
    /* ("one of the largest" stays discourse: only "two" asks) */
    return tw_weq(p + k, ke - k, "them") || tw_weq(p + k, ke - k, "which") || tw_weq(p + k, ke - k, "these") ||
           tw_weq(p + k, ke - k, "those") || tw_weq(p + k, ke - k, "the") ||
           qty_is_possessive((const char *)p + k, ke - k) || qty_is_possessive_at((const char *)p, n, k, ke) ||
           qty_number_word((const char *)p + k, ke - k) >= 3;
}
