/* tables_frame.c — the layout around a row of an aligned table (see
 * tables_frame.h). */
#include "tables_frame.h"

#include <string.h>
#include <strings.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ascii.h"
#include "cellmark.h"
#include "lines.h"
#include "quantity.h"
#include "tables.h"
#include "tables_unit.h"
#include "utf8.h"
#include "textwalk.h"

/* The longest line a table has; longer lines are prose. */
#define LINE_MAX_BYTES 400
/* How far the frame looks: lines over the row, lines under it. */
#define BLOCK_UP 40
#define BLOCK_DOWN 8
#define MAX_CELLS 32

size_t tables_frame_columns(const unsigned char *p, size_t s, size_t i)
{
    return utf8_width((const char *)p + s, i - s);
}

/* A full-width blank ("　"), which Chinese tables align with. */
static int wide_blank(const unsigned char *p, size_t e, size_t k)
{
    return k + 3 <= e && p[k] == 0xE3 && p[k + 1] == 0x80 && p[k + 2] == 0x80;
}

/* Is the full-width blank at p[k] alone between two Han characters, a
 * word's letter-spacing in a header or a label ("项　目", "同　比"), not a
 * gap between cells? */
static int letter_space(const unsigned char *p, size_t e, size_t k)
{
    return k >= 3 && k + 6 <= e && p[k - 3] >= 0xE4 && p[k - 3] <= 0xE9 && p[k + 3] >= 0xE4 && p[k + 3] <= 0xE9;
}

/* Dot leaders at p[k] ("Revenue ........ 1,234", ". . . ."): the length
 * of the run of dots and blanks, when it holds four dots (two before a
 * gap of blanks); else 0. */
static size_t leader(const unsigned char *p, size_t e, size_t k)
{
    size_t j = k;
    int dots = 0;
    while (j < e && (p[j] == '.' || p[j] == ' ')) {
        dots += p[j] == '.';
        j++;
    }
    /* (a short leader padded to its column: "Cash and cash equivalents ..  12,406.9") */
    int padded = dots >= 2 && j - k >= (size_t)dots + 2 && p[j - 1] == ' ' && p[j - 2] == ' ';
    return (dots >= 4 || padded) && (p[k] == '.' || (k + 1 < e && p[k + 1] == '.')) ? j - k : 0;
}

/* Does a gap between cells start at p[k]: two blanks, a tab, a
 * full-width blank, dot leaders? */
static int gap_at(const unsigned char *p, size_t e, size_t k)
{
    if (wide_blank(p, e, k))
        return !letter_space(p, e, k);
    if (p[k] == '\t')
        return 1;
    if (p[k] == ' ')
        return k + 1 < e && (p[k + 1] == ' ' || p[k + 1] == '\t' || (p[k + 1] == '.' && leader(p, e, k)));
    return p[k] == '.' && leader(p, e, k);
}

/* The bytes a gap may start at (gap_at): a blank, a tab, a dot, the
 * first byte of a full-width blank. A cell's other bytes are passed by
 * a table lookup, not asked gap_at each. */
static const unsigned char gap_first[256] = {[' '] = 1, ['\t'] = 1, ['.'] = 1, [0xE3] = 1};

#ifdef __SSE2__
/* The first byte from p[k] where gap_at may say yes: a byte of
 * gap_first, but a blank only before a blank, a tab or a dot (gap_at
 * asks no more of a blank before anything else: most of a line's
 * blanks). Sixteen bytes at a time while seventeen are left; k + 16 at
 * most past the last such look. */
static size_t gap_candidate(const unsigned char *p, size_t e, size_t k)
{
    const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t'), dot = _mm_set1_epi8('.'),
                  wide = _mm_set1_epi8((char)0xE3);
    for (; k + 17 <= e; k += 16) {
        __m128i v = _mm_loadu_si128((const void *)(p + k)), nx = _mm_loadu_si128((const void *)(p + k + 1));
        __m128i before = _mm_or_si128(_mm_cmpeq_epi8(nx, sp), _mm_or_si128(_mm_cmpeq_epi8(nx, tab), _mm_cmpeq_epi8(nx, dot)));
        __m128i may = _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(v, sp), before),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, tab),
                                                _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, wide))));
        unsigned bits = (unsigned)_mm_movemask_epi8(may);
        if (bits)
            return k + (unsigned)__builtin_ctz(bits);
    }
    return k;
}
#endif

/* The first byte from p[k] where a gap starts (gap_at), or e. */
static size_t gap_next(const unsigned char *p, size_t e, size_t k)
{
    for (;; k++) {
#ifdef __SSE2__
        k = gap_candidate(p, e, k);
#endif
        if (k >= e || (gap_first[p[k]] && gap_at(p, e, k)))
            return k;
    }
}

static size_t skip_gap(const unsigned char *p, size_t e, size_t k)
{
    while (k < e) {
        if (p[k] == ' ' || p[k] == '\t' || p[k] == '\r')
            k++;
        else if (wide_blank(p, e, k))
            k += 3;
        else if (p[k] == '.' && leader(p, e, k))
            k += leader(p, e, k);
        else
            break;
    }
    return k;
}

typedef enum CellKind { C_TEXT, C_FIGURE, C_DATE, C_EMPTY } CellKind;

typedef struct Cells {
    size_t s[MAX_CELLS], e[MAX_CELLS];
    CellKind k[MAX_CELLS];
    int n, figures, dates, texts;
} Cells;

/* ---- the last row's frame, kept while a text is held ----
 * Every figure of a row asks for the same frame. Kept per thread, keyed
 * by the holder's id, the text and the row: a text another holder (or
 * none) reads is read afresh. */
static _Thread_local struct {
    unsigned long held, id;
    const unsigned char *p;
    size_t n, ls, le;
    int ok;
    TableFrame f;
} row_kept;

