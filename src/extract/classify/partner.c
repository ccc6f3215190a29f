/* partner.c — a trade partner is not where a trade figure stands (partner.h). */
#include "partner.h"

#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "textserial.h"
#include "textwalk.h"

typedef const unsigned char *Bytes;

/* Is the word w[0, n) one of the lower-case stems, as it is or with an
 * ending of a verb or a noun ("exports", "imported", "exporters",
 * "shipping")? Not any word opening with one: "important",
 * "importance" move nothing. */
static int stem_in(Bytes w, size_t n, const char *const *stems)
{
    static const char *const endings[] = {"", "s", "ed", "er", "ers", "ing", NULL};
    for (size_t k = 0; stems[k]; k++) {
        size_t l = strlen(stems[k]);
        if (n >= l && tw_weq(w, l, stems[k]) && tw_win(w + l, n - l, endings))
            return 1;
    }
    return 0;
}

/* exports, imported, shipments: what moves between a reporter and its
 * partner */
static const char *const moved[] = {"export", "import", "re-export", "shipment", "shipped", NULL};

/* what a partner is to the reporter ("the largest source of", "the top
 * three destinations of", "main supplier", "trading partner") */
static const char *const partner_nouns[] = {"destination", "destinations", "source", "sources", "supplier",
                                            "suppliers", "partner", "partners", "market", "markets", NULL};

/* The word that ends at or before doc[i) within doc[lo, i), across
 * blanks and line breaks: its start in *ws and its length (0: none, or a
 * mark other than a blank stands between, *mark then that byte). */
static size_t word_back(Bytes p, size_t lo, size_t i, size_t *ws, int *mark)
{
    *mark = 0;
    while (i > lo && (p[i - 1] == ' ' || p[i - 1] == '\n' || p[i - 1] == '\t' || p[i - 1] == '\r'))
        i--;
    if (i > lo && !ascii_isalpha(p[i - 1])) {
        *mark = p[i - 1];
        return 0;
    }
    size_t s = i;
    while (s > lo && (ascii_isalpha(p[s - 1]) || (p[s - 1] == '-' && s - 1 > lo && ascii_isalpha(p[s - 2]))))
        s--;
    *ws = s;
    return i - s;
}

/* The word at or after doc[i) within doc[i, hi): its start in *ws and its
 * length; 0 with *mark the byte when a mark other than a blank or a comma
 * comes first (a comma is passed: a list goes on). */
static size_t word_next(Bytes p, size_t i, size_t hi, size_t *ws, int *mark)
{
    *mark = 0;
    while (i < hi && (p[i] == ' ' || p[i] == '\n' || p[i] == '\t' || p[i] == '\r' || p[i] == ','))
        i++;
    if (i < hi && !ascii_isalpha(p[i])) {
        *mark = p[i];
        return 0;
    }
    size_t e = tw_word_end(p, hi, i);
    *ws = i;
    return e - i;
}

/* Does a trader stand just before the word of what moves at p[w]:
 * "China's exports", "Chinese imports", "Kenyan exports"? Its flows are
 * its own, not the document's country's. */
static int trader_before(Bytes p, size_t ss, size_t w)
{
    size_t i = w;
    while (i > ss && (p[i - 1] == ' ' || p[i - 1] == '\n'))
        i--;
    /* a possessive, "'s" or "’s", after a capitalised word */
    if (i >= ss + 3 && p[i - 1] == 's') {
        size_t a = i - 1;
        if (p[a - 1] == '\'')
            a--;
        else if (a >= ss + 4 && !memcmp(p + a - 3, "\xE2\x80\x99", 3))
            a -= 3;
        else
            a = 0;
        size_t s = a;
        while (s > ss && ascii_isalpha(p[s - 1]))
            s--;
        if (a && s < a && p[s] >= 'A' && p[s] <= 'Z')
            return 1;
    }
    /* a people's word, "Chinese", "Kenyan", "Indonesian" */
    static const char *const demonym_ends[] = {"ese", "an", NULL};
    size_t ws;
    int mark;
    size_t l = word_back(p, ss, w, &ws, &mark);
    if (!l || !(p[ws] >= 'A' && p[ws] <= 'Z'))
        return 0;
    for (size_t k = 0; demonym_ends[k]; k++) {
        size_t e = strlen(demonym_ends[k]);
        if (l > e + 2 && tw_weq(p + ws + l - e, e, demonym_ends[k]))
            return 1;
    }
    return 0;
}

