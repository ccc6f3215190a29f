/* zhtabref.c — a Chinese sentence reading a numbered table (see
 * zhtabref.h). */
#include "zhtabref.h"

#include <string.h>

#include "lines.h"
#include "names.h"

/* how far before the reference the table's caption may stand */
#define TABLE_BACK 6000
/* how many lines after the caption its note may stand */
#define NOTE_LINES 40

static int lit_at(const char *p, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    return i + l <= e && !memcmp(p + i, w, l);
}

/* A table's number at p[i]: digits, with - . ．between ("3-1", "2.4"):
 * its end, or i. */
static size_t number_end(const char *p, size_t i, size_t se)
{
    size_t k = i;
    while (k < se && ((p[k] >= '0' && p[k] <= '9') ||
                      ((p[k] == '-' || p[k] == '.') && k > i && k + 1 < se && p[k + 1] >= '0' && p[k + 1] <= '9')))
        k++;
    return k;
}

int zhtabref_at(const char *p, size_t i, size_t se, size_t *ns, size_t *ne, size_t *end)
{
    static const char *const lead[] = {"根据", "由", "从", "如", "据", NULL};
    static const char *const shows[] = {"可以看出", "可以看到", "可知", "可见", "所示", "显示", NULL};
    size_t k = i, l = 0;
    for (int w = 0; lead[w] && !l; w++)
        if (lit_at(p, k, se, lead[w]))
            l = strlen(lead[w]);
    if (!l || !lit_at(p, k + l, se, "表"))
        return 0;
    k += l + 3;
    while (k < se && p[k] == ' ')
        k++;
    size_t d = number_end(p, k, se);
    if (d == k)
        return 0;
    *ns = k, *ne = d;
    while (d < se && p[d] == ' ')
        d++;
    for (int w = 0; shows[w]; w++)
        if (lit_at(p, d, se, shows[w])) {
            *end = d + strlen(shows[w]);
            return 1;
        }
    return 0;
}

/* Does the line p[ls, le) open with 表 and the number p[ns, ne) (blanks
 * before, and no digit after it)? */
static int caption_of(const char *p, size_t ls, size_t le, size_t ns, size_t ne)
{
    while (ls < le && (p[ls] == ' ' || p[ls] == '\t' || lit_at(p, ls, le, "\xE3\x80\x80")))
        ls += p[ls] == ' ' || p[ls] == '\t' ? 1 : 3;
    if (!lit_at(p, ls, le, "表"))
        return 0;
    ls += 3;
    while (ls < le && p[ls] == ' ')
        ls++;
    size_t d = number_end(p, ls, le);
    return d - ls == ne - ns && !memcmp(p + ls, p + ns, ne - ns);
}

int zhtabref_source(const Metrics *m, const char *p, size_t ns, size_t ne, char *out, size_t cap)
{
    size_t from = ns > TABLE_BACK ? ns - TABLE_BACK : 0;
    /* the caption: the last line before the reference that opens with it */
    size_t cap_s = 0;
    int found = 0;
    for (size_t le = ns; le > from && !found;) {
        size_t ls = le;
        while (ls > from && p[ls - 1] != '\n')
            ls--;
        if (ls < le && caption_of(p, ls, le, ns, ne))
            cap_s = ls, found = 1;
        le = ls > 0 ? ls - 1 : 0;
        if (!ls)
            break;
    }
    if (!found)
        return 0;
    /* its note: a source line among the lines after it */
    size_t ls = cap_s;
    for (int k = 0; k < NOTE_LINES && ls < ns; k++) {
        const char *nl = memchr(p + ls, '\n', ns - ls);
        size_t le = nl ? (size_t)(nl - p) : ns, ts = ls, te = le;
        lines_trim(p, &ts, &te);
        if (k > 0 && te > ts && lines_source_note(p, ts, te))
            return names_note_source(m, p, ts, te, out, cap);
        if (!nl)
            break;
        ls = le + 1;
    }
    return 0;
}
