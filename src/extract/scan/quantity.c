/* quantity.c — the lexicon the scanner uses to read the words around a
 * number (see quantity.h).
 *
 * The word lists below are the lexicon's source. Every word of every list
 * is also entered, once, into a hash index that maps a word to the set of
 * lists holding it (LX_* bits), so that "is this word a counted noun, a
 * duration, a stop word...?" costs one probe rather than a walk through
 * each list: the scanner asks it at every candidate number. Lists whose
 * entries carry a value (scales, currencies, number words) are still read
 * linearly, but only for a word the index says is in them. */
#include "quantity.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "utf8.h"
#include "textwalk.h"

/* Case-insensitive equality of the slice w[0,n) and the literal s. */
static int weq(const char *w, size_t n, const char *s)
{
    size_t i = 0;
    for (; i < n && s[i]; i++)
        if (ascii_lower(w[i]) != s[i])
            return 0;
    return i == n && s[i] == 0;
}

/* The lists a word can belong to. */
enum {
    LX_FURNITURE = 1u << 0,
    LX_DURATION = 1u << 1,
    LX_COUNT = 1u << 2,
    LX_STOP = 1u << 3,
    LX_ABSTRACT = 1u << 4,
    LX_ADJ = 1u << 5,
    LX_MONTH = 1u << 6,
    LX_LABEL = 1u << 7,
    LX_TIMEPREP = 1u << 8,
    LX_DETERMINER = 1u << 9,
    LX_QUALEND = 1u << 10,   /* the last word of a qualifier phrase */
    LX_SCALE = 1u << 11,
    LX_CURRENCY = 1u << 12,
    LX_NUMBER = 1u << 13,
    LX_FRACTION = 1u << 14,
    LX_MULT = 1u << 15,
    LX_TIMESVERB = 1u << 16,
};

static unsigned lex_lookup(const char *w, size_t n);

typedef struct Scale {
    const char *w;
    double mult;
    int short_form;   /* only with a currency ("m", "b") */
} Scale;

static const Scale scales[] = {
    {"thousand", 1e3, 0}, {"million", 1e6, 0}, {"billion", 1e9, 0},
    {"trillion", 1e12, 0}, {"k", 1e3, 0}, {"mn", 1e6, 0}, {"mln", 1e6, 0},
    {"bn", 1e9, 0}, {"bln", 1e9, 0}, {"tn", 1e12, 0}, {"trn", 1e12, 0},
    {"trln", 1e12, 0}, {"tr", 1e12, 1},
    {"m", 1e6, 1}, {"b", 1e9, 1}, {"lakh", 1e5, 0}, {"lakhs", 1e5, 0},
    {"crore", 1e7, 0}, {"crores", 1e7, 0}, {"mil", 1e6, 1},
    {NULL, 0, 0},
};

double qty_scale(const char *w, size_t n, int short_ok)
{
    if (!(lex_lookup(w, n) & LX_SCALE))
        return 0;
    for (size_t i = 0; scales[i].w; i++)
        if (weq(w, n, scales[i].w) && (short_ok || !scales[i].short_form))
            return scales[i].mult;
    return 0;
}

/* Upper-case ISO 4217 codes accepted next to a number. A whitelist, so
 * that "OSC 2025", "ISSN 2352" or "ITU 2023" never read as money. */
static const char *const iso_codes[] = {
    "USD", "EUR", "GBP", "CNY", "JPY", "INR", "KES", "PGK", "NGN", "ZAR",
    "BRL", "CAD", "AUD", "CHF", "RUB", "KRW", "IDR", "PKR", "BDT", "LKR",
    "EGP", "ETB", "GHS", "TZS", "UGX", "XOF", "XAF", "MYR", "THB", "VND",
    "PHP", "SGD", "HKD", "TWD", "SAR", "AED", "TRY", "MXN", "ARS", "CLP",
    "COP", "PEN", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "ILS",
    "IRR", "IQD", "KZT", "UZS", "MMK", "KHR", "LAK", "NPR", "MAD", "DZD",
    "TND", "ZMW", "MWK", "MZN", "AOA", "RWF", "FJD", "SBD", "VUV", "WST",
    "TOP", "UAH", "QAR", "KWD", "OMR", "BHD", "JOD", "RSD", "RON", "BGN", "MNT",
    "KGS", "TJS", "AZN", "GEL", "AMD", "BYN", "MKD", "LBP", "AFN", "BND", "MOP",
    "MUR", "SCR", "BWP", "NAD", "SZL", "LSL", "GMD", "SLE", "LRD", "CDF", "BIF", "SDG",
    "SSP", "DJF", "ERN", "MGA", "KMF", "GNF", "MRU", NULL,
};

typedef struct WordCode {
    const char *w;
    const char *code;
} WordCode;

/* Currency words, any case. ORDER: longest match is not needed, words are whole. */
static const WordCode currency_words[] = {
    {"rmb", "CNY"}, {"yuan", "CNY"}, {"renminbi", "CNY"},
    {"dollars", "USD"}, {"dollar", "USD"}, {"usd", "USD"}, {"us$", "USD"},
    {"euros", "EUR"}, {"euro", "EUR"}, {"pounds", "GBP"}, {"sterling", "GBP"},
    {"rupees", "INR"}, {"rupee", "INR"}, {"rs", "INR"}, {"ksh", "KES"}, {"kshs", "KES"},
    {"tk", "BDT"}, {"rm", "MYR"}, {"rp", "IDR"}, {"nrs", "NPR"},
    {"kina", "PGK"}, {"naira", "NGN"}, {"rand", "ZAR"}, {"yen", "JPY"},
    {"sh", "KES"}, {"shillings", "KES"}, {"shilling", "KES"}, {"birr", "ETB"}, {"cedis", "GHS"}, {"cedi", "GHS"},
    {"kwacha", "ZMW"}, {"ringgit", "MYR"}, {"baht", "THB"}, {"rupiah", "IDR"}, {"taka", "BDT"},
    {"kip", "LAK"}, {"soum", "UZS"}, {"soums", "UZS"},   /* ("won" only after a sum: scan.c) */
    {"tenge", "KZT"}, {"som", "KGS"}, {"soms", "KGS"}, {"somoni", "TJS"},   /* Central Asia's */
    {"peso", "PHP"}, {"pesos", "PHP"},   /* (the Philippine peso by default, as "P": localcur.h) */
    {NULL, NULL},
};

const char *qty_currency_word(const char *w, size_t n)
{
    if (n == 3 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' &&
        w[2] >= 'A' && w[2] <= 'Z') {
        if (!memcmp(w, "RMB", 3))
            return "CNY";
        if (!memcmp(w, "SDR", 3))
            return "XDR";   /* the IMF's special drawing right */
        if (!memcmp(w, "CFA", 3))
            return "XOF";   /* the West African franc; the Central African where its place is (localcur.h) */
        for (size_t i = 0; iso_codes[i]; i++)
            if (!memcmp(w, iso_codes[i], 3))
                return iso_codes[i];
        return NULL;
    }
    if (!(lex_lookup(w, n) & LX_CURRENCY))
        return NULL;
    for (size_t i = 0; currency_words[i].w; i++)
        if (weq(w, n, currency_words[i].w))
            return currency_words[i].code;
    return NULL;
}

/* Signs, as UTF-8, with the letters that may stand before "$". */
static const WordCode dollar_prefixes[] = {
    {"US", "USD"}, {"A", "AUD"}, {"C", "CAD"}, {"HK", "HKD"}, {"S", "SGD"},
    {"NZ", "NZD"}, {"R", "BRL"}, {"NT", "TWD"}, {"Mex", "MXN"}, {NULL, NULL},
};

