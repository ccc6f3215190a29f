/* issueline.c — the line of a document's place and date of issue (see
 * issueline.h). */
#include "issueline.h"

#include "ascii.h"

#include <string.h>
#include <strings.h>

static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December", NULL};

/* The digits at p[i, ...) up to e: their count (at most 5 read). */
static size_t digits(const char *p, size_t i, size_t e)
{
    size_t k = i;
    while (k < e && k - i < 5 && ascii_isdigit((unsigned char)p[k]))
        k++;
    return k - i;
}

/* A month's name at p[i, e): its length, else 0. */
static size_t month_at(const char *p, size_t i, size_t e)
{
    for (int k = 0; months[k]; k++) {
        size_t l = strlen(months[k]);
        if (i + l <= e && !strncasecmp(p + i, months[k], l) && !(i + l < e && ascii_islower((unsigned char)p[i + l])))
            return l;
    }
    return 0;
}

static size_t spaces(const char *p, size_t i, size_t e)
{
    while (i < e && (p[i] == ' ' || p[i] == '\t'))
        i++;
    return i;
}

/* Is p[i, e) a date and nothing else: "[D ]Month[ D,] YYYY"? */
static int date_only(const char *p, size_t i, size_t e)
{
    size_t d = digits(p, i, e);
    if (d >= 1 && d <= 2)
        i = spaces(p, i + d, e);
    size_t l = month_at(p, i, e);
    if (!l)
        return 0;
    i = spaces(p, i + l, e);
    d = digits(p, i, e);
    if (d >= 1 && d <= 2 && i + d < e && p[i + d] == ',')
        i = spaces(p, i + d + 1, e);
    if (digits(p, i, e) != 4)
        return 0;
    return spaces(p, i + 4, e) == e;
}

/* A place's words: capitalised, with "es", "de", "of" between them
 * ("Dar es Salaam"), at most six, before the comma. */
static size_t place_words(const char *p, size_t s, size_t e)
{
    size_t i = s, words = 0;
    while (i < e && p[i] != ',') {
        if (p[i] == ' ') {
            i++;
            continue;
        }
        size_t w = i;
        while (i < e && p[i] != ' ' && p[i] != ',')
            i++;
        int cap = ascii_isupper((unsigned char)p[w]);
        int small = (i - w == 2 && (!strncmp(p + w, "es", 2) || !strncmp(p + w, "de", 2) || !strncmp(p + w, "of", 2)));
        if ((!cap && !small) || ++words > 6)
            return 0;
        for (size_t k = w; k < i; k++)
            if (ascii_isdigit((unsigned char)p[k]))
                return 0;
    }
    return i < e && words ? i : 0;
}

int issueline_place(const char *p, size_t s, size_t e, size_t *ps, size_t *pe)
{
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\r' || p[e - 1] == '\t'))
        e--;
    s = spaces(p, s, e);
    size_t comma = place_words(p, s, e);
    if (!comma || !date_only(p, spaces(p, comma + 1, e), e) || month_at(p, s, e))
        return 0;
    *ps = s;
    *pe = comma;
    return 1;
}
