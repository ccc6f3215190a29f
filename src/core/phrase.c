/* phrase.c — the phrasebook (see phrase.h). */
#include "phrase.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "unit.h"

static double round_sig(double v, int sig)
{
    if (v == 0 || !isfinite(v))
        return v;
    double e = floor(log10(fabs(v)));
    double f = pow(10, sig - 1 - e);
    double r = round(v * f) / f;
    return isfinite(r) ? r : v;
}

/* digits (no sign) with thousands separators on the integer part. */
static void group(const char *digits, int neg, char *out, size_t cap)
{
    const char *dot = strchr(digits, '.');
    size_t ilen = dot ? (size_t)(dot - digits) : strlen(digits);
    char buf[96];
    size_t k = 0;
    if (neg)
        buf[k++] = '-';
    for (size_t i = 0; i < ilen && k < sizeof buf - 2; i++) {
        if (i > 0 && (ilen - i) % 3 == 0)
            buf[k++] = ',';
        buf[k++] = digits[i];
    }
    if (dot)
        for (const char *p = dot; *p && k < sizeof buf - 1; p++)
            buf[k++] = *p;
    buf[k] = '\0';
    snprintf(out, cap, "%s", buf);
}

void phrase_number(char *out, size_t cap, double v, int sig)
{
    if (!isfinite(v)) {
        snprintf(out, cap, "?");
        return;
    }
    double a = fabs(v);
    char num[64];
    /* As stated: a whole number is written out whole. */
    if (sig == PHRASE_AS_STATED) {
        if (a < 1e15 && v == floor(v)) {
            snprintf(num, sizeof num, "%.0f", a);
            group(num, v < 0, out, cap);
            return;
        }
        sig = 4;
    }
    if (a != 0 && (a < 1e-6 || a >= 1e21)) {
        snprintf(out, cap, "%.*g", sig, v);
        return;
    }
    double r = round_sig(v, sig);
    int dec = 0;
    if (r != 0) {
        int e = (int)floor(log10(fabs(r)));
        dec = sig - 1 - e;
        if (dec < 0)
            dec = 0;
    }
    snprintf(num, sizeof num, "%.*f", dec, fabs(r));
    if (strchr(num, '.')) {   /* trim trailing zeros */
        size_t n = strlen(num);
        while (n > 0 && num[n - 1] == '0')
            num[--n] = '\0';
        if (n > 0 && num[n - 1] == '.')
            num[--n] = '\0';
    }
    group(num, r < 0, out, cap);
}

static const struct {
    double f;
    const char *w;
} scales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
enum { NSCALES = sizeof scales / sizeof scales[0] };

/* The scale word v is said with (-1: none). The scale follows the
 * rounded value, so 999,999,999 at 3 figures is "1 billion". */
static int scale_of(double v, int sig)
{
    double a = fabs(sig == PHRASE_AS_STATED ? v : round_sig(v, sig));
    for (int i = 0; i < NSCALES; i++)
        if (a >= scales[i].f && a < 1e18)
            return i;
    return -1;
}

void phrase_scaled(char *out, size_t cap, double v, int sig)
{
    int s = scale_of(v, sig);
    if (s < 0) {
        phrase_number(out, cap, v, sig);
        return;
    }
    char num[80];
    phrase_number(num, sizeof num, v / scales[s].f, sig);
    snprintf(out, cap, "%s %s", num, scales[s].w);
}

/* " a year" for "/year" and the like; "" when unit is no rate. */
static void period_words(const char *unit, char *out, size_t cap)
{
    size_t n;
    const char *p = unit_period(unit, &n);
    if (p)
        snprintf(out, cap, " a %.*s", (int)n, p);
    else
        out[0] = '\0';
}

