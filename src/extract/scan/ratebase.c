/* ratebase.c — a rate's base and a code's legend (see ratebase.h). */
#include "ratebase.h"

#include "ascii.h"

#include <math.h>
#include <string.h>

/* Is unit a currency's code, a sum (not "USD/year", not "USD/share")? */
static int currency(const char *unit)
{
    if (strlen(unit) != 3)
        return 0;
    for (int i = 0; i < 3; i++)
        if (unit[i] < 'A' || unit[i] > 'Z')
            return 0;
    return 1;
}

/* The first byte past blanks from i (forward), or se. */
static size_t skip_fwd(const char *d, size_t i, size_t se)
{
    while (i < se && ascii_isblank(d[i]))
        i++;
    return i;
}

/* The end of the blanks before i (backward), or ss. */
static size_t skip_back(const char *d, size_t i, size_t ss)
{
    while (i > ss && ascii_isblank(d[i - 1]))
        i--;
    return i;
}

/* Does d[i, se) open with one of the marks a rate's base is followed by:
 * "=", 兑, 兌, 约合, 合? Its length, else 0. */
static size_t rate_mark(const char *d, size_t i, size_t se)
{
    static const char *const marks[] = {"=", "兑", "兌", "约合", "約合", "折合", NULL};
    for (int k = 0; marks[k]; k++) {
        size_t l = strlen(marks[k]);
        if (i + l <= se && !memcmp(d + i, marks[k], l))
            return l;
    }
    return 0;
}

/* Is a number (its digits, or a currency glued or spaced before them)
 * what follows d[i) within the sentence: "7.3315 Chinese yuan", "USD
 * 1.08", "RM4.56"? */
static int number_after(const char *d, size_t i, size_t se)
{
    i = skip_fwd(d, i, se);
    for (size_t k = 0; k < 6 && i + k < se; k++) {
        if (ascii_isdigit(d[i + k]))
            return 1;
        if (ascii_isblank(d[i + k]))
            continue;
        if ((unsigned char)d[i + k] < 0x80 && !((d[i + k] | 32) >= 'a' && (d[i + k] | 32) <= 'z') && d[i + k] != '$')
            return 0;
    }
    return 0;
}

/* Is the figure the sentence's one unit of a currency: "$1", "US$1.00",
 * "1美元"? */
static int one_unit(const Claim *c)
{
    return currency(c->unit) && c->value == 1.0 && isnan(c->low) && isnan(c->high);
}

/* Does the sentence doc[ss, se) speak of a rate ("the noon buying rate",
 * "exchange rate", 汇率)? */
static int names_rate(const char *doc, size_t ss, size_t se)
{
    static const char *const words[] = {" rate", "汇率", "匯率", NULL};
    for (int k = 0; words[k]; k++) {
        size_t l = strlen(words[k]);
        for (size_t i = ss; i + l <= se; i++)
            if (!memcmp(doc + i, words[k], l))
                return 1;
    }
    return 0;
}

int ratebase_not_amount(const char *doc, size_t ss, size_t se, const Claim *c)
{
    if (c->start < ss || c->end > se || c->start >= c->end)
        return 0;
    size_t a = skip_fwd(doc, c->end, se);
    size_t ml = rate_mark(doc, a, se);
    /* a code's legend: "1 = announced; 2 = under construction" */
    if (ml == 1) {
        size_t w = skip_fwd(doc, a + 1, se);
        if (w < se && ((doc[w] | 32) >= 'a' && (doc[w] | 32) <= 'z') && !number_after(doc, w, se) &&
            c->value == (double)(long)c->value && c->value < 100 && !strchr(c->text, '%'))
            return 1;
    }
    /* a rate's base: "$1 = 7.3315 Chinese yuan", "1美元兑7.0827元" */
    if (one_unit(c) && ml && number_after(doc, a + ml, se))
        return 1;
    size_t b = skip_back(doc, c->start, ss);
    /* "ZMW 23.02 = US$1.00", "RMB7.0999 to US$1.00" */
    if (one_unit(c) && b > ss) {
        size_t k = 0;
        if (doc[b - 1] == '=')
            k = 1;
        else if (b >= ss + 3 && !memcmp(doc + b - 2, "to", 2) && ascii_isblank(doc[b - 3]) && names_rate(doc, ss, se))
            k = 3;   /* (a rate's "to", not a fall's: "from $3 to $1") */
        /* (the rate's number before the mark, within the sentence: a
         * byte before ss is another sentence's) */
        size_t q = k && b - k > ss ? skip_back(doc, b - k, ss) : ss;
        if (q > ss && ascii_isdigit(doc[q - 1]))
            return 1;
    }
    return 0;
}
