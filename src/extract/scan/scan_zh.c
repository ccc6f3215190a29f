/* scan_zh.c — Chinese figures (see scan_zh.h).
 *
 * A figure is read in two steps, as in the English scanner: read_figure
 * is liberal (a numeral, its scales, and the one word after it: a share,
 * a currency, a classifier, a unit, a date word), and judge is strict
 * (what stands before the figure, its hedges, what it counts, whether it
 * is a claim at all). Characters are decoded by utf8.h; words are
 * looked up in quantity_zh.c.
 */
#define _GNU_SOURCE   /* memmem */
#include "scan_zh.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "diag.h"
#include "limits.h"
#include "quantity.h"
#include "quantity_zh.h"
#include "textfind.h"
#include "textwalk.h"
#include "utf8.h"
#include "zhcount.h"
#include "zhhedge.h"
#include "zhgroup.h"
#include "zhlabel.h"
#include "zhmeta.h"
#include "zhnounhead.h"
#include "zhratio.h"
#include "zhrate.h"
#include "zhspoken.h"
#include "zhbandwidth.h"
#include "zhtext.h"

/* ---- characters (zhtext.h) ---- */


static int cjk(long c) { return qzh_is_han(c) || qzh_is_cjk_mark(c); }

/* What closes a quotation or a title inside a noun phrase. */
static const char QUOTES[] = "“”‘’「」『』《》\"'";
static const char OPEN_QUOTES[] = "“‘「『《";
/* Characters that end a noun phrase before its head: function words and
 * the verbs of reporting that follow a count. */
static const char NP_STOP[] = "的和及与或等在于为是有将已了并对从向被把让使由达占比较超近约逾中上下内外以其共均分别同增降提减累计净";

/* ---- numerals ---- */

typedef struct ZNum {
    size_t start, end;
    double v;
    int han;        /* written in Chinese numerals */
    int intdig;     /* digits before the point (digits only) */
    int decimal;
    int lead0;      /* "040089": an identifier */
    int fullwidth;
    int single;     /* one Chinese digit and no unit: 三, 两 */
    int bare;       /* a scale alone: 百余, 过亿 */
} ZNum;

/* The blank that sets thousands apart at p[i]: a space, a no-break
 * space, a thin or narrow no-break space; its length, 0 when none. */
static size_t group_blank(const unsigned char *p, size_t n, size_t i)
{
    if (i < n && p[i] == ' ')
        return 1;
    if (lit_at(p, n, i, "\xc2\xa0"))
        return 2;
    return lit_at(p, n, i, "\xe2\x80\x89") || lit_at(p, n, i, "\xe2\x80\xaf") ? 3 : 0;
}

/* Does a number stand before p[i), across one blank: a row of figures
 * ("1618 3000"), whose blanks part cells, not thousands? */
static int row_before(const unsigned char *p, size_t i)
{
    size_t b = i;
    while (b > 0 && (p[b - 1] == ' ' || p[b - 1] == '\t'))
        b--;
    return b < i && b > 0 && (ascii_isdigit(p[b - 1]) || p[b - 1] == '%');
}

/* Groups of three ASCII digits after p[i), each set apart by the same
 * one blank ("2 310 000"), appended to buf; the end of the last group,
 * or i when none. A group must end the number: "12 345 6" and a row
 * going on ("10 200 3000") are no thousands. */
static size_t blank_groups(const unsigned char *p, size_t n, size_t i, char *buf, size_t *k, int *ndig)
{
    size_t sl = group_blank(p, n, i), e = i;
    if (!sl)
        return i;
    while (group_blank(p, n, e) == sl && !memcmp(p + e, p + i, sl)) {
        size_t g = e + sl;
        int d = 0;
        while (d < 4 && g + d < n && ascii_isdigit(p[g + d]))
            d++;
        if (d != 3 || (g + 3 < n && p[g + 3] == ','))
            break;
        e = g + 3;
    }
    /* none, or a row going on after the last group: cells, not thousands */
    size_t t = e;
    while (t < n && (p[t] == ' ' || p[t] == '\t'))
        t++;
    if (e == i || (t > e && t < n && ascii_isdigit(p[t])))
        return i;
    for (size_t d = i; d < e; d++)
        if (ascii_isdigit(p[d]) && ++*ndig <= CB_MAX_NUMBER_DIGITS)
            buf[(*k)++] = (char)p[d];
    return e;
}

/* digits { ',' ddd } [ '.' digits ], ASCII or full-width (also the
 * full-width comma and point between full-width digits). 0 with m->end
 * past the run when it is too long to be a quantity. */
static int read_digits(const unsigned char *p, size_t n, size_t i, ZNum *m)
{
    char buf[2 * CB_MAX_NUMBER_DIGITS + 8];
    size_t k = 0, l;
    int d, ndig = 0;
    memset(m, 0, sizeof *m);
    m->start = i;
    m->fullwidth = p[i] >= 0x80;
    i = tw_take_digits(p, n, i, buf, &k, &ndig, CB_MAX_NUMBER_DIGITS);
    /* thousands groups after a short first group: "1,500", "９，９９９" */
    int first = ndig;
    while (first <= 3) {
        size_t sl = i < n && p[i] == ',' ? 1 : m->fullwidth && lit_at(p, n, i, "，") ? 3 : 0;
        size_t e = i + sl;
        int g = 0;
        while (sl && g < 4 && tw_digit_at(p, n, e, &l) >= 0 && (l == 3) == m->fullwidth)
            e += l, g++;
        if (!sl || g != 3)
            break;
        for (size_t t = i + sl; t < e; t += l) {
            d = tw_digit_at(p, n, t, &l);
            if (++ndig <= CB_MAX_NUMBER_DIGITS)
                buf[k++] = (char)('0' + d);
        }
        i = e;
    }
    /* or set apart by one blank, as Hong Kong's government releases
     * print them: "6 246 000人", "約10 200個住戶" (not a row of numbers) */
    if (first == ndig && first <= 3 && !m->fullwidth && !row_before(p, m->start))
        i = blank_groups(p, n, i, buf, &k, &ndig);
    m->intdig = ndig;
    size_t pl = i < n && p[i] == '.' ? 1 : lit_at(p, n, i, "．") ? 3 : 0;
    if (pl && tw_digit_at(p, n, i + pl, &l) >= 0) {
        if (ndig <= CB_MAX_NUMBER_DIGITS)
            buf[k++] = '.';
        i = tw_take_digits(p, n, i + pl, buf, &k, &ndig, CB_MAX_NUMBER_DIGITS);
        m->decimal = 1;
    }
    m->end = i;
    if (ndig > CB_MAX_NUMBER_DIGITS)
        return 0;
    buf[k] = 0;
    m->lead0 = buf[0] == '0' && m->intdig > 1;
    m->v = tw_numeral_value(buf, k);
    return 1;
}

/* A Chinese numeral: 两千五百, 一百五十, 十亿七千九百万, 一万零五, 三点五,
 * the spoken 三千五 (3500) and 一万五 (15000), and digit by digit 二〇二三.
 * Sections: units below 万 add up in small, 万 closes a section, 亿
 * closes the total. 0 when the characters do not make one number
 * ("十四五", a name), with m->end past them. */
static int read_han(const unsigned char *p, size_t n, size_t i, ZNum *m)
{
    double total = 0, section = 0, small = 0, last_unit = 0;
    int pending = -1, digits = 0, units = 0, zero = 0, positional = 0, bad = 0;
    double pos = 0;
    memset(m, 0, sizeof *m);
    m->start = i;
    m->han = 1;
    size_t l;
    for (;;) {
        long c = cp_at(p, n, i, &l);
        int d = qzh_digit(c);
        double u = qzh_unit(c);
        if (d >= 0) {
            if (pending >= 0 || positional) {
                if (!units && !zero) {
                    /* digit by digit: 二〇二三 */
                    pos = (positional ? pos : pending) * 10 + d;
                    positional = 1;
                } else if (pending == 0) {
                    pending = d;   /* 一万零五 */
                } else {
                    bad = 1;       /* 十四五: not one number */
                }
            } else {
                if (d == 0 && (units || digits))
                    zero = 1;
                pending = d;
            }
            digits++;
            i += l;
            if (bad)
                break;
            continue;
        }
        if (u > 0 && !positional) {
            if (u < 1e4) {
                /* 十 alone opens 十五; 百 and 千 need a digit */
                double k = pending > 0 ? pending : (u == 10 && pending < 0 && small == 0) ? 1 : -1;
                if (k < 0 || (last_unit && u >= last_unit && !zero && pending < 0))
                    break;
                small += k * u;
                last_unit = u;
            } else if (u == 1e4) {
                if (small == 0 && pending <= 0 && section == 0 && total == 0)
                    break;   /* 万 with nothing before it */
                section = (section + small + (pending > 0 ? pending : 0)) * 1e4;
                small = 0;
                last_unit = u;
            } else {
                double before = total + section + small + (pending > 0 ? pending : 0);
                if (before == 0)
                    break;
                total = before * 1e8;
                section = small = 0;
                last_unit = u;
            }
            pending = -1;
            zero = 0;
            units++;
            i += l;
            continue;
        }
        break;
    }
    m->end = i;
    if (bad || (!digits && !units))
        return 0;
    double v;
    if (positional) {
        v = pos;
    } else {
        v = total + section + small;
        if (pending > 0) {
            /* the spoken elision: 三千五 is 3500, 一万五 15000 */
            if (!zero && last_unit >= 100)
                v += pending * last_unit / 10;
            else
                v += pending;
        }
    }
    /* a decimal part: 三点五, and a scale after it (三点五亿) */
    size_t dl;
    if (!positional && lit_at(p, n, i, "点") && qzh_digit(cp_at(p, n, i + 3, &dl)) >= 0 &&
        section == 0 && total == 0) {
        double f = 0.1;
        size_t j = i + 3;
        int dd;
        while ((dd = qzh_digit(cp_at(p, n, j, &dl))) >= 0) {
            v += dd * f;
            f /= 10;
            j += dl;
        }
        m->decimal = 1;
        i = j;
        double sc;
        while ((sc = qzh_unit(cp_at(p, n, i, &dl))) >= 1e4)
            v *= sc, i += dl;
        m->end = i;
    }
    m->v = v;
    m->single = digits == 1 && units == 0 && !m->decimal;
    return 1;
}

/* 上 before a bare scale at p[i]: upwards of it (上万家企业, 上千人), not
 * the 上 of 以上, 线上, 网上, 马上... */
static int upward(const unsigned char *p, size_t i)
{
    return one_before(p, 0, i, "上") && !one_before(p, 0, i - 3, "以线网之马加晚早向往北南楼路台身");
}

/* 壹 贰 叁 肆 伍 陆 柒 捌 玖: the digits a cheque or a contract writes. */
static int financial_digit(long c)
{
    return c == 0x58F9 || c == 0x8D30 || c == 0x53C1 || c == 0x8086 || c == 0x4F0D || c == 0x9646 || c == 0x67D2 ||
           c == 0x634C || c == 0x7396;
}

/* Can a Chinese numeral start at p[i] (code point c)? A digit from 一,
 * or 十 (十五); 百, 千 and 万 only as 百分之, 千分之, 万分之. */
/* A scale standing for its own value, as in 百余家 (100+), 万余人, 用户过亿,
 * 近亿元: 百 千 万 亿 followed by 余 or 多, or 万 亿 after 过 破 超 近 逾. */
static int bare_scale(const unsigned char *p, size_t n, size_t i, long c)
{
    double u = qzh_unit(c);
    if (u < 100)
        return 0;
    if (lit_at(p, n, i + 3, "余") || (lit_at(p, n, i + 3, "多") && qzh_at(p, n, i + 6, ZK_CLASSIFIER | ZK_CURRENCY, &(size_t){0})))
        return 1;
    /* 近百场, 逾千个: 百 and 千 with a hedge before and a classifier after;
     * 破百亿令吉, 超百亿元, 近千万人: a hedge before and a scale after */
    if (u < 1e4) {
        size_t l;
        if (one_before(p, 0, i, "过破超近逾") && qzh_unit(cp_at(p, n, i + 3, &l)) >= 1e4)
            return 1;
        return (one_before(p, 0, i, "近逾超约") || upward(p, i)) && qzh_at(p, n, i + 3, ZK_CLASSIFIER, &(size_t){0});
    }
    return one_before(p, 0, i, "过破超近逾") || (upward(p, i) && qzh_at(p, n, i + 3, ZK_CLASSIFIER | ZK_NOUN, &(size_t){0}));
}

/* Can a Chinese numeral start at p[i] (code point c)? A digit from 一,
 * 十 (十五), 零 before a point (零点五); 百 千 万 as 百分之 or a bare scale;
 * 半数. */
