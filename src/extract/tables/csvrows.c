/* csvrows.c — the rows of a comma-separated export (see csvrows.h). */
#include "csvrows.h"

#include <string.h>

#include "textserial.h"

/* The commas of p[s, e), or -1 when a quote stands in it. */
static int commas(const unsigned char *p, size_t s, size_t e)
{
    int k = 0;
    for (size_t i = s; i < e; i++) {
        if (p[i] == '"')
            return -1;
        k += p[i] == ',';
    }
    return k;
}

/* Is p[s, e) a header of field names: "id,project,value_usd_m"? */
static int header_line(const unsigned char *p, size_t s, size_t e)
{
    int cells = 1, len = 0;
    for (size_t i = s; i < e; i++) {
        unsigned char ch = p[i];
        if (ch == ',') {
            if (!len)
                return 0;
            cells++, len = 0;
        } else if ((ch >= 'a' && ch <= 'z') || ch == '_' || (len && ch >= '0' && ch <= '9')) {
            len++;
        } else if (ch == '\r' && i + 1 == e) {
            break;
        } else {
            return 0;
        }
    }
    return cells >= 3 && len;
}

/* Memos of the rows after the last one asked, kept by the text's serial
 * too (the next document may be read into this one's buffer:
 * textserial.h). found: a row under the last row of a block read (or
 * that row again) is of the same block, asked once per figure of every
 * row. lost: a row under a row of no block (no header above it within
 * reach) is of none either, unless it is a header itself; else each
 * figure of a long run of such rows would walk its 400 lines up again. */
typedef struct Kept {
    const unsigned char *p;
    unsigned long serial;
    size_t hs, he, row;
    int k;
} Kept;

static _Thread_local Kept found, lost;

/* Is the line at ls the one kept in m, or the one right under it? */
static int kept_line(const Kept *m, const unsigned char *p, size_t ls, int k)
{
    if (m->p != p || m->serial != text_serial || m->k != k)
        return 0;
    return ls == m->row || (ls > m->row && m->row > 0 && ls > 0 && p[ls - 1] == '\n' && ls - 1 >= m->row &&
                            !memchr(p + m->row, '\n', ls - 1 - m->row));
}

static void keep(Kept *m, const unsigned char *p, size_t ls, int k, size_t hs, size_t he)
{
    *m = (Kept){p, text_serial, hs, he, ls, k};
}

int csvrows_block(const unsigned char *p, size_t ls, size_t le, size_t *hs, size_t *he)
{
    int k = commas(p, ls, le);
    if (k < 2)
        return 0;
    if (kept_line(&found, p, ls, k)) {
        found.row = ls;
        *hs = found.hs, *he = found.he;
        return 1;
    }
    if (kept_line(&lost, p, ls, k) && (ls == lost.row || !header_line(p, ls, le))) {
        lost.row = ls;
        return 0;
    }
    size_t s = ls, e = le;
    for (int up = 0; up < 400; up++) {
        if (header_line(p, s, e)) {
            *hs = s, *he = e;
            keep(&found, p, ls, k, s, e);
            return 1;
        }
        if (s == 0)
            break;
        e = s - 1;   /* the '\n' ending the line above */
        s = e;
        while (s > 0 && p[s - 1] != '\n')
            s--;
        if (commas(p, s, e) != k)
            break;
    }
    keep(&lost, p, ls, k, 0, 0);
    return 0;
}
