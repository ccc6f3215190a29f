/* lists.c — whole-sentence passes over the claims of one sentence (see
 * lists.h). */
#include "lists.h"
#include "zhprior.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "classify.h"
#include "diag.h"
#include "elided.h"
#include "lines.h"
#include "partner.h"
#include "partref.h"
#include "textwalk.h"
#include "yearback.h"

/* Longest stretch of text between two items of a list. */
#define ITEM_GAP 200

/* A counted noun (not money, a share, points or a multiplier). */
static int counted(const char *u)
{
    return u[0] >= 'a' && u[0] <= 'z' && strcmp(u, "pp") && strcmp(u, "bps") && strcmp(u, "x");
}

/* The words that may stand between the items of a list: joiners,
 * prepositions, copulas, articles, comparisons and hedges. */
static int glue_word(const char *w, size_t l)
{
    static const char *const glue[] = {
        "and", "or", "while", "whereas", "but", "respectively", "in", "for", "at", "to", "from", "of", "on",
        "with", "by", "is", "are", "was", "were", "has", "have", "had", "the", "a", "an", "up", "down",
        "compared", "against", "versus", "vs", "than", "further", "another", "more", "some", "about",
        "around", "nearly", "roughly", "approximately", "over", "under", "just", "only", "also", "then",
        "each", "almost", "s", "its", "their", "and", "still", NULL,
    };
    char c0 = (char)(w[0] | 0x20);
    for (int i = 0; glue[i]; i++)
        if (glue[i][0] == c0 && strlen(glue[i]) == l && !strncasecmp(w, glue[i], l))
            return 1;
    return 0;
}

/* Is doc[s, e) only glue: the words above, names (capitalised words),
 * commas, semicolons, brackets and dashes? */
static int only_glue(const char *p, size_t s, size_t e)
{
    for (size_t i = s; i < e;) {
        unsigned char c = (unsigned char)p[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == ';' || c == '(' || c == ')' ||
            c == '-' || c == '\'' || c == '"') {
            i++;
            continue;
        }
        if (c == 0xE2 && i + 2 < e && (unsigned char)p[i + 1] == 0x80) {
            i += 3;   /* dashes and curly quotes */
            continue;
        }
        if (!ascii_isalpha_or_utf8(c))
            return 0;
        size_t w = i;
        while (i < e && ascii_isalpha_or_utf8((unsigned char)p[i]))
            i++;
        if (!ascii_isupper(c) && c < 0x80 && !glue_word(p + w, i - w))
            return 0;
    }
    return 1;
}

/* Does a joining word ("and", "or", "while") stand at p[i], between
 * blanks, within [s, e)? Its length, or 0. */
static size_t joiner_at(const char *p, size_t s, size_t e, size_t i)
{
    static const char *const w[] = {"and", "or", "while", NULL};
    if (i <= s || !ascii_isgap(p[i - 1]))
        return 0;
    for (int k = 0; w[k]; k++) {
        size_t l = strlen(w[k]);
        if (i + l < e && !strncmp(p + i, w[k], l) && ascii_isgap(p[i + l]))
            return l;
    }
    return 0;
}

/* Where the separator of an item starts in doc[s, e): the first comma,
 * semicolon, bracket, or "and", "or", "while". e when none. */
static size_t first_sep(const char *p, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++) {
        char c = p[i];
        if (c == ',' || c == ';' || c == '(' || c == ')' || joiner_at(p, s, e, i))
            return i;
    }
    return e;
}

/* The last separator in doc[s, e), or s when none. */
static size_t last_sep(const char *p, size_t s, size_t e)
{
    for (size_t i = e; i > s; i--) {
        char c = p[i - 1];
        if (c == ',' || c == ';' || c == '(' || c == ')' || joiner_at(p, s, e, i - 1))
            return i - 1;
    }
    return s;
}

/* The word before doc[i) (letters only), as a slice; 0 when none. */
static size_t word_before(const char *p, size_t lo, size_t i, size_t *ws)
{
    while (i > lo && (p[i - 1] == ' ' || p[i - 1] == '\n' || p[i - 1] == '\t'))
        i--;
    size_t e = i;
    while (i > lo && ascii_isalpha_or_utf8((unsigned char)p[i - 1]))
        i--;
    *ws = i;
    return e - i;
}

static int word_eq(const char *p, size_t s, size_t l, const char *w)
{
    /* (w is a lower-case word: its first letter before its strlen, as
     * most words asked of are not it) */
    return l && (p[s] | 0x20) == w[0] && strlen(w) == l && !strncasecmp(p + s, w, l);
}

/* The word after doc[i) (letters only), within doc[.., hi): its length,
 * *ws its start; 0 when none. */
static size_t word_after(const char *p, size_t i, size_t hi, size_t *ws)
{
    while (i < hi && (p[i] == ' ' || p[i] == '\n' || p[i] == '\t'))
        i++;
    *ws = i;
    while (i < hi && ascii_isalpha_or_utf8((unsigned char)p[i]))
        i++;
    return i - *ws;
}

/* "roughly 200 more on buses", "plans to add 600 more by 2026": "more"
 * after the figure x, no "than" after it, counts more of a thing named
 * before. */
static int more_after(const char *p, size_t se, const ListClaim *x)
{
    size_t ms, ml = word_after(p, x->c.end, se, &ms);
    if (!word_eq(p, ms, ml, "more"))
        return 0;
    size_t ts, tl = word_after(p, ms + ml, se, &ts);
    return !(tl && word_eq(p, ts, tl, "than"));
}

/* The word before the figure at p[start], past a hedge that may stand
 * between ("up from about 40"): its length, *ws its start. */
static size_t word_before_hedge(const char *p, size_t ss, size_t start, size_t *ws)
{
    static const char *const hedges[] = {"about", "around", "nearly", "roughly", "some", "just", "almost", NULL};
    size_t wl = word_before(p, ss, start, ws);
    for (int k = 0; wl && hedges[k]; k++)
        if (word_eq(p, *ws, wl, hedges[k]))
            return word_before(p, ss, *ws, ws);
    return wl;
}

/* "well above the average of about 56 percent for lower-middle-income
 * countries", "below the regional average of 41%", "against a global
 * average of 67%": a figure of a group the claim before is measured
 * against (the word before the figure, "of", at p[ws, ws + wl)). Where
 * the comparison's words start, or 0. */
static size_t average_of(const char *p, size_t ss, size_t ws, size_t wl)
{
    static const char *const than[] = {"above", "below", "over", "under", "than", "with", "to", "against",
                                       "exceeding", "beyond", "vs", "versus", NULL};
    size_t as, al;
    if (!word_eq(p, ws, wl, "of") || !(al = word_before(p, ss, ws, &as)) ||
        !(word_eq(p, as, al, "average") || word_eq(p, as, al, "median") || word_eq(p, as, al, "mean")))
        return 0;
    /* an article, and at most one word that says whose ("regional") */
    size_t bs = as, bl = 0;
    for (int k = 0; k < 3; k++) {
        if (!(bl = word_before(p, ss, bs, &bs)))
            return 0;
        for (int t = 0; than[t]; t++)
            if (word_eq(p, bs, bl, than[t]))
                return bs;
        if (!(word_eq(p, bs, bl, "the") || word_eq(p, bs, bl, "a") || word_eq(p, bs, bl, "an")) && k == 2)
            return 0;
    }
    return 0;
}

/* "up from N", "compared with N", "against N": a comparison's earlier
 * figure. Returns where the comparison's words start, or 0. */