static const WordCode signs[] = {
    {"\xe2\x82\xac", "EUR"}, {"\xc2\xa3", "GBP"}, {"\xc2\xa5", "CNY"},
    {"\xef\xbf\xa5", "CNY"}, {"\xe2\x82\xb9", "INR"}, {"\xe2\x82\xa6", "NGN"},
    {"\xef\xbc\x84", "USD"}, {"GH\xc2\xa2", "GHS"}, {"GH\xe2\x82\xb5", "GHS"}, {"\xe2\x82\xb5", "GHS"},
    /* the peso, won, dong, lira, rouble, hryvnia, baht, tugrik, kip, riel, tenge */
    {"\xe2\x82\xb1", "PHP"}, {"\xe2\x82\xa9", "KRW"}, {"\xe2\x82\xab", "VND"}, {"\xe2\x82\xba", "TRY"},
    {"\xe2\x82\xbd", "RUB"}, {"\xe2\x82\xb4", "UAH"}, {"\xe0\xb8\xbf", "THB"}, {"\xe2\x82\xae", "MNT"},
    {"\xe2\x82\xad", "LAK"}, {"\xe1\x9f\x9b", "KHR"}, {"\xe2\x82\xb8", "KZT"},
    {NULL, NULL},
};

const char *qty_currency_sign_before(const char *p, size_t end, size_t *start)
{
    if (end >= 1 && p[end - 1] == '$') {
        size_t s = end - 1;
        for (size_t i = 0; dollar_prefixes[i].w; i++) {
            size_t l = strlen(dollar_prefixes[i].w);
            if (s >= l && !memcmp(p + s - l, dollar_prefixes[i].w, l) &&
                (s == l || !ascii_isalpha(p[s - l - 1]))) {
                *start = s - l;
                return dollar_prefixes[i].code;
            }
        }
        *start = s;
        return "USD";
    }
    /* (every sign ends in a byte beyond ASCII) */
    for (size_t i = 0; end >= 1 && (unsigned char)p[end - 1] >= 0x80 && signs[i].w; i++) {
        size_t l = strlen(signs[i].w);
        if (end >= l && !memcmp(p + end - l, signs[i].w, l)) {
            *start = end - l;
            return signs[i].code;
        }
    }
    /* Peru's sol: "S/ 2,860 million", "S/. 40" */
    {
        size_t e = end;
        if (e >= 1 && p[e - 1] == '.')
            e--;
        if (e >= 2 && p[e - 1] == '/' && p[e - 2] == 'S' && (e == 2 || !ascii_isalpha(p[e - 3]))) {
            *start = e - 2;
            return "PEN";
        }
    }
    /* A code or word just before: "USD 5", "RMB 50", "KES 35.8", "Rs. 40", "Rp 2.3",
     * Nepal's "NRs540". */
    size_t e = end;
    if (e >= 1 && p[e - 1] == '.')
        e--;
    size_t s = e;
    while (s > 0 && ascii_isalpha(p[s - 1]) && e - s < 12)
        s--;
    /* (not an exchange's letters after a security's code: "600522.SH") */
    if (s < e && (s == 0 || !ascii_isalpha(p[s - 1])) &&
        !(s >= 2 && p[s - 1] == '.' && ascii_isdigit(p[s - 2]))) {
        size_t n = e - s;
        const char *code = NULL;
        if (n == 3 && p[s] >= 'A' && p[s] <= 'Z')
            code = qty_currency_word(p + s, n);
        else if (weq(p + s, n, "rs") || weq(p + s, n, "ksh") || weq(p + s, n, "kshs") || weq(p + s, n, "kes") ||
                 weq(p + s, n, "sh") || weq(p + s, n, "tk") || weq(p + s, n, "rm") || (n == 2 && !memcmp(p + s, "Rp", 2)) ||
                 (n == 3 && !memcmp(p + s, "NRs", 3)))
            code = qty_currency_word(p + s, n);
        if (code) {
            *start = s;
            return code;
        }
    }
    return NULL;
}

typedef struct WordVal {
    const char *w;
    double v;
} WordVal;

static const WordVal number_words[] = {
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
    {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11},
    {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60},
    {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"dozen", 12},
    {"hundred", 100}, {NULL, 0},
};

double qty_number_word(const char *w, size_t n)
{
    if (!(lex_lookup(w, n) & LX_NUMBER))
        return -1;
    for (size_t i = 0; number_words[i].w; i++)
        if (weq(w, n, number_words[i].w))
            return number_words[i].v;
    return -1;
}

static const WordVal fraction_words[] = {
    {"half", 50}, {"third", 100.0 / 3}, {"thirds", 100.0 / 3}, {"quarter", 25},
    {"quarters", 25}, {"fifth", 20}, {"fifths", 20}, {"sixth", 100.0 / 6}, {"sixths", 100.0 / 6},
    {"eighth", 12.5}, {"eighths", 12.5}, {"tenth", 10}, {"tenths", 10}, {"twentieth", 5}, {"twentieths", 5},
    {NULL, 0},
};

double qty_fraction_word(const char *w, size_t n)
{
    if (!(lex_lookup(w, n) & LX_FRACTION))
        return -1;
    for (size_t i = 0; fraction_words[i].w; i++)
        if (weq(w, n, fraction_words[i].w))
            return fraction_words[i].v;
    return -1;
}

/* Multipliers said as a verb or an adjective: "doubled", "tripling",
 * "double the number". ORDER: MW_* forms. */
typedef struct MultWord {
    const char *w;
    double v;
    int form;
} MultWord;

static const MultWord mult_words[] = {
    {"doubled", 2, MW_PAST}, {"tripled", 3, MW_PAST}, {"trebled", 3, MW_PAST}, {"quadrupled", 4, MW_PAST},
    {"doubling", 2, MW_ING}, {"tripling", 3, MW_ING}, {"trebling", 3, MW_ING}, {"quadrupling", 4, MW_ING},
    {"double", 2, MW_BASE}, {"triple", 3, MW_BASE}, {"treble", 3, MW_BASE}, {"quadruple", 4, MW_BASE},
    {"doubles", 2, MW_PAST}, {"triples", 3, MW_PAST}, {"twice", 2, MW_TWICE},
    {NULL, 0, 0},
};

double qty_multiplier_word(const char *w, size_t n, int *form)
{
    if (!(lex_lookup(w, n) & LX_MULT))
        return -1;
    for (size_t i = 0; mult_words[i].w; i++)
        if (weq(w, n, mult_words[i].w)) {
            *form = mult_words[i].form;
            return mult_words[i].v;
        }
    return -1;
}

/* Verbs whose "N times" counts an event, and the event's noun: an app
 * "downloaded 1.8 million times" has 1.8 million downloads. */
static const WordCode times_verbs[] = {
    {"downloaded", "downloads"}, {"installed", "installs"}, {"viewed", "views"}, {"watched", "views"},
    {"visited", "visits"}, {"streamed", "streams"}, {"played", "plays"}, {"accessed", "accesses"},
    {"cited", "citations"}, {"clicked", "clicks"}, {"searched", "searches"}, {"shared", "shares"},
    {"called", "calls"}, {"attacked", "attacks"}, {"hacked", "attacks"}, {"targeted", "attacks"},
    {"breached", "breaches"}, {"scanned", "scans"}, {"queried", "queries"},
    {NULL, NULL},
};

const char *qty_times_noun(const char *w, size_t n)
{
    if (!(lex_lookup(w, n) & LX_TIMESVERB))
        return NULL;
    for (size_t i = 0; times_verbs[i].w; i++)
        if (weq(w, n, times_verbs[i].w))
            return times_verbs[i].code;
    return NULL;
}

static const char *const months[] = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", NULL,
};

