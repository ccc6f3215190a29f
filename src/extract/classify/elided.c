/* elided.c — the noun a figure leaves unsaid (see elided.h). */
#include "elided.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "asciiword.h"
#include "quantity.h"
#include "textwalk.h"

/* A counted noun (not money, a share, points or a multiplier). */
static int counted(const char *u)
{
    return u[0] >= 'a' && u[0] <= 'z' && strcmp(u, "pp") && strcmp(u, "bps") && strcmp(u, "x");
}

/* The word before the figure at p[start), past up to three words of a
 * hedge ("more than", "at least", "about"). */
static size_t word_before_hedge(const char *p, size_t ss, size_t start, size_t *ws)
{
    static const char *const hedges[] = {"about", "around", "nearly", "roughly", "some", "just", "almost", "only",
                                         "approximately", "than", "more", "less", "over", "under", "least", "at",
                                         "fewer", NULL};
    size_t wl = aw_word_before(p, ss, start, ws);
    for (int n = 0; n < 3 && wl; n++) {
        int hedge = 0;
        for (int k = 0; hedges[k] && !hedge; k++)
            hedge = aw_is(p, *ws, wl, hedges[k]);
        if (!hedge)
            break;
        wl = aw_word_before(p, ss, *ws, ws);
    }
    return wl;
}

/* Claims looked back over, and bytes between two figures read: bounds
 * that keep a sentence of many figures (a 100 MB line) linear. */
#define LOOK_BACK 16
#define GAP_MAX 400

/* The nearest claim before v[i] that counts a noun, or -1. */
static long counted_before(const ListClaim *v, size_t i)
{
    for (size_t j = i; j-- > 0 && i - j <= LOOK_BACK;)
        if (counted(v[j].c.unit))
            return (long)j;
    return -1;
}

/* "of which 41", "of whom 3,480": the words before the figure. */
static int part_before(const char *p, size_t ss, size_t start)
{
    size_t ws, wl = word_before_hedge(p, ss, start, &ws);
    if (!(aw_is(p, ws, wl, "which") || aw_is(p, ws, wl, "whom") || aw_is(p, ws, wl, "them") || aw_is(p, ws, wl, "these") ||
          aw_is(p, ws, wl, "those")))
        return 0;
    size_t os, ol = aw_word_before(p, ss, ws, &os);
    return aw_is(p, os, ol, "of");
}

/* "41 of them", "29 of these": the words after the figure. */
static int part_after(const char *p, size_t end, size_t limit)
{
    size_t a = end;
    while (a < limit && ascii_isgap((unsigned char)p[a]))
        a++;
    size_t b = a;
    while (b < limit && ascii_isalpha((unsigned char)p[b]))
        b++;
    if (!aw_is(p, a, b - a, "of"))
        return 0;
    a = b;
    while (a < limit && ascii_isgap((unsigned char)p[a]))
        a++;
    for (b = a; b < limit && ascii_isalpha((unsigned char)p[b]);)
        b++;
    return aw_is(p, a, b - a, "them") || aw_is(p, a, b - a, "these") || aw_is(p, a, b - a, "those");
}

/* The prepositions whose repetition marks a parallel clause. */
static int parallel_word(const char *p, size_t s, size_t l)
{
    static const char *const preps[] = {"with", "in", "across", "to", "among", "for", NULL};
    for (int k = 0; preps[k]; k++)
        if (aw_is(p, s, l, preps[k]))
            return 1;
    return 0;
}

/* Does a breakdown open between the figure before, ending at p[s), and
 * the figure at p[e): a colon or a dash right before the figure, after at
 * most the figure's own noun ("satellites: 6,080", "$8.6 billion - 12")? */
