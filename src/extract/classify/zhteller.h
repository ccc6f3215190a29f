/* zhteller.h — a Chinese teller over a known body its told clause names.
 *
 * "亨利·杰克逊协会认为，华为承建了非洲约70%的4G网络": the association
 * tells the figure; Huawei, a body metrics.csv knows, is what the told
 * clause is about, not who tells it. A known body named in the sentence
 * is its credit only when no teller credited by a verb of telling (认为,
 * 表示, 估计, 显示..., credit_zh.h) stands before it: "华为表示，…" and
 * "据华为统计" are Huawei's still.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_ZHTELLER_H
#define CB_ZHTELLER_H

#include <stddef.h>

#include "credit_zh.h"

typedef struct Metrics Metrics;

/* The known body source (its canonical name: "Huawei", "Huawei (华为)")
 * was taken from the sentence doc[ss, at) before the figure at at. Is
 * the last credit of cr ending before at (not one given after its
 * figures) a named one (kind 1) starting in the sentence, with the body
 * named in doc[credit's end, at) and not in doc[ss, credit's end)? Then
 * the teller's name into out and 1; else 0. */
int zhteller_over_known(const Metrics *m, const ZhCredits *cr, const char *doc, size_t ss, size_t at, const char *source, char *out,
                        size_t cap);

#endif
