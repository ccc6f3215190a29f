/* zhtime.h — the time word a Chinese clause dates its figure by.
 *
 * A Chinese time adverbial stands before what it dates and holds until
 * another takes its place: "去年我们全年发出去的包裹大概是一千二百万件，
 * 今年预计能翻一番" (the parcels are last year's, the doubling this
 * year's); "2021年建成投用的数据中心目前已承载40余个部门" (the year dates
 * the building, 目前 the figure); "比重将从目前的不到10%提升至2027财年的
 * 15%". So a figure takes the year of the nearest deictic time word
 * before it in its sentence (今年, 去年, 明年, 目前, 截至目前, 本公告披露日:
 * years from the document's date, docinfo.h), when no year is written
 * between them. A time word that is a comparison's base is not one:
 * 较去年, 比去年, 与去年相比, 去年同期. A part of a year (上半年, 前三季度)
 * takes the year written before it, so it is left to the sentence.
 *
 * Pure; nothing here allocates.
 */
#ifndef CB_ZHTIME_H
#define CB_ZHTIME_H

#include <stddef.h>

#include "docinfo.h"

/* The year the nearest deictic Chinese time word before p[claim_s) of
 * the sentence read into t gives the figure there, or 0 (also when that
 * word may be past the DOCINFO_TIMES words t keeps). */
int zhtime_year(const DocTimes *t, size_t claim_s);

/* 1 when the Chinese time word at p[i, e) of the sentence starting at
 * ss is the base of a comparison (较去年, 去年同期, 超过去年), which dates
 * no figure of the sentence. */
int zhtime_is_base(const char *p, size_t n, size_t ss, size_t i, size_t e);

/* The year a Chinese title dated in date_y gives its figures by a time
 * word: "聊聊去年中国跨境电商到底有多猛" posted in March 2024 is about
 * 2023 (去年, 前年); not 去年同期, a comparison's base. 0 when none. */
int zhtime_title_year(const char *title, size_t n, int date_y);

/* The year a Chinese annual report whose title names no year reports on:
 * one out in the first half of date_y (month date_m, 1-6) covers the year
 * before ("某某光通信股份有限公司年度报告摘要" of March 2026: 2025). A
 * title naming 年度报告, 年报, 社会责任报告, 可持续发展报告 or ESG报告 (not
 * 季度, 半年度: a part of the year). 0 when none. */
int zhtime_annual_year(const char *title, size_t n, int date_y, int date_m);

#endif
