/* aspect.c — a part of a population, an aim (see aspect.h). */
#include "aspect.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "measure.h"
#include "metrics.h"
#include "textserial.h"
#include "textwalk.h"
#include "unit.h"

/* Does a clause end at doc[i]: , ; : (not a comma between digits,
 * "1,200"), or ，；：。 */
static size_t mark_len(const char *doc, size_t i, size_t se)
{
    char ch = doc[i];
    if (ch == ';' || ch == ':')
        return 1;
    /* (a dash between blanks: "a third of Kenyans are offline - most of
     * them in rural areas") */
    if (ch == '-' && i > 0 && doc[i - 1] == ' ' && i + 1 < se && doc[i + 1] == ' ')
        return 1;
    if (ch == ',')
        return i > 0 && i + 1 < se && doc[i - 1] >= '0' && doc[i - 1] <= '9' && doc[i + 1] >= '0' &&
                       doc[i + 1] <= '9'
                   ? 0
                   : 1;
    /* (each mark below opens on a byte past ASCII) */
    if ((unsigned char)ch < 0x80)
        return 0;
    static const char *const zh[] = {"，", "；", "：", "。", "—", "–", NULL};
    for (int k = 0; zh[k]; k++)
        if (i + 3 <= se && !memcmp(doc + i, zh[k], 3))
            return 3;
    return 0;
}

/* Can a clause's mark open at the byte ch (mark_len asked only there)? */
static int may_mark(char ch)
{
    /* (one look a byte: the ASCII marks, and every byte from 0x80) */
#define MARKS_HIGH8(b) [b] = 1, [b + 1] = 1, [b + 2] = 1, [b + 3] = 1, [b + 4] = 1, [b + 5] = 1, [b + 6] = 1, [b + 7] = 1
#define MARKS_HIGH32(b) MARKS_HIGH8(b), MARKS_HIGH8(b + 8), MARKS_HIGH8(b + 16), MARKS_HIGH8(b + 24)
    static const unsigned char opens[256] = {[','] = 1, [';'] = 1, [':'] = 1, ['-'] = 1, MARKS_HIGH32(0x80),
                                             MARKS_HIGH32(0xA0), MARKS_HIGH32(0xC0), MARKS_HIGH32(0xE0)};
#undef MARKS_HIGH32
#undef MARKS_HIGH8
    return opens[(unsigned char)ch];
}

/* Is the mark at doc[i] a dash ("-" between blanks, an en or em dash)? */
static int is_dash(const char *doc, size_t i, size_t se)
{
    if (doc[i] == '-')
        return mark_len(doc, i, se) == 1;
    return i + 3 <= se && (!memcmp(doc + i, "\xE2\x80\x94", 3) || !memcmp(doc + i, "\xE2\x80\x93", 3));
}

/* The first mark at or after doc[i], or se. */
static size_t next_mark(const char *doc, size_t i, size_t se)
{
    for (; i < se; i++)
        if (may_mark(doc[i]) && mark_len(doc, i, se))
            return i;
    return se;
}

void aspect_clause(const char *doc, size_t ss, size_t se, const Claim *c, size_t *cs, size_t *ce)
{
    size_t a = c->start < ss ? ss : c->start, b = c->end > se ? se : c->end;
    *cs = ss;
    size_t marks = 0, first = ss, open = ss;
    for (size_t i = ss; i < a; i++) {
        if (!may_mark(doc[i]))
            continue;
        size_t l = mark_len(doc, i, se);
        if (l) {
            *cs = i + l;
            open = i;
            if (!marks++)
                first = i;
        }
    }
    /* a short opening phrase with no figure speaks for the clause after
     * it: "In urban areas, 81 per cent of people use the Internet" */
    if (marks == 1 && first - ss <= 60) {
        int fig = 0;
        for (size_t i = ss; i < first && !fig; i++)
            fig = doc[i] >= '0' && doc[i] <= '9';
        if (!fig)
            *cs = ss;
    }
    *ce = next_mark(doc, b, se);
    /* a pair of dashes sets an apposition apart, and the clause goes on
     * after it: "25% of the population - 287 million people - were using
     * mobile internet" (each figure's clause reads on to the predicate) */
    if (*ce < se && is_dash(doc, *ce, se)) {
        size_t next = next_mark(doc, *ce + mark_len(doc, *ce, se), se);
        if (marks && *cs > ss && is_dash(doc, open, se))
            *ce = next; /* (the figure is the apposition) */
        else if (next < se && is_dash(doc, next, se))
            *ce = next_mark(doc, next + mark_len(doc, next, se), se);
    }
    /* (a clause too long for one line's cues: the words around the figure) */
    if (*ce - *cs > METRICS_LINE_MAX) {
        size_t half = METRICS_LINE_MAX / 2 - 8;
        size_t lo = a > *cs + half ? a - half : *cs, hi = b + half < *ce ? b + half : *ce;
        while (lo < a && doc[lo] != ' ')
            lo++;
        while (hi > b && doc[hi - 1] != ' ')
            hi--;
        *cs = lo, *ce = hi;
    }
}

