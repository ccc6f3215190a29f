/* compound.c — a count hyphenated to the noun it counts (see
 * compound.h). */
#include "compound.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "durations.h"
#include "quantity.h"

/* Words hyphenated to a number that grade or name rather than count. */
static const char *const grades[] = {
    "digit", "digits", "star", "point", "odd", "fold", "plus", "times", "percent", "per", "bit", "storey",
    "story", "tier", "way", "stage", "step", "phase", "party", "lane", "round", "seater", "door", "strong",
    "something", "foot", "inch", "member", "nation", NULL,
};

size_t compound_count(const unsigned char *p, size_t n, size_t e, double v, char *unit, size_t cap)
{
    /* the shape: "-", a lower-case word, one blank, a lower-case word */
    if (e + 4 >= n || p[e] != '-' || !ascii_islower(p[e + 1]) || v < 2)
        return 0;
    /* (a year's four digits: "2020-present", "2019-style") */
    if (e >= 4 && ascii_isdigit(p[e - 1]) && ascii_isdigit(p[e - 2]) && ascii_isdigit(p[e - 3]) && ascii_isdigit(p[e - 4]) &&
        (e == 4 || (!ascii_isdigit(p[e - 5]) && p[e - 5] != ',' && p[e - 5] != '.')))
        return 0;
    size_t we = e + 1;
    while (we < n && ascii_islower(p[we]))
        we++;
    size_t l = we - e - 1;
    if (l < 3 || l > 20 || we + 1 >= n || p[we] != ' ' || !ascii_islower(p[we + 1]))
        return 0;
    const char *w = (const char *)p + e + 1;
    /* (a singular: "racks-" is no modifier) */
    if (w[l - 1] == 's' || durations_unit(w, l) || qty_unit_word(w, l, 1) || qty_currency_word(w, l))
        return 0;
    for (int k = 0; grades[k]; k++)
        if (strlen(grades[k]) == l && !strncmp(w, grades[k], l))
            return 0;
    /* the plural the noun counts in */
    char plural[32];
    qty_plural(w, l, plural, sizeof plural);
    size_t pl = strlen(plural);
    if (qty_noun_kind(plural, pl) != NK_COUNT || (v < 10 && !qty_is_known_count(plural, pl)))
        return 0;
    qty_unit_name(plural, pl, unit, cap);
    return we;
}
