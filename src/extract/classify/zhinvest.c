/* zhinvest.c — a Chinese sum told as an investment takes its paragraph's
 * money metric (see zhinvest.h). */
#include "zhinvest.h"

#include <string.h>

#include "metrics.h"
#include "names.h"
#include "unit.h"
#include "utf8.h"
#include "zhtext.h"

/* Is c's unit a sum of money, a currency's code (not a yearly flow)? */
static int money(const Claim *c)
{
    return unit_is_money(c->unit) && !c->unit[3];
}

/* ---- the clause before the figure: does it call the sum an investment? ----
 * Where the clause opens (after the last ，；：。 from ss), or 0 when it
 * names no investment. */
static size_t investment_clause(const char *doc, size_t ss, size_t at)
{
    static const char *const invest[] = {"投资", "投融资", "融资", NULL};
    const unsigned char *u = (const unsigned char *)doc;
    size_t cs = zh_clause_start(u, ss, at);
    /* (an investment needed is none made: "实现宽带普及需要投资约1000亿美元") */
    static const char *const needed[] = {"需要", "需投资", "缺口", "需求", NULL};
    size_t found = 0;
    for (size_t i = cs; i + 6 <= at; i++) {
        for (int k = 0; needed[k]; k++)
            if (lit_at(u, at, i, needed[k]))
                return 0;
        for (int k = 0; invest[k] && !found; k++)
            if (lit_at(u, at, i, invest[k]))
                found = 1;
    }
    return found ? cs : 0;
}

int zhinvest_metric(const Metrics *m, Claim *c, const char *doc, size_t para_s, size_t ss)
{
    size_t cs;
    if (!m || c->metric[0] || !money(c) || para_s >= ss || !(cs = investment_clause(doc, ss, c->start)) ||
        c->start - cs >= METRICS_LINE_MAX / 2)
        return 0;
    /* ---- the paragraph before the sentence, then the clause, read as
     * one heading (the paragraph's end, nearest the figure, as fits) ---- */
    char text[METRICS_LINE_MAX];
    size_t cl = c->start - cs, room = sizeof text - cl;
    size_t from = ss - para_s > room ? ss - room : para_s;
    /* (on a character's first byte) */
    from = utf8_skip_cont(doc, from, ss);
    size_t pl = ss - from;
    memcpy(text, doc + from, pl);
    memcpy(text + pl, doc + cs, cl);
    Claim t = *c;
    t.metric[0] = '\0';
    if (!names_heading_metric(m, &t, text, 0, pl + cl))
        return 0;
    const char *u = metrics_unit(m, t.metric);
    if (!u || strcmp(u, "USD") || metrics_is_item(m, t.metric))
        return 0;
    return names_heading_metric(m, c, text, 0, pl + cl);
}
