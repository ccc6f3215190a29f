/* tables.c — what a number in a table means (see tables.h). */
#include "tables.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "lines.h"
#include "metrics.h"
#include "names.h"
#include "quantity.h"

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }

/* Case-insensitive equality of the ASCII slice w[0,n) and the lower-case literal lit. */
static int weq(const unsigned char *w, size_t n, const char *lit)
{
    size_t i = 0;
    for (; i < n && lit[i]; i++) {
        int c = w[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != lit[i])
            return 0;
    }
    return i == n && lit[i] == 0;
}

/* The start of the line holding p[i - 1]; a line over 400 bytes is no
 * table line (lines.h). */
static size_t line_start(const unsigned char *p, size_t i)
{
    return lines_start((const char *)p, i, 400);
}

static int line_blank(const unsigned char *p, size_t s, size_t e)
{
    return lines_blank((const char *)p, s, e);
}

/* ---- the unit a table states ---- */

/* The unit stated by the text p[s,e) of a header cell or of a caption's
 * brackets: "%", a currency with or without a scale ("US$ billion",
 * "RMB million"), or a scale with the noun before the bracket
 * ("Internet users (millions)"). 1 when one is found. */
static int unit_spec(const unsigned char *p, size_t s, size_t e, TableUnit *u)
{
    memset(u, 0, sizeof *u);
    u->scale = 1;
    size_t open = e;   /* the last bracket of the text: the spec is inside */
    for (size_t k = s; k < e; k++)
        if (p[k] == '(')
            open = k;
    size_t ss = open < e ? open + 1 : s;
    for (size_t k = ss; k < e;) {
        if (p[k] == '%') {
            u->pct = 1;
            k++;
            continue;
        }
        if (p[k] == '$' || p[k] >= 0x80) {
            /* a sign ("US$", "€"): the whole character, then its code */
            size_t l = 1, cs;
            while (p[k] >= 0x80 && k + l < e && (p[k + l] & 0xC0) == 0x80)
                l++;
            k += l;
            const char *code = qty_currency_sign_before((const char *)p, k, &cs);
            if (code && !u->cur)
                u->cur = code;
            continue;
        }
        if (!is_alpha(p[k]) && p[k] != '\'') {
            k++;
            continue;
        }
        size_t we = k;
        while (we < e && (is_alpha(p[we]) || p[we] == '\'' || is_digit(p[we])))
            we++;
        const char *w = (const char *)p + k;
        double sc = qty_scale(w, we - k, 1);
        if (sc <= 0 && we - k > 1 && p[we - 1] == 's')
            sc = qty_scale(w, we - k - 1, 0);   /* "millions" */
        if (weq(p + k, we - k, "'000") || weq(p + k, we - k, "thousands"))
            sc = 1e3;
        const char *code = qty_currency_word(w, we - k);
        if (code && !u->cur)
            u->cur = code;
        else if (sc > 1 && u->scale == 1 && (!weq(p + k, we - k, "m") || u->cur))
            u->scale = sc;
        else if (weq(p + k, we - k, "percent") || weq(p + k, we - k, "pct"))
            u->pct = 1;
        else if (qty_unit_word(w, we - k, 0) && !strcmp(qty_unit_word(w, we - k, 0), "km"))
            snprintf(u->noun, sizeof u->noun, "km");
        k = we;
    }
    if (!u->pct && !u->cur && u->scale == 1 && !u->noun[0] && open < e) {
        size_t b0 = open + 1, b1 = e;
        while (b1 > b0 && (p[b1 - 1] == ')' || p[b1 - 1] == ' '))
            b1--;
        if (weq(p + b0, b1 - b0, "number") || weq(p + b0, b1 - b0, "count") || weq(p + b0, b1 - b0, "no.")) {
            /* "Countries with DSR MoUs (number)": the first counted noun */
            for (size_t k = s; k < open && !u->noun[0];) {
                size_t we = k;
                while (we < open && is_alpha(p[we]))
                    we++;
                if (we > k && qty_noun_kind((const char *)p + k, we - k) == NK_COUNT)
                    qty_unit_name((const char *)p + k, we - k, u->noun, sizeof u->noun);
                k = we > k ? we : k + 1;
            }
        } else {
            /* a unit symbol alone in the bracket: "(Gbit/s)", "(km)", "(MW)" */
            int sym = b1 > b0 && b1 - b0 <= 8;
            for (size_t k = b0; k < b1 && sym; k++)
                sym = is_alpha(p[k]) || p[k] == '/';
            if (sym && !weq(p + b0, b1 - b0, "est") && !weq(p + b0, b1 - b0, "e") && is_alpha(p[b0]))
                snprintf(u->noun, sizeof u->noun, "%.*s", (int)(b1 - b0), (const char *)p + b0);
        }
    }
    if (!u->pct && !u->cur && u->scale == 1 && !u->noun[0]) {
        /* "Mobile broadband subscriptions per 100 inhabitants" */
        for (size_t k = s; k + 8 < e; k++)
            if ((k == s || p[k - 1] == ' ') && weq(p + k, 3, "per") && p[k + 3] == ' ' && is_digit(p[k + 4])) {
                size_t ws = k;
                while (ws > s && p[ws - 1] == ' ')
                    ws--;
                size_t we = ws;
                while (ws > s && is_alpha(p[ws - 1]))
                    ws--;
                size_t te = k + 4;
                while (te < e && (is_alnum(p[te]) || p[te] == ',' || p[te] == ' '))
                    te++;
                while (te > k && p[te - 1] == ' ')
                    te--;
                char head[48];
                if (we > ws && qty_noun_kind((const char *)p + ws, we - ws) == NK_COUNT) {
                    qty_unit_name((const char *)p + ws, we - ws, head, sizeof head);
                    size_t hl = strlen(head), tl = te - k;
                    if (hl + 1 + tl < sizeof u->noun) {
                        memcpy(u->noun, head, hl);
                        u->noun[hl] = ' ';
                        memcpy(u->noun + hl + 1, p + k, tl);
                        u->noun[hl + 1 + tl] = '\0';
                    }
                }
                break;
            }
    }
    if (!u->pct && !u->cur && u->scale > 1 && !u->noun[0] && open < e) {
        /* "Internet users (millions)": the counted noun before the bracket */
        size_t k = open;
        while (k > s && !is_alpha(p[k - 1]))
            k--;
        size_t ws = k;
        while (ws > s && is_alpha(p[ws - 1]))
            ws--;
        if (k > ws && qty_noun_kind((const char *)p + ws, k - ws) == NK_COUNT)
            qty_unit_name((const char *)p + ws, k - ws, u->noun, sizeof u->noun);
    }
    return u->pct || u->cur || u->noun[0];
}

