/* zhnounhead.h — what an unknown Chinese noun counts, read from its head.
 *
 * A Chinese noun phrase ends in its head: 加速卡 is a kind of 卡 (card),
 * 代表处 a kind of 处 (office), 变电站 and 中继站 kinds of 站 (station).
 * When the words after a classifier hold no noun of the lexicon
 * (quantity_zh.h), the phrase's last character may still say what is
 * counted: "配置了8张加速卡" counts cards, "设立12个代表处" offices,
 * "覆盖7个州" states. Only heads that end a phrase count (the 卡 of
 * 卡塔尔 starts a name, it ends nothing), and only characters that as a
 * phrase's last one name a thing in their own right.
 *
 * scan_zh.c asks this when noun_word_after found no noun. Offsets are
 * bytes of the document; nothing here allocates.
 */
#ifndef CB_ZHNOUNHEAD_H
#define CB_ZHNOUNHEAD_H

#include <stddef.h>

#include "quantity_zh.h"

/* The head of the noun phrase p[s, e) of Han characters (e its end: a
 * mark, a particle or a number follows): the counted noun its last
 * character names, or NULL when that character names none or the phrase
 * is longer than a noun phrase gets (eight characters). */
const ZhWord *znh_head(const unsigned char *p, size_t s, size_t e);

#endif
