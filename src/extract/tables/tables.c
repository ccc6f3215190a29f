/* tables.c — what a number in a table means (see tables.h).
 *
 * The reader in three phases: the layout of the row's table (its cells
 * between pipes or tabs here; for a table aligned by blanks,
 * tables_frame.h), the unit each part of it states (tables_unit.h), and
 * here the order in which they are asked. */
#define _GNU_SOURCE   /* memmem */
#include "tables.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "csvrows.h"
#include "fiscal.h"
#include "lines.h"
#include "metrics.h"
#include "names.h"
#include "quantity.h"
#include "scan_zh.h"
#include "scores.h"
#include "tables_frame.h"
#include "tables_unit.h"
#include "textserial.h"
#include "textwalk.h"
#include "multcol.h"
#include "unitlist.h"
#include "utf8.h"

/* The start of the line holding p[i - 1]; a line over 400 bytes is no
 * table line (lines.h). */
static size_t line_start(const unsigned char *p, size_t i)
{
    return lines_start((const char *)p, i, 400);
}

/* Has p[s, e) a bracket, "(" or "（"? */
static int bracketed(const unsigned char *p, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (p[k] == '(' || (k + 3 <= e && p[k] == 0xEF && p[k + 1] == 0xBC && p[k + 2] == 0x88))
            return 1;
    return 0;
}

static void unit_clear(TableUnit *u)
{
    memset(u, 0, sizeof *u);
    u->scale = 1;
}

/* A table's corner cell p[s, e), over its row labels, that is a unit
 * alone ("CNY Million", "US$ m", "%", "(US$ thousands)"): the unit of
 * every cell. */
static int corner_unit(const unsigned char *p, size_t s, size_t e, TableUnit *u)
{
    if (e - s > 2 && p[s] == '(' && p[e - 1] == ')')
        s++, e--;
    return tables_unit_bare(p, s, e, 0, 0, u) && (u->pct || u->cur || u->scale > 1);
}

/* ---- rows and cells ---- */

#define MAX_CELLS 32

/* A row split into cells [s[i], e[i]), trimmed. */
typedef struct Row {
    size_t s[MAX_CELLS], e[MAX_CELLS];
    int n;
} Row;

/* A box-drawn table's vertical line at p[k] ("│", "┃", "║"), the pipe
 * of a table set in a Chinese release: its length, 3, or 0. */
static size_t box_bar(const unsigned char *p, size_t k, size_t e)
{
    return k + 3 <= e && p[k] == 0xE2 && ((p[k + 1] == 0x94 && (p[k + 2] == 0x82 || p[k + 2] == 0x83)) ||
                                          (p[k + 1] == 0x95 && p[k + 2] == 0x91))
               ? 3
               : 0;
}

/* A full-width blank at p[k] ("　"), as a Chinese table pads its cells. */
static int wide_space(const unsigned char *p, size_t k, size_t e)
{
    return k + 3 <= e && p[k] == 0xE3 && p[k + 1] == 0x80 && p[k + 2] == 0x80;
}

/* Split p[ls, le) at sep ('|', which a box's bar also is, or '\t'); the
 * empty cells outside a pipe table's outer pipes are dropped. */
