/* transabs.c — a Chinese paper's English abstract (see transabs.h). */
#include "transabs.h"

#include <string.h>
#include <strings.h>

/* how far before the English abstract the Chinese one may open */
#define CHINESE_BACK 8000

/* Does the line at p[ls] open with the Chinese abstract's label: 摘 and
 * 要 with blanks between (ideographic or not), after 【 or [? */
static int chinese_label(const char *p, size_t ls, size_t n)
{
    size_t i = ls;
    if (i + 3 <= n && !memcmp(p + i, "【", 3))
        i += 3;
    else if (i < n && p[i] == '[')
        i++;
    if (!(i + 3 <= n && !memcmp(p + i, "摘", 3)))
        return 0;
    i += 3;
    while (i < n && (p[i] == ' ' || (i + 3 <= n && !memcmp(p + i, "\xE3\x80\x80", 3))))
        i += p[i] == ' ' ? 1 : 3;
    return i + 3 <= n && !memcmp(p + i, "要", 3);
}

int transabs_english(const char *p, size_t n, size_t ps)
{
    while (ps < n && (p[ps] == ' ' || p[ps] == '\n'))
        ps++;
    if (!(ps + 8 <= n && !strncasecmp(p + ps, "abstract", 8)))
        return 0;
    char after = ps + 8 < n ? p[ps + 8] : '\n';
    if (!(after == ':' || after == ' ' || after == '\n' || after == '\r' || (unsigned char)after == 0xEF))
        return 0;
    /* a line before it, within reach, opening with 摘要 */
    size_t from = ps > CHINESE_BACK ? ps - CHINESE_BACK : 0;
    for (size_t i = ps; i > from; i--)
        if (p[i - 1] == '\n' && chinese_label(p, i, n))
            return 1;
    return from == 0 && chinese_label(p, 0, n);
}
