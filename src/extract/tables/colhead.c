/* colhead.c — a column's name read over every line of its header (see
 * colhead.h). */
#include "colhead.h"

#include <string.h>

#include "lines.h"
#include "tables_frame.h"

/* Append the cell of the line p[s, e) over the columns [cs, ce) to buf
 * (trimmed, after a blank). 0 when it has none or buf is full. */
static int add_cell(const unsigned char *p, size_t s, size_t e, size_t cs, size_t ce, char *buf, size_t cap,
                    size_t *len)
{
    size_t a, b;
    if (!tables_frame_cell(p, s, e, cs, ce, 1, &a, &b))
        return 0;
    while (a < b && (p[a] == ' ' || p[a] == '\t'))
        a++;
    while (b > a && (p[b - 1] == ' ' || p[b - 1] == '\t' || p[b - 1] == '\r'))
        b--;
    if (b == a || *len + (b - a) + 2 > cap)
        return 0;
    if (*len)
        buf[(*len)++] = ' ';
    memcpy(buf + *len, p + a, b - a);
    *len += b - a;
    buf[*len] = '\0';
    return 1;
}

size_t colhead_text(const char *doc, size_t n, size_t start, size_t end, char *buf, size_t cap)
{
    const unsigned char *p = (const unsigned char *)doc;
    if (!doc || !buf || cap < 2 || end > n || start >= end)
        return 0;
    buf[0] = '\0';
    size_t ls = lines_start(doc, start, 4096), le = lines_end(doc, n, start);
    TableFrame f;
    if (!tables_frame_read(p, n, ls, le, &f) || f.head_e <= f.head_s || f.more_e <= f.more_s)
        return 0;
    size_t cs = tables_frame_columns(p, ls, start), ce = tables_frame_columns(p, ls, end);
    /* (the figure's column, widened to its header cell's: a header left
     * of right-aligned figures) */
    size_t hs, he;
    if (!tables_frame_cell(p, f.head_s, f.head_e, cs, ce, 0, &hs, &he))
        return 0;
    size_t hcs = tables_frame_columns(p, f.head_s, hs), hce = tables_frame_columns(p, f.head_s, he);
    size_t len = 0;
    add_cell(p, f.head_s, f.head_e, hcs, hce, buf, cap, &len);
    int lines = 1;
    for (size_t s = f.more_s; s < f.more_e;) {
        size_t e = s;
        while (e < f.more_e && p[e] != '\n')
            e++;
        lines += add_cell(p, s, e, cs < hcs ? cs : hcs, ce > hce ? ce : hce, buf, cap, &len);
        s = e + 1;
    }
    if (lines < 2) {
        buf[0] = '\0';
        return 0;
    }
    return len;
}
