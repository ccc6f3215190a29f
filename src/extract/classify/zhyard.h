/* zhyard.h — the place a Chinese ratio is measured against.
 *
 * "非洲伙伴国的投递时长是东南亚国家的4倍", "土地成本仅为新加坡的五分之一",
 * "约占东南亚总量的四成", "普及率不足欧洲（82.5%）的四成": a multiple, a
 * share or a fraction of a place's quantity is the subject's figure; the
 * place after the verb of comparison (是, 为, 相当于, 占, 不足, 不到)
 * and before the 的 that ends its quantity is only the
 * yardstick. A ratio (倍, 成, 分之, 一半, %) must stand right after that
 * 的 (past a hedge, 约, 近), in the place's clause. Not 高于 or 低于: "远低
 * 于欧洲的91%" gives Europe's own figure.
 *
 * Offsets are bytes of the document; nothing here allocates or keeps
 * state.
 */
#ifndef CB_ZHYARD_H
#define CB_ZHYARD_H

#include <stddef.h>

/* Is the place named at p[ps, pe), in the sentence that ends at p[se],
 * the yardstick of a ratio after it in its clause, for the claim at
 * p[cs, ce)? Every figure of the sentence but the yardstick's own (one
 * between the place and its 的, "欧洲（82.5%）的四成") is not the place's:
 * "约为1.1亿美元，不到东南亚项目平均规模的一半". */
int zhyard_place(const char *p, size_t se, size_t ps, size_t pe, size_t cs, size_t ce);

#endif
