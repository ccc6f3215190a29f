/* yearback.c — a figure dated by the years back its clause counts
 * (yearback.h). */
#define _GNU_SOURCE   /* memmem */
#include "yearback.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "lines.h"
#include "textfind.h"

/* Does the phrase w (words parted by one space) stand at p[e), its words
 * parted by any run of blanks, ending a word? Its end in *pe. */
static int words_at(const char *p, size_t e, size_t se, const char *w, size_t *pe)
{
    size_t i = e;
    for (; *w; w++) {
        if (*w == ' ') {
            if (i >= se || !ascii_isgap(p[i]))
                return 0;
            while (i < se && ascii_isgap(p[i]))
                i++;
            continue;
        }
        if (i >= se || (p[i] | 0x20) != (*w | 0x20))
            return 0;
        i++;
    }
    if (i < se && ascii_isalpha(p[i]))
        return 0;
    *pe = i;
    return 1;
}

int yearback_at(const char *p, size_t e, size_t se, int *ago, size_t *pe)
{
    static const char *const one[] = {"a year earlier", "a year before", "the year before", "the previous year",
                                      "in the previous year", "the prior year", "a decade earlier", "a decade before",
                                      "a year ago", "a decade ago", NULL};
    static const char *const counts[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", NULL};
    static const char *const after[] = {"earlier", "before", "ago", NULL};
    size_t end;
    *ago = 0;
    while (e < se && ascii_isgap(p[e]))
        e++;
    for (int k = 0; one[k]; k++)
        if (words_at(p, e, se, one[k], &end)) {
            *ago = strstr(one[k], "ago") != NULL;
            if (pe)
                *pe = end;
            return strstr(one[k], "decade") ? 10 : 1;
        }
    /* a count of years: a number word or digits, "years", then "earlier",
     * "before" or "ago" */
    size_t w = e;
    int n = 0;
    for (int k = 0; counts[k] && !n; k++) {
        size_t l = strlen(counts[k]);
        if (se - e > l && !strncasecmp(p + e, counts[k], l) && ascii_isgap(p[e + l]))
            n = k + 2, w = e + l;
    }
    if (!n) {
        while (w < se && w - e < 2 && p[w] >= '0' && p[w] <= '9')
            n = n * 10 + (p[w++] - '0');
        if (w == e || w >= se || !ascii_isgap(p[w]) || (w < se && p[w] >= '0' && p[w] <= '9'))
            return 0;
    }
    if (n < 2 || n > 20)
        return 0;
    while (w < se && ascii_isgap(p[w]))
        w++;
    if (!words_at(p, w, se, "years", &w))
        return 0;
    while (w < se && ascii_isgap(p[w]))
        w++;
    for (int k = 0; after[k]; k++)
        if (words_at(p, w, se, after[k], &end)) {
            *ago = k == 2;
            if (pe)
                *pe = end;
            return n;
        }
    return 0;
}

/* Is the word p[s, e) a preposition naming what a figure is compared
 * with ("four times the figure of two years ago"), or the end of a
 * clause's figures ("and", "while")? */
static int stops(const char *p, size_t s, size_t e)
{
    static const char *const w[] = {"on", "over", "than", "with", "against", "from", "versus", "vs", "of",
                                    "and", "but", "while", "whereas", "to", NULL};
    for (int k = 0; w[k]; k++)
        if (strlen(w[k]) == e - s && !strncasecmp(p + s, w[k], e - s))
            return 1;
    return 0;
}

int yearback_in_clause(const char *p, size_t e, size_t se, int max_words, int *ago, size_t *ps)
{
    /* (most figures have no "year" or "decade" in the bytes after them:
     * one memmem each before the words) */
    size_t look = se - e < 160 ? se - e : 160;
    if (!tf_find(p + e, look, "year", 4) && !tf_find(p + e, look, "decade", 6))
        return 0;
    size_t i = e;
    for (int words = 0; words <= max_words; words++) {
        while (i < se && ascii_isgap(p[i]))
            i++;
        if (i >= se)
            return 0;
        int n = yearback_at(p, i, se, ago, NULL);
        if (n) {
            *ps = i;
            return n;
        }
        /* the next word: letters, or a figure that is no year */
        size_t s = i;
        if (ascii_isalpha(p[i])) {
            while (i < se && (ascii_isalpha(p[i]) || p[i] == '-' || p[i] == '\''))
                i++;
            if (stops(p, s, i))
                return 0;
        } else if (p[i] >= '0' && p[i] <= '9') {
            if (i + 4 <= se && lines_year_at(p, i) && (i + 4 == se || !(p[i + 4] >= '0' && p[i + 4] <= '9')))
                return 0;
            while (i < se && ((p[i] >= '0' && p[i] <= '9') || p[i] == '.' || p[i] == ','))
                if (p[i] == ',' && !(i + 1 < se && p[i + 1] >= '0' && p[i + 1] <= '9'))
                    return 0;
                else
                    i++;
            if (i < se && p[i] == '%')
                i++;
        } else {
            return 0;
        }
    }
    return 0;
}
