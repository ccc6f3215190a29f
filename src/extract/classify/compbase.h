/* compbase.h — the year of what a figure is compared with.
 *
 * A results line compares its figure with a period before it: "up 26% on
 * Q3 2023", "ZMW 38.6 billion, up 26% on Q3 2023", "(Q3 2023: 4.2
 * million)", "up by half from 2022". The year after the comparison's
 * word is the base's, not the figure's, even when the year names a part
 * of it (a quarter, a half, a fiscal year, "the same period of").
 *
 * Nothing here allocates.
 */
#ifndef CB_COMPBASE_H
#define CB_COMPBASE_H

#include <stddef.h>

/* Where the period naming the year at p[y] starts ("Q3 2023", "H1 2023",
 * "FY 2023", "the same period of 2023", "end-2023"), not before ss; y
 * when the year stands alone. */
size_t compare_period_start(const char *p, size_t ss, size_t y);

/* From p[k], past such a period's words to where its year stands (k
 * when none opens there), not past se. */
size_t compare_period_end(const char *p, size_t k, size_t se);

/* Is the year at p[y] of the sentence p[ss, se) the base of a change
 * stated before it in its clause: a comparison's word ("on", "over",
 * "from", "than", "against", "versus", "compared with") just before the
 * year or its period, and before that word a change ("up", "down",
 * "increase", "fell", a figure in % or points, "by half")? Not a span of
 * years ("from 2019 to 2021"). */
int compare_base(const char *p, size_t ss, size_t se, size_t y);

/* Is the claim starting at p[claim_s] the figure a change is measured
 * from: "up from 29.8 percent in 2021", "compared with about 4.9
 * percent", "from a peak of 26.2 per cent", the second of a pair, "up
 * from 1,640 exhibitors and 35 countries in 2022", or the whole a part
 * or a multiple is taken of, "about a third of the 7.2 million recorded
 * in 2018"? Its year dates it alone: it teaches its paragraph none. */
int compare_figure(const char *p, size_t ss, size_t claim_s);

/* Is the year at p[y] of the Chinese sentence p[ss, se) the base of a
 * comparison: opened by 较, 比, 由, 从 or 与 and followed in its clause by
 * the change from it ("由2022年的20.6%提升至27.7%", "比2020年增长了近3倍",
 * "较2022年的百分之94.6上升")? Where the base's own figure would start
 * (past 年, a month, 末/底, 同期, 的), else 0. Not a span of years
 * ("从2019年到2023年", "从2013年起"). */
size_t compare_base_zh(const char *p, size_t ss, size_t se, size_t y);

/* Does a claim starting at p[claim_s] stand right where such a base's
 * figure starts (bz), or after a hedge (不到, 约, 接近, 超过)? Not after
 * a change ("较2022年12月提升4.6个百分点"). */
int compare_base_figure(const char *p, size_t bz, size_t claim_s);

/* Is the claim starting at p[claim_s] such a base's own figure ("由2022
 * 年的20.6%", "从2019年的不到20%")? The base's year, else 0. That year
 * dates it, before any time word of the sentence ("升到现在的接近40%"),
 * and it alone: it teaches its paragraph none. */
int compare_figure_zh(const char *p, size_t ss, size_t se, size_t claim_s);

#endif
