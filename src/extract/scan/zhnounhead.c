/* zhnounhead.c — the head of an unknown Chinese noun (see zhnounhead.h). */
#include "zhnounhead.h"

#include <string.h>

#include "zhtext.h"

/* How many characters a noun phrase after a classifier may have. */
#define PHRASE_CHARS 8

#define H(w, u) {w, ZK_NOUN, 0, 0, 0, u}

/* Heads: characters that end compound nouns and name, as the English
 * head word, what the compound is a kind of. Characters whose compounds
 * name unlike things (机: 手机 phones, 飞机 aircraft, 交换机 switches; 库:
 * 数据库 databases, 备件库 depots; 器, 点, 书, 院) are left out: the lexicon names those words whole. */
static const ZhWord heads[] = {
    H("卡", "cards"),     H("站", "stations"), H("处", "offices"), H("厂", "plants"),   H("园", "parks"),
    H("港", "ports"),     H("局", "bureaus"),  H("店", "stores"),  H("仓", "warehouses"), H("队", "teams"),
    H("网", "networks"),  H("塔", "towers"),   H("桥", "bridges"), H("岛", "islands"),  H("镇", "towns"),
    H("州", "states"),    H("坊", "workshops"), H("缆", "cables"),    H("线", "lines"),
};

const ZhWord *znh_head(const unsigned char *p, size_t s, size_t e)
{
    if (e <= s)
        return NULL;
    /* (a phrase of Han characters only, and short) */
    size_t k = e, b;
    int chars = 0;
    while (k > s) {
        long c = cp_before(p, k, &b);
        if (c < 0 || !qzh_is_han(c) || ++chars > PHRASE_CHARS)
            return NULL;
        k = b;
    }
    cp_before(p, e, &b);
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++)
        if (e - b == strlen(heads[h].w) && !memcmp(p + b, heads[h].w, e - b))
            return &heads[h];
    return NULL;
}