static int han_start(const unsigned char *p, size_t n, size_t i, long c)
{
    int d = qzh_digit(c);
    size_t l;
    /* a financial form (壹, 陆, 柒) writes an amount in full, never one
     * digit alone: 陆 in 登陆站点 is the land */
    if (d > 0 && financial_digit(c)) {
        long nx = cp_at(p, n, i + 3, &l);
        return qzh_digit(nx) >= 0 || qzh_unit(nx) > 0;
    }
    if (d > 0 || c == 0x5341 || c == 0x62FE)   /* 十 拾 */
        return 1;
    if (d == 0 && lit_at(p, n, i + 3, "点") && qzh_digit(cp_at(p, n, i + 6, &l)) >= 0)
        return 1;
    if ((c == 0x767E || c == 0x5343 || c == 0x4E07) && lit_at(p, n, i + 3, "分之"))
        return 1;
    if (bare_scale(p, n, i, c))
        return 1;
    return c == 0x534A && lit_at(p, n, i + 3, "数");   /* 半数 */
}

static int read_numeral(const unsigned char *p, size_t n, size_t i, ZNum *m)
{
    size_t l;
    if (tw_digit_at(p, n, i, &l) >= 0)
        return read_digits(p, n, i, m);
    long c = cp_at(p, n, i, &l);
    if (qzh_digit(c) > 0 || qzh_unit(c) == 10 || (qzh_digit(c) == 0 && lit_at(p, n, i + l, "点")))
        return read_han(p, n, i, m);
    memset(m, 0, sizeof *m);
    m->start = i;
    m->end = i < n ? i + l : n;   /* at the end of the text nothing follows ("万分之") */
    if (c >= 0 && bare_scale(p, n, i, c)) {
        m->v = qzh_unit(c);
        m->han = 1;
        m->bare = 1;
        return 1;
    }
    return 0;
}

/* ---- the figure ---- */

typedef struct Fig {
    size_t start, end;     /* the span */
    size_t after;          /* past the word after it (classifier, unit, date word) */
    ZNum num;
    double a, b;           /* value(s) before scaling; shares in percent */
    double scale, scale_b;
    int scaled;            /* a scale was written */
    int range;
    int over;              /* 多, 余: more than */
    int about;             /* 来 after it: about (十来个) */
    double pair_hi;        /* 七八十: the upper of two neighbouring digits (80), else 0 */
    int pct, pp, mult;
    int time, name;        /* a date, a duration, an age, a name: no claim */
    const char *duration;  /* the time word's unit ("hours"): a figure when measured */
    int within;            /* a deadline: 签约后30日内 (at most) */
    const char *cur;       /* ISO code */
    const char *measure;   /* 公里 -> km (outside the span) */
    const ZhWord *cl;      /* the classifier */
    const char *noun;      /* the noun named right after the figure or its classifier */
    size_t cl_end;
} Fig;

#define ALL_WORDS 0xFFFFu

/* The unit of an ASCII symbol written after a number in Chinese text
 * ("3015亿GB", "1000Mbps"), or NULL: then the letters make a name (5G). */
static const char *ascii_unit(const unsigned char *w, size_t l)
{
    static const char *const units[] = {"GB", "TB", "PB", "EB", "ZB", "MB", "KB", "Gbps", "Mbps", "Tbps",
                                        "kbps", "km", "MW", "GW", "kW", "kWh", "TWh", "GWh", "TEU", "FLOPS", "PFLOPS",
                                        "EFLOPS", "TFLOPS", "PFlops", "EFlops", "TFlops", "Tbit", "Gbit", NULL};
    for (int k = 0; units[k]; k++)
        if (strlen(units[k]) == l && !memcmp(w, units[k], l))
            return units[k];
    return NULL;
}

/* Does the Chinese numeral p[i, e) hold 万 or 亿? */
static int han_scaled(const unsigned char *p, size_t i, size_t e)
{
    for (size_t k = i; k + 3 <= e; k++)
        if (!memcmp(p + k, "万", 3) || !memcmp(p + k, "亿", 3))
            return 1;
    return 0;
}

/* Does what stands at p[j] go on with a figure: a classifier, a scale, a
 * currency, a unit, a noun? */
static int goes_on(const unsigned char *p, size_t n, size_t j)
{
    size_t l;
    return qzh_at(p, n, j, ZK_SCALE | ZK_CURRENCY | ZK_MEASURE | ZK_CLASSIFIER | ZK_NOUN, &l) != NULL;
}

/* Does what follows 多 or 余 at p[j] go on with the figure (a classifier,
 * a scale, a currency, a unit, a noun, punctuation), so that the word
 * is a hedge and not the start of 多边, 余额? */
static int over_word(const unsigned char *p, size_t n, size_t j)
{
    size_t l;
    if (!(lit_at(p, n, j, "多") || lit_at(p, n, j, "余")))
        return 0;
    if (qzh_at(p, n, j + 3, ZK_SCALE | ZK_CURRENCY | ZK_MEASURE | ZK_CLASSIFIER | ZK_NOUN | ZK_TIME | ZK_SHARE, &l))
        return 1;
    long c = cp_at(p, n, j + 3, &l);
    return c < 0 || c == '%' || (!qzh_is_han(c) && c >= 0x80) || c == ',' || c == '.';
}

/* Digits that carry on a number after its scale, as Chinese in
 * Singapore and Malaysia writes it: 2亿2156万 (221,560,000), 1万2229
 * (12,229). After 亿, one to four digits closed by 万 (and four more
 * digits may follow); after 万, exactly four digits standing alone (not
 * a date's: 10万2024年 is no number). Adds them to f->a (in units of
 * f->scale); the end of what was read, or j when nothing carries on. */
static size_t carry_on(const unsigned char *p, size_t n, size_t j, Fig *f)
{
    ZNum r;
    size_t l;
    if (f->num.han || f->num.decimal || f->over || (f->scale != 1e8 && f->scale != 1e4) || j >= n || !ascii_isdigit(p[j]))
        return j;
    /* 11萬7千 (117,000), 3亿5千万: one digit and a smaller scale */
    if (read_digits(p, n, j, &r) && !r.decimal && !r.fullwidth && r.intdig == 1 && lit_at(p, n, r.end, "千")) {
        double sub = 1e3;
        size_t e = r.end + 3;
        if (f->scale == 1e8 && lit_at(p, n, e, "万"))
            sub = 1e7, e += 3;
        if (sub * 10 <= f->scale && !qzh_at(p, n, e, ZK_SCALE | ZK_TIME, &l)) {
            f->a += r.v * sub / f->scale;
            return e;
        }
    }
    if (f->scale == 1e8) {
        if (!read_digits(p, n, j, &r) || r.decimal || r.fullwidth || r.intdig > 4 || !lit_at(p, n, r.end, "万"))
            return j;
        f->a += r.v * 1e4 / f->scale;
        j = r.end + 3;
        if (j >= n || !ascii_isdigit(p[j]))
            return j;
    }
    if (!read_digits(p, n, j, &r) || r.decimal || r.fullwidth || r.intdig != 4 || (r.end < n && p[r.end] == ',') ||
        qzh_at(p, n, r.end, ZK_TIME | ZK_SCALE, &l))
        return j;
    f->a += r.v / f->scale;
    return r.end;
}

/* Does the sentence before p[j] name computing power (算力) within forty
 * characters? Then a lone P or E after a number is petaflops or exaflops. */
static int compute_power_before(const unsigned char *p, size_t j)
{
    size_t k = j, s;
    for (int chars = 0; chars < 40 && k > 0; chars++) {
        if (k >= 6 && !memcmp(p + k - 6, "算力", 6))
            return 1;
        long c = cp_before(p, k, &s);
        if (c < 0 || c == 0x3002 || c == 0xFF1B || c == '\n' || c == 0xFF01 || c == 0xFF1F)
            return 0;
        k = s;
    }
    return 0;
}

/* The word after a numeral and its scales, at p[j]: fills f and
 * returns the span's end. */
static size_t read_suffix(const unsigned char *p, size_t n, size_t j, Fig *f)
{
    size_t l;
    f->after = j;
    /* (20%多: more than 20%) */
    if (j < n && p[j] == '%')
        return f->pct = 1, f->over = over_word(p, n, j + 1), f->after = j + 1;
    if (lit_at(p, n, j, "％"))
        return f->pct = 1, f->over = over_word(p, n, j + 3), f->after = j + 3;
    if (j < n && ascii_isalpha(p[j])) {
        size_t e = j;
        while (e < n && (ascii_isalpha(p[e]) || ascii_isdigit(p[e])))
            e++;
        f->measure = ascii_unit(p + j, e - j);
        /* computing power in its letter alone: 智算算力约2,400P, 6,500P左右 */
        if (!f->measure && e == j + 1 && (p[j] == 'P' || p[j] == 'E') && compute_power_before(p, j))
            f->measure = p[j] == 'P' ? "PFLOPS" : "EFLOPS";
        /* a traffic's G after 万 or 亿 is gigabytes (流量92.8亿G; no name
         * is scaled: 5G is); Tb and Gb are bits (每秒192Tb) */
        if (!f->measure && e == j + 1 && p[j] == 'G' && f->scaled)
            f->measure = "GB";
        if (!f->measure && e == j + 2 && p[j + 1] == 'b' && (p[j] == 'T' || p[j] == 'G'))
            f->measure = p[j] == 'T' ? "Tbit" : "Gbit";
        /* a link's rate in its letter alone: 出口带宽630G, 扩容至2.4T */
        if (!f->measure && e == j + 1)
            f->measure = zbw_letter(p, n, f->start, j, f->a, f->scaled);
        f->name = !f->measure;   /* 5G, 10G, 3D, 4K */
        f->after = e;
        return j;
    }
    long c = cp_at(p, n, j, &l);
    if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) {
        f->name = 1;   /* ５Ｇ */
        while ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
            j += l, c = cp_at(p, n, j, &l);
        f->after = j;
        return j;
    }
    const ZhWord *w = qzh_at(p, n, j, ALL_WORDS & ~(unsigned)(ZK_SCALE | ZK_HEDGE_BEFORE | ZK_HEDGE_AFTER), &l);
    /* a connection's speed in a spoken 兆 (网速二三十兆): Mbps */
    if (!w && (f->measure = zbw_mega(p, n, f->start, j)) != NULL)
        return f->after = j + 3, j + 3;
    if (!w)
        return j;
    f->after = j + l;
    switch (w->kind) {
    case ZK_SHARE:
        if (!strcmp(w->unit, "pp"))
            f->pp = 1;
        else
            f->mult = 1;
        /* "两倍多", "一倍有余": more than that many times */
        if (f->mult && (lit_at(p, n, j + l, "多") || lit_at(p, n, j + l, "余")))
            f->over = 1;
        return j + l;
    case ZK_CURRENCY: {
        f->cur = w->unit;
        /* "3500亿元人民币": the span is the minimal "3500亿元"; so is
         * "4.3兆元新台币", the 元 of Taiwan's dollar */
        size_t cl;
        const ZhWord *named = !strcmp(w->w, "元") ? qzh_at(p, n, j + l, ZK_CURRENCY, &cl) : NULL;
        if (named && (strcmp(named->unit, "CNY") || !strcmp(named->w, "人民币"))) {
            f->cur = named->unit;
            f->after = j + l + cl;
        }
        return j + l;
    }
    case ZK_TIME:
        f->time = 1;
        f->duration = w->unit;
        f->after = j + l;
        return j;
    case ZK_NAME:
        f->name = 1;
        return j;
    case ZK_MEASURE:
        f->measure = w->unit;
        return j;
    case ZK_CLASSIFIER:
        f->cl = w;
        f->cl_end = j + l;
        return j;
    default:
        f->after = j;   /* a noun: read by the judge */
        return j;
    }
}

/* A range's joiner at p[j]: 至, 到, ～, ~, 〜 and dashes. Its length. */
static size_t range_joiner(const unsigned char *p, size_t n, size_t j)
{
    if (j < n && (p[j] == '-' || p[j] == '~'))
        return 1;
    return one_of(p, n, j, "至到～〜－—–―");
}

static int read_figure(const unsigned char *p, size_t n, size_t i, Fig *f, int ranges);
static int wrapped_break(const unsigned char *p, size_t n, size_t nl);

/* One space between digits and the Chinese word that goes on with them,
 * as typeset PDF text and spaced web copy print figures ("412 份",
 * "10.67 亿", "4.4 倍", "170 亿至 200 亿美元"): its length, 0 when none. */
