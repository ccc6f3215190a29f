/* numforms.c — fraction signs and decimal commas (see numforms.h). */
#include "numforms.h"

#include "ascii.h"
#include "quantity.h"
#include "textwalk.h"

double numforms_fraction_sign(const unsigned char *p, size_t n, size_t i, size_t *end)
{
    /* U+00BC ¼, U+00BD ½, U+00BE ¾: C2 BC..BE in UTF-8 */
    if (i + 1 >= n || p[i] != 0xC2 || p[i + 1] < 0xBC || p[i + 1] > 0xBE)
        return 0;
    *end = i + 2;
    return p[i + 1] == 0xBC ? 0.25 : p[i + 1] == 0xBD ? 0.5 : 0.75;
}

size_t numforms_decimal_comma(const unsigned char *p, size_t n, size_t i, size_t *frac_start)
{
    if (i + 1 >= n || p[i] != ',' || !ascii_isdigit(p[i + 1]))
        return 0;
    size_t d = i + 1, e = d;
    while (e < n && ascii_isdigit(p[e]))
        e++;
    /* one or two digits, then a blank: a group of three is thousands */
    if (e - d > 2 || e >= n || p[e] != ' ')
        return 0;
    size_t w = tw_skip_blanks(p, n, e), we = tw_letters_end(p, n, w);
    if (w == e || we == w)
        return 0;
    /* a scale word of a million or more: "1,9 billion", "12,5 mln" */
    if (qty_scale((const char *)p + w, we - w, 0) < 1e6)
        return 0;
    *frac_start = d;
    return e;
}
