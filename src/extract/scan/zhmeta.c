/* zhmeta.c — a page's meta line and its counters (see zhmeta.h). */
#include "zhmeta.h"

#include <string.h>

#include "ascii.h"

/* The longest meta line, and the longest field a counter stands in
 * ("23.6万播放", "观看 3.2万", "1842弹幕"). */
#define META_LINE_MAX 320
#define META_FIELD_MAX 24

/* The length of a field separator at p[k]: "·", "｜", "丨" (a blank or two
 * around it are the field's), else 0. */
static size_t separator(const unsigned char *p, size_t e, size_t k)
{
    if (k + 2 <= e && p[k] == 0xC2 && p[k + 1] == 0xB7)
        return 2;
    if (k + 3 <= e && ((p[k] == 0xEF && p[k + 1] == 0xBD && p[k + 2] == 0x9C) ||
                       (p[k] == 0xE4 && p[k + 1] == 0xB8 && p[k + 2] == 0xA8)))
        return 3;
    return 0;
}

/* Does p[k] open a time of day ("19:00") or a dashed date ("2026-09-14")? */
static int stamp_at(const unsigned char *p, size_t e, size_t k)
{
    if (k + 5 <= e && ascii_isdigit(p[k]) && ascii_isdigit(p[k + 1]) && p[k + 2] == ':' && ascii_isdigit(p[k + 3]) &&
        ascii_isdigit(p[k + 4]))
        return 1;
    if (k + 10 <= e) {
        for (int i = 0; i < 10; i++)
            if (i == 4 || i == 7 ? p[k + i] != '-' : !ascii_isdigit(p[k + i]))
                return 0;
        return 1;
    }
    return 0;
}

/* Does a field separator stand within a field's length of the figure
 * p[start, end), before or after it on its line? (Most figures stand in
 * prose: this look is all they cost.) */
static int separator_near(const unsigned char *p, size_t n, size_t start, size_t end)
{
    for (size_t k = start, lo = start > META_FIELD_MAX + 3 ? start - META_FIELD_MAX - 3 : 0; k > lo && p[k - 1] != '\n';)
        if (separator(p, start, --k))
            return 1;
    for (size_t k = end, hi = n - end > META_FIELD_MAX + 3 ? end + META_FIELD_MAX + 3 : n; k < hi && p[k] != '\n'; k++)
        if (separator(p, n, k))
            return 1;
    return 0;
}

int zhmeta_counter(const unsigned char *p, size_t n, size_t start, size_t end)
{
    if (!separator_near(p, n, start, end))
        return 0;
    size_t ls = start, le = end;
    while (ls > 0 && p[ls - 1] != '\n' && start - ls < META_LINE_MAX)
        ls--;
    while (le < n && p[le] != '\n' && le - end < META_LINE_MAX)
        le++;
    if ((ls > 0 && p[ls - 1] != '\n') || (le < n && p[le] != '\n'))
        return 0;
    /* the separators around the figure, and all the line's */
    size_t fs = ls, fe = le, l;
    int seps = 0, stamp = 0;
    for (size_t k = ls; k < le; k++) {
        if ((l = separator(p, le, k)) != 0) {
            seps++;
            if (k + l <= start)
                fs = k + l;
            else if (k >= end && fe == le)
                fe = k;
            k += l - 1;
        } else if (!stamp && (k == ls || !ascii_isdigit(p[k - 1])) && stamp_at(p, le, k) && (k >= end || k + 5 <= start)) {
            stamp = 1;
        }
    }
    while (fs < start && (p[fs] == ' ' || p[fs] == '\t'))
        fs++;
    while (fe > end && (p[fe - 1] == ' ' || p[fe - 1] == '\t'))
        fe--;
    return seps >= 2 && stamp && fe - fs <= META_FIELD_MAX;
}