void phrase_amount(char *out, size_t cap, double v, const char *unit, int sig)
{
    char num[96], per[32];
    switch (unit_kind(unit)) {
    case UNIT_SHARE:
        phrase_number(num, sizeof num, v, sig);
        snprintf(out, cap, "%s%%", num);
        return;
    case UNIT_POINTS:
        phrase_scaled(num, sizeof num, v, sig);
        snprintf(out, cap, "%s %s", num, !strcmp(unit, "pp") ? "percentage points" : "basis points");
        return;
    case UNIT_NONE:
        phrase_scaled(out, cap, v, sig);
        return;
    case UNIT_MULTIPLE:
        phrase_scaled(num, sizeof num, v, sig);
        snprintf(out, cap, "%s times", num);
        return;
    default:
        break;
    }
    phrase_scaled(num, sizeof num, v, sig);
    const char *neg = "";
    if (num[0] == '-') {
        neg = "-";
        memmove(num, num + 1, strlen(num));
    }
    if (!unit_is_money(unit)) {
        snprintf(out, cap, "%s%s %s", neg, num, unit);
        return;
    }
    /* Money: "$79 billion" for dollars, "67.5 billion KES" for any other
     * currency; then the rate ("a year") or what it is per. */
    period_words(unit, per, sizeof per);
    const char *rest = *per ? "" : unit + 3;
    if (unit_is_usd(unit))
        snprintf(out, cap, "%s$%s%s%s", neg, num, per, rest);
    else
        snprintf(out, cap, "%s%s %.3s%s%s", neg, num, unit, per, rest);
}

void phrase_bounds(char *out, size_t cap, double lo, double hi, const char *unit, int sig)
{
    char a[128], b[128];
    int lo_open = isnan(lo), hi_open = isnan(hi);
    if (lo_open && hi_open) {
        snprintf(out, cap, "any value");
    } else if (hi_open) {
        phrase_amount(a, sizeof a, lo, unit, sig);
        snprintf(out, cap, "more than %s", a);
    } else if (lo_open) {
        phrase_amount(a, sizeof a, hi, unit, sig);
        snprintf(out, cap, "at most %s", a);
    } else if (round_sig(lo, sig) == round_sig(hi, sig)) {
        phrase_amount(out, cap, lo, unit, sig);
    } else {
        /* The unit once, at the end, except a $ prefix and a % sign. */
        const char *lo_unit = unit_kind(unit) == UNIT_SHARE ? "%" : unit_is_usd(unit) ? "USD" : "";
        phrase_amount(a, sizeof a, lo, lo_unit, sig);
        phrase_amount(b, sizeof b, hi, unit, sig);
        /* a and b are short numbers; a cut here would only lose the unit */
        if (snprintf(out, cap, "%s to %s", a, b) >= (int)cap && cap > 3)
            memcpy(out + cap - 4, "...", 4);
    }
}

static int within(double lo, double hi, double x)
{
    return isfinite(x) && (isnan(lo) || x >= lo) && (isnan(hi) || x <= hi);
}

int phrase_fit_sig(double v, double lo, double hi)
{
    for (int sig = 1; sig < 3; sig++)
        if (within(lo, hi, round_sig(v, sig)))
            return sig;
    return 3;
}

void phrase_ratio(char *out, size_t cap, double r, double lo, double hi)
{
    char num[96];
    int pct = r < 1;
    double v = pct ? r * 100 : r;
    if (pct) {
        double slo = lo * 100, shi = hi * 100;
        /* an interval that would overflow as a percentage is said as it is */
        if ((isnan(lo) || isfinite(slo)) && (isnan(hi) || isfinite(shi)))
            lo = slo, hi = shi;
    }
    const char *suffix = pct ? "%" : " times";
    if (!isnan(lo) && !isnan(hi)) {
        phrase_number(num, sizeof num, v, phrase_fit_sig(v, lo, hi));
        snprintf(out, cap, "about %s%s", num, suffix);
        return;
    }
    phrase_number(num, sizeof num, v, 2);
    if (isnan(lo) && !isnan(hi))
        snprintf(out, cap, "at most about %s%s", num, suffix);
    else if (!isnan(lo))
        snprintf(out, cap, "at least about %s%s", num, suffix);
    else
        snprintf(out, cap, "about %s%s (unbounded)", num, suffix);
}

const char *phrase_hedge(Qualifier q)
{
    switch (q) {
    case Q_APPROX: return "about ";
    case Q_MIN: return "more than ";
    case Q_MAX: return "less than ";
    default: return "";
    }
}

