/* metrics.c — rules from data/metrics.csv, and the claim classifier.
 *
 * Stage: after the scanner. Input: a claim (span, unit, value) and the
 * sentence around it. Output: the claim's metric, scope, year, source.
 *
 * ## data/metrics.csv
 * RFC 4180, header row; columns kind,id,unit,label,cues,requires,forbids,
 * nature (any order; kind, id and cues required; extra columns such as
 * note are ignored). One rule per row:
 *   metric  id = metric id ([a-z][a-z0-9_]*); unit = the units a claim may
 *           have to fit, '|'-separated, the first is the canonical one;
 *           label = human label; cues = words that name the metric;
 *           requires = at least one must occur in the sentence (optional);
 *           forbids = none may occur in the claim's clause, nor in the
 *           clause before when the claim's goes on with it ("...,
 *           compared with 86.5 percent"), nor in a table's caption
 *           (optional);
 *           nature = "quantity" (one value per place and year; the
 *           default), "share", "people share", "stock", "programme"
 *           (what one programme or firm did) or "item" (a kind of item:
 *           each claim is its own).
 *   scope   id = the scope value (global, africa, ldc, a country in lower
 *           case); cues = the words that place a figure there; forbids =
 *           words that, in the claim's clause, keep it from the place
 *           (optional); within = the place that holds it (a city's
 *           province; optional).
 *   year    cues with the placeholder YEAR (a 4-digit year 1900-2100):
 *           "by YEAR", "by the end of YEAR"; a period's two ("between
 *           YEAR and YEAR") date it by the last. id empty.
 *   source  id = the canonical name (ITU); cues = its names; within = the
 *           place it is a body of (Taiwan's, Hong Kong's; optional).
 *   attrib  cues that credit a source ("according to", "reported"). id empty.
 *   stop    phrases whose words are not cues ("World Bank" is not a scope,
 *           "launched in YEAR" is not a reference year). id empty.
 *   break   words that, opening a clause, start a contrast ("while",
 *           "compared with"): no scope or source cue crosses them. id empty.
 *   partner words that, right before a place, make it the other party of
 *           a figure and not its place (对东盟出口 is China's export, 中国—
 *           东盟 a partnership); a list after it (对美国、英国) too. id empty.
 * A cue list is '|'-separated patterns. A pattern is words and punctuation
 * matched token by token at word boundaries; "invest*" matches any word
 * starting with "invest"; an all-lowercase pattern ignores case, one with
 * a capital letter matches case exactly ("ITU", "Chad").
 *
 * ## Matching
 * All patterns are matched in the claim's sentence. A match inside a longer
 * match of the same kind, or overlapping a stop phrase, does not count: "South
 * Africa" hides "Africa", "lack internet access" hides "internet access",
 * the stop "World Bank" hides "the world"; words inside the claim's own span
 * ("US$") are not cues. Requires and forbids always count. Clauses are
 * separated by , ; and dashes; a break word opening a clause starts a new
 * segment, and scope and source cues outside the claim's clause count only
 * in its segment.
 *  - metric: among metrics whose unit fits the claim (same unit; money in
 *    any currency fits a money metric; a counted noun fits by its head
 *    word; a count without a noun fits a count metric cued in its own
 *    clause), whose requires are met and whose forbids are absent, the one
 *    with the nearest cue wins: cues in the claim's clause before cues in
 *    the rest of the sentence, then by distance in bytes, then file order.
 *  - scope and source: the nearest match, same clause first. A source
 *    counts only with an attrib cue at most ATTRIB_GAP words away. With
 *    no known source, a capitalised name next to an attrib cue is taken
 *    as written ("according to the Central Bank of Kenya").
 *  - year: the nearest year cue in the claim's clause, else the nearest
 *    one before the claim in the sentence, else the nearest after it.
 */
#include "metrics.h"
#include "ascii.h"
#include "orgname.h"
#include "regionref.h"
#include "regionpair.h"
#include "change.h"
#include "measure.h"
#include "zhcount.h"
#include "zhplaceset.h"
#include "credit.h"
#include "examples.h"
#include "recowner.h"
#include "bodypeople.h"
#include "bodyact.h"
#include "csvio.h"
#include "cuesieve.h"
#include "cuetok.h"
#include "quantity.h"

#include <math.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Words allowed between a source's name and its attribution cue. */
#define ATTRIB_GAP 3
/* Bytes of sentence looked at on each side of a claim. */
#define WINDOW 1500
/* Most tokens in a window, matches per claim, tokens per pattern. */
#define MAX_TOKS 1024
#define MAX_MATCHES 512
#define MAX_PTOKS 24
#define MAX_UNITS 8
/* Letters of a prefix word ("invest*") that index it. */
#define PREFIX_KEY 2

/* ORDER Kind: kind_names; the same as MC_* in metrics.h */
enum Kind { K_METRIC = MC_METRIC, K_SCOPE = MC_SCOPE, K_YEAR = MC_YEAR, K_SOURCE = MC_SOURCE, K_ATTRIB = MC_ATTRIB,
            K_STOP = MC_STOP, K_BREAK = MC_BREAK, K_PARTNER = MC_PARTNER,
            K_PART = MC_PART, K_AIM = MC_AIM, K_COUNT };
static const char *const kind_names[K_COUNT] = {"metric", "scope", "year", "source", "attrib",
                                                "stop", "break", "partner", "part", "aim"};

enum Role { R_CUE = MC_CUE, R_REQUIRE = MC_REQUIRE, R_FORBID = MC_FORBID };
enum TokType { T_WORD = CUETOK_WORD, T_PUNCT = CUETOK_PUNCT, T_YEAR };

typedef struct PTok {
    char *s;          /* lowercased unless the pattern is case-sensitive */
    size_t len;
    uint8_t type;     /* T_WORD, T_PUNCT, or T_YEAR (the placeholder) */
    uint8_t prefix;   /* word ended with '*' */
} PTok;

/* What a bucket walk needs of a pattern, packed: most walks end on the
 * first token's length without touching the pattern itself. */
typedef struct PatKey {
    uint32_t next;    /* next pattern in the same hash bucket, or UINT32_MAX */
    uint8_t ntok;
    uint8_t len0;     /* first token's length (capped at 255), 0 for YEAR */
    uint8_t prefix0;  /* first token is a prefix ("invest*") */
    uint8_t year0;    /* first token is YEAR */
    uint8_t kind1;    /* the second token: K1_* */
    uint32_t key1;    /* its key (K1_WORD, K1_PREFIX) */
    uint32_t next2;   /* next in its bucket's loose chain, or its pair's
                       * (a pattern whose second token is a word) */
} PatKey;

/* The patterns of a bucket whose second token is a given word, in file
 * order: a text's token walks only those its next word may fit. */
typedef struct PairSlot {
    uint32_t bucket, key1;
    uint32_t head;    /* UINT32_MAX: an empty slot */
} PairSlot;

/* What a text's second token must be for a pattern to match there: a
 * necessary condition, checked before try_pat. */
enum { K1_ANY, K1_WORD, K1_PREFIX, K1_YEAR };

/* A pattern: its tokens, matched by try_pat once a bucket walk (over
 * PatKey) has found it worth a look. */
typedef struct Pat {
    uint32_t rule;
    uint8_t ntok;
    uint8_t cs;       /* case-sensitive */
    uint8_t role;
    PTok tok[MAX_PTOKS];
} Pat;

typedef struct Rule {
    uint8_t kind;
    char *id;
    char *label;
    char *within;         /* a scope's: the place that holds it (a city's
                           * province); a source's: the place it is a body
                           * of; or NULL */
    char *cues;           /* a source row's cues as written ("CNNIC|China Internet ..."), else NULL */
    char *units[MAX_UNITS];
    size_t nunits;
    uint8_t needs_req;    /* a metric with a requires list */
    uint8_t item;         /* nature "item": each claim is its own item */
    uint8_t share;        /* nature "share": a part of a whole, 0-100% */
    uint8_t people;       /* nature "people share": a share of people (measure.h) */
    uint8_t stock;        /* nature "stock": a count at a time, no change or part */
    uint8_t programme;    /* nature "programme": what one programme or firm did */
    uint8_t parted;       /* a metric some part row with a unit parts (metrics_may_part) */
    uint8_t wide;         /* a scope that is a region or the world (regionref.h), or holds
                           * within another place: opening a body's name, it places nothing */
    size_t metric_k;      /* a metric's index in metric_rules */
    long line;
} Rule;

struct Metrics {
    Rule *rules;
    size_t nrules, rcap;
    Pat *pats;
    size_t npats, pcap;
    uint32_t *heads;      /* hash buckets by first token */
    size_t hmask;
    uint32_t year_key;    /* the key of a YEAR token (a constant) */
    PatKey *pkeys;        /* per pattern, what a bucket walk reads (parallel to pats) */
    uint32_t *loose;      /* per bucket, its patterns not keyed by a second word (next2) */
    uint64_t *opens;      /* per bucket, a bit: some pattern's first token keys it */
    PairSlot *pairs;      /* (bucket, second word's key): its patterns (next2) */
    size_t pmask;
    size_t *metric_rules; /* rule index of each metric, file order */
    size_t nmetrics;
    size_t *scope_rules;  /* rule index of each scope, file order */
    size_t nscopes;
    uint32_t *scope_ids;  /* hash of the scope ids (lower case): 1 + index in
                           * scope_rules, 0 empty; scope_mask + 1 slots */
    size_t scope_mask;
    uint32_t *source_ids; /* hash of the source ids (as written): 1 + rule
                           * index, 0 empty; source_mask + 1 slots */
    size_t source_mask;
    unsigned long serial; /* unique per load: keys the per-thread caches */
    CueSieve *sieve;      /* the cues' first tokens, by kind (metrics_may_cue) */
};

static atomic_ulong load_serial;

/* ---- tokens (cuetok.h) ---- */

typedef CueTok Tok;

/* Hash seeds: whole words, prefixes and YEAR are keys apart. */
enum { H_WORD = 0, H_PREFIX = 1, H_YEAR = 2 };

/* ---- loading ---- */

static const char *const columns[] = {"kind", "id", "unit", "label", "cues", "requires",
                                      "forbids", "nature", "within"};
enum { COL_KIND, COL_ID, COL_UNIT, COL_LABEL, COL_CUES, COL_REQUIRES, COL_FORBIDS, COL_NATURE, COL_WITHIN, COL_N };
static const char *const required_cols[] = {"kind", "id", "cues", NULL};

typedef struct Loader {
    Metrics *m;
    const char *name;
    int idx[COL_N];
    int have_header;
} Loader;

/* Compile one pattern src[0..n) into p. Returns 0 or an error message. */
static const char *compile(const char *src, size_t n, Pat *p)
{
    Tok toks[MAX_PTOKS * 2 + 2];
    size_t nt = cuetok_split(src, 0, n, toks, sizeof toks / sizeof toks[0]);
    if (nt == 0)
        return "empty pattern";
    int cs = 0;
    p->ntok = 0;
    for (size_t i = 0; i < nt; i++) {
        const char *s = src + toks[i].s;
        size_t len = toks[i].e - toks[i].s;
        if (len == 1 && *s == '*') {
            if (i == 0 || toks[i - 1].type != T_WORD || toks[i - 1].e != toks[i].s ||
                p->tok[p->ntok - 1].type != T_WORD)
                return "'*' must end a word";
            if (p->tok[p->ntok - 1].len < PREFIX_KEY)
                return "'*' needs at least two letters before it";
            p->tok[p->ntok - 1].prefix = 1;
            continue;
        }
        if (p->ntok == MAX_PTOKS)
            return "pattern has too many words";
        PTok *k = &p->tok[p->ntok++];
        memset(k, 0, sizeof *k);
        if (toks[i].type == T_WORD && len == 4 && memcmp(s, "YEAR", 4) == 0) {
            k->type = T_YEAR;
            continue;
        }
        k->type = toks[i].type;
        k->s = xstrndup(s, len);
        k->len = len;
        for (size_t j = 0; j < len; j++)
            cs |= ascii_isupper(s[j]);
    }
    p->cs = (uint8_t)(cs != 0);
    if (!p->cs)
        for (size_t i = 0; i < p->ntok; i++)
            for (size_t j = 0; j < p->tok[i].len; j++)
                p->tok[i].s[j] = (char)ascii_lower(p->tok[i].s[j]);
    return NULL;
}

static void pat_fini(Pat *p)
{
    for (size_t i = 0; i < p->ntok; i++)
        free(p->tok[i].s);
}

static int count_years(const Pat *p)
{
    int n = 0;
    for (size_t i = 0; i < p->ntok; i++)
        n += p->tok[i].type == T_YEAR;
    return n;
}

