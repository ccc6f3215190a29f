/* docref.c — the maker of a document a sentence names as its teller by
 * its kind alone (see docref.h). */
#include "docref.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "namerun.h"
#include "textfind.h"
#include "textserial.h"

#define BACK_BYTES 16384   /* the text read back for the document's introduction */
#define AHEAD_BYTES 3072   /* and ahead, for "according to a memo" */

/* The kinds of document that tell ("the memo says"). */
static const char *const kinds[] = {"memo",  "memorandum", "report", "survey",   "study",   "letter", "audit",
                                    "assessment", "paper", "index",  "tracker", "database", "dataset", "filing",
                                    NULL};

/* Verbs a document tells with ("the survey found"). */
static const char *const verbs[] = {
    "says",      "said",      "found",     "finds",      "estimates", "estimated", "notes",    "noted",
    "shows",     "showed",    "reads",     "counts",     "counted",   "records",   "recorded", "lists",
    "listed",    "puts",      "concludes", "concluded",  "adds",      "added",     "states",   "stated",
    "reports",   "reported",  "warns",     "warned",     "calculates", "calculated", "projects", "projected",
    "identifies", "identified", "tallies",  "tallied",    "claims",    "claimed",   "forecasts", "cites",
    NULL,
};

/* Words between a document's subject and its verb ("the memo also
 * says", "the report has found"). */
static const char *const between[] = {"also", "further", "has", "had", "now", "then", NULL};

/* "a memo sent by", "the report, prepared by": who made it follows. */
static const char *const made[] = {"sent",    "written", "published", "released", "prepared", "compiled", "issued",
                                   "produced", "conducted", "drafted",  "authored", "signed",   NULL};

/* "The Harbour Institute published a survey": the maker before. */
static const char *const made_past[] = {"published", "released", "issued",   "conducted", "produced", "compiled",
                                        "prepared",  "sent",     "wrote",    "drafted",   "circulated", NULL};

/* A body's part a possessive names ("Sri Lanka's embassy in Beijing"). */
static const char *const parts[] = {"embassy", "ministry", "mission",  "office", "department", "government",
                                    "consulate", "regulator", "secretariat", "treasury", "cabinet", "council",
                                    NULL};

static const NameStyle maker_style = {
    .word = NAME_W_HIGH | NAME_W_DIGIT | NAME_W_HYPHEN_AFTER | NAME_W_AMP | NAME_W_DOT_LINK | NAME_W_APOS_LINK,
    .joins = NAME_J_OF | NAME_J_AMP | NAME_J_THE,
    .flags = NAME_F_BLANKS,
    .max_words = 10,
};

static int is_word(const char *p, size_t s, size_t e, const char *w)
{
    return e - s == strlen(w) && !strncasecmp(p + s, w, e - s);
}

static int in_list(const char *p, size_t s, size_t e, const char *const *list)
{
    if (e <= s)
        return 0;
    for (int k = 0; list[k]; k++)
        if ((p[s] | 0x20) == list[k][0] && is_word(p, s, e, list[k]))
            return 1;
    return 0;
}

/* The word (letters, hyphens inside) opening at p[s, e): its end. */
static size_t word_end(const char *p, size_t s, size_t e)
{
    size_t k = s;
    while (k < e && (ascii_isalpha(p[k]) || (k > s && p[k] == '-')))
        k++;
    return k;
}

/* The word ending at p[e), from lo: its start (e when none). */
static size_t word_start(const char *p, size_t lo, size_t e)
{
    size_t k = e;
    while (k > lo && (ascii_isalnum(p[k - 1]) || p[k - 1] == '-'))
        k--;
    return k;
}

static size_t skip_gaps(const char *p, size_t i, size_t e)
{
    while (i < e && ascii_isgap(p[i]))
        i++;
    return i;
}

static size_t back_gaps(const char *p, size_t lo, size_t i)
{
    while (i > lo && ascii_isgap(p[i - 1]))
        i--;
    return i;
}

/* The word before p[i) past blanks: [*ws, return). */
static size_t prev_word(const char *p, size_t lo, size_t i, size_t *ws)
{
    size_t e = back_gaps(p, lo, i);
    *ws = word_start(p, lo, e);
    return e;
}

/* ---- the maker, as the text names it ---- */

/* The name opening at p[i, e) (past "the"), with a possessive's part and
 * its place ("Sri Lanka's embassy in Beijing"): [*ns, *ne), 1; 0 when no
 * name opens there. */