static int breakdown_gap(const char *p, size_t s, size_t e)
{
    size_t k = e;
    while (k > s && ascii_isgap((unsigned char)p[k - 1]))
        k--;
    if (k == s)
        return 0;
    if (p[k - 1] == ':')
        k--;
    else if (p[k - 1] == '-' && k - 1 > s && ascii_isgap((unsigned char)p[k - 2]))
        k--;
    else if (k - s >= 3 && (unsigned char)p[k - 3] == 0xE2 && (unsigned char)p[k - 2] == 0x80 &&
             ((unsigned char)p[k - 1] == 0x93 || (unsigned char)p[k - 1] == 0x94))
        k -= 3;   /* an en or em dash */
    else
        return 0;
    int words = 0;
    for (size_t i = s; i < k; i++) {
        if (!ascii_isalpha((unsigned char)p[i]) && !ascii_isgap((unsigned char)p[i]) && p[i] != '-')
            return 0;
        words += ascii_isalpha((unsigned char)p[i]) && (i == s || !ascii_isalpha((unsigned char)p[i - 1]));
    }
    return words <= 4;
}

/* Does the sentence open with "Of" and the whole v[0] counts ("Of about
 * 38,000 new 5G sites ..."), a comma closing it before v[i]? */
static int of_whole_opening(const char *p, size_t ss, const ListClaim *v, size_t i)
{
    if (i == 0 || !counted(v[0].c.unit))
        return 0;
    size_t t = ss;
    while (t < v[0].c.start && (ascii_isgap((unsigned char)p[t]) || p[t] == '"'))
        t++;
    if (v[0].c.start - t < 3 || strncasecmp(p + t, "of", 2) || !ascii_isgap((unsigned char)p[t + 2]))
        return 0;
    size_t ws, wl = word_before_hedge(p, ss, v[0].c.start, &ws);
    if (aw_is(p, ws, wl, "the"))
        wl = word_before_hedge(p, ss, ws, &ws);
    if (ws != t || v[i].c.start - v[0].c.end > GAP_MAX)
        return 0;
    return memchr(p + v[0].c.end, ',', v[i].c.start - v[0].c.end) != NULL;
}

/* A word that measures a figure against the one after it: "exceeding
 * the target of", "below the target of". */
static int measured_against(const char *p, size_t s, size_t l)
{
    static const char *const w[] = {"exceeding", "exceeded", "exceeds", "surpassing", "surpassed", "beating",
                                    "below", "above", "missing", "missed", "versus", "vs", NULL};
    return tw_win((const unsigned char *)p + s, l, w);
}

/* "11 of its 58 routes", "2,700 of its roughly 11,000 mast sites",
 * "Only 12 of the 41 host countries", "4 of the country's 17
 * provinces": the part before its whole, joined by "of" and at most
 * three words of a determiner, a possessive or a hedge, the whole y
 * counting a noun and no smaller. */
static int whole_after(const char *p, const ListClaim *x, const ListClaim *y)
{
    static const char *const words[] = {"its", "the", "their", "our", "his", "her", "these", "those", "roughly",
                                        "about", "some", "nearly", "around", "almost", "over", "approximately",
                                        "total", "a", NULL};
    if (!counted(y->c.unit) || y->c.value < x->c.value || y->c.start - x->c.end > 80)
        return 0;
    size_t a = x->c.end;
    for (int w = 0; w < 5; w++) {
        while (a < y->c.start && ascii_isgap((unsigned char)p[a]))
            a++;
        size_t b = a;
        while (b < y->c.start && (ascii_isalpha((unsigned char)p[b]) || p[b] == '\''))
            b++;
        if (b == a)
            return w > 0 && a == y->c.start;
        int ok = w == 0 ? aw_is(p, a, b - a, "of") : b - a > 2 && p[b - 1] == 's' && p[b - 2] == '\'';
        for (int k = 0; w > 0 && !ok && words[k]; k++)
            ok = aw_is(p, a, b - a, words[k]);
        if (!ok || w > 3)
            return 0;
        a = b;
    }
    return 0;
}