/* A cell of figures: "17,987.3", "(7.3)", "-0.08", "2 840", "59.6%",
 * "1.52x", or opening with one ("6 MW"). */
/* Is p[k, b) the rest of a day's date after its day, " Dec 2022", " June
 * 2024" (a header's "31 Dec 2022", "30 June 2024"): a month's name and a
 * year, nothing after? */
static int month_year_rest(const unsigned char *p, size_t k, size_t b)
{
    if (k >= b || p[k] != ' ')
        return 0;
    size_t ws = k + 1, we = ws;
    while (we < b && ascii_isalpha(p[we]))
        we++;
    if (we == ws || !qty_is_month((const char *)p + ws, we - ws))
        return 0;
    if (we < b && p[we] == '.')
        we++;
    while (we < b && p[we] == ' ')
        we++;
    return b - we == 4 && lines_year_at((const char *)p, we) != 0;
}

/* A hedge written as a mark before a cell's figure: "~140", "≈140",
 * "c. 1,900", "ca. 1,900". The figure's start, else a. */
static size_t hedge_mark(const unsigned char *p, size_t a, size_t b)
{
    if (a < b && p[a] == '~')
        return a + 1;
    if (a + 3 <= b && p[a] == 0xE2 && p[a + 1] == 0x89 && p[a + 2] == 0x88)
        return a + 3;   /* "≈" */
    size_t k = a + (a + 2 < b && p[a] == 'c' && p[a + 1] == 'a' ? 2 : 1);
    if (k < b && p[a] == 'c' && p[k] == '.') {
        k++;
        while (k < b && p[k] == ' ')
            k++;
        return k;
    }
    return a;
}

/* Digits, and a comma, point or blank between digits, from p[k): their end. */
static size_t digits_end(const unsigned char *p, size_t k, size_t b)
{
    while (k < b && (ascii_isdigit(p[k]) ||
                     ((p[k] == ',' || p[k] == '.' || p[k] == ' ') && k + 1 < b && ascii_isdigit(p[k + 1]))))
        k++;
    return k;
}

/* A figure alone in its cell, its sign, hedge mark ("~140", "c. 1,900"),
 * range ("2,100–2,400") or open end ("6,500+") with it. */
static int figure_cell(const unsigned char *p, size_t a, size_t b)
{
    size_t k = hedge_mark(p, a, b);
    if (k < b && (p[k] == '(' || p[k] == '-' || p[k] == '+'))
        k++;
    else if (k + 3 <= b && p[k] == 0xE2 && p[k + 1] == 0x88 && p[k + 2] == 0x92)
        k += 3;   /* "−" */
    if (k >= b || !ascii_isdigit(p[k]))
        return 0;
    size_t ds = k;
    k = digits_end(p, k, b);
    /* a range, its ends joined by a dash: "2,100–2,400", "5-7"; not a
     * span of years heading a column ("2025-2029") */
    int year = k - ds == 4 && (p[ds] == '1' || p[ds] == '2') && ascii_isdigit(p[ds + 3]);
    if (year)
        ;
    else if (k + 1 < b && p[k] == '-' && ascii_isdigit(p[k + 1]))
        k = digits_end(p, k + 1, b);
    else if (k + 3 < b && p[k] == 0xE2 && p[k + 1] == 0x80 && p[k + 2] == 0x93 && ascii_isdigit(p[k + 3]))
        k = digits_end(p, k + 3, b);
    if (k < b && p[k] == '+')
        k++;   /* "6,500+": at least */
    while (k < b && (p[k] == '%' || p[k] == ')' || p[k] == '*'))
        k++;
    if (k < b && p[k] == 'x' && (k + 1 == b || p[k + 1] == ' '))
        k++;   /* a multiple: "1.52x" */
    /* a yearbook's note letter glued to a decimal, its cell's end: "42.6d",
     * "76.3p" (preliminary), "8.4r" (revised); not "b", a billion */
    else if (k + 1 == b && memchr(p + ds, '.', k - ds) && cellmark_note_char(p[k]))
        k++;
    /* (a figure with its unit: "5,400 m2", "6 MW"; not a day's date,
     * "31 Dec 2022") */
    return k == b || (p[k] == ' ' && !month_year_rest(p, k, b));
}

static int date_cell(const unsigned char *p, size_t a, size_t b);

/* Is p[a, b) a year and the state of its figures in an abbreviation, a
 * bracket of words or a word no unit is, as statistical tables head
 * their columns: "2025 proj.", "2024 est.", "2026 (Jan-Sep)", "2023
 * (prel.)", "2026 target"? (A figure's unit
 * ends with no point and brackets no bare words: "2000 km", "6 MW".) */
static int year_state(const unsigned char *p, size_t a, size_t b)
{
    if (b - a < 7 || !lines_year_at((const char *)p, a) || p[a + 4] != ' ')
        return 0;
    size_t k = a + 5;
    if (p[k] == '(') {
        if (p[b - 1] != ')' || b - k < 3)
            return 0;
        for (size_t i = k + 1; i + 1 < b; i++)
            if (!(ascii_isalpha(p[i]) || p[i] == '-' || p[i] == '.' || p[i] == ' '))
                return 0;
        return 1;
    }
    /* (a lower-case word of two to five letters and its point) */
    size_t w = k;
    while (w < b && p[w] >= 'a' && p[w] <= 'z')
        w++;
    if (w - k >= 2 && w - k <= 5 && w + 1 == b && p[w] == '.')
        return 1;
    /* (or a word no unit is, naming what the figures are: "2026 target",
     * "2020 baseline", "2024 actual") */
    static const char *const states[] = {"target", "targets", "baseline", "actual", "actuals", "estimate",
                                         "forecast", "budget", "goal", "plan", "outturn", NULL};
    for (int i = 0; w == b && states[i]; i++)
        if (b - k == strlen(states[i]) && !strncmp((const char *)p + k, states[i], b - k))
            return 1;
    return 0;
}