static size_t comparison_at(const char *p, size_t ss, size_t start)
{
    size_t ws, wl = word_before_hedge(p, ss, start, &ws);
    if (!wl)
        return 0;
    if (word_eq(p, ws, wl, "against"))
        return ws;
    size_t av = average_of(p, ss, ws, wl);
    if (av)
        return av;
    if (!(word_eq(p, ws, wl, "from") || word_eq(p, ws, wl, "with") || word_eq(p, ws, wl, "to")))
        return 0;
    size_t vs, vl = word_before(p, ss, ws, &vs);
    if (vl && ((word_eq(p, ws, wl, "from") && (word_eq(p, vs, vl, "up") || word_eq(p, vs, vl, "down"))) ||
               ((word_eq(p, ws, wl, "with") || word_eq(p, ws, wl, "to")) && word_eq(p, vs, vl, "compared"))))
        return vs;
    return 0;
}

/* Is the figure at p[start] "from N" after a figure reached "to" at
 * p[ps, pe), in the same clause? Where "from" starts, or 0. */
static size_t from_after_to(const char *p, size_t ss, size_t ps, size_t pe, size_t start)
{
    size_t ws, wl = word_before_hedge(p, ss, start, &ws);
    if (!wl || !word_eq(p, ws, wl, "from") || ws < pe)
        return 0;
    size_t ts, tl = word_before(p, ss, ps, &ts);
    if (!tl || !word_eq(p, ts, tl, "to"))
        return 0;
    /* (a comma may stand right before "from": "fell to 5 days, from 9
     * days in 2022") */
    size_t w = ws;
    while (w > pe && (p[w - 1] == ' ' || p[w - 1] == '\n'))
        w--;
    if (w > pe && p[w - 1] == ',')
        w--;
    for (size_t i = pe; i < w; i++)
        if (p[i] == ',' || p[i] == ';' || p[i] == '.')
            return 0;
    return ws;
}

/* "bringing the total to 6,850", "a total of 412": the total of what
 * the sentence counted before; "a net increase of 49.96 million": the
 * change of it. */
static int total_at(const char *p, size_t ss, size_t start)
{
    size_t ws, wl = word_before(p, ss, start, &ws);
    if (!wl || !(word_eq(p, ws, wl, "to") || word_eq(p, ws, wl, "of")))
        return 0;
    size_t ts, tl = word_before(p, ss, ws, &ts);
    static const char *const heads[] = {"total", "increase", "decrease", "rise", "fall", "drop", "gain", "loss",
                                        "decline", "addition", "growth", NULL};
    for (int k = 0; tl && heads[k]; k++)
        if (word_eq(p, ts, tl, heads[k]))
            return 1;
    return 0;
}

/* "a year earlier", "a year ago", "the previous year" right after doc[e)
 * (1), or "two years earlier", "five years ago", "3 years before" (the
 * years counted, up to 20), past the figure's own unit ("68 hours in the
 * previous year"); 0 when none. *ago: counted from the telling
 * (yearback.h). */
static int year_earlier(const char *p, size_t e, size_t se, int *ago)
{
    for (int words = 0; words < 2; words++) {
        while (e < se && (p[e] == ' ' || p[e] == '\n'))
            e++;
        int n = yearback_at(p, e, se, ago, NULL);
        if (n)
            return n;
        while (e < se && ascii_isalpha_or_utf8((unsigned char)p[e]))
            e++;
    }
    return 0;
}

/* Is doc[s, e) only commas, blanks and the words "and", "or" and "the"
 * ("Indonesia, Malaysia and the United Arab Emirates"), or in Chinese
 * 、，和及与或 ("印度尼西亚、泰国和越南")? */
static int joined(const char *p, size_t s, size_t e)
{
    static const char *const zh[] = {"、", "，", "以及", "和", "及", "与", "或", NULL};
    for (size_t t = s; t < e;) {
        size_t l = 0;
        for (int k = 0; (unsigned char)p[t] >= 0xE3 && zh[k] && !l; k++)
            if (t + strlen(zh[k]) <= e && !memcmp(p + t, zh[k], strlen(zh[k])))
                l = strlen(zh[k]);
        if (l) {
            t += l;
        } else if (p[t] == ',' || ascii_isgap(p[t])) {
            t++;
        } else if (t + 3 <= e && (!strncmp(p + t, "and", 3) || !strncmp(p + t, "the", 3)) &&
                   (t + 3 == e || ascii_isgap(p[t + 3]))) {
            t += 3;
        } else if (t + 2 <= e && !strncmp(p + t, "or", 2) && (t + 2 == e || ascii_isgap(p[t + 2]))) {
            t += 2;
        } else {
            return 0;
        }
    }
    return 1;
}

/* Do y and x stand as "from y ... to x", with only glue (places,
 * prepositions, the unit's words) between? */
static int from_to_pair(const char *p, size_t ss, const ListClaim *y, const ListClaim *x)
{
    size_t fs, fl = word_before_hedge(p, ss, y->c.start, &fs);
    size_t ts, tl = word_before_hedge(p, ss, x->c.start, &ts);
    if (!fl || !tl || !word_eq(p, fs, fl, "from") || !word_eq(p, ts, tl, "to") || ts < y->c.end ||
        ts - y->c.end > 80)
        return 0;
    /* (the unit's noun may stand after the first end: "from 12 cables in
     * Kenya to 19 in Egypt") */
    size_t g = y->c.end;
    while (g < ts && (p[g] == ' ' || p[g] == '\n'))
        g++;
    while (g < ts && ascii_isalpha_or_utf8((unsigned char)p[g]) && !ascii_isupper(p[g]))
        g++;
    /* (and its year: "from around 49 exabytes in 2020 to 237 exabytes by
     * 2026") */
    for (size_t i = g; i + 4 <= ts; i++)
        if (lines_year_at(p, i) && (i + 4 == ts || !(p[i + 4] >= '0' && p[i + 4] <= '9')) &&
            !(p[i - 1] >= '0' && p[i - 1] <= '9'))
            return only_glue(p, g, i) && only_glue(p, i + 4, ts);
    return only_glue(p, g, ts);
}

static void give(ListClaim *x, const char *unit, const char *from)
{
    strcut(x->c.unit, sizeof x->c.unit, unit);
    x->unit_from = from;
    x->keep = 1;
}

/* Does "respectively" follow doc[e), past commas and blanks? */
static int respectively_after(const char *p, size_t e, size_t se)
{
    while (e < se && (p[e] == ',' || ascii_isgap(p[e])))
        e++;
    return se - e >= 12 && !strncasecmp(p + e, "respectively", 12);
}

/* "412 colocation tenants and 1,187 lease amendments in the quarter, and
 * 1,481 and 4,652, respectively, in the full year": a run of figures
 * naming no noun, joined by commas and "and", before "respectively",
 * counts item by item the nouns of as many figures just before it (each
 * a different noun). */
