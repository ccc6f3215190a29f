/* cellmark.c — marks beside a figure in a cell, a bullet or a chart row
 * (see cellmark.h). */
#include "cellmark.h"

#include "ascii.h"
#include "textwalk.h"

static int line_end(const unsigned char *p, size_t n, size_t i) { return i >= n || p[i] == '\n' || p[i] == '\r'; }

/* the end of a cell at p[i]: the line's end, a tab, a pipe, two blanks */
static int cell_end(const unsigned char *p, size_t n, size_t i)
{
    if (line_end(p, n, i) || p[i] == '\t' || p[i] == '|')
        return 1;
    return p[i] == ' ' && (i + 1 >= n || p[i + 1] == ' ' || p[i + 1] == '\t' || p[i + 1] == '\n' || p[i + 1] == '\r');
}

static int period_compared(const unsigned char *p, size_t n, size_t j)
{
    static const char *const w[] = {"yoy", "qoq", "mom", "hoh", "y/y", "q/q", "m/m", "y-o-y", "q-o-q", NULL};
    for (int k = 0; w[k]; k++) {
        size_t l = strlen(w[k]);
        if (j + l <= n && tw_weq(p + j, l, w[k]) && (j + l == n || !ascii_isalpha(p[j + l])))
            return 1;
    }
    return 0;
}

int cellmark_share_after(const unsigned char *p, size_t n, size_t i)
{
    if (i < n && p[i] == ' ')
        i++;
    if (i < n && p[i] == '%')
        return 1;
    size_t e = tw_word_end(p, n, i);
    return tw_weq(p + i, e - i, "pp") || tw_weq(p + i, e - i, "ppt") || tw_weq(p + i, e - i, "ppts") ||
           tw_weq(p + i, e - i, "bps") || tw_weq(p + i, e - i, "bp") || tw_weq(p + i, e - i, "basis") ||
           tw_weq(p + i, e - i, "percent") || tw_weq(p + i, e - i, "percentage") ||
           (tw_weq(p + i, e - i, "per") && e + 5 <= n && tw_weq(p + e + 1, 4, "cent"));
}

int cellmark_cell_figure(const unsigned char *p, size_t n, size_t e)
{
    if (e < n && p[e] == '%')
        e++;
    return e >= n || p[e] == '|' || p[e] == '\n' || p[e] == '\r';
}

int cellmark_signed_change(const unsigned char *p, size_t n, size_t e)
{
    size_t j = e;
    if (j < n && p[j] == ' ' && j + 1 < n && ascii_isalpha(p[j + 1]))
        j++;
    size_t we = tw_letters_end(p, n, j);
    if (we - j > 10)
        return 0;
    if (we == j)
        j = e;   /* no unit: the cell ends right after the number */
    else
        j = we;
    if (cell_end(p, n, j))
        return 1;
    if (p[j] == ' ' || p[j] == ',')
        j++;
    return p[j - 1] == ' ' && period_compared(p, n, j);
}

int cellmark_glued_pp(const unsigned char *p, size_t s, size_t e, size_t we, int sign, int decimal)
{
    /* "40bp", "25bps": basis points, whatever stands before */
    if (tw_weq(p + e, we - e, "bp") || tw_weq(p + e, we - e, "bps"))
        return 2;
    if (!(tw_weq(p + e, we - e, "pp") || tw_weq(p + e, we - e, "ppt") || tw_weq(p + e, we - e, "ppts")))
        return 0;
    if (sign || decimal)
        return 1;
    /* a whole number only as a change: "down 4pp", "rose 3ppt" (a
     * book's "112pp" are its pages) */
    size_t ws;
    size_t wl = tw_word_before(p, s, &ws);
    static const char *const moved[] = {"up", "down", "by", "rose", "fell", "gained", "lost", "added", "dropped",
                                        "widened", "narrowed", "climbed", "slipped", NULL};
    return wl && tw_win(p + ws, wl, moved);
}

int cellmark_share_points(const unsigned char *p, size_t s, size_t j, size_t we)
{
    if (!(tw_weq(p + j, we - j, "pts") || tw_weq(p + j, we - j, "pt") || tw_weq(p + j, we - j, "points")))
        return 0;
    if (!(s > 0 && (p[s - 1] == '+' || p[s - 1] == '-')) && p[s] != '-')
        return 0;
    for (size_t i = s; i > 0 && p[i - 1] != '\n' && s - i < 400; i--)
        if (p[i - 1] == '%')
            return 1;
    return 0;
}

/* another cell of the table within a few lines marked with a note letter
 * that is no scale ("18.4a", "33.0c") */
static int note_near(const unsigned char *p, size_t n, size_t s)
{
    size_t a = s > 600 ? s - 600 : 0, z = n - s > 600 ? s + 600 : n;
    for (size_t i = a + 1; i + 1 < z; i++) {
        int c = p[i];
        if (cellmark_note_char(c) && ascii_isdigit(p[i - 1]) && (p[i + 1] == '\t' || p[i + 1] == '\n' || p[i + 1] == '\r')) {
            size_t k = i - 1;
            while (k > a && (ascii_isdigit(p[k - 1]) || p[k - 1] == '.' || p[k - 1] == ' '))
                k--;
            if (p[k - 1] == '\t')
                return 1;
        }
    }
    return 0;
}

