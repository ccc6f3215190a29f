/* mouworld.c — a count of China's MoU partners is the world's (see
 * mouworld.h). */
#include "mouworld.h"

#include <string.h>

#include "metrics.h"
#include "textfind.h"

int mouworld_metric(const char *metric)
{
    static const char *const ids[] = {"dsr_mou_countries", "ecommerce_mou_countries", "digital_investment_mou_countries",
                                      NULL};
    for (int k = 0; metric && ids[k]; k++)
        if (!strcmp(metric, ids[k]))
            return 1;
    return 0;
}

/* Does the sentence doc[ss, se) place a count's noun of its own, a place
 * just before "countries" ("6 African countries") or "in" a place just
 * after it ("12 countries in Africa")? The count compared with it ("23
 * African countries ..., up from 14") is of the same place. */
static int noun_placed(const Metrics *m, const char *doc, size_t ss, size_t se)
{
    for (const char *q = doc + ss; (q = tf_find(q, (size_t)(doc + se - q), "countries", 9)) != NULL; q += 9) {
        size_t at = (size_t)(q - doc);
        size_t from = at - ss > 30 ? at - 30 : ss;
        MetricsPlace pl[8];
        size_t np = metrics_places(m, doc, from, at, pl, 8);
        for (size_t k = 0; k < np; k++)
            if (strcmp(pl[k].id, "china") && pl[k].e + 2 >= at)
                return 1;
        size_t after = at + 9;
        if (after + 4 < se && !strncmp(doc + after, " in ", 4)) {
            size_t to = se - after > 30 ? after + 30 : se;
            np = metrics_places(m, doc, after + 4, to, pl, 8);
            if (np && pl[0].s <= after + 8 && strcmp(pl[0].id, "china"))
                return 1;
        }
    }
    return 0;
}

int mouworld_placed(const Metrics *m, const char *doc, size_t ss, size_t se, size_t ce)
{
    if (noun_placed(m, doc, ss, se))
        return 1;
    /* the count's noun phrase: to the clause's next mark, a few words on */
    size_t e = ce;
    while (e < se && e - ce < MOUWORLD_NOUN && !strchr(",;()[].:\n", doc[e]))
        e++;
    if (e == ce)
        return 0;
    MetricsPlace pl[8];
    size_t np = metrics_places(m, doc, ce, e, pl, 8);
    for (size_t k = 0; k < np; k++)
        if (strcmp(pl[k].id, "china"))
            return 1;
    return 0;
}