static size_t count_pipes(const unsigned char *p, size_t s, size_t e)
{
    size_t k = 0;
    for (size_t i = s; i < e; i++)
        k += p[i] == '|';
    return k;
}

/* The unit of the column of an aligned table whose header line is
 * p[hs,he) for the cell at columns [cs,ce) of its row: the header cells
 * are split at runs of two blanks, and the one over the cell (the most
 * overlap, else the nearest) is read. */
static int header_cell_unit(const unsigned char *p, size_t hs, size_t he, size_t cs, size_t ce, TableUnit *u,
                            size_t *cell_s, size_t *cell_e)
{
    size_t best_s = 0, best_e = 0;
    long best = -1000000;
    for (size_t k = hs; k < he;) {
        while (k < he && (p[k] == ' ' || p[k] == '\t'))
            k++;
        if (k >= he)
            break;
        size_t a = k;
        while (k < he && !((p[k] == ' ' && k + 1 < he && p[k + 1] == ' ') || p[k] == '\t'))
            k++;
        long lo = (long)(a - hs) > (long)cs ? (long)(a - hs) : (long)cs;
        long hi = (long)(k - hs) < (long)ce ? (long)(k - hs) : (long)ce;
        long score = hi - lo;   /* overlap, or minus the gap */
        if (score > best) {
            best = score;
            best_s = a;
            best_e = k;
        }
    }
    *cell_s = best_s;
    *cell_e = best_e;
    return best_e > best_s && unit_spec(p, best_s, best_e, u);
}

/* The caption of a table whose rows start at bs: the last line above
 * them, across up to two blank lines; [cs, ce) or 0. */
static int table_caption(const unsigned char *p, size_t bs, size_t *cs, size_t *ce)
{
    if (bs == 0)
        return 0;
    size_t e = bs - 1;   /* the end of the line before the block */
    for (int blank = 0; blank < 2 && e > 0; blank++) {
        size_t ps = line_start(p, e);
        if (!line_blank(p, ps, e) || ps == 0)
            break;
        e = ps - 1;
    }
    size_t st = line_start(p, e);
    if (e <= st || line_blank(p, st, e))
        return 0;
    *cs = st;
    *ce = e;
    return 1;
}

