/* tables.c — what a number in a table means (see tables.h). */
#include "tables.h"


#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "lines.h"
#include "metrics.h"
#include "names.h"
#include "quantity.h"
#include "scan_zh.h"
#include "utf8.h"

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
static int unit_spec_in(const unsigned char *p, size_t s, size_t e, int bare, TableUnit *u)
{
    memset(u, 0, sizeof *u);
    u->scale = 1;
    /* a Chinese header: "用户规模（万）", "收入（亿元）" (scan_zh.h) */
    for (size_t k = s; k < e; k++)
        if (p[k] >= 0xE4 && p[k] <= 0xE9) {
            if (scan_zh_unit_spec((const char *)p, s, e, &u->scale, &u->cur, &u->pct, u->noun, sizeof u->noun))
                return u->pct || u->cur || u->noun[0];
            break;
        }
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
            size_t l, cs;
            utf8_decode((const char *)p + k, e - k, &l);
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
        else if (weq(p + k, we - k, "month") || weq(p + k, we - k, "monthly"))
            u->per = "/month";
        else if (weq(p + k, we - k, "annual") || weq(p + k, we - k, "year") || weq(p + k, we - k, "annually"))
            u->per = "/year";
        else if (qty_unit_word(w, we - k, 0) && !strcmp(qty_unit_word(w, we - k, 0), "km"))
            snprintf(u->noun, sizeof u->noun, "km");
        else if (bare && !u->noun[0] && qty_noun_kind(w, we - k) == NK_COUNT)
            qty_unit_name(w, we - k, u->noun, sizeof u->noun);   /* a Unit cell: "thousand persons" */
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

static int unit_spec(const unsigned char *p, size_t s, size_t e, TableUnit *u)
{
    return unit_spec_in(p, s, e, 0, u);
}

static int label_noun(const unsigned char *p, size_t s, size_t e, int any_case, char *out, size_t cap);

/* The unit a cell or line that is a unit and nothing else states: a Unit
 * column's cell ("%", "thousand persons", "USD million", "thousand") or
 * a line under a caption ("percent"). Up to three words, no digit. A
 * scale alone ("thousand") counts the noun the row's label p[ls, le)
 * names ("Fixed broadband subscriptions"). 1 when a unit is found. */
static int unit_bare(const unsigned char *p, size_t s, size_t e, size_t ls, size_t le, TableUnit *u)
{
    while (s < e && p[s] == ' ')
        s++;
    int words = 0;
    for (size_t k = s; k < e; k++) {
        if (is_digit(p[k]) || p[k] == '(' || p[k] == ':')
            return 0;
        words += p[k] != ' ' && (k == s || p[k - 1] == ' ');
    }
    if (e <= s || words > 3 || !unit_spec_in(p, s, e, 1, u)) {
        if (e <= s || words > 3 || u->scale <= 1 || u->cur || u->pct)
            return 0;
        return le > ls && label_noun(p, ls, le, 1, u->noun, sizeof u->noun);
    }
    return 1;
}

/* The header cell of an aligned table whose header line is p[hs,he)
 * over the cell at columns [cs,ce) of its row: the header cells are
 * split at runs of two blanks, and the one over the cell (the most
 * overlap, else the nearest) is taken. */
/* The columns p[s, i) takes on screen: a Chinese character (or another
 * wide one) two, as an aligned table's writer counted them. */
static size_t columns(const unsigned char *p, size_t s, size_t i)
{
    return utf8_width((const char *)p + s, i - s);
}

static void header_cell(const unsigned char *p, size_t hs, size_t he, size_t cs, size_t ce, size_t *cell_s,
                        size_t *cell_e)
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
        long ac = (long)columns(p, hs, a), kc = (long)columns(p, hs, k);
        long lo = ac > (long)cs ? ac : (long)cs;
        long hi = kc < (long)ce ? kc : (long)ce;
        long score = hi - lo;   /* overlap, or minus the gap */
        if (score > best) {
            best = score;
            best_s = a;
            best_e = k;
        }
    }
    *cell_s = best_s;
    *cell_e = best_e;
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

/* "Table 2. Share of users by region, 2023" over a line "percent" (or
 * "thousand persons", "US$ million"): a caption whose last line is a
 * unit and nothing else. The unit goes to *u and the caption [*cs, *ce)
 * takes in the title line above it; 1, else 0 and nothing changed. */
