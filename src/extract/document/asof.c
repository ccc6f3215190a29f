/* asof.c — the month within its year a figure is as of (see asof.h).
 *
 * Every reading starts from a year as written (four digits standing
 * alone, or a month's two: "Mar-24"), then looks at the words against it:
 * before it a month's name, a quarter, a half, an end or a start; after it
 * a Chinese month, half, quarter, end or start, or an ISO date. */
#include "asof.h"

#include <string.h>

#include "ascii.h"
#include "lines.h"
#include "textserial.h"

/* Does p[s, s + strlen(w)) spell w (lower case, ' ' matching a blank or a
 * line break), starting at a word's start (not after a letter or digit
 * at or after lo)? */
static int spells(const char *p, size_t lo, size_t s, const char *w)
{
    if (s > lo && (ascii_isalpha(p[s - 1]) || ascii_isdigit(p[s - 1])))
        return 0;
    for (size_t k = 0; w[k]; k++) {
        char c = p[s + k];
        if (w[k] == ' ' ? !(c == ' ' || c == '\n' || c == '\t') : ascii_lower(c) != w[k])
            return 0;
    }
    return 1;
}

/* ---- English: the words before a year ---- */

static const char *const months[12] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};

/* The month whose name, capitalised, ends at p[e) ("June", "Jun", "Sept",
 * "Sept."), its first letter at *s; else 0. */
static int month_name_before(const char *p, size_t lo, size_t e, size_t *s)
{
    size_t k = e;
    if (k > lo && p[k - 1] == '.')
        k--;
    size_t w = k;
    while (w > lo && ascii_isalpha(p[w - 1]) && k - w <= 9)
        w--;
    if (w == k || k - w > 9 || !(p[w] >= 'A' && p[w] <= 'Z') || (w > lo && ascii_isdigit(p[w - 1])))
        return 0;
    size_t n = k - w;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(months[m]);
        /* the whole name, or its first three letters ("Sept" too) */
        if (!(n == full || n == 3 || (m == 8 && n == 4)))
            continue;
        size_t j = 0;
        while (j < n && ascii_lower(p[w + j]) == months[m][j])
            j++;
        if (j == n) {
            *s = w;
            return m + 1;
        }
    }
    return 0;
}

/* Phrases that end right against a year and give its month. */
typedef struct Before {
    const char *w;   /* lower case, ' ' a blank, ending where the year starts */
    int month;
} Before;
static const Before befores[] = {
    {"end of ", 12},          {"end-", 12},          {"year-end ", 12},         {"year end ", 12},
    {"close of ", 12},        {"start of ", 1},      {"beginning of ", 1},      {"early ", 1},
    {"first half of ", 6},    {"second half of ", 12}, {"first six months of ", 6},
    {"first quarter of ", 3}, {"second quarter of ", 6}, {"third quarter of ", 9}, {"fourth quarter of ", 12},
    {"q1 ", 3}, {"q2 ", 6}, {"q3 ", 9}, {"q4 ", 12}, {"q1-", 3}, {"q2-", 6}, {"q3-", 9}, {"q4-", 12},
    {"1q ", 3}, {"2q ", 6}, {"3q ", 9}, {"4q ", 12}, {"h1 ", 6}, {"h2 ", 12}, {"1h ", 6}, {"2h ", 12},
    {NULL, 0},
};

/* The month the words before the year at p[y] give, their start at *s;
 * else 0. */
static int english_before(const char *p, size_t lo, size_t y, size_t *s)
{
    for (const Before *b = befores; b->w; b++) {
        size_t l = strlen(b->w);
        if (y >= lo + l && spells(p, lo, y - l, b->w)) {
            *s = y - l;
            return b->month;
        }
    }
    size_t k = y;
    while (k > lo && (p[k - 1] == ' ' || p[k - 1] == '\n'))
        k--;
    if (k == y && !(k > lo && p[k - 1] == '-'))
        return 0;
    if (k < y && k > lo && p[k - 1] == ',') {
        /* "June 30, 2023", "June 30th, 2023" */
        size_t d = k - 1;
        while (d > lo && ascii_isalpha(p[d - 1]) && k - 1 - d < 2)
            d--;
        size_t de = d;
        while (d > lo && ascii_isdigit(p[d - 1]) && de - d < 2)
            d--;
        if (d < de && d > lo + 1 && p[d - 1] == ' ')
            return month_name_before(p, lo, d - 1, s);
        return 0;
    }
    /* "June 2023", "30 June 2023", "Jun-2023" */
    if (k == y && p[k - 1] == '-')
        k--;
    return month_name_before(p, lo, k, s);
}

