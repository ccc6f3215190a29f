/* pagemarks.c — numbers that mark the page or the text (see
 * pagemarks.h). */
#include "pagemarks.h"

#include <string.h>

#include "ascii.h"
#include "quantity.h"
#include "textwalk.h"

/* Only blanks between p[line) and p[start)? Read back over the blanks
 * alone, not to the line's start: a text of one long line asks it of
 * each of its numbers. */
static int opens_line(const unsigned char *p, size_t line, size_t start)
{
    size_t k = start;
    while (k > line && ascii_isblank(p[k - 1]))
        k--;
    return k == line;
}

/* "1.2 PCTO supports", "3.0  AUDIT FINDINGS": a section's number before
 * a word in capitals that is no unit, scale nor currency. */
static int section_decimal(const unsigned char *p, size_t n, size_t line, size_t start, size_t end, int intdig)
{
    if (intdig > 2 || end < 2 || p[end - 2] != '.' || !opens_line(p, line, start))
        return 0;
    size_t j = end, k = 0;
    while (j < n && ascii_isblank(p[j]) && k < 4)
        j++, k++;
    if (!k || j + 1 >= n || !ascii_isupper(p[j]))
        return 0;
    size_t e = j;
    while (e < n && (ascii_isupper(p[e]) || ascii_islower(p[e])))
        e++;
    const char *w = (const char *)p + j;
    const char *unit;
    if (qty_scale(w, e - j, 0) > 0 || qty_unit_word(w, e - j, 0) || qty_currency_word(w, e - j) ||
        qty_unit_symbol_at(w, n - j, &unit))
        return 0;
    return e - j >= 2;
}

/* "since 2019.5 Host States": a year, its note's mark after the stop. */
static int year_note(const unsigned char *p, size_t n, size_t start, size_t end, int intdig)
{
    if (intdig != 4 || end - start != 6 || p[end - 2] != '.' || end + 1 >= n || p[end] != ' ' || !ascii_isupper(p[end + 1]))
        return 0;
    int y = (p[start] - '0') * 1000 + (p[start + 1] - '0') * 100 + (p[start + 2] - '0') * 10 + (p[start + 3] - '0');
    if (y < 1950 || y > 2100)
        return 0;
    static const char *const time_words[] = {"since", "by", "of", "in", "until", "till", "from", "to", "and",
                                             "before", "after", "during", "end", "early", "late", "mid", NULL};
    size_t ws, wl = tw_word_before(p, start, &ws);
    for (int k = 0; wl && time_words[k]; k++)
        if (tw_weq(p + ws, wl, time_words[k]))
            return 1;
    return 0;
}

/* "CABLES, CLOUDS AND CREDIT          141": a page's number at the end
 * of a running header, two words or more in capitals, eight blanks or
 * more before it. */
static int running_header(const unsigned char *p, size_t n, size_t line, size_t start, size_t end, int decimal)
{
    if (decimal || end - start > 4)
        return 0;
    size_t e = end;
    while (e < n && ascii_isblank(p[e]))
        e++;
    if (e < n && p[e] != '\n' && p[e] != '\r')
        return 0;
    size_t g = start;
    while (g > line && p[g - 1] == ' ')
        g--;
    if (start - g < 8 || g == line || g - line > 120)
        return 0;   /* (a header is short: not a long line's text) */
    int words = 0, in_word = 0;
    for (size_t k = line; k < g; k++) {
        if (ascii_islower(p[k]) || ascii_isdigit(p[k]) || p[k] >= 0x80)
            return 0;
        if (ascii_isupper(p[k]) && !in_word)
            words++;
        in_word = ascii_isupper(p[k]) || p[k] == '\'';
    }
    return words >= 2;
}

/* "Views: 11,044", "Downloads: 905": a counter's label right before. */
static int counter_label(const unsigned char *p, size_t start)
{
    static const char *const labels[] = {"views", "downloads", "plays", "likes", "comments",
                                         "reads", "listens", "retweets", "reposts", NULL};
    size_t b = start;
    while (b > 0 && ascii_isblank(p[b - 1]))
        b--;
    if (b == 0 || p[b - 1] != ':')
        return 0;
    size_t ws, wl = tw_word_before(p, b - 1, &ws);
    for (int k = 0; wl && labels[k]; k++)
        if (tw_weq(p + ws, wl, labels[k]))
            return 1;
    return 0;
}

int pagemarks_not_figure(const unsigned char *p, size_t n, size_t line, size_t start, size_t end, int intdig,
                         int decimal)
{
    if (decimal && (section_decimal(p, n, line, start, end, intdig) || year_note(p, n, start, end, intdig)))
        return 1;
    return running_header(p, n, line, start, end, decimal) || counter_label(p, start);
}