static int caption_unit_line(const unsigned char *p, size_t *cs, size_t *ce, TableUnit *u)
{
    /* (a noun alone is a title: "KEY PERFORMANCE INDICATORS") */
    if (*ce <= *cs || !unit_bare(p, *cs, *ce, 0, 0, u) || !(u->pct || u->cur || u->scale > 1))
        return 0;
    if (*cs > 0) {
        size_t ps = line_start(p, *cs - 1);
        if (!line_blank(p, ps, *cs - 1))
            *cs = ps;
    }
    return 1;
}

/* A table's corner cell p[s, e), over its row labels, that is a unit
 * alone ("CNY Million", "US$ m", "%"): the unit of every cell. */
static int corner_unit(const unsigned char *p, size_t s, size_t e, TableUnit *u)
{
    return unit_bare(p, s, e, 0, 0, u) && (u->pct || u->cur || u->scale > 1);
}

/* A header written over several lines, then a rule of dashes:
 *   Length    Est. cost
 *   (km)      (US$ m)
 *   -------------------
 * The lines after the first (from hl, the end of the first line, to the
 * rule, before the row at rs) state the unit of the column [cs, ce): the
 * first cell over it with a unit ("(km)") or a counted noun
 * ("countries"). 1 and *u filled, else 0. */
static int header_lines(const unsigned char *p, size_t hl, size_t rs, size_t cs, size_t ce, TableUnit *u)
{
    size_t s = hl + 1, rule = 0;
    for (int k = 0; k < 4 && s < rs; k++) {
        size_t e = s;
        while (e < rs && p[e] != '\n')
            e++;
        int dashes = 0, other = 0;
        for (size_t i = s; i < e; i++)
            dashes += p[i] == '-' || p[i] == '=', other += p[i] != '-' && p[i] != '=' && p[i] != ' ' && p[i] != '\r';
        if (dashes >= 10 && !other) {
            rule = e;
            break;
        }
        s = e + 1;
    }
    if (!rule)
        return 0;
    for (s = hl + 1; s < rule;) {
        size_t e = s;
        while (e < rule && p[e] != '\n')
            e++;
        size_t a = 0, b = 0;
        header_cell(p, s, e, cs, ce, &a, &b);
        /* (only a cell over the column: a header's cell elsewhere is another's) */
        if (b > a && (long)columns(p, s, b) > (long)cs && columns(p, s, a) < ce) {
            if (unit_spec(p, a, b, u))
                return 1;
            memset(u, 0, sizeof *u);
            u->scale = 1;
            if (label_noun(p, a, b, 1, u->noun, sizeof u->noun))
                return 1;
        }
        s = e + 1;
    }
    return 0;
}

/* ---- rows and cells ---- */

#define MAX_CELLS 32

/* A row split into cells [s[i], e[i]), trimmed. */
typedef struct Row {
    size_t s[MAX_CELLS], e[MAX_CELLS];
    int n;
} Row;

/* Split p[ls, le) at sep ('|' or '\t'); the empty cells outside a pipe
 * table's outer pipes are dropped. */
static void split_row(const unsigned char *p, size_t ls, size_t le, char sep, Row *r)
{
    r->n = 0;
    size_t cs = ls;
    for (size_t k = ls; k <= le && r->n < MAX_CELLS; k++) {
        if (k < le && p[k] != sep)
            continue;
        size_t a = cs, b = k;
        while (a < b && (p[a] == ' ' || p[a] == '\t' || p[a] == '\r'))
            a++;
        while (b > a && (p[b - 1] == ' ' || p[b - 1] == '\t' || p[b - 1] == '\r'))
            b--;
        int outer = sep == '|' && a == b && (cs == ls || k == le);
        if (!outer) {
            r->s[r->n] = a;
            r->e[r->n] = b;
            r->n++;
        }
        cs = k + 1;
    }
}

/* The cell of r holding offset at, or -1. */
static int cell_at(const Row *r, size_t at)
{
    for (int i = 0; i < r->n; i++)
        if (r->s[i] <= at && at < r->e[i] + 1)
            return i;
    return -1;
}

static int line_has(const unsigned char *p, size_t s, size_t e, char c, size_t min)
{
    size_t k = 0;
    for (size_t i = s; i < e; i++)
        k += p[i] == c;
    return k >= min;
}

