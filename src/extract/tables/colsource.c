/* colsource.c — a source note crediting a table's columns apart (see
 * colsource.h). */
#define _GNU_SOURCE   /* memrchr */
#include "colsource.h"

#include "ascii.h"

#include <string.h>
#include <strings.h>

/* Where a remark in brackets closing the item p[s, e) starts, blanks
 * before it passed ("…研究所预测（股价为2025年4月17日收盘价）", "Harbourview
 * estimates (prices as of 17 April)"); e when the item closes with none. */
static size_t remark_start(const char *p, size_t s, size_t e)
{
    size_t open = 0;
    if (e >= s + 3 && !memcmp(p + e - 3, "\xEF\xBC\x89", 3))   /* ） */
        for (size_t i = e - 3; i > s && !open; i--)
            if (i + 3 <= e && !memcmp(p + i, "\xEF\xBC\x88", 3))   /* （ */
                open = i;
    if (e > s + 1 && p[e - 1] == ')') {
        const char *b = memrchr(p + s, '(', e - 1 - s);
        open = b && b > p + s ? (size_t)(b - p) : 0;
    }
    if (!open)
        return e;
    while (open > s && p[open - 1] == ' ')
        open--;
    return open > s ? open : e;
}

/* Does the header p[hs, he) hold the word p[ws, we) whole (any case; a
 * hyphen ends a word: "DSR-linked")? */
static int header_has(const char *p, size_t hs, size_t he, size_t ws, size_t we)
{
    size_t l = we - ws;
    if (l < 2)
        return 0;
    for (size_t i = hs; i + l <= he; i++)
        if ((i == hs || !ascii_isalpha(p[i - 1])) && !strncasecmp(p + i, p + ws, l) && (i + l == he || !ascii_isalpha(p[i + l])))
            return 1;
    return 0;
}

/* Does one topic of the bracket p[bs, be) ("users, penetration,
 * broadband"; "GG columns") open with a word the header holds? */
static int topic_named(const char *p, size_t bs, size_t be, size_t hs, size_t he)
{
    for (size_t i = bs; i < be;) {
        while (i < be && (p[i] == ' ' || p[i] == ',' || p[i] == ';' || p[i] == '\n'))
            i++;
        size_t ws = i;
        while (i < be && (ascii_isalpha(p[i]) || p[i] == '-'))
            i++;
        if (i > ws && header_has(p, hs, he, ws, i))
            return 1;
        while (i < be && p[i] != ',')   /* the topic's other words */
            i++;
    }
    return 0;
}

int colsource_body(const char *p, size_t ns, size_t ne, size_t hs, size_t he, char *out, size_t cap)
{
    const char *colon = memchr(p + ns, ':', ne - ns);
    if (!colon || hs >= he)
        return 0;
    size_t i = (size_t)(colon - p) + 1;
    int items = 0, matched = 0;
    size_t bs0 = 0, be0 = 0;
    while (i < ne) {
        while (i < ne && (p[i] == ' ' || p[i] == ';' || p[i] == '\n'))
            i++;
        size_t s = i;
        while (i < ne && p[i] != '(' && p[i] != ';')
            i++;
        if (i >= ne || p[i] != '(')
            return 0;   /* an item with no topics: no note of columns */
        size_t e = i, o = i + 1;
        while (i < ne && p[i] != ')')
            i++;
        if (i >= ne)
            return 0;
        items++;
        if (!matched && topic_named(p, o, i, hs, he)) {
            matched = 1;
            bs0 = s, be0 = e;
        }
        i++;
        while (i < ne && (p[i] == ' ' || p[i] == '.' || p[i] == '\n'))
            i++;
    }
    if (items < 2 || !matched)
        return 0;
    while (be0 > bs0 && (p[be0 - 1] == ' ' || p[be0 - 1] == '\n'))
        be0--;
    /* "AidData and CSIS Reconnecting Asia estimates": the bodies, not
     * the kind of figure */
    static const char *const kinds[] = {" estimates", " data", " calculations", NULL};
    for (int k = 0; kinds[k]; k++) {
        size_t l = strlen(kinds[k]);
        if (be0 - bs0 > l && !strncasecmp(p + be0 - l, kinds[k], l))
            be0 -= l;
    }
    if (be0 <= bs0 || be0 - bs0 >= cap)
        return 0;
    size_t k = 0;
    for (size_t j = bs0; j < be0; j++)   /* (a wrapped name's line break as a blank) */
        out[k++] = p[j] == '\n' ? ' ' : p[j];
    out[k] = '\0';
    return 1;
}