const char *elided_noun(const char *p, size_t ss, size_t se, const ListClaim *v, size_t k, size_t i,
                        const char **from)
{
    const ListClaim *x = &v[i];
    long j = counted_before(v, i);
    /* (what follows the figure, up to the next one, within the sentence) */
    size_t limit = i + 1 < k ? v[i + 1].c.start : x->c.end + 40;
    if (limit > se)
        limit = se > x->c.end ? se : x->c.end;
    if (i + 1 < k && whole_after(p, x, &v[i + 1])) {
        *from = "the figure it is part of";
        return v[i + 1].c.unit;
    }

    /* a part of a whole: "..., of which 41", "41 of them"; not of a
     * whole that names two nouns ("2,005 reports of incidents, of which
     * 371": reports or incidents?) */
    if (part_before(p, ss, x->c.start) || part_after(p, x->c.end, limit)) {
        *from = "the figure it is part of";
        if (j < 0 || v[j].c.value < x->c.value)
            return NULL;
        /* ("of" one or two words after the whole's figure) */
        size_t t = v[j].c.end;
        for (int w = 0; w < 3 && t < x->c.start; w++) {
            while (t < x->c.start && ascii_isgap((unsigned char)p[t]))
                t++;
            size_t we = t;
            while (we < x->c.start && (ascii_isalpha((unsigned char)p[we]) || p[we] == '-'))
                we++;
            if (we == t)
                break;
            if (w > 0 && aw_is(p, t, we - t, "of"))
                return NULL;
            t = we;
        }
        return v[j].c.unit;
    }
    if (j < 0)
        return NULL;
    const ListClaim *y = &v[j];
    /* a part of the whole the sentence opens with: "Of about 38,000 new
     * sites activated in 2023, Huawei supplied 13,400" */
    if (of_whole_opening(p, ss, v, i) && v[0].c.value >= x->c.value) {
        *from = "the figure it is part of";
        return v[0].c.unit;
    }
    size_t ws, wl = word_before_hedge(p, ss, x->c.start, &ws);

    /* a target or a baseline: "against a target of 2,000" */
    /* (a comma between only before "against": "48,300 households were
     * connected in 2024, against a target of 60,000") */
    /* (or a comparison's word: "412,600 households, exceeding the
     * target of 350,000", "below our original target of 300") */
    if (aw_is(p, ws, wl, "of") && x->c.start - y->c.end <= GAP_MAX && !memchr(p + y->c.end, ';', x->c.start - y->c.end)) {
        size_t ts, tl = aw_word_before(p, ss, ws, &ts), as = ts, al = 0;
        int against = 0;
        for (int w = 0; w < 3 && tl && !against; w++)
            if ((al = aw_word_before(p, ss, as, &as)) != 0)
                against = aw_is(p, as, al, "against") || measured_against(p, as, al);
        if ((aw_is(p, ts, tl, "target") || aw_is(p, ts, tl, "goal") || aw_is(p, ts, tl, "baseline")) &&
            (against || !memchr(p + y->c.end, ',', x->c.start - y->c.end))) {
            *from = "the figure it is measured against";
            return y->c.unit;
        }
    }
    /* the earlier figure of a change given as a share: "1,283
     * engagements, up 37% from 937 in 2022" */
    if (aw_is(p, ws, wl, "from") && i > 0 && (long)i - 1 > j &&
        (!strcmp(v[i - 1].c.unit, "%") || !strcmp(v[i - 1].c.unit, "x"))) {
        *from = ELIDED_COMPARED;
        return y->c.unit;
    }
    /* a breakdown after a colon or a dash, each part smaller than the
     * whole: "12,992 satellites: 6,080 at ...", "$8.6 billion - 12 in" */
    if (i > 0 && x->c.start - v[i - 1].c.end <= GAP_MAX && breakdown_gap(p, v[i - 1].c.end, x->c.start) &&
        y->c.value > x->c.value) {
        *from = "the breakdown";
        return y->c.unit;
    }
    /* a parallel clause: "with 17 countries and ... with 30" */
    if (wl && parallel_word(p, ws, wl)) {
        for (long t = j; t >= 0 && j - t < LOOK_BACK; t--) {
            size_t ys, yl = word_before_hedge(p, ss, v[t].c.start, &ys);
            if (counted(v[t].c.unit) && yl == wl && !strncasecmp(p + ys, p + ws, wl)) {
                *from = "the parallel clause";
                return v[t].c.unit;
            }
        }
    }
    return NULL;
}

/* A list that "followed by", "led by", "including" or "such as" opens,
 * of items that are common nouns each with its number in brackets, runs
 * back from p[at) to it within 240 bytes: "268 loans, followed by
 * national backbones and terrestrial fibre (117), safe-city systems
 * (74)". Only words, blanks, hyphens, commas and earlier items' brackets
 * "(74)" stand between. */