int tables_frame_date_cell(const unsigned char *p, size_t a, size_t b)
{
    return date_cell(p, a, b);
}

/* "2023", "2018.12", "2023年", "Mar-24", "FY2024", "Q2 2024": a year or a
 * date, as a header or an axis names a column. */
static int date_cell(const unsigned char *p, size_t a, size_t b)
{
    if (b - a > 16)
        return 0;
    if (b - a >= 6 && b - a <= 7 && lines_year_at((const char *)p, a) && p[a + 4] == '.') {
        int m = 0;
        for (size_t k = a + 5; k < b; k++) {
            if (!ascii_isdigit(p[k]))
                return 0;
            m = m * 10 + (p[k] - '0');
        }
        return m >= 1 && m <= 12;
    }
    if (b - a == 4)
        return lines_year_at((const char *)p, a) != 0;
    /* "2025 Budget", "2024 Actual", "2026 Indicative": a year and the
     * state of its figures, as budgets head their columns (a figure's
     * unit is lower case or a symbol: "2000 km", "2025 MW") */
    if (b - a >= 7 && lines_year_at((const char *)p, a) && p[a + 4] == ' ' && p[a + 5] >= 'A' && p[a + 5] <= 'Z' &&
        p[a + 6] >= 'a' && p[a + 6] <= 'z')
        return 1;
    if (year_state(p, a, b))
        return 1;
    return !figure_cell(p, a, b) && tables_unit_year(p, a, b) != 0;
}

static int empty_cell(const unsigned char *p, size_t a, size_t b)
{
    size_t l = b - a;
    return (l == 1 && (p[a] == '-' || p[a] == '.')) || (l == 2 && !memcmp(p + a, "..", 2)) ||
           (l == 3 && p[a] == 0xE2 && p[a + 1] == 0x80 && (p[a + 2] == 0x93 || p[a + 2] == 0x94)) ||
           (l == 4 && (!memcmp(p + a, "n.a.", 4) || !memcmp(p + a, "n/a", 3))) || (l == 3 && !memcmp(p + a, "n/a", 3));
}

/* A row's label cell p[a, b) that runs on into its first figure after
 * its unit's closing bracket and one blank, as a label too wide for its
 * column is printed ("境外收入占比（%） 64.24"): where that figure
 * starts, else 0. */
static size_t bracket_runon(const unsigned char *p, size_t a, size_t b)
{
    size_t k = b;
    while (k > a && (ascii_isdigit(p[k - 1]) || p[k - 1] == ',' || p[k - 1] == '.' || p[k - 1] == '-'))
        k--;
    if (k == b || k < a + 2 || p[k - 1] != ' ' || !figure_cell(p, k, b))
        return 0;
    size_t c = k - 1;
    return p[c - 1] == ')' || (c >= a + 3 && !memcmp(p + c - 3, "\xef\xbc\x89", 3)) ? k : 0;
}

/* Split p[s, e) into cells at gaps, each with its kind; with
 * upto_figure, only up to the first figure (a row of figures needs no
 * more to be known as one). */
static void split_upto(const unsigned char *p, size_t s, size_t e, int upto_figure, Cells *c)
{
    c->n = c->figures = c->dates = c->texts = 0;
    size_t k = skip_gap(p, e, s);
    while (k < e && c->n < MAX_CELLS && !(upto_figure && c->figures)) {
        size_t a = k;
        k = gap_next(p, e, k);
        size_t b = k;
        while (b > a && (p[b - 1] == ' ' || p[b - 1] == '\r'))
            b--;
        size_t ro;
        if (b > a && c->n == 0 && c->n + 1 < MAX_CELLS && (ro = bracket_runon(p, a, b)) != 0) {
            /* (the label, then its run-on figure as a cell of its own) */
            c->s[0] = a, c->e[0] = ro - 1, c->k[0] = C_TEXT;
            c->texts++;
            c->n = 1;
            a = ro;
        }
        if (b > a && !(upto_figure && c->figures)) {
            CellKind kind = date_cell(p, a, b) ? C_DATE : figure_cell(p, a, b) ? C_FIGURE
                          : empty_cell(p, a, b)  ? C_EMPTY
                                                 : C_TEXT;
            c->s[c->n] = a, c->e[c->n] = b, c->k[c->n] = kind;
            c->figures += kind == C_FIGURE;
            c->dates += kind == C_DATE;
            c->texts += kind == C_TEXT;
            c->n++;
        }
        k = skip_gap(p, e, k);
    }
}

static void split_cells(const unsigned char *p, size_t s, size_t e, Cells *c)
{
    split_upto(p, s, e, 0, c);
}

/* ---- the lines of a block, split once while a text is held ----
 * A row's frame reads each line of its table up to three times (as the
 * row, as the line under the row before, as a line of the block over
 * the next row): the last lines' cells are kept, keyed by the holder,
 * the text and the line, and a split up to the first figure is the
 * prefix of the whole line's. */
#define SPLIT_KEPT 8
static _Thread_local struct {
    unsigned long id;   /* the holder's, 0: empty */
    const unsigned char *p;
    size_t s, e;
    Cells c;
} split_kept[SPLIT_KEPT];
static _Thread_local unsigned split_next;

static void cells_prefix(const Cells *from, int upto_figure, Cells *c)
{
    int n = from->n;
    if (upto_figure)
        for (int i = 0; i < from->n; i++)
            if (from->k[i] == C_FIGURE) {
                n = i + 1;
                break;
            }
    c->n = n;
    c->figures = c->dates = c->texts = 0;
    for (int i = 0; i < n; i++) {
        c->s[i] = from->s[i], c->e[i] = from->e[i], c->k[i] = from->k[i];
        c->figures += from->k[i] == C_FIGURE;
        c->dates += from->k[i] == C_DATE;
        c->texts += from->k[i] == C_TEXT;
    }
}

