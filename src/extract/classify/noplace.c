/* noplace.c — a figure of a document that names no place (see noplace.h). */
#include "noplace.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "metrics.h"

/* A company's legal suffix, or the word of a company's name. */
static const char *const firms[] = {"ltd", "limited", "plc", "inc", "llc", "corp", "corporation", "company",
                                    "holdings", "group", "tbk", "bhd", "gmbh", "jsc", "pcl", "ag", "sa", "nv",
                                    "co", NULL};

/* Does name hold a company's word, as a whole word in any case? */
static int firm_name(const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < n;) {
        while (i < n && !ascii_isalpha((unsigned char)name[i]))
            i++;
        size_t s = i;
        while (i < n && ascii_isalpha((unsigned char)name[i]))
            i++;
        for (int k = 0; firms[k] && i > s; k++)
            if (strlen(firms[k]) == i - s && !strncasecmp(name + s, firms[k], i - s))
                return 1;
    }
    return 0;
}

int noplace_world(const Metrics *m, const char *doc, size_t ss, size_t se, const char *body)
{
    if (body && *body && firm_name(body))
        return 0;
    MetricsPlace pl[8];
    size_t np = metrics_places(m, doc, ss, se, pl, 8);
    for (size_t k = 0; k < np; k++)
        if (strcmp(pl[k].id, "global"))
            return 0;
    return 1;
}
