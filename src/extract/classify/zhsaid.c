/* zhsaid.c — a credit that speech gives after its figures (see
 * zhsaid.h). */
#include "zhsaid.h"

#include <string.h>

#include "lexicon.h"

#define W(lit) PHRASE(lit)

static size_t opens(const char *p, size_t i, size_t e, const Phrase *words)
{
    for (int k = 0; words[k].s; k++)
        if (i + words[k].n <= e && !memcmp(p + i, words[k].s, words[k].n))
            return words[k].n;
    return 0;
}

int zhsaid_after(const char *p, size_t i, size_t e, size_t *ns, size_t *ne, size_t *end)
{
    /* (the longer first: 这个数是 before 这个是) */
    static const Phrase these[] = {W("这个数是"), W("这些数是"), W("这个是"), W("这些是"), W("这是"), {NULL, 0}};
    static const Phrase told[] = {W("说的"), W("发的"), W("公布的"), W("发布的"), W("统计的"), W("的数据"),
                                  W("的数"), {NULL, 0}};
    if (i + 3 > e || memcmp(p + i, "这", 3))
        return 0;
    size_t l = opens(p, i, e, these);
    if (!l)
        return 0;
    size_t s = i + l;
    /* the name: Han characters and Latin letters, two to twenty (not
     * "这是我说的": the speaker himself) */
    for (size_t k = s, chars = 0; k < e && chars <= 20;) {
        size_t v = chars >= 2 ? opens(p, k, e, told) : 0;
        if (v) {
            *ns = s, *ne = k, *end = k + v;
            return 1;
        }
        unsigned char b = (unsigned char)p[k];
        if (b >= 0xE4 && b <= 0xE9 && k + 3 <= e)
            k += 3;
        else if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')
            k++;
        else
            return 0;
        chars++;
    }
    return 0;
}
