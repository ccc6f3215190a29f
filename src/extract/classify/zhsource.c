/* zhsource.c — a known body credited in Chinese, named as Chinese readers
 * know it (see zhsource.h). */
#include "zhsource.h"

#include <string.h>

/* Does s[0, n) hold a Han character (a three-byte UTF-8 sequence
 * opening with E3..E9)? */
static int has_han(const char *s, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++)
        if ((unsigned char)s[i] >= 0xE3 && (unsigned char)s[i] <= 0xE9)
            return 1;
    return 0;
}

int zhsource_name(const Metrics *m, char *source, size_t cap)
{
    size_t n = strlen(source);
    if (!m || !n || has_han(source, n) || !metrics_known_source(m, source))
        return 0;
    const char *cues = metrics_source_cues(m, source);
    /* the first of the cues (split by |) that is written in Han */
    for (const char *c = cues; c && *c;) {
        const char *bar = strchr(c, '|');
        size_t l = bar ? (size_t)(bar - c) : strlen(c);
        if (l && has_han(c, l)) {
            if (n + l + 4 > cap)
                return 0;
            memcpy(source + n, " (", 2);
            memcpy(source + n + 2, c, l);
            memcpy(source + n + 2 + l, ")", 2);
            return 1;
        }
        c = bar ? bar + 1 : NULL;
    }
    return 0;
}
