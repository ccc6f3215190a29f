/* durations.c — when a duration is the quantity measured (see
 * durations.h). */
#include "durations.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "lines.h"
#include "quantity.h"

static int in(const char *w, size_t l, const char *const *list)
{
    int c0 = w[0] | 32;   /* (the first letter first: most words fail it) */
    for (int i = 0; list[i]; i++)
        if ((list[i][0] | 32) == c0 && strlen(list[i]) == l && !strncasecmp(w, list[i], l))
            return 1;
    return 0;
}

/* Things a duration measures, named before it ("a delay of", "Maturity:",
 * "design life 15 years") or after it ("a 15-year loan", "41 outage
 * hours", "a seven-year ban", "a 40-hour onboarding programme"). */
static const char *const terms[] = {
    "maturity", "maturities", "grace", "tenor", "term", "terms", "delay", "delays", "delayed", "outage",
    "outages", "downtime", "repair", "repairs", "transit", "lifespan", "lifetime", "life", "wait", "waiting",
    "lease", "concession", "contract", "contracts", "warranty", "shutdown", "shutdowns", "blackout", "blackouts",
    "interruption", "interruptions", "disruption", "disruptions", "loan", "loans", "bond", "bonds", "licence",
    "license", "moratorium", "payback", "latency", "journey", "voyage", "trip", "transmission", "duration",
    "ban", "bans", "embargo", "sentence", "suspension", "detention", "repayment", "tenure", "course", "courses",
    "training", "onboarding", "induction", "internship", "apprenticeship", "breach", "breaches", "dwell",
    "obligation", "obligations", "deadline", "commitment", "retention", "unavailability", NULL,
};

/* Arrangements a hyphenated duration before them is the term of ("a
 * 12-year export credit", "a five-year technology agreement", "a 48-hour
 * hold", "a 12-week incubation programme", "the 48-hour standard week";
 * not "a 5-year plan", named by its period):
 * read only after the compound, not as a subject before a number. */
static const char *const terms_after[] = {
    "agreement", "agreements", "credit", "credits", "facility", "facilities", "programme", "programmes",
    "program", "programs", "hold", "holds", "hearing", "hearings", "week", "shift", "shifts", "mandate",
    "holiday", "holidays", "exemption", "exemptions", "maximum", "minimum", "limit", "cap", NULL,
};

/* Nouns a duration is said of through a verb or a preposition: "the
 * mean time to restore an outage was 4.6 hours", "dwell time down from
 * sixteen days", "a target of 6 hours" (with the terms above). */
static const char *const subjects[] = {
    "time", "times", "period", "periods", "target", "targets", "limit", "limits", "length", "average", "median",
    "maximum", "minimum", "total", "estimate", "estimates", NULL,
};

/* Words that join a subject to its duration: a copula or a change. */
static const char *const links[] = {
    "was", "is", "were", "are", "be", "been", "being", "remains", "remained", "stood", "stands", "from", "to",
    "down", "up", "fell", "rose", "dropped", "declined", "increased", "decreased", "grew", "shrank", "cut",
    "reduced", "shortened", "lengthened", "extended", "improved", "of", NULL,
};

/* Verbs after which a duration is the measure: "averaged 11 hours",
 * "lasted 14 hours", "took 67 days", "need about eight days", "spent 18
 * months in orbit". */
static const char *const verbs[] = {
    "averaged", "average", "averages", "averaging", "lasted", "lasts", "lasting", "took", "take",
    "takes", "taking", "taken", "need", "needed", "needs", "require", "required", "requires", "totalling",
    "totaling", "totalled", "totaled", "totals", "spanned", "spans", "span", "runs", "ran", "run", "spent",
    "spend", "spends", "spending", NULL,
};

/* Words before "last" that make it a verb: "to last", "will last". */
static const char *const modals[] = {
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "typically", "usually", NULL,
};

/* Verbs of payment over a term: "paid over five years", "repayable over
 * 20 years" ("over" is then no hedge). */
static const char *const repaid[] = {
    "paid", "repaid", "repayable", "payable", "amortised", "amortized", "amortising", "amortizing", NULL,
};

/* Verbs of work done within a time: "built in 24 months", "restored
 * within 48 hours". */
static const char *const done[] = {
    "built", "completed", "complete", "finish", "constructed", "finished", "delivered", "installed", "restored", "repaired",
    "resolved", "fixed", "deployed", "laid", "commissioned", "rebuilt", "upgraded", NULL,
};