static int name_at(const char *p, size_t i, size_t e, size_t *ns, size_t *ne)
{
    size_t w = word_end(p, i, e);
    if (is_word(p, i, w, "the"))
        i = skip_gaps(p, w, e);
    size_t end = name_run(&maker_style, p, i, e);
    if (end == i)
        return 0;
    /* "Lanka's": the possessive, then its part, or nothing */
    if (end - i > 2 && p[end - 2] == '\'' && p[end - 1] == 's') {
        size_t k = skip_gaps(p, end, e), ke = word_end(p, k, e);
        if (k > end && in_list(p, k, ke, parts)) {
            end = ke;
            k = skip_gaps(p, ke, e);
            size_t ie = word_end(p, k, e);
            if (is_word(p, k, ie, "in")) {
                size_t c = skip_gaps(p, ie, e), ce = name_run(&maker_style, p, c, e);
                if (ce > c)
                    end = ce;
            }
        } else {
            end -= 2;
        }
    }
    *ns = i, *ne = end;
    return 1;
}

/* "memo, sent by X", "report by X", "letter from X" after the kind word
 * ending at p[ke). */
static int maker_after(const char *p, size_t ke, size_t e, size_t *ns, size_t *ne)
{
    size_t k = ke;
    if (k < e && p[k] == ',')
        k++;
    k = skip_gaps(p, k, e);
    size_t w = word_end(p, k, e);
    /* ("The memo was sent by", "had been prepared by") */
    for (int aux = 0; aux < 2 && in_list(p, k, w, (const char *const[]){"was", "is", "were", "had", "has", "been", NULL});
         aux++) {
        k = skip_gaps(p, w, e);
        w = word_end(p, k, e);
    }
    if (in_list(p, k, w, made)) {
        k = skip_gaps(p, w, e);
        w = word_end(p, k, e);
        if (!is_word(p, k, w, "by"))
            return 0;
    } else if (!is_word(p, k, w, "by") && !is_word(p, k, w, "from")) {
        return 0;
    }
    return name_at(p, skip_gaps(p, w, e), e, ns, ne);
}

/* "the Harbour Institute's survey", "Treasury's latest report", "the CSIS
 * survey", "X published a survey": the maker before the kind word at
 * p[ks) (lower case: a capitalised one is a title's), past two
 * modifiers at most. */
static int maker_before(const char *p, size_t lo, size_t ks, size_t *ns, size_t *ne)
{
    size_t at = ks;
    for (int mods = 0; mods <= 2; mods++) {
        size_t ws, we = prev_word(p, lo, at, &ws);
        if (ws == we || we < lo + 2)
            return 0;
        /* "X's": the name before the apostrophe */
        if (p[we - 1] == 's' && we - 2 >= ws && p[we - 2] == '\'') {
            size_t a = name_run_back(&maker_style, p, lo, we - 2);
            if (a == we - 2)
                return 0;
            *ns = a, *ne = we - 2;
            return 1;
        }
        if (we - 2 >= ws && p[we - 2] == '\'')
            return 0;
        /* "published a survey", "released its annual report" */
        if (in_list(p, ws, we, (const char *const[]){"a", "an", "its", "their", "the", NULL})) {
            size_t vs, ve = prev_word(p, lo, ws, &vs);
            if (!in_list(p, vs, ve, made_past))
                return 0;
            size_t hs, he = prev_word(p, lo, vs, &hs);
            if (in_list(p, hs, he, (const char *const[]){"has", "have", "had", "recently", "also", NULL}))
                vs = hs;
            size_t b = back_gaps(p, lo, vs), a = name_run_back(&maker_style, p, lo, b);
            if (a == b)
                return 0;
            *ns = a, *ne = b;
            return 1;
        }
        /* "the CSIS survey": capitalised words right after "the" */
        if (ascii_isupper(p[ws]) && mods == 0) {
            size_t a = name_run_back(&maker_style, p, lo, we), ts, te = prev_word(p, lo, a, &ts);
            if (a < we && is_word(p, ts, te, "the")) {
                *ns = a, *ne = we;
                return 1;
            }
            return 0;
        }
        if (!ascii_islower(p[ws]) && !ascii_isdigit(p[ws]))
            return 0;
        at = ws;
    }
    return 0;
}

/* "(1) Atlantic Pacific Institute, Digital Silk Road Tracker, ...": a
 * note citing the document by its title (the kind word capitalised in
 * it) names its maker first on its line. */
