/* rownote.c — a table's note keyed to a row by its mark (see rownote.h). */
#define _GNU_SOURCE   /* memmem */
#include "rownote.h"

#include <string.h>

#include "ascii.h"
#include "lines.h"
#include "names.h"
#include "textfind.h"

/* The mark the line p[ls, le) opens with ("c.", "c)", "(c)", "12."): its
 * span in [*ms, *me), else 0. */
static int note_mark(const char *p, size_t ls, size_t le, size_t *ms, size_t *me)
{
    size_t i = ls;
    while (i < le && p[i] == ' ')
        i++;
    int bracket = i < le && p[i] == '(';
    i += bracket;
    size_t s = i;
    if (i < le && ascii_islower((unsigned char)p[i]))
        i++;
    else
        while (i < le && i - s < 2 && ascii_isdigit((unsigned char)p[i]))
            i++;
    if (i == s || i + 1 >= le)
        return 0;
    if (bracket ? p[i] != ')' : !(p[i] == '.' || p[i] == ')'))
        return 0;
    if (p[i + 1] != ' ')
        return 0;
    *ms = s, *me = i;
    return 1;
}

/* Is the line p[ls, le) laid out in columns, one of whose cells is
 * p[ms, me) alone? */
static int row_marked(const char *p, size_t ls, size_t le, const char *mark, size_t ml)
{
    if (!memchr(p + ls, '\t', le - ls) && !memchr(p + ls, '|', le - ls) && !tf_find(p + ls, le - ls, "  ", 2))
        return 0;
    size_t i = ls;
    while (i < le) {
        /* a cell: up to a tab, a bar or a run of two spaces */
        while (i < le && (p[i] == ' ' || p[i] == '\t' || p[i] == '|'))
            i++;
        size_t cs = i;
        while (i < le && p[i] != '\t' && p[i] != '|' && !(p[i] == ' ' && i + 1 < le && p[i + 1] == ' '))
            i++;
        size_t ce = i;
        while (ce > cs && p[ce - 1] == ' ')
            ce--;
        if (ce - cs == ml && !memcmp(p + cs, mark, ml))
            return 1;
    }
    return 0;
}

int rownote_place(const Metrics *m, const char *doc, size_t n, size_t at, char *out, size_t cap)
{
    /* (a note is a line of its own: no line start within 4096 bytes, as in
     * a text of one long line, is no note; its mark is read in its first
     * bytes) */
    size_t ls = lines_start(doc, at, 4096);
    if (ls == at && at > 0 && doc[at - 1] != '\n')
        return 0;
    size_t lim = n - ls < 16 ? n : ls + 16;
    const char *nl = memchr(doc + ls, '\n', lim - ls);
    size_t le = nl ? (size_t)(nl - doc) : lim;
    size_t ms, me;
    if (!note_mark(doc, ls, le, &ms, &me) || at < me)
        return 0;
    size_t floor = ls > ROWNOTE_BACK ? ls - ROWNOTE_BACK : 0;
    for (size_t e = ls; e > floor;) {
        size_t s = lines_start(doc, e - 1, 4096);
        if (s == e - 1 && doc[s] == '\n') {
            e = s;
            continue;
        }
        if (row_marked(doc, s, e - 1, doc + ms, me - ms)) {
            /* (the row's place by its cues, else by its name alone) */
            int r = names_line_scope(m, doc, s, e - 1, 0, out, cap);
            if (r == 0)
                r = names_line_scope(m, doc, s, e - 1, 1, out, cap);
            return r == 1;
        }
        if (s == 0)
            break;
        e = s;
    }
    return 0;
}