int qty_is_month(const char *w, size_t n)
{
    if (n && w[n - 1] == '.')
        n--;
    /* "may" and "march" are also verbs: only capitalised they are months. */
    if ((weq(w, n, "may") || weq(w, n, "march")) && !(w[0] >= 'A' && w[0] <= 'Z'))
        return 0;
    return (lex_lookup(w, n) & LX_MONTH) != 0;
}

/* Nouns that are counted: a head start for words the suffix rule misses. */
static const char *const count_nouns[] = {
    "people", "persons", "person", "users", "households", "homes", "countries",
    "nations", "regions", "economies", "states", "km", "kilometres", "kilometers",
    "miles", "projects", "companies", "firms", "jobs", "workers", "children",
    "students", "members", "cables", "towers", "stations", "subscribers",
    "accounts", "devices", "schools", "hospitals", "villages", "cities",
    "individuals", "adults", "women", "men", "citizens", "residents", "staff",
    "employees", "engineers", "officials", "attacks", "incidents", "cases",
    "deaths", "hectares", "tonnes", "tons", "kg", "mw", "gw", "mbps", "gbps",
    "gb", "tb", "pb", "eb", "tbps", "kbps", "kw", "kwh", "mwh", "gwh", "twh",
    "teu", "bpd", "sites", "centres", "centers", "ports", "satellites", "banks",
    "startups", "apps", "agreements", "mous", "partners", "universities",
    "scholarships", "participants", "officers", "population", "inhabitants", "personnel", "shares",
    /* plurals the suffix rule misses: "seven memoranda", "12 bureaus" */
    "memoranda", "bureaus", "bureaux", "petabytes", "terabytes", NULL,
};

/* Discourse nouns: "two problems", "three core values" are not statistics. */
static const char *const abstract_nouns[] = {
    "problems", "problem", "values", "value", "categories", "category", "ways",
    "way", "reasons", "reason", "things", "thing", "aspects", "aspect", "issues",
    "issue", "areas", "area", "pillars", "pillar", "principles", "principle",
    "points", "point", "steps", "step", "stages", "stage", "phases", "phase",
    "parts", "part", "sections", "section", "chapters", "chapter", "questions",
    "question", "goals", "goal", "objectives", "objective", "dimensions",
    "dimension", "factors", "factor", "types", "type", "kinds", "kind",
    "elements", "element", "levels", "level", "lessons", "lesson", "priorities",
    "priority", "themes", "theme", "options", "option", "approaches", "approach",
    "strategies", "strategy", "scenarios", "scenario", "tracks", "track",
    "features", "feature", "sides", "side", "pathways", "pathway", "tiers",
    "tier", "modes", "mode", "forms", "form", "groups", "group", "concerns",
    "challenges", "tasks", "roles", "components", "component", "layers",
    "domains", "fronts", "words", "terms", "examples", "example", "cases",
    "models", "model", "recommendations", "findings", "initiatives", "main",
    "major", "key", "core", "basic", "fundamental", "important", "primary",
    "critical", "central", "broad", "distinct", "different", "separate",
    "following", NULL,
};

static const char *const durations[] = {
    "years", "year", "decades", "decade", "months", "month", "weeks", "week",
    "days", "day", "hours", "hour", "minutes", "minute", "seconds", "second",
    "centuries", "century", "yrs", "yr", "nights", "generations", "quarters",
    "semesters", "terms", "times", NULL,
};

static const char *const furniture[] = {
    "views", "view", "comments", "comment", "likes", "like", "shares", "share",
    "reads", "read", "replies", "reply", "retweets", "min", "mins", "sec",
    "secs", "hrs", "h", "am", "pm", "a.m", "p.m", "ago", "photos", "photo",
    "images", "image", "videos", "votes", "followers", "following", "clicks",
    "pages", "page", "pp", "vol", "no", "readers", "ratings", "reviews", "stars", "results", "items", "of", "gmt", "utc",
    "et", "edt", "est", "cet", "bst", "pst", "hkt", "cst", "percentile", "watchers", "watching",
    "claps", "reposts", "upvotes", "responses", "reactions", NULL,
};

/* Function words, verbs and adverbs that end the noun phrase. */
static const char *const stop_words[] = {
    "and", "or", "but", "nor", "in", "on", "at", "to", "for", "from", "with",
    "by", "as", "than", "that", "which", "who", "whom", "whose", "where",
    "when", "while", "the", "a", "an", "this", "these", "those", "its", "their",
    "his", "her", "our", "is", "are", "was", "were", "be", "been", "being",
    "has", "have", "had", "will", "would", "could", "can", "may", "might",
    "should", "must", "shall", "do", "does", "did", "not", "also", "only",
    "still", "now", "today", "worldwide", "globally", "annually", "alone",
    "each", "respectively", "overall", "online", "per", "into", "onto", "over",
    "under", "about", "after", "before", "across", "between", "among",
    "through", "during", "since", "until", "up", "down", "out", "off", "more",
    "less", "fewer", "most", "least", "so", "too", "very", "just", "yet",
    "already", "ever", "even", "there", "here", "it", "they", "we", "you",
    "he", "she", "i", "what", "all", "both", "either", "neither", "such",
    "via", "including", "according", "plus", "minus", "times", "percent",
    "cent", "pct", "people's", "s", "vs", "versus", "says", "said", "shows",
    "shown", "reports", "reported", "remains", "means", "includes", "becomes",
    "seems", "goes", "makes", "takes", "gives", "lies", "stands", "appears",
    "contains", "represents", "accounts", "comes", "leads", "follows", "uses",
    "needs", "costs", "gets", "helps", "adds", "sees", "holds", "runs", "sets",
    "puts", "lets", "keeps", "brings", "grows", "rises", "falls", "drops",
    "jumps", "signs", "aims", "seeks", "plans", "hopes", "wants", "looks",
    "works", "calls", "asks", "tells", "leaves", "reaches", "stays", "totals", "thus", "hence", "therefore", "however",
    "again", "always", "almost", "nearly", "roughly", "around", "approximately",
    "ago", "away", "back", "ahead", "later", "earlier", "above", "below",
    "whereas", "although", "though", "because", "unless", "if", "whether",
    "against", "within", "without", "beyond", "towards", "toward",
    /* verbs a plural subject takes after its number: "only 7 mention
     * human rights", "19 commit the parties" */
    "mention", "refer", "include", "contain", "cover", "cite", "commit", "describe", "address",
    "involve", "provide", "lack", "offer", "support", "use", "say", "report", "remain", "reach",
    "expect", "plan", "operate", "serve", "face", "receive", "require", "allow", NULL,
};

static const char *const adjectives[] = {
    "new", "additional", "other", "more", "different", "small", "large",
    "big", "major", "minor", "digital", "active", "mobile", "internet",
    "online", "local", "foreign", "chinese", "african", "asian", "european",
    "american", "international", "national", "partner", "member", "developing",
    "least", "developed", "poor", "rural", "urban", "young", "old", "total",
    "unique", "registered", "connected", "unconnected", "offline", "new",
    "broadband", "smart", "submarine", "undersea", "fibre-optic", "fiber-optic",
    "optical", "data", "telecom", "telecommunications", "infrastructure",
    "key", "main", "leading", "largest", "biggest", "full-time", "skilled",
    "trained", "eligible", "low-income", "high-income", "middle-income",
    "participating", "signatory", "beneficiary", "host", "square", "cubic", "elderly", "overseas", "various",
    "reported", NULL,
};

