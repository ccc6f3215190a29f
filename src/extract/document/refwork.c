/* refwork.c — an encyclopedia's entry by its bibliography (refwork.h). */
#include "refwork.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"

/* Does s hold one of the words (ASCII case folded, or bytes as written)? */
static int holds(const char *s, const char *const *words)
{
    if (!s)
        return 0;
    size_t n = strlen(s);
    for (int k = 0; words[k]; k++) {
        size_t l = strlen(words[k]);
        /* (compared only where its first byte stands, in either case) */
        unsigned char lo = (unsigned char)words[k][0], up = ascii_upper(lo);
        for (size_t i = 0; i + l <= n; i++)
            if (((unsigned char)s[i] == lo || (unsigned char)s[i] == up) && !strncasecmp(s + i, words[k], l))
                return 1;
    }
    return 0;
}

int refwork_entry(const char *publisher, const char *authors)
{
    static const char *const works[] = {"wikipedia", "encyclopedia", "encyclopaedia", "百科", NULL};
    return holds(publisher, works) || holds(authors, works);
}
