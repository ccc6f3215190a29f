/* subrows.c — the rows of a table that are places within a country (see
 * subrows.h): one reading of a row's label and of the header and caption
 * that lay the rows out by place, for the rows that are places of their
 * own (subrows_place) and those that are parts of the country
 * (subrows_area). */
#include "subrows.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "countryref.h"
#include "lines.h"
#include "names.h"
#include "textfind.h"
#include "textserial.h"
#include "textwalk.h"

/* (a table's block is read at most this many lines each way) */
#define SUBROWS_MAX_LINES 60

/* ---- what a header cell or a caption names ---- */

/* The kinds of place a header cell names whose rows are places of their
 * own, each its figures' place ("State", "Province", "City"). "Region" is
 * not one: the annotators of one round kept the country for a table of
 * the Philippines' regions, of another the region for Kazakhstan's. */
static const char *const own_kinds[] = {"state", "states", "province", "provinces", "county", "counties",
                                        "district", "districts", "city", "cities", "municipality", "prefecture",
                                        "oblast", "governorate", "emirate", "state/region", NULL};

/* The kinds of part of a country a header cell or a caption's "by" lays
 * rows out by, when a row stands for the country too (subrows_area). */
static const char *const part_kinds[] = {"region", "regions", "province", "provinces", "state", "states", "area",
                                         "areas", "district", "districts", "county", "counties", "地区", "省份",
                                         "区域", "省（区、市）", "省区市", NULL};

/* The labels of a total's row: the whole country. */
static const char *const totals[] = {"total", "national", "nationwide", "all regions", "all areas",
                                     "all provinces", "all states", "country total", "national total",
                                     "全国", "合计", "总计", NULL};

/* The first words of a row that is no place of its own: a total ("All
 * regions", "Overall") or a stratum ("Urban", "Rural areas", "Rest of
 * the country": a part of the country, its area, not a place). */
static const char *const no_place[] = {"total", "all", "urban", "rural", "national", "other", "others", "rest",
                                       "overall", "average", NULL};

/* The first cell of the line from ls: to a tab, a '|', or two blanks;
 * [*s, *e) trimmed. 0 for a blank line or a rule. */
static int first_cell(const char *doc, size_t n, size_t ls, size_t *s, size_t *e)
{
    size_t le = lines_end(doc, n, ls), k = ls;
    while (k < le && (doc[k] == ' ' || doc[k] == '|' || doc[k] == '\t'))
        k++;
    size_t a = k;
    while (k < le && doc[k] != '\t' && doc[k] != '|' && !(doc[k] == ' ' && k + 1 < le && doc[k + 1] == ' '))
        k++;
    size_t b = k;
    while (b > a && (doc[b - 1] == ' ' || doc[b - 1] == ':'))
        b--;
    *s = a, *e = b;
    return b > a && lines_has_text(doc, a, b);
}

/* Does the caption doc[s, e) lay its table out by a part of a country:
 * "by Region", "by province", 按地区, 分地区? */
static int caption_by_part(const char *doc, size_t s, size_t e)
{
    for (size_t i = s; i + 3 < e; i++) {
        if ((i > s && doc[i - 1] != ' ' && doc[i - 1] != '\n') || !tw_weq((const unsigned char *)doc + i, 3, "by "))
            continue;
        size_t w = i + 3, we = tw_letters_end((const unsigned char *)doc, e, w);
        if (tw_win((const unsigned char *)doc + w, we - w, part_kinds))
            return 1;
    }
    static const char *const zh[] = {"按地区", "分地区", "分省", "按省"};
    for (size_t k = 0; k < sizeof zh / sizeof *zh; k++)
        if (tf_find(doc + s, e - s, zh[k], strlen(zh[k])))
            return 1;
    return 0;
}

/* Does the line from ls open with a header's cell naming one of kinds,
 * no cell of its line a figure other than a year ("State  1,204" is a
 * row, the Department of State's; "Province  Percent  Rank (of 38)" and
 * "State  2022  2023" are headers)? */
static int header_cell(const char *doc, size_t n, size_t ls, const char *const *kinds)
{
    size_t s, e;
    if (!first_cell(doc, n, ls, &s, &e) || !tw_win((const unsigned char *)doc + s, e - s, kinds))
        return 0;
    for (size_t k = e + 1, le = lines_end(doc, n, ls); k < le; k++) {
        int cell = doc[k - 1] == '\t' || doc[k - 1] == '|' || (doc[k - 1] == ' ' && doc[k - 2] == ' ');
        if (cell && ascii_isdigit((unsigned char)doc[k]) && !(k + 4 <= le && lines_year_at(doc, k)))
            return 0;
    }
    return 1;
}