/* The year a header cell names ("2023", "Change 2023 (%)", "FY2023" not):
 * its only standalone year, or 0. */
static int cell_year(const unsigned char *p, size_t s, size_t e)
{
    int year = 0, found = 0;
    for (size_t i = s; i + 4 <= e; i++) {
        if ((i > s && (is_alnum(p[i - 1]) || p[i - 1] == '/' || p[i - 1] == '-')) ||
            (i + 4 < e && (is_alnum(p[i + 4]) || p[i + 4] == '/')))
            continue;
        int y = lines_year_at((const char *)p, i);
        if (y)
            year = y, found++;
    }
    return found == 1 ? year : 0;
}

/* The counted noun a header cell or row label names ("Projects",
 * "Countries served", "Major outage hours"): its first plural noun (a
 * known count or a duration), or "". */
static int label_noun(const unsigned char *p, size_t s, size_t e, int any_case, char *out, size_t cap)
{
    for (size_t t = s; t < e;) {
        size_t we = t;
        while (we < e && is_alpha(p[we]))
            we++;
        if (we > t && (any_case || !is_upper(p[t]))) {
            NounKind k = qty_noun_kind((const char *)p + t, we - t);
            /* ("Landing points": a discourse noun after a modifier counts) */
            if ((k == NK_COUNT || (k == NK_DURATION && p[we - 1] == 's') || (k == NK_ABSTRACT && t > s)) && we - t > 2) {
                qty_unit_name((const char *)p + t, we - t, out, cap);
                return 1;
            }
        }
        if (we < e && p[we] == '(')
            break;   /* a remark in brackets names no noun */
        t = we > t ? we : t + 1;
    }
    return 0;
}

/* A cell that is a currency and nothing else ("USD", "KES"): its code. */
static const char *currency_cell(const unsigned char *p, size_t s, size_t e)
{
    if (e - s < 2 || e - s > 8)
        return NULL;
    for (size_t i = s; i < e; i++)
        if (!is_alpha(p[i]))
            return NULL;
    return qty_currency_word((const char *)p + s, e - s);
}

/* "Amount (Original Currency): 17,500,000,000" with "Original Currency:
 * KES" among the lines around it: the currency that field names. */
static const char *sibling_currency(const unsigned char *p, size_t n, size_t ls)
{
    size_t s = ls;
    for (int up = 0; up < 8 && s > 0; up++)
        s = line_start(p, s - 1);
    for (int k = 0; k < 16 && s < n; k++) {
        size_t e = s;
        while (e < n && p[e] != '\n')
            e++;
        for (size_t i = s; i + 9 <= e; i++)
            if (weq(p + i, 8, "currency") && p[i + 8] == ':') {
                size_t v = i + 9;
                while (v < e && p[v] == ' ')
                    v++;
                size_t ve = e;
                while (ve > v && (p[ve - 1] == ' ' || p[ve - 1] == '\r'))
                    ve--;
                const char *code = currency_cell(p, v, ve);
                if (code)
                    return code;
            }
        s = e + 1;
    }
    return NULL;
}

static double header_scale(const unsigned char *p, size_t hs, size_t he);

/* What the cell's column, row and table say its unit is. In order: the
 * column's header ("Subscriptions (millions)", "Share (%)", a counted
 * noun: "Projects"); the row's label ("Gross margin (%)", "Basic
 * earnings per share (CNY)"); a currency cell of the row ("USD" under
 * "Currency"); the caption's brackets ("(RMB billion)", "(value in US$
 * billion)"); a whole number's counted noun in its row's label. */