static int opened_list_before(const char *p, size_t at)
{
    size_t lo = at > 240 ? at - 240 : 0, i = at;
    while (i > lo) {
        unsigned char c = (unsigned char)p[i - 1];
        if (c == ')') {
            /* an earlier item's bracket: "(74)" */
            size_t k = i - 1;
            while (k > lo && p[k - 1] >= '0' && p[k - 1] <= '9')
                k--;
            if (k == i - 1 || k == lo || p[k - 1] != '(')
                return 0;
            i = k - 1;
            continue;
        }
        if (!(ascii_isalpha(c) || c == ' ' || c == '-' || c == ',' || c == '\n'))
            return 0;
        if (c == '\n' && i > 1 && p[i - 2] == '\n')
            return 0;   /* (not past the paragraph) */
        if (!ascii_isalpha(c)) {
            i--;
            continue;
        }
        size_t ws, wl = aw_word_before(p, lo, i, &ws);
        if (aw_is(p, ws, wl, "including"))
            return 1;
        if (aw_is(p, ws, wl, "by") || aw_is(p, ws, wl, "as")) {
            size_t vs, vl = aw_word_before(p, lo, ws, &vs);
            if (vl && (aw_is(p, vs, vl, "led") || aw_is(p, vs, vl, "followed") || (aw_is(p, ws, wl, "as") && aw_is(p, vs, vl, "such"))))
                return 1;
        }
        i = ws;
    }
    return 0;
}

int elided_bracket_item(const char *p, size_t start, size_t end)
{
    (void)end;
    if (start < 2 || p[start - 1] != '(')
        return 0;
    /* a name before the bracket: "Akira (89)"; or a common noun in a list
     * an opener leads: "followed by e-government platforms (66)" */
    size_t ws, wl = aw_word_before(p, start > 200 ? start - 200 : 0, start - 1, &ws);
    if (wl && p[ws] >= 'a' && p[ws] <= 'z')
        return opened_list_before(p, ws);
    if (!wl || !(p[ws] >= 'A' && p[ws] <= 'Z'))
        return 0;
    /* a list opened by "led by", "followed by", "including", "such as"
     * before the name: "202 shutdowns in 11 countries, led by Myanmar
     * (85) and India (84)" */
    size_t os, ol = aw_word_before(p, ws > 40 ? ws - 40 : 0, ws, &os);
    if (ol && (aw_is(p, os, ol, "by") || aw_is(p, os, ol, "including") || aw_is(p, os, ol, "as"))) {
        size_t vs, vl = aw_word_before(p, os > 40 ? os - 40 : 0, os, &vs);
        if (aw_is(p, os, ol, "including") || (vl && (aw_is(p, vs, vl, "led") || aw_is(p, vs, vl, "followed") ||
                                                  (aw_is(p, os, ol, "as") && aw_is(p, vs, vl, "such")))))
            return 1;
    }
    /* an earlier "(94 victims": a bracket opening on digits, then a word,
     * on its line or the lines its sentence wraps over */
    size_t lo = start > 200 ? start - 200 : 0;
    for (size_t i = start - 1; i-- > lo;) {
        if (p[i] == '\n' && i > 0 && p[i - 1] == '\n')
            return 0;
        if (p[i] != '(' || !(p[i + 1] >= '0' && p[i + 1] <= '9'))
            continue;
        size_t k = i + 1;
        while (k < start && ((p[k] >= '0' && p[k] <= '9') || p[k] == ','))
            k++;
        if (k < start && p[k] == ' ' && ascii_isalpha((unsigned char)p[k + 1]))
            return 1;
        /* (or an earlier item of the same list: "Myanmar (85) and India (84)") */
        if (k < start && p[k] == ')' && elided_bracket_item(p, i + 1, k))
            return 1;
    }
    return 0;
}