/* Append ", " or "; " and s to c's context, as far as it fits. */
static void say(Claim *c, const char *s)
{
    size_t l = strlen(c->context), cap = sizeof c->context;
    if (l + (l ? 2 : 0) + strlen(s) >= cap)
        return; /* (a clause cut short would say another thing) */
    if (l)
        memcpy(c->context + l, "; ", 2), l += 2;
    memcpy(c->context + l, s, strlen(s) + 1);
}

/* Does t[from, to) hold a digit? */
static int digits(const char *t, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (t[i] >= '0' && t[i] <= '9')
            return 1;
    return 0;
}

/* Does a letter follow a digit in t[from, to): another figure with its
 * words ("70 per cent of men and 65 per cent of women"), not a row's
 * label and the figures before this one ("Rural internet users
 * (million)  309  284  326")? */
static int words_after_figure(const char *t, size_t from, size_t to)
{
    int digit = 0;
    for (size_t i = from; i < to; i++) {
        if (t[i] >= '0' && t[i] <= '9')
            digit = 1;
        else if (digit && (t[i] | 32) >= 'a' && (t[i] | 32) <= 'z')
            return 1;
    }
    return 0;
}

/* Does t[from, to) hold w (" of ")? */
static int has_word(const char *t, size_t from, size_t to, const char *w)
{
    size_t l = strlen(w);
    for (size_t i = from; i + l <= to; i++)
        if (!memcmp(t + i, w, l))
            return 1;
    return 0;
}

/* Does t[from, to), between a part's cue and a figure after it, lead
 * from another figure to it: " from " before its first digit, " to " after
 * its last ("rose from 2% in 2010 to about ")? */
static int from_to(const char *t, size_t from, size_t to)
{
    size_t d0 = from, d1 = to;
    while (d0 < to && !(t[d0] >= '0' && t[d0] <= '9'))
        d0++;
    while (d1 > from && !(t[d1 - 1] >= '0' && t[d1 - 1] <= '9'))
        d1--;
    return d0 < d1 && has_word(t, from, d0, " from ") && has_word(t, d1, to, " to ");
}

/* Is the part cue lc->cues[i] joined to another part by "+", "&", "/",
 * "and", 和 or 与 alone ("Urban+Rural", "urban and rural"): the two
 * together, the whole? */
static int joined_parts(const LineCues *lc, size_t i)
{
    const LineCue *k = &lc->cues[i];
    for (size_t j = 0; j < lc->nc; j++) {
        const LineCue *o = &lc->cues[j];
        if (j == i || o->kind != MC_PART || o->role != MC_CUE || !strcmp(o->id, k->id))
            continue;
        size_t a = k->e <= o->s ? k->e : o->e, b = k->e <= o->s ? o->s : k->s;
        if (a > b || b - a > 6)
            continue;
        char gap[8] = "";
        size_t n = 0;
        for (size_t x = a; x < b; x++)
            if (lc->text[x] != ' ')
                gap[n++] = lc->text[x];
        gap[n] = '\0';
        if (!strcmp(gap, "+") || !strcmp(gap, "&") || !strcmp(gap, "/") || !strcmp(gap, "-") ||
            !strcmp(gap, "and") || !strcmp(gap, "和") || !strcmp(gap, "与") || !strcmp(gap, "、"))
            return 1;
    }
    return 0;
}