static int cell_unit(const unsigned char *p, size_t hs, size_t he, size_t ls, size_t le, const Row *row, int ci,
                     size_t label_s, size_t label_e, int whole, const TableUnit *headu, const TableUnit *capu,
                     TableCell *cell)
{
    TableUnit *u = &cell->unit;
    if (he > hs && unit_spec(p, hs, he, u))
        return 1;
    memset(u, 0, sizeof *u);
    u->scale = 1;
    if (he > hs && !cell_year(p, hs, he) && label_noun(p, hs, he, 1, u->noun, sizeof u->noun))
        return 1;
    if (headu) {
        *u = *headu;
        return 1;
    }
    if (label_e > label_s && memchr(p + label_s, '(', label_e - label_s) && unit_spec(p, label_s, label_e, u))
        return 1;
    /* "Revenue, KZT m", "EBITDA margin, %", "Subscribers, million": the
     * unit after the label's last comma (a scale alone counts the noun
     * before it) */
    size_t comma = label_e, k0 = label_s;
    while (k0 < label_e && p[k0] == ' ')
        k0++;
    for (size_t k = k0; k + 1 < label_e; k++)   /* the first cell only */
        if ((p[k] == ' ' && p[k + 1] == ' ') || p[k] == '\t') {
            label_e = k;
            break;
        }
    for (size_t k = label_s; k < label_e; k++)
        if (p[k] == ',' && !(k > label_s && is_digit(p[k - 1])))
            comma = k;
    if (comma < label_e && unit_bare(p, comma + 1, label_e, label_s, comma, u))
        return 1;
    memset(u, 0, sizeof *u);
    u->scale = 1;
    memset(u, 0, sizeof *u);
    u->scale = 1;
    for (int i = 0; row && i < row->n; i++) {
        const char *code = i != ci ? currency_cell(p, row->s[i], row->e[i]) : NULL;
        if (code) {
            u->cur = code;
            u->scale = he > hs ? header_scale(p, hs, he) : 1;   /* "amount_m" */
            return 1;
        }
    }
    if (capu) {
        *u = *capu;
        return 1;
    }
    if (cell->cap_e > cell->cap_s && memchr(p + cell->cap_s, '(', cell->cap_e - cell->cap_s) &&
        unit_spec(p, cell->cap_s, cell->cap_e, u))
        return 1;
    memset(u, 0, sizeof *u);
    u->scale = 1;
    (void)ls, (void)le;
    return whole && label_e > label_s && label_noun(p, label_s, label_e, 0, u->noun, sizeof u->noun);
}

/* The scale a header cell names for figures whose currency another cell
 * gives: a field name's suffix ("amount_m", "value_bn", "cost_k") or a
 * scale word ("Amount (million)"); 1 when none. */
static double header_scale(const unsigned char *p, size_t hs, size_t he)
{
    const unsigned char *us = memchr(p + hs, '_', he - hs);
    while (us) {
        size_t a = (size_t)(us - p) + 1, b = a;
        while (b < he && is_alpha(p[b]))
            b++;
        if (b == he || p[b] == '_') {
            if (weq(p + a, b - a, "m") || weq(p + a, b - a, "mn") || weq(p + a, b - a, "mln") ||
                weq(p + a, b - a, "million") || weq(p + a, b - a, "millions"))
                return 1e6;
            if (weq(p + a, b - a, "bn") || weq(p + a, b - a, "b") || weq(p + a, b - a, "billion"))
                return 1e9;
            if (weq(p + a, b - a, "k") || weq(p + a, b - a, "thousand") || weq(p + a, b - a, "thousands"))
                return 1e3;
        }
        us = b < he ? memchr(p + b, '_', he - b) : NULL;
    }
    TableUnit u;
    unit_spec(p, hs, he, &u);
    return u.scale;
}

/* "Fibre pairs | 6", "Population (2023)<TAB>126.5 million", "Amount
 * (Nominal USD): 172,716,420": a field's value takes the unit its key
 * states, the noun it names, or the currency a sibling field gives. */
static int field_unit(const unsigned char *p, size_t n, size_t ls, size_t ks, size_t ke, TableCell *cell)
{
    TableUnit *u = &cell->unit;
    cell->label_s = ks;
    cell->label_e = ke;
    cell->year = cell_year(p, ks, ke);
    if (memchr(p + ks, '(', ke - ks) && unit_spec(p, ks, ke, u))
        return 1;
    memset(u, 0, sizeof *u);
    u->scale = 1;
    for (size_t i = ks; i + 8 <= ke; i++)
        if (weq(p + i, 8, "currency")) {
            u->cur = sibling_currency(p, n, ls);
            return u->cur != NULL;
        }
    return label_noun(p, ks, ke, 1, u->noun, sizeof u->noun);
}

/* Does the value of a field end with the figure p[.., num_end): only a
 * scale word ("126.5 million"), a remark in brackets or blanks after it? */
