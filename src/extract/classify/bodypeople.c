/* bodypeople.c — a body's people speak for it (see bodypeople.h). */
#include "bodypeople.h"

#include "ascii.h"
#include "credittok.h"
#include "lexicon.h"

#include <string.h>
#include <strings.h>

#include "namerun.h"

/* Nouns of a body's people, after its name or its possessive:
 * "Nomura economists", "GSMA's head of Africa". */
static const Phrase people[] = {
    PHRASE("spokesperson"), PHRASE("spokesman"), PHRASE("spokeswoman"), PHRASE("spokespeople"), PHRASE("economists"),
    PHRASE("economist"), PHRASE("analysts"), PHRASE("analyst"), PHRASE("officials"), PHRASE("official"),
    PHRASE("executives"), PHRASE("executive"), PHRASE("researchers"), PHRASE("researcher"), PHRASE("experts"),
    PHRASE("head"), PHRASE("chief"), PHRASE("director"), PHRASE("representative"), PHRASE("representatives"),
    PHRASE("engineers"), {NULL, 0}};

/* Of them, those a body's own name goes with even when it is a word that
 * could open any sentence ("Nomura economists"; not "Security
 * researchers", "Industry analysts", "Senior officials"). */
static const Phrase voices[] = {
    PHRASE("spokesperson"), PHRASE("spokesman"), PHRASE("spokeswoman"), PHRASE("spokespeople"), PHRASE("economists"),
    PHRASE("economist"), {NULL, 0}};

/* Capitalised words opening a subject that name no body. */
static const Phrase no_names[] = {
    PHRASE("our"), PHRASE("their"), PHRASE("its"), PHRASE("his"), PHRASE("her"), PHRASE("my"), PHRASE("your"),
    PHRASE("this"), PHRASE("that"), PHRASE("these"), PHRASE("those"), PHRASE("we"), PHRASE("they"), PHRASE("it"),
    PHRASE("some"), PHRASE("many"), PHRASE("most"), PHRASE("other"), PHRASE("several"), PHRASE("two"),
    PHRASE("three"), PHRASE("both"), PHRASE("all"), PHRASE("any"), PHRASE("each"), {NULL, 0}};

/* Office titles written with a capital inside a run of capitalised
 * words: "ITU Secretary-General", "Foreign Ministry Spokesperson". */
static const Phrase offices[] = {
    PHRASE("spokesperson"), PHRASE("spokesman"), PHRASE("spokeswoman"), PHRASE("secretary"), PHRASE("director"),
    PHRASE("chief"), PHRASE("president"), PHRASE("chairman"), PHRASE("chairperson"), PHRASE("governor"),
    PHRASE("commissioner"), PHRASE("administrator"), PHRASE("ceo"), {NULL, 0}};

/* Words that open a sentence before its subject and are no part of it. */
static const Phrase articles[] = {PHRASE("a"), PHRASE("an"), PHRASE("the"), {NULL, 0}};

/* An office title, capitalised as written ("Secretary", not "secretary"). */
static int office(const char *t, const CreditTok *k)
{
    return ctok_upper(t, k) && ctok_in(t, k, offices);
}

/* Is toks[i] a hyphen or an apostrophe glued between two words? */
static int glued(const CreditTok *toks, size_t nt, size_t i, const char *t)
{
    return i > 0 && i + 1 < nt && toks[i].punct && (t[toks[i].s] == '-' || t[toks[i].s] == '\'') &&
           toks[i - 1].e == toks[i].s && toks[i].e == toks[i + 1].s && !toks[i + 1].punct &&
           !(t[toks[i].s] == '\'' && ctok_is(t, &toks[i + 1], "s"));
}

/* The end of the run of capitalised words from a (connectors and glued
 * marks inside), stopping before an office title past its first word. */
static size_t run_to_office(const char *t, const CreditTok *toks, size_t nt, size_t a)
{
    size_t q = a;
    while (q < nt && q - a < 10) {
        if (ctok_upper(t, &toks[q]) && !(q > a && office(t, &toks[q])))
            q++;
        else if (q > a && q + 1 < nt && ctok_upper(t, &toks[q + 1]) && !office(t, &toks[q + 1]) &&
                 (ctok_is(t, &toks[q], "of") || ctok_is(t, &toks[q], "and") || ctok_is(t, &toks[q], "for") ||
                  glued(toks, nt, q, t)))
            q++;
        else
            break;
    }
    return q;
}

/* The end of the run of capitalised words from a, glued marks inside. */
static size_t run(const char *t, const CreditTok *toks, size_t nt, size_t a)
{
    size_t q = a;
    while (q < nt && (ctok_upper(t, &toks[q]) || (q > a && glued(toks, nt, q, t))))
        q++;
    return q;
}

/* Past what may follow a person before their verb: their name between
 * commas (", Sushmita Pokharel,"), their remit ("of Africa", "for
 * Asia"). */
static size_t past_person(const char *t, const CreditTok *toks, size_t nt, size_t p)
{
    if (p + 1 < nt && (ctok_is(t, &toks[p], "of") || ctok_is(t, &toks[p], "for")) && ctok_upper(t, &toks[p + 1]))
        p = run(t, toks, nt, p + 1);
    if (p + 1 < nt && ctok_mark(t, &toks[p], ',') && ctok_upper(t, &toks[p + 1])) {
        size_t e = run(t, toks, nt, p + 1);
        if (e < nt && ctok_mark(t, &toks[e], ','))
            p = e + 1;
    }
    return p;
}

int bodypeople_subject(const char *t, const CreditTok *toks, size_t nt, size_t claim_s, size_t *ns, size_t *ne)
{
    size_t i = ctok_past_label(t, toks, nt, claim_s);
    if (i < nt && ctok_in(t, &toks[i], articles))
        i++;
    size_t a = i, q = run_to_office(t, toks, nt, a), p;
    if (q == a || q >= nt || ctok_in(t, &toks[a], no_names))
        return 0;
    size_t caps = 0;   /* the capitals of the body's first word */
    for (size_t k = toks[a].s; k < toks[a].e; k++)
        caps += ascii_isupper(t[k]);
    if (office(t, &toks[q])) {
        /* "ITU Secretary-General Doreen Bogdan-Martin": the body has two
         * words or is written in capitals ("Foreign Minister Wang Yi"
         * names no body) */
        if (q - a < 2 && caps < 2)
            return 0;
        p = run(t, toks, nt, q);
    } else if (ctok_possessive(t, toks, nt, q) && q + 2 < nt && ctok_in(t, &toks[q + 2], people)) {
        p = q + 3;
        /* "chief executive" */
        if (p < nt && ctok_lower(t, &toks[p]) && ctok_in(t, &toks[p], people))
            p++;
    } else if (ctok_lower(t, &toks[q]) && ctok_in(t, &toks[q], people)) {
        /* ("Company officials"; a word that may open any sentence
         * before analysts or officials: "Industry analysts") */
        if (q - a == 1 && (name_role_noun(t, toks[a].s, toks[a].e) || (caps < 2 && !ctok_in(t, &toks[q], voices))))
            return 0;
        p = q + 1;
    } else {
        return 0;
    }
    p = past_person(t, toks, nt, p);
    if (p >= nt || !ctok_lower(t, &toks[p]) || toks[p].s >= claim_s)
        return 0;
    for (size_t k = p; k < nt && toks[k].e <= claim_s; k++)
        if (ctok_mark(t, &toks[k], ';'))
            return 0;
    *ns = toks[a].s;
    *ne = toks[q - 1].e;
    return 1;
}