static void respective_nouns(const char *p, size_t se, ListClaim *v, size_t k)
{
    for (size_t i = 0; i < k; i++) {
        if (v[i].c.unit[0])
            continue;
        size_t j = i;
        while (j + 1 < k && !v[j + 1].c.unit[0] && joined(p, v[j].c.end, v[j + 1].c.start))
            j++;
        size_t r = j - i + 1;
        int ok = r >= 2 && i >= r && respectively_after(p, v[j].c.end, se);
        /* (the figures before count as many nouns, or all one: "Huawei
         * supplied 13,400 sites and ZTE 1,800, up from 8,900 and 1,100,
         * respectively") */
        int same = 1;
        for (size_t t = 0; t < r && ok; t++) {
            ok = counted(v[i - r + t].c.unit);
            same &= t == 0 || !strcmp(v[i - r + t].c.unit, v[i - r].c.unit);
        }
        for (size_t t = 1; t < r && ok && !same; t++)
            ok = strcmp(v[i - r + t].c.unit, v[i - r + t - 1].c.unit) != 0;
        for (size_t t = 0; t < r && ok; t++) {
            give(&v[i + t], v[i - r + t].c.unit, "the respectively-list");
            v[i + t].chained = 1;
        }
        /* "with 92.4 points, ahead of Malaysia and Kenya (81.6 and 74.3,
         * respectively)": fewer figures before than items, the run pairs
         * with places and counts what the figure just before it does */
        if (r >= 2 && i > 0 && i < r && counted(v[i - 1].c.unit) && respectively_after(p, v[j].c.end, se))
            for (size_t t = 0; t < r; t++) {
                give(&v[i + t], v[i - 1].c.unit, "the figure before the respectively-list");
                v[i + t].chained = 1;
            }
        i = j;
    }
}

/* "signed DSR MoUs with 17 countries and e-commerce cooperation
 * agreements with 30", "... with 17 countries, including 6 African
 * countries, and agreements on Silk Road e-commerce cooperation with 9":
 * the clause the last coordinator between two figures opens, when it
 * names at least two words before the later figure, is the later
 * figure's. Where it starts in p[a, b), or b when none. ("17 countries
 * and 30 in 2023", "77 million and 57 million" name no clause of their
 * own.) */
static size_t coordinated_clause(const char *p, size_t a, size_t b, size_t *opens)
{
    *opens = b;
    static const char *const w[] = {"and", "or", "plus", "but", "while", "whereas", NULL};
    size_t at = b;
    for (size_t i = a + 1; i < b; i++) {
        if (p[i] == '.' || p[i] == ':' || p[i] == '(' || p[i] == ')')
            at = b;   /* a bracket or a stop: no clause of the sentence's */
        char c = p[i];
        if (!ascii_isgap(p[i - 1]) || (c != 'a' && c != 'o' && c != 'p' && c != 'b' && c != 'w'))
            continue;
        for (int t = 0; w[t]; t++) {
            size_t l = strlen(w[t]);
            if (i + l < b && !strncmp(p + i, w[t], l) && ascii_isgap(p[i + l]))
                at = i;
        }
    }
    if (at == b)
        return b;
    int words = 0;
    for (size_t i = at; i < b; i++)
        if (ascii_isalpha_or_utf8((unsigned char)p[i]) && !ascii_isalpha_or_utf8((unsigned char)p[i - 1]))
            words++;
    if (words < 3)
        *opens = at;   /* (the coordinator opens the later figure's clause) */
    return words >= 3 ? at : b;   /* (the coordinator, then two words) */
}

/* Do two words or more stand in p[a, b)? */
static int two_words(const char *p, size_t a, size_t b)
{
    int words = 0;
    for (size_t i = a; i < b && words < 2; i++)
        if (ascii_isalpha_or_utf8((unsigned char)p[i]) && (i == a || !ascii_isalpha_or_utf8((unsigned char)p[i - 1])))
            words++;
    return words >= 2;
}

/* Where the counted noun unit ends after a figure, in p[a, b): "10 West
 * and Central African countries" counts countries, and its "and" joins
 * no clause. a when the noun is not there (money, a share). */
static size_t noun_end(const char *p, size_t a, size_t b, const char *unit)
{
    if (!counted(unit))
        return a;
    const char *head = strrchr(unit, ' ');
    head = head ? head + 1 : unit;
    size_t hl = strlen(head);
    if (hl > 3 && head[hl - 1] == 's')
        hl--;   /* "countries" and "country" share "countr" */
    if (hl > 3 && head[hl - 1] == 'e' && head[hl - 2] == 'i')
        hl -= 2;
    for (size_t i = a; hl && i + hl <= b; i++)
        if ((i == a || !ascii_isalpha_or_utf8((unsigned char)p[i - 1])) && !strncasecmp(p + i, head, hl)) {
            while (i < b && ascii_isalpha_or_utf8((unsigned char)p[i]))
                i++;
            return i;
        }
    return a;
}

/* Each figure's next coordinated clause (ListClaim's next_s, next_e),
 * and, when a coordinator right before a figure opens its clause, the
 * predicate of the figure before (prev_s, prev_e: "30 had signed
 * e-commerce MoUs and 18 countries had signed MoUs on investment"): not
 * between the items of a list, a comparison or a span, which have their
 * own fences. */
static void coordinated_clauses(const char *p, ListClaim *v, size_t k)
{
    for (size_t i = 0; i < k; i++)
        v[i].prev_s = v[i].prev_e = 0;
    for (size_t i = 0; i + 1 < k; i++) {
        ListClaim *x = &v[i], *y = &v[i + 1];
        x->next_s = x->next_e = 0;
        if (y->comparison || x->span_with || y->c.start <= x->c.end)
            continue;
        size_t a = noun_end(p, x->c.end, y->c.start, x->c.unit), opens;
        size_t at = coordinated_clause(p, a, y->c.start, &opens);
        if (at < y->c.start)
            x->next_s = at, x->next_e = y->c.start;
        else if (opens < y->c.start && two_words(p, a, opens))
            y->prev_s = a, y->prev_e = opens;
    }
    if (k)
        v[k - 1].next_s = v[k - 1].next_e = 0;
}

/* Does the unit count places ("countries", "nations", "economies")? */
static int places_counted(const char *u)
{
    static const char *const places[] = {"countries", "nations", "states", "economies", "territories", NULL};
    for (int i = 0; places[i]; i++)
        if (!strcmp(u, places[i]))
            return 1;
    return 0;
}

/* Does a capitalised name stand right before the bracket of the figure
 * at p[start) ("Myanmar (85)")? */
static int named_bracket(const char *p, size_t start)
{
    if (start < 3 || p[start - 1] != '(' || p[start - 2] != ' ')
        return 0;
    size_t k = start - 2;
    while (k > 0 && ascii_isalpha_or_utf8((unsigned char)p[k - 1]))
        k--;
    return k < start - 2 && ascii_isupper(p[k]);
}

/* Is v[i] an item of a gapped list after v[i - 1] ("14 stations in
 * Kenya, nine in Egypt", "Egypt for 15 cables, Djibouti for 11"): the
 * rest of the earlier item's clause, then glue only? Gives it the noun
 * and marks both items; 1 when it is one. */
/* Does the figure at p[at] open its clause: the sentence's start or a
 * semicolon before it, over blanks, a bullet and quotes? */
static int opens_clause(const char *p, size_t ss, size_t at)
{
    while (at > ss && (ascii_isgap(p[at - 1]) || p[at - 1] == '-' || p[at - 1] == '"'))
        at--;
    return at == ss || p[at - 1] == ';';
}

