/* titled.c — a speaker named with the body they speak for (see titled.h). */
#include "titled.h"

#include "credittok.h"
#include "lexicon.h"

/* The head of a person's title: "chief executive", "analyst". */
static const Phrase heads[] = {
    PHRASE("executive"), PHRASE("officer"), PHRASE("president"), PHRASE("chairman"), PHRASE("chairwoman"),
    PHRASE("chairperson"), PHRASE("chair"), PHRASE("analyst"), PHRASE("economist"), PHRASE("spokesperson"),
    PHRASE("spokesman"), PHRASE("spokeswoman"), PHRASE("director"), PHRASE("manager"), PHRASE("head"),
    PHRASE("founder"), PHRASE("co-founder"), PHRASE("partner"), PHRASE("researcher"), PHRASE("strategist"),
    PHRASE("engineer"), PHRASE("representative"), PHRASE("official"), PHRASE("governor"), PHRASE("ceo"),
    PHRASE("cfo"), PHRASE("cto"), PHRASE("coo"), {NULL, 0}};

/* Words a title may hold before or around its head: "acting chief
 * executive", "senior research analyst", "country manager". */
static const Phrase mods[] = {
    PHRASE("acting"), PHRASE("deputy"), PHRASE("senior"), PHRASE("chief"), PHRASE("principal"), PHRASE("lead"),
    PHRASE("country"), PHRASE("regional"), PHRASE("general"), PHRASE("managing"), PHRASE("vice"),
    PHRASE("financial"), PHRASE("operating"), PHRASE("technology"), PHRASE("technical"), PHRASE("research"),
    PHRASE("executive"), PHRASE("interim"), PHRASE("former"), PHRASE("group"), PHRASE("global"),
    PHRASE("associate"), PHRASE("assistant"), PHRASE("its"), {NULL, 0}};

/* A body's kind written in lower case after its name: "Foreign ministry
 * spokesperson Mao Ning". */
static const Phrase kinds[] = {PHRASE("ministry"), PHRASE("department"), PHRASE("authority"), PHRASE("agency"),
                               PHRASE("bureau"), PHRASE("commission"), PHRASE("office"), {NULL, 0}};

/* Capitalised words that name no body: a pronoun, an article. */
static const Phrase no_names[] = {
    PHRASE("the"), PHRASE("a"), PHRASE("an"), PHRASE("its"), PHRASE("their"), PHRASE("our"), PHRASE("his"),
    PHRASE("her"), PHRASE("this"), PHRASE("that"), PHRASE("former"), PHRASE("company"), PHRASE("industry"),
    PHRASE("senior"), PHRASE("chief"), {NULL, 0}};

/* Is toks[i] a title's word in capitals ("CEO") or in lower case? */
static int title_word(const char *t, const CreditTok *k, const Phrase *list)
{
    if (k->punct || !ctok_in(t, k, list))
        return 0;
    if (ctok_lower(t, k))
        return 1;
    for (size_t i = k->s; i < k->e; i++)   /* "CEO", not "Director" */
        if (!ascii_isupper(t[i]))
            return 0;
    return 1;
}

static int body_before(const char *t, const CreditTok *toks, size_t nt, size_t a, size_t *ba, size_t *bb);

int titled_body(const char *t, const CreditTok *toks, size_t nt, size_t a, size_t b, size_t *ba, size_t *bb)
{
    if (b < a + 2 || b > nt || a == 0)
        return 0;
    return body_before(t, toks, nt, a, ba, bb);
}

int titled_role(const char *t, const CreditTok *toks, size_t nt, size_t ti, size_t *ba, size_t *bb)
{
    /* (a title in lower case right before the cue: "a Lakeland Telecom
     * spokesperson told") */
    if (ti == 0 || ti > nt || !ctok_lower(t, &toks[ti - 1]) || !ctok_in(t, &toks[ti - 1], heads))
        return 0;
    return body_before(t, toks, nt, ti, ba, bb);
}

