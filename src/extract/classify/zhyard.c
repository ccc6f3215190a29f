/* zhyard.c — the place a Chinese ratio is measured against (zhyard.h). */
#include "zhyard.h"

#include <string.h>

/* Does the word w open p[i, e)? */
static int at(const char *p, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    return i + l <= e && !memcmp(p + i, w, l);
}

/* the verbs that set a quantity against another's as its multiple,
 * share or fraction (是 and 为 also end 仅为, 约为, 只是); not 高于,
 * 低于: "远低于欧洲的91%" gives Europe's own figure */
static const char *const verbs[] = {"是", "为", "相当于", "占", "不足", "不到", NULL};

/* the hedges that may stand between the yardstick's 的 and the ratio */
static const char *const hedges[] = {"大约", "将近", "接近", "约", "近", "仅", "不到", "不足", "超过", NULL};

/* the characters of a number, in digits or in words */
static const char *const numerals[] = {"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百",
                                       "千", "万", "点", NULL};

/* the words that make the number before them a ratio */
static const char *const ratios[] = {"倍", "成", "分之", "%", "％", NULL};

/* Does a ratio open p[i, e): a hedge or none, a number, a ratio's word
 * ("4倍", "近三倍", "五分之一", "四成", "40%"), or 一半? */
static int ratio_at(const char *p, size_t i, size_t e)
{
    for (int k = 0; hedges[k]; k++)
        if (at(p, i, e, hedges[k])) {
            i += strlen(hedges[k]);
            break;
        }
    if (at(p, i, e, "一半"))
        return 1;
    size_t n = i;
    for (;;) {
        if (n < e && ((p[n] >= '0' && p[n] <= '9') || (p[n] == '.' && n > i))) {
            n++;
            continue;
        }
        int k = 0;
        while (numerals[k] && !at(p, n, e, numerals[k]))
            k++;
        if (!numerals[k])
            break;
        n += strlen(numerals[k]);
    }
    if (n == i)
        return 0;
    for (int k = 0; ratios[k]; k++)
        if (at(p, n, e, ratios[k]))
            return 1;
    return 0;
}

int zhyard_place(const char *p, size_t se, size_t ps, size_t pe, size_t cs, size_t ce)
{
    (void)ce;
    if (!(ps < pe && pe <= se))
        return 0;
    /* the verb of comparison right before the place */
    int verb = 0;
    for (int k = 0; verbs[k] && !verb; k++) {
        size_t l = strlen(verbs[k]);
        verb = ps >= l && !memcmp(p + ps - l, verbs[k], l);
    }
    if (!verb)
        return 0;
    /* a 的 after it within a dozen characters of its clause (a bracketed
     * figure of the yardstick's own among them), and a ratio after the 的 */
    static const char *const marks[] = {"，", "。", "；", "：", "、", ",", ";", NULL};
    size_t lim = pe + 48 < se ? pe + 48 : se;
    for (size_t i = pe; i < lim; i++) {
        for (int k = 0; marks[k]; k++)
            if (at(p, i, se, marks[k]))
                return 0;
        if (!at(p, i, se, "的"))
            continue;
        /* (the yardstick's own figure, before its 的, is its own) */
        if (cs >= pe && cs < i)
            return 0;
        if (ratio_at(p, i + 3, se))
            return 1;
    }
    return 0;
}