int elided_respective_run(const char *p, size_t n, size_t end)
{
    size_t i = end;
    for (int items = 0; items < 6; items++) {
        size_t b = i;
        while (i < n && (p[i] == ' ' || p[i] == ','))
            i++;
        if (n - i >= 12 && !strncasecmp(p + i, "respectively", 12))
            return 1;
        if (n - i >= 4 && !strncmp(p + i, "and ", 4))
            i += 4;
        else if (n - i >= 3 && !strncmp(p + i, "or ", 3))
            i += 3;
        else if (!memchr(p + b, ',', i - b))
            return 0;   /* (no separator: the run ends) */
        while (i < n && p[i] == ' ')
            i++;
        if (i >= n || !(p[i] >= '0' && p[i] <= '9'))
            return 0;
        while (i < n && ((p[i] >= '0' && p[i] <= '9') ||
                         ((p[i] == '.' || p[i] == ',') && i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '9')))
            i++;
    }
    return 0;
}

int elided_sample(const char *p, size_t eq, char *out, size_t cap)
{
    size_t k = eq;
    while (k > 0 && p[k - 1] == ' ')
        k--;
    if (k < 2 || (p[k - 1] != 'n' && p[k - 1] != 'N') || p[k - 2] != '(')
        return 0;
    size_t o = k - 2;   /* the bracket */
    size_t ws, wl = aw_word_before(p, o > 60 ? o - 60 : 0, o, &ws);
    if (wl > 2 && p[ws + wl - 1] == 's' && qty_noun_kind(p + ws, wl) == NK_COUNT) {
        qty_unit_name(p + ws, wl, out, cap);
        return 1;
    }
    /* the line's first word, a noun in the singular: "Household" */
    size_t ls = o;
    while (ls > 0 && p[ls - 1] != '\n' && o - ls < 200)
        ls--;
    size_t le = ls;
    while (le < o && ascii_isalpha((unsigned char)p[le]))
        le++;
    /* past a caption's label: "Table 1. Household ..." */
    if (aw_is(p, ls, le - ls, "table") || aw_is(p, ls, le - ls, "figure") || aw_is(p, ls, le - ls, "exhibit") ||
        aw_is(p, ls, le - ls, "chart")) {
        while (le < o && !((p[le] == '.' || p[le] == ':') && le + 1 < o && p[le + 1] == ' '))
            le++;
        ls = le + 2;
        for (le = ls; le < o && ascii_isalpha((unsigned char)p[le]);)
            le++;
    }
    if (le <= ls || le - ls < 3 || le - ls > 30 || !(p[ls] >= 'A' && p[ls] <= 'Z') || p[le - 1] == 's')
        return 0;
    char pl[40];
    snprintf(pl, sizeof pl, "%.*ss", (int)(le - ls), p + ls);
    pl[0] = (char)(pl[0] - 'A' + 'a');
    if (qty_noun_kind(pl, strlen(pl)) != NK_COUNT || !qty_is_known_count(pl, strlen(pl)))
        return 0;
    qty_unit_name(pl, strlen(pl), out, cap);
    return 1;
}

/* One word (letters and inner hyphens) at p[i], past blanks: its end, or
 * 0 when none. */
static size_t one_word(const char *p, size_t n, size_t i, size_t *ws)
{
    while (i < n && p[i] == ' ')
        i++;
    *ws = i;
    size_t e = i;
    while (e < n && (ascii_isalpha((unsigned char)p[e]) ||
                     (p[e] == '-' && e > i && e + 1 < n && ascii_isalpha((unsigned char)p[e + 1]))))
        e++;
    return e > i ? e : 0;
}

int elided_parallel_modifier(const char *p, size_t n, size_t xe, size_t ys, size_t ye, const char *unit)
{
    size_t ws, e = one_word(p, n, xe, &ws);
    if (!e || ws == xe)
        return 0;
    size_t cs, ce = one_word(p, n, e, &cs);
    if (!ce || !(aw_is(p, cs, ce - cs, "and") || aw_is(p, cs, ce - cs, "or")))
        return 0;
    while (ce < ys && p[ce] == ' ')
        ce++;
    if (ce != ys)
        return 0;
    /* the next figure's own modifier, then its noun */
    size_t ms, me = one_word(p, n, ye, &ms);
    if (!me || ms == ye)
        return 0;
    size_t ns, ne = one_word(p, n, me, &ns);
    size_t ul = strlen(unit);
    return ne && ne - ns >= ul && !strncasecmp(p + ns, unit, ul);
}
