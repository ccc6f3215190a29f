/* interval.c — intervals with open ends (see interval.h).
 *
 * The arithmetic works on extended reals internally: an open side is
 * -inf/+inf while computing, and turned back into a flag at the end. The
 * only products that could give NaN (0 times an infinity) are taken as 0,
 * which is the right end for interval multiplication. A finite result that
 * comes out infinite is an overflow and an error, so inf never leaks.
 */
#include "interval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "phrase.h"

Interval interval_point(double x)
{
    return (Interval){x, x, 0, 0};
}

Interval interval_closed(double lo, double hi)
{
    return (Interval){lo, hi, 0, 0};
}

Interval interval_at_least(double lo)
{
    return (Interval){lo, 0, 0, 1};
}

Interval interval_at_most(double hi)
{
    return (Interval){0, hi, 1, 0};
}

/* ---- extended-real view ---- */

typedef struct Ext {
    double lo, hi;
} Ext;

static int to_ext(Interval a, Ext *e)
{
    if ((!a.lo_open && !isfinite(a.lo)) || (!a.hi_open && !isfinite(a.hi)))
        return -1;
    e->lo = a.lo_open ? -INFINITY : a.lo;
    e->hi = a.hi_open ? INFINITY : a.hi;
    if (e->lo > e->hi)
        return -1;
    return 0;
}

static Interval from_ext(Ext e)
{
    Interval r = {0, 0, 0, 0};
    if (e.lo == -INFINITY)
        r.lo_open = 1;
    else
        r.lo = e.lo;
    if (e.hi == INFINITY)
        r.hi_open = 1;
    else
        r.hi = e.hi;
    return r;
}

/* x*y where 0 times anything is 0; -1 when two finite factors overflow. */
static int xmul(double x, double y, double *out)
{
    if (x == 0 || y == 0) {
        *out = 0;
        return 0;
    }
    double p = x * y;
    if (isinf(p) && isfinite(x) && isfinite(y))
        return -1;
    *out = p;
    return 0;
}

/* x+y for lower (dir -1) or upper (dir +1) ends; an infinite operand
 * keeps the side open. -1 on overflow of finite operands. */
static int xadd(double x, double y, double *out)
{
    double s = x + y;
    if (isinf(s) && isfinite(x) && isfinite(y))
        return -1;
    if (isnan(s))   /* -inf + inf cannot happen for matching ends */
        return -1;
    *out = s;
    return 0;
}

int interval_add(Interval a, Interval b, Interval *r)
{
    Ext x, y, z;
    if (to_ext(a, &x) < 0 || to_ext(b, &y) < 0)
        return -1;
    if (xadd(x.lo, y.lo, &z.lo) < 0 || xadd(x.hi, y.hi, &z.hi) < 0)
        return -1;
    *r = from_ext(z);
    return 0;
}

int interval_neg(Interval a, Interval *r)
{
    Ext x;
    if (to_ext(a, &x) < 0)
        return -1;
    *r = from_ext((Ext){-x.hi, -x.lo});
    return 0;
}

int interval_sub(Interval a, Interval b, Interval *r)
{
    Interval nb;
    if (interval_neg(b, &nb) < 0)
        return -1;
    return interval_add(a, nb, r);
}

static int mul_ext(Ext x, Ext y, Ext *z)
{
    double p[4];
    if (xmul(x.lo, y.lo, &p[0]) < 0 || xmul(x.lo, y.hi, &p[1]) < 0 ||
        xmul(x.hi, y.lo, &p[2]) < 0 || xmul(x.hi, y.hi, &p[3]) < 0)
        return -1;
    z->lo = z->hi = p[0];
    for (int i = 1; i < 4; i++) {
        if (p[i] < z->lo)
            z->lo = p[i];
        if (p[i] > z->hi)
            z->hi = p[i];
    }
    return 0;
}

int interval_mul(Interval a, Interval b, Interval *r)
{
    Ext x, y, z;
    if (to_ext(a, &x) < 0 || to_ext(b, &y) < 0 || mul_ext(x, y, &z) < 0)
        return -1;
    *r = from_ext(z);
    return 0;
}

