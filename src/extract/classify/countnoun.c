/* countnoun.c — what a count counts (see countnoun.h). */
#include "countnoun.h"

#include <string.h>

#include "ascii.h"

static const char *const people[] = {
    "people", "persons", "person", "individuals", "users", "residents", "citizens", "inhabitants", "adults",
    "population", "men", "women", "children", "youths", "pupils", "students", "Africans", "netizens", NULL};
static const char *const households[] = {"households", "household", "homes", "families", "premises",
                                         "dwellings", NULL};
static const char *const subscriptions[] = {"subscriptions", "subscription", "subscribers", "subscriber",
                                            "connections", "SIMs", "SIM", "lines", "accounts",
                                            "handsets", "devices", NULL};

/* Words that end a count's noun phrase before its noun. */
static const char *const ends[] = {"of", "in", "to", "by", "from", "for", "and", "or", "were", "was", "are",
                                   "is", "have", "has", "had", "with", "at", "on", "than", "as", NULL};

static const char *const *kind_list(int kind)
{
    return kind == COUNTNOUN_PEOPLE ? people : kind == COUNTNOUN_HOUSEHOLDS ? households : subscriptions;
}

/* A people's name in the plural ("Kenyans", "Filipinos", "Zambians"): a
 * capital, then "ans", "ians", "ers" or "nos" at its end. */
static int demonym(const FigToks *ft, size_t i)
{
    const CueTok *k = &ft->t[i];
    size_t l = k->e - k->s;
    const char *w = ft->doc + k->s;
    return k->type == CUETOK_WORD && l >= 5 && ascii_isupper((unsigned char)w[0]) &&
           (!strncmp(w + l - 3, "ans", 3) || !strncmp(w + l - 3, "nos", 3) || !strncmp(w + l - 3, "ese", 3));
}

static int kind_at(const FigToks *ft, size_t i)
{
    for (int kind = COUNTNOUN_PEOPLE; kind <= COUNTNOUN_SUBSCRIPTIONS; kind++)
        if (figtoks_word(ft, i, kind_list(kind)))
            return kind;
    return demonym(ft, i) ? COUNTNOUN_PEOPLE : COUNTNOUN_NONE;
}

int countnoun_after(const FigToks *ft)
{
    size_t words = 0;
    for (size_t i = ft->fe; i < ft->n && words < 3; i++) {
        if (ft->t[i].type != CUETOK_WORD) {
            if (ft->doc[ft->t[i].s] == '-')
                continue;
            return COUNTNOUN_NONE;
        }
        int kind = kind_at(ft, i);
        if (kind)
            return kind;
        if (figtoks_word(ft, i, ends))
            return COUNTNOUN_NONE;
        words++;
    }
    return COUNTNOUN_NONE;
}

int countnoun_in(const FigToks *ft, size_t a, size_t b, int kind)
{
    for (size_t i = a; i < b && i < ft->n; i++)
        if (kind_at(ft, i) == kind)
            return 1;
    return 0;
}