/* Add the '|'-separated patterns of list to m for rule r. */
static int add_patterns(Loader *l, const char *list, uint8_t role, uint32_t r, const char *col,
                        long line, Diag *d)
{
    Metrics *m = l->m;
    uint8_t kind = m->rules[r].kind;
    const char *p = list;
    for (;;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (m->npats == m->pcap) {
            m->pcap = m->pcap ? m->pcap * 2 : 256;
            m->pats = xrealloc(m->pats, m->pcap * sizeof *m->pats);
        }
        Pat *pat = &m->pats[m->npats];
        memset(pat, 0, sizeof *pat);
        const char *err = compile(p, n, pat);
        int years = err ? 0 : count_years(pat);
        if (!err && kind == K_YEAR && (years < 1 || years > 2))
            err = "a year cue needs one YEAR, or two for a period ('between YEAR and YEAR')";
        if (!err && kind != K_YEAR && kind != K_STOP && years)
            err = "YEAR is only for year and stop rows";
        if (err) {
            pat_fini(pat);
            return diag_set(d, CB_EINPUT, l->name, line, "%s: '%.*s' in column %s", err,
                            (int)(n > 60 ? 60 : n), p, col);
        }
        pat->role = role;
        pat->rule = r;
        m->npats++;
        if (!bar)
            break;
        p = bar + 1;
    }
    return 0;
}

/* An identifier (csvio_is_ident) that opens with a letter and fits a
 * claim's metric. */
static int valid_metric_id(const char *s)
{
    return *s >= 'a' && *s <= 'z' && strlen(s) <= 63 && csvio_is_ident(s);
}

static int valid_scope(const char *s)
{
    if (!*s || strlen(s) > 63)
        return 0;
    for (; *s; s++)
        if (ascii_isupper(*s) || *s == ',' || *s == '"' || (unsigned char)*s < ' ')
            return 0;
    return 1;
}

static int on_row(const CsvRow *row, void *ctx, Diag *d)
{
    Loader *l = ctx;
    Metrics *m = l->m;
    if (!l->have_header) {
        l->have_header = 1;
        return csvio_header(row, columns, l->idx, COL_N, required_cols, l->name, d);
    }
    long line = row->line;
    const char *kind = csvio_get(row, l->idx[COL_KIND]);
    const char *id = csvio_get(row, l->idx[COL_ID]);
    const char *unit = csvio_get(row, l->idx[COL_UNIT]);
    const char *label = csvio_get(row, l->idx[COL_LABEL]);
    const char *cues = csvio_get(row, l->idx[COL_CUES]);
    const char *req = csvio_get(row, l->idx[COL_REQUIRES]);
    const char *forb = csvio_get(row, l->idx[COL_FORBIDS]);
    /* nature: one quantity per place and year (the default), or a kind of
     * item whose claims are different things (compare never judges them) */
    const char *nature = csvio_get(row, l->idx[COL_NATURE]);
    const char *within = csvio_get(row, l->idx[COL_WITHIN]);
    static const char *const natures[] = {"", "quantity", "item", "share", "people share", "stock", "programme", NULL};
    int nat = 0;
    while (natures[nat] && strcmp(nature, natures[nat]) != 0)
        nat++;
    if (!natures[nat])
        return diag_set(d, CB_EINPUT, l->name, row->line,
                        "bad nature '%.40s' (want quantity, share, people share, stock, programme or item)", nature);
    int k = -1;
    for (int i = 0; i < K_COUNT; i++)
        if (strcmp(kind, kind_names[i]) == 0)
            k = i;
    if (k < 0)
        return diag_set(d, CB_EINPUT, l->name, line,
                        "unknown kind '%.40s' (want metric, scope, year, source, attrib, stop, break, partner, part or aim)",
                        kind);
    if (!*cues)
        return diag_set(d, CB_EINPUT, l->name, line, "%s row without cues", kind_names[k]);
    if (k == K_METRIC) {
        if (!valid_metric_id(id))
            return diag_set(d, CB_EINPUT, l->name, line,
                            "bad metric id '%.40s' (want lower case letters, digits, _)", id);
        for (size_t i = 0; i < m->nmetrics; i++)
            if (strcmp(m->rules[m->metric_rules[i]].id, id) == 0)
                return diag_set(d, CB_EINPUT, l->name, line,
                                "metric '%s' defined again (first on line %ld)", id,
                                m->rules[m->metric_rules[i]].line);
        if (!*unit)
            return diag_set(d, CB_EINPUT, l->name, line, "metric '%s' without a unit", id);
        if (!*label)
            return diag_set(d, CB_EINPUT, l->name, line, "metric '%s' without a label", id);
    } else {
        /* (a part row's unit names the metrics it parts: none, those of
         * people; "USD", sums of money; its forbids, the words that make
         * its clause the whole's: "loans and investment") */
        if ((*unit && (k != K_PART || strchr(unit, '|') || strlen(unit) > 63)) || *label || *req || *nature ||
            (*forb && k != K_SCOPE && k != K_PART))
            return diag_set(d, CB_EINPUT, l->name, line,
                            "unit, label, requires and nature are only for metric rows (a part row may name one "
                            "unit), forbids for metric, scope and part rows");
        if (k == K_SCOPE && !valid_scope(id))
            return diag_set(d, CB_EINPUT, l->name, line,
                            "bad scope '%.40s' (want a lower-case name)", id);
        if (*within && ((k != K_SCOPE && k != K_SOURCE) || !valid_scope(within) || !strcmp(within, id)))
            return diag_set(d, CB_EINPUT, l->name, line,
                            "within is for scope and source rows: the lower-case name of another place");
        if (k == K_SOURCE && (!*id || strlen(id) > 127))
            return diag_set(d, CB_EINPUT, l->name, line, "source row needs a name of 1-127 bytes");
        if ((k == K_YEAR || k == K_ATTRIB || k == K_STOP || k == K_BREAK || k == K_PARTNER || k == K_AIM) && *id)
            return diag_set(d, CB_EINPUT, l->name, line, "%s rows have an empty id",
                            kind_names[k]);
        if (k == K_PART && (!*id || strlen(id) > 63))
            return diag_set(d, CB_EINPUT, l->name, line, "part row needs a name of 1-63 bytes");
    }

    if (m->nrules == m->rcap) {
        m->rcap = m->rcap ? m->rcap * 2 : 128;
        m->rules = xrealloc(m->rules, m->rcap * sizeof *m->rules);
    }
    uint32_t r = (uint32_t)m->nrules++;
    Rule *rule = &m->rules[r];
    memset(rule, 0, sizeof *rule);
    rule->kind = (uint8_t)k;
    rule->id = xstrdup(id);
    rule->label = xstrdup(label);
    rule->within = *within ? xstrdup(within) : NULL;
    rule->cues = k == K_SOURCE ? xstrdup(cues) : NULL;
    rule->item = nat == 2;
    rule->share = nat == 3 || nat == 4;
    rule->people = nat == 4;
    rule->stock = nat == 5;
    rule->programme = nat == 6;
    rule->line = line;
    if (k == K_METRIC) {
        for (const char *p = unit;;) {
            const char *bar = strchr(p, '|');
            size_t n = bar ? (size_t)(bar - p) : strlen(p);
            if (n == 0 || n > 63)
                return diag_set(d, CB_EINPUT, l->name, line, "bad unit list '%.60s'", unit);
            if (rule->nunits == MAX_UNITS)
                return diag_set(d, CB_EINPUT, l->name, line, "more than %d units", MAX_UNITS);
            rule->units[rule->nunits++] = xstrndup(p, n);
            if (!bar)
                break;
            p = bar + 1;
        }
        m->metric_rules = xrealloc(m->metric_rules, (m->nmetrics + 1) * sizeof *m->metric_rules);
        m->rules[r].metric_k = m->nmetrics;
        m->metric_rules[m->nmetrics++] = r;
    }
    if (k == K_PART && *unit) {
        rule->units[rule->nunits++] = xstrdup(unit);
        for (size_t i = 0; i < m->nmetrics; i++) {
            Rule *x = &m->rules[m->metric_rules[i]];
            x->parted |= !x->item && !strcmp(x->units[0], unit);
        }
    }
    if (k == K_METRIC)
        for (size_t i = 0; i + 1 < m->nrules; i++)
            rule->parted |= m->rules[i].kind == K_PART && m->rules[i].nunits && !rule->item &&
                            !strcmp(m->rules[i].units[0], rule->units[0]);
    if (k == K_SCOPE) {
        m->scope_rules = xrealloc(m->scope_rules, (m->nscopes + 1) * sizeof *m->scope_rules);
        m->scope_rules[m->nscopes++] = r;
        rule->wide = rule->within || !strcmp(rule->id, "global") || regionref_is_region(rule->id);
    }
    int rc = add_patterns(l, cues, R_CUE, r, "cues", line, d);
    if (rc == 0 && *req) {
        m->rules[r].needs_req = 1;
        rc = add_patterns(l, req, R_REQUIRE, r, "requires", line, d);
    }
    if (rc == 0 && *forb)
        rc = add_patterns(l, forb, R_FORBID, r, "forbids", line, d);
    return rc;
}

/* Index patterns by their first token: a whole word by itself, a prefix
 * word by its first PREFIX_KEY letters, YEAR by one key of its own. A
 * text token then costs at most three bucket lookups. */
static uint32_t first_key(const PTok *k)
{
    if (k->type == T_YEAR)
        return cuetok_hash(H_YEAR, "", 0);
    if (k->prefix)
        return cuetok_hash(H_PREFIX, k->s, PREFIX_KEY);
    return cuetok_hash(H_WORD, k->s, k->len);
}

/* The slot of the patterns of bucket b whose second word's key is key1:
 * the one holding them, else the empty one where they would go. */
static PairSlot *pair_slot(const Metrics *m, uint32_t b, uint32_t key1)
{
    size_t h = ((b * 0x9E3779B1u) ^ key1) & m->pmask;
    while (m->pairs[h].head != UINT32_MAX && (m->pairs[h].bucket != b || m->pairs[h].key1 != key1))
        h = (h + 1) & m->pmask;
    return &m->pairs[h];
}

static void build_index(Metrics *m)
{
    size_t size = 64;
    while (size < m->npats * 2)
        size *= 2;
    m->hmask = size - 1;
    m->year_key = cuetok_hash(H_YEAR, "", 0);
    m->heads = xmalloc(size * sizeof *m->heads);
    for (size_t i = 0; i < size; i++)
        m->heads[i] = UINT32_MAX;
    m->pkeys = xmalloc((m->npats ? m->npats : 1) * sizeof *m->pkeys);
    m->loose = xmalloc(size * sizeof *m->loose);
    m->opens = xcalloc(size / 64 + 1, sizeof *m->opens);
    for (size_t i = 0; i < size; i++)
        m->loose[i] = UINT32_MAX;
    m->pmask = size - 1;   /* (over twice the patterns: a slot each at most) */
    m->pairs = xmalloc(size * sizeof *m->pairs);
    for (size_t i = 0; i < size; i++)
        m->pairs[i].head = UINT32_MAX;
    /* Insert backwards so each bucket lists patterns in file order. */
    for (size_t i = m->npats; i-- > 0;) {
        Pat *p = &m->pats[i];
        uint32_t h = first_key(&p->tok[0]) & (uint32_t)m->hmask;
        PatKey *k = &m->pkeys[i];
        k->next = m->heads[h];
        m->heads[h] = (uint32_t)i;
        m->opens[h / 64] |= 1ull << (h % 64);
        k->ntok = p->ntok;
        k->year0 = p->tok[0].type == T_YEAR;
        k->prefix0 = p->tok[0].prefix;
        k->len0 = (uint8_t)(p->tok[0].len < 255 ? p->tok[0].len : 255);
        const PTok *t1 = &p->tok[1];
        k->kind1 = p->ntok < 2 ? K1_ANY : t1->type == T_YEAR ? K1_YEAR : t1->prefix ? K1_PREFIX : K1_WORD;
        k->key1 = k->kind1 == K1_WORD     ? cuetok_hash(H_WORD, t1->s, t1->len)
                  : k->kind1 == K1_PREFIX ? cuetok_hash(H_PREFIX, t1->s, PREFIX_KEY)
                                          : 0;
        uint32_t *chain = &m->loose[h];
        if (k->kind1 == K1_WORD) {
            PairSlot *ps = pair_slot(m, h, k->key1);
            ps->bucket = h, ps->key1 = k->key1;
            chain = &ps->head;
        }
        k->next2 = *chain;
        *chain = (uint32_t)i;
    }
    m->sieve = xcalloc(1, sizeof *m->sieve);
    for (size_t i = 0; i < m->npats; i++)
        if (m->pats[i].role == R_CUE && m->pats[i].ntok)
            cuesieve_add(m->sieve, m->rules[m->pats[i].rule].kind, m->pats[i].tok[0].s, m->pats[i].tok[0].len,
                         m->pats[i].tok[0].type == T_WORD);
    m->serial = atomic_fetch_add(&load_serial, 1) + 1;
    /* the scope ids, by name (metrics_scope_named) */
    size_t slots = 64;
    while (slots < m->nscopes * 2)
        slots *= 2;
    m->scope_mask = slots - 1;
    m->scope_ids = xcalloc(slots, sizeof *m->scope_ids);
    for (size_t k = 0; k < m->nscopes; k++) {
        const char *id = m->rules[m->scope_rules[k]].id;
        uint32_t h = cuetok_hash(H_WORD, id, strlen(id)) & (uint32_t)m->scope_mask;
        while (m->scope_ids[h])
            h = (h + 1) & (uint32_t)m->scope_mask;
        m->scope_ids[h] = (uint32_t)k + 1;
    }
    /* the source ids, by name as written (metrics_known_source and the
     * others asked of a body's name for each claim); a rule after another
     * of its id lies further along the probe, so the first is found */
    size_t nsources = 0;
    for (size_t i = 0; i < m->nrules; i++)
        nsources += m->rules[i].kind == K_SOURCE;
    slots = 64;
    while (slots < nsources * 2)
        slots *= 2;
    m->source_mask = slots - 1;
    m->source_ids = xcalloc(slots, sizeof *m->source_ids);
    for (size_t i = 0; i < m->nrules; i++) {
        if (m->rules[i].kind != K_SOURCE)
            continue;
        const char *id = m->rules[i].id;
        uint32_t h = cuetok_hash(H_WORD, id, strlen(id)) & (uint32_t)m->source_mask;
        while (m->source_ids[h])
            h = (h + 1) & (uint32_t)m->source_mask;
        m->source_ids[h] = (uint32_t)i + 1;
    }
}

