/* platform.c — a publisher that hosts its users' posts (see platform.h). */
#include "platform.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"

int platform_hosts(const char *pub)
{
    /* (English names as words: "Medium" is left out, a word of other
     * names; "X" alone is too short to tell, "X (formerly Twitter)"
     * names Twitter) */
    static const char *const words[] = {"linkedin", "reddit", "twitter", "facebook", "youtube", "substack",
                                        "quora", "tiktok", "instagram", "bilibili", "weibo", "zhihu", NULL};
    static const char *const zh[] = {"知乎", "微博", "哔哩哔哩", "抖音", "快手", "小红书", "豆瓣", "百家号", NULL};
    if (!pub || !*pub)
        return 0;
    /* (one walk of the name: a word is tried where a word starts with the
     * first letter of one, in either case, c | 32 being that letter only
     * then; the Chinese names only in a name with a byte past ASCII) */
    int high = 0;
    for (const char *p = pub; *p; p++) {
        unsigned char c = (unsigned char)*p;
        high |= c >= 0x80;
        if (p > pub && ascii_isalpha((unsigned char)p[-1]))
            continue;
        for (int k = 0; words[k]; k++) {
            size_t l;
            if ((c | 32) == (unsigned char)words[k][0] && !strncasecmp(p, words[k], l = strlen(words[k])) &&
                !ascii_isalpha((unsigned char)p[l]))
                return 1;
        }
    }
    for (int k = 0; high && zh[k]; k++)
        if (strstr(pub, zh[k]))
            return 1;
    return 0;
}