/* Hedges between a verb and its number. */
static const char *const hedges[] = {
    "about", "around", "roughly", "nearly", "almost", "some", "approximately", "up", "to", "more", "than",
    "less", "at", "least", "most", "over", "under", "just", "only", "an", "a", "average", "of", "fewer",
    "as", "many", "much", "well", "between", "further", "additional", "another", NULL,
};

/* Framing: "over the past five years", "within two years", "for the past
 * decade", "after three months". */
static const char *const framing[] = {
    "past", "last", "next", "coming", "previous", "recent", "first", "within", "during", "after", "before",
    "since", "following", "in", NULL,
};

/* The word before p[i): its slice, 0 when none (a punctuation mark or
 * the line's start). */
static size_t prev_word(const char *p, size_t i, size_t *ws)
{
    while (i > 0 && (p[i - 1] == ' ' || p[i - 1] == '\t' || p[i - 1] == '\n' || p[i - 1] == '\r'))
        i--;
    size_t e = i;
    while (i > 0 && (ascii_isalpha((unsigned char)p[i - 1]) || p[i - 1] == '-'))
        i--;
    *ws = i;
    return e - i;
}

static size_t next_word(const char *p, size_t n, size_t i, size_t *ws)
{
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'))
        i++;
    *ws = i;
    while (i < n && (ascii_isalpha((unsigned char)p[i]) || p[i] == '-'))
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
        if (in(p + ws, l, terms) || in(p + ws, l, terms_after) || (l == 6 && !strncasecmp(p + ws, "period", 6) && k > 0))
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

/* Is a subject a duration is said of ("outage", "dwell time") among the
 * eight words before p[i), across links and hedges, in the same clause? */
static int subject_before(const char *p, size_t i)
{
    for (int steps = 0; steps < 8; steps++) {
        size_t w, l = prev_word(p, i, &w);
        if (!l)
            return 0;
        if (in(p + w, l, terms) || in(p + w, l, subjects))
            return 1;
        /* ("the average downtime after a ransomware event was", "time to
         * first restoration ... was": a modifier of the subject, no frame) */
        if ((in(p + w, l, framing) &&
             !in(p + w, l, (const char *const[]){"first", "after", "before", "following", NULL})) ||
            in(p + w, l, (const char *const[]){"ago", "and", "but", "or", "which", NULL}))
            return 0;
        i = w;
    }
    return 0;
}

/* The previous token before p[i) is a share ("2%", "2 percent")? */
static int share_before(const char *p, size_t i)
{
    while (i > 0 && (p[i - 1] == ' ' || p[i - 1] == '\t'))
        i--;
    if (i > 1 && p[i - 1] == '%' && p[i - 2] >= '0' && p[i - 2] <= '9')
        return 1;
    size_t w, l = prev_word(p, i, &w);
    return l == 7 && !strncasecmp(p + w, "percent", 7);
}

/* A date the duration runs to or from, in the four words after p[i)
 * ("after its original closing date", "after the registration
 * deadline", "behind schedule"): the duration is a delay, measured. */
static int date_after(const char *p, size_t n, size_t i)
{
    for (int k = 0; k < 4; k++) {
        size_t w, l = next_word(p, n, i, &w);
        if (!l)
            return 0;
        if (in(p + w, l, (const char *const[]){"deadline", "deadlines", "date", "dates", "schedule", "target", NULL}))
            return 1;
        i = w + l;
    }
    return 0;
}

/* Does the word p[w, w + l) open its sentence (only blanks, after a
 * full stop, a line's start or the text's)? */
static int opens_sentence(const char *p, size_t w)
{
    while (w > 0 && (p[w - 1] == ' ' || p[w - 1] == '\t'))
        w--;
    return w == 0 || p[w - 1] == '\n' || p[w - 1] == '.' || p[w - 1] == '!' || p[w - 1] == '?' || p[w - 1] == '"';
}

/* An event a time limit or a delay runs from, in the four words after
 * p[i) (an ordinal read past): "30 days before contract signature", "41
 * months after commencement", "73 days after the event", "90 days after
 * the 40th ratification", "12 months after commissioning". */
static int event_after(const char *p, size_t n, size_t i)
{
    static const char *const events[] = {
        "commencement", "commissioning", "signature", "signing", "event", "events", "ratification",
        "notification", "award", "handover", "acceptance", "submission", "closing", "order", NULL,
    };
    for (int k = 0; k < 4; k++) {
        size_t w, l = next_word(p, n, i, &w);
        if (!l && w < n && ascii_isdigit((unsigned char)p[w])) {
            while (w < n && ascii_isalnum((unsigned char)p[w]))
                w++;
            l = next_word(p, n, w, &w);
        }
        if (!l)
            return 0;
        if (in(p + w, l, events))
            return 1;
        i = w + l;
    }
    return 0;
}

/* "some 25 months later than originally scheduled": a delay against a
 * plan, after the unit ending at p[i) */
static int later_than_planned(const char *p, size_t n, size_t i)
{
    size_t w, l = next_word(p, n, i, &w);
    if (!(l == 5 && !strncasecmp(p + w, "later", 5)))
        return 0;
    l = next_word(p, n, w + l, &w);
    if (!(l == 4 && !strncasecmp(p + w, "than", 4)))
        return 0;
    l = next_word(p, n, w + l, &w);
    if (l && in(p + w, l, (const char *const[]){"originally", "initially", "first", NULL}))
        l = next_word(p, n, w + l, &w);
    return l && in(p + w, l, (const char *const[]){"scheduled", "planned", "expected", "agreed", "contracted", "promised", NULL});
}

/* A day after "on" ("seven hours on 25 June 2024"): the date of the
 * thing measured, which frames nothing. */
static int day_after_on(const char *p, size_t n, size_t i)
{
    while (i < n && p[i] == ' ')
        i++;
    size_t w, l = next_word(p, n, i, &w);
    return (i < n && p[i] >= '0' && p[i] <= '9') ||
           (l && in(p + w, l,
                    (const char *const[]){"january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december", "monday", "tuesday",
                                          "wednesday", "thursday", "friday", "saturday", "sunday", NULL}));
}

/* An obligation or a schedule among the thirty words before p[i) in its
 * sentence ("required to cover ... within 36 months", "scheduled for
 * completion within 24 months", "Completion: within 20 months"): a
 * deadline is a term set, exactly. */
static int obligation_before(const char *p, size_t i)
{
    static const char *const words[] = {"required", "requires", "require", "must", "shall", "scheduled",
                                        "due", "obliged", "obligation", "completion", "deadline", "undertakes",
                                        "undertake", "committed", "expected", "directed", NULL};
    for (int steps = 0; steps < 30 && i > 0; steps++) {
        size_t b = i;
        while (b > 0 && (p[b - 1] == ' ' || p[b - 1] == '\n' || p[b - 1] == ',' || p[b - 1] == ':'))
            b--;
        if (b > 0 && (p[b - 1] == '.' || p[b - 1] == ';'))
            return 0;
        /* past a bracket: "the ... Fund (UCSAF) within 36 months" */
        if (b > 0 && p[b - 1] == ')') {
            size_t o = b - 1;
            while (o > 0 && b - o < 40 && p[o - 1] != '(' && p[o - 1] != '.' && p[o - 1] != '\n')
                o--;
            if (o == 0 || p[o - 1] != '(')
                return 0;
            i = o - 1;
            continue;
        }
        size_t w, l = prev_word(p, b, &w);
        if (!l) {
            /* a figure on the way ("90% of the population"): past it */
            size_t k = b;
            while (k > 0 && ((p[k - 1] >= '0' && p[k - 1] <= '9') || p[k - 1] == '%' || p[k - 1] == '.'))
                k--;
            if (k == b)
                return 0;
            i = k;
            continue;
        }
        if (in(p + w, l, words))
            return 1;
        i = w;
    }
    return 0;
}

static int measured_at(const char *p, size_t n, size_t start, size_t ws, size_t we, int depth);

/* A passive verb among the five words before p[i), in its clause: a
 * participle ("rotated", "made", "notified") after a form of "be" ("were
 * rotated within", "will be notified by SMS and email within"). */
static int passive_before(const char *p, size_t i)
{
    static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being", NULL};
    static const char *const irregular[] = {"made", "done", "sent", "paid", "built", "given", "taken", "met",
                                            "set", "held", "put", "run", "brought", "sold", "found", NULL};
    for (int steps = 0; steps < 5; steps++) {
        size_t w, l = prev_word(p, i, &w);
        if (!l)
            return 0;
        int participle = (l > 3 && !strncasecmp(p + w + l - 2, "ed", 2)) || in(p + w, l, irregular);
        size_t bs, bl = participle ? prev_word(p, w, &bs) : 0;
        if (bl && in(p + bs, bl, be))
            return 1;
        i = w;
    }
    return 0;
}

/* The duration before p[at) in its sentence (a number, digits or a word,
 * then a duration's unit), within 200 bytes: whether it is measured, as
 * measured_at at the given depth says; DUR_NO when none. */
static int earlier_duration(const char *p, size_t n, size_t at, int depth)
{
    for (size_t k = at; k > 0 && at - k < 200; k--) {
        char c = p[k - 1];
        if (c == ';' || (c == '.' && k < at && (p[k] == ' ' || p[k] == '\n')) || (c == '\n' && k >= 2 && p[k - 2] == '\n'))
            return DUR_NO;
        if (!ascii_isalpha((unsigned char)c) || (k >= 2 && ascii_isalpha((unsigned char)p[k - 2])))
            continue;
        /* a word starts at k - 1: a duration's unit after a number? */
        size_t ue = k - 1;
        while (ue < at && ascii_isalpha((unsigned char)p[ue]))
            ue++;
        if (!durations_unit(p + k - 1, ue - (k - 1)))
            continue;
        size_t b = k - 1;
        while (b > 0 && p[b - 1] == ' ')
            b--;
        if (b == k - 1 || b == 0)
            continue;
        size_t ns = b;
        if (ascii_isdigit((unsigned char)p[b - 1])) {
            while (ns > 0 && (ascii_isdigit((unsigned char)p[ns - 1]) || p[ns - 1] == '.' || p[ns - 1] == ','))
                ns--;
        } else {
            /* a number in words, maybe echoed in digits: "three (3) years" */
            if (p[b - 1] == ')') {
                while (ns > 0 && p[ns - 1] != '(' && b - ns < 8)
                    ns--;
                ns = ns > 0 ? ns - 1 : ns;
                while (ns > 0 && p[ns - 1] == ' ')
                    ns--;
            }
            size_t we2 = ns;
            while (ns > 0 && ascii_isalpha((unsigned char)p[ns - 1]))
                ns--;
            if (ns == we2 || qty_number_word(p + ns, we2 - ns) <= 0)
                continue;
        }
        return measured_at(p, n, ns, k - 1, ue, depth);
    }
    return DUR_NO;
}

/* A verb that measures a duration ("lasted", "took", "to last") before
 * p[i), over hedges. */
static int verb_before(const char *p, size_t i)
{
    for (int steps = 0; steps < 4; steps++) {
        size_t w, l = prev_word(p, i, &w);
        if (!l)
            return 0;
        if (in(p + w, l, verbs))
            return 1;
        if (l == 4 && !strncasecmp(p + w, "last", 4)) {
            size_t ms, ml = prev_word(p, w, &ms);
            return ml && in(p + ms, ml, modals);
        }
        if (!in(p + w, l, hedges))
            return 0;
        i = w;
    }
    return 0;
}

/* "within" or "no later than" just before the number at p[start)
 * (whose word before is p[fw, fw + fl)), an obligation before that. */
static int deadline_before(const char *p, size_t start, size_t fw, size_t fl)
{
    (void)start;
    if (fl == 6 && !strncasecmp(p + fw, "within", 6))
        return obligation_before(p, fw);
    if (fl != 4 || strncasecmp(p + fw, "than", 4))
        return 0;
    size_t lw, ll = prev_word(p, fw, &lw);
    if (ll != 5 || strncasecmp(p + lw, "later", 5))
        return 0;
    size_t nw, nl = prev_word(p, lw, &nw);
    return ((nl == 2 && !strncasecmp(p + nw, "no", 2)) || (nl == 3 && !strncasecmp(p + nw, "not", 3))) &&
           obligation_before(p, nw);
}

/* Phase 1, the words after the unit and between the number and its
 * unit: "ago", "later", "on 25 June" make a time or a date; "per site",
 * "behind schedule", "in orbit", "41 outage hours" a measure. DUR_NO or
 * DUR_MEASURED when they decide, else -1; *of_after: "of" follows
 * ("72 hours of autonomy"). */
static int measured_after(const char *p, size_t n, size_t start, size_t ws, size_t we, int *of_after)
{
    size_t w, l;
    /* after: "ago", "later", "earlier", "since", "on" make a time; "per
     * site" a rate; "behind schedule", "late", "in orbit" a measure */
    l = next_word(p, n, we, &w);
    /* ("18 months after its original closing date" is a delay; "seven
     * hours on 25 June" is dated; "kept for 30 days before being
     * overwritten" is measured by its "for") */
    int after = l && in(p + w, l, (const char *const[]){"after", "before", "beyond", "past", NULL});
    if (after && date_after(p, n, w + l))
        return DUR_MEASURED;
    size_t fw, fl = prev_word(p, start, &fw);
    /* a limit or a delay against an event or a plan ("notify at least 30
     * days before contract signature", "30 months from the Commencement
     * Date", "some 25 months later than originally scheduled"); not a
     * sentence's opening frame ("Two years after the event, ...") */
    int from = l == 4 && !strncasecmp(p + w, "from", 4);
    if (((after && event_after(p, n, w + l)) || (from && (date_after(p, n, w + l) || event_after(p, n, w + l))) ||
         later_than_planned(p, n, we)) &&
        !opens_sentence(p, fl && in(p + fw, fl, hedges) ? fw : start))
        return DUR_MEASURED;
    /* a deadline an obligation sets: "shall notify ... within 10 days
     * after", "shall provide notice no later than 30 days after" */
    if (after && fl && deadline_before(p, start, fw, fl))
        return DUR_MEASURED;
    /* ("lasted about 60 days before the handover": a verb measures it) */
    int for_before = (fl == 3 && !strncasecmp(p + fw, "for", 3)) || verb_before(p, start);
    if (l && (in(p + w, l,
                 (const char *const[]){"ago", "later", "earlier", "old", "after", "before", "since", "on",
                                       "running", "into", NULL})) &&
        !(l == 2 && !strncasecmp(p + w, "on", 2) && day_after_on(p, n, w + l)) && !(after && for_before))
        return DUR_NO;
    if (l == 4 && !strncasecmp(p + w, "from", 4)) {
        /* "five years from now"; not "paid over five years from the budget" */
        size_t w2, l2 = next_word(p, n, w + l, &w2);
        if (!l2 || in(p + w2, l2, (const char *const[]){"now", "today", "then", "that", "this", "when", NULL}))
            return DUR_NO;
    }
    /* "72 hours of autonomy", "11 years of service": what the duration
     * is of, when nothing before it frames time */
    *of_after = l == 2 && !strncasecmp(p + w, "of", 2);
    if (l && in(p + w, l, (const char *const[]){"per", "behind", "late", "overdue", "ahead", NULL}))
        return DUR_MEASURED;
    /* "15 hours a day", "40 hours a week": a rate of work */
    if (l == 1 && (p[w] == 'a' || p[w] == 'A')) {
        size_t w2, l2 = next_word(p, n, w + l, &w2);
        if (l2 && in(p + w2, l2, (const char *const[]){"day", "week", "month", "night", "shift", NULL}))
            return DUR_MEASURED;
    }
    if (l == 2 && !strncasecmp(p + w, "in", 2)) {
        size_t w2, l2 = next_word(p, n, w + l, &w2);
        if (l2 && in(p + w2, l2,
                     (const char *const[]){"orbit", "service", "operation", "office", "prison", "jail", "custody",
                                           "detention", "space", NULL}))
            return DUR_MEASURED;
    }
    /* a modifier between the number and its unit: "41 outage hours",
     * "1.06 million training hours" */
    size_t k = start;
    while (k < ws && !(p[k] == ' ' || p[k] == '\t'))
        k++;
    for (int m = 0; m < 2 && k < ws; m++) {
        l = next_word(p, n, k, &w);
        if (!l || w >= ws)
            break;
        if (in(p + w, l, terms))
            return DUR_MEASURED;
        k = w + l;
    }
    return -1;
}

/* Work done by an agent named before p[i): "built by HMN in three
 * years", "completed by Huawei in 22 months" (the agent in at most three
 * words, its first capitalised: not "by the end"). */
static int done_by_agent(const char *p, size_t i)
{
    for (int steps = 0; steps < 3; steps++) {
        size_t w, l = prev_word(p, i, &w);
        if (!l)
            return 0;
        size_t bs, bl = prev_word(p, w, &bs);
        if (bl == 2 && !strncasecmp(p + bs, "by", 2) && p[w] >= 'A' && p[w] <= 'Z') {
            size_t vs, vl = prev_word(p, bs, &vs);
            return vl && in(p + vs, vl, done);
        }
        i = w;
    }
    return 0;
}

/* Phase 2, the words before the number, over hedges: a verb, a term, a
 * field's key, a subject joined by a link, work done "in" or "within"
 * it, "for", a payment "over" it. */
static int measured_before(const char *p, size_t n, size_t start, size_t ws, size_t we, int of_after, int depth)
{
    size_t w, l;
    size_t i = start;
    int over = 0;
    for (int steps = 0; steps < 6; steps++) {
        size_t b = i;
        while (b > 0 && (p[b - 1] == ' ' || p[b - 1] == '\t' || p[b - 1] == '\n' || p[b - 1] == '\r'))
            b--;
        int leader = b > 1 && p[b - 1] == '.' && p[b - 2] == '.';
        if (b > 0 && (p[b - 1] == ':' || leader)) {
            while (b > 0 && (p[b - 1] == '.' || p[b - 1] == ':' || p[b - 1] == ' '))
                b--;
            size_t ks, kl = prev_word(p, b, &ks);
            return kl && (in(p + ks, kl, terms) || (kl == 6 && !strncasecmp(p + ks, "period", 6))) ? DUR_MEASURED
                                                                                                    : DUR_NO;
        }
        l = prev_word(p, i, &w);
        if (!l) {
            /* "at 2% over 20 years": a loan's term */
            if (over && share_before(p, i)) {
                size_t ts, tl, j = i;
                while (j > 0 && (p[j - 1] == ' ' || p[j - 1] == '\t'))
                    j--;
                while (j > 0 && p[j - 1] != ' ' && p[j - 1] != '\t' && p[j - 1] != '\n')
                    j--;
                tl = prev_word(p, j, &ts);
                if (tl == 2 && !strncasecmp(p + ts, "at", 2))
                    return DUR_OVER;
            }
            return DUR_NO;
        }
        if (in(p + w, l, verbs) || in(p + w, l, terms))
            return DUR_MEASURED;
        /* the rest of a duration in two units, "13 years 6 months": as
         * its first part (join.h makes them one) */
        if (depth == 0 && steps == 0 && durations_unit(p + w, l) &&
            in(p + w, l, (const char *const[]){"years", "year", "hours", "hour", "minutes", "minute", NULL}))
            return earlier_duration(p, n, w + l, 1);
        if (over && in(p + w, l, repaid))
            return DUR_OVER;
        /* "41 hours, against 68 hours": compared with a figure in the
         * same unit before it in the sentence */
        if (in(p + w, l, (const char *const[]){"against", "versus", "vs", NULL}))
            return same_unit_before(p, w, ws, we) ? DUR_MEASURED : DUR_NO;
        if (l == 4 && !strncasecmp(p + w, "from", 4))
            return same_unit_before(p, w, ws, we) || subject_before(p, w) ? DUR_MEASURED : DUR_NO;
        if ((l == 2 && !strncasecmp(p + w, "in", 2)) || (l == 6 && !strncasecmp(p + w, "within", 6))) {
            /* "built in 24 months", "restored within 48 hours" */
            size_t vs, vl = prev_word(p, w, &vs);
            if ((vl && in(p + vs, vl, done)) || done_by_agent(p, w))
                return l == 2 ? DUR_MEASURED : DUR_WITHIN;
            /* a deadline: "required to cover ... within 36 months of
             * assignment", "scheduled for completion within 24 months" */
            if (l == 6 && obligation_before(p, w))
                return DUR_MEASURED;
            /* work done in the passive: "were rotated within 4 hours",
             * "will be notified by SMS and email within 7 days" */
            if (l == 6 && passive_before(p, w))
                return DUR_WITHIN;
            /* "within 30 days of the notice and the balance within 90
             * days": as the "within" before it in the sentence */
            if (l == 6 && depth == 0)
                return earlier_duration(p, n, w, 1);
            return DUR_NO;
        }
        /* "retained for 30 days, and up to 2 years": as the duration the
         * coordinator joins it to */
        if (depth == 0 && ((l == 3 && !strncasecmp(p + w, "and", 3)) || (l == 2 && !strncasecmp(p + w, "or", 2))))
            return earlier_duration(p, n, w, 1);
        /* "expected to last about 60 days", "will last three weeks" */
        if (l == 4 && !strncasecmp(p + w, "last", 4)) {
            size_t ms, ml = prev_word(p, w, &ms);
            if (ml && in(p + ms, ml, modals))
                return DUR_MEASURED;
        }
        if (in(p + w, l, framing))
            return DUR_NO;
        if (l == 2 && !strncasecmp(p + w, "of", 2)) {
            size_t ts, tl = prev_word(p, w, &ts);
            return tl && (in(p + ts, tl, terms) || in(p + ts, tl, subjects)) ? DUR_MEASURED : DUR_NO;
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
                    return DUR_MEASURED;
                j = vs;
            }
            return DUR_NO;
        }
        if (l == 3 && !strncasecmp(p + w, "for", 3)) {
            /* "cut ... for more than two years", "for sixteen days"; not
             * a sentence's opening frame ("For ten years, China ...") */
            size_t b2 = w;
            while (b2 > 0 && (p[b2 - 1] == ' ' || p[b2 - 1] == '\t'))
                b2--;
            int opens = b2 == 0 || p[b2 - 1] == '.' || p[b2 - 1] == '\n' || p[b2 - 1] == '!' || p[b2 - 1] == '?';
            size_t e = we;
            while (e < n && (p[e] == ' ' || p[e] == '\t'))
                e++;
            return opens && e < n && p[e] == ',' ? DUR_NO : DUR_MEASURED;
        }
        if (in(p + w, l, links) && !(l == 2 && !strncasecmp(p + w, "to", 2)) &&
            !(l == 2 && !strncasecmp(p + w, "up", 2)))
            return subject_before(p, w) ? DUR_MEASURED : DUR_NO;
        if (!in(p + w, l, hedges))
            return of_after ? DUR_MEASURED : DUR_NO;
        /* "to", "up": a hedge ("up to five weeks") or a change ("fell to
         * 2.6 hours"): a subject before it decides the latter */
        if ((l == 2 && !strncasecmp(p + w, "to", 2)) && subject_before(p, w))
            return DUR_MEASURED;
        over = i == start && l == 4 && !strncasecmp(p + w, "over", 4);
        i = w;
    }
    return DUR_NO;
}