static int gapped_item(const char *p, size_t ss, size_t se, ListClaim *v, size_t k, size_t i)
{
    ListClaim *x = &v[i];
    int bare = !x->c.unit[0];
    if (i == 0 || !(bare || counted(x->c.unit)))
        return 0;
    ListClaim *y = &v[i - 1];
    /* "Twelve countries gained more than five points; seven lost
     * ground": a clause's subject parallels the subject of the clause
     * before, not its object */
    if (bare && i >= 2 && counted(v[i - 2].c.unit) && opens_clause(p, ss, x->c.start) &&
        opens_clause(p, ss, v[i - 2].c.start) && !opens_clause(p, ss, y->c.start))
        y = &v[i - 2];
    if (!y->c.unit[0] || x->c.start - y->c.end > ITEM_GAP || (!bare && strcmp(x->c.unit, y->c.unit)))
        return 0;
    size_t sep = last_sep(p, y->c.end, x->c.start);
    if (sep == y->c.end || !only_glue(p, sep, x->c.start))
        return 0;
    if (bare && counted(y->c.unit) && places_counted(y->c.unit) && named_bracket(p, x->c.start)) {
        /* a figure for a place counts no places: "202 shutdowns in 11
         * countries, led by Myanmar (85)" counts shutdowns */
        for (size_t j = i - 1; j-- > 0 && i - j < 4;)
            if (counted(v[j].c.unit) && !places_counted(v[j].c.unit)) {
                give(x, v[j].c.unit, "the list");
                break;
            }
        if (!x->c.unit[0])
            return 0;
    } else if (bare && counted(y->c.unit))
        give(x, y->c.unit, "the list");
    else if (bare)
        return 0;   /* (its own noun, the same: still an item) */
    if (!y->chained) {
        y->chained = 1;
        y->item_s = i >= 2 ? v[i - 2].c.end : ss;
        y->item_s = last_sep(p, y->item_s, y->c.start) > y->item_s ? last_sep(p, y->item_s, y->c.start) : y->item_s;
        y->item_e = first_sep(p, y->c.end, x->c.start);
    }
    x->chained = 1;
    x->item_s = sep;
    x->item_e = first_sep(p, x->c.end, i + 1 < k ? v[i + 1].c.start : se);
    return 1;
}

/* The nearest claim before v[i] in its sentence, among the sixteen
 * before it, that counts a noun, or -1. */
static long counted_before_in(const ListClaim *v, size_t i)
{
    for (size_t j = i; j-- > 0 && i - j <= 16;)
        if (counted(v[j].c.unit))
            return (long)j;
    return -1;
}

/* Every claim of the sentence starts with no item, no comparison, no
 * borrowed noun; a weak figure is not kept until a rule keeps it. */
static void reset_items(ListClaim *v, size_t k)
{
    for (size_t i = 0; i < k; i++) {
        v[i].keep = !v[i].q.weak;
        v[i].item_s = v[i].item_e = 0;
        v[i].chained = v[i].comparison = v[i].prev_year_of = v[i].years_back = v[i].back_ago = v[i].span_with = 0;
        v[i].unit_from = NULL;
        v[i].next_s = v[i].next_e = v[i].prev_s = v[i].prev_e = 0;
    }
}

/* The year a compared figure v[i] stands for: "up from 58 in 2019"
 * ("a year earlier" after it), "up from 283 in 39 countries the previous
 * year" (closing the item, after its other figures: it dates 283 and 39),
 * "up from 8,900 and 1,100, respectively, a year earlier" (the run's
 * figures all precede the figure compared with). */
static void compared_years(const char *p, size_t se, ListClaim *v, size_t k, size_t i)
{
    ListClaim *x = &v[i];
    int ago = 0;
    int back = year_earlier(p, x->c.end, se, &ago);
    if (back)
        x->prev_year_of = (int)i, x->years_back = back, x->back_ago = ago;   /* 1 + (i - 1) */
    size_t ps;
    if (!back && (back = yearback_in_clause(p, x->c.end, first_sep(p, x->c.end, se), 5, &ago, &ps)))
        for (size_t t = i; t < k && v[t].c.start < ps; t++)
            v[t].prev_year_of = (int)i, v[t].years_back = back, v[t].back_ago = ago;
    size_t last = i;
    while (last + 1 < k && last - i < 8 && joined(p, v[last].c.end, v[last + 1].c.start))
        last++;
    if (last > i && respectively_after(p, v[last].c.end, se)) {
        size_t e = v[last].c.end;
        while (e < se && (p[e] == ',' || ascii_isgap(p[e])))
            e++;
        e += 12;   /* "respectively" */
        while (e < se && (p[e] == ',' || ascii_isgap(p[e])))
            e++;
        int run_ago = 0;
        int run_back = year_earlier(p, e, se, &run_ago);
        for (size_t t = i; run_back && t <= last; t++)
            v[t].prev_year_of = (int)i, v[t].years_back = run_back, v[t].back_ago = run_ago;
    }
}

/* Comparisons: "76 submarine cables, up from 58 in 2019"; "narrowing the
 * gap to 4.4 points from 7.9 points in 2020", "declined to TZS 4,920 from
 * TZS 5,010" ("from" after a figure reached "to"). The figure compared
 * with is an item of its own, with the noun and the year it names. */
/* The figure whose unit the bare x = v[i] takes from the comparison with
 * v[i - 1]: that one, unless it is a share and x a figure of millions,
 * which no share is ("5.5 billion people, or 68 per cent of the world's
 * population, ..., up from 5.3 billion" compares the people): then the
 * nearest before it that is no share, or none. */
static const ListClaim *unit_donor(const ListClaim *v, size_t i)
{
    const ListClaim *x = &v[i];
    int share = !strcmp(v[i - 1].c.unit, "%") || !strcmp(v[i - 1].c.unit, "pp");
    if (!share || !(x->c.value >= 1e6 || x->c.value <= -1e6))
        return &v[i - 1];
    for (size_t j = i - 1; j-- > 0 && x->c.start - v[j].c.end <= 300;)
        if (v[j].c.unit[0] && strcmp(v[j].c.unit, "%") && strcmp(v[j].c.unit, "pp"))
            return &v[j];
    return NULL;
}

/* Is the figure at p[start] the base of a change told right before it,
 * "up 53% from $2.57 billion", "down 4.1 per cent from 912"? Where "up"
 * or "down" starts, or 0. The change p[ps, pe) is a share. */
static size_t change_from(const char *p, size_t ss, const ListClaim *y, size_t start)
{
    size_t ws, wl = word_before_hedge(p, ss, start, &ws);
    if (!wl || !word_eq(p, ws, wl, "from") || strcmp(y->c.unit, "%"))
        return 0;
    for (size_t t = y->c.end; t < ws; t++)
        if (!ascii_isgap(p[t]))
            return 0;
    size_t vs, vl = word_before(p, ss, y->c.start, &vs);
    return vl && (word_eq(p, vs, vl, "up") || word_eq(p, vs, vl, "down")) ? vs : 0;
}

static int compared_item(const char *p, size_t ss, size_t se, ListClaim *v, size_t k, size_t i, int bare)
{
    ListClaim *x = &v[i];
    size_t cmp = comparison_at(p, ss, x->c.start);
    if (!cmp && i > 0)
        cmp = from_after_to(p, ss, v[i - 1].c.start, v[i - 1].c.end, x->c.start);
    /* (a base with its own unit: a bare one, "up 37% from 937", counts
     * what the change's subject does, which other rules give it) */
    if (!cmp && i > 0 && !bare)
        cmp = change_from(p, ss, &v[i - 1], x->c.start);
    if (!(cmp && i > 0 && x->c.start - v[i - 1].c.end <= 300))
        return 0;
    ListClaim *y = &v[i - 1];
    x->comparison = 1;
    x->compared_with = (int)i;
    size_t sep = last_sep(p, y->c.end, cmp);
    x->item_s = sep > y->c.end ? sep : cmp;
    size_t next = i + 1 < k ? v[i + 1].c.start : se;
    x->item_e = first_sep(p, x->c.end, next);
    const ListClaim *donor = bare ? unit_donor(v, i) : NULL;
    if (donor && donor->c.unit[0])
        give(x, donor->c.unit, "the figure it is compared with");
    compared_years(p, se, v, k, i);
    return 1;
}

