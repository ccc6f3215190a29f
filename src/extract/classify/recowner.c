/* recowner.c — the owner of the record a figure is read from (see
 * recowner.h). */
#include "recowner.h"

#include "ascii.h"
#include "credittok.h"
#include "lexicon.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

/* How many tokens before a figure its record may stand. */
#define RECORD_REACH 60

/* What findings are written in. */
static const Phrase records[] = {
    PHRASE("numbers"), PHRASE("number"), PHRASE("figures"), PHRASE("figure"), PHRASE("data"), PHRASE("dataset"),
    PHRASE("datasets"), PHRASE("database"), PHRASE("databases"), PHRASE("estimate"), PHRASE("estimates"),
    PHRASE("count"), PHRASE("counts"), PHRASE("tally"), PHRASE("tracker"), PHRASE("report"), PHRASE("reports"),
    PHRASE("reporting"), PHRASE("survey"), PHRASE("surveys"), PHRASE("analysis"), PHRASE("index"), PHRASE("mapping"),
    PHRASE("exercise"), PHRASE("study"), PHRASE("research"), PHRASE("statistics"), PHRASE("records"),
    PHRASE("filings"), PHRASE("filing"), PHRASE("submission"), PHRASE("documents"), PHRASE("calculations"),
    PHRASE("projections"), PHRASE("forecast"), PHRASE("forecasts"), PHRASE("ratings"), PHRASE("evidence"),
    PHRASE("findings"), PHRASE("audit"), PHRASE("assessment"), PHRASE("review"), PHRASE("marketing"),
    PHRASE("material"), PHRASE("materials"), PHRASE("latest"), PHRASE("target"), {NULL, 0}};

/* Words that may follow a record that tells what it holds: a verb of
 * telling, a preposition opening what it covers ("numbers for the total
 * market", "count of 13,427 projects"), a relative pronoun. Any other
 * lower-case word may be the head of a compound ("Fixed data
 * subscriptions"). */
static const Phrase follows[] = {
    PHRASE("show"), PHRASE("shows"), PHRASE("showed"), PHRASE("shown"), PHRASE("suggest"), PHRASE("suggests"),
    PHRASE("suggested"), PHRASE("indicate"), PHRASE("indicates"), PHRASE("indicated"), PHRASE("reveal"),
    PHRASE("reveals"), PHRASE("revealed"), PHRASE("record"), PHRASE("records"), PHRASE("recorded"), PHRASE("list"),
    PHRASE("lists"), PHRASE("listed"), PHRASE("put"), PHRASE("puts"), PHRASE("give"), PHRASE("gives"), PHRASE("gave"),
    PHRASE("say"), PHRASE("says"), PHRASE("said"), PHRASE("found"), PHRASE("find"), PHRASE("finds"),
    PHRASE("estimate"), PHRASE("estimates"), PHRASE("estimated"), PHRASE("count"), PHRASE("counts"),
    PHRASE("counted"), PHRASE("are"), PHRASE("is"), PHRASE("was"), PHRASE("were"), PHRASE("has"), PHRASE("have"),
    PHRASE("had"), PHRASE("for"), PHRASE("on"), PHRASE("of"), PHRASE("from"), PHRASE("in"), PHRASE("by"),
    PHRASE("cite"), PHRASE("cites"), PHRASE("cited"), PHRASE("compiled"), PHRASE("collected"), PHRASE("shared"),
    PHRASE("released"), PHRASE("published"), PHRASE("now"), PHRASE("also"), PHRASE("credits"), PHRASE("credited"),
    PHRASE("point"), PHRASE("points"), PHRASE("place"), PHRASE("places"), PHRASE("state"), PHRASE("states"),
    PHRASE("stated"), PHRASE("note"), PHRASE("notes"), PHRASE("noted"), PHRASE("tell"), PHRASE("tells"),
    PHRASE("told"), PHRASE("cover"), PHRASE("covers"), PHRASE("covered"), PHRASE("track"), PHRASE("tracks"),
    PHRASE("tracked"), PHRASE("identify"), PHRASE("identifies"), PHRASE("identified"), PHRASE("rank"),
    PHRASE("ranks"), PHRASE("ranked"), PHRASE("value"), PHRASE("values"), PHRASE("valued"), PHRASE("come"),
    PHRASE("comes"), PHRASE("came"), PHRASE("that"), PHRASE("which"), PHRASE("as"), PHRASE("at"), PHRASE("would"),
    PHRASE("will"), PHRASE("could"), PHRASE("may"), PHRASE("might"), PHRASE("still"), PHRASE("then"),
    PHRASE("already"), PHRASE("only"), {NULL, 0}};

