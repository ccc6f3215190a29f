/* panel.h — the big figure of an infographic's panel and its caption.
 *
 * The text of an infographic (国家统计局's 【数说】, a ministry's "key
 * figures" page) sets each figure on a line of its own, its unit beside
 * it, and says what it is on the line under it: "2.38万亿元" then "跨境电商
 * 进出口（海关总署数据），增长15.6%". The figure's metric and teller are
 * the caption's.
 *
 * Nothing here allocates.
 */
#ifndef CB_PANEL_H
#define CB_PANEL_H

#include <stddef.h>

/* Is the sentence doc[ss, se) of doc[0, n) a Chinese panel's figure, the
 * claim doc[cs, ce) alone on its line but for a short unit or hedge
 * ("亿人", "标准机架", "左右"), with a caption on the next line? Where the
 * caption ends, or 0. */
size_t panel_caption_end(const char *doc, size_t n, size_t ss, size_t se, size_t cs, size_t ce);

#endif