/* "up from USD742.0 million for four projects in 2023 and USD455.0
 * million in 2022": a figure inside a comparison's item ("four
 * projects") and the next item of its list are compared with too. */
static int within_comparison(const char *p, size_t se, ListClaim *v, size_t k, size_t i, int bare)
{
    ListClaim *x = &v[i];
    size_t cj = i;
    while (cj > 0 && !(v[cj - 1].comparison && v[cj - 1].item_e > v[cj - 1].item_s))
        cj--;
    if (cj > 0 && x->c.start < first_sep(p, v[cj - 1].c.end, se)) {
        x->comparison = 1;
        return 1;
    }
    if (cj > 0 && x->c.start - v[cj - 1].c.end <= ITEM_GAP && (bare || !strcmp(x->c.unit, v[cj - 1].c.unit))) {
        ListClaim *y = &v[cj - 1];
        size_t sep = last_sep(p, v[i - 1].c.end, x->c.start);
        if (sep > v[i - 1].c.end && only_glue(p, sep, x->c.start)) {
            x->comparison = 1;
            x->item_s = sep;
            x->item_e = first_sep(p, x->c.end, i + 1 < k ? v[i + 1].c.start : se);
            if (bare && y->c.unit[0])
                give(x, y->c.unit, "the figure it is compared with");
            return 1;
        }
    }
    return 0;
}

/* "ranged from 48 per cent in South Africa to 79 per cent in Nigeria":
 * the two ends of a span, each with its own place; "from 87 loans in
 * 2016 to 49 in 2022": a bare second end counts what the first does. */
static int span_ends(const char *p, size_t ss, size_t se, ListClaim *v, size_t k, size_t i, int bare)
{
    ListClaim *x = &v[i];
    if (!(i > 0 && (!bare || counted(v[i - 1].c.unit)) && !v[i - 1].chained && from_to_pair(p, ss, &v[i - 1], x)))
        return 0;
    ListClaim *y = &v[i - 1];
    if (bare)
        give(x, y->c.unit, "the figure it is compared with");
    size_t fs, ts;
    word_before_hedge(p, ss, y->c.start, &fs);
    word_before_hedge(p, ss, x->c.start, &ts);
    y->chained = x->chained = 1;
    y->span_with = (int)i + 1, x->span_with = (int)i;
    y->item_s = fs, y->item_e = ts;
    x->item_s = ts;
    x->item_e = first_sep(p, x->c.end, i + 1 < k ? v[i + 1].c.start : se);
    return 1;
}

/* "11 of 26 projects", "77 million and 57 million subscribers", "31 of
 * the 46 documents": a bare figure shares the noun of the next figure,
 * close after it (a weak or a large one: "11 of 26" is not a date). */
static int shared_noun(const char *p, ListClaim *v, size_t k, size_t i, int bare)
{
    ListClaim *x = &v[i];
    if (!(bare && i + 1 < k && counted(v[i + 1].c.unit) && v[i + 1].c.start - x->c.end <= 16))
        return 0;
    size_t g = x->c.end, ge = v[i + 1].c.start;
    int ok = 1;
    for (size_t t = g; t < ge && ok; t++)
        ok = p[t] == ' ' || p[t] == ',' || p[t] == '-' || p[t] == '\n';
    size_t w = g;
    while (w < ge && (p[w] == ' ' || p[w] == ','))
        w++;
    size_t we = w;
    while (we < ge && ascii_isalpha_or_utf8((unsigned char)p[we]))
        we++;
    if (!ok && we > w && (word_eq(p, w, we - w, "and") || word_eq(p, w, we - w, "or") ||
                          word_eq(p, w, we - w, "of") || word_eq(p, w, we - w, "to"))) {
        /* "31 of the 46 documents" */
        size_t t = we;
        while (t < ge && ascii_isgap(p[t]))
            t++;
        if (word_eq(p, w, we - w, "of") && ge - t >= 3 && !strncmp(p + t, "the", 3) && ascii_isgap(p[t + 3]))
            t += 3;
        ok = 1;
        for (; t < ge && ok; t++)
            ok = ascii_isgap(p[t]);
    }
    if (ok && (x->q.weak || x->q.value >= 1000 || x->c.value >= 1e5)) {
        give(x, v[i + 1].c.unit, "the next figure");
        x->chained = v[i + 1].chained = 1;
        return 1;
    }
    return 0;
}

/* "24 Ku-band and 12 C-band transponders": modifiers in parallel, the
 * noun of the next figure; "a total of 40": the noun of the figure it
 * totals. */
static int parallel_or_total(const char *p, size_t ss, size_t se, ListClaim *v, size_t k, size_t i, int bare)
{
    ListClaim *x = &v[i];
    if (bare && i + 1 < k && counted(v[i + 1].c.unit) &&
        elided_parallel_modifier(p, se, x->c.end, v[i + 1].c.start, v[i + 1].c.end, v[i + 1].c.unit)) {
        give(x, v[i + 1].c.unit, "the next figure");
        x->chained = v[i + 1].chained = 1;
        return 1;
    }
    if (bare && i > 0 && total_at(p, ss, x->c.start) && counted(v[i - 1].c.unit)) {
        give(x, v[i - 1].c.unit, "the figure it totals");
        return 1;
    }
    return 0;
}

/* "a further three", "another 12", "600 more": what the sentence counted
 * before, else what the paragraph did. */
static int further_item(const char *p, size_t ss, size_t se, ListClaim *v, size_t i, int bare,
                        const char *topic_noun)
{
    ListClaim *x = &v[i];
    size_t ws, wl = word_before(p, ss, x->c.start, &ws);
    int further = (wl && (word_eq(p, ws, wl, "further") || word_eq(p, ws, wl, "another"))) || more_after(p, se, x);
    if (!(bare && further))
        return 0;
    for (size_t j = i; j-- > 0;)
        if (counted(v[j].c.unit)) {
            give(x, v[j].c.unit, "the sentence");
            break;
        }
    if (!x->c.unit[0] && topic_noun[0])
        give(x, topic_noun, "the paragraph");
    return 1;
}

/* "Of these, 12 were built ...": the sentence's first figure, after "Of"
 * and a pronoun (on one line or two: "Of\nthese"), counts what the
 * paragraph counted. */
static int of_these_item(const char *p, size_t ss, ListClaim *v, size_t i, int bare, const char *topic_noun)
{
    ListClaim *x = &v[i];
    if (!(bare && i == 0 && topic_noun[0]))
        return 0;
    size_t t = ss;
    while (t < x->c.start && (p[t] == ' ' || p[t] == '\n' || p[t] == '"'))
        t++;
    static const char *const of_these[] = {"these", "them", "which", "those", "whom", NULL};
    size_t o = t + 2;
    while (o < x->c.start && ascii_isgap(p[o]))
        o++;
    for (int q = 0; of_these[q] && x->c.start - t > 3 && !strncasecmp(p + t, "of", 2) && ascii_isgap(p[t + 2]); q++) {
        size_t l = strlen(of_these[q]);
        if (x->c.start - o > l && !strncasecmp(p + o, of_these[q], l) && !ascii_isalpha_or_utf8((unsigned char)p[o + l])) {
            give(x, topic_noun, "the paragraph");
            break;
        }
    }
    return x->c.unit[0] != 0;
}

