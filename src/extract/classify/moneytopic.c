/* moneytopic.c — a sum of money whose sentence before names what money it
 * is (see moneytopic.h). */
#include "moneytopic.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "metrics.h"
#include "names.h"
#include "textserial.h"
#include "textwalk.h"
#include "unit.h"

#define BACK_MAX 400   /* (the sentence before read at most) */

/* ORDER: words that say a sum is money put into something: stems, then
 * whole words */
static const char *const flow_stems[] = {"invest", "financ", "disburs", "pledg", NULL};
static const char *const flows[] = {"fund", "funds", "funded", "funding", "loan", "loans", "lending", "lent",
                                    "committed", "commitment", "commitments", "worth", "value", NULL};
/* ORDER: words by which a sentence speaks of a measure already in view:
 * "the number people quote", "a combined value of", "our database",
 * "the headline figure" (and "that value", "this amount" below) */
static const char *const measures[] = {"number", "numbers", "figure", "figures", "estimate", "estimates",
                                       "total", "totals", "tally", "combined", "database", "dataset",
                                       "tracker", "count", "headline", NULL};
static const char *const these[] = {"that", "this", NULL};
static const char *const amounts[] = {"value", "amount", "sum", "money", NULL};

/* ORDER: money of another kind the sentence may name */
static const char *const other_money[] = {"revenue", "revenues", "trade", "exports", "imports", "sales",
                                          "profit", "profits", "income", "turnover", "budget", "gdp", NULL};

/* Does a word of p[s, e) open with a stem of flows, or is it one of
 * other_money (*other), or of the measures in view (*measure)? */
static int flow_words(const unsigned char *p, size_t s, size_t e, int *other, int *measure)
{
    int flow = 0, after_this = 0;
    *other = *measure = 0;
    for (size_t i = s; i < e;) {
        if (!ascii_isalpha(p[i])) {
            i++;
            continue;
        }
        size_t we = tw_word_end(p, e, i);
        if (i > s && ascii_isalpha(p[i - 1])) {
            i = we;
            continue;
        }
        if (tw_win(p + i, we - i, other_money))
            *other = 1;
        if (tw_win(p + i, we - i, measures) || (after_this && tw_win(p + i, we - i, amounts)))
            *measure = 1;
        after_this = tw_win(p + i, we - i, these);
        if (tw_win(p + i, we - i, flows))
            flow = 1;
        for (int k = 0; flow_stems[k]; k++) {
            size_t l = strlen(flow_stems[k]);
            if (we - i >= l && !strncasecmp((const char *)p + i, flow_stems[k], l))
                flow = 1;
        }
        i = we;
    }
    return flow;
}

/* Where the sentence ending right before ss opens, not before lo. */
static size_t sentence_before(const unsigned char *p, size_t lo, size_t ss)
{
    size_t i = ss;
    while (i > lo && (p[i - 1] == ' ' || p[i - 1] == '\n'))
        i--;
    if (i > lo)
        i--;   /* (its own stop) */
    while (i > lo) {
        if ((p[i - 1] == '.' || p[i - 1] == '?' || p[i - 1] == '!') && (p[i] == ' ' || p[i] == '\n'))
            break;
        if (p[i - 1] == '\n' && i >= lo + 2 && p[i - 2] == '\n')
            break;
        i--;
    }
    return i;
}

int moneytopic_metric(const Metrics *m, Claim *c, const char *doc, size_t para_s, size_t ss, size_t se)
{
    const unsigned char *p = (const unsigned char *)doc;
    const char *u = c->unit;
    if (!m || c->metric[0] || !unit_is_money(u) || u[3] || para_s >= ss ||
        c->start < ss || c->end > se)
        return 0;
    /* the sum's sentence says it is money put into something, and no
     * other kind of money */
    /* (the claims of a sentence share its words' answer) */
    static _Thread_local SpanKey key;
    static _Thread_local int flow, other, measure;
    if (!spankey_same(&key, doc, ss, se))
        flow = flow_words(p, ss, se, &other, &measure);
    if (!flow || other || !measure)
        return 0;
    /* the sentence before, in the paragraph, names an aggregate money
     * metric */
    size_t lo = ss - para_s > BACK_MAX ? ss - BACK_MAX : para_s;
    size_t bs = sentence_before(p, lo, ss);
    if (bs >= ss || ss - bs < 20)
        return 0;
    Claim t = *c;
    t.metric[0] = '\0';
    if (!names_heading_metric(m, &t, doc, bs, ss))
        return 0;
    const char *mu = metrics_unit(m, t.metric);
    if (!mu || strcmp(mu, "USD") || metrics_is_item(m, t.metric))
        return 0;
    return names_heading_metric(m, c, doc, bs, ss);
}
