/* fiscal.c — fiscal and split years (see fiscal.h). */
#include "fiscal.h"

#include <string.h>

static int digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The number of the k digits at p[i, e), or -1 when they are not k
 * digits standing alone. */
static int digits(const char *p, size_t i, size_t e, size_t k)
{
    if (i + k > e || (i + k < e && digit(p[i + k])))
        return -1;
    int v = 0;
    for (size_t j = i; j < i + k; j++) {
        if (!digit(p[j]))
            return -1;
        v = v * 10 + (p[j] - '0');
    }
    return v;
}

/* The year (1900-2100) of two or four digits at p[i, e) (two: this
 * century's), *n the digits read; 0 when none. */
static int year_of(const char *p, size_t i, size_t e, size_t *n)
{
    int y = digits(p, i, e, 4);
    if (y >= 1900 && y <= 2100) {
        *n = 4;
        return y;
    }
    y = digits(p, i, e, 2);
    if (y >= 0) {
        *n = 2;
        return 2000 + y;
    }
    return 0;
}

int fiscal_year(const char *p, size_t i, size_t e, size_t *end)
{
    if (i > 0 && (digit(p[i - 1]) || ((p[i - 1] | 0x20) >= 'a' && (p[i - 1] | 0x20) <= 'z')))
        return 0;
    int fy = i + 2 < e && (p[i] | 0x20) == 'f' && (p[i + 1] | 0x20) == 'y';
    size_t j = fy ? i + 2 : i, n = 0;
    if (fy && j < e && p[j] == ' ')
        j++;
    int y = fy ? year_of(p, j, e, &n) : digits(p, j, e, 4);
    if (!fy)
        n = 4;
    if (y < 1900 || y > 2100)
        return 0;
    j += n;
    /* the second year of a split one */
    size_t dl = j < e && (p[j] == '/' || p[j] == '-') ? 1 : j + 3 <= e && !memcmp(p + j, "\xE2\x80\x93", 3) ? 3 : 0;
    if (dl) {
        size_t m;
        int z = year_of(p, j + dl, e, &m);
        if (m == 2) {
            z = y / 100 * 100 + (z % 100);
            z += z <= y ? 100 : 0;   /* "1999/00" */
        }
        if (z == y + 1 || (p[j] == '/' && z > y && z - y < 3)) {
            *end = j + dl + m;
            return z;
        }
    }
    if (!fy)
        return 0;
    *end = j;
    return y;
}