/* Do only blanks stand before p[i] on its line (lines_blank of the
 * line's start to i)? Read back over the blanks alone, not to the line's
 * start: a text of one long line asks it for each of its durations. */
static int opens_line(const char *p, size_t i)
{
    while (i > 0 && (p[i - 1] == ' ' || p[i - 1] == '\t' || p[i - 1] == '\r'))
        i--;
    return i == 0 || p[i - 1] == '\n';
}

static int measured_at(const char *p, size_t n, size_t start, size_t ws, size_t we, int depth)
{
    /* a table's cell: "Duration" over "  3 weeks", "38 days" at a row's
     * end (not a line of its own: "Nine months" heads a section) */
    if (lines_cell_alone(p, n, start, we) && !opens_line(p, start))
        return DUR_MEASURED;
    int of_after = 0, r = measured_after(p, n, start, ws, we, &of_after);
    if (r >= 0)
        return r;
    return measured_before(p, n, start, ws, we, of_after, depth);
}

/* Another number and a smaller unit right after the unit ("4 years 6
 * months") or a number and a larger one before the number ("2 years 6
 * months"): one duration in two parts, which the scanner reads apart. */
static int compound_part(const char *p, size_t n, size_t start, size_t we)
{
    size_t i = we;
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        i++;
    if (i < n && ascii_isdigit((unsigned char)p[i])) {
        while (i < n && (ascii_isdigit((unsigned char)p[i]) || p[i] == '.'))
            i++;
        size_t w, l = next_word(p, n, i, &w);
        if (l && durations_unit(p + w, l))
            return 1;
    }
    size_t w, l = prev_word(p, start, &w);
    if (l && durations_unit(p + w, l)) {
        size_t b = w;
        while (b > 0 && p[b - 1] == ' ')
            b--;
        return b > 0 && ascii_isdigit((unsigned char)p[b - 1]);
    }
    return 0;
}