/* "exports to China", "imports of telecommunication equipment from
 * China": "to" or "from" before the place (past "the"), and a word of
 * what moves in the few words of its clause before that. */
static int after_to_from(Bytes p, size_t ss, size_t ps)
{
    size_t ws = ps, l = 0;
    int mark;
    /* (past the names before it in a list: "imports from Taiwan and
     * Singapore", "from the Republic of Korea and the Russian
     * Federation": a name's "of" between its capitalized words) */
    int capital_after = 1;
    for (int k = 0; k < 8; k++) {
        l = word_back(p, ss, ws, &ws, &mark);
        if (!l || tw_weq(p + ws, l, "to") || tw_weq(p + ws, l, "from"))
            break;
        int capital = p[ws] >= 'A' && p[ws] <= 'Z';
        if (!(tw_weq(p + ws, l, "and") || tw_weq(p + ws, l, "the") || capital ||
              (tw_weq(p + ws, l, "of") && capital_after)))
            return 0;
        capital_after = capital;
    }
    if (!l || !(tw_weq(p + ws, l, "to") || tw_weq(p + ws, l, "from")))
        return 0;
    for (int k = 0; k < 8; k++) {
        l = word_back(p, ss, ws, &ws, &mark);
        if (!l)
            return 0;
        if (stem_in(p + ws, l, moved))
            return !trader_before(p, ss, ws);
    }
    return 0;
}

/* "were manufactured in China", "originated in China", "made in the
 * United States": a verb of where goods come from, then "in" (past
 * "the") before the place. Where they were made is their origin, not
 * where the figure stands (a country's imports of phones made in China
 * are the importer's). */
static int made_in(Bytes p, size_t ss, size_t ps)
{
    static const char *const made[] = {"made", "manufactured", "produced", "assembled", "originated",
                                       "originating", NULL};
    size_t ws = ps, l;
    int mark;
    /* (a place's cue may hold its "in": "in China") */
    if (!(tw_weq(p + ps, 2, "in") && (p[ps + 2] == ' ' || p[ps + 2] == '\n'))) {
        l = word_back(p, ss, ws, &ws, &mark);
        if (l && tw_weq(p + ws, l, "the"))
            l = word_back(p, ss, ws, &ws, &mark);
        if (!l || !tw_weq(p + ws, l, "in"))
            return 0;
    }
    l = word_back(p, ss, ws, &ws, &mark);
    return l && tw_win(p + ws, l, made);
}

/* Does a word of trade stand in doc[ss, se): what moves, or "trade",
 * "trading", "supplying"? */
static int trade_sentence(Bytes p, size_t ss, size_t se)
{
    static const char *const more[] = {"trade", "trading", "supplying", "supplied", "supplier", "suppliers", NULL};
    /* (the last sentence's answer: its claims, and each place it names
     * for each of them, ask again) */
    static _Thread_local SpanKey key;
    static _Thread_local int kept;
    if (spankey_same(&key, (const char *)p, ss, se))
        return kept;
    kept = 0;
    /* (a word is compared only when it opens with a letter a stem or a
     * word of the lists opens with) */
    uint32_t opens = 0;
    for (int k = 0; moved[k]; k++)
        opens |= 1u << (moved[k][0] & 31);
    for (int k = 0; more[k]; k++)
        opens |= 1u << (more[k][0] & 31);
    for (size_t i = ss; i < se;) {
        if (!ascii_isalpha(p[i])) {
            i++;
            continue;
        }
        size_t e = tw_word_end(p, se, i);
        if ((opens >> (p[i] & 31) & 1) && (i == ss || !ascii_isalpha(p[i - 1])) &&
            (stem_in(p + i, e - i, moved) || tw_win(p + i, e - i, more)))
            return kept = 1;
        i = e > i ? e : i + 1;
    }
    return 0;
}

