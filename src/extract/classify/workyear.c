/* workyear.c — a year that names a work's edition (see workyear.h). */
#include "workyear.h"

#include "ascii.h"
#include "asciiword.h"

int workyear_named(const char *p, size_t ss, size_t i)
{
    static const char *const works[] = {"Survey", "Index", "Act", "Census", "Barometer", "Monitor", "Plan",
                                        "Budget", "Statistics", NULL};
    if (i <= ss + 1 || p[i - 1] != ' ')
        return 0;
    size_t ws, wl = aw_word_before(p, ss, i - 1, &ws);
    if (!wl || ws + wl != i - 1 || !ascii_isupper(p[ws]))
        return 0;
    for (int k = 0; works[k]; k++)
        if (aw_is(p, ws, wl, works[k]) && p[ws + 1] == works[k][1])
            return 1;
    /* (an acronym: all capitals, not a sentence's first word) */
    if (wl < 2 || wl > 6 || ws == ss)
        return 0;
    for (size_t k = ws; k < ws + wl; k++)
        if (!ascii_isupper(p[k]))
            return 0;
    return 1;
}