static void split_line(const unsigned char *p, size_t s, size_t e, int upto_figure, Cells *c)
{
    unsigned long id = row_kept.held;
    if (!id) {
        split_upto(p, s, e, upto_figure, c);
        return;
    }
    for (unsigned k = 0; k < SPLIT_KEPT; k++)
        if (split_kept[k].id == id && split_kept[k].p == p && split_kept[k].s == s && split_kept[k].e == e) {
            cells_prefix(&split_kept[k].c, upto_figure, c);
            return;
        }
    unsigned k = split_next++ % SPLIT_KEPT;
    split_kept[k].id = 0;
    split_upto(p, s, e, 0, &split_kept[k].c);
    split_kept[k].id = id, split_kept[k].p = p, split_kept[k].s = s, split_kept[k].e = e;
    cells_prefix(&split_kept[k].c, upto_figure, c);
}

/* A rule: dashes, equals signs, underscores or box-drawing lines only. */
static int rule_line(const unsigned char *p, size_t s, size_t e)
{
    int marks = 0;
    for (size_t k = s; k < e;) {
        if (p[k] == '-' || p[k] == '=' || p[k] == '_')
            marks++, k++;
        else if (k + 3 <= e && p[k] == 0xE2 && p[k + 1] == 0x94 && (p[k + 2] == 0x80 || p[k + 2] == 0x81))
            marks++, k += 3;   /* "─", "━" */
        else if (k + 3 <= e && p[k] == 0xE2 && p[k + 1] == 0x95 && p[k + 2] == 0x90)
            marks++, k += 3;   /* "═" */
        else if (p[k] == ' ' || p[k] == '\t' || p[k] == '\r')
            k++;
        else
            return 0;
    }
    return marks >= 3;
}

int tables_frame_caption_line(const unsigned char *p, size_t s, size_t e)
{
    static const char *const words[] = {"table", "figure", "fig.", "chart", "exhibit", "annex table", NULL};
    while (s < e && (p[s] == ' ' || p[s] == '\t' || wide_blank(p, e, s)))
        s += wide_blank(p, e, s) ? 3 : 1;
    for (int i = 0; words[i]; i++) {
        size_t l = strlen(words[i]), k = s;
        if (e - s <= l || strncasecmp((const char *)p + s, words[i], l))
            continue;
        k += l;
        if (k < e && p[k] != ' ')
            continue;
        while (k < e && p[k] == ' ')
            k++;
        /* "Table 2.1", "Table A.3", "Figure 3-1" */
        if (k < e && ascii_isalpha(p[k]) && k + 1 < e && (p[k + 1] == '.' || ascii_isdigit(p[k + 1])))
            k++;
        return k < e && (ascii_isdigit(p[k]) || p[k] == '.');
    }
    /* "表1", "表 4-3", "图 3" */
    if (e - s > 3 && (!memcmp(p + s, "表", 3) || !memcmp(p + s, "图", 3))) {
        size_t k = s + 3;
        while (k < e && p[k] == ' ')
            k++;
        return k < e && ascii_isdigit(p[k]);
    }
    return 0;
}

/* A caption p[s, e) closing on its unit's bracket, "图4　全球离线人口变化
 * （单位：亿人）": the bracket's span in [*us, *ue), as a unit line's, when
 * it states one. */
static int caption_unit(const unsigned char *p, size_t s, size_t e, size_t *us, size_t *ue)
{
    static const char open_unit[] = "\xef\xbc\x88\xe5\x8d\x95\xe4\xbd\x8d";   /* （单位 */
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\r' || p[e - 1] == '\t'))
        e--;
    if (e - s < sizeof open_unit + 2 || memcmp(p + e - 3, "\xef\xbc\x89", 3))
        return 0;
    for (size_t k = e - 3; k > s; k--)
        if (p[k] == 0xEF && k + sizeof open_unit - 1 <= e && !memcmp(p + k, open_unit, sizeof open_unit - 1)) {
            TableUnit u;
            if (!tables_unit_line(p, k, e, &u))
                return 0;
            *us = k, *ue = e;
            return 1;
        }
    return 0;
}

/* The byte offsets of the line holding p[i - 1] (lines.h), or i when it is
 * no table's line (too long). */
static size_t up_line(const unsigned char *p, size_t i)
{
    return lines_start((const char *)p, i, LINE_MAX_BYTES);
}

/* Is p[s, e) a line continuing a header, under it: no figure, and set off
 * from the labels' column (indented) or in several cells ("(millions)
 * (%)", "(US$ m)")? A line at the labels' margin with one cell is a group
 * row instead. */
static int header_more(size_t s, const Cells *c)
{
    return c->figures == 0 && c->n > 0 && (c->n >= 2 || c->s[0] > s);
}

/* A line's cells and the screen columns each spans, as tables_frame_cell
 * reads them: the header's line is asked again for every cell of every
 * row, so the last few are kept while a text is held (keyed by the
 * holder and the line). */
typedef struct LineCells {
    unsigned long id;   /* the holder's, 0: empty */
    const unsigned char *p;
    size_t ls, le;
    Cells c;
    long ac[MAX_CELLS], kc[MAX_CELLS];
} LineCells;

#define LINE_CELLS_KEPT 4
static _Thread_local LineCells cells_kept[LINE_CELLS_KEPT];
static _Thread_local unsigned cells_next;