/* Hedges the phrasebook repeats as written, per qualifier (ORDER
 * Qualifier; exact and range have none). */
static const char *const written[Q_COUNT][20] = {
    [Q_APPROX] = {"about", "approximately", "around", "roughly", "some", "nearly", "almost",
                  "close to", "just under", "just below", "slightly under", "slightly less than",
                  "just over", "an estimated", "estimated", "circa", "more or less", NULL},
    [Q_MIN] = {"more than", "over", "at least", "above", "in excess of", "upwards of", "north of",
               "exceeding", "no less than", "no fewer than", "just over", NULL},
    [Q_MAX] = {"less than", "under", "below", "up to", "at most", "fewer than", "no more than",
               "not more than", "as much as", "as many as", NULL},
};

const char *phrase_hedge_written(const Claim *c)
{
    if (!c->sentence || !c->text || !*c->text || (unsigned)c->qual >= Q_COUNT)
        return NULL;
    const char *at = strstr(c->sentence, c->text);
    if (!at)
        return NULL;
    /* Up to 24 bytes before the span, lowercased, spaces and a "$" trimmed. */
    size_t n = (size_t)(at - c->sentence);
    size_t from = n > 24 ? n - 24 : 0;
    char before[32];
    size_t k = 0;
    for (size_t i = from; i < n; i++)
        before[k++] = (char)ascii_lower((unsigned char)c->sentence[i]);
    while (k > 0 && (before[k - 1] == ' ' || before[k - 1] == '$'))
        k--;
    const char *best = NULL;
    for (size_t i = 0; written[c->qual][i]; i++) {
        const char *w = written[c->qual][i];
        size_t m = strlen(w);
        /* the longest that ends there at a word boundary ("just under", not "under") */
        if (k >= m && !memcmp(before + k - m, w, m) && (k == m || !ascii_isalpha(before[k - m - 1])) &&
            (!best || m > strlen(best)))
            best = w;
    }
    return best;
}

/* A share written as a fraction ("a third", "half", "two-thirds"): the
 * claim's own words, lower-cased at the start; 0 for any other claim. */
static int fraction_words(const Claim *c, char *out, size_t cap)
{
    if (unit_kind(c->unit) != UNIT_SHARE || !c->text || !*c->text)
        return 0;
    for (const char *p = c->text; *p; p++)
        if (ascii_isdigit(*p))
            return 0;
    /* a fraction in other words (三分之一, 三分之二): in English, where
     * its figure would not end ("33.33%") */
    if (fabs(c->value - 100.0 / 3) < 1e-6 || fabs(c->value - 200.0 / 3) < 1e-6) {
        for (const char *p = c->text; *p; p++)
            if ((unsigned char)*p >= 0x80) {
                snprintf(out, cap, "%s", c->value < 50 ? "a third" : "two-thirds");
                return 1;
            }
    }
    static const char *const words[] = {"half", "third", "quarter", "fifth"};
    int found = 0;
    char low[64];
    snprintf(low, sizeof low, "%s", c->text);
    for (char *p = low; *p; p++)
        *p = (char)ascii_lower((unsigned char)*p);
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        found |= strstr(low, words[i]) != NULL;
    if (!found)
        return 0;
    snprintf(out, cap, "%s", c->text);
    out[0] = (char)ascii_lower((unsigned char)out[0]);
    return 1;
}

void phrase_claim(char *out, size_t cap, const Claim *c)
{
    char a[128], lo[96], hi[128], hedge[32];
    const char *w = phrase_hedge_written(c);
    if (w)
        snprintf(hedge, sizeof hedge, "%s ", w);
    else
        snprintf(hedge, sizeof hedge, "%s", phrase_hedge(c->qual));
    if (fraction_words(c, a, sizeof a)) {
        snprintf(out, cap, "%s%s", hedge, a);
        return;
    }
    if (c->qual == Q_RANGE && isfinite(c->low) && isfinite(c->high)) {
        /* "10–15%", "$10–15 billion", "2–3 million people": the unit and
         * a shared scale word once, at the end. */
        phrase_amount(hi, sizeof hi, c->high, c->unit, PHRASE_AS_STATED);
        int s = scale_of(c->low, PHRASE_AS_STATED);
        if (s >= 0 && s == scale_of(c->high, PHRASE_AS_STATED))
            phrase_number(lo, sizeof lo, c->low / scales[s].f, PHRASE_AS_STATED);
        else
            phrase_scaled(lo, sizeof lo, c->low, PHRASE_AS_STATED);
        int usd = unit_is_usd(c->unit) && hi[0] == '$';
        snprintf(out, cap, "%s%s\xE2\x80\x93%s", usd ? "$" : "", lo, hi + usd);
        return;
    }
    phrase_amount(a, sizeof a, c->value, c->unit, PHRASE_AS_STATED);
    snprintf(out, cap, "%s%s", hedge, a);
}