static int maker_cited(const char *p, size_t lo, size_t ks, size_t *ns, size_t *ne)
{
    size_t ls = ks;
    while (ls > lo && p[ls - 1] != '\n')
        ls--;
    size_t i = skip_gaps(p, ls, ks);
    /* the note's mark: "(1)", "[1]", "1.", "1" */
    if (i < ks && (p[i] == '(' || p[i] == '[')) {
        size_t k = i + 1;
        while (k < ks && ascii_isdigit(p[k]))
            k++;
        if (k == i + 1 || k >= ks || (p[k] != ')' && p[k] != ']'))
            return 0;
        i = skip_gaps(p, k + 1, ks);
    } else if (i < ks && ascii_isdigit(p[i])) {
        while (i < ks && ascii_isdigit(p[i]))
            i++;
        if (i < ks && p[i] == '.')
            i++;
        i = skip_gaps(p, i, ks);
    } else {
        return 0;
    }
    size_t end = name_run(&maker_style, p, i, ks);
    if (end == i || end + 2 > ks || p[end] != ',')
        return 0;
    /* the title between: capitalised words and joins, no stop */
    for (size_t k = end + 1; k < ks; k++)
        if (p[k] == '.' || p[k] == ',' || p[k] == ';' || p[k] == '(')
            return 0;
    *ns = i, *ne = end;
    return 1;
}

/* Does the kind word at p[ks, ke) name a maker, in any of those ways? */
static int maker_of(const char *p, size_t lo, size_t hi, size_t ks, size_t ke, size_t *ns, size_t *ne)
{
    if (ascii_isupper(p[ks]))
        return maker_cited(p, lo, ks, ns, ne);
    return maker_after(p, ke, hi, ns, ne) || maker_before(p, lo, ks, ns, ne);
}

/* The nearest mention of the kind p[ks, ke) names, in p[lo, hi), with a
 * maker (the last one when last, else the first): 1 and the name. */
static int mention(const char *p, size_t lo, size_t hi, const char *kind, int last, size_t *ns, size_t *ne)
{
    size_t kl = strlen(kind);
    int found = 0;
    /* (lower case, then the title's capital) */
    for (int cap = 0; cap < 2; cap++) {
        char w[16];
        memcpy(w, kind, kl + 1);
        if (cap)
            w[0] = (char)(w[0] - 'a' + 'A');
        for (const char *h = tf_find(p + lo, hi - lo, w, kl); h; h = tf_find(h + kl, hi - (size_t)(h + kl - p), w, kl)) {
            size_t s = (size_t)(h - p), e = s + kl;
            if ((s > lo && ascii_isalpha(p[s - 1])) || (e < hi && ascii_isalpha(p[e])))
                continue;
            size_t a, b;
            if (!maker_of(p, lo, hi, s, e, &a, &b))
                continue;
            if (!found || (last && a > *ns) || (!last && a < *ns))
                *ns = a, *ne = b;
            found = 1;
            if (!last)
                break;
        }
    }
    return found;
}

/* ---- the teller ---- */

typedef struct Teller {
    size_t ks, ke;   /* the kind word */
    int kind;
    int ahead;       /* "according to a memo": named after, maybe */
} Teller;

/* Is the kind word at p[ks, ke), in the sentence p[ss, se), the teller?
 * Its determiner before (past two modifiers): "the", or "a" after
 * "according to"; then a verb of telling after it (past an apposition
 * in commas), or one before "the", or "according to", "described in". */
