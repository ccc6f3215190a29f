/* brandplace.c — a region in a company's name (see brandplace.h). */
#include "brandplace.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "metrics.h"
#include "regionref.h"

int brandplace_company(const char *pub)
{
    static const char *const words[] = {"pcl", "plc", "ltd", "limited", "inc", "corp", "corporation", "berhad",
                                        "bhd", "tbk", "holdings", "group", "llc", "ag", "sa", "co", NULL};
    if (!pub)
        return 0;
    /* (its last word, past dots and spaces: "Telecom PCL", "Co., Ltd.") */
    size_t e = strlen(pub);
    while (e > 0 && !ascii_isalpha(pub[e - 1]))
        e--;
    size_t s = e;
    while (s > 0 && ascii_isalpha(pub[s - 1]))
        s--;
    for (int k = 0; words[k]; k++)
        if (strlen(words[k]) == e - s && !strncasecmp(pub + s, words[k], e - s))
            return 1;
    return 0;
}

const char *brandplace_country(const Metrics *m, const char *pub, const char *scope, const char *doc, size_t n)
{
    if (!m || !scope || !*scope || !regionref_is_region(scope) || !brandplace_company(pub))
        return NULL;
    /* (the region must be in the company's name) */
    MetricsPlace pl[64];
    size_t np = metrics_places(m, pub, 0, strlen(pub), pl, 8), in_name = 0;
    for (size_t k = 0; k < np; k++)
        in_name += !strcmp(pl[k].id, scope);
    if (!in_name)
        return NULL;
    const char *one = NULL;
    size_t top = n < BRANDPLACE_TOP ? n : BRANDPLACE_TOP;
    for (size_t from = 0; from < top;) {
        np = metrics_places(m, doc, from, top, pl, 64);
        for (size_t k = 0; k < np; k++) {
            const char *id = pl[k].id;
            if (!strcmp(id, "global") || regionref_is_region(id))
                continue;
            if (one && strcmp(one, id))
                return NULL;
            one = id;
        }
        if (np < 64)
            break;
        from = pl[63].e;
    }
    return one;
}