const char *phrase_month(int month)
{
    static const char *const names[12] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    return month >= 1 && month <= 12 ? names[month - 1] : "";
}

void phrase_when(char *out, size_t cap, int year, int month)
{
    if (!year)
        snprintf(out, cap, "%s", "");
    else if (month >= 1 && month <= 12)
        snprintf(out, cap, "%s %d", phrase_month(month), year);
    else
        snprintf(out, cap, "%d", year);
}

/* Does a small word of a name ("of", "and", "the", "d'") start at p? */
static int small_word(const char *p)
{
    static const char *const small[] = {"of", "and", "the", "de", "du", "la", "et", "d'", NULL};
    for (size_t i = 0; small[i]; i++) {
        size_t n = strlen(small[i]);
        if (!strncmp(p, small[i], n) && (small[i][n - 1] == '\'' || p[n] == ' ' || p[n] == '\0'))
            return 1;
    }
    return 0;
}

void phrase_place(char *out, size_t cap, const char *scope)
{
    if (!*scope) {
        snprintf(out, cap, "place not stated");
        return;
    }
    if (!strcmp(scope, "global")) {
        snprintf(out, cap, "World");
        return;
    }
    if (!strcmp(scope, "ldc")) {
        snprintf(out, cap, "Least developed countries");
        return;
    }
    /* a group known by its initials is written in capitals */
    static const char *const initials[] = {"asean", "emea", "apec", "brics", "oecd", "lldc", "sids", NULL};
    for (size_t i = 0; initials[i]; i++)
        if (!strcmp(scope, initials[i])) {
            size_t k = 0;
            for (; scope[k] && k + 1 < cap; k++)
                out[k] = (char)ascii_upper((unsigned char)scope[k]);
            out[k] = '\0';
            return;
        }
    /* a name in lower case: each word capitalised ("sub-saharan africa"),
     * but for the small words inside a name ("Commonwealth of Independent
     * States", "Côte d'Ivoire") and a group named by income ("High-income
     * countries") */
    snprintf(out, cap, "%s", scope);
    int by_income = strstr(out, "income") != NULL;
    for (char *p = out; *p; p++) {
        int starts = p == out || p[-1] == ' ' || p[-1] == '-' || (p[-1] == '\'' && p - out >= 2 && p[-2] == 'd');
        if (!starts || (p != out && (small_word(p) || (by_income && p[-1] != '\''))))
            continue;
        *p = (char)ascii_upper((unsigned char)*p);
    }
}

/* ---- short register ---- */

static void trim_num(char *s)
{
    char *dot = strchr(s, '.');
    if (!dot)
        return;
    char *e = s + strlen(s) - 1;
    while (e > dot && *e == '0')
        *e-- = '\0';
    if (e == dot)
        *e = '\0';
}

/* v >= 0, in 3 significant digits at most, with a short-scale suffix;
 * group_small: 1,000 to 999,999 grouped rather than "K". */
