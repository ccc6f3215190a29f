/* unitlist.c — one unit for each column of figures (see unitlist.h). */
#include "unitlist.h"

#include <string.h>

#include "cellwalk.h"
#include "scan_zh.h"
#include "tables_unit.h"

#define MAX_ITEMS 8

/* The length of a separator of the unit list at p[k] ("，", "、", "；",
 * ",", ";"), else 0. */
static size_t item_sep(const unsigned char *p, size_t k, size_t e)
{
    if (p[k] == ',' || p[k] == ';')
        return 1;
    if (k + 3 <= e && (!memcmp(p + k, "，", 3) || !memcmp(p + k, "、", 3) || !memcmp(p + k, "；", 3)))
        return 3;
    return 0;
}

/* The end of the list's words from k: a blank, a closing bracket or e. */
static size_t list_end(const unsigned char *p, size_t k, size_t e)
{
    while (k < e && p[k] != ' ' && p[k] != '\t' && p[k] != ')' &&
           !(k + 3 <= e && (!memcmp(p + k, "　", 3) || !memcmp(p + k, "）", 3))))
        k++;
    return k;
}

/* The items of the list after "单位：" in p[s, e): their bounds, their
 * count (0 when no such label). */
static int list_items(const unsigned char *p, size_t s, size_t e, size_t *is, size_t *ie)
{
    size_t k = tables_unit_zh_label(p, s, e);
    if (!k)
        return 0;
    size_t end = list_end(p, k, e);
    int n = 0;
    size_t a = k;
    for (size_t j = k; j <= end && n < MAX_ITEMS; j++) {
        size_t l = j < end ? item_sep(p, j, end) : 1;
        if (!l)
            continue;
        if (j == a)
            return 0;   /* an empty item: no list */
        is[n] = a, ie[n] = j, n++;
        a = j + l;
        j = a - 1;
    }
    return a > end ? n : 0;
}

/* Is p[a, b) a cell of figures ("312", "1,846.7", "-0.08", "39.5%")? */
static int figure_cell(const unsigned char *p, size_t a, size_t b)
{
    int digits = 0;
    for (size_t k = a; k < b; k++) {
        if (p[k] >= '0' && p[k] <= '9')
            digits++;
        else if (p[k] != '.' && p[k] != ',' && p[k] != '-' && p[k] != '%' && p[k] != '+')
            return 0;
    }
    return digits > 0;
}

/* The cells of figures of the row p[ls, le): their count, and the place
 * among them of the one holding start (-1 when none does). */
static int row_figures(const unsigned char *p, size_t ls, size_t le, size_t start, int *at)
{
    int n = 0;
    *at = -1;
    size_t k = ls, a, b;
    while (cellwalk_next(p, &k, le, 1, &a, &b)) {
        if (figure_cell(p, a, b)) {
            if (start >= a && start < b)
                *at = n;
            n++;
        }
    }
    return n;
}

int unitlist_pick(const unsigned char *p, size_t s, size_t e, size_t ls, size_t le, size_t start, TableUnit *u)
{
    size_t is[MAX_ITEMS], ie[MAX_ITEMS];
    int n = list_items(p, s, e, is, ie);
    if (n < 2)
        return 0;
    int at;
    if (row_figures(p, ls, le, start, &at) != n || at < 0)
        return 0;
    TableUnit t;
    memset(&t, 0, sizeof t);
    t.scale = 1;
    size_t a = is[at], b = ie[at];
    if ((b == a + 1 && p[a] == '%') || (b == a + 3 && !memcmp(p + a, "％", 3)))
        t.pct = 1;
    else if (!scan_zh_unit_words((const char *)p, is[at], ie[at], &t.scale, &t.cur, &t.pct, t.noun, sizeof t.noun))
        return 0;
    *u = t;
    return 1;
}