/* Is the time phrase starting at p[s] the base or the start of
 * something, not its moment: "since June 2023", "up 3% from June 2023",
 * "compared with the end of 2022"? */
static int base_before(const char *p, size_t lo, size_t s)
{
    static const char *const words[] = {"since ", "from ", "after ", "before ", "until ", "till ",
                                        "between ", "than ", "over ", "versus ", "vs ", "vs. ", "against ",
                                        "with ", NULL};
    size_t k = s;
    if (k >= lo + 4 && spells(p, lo, k - 4, "the "))
        k -= 4;
    for (int i = 0; words[i]; i++) {
        size_t l = strlen(words[i]);
        if (k >= lo + l && spells(p, lo, k - l, words[i]))
            return 1;
    }
    return 0;
}

/* ---- Chinese: the words after a year ---- */

/* A Chinese numeral 一..四 or digit 1..4 at p[i] (its length in *l). */
static int quarter_digit(const char *p, size_t i, size_t e, size_t *l)
{
    static const char *const zh[] = {"一", "二", "三", "四"};
    for (int k = 0; k < 4; k++)
        if (i + 3 <= e && !memcmp(p + i, zh[k], 3)) {
            *l = 3;
            return k + 1;
        }
    if (i < e && p[i] >= '1' && p[i] <= '4' && !(i + 1 < e && ascii_isdigit(p[i + 1]))) {
        *l = 1;
        return p[i] - '0';
    }
    return 0;
}

/* The month that the Chinese words at p[i] (right after "2023年") give:
 * "6月", "上半年", "底", "第三季度"; else 0. */
static int chinese_after(const char *p, size_t i, size_t e)
{
    if (i < e && ascii_isdigit(p[i])) {
        int m = p[i] - '0';
        size_t k = i + 1;
        if (k < e && ascii_isdigit(p[k]))
            m = m * 10 + (p[k++] - '0');
        /* "6月", not "1-6月" (a period) */
        return m >= 1 && m <= 12 && k + 3 <= e && !memcmp(p + k, "月", 3) ? m : 0;
    }
    static const struct {
        const char *w;
        int month;
    } words[] = {{"上半年", 6}, {"下半年", 12}, {"底", 12}, {"末", 12}, {"年底", 12}, {"年末", 12}, {"初", 1},
                 {NULL, 0}};
    for (int k = 0; words[k].w; k++) {
        size_t l = strlen(words[k].w);
        if (i + l <= e && !memcmp(p + i, words[k].w, l))
            return words[k].month;
    }
    size_t k = i, l;
    if (k + 3 <= e && !memcmp(p + k, "第", 3))
        k += 3;
    int q = quarter_digit(p, k, e, &l);
    if (q && k + l + 6 <= e && !memcmp(p + k + l, "季度", 6))
        return 3 * q;
    return 0;
}

/* Is the year at p[y] the base or start of a Chinese comparison or span
 * ("较2022年12月", "比2022年", "与2022年相比", "自2023年6月以来")? */
static int chinese_base(const char *p, size_t lo, size_t y)
{
    static const char *const words[] = {"较", "比", "与", "同", "自", "从", "至", NULL};
    for (int k = 0; words[k]; k++)
        if (y >= lo + 3 && !memcmp(p + y - 3, words[k], 3))
            return !(k == 6 && y >= lo + 6 && (!memcmp(p + y - 6, "截", 3) || !memcmp(p + y - 6, "止", 3)));
    return 0;
}

/* ---- one year as written ---- */

/* The month the words around the year of four digits at p[y] (within
 * p[lo, hi)) give: 1-12, 0 when none, -1 when the year is a base or a
 * start ("since June 2023", "较2022年12月"). label: a table's forms too
 * ("2018.12"). */
static int around_year(const char *p, size_t lo, size_t hi, size_t y, int label)
{
    size_t a = y + 4;
    /* after: Chinese "年", or an ISO date "2023-06-30" */
    if (a + 3 <= hi && !memcmp(p + a, "年", 3)) {
        if (chinese_base(p, lo, y))
            return -1;
        return chinese_after(p, a + 3, hi);
    }
    if (a + 6 <= hi && p[a] == '-' && ascii_isdigit(p[a + 1]) && ascii_isdigit(p[a + 2]) && p[a + 3] == '-' &&
        ascii_isdigit(p[a + 4]) && ascii_isdigit(p[a + 5]) && !(a + 6 < hi && ascii_isdigit(p[a + 6]))) {
        int m = (p[a + 1] - '0') * 10 + (p[a + 2] - '0');
        return m >= 1 && m <= 12 ? m : 0;
    }
    if (label && a + 2 <= hi && p[a] == '.' && ascii_isdigit(p[a + 1])) {
        /* "2018.12", "2019.6" */
        int m = p[a + 1] - '0';
        size_t k = a + 2;
        if (k < hi && ascii_isdigit(p[k]))
            m = m * 10 + (p[k++] - '0');
        return m >= 1 && m <= 12 && !(k < hi && ascii_isdigit(p[k])) ? m : 0;
    }
    size_t s;
    int m = english_before(p, lo, y, &s);
    if (m && base_before(p, lo, s))
        return -1;
    if (!m && base_before(p, lo, y))
        return -1;
    return m;
}

