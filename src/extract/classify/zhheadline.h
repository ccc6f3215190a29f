/* zhheadline.h — a Chinese headline that names its teller before a
 * colon: "工信部：前10月5G基站总数达468.3万个", "【海关总署：前10月我国跨境
 * 电商进出口2.29万亿元】".
 *
 * A news flash or a story's title puts whose figures they are first,
 * then a colon and the figures: the body before the colon tells them.
 * Only a body is such a teller: one metrics.csv knows, or a name ending
 * with a body's word (部, 局, 署, 委, 院, 中心, 公司, 协会...); a person's
 * name before a colon opens a speaker's turn (speakers.h), and a label
 * ("来源：", "问：", "发布单位：") names no teller.
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_ZHHEADLINE_H
#define CB_ZHHEADLINE_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* Does the sentence whose text starts at p[i] (before se) open with a
 * body and a colon, figures after it? 1 with the body as a credit in out
 * (credit_zh_take) and *end past the colon, or 0. */
int zhheadline_credit(const Metrics *m, const char *p, size_t i, size_t se, char *out, size_t cap, size_t *end);

#endif