/* Words before a duration that make it frame time: "over the past five
 * years", "in the first nine months", "every two years", "in two years",
 * "during", "since", "until". */
static const char *const frame_before[] = {
    "past", "last", "next", "coming", "previous", "recent", "first", "following", "every", "each", "aged",
    "in", "during", "since", "throughout", "until", "till", NULL,
};

/* Words after a duration that make it a time: "five years ago", "two
 * years later", "five years from now", "the nine months ended 30
 * September". */
static const char *const frame_after[] = {
    "ago", "later", "earlier", "old", "since", "into", "running", "hence", "before", "after", "from", "ended",
    "ending", NULL,
};

/* Years and decades: the units of a horizon ("within five years"). */
static int durations_horizon(const char *w, size_t l)
{
    const char *u = durations_unit(w, l);
    return u && (!strcmp(u, "years") || !strcmp(u, "decades"));
}

/* Phase 3, when neither the words after nor before decided: a duration
 * is what is measured unless it frames time (FORMAT.md, Conventions),
 * after the words of frame_before or before those of frame_after, or as
 * a sentence's opening ("Within two years, ..."); a line that is a
 * duration alone heads a section. "within" before it frames unless "of"
 * follows it ("within 30 days of the order": at most); "over" just
 * before it is a term's (exactly: "instalments over five years"). */