int interval_div(Interval a, Interval b, Interval *r)
{
    Ext x, y, z;
    if (to_ext(a, &x) < 0 || to_ext(b, &y) < 0)
        return -1;
    /* A divisor that holds 0 gives no bounded answer: no finding. */
    if (y.lo <= 0 && y.hi >= 0)
        return -1;
    Ext inv;
    inv.lo = isinf(y.hi) ? 0 : 1 / y.hi;
    inv.hi = isinf(y.lo) ? 0 : 1 / y.lo;
    if (isinf(inv.lo) || isinf(inv.hi))   /* 1/tiny overflowed */
        return -1;
    if (inv.lo > inv.hi) {   /* negative divisor: 1/hi > 1/lo is impossible, but keep order safe */
        double t = inv.lo;
        inv.lo = inv.hi;
        inv.hi = t;
    }
    if (mul_ext(x, inv, &z) < 0)
        return -1;
    /* Dividing by an unbounded interval only approaches 0: when the
     * numerator keeps away from 0, a result end of exactly 0 is a limit,
     * not a value any combination reaches, so it is reported open ("at
     * most 1.3%", not "0% to 1.3%"). */
    if ((isinf(y.lo) || isinf(y.hi)) && (x.lo > 0 || x.hi < 0)) {
        if (z.lo == 0)
            z.lo = -INFINITY;
        if (z.hi == 0)
            z.hi = INFINITY;
    }
    *r = from_ext(z);
    return 0;
}

int interval_scale(Interval a, double k, Interval *r)
{
    if (!isfinite(k))
        return -1;
    return interval_mul(a, interval_point(k), r);
}

int interval_contains(Interval a, double x)
{
    Ext e;
    if (!isfinite(x) || to_ext(a, &e) < 0)
        return 0;
    return e.lo <= x && x <= e.hi;
}

int interval_meets(Interval a, Interval b)
{
    Ext x, y;
    if (to_ext(a, &x) < 0 || to_ext(b, &y) < 0)
        return 0;
    return x.lo <= y.hi && y.lo <= x.hi;
}

double interval_gap(Interval a, Interval b)
{
    Ext x, y;
    if (to_ext(a, &x) < 0 || to_ext(b, &y) < 0)
        return 0;
    double near, far;   /* the facing ends: near below far */
    if (x.hi < y.lo) {
        near = x.hi;
        far = y.lo;
    } else if (y.hi < x.lo) {
        near = y.hi;
        far = x.lo;
    } else {
        return 0;
    }
    /* Both facing ends are finite here (an open end would have met). */
    double scale = fmax(fabs(near), fabs(far));
    return (far - near) / scale;
}

Verdict interval_verdict(Interval a, Interval b, double margin)
{
    if (interval_meets(a, b))
        return V_CONSISTENT;
    return interval_gap(a, b) < margin ? V_TENSION : V_INCONSISTENT;
}

/* ---- from a claim ---- */

/* The hedge just before the span (as the phrasebook reads it) says the
 * figure is "at most" the value. */
static int hedge_below(const Claim *c)
{
    static const char *const below[] = {"nearly", "almost", "close to", "just under", "just below",
                                        "slightly under", "slightly less than"};
    const char *w = phrase_hedge_written(c);
    for (size_t i = 0; w && i < sizeof below / sizeof below[0]; i++)
        if (!strcmp(w, below[i]))
            return 1;
    return 0;
}

/* Units whose whole numbers are counts of things (exact) rather than
 * measured amounts: not money, not percentages, not rates. */
static int counted_unit(const char *unit)
{
    if (!*unit || !strcmp(unit, "%") || !strcmp(unit, "pp") || strchr(unit, '/'))
        return 0;
    /* ISO 4217 codes: three upper-case letters. */
    if (strlen(unit) == 3 && ascii_isupper(unit[0]) && ascii_isupper(unit[1]) &&
        ascii_isupper(unit[2]))
        return 0;
    return 1;
}

/* The length of a thousands separator at p other than a comma: a space,
 * a no-break space, a thin or narrow no-break space ("5 400", the ISO and
 * statistical tables' grouping); 0 when none. */
static size_t space_group(const char *p)
{
    if (*p == ' ')
        return 1;
    if (!strncmp(p, "\xc2\xa0", 2))
        return 2;
    if (!strncmp(p, "\xe2\x80\x89", 3) || !strncmp(p, "\xe2\x80\xaf", 3))
        return 3;
    return 0;
}

