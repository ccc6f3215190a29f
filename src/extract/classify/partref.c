/* partref.c — a part whose whole an earlier sentence counted (see
 * partref.h). */
#include "partref.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "asciiword.h"

static int is_any(const char *p, size_t s, size_t l, const char *const *words)
{
    for (int k = 0; words[k]; k++)
        if (aw_is(p, s, l, words[k]))
            return 1;
    return 0;
}

/* The word at or after p[i), before p[limit): its length, *ws its start. */
static size_t word_at(const char *p, size_t i, size_t limit, size_t *ws)
{
    while (i < limit && ascii_isgap((unsigned char)p[i]))
        i++;
    *ws = i;
    while (i < limit && ascii_isalpha((unsigned char)p[i]))
        i++;
    return i - *ws;
}

int partref_pronoun_after(const char *p, size_t end, size_t limit)
{
    static const char *const pronouns[] = {"them", "these", "those", NULL};
    size_t os, ol = word_at(p, end, limit, &os);
    if (!aw_is(p, os, ol, "of"))
        return 0;
    size_t ps, pl = word_at(p, os + ol, limit, &ps);
    return pl && is_any(p, ps, pl, pronouns);
}

int partref_places_frame(const char *p, size_t ss, size_t start, const char *unit)
{
    static const char *const places[] = {"countries", "nations", "states", "economies", "markets", "cities",
                                         "provinces", "regions", "territories", "jurisdictions", NULL};
    static const char *const hedges[] = {"more", "than", "over", "about", "around", "some", "nearly", "almost",
                                         "roughly", "at", "least", "approximately", "just", "under", "fewer",
                                         "less", NULL};
    static const char *const preps[] = {"in", "across", "throughout", NULL};
    if (!is_any(unit, 0, strlen(unit), places))
        return 0;
    size_t ws, wl = aw_word_before(p, ss, start, &ws);
    for (int k = 0; k < 3 && wl && is_any(p, ws, wl, hedges); k++)
        wl = aw_word_before(p, ss, ws, &ws);
    return wl && is_any(p, ws, wl, preps);
}