/* ---- a row's label ---- */

/* The label doc[s, e) as a place: lower case, less a footnote's mark
 * ("Sabah (a)", "Abai region d)", "Johor*"), a bracket ("(NCR)"), a
 * title's initials ("W.P. Kuala Lumpur") and a last word of its kind
 * ("Astana city", "Urban areas"); 0 when it is not words. */
static int label_place(const char *doc, size_t s, size_t e, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)doc;
    /* the marks and brackets after it, one by one */
    for (;;) {
        while (e > s && (p[e - 1] == ' ' || p[e - 1] == '*'))
            e--;
        size_t o = e > s && p[e - 1] == ')' ? e - 1 : s;
        while (o > s && p[o] != '(')
            o--;
        if (o > s && p[o] == '(')
            e = o;
        else if (e >= s + 3 && p[e - 1] == ')' && p[e - 2] >= 'a' && p[e - 2] <= 'z' && p[e - 3] == ' ')
            e -= 2;
        else
            break;
    }
    /* the initials before it; its kind after it */
    size_t k = s;
    while (k + 1 < e && ascii_isupper(p[k]) && p[k + 1] == '.')
        k += 2;
    if (k > s + 2 && k < e && p[k] == ' ')
        s = k + 1;
    static const char *const kind[] = {" city", " areas", " area"};
    for (size_t i = 0; i < sizeof kind / sizeof *kind; i++) {
        size_t l = strlen(kind[i]);
        if (e - s > l && tw_weq(p + e - l, l, kind[i])) {
            e -= l;
            break;
        }
    }
    /* words only, in lower case */
    if (e <= s || e - s + 1 > cap)
        return 0;
    for (size_t i = s; i < e; i++) {
        unsigned char c = p[i];
        if (!(ascii_isalpha(c) || c == ' ' || c == '-' || c == '\'' || c == '&' || c >= 0x80))
            return 0;
        out[i - s] = (char)ascii_lower(c);
    }
    out[e - s] = '\0';
    return 1;
}

/* Is the label doc[s, e) a total's (the whole country's), or does it
 * open with a word of no place of its own? */
static int label_total(const unsigned char *p, size_t s, size_t e, int strata)
{
    if (tw_win(p + s, e - s, totals))
        return 1;
    size_t w = tw_letters_end(p, e, s);
    return strata && tw_win(p + s, w - s, no_place);
}

/* ---- rows that are places of their own ---- */

int subrows_place(const char *doc, size_t n, size_t label_s, size_t label_e, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)doc;
    if (label_e <= label_s || label_e - label_s > 60 || !ascii_isupper(p[label_s]))
        return 0;
    /* (the block's lines over the row, to a blank line: its header) */
    int rows = 0;
    size_t h = lines_start(doc, label_s, 400);
    for (int k = 0; k < 12 && h > 0 && !rows; k++) {
        h = lines_start(doc, h - 1, 400);
        if (p[h] == '\n' || p[h] == '\r')
            break;
        rows = header_cell(doc, n, h, own_kinds);
    }
    return rows && !label_total(p, label_s, label_e, 1) && label_place(doc, label_s, label_e, out, cap);
}

/* ---- rows that are parts of the country: the block's lines ---- */

/* What one line of the block says of the table: bit 1 a row naming the
 * country or its total, bit 2 a header cell naming a part. */
static int block_line(const Metrics *m, const char *doc, size_t n, size_t ls, const char *scope)
{
    size_t s, e;
    if (!first_cell(doc, n, ls, &s, &e))
        return 0;
    const unsigned char *p = (const unsigned char *)doc;
    if (tw_win(p + s, e - s, part_kinds))
        return header_cell(doc, n, ls, part_kinds) ? 2 : 0;
    if (label_total(p, s, e, 0))
        return 1;
    char place[64];
    return names_heading_scope(m, doc, s, e, place, sizeof place) && !strcmp(place, scope) ? 1 : 0;
}

/* A block's lines around the row first asked, each line's answer kept:
 * the rows of one table ask of the same lines. A walk up stops at a line
 * with no text and no rule's dash, a walk down at a line with no text (a
 * rule's kept line: DOWN_STOP); each at SUBROWS_MAX_LINES lines. */
#define BLOCK_LINES (2 * SUBROWS_MAX_LINES + 1)
enum { DOWN_STOP = 4 };
typedef struct Block {
    const char *doc;
    unsigned long serial;
    size_t cap_s, cap_e;
    char scope[64];
    size_t nl, ls[BLOCK_LINES];
    unsigned char bits[BLOCK_LINES];
    int open_top, open_bottom;   /* the walk stopped at its count: the lines past it unknown */
} Block;