NounKind qty_noun_kind(const char *w, size_t n)
{
    if (n == 0)
        return NK_NONE;
    unsigned f = lex_lookup(w, n);
    if (f & LX_FURNITURE)
        return NK_FURNITURE;
    if (f & LX_DURATION)
        return NK_DURATION;
    if (f & LX_COUNT)
        return NK_COUNT;
    if (f & LX_STOP)
        return NK_NONE;
    if (f & LX_ABSTRACT)
        return NK_ABSTRACT;
    if (f & LX_ADJ)
        return NK_ADJ;
    /* Adverbs and adjectives by their endings. */
    if (n > 3 && w[n - 2] == 'l' && w[n - 1] == 'y')
        return NK_NONE;
    if (n > 4 && (weq(w + n - 3, 3, "ing") || weq(w + n - 2, 2, "ed")))
        return NK_ADJ;
    if (n > 4 && (weq(w + n - 3, 3, "ous") || weq(w + n - 3, 3, "ive") ||
                  weq(w + n - 3, 3, "ful") || weq(w + n - 2, 2, "al") ||
                  weq(w + n - 2, 2, "ic")))
        return NK_ADJ;
    /* A plural is a counted noun; "ss" ends are not plurals (business). */
    if (n >= 3 && ascii_lower(w[n - 1]) == 's' && ascii_lower(w[n - 2]) != 's' &&
        ascii_lower(w[n - 2]) != 'u' && ascii_lower(w[n - 2]) != 'i')
        return NK_COUNT;
    return NK_OTHER;
}

int qty_is_modifier(const char *w, size_t n)
{
    return (lex_lookup(w, n) & LX_ADJ) != 0;
}

/* Ratios that are their own unit, named before their figure: "power
 * usage effectiveness (PUE) is 1.4", "a PUE of 1.19". As written. */
static const char *const ratio_names[] = {"PUE", "CUE", NULL};

const char *qty_ratio_name(const char *w, size_t n)
{
    for (size_t i = 0; ratio_names[i]; i++)
        if (strlen(ratio_names[i]) == n && !memcmp(w, ratio_names[i], n))
            return ratio_names[i];
    return NULL;
}

/* The word ending before p[i), over blanks: its start in *ws, its length. */
static size_t word_ending_at(const char *p, size_t i, size_t *ws)
{
    while (i > 0 && (p[i - 1] == ' ' || p[i - 1] == '\n' || p[i - 1] == '-'))
        i--;
    size_t e = i;
    while (i > 0 && ascii_isalpha((unsigned char)p[i - 1]))
        i--;
    *ws = i;
    return e - i;
}

const char *qty_ratio_spelled(const char *p, size_t w, size_t e)
{
    if (!weq(p + w, e - w, "effectiveness"))
        return NULL;
    size_t us, ul = word_ending_at(p, w, &us);
    if (!weq(p + us, ul, "usage"))
        return NULL;
    size_t ks, kl = word_ending_at(p, us, &ks);
    return weq(p + ks, kl, "power") ? "PUE" : weq(p + ks, kl, "carbon") ? "CUE" : NULL;
}

int qty_is_known_count(const char *w, size_t n)
{
    return (lex_lookup(w, n) & LX_COUNT) != 0;
}

void qty_plural(const char *w, size_t n, char *out, size_t cap)
{
    const char *end = n && w[n - 1] == 's' ? ""
                      : n > 1 && (w[n - 1] == 'x' || w[n - 1] == 'z' ||
                                  (w[n - 1] == 'h' && (w[n - 2] == 'c' || w[n - 2] == 's')))
                          ? "es"
                          : "s";
    if (n > 1 && w[n - 1] == 'y' && !strchr("aeiou", w[n - 2]))
        snprintf(out, cap, "%.*sies", (int)(n - 1), w);
    else
        snprintf(out, cap, "%.*s%s", (int)n, w, end);
}

void qty_unit_name(const char *w, size_t n, char *out, size_t cap)
{
    /* a word hyphenated at a line break ("offi-\ncials") is one word */
    char joined[64];
    if (n <= sizeof joined && memchr(w, '\n', n)) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            if (w[i] == '-' && i + 1 < n && (w[i + 1] == '\n' || w[i + 1] == '\r'))
                continue;
            if (w[i] == '\n' || w[i] == '\r')
                continue;
            joined[k++] = w[i];
        }
        w = joined;
        n = k;
    }
    const char *canon = qty_unit_word(w, n, 0);
    if (!canon && (weq(w, n, "persons") || weq(w, n, "person") || weq(w, n, "people") || weq(w, n, "population")))
        canon = "people";
    /* demonyms count people: "120 million Nigerians", "1.4 billion Chinese"
     * (a capitalised word of five letters in "-ans" is a plain noun, as a
     * table's header writes it: "Loans", "Plans", "Scans") */
    if (!canon && n > 4 && w[0] >= 'A' && w[0] <= 'Z' &&
        ((n > 5 && weq(w + n - 3, 3, "ans")) || weq(w + n - 3, 3, "ese") || weq(w + n - 2, 2, "is")))
        canon = "people";
    if (canon) {
        snprintf(out, cap, "%s", canon);
        return;
    }
    size_t i = 0;
    for (; i < n && i + 1 < cap; i++)
        out[i] = (char)ascii_lower(w[i]);
    out[i] = 0;
}

/* ---- units ----
 * The one phrasebook of the units written after a number, as words
 * ("kilometres", "megawatts", "terabits per second") or symbols ("km",
 * "MW", "Tbit/s"): what
 * each is canonically, and which may be hyphenated to the number ("a
 * 1,200-km cable", "a 620-kilometre line": singular forms). Words match
 * in any case; symbols (UW_SYMBOL) only as written, since "MB" is a unit
 * and "mb" is not. */
enum { UW_HYPHEN = 1, UW_SYMBOL = 2, UW_PHRASE = 4 };

typedef struct UnitWord {
    const char *w;
    const char *unit;
    unsigned char flags;
} UnitWord;

