/* itemref.c — the item a sum's clause prices without naming it (see
 * itemref.h). */
#define _GNU_SOURCE   /* memmem */
#include "itemref.h"

#include <pthread.h>
#include <string.h>

#include "ascii.h"
#include "lexicon.h"
#include "measure.h"
#include "metrics.h"
#include "sentence.h"
#include "textfind.h"
#include "textwalk.h"

#define LEAD_MAX 200   /* bytes of the clause before the figure read */
#define BACK_MAX 700   /* bytes before the sentence searched for the item */
#define CHUNK 300      /* bytes of a sentence read as one line of cues */
#define ACRONYM_BACK 32768 /* bytes before the sentence an acronym's definition is looked for in */

/* Words that price a thing. */
static const char *const pricing[] = {
    "cost", "costs", "costing", "costed", "price", "priced", "budget", "budgeted", "worth", "investment",
    "invested", "value", "valued", "sum", NULL,
};

/* Other kinds of things a clause may price; a sentence opening on one
 * has moved on from the item. */
static const char *const other_kinds[] = {
    "cable", "cables", "backbone", "backbones", "network", "networks", "tower", "towers", "railway", "railways",
    "road", "roads", "port", "ports", "bridge", "bridges", "satellite", "satellites", "system", "systems",
    "platform", "platforms", "cameras", "grid", "pipeline", "airport", "highway", "fibre", "fiber", "optic", NULL,
};

/* Money that is no price of a thing, and wholes that are no item. */
static const char *const other_money[] = {
    "economy", "sector", "sectors", "market", "markets", "loan", "loans", "credit", "debt", "payment",
    "payments", "fee", "fees", "interest", "revenue", "revenues", "sales", "exports", "imports", "trade", NULL,
};

/* Nouns that refer to an item named before. */
static const char *const references[] = {"facility", "centre", "center", "campus", "project", "site", "building",
                                         "phase", "complex", "hub", NULL};

/* Words of a clause that speaks of one of many. */
static const char *const one_of_many[] = {"single", "each", "one", "typical", "per", NULL};

/* The lists' bits: the kinds and the money count only in lower case (a
 * capital opens a name, "the Government Wide Area Network" a data centre
 * hosts). */
enum { W_PRICING = 1u << 0, W_KIND = 1u << 1, W_MONEY = 1u << 2, W_REF = 1u << 3, W_ONE = 1u << 4 };

static Lexicon words;
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

static void words_init(void)
{
    lexicon_add_list(&words, pricing, W_PRICING);
    lexicon_add_list(&words, other_kinds, W_KIND);
    lexicon_add_list(&words, other_money, W_MONEY);
    lexicon_add_list(&words, references, W_REF);
    lexicon_add_list(&words, one_of_many, W_ONE);
}

/* The bits of the words of p[s, e) (the kinds' and the money's in lower
 * case only). */
