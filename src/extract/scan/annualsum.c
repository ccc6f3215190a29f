/* annualsum.c — a sum of money named by the year it runs for (see
 * annualsum.h). */
#include "annualsum.h"

#include <pthread.h>

#include "ascii.h"
#include "lexicon.h"
#include "textwalk.h"

/* How many words before the sum its money noun may stand. */
#define REACH_WORDS 16
/* How many words the money noun's modifiers may span before it. */
#define MODIFIER_WORDS 3

/* Nouns whose value a sum of money is: the nearest one before the sum
 * names it. */
static const char *const money_nouns[] = {
    "revenue", "revenues", "sales", "turnover", "income", "profit", "profits", "earnings", "fee", "fees", "cost",
    "costs", "spending", "expenditure", "expenditures", "budget", "budgets", "loss", "losses", "lending", "payment",
    "payments", "instalment", "instalments", "installment", "installments", "dividend", "dividends", "rent", "rental",
    "subscription", "subscriptions", "salary", "salaries", "wage", "wages", "allocation", "allocations", "funding",
    "exports", "imports", "trade", "output", "proceeds", "interest", "capex", "gmv", "remittances", "savings",
    "charge", "charges", "levy", "levies", "tax", "taxes", "royalty", "royalties", "disbursements", "aid",
    "investment", "investments", "subsidy", "subsidies", "premium", "premiums", "contribution", "contributions",
    "bill", "appropriation", "appropriations", "grant", "grants", "transfers", "procurement", "purchases",
    "deficit", "surplus", "value", "loan", "loans", "deal", "deals", "contract", "contracts", "price", "fine",
    "fines", "debt", "bond", "bonds", "package", "facility", "financing", "fund", "funds", "capital", "worth",
    "penalty", "penalties", "lost", NULL,
};

/* The words that name a flow by its year. */
static const char *const annual_words[] = {"annual", "annualised", "annualized", "yearly", NULL};

/* Words that may join an earlier figure to the sum ("from US$1.1 million
 * in 2022 to US$1.45 million", "rose 12% to", "at $210 million in 2017,
 * around KES 21 billion"). */
static const char *const joiners[] = {
    "to", "from", "and", "or", "in", "by", "about", "around", "roughly", "nearly", "some", "approximately",
    "approx", "more", "than", "over", "under", "at", "least", "up", "down", "almost", "just", "below", "above",
    "fiscal", "fy", "year", "equivalent", "estimated", "of", "per", "cent", "percent", NULL,
};

/* Words after a comma that make what follows it the same sum restated
 * ("$210 million in 2017, around KES 21 billion"). */
static const char *const restaters[] = {
    "or", "about", "around", "roughly", "nearly", "some", "approximately", "approx", "equivalent", "almost", NULL,
};

/* Words that end the clause the sum's noun must stand in. */
static const char *const clause_words[] = {
    "but", "while", "whereas", "which", "although", "though", "compared", "versus", "vs", "when", "where", "who",
    "whose", NULL,
};

/* Words a money noun's modifiers do not reach past ("the annual growth
 * in revenue" is no annual revenue). */
static const char *const modifier_stops[] = {
    "in", "of", "the", "a", "an", "its", "their", "our", "his", "her", "to", "for", "from", "and", "or", "with",
    "on", "by", "at", "was", "is", "are", "were", "has", "had", "than", "total", "that", "this", "said", "report",
    "reports", NULL,
};

/* Words of a sum itself: scales and currencies written out. */
static const char *const sum_words[] = {
    "million", "billion", "trillion", "thousand", "bn", "mn", "m", "k", "yuan", "dollars", "dollar", "euros",
    "euro", "shillings", "rupees", "pounds", "baht", "ringgit", "renminbi", "naira", "rand", "yen", "won", "birr",
    "cedis", "kwacha", "dirhams", "riyals", "lakh", "crore", NULL,
};

/* The lists above, one bit each, in one Lexicon: a token is looked up
 * once for all of them (lexicon.h), not walked through each. */
