/* zhheadline.c — a Chinese headline naming its teller before a colon
 * (see zhheadline.h). */
#include "zhheadline.h"

#include <string.h>

#include "credit_zh.h"
#include "names.h"

/* a headline's teller is short: some sixteen characters at most */
#define NAME_MAX_BYTES (3 * 16)

static int lit_at(const char *p, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    return i + l <= e && !memcmp(p + i, w, l);
}

/* Does p[s, e) end with a body's word? */
static int body_word(const char *p, size_t s, size_t e)
{
    static const char *const ends[] = {"部", "局", "署", "委", "院", "中心", "公司", "集团", "协会", "银行",
                                       "办公室", "委员会", "研究所", "组织", "联盟", "商会", "政府", "海关", NULL};
    for (int k = 0; ends[k]; k++) {
        size_t l = strlen(ends[k]);
        if (e >= s + l + 3 && !memcmp(p + e - l, ends[k], l))
            return 1;
    }
    return 0;
}

int zhheadline_credit(const Metrics *m, const char *p, size_t i, size_t se, char *out, size_t cap, size_t *end)
{
    /* the name: Han characters and Latin letters up to the colon */
    size_t k = i;
    while (k < se && k - i <= NAME_MAX_BYTES && !lit_at(p, k, se, "：")) {
        unsigned char c = (unsigned char)p[k];
        if (c >= 0xE4 && c <= 0xE9 && k + 3 <= se)
            k += 3;
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            k++;
        else
            return 0;
    }
    if (k == i || !lit_at(p, k, se, "："))
        return 0;
    /* (figures after it, on its line) */
    size_t f = k + 3;
    while (f < se && p[f] != '\n' && !(p[f] >= '0' && p[f] <= '9'))
        f++;
    if (f >= se || p[f] == '\n')
        return 0;
    /* (the name all a body's: a known one's, "工信部", or one ending with a
     * body's word; not a speaker's, "外交部发言人李明：", whose turn it opens) */
    size_t head = 1, tail = 1;
    if (!((m && names_source_last(m, p, i, k, out, cap, &head, &tail) && !head && !tail) || body_word(p, i, k)) ||
        !credit_zh_take(m, p, i, k, out, cap))
        return 0;
    *end = k + 3;
    return 1;
}