static unsigned words_in(const unsigned char *p, size_t s, size_t e)
{
    unsigned bits = 0;
    for (size_t i = s; i < e;) {
        if (!ascii_isalpha(p[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < e && ascii_isalpha(p[j]))
            j++;
        unsigned b = lexicon_bits(&words, (const char *)p + i, j - i);
        if (b && !(p[i] >= 'a' && p[i] <= 'z'))
            b &= ~(unsigned)(W_KIND | W_MONEY);
        bits |= b;
        i = j;
    }
    return bits;
}

/* Words between a bracket and the sum it converts another into. */
static const char *const hedges[] = {"about", "approximately", "approx", "around", "roughly", "some", "nearly",
                                     "almost", "or", "equivalent", "to", "c", "ca", "circa", NULL};

/* Is the bracket at doc[b] (lo <= b) right after a sum (a digit, or a
 * scale word after one: "Rp 4.8 trillion (") and before the figure at
 * start with hedges only between ("about", "approximately")? */
static int converted(const char *doc, size_t lo, size_t b, size_t start)
{
    const unsigned char *p = (const unsigned char *)doc;
    for (size_t i = b + 1; i < start;) {
        if (!ascii_isalpha(p[i])) {
            if (p[i] != ' ' && p[i] != '.')
                return 0;
            i++;
            continue;
        }
        size_t j = i;
        while (j < start && ascii_isalpha(p[j]))
            j++;
        if (!tw_win(p + i, j - i, hedges))
            return 0;
        i = j;
    }
    size_t e = b;
    while (e > lo && p[e - 1] == ' ')
        e--;
    size_t ws, wl = tw_word_before(p, e, &ws);
    if (wl && ws + wl == e && (tw_weq(p + ws, wl, "million") || tw_weq(p + ws, wl, "billion") ||
                               tw_weq(p + ws, wl, "trillion") || tw_weq(p + ws, wl, "bn") || tw_weq(p + ws, wl, "m")))
        e = tw_skip_blanks_back(p, ws);
    return e > lo && p[e - 1] >= '0' && p[e - 1] <= '9';
}

/* The clause before the figure at start in the sentence opening at ss:
 * back to a comma, a semicolon or an opening bracket, LEAD_MAX bytes at
 * most. */
static size_t lead_start(const char *doc, size_t ss, size_t start)
{
    size_t lo = start > ss + LEAD_MAX ? start - LEAD_MAX : ss;
    size_t i = start;
    while (i > lo && doc[i - 1] != ',' && doc[i - 1] != ';' && doc[i - 1] != '(')
        i--;
    /* a sum in brackets after a sum is the same sum in another currency:
     * "cost Rp 4.8 trillion (about US$295 million)" is read from "cost" */
    if (i > lo && doc[i - 1] == '(' && converted(doc, lo, i - 1, start))
        return lead_start(doc, ss, i - 1);
    return i;
}

/* The item metric a cue of doc[s, e) names for a claim in unit: its
 * rule, *many when the cue names many items; SIZE_MAX when none. */
static size_t item_named(const Metrics *m, const char *doc, size_t s, size_t e, const char *unit, int *many,
                         const char **id)
{
    static _Thread_local LineCues lc;
    for (size_t a = s; a < e;) {
        size_t b = e - a > CHUNK ? a + CHUNK : e;
        /* (a chunk ends on a blank, never inside a word) */
        while (b < e && b > a + CHUNK / 2 && doc[b] != ' ')
            b--;
        if (metrics_line_cues(m, doc, a, b, 0, &lc))
            for (size_t i = 0; i < lc.nc; i++) {
                const LineCue *k = &lc.cues[i];
                if (k->kind == MC_METRIC && k->role == MC_CUE && metrics_is_item(m, k->id) &&
                    metrics_metric_fits(m, k->rule, unit)) {
                    *many = measure_cue_names_many(lc.text, lc.n, k->s, k->e);
                    *id = k->id;
                    return k->rule;
                }
            }
        a = b;
    }
    return SIZE_MAX;
}

/* Does a forbid of metric rule r stand in doc[s, e) (around the figure
 * doc[fs, fe))? */
static int forbidden(const Metrics *m, const char *doc, size_t s, size_t e, size_t fs, size_t fe, size_t r)
{
    static _Thread_local LineCues lc;
    if (e - s > CHUNK) {
        s = fs > s + CHUNK / 2 ? fs - CHUNK / 2 : s;
        e = fe + CHUNK / 2 < e ? fe + CHUNK / 2 : e;
        while (s < fs && doc[s] != ' ')
            s++;
        while (e > fe && doc[e - 1] != ' ')
            e--;
    }
    if (!metrics_line_cues(m, doc, s, e, 0, &lc))
        return 0;
    for (size_t i = 0; i < lc.nc; i++)
        if (lc.cues[i].rule == r && lc.cues[i].role == MC_FORBID)
            return 1;
    return 0;
}

/* The end of the clause after the figure ending at doc[end]: the next
 * comma, semicolon or bracket before se (the rest of the sentence may
 * speak of the loan that financed it: "The contract price was US$ 115.3
 * million, of which 85% was financed by a preferential buyer's credit"). */
static size_t clause_end(const char *doc, size_t end, size_t se)
{
    size_t i = end;
    /* (past the sum's own bracket: "US$185 million (approximately KES 23.9
     * billion)") */
    while (i < se && doc[i] == ' ')
        i++;
    if (i < se && doc[i] == '(') {
        const char *cl = memchr(doc + i, ')', se - i);
        if (cl)
            i = (size_t)(cl - doc) + 1;
    }
    while (i < se && doc[i] != ',' && doc[i] != ';' && doc[i] != '(')
        i++;
    return i;
}

/* An acronym of the clause doc[s, e) the document defined before ss for
 * an item ("The National Data Centre (NDC) at Area 3"): the item's rule,
 * else SIZE_MAX. */
static size_t acronym_item(const Metrics *m, const char *doc, size_t ss, size_t s, size_t e, const char *unit,
                           int *many, const char **id)
{
    const unsigned char *p = (const unsigned char *)doc;
    for (size_t i = s; i < e; i++) {
        if (!(p[i] >= 'A' && p[i] <= 'Z') || (i > s && ascii_isalpha(p[i - 1])))
            continue;
        size_t j = i;
        while (j < e && p[j] >= 'A' && p[j] <= 'Z')
            j++;
        if (j - i < 2 || j - i > 6 || (j < e && (ascii_isalpha(p[j]) || p[j] == '$')))
            continue;
        char key[9];
        key[0] = '(';
        memcpy(key + 1, doc + i, j - i);
        key[j - i + 1] = ')';
        /* (defined in the 32 KB before: a report's section, not a
         * whole book's) */
        size_t lo = ss > ACRONYM_BACK ? ss - ACRONYM_BACK : 0;
        const char *d = tf_find(doc + lo, ss - lo, key, j - i + 2);
        if (d) {
            size_t at = (size_t)(d - doc), from = at > 100 ? at - 100 : 0;
            while (from < at && doc[from] != ' ' && doc[from] != '\n')
                from++;
            size_t r = item_named(m, doc, from, at, unit, many, id);
            if (r != SIZE_MAX)
                return r;
        }
        i = j;
    }
    return SIZE_MAX;
}

/* The item the sentences before ss name, back to lo: its rule, else
 * SIZE_MAX (none, or a sentence opening on another kind of thing first). */
static size_t item_before(const Metrics *m, const char *doc, size_t n, size_t ss, size_t lo, const char *unit,
                          int *many, const char **id)
{
    const unsigned char *p = (const unsigned char *)doc;
    size_t at = ss;
    while (at > lo) {
        size_t e = at;
        while (e > lo && (p[e - 1] == ' ' || p[e - 1] == '\n' || p[e - 1] == '\r' || p[e - 1] == '\t'))
            e--;
        if (e <= lo)
            break;
        size_t s0, s1;
        sentence_bounds(doc, n, e - 1, e, &s0, &s1);
        if (s0 < lo)
            s0 = lo;
        if (s1 > at)
            s1 = at;
        size_t r = item_named(m, doc, s0, s1, unit, many, id);
        if (r != SIZE_MAX)
            return r;
        /* (its opening words: the thing it speaks of) */
        if (words_in(p, s0, s0 + 80 < s1 ? s0 + 80 : s1) & W_KIND)
            return SIZE_MAX;
        if (s0 >= at)
            break;
        at = s0;
    }
    return SIZE_MAX;
}

/* Does the sentence opening at p[ss] open an item of a list: a bullet,
 * "1.", "(a)", "b)"? */
static int list_item(const unsigned char *p, size_t ss, size_t start)
{
    size_t i = ss;
    while (i < start && (p[i] == ' ' || p[i] == '\t' || p[i] == '\'' || p[i] == '"'))
        i++;
    if (i >= start)
        return 0;
    if (p[i] == '-' || p[i] == '*' || (p[i] == 0xE2 && i + 2 < start && p[i + 1] == 0x80 &&
                                       (p[i + 2] == 0xA2 || p[i + 2] == 0x93 || p[i + 2] == 0x94)))
        return 1;
    size_t j = i + (p[i] == '(');
    size_t k = j;
    while (k < start && k - j < 3 && ((p[k] >= '0' && p[k] <= '9') || (p[k] >= 'a' && p[k] <= 'z')))
        k++;
    return k > j && k < start && (p[k] == '.' || p[k] == ')') && k + 1 < start && p[k + 1] == ' ';
}

/* Does p[s, e) hold a letter or a digit? */
static int has_text(const unsigned char *p, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if (ascii_isalpha(p[i]) || (p[i] >= '0' && p[i] <= '9'))
            return 1;
    return 0;
}

static int is_money(const char *u)
{
    return strlen(u) == 3 && u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'A' && u[1] <= 'Z' && u[2] >= 'A' && u[2] <= 'Z';
}

int itemref_metric(const Metrics *m, Claim *c, const char *doc, size_t n, size_t ss, size_t se, size_t para_s,
                   size_t head_s, size_t head_e)
{
    const unsigned char *p = (const unsigned char *)doc;
    if (!m || !doc || c->metric[0] || !is_money(c->unit) || c->start < ss || c->end > n || se > n)
        return 0;
    pthread_once(&words_once, words_init);
    size_t ls = lead_start(doc, ss, c->start);
    unsigned lead = words_in(p, ls, c->start);
    if (!(lead & W_PRICING) || (lead & (W_KIND | W_MONEY)))
        return 0;
    int many = 0;
    const char *id = NULL;
    /* (a clause naming the item itself was the sentence's to judge: "in
     * data centres and cloud regions totals") */
    if (item_named(m, doc, ls, c->start, c->unit, &many, &id) != SIZE_MAX)
        return 0;
    size_t r = acronym_item(m, doc, ss, ls, c->start, c->unit, &many, &id);
    /* (an item of a list speaks of its own thing: not of the item before) */
    if (r == SIZE_MAX && !list_item(p, ss, c->start)) {
        /* the paragraph, and the heading right over it */
        size_t lo = para_s <= ss ? para_s : ss;
        if (head_e > head_s && head_e <= lo && lo - head_e <= 4)
            lo = head_s;
        /* (a paragraph the figure's sentence opens, speaking of "the
         * facility", goes on with the one before: a news story's
         * paragraphs of a sentence or two) */
        if ((lo == ss || (lo == para_s && !has_text(p, para_s, ss))) && (words_in(p, ss, c->start) & W_REF))
            lo = 0;
        if (ss - lo > BACK_MAX)
            lo = ss - BACK_MAX;
        r = item_before(m, doc, n, ss, lo, c->unit, &many, &id);
    }
    if (r == SIZE_MAX || (many && !(lead & W_ONE)) ||
        forbidden(m, doc, ls, clause_end(doc, c->end, se), c->start, c->end, r))
        return 0;
    if (!metrics_metric_takes(m, id, c, doc, n, ss))
        return 0;
    strcut(c->metric, sizeof c->metric, id);
    metrics_metric_unit(m, r, c);
    return 1;
}