static const UnitWord unit_words[] = {
    {"km", "km", UW_HYPHEN}, {"kilometre", "km", UW_HYPHEN}, {"kilometer", "km", UW_HYPHEN},
    {"kilometres", "km", 0}, {"kilometers", "km", 0},
    {"mile", "miles", UW_HYPHEN}, {"miles", "miles", 0}, {"mi", "mi", UW_SYMBOL},
    {"metre", "m", UW_HYPHEN}, {"meter", "m", UW_HYPHEN}, {"metres", "metres", 0}, {"meters", "meters", 0},
    {"m", "m", UW_SYMBOL}, {"cm", "cm", UW_SYMBOL}, {"mm", "mm", UW_SYMBOL},
    {"centimetre", "cm", UW_HYPHEN}, {"centimetres", "cm", 0}, {"centimeter", "cm", UW_HYPHEN}, {"centimeters", "cm", 0},
    {"hectare", "hectares", UW_HYPHEN}, {"ha", "hectares", UW_HYPHEN}, {"hectares", "hectares", 0},
    /* an area, a volume, a flow as a surveyor's or an engineer's sheet
     * writes them: "1,200 m2", "0.6 ha", "9,000 m3", "210 m3/day" */
    {"ha", "ha", UW_SYMBOL}, {"m2", "m2", UW_SYMBOL}, {"m\xc2\xb2", "m2", UW_SYMBOL}, {"m3", "m3", UW_SYMBOL},
    {"m\xc2\xb3", "m3", UW_SYMBOL}, {"m3/day", "m3/day", UW_SYMBOL}, {"m3/d", "m3/day", UW_SYMBOL},
    {"m3/h", "m3/hour", UW_SYMBOL}, {"m3/hour", "m3/hour", UW_SYMBOL},
    {"nautical miles", "nautical miles", UW_PHRASE}, {"nautical mile", "nautical miles", UW_PHRASE},
    {"acre", "acres", UW_HYPHEN}, {"acres", "acres", 0},
    {"square metres", "square meters", UW_PHRASE}, {"square meters", "square meters", UW_PHRASE},
    {"square kilometres", "square km", UW_PHRASE}, {"square kilometers", "square km", UW_PHRASE},
    {"sq km", "square km", UW_PHRASE}, {"sq ft", "sq ft", UW_PHRASE}, {"square feet", "sq ft", UW_PHRASE},
    {"tonne", "tonnes", UW_HYPHEN}, {"tonnes", "tonnes", 0},
    {"kg", "kg", UW_HYPHEN}, {"kilogram", "kg", UW_HYPHEN}, {"kilograms", "kg", 0}, {"kilogramme", "kg", UW_HYPHEN},
    {"kilogrammes", "kg", 0},
    {"MVA", "MVA", UW_SYMBOL}, {"kVA", "kVA", UW_SYMBOL}, {"TEU", "TEU", UW_SYMBOL},
    {"megawatt", "MW", UW_HYPHEN}, {"mw", "MW", UW_HYPHEN}, {"megawatts", "MW", 0},
    {"gigawatt", "GW", UW_HYPHEN}, {"gw", "GW", UW_HYPHEN}, {"gigawatts", "GW", 0},
    {"kW", "kW", UW_SYMBOL}, {"kWh", "kWh", UW_SYMBOL}, {"MWh", "MWh", UW_SYMBOL}, {"GWh", "GWh", UW_SYMBOL},
    {"TWh", "TWh", UW_SYMBOL}, {"MWp", "MWp", UW_SYMBOL}, {"kWp", "kWp", UW_SYMBOL},
    /* a sound level, a temperature, a coin (not "min": after a number it
     * is most often a page's furniture, "7 min read") */
    {"dB(A)", "dB(A)", UW_SYMBOL}, {"dBA", "dB(A)", UW_SYMBOL}, {"dB", "dB", UW_SYMBOL},
    {"\xc2\xb0" "C", "degrees Celsius", UW_SYMBOL},
    {"ETH", "ETH", UW_SYMBOL}, {"BTC", "BTC", UW_SYMBOL},
    {"tCO2e", "tCO2e", UW_SYMBOL}, {"ktCO2e", "ktCO2e", UW_SYMBOL}, {"MtCO2e", "MtCO2e", UW_SYMBOL},
    {"L/kWh", "L/kWh", UW_SYMBOL},
    {"Tbit/s", "Tbit/s", UW_SYMBOL}, {"Gbit/s", "Gbit/s", UW_SYMBOL}, {"Mbit/s", "Mbit/s", UW_SYMBOL},
    {"kbit/s", "kbit/s", UW_SYMBOL}, {"Tb/s", "Tb/s", UW_SYMBOL}, {"Gb/s", "Gb/s", UW_SYMBOL},
    {"Mb/s", "Mb/s", UW_SYMBOL}, {"Tbps", "Tbps", UW_SYMBOL}, {"Gbps", "Gbps", UW_SYMBOL},
    {"Mbps", "Mbps", UW_SYMBOL}, {"kbps", "kbps", UW_SYMBOL},
    {"PB", "PB", UW_SYMBOL}, {"TB", "TB", UW_SYMBOL}, {"GB", "GB", UW_SYMBOL}, {"EB", "EB", UW_SYMBOL},
    {"MB", "MB", UW_SYMBOL}, {"petabyte", "petabytes", UW_HYPHEN}, {"petabytes", "petabytes", 0},
    {"terabyte", "terabytes", UW_HYPHEN}, {"terabytes", "terabytes", 0},
    {"ms", "ms", UW_SYMBOL}, {"MHz", "MHz", UW_SYMBOL}, {"GHz", "GHz", UW_SYMBOL}, {"kHz", "kHz", UW_SYMBOL},
    /* a rate spelled out is written as its short form: "Tbps" */
    {"terabits per second", "Tbps", UW_PHRASE}, {"gigabits per second", "Gbps", UW_PHRASE},
    {"megabits per second", "Mbps", UW_PHRASE}, {"kilobits per second", "kbps", UW_PHRASE},
    {NULL, NULL, 0},
};

/* The unit words by their first letter (a..z, then any other), once:
 * these are asked at every number, and most of the list never fits. */
#define UNIT_BUCKET_MAX 96   /* > every word of the list (64 now) */
static unsigned char unit_bucket[27][UNIT_BUCKET_MAX];
static unsigned char unit_bucket_n[27];
static pthread_once_t unit_once = PTHREAD_ONCE_INIT;

static int bucket_of(char c)
{
    int l = ascii_lower(c);
    return l >= 'a' && l <= 'z' ? l - 'a' : 26;
}

static void unit_index(void)
{
    for (size_t i = 0; unit_words[i].w; i++) {
        int b = bucket_of(unit_words[i].w[0]);
        if (unit_bucket_n[b] < UNIT_BUCKET_MAX)
            unit_bucket[b][unit_bucket_n[b]++] = (unsigned char)i;
    }
}

const char *qty_unit_word(const char *w, size_t n, int hyphen)
{
    if (n == 0)
        return NULL;
    pthread_once(&unit_once, unit_index);
    int b = bucket_of(w[0]);
    for (size_t k = 0; k < unit_bucket_n[b]; k++) {
        const UnitWord *u = &unit_words[unit_bucket[b][k]];
        /* (a symbol may be hyphenated too: "a 10-Gbps link") */
        if ((hyphen && !(u->flags & (UW_HYPHEN | UW_SYMBOL))) || (u->flags & UW_PHRASE))
            continue;
        if (u->flags & UW_SYMBOL ? strlen(u->w) == n && !memcmp(w, u->w, n) : weq(w, n, u->w))
            return u->unit;
    }
    return NULL;
}

const char *qty_unit_hyphen(const char *p, size_t n, size_t j, size_t *we)
{
    /* the word with its inner hyphens, as the scanner reads words */
    const unsigned char *u8 = (const unsigned char *)p;
    size_t first = tw_letters_end(u8, n, j), e = tw_word_end(u8, n, j);
    *we = e;
    const char *u = qty_unit_word(p + j, e - j, 1);
    /* "a 1,600-square-metre hall": an area in two hyphenated words */
    if (!u && weq(p + j, first - j, "square") && first < e) {
        size_t k = first + 1;
        while (k < e && p[k] != '-')
            k++;
        const char *m = qty_unit_word(p + first + 1, k - first - 1, 1);
        if (m && (!strcmp(m, "m") || !strcmp(m, "km"))) {
            *we = k;
            return m[0] == 'm' ? "square metres" : "square km";
        }
    }
    return u;
}

/* How many bytes of p[0, avail) the phrase w spells, in any case, a
 * blank of it matching a run of blanks with at most one line break
 * ("terabits per\nsecond" wrapped): 0 when it does not. */
static size_t phrase_at(const char *p, size_t avail, const char *w)
{
    size_t i = 0;
    for (; *w; w++) {
        if (*w == ' ') {
            int nl = 0;
            size_t s = i;
            while (i < avail && (p[i] == ' ' || p[i] == '\t' || (p[i] == '\n' && !nl++)))
                i++;
            if (i == s)
                return 0;
        } else if (i >= avail || ascii_lower(p[i++]) != (unsigned char)*w) {
            return 0;
        }
    }
    return i;
}