/* Do exactly three digits stand at p (no fourth)? */
static int three_digits(const char *p)
{
    return ascii_isdigit(p[0]) && ascii_isdigit(p[1]) && ascii_isdigit(p[2]) &&
           !ascii_isdigit(p[3]);
}

/* The first numeral in text: its value, how many decimals it writes, and
 * whether it groups thousands. Thousands commas, and spaces grouping
 * thousands ("5 400"), are skipped when three digits follow. -1 when
 * none. */
static int first_numeral(const char *text, double *num, int *decimals, int *grouped)
{
    *grouped = 0;
    const char *p = text;
    while (*p && !ascii_isdigit(*p))
        p++;
    if (!*p)
        return -1;
    char digits[64];
    size_t k = 0;
    int dec = -1;
    for (; *p && k < sizeof digits - 1; p++) {
        if (ascii_isdigit(*p)) {
            digits[k++] = *p;
            if (dec >= 0)
                dec++;
        } else if (*p == ',' && dec < 0 && ascii_isdigit(p[1]) &&
                   ascii_isdigit(p[2]) && ascii_isdigit(p[3]) &&
                   !ascii_isdigit(p[4])) {
            *grouped = 1;
            continue;
        } else if (dec < 0 && space_group(p) && three_digits(p + space_group(p))) {
            p += space_group(p) - 1;
            *grouped = 1;
            continue;
        } else if (*p == '.' && dec < 0 && ascii_isdigit(p[1])) {
            digits[k++] = '.';
            dec = 0;
        } else {
            break;
        }
    }
    digits[k] = '\0';
    char *end;
    double v = strtod(digits, &end);
    if (end == digits || !isfinite(v))
        return -1;
    *num = v;
    *decimals = dec < 0 ? 0 : dec;
    return 0;
}

/* Half a unit of the last written digit, in the claim's unit. */
static double exact_half_width(const Claim *c)
{
    double num;
    int dec, grouped;
    if (!c->text || first_numeral(c->text, &num, &dec, &grouped) < 0 || num == 0)
        return 0;
    double mult = c->value / num;   /* the scale word: 1e9 for "billion" */
    if (!isfinite(mult))
        return 0;
    double m = fabs(mult);
    /* A plain whole count ("17 countries") is exact. */
    if (dec == 0 && fabs(m - 1) < 1e-9 && counted_unit(c->unit))
        return 0;
    /* A table's grouped whole numeral in a scale ("5 400" million, "2,600"
     * million) is rounded to its last digit that is not zero: the table
     * rounds to the hundred million as "5.4 billion" does. */
    int tz = 0;
    if (grouped && dec == 0 && fabs(m - 1) > 1e-9)
        for (double x = fabs(num); x >= 10 && fmod(x, 10) == 0; x /= 10)
            tz++;
    double h = 0.5 * pow(10, tz - dec) * m;
    return isfinite(h) ? h : 0;
}

int interval_from_claim(const Claim *c, Interval *out)
{
    double v = c->value;
    switch (c->qual) {
    case Q_MIN: {
        double lo = isfinite(c->low) ? c->low : v;
        if (!isfinite(lo))
            return -1;
        *out = interval_at_least(lo);
        return 0;
    }
    case Q_MAX: {
        double hi = isfinite(c->high) ? c->high : v;
        if (!isfinite(hi))
            return -1;
        *out = interval_at_most(hi);
        return 0;
    }
    case Q_RANGE: {
        double lo = isfinite(c->low) ? c->low : v;
        double hi = isfinite(c->high) ? c->high : v;
        if (!isfinite(lo) || !isfinite(hi))
            return -1;
        *out = lo <= hi ? interval_closed(lo, hi) : interval_closed(hi, lo);
        return 0;
    }
    case Q_APPROX: {
        if (!isfinite(v))
            return -1;
        double w = INTERVAL_APPROX_BAND * fabs(v);
        if (hedge_below(c))   /* toward zero from the value */
            *out = v >= 0 ? interval_closed(v - w, v) : interval_closed(v, v + w);
        else
            *out = interval_closed(v - w, v + w);
        return 0;
    }
    case Q_EXACT:
    default: {
        if (!isfinite(v))
            return -1;
        double h = exact_half_width(c);
        *out = interval_closed(v - h, v + h);
        if (!isfinite(out->lo) || !isfinite(out->hi))
            *out = interval_point(v);
        return 0;
    }
    }
}