static void split_row(const unsigned char *p, size_t ls, size_t le, char sep, Row *r)
{
    r->n = 0;
    size_t cs = ls;
    for (size_t k = ls; k <= le && r->n < MAX_CELLS; k++) {
        size_t bar = sep == '|' && k < le ? box_bar(p, k, le) : 0;
        if (k < le && p[k] != sep && !bar)
            continue;
        size_t a = cs, b = k;
        for (;;) {
            if (a < b && (p[a] == ' ' || p[a] == '\t' || p[a] == '\r'))
                a++;
            else if (wide_space(p, a, b))
                a += 3;
            else
                break;
        }
        for (;;) {
            if (b > a && (p[b - 1] == ' ' || p[b - 1] == '\t' || p[b - 1] == '\r'))
                b--;
            else if (b >= a + 3 && wide_space(p, b - 3, b))
                b -= 3;
            else
                break;
        }
        int outer = sep == '|' && a == b && (cs == ls || k == le);
        if (!outer) {
            r->s[r->n] = a;
            r->e[r->n] = b;
            r->n++;
        }
        if (bar)
            k += bar - 1;
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

/* Does the figure at p[start] open its cell, which starts at cs: only
 * a sign, a bracket or a hedge ("about", "over") before it? A figure
 * inside a cell of words is the words' ("AidData GCDF 3.0", "Phase 2
 * complete"), not a figure the column counts. */
static int opens_cell(const unsigned char *p, size_t cs, size_t start)
{
    size_t b = start;
    while (b > cs && !ascii_isalpha(p[b - 1]))
        b--;
    if (b == cs)
        return 1;
    size_t qs;
    return qty_qualifier_before((const char *)p, start, &qs) != Q_EXACT && qs <= cs + 1;
}

static int line_has(const unsigned char *p, size_t s, size_t e, char c, size_t min)
{
    size_t k = 0;
    for (size_t i = s; i < e; i++)
        k += p[i] == c || (c == '|' && p[i] == 0xE2 && box_bar(p, i, e));
    return k >= min;
}

/* A box's rule, "├────┼────┤", "┌──┬──┐": box-drawing characters
 * (U+2500 to U+257F) and blanks only. */
static int box_rule(const unsigned char *p, size_t s, size_t e)
{
    size_t k = s, bars = 0;
    while (k < e) {
        if (p[k] == ' ' || p[k] == '\r')
            k++;
        else if (k + 3 <= e && p[k] == 0xE2 && (p[k + 1] == 0x94 || p[k + 1] == 0x95))
            k += 3, bars++;
        else
            return 0;
    }
    return bars >= 3;
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
            if (tw_weq(p + i, 8, "currency") && p[i + 8] == ':') {
                size_t v = i + 9;
                while (v < e && p[v] == ' ')
                    v++;
                size_t ve = e;
                while (ve > v && (p[ve - 1] == ' ' || p[ve - 1] == '\r'))
                    ve--;
                const char *code = tables_unit_currency_cell(p, v, ve);
                if (code)
                    return code;
            }
        s = e + 1;
    }
    return NULL;
}

/* What the cell's column, row and table say its unit is. In order: the
 * column's header ("Subscriptions (millions)", "Share (%)"), or the unit
 * of its further lines (headu); a header's scale alone ("Number
 * ('000)") counting the caption's subject; a table in percent ("...,
 * by sex and area (percent)"); the header's counted noun ("Projects");
 * the row's label ("Gross margin (%)", "Basic earnings per share (CNY)",
 * "Revenue, EUR m"); a currency cell of the row ("USD" under
 * "Currency"); the group row over the row ("Value (THB billion)"); the
 * table's corner or unit line (capu: "KShs million", "单位：亿元"); the
 * caption's brackets ("(RMB billion)", "(value in US$ billion)"); a rate
 * the row's label names ("Chargeable transactions per customer"); a
 * whole number's counted noun in its row's label. */
/* Does the caption p[s, e) break its subject down by category, type,
 * kind or sector ("Reported incidents by category, 2022 and 2023")? Then
 * each row's label names a kind of what the caption counts
 * ("Vulnerabilities Report", "Others"), no noun of its own. */
static int by_category(const unsigned char *p, size_t s, size_t e)
{
    static const char *const kinds[] = {"category", "categories", "type", "types", "kind", "sector", NULL};
    for (size_t k = s; k + 4 < e; k++) {
        if (p[k] != ' ' || (p[k + 1] != 'b' && p[k + 1] != 'B') || (p[k + 2] != 'y' && p[k + 2] != 'Y') || p[k + 3] != ' ')
            continue;
        size_t a = k + 4, b = a;
        while (b < e && ascii_isalpha(p[b]))
            b++;
        for (int i = 0; kinds[i]; i++)
            if (tw_weq(p + a, b - a, kinds[i]))
                return 1;
    }
    return 0;
}

static int unit_of(const unsigned char *p, size_t hs, size_t he, const TableUnit *headu, const Row *row, int ci,
                   size_t label_s, size_t label_e, int whole, const TableUnit *groupu, const TableUnit *capu,
                   TableCell *cell)
{
    TableUnit *u = &cell->unit;
    if (he > hs && tables_unit_spec(p, hs, he, u))
        return cell->head_unit = 1;
    if (headu) {
        *u = *headu;
        return cell->head_unit = 1;
    }
    /* "Number ('000)": a scale, counting what the caption's subject names
     * ("Individuals aged 5 years and above ...") */
    double head_scale = he > hs ? u->scale : 1;
    unit_clear(u);
    if (head_scale > 1 && cell->cap_e > cell->cap_s &&
        tables_unit_subject(p, cell->cap_s, cell->cap_e, u->noun, sizeof u->noun)) {
        u->scale = head_scale;
        return 1;
    }
    /* a sample's size ("n" over "1,204"): how many of what the table's
     * shares are of ("(per cent of respondents, 2023)") */
    if (he > hs && tables_unit_sample(p, hs, he))
        return cell->cap_e > cell->cap_s && tables_unit_share_of(p, cell->cap_s, cell->cap_e, u->noun, sizeof u->noun);
    /* a table in percent ("..., by sex and area (percent)") holds shares
     * in every column its header does not say otherwise of ("Both
     * sexes") */
    TableUnit t;
    int cap_pct = cell->cap_e > cell->cap_s &&
                  (bracketed(p, cell->cap_s, cell->cap_e) ? tables_unit_spec(p, cell->cap_s, cell->cap_e, &t) && t.pct
                                                          : tables_unit_caption_share(p, cell->cap_s, cell->cap_e));
    if (head_scale == 1 &&
        ((capu && (capu->pct || (capu->pct_col && he > hs && tables_unit_rate_head(p, hs, he)))) || cap_pct)) {
        u->pct = 1;
        return 1;
    }
    /* a score's table (scores.h); money a caption's bracket states over
     * a header naming a kind of what is measured (tables_unit.h) */
    if (head_scale == 1 && tables_unit_score(p, hs, he, label_s, label_e, cell->cap_s, cell->cap_e, u))
        return 1;
    if (tables_unit_caption_money(p, cell->cap_s, cell->cap_e, hs, he, u))
        return 1;
    if (he > hs && !tables_unit_year(p, hs, he) && tables_unit_noun(p, hs, he, 1, u->noun, sizeof u->noun))
        return cell->head_unit = 1;
    if (label_e > label_s && bracketed(p, label_s, label_e) && tables_unit_spec(p, label_s, label_e, u))
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
        if (p[k] == ',' && !(k > label_s && p[k - 1] >= '0' && p[k - 1] <= '9'))
            comma = k;
    if (comma < label_e && tables_unit_bare(p, comma + 1, label_e, label_s, comma, u))
        return 1;
    unit_clear(u);
    for (int i = 0; row && i < row->n; i++) {
        const char *code = i != ci ? tables_unit_currency_cell(p, row->s[i], row->e[i]) : NULL;
        if (code) {
            u->cur = code;
            u->scale = he > hs ? tables_unit_header_scale(p, hs, he) : 1;   /* "amount_m" */
            cell->head_unit = u->scale > 1;
            return 1;
        }
    }
    if (groupu) {
        *u = *groupu;
        return 1;
    }
    /* ("新签约项目数" under "单位：亿元" counts projects) */
    if (capu && capu->cur && label_e > label_s &&
        scan_zh_count_label((const char *)p, label_s, label_e, u->noun, sizeof u->noun))
        return 1;
    if (capu) {
        *u = *capu;
        return 1;
    }
    if (cell->cap_e > cell->cap_s && bracketed(p, cell->cap_s, cell->cap_e) &&
        tables_unit_spec(p, cell->cap_s, cell->cap_e, u))
        return 1;
    unit_clear(u);
    /* "Chargeable transactions per customer": a rate, whole or not */
    if (label_e > label_s && tables_unit_rate(p, label_s, label_e, u->noun, sizeof u->noun))
        return 1;
    if (whole && label_e > label_s && !by_category(p, cell->cap_s, cell->cap_e) &&
        tables_unit_noun(p, label_s, label_e, 2, u->noun, sizeof u->noun))
        return 1;
    /* a whole number under a year, in a row its label names no noun of
     * ("China   55   64"), or in a breakdown by category: what the
     * caption counts ("Orbital launch attempts, 2021-2024") */
    unit_clear(u);
    if (whole && by_category(p, cell->cap_s, cell->cap_e) &&
        (tables_unit_subject(p, cell->cap_s, cell->cap_e, u->noun, sizeof u->noun) ||
         tables_unit_noun(p, cell->cap_s, cell->cap_e, 0, u->noun, sizeof u->noun)))
        return 1;
    return whole && he > hs && tables_unit_year(p, hs, he) && cell->cap_e > cell->cap_s &&
           tables_unit_subject(p, cell->cap_s, cell->cap_e, u->noun, sizeof u->noun);
}

/* The cell's unit (unit_of), scaled by the table's unit line or corner
 * when that states a scale of counts ("单位：万人", "(millions)") and the
 * unit found names none: a column "网民规模" (people) under "单位：万人"
 * counts tens of thousands. */
static int cell_unit(const unsigned char *p, size_t hs, size_t he, const TableUnit *headu, const Row *row, int ci,
                     size_t label_s, size_t label_e, int whole, const TableUnit *groupu, const TableUnit *capu,
                     TableCell *cell)
{
    if (!unit_of(p, hs, he, headu, row, ci, label_s, label_e, whole, groupu, capu, cell))
        return 0;
    TableUnit *u = &cell->unit;
    if (capu && capu->scale > 1 && !capu->cur && !capu->pct && u->scale == 1 && !u->cur && !u->pct && u->noun[0])
        u->scale = capu->scale;
    /* ("单位：万户" under "家庭宽带客户" counts customers: scan_zh.h; a table by
     * city, its caption's "各市互联网宽带接入用户") */
    if (u->noun[0] && !(label_e > label_s && scan_zh_strong_label((const char *)p, label_s, label_e, u->noun,
                                                                  sizeof u->noun)))
        if (cell->cap_e > cell->cap_s)
            scan_zh_strong_label((const char *)p, cell->cap_s, cell->cap_e, u->noun, sizeof u->noun);
    /* money under a column of flows ("流量", "Inflows") is a year's */
    if (u->cur && !u->per && he > hs && tables_unit_flow(p, hs, he))
        u->per = "/year";
    return 1;
}

/* The currency a short key names by its code ("USD equivalent", "Value
 * USD", "EUR amount"): up to three words, one of them an ISO code, none
 * a rate's ("KES per USD", "USD rate"); else NULL. */
static const char *key_currency(const unsigned char *p, size_t ks, size_t ke)
{
    const char *code = NULL;
    int words = 0;
    for (size_t k = ks; k < ke;) {
        if (!ascii_isalpha(p[k])) {
            k++;
            continue;
        }
        size_t we = k;
        while (we < ke && ascii_isalpha(p[we]))
            we++;
        words++;
        if (tw_weq(p + k, we - k, "per") || tw_weq(p + k, we - k, "rate") || tw_weq(p + k, we - k, "to"))
            return NULL;
        if (we - k == 3 && ascii_isupper(p[k]) && ascii_isupper(p[k + 1]) && ascii_isupper(p[k + 2])) {
            const char *c = qty_currency_word((const char *)p + k, 3);
            if (c && code && c != code)
                return NULL;   /* two currencies: a pair, "USD/KES" */
            code = c ? c : code;
        }
        k = we;
    }
    return words <= 3 ? code : NULL;
}

/* "Fibre pairs | 6", "Population (2023)<TAB>126.5 million", "Amount
 * (Nominal USD): 172,716,420": a field's value takes the unit its key
 * states, the noun it names, or the currency a sibling field gives. */
static int field_unit(const unsigned char *p, size_t n, size_t ls, size_t ks, size_t ke, TableCell *cell)
{
    TableUnit *u = &cell->unit;
    cell->label_s = ks;
    cell->label_e = ke;
    cell->year = tables_unit_year(p, ks, ke);
    if (memchr(p + ks, '(', ke - ks) && tables_unit_spec(p, ks, ke, u))
        return 1;
    memset(u, 0, sizeof *u);
    u->scale = 1;
    if ((u->cur = key_currency(p, ks, ke)) != NULL)
        return 1;
    for (size_t i = ks; i + 8 <= ke; i++)
        if (tw_weq(p + i, 8, "currency")) {
            u->cur = sibling_currency(p, n, ls);
            return u->cur != NULL;
        }
    return tables_unit_noun(p, ks, ke, 1, u->noun, sizeof u->noun);
}

/* Does the value of a field end with the figure p[.., num_end): only a
 * scale word ("126.5 million"), a remark in brackets or blanks after it? */
static int value_ends(const unsigned char *p, size_t num_end, size_t le)
{
    size_t k = num_end;
    while (k < le && (p[k] == ' ' || p[k] == '\r'))
        k++;
    size_t w = k;
    while (w < le && ascii_isalpha(p[w]))
        w++;
    if (w > k && qty_scale((const char *)p + k, w - k, 1) > 0)
        k = w;
    while (k < le && (p[k] == ' ' || p[k] == '\r'))
        k++;
    /* ("Landing points:  7, in 6 countries": a comment after a comma) */
    if (k + 2 < le && p[k] == ',' && p[k + 1] == ' ' && p[k + 2] >= 'a' && p[k + 2] <= 'z')
        return 1;
    return k >= le || p[k] == '(';
}

/* A cell p[cs, ce) of a line of fields, "committed: 1335.7 (USD m)",
 * whose key ends at the colon at p[colon] and whose value opens with
 * the figure p[start, num_end): the unit its key states or counts
 * ("projects: 7"), else the unit in brackets after the figure ("(USD
 * m)"). A comment's '#' is no part of the key. */
static int cell_field(const unsigned char *p, size_t n, size_t ls, size_t cs, size_t colon, size_t start,
                      size_t num_end, size_t ce, TableCell *cell)
{
    size_t ks = cs, ke = colon, v = colon + 1;
    while (ks < ke && (p[ks] == '#' || p[ks] == ' '))
        ks++;
    while (ke > ks && p[ke - 1] == ' ')
        ke--;
    while (v < start && p[v] == ' ')
        v++;
    if (v != start || ke <= ks || ke - ks > 40 || !value_ends(p, num_end, ce))
        return 0;
    if (field_unit(p, n, ls, ks, ke, cell))
        return 1;
    size_t b = num_end;
    while (b < ce && p[b] == ' ')
        b++;
    if (b < ce && p[b] == '(' && p[ce - 1] == ')' && tables_unit_bare(p, b + 1, ce - 1, ks, ke, &cell->unit) &&
        (cell->unit.pct || cell->unit.cur || cell->unit.noun[0]))
        return 1;
    return 0;
}

/* Is the header cell p[s, e) a table's Unit column ("Unit", "Units",
 * "Unit of measure", "Measure")? */
static int unit_column(const unsigned char *p, size_t s, size_t e)
{
    return tw_weq(p + s, e - s, "unit") || tw_weq(p + s, e - s, "units") || tw_weq(p + s, e - s, "unit of measure") ||
           tw_weq(p + s, e - s, "measure") || tw_weq(p + s, e - s, "unit of measurement");
}

/* The end of word (Chinese) at p[h], its characters as written or set
 * apart by blanks, as a Chinese table spaces a short header over its
 * column ("单  位", "计 量 单 位"); the cell must end there (a gap or
 * the line's end). 0 when it is not there. */
static size_t spaced_word(const unsigned char *p, size_t h, size_t e, const char *word)
{
    size_t k = h;
    for (const char *w = word; *w;) {
        size_t cl = utf8_len(w, strlen(w));
        if (w > word)
            while (k < e && (p[k] == ' ' || p[k] == '\t'))
                k++;
        if (k + cl > e || memcmp(p + k, w, cl))
            return 0;
        k += cl, w += cl;
    }
    return k == e || p[k] == '\t' || (p[k] == ' ' && k + 1 < e && p[k + 1] == ' ') || p[k] == '\n' ? k : 0;
}

static const char *const zh_unit_heads[] = {"单位", "计量单位", NULL};

/* Is the header cell p[s, e) a Chinese table's unit column ("单位", "单  位",
 * "计量单位"), as a table split by tabs or pipes names it? */
static int zh_unit_head(const unsigned char *p, size_t s, size_t e)
{
    for (int k = 0; zh_unit_heads[k]; k++)
        if (e > s && spaced_word(p, s, e, zh_unit_heads[k]) == e)
            return 1;
    return 0;
}

/* An aligned table's unit column ("Indicator   Unit   Target   Achieved",
 * "指标  单位  年末数"): the cell under it in the row p[ls, le) states the
 * unit of the row's figures ("km", "persons"; "移动电话基站  万个  1162":
 * ten thousands; "万公里": km), its label naming what a bare scale or
 * classifier counts (base stations). 1 and *u, or 0 when the header has
 * no such column. */
static int unit_column_aligned(const unsigned char *p, const TableFrame *f, size_t ls, size_t le, TableUnit *u)
{
    const char *const *heads = zh_unit_heads;
    size_t h = f->head_s;
    while (h < f->head_e) {
        while (h < f->head_e && (p[h] == ' ' || p[h] == '\t'))
            h++;
        size_t c = h;
        while (c < f->head_e && p[c] != '\t' && !(p[c] == ' ' && c + 1 < f->head_e && p[c + 1] == ' '))
            c++;
        int zh = 0;
        for (int k = 0; heads[k] && c > h; k++) {
            size_t se = spaced_word(p, h, f->head_e, heads[k]);
            if (se) {
                zh = 1;
                c = se;
            }
        }
        if (c > h && (zh || unit_column(p, h, c))) {
            size_t cs = tables_frame_columns(p, f->head_s, h), ce = tables_frame_columns(p, f->head_s, c), us, ue;
            memset(u, 0, sizeof *u);
            u->scale = 1;
            if (!tables_frame_cell(p, ls, le, cs, ce, 1, &us, &ue))
                return 0;
            /* (the cell is words, not the row's figure; a figure wider
             * than its header may reach into it after a gap: "number
             * 500,000") */
            for (size_t i = us; i < ue; i++)
                if (p[i] >= '0' && p[i] <= '9' && !(i > us && ascii_isalpha(p[i - 1]))) {
                    if (!(i >= us + 3 && p[i - 1] == ' ' && p[i - 2] == ' ' && ascii_isalpha(p[us])))
                        return 0;
                    ue = i;
                }
            /* (no label the frame found, a row opened by a serial number:
             * the row's words before the unit's cell, "2  Broadband
             * subscriptions", are its label; tables_unit_bare) */
            size_t lbs = f->label_s, lbe = f->label_e;
            if (lbe <= lbs)
                lbs = ls, lbe = us;
            return zh ? tables_unit_zh_cell(p, us, ue, f->label_s, f->label_e, u)
                      : tables_unit_cell(p, us, ue, lbs, lbe, u);
        }
        h = c;
    }
    return 0;
}

/* The first line of the run of lines around ls that share its
 * separator (pipes: two at least; tabs: one). A line opening with '#'
 * is an export's comment over its header ("# generated: ... | rows:
 * 13 | ..."), not a row. */
static size_t block_top(const unsigned char *p, size_t ls, char sep)
{
    size_t hs = ls;
    for (int up = 0; up < 60 && hs > 0; up++) {
        size_t ps = line_start(p, hs - 1);
        /* (a box's rule under its header: "├────┼────┤") */
        if (sep == '|' && box_rule(p, ps, hs - 1) && ps > 0) {
            size_t pps = line_start(p, ps - 1);
            if (line_has(p, pps, ps - 1, '|', 2) && !box_rule(p, pps, ps - 1)) {
                hs = pps;
                continue;
            }
        }
        if (!line_has(p, ps, hs - 1, sep, sep == '|' ? 2 : 1) || p[ps] == '#' || box_rule(p, ps, hs - 1))
            break;
        hs = ps;
    }
    return hs;
}

/* The first line over a table whose block starts at hs: the box's top
 * rule ("┌──┬──┐") belongs to the table, not to what is over it. */
static size_t over_box(const unsigned char *p, size_t hs)
{
    if (hs == 0)
        return hs;
    size_t ps = line_start(p, hs - 1);
    return box_rule(p, ps, hs - 1) ? ps : hs;
}

/* A row of fields without colons, a short key and its figure in each
 * cell between pipes ("Jan  412 | Feb  398 | Mar  461"), as monthly
 * series are set: each figure counts what the table's caption over the
 * block names ("Table 2: Reported incidents by month, 2023"). */
static int dated_field(const unsigned char *p, const Row *row, int ci, size_t ls, size_t start, size_t num_end,
                       TableCell *cell)
{
    size_t ks = row->s[ci], ke = start;
    while (ke > ks && p[ke - 1] == ' ')
        ke--;
    if (ke == ks || start - ke < 2 || ke - ks > 24 || num_end != row->e[ci])
        return 0;
    for (size_t k = ks; k < ke; k++)
        if (!ascii_isalpha(p[k]) && p[k] != ' ' && p[k] != '.')
            return 0;
    TableFrame above;
    memset(&above, 0, sizeof above);
    tables_frame_above(p, block_top(p, ls, '|'), &above);
    if (above.cap_e == above.cap_s || !tables_unit_noun(p, above.cap_s, above.cap_e, 0, cell->unit.noun,
                                                       sizeof cell->unit.noun))
        return 0;
    cell->unit.scale = 1;
    cell->cap_s = above.cap_s, cell->cap_e = above.cap_e;
    cell->label_s = ks, cell->label_e = ke;
    return 1;
}

/* ---- a table aligned by blanks ---- */

/* The header's further lines, one a call from *s (moved past it): 1
 * with the line's cell under [cs, ce) in [*a, *b), 0 when the line has
 * none there, -1 past the last line. */
static int more_cell(const unsigned char *p, const TableFrame *f, size_t *s, size_t cs, size_t ce, size_t *a,
                     size_t *b)
{
    if (f->more_e <= f->more_s || *s >= f->more_e)
        return -1;
    size_t e = *s;
    while (e < f->more_e && p[e] != '\n')
        e++;
    int has = tables_frame_cell(p, *s, e, cs, ce, 1, a, b) != 0;
    *s = e + 1;
    return has;
}

/* A bracket the column's cells on the header's further lines open and
 * close over several lines ("(% of" over "population)", "(per 100" over
 * "inhabitants)") is one statement of the unit, read whole: 1 and *u
 * filled when it states one, else 0. */
static int bracket_over_lines(const unsigned char *p, const TableFrame *f, size_t hs, size_t he, size_t cs, size_t ce,
                              TableUnit *u)
{
    /* (under the header cell's columns when there is one: the figures
     * stand right of a left-aligned header) */
    if (he > hs)
        cs = tables_frame_columns(p, f->head_s, hs), ce = tables_frame_columns(p, f->head_s, he);
    char buf[160];
    size_t bl = 0;
    int lines = 0, open = 0;
    size_t a, b, s = f->more_s;
    for (int has; (has = more_cell(p, f, &s, cs, ce, &a, &b)) >= 0;) {
        if (has) {
            while (a < b && p[a] == ' ')
                a++;
            while (b > a && (p[b - 1] == ' ' || p[b - 1] == '\r'))
                b--;
            if (!lines && (b == a || p[a] != '('))
                return 0;
            if (b > a && bl + (b - a) + 1 < sizeof buf) {
                if (bl)
                    buf[bl++] = ' ';
                memcpy(buf + bl, p + a, b - a);
                bl += b - a;
                lines++;
                for (size_t k = a; k < b; k++)
                    open += p[k] == '(' ? 1 : p[k] == ')' ? -1 : 0;
                if (open <= 0)
                    break;
            }
        } else if (lines) {
            break;
        }
    }
    if (lines < 2 || open > 0)
        return 0;
    buf[bl] = '\0';
    TableUnit m;
    unit_clear(&m);
    if (!tables_unit_spec((const unsigned char *)buf, 0, bl, &m))
        return 0;
    *u = m;
    return 1;
}

/* The scale a line of the header's further lines states for all the
 * columns, a unit line of its own, whatever columns it stands over:
 * "(in millions)" under "RMB   RMB   US$". 1 when none. */
static double spanning_scale(const unsigned char *p, const TableFrame *f)
{
    for (size_t s = f->more_s; s < f->more_e;) {
        size_t e = s;
        while (e < f->more_e && p[e] != '\n')
            e++;
        TableUnit u;
        if (tables_unit_line(p, s, e, &u) && u.scale > 1 && !u.cur && !u.pct && !u.noun[0])
            return u.scale;
        s = e + 1;
    }
    return 1;
}

/* The unit the header's further lines state in their cells over the
 * columns [cs, ce) (a header cell p[hs, he) naming the noun a scale
 * counts): 1 and *u filled; 0 when a cell states only a scale and no
 * noun is named (*u holds it); -1 when no cell states one. specs: only
 * a stated unit or scale counts, not a noun a cell names (the name's
 * wrapped words: "of Chinese tech" over "firms"). */
static int more_unit(const unsigned char *p, const TableFrame *f, size_t hs, size_t he, size_t cs, size_t ce,
                     int specs, TableUnit *u)
{
    size_t a, b, s = f->more_s;
    for (int has; (has = more_cell(p, f, &s, cs, ce, &a, &b)) >= 0;) {
        if (!has)
            continue;
        TableUnit m;
        if (tables_unit_spec(p, a, b, &m) || m.scale > 1) {
            if (m.scale == 1 && (m.cur || m.noun[0]))
                m.scale = spanning_scale(p, f);
            *u = m;
            if (!u->pct && !u->cur && !u->noun[0] && he > hs)
                tables_unit_noun(p, hs, he, 1, u->noun, sizeof u->noun);
            return u->pct || u->cur || u->noun[0];
        }
        unit_clear(&m);
        if (!specs && tables_unit_noun(p, a, b, 1, m.noun, sizeof m.noun)) {
            *u = m;
            return 1;
        }
    }
    return -1;
}

/* The unit of the column [cs, ce) an aligned table's header states: its
 * cell on the header line, and the cells under it on the header's
 * further lines ("Internet users" over "(millions)": a scale, counting
 * the noun the first line names; "Border" over "crossings"). 1 and *u
 * filled, else 0 (the header cell's own noun is cell_unit's to read). */
static int column_unit(const unsigned char *p, const TableFrame *f, size_t hs, size_t he, size_t cs, size_t ce,
                       TableUnit *u)
{
    /* "Internet users" over "(% of" / "population)": the bracket under
     * the name states the unit, a share, not the users the name counts
     * (read once: it is the unit below too, after the header's own) */
    TableUnit bu;
    int bracket = bracket_over_lines(p, f, hs, he, cs, ce, &bu);
    if (bracket && (bu.pct || bu.cur)) {
        *u = bu;
        return 1;
    }
    unit_clear(u);
    if (he > hs && tables_unit_spec(p, hs, he, u))
        return 1;
    double scale = he > hs ? u->scale : 1;
    if (bracket) {
        *u = bu;
        return 1;
    }
    /* the further lines' cells under the figure's columns, else under
     * its header cell's: a left-aligned "Market share" over "(%)" heads
     * figures set right of the bracket */
    int got = more_unit(p, f, hs, he, cs, ce, 0, u);
    if (got < 0 && he > hs) {
        size_t hc = tables_frame_columns(p, f->head_s, hs), hk = tables_frame_columns(p, f->head_s, he);
        if (hc != cs || hk != ce)
            got = more_unit(p, f, hs, he, hc, hk, 1, u);
    }
    if (got >= 0)
        return got;
    unit_clear(u);
    u->scale = scale;
    return 0;
}

/* Is the line p[s, e) over a row a key and its value, not a header:
 * "Founded ........... 2006, Shenzhen" (a dot leader after a word),
 * "Established:   2011" (a key closing on its colon before a gap)? The
 * value's year is the key's, no column's. */
static int field_over(const unsigned char *p, size_t s, size_t e)
{
    while (s < e && (p[s] == ' ' || p[s] == '\t'))
        s++;
    for (size_t k = s + 1; k + 3 < e; k++) {
        if (p[k] == ' ' && p[k + 1] == '.' && p[k + 2] == '.' && p[k + 3] == '.')
            return 1;
        if (p[k] == ':' && (p[k + 1] == '\t' || (p[k + 1] == ' ' && p[k + 2] == ' ')))
            return 1;
        if ((p[k] == ' ' && p[k + 1] == ' ') || p[k] == '\t')
            return 0;   /* (the first cell ends with no key's mark) */
    }
    return 0;
}

/* The year of the column [cs, ce): its header cell's, else a year or a
 * date alone over it in the header's further lines (a group header
 * "Volume   Value" over "Instrument  2022/23  2023/24  2022/23  2023/24",
 * "(EUR bn)" under "2021-2023"), else the cell of a
 * row of years over or under it ("2018.12"). */
static int column_year(const unsigned char *p, const TableFrame *f, size_t hs, size_t he, size_t cs, size_t ce)
{
    int y = he > hs && !field_over(p, f->head_s, f->head_e) ? tables_unit_year(p, hs, he) : 0;
    size_t a, b;
    for (size_t s = f->more_s; !y && s < f->more_e;) {
        size_t e = s;
        while (e < f->more_e && p[e] != '\n')
            e++;
        if (tables_frame_cell(p, s, e, cs, ce, 1, &a, &b) && tables_frame_date_cell(p, a, b))
            y = tables_unit_year(p, a, b);
        s = e + 1;
    }
    if (!y && f->axis_e > f->axis_s && tables_frame_cell(p, f->axis_s, f->axis_e, cs, ce, 1, &a, &b))
        y = tables_unit_year(p, a, b);
    return y;
}

/* The frame of the aligned table around the row p[ls, le), the columns
 * [*cs, *ce) of the figure p[start, end) and its header cell p[*hs, *he)
 * (empty when none; over as in tables_frame_cell). 0 when no table. */
static int frame_and_head(const unsigned char *p, size_t n, size_t ls, size_t le, size_t start, size_t end,
                          int over, TableFrame *f, size_t *cs, size_t *ce, size_t *hs, size_t *he)
{
    if (!tables_frame_read(p, n, ls, le, f))
        return 0;
    /* a label wrapped over two lines, its bracket or its lower-case rest
     * on the row's line: "Transaction volume" over "  (million)   2,796.5
     * ..." is the one label "Transaction volume (million)", "Countries
     * with international" over "  data center operations   18" counts
     * countries; not a group row over the row */
    if (f->label_e > f->label_s && (p[f->label_s] == '(' || (p[f->label_s] >= 'a' && p[f->label_s] <= 'z')) &&
        f->group_e > f->group_s && lines_end((const char *)p, n, f->group_s) + 1 == ls)
        f->label_s = f->group_s, f->group_s = f->group_e = 0;
    *cs = tables_frame_columns(p, ls, start), *ce = tables_frame_columns(p, ls, end);
    *hs = *he = 0;
    if (f->head_e > f->head_s &&
        !tables_frame_cell_same_place(p, f->head_s, f->head_e, ls, le, start, end, hs, he))
        tables_frame_cell(p, f->head_s, f->head_e, *cs, *ce, over, hs, he);
    return 1;
}

/* A row that is part of the row above ("Mobile subscribers (millions)"
 * over "  of which 5G package users   98.3"): the unit and scale the row
 * above's label states, counting the noun the part's own label names
 * (users), else the same noun. 1 and *u filled, else 0. */
static int part_of_row_above(const unsigned char *p, size_t ls, size_t label_s, size_t label_e, TableUnit *u)
{
    size_t k = label_s;
    if (label_e - k < 9 || strncasecmp((const char *)p + k, "of which", 8) || ls == 0)
        return 0;
    /* the label of the line above: its first cell */
    size_t ps = line_start(p, ls - 1), a = ps;
    while (a < ls - 1 && p[a] == ' ')
        a++;
    size_t b = a;
    while (b < ls - 1 && !(p[b] == ' ' && p[b + 1] == ' ') && p[b] != '\t')
        b++;
    TableUnit pu;
    if (b == a || !bracketed(p, a, b) || (!tables_unit_spec(p, a, b, &pu) && pu.scale == 1))
        return 0;
    char noun[48];
    if (!pu.cur && !pu.pct && tables_unit_noun(p, k + 8, label_e, 1, noun, sizeof noun)) {
        /* the part's noun with its modifiers when it closes the label:
         * "5G package users" */
        size_t r = k + 8, re = label_e;
        while (r < re && (p[r] == ' ' || p[r] == ':'))
            r++;
        while (re > r && p[re - 1] == ' ')
            re--;
        size_t nl = strlen(noun);
        int words = 1;
        for (size_t i = r; i < re; i++)
            words += p[i] == ' ';
        if (words <= 4 && re - r < sizeof pu.noun && re - r >= nl && !strncasecmp((const char *)p + re - nl, noun, nl))
            snprintf(pu.noun, sizeof pu.noun, "%.*s", (int)(re - r), (const char *)p + r);
        else
            snprintf(pu.noun, sizeof pu.noun, "%s", noun);
    }
    if (!pu.cur && !pu.pct && !pu.noun[0])
        return 0;
    *u = pu;
    return 1;
}

/* A cell of an aligned (or dotted) row, p[ls, le), whose figure is
 * p[start, num_end). */
static int aligned_cell(const unsigned char *p, size_t n, size_t ls, size_t le, size_t start, size_t num_end,
                        int whole, TableCell *cell)
{
    TableFrame f;
    size_t cs, ce, hs, he;
    if (!frame_and_head(p, n, ls, le, start, num_end, 0, &f, &cs, &ce, &hs, &he))
        return 0;
    if (he > hs && tables_unit_no_quantity(p, hs, he))
        return 0;
    /* a row without a label is a series: its columns must be named; or,
     * a year opening it, one point of the series its caption or unit
     * line names ("图4 ...（单位：亿人）" over "2021年    29.0") */
    int point = f.figures == 1 && f.date_e > f.date_s && (f.unit_e > f.unit_s || f.cap_e > f.cap_s);
    if (f.label_e == f.label_s && !point && (f.figures < 2 || (he == hs && f.axis_e == f.axis_s)))
        return 0;
    if (he == hs && f.legend_e > f.legend_s)
        hs = f.legend_s, he = f.legend_e;   /* a series named by its chart's legend */
    cell->head_s = hs, cell->head_e = he;
    cell->label_s = f.label_s, cell->label_e = f.label_e;
    cell->cap_s = f.cap_s, cell->cap_e = f.cap_e;
    cell->year = column_year(p, &f, hs, he, cs, ce);
    if (!cell->year && f.date_e > f.date_s)
        cell->year = tables_unit_year(p, f.date_s, f.date_e);
    TableUnit colu, groupu, capu;
    int col = column_unit(p, &f, hs, he, cs, ce, &colu);
    if (!col && f.head_e > f.head_s)
        col = unit_column_aligned(p, &f, ls, le, &colu);
    /* (a group row states its unit in brackets: a label wrapped over two
     * lines states none) */
    int group = f.group_e > f.group_s && bracketed(p, f.group_s, f.group_e) &&
                (tables_unit_spec(p, f.group_s, f.group_e, &groupu) || groupu.scale > 1);
    /* a corner unit: "CNY Million      2023      2022", over the labels;
     * else a unit line: "单位：亿元", "percent" */
    int bare = 0, corner_score = 0;
    if (f.head_e > f.head_s) {
        size_t c0 = f.head_s, c1;
        while (c0 < f.head_e && p[c0] == ' ')
            c0++;
        for (c1 = c0; c1 < f.head_e && !(p[c1] == ' ' && c1 + 1 < f.head_e && p[c1 + 1] == ' ') && p[c1] != '\t'; c1++)
            ;
        if (c0 != hs && tables_frame_columns(p, f.head_s, c1) <= cs) {
            bare = corner_unit(p, c0, c1, &capu);
            /* a corner that names the table a score's ("RISK SCORECARD
             * (1 = lowest, 10 = highest)   Q2 2025   Change"): scores.h */
            corner_score = !bare && scores_named((const char *)p, c0, c1);
        }
    }
    if (!bare && f.unit_e > f.unit_s)
        bare = tables_unit_line(p, f.unit_s, f.unit_e, &capu);
    if (f.unit_e > f.unit_s && unitlist_pick(p, f.unit_s, f.unit_e, ls, le, start, &capu))
        bare = 1;   /* "单位：个，亿美元，%": its column's unit */
    /* a figure under "PE" or 市盈率 is a multiple (multcol.h) */
    if (f.head_e > f.head_s && multcol_under_multiple(p, &f, cs)) {
        unit_clear(&cell->unit);
        snprintf(cell->unit.noun, sizeof cell->unit.noun, "x");
        return 1;
    }
    /* the label's bracket on the line under the row: "Mean time to
     * contain a major incident   21" over "  (days)" */
    TableUnit tailu;
    if (!col && f.tail_e > f.tail_s && !bracketed(p, f.label_s, f.label_e) &&
        (tables_unit_spec(p, f.tail_s, f.tail_e, &tailu) ||
         (tailu.scale > 1 && tables_unit_noun(p, f.label_s, f.label_e, 2, tailu.noun, sizeof tailu.noun)))) {
        cell->unit = tailu;
        return 1;
    }
    if (cell_unit(p, hs, he, col ? &colu : NULL, NULL, -1, f.label_s, f.label_e, whole, group ? &groupu : NULL,
                  bare ? &capu : NULL, cell))
        return 1;
    if (part_of_row_above(p, ls, f.label_s, f.label_e, &cell->unit))
        return 1;
    if (corner_score) {
        unit_clear(&cell->unit);
        snprintf(cell->unit.noun, sizeof cell->unit.noun, "points");
        return 1;
    }
    /* an infobox's key names what its whole value counts ("Racks   1,200");
     * not yet a record's dotted key ("Transponders ...... 22"), whose
     * figures would need the record's own "Sources ...." field to credit
     * them (context.h) */
    unit_clear(&cell->unit);
    return f.fields && whole && f.label_e > f.label_s && !memchr(p + f.label_e, '.', start - f.label_e) &&
           tables_unit_noun(p, f.label_s, f.label_e, 1, cell->unit.noun, sizeof cell->unit.noun);
}

static int field_line(const unsigned char *p, size_t ls, size_t le, size_t *ke, size_t *v);

/* Is the line at ls one of a block of an export's fields: a key as
 * lines_snake_key reads it on the line over it or under it too? */
static int export_block(const unsigned char *p, size_t n, size_t ls)
{
    size_t ke, v;
    if (ls > 0) {
        size_t ps = line_start(p, ls - 1);
        if (p[ps] >= 'a' && p[ps] <= 'z' && field_line(p, ps, ls - 1, &ke, &v))
            return 1;
    }
    size_t ns = ls;
    while (ns < n && p[ns] != '\n' && ns - ls < 400)
        ns++;
    if (ns >= n || p[ns] != '\n')
        return 0;
    ns++;
    size_t ne = ns;
    while (ne < n && p[ne] != '\n' && ne - ns < 400)
        ne++;
    /* (the line under it may be none: the text ends at its break) */
    return ns < n && p[ns] >= 'a' && p[ns] <= 'z' && field_line(p, ns, ne, &ke, &v);
}

/* ---- a pipe or tab table's head, read once for its cells ----
 * Every cell of such a table asks for its header row, the caption and
 * unit line over it, its Unit columns and its corner unit: the last
 * table's are kept while its text is held (tables_frame_held), keyed by
 * the holder, the text and the header line. */
typedef struct PipeHead {
    unsigned long id;   /* the holder's, 0: empty */
    const unsigned char *p;
    size_t hs, he;
    char sep;
    Row head;
    size_t cap_s, cap_e;
    unsigned char no_qty[MAX_CELLS];    /* tables_unit_no_quantity of each header cell */
    unsigned char unit_col[MAX_CELLS];  /* 2: a Chinese unit column, 1: an English one, 0: none */
    int year[MAX_CELLS];                /* tables_unit_year of each header cell */
    int bare;                           /* the unit line's (tables_unit_line) or the corner's unit */
    TableUnit capu;
    Row more;                           /* the header's second line of units, when it has one */
    int has_more;
} PipeHead;

/* Is p[s, e) a rule under a pipe table's header ("|---|:---:|")? */
static int dash_rule(const unsigned char *p, size_t s, size_t e)
{
    int dash = 0;
    for (size_t k = s; k < e; k++) {
        if (p[k] == '-')
            dash = 1;
        else if (p[k] != '|' && p[k] != ':' && p[k] != '+' && p[k] != '=' && p[k] != ' ' && p[k] != '\r')
            return 0;
    }
    return dash;
}

/* The header's second line, its units in brackets under the names, its
 * label cell empty ("| Country | Internet users | Offline |" over
 * "|         | (% of pop.)    | (millions) |", past a rule between them
 * or not): *more holds its cells, aligned with the header's (a line
 * whose empty first cell stood outside its first pipe, "          |
 * (% of pop.)", is moved one along). 1 when there is one. */
static int head_more(const unsigned char *p, size_t n, size_t he, char sep, const Row *head, Row *more)
{
    if (sep != '|' || head->n < 2)
        return 0;
    size_t s = he + 1;
    for (int k = 0; k < 2 && s < n; k++) {
        size_t e = s;
        while (e < n && p[e] != '\n')
            e++;
        if (dash_rule(p, s, e)) {
            s = e + 1;
            continue;
        }
        if (!line_has(p, s, e, '|', 1))
            return 0;
        split_row(p, s, e, sep, more);
        if (more->n == head->n - 1 && p[s] == ' ') {
            for (int i = more->n; i > 0; i--)
                more->s[i] = more->s[i - 1], more->e[i] = more->e[i - 1];
            more->s[0] = more->e[0] = s;
            more->n++;
        }
        if (more->n != head->n || more->e[0] > more->s[0])
            return 0;
        int any = 0;
        for (int i = 1; i < more->n; i++) {
            if (more->e[i] == more->s[i])
                continue;
            if (p[more->s[i]] != '(' || p[more->e[i] - 1] != ')')
                return 0;
            any = 1;
        }
        return any;
    }
    return 0;
}

static void pipe_head_read(const unsigned char *p, size_t n, size_t hs, size_t he, char sep, PipeHead *h)
{
    split_row(p, hs, he, sep, &h->head);
    h->has_more = head_more(p, n, he, sep, &h->head, &h->more);
    const Row *head = &h->head;
    for (int i = 0; i < head->n; i++) {
        h->no_qty[i] = (unsigned char)tables_unit_no_quantity(p, head->s[i], head->e[i]);
        h->year[i] = tables_unit_year(p, head->s[i], head->e[i]);
        h->unit_col[i] = zh_unit_head(p, head->s[i], head->e[i]) ? 2 : unit_column(p, head->s[i], head->e[i]);
    }
    TableFrame above;
    memset(&above, 0, sizeof above);
    tables_frame_above(p, over_box(p, hs), &above);
    h->cap_s = above.cap_s, h->cap_e = above.cap_e;
    h->bare = above.unit_e > above.unit_s && tables_unit_line(p, above.unit_s, above.unit_e, &h->capu);
    if (!h->bare && head->n > 0)   /* a corner unit: "CNY million | 2023 | 2022" */
        h->bare = corner_unit(p, head->s[0], head->e[0], &h->capu);
}

static const PipeHead *pipe_head(const unsigned char *p, size_t n, size_t hs, size_t he, char sep, PipeHead *own)
{
    static _Thread_local PipeHead kept;
    unsigned long id = tables_frame_held();
    if (id && kept.id == id && kept.p == p && kept.hs == hs && kept.he == he && kept.sep == sep)
        return &kept;
    PipeHead *h = id ? &kept : own;
    h->id = 0;
    pipe_head_read(p, n, hs, he, sep, h);
    h->id = id, h->p = p, h->hs = hs, h->he = he, h->sep = sep;
    return h;
}

/* The row a figure at p[start, num_end) stands in: the line from ls, its
 * end *le (at its line break) and *e (before a CR). Table rows are
 * short: a long line is prose (or a 100 MB line), and is none. */
static int row_line(const unsigned char *p, size_t n, size_t ls, size_t start, size_t num_end, size_t *le,
                    size_t *e)
{
    size_t l = num_end;
    if (start < ls || start - ls > 400)
        return 0;
    while (l < n && p[l] != '\n' && l - num_end < 400)
        l++;
    if (l < n && p[l] != '\n')
        return 0;
    *le = l;
    *e = l;
    while (*e > ls && p[*e - 1] == '\r')
        (*e)--;
    return 1;
}

/* The separator of the row's cells: '|' ("Jan | 412 | 398", a row's
 * first cell with its pipe right after the figure: "Jan  412 | Feb
 * 398"), a tab, or ',' in a comma-separated export (its header at
 * *csv_s, csvrows.h); 0 when the row has none. */
static char row_separator(const unsigned char *p, size_t ls, size_t start, size_t num_end, size_t e, size_t *csv_s,
                          size_t *csv_e)
{
    size_t after = num_end;
    while (after < e && p[after] == ' ')
        after++;
    char sep = (line_has(p, ls, start, '|', 1) || line_has(p, ls, start, ':', 1) || (after < e && p[after] == '|')) &&
                       line_has(p, ls, e, '|', 2)
                   ? '|'
               : line_has(p, ls, start, '\t', 1)                            ? '\t'
                                                                            : 0;
    if (!sep && csvrows_block(p, ls, e, csv_s, csv_e))
        sep = ',';
    return sep;
}

/* A cell of column ci under a pipe or tab block's header h: the header
 * names its year and maybe its unit, the first cell its label, the
 * caption over the block its topic. A Unit column ("Indicator | Unit |
 * 2022 | 2023"): its cell in the row states the unit of the row's
 * figures, unless the column's own header states one ("Change (%)"). */
static int headed_cell(const unsigned char *p, const Row *row, int ci, const PipeHead *h, int whole, TableCell *cell)
{
    const Row *head = &h->head;
    if (ci < head->n && h->no_qty[ci])
        return 0;
    if (ci < head->n) {
        cell->head_s = head->s[ci];
        cell->head_e = head->e[ci];
        cell->year = h->year[ci];
    }
    cell->label_s = row->s[0];
    cell->label_e = row->e[0];
    /* the caption over the block, and a unit line under it */
    cell->cap_s = h->cap_s;
    cell->cap_e = h->cap_e;
    for (int i = 1; i < head->n && i < row->n; i++) {
        if (i != ci && h->unit_col[i]) {
            if (ci < head->n && tables_unit_spec(p, head->s[ci], head->e[ci], &cell->unit))
                return 1;
            return h->unit_col[i] == 2
                       ? tables_unit_zh_cell(p, row->s[i], row->e[i], row->s[0], row->e[0], &cell->unit)
                       : tables_unit_cell(p, row->s[i], row->e[i], row->s[0], row->e[0], &cell->unit);
        }
    }
    /* the header's second line: "Internet users" over "(% of pop.)" is
     * a share, not the users the name counts; "Offline" over
     * "(millions)" a scale of the noun the name counts (a header cell
     * stating its own unit keeps it) */
    if (h->has_more && ci < head->n && h->more.e[ci] > h->more.s[ci]) {
        TableUnit m;
        unit_clear(&m);
        if (!tables_unit_spec(p, head->s[ci], head->e[ci], &m) &&
            (tables_unit_spec(p, h->more.s[ci], h->more.e[ci], &m) || m.scale > 1)) {
            if (!m.pct && !m.cur && !m.noun[0])
                tables_unit_noun(p, head->s[ci], head->e[ci], 1, m.noun, sizeof m.noun);
            if (m.pct || m.cur || m.noun[0]) {
                cell->unit = m;
                return 1;
            }
        }
    }
    TableUnit capu = h->capu;
    return cell_unit(p, cell->head_s, cell->head_e, NULL, row, ci, row->s[0], row->e[0], whole, NULL,
                     h->bare ? &capu : NULL, cell);
}

/* Pipes or tabs or commas: cells by their separator, the header the
 * block's first row. "# projects: 7 | committed: 1335.7 (USD m) | ...":
 * a line of fields, each cell a key and its value; a row of two cells is
 * a field, key and value; a comma-separated export's field name states
 * the unit ("value_usd_m", "length_km"). */
static int separated_cell(const unsigned char *p, size_t n, size_t ls, size_t e, size_t start, size_t num_end,
                          int whole, char sep, size_t csv_s, TableCell *cell)
{
    Row row;
    split_row(p, ls, e, sep, &row);
    int ci = cell_at(&row, start);
    if (ci >= 0 && sep == '|' && row.n > 2)
        for (size_t k = start; k > row.s[ci]; k--)
            if (p[k - 1] == ':')
                return cell_field(p, n, ls, row.s[ci], k - 1, start, num_end, row.e[ci], cell);
    if (ci >= 0 && sep == '|' && row.n > 2 && dated_field(p, &row, ci, ls, start, num_end, cell))
        return 1;
    if (ci <= 0 || !opens_cell(p, row.s[ci], start))
        return 0;
    if (row.n == 2)
        return value_ends(p, num_end, row.e[1] > num_end ? row.e[1] : num_end) &&
               field_unit(p, n, ls, row.s[0], row.e[0], cell);
    size_t hs = sep == ',' ? csv_s : block_top(p, ls, sep);
    if (hs == ls)
        return 0;   /* the header row itself */
    size_t he = hs;
    while (he < n && p[he] != '\n')
        he++;
    PipeHead own;
    const PipeHead *h = pipe_head(p, n, hs, he, sep, &own);
    if (sep != ',')
        return headed_cell(p, &row, ci, h, whole, cell);
    if (ci >= h->head.n)
        return 0;
    cell->head_s = h->head.s[ci], cell->head_e = h->head.e[ci];
    cell->label_s = row.s[0], cell->label_e = row.e[0];
    return tables_unit_key(p, cell->head_s, cell->head_e, &cell->unit);
}

/* A field, "Key: value" or "Key | value" (one pipe), the figure opening
 * its value: the key back to the line's start or an earlier field's
 * pipe, capitalised and short; or an export's record, "length_km: 1,127"
 * among other such fields. k is the byte after the ':' or '|'. */
static int field_cell(const unsigned char *p, size_t n, size_t ls, size_t e, size_t k, TableCell *cell)
{
    size_t ke = k - 1, ks = ke;
    while (ks > ls && p[ks - 1] != '|' && p[ks - 1] != '\t')
        ks--;
    while (ks < ke && p[ks] == ' ')
        ks++;
    while (ke > ks && p[ke - 1] == ' ')
        ke--;
    if (ke > ks && ascii_isupper(p[ks]) && ke - ks <= 60)
        return field_unit(p, n, ls, ks, ke, cell);
    if (ks == ls && lines_snake_key((const char *)p, ks, e) == ke - ks && export_block(p, n, ls)) {
        cell->label_s = ks;
        cell->label_e = ke;
        return tables_unit_key(p, ks, ke, &cell->unit);
    }
    return 0;
}

/* An aligned or dotted row: two blanks or leaders before the cell (an
 * accounting negative's bracket apart), and a short line. A full-width
 * blank is two columns wide: a Chinese table aligns its cells with them
 * ("　出口　　　21500　　　16.9"); a short leader padded to its column
 * counts ("Cash and cash equivalents ..  12,406.9"). A key and its value
 * over dot leaders, a comment after the value: "Employees ........ 620,
 * in 9 countries" (as "Key: value"). */
static int aligned_row(const unsigned char *p, size_t n, size_t ls, size_t le, size_t e, size_t start,
                       size_t num_end, int whole, TableCell *cell)
{
    size_t k = start > ls && p[start - 1] == '(' ? start - 1 : tables_frame_hedge_back(p, ls, start);
    size_t cell_s = k;
    int spaces = 0, dots = 0;
    for (;;) {
        if (k > ls && (p[k - 1] == ' ' || p[k - 1] == '.' || p[k - 1] == '\t')) {
            k--;
            spaces += p[k] != '.';
            dots += p[k] == '.';
        } else if (k >= ls + 3 && wide_space(p, k - 3, k)) {
            k -= 3;
            spaces += 2;
        } else {
            break;
        }
    }
    int padded = dots >= 2 && cell_s - k >= 4 && p[cell_s - 1] == ' ' && p[cell_s - 2] == ' ';
    /* (a label run on into its first figure after its unit's bracket:
     * "境外收入占比（%） 64.24", tables_frame.c) */
    int runon = spaces == 1 && !dots && k > ls && (p[k - 1] == ')' || (k >= ls + 3 && !memcmp(p + k - 3, "\xef\xbc\x89", 3)));
    if (!((spaces >= 2 && !dots) || dots >= 4 || padded || runon) || le - ls > 240)
        return 0;
    if (aligned_cell(p, n, ls, e, start, num_end, whole, cell))
        return 1;
    if (dots >= 4 && value_ends(p, num_end, e)) {
        size_t ks = ls, ke = k;
        while (ks < ke && p[ks] == ' ')
            ks++;
        while (ke > ks && (p[ke - 1] == ' ' || p[ke - 1] == '.'))
            ke--;
        memset(cell, 0, sizeof *cell);
        if (ke > ks && ascii_isupper(p[ks]) && ke - ks <= 60)
            return field_unit(p, n, ls, ks, ke, cell);
    }
    /* an export's record laid out in columns, its key in snake case:
     * "amount_usd     172,400,000" */
    size_t ke = ls + lines_snake_key((const char *)p, ls, k);
    if (spaces >= 2 && !dots && ke > ls && ke == k && memchr(p + ls, '_', ke - ls) &&
        value_ends(p, num_end, e)) {
        memset(cell, 0, sizeof *cell);
        cell->label_s = ls, cell->label_e = ke;
        return tables_unit_key(p, ls, ke, &cell->unit);
    }
    return 0;
}

int tables_cell(const char *text, size_t n, size_t ls, size_t start, size_t num_end, int whole, TableCell *cell)
{
    const unsigned char *p = (const unsigned char *)text;
    memset(cell, 0, sizeof *cell);
    size_t le, e;
    if (!row_line(p, n, ls, start, num_end, &le, &e))
        return 0;
    size_t csv_s = 0, csv_e = 0;
    char sep = row_separator(p, ls, start, num_end, e, &csv_s, &csv_e);
    if (sep)
        return separated_cell(p, n, ls, e, start, num_end, whole, sep, csv_s, cell);
    size_t k = tables_frame_hedge_back(p, ls, start);   /* a field's ':' or '|' before the figure, "~" apart */
    while (k > ls && p[k - 1] == ' ')
        k--;
    if (k > ls + 1 && (p[k - 1] == ':' || p[k - 1] == '|') && value_ends(p, num_end, e))
        return field_cell(p, n, ls, e, k, cell);
    return aligned_row(p, n, ls, le, e, start, num_end, whole, cell);
}

int tables_column(const char *text, size_t n, size_t start, size_t end, TableCell *cell)
{
    const unsigned char *p = (const unsigned char *)text;
    memset(cell, 0, sizeof *cell);
    /* a cell stands after a run of blanks, on a short line */
    if (start < 2 || p[start - 1] != ' ' || p[start - 2] != ' ')
        return 0;
    size_t ls = line_start(p, start), le = lines_end(text, n, end);
    if ((ls > 0 && p[ls - 1] != '\n') || le - ls > 240 || line_has(p, ls, le, '|', 2) || line_has(p, ls, le, '\t', 1))
        return 0;
    TableFrame f;
    size_t cs, ce, hs, he;
    if (!frame_and_head(p, n, ls, le, start, end, 1, &f, &cs, &ce, &hs, &he))
        return 0;
    if (he == hs && f.legend_e > f.legend_s)
        hs = f.legend_s, he = f.legend_e;
    cell->head_s = hs, cell->head_e = he;
    cell->label_s = f.label_s, cell->label_e = f.label_e;
    cell->cap_s = f.cap_s, cell->cap_e = f.cap_e;
    cell->year = column_year(p, &f, hs, he, cs, ce);
    return he > hs || cell->year;
}

int tables_row_end(const char *text, size_t n, size_t start, size_t end)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t e = end;
    while (e < n && (p[e] == ' ' || p[e] == '\t' || p[e] == '\r' || p[e] == '%' || p[e] == ')'))
        e++;
    if (e >= n || p[e] != '\n')
        return 0;
    size_t b = start > 0 && p[start - 1] == '(' ? start - 1 : start;
    if ((b >= 2 && p[b - 1] == ' ' && p[b - 2] == ' ') || (b >= 1 && p[b - 1] == '\t'))
        return 1;
    /* the last field of a row of pipes ("...|20", "... | median: 20") */
    size_t ls = line_start(p, b);
    if (b - ls <= 400 && memchr(p + ls, '|', b - ls) != NULL)
        return 1;
    /* a field's whole value ("population_covered: 3,100,000" over
     * "year_agreed: 2017") */
    size_t ke, v;
    return b - ls <= 60 && field_line(p, ls, e, &ke, &v) && v == b;
}