size_t qty_unit_symbol_at(const char *p, size_t avail, const char **unit)
{
    size_t best = 0;
    if (!avail)
        return 0;
    pthread_once(&unit_once, unit_index);
    int b = bucket_of(p[0]);
    for (size_t k = 0; k < unit_bucket_n[b]; k++) {
        const UnitWord *u = &unit_words[unit_bucket[b][k]];
        if (!(u->flags & (UW_SYMBOL | UW_PHRASE)))
            continue;
        size_t l = u->flags & UW_SYMBOL ? strlen(u->w) : phrase_at(p, avail, u->w);
        if (!l || l > avail || l <= best || (u->flags & UW_SYMBOL && memcmp(p, u->w, l) != 0) ||
            (l < avail && (ascii_isalpha(p[l]) || (p[l] >= '0' && p[l] <= '9') || p[l] == '/')))
            continue;
        best = l;
        *unit = u->unit;
    }
    return best;
}

/* Labels a bare number follows: it names a thing, it counts nothing. */
static const char *const labels[] = {
    "table", "figure", "fig", "article", "chapter", "section", "page", "p",
    "pp", "vol", "volume", "no", "nos", "number", "issue", "phase", "level",
    "goal", "sdg", "grade", "round", "version", "v", "room", "route", "box",
    "annex", "appendix", "part", "step", "rule", "resolution", "paragraph",
    "para", "item", "line", "class", "tier", "stage", "session", "episode",
    "season", "act", "clause", "footnote", "note", "ref", "see", "covid",
    "web", "industry", "windows", "iphone", "android", "ios", "ipv",
    "model", "series", "type", "category", "verse", "track", "platform",
    "gate", "exit", "highway", "road", "street", "floor", "unit", "block",
    "plot", "lot", "top", "scope", NULL,
};

/* A citation export's field tags ("SP 12", "VL 5", "IS 3"): labels only
 * in capitals, as written there; "is 100,000 kilometres" is a figure. */
static const char *const ris_tags[] = {"SP", "EP", "PY", "IS", "VL", "CP", NULL};

int qty_is_label_before(const char *p, size_t end)
{
    size_t e = end;
    while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t'))
        e--;
    /* (a table's cell before a gap is no label: "Unit: number      1,200") */
    if (end - e >= 4 || memchr(p + e, '\t', end - e))
        return 0;
    if (e > 0 && (p[e - 1] == '.' || p[e - 1] == '#'))
        e--;
    size_t s = e;
    while (s > 0 && ascii_isalpha(p[s - 1]) && e - s < 16)
        s--;
    /* (a letter glued to a figure before is its note, no label: the
     * "p" of "76.3p     79.5p") */
    if (s == e || (s > 0 && (ascii_isalpha(p[s - 1]) || ascii_isdigit(p[s - 1]))))
        return 0;
    for (size_t i = 0; ris_tags[i]; i++)
        if (e - s == 2 && !memcmp(p + s, ris_tags[i], 2))
            return 1;
    if (!(lex_lookup(p + s, e - s) & LX_LABEL))
        return 0;
    /* "in the second stage 20 households": the label has its ordinal */
    size_t b = s;
    while (b > 0 && (p[b - 1] == ' ' || p[b - 1] == '\t'))
        b--;
    size_t a = b;
    while (a > 0 && ascii_isalpha(p[a - 1]) && b - a < 12)
        a--;
    static const char *const ordinals[] = {"first", "second", "third", "fourth", "fifth", "final", "last", "next", NULL};
    for (size_t i = 0; ordinals[i] && a < b && ascii_islower(p[s]); i++)
        if (weq(p + a, b - a, ordinals[i]))
            return 0;
    return 1;
}

typedef struct QualPhrase {
    const char *w;   /* lower case, single spaces */
    Qualifier q;
} QualPhrase;

/* Longer phrases first where one ends another ("no more than" / "more than"). */
static const QualPhrase quals[] = {
    /* a bound denied is the other bound: "may not exceed 75 percent",
     * "a term not exceeding 10 years" */
    {"not exceed", Q_MAX}, {"not exceeding", Q_MAX}, {"not to exceed", Q_MAX}, {"never exceed", Q_MAX},
    {"capped at", Q_MAX}, {"a ceiling of", Q_MAX}, {"a cap of", Q_MAX},
    {"no more than", Q_MAX}, {"not more than", Q_MAX}, {"no fewer than", Q_MIN},
    {"no less than", Q_MIN}, {"not less than", Q_MIN}, {"just over", Q_MIN},
    {"no longer than", Q_MAX}, {"not longer than", Q_MAX}, {"no shorter than", Q_MIN},
    {"longer than", Q_MIN}, {"shorter than", Q_MAX},
    {"just under", Q_MAX}, {"just below", Q_MAX}, {"just above", Q_MIN},
    {"slightly more than", Q_MIN}, {"slightly less than", Q_MAX},
    {"well over", Q_MIN}, {"more than", Q_MIN}, {"greater than", Q_MIN},
    {"higher than", Q_MIN}, {"at least", Q_MIN}, {"upwards of", Q_MIN},
    {"upward of", Q_MIN}, {"in excess of", Q_MIN}, {"a minimum of", Q_MIN},
    {"exceeding", Q_MIN}, {"topped", Q_MIN}, {"passed", Q_MIN}, {"crossed", Q_MIN}, {"topping", Q_MIN}, {"surpassed", Q_MIN},
    {"surpassing", Q_MIN}, {"exceeds", Q_MIN}, {"exceeded", Q_MIN}, {"exceed", Q_MIN},
    {"surpass", Q_MIN}, {"surpasses", Q_MIN}, {"tops", Q_MIN}, {"not fewer than", Q_MIN}, {"over", Q_MIN},
    {"above", Q_MIN}, {"less than", Q_MAX}, {"fewer than", Q_MAX},
    {"lower than", Q_MAX}, {"up to", Q_MAX}, {"at most", Q_MAX},
    {"a maximum of", Q_MAX}, {"under", Q_MAX}, {"below", Q_MAX},
    {"close to", Q_APPROX}, {"an estimated", Q_APPROX}, {"estimated", Q_APPROX},
    {"approximately", Q_APPROX}, {"approx", Q_APPROX}, {"about", Q_APPROX},
    {"around", Q_APPROX}, {"roughly", Q_APPROX}, {"some", Q_APPROX},
    {"nearly", Q_APPROX}, {"almost", Q_APPROX}, {"circa", Q_APPROX},
    {"ca", Q_APPROX}, {"as many as", Q_MAX}, {"as much as", Q_MAX}, {"as high as", Q_MAX},
    {"an approximate", Q_APPROX}, {"near", Q_APPROX}, {"some estimated", Q_APPROX},
    {"north of", Q_MIN}, {"south of", Q_MAX}, {"something like", Q_APPROX},
    {"closer to", Q_APPROX}, {"in the region of", Q_APPROX}, {"on the order of", Q_APPROX},
    {"of the order of", Q_APPROX}, {"somewhere around", Q_APPROX}, {"give or take", Q_APPROX},
    {"maybe a", Q_APPROX}, {"perhaps a", Q_APPROX}, {"about a", Q_APPROX}, {"around a", Q_APPROX},
    {"roughly a", Q_APPROX}, {"nearly a", Q_APPROX}, {"almost a", Q_APPROX}, {"maybe", Q_APPROX},
    {"perhaps", Q_APPROX}, {"c", Q_APPROX},
    {NULL, Q_EXACT},
};

/* Is "over" at p[s) a verb's particle, not a bound: "handed over 1,041
 * nationals", "took over 12 sites"? */
static int over_handed(const char *p, const char *ph, size_t s)
{
    static const char *const verbs[] = {"hand", "hands", "handed", "handing", "turn", "turns", "turned",
                                        "turning", "take", "takes", "took", "taken", "taking", NULL};
    if (strcmp(ph, "over") != 0)
        return 0;
    size_t e = s;
    while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\n'))
        e--;
    size_t ws = e;
    while (ws > 0 && ascii_isalpha(p[ws - 1]))
        ws--;
    for (int k = 0; verbs[k]; k++)
        if (weq(p + ws, e - ws, verbs[k]))
            return 1;
    return 0;
}