/* Does the header p[hs, he) name a forecast's year: four digits or
 * "FY" and two, then E or F ("2024E", "FY24E", "2025F"), or "预测"? */
static int forecast_header(const char *p, size_t hs, size_t he)
{
    for (size_t i = hs; i < he; i++) {
        size_t d = i;
        while (d < he && p[d] >= '0' && p[d] <= '9')
            d++;
        int year = d - i == 4 || (d - i == 2 && i >= hs + 2 && !strncmp(p + i - 2, "FY", 2));
        if (!year || (i > hs && p[i - 1] >= '0' && p[i - 1] <= '9')) {
            if (d > i)
                i = d - 1;
            continue;
        }
        size_t k = d;
        if (k < he && (p[k] == '(' || p[k] == ' '))
            k++;
        if (k < he && (p[k] == 'E' || p[k] == 'F' || p[k] == 'e' || p[k] == 'f') &&
            (k + 1 >= he || !ascii_isalpha(p[k + 1])))
            return 1;
        if (k + 3 <= he && !memcmp(p + k, "\xE5\xB9\xB4", 3))   /* 年 */
            k += 3;
        if (k + 6 <= he && !memcmp(p + k, "\xE9\xA2\x84\xE6\xB5\x8B", 6))   /* 预测 */
            return 1;
        i = d - 1;
    }
    return 0;
}

int colsource_forecaster(const char *p, size_t ns, size_t ne, size_t hs, size_t he, char *out, size_t cap)
{
    static const char *const marks[] = {" estimates", " forecasts", " projections", "\xE9\xA2\x84\xE6\xB5\x8B" /* 预测 */,
                                        NULL};
    static const char *const seps[] = {",", ";", "\xEF\xBC\x8C" /* ， */, "\xE3\x80\x81" /* 、 */,
                                       "\xEF\xBC\x9B" /* ； */, NULL};
    if (hs >= he || !forecast_header(p, hs, he))
        return 0;
    /* past the label's colon */
    size_t i = ns;
    while (i < ne && p[i] != ':' && !(i + 3 <= ne && !memcmp(p + i, "\xEF\xBC\x9A", 3)))
        i++;
    if (i >= ne)
        return 0;
    i += p[i] == ':' ? 1 : 3;
    while (i < ne) {
        while (i < ne && (p[i] == ' ' || p[i] == '\n'))
            i++;
        size_t s = i, e = i, l = 0;
        while (e < ne) {
            for (int k = 0; seps[k] && !l; k++)
                if (e + strlen(seps[k]) <= ne && !memcmp(p + e, seps[k], strlen(seps[k])))
                    l = strlen(seps[k]);
            if (l)
                break;
            e++;
        }
        size_t te = e;
        while (te > s && (p[te - 1] == ' ' || p[te - 1] == '.' || p[te - 1] == '\r' || p[te - 1] == '\n'))
            te--;
        te = remark_start(p, s, te);
        for (int k = 0; marks[k]; k++) {
            size_t ml = strlen(marks[k]);
            if (te - s > ml && !memcmp(p + te - ml, marks[k], ml)) {
                size_t be = te - ml;
                while (be > s && p[be - 1] == ' ')
                    be--;
                if (be <= s || be - s >= cap)
                    return 0;
                memcpy(out, p + s, be - s);
                out[be - s] = '\0';
                return 1;
            }
        }
        i = e + l;
    }
    return 0;
}