static size_t han_gap(const unsigned char *p, size_t n, size_t j, const ZNum *m)
{
    size_t l;
    if (m->han || m->fullwidth || j + 1 >= n)
        return 0;
    /* a line of prose wrapped between the digits and their scale or
     * currency ("营业收入41.35\n亿元"): a Han character before the digits,
     * the scale or currency opening the next line */
    if (p[j] == '\n' || (p[j] == '\r' && j + 2 < n && p[j + 1] == '\n')) {
        size_t b = p[j] == '\n' ? 1 : 2, t;
        return m->start > 0 && qzh_is_han(cp_before(p, m->start, &t)) && !clause_end(cp_before(p, m->start, &t)) &&
                       qzh_at(p, n, j + b, ZK_SCALE | ZK_CURRENCY, &l)
                   ? b
                   : 0;
    }
    if (p[j] != ' ')
        return 0;
    if (ascii_isalpha(p[j + 1])) {
        /* "1 300 PFLOPS": a unit's symbol after the space */
        size_t e = j + 1;
        while (e < n && (ascii_isalpha(p[e]) || ascii_isdigit(p[e])))
            e++;
        return ascii_unit(p + j + 1, e - j - 1) ? 1 : 0;
    }
    if (p[j + 1] < 0x80)
        return 0;
    return qzh_at(p, n, j + 1, ZK_SCALE | ZK_CURRENCY | ZK_SHARE | ZK_CLASSIFIER | ZK_MEASURE | ZK_TIME, &l) ||
           over_word(p, n, j + 1);   /* "70 多个" */
}

/* "60万亿至70万亿元", "1～2个百分点", "30%～40%": the second number after
 * the first figure's span end j. Sets the range in f when the two make
 * one; a range of dates or durations ("1—7月", "三至五年") makes f a time. */
static void read_range(const unsigned char *p, size_t n, size_t j, Fig *f)
{
    size_t jl = range_joiner(p, n, j), l;
    /* 从 X 到 Y, 由 X 至 Y: a change, not a range */
    if (!jl || f->cl || f->measure || f->noun || one_before(p, 0, f->start, "从由"))
        return;
    size_t k = j + jl;
    if (k + 1 < n && p[k] == ' ' && ascii_isdigit(p[k + 1]) && j > 0 && p[j - 1] >= 0x80 && f->scaled)
        k++;   /* "170 亿至 200 亿美元" */
    long c = cp_at(p, n, k, &l);
    if (tw_digit_at(p, n, k, &l) < 0 && !(qzh_digit(c) > 0 || qzh_unit(c) == 10))
        return;
    Fig g;
    if (!read_figure(p, n, k, &g, 0))
        return;
    int dash = jl == 1 && p[j] == '-';
    /* "2024-01-24", "2022.12—2023.12", "1—7月": dates */
    int fy = !f->num.han && f->num.intdig == 4 && !f->scaled && !f->pct && f->a >= 1900 && f->a <= 2100;
    int gy = !g.num.han && g.num.intdig == 4 && !g.scaled && !g.pct && g.a >= 1900 && g.a <= 2100;
    int gsmall = !g.num.han && g.num.intdig <= 2 && !g.scaled && !g.pct && !g.cur && !g.cl;
    if (g.time || g.name || (fy && (gy || gsmall)) || (dash && g.end < n && (p[g.end] == '-' || p[g.end] == '/'))) {
        f->time = 1;
        f->after = g.after > g.end ? g.after : g.end;
        if (g.time && g.duration && !fy && !g.name && g.a > f->a && (!f->duration || !strcmp(f->duration, g.duration))) {
            /* 三至五年, 3～5年: a range of durations, a figure when measured
             * (投资回收期一般为3～5年: measured_duration) */
            f->duration = g.duration;
            f->range = 1;
            f->b = g.a;
            f->end = g.end;
        }
        return;
    }
    /* a share's words name both ends: 三至四成 (30 to 40%), 百分之十到十五 */
    if (g.pct && !f->pct && !f->scaled && f->num.han && lit_at(p, n, g.end - 3, "成"))
        f->a *= 10;
    else if (f->pct && !g.pct && !g.scaled && !g.cl && !g.measure && !g.cur && lit_at(p, n, f->start, "百分之"))
        g.pct = 1;
    if ((f->pct && !g.pct) || (f->pp && !g.pp) || (f->cur && g.cur && strcmp(f->cur, g.cur)))
        return;
    double sa = f->scaled ? f->scale : g.scale, sb = g.scale;
    if (g.a * sb <= f->a * sa)
        return;
    f->range = 1;
    f->scale = sa;
    f->scale_b = sb;
    f->b = g.a;
    f->scaled |= g.scaled;
    f->pct |= g.pct;
    f->pp |= g.pp;
    f->mult |= g.mult;
    if (!f->cur)
        f->cur = g.cur;
    f->measure = g.measure;
    f->cl = g.cl;
    f->cl_end = g.cl_end;
    f->noun = g.noun;
    f->end = g.end;
    f->after = g.after;
}

/* The figure at p[i]: its numeral, scales and the word after it. 0 when
 * no numeral starts at i (f->end past what was read). */
static int read_figure(const unsigned char *p, size_t n, size_t i, Fig *f, int ranges)
{
    size_t l, j;
    memset(f, 0, sizeof *f);
    f->start = i;
    f->scale = f->scale_b = 1;
    /* 百分之三十, 千分之五: a share by its own words */
    double denom = lit_at(p, n, i, "百分之") ? 100 : lit_at(p, n, i, "千分之") ? 1000 : lit_at(p, n, i, "万分之") ? 1e4 : 0;
    if (denom > 0) {
        j = i + 9;
        if (!read_numeral(p, n, j, &f->num)) {
            f->end = f->after = f->num.end;
            return 0;
        }
        f->a = f->num.v * 100 / denom;
        f->pct = 1;
        f->end = f->after = f->num.end;
        if (ranges)
            read_range(p, n, f->end, f);
        return 1;
    }
    if (lit_at(p, n, i, "半数")) {
        f->a = 50;
        f->pct = 1;
        f->end = f->after = i + 6;
        return 1;
    }
    if (!read_numeral(p, n, i, &f->num)) {
        f->end = f->after = f->num.end;
        return 0;
    }
    /* 两三个, 七八十人, 五六百家: an estimate between two neighbouring digits */
    double lo, hi;
    size_t pe;
    if (f->num.han && zhs_pair(p, n, i, &lo, &hi, &pe)) {
        f->num.v = lo;
        f->num.end = pe;
        f->num.single = 0;
        f->pair_hi = hi;
    }
    f->a = f->num.v;
    j = f->num.end;
    size_t gap = han_gap(p, n, j, &f->num);
    j += gap;
    /* 一万, 三千万: a numeral in 万 or 亿 is a scaled figure, as 1万 is */
    if (f->num.han && han_scaled(p, i, j))
        f->scaled = 1;
    if (!f->num.han && !f->num.decimal && j + 1 < n && p[j] == '/' && ascii_isdigit(p[j + 1])) {
        /* "约1/3的消费者": a share in digits (a small denominator; "5/16"
         * is a date, "2024/5/16" too) */
        ZNum b;
        if (read_digits(p, n, j + 1, &b) && !b.decimal && b.v > f->a && b.v <= 10 && f->a > 0 &&
            !(b.end < n && (p[b.end] == '/' || ascii_isdigit(p[b.end])))) {
            f->a = 100 * f->a / b.v;
            f->pct = 1;
            f->end = f->after = b.end;
            return 1;
        }
        f->end = f->after = j;
        return 1;
    }
    if (lit_at(p, n, j, "分之")) {
        /* 三分之一, 四分之三 */
        ZNum b;
        if (f->a > 0 && read_numeral(p, n, j + 6, &b) && b.v <= f->a) {
            f->a = 100 * b.v / f->a;
            f->pct = 1;
            f->end = f->after = b.end;
            f->num.single = 0;
            return 1;
        }
        f->end = f->after = j;
        return 0;
    }
    if (f->num.han && f->num.v == 1 && f->num.single && lit_at(p, n, j, "半") &&
        (!qzh_at(p, n, j + 3, ZK_TIME | ZK_CLASSIFIER, &l) || lit_at(p, n, j + 3, "位于") ||
         lit_at(p, n, j + 3, "位居") || lit_at(p, n, j + 3, "位列"))) {
        /* 一半 (not 一半年; 一半位于美国: the verb 位于, not the classifier 位) */
        f->a = 50;
        f->pct = 1;
        f->end = f->after = j + 3;
        f->num.single = 0;
        return 1;
    }
    if (lit_at(p, n, j, "成") && f->a > 0 && f->a <= 10 && !f->num.lead0 &&
        !one_of(p, n, j + 3, "员本果立功效交熟长型都就绩品年不") &&
        /* (成分 a component; not 六成分布在, 三成分给) */
        !(lit_at(p, n, j + 3, "分") && !one_of(p, n, j + 6, "布配给别散摊"))) {
        /* 三成, 近四成, 三成半, 二成五; 两三成 20 to 30% */
        f->a *= 10, f->pct = 1, j += 3;
        f->range = f->pair_hi > 0, f->b = f->pair_hi * 10, f->scale_b = f->scale;
        size_t dl;
        int d;
        if (!f->range && lit_at(p, n, j, "半")) {
            f->a += 5, j += 3;
        } else if (!f->range && f->num.han && (d = qzh_digit(cp_at(p, n, j, &dl))) > 0 && qzh_digit(cp_at(p, n, j + dl, &l)) < 0 &&
                   !qzh_unit(cp_at(p, n, j + dl, &l)) && !qzh_at(p, n, j + dl, ZK_TIME | ZK_CLASSIFIER, &l)) {
            f->a += d, j += dl;   /* 二成五: 25% */
        }
        f->end = f->after = j;
        f->num.single = 0;
        /* 两成多, 两成多的企业 (not the 多 of 多数) */
        f->over = over_word(p, n, j) ||
                  (lit_at(p, n, j, "多") && (lit_at(p, n, j + 3, "的") || lit_at(p, n, j + 3, "一点")));
        return 1;
    }
    /* 多 and 余, scales: 10余万, 5.4万亿, 130多 (a hedge at the end stays
     * out of the span, as hedges do) */
    size_t hedge_at = 0;
    if (lit_at(p, n, j, "个亿"))
        j += 3;   /* the spoken 个 before 亿: 五个亿, 三四个亿美元 */
    for (;;) {
        const ZhWord *w;
        if (f->scaled && !hedge_at && j < n && p[j] == '\n' && qzh_at(p, n, j + 1, ZK_SCALE, &l) &&
            wrapped_break(p, n, j)) {
            j++;   /* "1.2万" then "亿元": a wrapped line inside the scales */
            continue;
        }
        if (over_word(p, n, j)) {
            f->over = 1;
            hedge_at = j;
            j += 3;
        } else if (!f->about && zhs_about_after(p, n, j, f->a * f->scale, goes_on(p, n, j + 3))) {
            f->about = 1;   /* 十来个, 百来人 */
            hedge_at = j;
            j += 3;
        } else if ((w = qzh_at(p, n, j, ALL_WORDS, &l)) && w->kind == ZK_SCALE &&
                   (!(w->flags & ZF_MONEY) || qzh_at(p, n, j + l, ZK_CURRENCY, &(size_t){0}))) {
            f->scale *= w->value;
            f->scaled = 1;
            j += l;
            hedge_at = 0;
        } else {
            break;
        }
    }
    if (f->scaled && !hedge_at)
        j = carry_on(p, n, j, f);
    /* a wrapped line between the scale and the word that goes on with it
     * ("用户3542万" then "户。"): the line break stays out of the span */
    size_t wrap = 0;
    if (f->scaled && !hedge_at && j < n && p[j] == '\n' && wrapped_break(p, n, j) &&
        qzh_at(p, n, j + 1, ZK_CLASSIFIER | ZK_CURRENCY | ZK_MEASURE | ZK_SHARE, &l))
        wrap = j++;
    f->end = read_suffix(p, n, j, f);
    if (f->end < j)
        f->end = j;
    if (wrap && f->end == j)
        f->end = wrap;
    if (hedge_at && f->end == j)
        f->end = hedge_at;
    if (gap && f->end == f->num.end + gap)
        f->end = f->num.end;   /* the space alone stays out of the span */
    if (f->pair_hi > 0) {
        f->range = 1;
        f->b = f->pair_hi;
        f->scale_b = f->scale;
    } else if (ranges && !f->cl && !f->measure && !f->time && !f->name && !f->mult) {
        read_range(p, n, f->end, f);
    } else if (ranges && f->time && f->duration && !f->name && f->a < 100 && f->after > f->end) {
        read_range(p, n, f->after, f);   /* 二年至八年: a range of terms */
    }
    return 1;
}

/* ---- what is counted ---- */

/* The end of a relative clause at p[j]: past the 的 that closes it,
 * within sixteen characters of its clause with no number in them; 0 when
 * none ("运作中或规划中的海底电缆": past 的). */
static size_t relative_end(const unsigned char *p, size_t n, size_t j)
{
    size_t l;
    for (int chars = 0; chars < 16 && j < n; chars++) {
        long c = cp_at(p, n, j, &l);
        if (lit_at(p, n, j, "的"))
            return j + l;
        if (c < 0 || clause_end(c) || (c < 0x80 && !ascii_isalpha((int)c)) || qzh_digit(c) >= 0 || qzh_is_cjk_mark(c))
            return 0;
        j += l;
    }
    return 0;
}