/* Words that end the walk back from a record to its owner: no part of a
 * record's title ("Kenya's government said the data ..."). */
static const Phrase stops[] = {
    PHRASE("the"), PHRASE("a"), PHRASE("an"), PHRASE("is"), PHRASE("are"), PHRASE("was"), PHRASE("were"),
    PHRASE("has"), PHRASE("have"), PHRASE("had"), PHRASE("said"), PHRASE("says"), PHRASE("will"), PHRASE("would"),
    PHRASE("that"), PHRASE("which"), PHRASE("who"), PHRASE("with"), PHRASE("by"), PHRASE("in"), PHRASE("at"),
    PHRASE("from"), PHRASE("as"), PHRASE("its"), PHRASE("their"), PHRASE("our"), PHRASE("this"), PHRASE("these"),
    PHRASE("those"), PHRASE("but"), PHRASE("not"), {NULL, 0}};

/* Words opening a sentence before a name: "By BT's own estimate". */
static const Phrase openers[] = {
    PHRASE("the"), PHRASE("by"), PHRASE("in"), PHRASE("for"), PHRASE("from"), PHRASE("on"), PHRASE("at"),
    PHRASE("with"), PHRASE("under"), PHRASE("as"), PHRASE("since"), PHRASE("after"), PHRASE("per"), PHRASE("among"),
    PHRASE("of"), PHRASE("according"), PHRASE("unlike"), PHRASE("like"), {NULL, 0}};

/* Capitalised words that name no body when they stand alone. */
static const Phrase no_names[] = {
    PHRASE("the"), PHRASE("this"), PHRASE("that"), PHRASE("these"), PHRASE("those"), PHRASE("its"), PHRASE("their"),
    PHRASE("our"), PHRASE("his"), PHRASE("her"), PHRASE("my"), PHRASE("your"), PHRASE("it"), PHRASE("we"),
    PHRASE("they"), PHRASE("a"), PHRASE("an"), PHRASE("in"), PHRASE("by"), PHRASE("for"), PHRASE("according"),
    PHRASE("company"), PHRASE("government"), PHRASE("group"), PHRASE("bank"), PHRASE("ministry"),
    PHRASE("department"), PHRASE("agency"), PHRASE("authority"), PHRASE("commission"), PHRASE("committee"), {NULL, 0}};

/* A word of a name: capitalised, or lower-case with a capital inside
 * ("techUK", "eBay"). */
static int name_word(const char *t, const CreditTok *k)
{
    if (k->punct)
        return 0;
    if (ascii_isupper(t[k->s]))
        return 1;
    for (size_t i = k->s + 1; i < k->e; i++)
        if (ascii_isupper(t[i]))
            return 1;
    return 0;
}

/* A figure, not a year nor an ordinal ("2023", "55th"). */
static int figure(const char *t, const CreditTok *k)
{
    if (k->punct || !ascii_isdigit(t[k->s]))
        return 0;
    size_t n = k->e - k->s, digits = 0;
    while (digits < n && ascii_isdigit(t[k->s + digits]))
        digits++;
    if (digits < n)
        return 0;
    int year = n == 4 && (t[k->s] == '1' || t[k->s] == '2');
    return !year;
}

static int connector(const char *t, const CreditTok *k)
{
    return ctok_is(t, k, "of") || ctok_is(t, k, "and") || ctok_is(t, k, "for") || ctok_is(t, k, "&");
}

/* Is toks[i] a mark glued to the words on both sides ("Dell'Oro",
 * "Inter-American")? */
