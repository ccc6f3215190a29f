/* keyfig.c — a key-figures block's heading noun (see keyfig.h). */
#include "keyfig.h"

#include "ascii.h"
#include "quantity.h"
#include "textwalk.h"

/* Does the line p[s, e) start with a figure or a year's label (after
 * blanks): "2022: 489m    43% penetration rate", "2022          2030"? */
static int figure_first(const unsigned char *p, size_t s, size_t e)
{
    while (s < e && (p[s] == ' ' || p[s] == '\t'))
        s++;
    return s < e && ascii_isdigit(p[s]);
}

/* Is p[s, start) blanks, or a year's label and blanks ("2022: ")? */
static int label_only(const unsigned char *p, size_t s, size_t start)
{
    while (s < start && (p[s] == ' ' || p[s] == '\t'))
        s++;
    if (s + 4 <= start && ascii_isdigit(p[s]) && ascii_isdigit(p[s + 1]) && ascii_isdigit(p[s + 2]) &&
        ascii_isdigit(p[s + 3])) {
        s += 4;
        if (s < start && p[s] == ':')
            s++;
        if (s == start || (p[s] != ' ' && p[s] != '\t'))
            return 0;
        while (s < start && (p[s] == ' ' || p[s] == '\t'))
            s++;
    }
    return s == start;
}

/* The start of the line before the one starting at ls (ls > 0). */
static size_t line_before(const unsigned char *p, size_t ls)
{
    size_t s = ls - 1;
    while (s > 0 && p[s - 1] != '\n')
        s--;
    return s;
}

int keyfig_heading_noun(const char *text, size_t n, size_t start, size_t end, size_t *ws, size_t *we)
{
    const unsigned char *p = (const unsigned char *)text;
    (void)n, (void)end;
    /* (a figure after one blank has only a year's label before it on its
     * line: walked back over no more than such bytes, not a prose line
     * for each of its figures) */
    int column = start >= 2 && (p[start - 1] == ' ' || p[start - 1] == '\t') && p[start - 2] == ' ';
    size_t ls = start;
    while (ls > 0 && p[ls - 1] != '\n') {
        if (!column && !(p[ls - 1] == ' ' || p[ls - 1] == '\t' || p[ls - 1] == ':' || ascii_isdigit(p[ls - 1])))
            return 0;
        ls--;
    }
    /* (a figure under another in its column: "2022          2030" over
     * "489m          692m") */
    if (!label_only(p, ls, start) && !(start > ls && (p[start - 1] == ' ' || p[start - 1] == '\t') &&
                                       figure_first(p, ls, start) && start - ls > 8 && p[start - 2] == ' '))
        return 0;
    for (int up = 0; up < 3 && ls > 0; up++) {
        size_t s = line_before(p, ls), e = ls - 1;
        if (e > s && p[e - 1] == '\r')
            e--;
        if (figure_first(p, s, e)) {
            ls = s;
            continue;
        }
        /* a heading: words, its last a counted noun */
        size_t b = e;
        while (b > s && (p[b - 1] == ' ' || p[b - 1] == '\t'))
            b--;
        size_t a = b;
        while (a > s && ascii_isalpha(p[a - 1]))
            a--;
        if (a == b || b - a > 24 || qty_noun_kind(text + a, b - a) != NK_COUNT)
            return 0;
        for (size_t i = s; i < a; i++)
            if (ascii_isdigit(p[i]) || p[i] == '\t' || p[i] == ':' || p[i] == '.' || p[i] == ',')
                return 0;   /* (a sentence or a row, not a heading) */
        *ws = a, *we = b;
        return 1;
    }
    return 0;
}