/* "Singapore, China and the United States were the top three
 * destinations", "China was the largest source": past the rest of a list
 * of names, a verb of being, then within a few words a partner's noun. */
static int subject_of_partner(Bytes p, size_t pe, size_t se)
{
    static const char *const being[] = {"was", "were", "is", "are", "remained", "remains", "remain", "became",
                                        "becomes", "become", NULL};
    size_t i = pe, ws;
    int mark;
    int k = 0;
    for (; k < 10; k++) {
        size_t l = word_next(p, i, se, &ws, &mark);
        if (!l)
            return 0;
        i = ws + l;
        if (tw_win(p + ws, l, being))
            break;
        /* (the rest of the list: "and", "the", a name) */
        if (!(tw_weq(p + ws, l, "and") || tw_weq(p + ws, l, "the") || (p[ws] >= 'A' && p[ws] <= 'Z')))
            return 0;
    }
    if (k == 10)
        return 0;
    for (k = 0; k < 6; k++) {
        size_t l = word_next(p, i, se, &ws, &mark);
        if (!l)
            return 0;
        i = ws + l;
        if (tw_win(p + ws, l, partner_nouns))
            return 1;
    }
    return 0;
}

/* "The second and third largest suppliers, Viet Nam and the United Arab
 * Emirates": the partner's noun just before the list of names holding
 * the place. */
static int apposition_of_partner(Bytes p, size_t ss, size_t ps)
{
    size_t i = ps, ws;
    int mark;
    for (int k = 0; k < 8; k++) {
        size_t l = word_back(p, ss, i, &ws, &mark);
        if (!l) {
            if (mark != ',')
                return 0;
            while (i > ss && p[i - 1] != ',')
                i--;
            if (i <= ss + 1)
                return 0;
            i--;
            continue;
        }
        if (tw_win(p + ws, l, partner_nouns))
            return 1;
        if (!(tw_weq(p + ws, l, "and") || tw_weq(p + ws, l, "the") || (p[ws] >= 'A' && p[ws] <= 'Z')))
            return 0;
        i = ws;
    }
    return 0;
}

int partner_named(const char *doc, size_t ss, size_t se, size_t ps, size_t pe)
{
    Bytes p = (Bytes)doc;
    if (after_to_from(p, ss, ps) || made_in(p, ss, ps))
        return 1;
    if (!trade_sentence(p, ss, se))
        return 0;
    return subject_of_partner(p, pe, se) || apposition_of_partner(p, ss, ps);
}

int partner_count(const char *doc, size_t ss, size_t se, size_t cs)
{
    Bytes p = (Bytes)doc;
    size_t ws;
    int mark;
    size_t l = word_back(p, ss, cs, &ws, &mark);
    /* (past a hedge: "from more than 70 countries") */
    for (int k = 0; k < 2 && l && !tw_weq(p + ws, l, "from"); k++)
        l = word_back(p, ss, ws, &ws, &mark);
    return l && tw_weq(p + ws, l, "from") && trade_sentence(p, ss, se);
}

int partner_table(const char *doc, size_t s, size_t e)
{
    static const char *const by_what[] = {"partner", "partners", "destination", "destinations", "origin",
                                          "supplier", "suppliers", NULL};
    Bytes p = (Bytes)doc;
    if (!trade_sentence(p, s, e))
        return 0;
    /* "by main partner", "by trading partner", "by country of origin",
     * "by destination": "by" and a partner's word within three words */
    for (size_t i = s; i < e;) {
        if (!ascii_isalpha(p[i])) {
            i++;
            continue;
        }
        size_t we = tw_word_end(p, e, i);
        if (we - i == 2 && tw_weq(p + i, 2, "by")) {
            size_t j = we, ws;
            int mark;
            for (int k = 0; k < 4; k++) {
                size_t l = word_next(p, j, e, &ws, &mark);
                if (!l)
                    break;
                if (tw_win(p + ws, l, by_what))
                    return 1;
                j = ws + l;
            }
        }
        i = we > i ? we : i + 1;
    }
    return 0;
}