/* Does the phrase ph (words separated by single spaces) end at p[end)?
 * Spaces in the text may be any run of ASCII blanks. */
static int phrase_ends_at(const char *p, size_t end, const char *ph, size_t len, size_t *start)
{
    size_t i = len, e = end;
    while (i > 0) {
        if (ph[i - 1] == ' ') {
            if (e == 0 || (p[e - 1] != ' ' && p[e - 1] != '\t' && p[e - 1] != '\n'))
                return 0;
            while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\n'))
                e--;
            i--;
            continue;
        }
        if (e == 0 || ascii_lower(p[e - 1]) != ph[i - 1])
            return 0;
        e--, i--;
    }
    if (e > 0 && ascii_isalpha(p[e - 1]))
        return 0;
    *start = e;
    return 1;
}

/* A sign of a bound or an estimate ending at p[e): its qualifier and
 * *start, else Q_EXACT. */
static Qualifier sign_before(const char *p, size_t e, size_t *start)
{
    if (e >= 1 && p[e - 1] == '~')
        return *start = e - 1, Q_APPROX;
    if (e >= 1 && p[e - 1] == '>')
        return *start = e - 1, Q_MIN;
    if (e >= 1 && p[e - 1] == '<')
        return *start = e - 1, Q_MAX;
    if (e >= 3 && !memcmp(p + e - 3, "\xe2\x89\x88", 3))  /* ≈ */
        return *start = e - 3, Q_APPROX;
    if (e >= 3 && !memcmp(p + e - 3, "\xe2\x89\xa5", 3))  /* ≥ */
        return *start = e - 3, Q_MIN;
    if (e >= 3 && !memcmp(p + e - 3, "\xe2\x89\xa4", 3))  /* ≤ */
        return *start = e - 3, Q_MAX;
    return Q_EXACT;
}

Qualifier qty_qualifier_before(const char *p, size_t end, size_t *start)
{
    size_t e = end;
    *start = end;
    /* Signs stand right before the number (or its currency) ... */
    Qualifier sq = sign_before(p, e, start);
    if (sq != Q_EXACT)
        return sq;
    /* ... or one blank before it, a sign set apart as slides and
     * tables set it: "≈ 55%", "< 2%" */
    if (e >= 2 && p[e - 1] == ' ') {
        size_t ss;
        Qualifier q = sign_before(p, e - 1, &ss);
        if (q != Q_EXACT && (ss == 0 || p[ss - 1] == ' ' || p[ss - 1] == '\t' || p[ss - 1] == '\n'))
            return *start = ss, q;
    }
    size_t s0 = e;
    while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\n'))
        e--;
    /* ("c.18%": circa glued, as analysts write it) */
    int circa = e >= 2 && p[e - 1] == '.' && p[e - 2] == 'c' && (e == 2 || !ascii_isalpha(p[e - 3]));
    if (e == s0 && e > 0 && p[e - 1] != '~' && !circa)
        return Q_EXACT;   /* a word glued to the number qualifies nothing */
    if (e >= 1 && p[e - 1] == '.')
        e--;   /* "approx." "ca." */
    /* Every phrase ends with a whole word: the one ending at e must end one. */
    size_t ws = e;
    while (ws > 0 && ascii_isalpha(p[ws - 1]))
        ws--;
    if (!(lex_lookup(p + ws, e - ws) & LX_QUALEND))
        return Q_EXACT;
    /* (the phrases' lengths, measured once) */
    static _Thread_local uint8_t qlen[sizeof quals / sizeof quals[0]];
    if (!qlen[0])
        for (size_t i = 0; quals[i].w; i++)
            qlen[i] = (uint8_t)strlen(quals[i].w);
    for (size_t i = 0; quals[i].w; i++) {
        size_t s;
        if (phrase_ends_at(p, e, quals[i].w, qlen[i], &s)) {
            if (over_handed(p, quals[i].w, s))
                return Q_EXACT;
            *start = s;
            return quals[i].q;
        }
    }
    return Q_EXACT;
}

static const char *const time_preps[] = {
    "in", "since", "by", "until", "till", "from", "to", "during", "before",
    "after", "of", "between", "and", "early", "late", "mid", "year", "fy",
    "through", "circa", "c", "around", "spring", "summer", "autumn", "fall",
    "winter", "end", "start", "beginning", "as", "for", "at", "on", NULL,
};

int qty_is_time_preposition(const char *w, size_t n)
{
    return (lex_lookup(w, n) & LX_TIMEPREP) != 0;
}

static const char *const determiners[] = {
    "the", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    "both", "all", "each", "every", "first", "last", "other", "next", "said",
    "such", "same", "another", NULL,
};

int qty_is_determiner(const char *w, size_t n)
{
    return (lex_lookup(w, n) & LX_DETERMINER) != 0;
}

/* ---- the words after a sum ---- */

const char *qty_rate_after(const char *text, size_t n, size_t i)
{
    const unsigned char *p = (const unsigned char *)text;
    if (i < n && p[i] == '/') {
        size_t e = tw_word_end(p, n, i + 1), l = e - i - 1;
        if (tw_weq(p + i + 1, l, "yr") || tw_weq(p + i + 1, l, "year"))
            return "/year";
        if (tw_weq(p + i + 1, l, "mo") || tw_weq(p + i + 1, l, "month"))
            return "/month";
    }
    size_t j = i;
    int per_thing = 0;   /* a price per a unit of a thing came first */
    for (int w = 0; w < 5; w++) {
        j = tw_skip_blanks(p, n, j);
        /* "₦1,870 (NGN) per month": past the currency's code */
        if (w == 0 && j + 5 < n && p[j] == '(' && ascii_isupper(p[j + 1]) && ascii_isupper(p[j + 2]) && ascii_isupper(p[j + 3]) &&
            p[j + 4] == ')')
            j = tw_skip_blanks(p, n, j + 5);
        size_t e = tw_word_end(p, n, j);
        if (e == j)
            return NULL;
        size_t k = tw_skip_blanks(p, n, e), ke = tw_word_end(p, n, k);
        /* "$2.15 a day", "KShs 1.20 per share": only right after the sum
         * ("raised $5 million in a day" is no rate) */
        if (w == 0 && (tw_weq(p + j, e - j, "a") || tw_weq(p + j, e - j, "per")) && tw_weq(p + k, ke - k, "day")) {
            size_t k2 = tw_skip_blanks(p, n, ke), ke2 = tw_word_end(p, n, k2);
            if (!tw_weq(p + k2, ke2 - k2, "earlier") && !tw_weq(p + k2, ke2 - k2, "later") && !tw_weq(p + k2, ke2 - k2, "after") &&
                !tw_weq(p + k2, ke2 - k2, "before"))
                return "/day";
        }
        if (w == 0 && tw_weq(p + j, e - j, "per") && tw_weq(p + k, ke - k, "share"))
            return "/share";
        if (tw_weq(p + j, e - j, "annually") || tw_weq(p + j, e - j, "yearly"))
            return "/year";
        if (tw_weq(p + j, e - j, "monthly"))
            return "/month";
        int year = tw_weq(p + k, ke - k, "year") || tw_weq(p + k, ke - k, "annum") || tw_weq(p + k, ke - k, "yr");
        int month = tw_weq(p + k, ke - k, "month");
        /* "$1.10 per Mbps per month": the price of a unit of a thing
         * (bandwidth, data) quoted by the month is no monthly flow */
        if (tw_weq(p + j, e - j, "per") && !year && !month && ke > k)
            per_thing = 1;
        if ((tw_weq(p + j, e - j, "a") || tw_weq(p + j, e - j, "per") || tw_weq(p + j, e - j, "each") ||
             tw_weq(p + j, e - j, "every")) &&
            (year || month)) {
            if (per_thing)
                return NULL;
            /* "a year earlier", "a year ago" date the figure, they make no rate */
            size_t k2 = tw_skip_blanks(p, n, ke), ke2 = tw_word_end(p, n, k2);
            static const char *const when[] = {"earlier", "ago", "later", "before", "after", "previously", NULL};
            for (int t = 0; when[t]; t++)
                if (tw_weq(p + k2, ke2 - k2, when[t]))
                    return NULL;
            return year ? "/year" : "/month";
        }
        if (tw_weq(p + j, e - j, "and") || tw_weq(p + j, e - j, "or") || tw_weq(p + j, e - j, "but") ||
            tw_weq(p + j, e - j, "which") || tw_weq(p + j, e - j, "that"))
            return NULL;
        j = e;
    }
    return NULL;
}

