/* platform.c — a publisher that hosts its users' posts (see platform.h). */
#include "platform.h"

#include "ascii.h"

#include <string.h>
#include <strings.h>

/* Does pub hold the word w (lower case) standing alone, in any case? */
static int holds_word(const char *pub, const char *w)
{
    size_t l = strlen(w);
    /* (the first letter compared before the rest: a byte c folds to w's
     * first letter by c | 32 only when it is that letter, in either case) */
    for (const char *p = pub; *p; p++)
        if ((*p | 32) == w[0] && !strncasecmp(p, w, l) && (p == pub || !ascii_isalpha((unsigned char)p[-1])) && !ascii_isalpha((unsigned char)p[l]))
            return 1;
    return 0;
}

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
    for (int k = 0; words[k]; k++)
        if (holds_word(pub, words[k]))
            return 1;
    for (int k = 0; zh[k]; k++)
        if (strstr(pub, zh[k]))
            return 1;
    return 0;
}
