/* zhsource.h — a known body credited in Chinese, named as Chinese readers
 * know it.
 *
 * metrics.csv names a body that English and Chinese texts both credit by
 * its English id ("Huawei", "ITU", "People's Bank of China"); one that
 * only Chinese texts credit carries its Chinese name in its id already
 * ("Tencent (腾讯)", "ZTE (中兴通讯)"). A claim of a Chinese sentence
 * credited to a body of the first kind is given the second form: the id
 * and, in brackets, the first Chinese name of its cues ("Huawei (华为)").
 * Claims of English text keep the bare id.
 *
 * Nothing here allocates.
 */
#ifndef CB_ZHSOURCE_H
#define CB_ZHSOURCE_H

#include <stddef.h>

#include "metrics.h"

/* When source (capacity cap) is a body metrics.csv knows whose id holds
 * no Han character and whose cues hold a Chinese name: append " (name)"
 * if it fits. 1 when changed, else 0. */
int zhsource_name(const Metrics *m, char *source, size_t cap);

#endif
