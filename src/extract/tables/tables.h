/* tables.h — what a number standing in a table means.
 *
 * A bare number in a table row counts what its column header, its row's
 * label or the table's caption says: "Internet users (%)" over
 * "| 40.8 |", "(RMB million unless stated)" over "Operating revenue
 * 31,204.7". Only an explicit unit makes a claim: a column of ranks or
 * years stays silent. The row, the caption and the notes under the table
 * also date and credit its figures: a year cell, a caption's year, a
 * "Source:" line.
 *
 * Tables are read as they come in text: rows of cells between pipes
 * ("| Kenya | 40.8 |") or tabs, or aligned by runs of blanks or dot
 * leaders; and fields, a key and its value ("Fibre pairs | 6",
 * "Population (2023)<TAB>126.5 million", "Amount (Nominal USD):
 * 172,716,420").
 *
 * The reader works in phases: the layout of the row's table (its cells
 * between pipes or tabs here; a table aligned by blanks, with its rules,
 * caption, unit line, header lines, group rows, row of dates and legend,
 * in tables_frame.h), the unit and year each part of it states
 * (tables_unit.h), and here the order in which they are asked.
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_TABLES_H
#define CB_TABLES_H

#include <stddef.h>

#include "claim.h"

typedef struct Metrics Metrics;

/* The unit a header cell or caption states. */
typedef struct TableUnit {
    int pct;            /* "%", "percent" */
    const char *cur;    /* ISO code of a currency ("US$ billion"), or NULL */
    double scale;       /* "million" 1e6; 1 when none */
    char noun[48];      /* a counted noun or unit symbol ("km", "Gbit/s"), or "" */
    const char *per;    /* "/month", "/year" for money per period ("TZS per month"), or NULL */
    int pct_col;        /* a unit line listing % after its unit ("单位：亿元；%"): a
                         * column of changes or shares is in percent */
} TableUnit;

typedef struct TableCell {
    TableUnit unit;
    /* the header cell over the cell's column, the table's caption line
     * and the row's label cell (a field's key); [x, x) when none. The
     * classifier reads them for a metric, a year and a place the row does
     * not state. */
    size_t head_s, head_e, cap_s, cap_e, label_s, label_e;
    int year;           /* the year the column's header (or key) names, or 0 */
    int head_unit;      /* the column's own header states the unit ("cameras",
                         * "Share (%)", "amt_m" beside a currency cell): a
                         * figure under it that looks like a year is a figure */
} TableCell;

/* Is the number text[start, num_end), on the line starting at
 * line_start, a table cell whose column, row label or caption states a
 * unit? 1 and *cell filled, else 0. whole: the number has no fraction
 * (only a whole number counts the noun its row names). */
int tables_cell(const char *text, size_t n, size_t line_start, size_t start, size_t num_end, int whole,
                TableCell *cell);

/* The column of a figure p[start, end) that states its own unit
 * ("59.6%", "4.1 million") and stands in a row of a table aligned by
 * blanks: its header cell (or the chart legend's item naming its row),
 * the caption, the row's label and the column's year, as tables_cell
 * gives them; cell->unit is left empty. 1 when its column has a header
 * or a year, else 0. */
int tables_column(const char *text, size_t n, size_t start, size_t end, TableCell *cell);

/* Does the figure p[start, end) close a row of a table, after a gap of
 * blanks or a tab or on a line of pipes, with only blanks after it on
 * its line? Then the words on the next line are the next row's label,
 * not what it counts. */
int tables_row_end(const char *text, size_t n, size_t start, size_t end);

/* The year a table's caption p[s, e) states ("Table A.1  Internet use,
 * 2025"): the last four-digit year standing alone in it, or 0. */
int tables_caption_year(const char *p, size_t s, size_t e);

/* A row of a table ("Kenya | 40.8 | 2022 | ITU", or aligned columns)
 * dates and credits claim c in cells of its own: a cell that is a year
 * sets c->year, a known body in a pipe table's cell c->source (each only
 * when still empty). A pipe table's header may name the columns: the
 * cell under a date column ("yr", "Year signed") sets the year, the cell
 * under a source column ("src") the source (a body known or not), over
 * what the row's text said. A claim not standing in a row is left
 * alone. Returns the TABLES_ROW_* bits of the fields it set. */
enum { TABLES_ROW_YEAR = 1, TABLES_ROW_SOURCE = 2, TABLES_ROW_SOURCE_COLUMN = 4 };
int tables_row(const Metrics *m, const char *p, size_t n, Claim *c);

/* How many places the row line holding offset at names, told apart by
 * id, up to 2 ("SEACOM<TAB>Kenya, Tanzania, Mozambique<TAB>17,000": 2). A
 * row naming several countries is no one country's: its figures are the
 * table's, of the place the document is about. */
int tables_row_places(const Metrics *m, const char *p, size_t n, size_t at);

/* The title of the record whose field holds offset at: a block of
 * "Key: value" lines (to a blank line or a rule) with a "Title:",
 * "Project:" or "Project name:" field; its value in [*s, *e) and 1, else
 * 0. The offset must stand in a field's value, not in prose. */
int tables_record_title(const char *p, size_t n, size_t at, size_t *s, size_t *e);

/* The body the "Source:" line among the notes under a table credits (the
 * notes start at or after offset i, past up to three blank lines):
 * written to out and 1, or 0. */
int tables_note_source(const Metrics *m, const char *p, size_t n, size_t i, char *out, size_t cap);

/* Where that "Source:" line starts, or n when there is none. */
size_t tables_note_line(const char *p, size_t n, size_t i);

#endif
