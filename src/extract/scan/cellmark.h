/* cellmark.h — marks beside a figure in a table's cell, a bullet or a
 * chart's data row, which say the figure is one.
 *
 * - A signed change: "+1.4 GB" in a "Change" column, "+180 km" before the
 *   row's end, "+5pp YoY" in a bullet. A "+" before a bare number is
 *   otherwise a telephone's ("+254 20 123 4567").
 * - A percentage-point change glued to its number: "+1.3pp", "-0.3pp",
 *   "1.3pp" (a decimal); "a 120pp report" counts pages. Points after a
 *   share on the same line are percentage points too ("19.8%  +2.4 pts").
 * - A note letter glued to a table cell: "58.5b", "152 018d" under a
 *   statistical yearbook's footnotes a, b, c. "b" is also "billion": it is
 *   a note only where the table marks other cells with note letters.
 * - A chart's data row written as text: "Southeast Asia 47 | Central Asia
 *   33 | Pacific 8", each field a label and its figure, counting the
 *   noun of the figure's caption above.
 *
 * The scanner (scan.c) asks; offsets are bytes of the document p[0, n).
 * Nothing here allocates or keeps state.
 */
#ifndef CB_CELLMARK_H
#define CB_CELLMARK_H

#include <stddef.h>

/* A share's sign or word right after the number ending at p[i): "%",
 * "pp", "bps", "percent", "per cent" ("+12%" is growth). */
int cellmark_share_after(const unsigned char *p, size_t n, size_t i);
/* Does a figure ending at p[e) fill a field of an export's row
 * ("...|Huawei|124.7|USD|..."): nothing but a percent sign between it
 * and the next pipe or the line's end? */
int cellmark_cell_figure(const unsigned char *p, size_t n, size_t e);
/* After a "+" and the number ending at p[e): a unit word at most, then
 * the cell's or line's end, or a period compared ("YoY", "QoQ")? */
int cellmark_signed_change(const unsigned char *p, size_t n, size_t e);
/* Is the word p[e, we) glued to the number at p[s, e) "pp" (or "ppt",
 * "ppts") that a sign, a decimal or a verb of change before makes a
 * change in percentage points (1), or "bp", "bps": basis points (2)? */
int cellmark_glued_pp(const unsigned char *p, size_t s, size_t e, size_t we, int sign, int decimal);
/* Are the points p[j, we) after the signed number starting at p[s] points
 * of a share, the line giving the share before it ("19.8%   +2.4 pts")? */
int cellmark_share_points(const unsigned char *p, size_t s, size_t j, size_t we);
/* Is c a letter a statistical table glues to a cell as its note, and no
 * scale: a to h but b (a billion's), p (preliminary), r (revised)? The
 * one list of them, for the scanner and the tables' readers. */
static inline int cellmark_note_char(int c)
{
    return (c >= 'a' && c <= 'h' && c != 'b') || c == 'p' || c == 'r';
}
/* Is the single letter p[e], glued to the number p[s, e), a table cell's
 * note mark? */
int cellmark_note_letter(const unsigned char *p, size_t n, size_t s, size_t e, int decimal);
/* Is the number p[s, e) a field's figure in a chart row "Label N | Label
 * N | Label N"? */
int cellmark_chart_field(const unsigned char *p, size_t n, size_t s, size_t e);

/* The noun a chart row's figures count, from the figure's caption on the
 * lines above the row at p[s]: "Figure 1: Safe city projects involving
 * Chinese vendors, by subregion" counts "projects", the plural before the
 * caption's first preposition. Its bytes in *ws, *we; 0 when none. */
int cellmark_chart_noun(const unsigned char *p, size_t s, size_t *ws, size_t *we);

#endif
