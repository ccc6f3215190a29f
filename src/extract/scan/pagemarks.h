/* pagemarks.h — numbers that mark the page or the text, not figures.
 *
 * FORMAT.md: section and page numbers, reference marks and page
 * furniture are no claims. Three shapes the scanner's other rules miss:
 *  - a numbered paragraph or section whose heading or first word is in
 *    capitals: "1.2 PCTO supports the objective", "3.0  AUDIT FINDINGS",
 *    "6.5  Public Wi-Fi hotspots" (a decimal of one or two digits and one
 *    decimal digit alone at a line's start; not a unit's symbol or a
 *    currency, "2.5 GW", "1.2 USD");
 *  - a year with a note's mark glued after its full stop: "since 2019.5
 *    Host States ...", "as of 2021.3 PRC firms" (a year after a word of
 *    time, a one-digit mark, the next sentence opening);
 *  - a page number at the end of a running header in capitals, far from
 *    it: "CABLES, CLOUDS AND CREDIT          141";
 *  - a web page's counters named before them: "Views: 11,044",
 *    "Downloads: 905".
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_PAGEMARKS_H
#define CB_PAGEMARKS_H

#include <stddef.h>

/* Is the number p[start, end), on the line starting at p[line), one of
 * the marks above? intdig: its digits before any decimal point;
 * decimal: it has one. */
int pagemarks_not_figure(const unsigned char *p, size_t n, size_t line, size_t start, size_t end, int intdig,
                         int decimal);

#endif
