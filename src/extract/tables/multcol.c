/* multcol.c — a column of valuation multiples (see multcol.h). */
#include "multcol.h"

#include <string.h>

#include "cellwalk.h"

/* The names of a valuation multiple a header cell may be, alone or with
 * a bracket after it ("PE (TTM)", "市盈率（倍）"). */
static const char *const multiples[] = {"PE", "P/E", "PB", "P/B", "PS", "P/S", "PEG", "EV/EBITDA",
                                        "市盈率", "市净率", "市销率", NULL};

/* Is the cell p[a, b) a multiple's name? */
static int multiple_name(const unsigned char *p, size_t a, size_t b)
{
    for (int i = 0; multiples[i]; i++) {
        size_t l = strlen(multiples[i]);
        if (b - a < l || memcmp(p + a, multiples[i], l))
            continue;
        size_t k = a + l;
        while (k < b && p[k] == ' ')
            k++;
        if (k == b || p[k] == '(' || (b - k >= 3 && !memcmp(p + k, "（", 3)))
            return 1;
    }
    return 0;
}

/* In the line p[s, e): the cell starting nearest before screen column
 * col (none starting between it and col) names a multiple. */
static int line_names_multiple(const unsigned char *p, size_t s, size_t e, size_t col)
{
    int named = 0;
    size_t k = s, a, b;
    while (cellwalk_next(p, &k, e, 0, &a, &b)) {
        if (tables_frame_columns(p, s, a) > col)
            break;
        named = multiple_name(p, a, b);
    }
    return named;
}

int multcol_under_multiple(const unsigned char *p, const TableFrame *f, size_t col)
{
    /* the header line, then its further lines: each line by itself */
    size_t ranges[2][2] = {{f->head_s, f->head_e}, {f->more_s, f->more_e}};
    for (int r = 0; r < 2; r++) {
        for (size_t s = ranges[r][0]; s < ranges[r][1];) {
            size_t e = s;
            while (e < ranges[r][1] && p[e] != '\n')
                e++;
            if (line_names_multiple(p, s, e, col))
                return 1;
            s = e + 1;
        }
    }
    return 0;
}