/* A part of a whole, a parallel clause, a breakdown, a target
 * (elided.h); "Africa hosts 41 of them": a part of what the paragraph
 * counted before, when its sentence counts nothing (partref.h). */
static void elided_item(const char *p, size_t ss, size_t se, ListClaim *v, size_t k, size_t i, int bare,
                        const char *topic_noun)
{
    ListClaim *x = &v[i];
    if (!(bare && !x->c.unit[0]))
        return;
    const char *from, *u = elided_noun(p, ss, se, v, k, i, &from);
    if (!u && topic_noun[0] && x->q.weak &&
        partref_pronoun_after(p, x->c.end, i + 1 < k ? v[i + 1].c.start : se) && counted_before_in(v, i) < 0)
        u = topic_noun, from = "the paragraph";
    if (u) {
        give(x, u, from);
        if (!strcmp(from, ELIDED_COMPARED)) {
            /* (an earlier figure: its year is its own) */
            x->comparison = 1;
            x->item_s = v[i - 1].c.end;
            x->item_e = first_sep(p, x->c.end, i + 1 < k ? v[i + 1].c.start : se);
        }
    }
}

void lists_units(const char *p, size_t n, size_t ss, size_t se, ListClaim *v, size_t k, const char *topic_noun)
{
    (void)n;
    reset_items(v, k);
    respective_nouns(p, se, v, k);
    /* Each figure goes through the rules above in this order; the first
     * that settles it (an item, a noun) ends its turn. The gapped lists
     * ("14 stations in Kenya, nine in Egypt", "Egypt for 15 cables,
     * Djibouti for 11") come before the elided nouns. */
    for (size_t i = 0; i < k; i++) {
        int bare = !v[i].c.unit[0];
        if (compared_item(p, ss, se, v, k, i, bare) || within_comparison(p, se, v, k, i, bare) ||
            span_ends(p, ss, se, v, k, i, bare) || shared_noun(p, v, k, i, bare) ||
            parallel_or_total(p, ss, se, v, k, i, bare) || further_item(p, ss, se, v, i, bare, topic_noun) ||
            of_these_item(p, ss, v, i, bare, topic_noun) || gapped_item(p, ss, se, v, k, i))
            continue;
        elided_item(p, ss, se, v, k, i, bare, topic_noun);
    }
    coordinated_clauses(p, v, k);
}

size_t lists_fences(const ListClaim *v, size_t k, size_t i, MetricsFence *out, size_t max)
{
    size_t nf = 0;
    if (v[i].next_e > v[i].next_s && max) {
        out[nf].s = v[i].next_s;
        out[nf].e = v[i].next_e;
        out[nf].kinds = METRICS_FENCE_CLAUSE;
        nf++;
    }
    if (v[i].prev_e > v[i].prev_s && nf < max) {
        out[nf].s = v[i].prev_s;
        out[nf].e = v[i].prev_e;
        out[nf].kinds = METRICS_FENCE_METRIC;
        nf++;
    }
    for (size_t j = 0; j < k && nf < max; j++) {
        if (j == i || !(v[j].chained || v[j].comparison) || v[j].item_e <= v[j].item_s)
            continue;
        /* a comparison's figure sees the figure it is compared with */
        if (v[i].comparison && !v[j].comparison && j + 1 == i)
            continue;
        out[nf].s = v[j].item_s;
        out[nf].e = v[j].item_e;
        /* (the other end of a span keeps its year to itself too: "from
         * around 49 exabytes in 2020 to 237 exabytes by 2026") */
        out[nf].kinds = v[j].comparison || (size_t)v[i].span_with == j + 1 ? METRICS_FENCE_ALL : METRICS_FENCE_SCOPE;
        nf++;
    }
    return nf;
}

/* Runs of places joined by commas and "and": their first indexes and
 * lengths. */
static size_t place_runs(const char *p, const MetricsPlace *pl, size_t np, size_t *first, size_t *len, size_t max)
{
    size_t nr = 0;
    for (size_t i = 0; i < np && nr < max;) {
        size_t j = i + 1;
        while (j < np && pl[j].s >= pl[j - 1].e && pl[j].s - pl[j - 1].e <= 10 && joined(p, pl[j - 1].e, pl[j].s))
            j++;
        first[nr] = i;
        len[nr] = j - i;
        nr++;
        i = j;
    }
    return nr;
}

/* The runs of years the sentence p[ss, se) lists, joined by commas and
 * "and" ("in 2021, 2022 and 2023"): each year in ys, each run's first
 * index and length. Their count (at most max). */
/* Does "respectively" follow p[e) (past a comma and blanks), as after
 * an English span of years: "12%, 15% and 13% in 2024-2026,
 * respectively"? */
static int respectively_next(const char *p, size_t se, size_t e)
{
    if (e < se && p[e] == ',')
        e++;
    while (e < se && ascii_isgap(p[e]))
        e++;
    return e + 12 <= se && !strncasecmp(p + e, "respectively", 12);
}

/* A Chinese span of years at p[t] ("2024-2025年", "2021—2023年", "2022至
 * 2024年"), or an English one before "respectively" ("in 2024-2026,
 * respectively"): its last year (two to ten after the first, its 年 after it),
 * *end past its last digits; 0 when none. */
static int zh_year_span(const char *p, size_t se, size_t t, size_t *end)
{
    static const char *const dashes[] = {"-", "—", "–", "～", "~", "至", "到", NULL};
    int y = lines_year_at(p, t);
    for (int k = 0; dashes[k]; k++) {
        size_t l = strlen(dashes[k]), b = t + 4 + l;
        if (b + 7 > se || memcmp(p + t + 4, dashes[k], l))
            continue;
        int z = lines_year_at(p, b);
        if (z > y && z - y <= 10 && (!memcmp(p + b + 4, "年", 3) || respectively_next(p, se, b + 4))) {
            *end = b;
            return z;
        }
    }
    return 0;
}

static size_t year_runs(const char *p, size_t ss, size_t se, int *ys, size_t *at, size_t *first, size_t *len,
                        size_t max)
{
    size_t ny = 0, nr = 0, span_end;
    unsigned char spanned[32] = {0};   /* year i and year i + 1 are of one span */
    for (size_t t = ss; t + 4 <= se && ny < max; t++)
        if ((t == ss || !ascii_isdigit(p[t - 1])) && (t + 4 == se || !ascii_isdigit(p[t + 4])) &&
            lines_year_at(p, t) && !(t > ss && (p[t - 1] == '$' || p[t - 1] == '.' || p[t - 1] == ','))) {
            ys[ny] = lines_year_at(p, t);
            at[ny++] = t;
            /* "2024-2025年归母净利润分别为…": each year of the span */
            int z = zh_year_span(p, se, t, &span_end);
            for (int y = ys[ny - 1] + 1; z && y <= z && ny < max && ny < 32; y++) {
                spanned[ny - 1] = 1;
                ys[ny] = y;
                at[ny++] = span_end;
            }
            t = z ? span_end + 3 : t + 3;
        }
    for (size_t i = 0; i < ny && nr < max;) {
        size_t j = i + 1;
        while (j < ny && (spanned[j - 1] || (at[j] - (at[j - 1] + 4) <= 6 && joined(p, at[j - 1] + 4, at[j]))))
            j++;
        first[nr] = i;
        len[nr++] = j - i;
        i = j;
    }
    return nr;
}

