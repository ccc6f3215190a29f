/* metcarry.c — a share's metric carried from the figure before it (see
 * metcarry.h). */
#include "metcarry.h"

#include <math.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "diag.h"
#include "metrics.h"
#include "zhtext.h"

#define LEAD_MAX 160   /* (the words before a figure read at most) */

/* ORDER: words that frame a level and say nothing of what it measures */
static const char *const framing[] = {
    "a", "about", "above", "against", "almost", "among", "an", "and", "approximately", "are", "around", "as",
    "at", "behind", "below", "between", "but", "by", "compared", "down", "estimate", "estimated", "estimates",
    "figure", "for", "from", "had", "has", "in", "is", "it", "its", "just", "lags", "lagged", "level", "lower",
    "lowest", "higher", "highest", "more", "nearly", "of", "only", "or", "over", "penetration", "percentage",
    "proportion", "range", "ranged", "ranges", "rate", "regular", "roughly", "share", "some", "still", "stood",
    "than", "that", "the", "this", "to", "trailed", "trails", "under", "up", "usage", "use", "versus", "vs",
    "was", "were", "whereas", "while", "with", "men", "women", "rural", "urban", "areas", "region", "regions",
    "country", "countries", "population", "people", "recorded", "posted", "remained", "value", "total",
    "combined", "earlier", "larger", "smaller", "far", "reported", "true", "therefore", "their", "sum", "amount",
    "figures", "such", "own", "latest", "official", "previous", NULL,
};

static int framing_word(const char *w, size_t l)
{
    /* (a possessive: "the region's") */
    if (l > 2 && (w[l - 1] == 's' && w[l - 2] == '\''))
        l -= 2;
    for (int k = 0; framing[k]; k++)
        if (strlen(framing[k]) == l && !strncasecmp(w, framing[k], l))
            return 1;
    return 0;
}

/* Do the words of doc[from, to) say nothing but a level's frame: places,
 * capitalised names, numbers and framing words? */
static int says_nothing_else(const Metrics *m, const char *doc, size_t from, size_t to)
{
    MetricsPlace pl[8];
    size_t np = metrics_places(m, doc, from, to, pl, 8);
    for (size_t i = from; i < to;) {
        /* (words of another script are not read: they say something) */
        if ((unsigned char)doc[i] >= 0x80)
            return 0;
        if (!ascii_isalpha(doc[i]) || (i > from && ascii_isalpha(doc[i - 1]))) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < to && (ascii_isalpha(doc[e]) || doc[e] == '\'' || doc[e] == '-'))
            e++;
        int placed = 0;
        for (size_t k = 0; k < np && !placed; k++)
            placed = pl[k].s <= i && e <= pl[k].e;
        if (!placed && !(doc[i] >= 'A' && doc[i] <= 'Z') && !framing_word(doc + i, e - i))
            return 0;
        i = e;
    }
    return 1;
}

/* Is doc[a, b) blank but for one line break at most (the same paragraph)? */
static int same_paragraph(const char *doc, size_t a, size_t b)
{
    int breaks = 0;
    for (size_t i = a; i < b; i++) {
        if (doc[i] == '\n')
            breaks++;
        else if (doc[i] != ' ' && doc[i] != '\t' && doc[i] != '\r')
            return 0;
    }
    return breaks <= 1;
}

/* The end of the clause after doc[at] in [at, se): the next , ; ( or
 * sentence end (past a colon: "70%: the share of Africa's 4G networks"). */
static size_t figure_clause_end(const char *doc, size_t at, size_t se)
{
    while (at < se && doc[at] != ',' && doc[at] != ';' && doc[at] != '(')
        at++;
    return at;
}

/* Does "of" and a level follow the share ending at doc[end]: "less than
 * half of the world average", "a third of the global level"? Such a
 * share compares two levels; it is no share of another thing, and the
 * carry goes on past it. */
static int of_a_level(const char *doc, size_t n, size_t end)
{
    static const char *const levels[] = {"average", "averages", "mean", "median", "level", "rate", NULL};
    size_t i = end, words = 0;
    int of = 0;
    while (i < n && words < 5) {
        while (i < n && doc[i] == ' ')
            i++;
        size_t e = i;
        while (e < n && ascii_isalpha(doc[e]))
            e++;
        if (e == i)
            return 0;
        size_t l = e - i;
        if (!of) {
            if (l != 2 || strncasecmp(doc + i, "of", 2))
                return 0;
            of = 1;
        } else {
            for (int k = 0; levels[k]; k++)
                if (strlen(levels[k]) == l && !strncasecmp(doc + i, levels[k], l))
                    return 1;
        }
        words++;
        i = e;
        /* (a possessive: "the world's average") */
        if (i + 1 < n && doc[i] == '\'' && doc[i + 1] == 's')
            i += 2;
    }
    return 0;
}

