/* subrows.c — the rows of a table that are parts of a country (see
 * subrows.h). */
#include "subrows.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "countryref.h"
#include "lines.h"
#include "names.h"
#include "textserial.h"
#include "textwalk.h"

/* (a table's block is read at most this many lines each way) */
#define SUBROWS_MAX_LINES 60

/* The kinds of place within a country a header cell or a caption's "by"
 * lays rows out by. */
static const char *const kinds[] = {"region", "regions", "province", "provinces", "state", "states", "area",
                                    "areas", "district", "districts", "county", "counties", "地区", "省份",
                                    "区域", "省（区、市）", "省区市", NULL};

/* The labels of a total's row: the whole country. */
static const char *const totals[] = {"total", "national", "nationwide", "all regions", "all areas",
                                     "all provinces", "all states", "country total", "national total",
                                     "全国", "合计", "总计", NULL};

/* The label of the line from ls: its first cell, to a tab, a '|', or two
 * blanks; [*s, *e) trimmed. 0 for a blank line or a rule. */
static int line_label(const char *doc, size_t n, size_t ls, size_t *s, size_t *e)
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

/* Does the caption doc[s, e) lay its table out by a kind of place within
 * a country: "by Region", "by province", 按地区, 分地区? */
static int caption_by_place(const char *doc, size_t s, size_t e)
{
    for (size_t i = s; i + 3 < e; i++) {
        if ((i > s && doc[i - 1] != ' ' && doc[i - 1] != '\n') || strncasecmp(doc + i, "by ", 3))
            continue;
        size_t w = i + 3, we = w;
        while (we < e && ((doc[we] | 0x20) >= 'a' && (doc[we] | 0x20) <= 'z'))
            we++;
        if (tw_win((const unsigned char *)doc + w, we - w, kinds))
            return 1;
    }
    static const char *const zh[] = {"按地区", "分地区", "分省", "按省"};
    for (size_t k = 0; k < sizeof zh / sizeof *zh; k++) {
        size_t l = strlen(zh[k]);
        for (size_t i = s; i + l <= e; i++)
            if (!memcmp(doc + i, zh[k], l))
                return 1;
    }
    return 0;
}

/* What one line of the block says of the table: bit 1 a row naming the
 * country or its total, bit 2 a header cell naming a kind of place. */
static int block_line(const Metrics *m, const char *doc, size_t n, size_t ls, const char *scope)
{
    size_t s, e;
    if (!line_label(doc, n, ls, &s, &e))
        return 0;
    const unsigned char *p = (const unsigned char *)doc;
    /* (a header's cell: its line holds no figure; "State  1,204" is a
     * row, the Department of State's) */
    size_t le = lines_end(doc, n, ls);
    if (tw_win(p + s, e - s, kinds)) {
        for (size_t k = e; k < le; k++)
            if (p[k] >= '0' && p[k] <= '9')
                return 0;
        return 2;
    }
    if (tw_win(p + s, e - s, totals))
        return 1;
    char place[64];
    return names_heading_scope(m, doc, s, e, place, sizeof place) && !strcmp(place, scope) ? 1 : 0;
}

/* The label doc[s, e) as an area: lower case, less a footnote's mark, a
 * bracket and a last "area(s)"; 0 when it is not words. */
static int area_words(const char *doc, size_t s, size_t e, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)doc;
    for (;;) {
        while (e > s && (p[e - 1] == ' ' || p[e - 1] == '*'))
            e--;
        if (e > s && p[e - 1] == ')') {
            size_t o = e - 1;
            while (o > s && p[o] != '(')
                o--;
            if (o > s && p[o] == '(') {
                e = o;
                continue;
            }
        }
        break;
    }
    if (e - s > 6 && (tw_weq(p + e - 6, 6, " areas") || tw_weq(p + e - 5, 5, " area")))
        e -= tw_weq(p + e - 6, 6, " areas") ? 6 : 5;
    if (e <= s || e - s + 1 > cap)
        return 0;
    for (size_t i = s; i < e; i++) {
        unsigned char c = p[i];
        if (!(ascii_isalpha(c) || c == ' ' || c == '-' || c == '\'' || c == '&' || c >= 0x80))
            return 0;
        out[i - s] = (char)ascii_lower((unsigned char)c);
    }
    out[e - s] = '\0';
    return 1;
}

int subrows_area(const Metrics *m, const char *doc, size_t n, size_t label_s, size_t label_e, size_t cap_s,
                 size_t cap_e, const char *scope, char *out, size_t cap)
{
    if (!m || !scope || !countryref_is_country(m, scope) || label_e <= label_s || label_e - label_s > 80)
        return 0;
    const unsigned char *p = (const unsigned char *)doc;
    /* (the row's own label: no total, no kind, no place known) */
    char known[64];
    if (tw_win(p + label_s, label_e - label_s, totals) || tw_win(p + label_s, label_e - label_s, kinds) ||
        names_heading_scope(m, doc, label_s, label_e, known, sizeof known))
        return 0;
    /* (a row's cells share its answer: the last row's is kept per thread) */
    size_t row = lines_start(doc, label_s, 4096);
    static _Thread_local SpanKey last;
    static _Thread_local char last_scope[64];
    static _Thread_local int last_seen;
    int same = spankey_same(&last, doc, row, cap_s);
    if (same && !strcmp(last_scope, scope))
        return last_seen == 3 && area_words(doc, label_s, label_e, out, cap);
    /* the block: up, then down, to a blank line */
    int seen = cap_e > cap_s && caption_by_place(doc, cap_s, cap_e) ? 2 : 0;
    for (size_t ls = row, k = 0; ls > 0 && k < SUBROWS_MAX_LINES && seen != 3; k++) {
        ls = lines_start(doc, ls - 1, 4096);
        if (!lines_has_text(doc, ls, lines_end(doc, n, ls)) && !memchr(doc + ls, '-', lines_end(doc, n, ls) - ls))
            break;
        seen |= block_line(m, doc, n, ls, scope);
    }
    for (size_t ls = lines_end(doc, n, row) + 1, k = 0; ls < n && k < SUBROWS_MAX_LINES && seen != 3; k++) {
        size_t le = lines_end(doc, n, ls);
        if (!lines_has_text(doc, ls, le))
            break;
        seen |= block_line(m, doc, n, ls, scope);
        ls = le + 1;
    }
    last_seen = seen;
    snprintf(last_scope, sizeof last_scope, "%s", scope);
    return seen == 3 && area_words(doc, label_s, label_e, out, cap);
}
