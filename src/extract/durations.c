/* durations.c — when a duration is the quantity measured (see
 * durations.h). */
#include "durations.h"

#include <string.h>
#include <strings.h>

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static int in(const char *w, size_t l, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == l && !strncasecmp(w, list[i], l))
            return 1;
    return 0;
}

/* Things a duration measures, named before it ("a delay of", "Maturity:")
 * or after it ("a 15-year loan", "41 outage hours"). */
static const char *const terms[] = {
    "maturity", "maturities", "grace", "tenor", "term", "terms", "delay", "delays", "delayed", "outage",
    "outages", "downtime", "repair", "repairs", "transit", "lifespan", "lifetime", "wait", "waiting", "lease",
    "concession", "contract", "contracts", "warranty", "shutdown", "shutdowns", "blackout", "blackouts",
    "interruption", "interruptions", "disruption", "disruptions", "loan", "loans", "bond", "bonds", "licence",
    "license", "moratorium", "payback", "latency", "journey", "voyage", "trip", "transmission", NULL,
};

/* Verbs after which a duration is the measure: "averaged 11 hours",
 * "lasted 14 hours", "took 67 days", "need about eight days". */
static const char *const verbs[] = {
    "averaged", "average", "averages", "averaging", "lasted", "lasts", "lasting", "took", "take",
    "takes", "taking", "taken", "need", "needed", "needs", "require", "required", "requires", "totalling",
    "totaling", "totalled", "totaled", "totals", "spanned", "spans", "span", "runs", "ran", "run", NULL,
};

/* Hedges between a verb and its number. */
static const char *const hedges[] = {
    "about", "around", "roughly", "nearly", "almost", "some", "approximately", "up", "to", "more", "than",
    "less", "at", "least", "most", "over", "under", "just", "only", "an", "a", "average", "of", "fewer",
    "as", "many", "much", "well", NULL,
};

/* Framing: "over the past five years", "within two years", "for the past
 * decade", "after three months". */
static const char *const framing[] = {
    "past", "last", "next", "coming", "previous", "recent", "first", "within", "during", "after", "before",
    "since", "following", "in", NULL,
};

/* Disruptions a duration measures with "for": "cut ... for two years". */
static const char *const cuts[] = {
    "cut", "shut", "blocked", "suspended", "disrupted", "offline", "down", "closed", "halted", "banned",
    "restricted", "severed", "interrupted", NULL,
};

/* The word before p[i): its slice, 0 when none (a punctuation mark or
 * the line's start). */
static size_t prev_word(const char *p, size_t i, size_t *ws)
{
    while (i > 0 && (p[i - 1] == ' ' || p[i - 1] == '\t' || p[i - 1] == '\n' || p[i - 1] == '\r'))
        i--;
    size_t e = i;
    while (i > 0 && (is_alpha((unsigned char)p[i - 1]) || p[i - 1] == '-'))
        i--;
    *ws = i;
    return e - i;
}

static size_t next_word(const char *p, size_t n, size_t i, size_t *ws)
{
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'))
        i++;
    *ws = i;
    while (i < n && (is_alpha((unsigned char)p[i]) || p[i] == '-'))
        i++;
    return i - *ws;
}

const char *durations_unit(const char *w, size_t l)
{
    static const struct {
        const char *w, *u;
    } t[] = {
        {"year", "years"}, {"years", "years"}, {"yr", "years"}, {"yrs", "years"}, {"month", "months"},
        {"months", "months"}, {"week", "weeks"}, {"weeks", "weeks"}, {"day", "days"}, {"days", "days"},
        {"hour", "hours"}, {"hours", "hours"}, {"hr", "hours"}, {"hrs", "hours"}, {"minute", "minutes"},
        {"minutes", "minutes"}, {"second", "seconds"}, {"seconds", "seconds"}, {"decade", "decades"},
        {"decades", "decades"}, {NULL, NULL},
    };
    for (int i = 0; t[i].w; i++)
        if (strlen(t[i].w) == l && !strncasecmp(w, t[i].w, l))
            return t[i].u;
    return NULL;
}