/* ---- the index ---- */

#define LEX_SLOTS 2048u   /* a power of two, over twice the words listed (~700) */

typedef struct LexSlot {
    const char *w;   /* lower case, as listed; NULL when the slot is empty */
    uint8_t len;
    unsigned flags;
} LexSlot;

static LexSlot lex[LEX_SLOTS];
static size_t lex_maxlen;   /* the longest word entered */
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

/* Case-folded hash of w[0,n): "Billion" and "billion" land together. */
static unsigned lex_hash(const char *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint32_t)ascii_lower(w[i])) * 16777619u;
    return (unsigned)(h ^ h >> 15) & (LEX_SLOTS - 1);
}

static void lex_add(const char *w, unsigned flag)
{
    size_t n = strlen(w);
    if (n > lex_maxlen)
        lex_maxlen = n;
    unsigned h = lex_hash(w, n);
    for (; lex[h].w; h = (h + 1) & (LEX_SLOTS - 1))
        if (lex[h].len == n && !memcmp(lex[h].w, w, n)) {
            lex[h].flags |= flag;
            return;
        }
    lex[h].w = w;
    lex[h].len = (uint8_t)n;   /* listed words are a few letters long */
    lex[h].flags = flag;
}

static void lex_add_list(const char *const *list, unsigned flag)
{
    for (size_t i = 0; list[i]; i++)
        lex_add(list[i], flag);
}

/* The last word of each qualifier phrase: no other word can end one. */
static void lex_add_qualifiers(void)
{
    for (size_t i = 0; quals[i].w; i++) {
        const char *last = strrchr(quals[i].w, ' ');
        lex_add(last ? last + 1 : quals[i].w, LX_QUALEND);
    }
}

static void lex_init(void)
{
    lex_add_list(furniture, LX_FURNITURE);
    lex_add_list(durations, LX_DURATION);
    lex_add_list(count_nouns, LX_COUNT);
    lex_add_list(stop_words, LX_STOP);
    lex_add_list(abstract_nouns, LX_ABSTRACT);
    lex_add_list(adjectives, LX_ADJ);
    lex_add_list(months, LX_MONTH);
    lex_add_list(labels, LX_LABEL);
    lex_add_list(time_preps, LX_TIMEPREP);
    lex_add_list(determiners, LX_DETERMINER);
    lex_add_qualifiers();
    for (size_t i = 0; scales[i].w; i++)
        lex_add(scales[i].w, LX_SCALE);
    for (size_t i = 0; currency_words[i].w; i++)
        lex_add(currency_words[i].w, LX_CURRENCY);
    for (size_t i = 0; number_words[i].w; i++)
        lex_add(number_words[i].w, LX_NUMBER);
    for (size_t i = 0; fraction_words[i].w; i++)
        lex_add(fraction_words[i].w, LX_FRACTION);
    for (size_t i = 0; mult_words[i].w; i++)
        lex_add(mult_words[i].w, LX_MULT);
    for (size_t i = 0; times_verbs[i].w; i++)
        lex_add(times_verbs[i].w, LX_TIMESVERB);
}

/* The LX_* lists that hold the word w[0,n) (ASCII case-insensitive).
 * The scanner's readers ask one word in turn (a scale? a month? a number
 * word? a noun?): the last word asked and its lists are kept, byte for
 * byte, per thread. */
#define LEX_MEMO 24
static unsigned lex_lookup(const char *w, size_t n)
{
    static _Thread_local struct {
        size_t n;   /* 0: none kept */
        unsigned flags;
        char w[LEX_MEMO];
    } memo;
    pthread_once(&lex_once, lex_init);
    if (n == 0 || n > lex_maxlen)
        return 0;
    if (memo.n == n && !memcmp(memo.w, w, n))
        return memo.flags;
    unsigned flags = 0;
    for (unsigned h = lex_hash(w, n); lex[h].w; h = (h + 1) & (LEX_SLOTS - 1))
        if (lex[h].len == n && weq(w, n, lex[h].w)) {
            flags = lex[h].flags;
            break;
        }
    if (n <= LEX_MEMO) {
        memcpy(memo.w, w, n);
        memo.n = n;
        memo.flags = flags;
    }
    return flags;
}

int qty_is_possessive(const char *w, size_t n)
{
    static const char *const words[] = {"its", "their", "our", "his", "her", "your", "my", NULL};
    for (int i = 0; words[i]; i++)
        if (weq(w, n, words[i]))
            return 1;
    return 0;
}

int qty_is_possessive_at(const char *p, size_t n, size_t ws, size_t we)
{
    if (qty_is_possessive(p + ws, we - ws))
        return 1;
    if (we == ws)
        return 0;
    size_t k = we < n && p[we] == '\'' ? we + 1 : 0;
    return k && k < n && p[k] == 's' && (k + 1 == n || !((p[k + 1] | 0x20) >= 'a' && (p[k + 1] | 0x20) <= 'z'));
}

/* The word at p[i) after blanks and line breaks: its length, *ws its start. */
static size_t word_at(const char *p, size_t n, size_t i, size_t *ws)
{
    while (i < n && (p[i] == ' ' || p[i] == '\n' || p[i] == '\r' || p[i] == '\t'))
        i++;
    *ws = i;
    while (i < n && ascii_isalpha(p[i]))
        i++;
    return i - *ws;
}

int qty_names_band(const char *unit, const char *p, size_t n, size_t e)
{
    static const char *const band[] = {"band", "bands", "lot", "lots", "spectrum", "channel", "channels",
                                       "range", "frequency", "frequencies", "licence", "license", "auction", NULL};
    size_t ul = strlen(unit);
    if (ul < 3 || strcmp(unit + ul - 2, "Hz"))
        return 0;
    for (int hop = 0; hop < 2; hop++) {
        size_t ws, wl = word_at(p, n, e, &ws);
        for (int k = 0; band[k]; k++)
            if (weq(p + ws, wl, band[k]))
                return 1;
        /* "the 700 MHz and 3.5 GHz bands": coordinated with a band */
        if (hop || !(weq(p + ws, wl, "and") || weq(p + ws, wl, "or")))
            return 0;
        size_t k = ws + wl;
        while (k < n && (p[k] == ' ' || p[k] == '\n'))
            k++;
        while (k < n && ((p[k] >= '0' && p[k] <= '9') || p[k] == '.' || p[k] == ','))
            k++;
        while (k < n && p[k] == ' ')
            k++;
        if (k + 3 > n || (memcmp(p + k, "MHz", 3) && memcmp(p + k, "GHz", 3) && memcmp(p + k, "kHz", 3)))
            return 0;
        e = k + 3;
    }
    return 0;
}