/* The end of a name in Latin letters and digits at p[j] before a noun:
 * "5G", "Wi-Fi", and names joined by slashes ("4G/5G", "IPv4/IPv6"). */
static size_t latin_name_end(const unsigned char *p, size_t n, size_t j)
{
    for (;;) {
        while (j < n && (ascii_isalpha(p[j]) || ascii_isdigit(p[j]) || (p[j] == '-' && j + 1 < n && ascii_isalpha(p[j + 1]))))
            j++;
        if (!(j + 1 < n && p[j] == '/' && (ascii_isalpha(p[j + 1]) || ascii_isdigit(p[j + 1]))))
            return j;
        j++;
    }
}

/* The counted noun of the phrase at p[j] (after a classifier, or right
 * after a figure when adjacent): modifiers and unknown characters may
 * come first (数字化车间, “丝路云品”电商直播活动); the head is the last
 * noun of the lexicon in a run of nouns and modifiers. NULL when none.
 * Adjacent 2 (a scaled figure) may look past a place to persons. */
static const ZhWord *noun_word_after(const unsigned char *p, size_t n, size_t j, int adjacent)
{
    const ZhWord *head = NULL;
    int unknown = 0, relative = 0;
    size_t l;
    /* a hedge after the classifier: 80个以上国家, 100万个以上的就业岗位 */
    if (!adjacent && qzh_at(p, n, j, ZK_HEDGE_AFTER, &l)) {
        j += l;
        if (lit_at(p, n, j, "的"))
            j += 3;
    }
    size_t j0 = j;   /* (6国的消费者: 的 right after the classifier closes its phrase) */
    size_t run = j;  /* where the run of unknown characters before j began */
    for (int steps = 0; steps < 24 && j < n; steps++) {
        if (one_of(p, n, j, QUOTES)) {
            /* a quoted name is a modifier, whatever it holds: “云上丝路”电商直播活动 */
            size_t k = j + one_of(p, n, j, QUOTES);
            if (one_of(p, n, j, OPEN_QUOTES))
                for (int c = 0; c < 16 && k < n && !one_of(p, n, k, QUOTES) && !clause_end(cp_at(p, n, k, &l)); c++)
                    k += cp_at(p, n, k, &l) < 0 ? 1 : l;
            if (one_of(p, n, k, QUOTES))
                k += one_of(p, n, k, QUOTES);
            j = run = k;
            continue;
        }
        const ZhWord *w = qzh_at(p, n, j, ZK_NOUN, &l);
        if (w) {
            if (w->unit)
                head = w;
            j += l;
            run = j;
            continue;
        }
        if (adjacent == 2 && !head) {
            /* a place before the persons a scaled figure counts: 9亿非洲民众 */
            size_t k = j, pl;
            for (int c = 0; c < 4 && k < n && qzh_is_han(cp_at(p, n, k, &pl)) && !one_of(p, n, k, NP_STOP); c++) {
                k += pl;
                const ZhWord *pw = qzh_at(p, n, k, ZK_NOUN, &l);
                if (pw && (pw->flags & ZF_PERSON))
                    return pw;
            }
        }
        if (head || adjacent)
            break;
        long c = cp_at(p, n, j, &l);
        if (c < 0x80 && c >= 0 && ascii_isalpha((int)c)) {
            /* "5G", "App", "IPv6", "Wi-Fi" before the noun */
            j = run = latin_name_end(p, n, j);
            continue;
        }
        if (c < 0x80 && c >= 0 && ascii_isdigit((int)c) && j + 1 < n && ascii_isalpha(p[j + 1])) {
            j = run = latin_name_end(p, n, j);   /* "4G/5G基站" */
            continue;
        }
        if (!qzh_is_han(c) || one_of(p, n, j, NP_STOP) || ++unknown > 10) {
            /* a relative clause between the classifier and its noun:
             * 570条运作中或规划中的海底电缆 */
            /* (right after the classifier, only a clause opening with
             * its verb or preposition: 32个使用美国技术的国家, 5个已建成的
             * 数据中心; 6国的消费者 is the countries' consumers) */
            size_t r = adjacent || relative || (j == j0 && !one_of(p, n, j, "在对从向被把让使由将已有")) ? 0
                                                                                                  : relative_end(p, n, j);
            if (!r) {
                /* no noun of the lexicon: the phrase's head may still
                 * name one (8张加速卡 cards, 12个代表处 offices) */
                if (!adjacent && unknown <= 10)
                    head = znh_head(p, run, j);
                break;
            }
            relative = 1;
            j = run = r;
            continue;
        }
        j += l;
    }
    return head;
}

static const char *noun_after(const unsigned char *p, size_t n, size_t j, int adjacent)
{
    const ZhWord *w = noun_word_after(p, n, j, adjacent);
    return w ? w->unit : NULL;
}

/* Where a noun starts inside the word p[k, k + l) and ends past it
 * (before lim): 会员单位 in 发展会员单位 read from 展会; k + l when none. */
static size_t straddled(const unsigned char *p, size_t lim, size_t k, size_t l)
{
    size_t cl, l2;
    cp_at(p, lim, k, &cl);
    for (size_t m = k + cl; m < k + l; m += cl) {
        if (qzh_at(p, lim, m, ZK_NOUN, &l2) && m + l2 > k + l)
            return m;
        cp_at(p, lim, m, &cl);
    }
    return k + l;
}

/* Is the line break at p[nl] one a wrapped paragraph leaves inside its
 * sentence ("全球在用数据中心机架\n规模超过3100万架")? A Han character
 * that ends no clause before it, one right after it (no indent), and a
 * line before it of prose: ten characters or more, no gap of blanks (a
 * table's row is no paragraph). */
static int wrapped_break(const unsigned char *p, size_t n, size_t nl)
{
    size_t s, l;
    long c = cp_before(p, nl, &s);
    if (c < 0 || !qzh_is_han(c) || nl + 1 >= n || !qzh_is_han(cp_at(p, n, nl + 1, &l)))
        return 0;
    /* (forty characters of the line before are enough to tell: the look
     * stays short however long the line) */
    int chars = 0;
    for (size_t k = nl; k > 0 && p[k - 1] != '\n' && chars < 40; k--) {
        if (p[k - 1] == '\t' || (p[k - 1] == ' ' && k >= 2 && p[k - 2] == ' '))
            return 0;
        chars += !utf8_is_cont(p[k - 1]);
    }
    return chars >= 10;
}

/* The noun the clause names before a figure at p[start): the last noun
 * (not one counted only after a classifier, ZF_AFTER: 邮政行业)
 * of the lexicon between the clause's start (or an earlier number) and
 * the figure, brackets skipped (数据交易所（中心）数量达到四十八家). */
static const ZhWord *noun_before(const unsigned char *p, size_t start)
{
    size_t ws = start, s;
    int depth = 0;
    for (int chars = 0; chars < 60 && ws > 0; chars++) {
        long c = cp_before(p, ws, &s);
        if (c < 0)
            break;
        if (c == 0xFF09 || c == ')') {
            depth++;
        } else if (c == 0xFF08 || c == '(') {
            depth -= depth > 0;
        } else if (c == '\n' && !depth && wrapped_break(p, start, s)) {
            /* (a wrapped line: the sentence goes on) */
        } else if (!depth && clause_end(c)) {
            break;
        } else if (!depth && ((c < 0x80 && ascii_isdigit((int)c)) || (c >= 0xFF10 && c <= 0xFF19))) {
            /* an earlier number ends the search, unless it is a date
             * (网民规模从2013年的6.18亿) */
            if (!one_of(p, start, ws, "年月日号"))
                break;
            while ((c = cp_before(p, ws, &s)) >= 0 && ((c < 0x80 && ascii_isdigit((int)c)) || (c >= 0xFF10 && c <= 0xFF19)))
                ws = s;
            continue;
        }
        ws = s;
    }
    const ZhWord *last = NULL;
    size_t l;
    for (size_t k = ws; k < start;) {
        if (lit_at(p, start, k, "（") || (p[k] == '(')) {
            int d = 0;
            do {
                if (lit_at(p, start, k, "（") || p[k] == '(')
                    d++;
                else if (lit_at(p, start, k, "）") || p[k] == ')')
                    d--;
                cp_at(p, start, k, &l);
                k += l;
            } while (k < start && d > 0);
            continue;
        }
        const ZhWord *w = qzh_at(p, start, k, ZK_NOUN, &l);
        size_t m = w ? straddled(p, start, k, l) : k;
        if (w && m < k + l) {
            k = m;   /* 发展会员单位: 会员单位, not the 展会 across 发展 and 会员 */
            continue;
        }
        if (w) {
            if (w->unit && !(w->flags & ZF_AFTER))
                last = w;
            k += l;
            continue;
        }
        /* a category the noun names (海底及陆地光缆类57个, 数字基础设施类、
         * 数字产业类……分别为29个、35个): what it holds is counted, not
         * the noun */
        if (last && lit_at(p, start, k, "类") && !lit_at(p, start, k, "类别"))
            last = NULL;
        cp_at(p, start, k, &l);
        k += l;
    }
    return last;
}

/* The whole the clause before the figure's names, when that clause is
 * only "<noun>中，" after a word or two (签约项目中，数字基础设施类……分别为29个): the figure
 * counts a part of it. NULL when not. */
static const ZhWord *whole_clause_before(const unsigned char *p, size_t start)
{
    size_t k = start, s, wl;
    for (int chars = 0; chars < 40 && k > 0; chars++) {
        long c = cp_before(p, k, &s);
        if (c < 0)
            return NULL;
        if (clause_end(c)) {
            if (c != 0xFF0C || s < 3 || memcmp(p + s - 3, "中", 3))
                return NULL;
            const ZhWord *w = qzh_before(p, 0, s - 3, ZK_NOUN, &wl);
            if (!w || !w->unit)
                return NULL;
            /* (a short clause: a few characters at most before the noun,
             * none a digit: 签约项目中, not 2023年新签的项目中) */
            size_t b = s - 3 - wl;
            for (int more = 0; more < 4; more++) {
                long pc = cp_before(p, b, &b);
                if (pc < 0 || clause_end(pc))
                    return w;
                if (!qzh_is_han(pc) || qzh_digit(pc) >= 0)
                    return NULL;
            }
            long pc = cp_before(p, b, &b);
            return pc < 0 || clause_end(pc) ? w : NULL;
        }
        k = s;
    }
    return NULL;
}

/* Does a sentence end in p[a, b)? (Not at ；, which joins the parallel
 * clauses a noun is carried over: "广东5G基站数量达32.5万个，居全国首位；
 * 江苏、浙江分别达22.6万个和20.3万个".) */
static int sentence_ends(const unsigned char *p, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (p[k] == '\n' || lit_at(p, b, k, "。") || lit_at(p, b, k, "！") || lit_at(p, b, k, "？") ||
            ((p[k] == '.' || p[k] == '!' || p[k] == '?') && k + 1 < b && p[k + 1] == ' '))
            return 1;
    return 0;
}

/* ---- the judge ---- */

/* What stands right before the figure makes it no claim: an ordinal
 * (第53次), a label (表1), a name or path joined to it ("IPv6", "/32",
 * ".CN"), a vague amount (数十, 几百), a weekday (周一), the base of a
 * rate (每10股), a rank (前七省份). */
static int blocked_before(const unsigned char *p, size_t n, const Fig *f)
{
    size_t i = f->start, s;
    long c = cp_before(p, i, &s);
    if (c < 0)
        return 0;
    if (one_before(p, 0, i, "第图") || (i >= 6 && !memcmp(p + i - 6, "附表", 6)))
        return 1;
    /* 表 labels a table (表1), not in a word it ends: 代表2人 (two
     * representatives), 发表3篇 (three papers published) */
    if (one_before(p, 0, i, "表") && !(i >= 3 && one_before(p, 0, i - 3, "代发")))
        return 1;
    /* the second of 1对1 (one to one) */
    if (!f->num.han && one_before(p, 0, i, "对") && i >= 4 && ascii_isdigit(p[i - 4]))
        return 1;
    /* a shopping festival's name: 双11, 双12 */
    if (!f->num.han && one_before(p, 0, i, "双"))
        return 1;
    /* a rank: 规模前七省份, 前10名股东 (not 目前, 此前, 三年前: times) */
    if (one_before(p, 0, i, "前") && !one_before(p, 0, i - 3, "目此之提当以先眼空年月日天周节会赛战事") && !f->pct && !f->cur)
        return 1;
    /* the base of a rate: 每10股派发现金红利2.5元 */
    if (one_before(p, 0, i, "每") && (f->cl || f->measure))
        return 1;
    if (f->num.han && (one_before(p, 0, i, "数几初周") || (i >= 6 && (!memcmp(p + i - 6, "星期", 6) || !memcmp(p + i - 6, "礼拜", 6)))))
        return 1;
    if (c < 0x80 && (ascii_isalpha((int)c) || strchr("/:#@._\\&=", (int)c)))
        return 1;
    /* 表3-1's 1, 十三届四次会议's 四 (zhlabel.h) */
    if (zhl_label(p, n, f->start, f->num.end))
        return 1;
    /* "第 53 次" */
    size_t b = blank_before(p, i);
    return b && one_before(p, 0, i - b, "第");
}

