/* bodyact.c — a body's own act, decision or stated intention (see
 * bodyact.h). */
#include "bodyact.h"

#include "ascii.h"
#include "credittok.h"
#include "lexicon.h"

#include <string.h>
#include <strings.h>

#include "namerun.h"
#include "quantity.h"

/* Verbs of a body's own act, decision or stated intention. */
static const Phrase acts[] = {
    PHRASE("announced"), PHRASE("announces"), PHRASE("announce"), PHRASE("agreed"), PHRASE("agrees"), PHRASE("agree"),
    PHRASE("plans"), PHRASE("planned"), PHRASE("plan"), PHRASE("wants"), PHRASE("want"), PHRASE("intends"),
    PHRASE("intend"), PHRASE("proposes"), PHRASE("proposed"), PHRASE("offers"), PHRASE("offered"),
    PHRASE("allocates"), PHRASE("allocated"), PHRASE("allocate"), PHRASE("designated"), PHRASE("designates"),
    PHRASE("designate"), PHRASE("determined"), PHRASE("determines"), PHRASE("approved"), PHRASE("approves"),
    PHRASE("approve"), PHRASE("imposed"), PHRASE("imposes"), PHRASE("impose"), PHRASE("set"), PHRASE("sets"),
    PHRASE("ranks"), PHRASE("ranked"), PHRASE("claims"), PHRASE("claimed"), PHRASE("claim"), PHRASE("invested"),
    PHRASE("invests"), PHRASE("invest"), PHRASE("lend"), PHRASE("lends"), PHRASE("trained"), PHRASE("trains"),
    PHRASE("launched"), PHRASE("launches"), PHRASE("launch"), PHRASE("considering"), PHRASE("awarded"),
    PHRASE("awards"), PHRASE("award"),
    /* what a body did and counted itself: "Action Fraud received 32,000
     * reports", "the NCSC handled 371 incidents", "the Office spent
     * £11 million", "the Agency issued 126 advisories" */
    PHRASE("received"), PHRASE("receives"), PHRASE("handled"), PHRASE("handles"), PHRASE("spent"),
    PHRASE("spends"), PHRASE("issued"), PHRASE("issues"),
    PHRASE("disbursed"), PHRASE("disburses"), PHRASE("granted"), PHRASE("grants"), PHRASE("deported"), {NULL, 0}};

/* Verbs of what a body holds or runs, and of what it did to its own
 * business, told of it by itself or by another: "Northwind Cloud now
 * operates 64 availability zones", "Harbourline, which runs about 5,200
 * fibre nodes", "Riverstone has opened 4 points of presence", "cut prices
 * on more than 120 products", "has built or upgraded about 90 cable
 * systems". Asked only where no body publishes the text (bodyact.h). */
static const Phrase states[] = {
    PHRASE("operates"), PHRASE("operate"), PHRASE("operated"), PHRASE("runs"), PHRASE("run"), PHRASE("ran"),
    PHRASE("owns"), PHRASE("owned"), PHRASE("opened"), PHRASE("opens"), PHRASE("cut"), PHRASE("cuts"),
    PHRASE("built"), PHRASE("builds"), PHRASE("delivered"), PHRASE("delivers"), PHRASE("deployed"),
    PHRASE("deploys"), PHRASE("installed"), PHRASE("employs"), PHRASE("employed"), PHRASE("serves"),
    PHRASE("served"), PHRASE("paid"), PHRASE("pays"), PHRASE("hosts"), PHRASE("hosted"), PHRASE("shipped"),
    PHRASE("ships"), {NULL, 0}};

/* Forms of "have" as a main verb: "Huawei Cloud has 2 regions". */
static const Phrase haves[] = {PHRASE("has"), PHRASE("have"), PHRASE("had"), {NULL, 0}};

/* Auxiliaries and adverbs between a subject and its verb. */
static const Phrase auxes[] = {
    PHRASE("has"), PHRASE("have"), PHRASE("had"), PHRASE("will"), PHRASE("would"), PHRASE("is"), PHRASE("are"),
    PHRASE("was"), PHRASE("were"), PHRASE("now"), PHRASE("also"), PHRASE("already"), PHRASE("recently"),
    PHRASE("just"), PHRASE("still"), PHRASE("previously"), PHRASE("currently"), PHRASE("separately"),
    PHRASE("itself"), PHRASE("reportedly"), {NULL, 0}};

