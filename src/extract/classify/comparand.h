/* comparand.h — the place a figure is compared with.
 *
 * "Backbone prices remain high at about $38 per Mbps per month, nearly
 * three times the rate in Viet Nam", "a share higher than in Kenya",
 * "up 12%, compared with Ghana", "Kenya's 40% versus Uganda": the place
 * after the comparison is the yardstick's, not the figure's, when the
 * figure stands before the comparison. The place must follow the
 * comparison's words closely ("than in", "compared with", "versus",
 * "times the rate in"): "more than 40 countries in Africa" compares
 * nothing (a figure, not a place, follows "than"). So is the place of a
 * benchmark the figure is set against ("below the ASEAN average of
 * 12.4"), for every figure but the benchmark's own.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_COMPARAND_H
#define CB_COMPARAND_H

#include <stddef.h>

/* Is the place named at p[s, ...) of the sentence p[ss, s) the yardstick
 * of a comparison that opens after the claim starting at p[at]? */
int comparand_place(const char *p, size_t ss, size_t s, size_t at);

/* Is the place named at p[s, e) of the sentence p[ss, se) the place of a
 * benchmark ("well below the Sub-Saharan Africa average of 30 percent",
 * "about a tenth of the global median", "the average in Southeast
 * Asia") that the claim starting at p[at] is not the value of? The
 * benchmark keeps its place to its own figure, the one right after its
 * word ("average of 30 percent", "median (12.4)"); the sentence's other
 * figures are the subject's. */
int comparand_benchmark(const char *p, size_t ss, size_t se, size_t s, size_t e, size_t at);

/* Might the sentence p[ss, se) hold such a comparison (a cheap look)? */
int comparand_may(const char *p, size_t ss, size_t se);

#endif