static const LineCells *line_cells(const unsigned char *p, size_t ls, size_t le, LineCells *own)
{
    for (unsigned k = 0; row_kept.held && k < LINE_CELLS_KEPT; k++) {
        const LineCells *lc = &cells_kept[k];
        if (lc->id == row_kept.held && lc->p == p && lc->ls == ls && lc->le == le)
            return lc;
    }
    LineCells *lc = row_kept.held ? &cells_kept[cells_next++ % LINE_CELLS_KEPT] : own;
    split_cells(p, ls, le, &lc->c);
    for (int i = 0; i < lc->c.n; i++) {
        lc->ac[i] = (long)tables_frame_columns(p, ls, lc->c.s[i]);
        lc->kc[i] = (long)tables_frame_columns(p, ls, lc->c.e[i]);
    }
    lc->id = row_kept.held, lc->p = p, lc->ls = ls, lc->le = le;
    return lc;
}

int tables_frame_cell(const unsigned char *p, size_t ls, size_t le, size_t cs, size_t ce, int over, size_t *cell_s,
                      size_t *cell_e)
{
    LineCells own;
    const LineCells *lc = line_cells(p, ls, le, &own);
    const Cells *cl = &lc->c;
    long best = -1000000;
    int bi = -1;
    for (int i = 0; i < cl->n; i++) {
        long ac = lc->ac[i], kc = lc->kc[i];
        long lo = ac > (long)cs ? ac : (long)cs;
        long hi = kc < (long)ce ? kc : (long)ce;
        long score = hi - lo;   /* overlap, or minus the gap */
        if (score > best)
            best = score, bi = i;
    }
    if (bi < 0 || (over && best <= 0))
        return 0;
    *cell_s = cl->s[bi];
    *cell_e = cl->e[bi];
    return 1;
}

/* A row in as many cells as its header names columns: the cell holding
 * p[start, end) is under the header's cell of the same place, however
 * the two lines are aligned (a table copied from a web page keeps its
 * cells, not their columns: "序号  企业  合同金额（万美元）  占比（%）" over
 * "1  甲通信  5,600  23.5"). 1 and *cell_s, *cell_e filled; 0 when
 * the counts differ or the figure is in no cell. */
int tables_frame_cell_same_place(const unsigned char *p, size_t head_s, size_t head_e, size_t ls, size_t le,
                                 size_t start, size_t end, size_t *cell_s, size_t *cell_e)
{
    LineCells own_h, own_r;
    const LineCells *hc = line_cells(p, head_s, head_e, &own_h);
    int hn = hc->c.n;
    size_t hs[MAX_CELLS], he[MAX_CELLS];
    memcpy(hs, hc->c.s, sizeof hs);
    memcpy(he, hc->c.e, sizeof he);
    const LineCells *rc = line_cells(p, ls, le, &own_r);
    if (hn < 2 || rc->c.n != hn || hn >= MAX_CELLS)
        return 0;
    for (int i = 0; i < hn; i++)
        if (rc->c.s[i] <= start && end <= rc->c.e[i]) {
            *cell_s = hs[i];
            *cell_e = he[i];
            return 1;
        }
    return 0;
}

/* The line ends of the line starting at s. */
static size_t end_of(const unsigned char *p, size_t n, size_t s)
{
    return lines_end((const char *)p, n, s);
}

/* Is the line p[s, e) a row of years or dates only ("2018.12  2019.6
 * ...", "2021   2022   2023")? Three at least. */
static int axis_line(const Cells *c)
{
    return c->n >= 3 && c->dates == c->n;
}

/* Is the line p[s, e) a bracket alone, "(dollars in millions)"? */
static int bracket_line(const unsigned char *p, size_t s, size_t e)
{
    while (s < e && (p[s] == ' ' || p[s] == '\t'))
        s++;
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\r' || p[e - 1] == '\t'))
        e--;
    return e - s > 2 && p[s] == '(' && p[e - 1] == ')' && !memchr(p + s + 1, '(', e - s - 2);
}

/* A block whose caption is a line of its own that opens no "Table 2."
 * ("ICT investment (% of GDP)" over the figures' column) under a blank
 * line and a numbered caption ("Table 2. ICT investment, % of GDP,
 * 2021"): the caption runs from the numbered one, which dates and names
 * the table too. */
static void numbered_over(const unsigned char *p, size_t top, TableFrame *f)
{
    if (top == 0 || tables_frame_caption_line(p, f->cap_s, f->cap_e))
        return;
    size_t e = top - 1;
    for (int blank = 0; blank < 2 && e > 0; blank++) {
        size_t ps = up_line(p, e);
        if (!lines_blank((const char *)p, ps, e) || ps == 0)
            break;
        e = ps - 1;
    }
    size_t ps = up_line(p, e);
    if (ps < e && !lines_blank((const char *)p, ps, e) && tables_frame_caption_line(p, ps, e) &&
        (ps == 0 || lines_blank((const char *)p, up_line(p, ps - 1), ps - 1)))
        f->cap_s = ps;
}