/* Does the clause name a word its part row forbids: the whole's ("loans
 * and investment", "loans and FDI"), not the part's alone? */
static int part_forbidden(const LineCues *lc, const LineCue *k)
{
    for (size_t j = 0; j < lc->nc; j++)
        if (lc->cues[j].kind == MC_PART && lc->cues[j].role == MC_FORBID && lc->cues[j].rule == k->rule)
            return 1;
    return 0;
}

/* The figure nearest before doc[at] in doc[ss, at), not a year ("63" in
 * "supplied technology to 63 countries, 36 of which ..."), into out; ""
 * when there is none. */
static void whole_before(const char *doc, size_t ss, size_t at, char *out, size_t cap)
{
    out[0] = '\0';
    size_t i = at;
    while (i > ss) {
        if (!(doc[i - 1] >= '0' && doc[i - 1] <= '9')) {
            i--;
            continue;
        }
        size_t e = i, b = i;
        while (b > ss && ((doc[b - 1] >= '0' && doc[b - 1] <= '9') ||
                          (doc[b - 1] == ',' && b - 1 > ss && doc[b - 2] >= '0' && doc[b - 2] <= '9')))
            b--;
        int year = e - b == 4 && (doc[b] == '1' || doc[b] == '2') && (doc[b + 1] == '9' || doc[b + 1] == '0');
        if (!year && e - b < cap) {
            memcpy(out, doc + b, e - b);
            out[e - b] = '\0';
            return;
        }
        i = b;
    }
}

/* Does a word that points back at a set stand right before doc[at]:
 * "All five economies have signed", "these 12 countries", "those 9"? */
static int set_pointed(const char *doc, size_t ss, size_t at)
{
    static const char *const words[] = {"all", "these", "those", NULL};
    size_t ws, wl = tw_word_before((const unsigned char *)doc, at, &ws);
    return wl && ws >= ss && tw_win((const unsigned char *)doc + ws, wl, words);
}

/* Does doc[ss, se) name a set of countries pointed back at, "these 41
 * countries", "those nine economies" (a word or a figure between)? */
static int names_pointed_set(const char *doc, size_t ss, size_t se)
{
    static const char *const nouns[] = {"countries", "economies", "nations", NULL};
    for (size_t i = ss; i + 6 < se; i++) {
        if ((i > ss && ascii_isalpha(doc[i - 1])) ||
            (strncasecmp(doc + i, "these ", 6) && strncasecmp(doc + i, "those ", 6)))
            continue;
        size_t a = i + 6, b = a;
        while (b < se && doc[b] != ' ')
            b++;
        if (b == a || b - a > 12 || !(ascii_isdigit(doc[a]) || ascii_isalpha(doc[a])))
            continue;
        for (int k = 0; nouns[k]; k++) {
            size_t l = strlen(nouns[k]);
            if (b + 1 + l <= se && !strncmp(doc + b + 1, nouns[k], l) &&
                (b + 1 + l == se || !ascii_isalpha(doc[b + 1 + l])))
                return 1;
        }
    }
    return 0;
}

/* names_pointed_set kept for the sentence: each of its sums asks. */
static int pointed_set_in(const char *doc, size_t ss, size_t se)
{
    static _Thread_local SpanKey key;
    static _Thread_local int named;
    if (!spankey_same(&key, doc, ss, se))
        named = names_pointed_set(doc, ss, se);
    return named;
}

/* A count of countries that is a part of a set counted before it in its
 * sentence ("63 countries, 36 of which had signed up to the Belt and
 * Road"), or a set pointed back at ("All five economies have signed a
 * memorandum", "these 41 countries"): the metric's words name what the
 * set's countries did, but the figure counts them, not all the metric
 * counts: "part: a subset of 63", "part: a subset". A sum (a metric in
 * money) in a set pointed back at is "part: a subset of countries". */
