/* zhgroup.c — countries counted by the region they are in (see
 * zhgroup.h). */
#include "zhgroup.h"

#include <string.h>

#include "quantity_zh.h"
#include "zhtext.h"

/* Regions by their Chinese names, with the number of countries a group of
 * that name holds (0: a region of no fixed membership). */
static const struct {
    const char *name;
    int members;
} regions[] = {
    {"东盟", 10}, {"中亚", 5}, {"海合会", 6}, {"海湾", 6}, {"金砖", 5}, {"北欧", 5}, {"波罗的海", 3},
    {"澜湄", 6}, {"湄公河", 5}, {"东南亚", 11}, {"南亚", 8}, {"欧盟", 27},
    {"非洲", 0}, {"东非", 0}, {"西非", 0}, {"北非", 0}, {"中非", 0}, {"南部非洲", 0}, {"撒哈拉以南非洲", 0},
    {"拉美", 0}, {"拉丁美洲", 0}, {"南美", 0}, {"中美洲", 0}, {"加勒比", 0}, {"欧洲", 0}, {"中东欧", 0},
    {"东欧", 0}, {"西欧", 0}, {"南欧", 0}, {"中东", 0}, {"西亚", 0}, {"东北亚", 0}, {"亚太", 0}, {"亚洲", 0},
    {"太平洋岛", 0}, {"南太", 0}, {"阿拉伯", 0}, {"葡语", 0}, {"一带一路沿线", 0}, {"共建", 0},
};

int zhg_region_count(const unsigned char *p, size_t start, double v)
{
    size_t best = 0;
    int members = 0;
    /* (the longest name ending there: 东南亚, not 南亚) */
    for (size_t r = 0; r < sizeof regions / sizeof *regions; r++) {
        size_t l = strlen(regions[r].name);
        if (l > best && start >= l && !memcmp(p + start - l, regions[r].name, l))
            best = l, members = regions[r].members;
    }
    if (!best)
        return 0;
    return members && v == members ? -1 : 1;
}

/* How many names a list joined by 、 (its last by 和 or 与) holds that
 * ends at p[end): 0 when there is no 、 in it. Names are runs of Han
 * characters, eight at most; the list stops at a clause's end. (Not 及,
 * which names hold: 埃及.) */
static int list_names(const unsigned char *p, size_t end)
{
    size_t k = end, s;
    int names = 0, chars = 0, commas = 0;
    while (k > 0) {
        long c = cp_before(p, k, &s);
        if (c == 0x3001) {   /* 、 */
            if (!chars)
                return 0;
            names++, commas++, chars = 0;
        } else if (!commas && chars && (c == 0x548C || c == 0x4E0E)) {   /* 和, 与 before the last name */
            names++, chars = 0;
        } else if (c >= 0 && qzh_is_han(c) && qzh_digit(c) < 0) {
            if (++chars > 8)
                break;
        } else {
            break;
        }
        k = s;
    }
    return commas && chars ? names + 1 : 0;
}

int zhg_list_summary(const unsigned char *p, size_t start, double v)
{
    return v >= 2 && list_names(p, start) == (int)v;
}