/* ---- a table row's year and source ---- */

/* The year a table's caption states ("Table A.1  Internet use, 2025"):
 * the last four-digit year standing alone in it, or 0. */
int tables_caption_year(const char *p, size_t s, size_t e)
{
    int year = 0;
    for (size_t i = s; i + 4 <= e; i++) {
        if ((i > s && (ascii_isdigit(p[i - 1]) || p[i - 1] == '.' || p[i - 1] == '-')) || (i + 4 < e && ascii_isdigit(p[i + 4])))
            continue;
        int y = lines_year_at(p, i);
        if (y)
            year = y;
    }
    return year;
}

/* What a pipe table's header cell p[s, e) names the column for: its
 * row's date ("yr", "Year", "year_signed", "Commitment year"; not
 * "term_yrs", a duration) or the body its row credits ("src", "Source",
 * "Data sources"). The words of a field name are split at '_', blanks
 * and dashes. */
enum { COL_OTHER, COL_YEAR, COL_SOURCE };

static int column_role(const unsigned char *p, size_t s, size_t e)
{
    for (size_t k = s; k < e;) {
        size_t we = k;
        while (we < e && ascii_isalpha(p[we]))
            we++;
        if (tw_weq(p + k, we - k, "year") || tw_weq(p + k, we - k, "yr") || tw_weq(p + k, we - k, "fy"))
            return COL_YEAR;
        if (tw_weq(p + k, we - k, "source") || tw_weq(p + k, we - k, "sources") || tw_weq(p + k, we - k, "src"))
            return COL_SOURCE;
        k = we > k ? we : k + 1;
    }
    return COL_OTHER;
}

