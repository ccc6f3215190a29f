/* topicplace.c — the place a sentence without a figure sets its paragraph
 * in (see topicplace.h). */
#include "topicplace.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "metrics.h"
#include "phrase.h"
#include "sentence.h"
#include "speakers.h"

/* (how far back a paragraph's sentences are read) */
#define TOPICPLACE_BACK 4000

/* p[i, e) opens with the word w (any case), whole: where it ends, else 0. */
static size_t word_at(const char *p, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    if (i + l > e || strncasecmp(p + i, w, l) || (i + l < e && ascii_isalpha((unsigned char)p[i + l])))
        return 0;
    return i + l;
}

/* "'s" or "’s" at p[i]: its length, else 0. */
static size_t possessive(const char *p, size_t i, size_t e)
{
    if (i + 2 <= e && p[i] == '\'' && p[i + 1] == 's' && (i + 2 == e || !ascii_isalpha((unsigned char)p[i + 2])))
        return 2;
    if (i + 4 <= e && !memcmp(p + i, "\xE2\x80\x99s", 4) && (i + 4 == e || !ascii_isalpha((unsigned char)p[i + 4])))
        return 4;
    return 0;
}

/* The place named at p[k, e) by its own name, a cue of it ("Southeast
 * Asia", "Kenya", "Chile's"): its id and where the name ends; NULL when
 * none starts at k. A people's word ("Chinese", "Kenyan") or another
 * alias ("the US") is not the place's own name: it names an origin as
 * often as a place. Nor is a name that is no cue: China, the actor of
 * most sentences here ("China launched the Digital Silk Road in 2015"),
 * and a capital standing for its government ("Beijing pressed ..."). */
static const char *name_at(const Metrics *m, const char *p, size_t k, size_t e, size_t *end)
{
    MetricsPlace pl[4];
    size_t lim = e < k + 120 ? e : k + 120;
    if (!metrics_place_may_open(m, p, k, lim))
        return NULL;
    size_t np = metrics_places(m, p, k, lim, pl, 4);
    if (!np || pl[0].s != k)
        return NULL;
    size_t l = pl[0].e - pl[0].s;
    if ((strlen(pl[0].id) == l && !strncasecmp(p + k, pl[0].id, l)) || possessive(p, pl[0].e, e) ||
        !strcmp(pl[0].id, "global")) {
        *end = pl[0].e;
        return pl[0].id;
    }
    return NULL;
}

/* Does p[s, e) state a figure: a digit outside a year ("In 2015, ..."
 * states none)? */
static int has_figure(const char *p, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++) {
        if (p[i] < '0' || p[i] > '9')
            continue;
        size_t d = i;
        while (i < e && p[i] >= '0' && p[i] <= '9')
            i++;
        int year = i - d == 4 && (p[d] == '1' || p[d] == '2') && (d == s || !(p[d - 1] == '.' || p[d - 1] == ',')) &&
                   (i == e || !(p[i] == '.' || p[i] == ',' || p[i] == '%') || i + 1 == e || p[i + 1] == ' ' ||
                    p[i + 1] == '\n');
        if (!year)
            return 1;
    }
    return 0;
}

/* A run-in heading of places before a paragraph's first sentence,
 * "Lahore, Pakistan.", "Guayaquil and Quito, Ecuador.": names alone (a
 * word not known as a place may stand among them, a city), joined by
 * commas and "and", ended by a full stop, the last known and all known
 * ones one place: its id, else NULL. */
static const char *run_in_heading(const Metrics *m, const char *p, size_t s, size_t e)
{
    size_t te = e;
    while (te > s && (p[te - 1] == ' ' || p[te - 1] == '\n'))
        te--;
    if (te - s > 60 || te <= s || p[te - 1] != '.')
        return NULL;
    te--;
    const char *id = NULL, *last = NULL;
    for (size_t i = s; i < te;) {
        if (!ascii_isupper((unsigned char)p[i]))
            return NULL;
        size_t pe = 0;
        const char *got = name_at(m, p, i, te, &pe);
        if (got) {
            if (id && strcmp(id, got))
                return NULL;
            id = last = got;
        } else {
            /* (a name not known: one capitalised word) */
            pe = i;
            while (pe < te && ascii_isalpha((unsigned char)p[pe]))
                pe++;
            last = NULL;
        }
        i = pe;
        if (i < te && p[i] == ',')
            i++;
        while (i < te && p[i] == ' ')
            i++;
        size_t a = word_at(p, i, te, "and");
        if (a && a < te && p[a] == ' ')
            i = a + 1;
        if (i == pe && i < te)
            return NULL;
    }
    return last;
}