/* The first source rule whose id is name, or NULL. */
static const Rule *source_rule(const Metrics *m, const char *name)
{
    if (!m->source_ids) {
        for (size_t i = 0; i < m->nrules; i++)
            if (m->rules[i].kind == K_SOURCE && !strcmp(m->rules[i].id, name))
                return &m->rules[i];
        return NULL;
    }
    for (uint32_t h = cuetok_hash(H_WORD, name, strlen(name)) & (uint32_t)m->source_mask; m->source_ids[h];
         h = (h + 1) & (uint32_t)m->source_mask) {
        const Rule *r = &m->rules[m->source_ids[h] - 1];
        if (!strcmp(r->id, name))
            return r;
    }
    return NULL;
}

/* The scope rule named name[0, n) (its id, any case): its rule, the
 * first of that id in the file, or NULL. */
static const Rule *scope_rule_named(const Metrics *m, const char *name, size_t n)
{
    if (!m->scope_ids)
        return NULL;
    for (uint32_t h = cuetok_hash(H_WORD, name, n) & (uint32_t)m->scope_mask; m->scope_ids[h];
         h = (h + 1) & (uint32_t)m->scope_mask) {
        const Rule *r = &m->rules[m->scope_rules[m->scope_ids[h] - 1]];
        if (strlen(r->id) == n && !strncasecmp(r->id, name, n))
            return r;
    }
    return NULL;
}

const char *metrics_scope_named(const Metrics *m, const char *name, size_t n)
{
    const Rule *r = scope_rule_named(m, name, n);
    return r ? r->id : NULL;
}

int metrics_load_mem(const char *name, const char *data, size_t n, Metrics **out, Diag *d)
{
    *out = NULL;
    Metrics *m = xcalloc(1, sizeof *m);
    Loader l = {.m = m, .name = name};
    int rc = csvio_read_mem(name, data, n, on_row, &l, d);
    if (rc == 0 && !l.have_header)
        rc = diag_set(d, CB_EINPUT, name, 0, "empty file: no header row");
    if (rc < 0) {
        metrics_free(m);
        return rc;
    }
    build_index(m);
    *out = m;
    return 0;
}

int metrics_load(const char *path, Metrics **out, Diag *d)
{
    *out = NULL;
    Metrics *m = xcalloc(1, sizeof *m);
    Loader l = {.m = m, .name = path};
    int rc = csvio_read_file(path, on_row, &l, d);
    if (rc == 0 && !l.have_header)
        rc = diag_set(d, CB_EINPUT, path, 0, "empty file: no header row");
    if (rc < 0) {
        metrics_free(m);
        return rc;
    }
    build_index(m);
    *out = m;
    return 0;
}

void metrics_free(Metrics *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->nrules; i++) {
        free(m->rules[i].id);
        free(m->rules[i].label);
        free(m->rules[i].within);
        free(m->rules[i].cues);
        for (size_t j = 0; j < m->rules[i].nunits; j++)
            free(m->rules[i].units[j]);
    }
    for (size_t i = 0; i < m->npats; i++)
        pat_fini(&m->pats[i]);
    free(m->rules);
    free(m->pats);
    free(m->heads);
    free(m->pkeys);
    free(m->loose);
    free(m->opens);
    free(m->pairs);
    free(m->sieve);
    free(m->metric_rules);
    free(m->scope_rules);
    free(m->scope_ids);
    free(m->source_ids);
    free(m);
}

unsigned long metrics_serial(const Metrics *m)
{
    return m->serial;
}

size_t metrics_count(const Metrics *m)
{
    return m->nmetrics;
}

const char *metrics_id(const Metrics *m, size_t i)
{
    return i < m->nmetrics ? m->rules[m->metric_rules[i]].id : NULL;
}

const char *metrics_scope_id(const Metrics *m, size_t k)
{
    return k < m->nscopes ? m->rules[m->scope_rules[k]].id : NULL;
}

static const Rule *find_metric(const Metrics *m, const char *id)
{
    /* (a claim's metric is asked of by reader after reader: the last id
     * found is kept, keyed by the table's load serial) */
    static _Thread_local unsigned long last_serial;
    static _Thread_local char last_id[48];
    static _Thread_local const Rule *last;
    if (last_serial == m->serial && strcmp(last_id, id) == 0)
        return last;
    const Rule *r = NULL;
    for (size_t i = 0; i < m->nmetrics && !r; i++)
        if (strcmp(m->rules[m->metric_rules[i]].id, id) == 0)
            r = &m->rules[m->metric_rules[i]];
    size_t l = strlen(id);
    if (l < sizeof last_id) {
        memcpy(last_id, id, l + 1);
        last_serial = m->serial, last = r;
    }
    return r;
}

const char *metrics_unit(const Metrics *m, const char *id)
{
    const Rule *r = find_metric(m, id);
    return r ? r->units[0] : NULL;
}

const char *metrics_label(const Metrics *m, const char *id)
{
    const Rule *r = find_metric(m, id);
    return r ? r->label : NULL;
}

int metrics_is_item(const Metrics *m, const char *id)
{
    const Rule *r = find_metric(m, id);
    return r && r->item;
}

int metrics_may_part(const Metrics *m, const char *id)
{
    const Rule *r = find_metric(m, id);
    return r && (r->parted || metrics_is_people(m, id));
}

int metrics_part_fits(const Metrics *m, size_t rule, const char *id)
{
    const Rule *p = rule < m->nrules ? &m->rules[rule] : NULL, *r = find_metric(m, id);
    if (!p || p->kind != K_PART || !r)
        return 0;
    if (!p->nunits)
        return metrics_is_people(m, id);
    /* (an item's cost is one thing however it was paid for) */
    return !r->item && r->nunits && !strcmp(r->units[0], p->units[0]);
}

int metrics_is_programme(const Metrics *m, const char *id)
{
    const Rule *r = find_metric(m, id);
    return r && r->programme;
}

int metrics_is_people_share(const Metrics *m, const char *id)
{
    const Rule *r = find_metric(m, id);
    return r && r->people;
}

/* ---- matching ---- */

typedef struct Match {
    uint32_t pat;
    uint32_t s, e;        /* byte span */
    uint16_t ti, tj;      /* token span [ti, tj) */
    int year;             /* the YEAR token's value, or 0 */
    uint8_t dead;         /* inside a longer match (2: a place a partner word made the other party) */
} Match;

static int tok_eq(const char *t, const Tok *k, const PTok *p, int cs)
{
    size_t n = k->e - k->s;
    const char *s = t + k->s;
    if (p->type == T_YEAR)
        return cuetok_is_year(t, k);
    if ((p->type == T_PUNCT) != (k->type == T_PUNCT))
        return 0;
    if (p->prefix ? n < p->len : n != p->len)
        return 0;
    if (cs)
        return memcmp(s, p->s, p->len) == 0;
    for (size_t i = 0; i < p->len; i++)
        if ((char)ascii_lower(s[i]) != p->s[i])
            return 0;
    return 1;
}

/* Try pattern pi at token i; add a match on success. */
static void try_pat(const Metrics *m, uint32_t pi, const char *t, const Tok *toks, size_t nt,
                    size_t i, Match *out, size_t *nm)
{
    const Pat *p = &m->pats[pi];
    if (i + p->ntok > nt || *nm == MAX_MATCHES)
        return;
    int year = 0;
    for (size_t j = 0; j < p->ntok; j++) {
        if (!tok_eq(t, &toks[i + j], &p->tok[j], p->cs))
            return;
        /* of two years ("between 2000 and 2023"), a period's, the last */
        if (p->tok[j].type == T_YEAR)
            year = cuetok_year(t, &toks[i + j]);
    }
    /* a period ("in 2013-22", "over 2000–2021") is dated by its end */
    if (p->ntok && p->tok[p->ntok - 1].type == T_YEAR)
        year = cuetok_period_end(t, toks, nt, i + p->ntok - 1, year);
    Match *mt = &out[(*nm)++];
    mt->pat = pi;
    mt->s = toks[i].s;
    mt->e = toks[i + p->ntok - 1].e;
    mt->ti = (uint16_t)i;
    mt->tj = (uint16_t)(i + p->ntok);
    mt->year = year;
    mt->dead = 0;
}

/* The keys of each token t[i] of a text: whole word, prefix (0 when it
 * has none), year. */
typedef struct TokKeys {
    uint32_t word[MAX_TOKS], prefix[MAX_TOKS];
    uint8_t year[MAX_TOKS], has_prefix[MAX_TOKS];
} TokKeys;

static void tok_keys(const char *t, const Tok *toks, size_t nt, TokKeys *k)
{
    for (size_t i = 0; i < nt; i++) {
        size_t n = toks[i].e - toks[i].s;
        k->word[i] = cuetok_hash(H_WORD, t + toks[i].s, n);
        k->has_prefix[i] = n >= PREFIX_KEY;
        k->prefix[i] = n >= PREFIX_KEY ? cuetok_hash(H_PREFIX, t + toks[i].s, PREFIX_KEY) : 0;
        k->year[i] = (uint8_t)(cuetok_may_be_year(t, &toks[i]) && cuetok_is_year(t, &toks[i]));
    }
}

/* Can the pattern of pk match at token i, by its second token? */
static int second_fits(const PatKey *pk, const TokKeys *k, size_t i)
{
    switch (pk->kind1) {
    case K1_WORD:
        return k->word[i + 1] == pk->key1;
    case K1_PREFIX:
        return k->has_prefix[i + 1] && k->prefix[i + 1] == pk->key1;
    case K1_YEAR:
        return k->year[i + 1];
    default:
        return 1;
    }
}

