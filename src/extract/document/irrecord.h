/* irrecord.h — the company answering in a Chinese Q&A record.
 *
 * A listed company's record of its meetings with investors (投资者关系活动
 * 记录表, a broker's 调研纪要, an earnings call's 业绩说明会, a reply to an
 * exchange's 问询函) is written as questions and answers: "问：公司海外业务
 * 进展如何？" then "答：公司2025年上半年海外收入约3.2亿元". Whoever publishes
 * it (the broker, a platform), the answers are the company's: its name
 * before its stock code in the opening lines ("星海科技（688123）投资者关系
 * 活动记录表", "星海科技（688123.SH）调研纪要") or after "证券简称："
 * ("证券代码：688123  证券简称：星海科技").
 *
 * Nothing here allocates.
 */
#ifndef CB_IRRECORD_H
#define CB_IRRECORD_H

#include <stddef.h>

/* When doc[0, n)'s opening lines (1,500 bytes) name a Q&A record of a
 * listed company, that company as written into out (capacity cap): 1;
 * else 0. */
int irrecord_answerer(const char *doc, size_t n, char *out, size_t cap);

#endif