static int glue(const char *t, const CreditTok *toks, size_t nt, size_t i)
{
    return i > 0 && i + 1 < nt && toks[i].punct && (t[toks[i].s] == '-' || t[toks[i].s] == '\'') &&
           toks[i - 1].e == toks[i].s && toks[i].e == toks[i + 1].s;
}

/* The name ending at token q (exclusive): its first token, or q when
 * none. Capitalised words, "of", "and", "for", "&" inside, "of the"
 * inside, and marks glued inside; a leading "the" is left out. */
static size_t name_before(const char *t, const CreditTok *toks, size_t nt, size_t q)
{
    size_t a = q;
    while (a > 0 && q - a < 10) {
        const CreditTok *k = &toks[a - 1];
        if (name_word(t, k))
            a--;
        else if (a < q && connector(t, k) && a >= 2 && name_word(t, &toks[a - 2]))
            a--;
        else if (a < q && ctok_is(t, k, "the") && a >= 2 && ctok_is(t, &toks[a - 2], "of"))
            a--;
        else if (a < q && glue(t, toks, nt, a - 1) && a >= 2 && name_word(t, &toks[a - 2]))
            a--;
        else
            break;
    }
    while (a < q && (connector(t, &toks[a]) || ctok_in(t, &toks[a], openers)))
        a++;
    return a;
}

/* Can toks[a, b) name a body? Not a lone pronoun, article or a body's
 * kind ("the Company's"), nor a lone word opening the sentence that may
 * be a common noun ("Household survey results") unless written in
 * capitals or with a capital inside. */
static int owner_ok(const char *t, const CreditTok *toks, size_t a, size_t b, size_t first, int possessed)
{
    if (a >= b)
        return 0;
    if (b - a == 1) {
        const CreditTok *k = &toks[a];
        if (ctok_in(t, k, no_names))
            return 0;
        size_t caps = 0;
        for (size_t i = k->s; i < k->e; i++)
            caps += ascii_isupper(t[i]);
        if (a == first && !possessed && caps < 2)
            return 0;
    }
    return 1;
}

/* Form C: the record at r, then "from", "the" and up to two lower-case
 * words ("the consultancy"), then a name, before offset lim. */
static int owner_from(const char *t, const CreditTok *toks, size_t nt, size_t r, size_t lim, size_t *a, size_t *b)
{
    size_t i = r + 1;
    if (i < nt && toks[i].punct && t[toks[i].s] == ',')
        i++;
    if (i >= nt || !ctok_is(t, &toks[i], "from"))
        return 0;
    i++;
    if (i < nt && ctok_is(t, &toks[i], "the"))
        i++;
    for (int skip = 0; skip < 2 && i < nt && ctok_lower(t, &toks[i]) && !name_word(t, &toks[i]); skip++)
        i++;
    size_t e = i;
    while (e < nt && e - i < 8 && (name_word(t, &toks[e]) || (e > i && connector(t, &toks[e])) || glue(t, toks, nt, e)))
        e++;
    while (e > i && connector(t, &toks[e - 1]))
        e--;
    if (e == i || toks[e - 1].e > lim)
        return 0;
    *a = i, *b = e;
    return 1;
}

/* Form A: the owner in the possessive before the record at r, past up
 * to five words of the record's title, year or kind ("AidData's Global
 * Chinese Development Finance dataset", "Dell'Oro's full-year 2023
 * numbers", "BT's own estimate"). */
static int owner_possessive(const char *t, const CreditTok *toks, size_t nt, size_t r, size_t first, size_t *a,
                            size_t *b)
{
    size_t o = r, lowers = 0;
    for (int step = 0; step < 6 && o > 0; step++) {
        if (o >= 3 && ctok_possessive(t, toks, nt, o - 2)) {
            size_t s = name_before(t, toks, nt, o - 2);
            if (!owner_ok(t, toks, s, o - 2, first, 1))
                return 0;
            *a = s, *b = o - 2;
            return 1;
        }
        const CreditTok *k = &toks[o - 1];
        if (k->punct) {
            /* a hyphen inside a word, a title's quotation marks */
            unsigned char c = (unsigned char)t[k->s];
            if (!(c == '-' || c == '"' || c == 0xE2))
                return 0;
        } else if (ctok_lower(t, k)) {
            if (ctok_in(t, k, stops) || ++lowers > 3 || (k->e - k->s > 3 && !strncmp(t + k->e - 2, "ed", 2)))
                return 0;
        } else if (figure(t, k)) {
            return 0;   /* "the Broadband Commission's 2 percent target" describes its figure */
        }
        o--;
    }
    return 0;
}