static size_t find_matches(const Metrics *m, const char *t, const Tok *toks, size_t nt,
                           Match *out)
{
    static _Thread_local TokKeys tk;
    size_t nm = 0;
    if (nt > MAX_TOKS)
        nt = MAX_TOKS;   /* (no caller has more) */
    tok_keys(t, toks, nt, &tk);
    for (size_t i = 0; i < nt; i++) {
        size_t n = toks[i].e - toks[i].s;
        uint32_t keys[3] = {0, 0, 0}, nk = 0;   /* (gcc -O3 cannot see nk guards them) */
        keys[nk++] = tk.word[i];
        /* (a Chinese character, a token of its own, starts no prefix word) */
        if (toks[i].type == T_WORD && n >= PREFIX_KEY && (unsigned char)t[toks[i].s] < 0xE3)
            keys[nk++] = tk.prefix[i];
        if (tk.year[i])
            keys[nk++] = m->year_key;
        for (uint32_t k = 0; k < nk; k++) {
            uint32_t b = keys[k] & (uint32_t)m->hmask;
            if ((k > 0 && b == (keys[0] & m->hmask)) || (k > 1 && b == (keys[1] & m->hmask)))
                continue; /* that bucket was just tried */
            /* (a bucket no pattern opens has neither chain: its pair
             * slot is not looked up; most words of a text open none) */
            if (!(m->opens[b / 64] >> (b % 64) & 1))
                continue;
            /* the bucket's patterns in file order, but of those whose
             * second token is a word only the next token's: its loose
             * chain and its pair's, merged */
            uint32_t loose = m->loose[b], pair = i + 1 < nt ? pair_slot(m, b, tk.word[i + 1])->head : UINT32_MAX;
            while (loose != UINT32_MAX || pair != UINT32_MAX) {
                uint32_t pi = loose < pair ? loose : pair;
                const PatKey *pk = &m->pkeys[pi];
                if (pi == loose)
                    loose = pk->next2;
                else
                    pair = pk->next2;
                if (i + pk->ntok > nt ||
                    (!pk->year0 && pk->len0 != 255 && (pk->prefix0 ? n < pk->len0 : n != pk->len0)) ||
                    !second_fits(pk, &tk, i))
                    continue;   /* (try_pat checks all of it: this only skips early) */
                try_pat(m, pi, t, toks, nt, i, out, &nm);
            }
        }
    }
    /* A cue strictly inside a longer cue of the same kind, or starting
     * inside one, or overlapping a stop phrase, does not count. Requires
     * count; a forbid counts but inside a longer cue of its own metric ("the
     * share of internet users among urban residents" forbids no
     * penetration as "of internet users" does). */
    /* (the matches come in the order of their start: those before lo,
     * ending by out[a].s as the longest match is long, overlap no a) */
    uint32_t span = 0;
    for (size_t a = 0; a < nm; a++)
        if (out[a].e - out[a].s > span)
            span = out[a].e - out[a].s;
    size_t lo = 0;
    for (size_t a = 0; a < nm; a++) {
        const Pat *pa = &m->pats[out[a].pat];
        while (lo < a && out[lo].s + span <= out[a].s)
            lo++;
        if (pa->role == R_FORBID) {
            for (size_t b = lo; b < nm && out[b].s <= out[a].s && !out[a].dead; b++) {
                const Pat *pb = &m->pats[out[b].pat];
                out[a].dead = pb->role == R_CUE && pb->rule == pa->rule && out[b].s <= out[a].s &&
                              out[a].e <= out[b].e && out[b].e - out[b].s > out[a].e - out[a].s;
            }
        }
        if (pa->role != R_CUE)
            continue;
        uint8_t ka = m->rules[pa->rule].kind;
        if (ka == K_STOP)
            continue;
        /* (each case needs b to overlap a; the matches come in the order of
         * their start, so none after the first that starts past a's end) */
        for (size_t b = lo; b < nm && out[b].s < out[a].e && !out[a].dead; b++) {
            if (a == b || out[b].e <= out[a].s)
                continue;
            const Pat *pb = &m->pats[out[b].pat];
            if (pb->role != R_CUE)
                continue;
            uint8_t kb = m->rules[pb->rule].kind;
            int inside = out[b].s <= out[a].s && out[a].e <= out[b].e &&
                         out[b].e - out[b].s > out[a].e - out[a].s;
            /* (or the tail of a longer one that starts before it:
             * "sub-Saharan African countries" is sub-Saharan Africa) */
            inside |= out[b].s < out[a].s && out[a].s < out[b].e && out[b].e < out[a].e &&
                      out[b].e - out[b].s > out[a].e - out[a].s;
            /* A stop breaks every cue that overlaps it without covering it:
             * "the World" in "the World Bank". */
            int broken = kb == K_STOP && out[a].s < out[b].e && out[b].s < out[a].e &&
                         !(out[a].s <= out[b].s && out[b].e <= out[a].e);
            out[a].dead = (uint8_t)((ka == kb && inside) || broken);
        }
        /* a region, the world or a place within a country that opens a
         * body's name ("the Asian Development Bank", "Hainan Cloud Group")
         * places nothing (orgname.h) */
        const Rule *ra = &m->rules[pa->rule];
        if (!out[a].dead && ka == K_SCOPE && nt && ra->wide &&
            orgname_holds(t, out[a].s, out[a].e, toks[nt - 1].e))
            out[a].dead = 1;
    }
    return nm;
}

/* ---- units ---- */

static int is_money(const char *u)
{
    if (!(ascii_isupper(u[0]) && ascii_isupper(u[1]) &&
          ascii_isupper(u[2])))
        return 0;
    /* (a ratio named in capitals is no currency: "PUE" 1.4 prices no data
     * centre) */
    if (qty_ratio_name(u, 3))
        return 0;
    return u[3] == '\0' || strcmp(u + 3, "/year") == 0;
}

int metrics_stopword(const char *w, size_t n)
{
    static const char *const sw[] = {"and", "of", "the", "in", "per", "or", "a", "an", "to"};
    for (size_t i = 0; i < sizeof sw / sizeof sw[0]; i++)
        if (strlen(sw[i]) == n && strncmp(w, sw[i], n) == 0)
            return 1;
    return 0;
}

/* Next word of u from *p (lowercased, final 's' dropped as score.py does)
 * into w; 0 at the end. */
static int next_word(const char **p, char *w, size_t cap)
{
    const char *s = *p;
    while (*s == ' ' || *s == '/' || *s == '-')
        s++;
    if (!*s)
        return 0;
    size_t n = 0;
    while (*s && *s != ' ' && *s != '/' && *s != '-') {
        if (n + 1 < cap)
            w[n++] = (char)ascii_lower(*s);
        s++;
    }
    if (n > 1 && w[n - 1] == 's' && w[n - 2] != 's')
        n--;
    w[n] = '\0';
    *p = s;
    return 1;
}

/* Does a claim in unit cu fit a metric unit mu? */
static int unit_fits(const char *cu, const char *mu)
{
    if (strcasecmp(cu, mu) == 0)
        return 1;
    if (!*cu || !*mu)
        return 0;
    int cm = is_money(cu), mm = is_money(mu);
    if (cm || mm)
        return cm && mm;
    if (strcmp(cu, "%") == 0 || strcmp(mu, "%") == 0 || strcmp(cu, "pp") == 0 ||
        strcmp(mu, "pp") == 0)
        return 0;
    char a[64], b[64];
    for (const char *p = cu; next_word(&p, a, sizeof a);) {
        if (metrics_stopword(a, strlen(a)))
            continue;
        for (const char *q = mu; next_word(&q, b, sizeof b);)
            if (strcmp(a, b) == 0)
                return 1;
    }
    return 0;
}

static int rule_fits(const Rule *r, const char *unit)
{
    for (size_t i = 0; i < r->nunits; i++)
        if (unit_fits(unit, r->units[i]))
            return 1;
    return 0;
}

/* A corpus has many counted nouns ("landing stations", "towers"), each
 * met again and again: remember, per thread, which metrics a unit fits
 * (bit k: metric_rules[k]), in a table indexed by the unit's hash (a unit
 * takes the slot of an older one). Keyed by the Metrics' load serial, so
 * a freed and reloaded table never hits a stale entry. */
#define UNIT_CACHE 2048u   /* a power of two */
typedef struct UnitFit {
    unsigned long serial; /* 0: empty */
    uint64_t fits;
    char unit[sizeof ((Claim *)0)->unit];
} UnitFit;

/* The fit bits of unit for every metric, or 0 with *ok = 0 when the
 * table has more metrics than bits. */
static uint64_t unit_fit_bits(const Metrics *m, const char *unit, int *ok)
{
    static _Thread_local UnitFit cache[UNIT_CACHE];
    size_t ulen = strlen(unit);
    *ok = m->nmetrics <= 64 && ulen < sizeof cache[0].unit;
    if (!*ok)
        return 0;
    UnitFit *u = &cache[cuetok_hash(H_WORD, unit, ulen) & (UNIT_CACHE - 1)];
    if (u->serial == m->serial && memcmp(u->unit, unit, ulen + 1) == 0)
        return u->fits;
    uint64_t fits = 0;
    for (size_t k = 0; k < m->nmetrics; k++)
        if (rule_fits(&m->rules[m->metric_rules[k]], unit))
            fits |= (uint64_t)1 << k;
    u->serial = m->serial;
    u->fits = fits;
    memcpy(u->unit, unit, ulen + 1);
    return fits;
}

/* ---- classification ---- */

/* Where the claim sits: its clause and segment. */
typedef struct Place {
    uint16_t clause, seg, cseg;
    size_t s, e;
    size_t pred; /* first token of a second predicate after the claim, or SIZE_MAX */
    int goes_on; /* clauses back the claim's clause goes on with ("..., up from 58"):
                  * 1, 2 past an attribution ("..., according to X, reversing ..."), or 0 */
} Place;

/* Rank of a match for a claim: same clause first, then distance. With
 * segments on, a match outside the claim's clause and segment (across a
 * break word) does not count (UINT64_MAX); SEG_CREDIT: a credit's, which
 * a comparison does not stop ("Only 37% ... used the internet, compared
 * with 67% globally, according to the ITU": the credit closing the
 * comparison is both figures'). */
enum { SEG_CREDIT = 2 };
static uint64_t rank(const Match *mt, const Tok *toks, const Place *at, int segments)
{
    uint64_t dist = mt->e <= at->s ? at->s - mt->e : mt->s >= at->e ? mt->s - at->e : 0;
    uint64_t tier = toks[mt->ti].clause == at->clause ? 0 : 1;
    const Tok *k = &toks[mt->ti];
    if (segments == SEG_CREDIT && tier && k->seg - k->cseg != at->seg - at->cseg)
        return UINT64_MAX;
    if (segments && segments != SEG_CREDIT && tier && k->seg != at->seg)
        return UINT64_MAX;
    return (tier << 40) | dist;
}

/* The claims of one sentence mostly share its window, and the readers
 * of a sentence's places ask for the whole sentence between them: keep,
 * per thread, the last few windows' tokens and matches (the least
 * recently used one gives way), found again only when the same table
 * sees the same bytes at the same offsets (and the few before them a
 * year's token looks back at). */
#define WIN_CACHE_TEXT (2 * WINDOW + 1024)
#define WIN_SLOTS 4
#define WIN_BEFORE 6
typedef struct WinCache {
    unsigned long serial; /* 0: empty */
    unsigned long used;   /* when last found or kept */
    size_t from, to;
    size_t nt, nm;
    char before[WIN_BEFORE]; /* the bytes before from a year's token reads ("民国112") */
    char text[WIN_CACHE_TEXT];
    Tok toks[MAX_TOKS];
    Match ms[MAX_MATCHES];
} WinCache;
static _Thread_local WinCache win_cache[WIN_SLOTS];
static _Thread_local unsigned long win_clock;
static _Thread_local unsigned win_hit; /* the slot win_cached last found */

static int win_cached(const Metrics *m, const char *doc, size_t from, size_t to)
{
    size_t nb = from < WIN_BEFORE ? from : WIN_BEFORE;
    for (unsigned k = 0; k < WIN_SLOTS; k++) {
        WinCache *w = &win_cache[k];
        if (w->serial == m->serial && w->from == from && w->to == to &&
            memcmp(w->text, doc + from, to - from) == 0 && memcmp(w->before, doc + from - nb, nb) == 0) {
            w->used = ++win_clock;
            win_hit = k;
            return 1;
        }
    }
    return 0;
}

/* A count of a metric is counted in the metric's own unit, its first
 * listed: "1.1 billion internet users" of internet_users are people.
 * Nouns the metric lists as synonyms, and a count with no noun, take the
 * canonical one. Money keeps its currency; a sum of a metric whose
 * figures are yearly flows (its unit "USD/year") is a year's flow, in
 * any currency ("cybercrime cost K120 million in 2023": ZMW/year), as
 * FORMAT.md's conventions have it. */
static void canon_unit(const Rule *r, Claim *c)
{
    const char *canon = r->units[0];
    if (r->nunits && is_money(canon) && !strcmp(canon + 3, "/year") && is_money(c->unit) && !c->unit[3]) {
        char u[sizeof c->unit];
        snprintf(u, sizeof u, "%.3s/year", c->unit);
        strcut(c->unit, sizeof c->unit, u);
        return;
    }
    if (!r->nunits || !strcmp(c->unit, canon) || !ascii_islower(canon[0]))
        return;
    /* (a count of countries is never in the billions: a bare figure that
     * big took the metric from its words, not from what it counts) */
    int listed = !c->unit[0] && (strcmp(canon, "countries") != 0 || c->value <= 250);
    for (size_t i = 1; i < r->nunits && !listed; i++)
        listed = !strcmp(c->unit, r->units[i]);
    if (listed)
        strcut(c->unit, sizeof c->unit, canon);
}

/* What measure.h tells of one figure, asked at most once each while its
 * metric is picked (every metric that may take it asks the same): -1 not
 * asked yet. */
typedef struct Measured {
    int moved, part, whole;
} Measured;
#define MEASURED_NONE {-1, -1, -1}

/* A share is a level of a part: never more than 100%, never a figure
 * stated as a change ("up 15.2%"), a share of people never one of
 * another whole ("of users"); a stock is no change ("grew by 1.6
 * million", "新增5个"), a count of countries and the price of an item no
 * part of a sum named before it ("36 of which", "of which US$98
 * million"), a count of people no population's size: measure.h.
 * (part_named: the figure's own words after it name the metric, "Twelve
 * of them have signed memorandums ... on the Digital Silk Road": a part
 * of a set that is itself what the metric counts, a set of countries;
 * not a part of a whole the words name, "6 of the 47 countries with DSR
 * projects have ratified ...") */
static int takes_part(const Rule *r, const Claim *c, const char *doc, size_t n, size_t ss, Measured *me,
                      int part_named)
{
    /* (a regression's coefficient measures an effect, not a level) */
    if (measure_starred(doc, n, c->end))
        return 0;
    if (r->share && (c->value > 100 || (isfinite(c->high) && c->high > 100)))
        return 0;
    if ((r->share || r->stock) && (me->moved < 0 ? (me->moved = measure_moved(doc, n, ss, c->start, c->end))
                                                 : me->moved))
        return 0;
    if (((r->stock && strcmp(r->units[0], "people")) || r->item) &&
        !(part_named && !r->item && !strcmp(r->units[0], "countries") && measure_part_pronoun(doc, n, c->end)) &&
        (me->part < 0 ? (me->part = measure_part(doc, n, ss, c->start, c->end)) : me->part))
        return 0;
    /* (the people of a place are no count of its users: "a population of
     * some 129 million") */
    if (r->stock && !strcmp(r->units[0], "people") &&
        (measure_population_size(doc, ss, c->start) || measure_reached(doc, ss, c->start)))
        return 0;
    if (r->people && me->whole < 0)
        me->whole = measure_share_whole(doc, n, ss, c->start, c->end);
    return !(r->people && me->whole == MEASURE_OTHER);
}

