/* zhbodyact.h — a known body's own act told in a Chinese sentence with the
 * body as its subject: "2023年，商务部会同有关部门举办培训班80余期",
 * "商务部已与30个国家签署双边电子商务合作备忘录", "国家数据局批复建设8个
 * 枢纽节点". What a body did itself (signed, held, approved, built,
 * trained, granted) is its own to tell.
 *
 * The subject opens the sentence, or follows an opening phrase of ten
 * characters at most closed by a comma ("2023年，", "政策上，"), and is a
 * body metrics.csv knows (after 中国 or 我国 at most); then, right after
 * its name, a word of acting (会同, 联合, 已, 已经, 累计, 先后, 共, 与, 同,
 * 向, 为, 举办, 签署, 批复, 批准, 核准, 投入, 发放, 安排, 支持, 组织, 培训,
 * 建设, 推动, 牵头, 宣布); the figure stands after it in the same sentence.
 * Not a body that tells ("商务部表示", credit_zh.h), one named later in
 * the sentence ("与商务部签署"), nor one whose act modifies the subject
 * with 的 before the clause's first comma ("华为与运营商合作建设的网络，
 * 速率达到10Gbps").
 *
 * A weak credit: the caller asks only when the sentence credits no one,
 * and the paragraph does not learn it. Nothing here allocates; what the
 * runs of the last subject read name is kept per thread, by their bytes.
 */
#ifndef CB_ZHBODYACT_H
#define CB_ZHBODYACT_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* The body acting as the subject of the Chinese sentence opening at doc[ss]
 * before the figure at doc[at]: its canonical name in out and 1, or 0. */
int zhbodyact_credit(const Metrics *m, const char *doc, size_t ss, size_t at, char *out, size_t cap);

#endif
