/* chartlist.c — the list of chart parts the build keeps (chartlist.h). */
#include "chartlist.h"

#include <string.h>

long chartlist_count(const char *list, size_t len)
{
    long n = 0;
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(list + i, '\n', len - i);
        if (!nl)
            return -1;   /* bytes after the last newline */
        size_t l = (size_t)(nl - (list + i));
        if (l == 0 || l >= CHARTLIST_STEM || list[i] == '.' || memchr(list + i, '\0', l) ||
            memchr(list + i, '/', l))
            return -1;
        n++;
        i += l + 1;
    }
    return n;
}

void chartlist_next(const char *list, size_t *at, char stem[CHARTLIST_STEM])
{
    const char *line = list + *at, *nl = strchr(line, '\n');
    size_t l = (size_t)(nl - line);
    memcpy(stem, line, l);
    stem[l] = '\0';
    *at += l + 1;
}