static void short_scale(char *out, size_t cap, double v, int group_small)
{
    static const struct {
        double at;
        const char *suf;
    } sc[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
    for (size_t i = 0; i < sizeof sc / sizeof sc[0]; i++) {
        if (v >= sc[i].at * 0.9995 && !(group_small && sc[i].at == 1e3 && v < 1e6)) {
            double x = v / sc[i].at;
            if (x >= 10000) {
                /* beyond the largest suffix: plain exponent-free digits */
                snprintf(out, cap, "%.0f%s", x, sc[i].suf);
                return;
            }
            int dec = x >= 100 ? 0 : x >= 10 ? 1 : 2;
            snprintf(out, cap, "%.*f", dec, x);
            trim_num(out);
            strncat(out, sc[i].suf, cap - strlen(out) - 1);
            return;
        }
    }
    if (v >= 1000) {
        /* 1,000 .. 999,999 grouped */
        long long n = llround(v);
        snprintf(out, cap, "%lld,%03lld", n / 1000, n % 1000);
        return;
    }
    int dec = v == floor(v) ? 0 : v >= 100 ? 0 : v >= 10 ? 1 : v >= 1 ? 2 : 3;
    snprintf(out, cap, "%.*f", dec, v);
    trim_num(out);
    if (v > 0 && strcmp(out, "0") == 0)
        snprintf(out, cap, "%.2g", v);
}

void phrase_short(char *out, size_t cap, double v, const char *unit)
{
    char tmp[64];
    const char *neg = v < 0 ? "\xe2\x88\x92" : "";   /* U+2212 minus */
    double a = fabs(v);
    if (!isfinite(v)) {
        snprintf(out, cap, "?");
        return;
    }
    switch (unit_kind(unit)) {
    case UNIT_MONEY:
        short_scale(tmp, sizeof tmp, a, 0);
        /* dollars as "$79M"; another currency after the number, its rate
         * left to phrase_short_claim: "452.5 KES" */
        if (unit_is_usd(unit))
            snprintf(out, cap, "%s$%s", neg, tmp);
        else
            snprintf(out, cap, "%s%s %.3s", neg, tmp, unit);
        break;
    case UNIT_SHARE:
    case UNIT_POINTS:
        short_scale(tmp, sizeof tmp, a, 1);
        snprintf(out, cap, "%s%s%s", neg, tmp, unit[0] == '%' ? "%" : !strcmp(unit, "pp") ? " pp" : " bps");
        break;
    default:
        short_scale(tmp, sizeof tmp, a, 1);
        snprintf(out, cap, "%s%s", neg, tmp);
    }
}

void phrase_short_claim(char *out, size_t cap, const Claim *c)
{
    char a[64], b[64], per[32];
    period_words(c->unit, per, sizeof per);
    /* a bound in the words its document gives it ("at least 17", "up
     * to"), as phrase_claim and so the findings say it */
    const char *w = c->qual == Q_MIN || c->qual == Q_MAX ? phrase_hedge_written(c) : NULL;
    switch (c->qual) {
    case Q_MIN:
        phrase_short(a, sizeof a, isfinite(c->low) ? c->low : c->value, c->unit);
        snprintf(out, cap, "%s %s%s", w ? w : "more than", a, per);
        break;
    case Q_MAX:
        phrase_short(a, sizeof a, isfinite(c->high) ? c->high : c->value, c->unit);
        snprintf(out, cap, "%s %s%s", w ? w : "less than", a, per);
        break;
    case Q_RANGE:
        if (isfinite(c->low) && isfinite(c->high)) {
            phrase_short(a, sizeof a, c->low, c->unit);
            phrase_short(b, sizeof b, c->high, c->unit);
            /* "10–15%": the unit once, at the end */
            size_t la = strlen(a);
            if (unit_kind(c->unit) == UNIT_SHARE && la > 0 && a[la - 1] == '%')
                a[la - 1] = '\0';
            snprintf(out, cap, "%s\xe2\x80\x93%s%s", a, b, per);
            break;
        }
        /* fall through */
    default:
        phrase_short(a, sizeof a, c->value, c->unit);
        snprintf(out, cap, "%s%s%s", c->qual == Q_APPROX ? "about " : "", a, per);
    }
}

void phrase_short_ratio(char *out, size_t cap, double r)
{
    /* Two significant digits: "76,000", "4.7". */
    if (!(r > 0) || !isfinite(r)) {
        snprintf(out, cap, "?");
        return;
    }
    double e = pow(10, floor(log10(r)) - 1);
    phrase_short(out, cap, round(r / e) * e, "");
}
