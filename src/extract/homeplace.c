/* homeplace.c — China's places by rank (see homeplace.h). */
#include "homeplace.h"

#include <string.h>

#include "metrics.h"

const char *homeplace_province(const Metrics *m, const char *id)
{
    const char *p = id && *id ? metrics_scope_within(m, id) : NULL;
    const char *top = p ? metrics_scope_within(m, p) : NULL;
    return top && !strcmp(top, "china") ? p : NULL;
}

const char *homeplace_for(const Metrics *m, const char *id, const char *whole)
{
    const char *prov = homeplace_province(m, id);
    return prov && whole && !strcmp(prov, whole) ? prov : NULL;
}

int homeplace_is_province(const Metrics *m, const char *id)
{
    const char *p = id && *id ? metrics_scope_within(m, id) : NULL;
    return p && !strcmp(p, "china");
}

int homeplace_counts_provinces(const char *t, size_t from, size_t to)
{
    static const char *const units[] = {"省份", "省区市", "省市区", "个省", "个城市", "座城市", "地市", NULL};
    static const char *const counts[] = {"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "各", "多",
                                         "几", "数", NULL};
    for (size_t i = from; i < to; i++)
        for (int k = 0; units[k]; k++) {
            size_t l = strlen(units[k]);
            if (i + l > to || memcmp(t + i, units[k], l))
                continue;
            if (i > from && t[i - 1] >= '0' && t[i - 1] <= '9')
                return 1;
            for (int c = 0; counts[c] && i >= from + 3; c++)
                if (!memcmp(t + i - 3, counts[c], 3))
                    return 1;
        }
    return 0;
}