int durations_term_after(const char *p, size_t n, size_t e)
{
    /* up to three words: "grace period", "managed-services contract" */
    size_t i = e;
    for (int k = 0; k < 3; k++) {
        size_t ws, l = next_word(p, n, i, &ws);
        if (!l)
            return 0;
        if (in(p + ws, l, terms) || (l == 6 && !strncasecmp(p + ws, "period", 6) && k > 0))
            return 1;
        i = ws + l;
    }
    return 0;
}

/* Does the duration word p[ws, we) stand, after a number, within the
 * 150 bytes before p[i) of the same sentence? */
static int same_unit_before(const char *p, size_t i, size_t ws, size_t we)
{
    size_t l = we - ws;
    for (size_t k = i; k > l && i - k < 150; k--) {
        if (p[k - 1] == '.' && k < i && p[k] == ' ')
            return 0;
        if (k >= l + 2 && !strncasecmp(p + k - l, p + ws, l) && p[k - l - 1] == ' ' && p[k - l - 2] >= '0' &&
            p[k - l - 2] <= '9')
            return 1;
    }
    return 0;
}

int durations_measured(const char *p, size_t n, size_t start, size_t ws, size_t we)
{
    size_t w, l;
    /* after: "ago", "later", "earlier" make a time; "per site" a rate */
    l = next_word(p, n, we, &w);
    if (l && (in(p + w, l, (const char *const[]){"ago", "later", "earlier", "old", "from", NULL})))
        return 0;
    if (l == 3 && !strncasecmp(p + w, "per", 3))
        return 1;
    /* a modifier between the number and its unit: "41 outage hours" */
    size_t k = start;
    while (k < ws && !(p[k] == ' ' || p[k] == '\t'))
        k++;
    l = next_word(p, n, k, &w);
    if (l && w < ws && in(p + w, l, terms))
        return 1;
    /* before, over hedges: a verb, a term and "of" or ':', "by" after a
     * delay, "for" after a cut */
    size_t i = start;
    for (int steps = 0; steps < 6; steps++) {
        size_t b = i;
        while (b > 0 && (p[b - 1] == ' ' || p[b - 1] == '\t' || p[b - 1] == '\n' || p[b - 1] == '\r'))
            b--;
        if (b > 0 && p[b - 1] == ':') {
            /* a field: "Maturity: 20 years", "Grace Period: 7 years" */
            size_t ks, kl = prev_word(p, b - 1, &ks);
            if (kl && in(p + ks, kl, terms))
                return 1;
            if (kl == 6 && !strncasecmp(p + ks, "period", 6))
                return 1;
            return 0;
        }
        l = prev_word(p, i, &w);
        if (!l)
            return 0;
        if (in(p + w, l, verbs))
            return 1;
        /* "41 hours, against 68 hours": compared with a figure in the
         * same unit before it in the sentence */
        if (in(p + w, l, (const char *const[]){"against", "versus", "vs", "from", NULL}))
            return same_unit_before(p, w, ws, we);
        if (in(p + w, l, framing))
            return 0;
        if (l == 2 && !strncasecmp(p + w, "of", 2)) {
            size_t ts, tl = prev_word(p, w, &ts);
            return tl && (in(p + ts, tl, terms) || (tl == 6 && !strncasecmp(p + ts, "period", 6)));
        }
        if (l == 2 && !strncasecmp(p + w, "by", 2)) {
            /* "delayed installation by about five months" */
            size_t j = w;
            for (int back = 0; back < 4; back++) {
                size_t vs, vl = prev_word(p, j, &vs);
                if (!vl)
                    break;
                if (in(p + vs, vl, (const char *const[]){"delayed", "postponed", "extended", "delay", "pushed",
                                                         "cut", "reduced", "shortened", NULL}))
                    return 1;
                j = vs;
            }
            return 0;
        }
        if (l == 3 && !strncasecmp(p + w, "for", 3)) {
            /* "was cut in the Tigray Region ... for more than two years" */
            size_t j = w;
            for (int back = 0; back < 10; back++) {
                size_t vs, vl = prev_word(p, j, &vs);
                if (!vl)
                    break;
                if (in(p + vs, vl, cuts))
                    return 1;
                j = vs;
            }
            return 0;
        }
        if (!in(p + w, l, hedges))
            return 0;
        i = w;
    }
    return 0;
}
