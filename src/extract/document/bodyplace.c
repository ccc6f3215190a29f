/* bodyplace.c — the place a document's text keeps naming (see
 * bodyplace.h). */
#include "bodyplace.h"

#include <string.h>

#include "ascii.h"
#include "curplace.h"
#include "lines.h"
#include "metrics.h"

#define DISTINCT 64

/* Count one mention of place id among the nid of id[] (at most
 * DISTINCT: a place past them is not counted). */
static void mention(const char **id, unsigned *count, size_t *nid, unsigned *all, const char *place)
{
    if (!strcmp(place, "global"))
        return;
    size_t j = 0;
    while (j < *nid && strcmp(id[j], place))
        j++;
    if (j == *nid) {
        if (*nid == DISTINCT)
            return;
        id[j] = place;
        count[j] = 0;
        (*nid)++;
    }
    count[j]++;
    (*all)++;
}

/* The places doc[s, e) names by a scope's own name ("China Mobile",
 * "Kenya's", "South Africa": a capitalised word, or a run of up to three,
 * spelling a scope's id), or by its people's ("Kenyan", "Ethiopians": the
 * name and "n" or "ns"). */
static void named(const Metrics *m, const char *doc, size_t s, size_t e, const char **id, unsigned *count,
                  size_t *nid, unsigned *all)
{
    for (size_t i = s; i < e; i++) {
        if (!ascii_isupper(doc[i]) || (i > s && ascii_isalpha(doc[i - 1])))
            continue;
        const char *best = NULL;
        size_t best_e = i, w = i;
        for (int words = 0; words < 3 && w < e && ascii_isupper(doc[w]); words++) {
            /* (a hyphen inside a name: "Sub-Saharan Africa", "Asia-Pacific") */
            while (w < e && (ascii_isalpha(doc[w]) || (doc[w] == '-' && w + 1 < e && ascii_isalpha(doc[w + 1]))))
                w++;
            const char *place = metrics_scope_named(m, doc + i, w - i);
            /* (a people's name: "Kenyan", "Ethiopians") */
            size_t cut = w - i > 4 && doc[w - 1] == 's' ? 2 : 1;
            if (!place && words == 0 && w - i > 3 + cut && doc[w - cut] == 'n')
                place = metrics_scope_named(m, doc + i, w - i - cut);
            if (place)
                best = place, best_e = w;
            if (w + 1 >= e || doc[w] != ' ')
                break;
            w++;
        }
        if (best)
            mention(id, count, nid, all, best);
        if (best_e > i)
            i = best_e;
        else
            while (i + 1 < e && (ascii_isalpha(doc[i + 1]) || doc[i + 1] == '-'))
                i++;
    }
}

/* The place far ahead of the rest among the nid counted (count[] of
 * all): at least BODYPLACE_MIN mentions, two fifths of all, twice the
 * next; or NULL. */
static const char *dominant(const char **id, const unsigned *count, size_t nid, unsigned all)
{
    size_t best = 0;
    unsigned second = 0;
    for (size_t j = 1; j < nid; j++)
        if (count[j] > count[best])
            best = j;
    for (size_t j = 0; j < nid; j++)
        if (j != best && count[j] > second)
            second = count[j];
    if (!nid || count[best] < BODYPLACE_MIN || 5 * count[best] < 2 * all || count[best] < 2 * second)
        return NULL;
    return id[best];
}

const char *bodyplace_of(const Metrics *m, const char *doc, size_t n)
{
    const char *id[DISTINCT];
    unsigned count[DISTINCT] = {0};
    size_t nid = 0;
    unsigned all = 0;
    size_t top = n < BODYPLACE_TOP ? n : BODYPLACE_TOP;
    /* every mention of a place other than the world by its name, line by
     * line (its cues are read after, and only when the names show no
     * place ahead: a second pass of the cue matcher costs more than the
     * whole rest of this) */
    for (size_t i = 0; i < top;) {
        size_t le = lines_end(doc, n, i);
        if (le > top)
            le = top;
        named(m, doc, i, le, id, count, &nid, &all);
        i = le + 1;
    }
    const char *d = dominant(id, count, nid, all);
    if (d)
        return d;
    /* else by every cue of a place, its cities and people's words too
     * ("Jakarta", "Surabaya", "Indonesia's": an operator's report that
     * names its country twice and its cities thrice), not a currency's
     * sign ("US$", "HK$"); read only when the names gave none, as the
     * cue matcher costs more than the names */
    nid = 0, all = 0;
    for (size_t i = 0; i < top;) {
        size_t le = lines_end(doc, n, i);
        if (le > top)
            le = top;
        MetricsPlace pl[32];
        size_t np = metrics_places(m, doc, i, le, pl, 32);
        for (size_t k = 0; k < np; k++)
            if (!(pl[k].e < n && doc[pl[k].e] == '$'))
                mention(id, count, &nid, &all, pl[k].id);
        i = le + 1;
    }
    /* (a sum in a country's own money, "£427,318", "IDR 2.4 trillion",
     * names it too: curplace.h) */
    size_t at, l;
    for (size_t i = 0; i < top; i = at + l) {
        const char *cur = curplace_next(doc, i, top, &at, &l);
        if (!cur)
            break;
        if (metrics_known_scope(m, cur))
            mention(id, count, &nid, &all, cur);
    }
    return dominant(id, count, nid, all);
}

/* The places text[0, n) names, into *one (the first) unless it names
 * another too (then *several). */
static void places_named(const Metrics *m, const char *text, size_t n, const char **one, int *several)
{
    MetricsPlace pl[8];
    size_t k = metrics_places(m, text, 0, n, pl, 8);
    for (size_t i = 0; i < k; i++) {
        if (!strcmp(pl[i].id, "global"))
            continue;
        if (*one && strcmp(*one, pl[i].id))
            *several = 1;
        else
            *one = pl[i].id;
    }
}

const char *bodyplace_of_body(const Metrics *m, const char *body)
{
    if (!m || !body || !*body)
        return NULL;
    /* (a body metrics.csv says is of a place: Taiwan's MODA, Hong Kong's
     * OFCA, whose names name none) */
    const char *within = metrics_source_within(m, body);
    return within ? within : bodyplace_of_name(m, body);
}

const char *bodyplace_of_name(const Metrics *m, const char *body)
{
    if (!m || !body || !*body)
        return NULL;
    const char *one = NULL;
    int several = 0;
    places_named(m, body, strlen(body), &one, &several);
    const char *cues = metrics_source_cues(m, body);
    for (const char *p = cues; p && *p;) {
        const char *bar = strchr(p, '|');
        size_t l = bar ? (size_t)(bar - p) : strlen(p);
        char name[160];
        if (l < sizeof name) {
            memcpy(name, p, l);
            name[l] = '\0';
            places_named(m, name, l, &one, &several);
        }
        p = bar ? bar + 1 : p + l;
    }
    return several ? NULL : one;
}