/* A Chinese sentence's opening place: the place it opens with, after 在
 * or nothing, as its subject or frame ("肯尼亚国家数据中心项目位于内罗毕。",
 * "在老挝，…"); not China, the actor of most sentences here, nor 我国. */
static const char *zh_opening(const Metrics *m, const char *p, size_t s, size_t e)
{
    /* (its ideographic indent) */
    while (s + 3 <= e && !memcmp(p + s, "\xE3\x80\x80", 3))
        s += 3;
    if (s + 3 <= e && !memcmp(p + s, "在", 3))
        s += 3;
    MetricsPlace pl[1];
    if (metrics_places(m, p, s, e, pl, 1) != 1 || pl[0].s != s || !strcmp(pl[0].id, "china") ||
        !strcmp(pl[0].id, "global"))
        return NULL;
    return pl[0].id;
}

const char *topicplace_opening(const Metrics *m, const char *p, size_t s, size_t e)
{
    static const char *const worldwide[] = {"globally", "worldwide", NULL};
    static const char *const frames[] = {"in", "across", "throughout", "within", "elsewhere in", "as for", "turning to",
                                         "for", NULL};
    /* (a word that moves the talk on first: "Now for Kenya
     * specifically.", "And in Ghana, ...") */
    static const char *const moves[] = {"now", "and", "but", "meanwhile", "then", NULL};
    while (s < e && (p[s] == ' ' || p[s] == '\n' || p[s] == '"' || p[s] == '(' || p[s] == '*' || p[s] == '-'))
        s++;
    if (s < e && (unsigned char)p[s] >= 0xE3 && (unsigned char)p[s] <= 0xE9)
        return zh_opening(m, p, s, e);
    if (s >= e || !ascii_isupper((unsigned char)p[s]))
        return NULL;
    /* (a transcript's turn opens with its speaker's label, which names a
     * person, not a place: "KWAME ASANTE: And in Ghana it's better") */
    size_t ls, le, text = speakers_label_end(p, s, e, &ls, &le), pe0;
    if (text > s && text < e && !name_at(m, p, ls, le, &pe0)) {
        s = text;
        if (!ascii_isupper((unsigned char)p[s]))
            return NULL;
    }
    for (int k = 0; moves[k]; k++) {
        size_t w = word_at(p, s, e, moves[k]);
        if (w && w + 1 < e && (p[w] == ' ' || p[w] == ',')) {
            w += p[w] == ',';
            while (w < e && p[w] == ' ')
                w++;
            if (w < e && (ascii_isupper((unsigned char)p[w]) || ascii_islower((unsigned char)p[w])))
                s = w;
            break;
        }
    }
    const char *heading = run_in_heading(m, p, s, e);
    if (heading)
        return heading;
    for (int k = 0; worldwide[k]; k++) {
        size_t w = word_at(p, s, e, worldwide[k]);
        if (w && w < e && (p[w] == ',' || p[w] == ' '))
            return "global";
    }
    size_t k = s;
    int framed = 0;
    for (int f = 0; frames[f] && !framed; f++) {
        size_t w = word_at(p, s, e, frames[f]);
        if (w && w < e && p[w] == ' ')
            k = w + 1, framed = 1;
    }
    size_t t = word_at(p, k, e, "the");
    if (t && t < e && p[t] == ' ')
        k = t + 1;
    if (k >= e || !(ascii_isupper((unsigned char)p[k]) || (framed && ascii_islower((unsigned char)p[k]))))
        return NULL;
    size_t pe = 0;
    const char *id = name_at(m, p, k, e, &pe);
    if (!id)
        return NULL;
    /* what follows the name: a list of places ("Thailand and Laos",
     * "Kenya, Uganda and ...") holds no one place; a capitalised word
     * goes on with a name ("Kenya Power", "China Mobile") */
    size_t i = pe + possessive(p, pe, e);
    if (i < e && p[i] == ',')
        i++;
    while (i < e && (p[i] == ' ' || p[i] == '\n'))
        i++;
    size_t a = word_at(p, i, e, "and");
    if (!a)
        a = word_at(p, i, e, "or");
    if (a) {
        while (a < e && (p[a] == ' ' || p[a] == '\n'))
            a++;
        if (a < e && ascii_isupper((unsigned char)p[a]))
            return NULL;
    }
    if (i < e && ascii_isupper((unsigned char)p[i]) && !(p[pe] == ',' || possessive(p, pe, e))) {
        size_t nx = 0;
        if (name_at(m, p, i, e, &nx) || !framed)
            return NULL;
    }
    if (i < e && ascii_isupper((unsigned char)p[i]) && p[pe] == ',') {
        size_t nx = 0;
        if (name_at(m, p, i, e, &nx))
            return NULL;
    }
    return id;
}

