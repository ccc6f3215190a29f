/* openyear.h — the year a paragraph's opening sentence sets.
 *
 * A paragraph often opens with a sentence that states no figure but
 * dates its story, and its later figures that name no year of their own
 * are of that year (FORMAT.md: context from an earlier sentence of the
 * paragraph):
 *   "In 2017 the Government contracted Huawei ..." (an opening phrase:
 *     "In 2017", "During 2023", "By the end of 2022,", "At the end of
 *     2021,");
 *   "Mobile coverage kept improving in 2024. An estimated 41 million
 *     people ..." (the one year of a first sentence with no figure,
 *     after "in", "during", "in <month>" or "by/at the end of"; not
 *     "since 2016", a start, nor "by 2030", a deadline);
 *   "Turning to 2024 guidance. We expect revenue of between ..." (an
 *     earnings call's outlook: a first sentence closing on a year and
 *     "guidance" or "outlook").
 * Only the first sentence sets the scene: an "In 2011, ..." deep in a
 * long paragraph tells one event of its story. Pure functions of the
 * text; nothing allocates.
 */
#ifndef CB_OPENYEAR_H
#define CB_OPENYEAR_H

#include <stddef.h>

/* The year the paragraph p[para, to) opens with, or 0; p[para, to)
 * holds no claim (the paragraph's text before its first figure). */
int openyear_en(const char *p, size_t para, size_t to);

/* Does p[ss, se) write a year of its own (four digits standing alone, a
 * year by lines_year_at)? A sentence that does keeps its own time: the
 * opening sentence's year is not its ("The talks began in 2013.
 * Financing of US$44 million was signed in 2016"). */
int openyear_writes_year(const char *p, size_t ss, size_t se);

/* Does the Chinese sentence at p[k, to) open by looking back over the
 * years to now: "四年来，", "10年来", "近年来", "多年来", "这些年来",
 * "近几年来"? Its figures, and the paragraph's after it, are of the
 * present, not of the year an earlier sentence opened with ("2017年5月，
 * …提出建设“数字丝绸之路”。四年来，…我国已与22个国家…" in 2021). The
 * length of the phrase in bytes with the indent before it, or 0. */
size_t openyear_zh_since(const char *p, size_t k, size_t to);

#endif