/* Page furniture: a counter of reads, likes or shares next to the
 * figure ("阅读 10万+", "点赞1.2万", "1.2万次阅读"). */
static int furniture(const unsigned char *p, size_t n, const Fig *f)
{
    size_t b = f->start, l;
    while (blank_before(p, b))
        b -= blank_before(p, b);
    /* "点击：3456次" */
    if (b > 0 && p[b - 1] == ':')
        b--;
    else if (b >= 3 && !memcmp(p + b - 3, "：", 3))
        b -= 3;
    while (blank_before(p, b))
        b -= blank_before(p, b);
    if (qzh_before(p, b >= 12 ? b - 12 : 0, b, ZK_FURNITURE, &l))
        return 1;
    size_t e = f->after > f->end ? f->after : f->end;
    if (e < n && p[e] == '+')
        e++;
    while (blank_at(p, n, e))
        e += blank_at(p, n, e);
    const ZhWord *w = qzh_at(p, n, e, ZK_FURNITURE, &l);
    /* (an app's 3.4亿下载量 are downloads, not the page's counter) */
    if (w && !(w->flags & ZF_LABEL))
        return 1;
    /* a counter in a page's meta line: "23.6万播放 · 1842弹幕 · 2026-09-14" */
    return zhmeta_counter(p, n, f->start, e);
}

/* The start of the sentence holding p[i): after 。！？；, a line break,
 * or 120 bytes back. */
static size_t sentence_start(const unsigned char *p, size_t i)
{
    size_t k = i, s;
    while (k > 0 && i - k < 120) {
        long c = cp_before(p, k, &s);
        if (c < 0 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == '\n')
            break;
        k = s;
    }
    return k;
}

/* The last noun with one of the flags in the sentence before p[i): the
 * firms 家 counts when its clause names none (会员已覆盖……，总数达150余家),
 * the persons of "消费者人数……达到1.7亿人" (a noun before 人数, "the
 * number of"). With 人数 set, only a noun right before 人数 counts. */
static const ZhWord *sentence_noun(const unsigned char *p, size_t i, unsigned flags, int headcount)
{
    const ZhWord *last = NULL;
    size_t l, s0 = sentence_start(p, i);
    if (headcount) {
        /* (most sentences have no 人数: look no further) */
        size_t k = s0;
        while (k + 6 <= i && memcmp(p + k, "人数", 6))
            k++;
        if (k + 6 > i)
            return NULL;
    }
    for (size_t k = s0; k < i;) {
        const ZhWord *w = qzh_at(p, i, k, ZK_NOUN, &l);
        if (w && w->unit && (w->flags & flags) && (!headcount || lit_at(p, i, k + l, "人数")))
            last = w;
        if (!w)
            cp_at(p, i, k, &l);
        k += l ? l : 1;
    }
    return last;
}

/* Who a person's classifier (人, 名, 位) counts: the persons named
 * after it (1.5万名嘉宾: guests), before it in its clause (员工约1200人:
 * employees; 网民规模达10.92亿人: people), or before 人数 in its
 * sentence; else people. */
static const char *person_unit(const unsigned char *p, size_t n, const Fig *f)
{
    const ZhWord *w = noun_word_after(p, n, f->cl_end, 0);
    if (w && (w->flags & ZF_PERSON))
        return w->unit;
    /* the nearest noun before it in its clause, within sixteen characters
     * (员工约1200人, 网民规模达10.92亿人): a person names the persons */
    size_t k = f->start, s, l;
    for (int chars = 0; chars < 16 && k > 0; chars++) {
        if ((w = qzh_before(p, 0, k, ZK_NOUN, &l)) && w->unit)
            return w->flags & ZF_PERSON ? w->unit : "people";
        long c = cp_before(p, k, &s);
        if (c < 0 || clause_end(c) || (c < 0x80 && ascii_isdigit((int)c)))
            break;
        k = s;
    }
    if ((w = sentence_noun(p, f->start, ZF_PERSON, 1)))
        return w->unit;
    return "people";
}

/* A rate's base after the count or before it in the clause: 150.3部/百人,
 * 每万人拥有5G基站17.6个. The English, or NULL. */
static const char *per_people(const unsigned char *p, size_t n, const Fig *f)
{
    /* (things are counted per person: 个, 部, 台, 座; lines 户) */
    if (!f->cl || !one_of(p, n, f->cl_end - 3, "个部台座户"))
        return NULL;
    size_t e = f->cl_end;
    if (lit_at(p, n, e, "/百人") || lit_at(p, n, e, "／百人"))
        return " per 100 people";
    if (lit_at(p, n, e, "/万人") || lit_at(p, n, e, "／万人"))
        return " per 10,000 people";
    if (in_clause_before(p, f->start, 48, "每百人"))
        return " per 100 people";
    return in_clause_before(p, f->start, 48, "每万人") ? " per 10,000 people" : NULL;
}

/* What a strong classifier (户, 笔) counts after the noun its clause
 * names: households after 居民 or 家庭; the noun itself when it counts
 * it (客户 customers, 账户 accounts); else the classifier's own (用户…户
 * subscribers, as most testers write it; 银行办理……笔: transactions, not
 * banks). */
static const char *strong_unit(const ZhWord *cl, const ZhWord *before)
{
    if (before->flags & ZF_HOUSEHOLD)
        return "households";
    if (before->flags & ZF_OWN)
        return before->unit;
    return cl->unit;
}

/* The unit of a count: for a person's classifier (人, 名) the persons it
 * counts (person_unit), 人次 person-times; else the noun named after it,
 * else what a strong classifier counts after the noun its clause names
 * (strong_unit), else the noun the clause names before it (家 after persons
 * counts firms: 用户突破500家 are enterprise users; with none, the firms
 * its sentence names), else the noun counted last in the same sentence
 * (never a length or an area: 4300公里……47个郡), else the classifier's
 * own (家 enterprises, 户 subscribers, 件 items: a strong classifier
 * with no noun before it carries the noun it counted last, 用户1.91亿户，
 * 净增412.6万户). A rate's base follows ("per 100 people"). */
/* The noun counted earlier in the sentence by the same classifier as f
 * (not 个, which counts anything), figures of other kinds between: "数据
 * 中心共有54座，总容量约为1.1吉瓦，另有超过40座在建" counts data centres
 * twice. The last such count's noun before its number, else NULL. */
static const ZhWord *same_classifier_before(const unsigned char *p, const Fig *f)
{
    if (!f->cl || !strcmp(f->cl->w, "个"))
        return NULL;
    size_t ss = sentence_start(p, f->start), cl = strlen(f->cl->w), k = f->start, t;
    while (k > ss + cl) {
        const unsigned char *hit = NULL;
        for (size_t at = ss; at + cl <= k; at++)
            if (!memcmp(p + at, f->cl->w, cl))
                hit = p + at;
        if (!hit)
            return NULL;
        size_t at = (size_t)(hit - p), b = at;
        /* the number right before the classifier: digits or a numeral */
        for (;;) {
            long c = cp_before(p, b, &t);
            if (c < 0 || b <= ss || !((c < 0x80 && (ascii_isdigit((int)c) || c == '.' || c == ',')) || qzh_digit(c) >= 0 ||
                                      qzh_unit(c) > 0))
                break;
            b = t;
        }
        if (b < at) {
            size_t hl;
            if (qzh_before(p, ss, b, ZK_HEDGE_BEFORE, &hl))
                b -= hl;
            const ZhWord *w = noun_before(p, b);
            return w && w->unit && !qzh_is_measure_unit(w->unit) ? w : NULL;
        }
        k = at;
    }
    return NULL;
}

static void count_unit(const Scanner *s, const Fig *f, char *out, size_t cap)
{
    const unsigned char *p = s->p;
    size_t n = s->n;
    const char *u = NULL;
    out[0] = '\0';
    /* a part of a whole's total counted by the same classifier: "员工
     * 1,524人，其中研发及技术人员658人" are employees */
    if (f->cl && !f->noun && s->last_unit[0] && s->last_cl_end == s->last_end && !strcmp(s->last_cl, f->cl->w) &&
        qzh_is_whole_unit(s->last_unit) && zhc_part_of_total(p, f->start, s->last_end))
        u = s->last_unit;
    if (!u && f->cl && (f->cl->flags & ZF_PERSON))
        u = f->cl->flags & ZF_STRONG ? f->cl->unit : person_unit(p, n, f);
    /* a part of a whole named before it: 共建国家中的49个 are countries,
     * whatever they go on to do (设立站点) */
    size_t wl;
    const ZhWord *whole;
    if (!u && f->cl && !strcmp(f->cl->w, "个") && f->start >= 9 && !memcmp(p + f->start - 6, "中的", 6) &&
        (whole = qzh_before(p, 0, f->start - 6, ZK_NOUN, &wl)) && whole->unit)
        u = whole->unit;
    if (!u && f->cl && (f->cl->flags & ZF_SELF))
        u = f->cl->unit;
    if (!u && f->noun)
        u = f->noun;
    /* "68042块/32": address blocks by prefix length */
    if (!u && f->cl && !strcmp(f->cl->w, "块") && f->cl_end < n && p[f->cl_end] == '/')
        u = f->cl->unit;
    const ZhWord *before = u ? NULL : noun_before(p, f->start);
    /* 居民1200万户 households, 客户3.15亿户 customers, 用户9.66亿户 subscribers */
    if (!u && f->cl && (f->cl->flags & ZF_STRONG) && before)
        u = strong_unit(f->cl, before);
    int firm = f->cl && !strcmp(f->cl->w, "家");
    if (!u && before && firm && (before->flags & ZF_PERSON)) {
        snprintf(out, cap, "enterprise %s", strcmp(before->unit, "people") ? before->unit : "users");
        return;
    }
    if (!u && before)
        u = before->unit;
    /* a whole the clause before names (签约项目中，……类分别为29个、35个) */
    if (!u && f->cl && !strcmp(f->cl->w, "个") && (whole = whole_clause_before(p, f->start)))
        u = whole->unit;
    /* the thing whose number its sentence speaks of (伙伴国数量……新增3至5个) */
    if (!u && f->cl && !strcmp(f->cl->w, "个"))
        u = zhc_number_named_before(p, f->start);
    /* (the general classifier 个 carries any noun over; another one
     * only the noun it counted last: 53家 ... 新增9家) */
    int carries = f->cl ? !strcmp(f->cl->w, "个") || (s->last_cl_end == s->last_end && !strcmp(f->cl->w, s->last_cl))
                        : f->scaled;
    if (!u && carries && s->last_unit[0] && s->last_end <= f->start && f->start - s->last_end < 300 &&
        !sentence_ends(p, s->last_end, f->start) && !(f->cl && qzh_is_measure_unit(s->last_unit)))
        u = s->last_unit;
    const ZhWord *fw;
    if (!u && firm && (fw = sentence_noun(p, f->start, ZF_FIRM, 0)))
        u = fw->unit;
    if (!u && !(f->cl && (f->cl->flags & ZF_STRONG)) && (fw = same_classifier_before(p, f)))
        u = fw->unit;
    /* a figure alone on its line (an infographic's panel): the noun its
     * caption below names, else its heading above */
    if (!u && !(f->cl && (f->cl->flags & ZF_STRONG)))
        u = zhc_panel_noun(p, n, f->start, f->cl ? f->cl_end : f->end);
    if (!u && f->cl)
        u = f->cl->unit;
    const char *per = per_people(p, n, f);
    /* (部 per 100 people are telephones: "普及率为130.2部/百人") */
    if (!u && per && !strcmp(f->cl->w, "部"))
        u = "phones";
    if (!u)
        return;
    strcut(out, cap, u);
    size_t l = strlen(out);
    if (per && l < cap && !strstr(out, per))
        strcut(out + l, cap - l, per);
}

/* The unit kinds of figure g, for an elided one before it
 * ("提升0.4、1.0和1.6个百分点"): the list's last figure names them. */
