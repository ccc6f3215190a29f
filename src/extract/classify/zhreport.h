/* zhreport.h — a report a Chinese text names, and whose figures it
 * tells.
 *
 * A story names a report once, by its title or by who issued it
 * ("论坛期间还发布了《中国—东盟数字经济发展报告（2024）》。", "美国战略与
 * 国际问题研究中心近日发布报告称，…"), then tells its figures as the
 * report's: "报告显示，…", "报告还称，…", "该报告估算，…", or the title
 * alone before the verb ("论坛同期发布的《数字丝绸之路发展报告（2025）》
 * 显示，…", where no teller stands before it). Such figures are the body's
 * that made the report: the one that issued it ("X发布的《…》", "X近日
 * 发布报告"), or compiled it, said before or just after ("报告由国家信息
 * 中心牵头编制"); else, with no maker named, the report's title.
 *
 * Offsets are bytes of the document; nothing here allocates or keeps
 * state.
 */
#ifndef CB_ZHREPORT_H
#define CB_ZHREPORT_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* Does the report the text named before tell what follows p[i] (a
 * clause's start, before se): 报告, 白皮书 or 蓝皮书 (该报告, 这份白皮书,
 * 上述报告) then a verb of telling ("报告显示", "报告还称", "该报告估算",
 * "蓝皮书指出"), or of what it cites ("报告援引相关数据指出")? 1 and *end
 * past the verb, or 0. */
int zhreport_teller(const char *p, size_t i, size_t se, size_t *end);

/* After 据 or 根据 at p[i]: does the report the text named before stand
 * there ("根据报告引用的估算", "据该白皮书统计")? 1 and *end past the
 * report's word, or 0. */
int zhreport_after_ju(const char *p, size_t i, size_t se, size_t *end);

/* "报告由国家信息中心牵头编制": a clause at p[i] naming who made the report
 * (由 NAME, then 牵头, 联合 or 组织 and a verb of making: 编制, 发布,
 * 编写, 撰写, 完成). 1 with the name's span in [*ns, *ne) and *end past
 * the verb, or 0. */
int zhreport_made_by(const char *p, size_t i, size_t se, size_t *ns, size_t *ne, size_t *end);

/* The maker of the last report named in p[from, at) as a credit
 * (credit_zh_take), or, with no maker named, its title (《》 off); 1 and
 * out, or 0 when no report is named there. n is the text's end: a maker
 * may be named just after the title's sentence. */
int zhreport_credit(const Metrics *m, const char *p, size_t n, size_t from, size_t at, char *out, size_t cap);

/* The report a teller at p[at] of the sentence starting at ss stands
 * for, looked for where a reader looks: in its paragraph or the one
 * above, else the last named in the 4,000 bytes before (a story's lead
 * names the report; "报告认为，…" opens a paragraph two below it).
 * zhreport_credit's answer. */
int zhreport_credit_near(const Metrics *m, const char *p, size_t n, size_t ss, size_t at, char *out, size_t cap);

#endif