/* A pipe table's row p[ls, le) under a header that names its columns:
 * the year cell under a date column ("yr") is the row's year, before
 * any other year the row holds ("completed (2016)" dates the status);
 * the cell under a source column ("src") the row's credit, whether the
 * body is known or not. Returns TABLES_ROW_* bits for what it set. */
static int row_by_header(const Metrics *m, const unsigned char *p, size_t n, size_t ls, size_t le, char sep, Claim *c)
{
    size_t hs, he;
    if (sep == ',') {   /* a comma-separated export (csvrows.h) */
        if (!csvrows_block(p, ls, le, &hs, &he))
            return 0;
    } else {
        hs = block_top(p, ls, '|');
        he = lines_end((const char *)p, n, hs);
    }
    if (hs == ls)
        return 0;
    Row head, row;
    split_row(p, hs, he, sep, &head);
    split_row(p, ls, le, sep, &row);
    int set = 0, year_col = 0, source_col = 0;
    for (int i = 0; i < head.n && i < row.n; i++) {
        size_t a = row.s[i], b = row.e[i];
        if (b <= a || (a < c->end && b > c->start))
            continue;
        int role = column_role(p, head.s[i], head.e[i]);
        if (role == COL_YEAR && !year_col && b - a == 4 && lines_year_at((const char *)p, a)) {
            year_col = 1;
            if (c->year != lines_year_at((const char *)p, a))
                c->year = lines_year_at((const char *)p, a), set |= TABLES_ROW_YEAR;
        } else if (role == COL_SOURCE && !source_col && !tw_weq(p + a, b - a, "n/a")) {
            char body[128];
            source_col = 1;
            if (names_list_source(m, (const char *)p, a, b, body, sizeof body) && strcmp(body, c->source)) {
                strcut(c->source, sizeof c->source, body);
                set |= TABLES_ROW_SOURCE;
            }
        }
    }
    return set | (source_col ? TABLES_ROW_SOURCE_COLUMN : 0);
}