/* Is p[s, e), between two Chinese figures of a list, a classifier the
 * spans leave out, a list mark and a hedge ("1.2万个、8000个", "58%和超过
 * 70%"): one or two Han characters at most, then 、，和及与或, then 超过, 约,
 * 近, 逾 or 不足 at most? */
static int zh_list_gap(const char *p, size_t s, size_t e)
{
    static const char *const marks[] = {"、", "，", "和", "及", "与", "或", NULL};
    static const char *const hedges[] = {"超过", "约", "近", "逾", "不足", NULL};
    if (s >= e || (unsigned char)p[s] < 0x80)
        return 0;   /* (English: a cost of one compare) */
    for (int c = 0; c <= 2; c++) {
        for (int k = 0; marks[k]; k++) {
            size_t l = strlen(marks[k]);
            if (s + l > e || memcmp(p + s, marks[k], l))
                continue;
            size_t t = s + l;
            for (int h = 0; hedges[h] && t < e; h++)
                if (t + strlen(hedges[h]) == e && !memcmp(p + t, hedges[h], strlen(hedges[h])))
                    t = e;
            return t == e;
        }
        if (s + 3 > e || (unsigned char)p[s] < 0xE4 || (unsigned char)p[s] > 0xE9)
            return 0;
        s += 3;
    }
    return 0;
}

/* The end of the run of figures from v[i]: each next one a few bytes
 * after the last, joined to it by a comma or "and" ("118.6%, 121.3% and
 * 114.2%"; "1.2万个、8000个和3500个"). */
/* Is p[s, e) a unit word the next figure (ending at ne) repeats, then
 * glue: "2,100 kilometres and 4,300 kilometres"? */
static int unit_repeated(const char *p, size_t n, size_t s, size_t e, size_t ne)
{
    while (s < e && ascii_isgap(p[s]))
        s++;
    size_t w = s;
    while (w < e && ascii_isalpha(p[w]))
        w++;
    size_t l = w - s;
    if (l < 2 || l > 20 || !joined(p, w, e))
        return 0;
    size_t a = ne;
    while (a < n && ascii_isgap(p[a]))
        a++;
    return a + l <= n && !strncmp(p + a, p + s, l) && (a + l == n || !ascii_isalpha(p[a + l]));
}

static size_t run_end(const char *p, size_t se, const ListClaim *v, size_t k, size_t i)
{
    size_t j = i + 1;
    while (j < k && v[j].c.start >= v[j - 1].c.end &&
           ((v[j].c.start - v[j - 1].c.end <= 8 && joined(p, v[j - 1].c.end, v[j].c.start)) ||
            (v[j].c.start - v[j - 1].c.end <= 12 && zh_list_gap(p, v[j - 1].c.end, v[j].c.start)) ||
            (v[j].c.start - v[j - 1].c.end <= 32 &&
             unit_repeated(p, se, v[j - 1].c.end, v[j].c.start, v[j].c.end))))
        j++;
    return j;
}

/* "118.6%, 121.3% and 114.2% in 2021, 2022 and 2023, respectively": each
 * figure of a run takes the year of the same rank in a run of as many
 * years. */
static void respectively_years(const char *p, size_t ss, size_t se, ListClaim *v, size_t k)
{
    int ys[32];
    size_t at[32], first[32], len[32];
    size_t nr = year_runs(p, ss, se, ys, at, first, len, 32);
    for (size_t i = 0; i < k;) {
        size_t j = run_end(p, se, v, k, i);
        size_t g = j - i;
        for (size_t r = 0; g >= 2 && r < nr; r++) {
            if (len[r] != g)
                continue;
            for (size_t t = 0; t < g; t++) {
                Claim *c = &v[i + t].c;
                /* (a month is of the year it was read with) */
                if (c->year != ys[first[r] + t])
                    c->month = 0;
                c->year = ys[first[r] + t];
                if (c->year_from == YEAR_OWN)
                    classify_year_from(c, YEAR_FROM_LIST);
            }
            break;
        }
        i = j;
    }
}

/* Does p[ss, se) hold the Chinese word w (its first byte found by
 * memchr: English text costs one pass of it)? */
static int holds_zh(const char *p, size_t ss, size_t se, const char *w)
{
    size_t l = strlen(w);
    for (const char *q = p + ss, *end = p + se; (q = memchr(q, w[0], (size_t)(end - q))); q++)
        if ((size_t)(end - q) >= l && !memcmp(q, w, l))
            return 1;
    return 0;
}

/* ---- a Chinese sentence's years of a change ----
 * "将从2023年的约12亿美元增长至2027年的31亿美元": a year joined to its
 * figure by 的 is the figure's; "2012年至2021年，…从11万亿元增长到45.5万亿
 * 元": the figure after 从 or 由 is of the span's first year, the one it
 * grows to of its last. */

/* The year "YYYY年" ending right at p[e) (after ss), or 0. */
static int zh_year_ending(const char *p, size_t ss, size_t e)
{
    if (e < ss + 7 || memcmp(p + e - 3, "年", 3))
        return 0;
    size_t d = e - 7;
    if (d > ss && ascii_isdigit(p[d - 1]))
        return 0;
    int y = 0;
    for (size_t i = d; i < d + 4; i++) {
        if (!ascii_isdigit(p[i]))
            return 0;
        y = y * 10 + (p[i] - '0');
    }
    return y >= 1990 && y <= 2100 ? y : 0;
}

/* Where the words before a figure at p[at) start, past a hedge ("约",
 * "超过"). */
static size_t before_hedge(const char *p, size_t ss, size_t at)
{
    static const char *const hedges[] = {"约", "近", "超过", "逾", "接近", "将近", "不足", NULL};
    for (int k = 0; hedges[k]; k++) {
        size_t l = strlen(hedges[k]);
        if (at >= ss + l && !memcmp(p + at - l, hedges[k], l))
            return at - l;
    }
    return at;
}

/* Does p[ss, at) end with one of words? */
static int ends_with(const char *p, size_t ss, size_t at, const char *const *words)
{
    for (int k = 0; words[k]; k++) {
        size_t l = strlen(words[k]);
        if (at >= ss + l && !memcmp(p + at - l, words[k], l))
            return 1;
    }
    return 0;
}

/* The year of "YYYY年的", "YYYY年底的", "YYYY年末的" right before a figure
 * at p[at), or 0; not the base of a multiple ("是2018年的2.2倍": the year
 * it is compared with). */
static int zh_year_of(const char *p, size_t ss, size_t at)
{
    static const char *const base[] = {"是", "为", "相当于", "达到", NULL};
    size_t e = before_hedge(p, ss, at);
    if (e < ss + 3 || memcmp(p + e - 3, "的", 3))
        return 0;
    e -= 3;
    if (e >= ss + 3 && (!memcmp(p + e - 3, "底", 3) || !memcmp(p + e - 3, "末", 3)))
        e -= 3;
    int y = zh_year_ending(p, ss, e);
    return y && !ends_with(p, ss, e - 7, base) ? y : 0;
}

