/* filer.h — the company whose filing a Chinese news story reports.
 *
 * A story on a listed company's announcement or results ("中科云擎
 * （301386）6月10日晚间公告，…", "阿里巴巴集团5月14日发布2024财年业绩。")
 * retells the filing: the figures "公告显示" or "财报显示" brings are the
 * filer's, and so are the figures of clauses whose subject is the company
 * ("公司实现营收15.2亿元", "中科云擎2024年实现营业收入59.9亿元"), from
 * its own accounts, even in the headline above the filing's sentence.
 * The filer is the body that files ("X公告，") or publishes its results
 * ("X…发布…业绩", 财报, 年报, 年度报告, 季度报告, ending the sentence or
 * the clause of 发布: "X4月18日晚间发布年报，2024年公司实现…") in the
 * story's first FILER_TOP bytes.
 *
 * Nothing here allocates.
 */
#ifndef CB_FILER_H
#define CB_FILER_H

#include <stddef.h>

typedef struct Metrics Metrics;

#define FILER_TOP 6000

/* The filer of the Chinese text doc[0, n) as its credit names it: 1 and
 * out, or 0 when no sentence of its opening files or publishes results. */
int filer_find(const Metrics *m, const char *doc, size_t n, char *out, size_t cap);

/* Does a clause of the sentence doc[ss, se) up to a claim at at open
 * with the company, as "公司" or by the filer's name, the sentence not
 * speaking of its shares on the market ("收盘", "市值": the exchange's
 * figures)? */
int filer_subject(const char *doc, size_t ss, size_t se, size_t at, const char *filer);

#endif