/* An aligned table's row p[ls, le) under a header naming a source
 * column ("Indicator   Value   Year   Source"): the cell under it credits
 * the row, as row_by_header has it for pipes. */
static int aligned_by_header(const Metrics *m, const unsigned char *p, size_t n, size_t ls, size_t le, Claim *c)
{
    /* (only a row with a cell of words after the figure may have one:
     * asked before the frame is read) */
    int words = 0;
    for (size_t k = c->end + 2; k < le && !words; k++)
        words = p[k - 1] == ' ' && p[k - 2] == ' ' && ascii_isupper(p[k]);
    TableFrame f;
    if (!words || !tables_frame_read(p, n, ls, le, &f) || f.head_e <= f.head_s)
        return 0;
    for (size_t h = f.head_s; h < f.head_e;) {
        while (h < f.head_e && (p[h] == ' ' || p[h] == '\t'))
            h++;
        size_t e = h;
        while (e < f.head_e && p[e] != '\t' && !(p[e] == ' ' && e + 1 < f.head_e && p[e + 1] == ' '))
            e++;
        size_t a, b;
        if (e > h && column_role(p, h, e) == COL_SOURCE &&
            tables_frame_cell(p, ls, le, tables_frame_columns(p, f.head_s, h), tables_frame_columns(p, f.head_s, e), 1,
                              &a, &b) &&
            a >= c->end) {   /* (a source column stands after the figures) */
            char body[128];
            if (names_list_source(m, (const char *)p, a, b, body, sizeof body) && strcmp(body, c->source)) {
                strcut(c->source, sizeof c->source, body);
                return TABLES_ROW_SOURCE | TABLES_ROW_SOURCE_COLUMN;
            }
            return TABLES_ROW_SOURCE_COLUMN;
        }
        h = e;
    }
    return 0;
}

