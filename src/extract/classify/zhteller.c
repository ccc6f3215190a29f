/* zhteller.c — a Chinese teller over a known body its told clause names
 * (zhteller.h). */
#include "zhteller.h"

#include <string.h>

#include "diag.h"
#include "names.h"

/* Does doc[s, e) name the known body source, by any of its names (its
 * canonical name compared up to its bracket: "Huawei" is "Huawei (华为)")? */
static int named_in(const Metrics *m, const char *doc, size_t s, size_t e, const char *source)
{
    char id[128];
    size_t head, tail;
    if (e <= s || !names_source_last(m, doc, s, e, id, sizeof id, &head, &tail))
        return 0;
    size_t a = strcspn(id, "("), b = strcspn(source, "(");
    while (a && id[a - 1] == ' ')
        a--;
    while (b && source[b - 1] == ' ')
        b--;
    return a == b && !memcmp(id, source, a);
}

int zhteller_over_known(const Metrics *m, const ZhCredits *cr, const char *doc, size_t ss, size_t at, const char *source, char *out,
                        size_t cap)
{
    /* ---- the last named credit before the figure ---- */
    const ZhCredit *t = NULL;
    for (size_t k = 0; k < cr->n; k++)
        if (cr->v[k].end <= at && !cr->v[k].after)
            t = &cr->v[k];
    if (!t || t->kind != 1 || !t->name[0] || t->start < ss)
        return 0;
    /* ---- the known body: named after the teller only ---- */
    if (named_in(m, doc, ss, t->end, source) || !named_in(m, doc, t->end, at, source))
        return 0;
    strcut(out, cap, t->name);
    return 1;
}
