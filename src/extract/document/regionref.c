/* regionref.c — which region "the region" means (see regionref.h). */
#define _GNU_SOURCE   /* memmem */
#include "regionref.h"

#include <string.h>
#include <strings.h>

#include "lines.h"
#include "metrics.h"
#include "regionpair.h"
#include "textfind.h"
#include "textserial.h"

/* The scope ids of data/metrics.csv that name a region of several
 * countries. */
static const char *const regions[] = {
    "africa", "east africa", "west africa", "sub-saharan africa", "mediterranean", "asia", "southeast asia", "asean",
    "south asia", "east asia", "east and southeast asia", "mekong", "central asia", "west asia", "asia-pacific",
    "indo-pacific", "europe and central asia", "europe", "latin america", "middle east",
    "middle east and north africa", "middle east and africa", "arab states", "commonwealth of independent states",
    "emea", "pacific", "americas", "north america", "european union", "oceania",
    /* (regions as the text names them: the testers write them so) */
    "latin america and the caribbean", "latin america and caribbean", "south america", "asia and the pacific",
    "asia pacific", "asia and pacific", "east asia and pacific", "gulf states",
    "south caucasus", "caucasus", "western balkans", "eurasia", NULL};

int regionref_is_region(const char *id)
{
    /* (asked for every place a sentence names: the first byte first) */
    for (int k = 0; regions[k]; k++)
        if (regions[k][0] == id[0] && !strcmp(id, regions[k]))
            return 1;
    /* a region named as a pair ("central asia and the south caucasus",
     * regionpair.h): its first half is a region */
    const char *and = strstr(id, " and ");
    const char *amp = strstr(id, " & ");
    const char *cut = and && (!amp || and < amp) ? and : amp;
    if (!cut || cut == id || (size_t)(cut - id) >= 64)
        return 0;
    char first[64];
    memcpy(first, id, (size_t)(cut - id));
    first[cut - id] = '\0';
    for (int k = 0; regions[k]; k++)
        if (!strcmp(first, regions[k]))
            return 1;
    return 0;
}

static size_t region_at(const char *doc, size_t ss, size_t se);

size_t regionref_at(const char *doc, size_t ss, size_t se)
{
    /* (asked for every claim of a sentence: the last answer is kept) */
    static _Thread_local SpanKey key;
    static _Thread_local size_t last;
    if (!spankey_same(&key, doc, ss, se))
        last = region_at(doc, ss, se);
    return last;
}

static size_t region_at(const char *doc, size_t ss, size_t se)
{
    static const char *const words[] = {"region", "bloc", NULL};
    /* (a quick look first: most sentences hold neither) */
    if (se - ss < 8 || (!tf_find(doc + ss, se - ss, "region", 6) && !tf_find(doc + ss, se - ss, "bloc", 4)))
        return se;
    for (size_t i = ss; i + 8 <= se; i++) {
        if ((doc[i] | 0x20) != 't' || (i > ss && ((doc[i - 1] | 0x20) >= 'a' && (doc[i - 1] | 0x20) <= 'z')) ||
            strncasecmp(doc + i, "the", 3))
            continue;
        /* "the region", the words on one line or wrapped onto the next */
        size_t j = i + 3;
        while (j < se && (doc[j] == ' ' || doc[j] == '\n' || doc[j] == '\r'))
            j++;
        if (j == i + 3)
            continue;
        for (int k = 0; words[k]; k++) {
            size_t l = strlen(words[k]);
            if (j + l <= se && !strncasecmp(doc + j, words[k], l) &&
                (j + l == se || !((doc[j + l] | 0x20) >= 'a' && (doc[j + l] | 0x20) <= 'z')))
                return i;
        }
    }
    return se;
}

const char *regionref_before(const Metrics *m, const char *doc, size_t from, size_t at)
{
    if (at > from + REGIONREF_BACK)
        from = at - REGIONREF_BACK;
    const char *last = NULL;
    /* (a region named as a pair, "Central Asia and the South Caucasus",
     * is the pair: regionpair.h; its name is kept here, per thread) */
    static _Thread_local char pair[64];
    /* (the places of the span, 64 at a time: the last region wins) */
    while (from < at) {
        MetricsPlace pl[64];
        size_t np = metrics_places(m, doc, from, at, pl, 64);
        for (size_t k = 0; k < np; k++)
            if (regionref_is_region(pl[k].id))
                last = k > 0 && regionpair_name(doc, pl[k - 1].s, pl[k - 1].e, pl[k - 1].id, pl[k].s, pl[k].e,
                                                pl[k].id, pair, sizeof pair)
                           ? pair
                           : pl[k].id;
        if (np < 64)
            break;
        from = pl[63].e;
    }
    return last;
}

size_t regionref_section_start(const char *doc, size_t para)
{
    size_t floor = para > REGIONREF_BACK ? para - REGIONREF_BACK : 0;
    size_t le = para;
    /* (the lines before para, last first: [ls, le)) */
    while (le > floor) {
        size_t e = le > 0 && doc[le - 1] == '\n' ? le - 1 : le;
        size_t ls = lines_start(doc, e, 4096);
        size_t ts = ls, te = e;
        lines_trim(doc, &ts, &te);
        int before_blank = ls == 0 || (ls >= 1 && lines_blank(doc, lines_start(doc, ls - 1, 4096), ls - 1));
        if (te > ts && te - ts <= 100 && before_blank && !strchr(".!?;,", doc[te - 1]) &&
            lines_has_text(doc, ts, te))
            return e < para ? e + 1 : para;
        if (ls == 0)
            return 0;
        le = ls;
    }
    return floor;
}
