/* pairname.c — a country paired with a region by a hyphen (see
 * pairname.h). */
#define _GNU_SOURCE   /* memmem */
#include "pairname.h"

#include <string.h>

#include "regionref.h"
#include "textfind.h"
#include "textserial.h"

/* The length of the hyphen or en dash at doc[i), within [i, e): 0 when
 * none. */
static size_t dash_at(const char *doc, size_t i, size_t e)
{
    if (i < e && doc[i] == '-')
        return 1;
    if (i + 3 <= e && !memcmp(doc + i, "\xE2\x80\x93", 3))
        return 3;
    return 0;
}

int pairname_partner(const char *doc, const MetricsPlace *pl, size_t np, size_t k)
{
    if (regionref_is_region(pl[k].id) || !strcmp(pl[k].id, "global"))
        return 0;
    for (size_t j = 0; j < np; j++) {
        if (j == k || !regionref_is_region(pl[j].id))
            continue;
        size_t d = dash_at(doc, pl[j].e, pl[k].s);
        if (d && pl[j].e + d == pl[k].s)
            return 1;
        d = dash_at(doc, pl[k].e, pl[j].s);
        if (d && pl[k].e + d == pl[j].s)
            return 1;
    }
    return 0;
}

static int pair_in(const Metrics *m, const char *doc, size_t ss, size_t se)
{
    /* (a cheap look first: no dash, no pair) */
    if (!memchr(doc + ss, '-', se - ss) && !tf_find(doc + ss, se - ss, "\xE2\x80\x93", 3))
        return 0;
    MetricsPlace pl[32];
    size_t np = metrics_places(m, doc, ss, se, pl, 32);
    for (size_t k = 0; k < np; k++)
        if (pairname_partner(doc, pl, np, k))
            return 1;
    return 0;
}

int pairname_in(const Metrics *m, const char *doc, size_t ss, size_t se)
{
    /* (asked for every claim of a sentence: the last answer is kept) */
    static _Thread_local SpanKey key;
    static _Thread_local int last;
    if (!spankey_same(&key, doc, ss, se))
        last = pair_in(m, doc, ss, se);
    return last;
}
