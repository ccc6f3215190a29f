/* csvrows.c — the rows of a comma-separated export (see csvrows.h). */
#include "csvrows.h"

#include <string.h>

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

/* The last block found, for the rows after it: a row under the last
 * row read (or that row again) is of the same block, asked once per
 * figure of every row. */
static _Thread_local struct {
    const unsigned char *p;
    size_t hs, he, row;
    int k;
} kept;

int csvrows_block(const unsigned char *p, size_t ls, size_t le, size_t *hs, size_t *he)
{
    int k = commas(p, ls, le);
    if (k < 2)
        return 0;
    if (kept.p == p && kept.k == k && (ls == kept.row || (ls > kept.row && kept.row > 0 && ls > 0 &&
                                                          p[ls - 1] == '\n' && ls - 1 >= kept.row &&
                                                          !memchr(p + kept.row, '\n', ls - 1 - kept.row)))) {
        kept.row = ls;
        *hs = kept.hs, *he = kept.he;
        return 1;
    }
    size_t s = ls, e = le;
    for (int up = 0; up < 400; up++) {
        if (header_line(p, s, e)) {
            *hs = s, *he = e;
            kept.p = p, kept.k = k, kept.hs = s, kept.he = e, kept.row = ls;
            return 1;
        }
        if (s == 0)
            return 0;
        e = s - 1;   /* the '\n' ending the line above */
        s = e;
        while (s > 0 && p[s - 1] != '\n')
            s--;
        if (commas(p, s, e) != k)
            return 0;
    }
    return 0;
}