/* The body named before the title that ends right before token a. */
static int body_before(const char *t, const CreditTok *toks, size_t nt, size_t a, size_t *ba, size_t *bb)
{
    /* the title: up to five words of it, one a head, right before the
     * name */
    size_t k = a;
    int head = 0;
    while (k > 0 && a - k < 5 && (title_word(t, &toks[k - 1], heads) || title_word(t, &toks[k - 1], mods))) {
        head |= title_word(t, &toks[k - 1], heads);
        k--;
    }
    if (!head || k == a || k == 0)
        return 0;
    /* a kind in lower case after the body's name */
    size_t e = k;
    if (ctok_lower(t, &toks[k - 1]) && ctok_in(t, &toks[k - 1], kinds))
        k--;
    /* the possessive of the body: "Harbour Bank's chief economist" */
    if (k >= 3 && ctok_is(t, &toks[k - 1], "s") && ctok_possessive(t, toks, nt, k - 2))
        k -= 2, e = k;
    /* the body's name: capitalised words (and connectors inside) */
    size_t s = k;
    while (s > 0 && k - s < 6 &&
           (ctok_upper(t, &toks[s - 1]) ||
            (s < k && (ctok_is(t, &toks[s - 1], "of") || ctok_is(t, &toks[s - 1], "and") ||
                       ctok_mark(t, &toks[s - 1], '&')))))
        s--;
    while (s < k && !ctok_upper(t, &toks[s]))
        s++;
    while (s < k && ctok_in(t, &toks[s], no_names))
        s++;
    if (s >= k)
        return 0;
    /* (a body's division or region owned before it, "Huawei's Southern
     * Africa president": the owner) */
    if (s >= 3 && ctok_is(t, &toks[s - 1], "s") && ctok_possessive(t, toks, nt, s - 2) && ctok_upper(t, &toks[s - 3])) {
        e = k = s - 2;
        s = k - 1;
        while (s > 0 && k - s < 6 && ctok_upper(t, &toks[s - 1]))
            s--;
        while (s < k && ctok_in(t, &toks[s], no_names))
            s++;
        if (s >= k)
            return 0;
    }
    /* (a people's or a place's adjective names no body: "Kenyan analyst";
     * the caller checks places) */
    size_t n = toks[k - 1].e - toks[s].s;
    if (s + 1 == k && e == k && n > 3 && t[toks[s].e - 1] == 'n' && ascii_islower(t[toks[s].e - 2]))
        return 0;
    *ba = s;
    *bb = e;
    return 1;
}

/* The run of capitalised words (and "of", "and", "&" inside) from i,
 * before e: its end, or i. */
static size_t upper_run(const char *t, const CreditTok *toks, size_t i, size_t e)
{
    size_t k = i, end = i;
    while (k < e && k - i < 8) {
        if (ctok_upper(t, &toks[k]))
            end = ++k;
        else if (k > i && (ctok_is(t, &toks[k], "of") || ctok_is(t, &toks[k], "and") || ctok_is(t, &toks[k], "for") ||
                           ctok_mark(t, &toks[k], '&')))
            k++;
        else
            break;
    }
    return end;
}

static int any_place(const CreditTok *toks, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (!toks[i].punct && !toks[i].place)
            return 0;
    return 1;
}

int titled_apposition(const char *t, const CreditTok *toks, size_t nt, size_t s, size_t e, size_t *ba, size_t *bb)
{
    if (e > nt || s >= e || e - s > 14)
        return 0;
    int titled = 0;
    for (size_t k = s; k < e && !titled; k++)
        titled = title_word(t, &toks[k], heads) && ctok_lower(t, &toks[k]);
    if (!titled)
        return 0;
    for (size_t k = s; k < e; k++) {
        /* "Harbour Bank's chief economist" */
        if (ctok_upper(t, &toks[k]) && (k == s || !ctok_upper(t, &toks[k - 1]))) {
            size_t r = upper_run(t, toks, k, e);
            if (r + 1 < e && ctok_possessive(t, toks, nt, r) && !any_place(toks, k, r) &&
                !ctok_in(t, &toks[k], no_names)) {
                *ba = k, *bb = r;
                return 1;
            }
        }
        /* "a principal analyst at Omdia" */
        if (ctok_is(t, &toks[k], "at") || ctok_is(t, &toks[k], "of") || ctok_is(t, &toks[k], "with")) {
            size_t o = k + 1;
            if (o < e && ctok_is(t, &toks[o], "the"))
                o++;
            size_t r = o < e ? upper_run(t, toks, o, e) : o;
            if (r > o && !any_place(toks, o, r)) {
                *ba = o, *bb = r;
                return 1;
            }
        }
    }
    return 0;
}
