/* tense.c — the tense a sentence states a figure in (see tense.h). */
#include "tense.h"

#include <string.h>
#include <strings.h>

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Is w[0, n) one of the words (lower case)? */
static int one_of(const char *w, size_t n, const char *const *words)
{
    for (int k = 0; words[k]; k++)
        if (strlen(words[k]) == n && !strncasecmp(w, words[k], n))
            return 1;
    return 0;
}

/* Finite present forms that are verbs wherever they stand. */
static const char *const present[] = {
    "is", "are", "am", "has", "does", "remains", "stands", "operates", "runs", "hosts", "holds", "covers",
    "comprises", "serves", "connects", "employs", "reaches", "owns", "includes", "sits", "lives", "accounts",
    "needs", "uses", "spans", "contains", "exceeds", "lags", "lies", "totals", "exists", "provides", "offers",
    "supplies", "controls", "dominates", "represents", "leaves", "lacks", "equals", "stores", "handles",
    "manages", "carries", "ranks", "counts", "hits", "tops", "nears", "examines", "identifies", "lists",
    "tracks", "now", "currently", "today",
    NULL,
};

/* Plain present forms, verbs only after a subject ("households own",
 * "they run"): not the noun of "internet use", not an infinitive. */
static const char *const plain[] = {
    "have", "do", "remain", "stand", "operate", "run", "host", "hold", "cover", "serve", "connect", "employ",
    "reach", "own", "include", "live", "account", "need", "use", "span", "contain", "exceed", "lag", "lie",
    "exist", "provide", "offer", "control", "lack", "leave", "want", NULL,
};

/* Words a plain form follows as its subject. */
static const char *const subjects[] = {"they", "we", "you", "i", "who", "that", "which", "people", "also",
                                       "still", "now", "only", "all", "both", "not", NULL};

/* Past forms and auxiliaries. (A reporting verb, "says", "said", is no
 * tense of the figure: what was said is.) */
static const char *const past[] = {
    "was", "were", "had", "did", "built", "rose", "grew", "fell", "made", "took", "gave", "spent", "led",
    "paid", "sold", "won", "lost", "ran", "began", "saw", "became", "brought", "bought", "found", "stood", "left", "sent", "laid", NULL,
};

/* What makes a clause a plan, a forecast or the future: no present fact. */
static const char *const future[] = {
    "will", "would", "could", "may", "might", "shall", "should", "plans", "planned", "aims", "expected",
    "expects", "projected", "forecast", "forecasts", "hopes", "intends", "pledged", "pledges", "promised",
    "promises", "vowed", "vows", "targets", NULL,
};

/* Words before an "-ed" form that make it a participle, not a past verb:
 * "has signed", "is expected", "the estimated". */
static const char *const before_participle[] = {
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "the", "a", "an", "its", "their",
    "his", "her", "our", "newly", "recently", "fully", "partly", "not", NULL,
};

/* Modals and "to" before a plain form: not a finite verb. */
static const char *const before_plain_not[] = {"to", "will", "would", "could", "can", "may", "might",
                                               "should", "must", "shall", "did", NULL};

enum { T_NONE, T_PRESENT, T_PAST, T_FUTURE };

/* The tense of the word w[0, n) after the word pw[0, pn) (pn 0: none). */
static int word_tense(const char *w, size_t n, const char *pw, size_t pn)
{
    if (one_of(w, n, future))
        return T_FUTURE;
    if (one_of(w, n, present))
        return T_PRESENT;
    if (one_of(w, n, past))
        return T_PAST;
    if (one_of(w, n, plain)) {
        if (!pn || one_of(pw, pn, before_plain_not))
            return T_NONE;
        int subject = one_of(pw, pn, subjects) ||
                      (pn > 2 && (pw[pn - 1] | 0x20) == 's' && !one_of(pw, pn, (const char *const[]){"is", "was",
                                                                                                 "has", "its", "this",
                                                                                                 "thus", NULL}));
        return subject ? T_PRESENT : T_NONE;
    }
    /* a regular past: "rose", no; "signed", "reached" after no auxiliary */
    if (n >= 5 && (w[n - 2] | 0x20) == 'e' && (w[n - 1] | 0x20) == 'd' && !(w[0] >= 'A' && w[0] <= 'Z') &&
        pn && !one_of(pw, pn, before_participle))
        return T_PAST;
    return T_NONE;
}

/* Is p[i] a clause's end: , ; : or a dash between blanks? */
static int clause_mark(const char *p, size_t i, size_t se)
{
    char c = p[i];
    if (c == ',' || c == ';' || c == ':')
        return 1;
    /* " - ", " — " (E2 80 94), " – " (E2 80 93) */
    if (c == '-' && i > 0 && p[i - 1] == ' ' && i + 1 < se && p[i + 1] == ' ')
        return 1;
    if ((unsigned char)c == 0xE2 && i + 2 < se && (unsigned char)p[i + 1] == 0x80 &&
        ((unsigned char)p[i + 2] == 0x94 || (unsigned char)p[i + 2] == 0x93) && i > 0 && p[i - 1] == ' ')
        return 1;
    return 0;
}

/* The tense of p[s, e): the first finite verb's; the future wherever it
 * stands. */
static int span_tense(const char *p, size_t s, size_t e)
{
    int first = T_NONE;
    size_t ps = 0, pn = 0;
    for (size_t i = s; i < e;) {
        if (!is_alpha((unsigned char)p[i])) {
            i++;
            continue;
        }
        size_t ws = i;
        while (i < e && (is_alpha((unsigned char)p[i]) || p[i] == '-'))
            i++;
        int t = word_tense(p + ws, i - ws, p + ps, pn);
        if (t == T_FUTURE)
            return T_FUTURE;
        if (t != T_NONE && first == T_NONE)
            first = t;
        ps = ws;
        pn = i - ws;
    }
    return first;
}

/* Does p[s, e) give its figure as one guess among others ("with some
 * estimates reaching", "by one estimate", "estimates vary"), or as a rate
 * that recurs ("costs the world $6 trillion annually", "a year")? The
 * first is nobody's statement of the present; the second a standing rate,
 * said of no one year. */
static int no_present_fact(const char *p, size_t s, size_t e)
{
    static const char *const hedges[] = {"some estimates", "by one estimate", "by some estimates",
                                         "other estimates", "estimates vary", "estimates range",
                                         "annually", "a year ", "a year.", "per year", "each year",
                                         "every year", "per annum", NULL};
    for (size_t i = s; i < e; i++) {
        if (i > s && is_alpha((unsigned char)p[i - 1]))
            continue;
        for (int k = 0; hedges[k]; k++) {
            size_t l = strlen(hedges[k]);
            if (i + l <= e && !strncasecmp(p + i, hedges[k], l))
                return 1;
        }
    }
    return 0;
}

int tense_present(const char *p, size_t ss, size_t se, size_t at)
{
    if (at < ss || at >= se)
        return 0;
    /* the claim's clause */
    size_t cs = at, ce = at;
    while (cs > ss && !clause_mark(p, cs - 1, se))
        cs--;
    while (ce < se && !clause_mark(p, ce, se))
        ce++;
    if (no_present_fact(p, cs, ce))
        return 0;
    int t = span_tense(p, cs, ce);
    if (t == T_NONE)
        t = span_tense(p, ss, se);
    return t == T_PRESENT;
}