/* The months some years as written give: how many, the month they all
 * give (mixed when they differ, a year with none among them too). */
typedef struct Tally {
    int n, month, mixed;
} Tally;

static void tally(Tally *t, int m)
{
    if (t->n++ == 0)
        t->month = m;
    else if (t->month != m)
        t->mixed = 1;
}

static int tally_month(const Tally *t)
{
    return t->n && !t->mixed ? t->month : 0;
}

/* Each year written in p[lo, hi) that is year (four digits, or a
 * month's two in a label: "Mar-24") with the month around it, tallied
 * into in when it stands in [cs, ce), else into out; a base or a start
 * is not tallied. */
/* The years year written in p[lo, hi) (four digits standing alone) and
 * the month around each (around_year; a base or a start left out):
 * *n of them, remembered for the claims of the same sentence. */
typedef struct Spots {
    const char *p;
    unsigned long serial; /* textserial.h */
    size_t lo, hi, n;
    int year, label;
    size_t at[32];
    signed char month[32];
} Spots;

static const Spots *year_spots(const char *p, size_t lo, size_t hi, int year, int label)
{
    static _Thread_local Spots memo;
    if (memo.p == p && memo.lo == lo && memo.hi == hi && memo.year == year && memo.label == label &&
        memo.serial == text_serial)
        return &memo;
    memo.p = p, memo.lo = lo, memo.hi = hi, memo.year = year, memo.label = label, memo.n = 0;
    memo.serial = text_serial;
    for (size_t i = lo; i + 4 <= hi && memo.n < 32; i++) {
        if ((p[i] != '1' && p[i] != '2') || (i > lo && (ascii_isdigit(p[i - 1]) || p[i - 1] == '.' || p[i - 1] == ',')))
            continue;
        if (lines_year_at(p, i) != year || (i + 4 < hi && ascii_isdigit(p[i + 4])))
            continue;
        int m = around_year(p, lo, hi, i, label);
        if (m >= 0) {
            memo.at[memo.n] = i;
            memo.month[memo.n++] = (signed char)m;
        }
    }
    return &memo;
}

static void each_year(const char *p, size_t lo, size_t hi, int year, int label, size_t cs, size_t ce, Tally *in,
                      Tally *out)
{
    const Spots *sp = year_spots(p, lo, hi, year, label);
    for (size_t k = 0; k < sp->n; k++)
        tally(sp->at[k] >= cs && sp->at[k] < ce ? in : out, sp->month[k]);
    if (!label)
        return;
    /* "Mar-24", "Mar '24": a month's name and the year's last two digits */
    for (size_t i = lo + 1; i + 2 <= hi; i++) {
        if (!ascii_isdigit(p[i]) || !ascii_isdigit(p[i + 1]) || (i + 2 < hi && ascii_isdigit(p[i + 2])) || ascii_isdigit(p[i - 1]))
            continue;
        if ((p[i - 1] != '-' && p[i - 1] != '\'') || year % 100 != (p[i] - '0') * 10 + (p[i + 1] - '0'))
            continue;
        size_t s, e = i - 1;
        if (p[e] == '\'' && e > lo && p[e - 1] == ' ')
            e--;
        int m = month_name_before(p, lo, e, &s);
        if (m)
            tally(out, m);
    }
}

/* ---- a month standing alone in a clause ---- */

/* The month a phrase of p[s, e) gives with no year written against it
 * ("at year-end", "in the third quarter", "年底", "上半年"), or 0. */