int tables_cell(const char *text, size_t n, size_t ls, size_t start, size_t num_end, int whole, TableCell *cell)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t le = num_end;
    memset(cell, 0, sizeof *cell);
    /* table rows are short: a long line is prose (or a 100 MB line) */
    if (start < ls || start - ls > 400)
        return 0;
    while (le < n && p[le] != '\n' && le - num_end < 400)
        le++;
    if (le < n && p[le] != '\n')
        return 0;
    TableUnit *u = &cell->unit;
    int found = 0;
    size_t pipes_before = count_pipes(p, ls, start);
    if (pipes_before > 0 && count_pipes(p, ls, le) >= 2) {
        /* a pipe table: the header is the first of the rows above */
        size_t hs = ls;
        for (int up = 0; up < 40 && hs > 0; up++) {
            size_t ps = line_start(p, hs - 1);
            if (count_pipes(p, ps, hs - 1) < 2)
                break;
            hs = ps;
        }
        if (hs == ls)
            return 0;
        size_t he = hs, col = 0;
        while (he < n && p[he] != '\n')
            he++;
        size_t cs = hs;
        for (size_t k = hs; k <= he && col <= pipes_before; k++)
            if (k == he || p[k] == '|') {
                if (col == pipes_before) {
                    found = unit_spec(p, cs, k, u);
                    cell->head_s = cs;
                    cell->head_e = k;
                }
                col++;
                cs = k + 1;
            }
        if (!found)
            return 0;   /* the column says what it holds, or nothing */
        table_caption(p, hs, &cell->cap_s, &cell->cap_e);
    } else {
        /* an aligned or dotted row: two spaces or leaders before the cell,
         * a label before them, and a short line */
        size_t k = start;
        int spaces = 0, dots = 0;
        while (k > ls && (p[k - 1] == ' ' || p[k - 1] == '.' || p[k - 1] == '\t')) {
            k--;
            spaces += p[k] != '.';
            dots += p[k] == '.';
        }
        if (!((spaces >= 2 && !dots) || dots >= 2) || k == ls || le - ls > 160)
            return 0;
        /* the caption: the first line of the block, or the line before it */
        size_t bs = ls;
        for (int up = 0; up < 40 && bs > 0; up++) {
            size_t ps = line_start(p, bs - 1);
            if (line_blank(p, ps, bs - 1))
                break;
            bs = ps;
        }
        size_t be = bs;
        while (be < n && p[be] != '\n')
            be++;
        /* the column's header (or a caption over the rows), then the
         * row's own label ("Countries with DSR MoUs (number)   17") */
        if (bs != ls)
            found = header_cell_unit(p, bs, be, start - ls, num_end - ls, u, &cell->head_s, &cell->head_e);
        if (!found && memchr(p + ls, '(', k - ls))
            found = unit_spec(p, ls, k, u);
        int label_noun = 0;
        if (table_caption(p, bs, &cell->cap_s, &cell->cap_e) && !found &&
            memchr(p + cell->cap_s, '(', cell->cap_e - cell->cap_s))
            found = unit_spec(p, cell->cap_s, cell->cap_e, u);
        if (!found && whole) {
            /* a whole number counts the noun its row names: "Chinese-built
             * submarine cable systems landing in Africa   16" */
            memset(u, 0, sizeof *u);
            u->scale = 1;
            for (size_t t = ls; t < k;) {
                size_t we = t;
                while (we < k && is_alpha(p[we]))
                    we++;
                if (we > t && !label_noun && !is_upper(p[t]) &&
                    qty_noun_kind((const char *)p + t, we - t) == NK_COUNT)
                    qty_unit_name((const char *)p + t, we - t, u->noun, sizeof u->noun), label_noun = 1;
                t = we > t ? we : t + 1;
            }
            found = label_noun;
        }
        if (!found)
            return 0;
    }
    return 1;
}

/* ---- a table row's year and source ---- */

/* The year a table's caption states ("Table A.1  Internet use, 2025"):
 * the last four-digit year standing alone in it, or 0. */