/* takes_part with no part named. */
static int takes(const Rule *r, const Claim *c, const char *doc, size_t n, size_t ss, Measured *me)
{
    return takes_part(r, c, doc, n, ss, me, 0);
}

/* ---- the sentence classifier, phase by phase ----
 * metrics_classify tokenizes a window of the claim's sentence and finds
 * the cues in it (sentence_window), marks clauses and segments
 * (sentence_clauses), drops cues that say nothing of the figure
 * (drop_own_words), then picks the metric (pick_metric), the scope, year
 * and source (pick_fields), and last names a body the table does not
 * know (name_source, bracket_source). */

/* The tokens and cue matches of the window around the claim: WINDOW
 * bytes each side within the sentence, narrower when the tokens overflow
 * (dense punctuation) so the claim is always inside. The claims of one
 * sentence share a window: the last one is cached per thread. */
typedef struct Window {
    Tok toks[MAX_TOKS];
    Match ms[MAX_MATCHES];
    size_t nt, nm, from, to;
} Window;

/* The window win_cached found: its tokens (toks) and matches into w. */
static void win_load(Window *w, int toks, int matches)
{
    const WinCache *wc = &win_cache[win_hit];
    w->nt = wc->nt;
    if (toks)
        memcpy(w->toks, wc->toks, w->nt * sizeof *w->toks);
    w->nm = matches ? wc->nm : 0;
    memcpy(w->ms, wc->ms, w->nm * sizeof *w->ms);
}

/* Find the matches of w's tokens, and keep the window when it is short
 * enough, in the slot used least recently. */
static void win_match(const Metrics *m, const char *doc, Window *w)
{
    w->nm = find_matches(m, doc, w->toks, w->nt, w->ms);
    if (w->to - w->from <= WIN_CACHE_TEXT) {
        WinCache *wc = &win_cache[0];
        for (unsigned k = 1; k < WIN_SLOTS; k++)
            if (win_cache[k].used < wc->used)
                wc = &win_cache[k];
        wc->serial = m->serial;
        wc->used = ++win_clock;
        wc->from = w->from;
        wc->to = w->to;
        size_t nb = w->from < WIN_BEFORE ? w->from : WIN_BEFORE;
        memcpy(wc->before, doc + w->from - nb, nb);
        memcpy(wc->text, doc + w->from, w->to - w->from);
        wc->nt = w->nt;
        memcpy(wc->toks, w->toks, w->nt * sizeof *w->toks);
        wc->nm = w->nm;
        memcpy(wc->ms, w->ms, w->nm * sizeof *w->ms);
    }
}

static void sentence_window(const Metrics *m, const Claim *c, const char *doc, size_t sent_start, size_t sent_end,
                            Window *w)
{
    int hit = 0;
    w->nt = w->nm = 0;
    w->from = w->to = sent_start;
    for (size_t span = WINDOW;; span = span / 4) {
        size_t from = c->start > sent_start + span ? c->start - span : sent_start;
        size_t to = c->end + span < sent_end ? c->end + span : sent_end;
        /* Start and end a cut window on a space, never inside a word. */
        while (from > sent_start && from < c->start && doc[from - 1] != ' ')
            from++;
        while (to < sent_end && to > c->end && doc[to] != ' ')
            to--;
        hit = win_cached(m, doc, from, to);
        if (hit)
            win_load(w, 1, 0);
        else
            w->nt = cuetok_split(doc, from, to, w->toks, MAX_TOKS);
        w->from = from;
        w->to = to;
        if (w->nt < MAX_TOKS || span < 64)
            break;
    }
    /* Matching reads only the tokens' spans and types, not their clauses. */
    if (hit)
        win_load(w, 0, 1);
    else
        win_match(m, doc, w);
}

/* A figure of a list, not a year ("99.5" in "at 99.6, 99.5 and 98.8 per
 * cent"), and the words that join a list's last item. */
static int list_figure(const char *doc, const Tok *k)
{
    return k->type == T_WORD && ascii_isdigit(doc[k->s]) && !cuetok_is_year(doc, k);
}

static int list_joint(const char *doc, const Tok *k)
{
    /* (a decimal point or a per cent sign is a figure's own: "99.5", "37%") */
    if (k->type == T_PUNCT)
        return k->e - k->s == 1 && (doc[k->s] == '.' || doc[k->s] == '%');
    return cuetok_is_word(doc, k, "and") || cuetok_is_word(doc, k, "or");
}

/* Clauses back the claim's clause goes on with when it is an item of a
 * list of figures the commas cut: "the highest household internet access
 * at 99.6, 99.5 and 98.8 per cent" (each item is said of what the first
 * one's clause names); 0 when it is none. first: the clause's first token. */
static int list_goes_on(const char *doc, const Tok *toks, size_t nt, size_t first, const Claim *c)
{
    for (size_t i = first; i < nt && toks[i].s < c->start; i++)
        if (!list_figure(doc, &toks[i]) && !list_joint(doc, &toks[i]))
            return 0;
    int back = 0;
    size_t j = first;
    /* (the comma closing the clause before, and the figure before it) */
    while (j >= 2 && toks[j - 1].type == T_PUNCT && doc[toks[j - 1].s] == ',' && list_figure(doc, &toks[j - 2])) {
        back++;
        size_t a = j - 2;
        while (a > 0 && toks[a - 1].clause == toks[j - 2].clause)
            a--;
        for (size_t i = a; i < j - 2; i++)
            if (!list_figure(doc, &toks[i]) && !list_joint(doc, &toks[i]))
                return back;
        j = a;
    }
    return back;
}

/* Clauses (separated by , ; and dashes) and segments: a break word
 * opening a clause (", while", ", and"; not ", and that", which goes on
 * with what was said) starts a new segment, which scope and source do not
 * cross (see rank). Returns where the claim sits. */
static Place sentence_clauses(const Metrics *m, const Claim *c, const char *doc, size_t doc_len, Window *w)
{
    Tok *toks = w->toks;
    size_t nt = w->nt;
    uint16_t clause = 0, claim_clause = 0;
    int found_claim = 0;
    for (size_t i = 0; i < nt; i++) {
        int inside = toks[i].s >= c->start && toks[i].s < c->end;
        /* The separator closes its clause; the next token opens one. */
        toks[i].clause = clause;
        if (!found_claim && toks[i].e > c->start) {
            claim_clause = clause;
            found_claim = 1;
        }
        /* (every boundary is a mark: a word needs no look) */
        if (!inside && toks[i].type == T_PUNCT && cuetok_boundary(doc, doc_len, &toks[i]))
            clause++;
    }
    if (!found_claim)
        claim_clause = clause;
    /* A second predicate with its own infinitive ("pledged 360 billion
     * yuan in financial support for Africa and promised to help build
     * digital infrastructure"): what follows "and" is said of something
     * else, a new clause and segment. */
    size_t pred = SIZE_MAX;
    uint16_t shift = 0;
    /* (only after the claim, and nothing moves before the first: the
     * tokens come in order) */
    size_t after = 0;
    while (after < nt && toks[after].s < c->end)
        after++;
    for (size_t i = after; i < nt; i++) {
        /* (it opens on "and": three bytes) */
        if (toks[i].e - toks[i].s == 3 && cuetok_second_predicate(doc, toks, nt, i)) {
            shift++;
            if (pred == SIZE_MAX)
                pred = i;
        }
        toks[i].clause += shift;
        toks[i].seg += shift;
    }
    for (size_t i = 0; i < w->nm; i++) {
        uint16_t t = w->ms[i].ti, u = w->ms[i].tj;
        if (w->ms[i].dead || m->rules[m->pats[w->ms[i].pat].rule].kind != K_BREAK ||
            (t > 0 && toks[t - 1].clause == toks[t].clause))
            continue;
        /* ", and that ...": the same report goes on, no contrast */
        if (u < nt && cuetok_is_word(doc, &toks[u], "that"))
            continue;
        int compares = cuetok_is_word(doc, &toks[t], "compared") || cuetok_is_word(doc, &toks[t], "versus") ||
                       cuetok_is_word(doc, &toks[t], "against");
        for (size_t k = t; k < nt; k++)
            toks[k].seg++, toks[k].cseg += compares;
    }
    Place at = {claim_clause, 0, 0, c->start, c->end, pred, 0};
    for (size_t i = 0; i < nt; i++)
        if (toks[i].e > c->start) {
            at.seg = toks[i].seg;
            at.cseg = toks[i].cseg;
            break;
        }
    /* (what the clause opens with: "compared with", "up from"; what the
     * one before it opens with: "according to") */
    for (size_t i = 0; i < nt && claim_clause > 0; i++)
        if (toks[i].clause == claim_clause) {
            at.goes_on = toks[i].s < c->start && measure_clause_goes_on(doc, doc_len, toks[i].s);
            for (size_t k = 0; at.goes_on && claim_clause > 1 && k < i; k++)
                if (toks[k].clause == claim_clause - 1) {
                    at.goes_on += cuetok_is_word(doc, &toks[k], "according");
                    break;
                }
            if (!at.goes_on)
                at.goes_on = list_goes_on(doc, toks, nt, i, c);
            /* a predicate whose subject is said before it: the clauses
             * of its segment before it are that subject's */
            if (!at.goes_on && toks[i].s < c->start && measure_clause_predicate(doc, doc_len, toks[i].s)) {
                size_t f = 0;
                while (f < i && toks[f].seg != toks[i].seg)
                    f++;
                at.goes_on = claim_clause - toks[f].clause;
            }
            break;
        }
    return at;
}

/* Is the token before match mt a list mark (、 和 及 与, or 等 before
 * what the list is of) after a match already dropped? "对美国、英国、德国
 * 出口", "与越南、泰国等东盟国家": the whole list is the partner. */
static int after_dropped_item(const Metrics *m, const char *doc, const Window *w, const Match *mt)
{
    if (mt->ti < 2)
        return 0;
    const Tok *sep = &w->toks[mt->ti - 1];
    size_t l = sep->e - sep->s;
    if (!(l == 3 && (!memcmp(doc + sep->s, "、", 3) || !memcmp(doc + sep->s, "和", 3) ||
                     !memcmp(doc + sep->s, "及", 3) || !memcmp(doc + sep->s, "与", 3) || !memcmp(doc + sep->s, "等", 3))))
        return 0;
    for (size_t j = 0; j < w->nm; j++)
        if (w->ms[j].dead == 2 && w->ms[j].tj == mt->ti - 1 &&
            m->rules[m->pats[w->ms[j].pat].rule].kind == K_SCOPE)
            return 1;
    return 0;
}

/* Does the place match mt, in the text t cut into toks[0, nt), name a
 * currency ("US$", "Hong Kong $", "Singapore dollars")? Not the world
 * ("costs the world $6 trillion"). */
static int names_currency(const Metrics *m, const char *t, const Tok *toks, size_t nt, const Match *mt)
{
    const Rule *r = &m->rules[m->pats[mt->pat].rule];
    if (r->kind != K_SCOPE || mt->tj >= nt)
        return 0;
    const Tok *nx = &toks[mt->tj];
    size_t l = nx->e - nx->s;
    const char *wd = t + nx->s;
    /* (the word after first: most places are followed by none of these) */
    return ((l == 1 && *wd == '$') || (l == 6 && !strncasecmp(wd, "dollar", 6)) ||
            (l == 7 && !strncasecmp(wd, "dollars", 7))) &&
           strcmp(r->id, "global") != 0;
}

/* Places a Chinese sentence names as a set's members or as companies'
 * homes are no figure's place (zhplaceset.h). */
static void drop_set_members(const Metrics *m, const char *doc, Window *w)
{
    ZhPlaceSpan pl[32];
    size_t at[32], n = 0;
    for (size_t i = 0; i < w->nm && n < 32; i++)
        if (m->rules[m->pats[w->ms[i].pat].rule].kind == K_SCOPE && m->pats[w->ms[i].pat].role == R_CUE &&
            w->ms[i].dead != 1)
            pl[n].s = w->ms[i].s, pl[n].e = w->ms[i].e, at[n++] = i;
    if (n < 2)
        return;
    /* (in the document's order) */
    for (size_t k = 1; k < n; k++)
        for (size_t j = k; j > 0 && pl[j - 1].s > pl[j].s; j--) {
            ZhPlaceSpan t = pl[j];
            size_t a = at[j];
            pl[j] = pl[j - 1], at[j] = at[j - 1];
            pl[j - 1] = t, at[j - 1] = a;
        }
    unsigned char drop[32] = {0};
    zhps_mark(doc, w->from, w->to, pl, n, drop);
    for (size_t k = 0; k < n; k++)
        if (drop[k] && !w->ms[at[k]].dead)
            w->ms[at[k]].dead = 1;
}