enum { L_MONEY = 1, L_ANNUAL = 2, L_JOIN = 4, L_RESTATE = 8, L_CLAUSE = 16, L_STOP = 32, L_SUM = 64 };
static Lexicon lists;
static pthread_once_t lists_once = PTHREAD_ONCE_INIT;

static void lists_init(void)
{
    lexicon_add_list(&lists, money_nouns, L_MONEY);
    lexicon_add_list(&lists, annual_words, L_ANNUAL);
    lexicon_add_list(&lists, joiners, L_JOIN);
    lexicon_add_list(&lists, restaters, L_RESTATE);
    lexicon_add_list(&lists, clause_words, L_CLAUSE);
    lexicon_add_list(&lists, modifier_stops, L_STOP);
    lexicon_add_list(&lists, sum_words, L_SUM);
}

typedef struct Tok {
    size_t s, e;   /* the token's bytes */
    size_t ls, le; /* its letters (a possessive's "'s" left off) */
    int digit;     /* it holds a digit ("US$1.1", "2022", "12%") */
    int money;     /* a currency sign or code ("US$", "KSh", "RMB") */
    int lists;     /* the L_* of the lists holding its letters; -1 not looked up yet */
} Tok;

/* Bytes that end a token and are passed over: brackets, quotes. */
static int is_pass_byte(unsigned char c) { return c == '(' || c == ')' || c == '"' || c == '[' || c == ']'; }

static void classify(const unsigned char *p, Tok *t)
{
    t->digit = t->money = 0;
    int upper = 0, lower = 0;
    for (size_t i = t->s; i < t->e; i++) {
        unsigned char c = p[i];
        if (c >= '0' && c <= '9')
            t->digit = 1;
        else if (c == '$' || (c == 0xC2 && i + 1 < t->e && (p[i + 1] == 0xA2 || p[i + 1] == 0xA3 || p[i + 1] == 0xA5)) ||
                 (c == 0xE2 && i + 1 < t->e && p[i + 1] == 0x82))
            t->money = 1;   /* "$", "¢", "£", "¥", and U+20A0.. ("€", "₦", "₹") */
        else if (c >= 'A' && c <= 'Z')
            upper++;
        else if (c >= 'a' && c <= 'z')
            lower++;
    }
    /* a currency code or its short form: "RMB", "KES", "KSh", "Rs", "RM" */
    if (!t->digit && upper && upper + lower <= 4 && upper >= lower)
        t->money = 1;
    t->lists = -1;
    t->ls = t->s;
    t->le = t->e;
    if (t->le - t->ls > 2 && p[t->le - 2] == '\'' && (p[t->le - 1] == 's' || p[t->le - 1] == 'S'))
        t->le -= 2;
    else if (t->le - t->ls > 4 && p[t->le - 4] == 0xE2 && p[t->le - 3] == 0x80 && p[t->le - 2] == 0x99 &&
             (p[t->le - 1] == 's' || p[t->le - 1] == 'S'))
        t->le -= 4;   /* ’s */
}

/* Is the token's word in the list of bit (L_*)? Looked up at the first
 * question, then kept with the token. */
static int tok_in(const unsigned char *p, Tok *t, int bit)
{
    if (t->lists < 0)
        t->lists = t->le > t->ls ? (int)lexicon_bits(&lists, (const char *)p + t->ls, t->le - t->ls) : 0;
    return (t->lists & bit) != 0;
}

/* What stands between two tokens, walking back. */
enum { GAP_BLANK, GAP_COMMA };

/* The token ending at or before p[i) and the gap after it: 0 when the
 * clause ends first (a paragraph's or a list item's start, a full stop,
 * ";", ":"). A single line break is a wrapped line. */