static int list_unit(const unsigned char *p, size_t n, size_t j, Fig *out)
{
    int found = 0;
    for (int depth = 0; depth < 8; depth++) {
        size_t sl = one_of(p, n, j, "、和及与或");
        if (!sl)
            return found;
        Fig g;
        if (!read_figure(p, n, j + sl, &g, 1) || g.time || g.name)
            return found;
        if (g.cl && !g.noun)
            g.noun = noun_after(p, n, g.cl_end, 0);
        if (g.pct || g.pp || g.mult || g.cur || g.measure || g.cl || g.noun) {
            *out = g;
            return 1;
        }
        /* a figure with only its scale: the list's last one may still
         * name what they count (约3.8万、1.6万和1.2万个基站) */
        if (g.scaled && !found) {
            *out = g;
            found = 1;
        }
        j = g.end;
    }
    return found;
}

/* a * scale, without the binary residue of a decimal times a power of
 * ten (2.3 * 1e8 is 229999999.99999997): an integer when that close. */
static double scaled(double a, double scale)
{
    double v = a * scale, r = nearbyint(v);
    return scale > 1 && fabs(v - r) <= 1e-9 * fabs(v) ? r : v;
}

static void emit(const Fig *f, Qualifier qual, const char *unit, ScanQuantity *q)
{
    double a = scaled(f->a, f->scale), b = scaled(f->b, f->scale_b);
    /* operations a second counted in 亿亿 (每秒230百亿亿次浮点运算) are
     * given with the prefix the field writes them in: 230 EFLOPS */
    if (!strcmp(unit, "FLOPS") && a >= 1e15) {
        double m = a >= 1e18 ? 1e18 : 1e15;
        a /= m, b /= m;
        unit = m == 1e18 ? "EFLOPS" : "PFLOPS";
    }
    memset(q, 0, sizeof *q);   /* no table cell, no header: [x, x) spans, zero flags */
    q->start = f->start;
    q->end = f->end;
    q->low = q->high = NAN;
    q->qual = qual;
    if (f->range) {
        q->value = (a + b) / 2;
        q->low = a;
        q->high = b;
        q->qual = Q_RANGE;
    } else {
        q->value = a;
        if (qual == Q_MIN)
            q->low = a;
        else if (qual == Q_MAX)
            q->high = a;
    }
    strcut(q->unit, sizeof q->unit, unit);
}

/* Is a verb of holding an event (举办, 召开, 举行) right before p[i),
 * through 连续, 已, 共, 累计? */
static int held_before(const unsigned char *p, size_t i)
{
    static const char *const adv[] = {"连续", "已", "共", "累计", "先后", "成功", NULL};
    for (int k = 0; k < 3; k++) {
        int moved = 0;
        for (int a = 0; adv[a]; a++) {
            size_t l = strlen(adv[a]);
            if (i >= l && !memcmp(p + i - l, adv[a], l)) {
                i -= l;
                moved = 1;
                break;
            }
        }
        if (!moved)
            break;
    }
    return i >= 6 && (!memcmp(p + i - 6, "举办", 6) || !memcmp(p + i - 6, "召开", 6) || !memcmp(p + i - 6, "举行", 6));
}

/* The rate a measure is given per, written after it at p[j]:
 * "19.62GB/户·月" is GB per user per month. NULL when none. */
static const char *per_unit(const unsigned char *p, size_t n, size_t j)
{
    size_t l = lit_at(p, n, j, "/") ? 1 : lit_at(p, n, j, "／") ? 3 : 0;
    if (!l)
        return NULL;
    j += l;
    size_t who = one_of(p, n, j, "户人");
    if (!who)
        return lit_at(p, n, j, "月") ? "/month" : lit_at(p, n, j, "年") ? "/year" : NULL;
    j += who;
    size_t sep = lit_at(p, n, j, "·") ? 2 : lit_at(p, n, j, "/") ? 1 : lit_at(p, n, j, "・") ? 3 : 0;
    if (sep && lit_at(p, n, j + sep, "月"))
        return "/user/month";
    return "/user";
}

static size_t sentence_start(const unsigned char *p, size_t i);

/* A duration in two units, one figure: 十年六个月 (10.5 years, a term),
 * 9分27秒 (567 seconds; a clock's time is 9点27分). The second part joins
 * the span; the whole is measured when 分 and 秒 make it, as a term's
 * years are when its clause names one. */
static void compound_duration(const unsigned char *p, size_t n, Fig *f)
{
    ZNum m;
    if (!f->time || f->range || f->after <= f->end || !read_numeral(p, n, f->after, &m) || m.decimal)
        return;
    int years = f->duration && !strcmp(f->duration, "years") && f->a < 100 && lit_at(p, n, f->after - 3, "年");
    int minutes = lit_at(p, n, f->after - 3, "分") && !lit_at(p, n, f->after - 6, "百") && f->a < 60;
    if (years && lit_at(p, n, m.end, "个月") && m.v < 12) {
        f->a += m.v / 12;
        f->end = f->after = m.end + 6;
    } else if (minutes && lit_at(p, n, m.end, "秒") && m.v < 60) {
        f->a = f->a * 60 + m.v;
        f->end = f->after = m.end + 3;
        f->duration = "seconds";
        f->time = 0;
        f->measure = "seconds";
    }
}

/* Does the sentence before p[start) set a score: 满分, 得分, 评分, 总分? */
static int scored_before(const unsigned char *p, size_t start)
{
    static const char *const words[] = {"满分", "得分", "评分", "总分", NULL};
    size_t ss = sentence_start(p, start);
    for (int w = 0; words[w]; w++)
        if (tf_find(p + ss, start - ss, words[w], strlen(words[w])))
            return 1;
    return 0;
}

/* Is the duration f a deadline counted from an event: 内 after it, and
 * right before it (a hedge between) 后, 起 or a must (签订合约后30日内,
 * 发出之日起30日内, 须在48小时内)? Not a span framing the figure (未来5年内,
 * 过去半年内, 届满前60个工作日内). */
static int deadline(const unsigned char *p, size_t n, const Fig *f)
{
    static const char *const must[] = {"须在", "需在", "应在", "必须在", NULL};
    size_t k = f->after > f->end ? f->after : f->end, l;
    if (!lit_at(p, n, k, "内"))
        return 0;
    k = f->start;
    if (qzh_before(p, 0, k, ZK_HEDGE_BEFORE, &l))
        k -= l;
    if (one_before(p, 0, k, "后起"))
        return 1;
    for (int w = 0; must[w]; w++)
        if (k >= strlen(must[w]) && !memcmp(p + k - strlen(must[w]), must[w], strlen(must[w])))
            return 1;
    return 0;
}

/* Is the duration f the figure its clause measures? A word naming a
 * length of time (时长, 工期, 停机, 为期) before it in the clause, or what
 * it is the time to do after it (3.8天送达, 一两周能修好, 24个月缺陷责任期),
 * or a deadline (deadline); the duration not a year ("2023年"), nor a
 * span framing the figure ("连续11年", "近三年", "三至五年"). */
static int measured_duration(const unsigned char *p, size_t n, const Fig *f)
{
    if (!f->duration || (f->num.intdig == 4 && f->a >= 1900 && f->a <= 2100))
        return 0;
    size_t k = f->start, s, l;
    const ZhWord *w;
    for (int chars = 0; chars < 24 && k > 0; chars++) {
        long c = cp_before(p, k, &s);
        /* a field's label: "中标工期：540日历天", "质保期：自验收之日起24个月" */
        if ((c == 0xFF1A || c == ':') && (w = qzh_before(p, 0, s, ZK_DURATION, &l)) && !(w->flags & ZF_AFTER))
            return 1;
        if (c < 0 || clause_end(c) || (c < 0x80 && ascii_isdigit((int)c)))
            break;
        if ((w = qzh_before(p, 0, k, ZK_DURATION, &l)) && !(w->flags & ZF_AFTER))
            return 1;
        k = s;
    }
    k = f->after > f->end ? f->after : f->end;
    for (int steps = 0; steps < 4 && k < n; steps++) {
        if (blank_at(p, n, k))
            k += blank_at(p, n, k);
        else if (qzh_at(p, n, k, ZK_HEDGE_AFTER, &l))
            k += l;
        else if (one_of(p, n, k, "就能可即便才也"))
            k += 3;
        else
            break;
    }
    /* (一年时间 is no measure: "the time of a year") */
    return (w = qzh_at(p, n, k, ZK_DURATION, &l)) && strcmp(w->w, "时间") != 0 && !(w->flags & ZF_BEFORE);
}

/* Does the bare figure f stand as a table's cell with a hedge glued
 * after it: two blanks or a tab before, 以上 / 以下 / 左右 after, then
 * two blanks, a tab or the line's end ("1618       3000以上  预期性")? */
static int table_cell_hedged(const unsigned char *p, size_t n, const Fig *f)
{
    size_t l, b = f->start;
    if (!(b >= 2 && ((p[b - 1] == ' ' && p[b - 2] == ' ') || p[b - 1] == '\t')))
        return 0;
    if (!qzh_at(p, n, f->end, ZK_HEDGE_AFTER, &l))
        return 0;
    size_t e = f->end + l;
    return e >= n || p[e] == '\n' || p[e] == '\r' || p[e] == '\t' || (p[e] == ' ' && e + 1 < n && p[e + 1] == ' ');
}

/* Does the bare figure f open a row of figures: a gap of two blanks or
 * a tab after it, then another figure ("境外收入占比（%） 64.24      61.06")?
 * It is the row's first cell, right after its label. */
static int table_row_opens(const unsigned char *p, size_t n, const Fig *f)
{
    size_t e = f->end, k = e;
    while (k < n && (p[k] == ' ' || p[k] == '\t'))
        k++;
    if (!(k - e >= 2 || (k > e && p[e] == '\t')))
        return 0;
    if (k < n && (p[k] == '-' || p[k] == '+'))
        k++;
    return k < n && ascii_isdigit(p[k]);
}

/* Does the bare figure f close a row as its last cell: a gap before it
 * (two blanks, a tab, a full-width blank) and nothing after it on its
 * line ("　2021年　29.0")? */
static int table_row_closes(const unsigned char *p, size_t n, const Fig *f)
{
    size_t b = f->start, e = f->end;
    int gap = (b >= 2 && p[b - 1] == ' ' && p[b - 2] == ' ') || (b >= 1 && p[b - 1] == '\t') ||
              (b >= 3 && !memcmp(p + b - 3, "\xe3\x80\x80", 3));
    while (e < n && (p[e] == ' ' || p[e] == '\t' || p[e] == '\r'))
        e++;
    return gap && (e >= n || p[e] == '\n');
}

/* A ratio that is its own unit (PUE), named by its acronym in the
 * clause before p[start), within twenty characters: the name, or NULL. */
static const char *ratio_before(const unsigned char *p, size_t start)
{
    size_t k = start, s;
    for (int chars = 0; chars < 20 && k > 0; chars++) {
        long c = cp_before(p, k, &s);
        if (c < 0 || clause_end(c))
            return NULL;
        /* (over the ratio's earlier value and its year: 平均PUE已从2023年的1.42
         * 下降至1.29) */
        if (c < 0x80 && (ascii_isdigit((int)c) || c == '.')) {
            k = s;
            continue;
        }
        if (c < 0x80 && ascii_isalpha((int)c)) {
            size_t e = k;
            while (s > 0 && ascii_isalpha(p[s - 1]))
                s--;
            if (s > 0 && (ascii_isdigit(p[s - 1]) || p[s - 1] == '-'))
                return NULL;
            const char *r = qty_ratio_name((const char *)p + s, e - s);
            if (r)
                return r;
        }
        k = s;
    }
    return NULL;
}

/* Phase 1 of judge: what the figure counts or times, from the words
 * around it: a duration measured (人均每周上网时长为26.1个小时), points
 * of a score, sessions held; the figures that are no claim (a time, a
 * name, 1对1, 十几个, 2022.12); doubled (翻一番) and grown by its own size
 * (增长近一倍); so many out of so many persons (十个人里头); the noun a
 * bare figure counts. 0: no claim. */
