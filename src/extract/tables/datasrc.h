/* datasrc.h — the notes of a statistical release that say whose data on
 * what.
 *
 * A communiqué credits its figures topic by topic in a note: "邮政业务数据
 * 来自国家邮政局；电信业务、通信能力、电话及宽带用户...数据来自工业和信息化部；
 * 互联网上网人数、互联网普及率数据来自中国互联网络信息中心。", "5G基站、光缆
 * 线路长度数据来源于中国铁塔股份有限公司广东省分公司及各基础电信企业。", and
 * the rest at once: "其他数据均来自国家统计局。", or a note that ends the
 * document naming no topic, "（数据来源：国家统计局）"; or a note on who
 * compiled them, "（本文数据由第一财经记者根据公开资料整理）" (the outlet).
 *
 * A figure is a topic's when the text before it in its sentence (or its
 * table row's label, its table's caption) names the topic: the topic's
 * characters in order, within twice its length ("全年完成邮政行业寄递业务量
 * 1624.8亿件" speaks of 邮政业务; "固定互联网宽带接入用户" of 宽带用户). A
 * list's shared head is each item's: "电话及宽带用户" is 电话 and 宽带用户.
 * The topic named nearest before the figure wins.
 *
 * Ownership: datasrc_new returns NULL when the document has no such note
 * (nothing allocated), else a DataSrc the caller frees with datasrc_free;
 * it copies what it keeps. It borrows the Metrics only while it is made.
 */
#ifndef CB_DATASRC_H
#define CB_DATASRC_H

#include <stddef.h>

typedef struct Metrics Metrics;
typedef struct DataSrc DataSrc;

/* The notes of doc[0, n) (a body metrics.csv knows by its id, m may be
 * NULL), or NULL when it has none. */
DataSrc *datasrc_new(const Metrics *m, const char *doc, size_t n);
void datasrc_free(DataSrc *ds);

/* The body of the topic doc[s, e) names last, or NULL (ds may be NULL). */
const char *datasrc_body(const DataSrc *ds, const char *doc, size_t s, size_t e);

/* The body of the topic the numbered section's heading above offset at
 * names ("十、邮电通信和信息化" names 邮电通信业务: the topic less its last
 * word, 业务 or 数据, whole in the heading), or NULL (ds may be NULL).
 * The heading is looked for in the 8,000 bytes before at. */
const char *datasrc_heading(const DataSrc *ds, const char *doc, size_t at);

/* The body the notes give the other figures ("其他数据均来自国家统计局"),
 * or NULL. */
const char *datasrc_rest(const DataSrc *ds);

/* The body a note closing a section gives its figures ("注：本章数据来源于
 * 南宁市统计局、…", after the figures of 第一章, from its heading on) for
 * the figure at offset at, or NULL (ds may be NULL). */
const char *datasrc_section(const DataSrc *ds, size_t at);

#endif