static int tok_before(const unsigned char *p, size_t i, Tok *t, int *gap)
{
    *gap = GAP_BLANK;
    int nl = 0;   /* a line break passed */
    while (i > 0) {
        unsigned char c = p[i - 1];
        if (ascii_isblank_cr(c) || is_pass_byte(c)) {
            i--;
        } else if (c == ',') {
            *gap = GAP_COMMA;
            i--;
        } else if (c == '\n' && !nl) {
            nl = 1;
            i--;
        } else if (c == '.' && i >= 3 && p[i - 2] >= 'A' && p[i - 2] <= 'Z' && p[i - 3] == '.') {
            break;   /* "U.S." */
        } else if (c == '\n' || c == ';' || c == ':' || c == '!' || c == '?' || c == '.') {
            return 0;
        } else {
            break;
        }
    }
    if (i == 0)
        return 0;
    size_t e = i;
    while (i > 0 && !ascii_isblank_cr(p[i - 1]) && !is_pass_byte(p[i - 1]) && p[i - 1] != ',' && p[i - 1] != '\n' &&
           p[i - 1] != ';' && p[i - 1] != ':')
        i--;
    t->s = i;
    t->e = e;
    classify(p, t);
    /* a list's item ends where its marker stands */
    if (e - i == 1 && (p[i] == '-' || p[i] == '*'))
        return 0;
    if (e - i == 3 && p[i] == 0xE2 && p[i + 1] == 0x80 && p[i + 2] == 0xA2)
        return 0;   /* "\u2022" */
    return 1;
}

/* Is the money noun tok[h] modified by an annual word among the few
 * words right before it ("the annual maintenance fee")? */
static int annual_noun(const unsigned char *p, size_t h)
{
    size_t i = h;
    for (int w = 0; w < MODIFIER_WORDS; w++) {
        Tok t;
        int gap;
        if (!tok_before(p, i, &t, &gap) || gap != GAP_BLANK || t.digit)
            return 0;
        /* (not "semi-annual") */
        if (tok_in(p, &t, L_ANNUAL))
            return 1;
        if (tok_in(p, &t, L_STOP))
            return 0;
        i = t.s;
    }
    return 0;
}

/* Does the clause before p[start) name the sum by an annual money noun? */
/* Is the token at p[s, e) a year (1900..2099)? */
static int is_year_tok(const unsigned char *p, size_t s, size_t e)
{
    return e - s == 4 && (p[s] == '1' || p[s] == '2') && (p[s + 1] == '9' || p[s + 1] == '0') && p[s + 2] >= '0' &&
           p[s + 2] <= '9' && p[s + 3] >= '0' && p[s + 3] <= '9';
}

/* Does a one-year anchor ("in 2023", "last year", "that year") stand in
 * the sentence before p[i) (across commas) or in the clause after p[end)? */
static int one_year_near(const unsigned char *p, size_t n, size_t i, size_t end)
{
    /* before: word pairs, back to the sentence's start */
    size_t later_s = 0, later_e = 0;
    for (int w = 0; w < 24; w++) {
        Tok t;
        int gap;
        if (!tok_before(p, i, &t, &gap))
            break;
        if (later_e && (tw_weq(p + t.s, t.e - t.s, "in") || tw_weq(p + t.s, t.e - t.s, "during")) &&
            is_year_tok(p, later_s, later_e))
            return 1;
        if (later_e && (tw_weq(p + t.s, t.e - t.s, "last") || tw_weq(p + t.s, t.e - t.s, "this") ||
                        tw_weq(p + t.s, t.e - t.s, "that")) && tw_weq(p + later_s, later_e - later_s, "year"))
            return 1;
        later_s = t.s;
        later_e = t.e;
        i = t.s;
    }
    /* after: the clause's next words */
    size_t j = end, ps = 0, pe = 0;
    for (int w = 0; w < 8; w++) {
        while (j < n && ascii_isblank_cr(p[j]))
            j++;
        size_t e = j;
        while (e < n && !ascii_isblank_cr(p[e]) && p[e] != '\n' && p[e] != ',' && p[e] != ';' && p[e] != ':' &&
               p[e] != '(' && p[e] != ')' && !(p[e] == '.' && (e + 1 >= n || p[e + 1] == ' ' || p[e + 1] == '\n')))
            e++;
        if (e == j)
            return 0;
        if (pe && (tw_weq(p + ps, pe - ps, "in") || tw_weq(p + ps, pe - ps, "during")) && is_year_tok(p, j, e))
            return 1;
        if (pe && (tw_weq(p + ps, pe - ps, "last") || tw_weq(p + ps, pe - ps, "this") || tw_weq(p + ps, pe - ps, "that")) &&
            tw_weq(p + j, e - j, "year"))
            return 1;
        ps = j;
        pe = e;
        j = e;
    }
    return 0;
}

