/* countryref.c — which country "the country" means (see countryref.h). */
#define _GNU_SOURCE   /* memmem */
#include "countryref.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "metrics.h"
#include "regionref.h"
#include "textfind.h"

size_t countryref_at(const char *doc, size_t ss, size_t se)
{
    /* (a quick look first: most sentences hold none) */
    if (se - ss < 11 || !tf_find(doc + ss, se - ss, "ountry", 6))
        return se;
    for (size_t i = ss; i + 11 <= se; i++) {
        int c = doc[i] | 0x20;
        if (c != 't' || (i > ss && ascii_isalpha((unsigned char)doc[i - 1])))
            continue;
        size_t l = !strncasecmp(doc + i, "the", 3) ? 3 : !strncasecmp(doc + i, "this", 4) ? 4 : 0;
        if (!l)
            continue;
        /* the words on one line or wrapped onto the next */
        size_t j = i + l;
        while (j < se && ascii_isgap((unsigned char)doc[j]))
            j++;
        if (j == i + l || j + 7 > se || strncasecmp(doc + j, "country", 7) ||
            (j + 7 < se && ascii_isalpha((unsigned char)doc[j + 7])))
            continue;
        /* ("the country of origin", "the country concerned": not one named) */
        size_t k = j + 7;
        while (k < se && ascii_isgap((unsigned char)doc[k]))
            k++;
        if ((k + 3 <= se && !strncmp(doc + k, "of ", 3)) || (k + 9 <= se && !strncmp(doc + k, "concerned", 9)))
            continue;
        /* ("depending on the country": each one, none named) */
        if (i >= ss + 13 && !strncasecmp(doc + i - 13, "depending on ", 13))
            continue;
        return i;
    }
    return se;
}

/* Is the scope id a group of countries by what they share (an income
 * group, "low-income"; the United Nations' groups of developing countries,
 * "ldc", "lldc", "sids")? */
static int country_group(const char *id)
{
    return !strcmp(id, "ldc") || !strcmp(id, "lldc") || !strcmp(id, "sids") || strstr(id, "countries") ||
           strstr(id, "income");
}

int countryref_is_country(const Metrics *m, const char *id)
{
    return id && *id && metrics_known_scope(m, id) && !regionref_is_region(id) && strcmp(id, "global") &&
           !country_group(id) && !metrics_scope_within(m, id);
}

const char *countryref_before(const Metrics *m, const char *doc, size_t from, size_t bare, size_t at)
{
    if (at > from + COUNTRYREF_BACK)
        from = at - COUNTRYREF_BACK;
    const char *last = NULL;
    size_t last_at = 0;
    /* the places of the span by their cues, 64 at a time */
    for (size_t f = from; f < at;) {
        MetricsPlace pl[64];
        size_t np = metrics_places(m, doc, f, at, pl, 64);
        for (size_t k = 0; k < np; k++) {
            /* (not a currency's place: "US$", "US dollars") */
            size_t e = pl[k].e;
            if (e < at && (doc[e] == '$' || (e + 7 <= at && !strncasecmp(doc + e, " dollar", 7))))
                continue;
            if (countryref_is_country(m, pl[k].id) && (!last || pl[k].s >= last_at))
                last = pl[k].id, last_at = pl[k].s;
        }
        if (np < 64)
            break;
        f = pl[63].e;
    }
    /* and by their bare names, one to three capitalised words ("China",
     * "Papua New Guinea") */
    for (size_t i = bare > from ? bare : from; i < at; i++) {
        if (!ascii_isupper((unsigned char)doc[i]) || (i > from && ascii_isalpha((unsigned char)doc[i - 1])))
            continue;
        size_t e = i;
        for (int words = 0; words < 3 && e < at; words++) {
            while (e < at && ascii_isalpha((unsigned char)doc[e]))
                e++;
            int more = e + 1 < at && doc[e] == ' ' && ascii_isupper((unsigned char)doc[e + 1]);
            /* (a name standing alone: not the head of a firm's or a
             * body's, "China Mobile", nor a currency's, "US$") */
            const char *id = more || (e < at && (doc[e] == '$' || doc[e] == '-')) ? NULL
                                                                              : metrics_scope_named(m, doc + i, e - i);
            if (id && countryref_is_country(m, id) && (!last || i >= last_at))
                last = id, last_at = i;
            if (!more)
                break;
            e++;
        }
    }
    return last;
}