static int fig_kind(Scanner *s, Fig *f)
{
    const unsigned char *p = s->p;
    size_t n = s->n, cs;
    compound_duration(p, n, f);
    int within = f->time && !(f->num.intdig == 4 && f->a >= 1900) && deadline(p, n, f);
    /* (签约后30日内: a deadline's 日 counts days, as 天 does) */
    if (within && !f->duration && f->after >= 3 && !memcmp(p + f->after - 3, "日", 3))
        f->duration = "days";
    within = within && f->duration;
    if (f->time && (within || measured_duration(p, n, f) || (f->duration && !f->range && !f->num.han && !strcmp(s->last_unit, f->duration) &&
                                                 s->last_end <= f->start && f->start - s->last_end < 300 &&
                                                 !sentence_ends(p, s->last_end, f->start)))) {
        /* "人均每周上网时长为26.1个小时": the duration is the figure; so
         * is the change after it in the sentence ("提升0.4个小时") */
        f->time = 0;
        f->measure = f->duration;
        /* (内 after a duration measured bounds it: "4小时内到达现场" at most) */
        f->within = within || lit_at(p, n, f->after > f->end ? f->after : f->end, "内");
    }
    /* 技术部分60分: points of a score its sentence sets (满分100分, 综合得分) */
    if (f->time && !f->duration && f->after >= f->end + 3 && !memcmp(p + f->after - 3, "分", 3) && scored_before(p, f->start))
        f->time = 0, f->measure = "points";
    /* 连续举办8届: sessions held are counted (二十届, 第8届 name one) */
    if (f->name && !f->num.han && lit_at(p, n, f->end, "届") && held_before(p, f->start)) {
        f->name = 0;
        f->measure = "sessions";
    }
    if (f->time || f->name || blocked_before(p, n, f) || f->num.lead0 || furniture(p, n, f))
        return 0;
    /* 1对1, 一对一: one to one, no pairs */
    if (f->cl && !strcmp(f->cl->w, "对") && f->cl_end < n && (ascii_isdigit(p[f->cl_end]) || qzh_digit(cp_at(p, n, f->cl_end, &cs)) >= 0))
        return 0;
    /* 十几个, 二十几: vague */
    if (lit_at(p, n, f->num.end, "几"))
        return 0;
    /* "2022.12": a year and a month */
    if (!f->num.han && f->num.decimal && !f->scaled && !f->pct && !f->pp && !f->cur && !f->cl && f->num.intdig == 4 &&
        f->a >= 1900 && f->a <= 2100 && f->num.end - f->start <= (f->num.fullwidth ? 21u : 7u))
        return 0;
    /* 翻一番, 翻两番: doubled, quadrupled */
    if (f->num.han && lit_at(p, n, f->end, "番") &&
        (one_before(p, 0, f->start, "翻") || (f->start >= 6 && !memcmp(p + f->start - 6, "翻了", 6)))) {
        f->a = pow(2, f->a);
        f->mult = 1;
        f->end += 3;
    }
    /* 提高了一倍, 增长近一倍: grew by its own size, doubled */
    if (f->mult && f->a == 1 && zhh_grew_before(p, f->start))
        f->a = 2;
    /* so many out of so many persons (zhratio.h): 十个人里头 is a base,
     * 不到四个人 after it a share of it */
    if (f->cl && !f->pct && !f->scaled && one_of(p, n, f->cl_end - 3, "个人名")) {
        double base;
        if (zhr_base_after(p, n, f->cl_end))
            return 0;
        if ((base = zhr_base_before(p, f->start)) > 0 && f->a < base) {
            f->a = f->a * 100 / base;
            f->pct = 1;
            f->cl = NULL;
            f->noun = NULL;
            f->end = f->cl_end + (lit_at(p, n, f->cl_end, "人") ? 3 : 0);
        }
    }
    if (f->cl && !f->noun)
        f->noun = noun_after(p, n, f->cl_end, 0);
    else if (!f->cl && !f->measure && !f->pct && !f->pp && !f->mult && !f->cur)
        f->noun = noun_after(p, n, f->end, f->scaled ? 2 : 1);
    return 1;
}

/* Phase 2 of judge: the figure's currency and sign, from what is written
 * before it: 港币2.49元 (the 元 of a dollar), ￥, US$, 人民币500亿元; a sum
 * in 亿 after the trade it measures (yuan); a minus sign (同比-5.2%). */
static void fig_sign(const unsigned char *p, Fig *f)
{
    size_t cs;
    /* a currency named before the figure whose 元 ends it: "港币2.49元",
     * "新台币300亿元" (the 元 of a dollar, not the yuan) */
    if (f->cur && !strcmp(f->cur, "CNY")) {
        size_t b = f->start, l;
        while (blank_before(p, b))
            b -= blank_before(p, b);
        const ZhWord *w = qzh_before(p, 0, b, ZK_CURRENCY, &l);
        if (w && strcmp(w->unit, "CNY")) {
            f->cur = w->unit;
            f->start = b - l;
        }
    }
    /* a sign before the figure: ￥, $, US$; 人民币500亿元 */
    if (!f->cur && !f->pct && !f->pp) {
        size_t b = f->start;
        while (blank_before(p, b))
            b -= blank_before(p, b);
        const char *code = NULL;
        if (b >= 9 && !memcmp(p + b - 9, "人民币", 9))
            code = "CNY", cs = b - 9;
        else if (one_before(p, 0, b, "￥¥"))
            code = "CNY", cs = b - one_before(p, 0, b, "￥¥");
        else
            code = qty_currency_sign_before((const char *)p, b, &cs);
        if (code) {
            f->cur = code;
            f->start = cs;
        }
    }
    /* a sum in 亿 after the trade or income it measures, no currency
     * said: yuan ("跨境电商进出口463.7亿", zhspoken.h) */
    if (!f->cur && !f->pct && !f->pp && !f->mult && !f->measure && !f->cl && !f->noun &&
        scaled(f->a, f->scale) >= 1e8 && zhs_yuan_sum_before(p, f->start))
        f->cur = "CNY";
    /* a minus sign: "同比-5.2%" */
    if (!f->num.han && f->start == f->num.start) {
        size_t ms;
        long c = cp_before(p, f->start, &ms);
        if (c == '-' || c == 0xFF0D || c == 0x2212) {
            size_t s2;
            long c2 = cp_before(p, ms, &s2);
            if (c2 < 0 || !(c2 < 0x80 && (ascii_isdigit((int)c2) || ascii_isalpha((int)c2)))) {
                f->a = -f->a;
                f->start = ms;
            }
        }
    }
}

/* Phase 3 of judge: the figure's hedge or bound: a word before it (约,
 * 超过), 过亿 and 上万家, 10万+, 570多条 and 30%出头 after it, 30日内, the
 * spoken 十来个 and 小一万, a hedge after 分别 over a list, a ceiling over
 * alternatives (最高可被处以2,000万欧元或全球年营业额4%). */
static Qualifier fig_qual(const unsigned char *p, size_t n, const Fig *f)
{
    Qualifier qual = zhh_before(p, f->start);
    /* a hedge before the unit a price is quoted per: 约为每千瓦时0.45林吉特 */
    size_t base = f->cur ? zhr_base_start(p, f->start) : f->start;
    if (qual == Q_EXACT && base < f->start)
        qual = zhh_before(p, base);
    if (qual == Q_EXACT && f->num.bare && (one_before(p, 0, f->start, "过破") || upward(p, f->start)))
        qual = Q_MIN;   /* 用户过亿, 上万家企业 */
    /* "10万+": a lower bound written after the figure */
    if (qual == Q_EXACT && f->end < n && p[f->end] == '+' && !(f->end + 1 < n && ascii_isdigit(p[f->end + 1])))
        qual = Q_MIN;
    if (qual == Q_EXACT && f->over)
        qual = Q_MIN;
    /* more than, after it, bounds what a hedge before it softens: 大概有570多条,
     * 毛利率大概30%出头 */
    if (qual == Q_APPROX && !f->range && (f->over || zhh_after(p, n, f->after > f->end ? f->after : f->end) == Q_MIN))
        qual = Q_MIN;
    if (qual == Q_EXACT && f->within)
        qual = Q_MAX;   /* 30日内: at most */
    /* the spoken 十来个 (about ten), 小一万 (nearly ten thousand) */
    if (qual == Q_EXACT && (f->about || (f->num.han && zhs_nearly_before(p, n, f->start))))
        qual = Q_APPROX;
    if (qual == Q_EXACT)
        qual = zhh_after(p, n, f->end);
    if (qual == Q_EXACT && f->after > f->end)
        qual = zhh_after(p, n, f->after);
    /* "分别约为310亿美元和220亿美元": a hedge after 分别 spans the list
     * (the figure joined by 和 or 、 to the one before it) */
    if (qual == Q_EXACT) {
        /* (back to the list's first figure: 分别约为48%、16%、14%和12%) */
        size_t ps = f->start, b;
        for (int items = 0; items < 12 && (b = zhh_list_before(p, ps)) < ps; items++)
            ps = b;
        if (ps < f->start && in_clause_before(p, ps, 24, "分别") && zhh_before(p, ps) == Q_APPROX)
            qual = Q_APPROX;
    }
    /* a ceiling or a floor over alternatives: "最高可被处以2,000万欧元或
     * 全球年营业额4%" */
    if (qual == Q_EXACT) {
        size_t as = zhh_alternative_before(p, f->start);
        Qualifier aq = as < f->start ? zhh_before(p, as) : Q_EXACT;
        if (aq == Q_MAX || aq == Q_MIN)
            qual = aq;
    }
    return qual;
}

/* Is the figure f (read at f->start) a claim? 1 and *q filled; 0 no
 * claim; -1 a bare number the English reader may still take (a table
 * cell under a unit header). By phase: what it counts (fig_kind), its
 * currency and sign (fig_sign), its hedge (fig_qual), then its unit: a
 * share, points, a multiple, a sum (and the rate it is paid at), a
 * measure, or the thing counted, from a list's last figure when its own
 * words name none (约3.8万、1.6万和1.2万个基站). */
static int judge(Scanner *s, Fig *f, ScanQuantity *q)
{
    const unsigned char *p = s->p;
    size_t n = s->n;
    if (!fig_kind(s, f))
        return 0;
    fig_sign(p, f);
    Qualifier qual = fig_qual(p, n, f);
    char unit[64];
    int bare = !f->scaled && !f->pct && !f->pp && !f->mult && !f->cur && !f->measure && !f->cl && !f->noun;
    /* a ratio named by its acronym before it: 电能利用效率（PUE）控制在1.3以下 */
    if (bare && !f->num.han && (f->measure = ratio_before(p, f->start)))
        bare = 0;
    /* a scaled figure of a list whose last one names its kind: 约3.8万、
     * 1.6万和1.2万个基站 count base stations, 3万、5万元 are yuan */
    Fig lg;
    if (!bare && f->scaled && !f->pct && !f->pp && !f->mult && !f->cur && !f->measure && !f->cl && !f->noun &&
        list_unit(p, n, f->end, &lg) && (lg.pct || lg.pp || lg.mult || lg.cur || lg.measure || lg.cl || lg.noun)) {
        f->pct = lg.pct, f->pp = lg.pp, f->mult = lg.mult, f->cur = lg.cur, f->measure = lg.measure;
        f->cl = lg.cl, f->noun = lg.noun;
    }
    if (bare) {
        Fig g;
        if (!list_unit(p, n, f->end, &g))
        {
            /* a bare number counts nothing in Chinese text; before an
             * English word ("５０ new drones") the English reader takes it
             * (not otherwise: it would skip a whole line of Chinese as one
             * "word" when it rejects one) */
            size_t k = f->end;
            while (blank_at(p, n, k))
                k += blank_at(p, n, k);
            if (!f->num.han && k > f->end && k < n && ascii_isalpha(p[k]))
                return -1;
            /* a table's cell with a hedge after it ("1618       3000以上"):
             * the table's reader takes it, and scan.c the hedge */
            /* (nor a cell after a tab: "文昌<TAB>中国<TAB>410", whose column
             * the table's reader asks) */
            if (!f->num.han && f->start > 0 && p[f->start - 1] == '\t')
                return -1;
            if (!f->num.han && (table_row_opens(p, n, f) || table_row_closes(p, n, f)))
                return -1;
            return !f->num.han && table_cell_hedged(p, n, f) ? -1 : 0;
        }
        f->pct = g.pct, f->pp = g.pp, f->mult = g.mult, f->cur = g.cur, f->measure = g.measure;
        f->cl = g.cl, f->noun = g.noun;
        if (g.scaled && !f->scaled)
            f->scale = g.scale, f->scaled = 1;
    }
    if (f->pct)
        strcut(unit, sizeof unit, "%");
    else if (f->pp)
        strcut(unit, sizeof unit, "pp");
    else if (f->mult)
        strcut(unit, sizeof unit, "x");
    else if (f->cur) {
        const char *per = zhr_rate_of(p, n, f->start, f->after > f->end ? f->after : f->end);
        snprintf(unit, sizeof unit, "%s%s", f->cur, per ? per : "");
    } else if (f->measure) {
        size_t past = f->after > f->end ? f->after : f->end;
        /* one unit a price is paid per: 一公里大概要三万到五万美元 */
        if (f->num.han && f->num.single && f->a == 1 && !f->range && zhr_price_follows(p, n, past))
            return 0;
        const char *per = per_unit(p, n, past), *bps = zhc_bits_per_second(p, n, f->start, past, f->measure);
        snprintf(unit, sizeof unit, "%s%s", bps ? bps : f->measure, per ? per : "");
    }
    else {
        /* countries counted by their region: 东南亚三国 are three of its
         * countries, 东盟十国 the group's name (zhgroup.h) */
        int region = f->num.han && !f->scaled && f->cl && !strcmp(f->cl->w, "国") && !lit_at(p, n, f->cl_end, "集团")
                         ? zhg_region_count(p, f->start, f->a)
                         : 0;
        if (region < 0 || (f->num.han && !f->scaled && f->cl && zhg_list_summary(p, f->start, f->a)))
            return 0;
        /* a small count in words counts a named thing: 三家基础电信企业,
         * not 两类应用 or 一批工程师; the thing named right before it
         * counts too (专用通道五条), and so does the thing the same
         * classifier counted last in the sentence (……五条，累计达到九条) */
        size_t nl;
        const ZhWord *nb;
        int named = f->noun || region ||
                    (f->cl && !(f->cl->flags & ZF_ABSTRACT) &&
                     (((nb = qzh_before(p, 0, f->start, ZK_NOUN, &nl)) && nb->unit && !(nb->flags & ZF_AFTER)) ||
                      (s->last_unit[0] && s->last_cl_end == s->last_end && !strcmp(s->last_cl, f->cl->w) &&
                       s->last_end <= f->start && f->start - s->last_end < 120 && !sentence_ends(p, s->last_end, f->start))));
        /* (two of a thing a classifier of objects counts and a noun names
         * after it, no 这 or 那 pointing back to it: 两座数据中心) */
        int two = f->a == 2 && f->num.single && f->noun && f->cl && one_of(p, n, f->cl_end - 3, "个座台艘颗套部辆栋") &&
                  !one_before(p, 0, f->start, "这那该此其");
        if (f->num.han && !f->scaled && (((f->a < 3 && f->pair_hi < 3) && !two) || (f->num.single && !named)))
            return 0;
        if (f->cl && (f->cl->flags & ZF_ABSTRACT) && !f->scaled && f->a <= 20)
            return 0;
        count_unit(s, f, unit, sizeof unit);
    }
    emit(f, qual, unit, q);
    strcut(s->last_cl, sizeof s->last_cl, f->cl ? f->cl->w : "");
    s->last_cl_end = q->end;
    return 1;
}