/* Is p[i, e) a day of a month: "12", "3,", "12th"? */
static int day_number(const char *p, size_t i, size_t e)
{
    size_t d = i;
    while (d < e && ascii_isdigit(p[d]))
        d++;
    if (d == i || d - i > 2 || (p[i] - '0') * (d - i == 2 ? 10 : 1) + (d - i == 2 ? p[i + 1] - '0' : 0) > 31)
        return 0;
    return d == e || (d + 1 == e && p[d] == ',') || (d + 2 == e && (!strncmp(p + d, "th", 2) ||
                                                                    !strncmp(p + d, "st", 2) ||
                                                                    !strncmp(p + d, "nd", 2) ||
                                                                    !strncmp(p + d, "rd", 2)));
}

/* The year of a cell p[a, b) that is a date of months: one month or a
 * span of them and a year ("Apr 2024", "Nov-Dec 2023", "Oct 2023 - Jul
 * 2024": the last), a poll's fieldwork column; else 0. */
static int months_cell_year(const char *p, size_t a, size_t b)
{
    /* a day's date: "2023-03-12", "12/03/2023", "12.03.2023" */
    if (b - a == 10 && p[a + 4] == '-' && p[a + 7] == '-' && lines_year_at(p, a) && ascii_isdigit(p[a + 5]) &&
        ascii_isdigit(p[a + 6]) && ascii_isdigit(p[a + 8]) && ascii_isdigit(p[a + 9]))
        return lines_year_at(p, a);
    if (b - a == 10 && (p[a + 2] == '/' || p[a + 2] == '.') && p[a + 5] == p[a + 2] && ascii_isdigit(p[a]) &&
        ascii_isdigit(p[a + 1]) && ascii_isdigit(p[a + 3]) && ascii_isdigit(p[a + 4]))
        return lines_year_at(p, a + 6);
    if (b - a < 8 || b - a > 24 || p[b - 5] != ' ')
        return 0;
    int y = lines_year_at(p, b - 4);
    if (!y)
        return 0;
    /* every word before the year a month, a year or a dash between, and
     * a month among them ("2023 - 2024" is a span of years) */
    int months = 0;
    for (size_t i = a; i < b - 5;) {
        while (i < b - 5 && (p[i] == ' ' || p[i] == '-'))
            i++;
        size_t e = i;
        while (e < b - 5 && p[e] != ' ' && p[e] != '-')
            e++;
        if (e > i && qty_is_month(p + i, e - i))
            months++;
        else if (e > i && !(e - i == 4 && lines_year_at(p, i)) && !day_number(p, i, e))
            return 0;
        i = e;
    }
    return months ? y : 0;
}

