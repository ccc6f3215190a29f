/* markers.c — numbers that mark rather than count (see markers.h). */
#include "markers.h"

#include "ascii.h"
#include "quantity.h"
#include "textwalk.h"

/* The separator of a list's items before p[i): ",", "and", "or", "to",
 * "&"; its start, or (size_t)-1 when none. */
static size_t list_joint_before(const unsigned char *p, size_t i)
{
    size_t b = tw_skip_blanks_back(p, i);
    if (b > 0 && (p[b - 1] == ',' || p[b - 1] == '&'))
        return b - 1;
    size_t ws, wl = tw_word_before(p, i, &ws);
    if (wl && ws + wl == b &&
        (tw_weq(p + ws, wl, "and") || tw_weq(p + ws, wl, "or") || tw_weq(p + ws, wl, "to")))
        return ws;
    return (size_t)-1;
}

/* The whole number (one to three digits) ending at p[e) after blanks:
 * its start, or (size_t)-1. */
static size_t small_whole_before(const unsigned char *p, size_t e)
{
    e = tw_skip_blanks_back(p, e);
    size_t s = e;
    while (s > 0 && p[s - 1] >= '0' && p[s - 1] <= '9' && e - s < 4)
        s--;
    if (s == e || e - s > 3)
        return (size_t)-1;
    if (s > 0 && (ascii_isalpha(p[s - 1]) || p[s - 1] == '.' || p[s - 1] == ',' || (p[s - 1] >= '0' && p[s - 1] <= '9')))
        return (size_t)-1;
    return s;
}

/* The value of the digits p[s, e). */
static long digits_value(const unsigned char *p, size_t s, size_t e)
{
    long v = 0;
    for (; s < e && p[s] >= '0' && p[s] <= '9'; s++)
        v = v * 10 + (p[s] - '0');
    return v;
}

int markers_label_list(const unsigned char *p, size_t n, size_t i)
{
    /* the items count up by one ("Scope 1, 2 and 3"; "Articles 3 to 7");
     * "for Lot 1 and 6 fibre network engineers" counts engineers */
    long v = digits_value(p, i, n - i > 4 ? i + 4 : n);   /* (not past the text's end) */
    for (int k = 0; k < 6; k++) {
        size_t j = list_joint_before(p, i);
        if (j == (size_t)-1)
            return 0;
        size_t s = small_whole_before(p, j);
        if (s == (size_t)-1)
            return 0;
        long u = digits_value(p, s, j);
        if (p[j] == 't' || p[j] == 'T' ? u >= v : u + 1 != v)
            return 0;
        if (qty_is_label_before((const char *)p, s))
            return 1;
        i = s;
        v = u;
    }
    return 0;
}

int markers_line_item(const unsigned char *p, size_t n, size_t line, size_t start, size_t end)
{
    if (end - start > 2 || end >= n)
        return 0;
    /* (back from the number over blanks only: each figure of a long line
     * reads its own blanks, not the line's opening ones again) */
    size_t b = start;
    while (b > line && (p[b - 1] == ' ' || p[b - 1] == '\t'))
        b--;
    if (b != line)
        return 0;
    for (size_t k = start; k < end; k++)
        if (p[k] < '0' || p[k] > '9')
            return 0;
    size_t j = end;
    if (p[j] == '.' || p[j] == ')') {
        j++;
        if (j >= n || p[j] != ' ')
            return 0;
        while (j < n && p[j] == ' ')
            j++;
    } else {
        size_t g = j;
        while (j < n && (p[j] == ' ' || p[j] == '\t'))
            j++;
        if (j - g < 2 && !(j > g && p[g] == '\t'))
            return 0;
    }
    return j + 1 < n && p[j] >= 'A' && p[j] <= 'Z' && ascii_isalpha(p[j + 1]);
}