void tables_frame_above(const unsigned char *p, size_t top, TableFrame *f)
{
    if (f->cap_e > f->cap_s)
        numbered_over(p, top, f);
    if (top == 0 || (f->cap_e > f->cap_s && f->unit_e > f->unit_s))
        return;
    size_t e = top - 1;   /* the end of the line before the block */
    for (int blank = 0; blank < 2 && e > 0; blank++) {
        size_t ps = up_line(p, e);
        if (!lines_blank((const char *)p, ps, e) || ps == 0)
            break;
        e = ps - 1;
    }
    /* up to four lines, to a blank line */
    size_t ls[4], le[4];
    int m = 0;
    for (size_t ee = e; m < 4;) {
        size_t ss = up_line(p, ee);
        if (ss == ee || lines_blank((const char *)p, ss, ee))
            break;
        ls[m] = ss, le[m] = ee, m++;
        if (ss == 0)
            break;
        ee = ss - 1;
    }
    if (m == 0)
        return;
    /* ls[0] is the last line: a unit line there, the caption over it */
    int last = 0;
    TableUnit u;
    if (tables_unit_line(p, ls[0], le[0], &u)) {
        if (f->unit_e == f->unit_s)
            f->unit_s = ls[0], f->unit_e = le[0];
        /* (a caption closing on its unit, "图4  全球离线人口（单位：亿人）",
         * is the caption still) */
        last = !tables_frame_caption_line(p, ls[0], le[0]);
    }
    if (f->cap_e > f->cap_s || last >= m || rule_line(p, ls[last], le[last]))
        return;
    int first = last;
    for (int i = last; i < m; i++)
        if (tables_frame_caption_line(p, ls[i], le[i])) {
            first = i;
            break;
        }
    /* a bracket alone under the title, "(dollars in millions)": the
     * caption is the title over it */
    if (first == last && last + 1 < m && bracket_line(p, ls[last], le[last]))
        first = last + 1;
    f->cap_s = ls[first];
    f->cap_e = le[last];
    size_t us, ue;
    if (f->unit_e == f->unit_s && caption_unit(p, ls[last], le[last], &us, &ue))
        f->unit_s = us, f->unit_e = ue;
}

/* Is the line from s a bracket alone, indented: "  (days)" under a row
 * whose label it ends, or the label's rest closing on one ("  through
 * the project (thousands)")? 1 with its bracket in [*bs, *be). */
static int lone_bracket_under(const unsigned char *p, size_t n, size_t s, size_t *bs, size_t *be)
{
    /* (a short line: the '\n' within 64 bytes, or the text's end) */
    size_t max = n - s < 64 ? n - s : 64;
    const unsigned char *nl = memchr(p + s, '\n', max);
    if (!nl && s + max < n)
        return 0;
    size_t e = nl ? (size_t)(nl - p) : n, a = s;
    while (a < e && p[a] == ' ')
        a++;
    size_t b = e;
    while (b > a && (p[b - 1] == ' ' || p[b - 1] == '\r'))
        b--;
    /* (or the label's wrapped rest, in lower case, closing on the
     * bracket: "  through the project (thousands)") */
    size_t o = a;
    if (a > s && a < b && b - a <= 60 && p[a] >= 'a' && p[a] <= 'z' && p[b - 1] == ')') {
        o = b;
        while (o > a && p[o - 1] != '(')
            o--;
        o = o > a ? o - 1 : a;
        for (size_t k = a; k < o; k++)
            if ((p[k] >= '0' && p[k] <= '9') || p[k] == ')')
                return 0;
    }
    if (o == s || b - o < 3 || b - o > 40 || p[o] != '(' || p[b - 1] != ')' || memchr(p + o + 1, '(', b - o - 1))
        return 0;
    *bs = o, *be = b;
    return 1;
}

/* The lines over the row, read from the top of its block down: the
 * caption and the unit line first, then the header and its further
 * lines, then the body, where a line without figures is a group row
 * (one cell) or a new header (several). The walk's state after each
 * line is all the lines after it need: the rows of one table resume it
 * where the row before left it (Down, kept while a text is held). */
typedef struct Down {
    enum { CAPTION, HEAD, BODY } state;
    size_t cap_first, cap_last_s, cap_last_e;
    int caption, opened, fields;
    int under_row;   /* the line before had figures */
    size_t s;        /* the next line to read */
    TableFrame f;    /* its unit, head, more, group and axis so far */
} Down;

static void down_start(Down *d, size_t top)
{
    memset(d, 0, sizeof *d);
    d->state = CAPTION;
    d->s = top;
}

/* Read the lines from d->s up to the row at ls; 0 when a line runs past
 * it (the walk stops there, and cannot be resumed). */
static int down_to(const unsigned char *p, size_t n, size_t ls, Down *d)
{
    TableFrame *f = &d->f;
    for (size_t s = d->s; s < ls;) {
        size_t e = end_of(p, n, s);
        size_t next = e + 1;
        if (e > ls)
            return 0;
        size_t bs, be;
        int after_row = d->under_row;
        d->under_row = 0;
        d->s = next;
        if (after_row && d->state == BODY && lone_bracket_under(p, n, s, &bs, &be)) {
            s = next;   /* the end of the row above's label, no group row */
            continue;
        }
        if (rule_line(p, s, e)) {
            if (d->state == HEAD)
                d->state = BODY;
            s = next;
            continue;
        }
        Cells c;
        split_line(p, s, e, 1, &c);
        if (c.figures > 0 && d->state != CAPTION) {
            d->state = BODY;   /* a row of figures over the row */
            d->under_row = 1;
            s = next;
            continue;
        }
        if (c.figures > 0)
            split_line(p, s, e, 0, &c);
        TableUnit u;
        /* "Status      Operational": a key and its value, at the margin */
        d->fields += c.n == 2 && c.figures == 0 && c.s[0] == s && c.k[1] == C_TEXT;
        if (d->state == CAPTION) {
            if (tables_frame_caption_line(p, s, e)) {
                d->cap_first = s, d->opened = 1, d->caption = 1;
                d->cap_last_s = s, d->cap_last_e = e;
                size_t us, ue;
                if (f->unit_e == f->unit_s && caption_unit(p, s, e, &us, &ue))
                    f->unit_s = us, f->unit_e = ue;
            } else if (c.figures == 0 && tables_unit_line(p, s, e, &u)) {
                f->unit_s = s, f->unit_e = e;
            } else if (c.n >= 2) {
                d->state = c.figures > 0 && !axis_line(&c) ? BODY : HEAD;
                if (d->state == HEAD) {
                    f->head_s = s, f->head_e = e;
                    if (axis_line(&c))
                        f->axis_s = s, f->axis_e = e;
                }
            } else {
                if (!d->opened)
                    d->cap_first = s;
                d->caption = 1;
                d->cap_last_s = s, d->cap_last_e = e;
            }
        } else if (c.figures > 0) {
            d->state = BODY;
        } else if (axis_line(&c)) {
            f->axis_s = s, f->axis_e = e;
            if (d->state == HEAD)
                d->state = BODY;
        } else if (d->state == HEAD && header_more(s, &c)) {
            if (f->more_e == f->more_s)
                f->more_s = s;
            f->more_e = e;
        } else if (c.n >= 2) {
            /* a new header, in the body: "Region  Users  Share" again */
            f->head_s = s, f->head_e = e;
            f->more_s = f->more_e = 0;
            f->group_s = f->group_e = 0;
            d->state = HEAD;
        } else if (c.n == 1) {
            f->group_s = c.s[0], f->group_e = c.e[0];
            d->state = BODY;
        }
        s = next;
    }
    return 1;
}

