/* fxrate.c — an exchange rate quoted after its figure (fxrate.h). */
#include "fxrate.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "natcur.h"
#include "quantity.h"
#include "textwalk.h"

/* The base currency named at p[j) ("dollar", "US dollar", "U.S. dollar",
 * "euro"), *end past it: its code, or NULL. */
static const char *base_at(const unsigned char *p, size_t n, size_t j, size_t *end)
{
    size_t je = tw_word_end(p, n, j);
    if (tw_weq(p + j, je - j, "us") || tw_weq(p + j, je - j, "american")) {
        j = tw_skip_blanks(p, n, je), je = tw_word_end(p, n, j);
    } else if (j + 4 < n && !memcmp(p + j, "U.S.", 4)) {
        j = tw_skip_blanks(p, n, j + 4), je = tw_word_end(p, n, j);
    }
    *end = je;
    if (tw_weq(p + j, je - j, "dollar"))
        return "USD";
    if (tw_weq(p + j, je - j, "euro"))
        return "EUR";
    return NULL;
}

/* The base quoted right after p[e): "per dollar", "to the dollar", "to
 * one US dollar"; not "per dollar invested", "per dollar of revenue". */
static const char *base_after(const unsigned char *p, size_t n, size_t e)
{
    size_t j = tw_skip_blanks(p, n, e), je = tw_word_end(p, n, j);
    const unsigned char *nl = memchr(p + e, '\n', j - e);
    if (je == j || (nl && memchr(nl + 1, '\n', (size_t)(p + j - nl - 1))))
        return NULL;   /* (a wrapped line goes on; a blank line ends) */
    size_t k = tw_skip_blanks(p, n, je), ke = tw_word_end(p, n, k);
    if (tw_weq(p + j, je - j, "to") && (tw_weq(p + k, ke - k, "the") || tw_weq(p + k, ke - k, "one")))
        k = tw_skip_blanks(p, n, ke);
    else if (!tw_weq(p + j, je - j, "per"))
        return NULL;
    size_t be;
    const char *base = base_at(p, n, k, &be);
    if (!base)
        return NULL;
    /* (what a dollar buys or earns is no rate) */
    size_t a = tw_skip_blanks(p, n, be), ae = tw_word_end(p, n, a);
    if (a > be && (tw_weq(p + a, ae - a, "of") || tw_weq(p + a, ae - a, "invested") || tw_weq(p + a, ae - a, "spent") ||
                   tw_weq(p + a, ae - a, "lent") || tw_weq(p + a, ae - a, "earned") || tw_weq(p + a, ae - a, "raised")))
        return NULL;
    return base;
}

/* The currency the clause names before p[s): a nation's currency ("South
 * Korean won") or a currency's word ("the yuan", "naira"), up to sixteen
 * words back within the sentence; NULL when none. */
static const char *quoted_before(const unsigned char *p, size_t n, size_t s)
{
    size_t i = s;
    for (int w = 0; w < 16 && i > 0; w++) {
        while (i > 0 && (p[i - 1] == ' ' || p[i - 1] == ',' || p[i - 1] == '\'' || p[i - 1] == '\n'))
            if (p[--i] == '\n' && i > 0 && p[i - 1] == '\n')
                return NULL;
        size_t e = i;
        while (i > 0 && ascii_isalpha(p[i - 1]))
            i--;
        if (i == e)
            return NULL;   /* punctuation or a figure: the clause ends */
        /* a nation's adjective before its currency: "South Korean won" */
        for (size_t b = i, k = 0; k < 3 && b > 0; k++) {
            size_t end;
            const char *code = natcur_at(p, n, b, &end);
            if (code && end >= e)
                return code;
            while (b > 0 && p[b - 1] == ' ')
                b--;
            while (b > 0 && ascii_isalpha(p[b - 1]))
                b--;
        }
        const char *code = qty_currency_word((const char *)p + i, e - i);
        if (code && strcmp(code, "USD") && e - i >= 3)
            return code;
    }
    return NULL;
}

int fxrate_quote(const unsigned char *p, size_t n, size_t s, size_t e, const char *own, char *unit, size_t cap)
{
    const char *base = base_after(p, n, e);
    if (!base)
        return 0;
    const char *quoted = own ? own : quoted_before(p, n, s);
    if (!quoted || !strcmp(quoted, base))
        return 0;
    snprintf(unit, cap, "%s/%s", quoted, base);
    return 1;
}