/* Words opening a phrase before the subject ("Since 2021, OFAC ..."). */
static const Phrase openers[] = {
    PHRASE("in"), PHRASE("since"), PHRASE("on"), PHRASE("by"), PHRASE("after"), PHRASE("before"), PHRASE("during"),
    PHRASE("last"), PHRASE("earlier"), PHRASE("separately"), PHRASE("meanwhile"), PHRASE("today"),
    PHRASE("yesterday"), PHRASE("this"), PHRASE("at"), PHRASE("under"), PHRASE("for"), PHRASE("with"), PHRASE("from"),
    PHRASE("as"), PHRASE("over"), PHRASE("through"), PHRASE("across"), PHRASE("within"), PHRASE("between"),
    {NULL, 0}};

/* Capitalised words that open a sentence and name no body. */
static const Phrase no_names[] = {
    PHRASE("the"), PHRASE("this"), PHRASE("that"), PHRASE("these"), PHRASE("those"), PHRASE("it"), PHRASE("its"),
    PHRASE("they"), PHRASE("their"), PHRASE("we"), PHRASE("our"), PHRASE("he"), PHRASE("she"), PHRASE("his"),
    PHRASE("her"), PHRASE("i"), PHRASE("my"), PHRASE("you"), PHRASE("your"), PHRASE("there"), PHRASE("some"),
    PHRASE("many"), PHRASE("most"), PHRASE("all"), PHRASE("both"), PHRASE("each"), PHRASE("other"), PHRASE("several"),
    {NULL, 0}};

/* Is toks[i] a hyphen, an apostrophe or an ampersand inside a name
 * ("Export-Import", "Dell'Oro", "AT&T")? Not a possessive's. */
static int glued(const char *t, const CreditTok *toks, size_t nt, size_t i)
{
    return i > 0 && i + 1 < nt && toks[i].punct &&
           (t[toks[i].s] == '-' || t[toks[i].s] == '\'' || t[toks[i].s] == '&') && toks[i - 1].e == toks[i].s &&
           toks[i].e == toks[i + 1].s && !toks[i + 1].punct && !ctok_is(t, &toks[i + 1], "s");
}

/* The end of the run of capitalised words from a: connectors ("of",
 * "and", "for", "the" after "of") and glued marks inside. */
static size_t subject_run(const char *t, const CreditTok *toks, size_t nt, size_t a)
{
    size_t q = a;
    while (q < nt && q - a < 12) {
        if (ctok_upper(t, &toks[q]) || (q > a && glued(t, toks, nt, q)))
            q++;
        else if (q > a && q + 1 < nt &&
                 (ctok_is(t, &toks[q], "of") || ctok_is(t, &toks[q], "and") || ctok_is(t, &toks[q], "for") ||
                  (ctok_is(t, &toks[q], "the") && ctok_is(t, &toks[q - 1], "of"))) &&
                 (ctok_upper(t, &toks[q + 1]) || ctok_is(t, &toks[q + 1], "the")))
            q++;
        else
            break;
    }
    while (q > a && (ctok_is(t, &toks[q - 1], "of") || ctok_is(t, &toks[q - 1], "and") ||
                     ctok_is(t, &toks[q - 1], "for") || ctok_is(t, &toks[q - 1], "the")))
        q--;
    return q;
}

/* Where the subject starts: past a bullet, a label ending in a colon
 * among the first words (not a time's, glued between digits), an opening
 * phrase ending in a comma, an article. */
static size_t subject_start(const char *t, const CreditTok *toks, size_t nt, size_t claim_s)
{
    size_t i = ctok_past_label(t, toks, nt, claim_s);
    if (i < nt && ctok_in(t, &toks[i], openers)) {
        size_t o = i;
        for (size_t j = i + 1; j < nt && j < i + 9 && toks[j].e <= claim_s; j++)
            if (ctok_mark(t, &toks[j], ',')) {
                i = j + 1;
                break;
            }
        /* an opening phrase with no comma ends where a capitalised name
         * after "the" begins ("In the 12 months to August the National
         * Cyber Security Centre handled 371 incidents"); not the
         * phrase's own article ("In the United Kingdom") */
        if (i == o)
            for (size_t j = o + 2; j + 1 < nt && j < o + 12 && toks[j + 1].e <= claim_s; j++) {
                if (ctok_mark(t, &toks[j], ',') || ctok_mark(t, &toks[j], ';'))
                    break;
                if (ctok_is(t, &toks[j], "the") && ctok_lower(t, &toks[j]) && ctok_upper(t, &toks[j + 1])) {
                    i = j;
                    break;
                }
            }
    }
    if (i < nt && (ctok_is(t, &toks[i], "the") || ctok_is(t, &toks[i], "a") || ctok_is(t, &toks[i], "an")))
        i++;
    return i;
}

