/* tables_frame.h — the layout around a row of a table aligned by blanks,
 * as statistical releases and PDF text set them:
 *
 *   Table 2.1 Retail digital payment transactions      caption
 *                                                      (a blank line)
 *                              2022      2023  % change   header
 *   Volume (million transactions)                      group row
 *     Mobile banking       17,987.3  22,354.6      24.3   the row
 *
 *   表1  2023年广东省电信业务收入情况                    caption
 *                                      单位：亿元       unit line
 *   指标名称              2023年     比上年增长（%）     header
 *   ------------------------------------------------   rule
 *
 * Around a row the frame finds its caption (one or more lines, "Table
 * 2." or "表1" opening it, in the block or above it across blank lines),
 * a line that is the table's unit alone ("(percent)", "单位：万人"), the
 * header line and the lines continuing it ("(millions)   (%)"), the group
 * row the row stands under ("Value (THB billion)"), a row of years or
 * dates that dates each column ("2018.12   2019.6", over or under the
 * rows), the row's own label, and for the rows of a chart's data labels
 * (as PDF text gives them: no labels, a row of years, then the legend
 * "■ 网民规模   ● 互联网普及率") the legend's item that names the row, in
 * order. Rules of dashes are skipped.
 *
 * Part of the table reader (tables.h). Offsets are bytes of the
 * document; nothing here allocates.
 */
#ifndef CB_TABLES_FRAME_H
#define CB_TABLES_FRAME_H

#include <stddef.h>

/* Each part is a byte range of the document, [x, x) when absent. */
typedef struct TableFrame {
    size_t cap_s, cap_e;     /* the caption, from its first line to its last */
    size_t unit_s, unit_e;   /* a line that is the table's unit alone */
    size_t head_s, head_e;   /* the header line: the columns' names */
    size_t more_s, more_e;   /* the header's further lines, under it */
    size_t group_s, group_e; /* the group row over the row */
    size_t axis_s, axis_e;   /* a row of years or dates, over or under */
    size_t label_s, label_e; /* the row's label: its first cell */
    size_t tail_s, tail_e;   /* the label's bracket alone on the line under
                              * the row ("Mean time to contain" ... over
                              * "  (days)"): not a group row of the rows after */
    size_t legend_s, legend_e; /* a chart's legend item naming the row ("■ 网民规模") */
    size_t date_s, date_e;   /* the year or date opening the row, when its first cell is
                              * one ("2021年    29.0"): a point of the caption's series */
    int figures;             /* the figures of the row (cells of numbers) */
    int fields;              /* the block is of keys and values, an infobox */
} TableFrame;

/* The frame of the row p[ls, le) (le at its '\n' or n): 1 and *f filled
 * when the row is a row of figures (a header, a row of years, a caption
 * or a line of prose is not: 0). */
int tables_frame_read(const unsigned char *p, size_t n, size_t ls, size_t le, TableFrame *f);

/* While a text is held (id, never 0, unique to the holder and the text
 * it reads; 0 lets go), tables_frame_read keeps the last row's frame for
 * the row's other figures. The holder must not change the text. */
void tables_frame_hold(unsigned long id);

/* The id of the holder now (0: none): other answers kept per table key on it. */
unsigned long tables_frame_held(void);

/* The cell over (or under) the columns [cs, ce) in the line p[ls, le) of
 * the same table: cells are split at runs of two blanks or tabs, and the
 * one with the most overlap (else the nearest) is taken; over: only a
 * cell that overlaps. *cs_out, *ce_out get its bytes; 1, or 0 with none. */
int tables_frame_cell(const unsigned char *p, size_t ls, size_t le, size_t cs, size_t ce, int over, size_t *cell_s,
                      size_t *cell_e);

/* When the row p[ls, le) has as many cells as the header line
 * p[head_s, head_e) (two or more), the header cell in the place of the
 * row's cell holding p[start, end), whatever the alignment: 1 and
 * *cell_s, *cell_e filled, else 0. */
int tables_frame_cell_same_place(const unsigned char *p, size_t head_s, size_t head_e, size_t ls, size_t le,
                                 size_t start, size_t end, size_t *cell_s, size_t *cell_e);

/* Is the cell p[a, b) a year or a date alone, as a header or an axis
 * names a column ("2023", "2022/23", "2021-2023", "2018.12", "Mar-24",
 * "FY2024", "2025 Budget")? */
int tables_frame_date_cell(const unsigned char *p, size_t a, size_t b);

/* The screen columns p[s, i) takes (a Chinese character two). */
size_t tables_frame_columns(const unsigned char *p, size_t s, size_t i);

/* Back over a hedge mark right before the figure at p[start] on the
 * line from ls ("~140", "≈140", "c. 1,900"): where the cell opens. */
size_t tables_frame_hedge_back(const unsigned char *p, size_t ls, size_t start);

/* The start of the caption of a table: "Table 2.", "Figure 1:",
 * "Exhibit 3", "表1", "图 3" opening the trimmed line p[s, e)? */
int tables_frame_caption_line(const unsigned char *p, size_t s, size_t e);

/* The caption over a table whose block starts at the line top: the
 * lines above it, across up to two blank lines (from a line opening a
 * caption, else the last line), and a unit line among them. Fills the
 * cap and unit ranges of f that are still empty. */
void tables_frame_above(const unsigned char *p, size_t top, TableFrame *f);

#endif