int tables_caption_year(const char *p, size_t s, size_t e)
{
    int year = 0;
    for (size_t i = s; i + 4 <= e; i++) {
        if ((i > s && (is_digit(p[i - 1]) || p[i - 1] == '.' || p[i - 1] == '-')) || (i + 4 < e && is_digit(p[i + 4])))
            continue;
        int y = lines_year_at(p, i);
        if (y)
            year = y;
    }
    return year;
}

/* A row of a table ("Kenya | 40.8 | 2022 | ITU", or aligned columns)
 * dates and credits its figures in cells of their own: a cell that is a
 * year is the claim's year, a known body in a pipe table's cell its
 * source. */
void tables_row(const Metrics *m, const char *p, size_t n, Claim *c)
{
    /* a cell stands after a pipe or a run of blanks or dots: anything else
     * is running text, and the line is not read at all */
    size_t before = c->start, gap = 0;
    while (before > 0 && gap < 8 && (p[before - 1] == ' ' || p[before - 1] == '\t' || p[before - 1] == '.'))
        before--, gap++;
    if (!(gap >= 2 || (before > 0 && p[before - 1] == '|')))
        return;
    /* table rows are short: a long line is prose (or a 100 MB line) */
    size_t ls = c->start, le = c->end;
    while (ls > 0 && p[ls - 1] != '\n' && c->start - ls < 400)
        ls--;
    while (le < n && p[le] != '\n' && le - c->end < 400)
        le++;
    if ((ls > 0 && p[ls - 1] != '\n') || (le < n && p[le] != '\n'))
        return;
    /* cells: between pipes, or (an aligned table) between runs of two
     * blanks, when there are three cells at least */
    size_t pipes = 0, gaps = 0;
    for (size_t i = ls; i < le; i++) {
        pipes += p[i] == '|';
        gaps += i > ls && p[i] == ' ' && p[i - 1] == ' ' && (i + 1 == le || p[i + 1] != ' ') && p[ls] != ' ';
    }
    int piped = pipes >= 2;
    if (!piped && gaps < 2)
        return;
    for (size_t cs = ls, i = ls; i <= le; i++) {
        if (i < le && (piped ? p[i] != '|' : !(p[i] == ' ' && i + 1 < le && p[i + 1] == ' ')))
            continue;
        size_t a = cs, b = i;
        if (!piped)
            while (i + 1 < le && p[i + 1] == ' ')
                i++;
        lines_trim(p, &a, &b);
        if (b - a == 4 && !c->year && (a >= c->end || b <= c->start))
            c->year = lines_year_at(p, a);
        if (piped && !c->source[0] && b > a && (a >= c->end || b <= c->start) && b - a < 100) {
            /* only a body the table knows: a cell of free text is no credit */
            char tmp[128];
            if (names_note_source(m, p, a, b, tmp, sizeof tmp) && !memchr(p + a, ':', b - a) &&
                metrics_known_source(m, tmp))
                strcut(c->source, sizeof c->source, tmp);
        }
        cs = i + 1;
    }
}

/* The notes under a table, after a blank line: "a  ITU estimate.",
 * "Notes: ...", "Source: ITU, World Telecommunication/ICT Indicators".
 * The body its "Source:" line credits, for the table's cells. */
int tables_note_source(const Metrics *m, const char *p, size_t n, size_t i, char *out, size_t cap)
{
    for (int blank = 0; blank < 3 && i < n; blank++) {
        size_t le = lines_end(p, n, i), ts = i, te = le;
        lines_trim(p, &ts, &te);
        if (lines_has_text(p, ts, te))
            break;
        i = le < n ? le + 1 : n;
    }
    for (int lines = 0; lines < 8 && i < n; lines++) {
        size_t le = lines_end(p, n, i), ts = i, te = le;
        lines_trim(p, &ts, &te);
        if (!lines_has_text(p, ts, te) || le - i > 400)
            return 0;
        if (lines_source_note(p, ts, te))
            return names_note_source(m, p, ts, le, out, cap);
        /* only notes may come before it: "a  ...", "Note...", "* ..." */
        int letter = ts + 1 < te && (p[ts] >= 'a' && p[ts] <= 'z') && (p[ts + 1] == ' ' || p[ts + 1] == '\t');
        if (!(letter || !strncasecmp(p + ts, "note", 4) || p[ts] == '*' || (unsigned char)p[ts] >= 0x80))
            return 0;
        i = le < n ? le + 1 : n;
    }
    return 0;
}