/* Past a bracket after the name ("(JICA)") and an apposition between
 * commas opening in lower case (", owned by China Mobile,", ", which
 * opened its first data centre in 2019,"): where its verb may stand. */
static size_t past_apposition(const char *t, const CreditTok *toks, size_t nt, size_t q)
{
    if (q + 2 < nt && ctok_mark(t, &toks[q], '(') && ctok_mark(t, &toks[q + 2], ')'))
        q += 3;
    if (q + 1 < nt && ctok_mark(t, &toks[q], ',') && ctok_lower(t, &toks[q + 1]))
        for (size_t j = q + 1; j < nt && j < q + 24; j++) {
            if (ctok_mark(t, &toks[j], ';') || ctok_mark(t, &toks[j], '.'))
                break;
            /* (a comma inside a figure: "6,800") */
            if (ctok_mark(t, &toks[j], ',') && !(toks[j - 1].e == toks[j].s && j + 1 < nt && toks[j].e == toks[j + 1].s))
                return j + 1;
        }
    return q;
}

/* Is k an acronym's plural, "CERTs", "NGOs": two capitals or more and
 * a lower-case s? */
static int acronym_plural(const char *t, const CreditTok *k)
{
    size_t n = k->e - k->s, caps = 0;
    if (k->punct || n < 3 || t[k->e - 1] != 's')
        return 0;
    for (size_t i = k->s; i + 1 < k->e; i++)
        caps += ascii_isupper(t[i]);
    return caps == n - 1;
}

/* Forms of "be": after one, a participle is passive ("The Contract Sum
 * was determined", "The Project was approved"): not the subject's act. */
static const Phrase be[] = {
    PHRASE("is"), PHRASE("are"), PHRASE("was"), PHRASE("were"), PHRASE("be"), PHRASE("been"), {NULL, 0}};

/* The verb of an act at v (of verbs, acts or states), past up to two
 * auxiliaries and adverbs, not passive: the token after it, or 0 when
 * none. With states, "has" standing as the main verb before the figure,
 * lower-case words alone between ("has about 40 sites"), is one. */
static size_t act_at(const char *t, const CreditTok *toks, size_t nt, size_t v, const Phrase *verbs,
                     size_t claim_s)
{
    int passive = 0;
    size_t v0 = v;
    for (int k = 0; k < 2 && v < nt && ctok_in(t, &toks[v], auxes); k++)
        passive |= ctok_in(t, &toks[v++], be);
    if (verbs == states && !passive && v > v0 && ctok_in(t, &toks[v - 1], haves) &&
        (v >= nt || !ctok_in(t, &toks[v], states)))
        for (size_t k = v; k < nt && k < v + 3; k++) {
            if (toks[k].s >= claim_s)
                return k == v || toks[k].s == claim_s ? v : 0;
            if (!ctok_lower(t, &toks[k]))
                return 0;
        }
    if (v >= nt || !ctok_lower(t, &toks[v]) || !ctok_in(t, &toks[v], verbs))
        return 0;
    if (passive && !ctok_is(t, &toks[v], "considering"))
        return 0;
    return v + 1;
}