/* Blanks that set a table's columns apart: a tab, or two blanks or more
 * (p[s) back, or p[e] on), or the line's edge. */
static int column_gap_before(const unsigned char *p, size_t s)
{
    return s == 0 || p[s - 1] == '\t' || p[s - 1] == '\n' || (s > 1 && p[s - 1] == ' ' && p[s - 2] == ' ');
}
static int column_gap_after(const unsigned char *p, size_t n, size_t e)
{
    return line_end(p, n, e) || p[e] == '\t' || (e + 1 < n && p[e] == ' ' && p[e + 1] == ' ');
}

int cellmark_note_letter(const unsigned char *p, size_t n, size_t s, size_t e, int decimal)
{
    if (e >= n)
        return 0;
    size_t we = e + 1;
    /* a statistical table's "p" (preliminary) and "r" (revised) beside
     * a decimal in a column of cells: "76.3p", "8.4r" (not "7.5p per
     * share", pence in prose) */
    if (!cellmark_note_char(p[e]) && p[e] != 'b')
        return 0;
    if (p[e] == 'p' || p[e] == 'r')
        return decimal && column_gap_before(p, s) && column_gap_after(p, n, we);
    if (!(line_end(p, n, we) || ascii_isblank(p[we]) || p[we] == '|'))
        return 0;
    int tabbed = s > 0 && p[s - 1] == '\t' && (line_end(p, n, we) || p[we] == '\t');
    if (!decimal && !tabbed)
        return 0;
    if (p[e] != 'b')
        return 1;
    return tabbed && note_near(p, n, s);
}

/* one field of a chart row, p[a, z): a label (letters first) and a
 * figure at its end */
static int chart_field(const unsigned char *p, size_t a, size_t z)
{
    while (a < z && ascii_isblank(p[a]))
        a++;
    while (z > a && ascii_isblank(p[z - 1]))
        z--;
    if (z - a < 3 || !ascii_isalpha(p[a]) || !ascii_isdigit(p[z - 1]))
        return 0;
    size_t k = z;
    while (k > a && (ascii_isdigit(p[k - 1]) || p[k - 1] == ',' || p[k - 1] == '.'))
        k--;
    return k > a && p[k - 1] == ' ';
}

int cellmark_chart_field(const unsigned char *p, size_t n, size_t s, size_t e)
{
    if (s < 2 || p[s - 1] != ' ' || !ascii_isalpha(p[s - 2]))
        return 0;
    size_t j = e;
    while (j < n && p[j] == ' ' && j - e < 64)
        j++;
    if (!(line_end(p, n, j) || p[j] == '|'))
        return 0;
    size_t ls = s, le = e;   /* (a row of at most 400 bytes) */
    while (ls > 0 && p[ls - 1] != '\n' && s - ls < 400)
        ls--;
    while (le < n && p[le] != '\n' && p[le] != '\r' && le - ls <= 400)
        le++;
    if (le - ls > 400 || (ls > 0 && p[ls - 1] != '\n'))
        return 0;
    int pipes = 0;
    size_t a = ls;
    for (size_t i = ls; i <= le; i++) {
        if (i < le && p[i] != '|')
            continue;
        if (!chart_field(p, a, i))
            return 0;
        pipes += i < le;
        a = i + 1;
    }
    return pipes >= 2;
}

static int caption_stop(const unsigned char *w, size_t l)
{
    static const char *const stop[] = {"in", "by", "of", "involving", "from", "with", "at", "across", "per", "for", "on", NULL};
    for (int k = 0; stop[k]; k++)
        if (tw_weq(w, l, stop[k]))
            return 1;
    return 0;
}

int cellmark_chart_noun(const unsigned char *p, size_t s, size_t *ws, size_t *we)
{
    size_t ls = s;
    while (ls > 0 && p[ls - 1] != '\n' && s - ls < 400)
        ls--;
    if (ls > 0 && p[ls - 1] != '\n')
        return 0;
    for (int up = 0; up < 3 && ls > 0; up++) {
        size_t e = ls - 1, b = e;   /* the line above: p[b, e) */
        while (b > 0 && p[b - 1] != '\n' && e - b < 400)
            b--;
        if (e == b || (e > b && p[e - 1] == '\r' && e - 1 == b))
            return 0;   /* a blank line: no caption */
        static const char *const lead[] = {"figure", "fig", "chart", "graph", NULL};
        size_t l0 = tw_letters_end(p, e, b) - b;
        int cap = 0;
        for (int k = 0; lead[k] && !cap; k++)
            cap = tw_weq(p + b, l0, lead[k]);
        if (cap) {
            size_t i = b + l0;
            while (i < e && p[i] != ':')
                i++;
            size_t last_s = 0, last_e = 0;
            for (i++; i < e;) {
                while (i < e && !ascii_isalpha(p[i]) && p[i] != ',')
                    i++;
                if (i >= e || p[i] == ',')
                    break;
                size_t j = tw_letters_end(p, e, i);
                if (caption_stop(p + i, j - i))
                    break;
                last_s = i, last_e = j;
                i = j;
            }
            if (last_e > last_s + 3 && p[last_e - 1] == 's' && p[last_e - 2] != 's') {
                *ws = last_s, *we = last_e;
                return 1;
            }
            return 0;
        }
        ls = b;
    }
    return 0;
}