static int value_ends(const unsigned char *p, size_t num_end, size_t le)
{
    size_t k = num_end;
    while (k < le && (p[k] == ' ' || p[k] == '\r'))
        k++;
    size_t w = k;
    while (w < le && is_alpha(p[w]))
        w++;
    if (w > k && qty_scale((const char *)p + k, w - k, 1) > 0)
        k = w;
    while (k < le && (p[k] == ' ' || p[k] == '\r'))
        k++;
    return k >= le || p[k] == '(';
}

/* Has the line p[s, e) a run of two blanks or a tab between words? */
static int gapped(const unsigned char *p, size_t s, size_t e)
{
    while (s < e && (p[s] == ' ' || p[s] == '\t'))
        s++;
    for (size_t k = s; k + 2 < e; k++)
        if ((p[k] == '\t' || (p[k] == ' ' && p[k + 1] == ' ')) && p[k + 2] != ' ' && p[k + 2] != '\r')
            return 1;
    return 0;
}

/* Is the header cell p[s, e) a table's Unit column ("Unit", "Units",
 * "Unit of measure", "Measure")? */
static int unit_column(const unsigned char *p, size_t s, size_t e)
{
    return weq(p + s, e - s, "unit") || weq(p + s, e - s, "units") || weq(p + s, e - s, "unit of measure") ||
           weq(p + s, e - s, "measure") || weq(p + s, e - s, "unit of measurement");
}

/* The first line of the run of lines around ls that share its
 * separator (pipes: two at least; tabs: one). */
