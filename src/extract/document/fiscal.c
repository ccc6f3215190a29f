/* fiscal.c — fiscal and split years (see fiscal.h). */
#include "fiscal.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "textserial.h"

/* The number of the k digits at p[i, e), or -1 when they are not k
 * digits standing alone. */
static int digits(const char *p, size_t i, size_t e, size_t k)
{
    if (i + k > e || (i + k < e && ascii_isdigit(p[i + k])))
        return -1;
    int v = 0;
    for (size_t j = i; j < i + k; j++) {
        if (!ascii_isdigit(p[j]))
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
    if (i > 0 && (ascii_isdigit(p[i - 1]) || ((p[i - 1] | 0x20) >= 'a' && (p[i - 1] | 0x20) <= 'z')))
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

int fiscal_short(const char *p, size_t i, size_t e, size_t *end)
{
    if (i + 4 > e || (i > 0 && (ascii_isdigit(p[i - 1]) || ascii_isalpha(p[i - 1]))))
        return 0;
    size_t j, n = 0;
    int y;
    if ((p[i] | 0x20) == 'f' && (p[i + 1] | 0x20) == 'y' && ascii_isdigit(p[i + 2]))
        j = i + 2;
    else if ((p[i] == '1' || p[i] == '2') && p[i + 1] == 'H' && ascii_isdigit(p[i + 2]))
        j = i + 2;
    else
        return 0;
    y = year_of(p, j, e, &n);
    if (!y || (p[i] != '1' && p[i] != '2' && n == 4))
        return 0;   /* (FY2023 is a year the sentence spells: the caller's) */
    j += n;
    /* an analyst's mark, then no more of the word */
    if (j < e && strchr("AEFP", p[j]) && (p[i] | 0x20) == 'f')
        j++;
    if (j < e && (ascii_isalpha(p[j]) || ascii_isdigit(p[j])))
        return 0;
    *end = j;
    return y;
}

/* Is the period at p[i] what a change is measured from: a comparison's
 * word just before it ("on FY23", "versus 1H23", "from FY22")? */
static int compared(const char *p, size_t ss, size_t i)
{
    static const char *const words[] = {"on ", "from ", "over ", "than ", "versus ", "vs ", "vs. ", "against ",
                                        "compared with ", "compared to ", NULL};
    for (int k = 0; words[k]; k++) {
        size_t l = strlen(words[k]);
        if (i >= ss + l && !strncasecmp(p + i - l, words[k], l) && (i - l == ss || !ascii_isalpha(p[i - l - 1])))
            return 1;
    }
    return 0;
}

/* Does the sentence p[ss, se) hold a short period at all? Remembered for
 * the claims of the same sentence. */
static int holds_short(const char *p, size_t ss, size_t se)
{
    static _Thread_local SpanKey key;
    static _Thread_local int mv;
    if (spankey_same(&key, p, ss, se))
        return mv;
    int v = 0;
    /* ("1H24", "FY23", "fy23": the letter before the digits, found fast) */
    static const char marks[] = {'H', 'Y', 'y'};
    for (int k = 0; k < 3 && !v && se > ss + 3; k++)
        for (const char *q = memchr(p + ss + 1, marks[k], se - ss - 3); q && !v;
             q = q + 1 < p + se - 2 ? memchr(q + 1, marks[k], (size_t)(p + se - 2 - (q + 1))) : NULL)
            v = ascii_isdigit(q[1]) && ascii_isdigit(q[2]) &&
                (k == 0 ? (q[-1] == '1' || q[-1] == '2') : (q[-1] | 0x20) == 'f');
    mv = v;
    return v;
}

/* A split year at p[i]: "2023/24", "FY2022/23" (fiscal_year, with its
 * slash), else 0. */
static int split_year(const char *p, size_t i, size_t e, size_t *end)
{
    size_t f = (p[i] | 0x20) == 'f' ? i + 2 + (i + 2 < e && p[i + 2] == ' ') : i;
    if (!(f + 5 < e && p[f + 4] == '/'))
        return 0;
    int y = fiscal_year(p, i, e, end);
    /* (one year: "2019/2021", a survey's round, is none; not inside a
     * word or a number: "1/2023/24") */
    int first = (p[f] - '0') * 1000 + (p[f + 1] - '0') * 100 + (p[f + 2] - '0') * 10 + (p[f + 3] - '0');
    return y == first + 1 && (*end == e || !(ascii_isalpha(p[*end]) || ascii_isdigit(p[*end]) || p[*end] == '/')) ? y : 0;
}

/* The period of the kind read (fiscal_short, split_year) that dates the
 * claim: its clause's, else the sentence's one. */
static int period_for(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e,
                      int (*read)(const char *, size_t, size_t, size_t *))
{
    int in_clause = 0, in_sentence = 0, clash = 0;
    for (size_t i = ss; i + 4 <= se; i++) {
        size_t end;
        int y = (p[i] == 'F' || p[i] == 'f' || p[i] == '1' || p[i] == '2') ? read(p, i, se, &end) : 0;
        if (!y || compared(p, ss, i))
            continue;
        /* the same clause: no , ; or : between the claim and the period */
        size_t a = i < claim_s ? end : claim_e, b = i < claim_s ? claim_s : i;
        int same = a <= b;
        for (size_t k = a; same && k < b; k++)
            same = !(p[k] == ';' || p[k] == ':' ||
                     (p[k] == ',' && !(k > ss && ascii_isdigit(p[k - 1]) && k + 1 < se && ascii_isdigit(p[k + 1]))));
        if (same && in_clause && in_clause != y)
            return 0;
        if (same)
            in_clause = y;
        clash |= in_sentence && in_sentence != y;
        in_sentence = y;
        i = end - 1;
    }
    return in_clause ? in_clause : clash ? 0 : in_sentence;
}

int fiscal_short_for(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e)
{
    return holds_short(p, ss, se) ? period_for(p, ss, se, claim_s, claim_e, fiscal_short) : 0;
}

int fiscal_split_for(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e)
{
    return se > ss + 5 && memchr(p + ss, '/', se - ss) ? period_for(p, ss, se, claim_s, claim_e, split_year) : 0;
}