/* Words inside the quantity itself ("US$") are not its context, nor is a
 * place that names a currency ("US$290 million", "6.9 trillion U.S.
 * dollars" say nothing of where a figure applies), nor one a partner word
 * makes the other party (对东盟出口, 向非洲提供: the exporter's figure; the
 * mark 2 lets a list after it follow). Nor are cues inside the fences,
 * the other items of its list. */
static void drop_own_words(const Metrics *m, const Claim *c, const char *doc, Window *w, const MetricsFence *f,
                           size_t nf)
{
    for (size_t i = 0; i < w->nm; i++) {
        Match *mt = &w->ms[i];
        if (m->rules[m->pats[mt->pat].rule].kind != K_SCOPE || mt->dead)
            continue;
        for (size_t j = 0; j < w->nm && !mt->dead; j++)
            if (!w->ms[j].dead && w->ms[j].tj == mt->ti && m->rules[m->pats[w->ms[j].pat].rule].kind == K_PARTNER)
                mt->dead = 2;
        if (!mt->dead && after_dropped_item(m, doc, w, mt))
            mt->dead = 2;
    }
    drop_set_members(m, doc, w);
    for (size_t i = 0; i < w->nm; i++) {
        Match *mt = &w->ms[i];
        if (mt->s < c->end && mt->e > c->start)
            mt->dead = 1;
        /* the items of the claim's list that are not its own (lists.h):
         * their places, years and bodies are theirs */
        uint8_t kind = m->rules[m->pats[mt->pat].rule].kind;
        for (size_t k = 0; k < nf; k++)
            if (mt->s < f[k].e && mt->e > f[k].s &&
                (kind == K_METRIC ? f[k].kinds == METRICS_FENCE_CLAUSE || f[k].kinds == METRICS_FENCE_METRIC
                                  : (kind == K_SCOPE && f[k].kinds != METRICS_FENCE_METRIC) ||
                                        f[k].kinds == METRICS_FENCE_ALL))
                mt->dead = 1;
        if (kind == K_SCOPE && names_currency(m, doc, w->toks, w->nt, mt))
            mt->dead = 1;
        /* a cue word before a noun names the noun: "online scams"; after
         * a verb, the activity: "shopped online" */
        const Rule *r = &m->rules[m->pats[mt->pat].rule];
        /* a kind of item named in the plural prices none of them: "data
         * centers and \"smart city\" systems ($3.1 billion)" */
        if (kind == K_METRIC && r->item && m->pats[mt->pat].role == R_CUE && !mt->dead &&
            ((measure_cue_names_many(doc, w->to, mt->s, mt->e) && !measure_each(doc, w->to, c->end) &&
              !measure_average(doc, w->from, c->start)) ||
             measure_item_cue_names_other(doc, w->to, mt->s, mt->e)))
            mt->dead = 1;
        if (kind == K_METRIC && m->pats[mt->pat].role == R_CUE && !mt->dead &&
            (r->people || (r->stock && !strcmp(r->units[0], "people"))) &&
            (measure_cue_modifies(doc, w->to, mt->s, mt->e, r->units, r->nunits) ||
             measure_cue_opens_compound(doc, w->to, mt->s, mt->e, r->units, r->nunits) ||
             measure_cue_activity(doc, w->to, mt->s, mt->e)))
            mt->dead = 1;
        /* a cue on some of the set a count counts: "24 countries, most of
         * which participate in the Belt and Road Initiative"; on a part
         * of a sum: "US$19.8 billion across all sectors, of which telecom
         * projects took US$3.1 billion" (the whole is no telecom money) */
        if (kind == K_METRIC && m->pats[mt->pat].role == R_CUE && !mt->dead &&
            measure_cue_in_part(doc, c->end, mt->s))
            mt->dead = 1;
    }
}

/* A metric the window's matches name: its nearest cue for the claim (in
 * any clause; in the claim's own), and whether a require of it stands, and
 * a forbid that counts. */
typedef struct Named {
    uint32_t rule;
    uint64_t cue_any, cue_own;
    uint8_t req, forb;
    uint8_t own_after;   /* a cue in the claim's clause after it */
} Named;

/* Does the clause of token ti hold a figure of its own (a word opening
 * on a digit that is not a year)? */
static int clause_has_figure(const char *doc, const Tok *toks, size_t nt, size_t ti)
{
    uint16_t cl = toks[ti].clause;
    size_t a = ti;
    while (a > 0 && toks[a - 1].clause == cl)
        a--;
    /* (not a note's number glued to a word's full stop: "remain offline.1") */
    for (size_t i = a; i < nt && toks[i].clause == cl; i++)
        if (toks[i].type == T_WORD && ascii_isdigit(doc[toks[i].s]) && !cuetok_is_year(doc, &toks[i]) &&
            !(toks[i].s > 0 && doc[toks[i].s - 1] == '.'))
            return 1;
    return 0;
}

/* The metrics the window's matches name, into x (one pass over the
 * matches, not one per metric of the table). */
static size_t named_metrics(const Metrics *m, const char *doc, const Window *w, const Place *at, Named *x)
{
    size_t n = 0;
    for (size_t i = 0; i < w->nm; i++) {
        const Match *mt = &w->ms[i];
        const Pat *p = &m->pats[mt->pat];
        if (mt->dead || m->rules[p->rule].kind != K_METRIC)
            continue;
        size_t j = 0;
        while (j < n && x[j].rule != p->rule)
            j++;
        if (j == n)
            x[n++] = (Named){p->rule, UINT64_MAX, UINT64_MAX, 0, 0, 0};
        if (p->role == R_CUE) {
            /* a cue in a second predicate names what that one is about,
             * not the figure */
            if (mt->ti >= at->pred)
                continue;
            uint64_t rk = rank(mt, w->toks, at, 0);
            /* a cue in a later clause that holds a figure of its own is
             * that figure's: the claim takes it only when nothing before
             * names its metric ("penetration stood at 37 per cent, against
             * a global average of 66 per cent, and 265 million people
             * remain unconnected": 66 per cent is no share offline) */
            if ((rk >> 40) && mt->s >= at->e && clause_has_figure(doc, w->toks, w->nt, mt->ti))
                rk = (2ULL << 40) | (rk & ((1ULL << 40) - 1));
            x[j].cue_any = rk < x[j].cue_any ? rk : x[j].cue_any;
            if (!(rk >> 40) && rk < x[j].cue_own)
                x[j].cue_own = rk;
            if (!(rk >> 40) && mt->s >= at->e)
                x[j].own_after = 1;
        } else if (p->role == R_REQUIRE) {
            x[j].req = 1;
        } else if ((m->rules[p->rule].item || w->toks[mt->ti].clause == at->clause ||
                    (w->toks[mt->ti].clause < at->clause && w->toks[mt->ti].clause + at->goes_on >= at->clause)) &&
                   /* (not in a contrast after it: "while prices remained high") */
                   !(mt->s >= at->e && cuetok_contrast_between(doc, w->toks, at->e, mt->ti))) {
            /* an item's forbids hold in the whole sentence: "a dataset of
             * 312 projects ..., worth $23.4 billion, ... data-centre and
             * safe-city projects" prices no one data centre; a clause that
             * goes on with the one before has its forbids too ("households
             * with internet access rose to 87.1 percent, compared with 86.5
             * percent") */
            x[j].forb = 1;
        }
    }
    return n;
}

/* Does the whole a share names after "of" hold a cue of metric rule r
 * (or name none)? */
static int whole_cued(const Metrics *m, const Window *w, size_t r, const Claim *c, const char *doc, size_t doc_len)
{
    size_t we = measure_share_whole_end(doc, doc_len, w->from, c->start, c->end);
    if (we <= c->end)
        return 1;
    for (size_t i = 0; i < w->nm; i++) {
        const Match *mt = &w->ms[i];
        if (!mt->dead && m->pats[mt->pat].rule == r && m->pats[mt->pat].role == R_CUE && mt->s >= c->end &&
            mt->s < we)
            return 1;
    }
    return 0;
}

/* The metric: among metrics whose unit fits the claim, whose requires
 * are met and whose forbids are absent from its clause (from its sentence
 * for a kind of item), the one with the
 * nearest cue (same clause first). A count without its noun may take a
 * count metric named in its own clause ("Individuals offline worldwide:
 * 2.6 billion"). A share is a level: never more than 100%, never a
 * figure stated as a change. The metric's unit then canonicalizes a
 * count's. */
static void pick_metric(const Metrics *m, Claim *c, const char *doc, size_t doc_len, const Window *w,
                        const Place *at)
{
    static _Thread_local Named named[MAX_MATCHES];
    size_t best_rule = SIZE_MAX, best_k = SIZE_MAX;
    uint64_t best_rank = UINT64_MAX;
    int fits_ok;
    uint64_t fits = unit_fit_bits(m, c->unit, &fits_ok);
    size_t nn = named_metrics(m, doc, w, at, named);
    Measured me = MEASURED_NONE;
    for (size_t q = 0; q < nn; q++) {
        size_t r = named[q].rule, k = m->rules[r].metric_k;
        const char *mu = m->rules[r].units[0];
        int bare = !*c->unit && !is_money(mu) && strcmp(mu, "%") != 0 && strcmp(mu, "pp") != 0;
        if (!bare && !(fits_ok ? (int)((fits >> k) & 1) : rule_fits(&m->rules[r], c->unit)))
            continue;
        /* the figure must be what the metric measures (takes) */
        if (!takes_part(&m->rules[r], c, doc, doc_len, w->from, &me, named[q].own_after))
            continue;
        /* a share of a whole it names must be of the metric's whole: "99%
         * of intercontinental data traffic" is no share of world trade */
        if (m->rules[r].share && !m->rules[r].people && !whole_cued(m, w, r, c, doc, doc_len))
            continue;
        /* a count without its noun takes a cue in its own clause only */
        uint64_t cue = bare ? named[q].cue_own : named[q].cue_any;
        if (cue == UINT64_MAX || named[q].forb || (m->rules[r].needs_req && !named[q].req))
            continue;
        /* (of two as near, the one listed first) */
        if (cue < best_rank || (cue == best_rank && k < best_k)) {
            best_rank = cue;
            best_rule = r, best_k = k;
        }
    }
    if (best_rule != SIZE_MAX) {
        strcut(c->metric, sizeof c->metric, m->rules[best_rule].id);
        canon_unit(&m->rules[best_rule], c);
    }
}

/* Scope, year and source: the nearest cue, same clause first. A contrast
 * changes the place or the teller, seldom the measure ("38% in Africa in
 * 2024, while Europe stood at 91%"): scope and source do not cross a
 * segment. Outside the claim's clause a year before the claim ("By the
 * end of 2022, ... 17 countries") beats one after it. A known source
 * counts when an attribution cue stands within ATTRIB_GAP words, or when
 * it stands in brackets right after the figure or anywhere after it
 * ("241.5 million (UN, mid-2024)"). */
/* Does a forbid of rule r stand in the claim's clause? */
static int forbidden_here(const Metrics *m, const Window *w, const Place *at, uint32_t r)
{
    for (size_t j = 0; j < w->nm; j++) {
        const Pat *q = &m->pats[w->ms[j].pat];
        if (q->rule == r && q->role == R_FORBID && !w->ms[j].dead && w->toks[w->ms[j].ti].clause == at->clause)
            return 1;
    }
    return 0;
}

/* Does the token at ti stand after the claim's clause, in or after a
 * clause that opens a part of what was counted before it (其中:
 * zhcount.h)? Its places are the part's, not the whole's: "仍有约26亿人处
 * 于离线状态，其中最不发达国家的互联网普及率仅为35%，不足高收入国家（93%）
 * 的四成" places the 2.6 billion in neither group of countries. */
static int part_after(const char *doc, size_t n, const Tok *toks, size_t ti, const Place *at)
{
    for (size_t t = ti + 1; t-- > 0 && toks[t].clause > at->clause;)
        if ((t == 0 || toks[t - 1].clause != toks[t].clause) && zhc_opens_part((const unsigned char *)doc, n, toks[t].s))
            return 1;
    return 0;
}

/* Does the year cue starting at doc[s] follow a figure right before it
 * ("$8 trillion in 2023", "100 megawatts (MW) in 2021", "9.5 per cent
 * in 2024"): past blanks, a short bracket and up to two words of its
 * unit, a digit or a percent sign? Such a year is that figure's, not a
 * later figure's: "will reach $8 trillion in 2023 and $10.5 trillion a
 * year by 2025". */
