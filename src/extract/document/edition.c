/* edition.c — a report named for the year it comes out in (see edition.h). */
#include "edition.h"

#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "quantity.h"

/* Does the title hold one of the words (any case, whole words; a word
 * ending in '*' is a prefix)? */
static int holds(const char *t, const char *const *words)
{
    for (size_t i = 0; t[i]; i++) {
        if (i > 0 && ascii_isalpha(t[i - 1]))
            continue;
        for (int k = 0; words[k]; k++) {
            size_t l = strlen(words[k]);
            int prefix = words[k][l - 1] == '*';
            if (prefix)
                l--;
            if (!strncasecmp(t + i, words[k], l) && (prefix || !ascii_isalpha(t[i + l])))
                return 1;
        }
    }
    return 0;
}

/* Is the title a yearbook's ("ASEAN Statistical Yearbook 2026",
 * "中国统计年鉴2023")? */
static int yearbook_title(const char *title)
{
    static const char *const yearbooks[] = {"yearbook", NULL};
    return holds(title, yearbooks) || strstr(title, "\xE5\xB9\xB4\xE9\x89\xB4") || strstr(title, "\xE5\xB9\xB4\xE9\x91\x91");
}

int edition_title(const char *title)
{
    static const char *const editions[] = {"report", "yearbook", "edition", "outlook", "landscape", "barometer",
                                           "index", NULL};
    static const char *const periods[] = {"annual report", "results", "quarter*", "quarterly", "Q1", "Q2", "Q3", "Q4",
                                          "H1", "H2", "half", "financial year", "fiscal", "FY*", "week*", "monthly",
                                          "progress report", NULL};
    if (!(holds(title, editions) || yearbook_title(title)) || holds(title, periods))
        return 0;
    /* (a month names the period itself: "Report, March 2024") */
    for (size_t i = 0; title[i]; i++) {
        if (i > 0 && ascii_isalpha(title[i - 1]))
            continue;
        size_t e = i;
        while (ascii_isalpha(title[e]))
            e++;
        if (e - i >= 3 && qty_is_month(title + i, e - i))
            return 0;
        if (e > i)
            i = e - 1;
    }
    return 1;
}

int edition_data_year(const char *title, int title_y, int date_y, int date_m)
{
    /* (a yearbook gathers the statistics of the years before it, whatever
     * month it comes out in) */
    if (title_y && title_y == date_y && ((date_m >= 1 && date_m <= 6) || yearbook_title(title)) && edition_title(title))
        return title_y - 1;
    return title_y;
}