static void zh_change_years(const char *p, size_t ss, size_t se, ListClaim *v, size_t k)
{
    static const char *const from[] = {"从", "由", NULL};
    static const char *const to[] = {"到", "至", NULL};
    /* (a sentence without 年 has neither: English costs one search) */
    if (se <= ss || !holds_zh(p, ss, se, "年"))
        return;
    /* the span "2012年至2021年" */
    int a = 0, b = 0;
    for (size_t t = ss; t + 17 <= se && !a; t++) {
        if (p[t] != '\xE5' || memcmp(p + t, "年", 3))
            continue;
        size_t u = t + 3;
        if (!memcmp(p + u, "至", 3) || !memcmp(p + u, "到", 3))
            u += 3;
        else if (p[u] == '-')
            u += 1;
        else
            continue;
        int y1 = zh_year_ending(p, ss, t + 3), y2 = 0;
        if (y1 && u + 7 <= se && !memcmp(p + u + 4, "年", 3))
            y2 = zh_year_ending(p, ss, u + 7);
        if (y1 && y2 > y1)
            a = y1, b = y2;
    }
    int open = 0;   /* a figure after 从 was given the span's first year */
    for (size_t i = 0; i < k; i++) {
        Claim *c = &v[i].c;
        size_t h = before_hedge(p, ss, c->start);
        int y = zh_year_of(p, ss, c->start);
        if (!y && a && ends_with(p, ss, h, from))
            y = a, open = 1;
        else if (!y && a && open && ends_with(p, ss, h, to))
            y = b, open = 0;
        if (y && c->year != y) {
            c->year = y;
            claim_year_own(c);   /* the sentence states it */
        }
    }
}

/* Does the claim c's year come from its own sentence (not from the
 * context around it)? */
static int year_stated(const Claim *c)
{
    return c->year && (c->year_from == YEAR_OWN || c->year_from == YEAR_FROM_SENTENCE);
}

/* "handled 1,284 engagements ... in 2023, up 37% from 937 in 2022": a
 * change opening a clause right after a figure ("up", "down", "an
 * increase of") is of that figure's year, when its sentence gave the
 * figure a year and the change none of its own. */
static void change_years(const char *p, ListClaim *v, size_t k)
{
    static const char *const opens[] = {", up ", ", down ", ", an increase of ", ", a decrease of ", ", a rise of ",
                                        ", a drop of ", ", rising ", ", falling ", ", growing ", NULL};
    for (size_t i = 1; i < k; i++) {
        const Claim *a = &v[i - 1].c;
        Claim *c = &v[i].c;
        if (!year_stated(a) || year_stated(c) || strcmp(c->unit, "%") || c->start < a->end ||
            c->start - a->end > 200)
            continue;
        /* (the figure's own clause: no stop or semicolon between) */
        int apart = 0;
        for (size_t t = a->end; t < c->start && !apart; t++)
            apart = p[t] == ';' || (p[t] == '.' && t + 1 < c->start && p[t + 1] == ' ');
        for (int w = 0; opens[w] && !apart; w++) {
            size_t l = strlen(opens[w]);
            if (c->start - a->end >= l && !strncasecmp(p + c->start - l, opens[w], l)) {
                c->year = a->year;
                c->month = a->month;
                claim_year_own(c);
                break;
            }
        }
    }
}

/* Is p[s, e) the mark of a list's items: 、, 和, 及? */
static int list_mark(const char *p, size_t s, size_t e)
{
    return e == s + 3 && (!memcmp(p + s, "、", 3) || !memcmp(p + s, "和", 3) || !memcmp(p + s, "及", 3));
}

/* 中国 listed among other places ("美国、中国算力规模分别占全球的34%和33%"):
 * China is no place cue of its own (it is the actor of most Chinese
 * sentences), but in a list of places it is one of them. pl[0, np) gets
 * it, in order; the new count (at most max). */
static size_t with_china_listed(const char *p, size_t ss, size_t se, MetricsPlace *pl, size_t np, size_t max)
{
    for (size_t i = ss; i + 6 <= se && np < max; i++) {
        if (memcmp(p + i, "中国", 6))
            continue;
        size_t e = i + 6, k = 0;
        while (k < np && pl[k].e <= i)
            k++;
        if (k < np && pl[k].s < e)
            continue;   /* (inside a place's name: "中国香港") */
        /* (joined by 、 or 和 only: "中国与印尼、泰国" is a party and its partners) */
        int listed = (k > 0 && list_mark(p, pl[k - 1].e, i)) || (k < np && list_mark(p, e, pl[k].s));
        if (!listed)
            continue;
        memmove(pl + k + 1, pl + k, (np - k) * sizeof *pl);
        pl[k] = (MetricsPlace){i, e, "china"};
        np++;
        i = e - 1;
    }
    return np;
}

void lists_places(const Metrics *m, const char *p, size_t n, size_t ss, size_t se, ListClaim *v, size_t k)
{
    (void)n;
    zh_change_years(p, ss, se, v, k);
    change_years(p, v, k);
    /* "由上年的19.4%提升至21.2%": the year before the other's (zhprior.h) */
    zhprior_years(p, ss, v, k);
    /* "a year earlier", "two years ago": the year before the figure it is
     * compared with, or as many years before; "ago" dated by the
     * document's date already counts from the telling (classify.h) */
    for (size_t i = 0; i < k; i++)
        if (v[i].prev_year_of && v[v[i].prev_year_of - 1].c.year &&
            !(v[i].back_ago && v[i].c.year_from == YEAR_FROM_DATE)) {
            v[i].c.year = v[v[i].prev_year_of - 1].c.year - (v[i].years_back ? v[i].years_back : 1);
            v[i].c.month = 0;
            if (v[i].c.year_from == YEAR_OWN)
                classify_year_from(&v[i].c, YEAR_FROM_COMPARED);
        }
    /* "respectively" (分别): a run of k figures, a run of k places */
    /* (the word asked only where an r stands, found eight bytes at a time) */
    int resp = 0;
    const unsigned char *u = (const unsigned char *)p;
    size_t lim = se >= ss + 12 ? se - 11 : ss;
    for (size_t t = tw_find2(u, ss, lim, 'r', 'R'); t < lim && !resp; t = tw_find2(u, t + 1, lim, 'r', 'R'))
        resp = !strncasecmp(p + t, "respectively", 12);
    if (!resp && se > ss)
        resp = holds_zh(p, ss, se, "分别");
    if (!resp || k < 2)
        return;
    respectively_years(p, ss, se, v, k);
    if (!m)
        return;
    MetricsPlace pl[32];
    size_t np = metrics_places(m, p, ss, se, pl, 32);
    np = with_china_listed(p, ss, se, pl, np, 32);
    size_t first[32], len[32];
    size_t nr = place_runs(p, pl, np, first, len, 32);
    for (size_t i = 0; i < k;) {
        size_t j = run_end(p, se, v, k, i);
        size_t g = j - i;
        for (size_t r = 0; g >= 2 && r < nr; r++) {
            /* (the partners a flow goes to are not its places: "对东盟、
             * 中东、非洲分别出口" are China's exports) */
            size_t a = pl[first[r]].s;
            /* (nor are "imports from Taiwan and Singapore": partner.h) */
            if (len[r] != g || (a >= ss + 3 && (!memcmp(p + a - 3, "对", 3) || !memcmp(p + a - 3, "向", 3))) ||
                partner_named(p, ss, se, a, pl[first[r]].e))
                continue;
            for (size_t t = 0; t < g; t++) {
                Claim *c = &v[i + t].c;
                strcut(c->scope, sizeof c->scope, pl[first[r] + t].id);
                if (!strstr(c->context, "respectively"))
                    classify_said(c, "scope", "the respectively-list");
            }
            break;
        }
        i = j;
    }
}
