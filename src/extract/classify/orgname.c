/* orgname.c — a place that opens an organisation's name (see orgname.h). */
#include "orgname.h"

#include "ascii.h"

#include <string.h>
#include <strings.h>

/* The words that end a body's or a work's name. */
static const char *const heads[] = {"Bank", "Fund", "Corporation", "Corp", "Group", "Limited", "Ltd", "Holdings",
                                    "Commission", "Center", "Centre", "Agency", "Index", "Institute",
                                    "Foundation", "Company", "Inc", "Facility", "Guide", "Dataset",
                                    "Database", NULL};
/* The same in lower case right after a name's run ("... Finance dataset"). */
static const char *const low_heads[] = {"dataset", "database", NULL};
/* Small words inside a name. */
static const char *const inner[] = {"of", "for", "and", "the", "&", "on", NULL};

static int word_in(const char *w, size_t n, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (strlen(list[k]) == n && !strncmp(w, list[k], n))
            return 1;
    return 0;
}

/* The end of the word at t[i) (letters, digits, inner hyphens and dots,
 * "&"), at most limit. */
static size_t word_end(const char *t, size_t i, size_t limit)
{
    size_t e = i;
    if (e < limit && t[e] == '&')
        return e + 1;
    while (e < limit && (ascii_isalpha((unsigned char)t[e]) || (t[e] >= '0' && t[e] <= '9') ||
                         ((t[e] == '-' || t[e] == '.') && e + 1 < limit && ascii_isalpha((unsigned char)t[e + 1]))))
        e++;
    return e;
}

/* A company's legal ending after the bracket closing at t[i): "(Hong
 * Kong) Limited". */
static int legal_after(const char *t, size_t i, size_t limit)
{
    static const char *const legal[] = {"Limited", "Ltd", "Holdings", "Company", "Co", "Inc", "Corporation", NULL};
    if (i >= limit || t[i] != ')')
        return 0;
    i++;
    while (i < limit && t[i] == ' ')
        i++;
    size_t we = word_end(t, i, limit);
    return we > i && word_in(t + i, we - i, legal);
}

int orgname_holds(const char *t, size_t s, size_t e, size_t limit)
{
    if (s >= e || !ascii_isupper((unsigned char)t[s]))
        return 0;
    if (s > 0 && t[s - 1] == '(' && legal_after(t, e, limit))
        return 1;
    /* (the second of a pair, "the Japan-ASEAN Integration Fund": the pair
     * names the partnership, and the region is its place: pairname.h) */
    if ((s > 1 && t[s - 1] == '-' && ascii_isalpha((unsigned char)t[s - 2])) ||
        (s > 3 && !memcmp(t + s - 3, "\xE2\x80\x93", 3) && ascii_isalpha((unsigned char)t[s - 4])))
        return 0;
    /* (the run of capitalised words after the place, up to eight) */
    size_t i = e;
    int words = 0, caps = 0;
    while (words < 8) {
        size_t b = i;
        while (b < limit && t[b] == ' ')
            b++;
        if (b == i || b >= limit)
            return 0;
        size_t we = word_end(t, b, limit);
        if (we == b)
            return 0;
        if (word_in(t + b, we - b, heads))
            return ascii_isupper((unsigned char)t[b]);
        if (caps && word_in(t + b, we - b, low_heads))
            return 1;
        if (ascii_isupper((unsigned char)t[b]))
            caps++;
        else if (!word_in(t + b, we - b, inner))
            return 0;
        words++;
        i = we;
    }
    return 0;
}