static int measured_unless_framed(const char *p, size_t n, size_t start, size_t ws, size_t we)
{
    size_t w, l = next_word(p, n, we, &w);
    if (l && in(p + w, l, frame_after))
        return DUR_NO;
    int of_after = l == 2 && !strncasecmp(p + w, "of", 2);
    size_t le = we;
    while (le < n && (p[le] == ' ' || p[le] == '\t' || p[le] == '\r'))
        le++;
    if (opens_line(p, start) && (le == n || p[le] == '\n'))
        return DUR_NO;
    if (compound_part(p, n, start, we))
        return DUR_NO;
    int comma_after = le < n && p[le] == ',';
    size_t i = start;
    int bound = DUR_MEASURED, hedged = 0;
    for (int steps = 0; steps < 6; steps++) {
        l = prev_word(p, i, &w);
        if (!l) {
            /* a range's first number: "three to five years" */
            size_t k = i;
            while (k > 0 && (p[k - 1] == ' ' || p[k - 1] == '\t'))
                k--;
            size_t d = k;
            while (d > 0 && (ascii_isdigit((unsigned char)p[d - 1]) || p[d - 1] == '.' || p[d - 1] == ','))
                d--;
            /* (not a year: "from 72 hours in 2021 to 26 hours") */
            if (d == k || steps == 0 || (k - d == 4 && (p[d] == '1' || p[d] == '2')))
                return bound;
            i = d;
            continue;
        }
        /* ("pays back in about 6 years", "in under two days": a hedge
         * says the time is measured) */
        if (l == 2 && !strncasecmp(p + w, "in", 2) && hedged && !opens_sentence(p, w))
            return bound;
        if (in(p + w, l, frame_before))
            return DUR_NO;
        if (l == 6 && !strncasecmp(p + w, "within", 6)) {
            /* "repayable within 7 to 30 days": a term */
            size_t vs, vl = prev_word(p, w, &vs);
            if (vl && in(p + vs, vl, repaid))
                return DUR_MEASURED;
            if (opens_sentence(p, w))
                return DUR_NO;
            if (of_after)
                return DUR_WITHIN;
            /* "report incidents within 24 hours", "notified within 28
             * days": a time allowed for an act, in hours, days, weeks or
             * months, is the figure its sentence sets; "within five
             * years" is a horizon, not a deadline */
            return !durations_horizon(p + ws, we - ws) ? DUR_MEASURED : DUR_NO;
        }
        if (comma_after && opens_sentence(p, w) &&
            in(p + w, l, (const char *const[]){"for", "over", "after", "within", "by", NULL}))
            return DUR_NO;
        if (steps == 0 && l == 4 && !strncasecmp(p + w, "over", 4))
            bound = DUR_OVER;
        if (!in(p + w, l, hedges) && !(l == 3 && !strncasecmp(p + w, "the", 3)) && qty_number_word(p + w, l) < 0)
            return bound;
        hedged |= in(p + w, l, hedges);
        i = w;
    }
    return bound;
}

int durations_measured(const char *p, size_t n, size_t start, size_t ws, size_t we)
{
    int r = measured_at(p, n, start, ws, we, 0);
    return r == DUR_NO ? measured_unless_framed(p, n, start, ws, we) : r;
}

int durations_framed(const char *p, size_t start)
{
    size_t i = start;
    for (int steps = 0; steps < 5; steps++) {
        size_t w, l = prev_word(p, i, &w);
        if (!l)
            return 0;
        /* ("in" alone need not frame: "mature in 7 to 12 years") */
        if (in(p + w, l, framing) && !(l == 2 && !strncasecmp(p + w, "in", 2)))
            return 1;
        if (!in(p + w, l, hedges) && !(l == 3 && !strncasecmp(p + w, "the", 3)))
            return 0;
        i = w;
    }
    return 0;
}