/* A sum lost in one stated year: "Americans lost $3.94 billion to
 * investment fraud in 2023", "reported losses of $12.5 billion". */
static int year_of_losses(const unsigned char *p, size_t n, const Tok *h, size_t end)
{
    if (!tw_weq(p + h->ls, h->le - h->ls, "losses") && !tw_weq(p + h->ls, h->le - h->ls, "lost"))
        return 0;
    Tok b;
    int gap;
    if (tok_before(p, h->s, &b, &gap) && tw_weq(p + b.ls, b.le - b.ls, "impairment"))
        return 0;
    return one_year_near(p, n, h->s, end);
}

static int annual_before(const unsigned char *p, size_t n, size_t start, size_t end)
{
    size_t i = start;
    int content = 0;   /* a word since the last figure that joins no figures */
    int restated = 0;  /* the word after the token is one that restates a sum */
    for (int w = 0; w < REACH_WORDS; w++) {
        Tok t;
        int gap;
        if (!tok_before(p, i, &t, &gap))
            return 0;
        /* only a restated sum reads across a comma */
        if (gap == GAP_COMMA && (content || !restated))
            return 0;
        if (t.digit) {
            if (content)
                return 0;   /* an earlier figure of another noun */
        } else if (tok_in(p, &t, L_MONEY)) {
            return annual_noun(p, t.s) || year_of_losses(p, n, &t, end);
        } else if (tok_in(p, &t, L_CLAUSE)) {
            return 0;
        } else if (t.money || tok_in(p, &t, L_SUM)) {
            /* part of a sum */
        } else if (!tok_in(p, &t, L_JOIN)) {
            content = 1;
        }
        restated = tok_in(p, &t, L_RESTATE);
        i = t.s;
    }
    return 0;
}

/* Does an annual money noun follow the sum ending at p[end): "US$4
 * billion annual cross-border e-commerce turnover", "$5 million in
 * annual revenue"? */
static int annual_after(const unsigned char *p, size_t n, size_t end)
{
    size_t j = end;
    int seen_annual = 0;
    for (int w = 0; w < 6; w++) {
        while (j < n && ascii_isblank_cr(p[j]))
            j++;
        size_t e = j;
        while (e < n && !ascii_isblank_cr(p[e]) && p[e] != '\n' && p[e] != ',' && p[e] != ';' && p[e] != ':' &&
               p[e] != '.' && p[e] != '(' && p[e] != ')')
            e++;
        if (e == j)
            return 0;
        Tok t = {.s = j, .e = e};
        classify(p, &t);
        if (!seen_annual) {
            if (tok_in(p, &t, L_ANNUAL))
                seen_annual = 1;
            else if (w > 0 || !(tw_weq(p + j, e - j, "in") || tw_weq(p + j, e - j, "of")))
                return 0;
        } else if (tok_in(p, &t, L_MONEY)) {
            return 1;
        } else if (t.digit || tok_in(p, &t, L_STOP) || tok_in(p, &t, L_CLAUSE)) {
            return 0;
        }
        j = e;
    }
    return 0;
}

const char *annual_sum_rate(const char *text, size_t n, size_t start, size_t end)
{
    const unsigned char *p = (const unsigned char *)text;
    if (start > n || end > n)
        return NULL;
    pthread_once(&lists_once, lists_init);
    return annual_before(p, n, start, end) || annual_after(p, n, end) ? "/year" : NULL;
}