/* The kind of figure a carry holds: 1 a share (a percentage), 2 a sum
 * of money (USD or another currency's code, not a yearly flow); 0 none. */
static int figure_kind(const Claim *c)
{
    if (!strcmp(c->unit, "%"))
        return 1;
    const char *u = c->unit;
    return strlen(u) == 3 && u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'A' && u[1] <= 'Z' && u[2] >= 'A' && u[2] <= 'Z'
               ? 2
               : 0;
}

/* The kind of metric a carry passes on: 1 a share of people, 2 an
 * aggregate sum of money (dsr_investment; not an item's price: one data
 * centre's cost is not the next figure's); 0 none. */
static int metric_kind(const Metrics *m, const char *id)
{
    if (metrics_is_people_share(m, id))
        return 1;
    const char *u = metrics_unit(m, id);
    return u && !strcmp(u, "USD") && !metrics_is_item(m, id) ? 2 : 0;
}

/* Does the Chinese clause before doc[at] (from the last ，；：。 after ss)
 * name a total ("也有人估计总额在", "规模可能超过", "累计投资大概在"), the
 * sum the figure before it gave, told again or otherwise? */
static int zh_names_total(const char *doc, size_t ss, size_t at)
{
    static const char *const totals[] = {"总额", "总规模", "规模", "总金额", "累计投资", "总投资", NULL};
    size_t cs = zh_clause_start((const unsigned char *)doc, ss, at);
    if (at - cs > LEAD_MAX || at < cs + 6 || (unsigned char)doc[at - 3] < 0xE3)
        return 0;
    for (size_t i = cs; i + 6 <= at; i++)
        for (int k = 0; totals[k]; k++)
            if (i + strlen(totals[k]) <= at && !memcmp(doc + i, totals[k], strlen(totals[k])))
                return 1;
    return 0;
}

static int carries_to(const MetCarry *mc, const Metrics *m, const Claim *c, const char *doc, size_t n,
                      size_t ss, size_t se, int cell)
{
    int k = figure_kind(c);
    if (cell || !k || !mc->metric[k - 1][0] || c->metric[0] || c->start < mc->end || c->end > n || se > n)
        return 0;
    if (k == 1 && (c->value > 100 || (isfinite(c->high) && c->high > 100)))
        return 0;
    /* (a signed figure is a change: "+8%") */
    if (doc[c->start] == '+' || doc[c->start] == '-' || (c->start > 0 && doc[c->start - 1] == '+'))
        return 0;
    size_t from;
    /* (in its sentence, from a figure of the metric: not "156 countries,
     * or 80 per cent") */
    if (mc->ss == ss && mc->se == se && mc->last_named)
        from = mc->end;
    else if (mc->ss == ss && mc->se == se)
        return 0;
    else if (mc->se <= ss && same_paragraph(doc, mc->se, ss))
        from = ss;
    else
        return 0;
    /* (a Chinese sum naming a total, "也有人估计总额在2000亿美元以上"
     * after "…投资约790亿美元": the sum's metric, told again) */
    if (k == 2 && zh_names_total(doc, ss, c->start))
        return metrics_metric_takes(m, mc->metric[k - 1], c, doc, n, ss);
    /* the words leading to it and the rest of its clause say nothing
     * else ("156 countries, or 80 per cent, have enacted cybercrime
     * legislation") */
    size_t ce = figure_clause_end(doc, c->end, se);
    if (c->start - from > LEAD_MAX || ce - c->end > LEAD_MAX || !says_nothing_else(m, doc, from, c->start) ||
        !says_nothing_else(m, doc, c->end, ce))
        return 0;
    /* (the figure must be what the metric measures: no change, no share
     * of another whole) */
    return metrics_metric_takes(m, mc->metric[k - 1], c, doc, n, ss);
}

int metcarry_claim(MetCarry *mc, const Metrics *m, Claim *c, const char *doc, size_t n, size_t ss, size_t se,
                   int cell)
{
    if (!m || !doc)
        return 0;
    int took = carries_to(mc, m, c, doc, n, ss, se, cell);
    int k = figure_kind(c);
    if (took)
        strcut(c->metric, sizeof c->metric, mc->metric[k - 1]);
    /* a figure of the kind passes its metric on, or ends the carry (a
     * count, "or 5.4 billion people", carries on) */
    int mk = c->metric[0] ? metric_kind(m, c->metric) : 0;
    if (mk)
        strcut(mc->metric[mk - 1], sizeof mc->metric[0], c->metric);
    else if (k && !(k == 1 && of_a_level(doc, n, c->end)))
        mc->metric[k - 1][0] = '\0';
    mc->ss = ss, mc->se = se, mc->end = c->end;
    mc->last_named = c->metric[0] != '\0';
    return took;
}