static int alone(const char *p, size_t s, size_t e)
{
    static const Before words[] = {
        {"year-end", 12},      {"year end", 12},      {"end of the year", 12}, {"first half", 6},
        {"second half", 12},   {"first quarter", 3},  {"second quarter", 6},   {"third quarter", 9},
        {"fourth quarter", 12}, {NULL, 0},
    };
    int found = 0;
    for (size_t i = s; i < e; i++) {
        if (ascii_isalpha(p[i])) {
            /* (a word's start whose letter opens a phrase: y, e, f, s, t) */
            char c0 = (char)ascii_lower(p[i]);
            if ((i > s && (ascii_isalpha(p[i - 1]) || ascii_isdigit(p[i - 1]))) ||
                (c0 != 'y' && c0 != 'e' && c0 != 'f' && c0 != 's' && c0 != 't'))
                continue;
            for (const Before *w = words; w->w; w++) {
                size_t l = strlen(w->w);
                if (i + l > e || !spells(p, s, i, w->w) || (i + l < e && ascii_isalpha(p[i + l])))
                    continue;
                /* (not "the third quarter of 2022": a year of its own) */
                size_t k = i + l;
                if (k + 5 <= e && p[k] == ' ' && ascii_lower(p[k + 1]) == 'o' && ascii_lower(p[k + 2]) == 'f' && p[k + 3] == ' ' &&
                    ascii_isdigit(p[k + 4]))
                    continue;
                if (found && found != w->month)
                    return 0;
                found = w->month;
            }
            continue;
        }
        if ((unsigned char)p[i] < 0xE0)
            continue;
        /* Chinese, not right after a year ("2023年底" is read with its year) */
        static const Before zh[] = {{"年底", 12}, {"年末", 12}, {"上半年", 6}, {"下半年", 12}, {NULL, 0}};
        for (const Before *w = zh; w->w; w++) {
            size_t l = strlen(w->w);
            if (i + l <= e && !memcmp(p + i, w->w, l) && !(i > s && ascii_isdigit(p[i - 1])) &&
                !(i >= s + 3 && !memcmp(p + i - 3, "年", 3) && i >= s + 4 && ascii_isdigit(p[i - 4]))) {
                if (found && found != w->month)
                    return 0;
                found = w->month;
            }
        }
        size_t l, k = i + (i + 3 <= e && !memcmp(p + i, "第", 3) ? 3 : 0);
        int q = quarter_digit(p, k, e, &l);
        if (q && l == 3 && k + l + 6 <= e && !memcmp(p + k + l, "季度", 6) && !(i >= s + 3 && !memcmp(p + i - 3, "年", 3)) &&
            !(i >= s + 3 && !memcmp(p + i - 3, "前", 3))) {
            if (found && found != 3 * q)
                return 0;
            found = 3 * q;
        }
    }
    return found;
}

/* The clause of p[ss, se) around p[at]: between ", " ; : a dash between
 * blanks, brackets, or a Chinese ，；：。 */
static void clause(const char *p, size_t ss, size_t se, size_t at, size_t *cs, size_t *ce)
{
#define MARK(i)                                                                                                        \
    (p[i] == ';' || p[i] == ':' || p[i] == '(' || p[i] == ')' ||                                                       \
     (p[i] == ',' && (i + 1 >= se || p[(i) + 1] == ' ' || p[(i) + 1] == '\n')))
#define ZH(i, w) ((i) + 3 <= se && !memcmp(p + (i), w, 3))
#define ZHMARK(i) (ZH(i, "，") || ZH(i, "；") || ZH(i, "：") || ZH(i, "。") || ZH(i, "\xe2\x80\x94"))
    size_t s = at;
    while (s > ss && !MARK(s - 1) && !(s >= ss + 3 && ZHMARK(s - 3)))
        s--;
    size_t e = at;
    while (e < se && !MARK(e) && !ZHMARK(e))
        e++;
    *cs = s;
    *ce = e;
#undef MARK
#undef ZH
#undef ZHMARK
}

int asof_sentence(const char *p, size_t ss, size_t se, size_t cs, size_t ce, int year)
{
    if (!year || se <= ss || se - ss > 4096)
        return 0;
    size_t ks, ke;
    clause(p, ss, se, cs, &ks, &ke);
    if (ce > ke)
        ke = ce;
    Tally in = {0}, out = {0};
    each_year(p, ss, se, year, 0, ks, ke, &in, &out);
    /* the clause's own year first: "in June 2023", or "in 2023" (none) */
    if (in.n)
        return tally_month(&in);
    /* a month alone in the clause: "bringing the total to 3.38 million
     * at year-end" */
    int m = alone(p, ks, ke);
    if (m)
        return m;
    /* the sentence's: "By the end of 2023, China had 1.092 billion ..." */
    return tally_month(&out);
}

int asof_label(const char *p, size_t s, size_t e, int year)
{
    if (!year || e <= s || e - s > 1024)
        return 0;
    Tally in = {0}, out = {0};
    each_year(p, s, e, year, 1, e, e, &in, &out);
    if (out.n && out.mixed)
        return 0;
    int m = tally_month(&out);
    return m ? m : alone(p, s, e);
}
