/* zhplaceset.h — places a Chinese sentence names as members of a set,
 * not as where its figures apply.
 *
 * Two forms:
 *  - a run of three places or more joined by 、, 和, 及, 与 or 以及
 *    ("连接中国、新加坡、马来西亚、印度尼西亚和菲律宾5个国家", "连通越南、
 *    老挝、缅甸等国家"): the set's members. Its figures are no one member's
 *    (the count of them, what spans them); they are placed as the
 *    sentence would be without the list. Not with 分别 or 各自, whose
 *    figures pair with the places one by one (lists.h).
 *  - companies named with their country before them, two or more in one
 *    sentence ("美国SubCom、日本NEC和法国ASN三家合计约占八成", "美国的
 *    SubCom、日本的NEC"): the country is the company's home, not the
 *    market the figure measures.
 *
 * Nothing here allocates; offsets are bytes of the document.
 */
#ifndef CB_ZHPLACESET_H
#define CB_ZHPLACESET_H

#include <stddef.h>

typedef struct ZhPlaceSpan {
    size_t s, e; /* a place cue's byte span, in document order */
} ZhPlaceSpan;

/* For each of the n places pl (in order) named in the sentence
 * doc[from, to), set drop[i] to 1 when place i is a set's member or a
 * company's home, as above; else leave drop[i] as it is. Only places
 * written in Chinese are read. */
void zhps_mark(const char *doc, size_t from, size_t to, const ZhPlaceSpan *pl, size_t n, unsigned char *drop);

#endif