/* The walk's result into f. */
static void down_finish(const Down *d, TableFrame *f)
{
    f->unit_s = d->f.unit_s, f->unit_e = d->f.unit_e;
    f->head_s = d->f.head_s, f->head_e = d->f.head_e;
    f->more_s = d->f.more_s, f->more_e = d->f.more_e;
    f->group_s = d->f.group_s, f->group_e = d->f.group_e;
    f->axis_s = d->f.axis_s, f->axis_e = d->f.axis_e;
    if (d->fields >= 2) {
        /* a block of fields, an infobox: no header, no groups */
        f->head_s = f->head_e = f->more_s = f->more_e = f->group_s = f->group_e = 0;
        f->fields = 1;
    }
    if (d->caption) {
        /* from the line opening the caption ("Table 2."), else its last line */
        f->cap_s = d->opened ? d->cap_first : d->cap_last_s;
        f->cap_e = d->cap_last_e;
    }
}

/* The walk of the block from top to the row at ls, resumed from the
 * last row's when the holder (id, not 0) and the block are the same. */
static _Thread_local struct {
    unsigned long id;
    const unsigned char *p;
    size_t n, top;
    int ok;
    Down d;
} down_kept;

static void read_down(const unsigned char *p, size_t n, size_t top, size_t ls, unsigned long id, TableFrame *f)
{
    Down *d = &down_kept.d;
    if (!(id && down_kept.ok && down_kept.id == id && down_kept.p == p && down_kept.n == n && down_kept.top == top &&
          d->s <= ls))
        down_start(d, top);
    down_kept.ok = down_to(p, n, ls, d);
    down_kept.id = id, down_kept.p = p, down_kept.n = n, down_kept.top = top;
    down_finish(d, f);
}

/* A legend's marker at p[k]: a geometric shape or a bullet ("■", "●",
 * "▲", "◆", "•"): its length, else 0. */
static size_t marker(const unsigned char *p, size_t e, size_t k)
{
    if (k + 3 > e || p[k] != 0xE2)
        return 0;
    if ((p[k + 1] == 0x96 && p[k + 2] >= 0xA0) || (p[k + 1] == 0x97 && p[k + 2] <= 0xBF) ||
        (p[k + 1] == 0x80 && p[k + 2] == 0xA2))
        return 3;
    return 0;
}

/* A chart's legend, p[s, e): two items at least, each a marker and a
 * name. Item i goes to [*is, *ie); 1 when it has one, with *items set. */
static int legend_item(const unsigned char *p, size_t s, size_t e, int i, int *items, size_t *is, size_t *ie)
{
    Cells c;
    split_cells(p, s, e, &c);
    *items = 0;
    for (int k = 0; k < c.n; k++) {
        size_t l = marker(p, c.e[k], c.s[k]);
        if (!l)
            return 0;
        size_t a = c.s[k] + l;
        while (a < c.e[k] && p[a] == ' ')
            a++;
        if (k == i)
            *is = a, *ie = c.e[k];
    }
    *items = c.n;
    return c.n >= 2 && i < c.n;
}

/* A code written as a number: digits only, three at least, the first a
 * zero ("0310001"), as budget and account codes are. */
static int code_cell(const unsigned char *p, size_t a, size_t b)
{
    if (b - a < 3 || p[a] != '0')
        return 0;
    for (size_t k = a; k < b; k++)
        if (!ascii_isdigit(p[k]))
            return 0;
    return 1;
}

/* A row keyed by a code, "0310001  Management and Administration
 * 84,612  91,381": the code (written with a leading zero, or under a
 * column the header names as one: "Code", "HS heading", "No.") and the
 * name after it are the row's label, not a figure of it. */
static void keyed_by_code(const unsigned char *p, size_t ls, const Cells *row, TableFrame *f)
{
    if (f->label_e > f->label_s || row->n < 3 || row->k[0] != C_FIGURE || row->k[1] != C_TEXT)
        return;
    int code = code_cell(p, row->s[0], row->e[0]);
    size_t a, b;
    if (!code && f->head_e > f->head_s &&
        tables_frame_cell(p, f->head_s, f->head_e, tables_frame_columns(p, ls, row->s[0]),
                          tables_frame_columns(p, ls, row->e[0]), 1, &a, &b))
        code = tables_unit_no_quantity(p, a, b);
    if (!code)
        return;
    f->label_s = row->s[0], f->label_e = row->e[1];
    f->figures--;
}

/* A header set off from its rows by one blank line, as plain-text
 * reports print a results framework:
 *
 *   Indicator Name                     Baseline       End Target
 *                                      (Dec 2020)     (Jun 2026)
 *                                                              (a blank line)
 *   Schools connected (Number)         120.00         2,320.00
 *
 * over a block that opens with a row of figures or a group row (no
 * header, caption or unit line of its own): one to three lines with no
 * figure under a blank line (or the text's start), each in two cells at
 * least (a forum's post over its date is none), the first in three, or
 * in two with two dates among the lines ("2020  2026").
 * The start of its first line, else top. */