static int subject_of(const char *t, const CreditTok *toks, size_t nt, size_t claim_s, const Phrase *verbs,
                      size_t *ns, size_t *ne)
{
    size_t a = subject_start(t, toks, nt, claim_s), q = subject_run(t, toks, nt, a);
    if (q == a || q >= nt)
        return 0;
    /* "Singapore's IMDA", "Thailand's Board of Investment": the body
     * after a place's possessive */
    if (ctok_possessive(t, toks, nt, q) && q + 2 < nt && ctok_upper(t, &toks[q + 2])) {
        a = q + 2;
        q = subject_run(t, toks, nt, a);
    }
    /* one word: no pronoun, no body's kind, no plural noun opening the
     * sentence ("Projects announced in 2022"), no term a document
     * defines after its article ("The Summit", "The Company") unless
     * written in capitals ("The ERC") */
    if (q - a == 1) {
        size_t caps = 0, n = toks[a].e - toks[a].s;
        for (size_t k = toks[a].s; k < toks[a].e; k++)
            caps += ascii_isupper(t[k]);
        int after_article = a > 0 && (ctok_is(t, &toks[a - 1], "the") || ctok_is(t, &toks[a - 1], "a"));
        if (ctok_in(t, &toks[a], no_names) || name_role_noun(t, toks[a].s, toks[a].e) ||
            (caps < 2 && (after_article || t[toks[a].e - 1] == 's' || n < 3)))
            return 0;
        /* a number word counts, it names no one ("Three launches of 18
         * satellites each brought ..."); a line with no stop is a label
         * and its figure ("Amount approved   $100.0 million"), unless its
         * one word is written as a name ("OFAC", "iFlytek") */
        char low[16];
        if (n < sizeof low) {
            for (size_t k = 0; k < n; k++)
                low[k] = (char)ascii_lower((unsigned char)t[toks[a].s + k]);
            if (qty_number_word(low, n) >= 0)
                return 0;
        }
        if (caps < 2 && !ctok_mark(t, &toks[nt - 1], '.') && !ctok_mark(t, &toks[nt - 1], '!'))
            return 0;
    }
    /* a name glued to a lower-case word is a compound's part, no
     * subject ("The Huawei-built data centre cost") */
    if (verbs == states && toks[q - 1].punct)
        return 0;
    /* an acronym's plural names a kind of body, not one ("Participating
     * CERTs handled", "Local NGOs received") */
    if (acronym_plural(t, &toks[q - 1]))
        return 0;
    size_t name_e = q;
    if (q + 2 < nt && ctok_mark(t, &toks[q], '(') && ctok_mark(t, &toks[q + 2], ')'))
        name_e = q + 3;   /* "... Agency (JICA)" */
    /* "Safaricom, which runs about 6,800 4G sites, says": the act in a
     * relative clause on the subject, the figure inside it */
    size_t v = 0;
    if (name_e + 2 < nt && ctok_mark(t, &toks[name_e], ',') && ctok_is(t, &toks[name_e + 1], "which"))
        v = act_at(t, toks, nt, name_e + 2, verbs, claim_s);
    if (!v)
        v = act_at(t, toks, nt, past_apposition(t, toks, nt, q), verbs, claim_s);
    if (!v || toks[v - 1].e > claim_s)
        return 0;
    for (size_t k = v; k < nt && toks[k].e <= claim_s; k++)
        if (ctok_mark(t, &toks[k], ';'))
            return 0;
    /* a state's figure stands in the verb's own clause, near it: no
     * comma between (but a figure's own, "5,200"), no new subject after
     * "and" ("operates three data centres, and Tencent Cloud will
     * invest US$500 million") */
    if (verbs == states)
        for (size_t k = v; k < nt && toks[k].e <= claim_s; k++) {
            if (k >= v + 14 || (ctok_mark(t, &toks[k], ',') && !(toks[k - 1].e == toks[k].s && k + 1 < nt &&
                                                                 toks[k].e == toks[k + 1].s)))
                return 0;
            if (k + 1 < nt && (ctok_is(t, &toks[k], "and") || ctok_is(t, &toks[k], "but") ||
                               ctok_is(t, &toks[k], "while")) && ctok_upper(t, &toks[k + 1]))
                return 0;
        }
    *ns = toks[a].s;
    *ne = toks[name_e - 1].e;
    return 1;
}

int bodyact_subject(const char *t, const CreditTok *toks, size_t nt, size_t claim_s, size_t *ns, size_t *ne)
{
    return subject_of(t, toks, nt, claim_s, acts, ns, ne);
}

int bodyact_state_subject(const char *t, const CreditTok *toks, size_t nt, size_t claim_s, size_t *ns, size_t *ne)
{
    return subject_of(t, toks, nt, claim_s, states, ns, ne);
}

/* Words of the name of a body's own organ. */
static const Phrase organ_words[] = {
    PHRASE("board"), PHRASE("directors"), PHRASE("executive"), PHRASE("governors"), PHRASE("secretariat"),
    PHRASE("management"), PHRASE("council"), PHRASE("committee"), PHRASE("of"), PHRASE("the"), PHRASE("general"),
    PHRASE("assembly"), PHRASE("trustees"), {NULL, 0}};

int bodyact_organ(const char *name)
{
    size_t n = strlen(name), i = 0, words = 0;
    while (i < n) {
        while (i < n && name[i] == ' ')
            i++;
        size_t s = i;
        while (i < n && name[i] != ' ')
            i++;
        if (i == s)
            break;
        if (!phrases_at(organ_words, name, s, i, 1))
            return 0;
        words++;
    }
    return words > 0;
}
