/* transabs.h — a Chinese paper's English abstract, which translates its
 * Chinese one.
 *
 * A Chinese journal prints its abstract twice: "摘  要：本文基于…研究发现：
 * …提高约14.3%…" under the Chinese title, then "Abstract: Using ... data
 * on China and 58 partner countries ... the effect reaches 21.6% ..."
 * under the English title. The English abstract says what the Chinese one
 * says: its figures are the paper's own findings, as the Chinese
 * abstract's are, though few of its sentences say "we". (An English
 * paper's abstract is not such a translation: its counts may be a
 * dataset's, "Using a dataset of 312 projects".)
 *
 * Pure functions of the text; nothing allocates.
 */
#ifndef CB_TRANSABS_H
#define CB_TRANSABS_H

#include <stddef.h>

/* Is the paragraph starting at p[ps] (p holds n bytes) the English
 * abstract of a Chinese paper: it opens with "Abstract" (then a colon, a
 * blank or the line's end), and a paragraph before it opens with the
 * Chinese abstract's label (摘要, 摘  要, 【摘要】, [摘要])? */
int transabs_english(const char *p, size_t n, size_t ps);

#endif
