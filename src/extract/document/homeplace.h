/* homeplace.h — China's places by rank: a province (or autonomous region,
 * or municipality) is within China, a city within its province, as the
 * scope rows of data/metrics.csv say in their within column.
 *
 * A Chinese text places its figures by rank. A province's report names
 * its cities in passing ("贵阳大数据交易所全年交易额突破20亿元" in Guizhou's
 * government work report): the figure is the province's, as the report
 * is. A table by city keeps its rows' cities. A city's or a province's
 * own text says 全市 or 全省 for itself, and a Taiwanese text 我國 for
 * Taiwan.
 *
 * Nothing here allocates; ids returned are owned by the Metrics.
 */
#ifndef CB_HOMEPLACE_H
#define CB_HOMEPLACE_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* The province that holds the city id, or NULL when id is no city of a
 * province of China. */
const char *homeplace_province(const Metrics *m, const char *id);

/* Is id a province of China (within china)? */
int homeplace_is_province(const Metrics *m, const char *id);

/* Does the line t[from, to) count China's provinces or cities ("31省份",
 * "7省份", "十省区市", "各省份", "多个城市")? A title that does, a ranking
 * of provinces, is about all of them: the one it names in passing ("贵州增速
 * 连续九年领跑") is not the document's place. */
int homeplace_counts_provinces(const char *t, size_t from, size_t to);

/* The place a figure named at city id stands for in a text whose section
 * or document is about the place whole: the province, when whole is the
 * province that holds the city; else NULL (the city is the figure's). */
const char *homeplace_for(const Metrics *m, const char *id, const char *whole);

/* The place a home word of the sentence doc[ss, se) stands for, in a
 * text whose place (or, when it names none, its publisher's home,
 * docinfo.h) is place: 全市, 我市, 本市 its city; 全省, 我省, 本省 (全区,
 * 我区 in an autonomous region) its province, or its city's. NULL when
 * the sentence says none, or the text has no place of that rank. */
const char *homeplace_word(const Metrics *m, const char *doc, size_t ss, size_t se, const char *place);

/* Does the sentence doc[ss, se) say a home word (全市, 全省...)? Without
 * one, homeplace_word is NULL whatever the place: a caller asks this
 * first and reads the place only then. */
int homeplace_says_own(const char *doc, size_t ss, size_t se);

/* Does the sentence doc[ss, se) name China only by the words a text uses
 * for its own country (我国, 本国, 全国, 国内, 境内), no 中国? In Taiwan's
 * texts these words are Taiwan's. */
int homeplace_own_country(const Metrics *m, const char *doc, size_t ss, size_t se);

#endif