/* A row of a table ("Kenya | 40.8 | 2022 | ITU", or aligned columns)
 * dates and credits its figures in cells of their own: a cell that is a
 * year is the claim's year (or a date of months: "Nov-Dec 2023"), a
 * known body in a pipe table's cell its source; a pipe table's header
 * may name which cell is which (row_by_header). */
int tables_row(const Metrics *m, const char *text, size_t n, Claim *c)
{
    const unsigned char *p = (const unsigned char *)text;
    /* a cell stands after a pipe or a run of blanks or dots: anything else
     * is running text, and the line is not read at all */
    size_t before = c->start, gap = 0;
    int tab = 0;
    while (before > 0 && gap < 8 && (p[before - 1] == ' ' || p[before - 1] == '\t' || p[before - 1] == '.'))
        tab |= p[before - 1] == '\t', before--, gap++;
    size_t sign = before > 0 && (p[before - 1] == '~' || p[before - 1] == '<' || p[before - 1] == '>') ? before - 1 : before;
    int csv = gap == 0 && sign > 0 && p[sign - 1] == ',';   /* "...,2025,~110,..." */
    if (!(gap >= 2 || tab || (before > 0 && p[before - 1] == '|') || csv))
        return 0;
    /* table rows are short: a long line is prose (or a 100 MB line) */
    size_t back = c->start < 401 ? c->start : 401, ahead = n - c->end < 401 ? n - c->end : 401;
    const unsigned char *bl = back ? memrchr(p + c->start - back, '\n', back) : NULL;
    const unsigned char *nl = ahead ? memchr(p + c->end, '\n', ahead) : NULL;
    if ((!bl && c->start > 400) || (!nl && n - c->end > 400))
        return 0;
    size_t ls = bl ? (size_t)(bl - p) + 1 : 0, le = nl ? (size_t)(nl - p) : n;
    /* cells: between pipes or tabs, or (an aligned table) between runs of
     * two blanks, when there are three cells at least */
    size_t pipes = 0, gaps = 0, tabs = 0;
    /* (an indented row counts its gaps after its indent when it opens
     * with a year cell: "  2021       118      52" under "  Year  Peak") */
    size_t in = ls;
    while (in < le && p[in] == ' ')
        in++;
    int year_first = in > ls && in + 5 < le && lines_year_at(text, in) && p[in + 4] == ' ' && p[in + 5] == ' ';
    for (size_t i = ls; i < le; i++) {
        pipes += p[i] == '|';
        tabs += p[i] == '\t';
        gaps += i > in && p[i] == ' ' && p[i - 1] == ' ' && (i + 1 == le || p[i + 1] != ' ') &&
                (p[ls] != ' ' || year_first);
    }
    char sep = pipes >= 2 ? '|' : tabs >= 2 ? '\t' : 0;
    if (csv && !sep) {
        size_t hs, he;
        if (!csvrows_block(p, ls, le, &hs, &he) || hs == ls)
            return 0;
        sep = ',';
    }
    int piped = sep != 0;
    if (!piped && gaps < 2)
        return 0;
    int set = sep == '|' || sep == ',' ? row_by_header(m, p, n, ls, le, sep, c)
              : !piped             ? aligned_by_header(m, p, n, ls, le, c)
                                   : 0;
    for (size_t cs = ls, i = ls; i <= le; i++) {
        if (i < le && (piped ? p[i] != sep : !(p[i] == ' ' && i + 1 < le && p[i + 1] == ' ')))
            continue;
        size_t a = cs, b = i;
        if (!piped)
            while (i + 1 < le && p[i + 1] == ' ')
                i++;
        lines_trim(text, &a, &b);
        size_t fe;
        int fz = b - a > 4 && b - a <= 10 && !c->year && (a >= c->end || b <= c->start) ? fiscal_year(text, a, b, &fe) : 0;
        if (fz && fe == b)   /* a fiscal year's cell: "FY2014/15" */
            c->year = fz, set |= TABLES_ROW_YEAR;
        else if (b - a == 4 && !c->year && (a >= c->end || b <= c->start))
            c->year = lines_year_at(text, a), set |= c->year ? TABLES_ROW_YEAR : 0;
        else if (b - a > 4 && !c->year && (a >= c->end || b <= c->start)) {
            int y = months_cell_year(text, a, b);
            if (y)
                c->year = y, set |= TABLES_ROW_YEAR;
        }
        /* only a body the table knows: a cell of free text is no credit
         * (and with a source column, only that column credits) */
        if (piped && !c->source[0] && !(set & TABLES_ROW_SOURCE_COLUMN) && b > a && (a >= c->end || b <= c->start) &&
            b - a < 100) {
            char tmp[128];
            if (names_note_source(m, text, a, b, tmp, sizeof tmp) && !memchr(p + a, ':', b - a) &&
                metrics_known_source(m, tmp))
                strcut(c->source, sizeof c->source, tmp), set |= TABLES_ROW_SOURCE;
        }
        cs = i + 1;
    }
    return set & (TABLES_ROW_YEAR | TABLES_ROW_SOURCE);
}