static void mark_subset(const Metrics *m, Claim *c, const char *doc, size_t ss, size_t se)
{
    const char *u = metrics_unit(m, c->metric);
    if (!u)
        return;
    /* a sum in a set pointed back at: "finance for digital infrastructure
     * in these 41 countries totals about US$14 billion" */
    if (strcmp(u, "countries")) {
        if (unit_is_money(u) && pointed_set_in(doc, ss, se))
            say(c, CLAIM_PART CLAIM_PART_SUBSET " of countries");
        return;
    }
    if (set_pointed(doc, ss, c->start)) {
        say(c, CLAIM_PART CLAIM_PART_SUBSET);
        return;
    }
    /* (the whole's figure in the same sentence: "Seventeen of them have
     * signed" after a sentence on the Belt and Road's partners counts all
     * the signers) */
    if (!measure_part_pronoun(doc, se, c->end))
        return;
    char whole[24], s[64];
    whole_before(doc, ss, c->start, whole, sizeof whole);
    if (!whole[0])
        return;
    snprintf(s, sizeof s, "%s%s of %s", CLAIM_PART, CLAIM_PART_SUBSET, whole);
    say(c, s);
}

void aspect_mark(const Metrics *m, Claim *c, const char *doc, size_t ss, size_t se)
{
    if (!m || !c->metric[0] || c->start >= c->end)
        return;
    mark_subset(m, c, doc, ss, se);
    size_t cs, ce;
    aspect_clause(doc, ss, se, c, &cs, &ce);
    /* (an aim's cue says an aim of any figure, a part's a part of a
     * people's: a clause holding neither is read no further) */
    int parted = metrics_may_part(m, c->metric), aim = 0;
    if (!metrics_may_cue(m, doc, cs, ce, 1u << MC_AIM | (parted ? 1u << MC_PART : 0)))
        return;
    static _Thread_local LineCues lc;
    if (!metrics_line_cues(m, doc, cs, ce, 0, &lc))
        return;
    const char *part = NULL;
    size_t best = (size_t)-1, at = c->start - cs, to = c->end - cs;
    for (size_t i = 0; i < lc.nc; i++) {
        const LineCue *k = &lc.cues[i];
        if (k->role != MC_CUE)
            continue;
        /* (not a word of the figure itself) */
        if (k->s < to && k->e > at)
            continue;
        /* an aim is the figure's when no other figure stands between
         * them, nor, after it, beyond the cue: "a target of 50%", "50%
         * is the goal"; not "24.4% against a target of 30%" */
        if (k->kind == MC_AIM)
            aim |= k->e <= at ? !digits(lc.text, k->e, at) : !digits(lc.text, to, lc.n);
        /* a part is the figure's when no other figure stands between
         * them in words: "70 per cent of men and 65 per cent of women"
         * (a row's figures after its label are its own); first the one
         * its "of" or "among" names, then the nearest */
        if (k->kind == MC_PART && parted && metrics_part_fits(m, k->rule, c->metric) && !joined_parts(&lc, i) &&
            !part_forbidden(&lc, k)) {
            size_t ga = k->e <= at ? k->e : to, gb = k->e <= at ? at : k->s;
            /* (a row's label before its figures: "Rural  56.3  58.6",
             * "Rural internet penetration (%)  55.9  57.6"; but the end of a
             * change its part goes through is the part's: "mobile internet
             * penetration rose from 2% in 2010 to about 15%") */
            if (words_after_figure(lc.text, ga, gb) && !(k->e <= at && from_to(lc.text, ga, gb)))
                continue;
            size_t d = gb - ga;
            if (k->s >= to && d <= 24 && (has_word(lc.text, ga, gb, " of ") || has_word(lc.text, ga, gb, " among ")))
                d = 0;
            if (d < best)
                best = d, part = k->id;
        }
    }
    if (part) {
        char s[80] = CLAIM_PART;
        strncat(s, part, sizeof s - strlen(s) - 1);
        say(c, s);
    }
    if (aim)
        say(c, CLAIM_AIM);
}