static int follows_figure(const char *doc, size_t s)
{
    size_t i = s;
    while (i > 0 && doc[i - 1] == ' ')
        i--;
    if (i > 0 && doc[i - 1] == ')') {
        size_t b = i - 1;
        while (b > 0 && doc[b - 1] != '(' && i - b < 10)
            b--;
        if (b == 0 || doc[b - 1] != '(')
            return 0;
        i = b - 1;
        while (i > 0 && doc[i - 1] == ' ')
            i--;
    }
    for (int words = 0; words < 2; words++) {
        if (i > 0 && (doc[i - 1] == '%' || (doc[i - 1] >= '0' && doc[i - 1] <= '9')))
            return 1;
        size_t b = i;
        while (b > 0 && ((doc[b - 1] | 0x20) >= 'a' && (doc[b - 1] | 0x20) <= 'z'))
            b--;
        if (b == i || i - b > 12)
            return 0;
        i = b;
        while (i > 0 && doc[i - 1] == ' ')
            i--;
    }
    return i > 0 && (doc[i - 1] == '%' || (doc[i - 1] >= '0' && doc[i - 1] <= '9'));
}

/* Does clause cl say "now" of its figure? */
static int clause_says_now(const char *doc, const Tok *toks, size_t nt, uint16_t cl)
{
    for (size_t i = 0; i < nt; i++)
        if (toks[i].clause == cl && cuetok_is_word(doc, &toks[i], "now"))
            return 1;
    return 0;
}

/* Does the clause of token ti open with a relative pronoun ("where",
 * "which", "who") after a comma? */
static int relative_clause(const char *doc, const Tok *toks, size_t nt, size_t ti)
{
    size_t f = ti;
    while (f > 0 && toks[f - 1].clause == toks[ti].clause)
        f--;
    if (f == 0 || f >= nt || doc[toks[f - 1].s] != ',')
        return 0;
    return cuetok_is_word(doc, &toks[f], "where") || cuetok_is_word(doc, &toks[f], "which") ||
           cuetok_is_word(doc, &toks[f], "who");
}

/* The place picked, ms[k], as half of a region named as a pair with the
 * place next to it ("Central Asia and the South Caucasus": regionpair.h):
 * the pair is the scope. */
static void pair_region(const Metrics *m, Claim *c, const char *doc, const Match *ms, size_t nm, size_t k)
{
    const char *id = m->rules[m->pats[ms[k].pat].rule].id;
    for (size_t i = 0; i < nm; i++) {
        const Pat *p = &m->pats[ms[i].pat];
        if (i == k || ms[i].dead || p->role != R_CUE || m->rules[p->rule].kind != K_SCOPE)
            continue;
        const char *other = m->rules[p->rule].id;
        if ((ms[i].s > ms[k].e && ms[i].s - ms[k].e <= 10 &&
             regionpair_name(doc, ms[k].s, ms[k].e, id, ms[i].s, ms[i].e, other, c->scope, sizeof c->scope)) ||
            (ms[k].s > ms[i].e && ms[k].s - ms[i].e <= 10 &&
             regionpair_name(doc, ms[i].s, ms[i].e, other, ms[k].s, ms[k].e, id, c->scope, sizeof c->scope)))
            return;
    }
}

static void pick_fields(const Metrics *m, Claim *c, const char *doc, size_t doc_len, const Window *w,
                        const Place *at)
{
    const Match *ms = w->ms;
    const Tok *toks = w->toks;
    size_t nm = w->nm;
    uint64_t scope_rank = UINT64_MAX, source_rank = UINT64_MAX, year_rank = UINT64_MAX;
    size_t scope_at = nm;
    /* a year cue after the claim in its clause ("and $10.5 trillion a year
     * by 2025") */
    int year_after = 0;
    for (size_t i = 0; i < nm && !year_after; i++)
        year_after = !ms[i].dead && m->rules[m->pats[ms[i].pat].rule].kind == K_YEAR && ms[i].s >= c->end &&
                     toks[ms[i].ti].clause == at->clause;
    for (size_t i = 0; i < nm; i++) {
        if (ms[i].dead)
            continue;
        const Pat *p = &m->pats[ms[i].pat];
        const Rule *r = &m->rules[p->rule];
        uint64_t rk = rank(&ms[i], toks, at, r->kind == K_SOURCE ? SEG_CREDIT : r->kind == K_SCOPE);
        if (r->kind == K_SCOPE) {
            /* a place none of whose forbids stands in the claim's clause
             * ("我国已与30个国家签署": a count of countries is in no country) */
            if (p->role == R_CUE && rk < scope_rank && !forbidden_here(m, w, at, p->rule) &&
                !part_after(doc, doc_len, toks, ms[i].ti, at)) {
                scope_rank = rk;
                scope_at = i;
                strcut(c->scope, sizeof c->scope, r->id);
            }
        } else if (r->kind == K_YEAR) {
            /* a year in a relative clause of another clause tells of its
             * subject, not of a figure its own clause says is of now ("In
             * Indonesia, where I served until 2021, penetration is now
             * around 80 percent") */
            if (toks[ms[i].ti].clause != at->clause && relative_clause(doc, toks, w->nt, ms[i].ti) &&
                clause_says_now(doc, toks, w->nt, at->clause))
                continue;
            if ((rk >> 40) && ms[i].s >= c->end)
                rk += (uint64_t)1 << 40;
            /* (a year before the claim that another figure's words end
             * at is that figure's, when the clause has a year after the
             * claim) */
            if (year_after && ms[i].e <= c->start && follows_figure(doc, ms[i].s))
                rk += (uint64_t)1 << 38;
            if (rk < year_rank) {
                year_rank = rk;
                c->year = ms[i].year;
            }
        } else if (r->kind == K_SOURCE && rk < source_rank) {
            int credited = 0;
            if (ms[i].ti > 0) {
                const Tok *br = &toks[ms[i].ti - 1];
                credited = br->type == T_PUNCT && br->e - br->s == 1 && doc[br->s] == '(' &&
                           (credit_bracket_after(doc, doc_len, c->end) == br->s || br->s >= c->end) &&
                           !examples_bracket(doc, doc_len, br->s);
            }
            for (size_t j = 0; j < nm && !credited; j++) {
                if (ms[j].dead || m->rules[m->pats[ms[j].pat].rule].kind != K_ATTRIB)
                    continue;
                int sides = credit_cue_sides(doc + ms[j].s, ms[j].e - ms[j].s);
                if (credit_after_according(doc, 0, ms[j].s))
                    sides &= ~CREDIT_BEFORE;
                int gap = ms[j].tj <= ms[i].ti && (sides & CREDIT_AFTER) ? cuetok_words(doc, toks, ms[j].tj, ms[i].ti)
                          : ms[i].tj <= ms[j].ti && (sides & CREDIT_BEFORE) ? cuetok_words(doc, toks, ms[i].tj, ms[j].ti)
                                                                            : ATTRIB_GAP + 1;
                credited = gap <= ATTRIB_GAP && credit_cue_reaches(doc, doc_len, ms[j].e, ms[i].s, ms[i].e);
            }
            if (credited) {
                source_rank = rk;
                strcut(c->source, sizeof c->source, r->id);
            }
        }
    }
    if (scope_at < nm)
        pair_region(m, c, doc, ms, nm, scope_at);
}

/* Credit the body named at doc[ns, ne): none when a place is all it
 * names ("Kenya's data", "Kenyan officials"), a known body named whole
 * by its id ("the ITU's numbers"; "GSMA Intelligence" as written), else
 * as written. 1 when credited. */
static int credit_span(const Metrics *m, Claim *c, const char *doc, const Window *w, size_t ns, size_t ne)
{
    if (ne - ns >= sizeof c->source)
        return 0;
    const char *id = NULL;
    for (size_t i = 0; i < w->nm; i++) {
        const Match *x = &w->ms[i];
        uint8_t kind = m->rules[m->pats[x->pat].rule].kind;
        if (x->dead || x->s < ns || x->e > ne)
            continue;
        if (kind == K_SCOPE && x->s == ns && x->e == ne)
            return 0;
        if (kind == K_SOURCE && !id && x->s == ns && x->e == ne)
            id = m->rules[m->pats[x->pat].rule].id;
    }
    if (id)
        strcut(c->source, sizeof c->source, id);
    else
        snprintf(c->source, sizeof c->source, "%.*s", (int)(ne - ns), doc + ns);
    return 1;
}

/* The window's tokens as credit.h reads them. */
static void credit_toks(const Window *w, CreditTok *ct)
{
    for (size_t i = 0; i < w->nt; i++) {
        ct[i].s = w->toks[i].s;
        ct[i].e = w->toks[i].e;
        ct[i].punct = w->toks[i].type == T_PUNCT;
        ct[i].place = 0;
    }
}

/* A body the table does not know, named next to an attribution cue
 * (credit.h): the window's words, which of them name places, and its
 * attribution cues ranked for the claim. */
static void name_source(const Metrics *m, Claim *c, const char *doc, const Window *w, const Place *at,
                        int from_sentence_start)
{
    static _Thread_local CreditTok ct[MAX_TOKS];
    static _Thread_local CreditCue cc[MAX_MATCHES];
    size_t nc = 0;
    credit_toks(w, ct);
    for (size_t i = 0; i < w->nm; i++) {
        uint8_t kind = m->rules[m->pats[w->ms[i].pat].rule].kind;
        if (w->ms[i].dead)
            continue;
        if (kind == K_SCOPE)
            for (size_t t = w->ms[i].ti; t < w->ms[i].tj; t++)
                ct[t].place = 1;
        if (kind == K_ATTRIB) {
            cc[nc].ti = w->ms[i].ti;
            cc[nc].tj = w->ms[i].tj;
            cc[nc].rank = rank(&w->ms[i], w->toks, at, SEG_CREDIT);
            nc++;
        }
    }
    /* "An ITU spokesperson clarified that ...": a body's person as the
     * sentence's subject speaks for it, whatever the verb (bodypeople.h;
     * not the person: "ITU Secretary-General Doreen Bogdan-Martin told") */
    size_t ns, ne;
    if (from_sentence_start && bodypeople_subject(doc, ct, w->nt, c->start, &ns, &ne) &&
        credit_span(m, c, doc, w, ns, ne))
        return;
    credit_name(doc, ct, w->nt, cc, nc, c->start, c->end, from_sentence_start, c->source, sizeof c->source);
}

void metrics_classify(const Metrics *m, Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                      size_t sent_end)
{
    metrics_classify_fenced(m, c, doc, doc_len, sent_start, sent_end, NULL, 0);
}

/* The sentence's window and its tokens as credit.h reads them, for a
 * credit asked after the sentence was classified. 0 when the claim's
 * span is outside the document. */
static int sentence_credit_window(const Metrics *m, const Claim *c, const char *doc, size_t doc_len,
                                  size_t sent_start, size_t sent_end, Window *w, CreditTok *ct)
{
    if (c->start > c->end || c->end > doc_len)
        return 0;
    if (sent_end > doc_len)
        sent_end = doc_len;
    if (sent_start > c->start)
        sent_start = c->start;
    if (sent_end < c->end)
        sent_end = c->end;
    sentence_window(m, c, doc, sent_start, sent_end, w);
    credit_toks(w, ct);
    return 1;
}

static _Thread_local Window credit_w;
static _Thread_local CreditTok credit_ct[MAX_TOKS];

int metrics_record_owner(const Metrics *m, Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                         size_t sent_end)
{
    size_t ns, ne;
    return sentence_credit_window(m, c, doc, doc_len, sent_start, sent_end, &credit_w, credit_ct) &&
           recowner_find(doc, credit_ct, credit_w.nt, c->start, credit_w.from == sent_start, &ns, &ne) &&
           credit_span(m, c, doc, &credit_w, ns, ne);
}

/* A body told as the subject of the sentence (its window opening the
 * sentence) that subject_of finds: credited by its span. */
static int body_subject(const Metrics *m, Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                        size_t sent_end,
                        int (*subject_of)(const char *, const CreditTok *, size_t, size_t, size_t *, size_t *))
{
    size_t ns, ne;
    return sentence_credit_window(m, c, doc, doc_len, sent_start, sent_end, &credit_w, credit_ct) &&
           credit_w.from == sent_start && subject_of(doc, credit_ct, credit_w.nt, c->start, &ns, &ne) &&
           credit_span(m, c, doc, &credit_w, ns, ne);
}

int metrics_body_act(const Metrics *m, Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                     size_t sent_end)
{
    return body_subject(m, c, doc, doc_len, sent_start, sent_end, bodyact_subject);
}

int metrics_body_state(const Metrics *m, Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                       size_t sent_end)
{
    return body_subject(m, c, doc, doc_len, sent_start, sent_end, bodyact_state_subject);
}

size_t metrics_places(const Metrics *m, const char *doc, size_t from, size_t to, MetricsPlace *out, size_t max)
{
    /* (the sentence a claim's window covered whole, mostly: its matches
     * are kept) */
    static _Thread_local Window w;
    if (to >= from && win_cached(m, doc, from, to)) {
        win_load(&w, 1, 1);
    } else {
        w.nt = cuetok_split(doc, from, to, w.toks, MAX_TOKS);
        w.from = from, w.to = to;
        win_match(m, doc, &w);
    }
    size_t k = 0;
    for (size_t i = 0; i < w.nm && k < max; i++) {
        const Rule *r = &m->rules[m->pats[w.ms[i].pat].rule];
        if (w.ms[i].dead || r->kind != K_SCOPE || m->pats[w.ms[i].pat].role != R_CUE)
            continue;
        out[k].s = w.ms[i].s;
        out[k].e = w.ms[i].e;
        out[k].id = r->id;
        k++;
    }
    return k;
}

