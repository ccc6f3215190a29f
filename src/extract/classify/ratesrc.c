/* ratesrc.c — the body whose exchange rate a figure is (see ratesrc.h). */
#include "ratesrc.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"

/* The word ending at e (letters only) in doc[lo, e): its start, or e. */
static size_t word_before(const char *doc, size_t lo, size_t e)
{
    size_t s = e;
    while (s > lo && ascii_isalpha((unsigned char)doc[s - 1]))
        s--;
    return s;
}

/* Past blanks backwards from e to lo. */
static size_t back_blanks(const char *doc, size_t lo, size_t e)
{
    while (e > lo && (doc[e - 1] == ' ' || doc[e - 1] == '\t' || doc[e - 1] == '\n'))
        e--;
    return e;
}

static int is_word(const char *doc, size_t s, size_t e, const char *w)
{
    return e - s == strlen(w) && !strncasecmp(doc + s, w, e - s);
}

static int rate_kind(const char *doc, size_t s, size_t e)
{
    static const char *const kinds[] = {"mean",   "mid",      "middle",     "official", "reference", "average",
                                        "exchange", "closing", "indicative", "market",   NULL};
    for (int k = 0; kinds[k]; k++)
        if (is_word(doc, s, e, kinds[k]))
            return 1;
    return 0;
}

int ratesrc_body(const char *doc, size_t ss, size_t claim_s, size_t *ns, size_t *ne)
{
    /* "rate of" right before the figure, past a currency's code or sign */
    size_t e = back_blanks(doc, ss, claim_s), s = word_before(doc, ss, e);
    if (e - s >= 2 && e - s <= 3 && ascii_isupper((unsigned char)doc[s]) && ascii_isupper((unsigned char)doc[e - 1]))
        e = back_blanks(doc, ss, s), s = word_before(doc, ss, e);   /* "of ZMW 25.5" */
    if (!is_word(doc, s, e, "of"))
        return 0;
    e = back_blanks(doc, ss, s), s = word_before(doc, ss, e);
    if (!is_word(doc, s, e, "rate") && !is_word(doc, s, e, "rates"))
        return 0;
    /* its kind: "mid-rate", "mean rate", "official exchange rate" */
    for (int k = 0; k < 2; k++) {
        e = s;
        if (e > ss && doc[e - 1] == '-')
            e--;
        e = back_blanks(doc, ss, e);
        size_t w = word_before(doc, ss, e);
        if (w == e || !rate_kind(doc, w, e))
            break;
        s = w;
    }
    /* the name, capitalised words back to "the" */
    size_t name_e = back_blanks(doc, ss, s), name_s = name_e, at = name_e;
    for (int words = 0; words < 10; words++) {
        size_t w = word_before(doc, ss, at);
        if (w == at)
            break;
        if (ascii_isupper((unsigned char)doc[w]))
            name_s = w;
        else if (!(name_s < name_e && (is_word(doc, w, at, "of") || is_word(doc, w, at, "and") ||
                                       is_word(doc, w, at, "for"))))
            break;
        at = back_blanks(doc, ss, w);
    }
    if (name_s == name_e)
        return 0;
    *ns = name_s, *ne = name_e;
    return 1;
}
