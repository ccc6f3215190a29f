/* zhsource.h — a known body credited in Chinese, named as Chinese readers
 * know it and as the document writes it.
 *
 * metrics.csv names a body that English and Chinese texts both credit by
 * its English id ("Huawei", "ITU", "People's Bank of China"); one that
 * only Chinese texts credit carries its Chinese name in its id already
 * ("Tencent (腾讯)", "ZTE (中兴通讯)"). A claim of a Chinese sentence
 * credited to a body of the first kind is given the second form: the id
 * and, in brackets, the first Chinese name of its cues ("Huawei (华为)").
 * Claims of English text keep the bare id.
 *
 * A reader names the body as the document does: where the document
 * writes another of the body's Chinese names ("国家发改委" for the NDRC,
 * "工信部" for the MIIT, "商務部" in traditional characters), that name is
 * added in the brackets too, as written ("NDRC (国家发展和改革委员会、
 * 国家发改委)"); not a name the canonical one already holds ("海关" of
 * "海关总署"), nor a report's title among the cues ("…统计报告", "…公报").
 * In a Chinese document (a third of its bytes Han) the Chinese name is given
 * to a claim with no Han character near it too: a table's cell under a
 * Chinese note ("来源：商务部").
 *
 * The names a document writes are looked up once a body a document, for
 * its first 32 bodies (the rest are given the canonical name alone: the
 * text is searched a bounded number of times); nothing here allocates.
 */
#ifndef CB_ZHSOURCE_H
#define CB_ZHSOURCE_H

#include <stddef.h>

#include "metrics.h"

/* When source (capacity cap) is a body metrics.csv knows whose id holds
 * no Han character and whose cues hold a Chinese name: append " (name)"
 * if it fits. 1 when changed, else 0. */
int zhsource_name(const Metrics *m, char *source, size_t cap);

#define ZHNAMES_MEMO 32

/* One document's bodies as named (see above). */
typedef struct ZhNames {
    const char *data;    /* the text as read (folded to simplified) */
    const char *orig;    /* as written: same offsets */
    size_t n;
    int chinese;         /* a third of the text is Han at least */
    size_t nmemo;
    struct {
        char in[128], out[128];
    } memo[ZHNAMES_MEMO];
} ZhNames;

/* Start z on a document of n bytes, cjk of its characters Han
 * (textkind.h). */
void zhnames_init(ZhNames *z, const char *data, const char *orig, size_t n, size_t cjk);

/* Is the document Chinese text (a third of its bytes Han at least)? */
int zhnames_chinese(const ZhNames *z);

/* Name source (capacity cap), a body credited in Chinese text, as above:
 * the canonical Chinese name after a bare id, then the body's other
 * Chinese names the document writes, as written. 1 when changed. */
int zhsource_written(ZhNames *z, const Metrics *m, char *source, size_t cap);

#endif