/* Could a cue (a pattern of role R_CUE) of one of the kinds start at
 * doc[i], the first token of doc[i, to)? Read from that token's keys and
 * length as find_matches reads them before it tries a pattern. */
static int cue_may_open(const Metrics *m, const char *doc, size_t i, size_t to, unsigned kinds)
{
    Tok k[1];
    if (cuetok_split(doc, i, to, k, 1) != 1 || k[0].s != i)
        return 0;
    size_t n = k[0].e - k[0].s;
    uint32_t keys[3], nk = 0;
    keys[nk++] = cuetok_hash(H_WORD, doc + k[0].s, n);
    if (k[0].type == T_WORD && n >= PREFIX_KEY && (unsigned char)doc[k[0].s] < 0xE3)
        keys[nk++] = cuetok_hash(H_PREFIX, doc + k[0].s, PREFIX_KEY);
    if (cuetok_may_be_year(doc, &k[0]) && cuetok_is_year(doc, &k[0]))
        keys[nk++] = m->year_key;
    for (uint32_t j = 0; j < nk; j++)
        for (uint32_t pi = m->heads[keys[j] & (uint32_t)m->hmask]; pi != UINT32_MAX; pi = m->pkeys[pi].next) {
            const PatKey *pk = &m->pkeys[pi];
            if (!pk->year0 && pk->len0 != 255 && (pk->prefix0 ? n < pk->len0 : n != pk->len0))
                continue;
            if (m->pats[pi].role == R_CUE && (kinds >> m->rules[m->pats[pi].rule].kind & 1))
                return 1;
        }
    return 0;
}

int metrics_may_cue(const Metrics *m, const char *doc, size_t from, size_t to, unsigned kinds)
{
    for (size_t i = cuesieve_next(m->sieve, doc, from, from, to, kinds); i < to;
         i = cuesieve_next(m->sieve, doc, from, i + 1, to, kinds))
        if (cue_may_open(m, doc, i, to, kinds))
            return 1;
    return 0;
}

int metrics_place_may_open(const Metrics *m, const char *doc, size_t from, size_t to)
{
    return cue_may_open(m, doc, from, to, 1u << K_SCOPE);
}

static void classify_fenced(const Metrics *m, Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                            size_t sent_end, const MetricsFence *fences, size_t nf, int sources);

void metrics_classify_fenced(const Metrics *m, Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                             size_t sent_end, const MetricsFence *fences, size_t nf)
{
    classify_fenced(m, c, doc, doc_len, sent_start, sent_end, fences, nf, 1);
}

void metrics_scope_fenced(const Metrics *m, const Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                          size_t sent_end, const MetricsFence *fences, size_t nf, char *scope, size_t cap)
{
    /* (the metric and the source's name change no scope: the metric is
     * not picked here, the source not named) */
    Claim t = *c;
    classify_fenced(m, &t, doc, doc_len, sent_start, sent_end, fences, nf, 0);
    strcut(scope, cap, t.scope);
}

/* metrics_classify_fenced; sources: pick the metric too, and name a body
 * the table does not know when no cue credits one (else the scope is
 * what is asked: pick_fields reads neither the metric nor the unit). */
static void classify_fenced(const Metrics *m, Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                            size_t sent_end, const MetricsFence *fences, size_t nf, int sources)
{
    c->metric[0] = c->scope[0] = c->source[0] = '\0';
    c->year = 0;
    if (c->start > c->end || c->end > doc_len)
        return; /* a span outside the document has no context */
    if (sent_end > doc_len)
        sent_end = doc_len;
    if (sent_start > c->start)
        sent_start = c->start;
    if (sent_end < c->end)
        sent_end = c->end < doc_len ? c->end : doc_len;
    static _Thread_local Window w;
    sentence_window(m, c, doc, sent_start, sent_end, &w);
    Place at = sentence_clauses(m, c, doc, doc_len, &w);
    drop_own_words(m, c, doc, &w, fences, nf);
    if (sources)
        pick_metric(m, c, doc, doc_len, &w, &at);
    pick_fields(m, c, doc, doc_len, &w, &at);
    if (!sources)
        return;
    if (!c->source[0])
        name_source(m, c, doc, &w, &at, w.from == sent_start);
    if (!c->source[0])
        credit_unnamed_cue(doc, doc_len, sent_start, sent_end, c->start, c->end, c->source, sizeof c->source);
    size_t ns, ne;
    MetricsPlace pl[2];
    if (!c->source[0] && credit_has_at(doc, sent_start, sent_end, c->start, &ns, &ne) && ne - ns < sizeof c->source &&
        !metrics_places(m, doc, ns, ne, pl, 2)) {
        memcpy(c->source, doc + ns, ne - ns);
        c->source[ne - ns] = '\0';
    }
}

/* ---- the cues of one short line, for the modules that read what a line names (names.h) ---- */

#define LINE_MAX_BYTES METRICS_LINE_MAX

/* A copy of doc[from,to) in buf, title-cased when written in capitals
 * ("SUB-SAHARAN AFRICA" -> "Sub-Saharan Africa"), since the cues name
 * places as they are printed in running text. */
static size_t line_copy(const char *doc, size_t from, size_t to, char *buf, int title)
{
    size_t n = to - from;
    memcpy(buf, doc + from, n);
    int lower = 0;
    for (size_t i = 0; i < n; i++)
        lower |= buf[i] >= 'a' && buf[i] <= 'z';
    if (!lower && title)
        for (size_t i = 1; i < n; i++)
            if (buf[i] >= 'A' && buf[i] <= 'Z' && ascii_isalpha(buf[i - 1]))
                buf[i] = (char)ascii_lower(buf[i]);
    return n;
}

/* A line's tokens and cue matches (a heading, a note, a table cell). */
typedef struct LineMatch {
    char buf[LINE_MAX_BYTES];
    Tok toks[LINE_MAX_BYTES];
    Match ms[MAX_MATCHES];
    size_t n, nt, nm;
} LineMatch;

static int line_match(const Metrics *m, const char *doc, size_t from, size_t to, int title, LineMatch *lm)
{
    if (to <= from || to - from > sizeof lm->buf)
        return 0;
    lm->n = line_copy(doc, from, to, lm->buf, title);
    lm->nt = cuetok_split(lm->buf, 0, lm->n, lm->toks, LINE_MAX_BYTES);
    lm->nm = find_matches(m, lm->buf, lm->toks, lm->nt, lm->ms);
    /* a line's place naming a currency is none ("Credit of US$75.0
     * Million to the Lao People's Democratic Republic") */
    for (size_t i = 0; i < lm->nm; i++)
        if (!lm->ms[i].dead && names_currency(m, lm->buf, lm->toks, lm->nt, &lm->ms[i]))
            lm->ms[i].dead = 1;
    return 1;
}

/* The last few lines' words and cues, per thread: a document's headings
 * and notes are asked for again by the claims under them, and a site's
 * lines recur from page to page. Keyed by the table, the line's bytes
 * and the title flag, all the result depends on. */
#define LINE_SLOTS 8
typedef struct LineSlot {
    unsigned long serial, used; /* serial 0: empty */
    int title;
    size_t len;
    char src[LINE_MAX_BYTES];
    LineCues lc;
} LineSlot;
static _Thread_local LineSlot line_cache[LINE_SLOTS];
static _Thread_local unsigned long line_clock;

static void line_cues_copy(LineCues *to, const LineCues *from)
{
    to->n = from->n;
    memcpy(to->text, from->text, from->n + 1);
    to->nw = from->nw;
    memcpy(to->words, from->words, from->nw * sizeof *from->words);
    to->nc = from->nc;
    memcpy(to->cues, from->cues, from->nc * sizeof *from->cues);
}

static int line_cues_read(const Metrics *m, const char *doc, size_t from, size_t to, int title, LineCues *lc);

int metrics_line_cues(const Metrics *m, const char *doc, size_t from, size_t to, int title, LineCues *lc)
{
    if (to <= from || to - from > LINE_MAX_BYTES) {
        lc->n = lc->nw = lc->nc = 0;
        return 0;
    }
    size_t len = to - from;
    LineSlot *old = &line_cache[0];
    for (unsigned k = 0; k < LINE_SLOTS; k++) {
        LineSlot *ls = &line_cache[k];
        if (ls->serial == m->serial && ls->title == title && ls->len == len && !memcmp(ls->src, doc + from, len)) {
            ls->used = ++line_clock;
            line_cues_copy(lc, &ls->lc);
            return 1;
        }
        if (ls->used < old->used)
            old = ls;
    }
    int ok = line_cues_read(m, doc, from, to, title, lc);
    if (ok) {
        old->serial = m->serial;
        old->used = ++line_clock;
        old->title = title;
        old->len = len;
        memcpy(old->src, doc + from, len);
        line_cues_copy(&old->lc, lc);
    }
    return ok;
}

static int line_cues_read(const Metrics *m, const char *doc, size_t from, size_t to, int title, LineCues *lc)
{
    static _Thread_local LineMatch lm;
    lc->n = lc->nw = lc->nc = 0;
    if (!line_match(m, doc, from, to, title, &lm))
        return 0;
    memcpy(lc->text, lm.buf, lm.n);
    lc->text[lm.n] = '\0';
    lc->n = lm.n;
    for (size_t t = 0; t < lm.nt; t++) {
        LineWord *w = &lc->words[lc->nw++];
        w->s = lm.toks[t].s;
        w->e = lm.toks[t].e;
        w->punct = lm.toks[t].type == T_PUNCT;
    }
    for (size_t i = 0; i < lm.nm && lc->nc < METRICS_LINE_CUES; i++) {
        if (lm.ms[i].dead)
            continue;
        const Pat *p = &m->pats[lm.ms[i].pat];
        const Rule *r = &m->rules[p->rule];
        LineCue *k = &lc->cues[lc->nc++];
        k->kind = r->kind;
        k->role = p->role;
        k->wi = lm.ms[i].ti;
        k->wj = lm.ms[i].tj;
        k->s = lm.ms[i].s;
        k->e = lm.ms[i].e;
        k->year = lm.ms[i].year;
        k->id = r->id;
        k->rule = p->rule;
    }
    return 1;
}

int metrics_metric_fits(const Metrics *m, size_t rule, const char *unit)
{
    if (rule >= m->nrules || m->rules[rule].kind != K_METRIC)
        return 0;
    int ok;
    uint64_t fits = unit_fit_bits(m, unit, &ok);
    return ok ? (int)((fits >> m->rules[rule].metric_k) & 1) : rule_fits(&m->rules[rule], unit);
}

int metrics_metric_takes(const Metrics *m, const char *id, const Claim *c, const char *doc, size_t n, size_t ss)
{
    const Rule *r = find_metric(m, id);
    Measured me = MEASURED_NONE;
    return !r || c->end > n || takes(r, c, doc, n, ss, &me);
}

int metrics_metric_needs(const Metrics *m, size_t rule)
{
    return rule < m->nrules && m->rules[rule].needs_req;
}

void metrics_metric_unit(const Metrics *m, size_t rule, Claim *c)
{
    if (rule < m->nrules && m->rules[rule].kind == K_METRIC)
        canon_unit(&m->rules[rule], c);
}

const char *metrics_scope_within(const Metrics *m, const char *id)
{
    /* (the first scope rule of its id, as the hash finds it) */
    const Rule *r = scope_rule_named(m, id, strlen(id));
    return r ? r->within : NULL;
}

const char *metrics_source_within(const Metrics *m, const char *id)
{
    const Rule *r = id ? source_rule(m, id) : NULL;
    return r ? r->within : NULL;
}

int metrics_known_scope(const Metrics *m, const char *id)
{
    /* (by the hash of the scope ids, once loaded: they are lower case, so
     * the one it finds in any case is the id only as written) */
    if (m->scope_ids) {
        const Rule *r = scope_rule_named(m, id, strlen(id));
        return r && !strcmp(r->id, id);
    }
    for (size_t i = 0; i < m->nrules; i++)
        if (m->rules[i].kind == K_SCOPE && !strcmp(m->rules[i].id, id))
            return 1;
    return 0;
}

int metrics_known_source(const Metrics *m, const char *name)
{
    return source_rule(m, name) != NULL;
}

int metrics_is_people(const Metrics *m, const char *id)
{
    const Rule *r = find_metric(m, id);
    return r && (r->people || (r->stock && r->nunits && !strcmp(r->units[0], "people")));
}

const char *metrics_source_cues(const Metrics *m, const char *name)
{
    const Rule *r = source_rule(m, name);
    return r ? r->cues : NULL;
}

const char *metrics_source_titled(const Metrics *m, const char *name)
{
    size_t l = strlen(name);
    for (size_t i = 0; i < m->nrules; i++)
        if (m->rules[i].kind == K_SOURCE && !strncmp(m->rules[i].id, name, l) &&
            (!m->rules[i].id[l] || !strncmp(m->rules[i].id + l, " (", 2)))
            return m->rules[i].id;
    return NULL;
}