/* Does p[s, e) deny what it says ("Kenya is not unique.", "... isn't
 * ...", "no longer")? It then sets no scene. */
static int negated(const char *p, size_t s, size_t e)
{
    for (size_t i = s; i + 3 <= e; i++) {
        if (i > s && ascii_isalpha((unsigned char)p[i - 1]))
            continue;
        if ((word_at(p, i, e, "not") || word_at(p, i, e, "no") || word_at(p, i, e, "never")))
            return 1;
        if (i + 3 <= e && (!strncmp(p + i, "n't", 3) || !strncmp(p + i, "n\xE2\x80\x99t", 5)))
            return 1;
    }
    /* ("isn't": the n't inside a word) */
    for (size_t i = s; i + 3 <= e; i++)
        if (p[i] == 'n' && (p[i + 1] == '\'' || (unsigned char)p[i + 1] == 0xE2) && i > s && ascii_isalpha((unsigned char)p[i - 1]) &&
            (p[i + 1] == '\'' ? p[i + 2] == 't' : i + 4 < e && p[i + 4] == 't'))
            return 1;
    return 0;
}

/* Does p[s, e) name more than one place (the world aside)? */
static int several_places(const Metrics *m, const char *p, size_t s, size_t e)
{
    MetricsPlace pl[8];
    size_t np = metrics_places(m, p, s, e, pl, 8);
    const char *one = NULL;
    for (size_t k = 0; k < np; k++) {
        if (!strcmp(pl[k].id, "global") && k > 0)
            continue;
        if (one && strcmp(one, pl[k].id))
            return 1;
        one = pl[k].id;
    }
    return 0;
}

/* (a span of TOPICPLACE_BACK bytes holds at most that many sentences) */
typedef struct Span {
    size_t s, e;
} Span;

/* Does the sentence p[s, e) set a place, and which? The cheap tests
 * first: most sentences open with no place, and the reading of every
 * place the sentence names (several_places) is asked only of those that
 * do. */
static const char *sets_place(const Metrics *m, const char *p, size_t s, size_t e)
{
    if (has_figure(p, s, e))
        return NULL;
    const char *id = topicplace_opening(m, p, s, e);
    return id && !negated(p, s, e) && !several_places(m, p, s, e) ? id : NULL;
}

const char *topicplace_last(const Metrics *m, const char *doc, size_t n, size_t from, size_t to)
{
    static _Thread_local Span sp[TOPICPLACE_BACK + 1];
    if (to > n)
        to = n;
    if (to > from + TOPICPLACE_BACK)
        from = to - TOPICPLACE_BACK;
    /* the sentences in order, then read from the last: the first that
     * sets a place is the last one that does */
    size_t ns = 0, pos = from;
    while (pos < to) {
        while (pos < to && (doc[pos] == ' ' || doc[pos] == '\n' || doc[pos] == '\r' || doc[pos] == '\t'))
            pos++;
        if (pos >= to)
            break;
        size_t ss, se;
        sentence_bounds(doc, n, pos, pos + 1, &ss, &se);
        if (se <= pos)
            se = pos + 1;
        if (se > to)
            se = to;
        sp[ns].s = pos, sp[ns].e = se, ns++;
        pos = se;
    }
    while (ns > 0) {
        ns--;
        const char *id = sets_place(m, doc, sp[ns].s, sp[ns].e);
        if (id)
            return id;
    }
    return NULL;
}
