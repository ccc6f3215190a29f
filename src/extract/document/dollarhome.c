/* dollarhome.c — the dollar a document declares its amounts in (see
 * dollarhome.h). */
#include "dollarhome.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "diag.h"
#include "natcur.h"
#include "textfind.h"
#include "textwalk.h"

/* Words between "in" and the nation's name: "in millions of Canadian
 * dollars", "in constant 2020 Australian dollars". */
static const char *const between[] = {"millions", "thousands", "billions", "of", "current", "constant",
                                      "nominal", "real", NULL};

/* Words of the sentence that make "in Canadian dollars" a statement of
 * the document's amounts, not one figure's. */
static const char *const declaring[] = {"amounts", "figures", "values", "unless", "expressed", "denominated",
                                        "all", NULL};

static int word_in(const unsigned char *p, size_t s, size_t e, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (tw_weq(p + s, e - s, list[k]))
            return 1;
    return 0;
}

/* The word before p[i] on its line (blanks skipped): start in *ws; its length. */
static size_t word_back(const unsigned char *p, size_t i, size_t *ws)
{
    while (i > 0 && (p[i - 1] == ' ' || p[i - 1] == '\t' || p[i - 1] == '\n'))
        i--;
    size_t e = i;
    while (i > 0 && (ascii_isalpha(p[i - 1]) || (p[i - 1] >= '0' && p[i - 1] <= '9')))
        i--;
    *ws = i;
    return e - i;
}

/* Does the sentence around p[at] (back to a full stop or a blank line,
 * within 300 bytes either side) hold a declaring word? */
static int sentence_declares(const unsigned char *p, size_t n, size_t at)
{
    size_t s = at, e = at;
    while (s > 0 && at - s < 300 && p[s - 1] != '.' && !(p[s - 1] == '\n' && s >= 2 && p[s - 2] == '\n'))
        s--;
    while (e < n && e - at < 300 && p[e] != '.' && !(p[e] == '\n' && e + 1 < n && p[e + 1] == '\n'))
        e++;
    for (size_t i = s; i < e;) {
        if (!ascii_isalpha(p[i])) {
            i++;
            continue;
        }
        size_t we = tw_letters_end(p, e, i);
        if (word_in(p, i, we, declaring))
            return 1;
        i = we;
    }
    return 0;
}

const char *dollarhome_read(const char *doc, size_t n)
{
    const unsigned char *p = (const unsigned char *)doc;
    static const char word[] = "dollars";
    const size_t wl = sizeof word - 1;
    for (const char *h = doc; (h = tf_find(h, n - (size_t)(h - doc), word, wl)) != NULL; h += wl) {
        size_t at = (size_t)(h - doc), ns;
        if (at < 2 || p[at - 1] != ' ' || (at + wl < n && ascii_isalpha(p[at + wl])))
            continue;
        const char *code = natcur_dollar_before(p, at - 1, &ns);
        if (!code)
            continue;
        /* back over "millions of", "constant 2020" to "in" */
        size_t i = ns, ws, wlen;
        int hops = 0;
        while ((wlen = word_back(p, i, &ws)) > 0 && hops < 4) {
            if (tw_weq(p + ws, wlen, "in"))
                break;
            int year = wlen == 4 && p[ws] >= '0' && p[ws] <= '9';
            if (!year && !word_in(p, ws, ws + wlen, between))
                break;
            i = ws;
            hops++;
        }
        if (wlen && tw_weq(p + ws, wlen, "in") && sentence_declares(p, n, at))
            return code;
    }
    return NULL;
}

/* Does the span t name the US dollar itself? */
static int names_us(const char *t)
{
    static const char *const us[] = {"US$", "USD", "U.S.", "US dollar", "US ", "American dollar", NULL};
    for (int k = 0; us[k]; k++)
        if (strstr(t, us[k]))
            return 1;
    return 0;
}

int dollarhome_apply(Claim *c, const char *code)
{
    /* the US dollar, alone or by a period ("USD/year"), not a rate of two
     * currencies ("USD/EUR") */
    if (!code || strncmp(c->unit, "USD", 3) || (c->unit[3] && (c->unit[3] != '/' || !(c->unit[4] >= 'a' && c->unit[4] <= 'z'))))
        return 0;
    if (c->text && names_us(c->text))
        return 0;
    char unit[sizeof c->unit];
    snprintf(unit, sizeof unit, "%s%s", code, c->unit + 3);
    strcut(c->unit, sizeof c->unit, unit);
    return 1;
}