/* Fill b from the row's line: up, then down, to a stop or the count. */
static void block_fill(Block *b, const Metrics *m, const char *doc, size_t n, size_t row, const char *scope)
{
    size_t up[SUBROWS_MAX_LINES], nu = 0, ls = row;
    while (ls > 0 && nu < SUBROWS_MAX_LINES) {
        ls = lines_start(doc, ls - 1, 4096);
        size_t le = lines_end(doc, n, ls);
        if (!lines_has_text(doc, ls, le) && !memchr(doc + ls, '-', le - ls))
            break;
        up[nu++] = ls;
    }
    b->open_top = nu == SUBROWS_MAX_LINES && ls > 0;
    b->nl = 0;
    for (size_t k = nu; k-- > 0;)
        b->ls[b->nl++] = up[k];
    b->ls[b->nl++] = row;
    size_t nd = 0;
    for (ls = lines_end(doc, n, row) + 1; ls < n && nd < SUBROWS_MAX_LINES; nd++) {
        size_t le = lines_end(doc, n, ls);
        if (!lines_has_text(doc, ls, le))
            break;
        b->ls[b->nl++] = ls;
        ls = le + 1;
    }
    b->open_bottom = nd == SUBROWS_MAX_LINES && ls < n;
    for (size_t k = 0; k < b->nl; k++)
        b->bits[k] = (unsigned char)(lines_has_text(doc, b->ls[k], lines_end(doc, n, b->ls[k]))
                                         ? block_line(m, doc, n, b->ls[k], scope)
                                         : DOWN_STOP);
}

/* What the row's block (its line b->ls[i] left out) says of the table,
 * walked as from the row; -1 when the walk leaves the lines kept. */
static int block_seen(const Block *b, size_t i)
{
    int seen = 0;
    size_t k = 0, j = i;
    for (; j > 0 && k < SUBROWS_MAX_LINES; j--, k++)
        seen |= b->bits[j - 1] & 3;
    if (j == 0 && k < SUBROWS_MAX_LINES && b->open_top)
        return -1;
    for (j = i + 1, k = 0; j < b->nl && k < SUBROWS_MAX_LINES && !(b->bits[j] & DOWN_STOP); j++, k++)
        seen |= b->bits[j] & 3;
    if (j == b->nl && k < SUBROWS_MAX_LINES && b->open_bottom)
        return -1;
    return seen;
}

/* The row's block's answer, from the block kept when it holds the row. */
static int block_of(const Metrics *m, const char *doc, size_t n, size_t row, size_t cap_s, size_t cap_e,
                    const char *scope)
{
    static _Thread_local Block b;
    int kept = b.doc == doc && b.serial == text_serial && b.cap_s == cap_s && b.cap_e == cap_e &&
               !strcmp(b.scope, scope);
    for (size_t i = 0; kept && i < b.nl; i++) {
        int seen = b.ls[i] == row ? block_seen(&b, i) : -1;
        if (seen >= 0)
            return seen;
    }
    b.doc = doc, b.serial = text_serial, b.cap_s = cap_s, b.cap_e = cap_e;
    snprintf(b.scope, sizeof b.scope, "%s", scope);
    block_fill(&b, m, doc, n, row, scope);
    for (size_t i = 0; i < b.nl; i++)
        if (b.ls[i] == row)
            return block_seen(&b, i);
    return 0;
}

int subrows_area(const Metrics *m, const char *doc, size_t n, size_t label_s, size_t label_e, size_t cap_s,
                 size_t cap_e, const char *scope, char *out, size_t cap)
{
    if (!m || !scope || !countryref_is_country(m, scope) || label_e <= label_s || label_e - label_s > 80)
        return 0;
    const unsigned char *p = (const unsigned char *)doc;
    /* (the row's own label: no total, no kind, no place known) */
    char known[64];
    if (label_total(p, label_s, label_e, 0) || tw_win(p + label_s, label_e - label_s, part_kinds) ||
        names_heading_scope(m, doc, label_s, label_e, known, sizeof known))
        return 0;
    int seen = cap_e > cap_s && caption_by_part(doc, cap_s, cap_e) ? 2 : 0;
    seen |= block_of(m, doc, n, lines_start(doc, label_s, 4096), cap_s, cap_e, scope);
    return seen == 3 && label_place(doc, label_s, label_e, out, cap);
}