static size_t block_top(const unsigned char *p, size_t ls, char sep)
{
    size_t hs = ls;
    for (int up = 0; up < 60 && hs > 0; up++) {
        size_t ps = line_start(p, hs - 1);
        if (!line_has(p, ps, hs - 1, sep, sep == '|' ? 2 : 1))
            break;
        hs = ps;
    }
    return hs;
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
    size_t e = le;
    while (e > ls && p[e - 1] == '\r')
        e--;

    /* pipes or tabs: cells by their separator, the header the block's
     * first row (a row of two cells is a field: key and value) */
    char sep = line_has(p, ls, start, '|', 1) && line_has(p, ls, e, '|', 2) ? '|'
               : line_has(p, ls, start, '\t', 1)                            ? '\t'
                                                                            : 0;
    if (sep) {
        Row row;
        split_row(p, ls, e, sep, &row);
        int ci = cell_at(&row, start);
        if (ci <= 0)
            return 0;
        if (row.n == 2)
            return value_ends(p, num_end, row.e[1] > num_end ? row.e[1] : num_end) &&
                   field_unit(p, n, ls, row.s[0], row.e[0], cell);
        size_t hs = block_top(p, ls, sep);
        if (hs == ls)
            return 0;   /* the header row itself */
        size_t he = hs;
        while (he < n && p[he] != '\n')
            he++;
        Row head;
        split_row(p, hs, he, sep, &head);
        if (ci < head.n) {
            cell->head_s = head.s[ci];
            cell->head_e = head.e[ci];
            cell->year = cell_year(p, cell->head_s, cell->head_e);
        }
        cell->label_s = row.s[0];
        cell->label_e = row.e[0];
        table_caption(p, hs, &cell->cap_s, &cell->cap_e);
        /* a Unit column ("Indicator | Unit | 2022 | 2023"): its cell in
         * the row states the unit of the row's figures */
        for (int i = 1; i < head.n && i < row.n; i++)
            if (i != ci && unit_column(p, head.s[i], head.e[i]))
                return unit_bare(p, row.s[i], row.e[i], row.s[0], row.e[0], &cell->unit);
        TableUnit capu;
        int bare = caption_unit_line(p, &cell->cap_s, &cell->cap_e, &capu);
        if (!bare && head.n > 0 && ci > 0)   /* a corner unit: "CNY million | 2023 | 2022" */
            bare = corner_unit(p, head.s[0], head.e[0], &capu);
        return cell_unit(p, cell->head_s, cell->head_e, ls, e, &row, ci, row.s[0], row.e[0], whole, NULL,
                         bare ? &capu : NULL, cell);
    }

    /* a field, "Key: value" or "Key | value" (one pipe), the figure
     * opening its value */
    size_t k = start;
    while (k > ls && p[k - 1] == ' ')
        k--;
    if (k > ls + 1 && (p[k - 1] == ':' || p[k - 1] == '|') && value_ends(p, num_end, e)) {
        /* the key: back to the line's start or an earlier field's pipe */
        size_t ke = k - 1, ks = ke;
        while (ks > ls && p[ks - 1] != '|' && p[ks - 1] != '\t')
            ks--;
        while (ks < ke && p[ks] == ' ')
            ks++;
        while (ke > ks && p[ke - 1] == ' ')
            ke--;
        if (ke > ks && is_upper(p[ks]) && ke - ks <= 60)
            return field_unit(p, n, ls, ks, ke, cell);
        return 0;
    }

    /* an aligned or dotted row: two spaces or leaders before the cell,
     * a label before them, and a short line */
    k = start;
    int spaces = 0, dots = 0;
    while (k > ls && (p[k - 1] == ' ' || p[k - 1] == '.' || p[k - 1] == '\t')) {
        k--;
        spaces += p[k] != '.';
        dots += p[k] == '.';
    }
    if (!((spaces >= 2 && !dots) || dots >= 4) || k == ls || le - ls > 160)
        return 0;
    /* the header: the first line of the block (or a caption over it) */
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
    /* (a header has columns too: a paragraph over a row is no header) */
    if (bs != ls && gapped(p, bs, be))
        header_cell(p, bs, be, columns(p, ls, start), columns(p, ls, num_end), &cell->head_s, &cell->head_e);
    if (cell->head_e > cell->head_s)
        cell->year = cell_year(p, cell->head_s, cell->head_e);
    cell->label_s = ls;
    cell->label_e = k;
    if (bs != ls && !gapped(p, bs, be)) {
        cell->cap_s = bs;   /* the block opens with its caption */
        cell->cap_e = be;
    } else {
        table_caption(p, bs, &cell->cap_s, &cell->cap_e);
    }
    TableUnit capu, headu;
    int bare = caption_unit_line(p, &cell->cap_s, &cell->cap_e, &capu);
    if (!bare && bs != ls && gapped(p, bs, be)) {
        /* a corner unit: "CNY Million      2023      2022", over the labels */
        size_t c0 = bs, c1;
        while (c0 < be && p[c0] == ' ')
            c0++;
        for (c1 = c0; c1 < be && !(p[c1] == ' ' && c1 + 1 < be && p[c1 + 1] == ' ') && p[c1] != '\t'; c1++)
            ;
        if (c0 != cell->head_s && columns(p, bs, c1) <= columns(p, ls, start))
            bare = corner_unit(p, c0, c1, &capu);
    }
    int multi = bs != ls && gapped(p, bs, be) && header_lines(p, be, ls, columns(p, ls, start), columns(p, ls, num_end), &headu);
    return cell_unit(p, cell->head_s, cell->head_e, ls, le, NULL, -1, ls, k, whole, multi ? &headu : NULL,
                     bare ? &capu : NULL, cell);
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
    int tab = 0;
    while (before > 0 && gap < 8 && (p[before - 1] == ' ' || p[before - 1] == '\t' || p[before - 1] == '.'))
        tab |= p[before - 1] == '\t', before--, gap++;
    if (!(gap >= 2 || tab || (before > 0 && p[before - 1] == '|')))
        return;
    /* table rows are short: a long line is prose (or a 100 MB line) */
    size_t ls = c->start, le = c->end;
    while (ls > 0 && p[ls - 1] != '\n' && c->start - ls < 400)
        ls--;
    while (le < n && p[le] != '\n' && le - c->end < 400)
        le++;
    if ((ls > 0 && p[ls - 1] != '\n') || (le < n && p[le] != '\n'))
        return;
    /* cells: between pipes or tabs, or (an aligned table) between runs of
     * two blanks, when there are three cells at least */
    size_t pipes = 0, gaps = 0, tabs = 0;
    for (size_t i = ls; i < le; i++) {
        pipes += p[i] == '|';
        tabs += p[i] == '\t';
        gaps += i > ls && p[i] == ' ' && p[i - 1] == ' ' && (i + 1 == le || p[i + 1] != ' ') && p[ls] != ' ';
    }
    char sep = pipes >= 2 ? '|' : tabs >= 2 ? '\t' : 0;
    int piped = sep != 0;
    if (!piped && gaps < 2)
        return;
    for (size_t cs = ls, i = ls; i <= le; i++) {
        if (i < le && (piped ? p[i] != sep : !(p[i] == ' ' && i + 1 < le && p[i + 1] == ' ')))
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