static int teller_at(const char *p, size_t ss, size_t se, size_t ks, size_t ke, Teller *t)
{
    size_t at = ks, ds = 0, de = 0;
    for (int mods = 0; mods <= 2; mods++) {
        size_t ws, we = prev_word(p, ss, at, &ws);
        if (ws == we)
            return 0;
        if (in_list(p, ws, we, (const char *const[]){"the", "a", "an", NULL})) {
            ds = ws, de = we;
            break;
        }
        /* (modifiers in lower case, "nine-page", "confidential") */
        if (!ascii_islower(p[ws]))
            return 0;
        at = ws;
    }
    if (de == ds)
        return 0;
    int definite = (p[ds] | 0x20) == 't';
    /* before: "according to the", "described in the", "says the" */
    size_t bs, be = prev_word(p, ss, ds, &bs);
    size_t cs, ce = prev_word(p, ss, bs, &cs);
    if (is_word(p, bs, be, "to") && is_word(p, cs, ce, "according")) {
        t->ahead = !definite;
        return 1;
    }
    if (!definite)
        return 0;
    if ((is_word(p, bs, be, "in") &&
         in_list(p, cs, ce, (const char *const[]){"described", "cited", "outlined", "quoted", NULL})) ||
        (be > bs && in_list(p, bs, be, verbs) && ascii_islower(p[bs]))) {
        t->ahead = 0;
        return 1;
    }
    /* after: past "memo, sent by ..., " to its verb */
    size_t k = ke;
    if (k < se && p[k] == ',') {
        size_t c = k + 1;
        /* (a stop ends it, not an abbreviation's: "on Oct. 30,") */
        while (c < se && c - k < 200 && p[c] != ',' && p[c] != ';' &&
               !(p[c] == '.' && (c + 2 >= se || (ascii_isgap(p[c + 1]) &&
                                                  !ascii_isdigit(p[c + 2])))))
            c++;
        if (c >= se || p[c] != ',')
            return 0;
        k = c + 1;
    }
    for (int w = 0; w < 3; w++) {
        k = skip_gaps(p, k, se);
        size_t we = word_end(p, k, se);
        if (we == k)
            return 0;
        if (in_list(p, k, we, verbs)) {
            t->ahead = 0;
            return 1;
        }
        if (!in_list(p, k, we, between))
            return 0;
        k = we;
    }
    return 0;
}

/* Can the word p[s, e) be a kind: its length and first letter those of
 * one (a bit each, from the list itself)? Most words are passed on these
 * before the list is walked. */
static int kind_may(const char *p, size_t s, size_t e)
{
    static _Thread_local uint32_t lens, firsts;
    if (!lens)
        for (int k = 0; kinds[k]; k++) {
            lens |= 1u << (strlen(kinds[k]) & 31);
            firsts |= 1u << (kinds[k][0] & 31);
        }
    return e - s < 32 && (lens >> (e - s) & 1) && (firsts >> (p[s] & 31) & 1);
}

/* The teller of the sentence p[ss, se): the first kind word that is one. */
static int find_teller(const char *p, size_t ss, size_t se, Teller *t)
{
    for (size_t i = ss; i < se; i++) {
        if (!ascii_isalpha(p[i]) || (i > ss && ascii_isalpha(p[i - 1])))
            continue;
        size_t e = word_end(p, i, se);
        if (kind_may(p, i, e))
            for (int k = 0; kinds[k]; k++)
                if ((p[i] | 0x20) == kinds[k][0] && is_word(p, i, e, kinds[k]) && teller_at(p, ss, se, i, e, t)) {
                    t->ks = i, t->ke = e, t->kind = k;
                    return 1;
                }
        i = e;
    }
    return 0;
}

/* The last sentence asked, and its answer: its claims ask in turn. */
static _Thread_local struct {
    SpanKey key;
    int got;
    char maker[128];
} memo;

static int credit(const char *doc, size_t n, size_t ss, size_t se, char *out, size_t cap);

int docref_credit(const char *doc, size_t n, size_t ss, size_t se, char *out, size_t cap)
{
    if (!spankey_same(&memo.key, doc, ss, se))
        memo.got = credit(doc, n, ss, se, memo.maker, sizeof memo.maker);
    return memo.got && name_copy(memo.maker, 0, strlen(memo.maker), out, cap);
}

static int credit(const char *doc, size_t n, size_t ss, size_t se, char *out, size_t cap)
{
    if (se > n)
        se = n;
    Teller t = {0};
    if (ss >= se || !find_teller(doc, ss, se, &t))
        return 0;
    const char *kind = kinds[t.kind];
    size_t ns = 0, ne = 0;
    /* the teller's own apposition ("The memo, sent by X, says"), then the
     * nearest mention before; "according to a memo": the first after */
    int got = maker_after(doc, t.ke, se, &ns, &ne);
    if (!got) {
        size_t lo = t.ks > BACK_BYTES ? t.ks - BACK_BYTES : 0;
        got = mention(doc, lo, t.ks, kind, 1, &ns, &ne);
    }
    if (!got && t.ahead) {
        size_t hi = t.ke + AHEAD_BYTES < n ? t.ke + AHEAD_BYTES : n;
        got = mention(doc, t.ke, hi, kind, 0, &ns, &ne);
    }
    /* (the article opening a sentence is no part of the name) */
    if (got && ne - ns > 4 && !strncmp(doc + ns, "The", 3) && ascii_isgap(doc[ns + 3]))
        ns = skip_gaps(doc, ns + 3, ne);
    return got && name_copy(doc, ns, ne, out, cap);
}