int scan_zh_next(Scanner *s, size_t i, ScanQuantity *q, size_t *resume)
{
    const unsigned char *p = s->p;
    size_t n = s->n, l;
    long c = cp_at(p, n, i, &l);
    if (tw_digit_at(p, n, i, &l) >= 0) {
        /* digits: only when they stand in Chinese text */
        ZNum m;
        if (!read_digits(p, n, i, &m)) {
            *resume = m.end;
            return 0;
        }
        size_t b = i - blank_before(p, i), e = m.end + blank_at(p, n, m.end), t;
        long pc = cp_before(p, b, &t), nc = cp_at(p, n, e, &t);
        if (!m.fullwidth && !cjk(pc) && !cjk(nc) && !(m.end < n && p[m.end] == '%' && cjk(cp_at(p, n, m.end + 1, &t))))
            return -1;
    } else if (!han_start(p, n, i, c)) {
        *resume = i + l;
        return 0;
    }
    Fig f;
    int ok = read_figure(p, n, i, &f, 1);
    size_t past = f.after > f.end ? f.after : f.end;
    *resume = past > i ? past : i + l;
    if (!ok)
        return 0;
    int r = judge(s, &f, q);
    if (r > 0)
        *resume = f.end;
    return r;
}

Qualifier scan_zh_hedge_after(const char *p, size_t n, size_t j)
{
    return zhh_after((const unsigned char *)p, n, j);
}

int scan_zh_near(const char *text, size_t n, size_t i, size_t e)
{
    const unsigned char *p = (const unsigned char *)text;
    if (i > 0 && (p[i - 1] >= 0x80 || (i > 1 && (p[i - 1] == ' ' || p[i - 1] == '\t') && p[i - 2] >= 0x80)))
        return 1;
    return e < n && (p[e] >= 0x80 || (e + 1 < n && (p[e] == ' ' || p[e] == '%') && p[e + 1] >= 0x80));
}

static int p_blank(const unsigned char *p, size_t k) { return p[k] == ' ' || p[k] == '\t' || p[k] == '\r'; }

/* The words of a unit's spec p[k, ke): scales, a currency, a share, the
 * first classifier's or noun's unit; points or times ("变化（百分点）",
 * not a scale of a hundred) are the unit. */
static void spec_words(const unsigned char *p, size_t k, size_t ke, double *scale, const char **cur, int *pct,
                       char *noun, size_t cap)
{
    size_t l, run = k;   /* (where the run of unknown Han characters began) */
    while (k < ke) {
        const ZhWord *w =
            qzh_at(p, ke, k, ZK_SCALE | ZK_CURRENCY | ZK_CLASSIFIER | ZK_MEASURE | ZK_NOUN | ZK_SHARE, &l);
        if (!w && k < ke && ascii_isalpha(p[k])) {
            /* a symbol after the scale: "亿GB", "万Mbps" */
            size_t e = k;
            while (e < ke && ascii_isalpha(p[e]))
                e++;
            const char *sym = ascii_unit(p + k, e - k);
            if (sym && !noun[0])
                strcut(noun, cap, sym);
            k = run = e;
            continue;
        }
        if (!w && !noun[0] && !*cur && !*pct) {
            /* a unit the lexicon lacks, by its head: "万线" lines */
            size_t e = k + (cp_at(p, ke, k, &l) < 0 ? 1 : l);
            const ZhWord *h = e == ke || !qzh_is_han(cp_at(p, ke, e, &l)) ? znh_head(p, run, e) : NULL;
            if (h)
                strcut(noun, cap, h->unit);
        }
        if (w)
            run = k + l;
        if (w && w->kind == ZK_SHARE && w->unit && !noun[0])
            strcut(noun, cap, w->unit);
        else if (w && w->kind == ZK_SCALE)
            *scale *= w->value;
        else if (w && w->kind == ZK_CURRENCY)
            *cur = w->unit;
        else if (w && (w->kind == ZK_CLASSIFIER || w->kind == ZK_MEASURE || w->kind == ZK_NOUN) && w->unit && !noun[0])
            strcut(noun, cap, w->unit);
        else if (p[k] == '%' || lit_at(p, ke, k, "％"))
            *pct = 1;
        if (!w)
            cp_at(p, ke, k, &l);
        k += l;
    }
}

int scan_zh_unit_words(const char *text, size_t s, size_t e, double *scale, const char **cur, int *pct, char *noun,
                       size_t cap)
{
    *scale = 1;
    *cur = NULL;
    *pct = 0;
    noun[0] = '\0';
    /* a duration's word alone ("小时", "天"): the row is a time measured
     * (人均培训时长  小时  31.2) */
    size_t l, b = s, te = e;
    while (b < te && p_blank((const unsigned char *)text, b))
        b++;
    while (te > b && p_blank((const unsigned char *)text, te - 1))
        te--;
    const ZhWord *t = b < te ? qzh_at((const unsigned char *)text, te, b, ZK_TIME, &l) : NULL;
    if (t && t->unit && b + l == te) {
        strcut(noun, cap, t->unit);
        return 1;
    }
    spec_words((const unsigned char *)text, s, e, scale, cur, pct, noun, cap);
    return *pct || *cur || noun[0] || *scale > 1;
}

int scan_zh_unit_weak(const char *text, size_t s, size_t e)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t l;
    for (size_t k = s; k < e; k += l) {
        const ZhWord *w = qzh_at(p, e, k, ZK_SCALE | ZK_CURRENCY | ZK_CLASSIFIER | ZK_MEASURE | ZK_NOUN | ZK_SHARE, &l);
        if (w && w->kind != ZK_SCALE)
            return w->kind == ZK_CLASSIFIER && !(w->flags & ZF_STRONG);
        if (!w)
            cp_at(p, e, k, &l);
    }
    return 0;
}

/* Does the bracket opening at p[open] (closing at close, or at e) hold a
 * classifier alone, one that is not strong (人, 个, 条; not 户, 人次)? */
static int bare_weak_classifier(const unsigned char *p, size_t open, size_t close, size_t e)
{
    size_t k = open + (p[open] == '(' ? 1 : 3), ke = close > k && close <= e ? close : e, l;
    const ZhWord *w = qzh_at(p, ke, k, ZK_CLASSIFIER, &l);
    return w && k + l == ke && !(w->flags & ZF_STRONG);
}

int scan_zh_unit_spec(const char *text, size_t s, size_t e, double *scale, const char **cur, int *pct, char *noun,
                      size_t cap)
{
    const unsigned char *p = (const unsigned char *)text;
    *scale = 1;
    *cur = NULL;
    *pct = 0;
    noun[0] = '\0';
    /* the last bracket holds the spec */
    size_t open = e, close = e, l;
    for (size_t k = s; k < e; k++) {
        if (p[k] == '(' || lit_at(p, e, k, "（"))
            open = k;
        else if (open < e && (p[k] == ')' || lit_at(p, e, k, "）")))
            close = k;
    }
    /* or, with no bracket, the unit after the quantity's name and a
     * slash, as a table's head writes it: "网民规模/百万人", "普及率/%" */
    size_t slash = e;
    for (size_t k = s; k < e && open == e; k++)
        if (p[k] == '/' || lit_at(p, e, k, "／"))
            slash = k;
    if (open == e && slash < e && slash > s) {
        open = slash + (p[slash] == '/' ? 0 : 2);   /* (as a bracket of one byte, or of three) */
        close = e;
    }
    if (open < e) {
        size_t k = open + (p[open] == '(' || p[open] == '/' ? 1 : 3), ke = close > k && close <= e ? close : e;
        spec_words(p, k, ke, scale, cur, pct, noun, cap);
        /* a duration's column, "工期（日历天）", "时长（小时）" (not "（年）": a
         * column of years is one of dates) */
        for (size_t t = k; t < ke && !noun[0] && !*pct && !*cur; t += l) {
            const ZhWord *w = qzh_at(p, ke, t, ZK_TIME, &l);
            if (w && w->unit && strcmp(w->unit, "years"))
                strcut(noun, cap, w->unit);
            if (!w)
                cp_at(p, ke, t, &l);
        }
    }
    /* the noun counted, named before the bracket: its last noun; or
     * the name's own last noun when a bracket stating nothing stands
     * inside it ("光纤接入(FTTH/O)端口": ports) */
    if (!*pct && !*cur) {
        size_t k = s, lim = open < e ? open : e, after = close < e ? close + (p[close] == ')' ? 1 : 3) : e;
        while (after < e && p_blank(p, after))
            after++;
        if (open < e && after < e && !noun[0] && *scale == 1)
            lim = e;
        const char *last = NULL;
        while (k < lim) {
            const ZhWord *w = qzh_at(p, lim, k, ZK_NOUN, &l);
            if (w && w->unit)
                last = w->unit;
            if (!w)
                cp_at(p, lim, k, &l);
            k += l;
        }
        /* (a weak classifier alone in the bracket counts what the label
         * names: "员工总数（人）" employees, "海底电缆系统（条）" cables) */
        if (last && (!noun[0] || (open < e && bare_weak_classifier(p, open, close, e))))
            strcut(noun, cap, last);
    }
    return *pct || *cur || noun[0] || *scale > 1;
}

int scan_zh_strong_label(const char *text, size_t ls, size_t le, char *noun, size_t cap)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t l;
    const ZhWord *hu = qzh_at((const unsigned char *)"户", 3, 0, ZK_CLASSIFIER, &l);
    if (!hu || !hu->unit || strcmp(noun, hu->unit) != 0)
        return 0;
    const ZhWord *last = NULL;
    for (size_t k = ls; k < le; k += l) {
        const ZhWord *w = qzh_at(p, le, k, ZK_NOUN, &l);
        if (w && w->unit)
            last = w;
        if (!w)
            cp_at(p, le, k, &l);
    }
    if (!last)
        return 0;
    const char *u = strong_unit(hu, last);
    if (u == hu->unit)
        return 0;
    strcut(noun, cap, u);
    return 1;
}

int scan_zh_count_label(const char *text, size_t ls, size_t le, char *noun, size_t cap)
{
    const unsigned char *p = (const unsigned char *)text;
    while (le > ls && (p[le - 1] == ' ' || p[le - 1] == '\t' || p[le - 1] == '\r'))
        le--;
    size_t ne = le;
    if (ne >= ls + 6 && !memcmp(p + ne - 6, "数量", 6))
        ne -= 6;
    else if (ne >= ls + 3 && !memcmp(p + ne - 3, "数", 3))
        ne -= 3;
    else
        return 0;
    /* the noun closing the label before 数 ("项目数": projects) */
    const ZhWord *last = NULL;
    size_t l, last_end = 0;
    for (size_t k = ls; k < ne; k += l) {
        const ZhWord *w = qzh_at(p, ne, k, ZK_NOUN, &l);
        if (w && w->unit)
            last = w, last_end = k + l;
        if (!w)
            cp_at(p, ne, k, &l);
    }
    if (!last || last_end != ne)
        return 0;
    strcut(noun, cap, last->unit);
    return 1;
}
