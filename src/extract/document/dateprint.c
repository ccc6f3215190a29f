/* dateprint.c — a document that prints its own date at its top (see
 * dateprint.h). */
#include "dateprint.h"

#include <string.h>

#include "ascii.h"
#include "lines.h"
#include "quantity.h"

/* The day before p[e) ("14", "14-15", "14–15"), back to s: where it starts, or
 * SIZE_MAX when there is none. */
static size_t day_before(const char *p, size_t s, size_t e)
{
    size_t i = e;
    while (i > s && p[i - 1] == ' ')
        i--;
    size_t d = i;
    while (i > s && ascii_isdigit(p[i - 1]))
        i--;
    if (d == i || d - i > 2)
        return (size_t)-1;
    return i;
}

/* A month's name at p[ws, we), maybe with its stop ("Mar.")? */
static int month_word(const char *p, size_t ws, size_t we)
{
    return we > ws && qty_is_month(p + ws, we - ws);
}

/* Does the line p[ls, le) give a full date of year y? */
static int line_date(const char *p, size_t ls, size_t le, int y)
{
    for (size_t i = ls; i + 4 <= le; i++) {
        if (lines_year_at(p, i) != y || (i > ls && ascii_isdigit(p[i - 1])) || (i + 4 < le && ascii_isdigit(p[i + 4])))
            continue;
        size_t k = i;
        while (k > ls && (p[k - 1] == ' ' || p[k - 1] == ','))
            k--;
        /* "March 14, 2024", "Mar 29, 2024": a day, then the month before it */
        size_t d = day_before(p, ls, k);
        if (d != (size_t)-1) {
            size_t we = d;
            while (we > ls && (p[we - 1] == ' ' || p[we - 1] == '.'))
                we--;
            size_t ws = we;
            while (ws > ls && ascii_isalpha(p[ws - 1]))
                ws--;
            if (month_word(p, ws, we))
                return 1;
        }
        /* "14 March 2024", "14-15 May 2025", "14 – 15 November 2023" */
        size_t we = k;
        while (we > ls && p[we - 1] == '.')
            we--;
        size_t ws = we;
        while (ws > ls && ascii_isalpha(p[ws - 1]))
            ws--;
        if (!month_word(p, ws, we))
            continue;
        size_t j = ws;
        while (j > ls && p[j - 1] == ' ')
            j--;
        if (day_before(p, ls, j) != (size_t)-1)
            return 1;
    }
    return 0;
}

/* Is the line p[s, e) a date in figures alone, year first ("2025/06/12",
 * "2025-06-12"), of year y? */
static int numeric_date(const char *p, size_t s, size_t e, int y)
{
    if (e - s != 10 || lines_year_at(p, s) != y || (p[s + 4] != '/' && p[s + 4] != '-') || p[s + 7] != p[s + 4])
        return 0;
    return ascii_isdigit(p[s + 5]) && ascii_isdigit(p[s + 6]) && ascii_isdigit(p[s + 8]) && ascii_isdigit(p[s + 9]);
}

int dateprint_top(const char *p, size_t n, int date_y)
{
    if (!date_y)
        return 0;
    size_t lim = n < 1500 ? n : 1500;
    size_t ls = 0;
    for (int line = 0; line < 25 && ls < lim; line++) {
        const char *nl = memchr(p + ls, '\n', lim - ls);
        size_t le = nl ? (size_t)(nl - p) : lim;
        size_t s = ls, e = le;
        while (s < e && (p[s] == ' ' || p[s] == '\t'))
            s++;
        while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\r' || p[e - 1] == '\t'))
            e--;
        if (e > s && e - s <= 110 && (line_date(p, s, e, date_y) || numeric_date(p, s, e, date_y)))
            return 1;
        ls = le + 1;
    }
    return 0;
}

int dateprint_place_date(const char *p, size_t s, size_t e)
{
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\r'))
        e--;
    if (e < s + 4 || !lines_year_at(p, e - 4) || (e > s + 4 && ascii_isdigit(p[e - 5])))
        return 0;
    /* the month before the year, maybe with a day on either side */
    size_t k = e - 4;
    while (k > s && (p[k - 1] == ' ' || p[k - 1] == ','))
        k--;
    size_t d = day_before(p, s, k);
    if (d != (size_t)-1)
        k = d;
    while (k > s && (p[k - 1] == ' ' || p[k - 1] == '.'))
        k--;
    size_t ws = k;
    while (ws > s && ascii_isalpha(p[ws - 1]))
        ws--;
    if (!month_word(p, ws, k))
        return 0;
    /* "14 March 2024": a day before the month */
    size_t j = ws;
    while (j > s && p[j - 1] == ' ')
        j--;
    if ((d = day_before(p, s, j)) != (size_t)-1)
        j = d;
    while (j > s && p[j - 1] == ' ')
        j--;
    /* the date alone, or after its place and a comma ("Dhaka, February
     * 2023"; not "Results for February 2023") */
    return j == s || p[j - 1] == ',';
}
