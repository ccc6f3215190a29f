/* zhplan.h — the year a Chinese plan's frame gives the figures under it.
 *
 * A plan states its targets under a lead that dates them all: "到2025年，
 * 全市数字经济规模突破3,000亿元……", then lines opening with a dash, each
 * a target of that year ("——信息基础设施全面升级。5G基站总数达到2.5万个").
 * Its review of the last five-year plan opens with the period
 * ("“十三五”期间，我市数字经济发展取得积极成效。"): the undated figures of
 * that section are of the period's last year (十三五 2016-2020: 2020).
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_ZHPLAN_H
#define CB_ZHPLAN_H

#include <stddef.h>

/* The year the frame above the sentence starting at p[ss] gives it: the
 * year of a lead "到YYYY年" over the dash lines the sentence's line is
 * one of, else the last year of a five-year plan's period opening a
 * paragraph of its section before it ("十三五"期间, 时期); 0 when none.
 * The walk back stops at a heading (a line with no 。) and after a few
 * thousand bytes. */
int zhplan_frame_year(const char *p, size_t n, size_t ss);

/* The last year of the span a plan's title in the sentence p[ss, se)
 * runs over, "《中国—东盟数字经济合作行动计划（2025—2027）》" (2027), "《…
 * 规划（2021—2025年）》": the plan's figures are its targets for that
 * year; 0 when the sentence names no such title. */
int zhplan_title_end(const char *p, size_t ss, size_t se);

/* The last year of the five-year plan named at p[i] (十二五 2015, 十三五
 * 2020, 十四五 2025, 十五五 2030), its length in *len; 0 when none. */
int zhplan_period_end(const char *p, size_t n, size_t i, size_t *len);

#endif
