/* cellwalk.h — the cells of one line of a plain-text table, walked left
 * to right: cells are parted by two blanks or more, a tab, a full-width
 * blank (U+3000) or, when asked, a pipe ("|"); a single blank stays
 * inside its cell ("Net profit  1,846.7").
 *
 * For the small readers that look at a row or a header cell by cell
 * (unitlist.c, multcol.c). Offsets are bytes of the document; nothing
 * here allocates or reads outside [k, e).
 */
#ifndef CB_CELLWALK_H
#define CB_CELLWALK_H

#include <stddef.h>
#include <string.h>

/* The length of a gap between cells at p[k] (k < e): two blanks, a tab,
 * a full-width blank, or a pipe when pipes; else 0. */
static inline size_t cellwalk_gap(const unsigned char *p, size_t k, size_t e, int pipes)
{
    if (p[k] == '\t' || (pipes && p[k] == '|'))
        return 1;
    if (p[k] == ' ' && k + 1 < e && p[k + 1] == ' ')
        return 2;
    if (k + 3 <= e && !memcmp(p + k, "\xE3\x80\x80", 3))
        return 3;
    return 0;
}

/* The next cell of p[*k, e): its bounds in *a, *b (blanks at its end
 * trimmed), *k moved past it. 0 when no cell is left. */
static inline int cellwalk_next(const unsigned char *p, size_t *k, size_t e, int pipes, size_t *a, size_t *b)
{
    size_t i = *k, l;
    while (i < e && ((l = cellwalk_gap(p, i, e, pipes)) || p[i] == ' '))
        i += l ? l : 1;
    if (i >= e)
        return *k = i, 0;
    *a = i;
    while (i < e && !cellwalk_gap(p, i, e, pipes))
        i++;
    *k = i;
    while (i > *a && p[i - 1] == ' ')
        i--;
    *b = i;
    return 1;
}

#endif