static size_t header_over_blank(const unsigned char *p, size_t n, size_t top)
{
    if (top < 2)
        return top;
    Cells c;
    size_t te = end_of(p, n, top);
    split_line(p, top, te, 0, &c);
    if (c.n == 0 || (c.figures == 0 && (c.n >= 2 || tables_frame_caption_line(p, top, te))))
        return top;
    TableUnit u;
    if (c.figures == 0 && tables_unit_line(p, top, te, &u))
        return top;
    size_t bs = up_line(p, top - 1);   /* the blank line over the block */
    if (bs == 0 || !lines_blank((const char *)p, bs, top - 1))
        return top;
    size_t hs = bs;
    int lines = 0, dates = 0, first = 0;
    while (lines <= 3) {
        size_t s = up_line(p, hs - 1);
        if (s == hs - 1 || lines_blank((const char *)p, s, hs - 1))
            break;
        split_line(p, s, hs - 1, 0, &c);
        if (c.figures > 0 || c.n < 2 || rule_line(p, s, hs - 1))
            return top;
        dates += c.dates, first = c.n, hs = s, lines++;
        if (s == 0)
            break;
    }
    if (lines == 0 || lines > 3 || !(first >= 3 || (first == 2 && dates >= 2)))
        return top;
    return hs;
}

static int frame_read(const unsigned char *p, size_t n, size_t ls, size_t le, unsigned long id, TableFrame *f)
{
    memset(f, 0, sizeof *f);
    Cells row;
    split_line(p, ls, le, 0, &row);
    if (row.figures == 0 || axis_line(&row))
        return 0;
    f->figures = row.figures;
    if (row.n > 0 && row.k[0] == C_DATE && row.dates == 1)
        f->date_s = row.s[0], f->date_e = row.e[0];
    if (row.n > 0 && row.k[0] == C_TEXT) {
        f->label_s = row.s[0], f->label_e = row.e[0];
        if (le < n)
            lone_bracket_under(p, n, le + 1, &f->tail_s, &f->tail_e);
    }
    /* the block: the lines over the row, to a blank line */
    size_t top = ls;
    for (int up = 0; up < BLOCK_UP && top > 0; up++) {
        size_t ps = up_line(p, top - 1);
        if (ps == top - 1 || lines_blank((const char *)p, ps, top - 1))
            break;
        top = ps;
    }
    top = header_over_blank(p, n, top);
    read_down(p, n, top, ls, id, f);
    tables_frame_above(p, top, f);
    keyed_by_code(p, ls, &row, f);
    /* a row of years under the rows (a chart's axis, as PDF text gives
     * it), then its legend: the rows of a series without labels, the
     * legend's items name them in order */
    int above = 0, below = 0;
    for (size_t s = top; f->label_e == f->label_s && s < ls;) {
        size_t e = end_of(p, n, s);
        Cells c;
        split_line(p, s, e, 1, &c);
        above = c.figures > 0 && c.k[0] != C_TEXT ? above + 1 : 0;
        s = e + 1;
    }
    for (size_t s = le < n ? le + 1 : n, down = 0; down < BLOCK_DOWN && s < n; down++) {
        size_t e = end_of(p, n, s);
        if (e - s > LINE_MAX_BYTES || lines_blank((const char *)p, s, e))
            break;
        Cells c;
        split_line(p, s, e, 0, &c);
        int items = 0;
        if (axis_line(&c) && f->axis_e == f->axis_s) {
            f->axis_s = s, f->axis_e = e;
        } else if (f->label_e == f->label_s && c.n > 0 && marker(p, e, c.s[0])) {
            if (legend_item(p, s, e, above, &items, &f->legend_s, &f->legend_e) && items != above + 1 + below)
                f->legend_s = f->legend_e = 0;
            break;
        } else if (c.figures > 0 && c.k[0] != C_TEXT) {
            below += f->axis_e == f->axis_s;
        } else if (!rule_line(p, s, e)) {
            break;
        }
        s = e + 1;
    }
    return 1;
}

void tables_frame_hold(unsigned long id)
{
    row_kept.held = id;
}

unsigned long tables_frame_held(void)
{
    return row_kept.held;
}

int tables_frame_read(const unsigned char *p, size_t n, size_t ls, size_t le, TableFrame *f)
{
    if (row_kept.held && row_kept.id == row_kept.held && row_kept.p == p && row_kept.n == n && row_kept.ls == ls &&
        row_kept.le == le) {
        *f = row_kept.f;
        return row_kept.ok;
    }
    int ok = frame_read(p, n, ls, le, row_kept.held, f);
    if (row_kept.held) {
        row_kept.id = row_kept.held, row_kept.p = p, row_kept.n = n, row_kept.ls = ls, row_kept.le = le;
        row_kept.ok = ok;
        row_kept.f = *f;
    }
    return ok;
}

size_t tables_frame_hedge_back(const unsigned char *p, size_t ls, size_t start)
{
    if (start > ls && p[start - 1] == '~')
        return start - 1;
    if (start >= ls + 3 && p[start - 3] == 0xE2 && p[start - 2] == 0x89 && p[start - 1] == 0x88)
        return start - 3;
    size_t k = start;
    while (k > ls && p[k - 1] == ' ')
        k--;
    if (k > ls + 1 && p[k - 1] == '.' && p[k - 2] == 'c' && (k - 2 == ls || p[k - 3] == ' '))
        return k - 2;
    if (k > ls + 2 && p[k - 1] == '.' && p[k - 2] == 'a' && p[k - 3] == 'c' && (k - 3 == ls || p[k - 4] == ' '))
        return k - 3;
    return start;
}
