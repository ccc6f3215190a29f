/* colhead.c — a column's name read over every line of its header (see
 * colhead.h). */
#include "colhead.h"

#include <string.h>

#include "lines.h"
#include "tables_frame.h"
#include "textserial.h"

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

/* The header of the table the header line holding p[hs] heads: its
 * first line and its further lines, read from the row p[ls, le) (a
 * table's cells ask for the same header in turn: the last answer is
 * kept). 0 when the header is one line. */
static int header_lines(const unsigned char *p, size_t n, size_t hs, size_t ls, size_t le, size_t *h0, size_t *h1,
                        size_t *m0, size_t *m1)
{
    static _Thread_local SpanKey key;
    static _Thread_local size_t kh0, kh1, km0, km1;
    static _Thread_local int kept;
    size_t hl = lines_start((const char *)p, hs, 4096);
    if (!spankey_same(&key, (const char *)p, hl, hl)) {
        TableFrame f;
        kept = tables_frame_read(p, n, ls, le, &f) && f.head_e > f.head_s && f.more_e > f.more_s && f.head_s == hl;
        kh0 = f.head_s, kh1 = f.head_e, km0 = f.more_s, km1 = f.more_e;
    }
    *h0 = kh0, *h1 = kh1, *m0 = km0, *m1 = km1;
    return kept;
}

size_t colhead_text(const char *doc, size_t n, size_t start, size_t end, size_t head_s, size_t head_e, char *buf,
                    size_t cap)
{
    const unsigned char *p = (const unsigned char *)doc;
    if (!doc || !buf || cap < 2 || end > n || start >= end || head_e <= head_s || head_e > n)
        return 0;
    buf[0] = '\0';
    size_t ls = lines_start(doc, start, 4096), le = lines_end(doc, n, start);
    size_t h0, h1, m0, m1;
    if (!header_lines(p, n, head_s, ls, le, &h0, &h1, &m0, &m1))
        return 0;
    size_t cs = tables_frame_columns(p, ls, start), ce = tables_frame_columns(p, ls, end);
    /* (the figure's column, widened to its header cell's: a header left
     * of right-aligned figures) */
    size_t hcs = tables_frame_columns(p, h0, head_s), hce = tables_frame_columns(p, h0, head_e);
    size_t len = 0;
    add_cell(p, h0, h1, hcs, hce, buf, cap, &len);
    int lines = 1;
    for (size_t s = m0; s < m1;) {
        size_t e = s;
        while (e < m1 && p[e] != '\n')
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