/* Form B: a name right before the record at r that modifies it ("The
 * CSIS numbers", "GSMA Intelligence data", "Uganda Electricity
 * Transmission Company (UETCL) documents"). */
static int owner_modifier(const char *t, const CreditTok *toks, size_t nt, size_t r, size_t first, size_t *a,
                          size_t *b)
{
    size_t q = r;
    if (r >= 4 && toks[r - 1].punct && t[toks[r - 1].s] == ')' && toks[r - 3].punct && t[toks[r - 3].s] == '(' &&
        name_word(t, &toks[r - 2]))
        q = r - 3;
    if (q == 0 || !name_word(t, &toks[q - 1]))
        return 0;
    size_t s = name_before(t, toks, nt, q);
    if (!owner_ok(t, toks, s, q, first, 0))
        return 0;
    *a = s, *b = r;
    return 1;
}

/* Can the record at r tell the figures after it: what follows it is a
 * mark (not a hyphen glued to it: "data-centre capacity"), a name or a
 * figure, or a word of telling (follows)? */
static int tells(const char *t, const CreditTok *toks, size_t nt, size_t r)
{
    if (r + 1 >= nt)
        return 1;
    const CreditTok *k = &toks[r + 1];
    if (k->punct)
        return !(t[k->s] == '-' && k->s == toks[r].e);
    return !ctok_lower(t, k) || ctok_in(t, k, follows);
}

/* Is k a record word? (Asked of every word before a claim: by first
 * letter, from an index of the list.) */
static int record_word(const char *t, const CreditTok *k)
{
    static _Thread_local PhraseIndex ix;
    static _Thread_local uint32_t first;
    if (!first) {
        phrases_index(records, &ix);
        first = phrases_letters(records);
    }
    unsigned c = (unsigned)(t[k->s] | 0x20) - 'a';
    if (k->punct || c >= 26 || !(first >> c & 1))
        return 0;
    const Phrase *p = phrases_at_index(&ix, t, k->s, k->e, 1);
    return p && p->n == k->e - k->s;
}

int recowner_find(const char *t, const CreditTok *toks, size_t nt, size_t claim_s, int from_start, size_t *ns,
                  size_t *ne)
{
    size_t last = 0;   /* the tokens before the claim */
    while (last < nt && toks[last].e <= claim_s)
        last++;
    /* (the sentence's first word, past a list's bullet) */
    size_t first = 0;
    while (from_start && first < nt && toks[first].punct)
        first++;
    int depth = 0;   /* inside brackets that close before the claim */
    /* (a record governs the figures of its clause: sixty words back at most) */
    size_t lo = last > RECORD_REACH ? last - RECORD_REACH : 0;
    for (size_t r = last; r-- > lo;) {
        const CreditTok *k = &toks[r];
        if (k->punct && t[k->s] == ';' && !depth)
            return 0;
        if (k->punct && t[k->s] == ')')
            depth++;
        else if (k->punct && t[k->s] == '(' && depth)
            depth--;
        /* (lower case, or capitalised opening the sentence: "Evidence from techUK suggested") */
        if (depth || !(ctok_lower(t, k) || (from_start && r == first)) || !record_word(t, k) || !tells(t, toks, nt, r))
            continue;
        size_t a, b;
        if (owner_from(t, toks, nt, r, claim_s, &a, &b) ||
            owner_possessive(t, toks, nt, r, from_start ? first : SIZE_MAX, &a, &b) ||
            owner_modifier(t, toks, nt, r, from_start ? first : SIZE_MAX, &a, &b)) {
            *ns = toks[a].s;
            *ne = toks[b - 1].e;
            return 1;
        }
    }
    return 0;
}