/* A rule under a table's rows, "-----", "=====": 1, else 0. */
static int rule_line(const char *p, size_t s, size_t e)
{
    lines_trim(p, &s, &e);
    for (size_t k = s; k < e; k++)
        if (p[k] != '-' && p[k] != '=' && p[k] != '_')
            return 0;
    return e - s >= 3;
}

/* The notes under a table, after a blank line: "a  ITU estimate.",
 * "Notes: ...", "Source: ITU, World Telecommunication/ICT Indicators".
 * The body its "Source:" line credits, for the table's cells. */
size_t tables_note_line(const char *p, size_t n, size_t i)
{
    /* (a rule over a total row: the rows after it, up to 4, are the
     * table's too) */
    if (i < n && rule_line(p, i, lines_end(p, n, i))) {
        i = lines_end(p, n, i) + 1;
        for (int rows = 0; rows < 4 && i < n && lines_has_text(p, i, lines_end(p, n, i)) &&
                           !lines_source_note(p, i, lines_end(p, n, i));
             rows++)
            i = lines_end(p, n, i) + 1;
    }
    for (int blank = 0; blank < 3 && i < n; blank++) {
        size_t le = lines_end(p, n, i), ts = i, te = le;
        lines_trim(p, &ts, &te);
        if (lines_has_text(p, ts, te) || lines_source_note(p, ts, te))
            break;
        i = le < n ? le + 1 : n;
    }
    for (int lines = 0; lines < 8 && i < n; lines++) {
        size_t le = lines_end(p, n, i), ts = i, te = le;
        lines_trim(p, &ts, &te);
        if ((!lines_has_text(p, ts, te) && !lines_source_note(p, ts, te)) || le - i > 400)
            return n;
        if (lines_source_note(p, ts, te))
            return ts;
        /* only notes may come before it: "a  ...", "Note...", "* ..." */
        int letter = ts + 1 < te && (p[ts] >= 'a' && p[ts] <= 'z') && (p[ts + 1] == ' ' || p[ts + 1] == '\t');
        if (!(letter || (te - ts >= 4 && !strncasecmp(p + ts, "note", 4)) || p[ts] == '*' || (unsigned char)p[ts] >= 0x80))
            return n;
        i = le < n ? le + 1 : n;
    }
    return n;
}

int tables_note_source(const Metrics *m, const char *p, size_t n, size_t i, char *out, size_t cap)
{
    /* (asked for every cell of a table: the last answer is kept) */
    static _Thread_local const Metrics *last_m;
    static _Thread_local const char *last_p;
    static _Thread_local size_t last_n, last_i, last_cap;
    static _Thread_local unsigned long last_serial;
    static _Thread_local int last;
    static _Thread_local char body[256];
    if (cap > sizeof body) {
        size_t ts = tables_note_line(p, n, i);
        return ts < n && names_note_source(m, p, ts, lines_end(p, n, ts), out, cap);
    }
    if (m != last_m || p != last_p || n != last_n || i != last_i || cap != last_cap || last_serial != text_serial) {
        last_m = m, last_p = p, last_n = n, last_i = i, last_cap = cap, last_serial = text_serial;
        size_t ts = tables_note_line(p, n, i);
        body[0] = '\0';
        last = ts < n && names_note_source(m, p, ts, lines_end(p, n, ts), body, cap);
    }
    if (last)
        memcpy(out, body, strlen(body) + 1);
    return last;
}

/* The places named on the row's line, told apart by id: two are enough to
 * know the row is no one country's ("SEACOM<TAB>Kenya, Tanzania,
 * Mozambique<TAB>17,000"). A line longer than a row is not looked at. */
int tables_row_places(const Metrics *m, const char *p, size_t n, size_t at)
{
    size_t ls = lines_start(p, at, 400), le = lines_end(p, n, at);
    if (le - ls > 400)
        return 0;
    MetricsPlace pl[16];
    size_t np = metrics_places(m, p, ls, le, pl, 16);
    int distinct = 0;
    for (size_t k = 0; k < np && distinct < 2; k++) {
        size_t j = 0;
        while (j < k && strcmp(pl[j].id, pl[k].id))
            j++;
        distinct += j == k;
    }
    return distinct;
}

/* The key of a field line p[ls, le), "Contract value:   KES 18,950,000,000":
 * a short capitalised key, a colon, blanks; the value starts at *v. */
static int field_line(const unsigned char *p, size_t ls, size_t le, size_t *ke, size_t *v)
{
    if (ls < le && p[ls] >= 'a' && p[ls] <= 'z') {   /* an export's key, "year_agreed: 2018" */
        size_t k = ls + lines_snake_key((const char *)p, ls, le);
        if (k == ls || k >= le || p[k] != ':' || (k + 1 < le && p[k + 1] != ' ' && p[k + 1] != '\t'))
            return 0;
        *ke = k;
        for (*v = k + 1; *v < le && (p[*v] == ' ' || p[*v] == '\t');)
            ++*v;
        return 1;
    }
    if (ls >= le || !ascii_isupper(p[ls]))
        return 0;
    int depth = 0;
    for (size_t k = ls; k < le && k - ls <= 40; k++) {
        depth += p[k] == '(';
        depth -= p[k] == ')' && depth > 0;
        if (p[k] == ':') {
            if (k + 1 < le && p[k + 1] != ' ' && p[k + 1] != '\t')
                return 0;   /* "https://...", "10:30" */
            *ke = k;
            size_t a = k + 1;
            while (a < le && (p[a] == ' ' || p[a] == '\t'))
                a++;
            *v = a;
            return 1;
        }
        /* (a key's remark in brackets may hold a figure: "Amount (USD
         * constant 2021)", "Chinese share of financing (%)") */
        int remark = depth > 0 && ((p[k] >= '0' && p[k] <= '9') || p[k] == '%');
        if (!(ascii_isalpha(p[k]) || remark || p[k] == ' ' || p[k] == '(' || p[k] == ')' || p[k] == '-' || p[k] == '/'))
            return 0;
    }
    return 0;
}

/* The end of the short line from ls: its '\n' (or n) within 400 bytes,
 * else SIZE_MAX (a long line is prose, or a 100 MB line: not read). */
static size_t short_line_end(const unsigned char *p, size_t n, size_t ls)
{
    size_t max = n - ls < 400 ? n - ls : 400;
    const unsigned char *nl = memchr(p + ls, '\n', max);
    return nl ? (size_t)(nl - p) : ls + max == n ? n : SIZE_MAX;
}

static int title_key(const unsigned char *p, size_t ks, size_t ke)
{
    return tw_weq(p + ks, ke - ks, "title") || tw_weq(p + ks, ke - ks, "project") ||
           tw_weq(p + ks, ke - ks, "project name") || tw_weq(p + ks, ke - ks, "project title");
}

int tables_record_title(const char *text, size_t n, size_t at, size_t *s, size_t *e)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t ls = line_start(p, at), le = short_line_end(p, n, ls), ke, v;
    if (le == SIZE_MAX || !field_line(p, ls, le, &ke, &v) || at < v)
        return 0;
    /* up, then down, through the record's field lines (a value wrapped
     * onto an indented line continues it), at most 30 each way */
    size_t top = ls;
    for (int up = 0; up < 30 && top > 0; up++) {
        size_t ps = line_start(p, top - 1), pe = top - 1;
        if (!field_line(p, ps, pe, &ke, &v) && !(ps < pe && p[ps] == ' ' && !lines_blank(text, ps, pe)))
            break;
        top = ps;
    }
    for (size_t l = top, down = 0; l < n && down < 60; down++) {
        size_t e2 = short_line_end(p, n, l);
        if (e2 == SIZE_MAX)
            break;
        int field = field_line(p, l, e2, &ke, &v);
        if (!field && !(l < e2 && p[l] == ' ' && !lines_blank(text, l, e2)))
            break;
        if (field && title_key(p, l, ke)) {
            *s = v, *e = e2;
            return e2 > v;
        }
        l = e2 + 1;
    }
    return 0;
}
