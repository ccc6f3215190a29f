/* tense.c — the tense a sentence states a figure in (see tense.h). */
#include "tense.h"

#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "lexicon.h"
#include "strset.h"
#include "textserial.h"
#include "utf8.h"

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
                                       "still", "now", "only", "all", "both", "not", "together", "jointly",
                                       NULL};

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
    "promises", "vowed", "vows", "targets", "targeting", "aiming", "planning", "expect", "intend", "seeks",
    "seeking", NULL,
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

/* Words ending in 's' that are no plural subject before a plain form. */
static const char *const s_not_subject[] = {"is", "was", "has", "its", "this", "thus", NULL};

/* The lists above as one lexicon: the bits of the lists holding a word. */
enum {
    W_FUTURE = 1u << 0,
    W_PRESENT = 1u << 1,
    W_PAST = 1u << 2,
    W_PLAIN = 1u << 3,
    W_SUBJECT = 1u << 4,
    W_BEFORE_PARTICIPLE = 1u << 5,
    W_BEFORE_PLAIN_NOT = 1u << 6,
    W_S_NOT_SUBJECT = 1u << 7,
};
static Lexicon words;
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

static void words_init(void)
{
    lexicon_add_list(&words, future, W_FUTURE);
    lexicon_add_list(&words, present, W_PRESENT);
    lexicon_add_list(&words, past, W_PAST);
    lexicon_add_list(&words, plain, W_PLAIN);
    lexicon_add_list(&words, subjects, W_SUBJECT);
    lexicon_add_list(&words, before_participle, W_BEFORE_PARTICIPLE);
    lexicon_add_list(&words, before_plain_not, W_BEFORE_PLAIN_NOT);
    lexicon_add_list(&words, s_not_subject, W_S_NOT_SUBJECT);
}

enum { T_NONE, T_PRESENT, T_PAST, T_FUTURE };

/* The tense of the word w[0, n) after the word pw[0, pn) (pn 0: none). */
static int word_tense(const char *w, size_t n, const char *pw, size_t pn)
{
    /* "between May and July 2023": a month, not a modal, after a word */
    if (n == 3 && !strncmp(w, "May", 3) && pn)
        return T_NONE;
    uint32_t f = lexicon_bits(&words, w, n);
    if (f & W_FUTURE)
        return T_FUTURE;
    if (f & W_PRESENT)
        return T_PRESENT;
    if (f & W_PAST)
        return T_PAST;
    int regular_past = n >= 5 && (w[n - 2] | 0x20) == 'e' && (w[n - 1] | 0x20) == 'd' && !(w[0] >= 'A' && w[0] <= 'Z');
    if (!(f & W_PLAIN) && !regular_past)
        return T_NONE;
    uint32_t pf = pn ? lexicon_bits(&words, pw, pn) : 0;
    if (f & W_PLAIN) {
        if (!pn || (pf & W_BEFORE_PLAIN_NOT))
            return T_NONE;
        /* "have" after any subject: "the programmes with Safaricom have
         * brought broadband to 1,200 villages" (no noun "have") */
        if (n == 4 && !strncasecmp(w, "have", 4))
            return T_PRESENT;
        int subject = (pf & W_SUBJECT) || (pn > 2 && (pw[pn - 1] | 0x20) == 's' && !(pf & W_S_NOT_SUBJECT));
        return subject ? T_PRESENT : T_NONE;
    }
    /* a regular past: "rose", no; "signed", "reached" after no auxiliary */
    if (pn && !(pf & W_BEFORE_PARTICIPLE))
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

/* The next word (letters and hyphens) of p[*i, e): its start in *ws, its
 * end in *i; 0 when none is left. */
static int next_word(const char *p, size_t *i, size_t e, size_t *ws)
{
    while (*i < e && !ascii_isalpha(p[*i]))
        (*i)++;
    if (*i >= e)
        return 0;
    *ws = *i;
    while (*i < e && (ascii_isalpha(p[*i]) || p[*i] == '-'))
        (*i)++;
    return 1;
}

/* The tense of p[s, e): the first finite verb's; the future wherever it
 * stands. */
static int span_tense(const char *p, size_t s, size_t e)
{
    int first = T_NONE;
    size_t ps = 0, pn = 0;
    for (size_t i = s, ws; next_word(p, &i, e, &ws);) {
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
    static const Phrase hedges[] = {
        PHRASE("some estimates"), PHRASE("by one estimate"), PHRASE("by some estimates"),
        PHRASE("other estimates"), PHRASE("estimates vary"), PHRASE("estimates range"),
        PHRASE("annually"), PHRASE("a year "), PHRASE("a year."), PHRASE("per year"), PHRASE("each year"),
        PHRASE("every year"), PHRASE("per annum"), {NULL, 0},
    };
    return phrases_in(hedges, p, s, e, 0) != NULL;
}

/* ---- Chinese ----
 * A Chinese verb has no tense: "光缆总长度逾10万公里", "已培训超过6.5万人"
 * state what holds when the text was written, as an English present
 * does. What is no such fact is said by a word of the clause: a plan or
 * a forecast (计划, 预计, 有望, 力争, 未来, 将在...; not 将 alone, which
 * also marks an object: 将光纤网络延伸至), or a rate that recurs (每年,
 * 年均). */

/* Is the claim at p[at] written in Chinese: a Han character or a
 * full-width mark just before its digits, or its own first character? */
static int chinese_at(const char *p, size_t ss, size_t at)
{
    if ((unsigned char)p[at] >= 0xE3 && (unsigned char)p[at] <= 0xEF)
        return 1;
    size_t i = at;
    while (i > ss && (p[i - 1] == ' ' || p[i - 1] == '.'))
        i--;
    return i > ss && utf8_is_cont((unsigned char)p[i - 1]) && i >= ss + 3 &&
           (unsigned char)p[i - 3] >= 0xE3 && (unsigned char)p[i - 3] <= 0xEF;
}

/* Is p[i] a Chinese clause's end (，；：、 or 。)? */
static int zh_clause_mark(const char *p, size_t i, size_t se)
{
    static const char *const marks[] = {"，", "；", "：", "。", NULL};
    for (int k = 0; marks[k]; k++)
        if (i + 3 <= se && !memcmp(p + i, marks[k], 3))
            return 1;
    return 0;
}

static const char *const zh_plans[] = {"计划", "预计", "有望", "力争", "争取", "拟", "预期", "未来", "将在",
                                       "将于", "将再", "将会", "将达", "即将", "目标", "承诺", NULL};
static const char *const zh_recurring[] = {"每年", "年均", NULL};

/* The Chinese clause around p[at] in the sentence p[ss, se): [*cs, *ce). */
static void zh_clause(const char *p, size_t ss, size_t se, size_t at, size_t *cs, size_t *ce)
{
    *cs = at, *ce = at;
    while (*cs > ss && !(*cs >= ss + 3 && zh_clause_mark(p, *cs - 3, se)))
        (*cs)--;
    while (*ce < se && !zh_clause_mark(p, *ce, se))
        (*ce)++;
}

/* Does p[s, e) hold one of the words? */
static StrSet zh_plan_words, zh_recurring_words;
static pthread_once_t zh_once = PTHREAD_ONCE_INIT;

static void zh_init(void)
{
    strset_init(&zh_plan_words, zh_plans);
    strset_init(&zh_recurring_words, zh_recurring);
}

static int zh_holds(const char *p, size_t s, size_t e, const StrSet *set)
{
    return strset_any(set, p, s, e);
}

static int zh_present(const char *p, size_t ss, size_t se, size_t at)
{
    size_t cs, ce;
    zh_clause(p, ss, se, at, &cs, &ce);
    return !zh_holds(p, cs, ce, &zh_plan_words) && !zh_holds(p, cs, ce, &zh_recurring_words);
}

/* The tense of p[s, e) as tense_planned needs it: the future if a word
 * of it says so, else the first finite verb's (the scan stops there), or
 * none. */
static int clause_plan(const char *p, size_t s, size_t e)
{
    for (size_t i = s, ws; next_word(p, &i, e, &ws);) {
        if ((lexicon_bits(&words, p + ws, i - ws) & W_FUTURE) && !(i - ws == 3 && !strncmp(p + ws, "May", 3) && ws > s))
            return T_FUTURE;
    }
    size_t ps = 0, pn = 0;
    for (size_t i = s, ws; next_word(p, &i, e, &ws);) {
        int t = word_tense(p + ws, i - ws, p + ps, pn);
        if (t != T_NONE)
            return t;
        ps = ws;
        pn = i - ws;
    }
    return T_NONE;
}

/* The verdicts walked out from at, clause mark by clause mark (for a
 * sentence the memo below cannot keep). */
static int planned_walk(const char *p, size_t ss, size_t se, size_t at, int zh)
{
    size_t cs = at, ce = at;
    if (zh) {
        zh_clause(p, ss, se, at, &cs, &ce);
        return zh_holds(p, cs, ce, &zh_plan_words);
    }
    while (cs > ss && !clause_mark(p, cs - 1, se))
        cs--;
    while (ce < se && !clause_mark(p, ce, se))
        ce++;
    /* a clause with no verb of its own goes on with the nearest clause
     * before it that has one ("by 2030 Africa will need 700 data centres,
     * at a cost of $25 billion") */
    int t = clause_plan(p, cs, ce);
    /* (two clauses back at most) */
    for (int back = 0; t == T_NONE && cs > ss && back < 2; back++) {
        ce = cs - 1;
        cs = ce;
        while (cs > ss && !clause_mark(p, cs - 1, se))
            cs--;
        t = clause_plan(p, cs, ce);
    }
    return t == T_FUTURE;
}

static int present_walk(const char *p, size_t ss, size_t se, size_t at, int zh)
{
    if (zh)
        return zh_present(p, ss, se, at);
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

/* ---- a sentence's clauses, read once ----
 * Every claim of a sentence, and every year of it, asks for the verdict
 * of its clause: the same few clauses, again and again. The last
 * sentence asked about is kept per thread: where its clause marks stand
 * (English and Chinese), and each clause's verdicts once worked out. The
 * verdicts are those the walks below give; only the walking is saved. A
 * sentence is known by its text, not only its place (the next document
 * may be read into the same buffer). A sentence too long to keep, or of
 * too many clauses, is walked as before. */
#define MEMO_TEXT 4096
#define MEMO_MARKS 128

enum { V_PLAN, V_HEDGE, V_SPAN, V_ZH_PLAN, V_ZH_RECUR, V_COUNT };

typedef struct SentenceMemo {
    const char *p;
    unsigned long serial; /* textserial.h */
    size_t ss, se;
    char text[MEMO_TEXT];
    int whole;                        /* span_tense of the sentence, -1: not yet */
    size_t n, nz;                     /* English and Chinese marks */
    size_t mark[MEMO_MARKS], zmark[MEMO_MARKS];
    signed char v[V_COUNT][MEMO_MARKS + 1];   /* a clause's verdicts, -1: not yet */
} SentenceMemo;

static _Thread_local SentenceMemo memo;

/* The memo of p[ss, se), made when it is another sentence; NULL when it
 * cannot be kept. */
static SentenceMemo *memo_of(const char *p, size_t ss, size_t se)
{
    SentenceMemo *m = &memo;
    size_t len = se - ss;
    if (len > MEMO_TEXT)
        return NULL;
    if (m->p == p && m->ss == ss && m->se == se && m->serial == text_serial && !memcmp(m->text, p + ss, len))
        return m;
    m->p = NULL;
    m->n = m->nz = 0;
    for (size_t i = ss; i < se; i++) {
        if (clause_mark(p, i, se)) {
            if (m->n == MEMO_MARKS)
                return NULL;
            m->mark[m->n++] = i;
        }
        if (((unsigned char)p[i] == 0xEF || (unsigned char)p[i] == 0xE3) && zh_clause_mark(p, i, se)) {
            if (m->nz == MEMO_MARKS)
                return NULL;
            m->zmark[m->nz++] = i;
        }
    }
    memcpy(m->text, p + ss, len);
    memset(m->v, -1, sizeof m->v);
    m->whole = -1;
    m->p = p, m->ss = ss, m->se = se, m->serial = text_serial;
    return m;
}

/* The marks before at: the index of at's clause. */
static size_t marks_before(const size_t *mark, size_t n, size_t at)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (mark[mid] < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* English clause k of the memo: from after mark k-1 to mark k. */
static void memo_clause(const SentenceMemo *m, size_t k, size_t *cs, size_t *ce)
{
    *cs = k ? m->mark[k - 1] + 1 : m->ss;
    *ce = k < m->n ? m->mark[k] : m->se;
}

/* The clause of at, as the walks give it: the clause's index, and its
 * span in *cs, *ce (Chinese: zh_clause's; -1 when at stands inside a
 * mark, which the walks read otherwise). */
static long memo_clause_at(const SentenceMemo *m, size_t at, int zh, size_t *cs, size_t *ce)
{
    if (!zh) {
        size_t k = marks_before(m->mark, m->n, at);
        memo_clause(m, k, cs, ce);
        return (long)k;
    }
    size_t k = marks_before(m->zmark, m->nz, at);
    if (k && m->zmark[k - 1] + 3 > at)
        return -1;
    *cs = k ? m->zmark[k - 1] + 3 : m->ss;
    *ce = k < m->nz ? m->zmark[k] : m->se;
    return (long)k;
}

/* A verdict of clause k, worked out by f(p, cs, ce) on first demand. */
static int memo_verdict(SentenceMemo *m, int which, size_t k, size_t cs, size_t ce,
                        int (*f)(const char *, size_t, size_t))
{
    signed char *v = &m->v[which][k];
    if (*v < 0)
        *v = (signed char)f(m->p, cs, ce);
    return *v;
}

static int zh_plan_in(const char *p, size_t s, size_t e) { return zh_holds(p, s, e, &zh_plan_words); }
static int zh_recur_in(const char *p, size_t s, size_t e) { return zh_holds(p, s, e, &zh_recurring_words); }

/* Both questions start alike: the claim's language, its words loaded,
 * the sentence's memo and the clause [cs, ce) holding at. Returns the
 * clause's index, -1 when there is no memo (walk the sentence instead),
 * -2 when at lies outside the sentence. */
static long clause_of(const char *p, size_t ss, size_t se, size_t at, int *zh, SentenceMemo **m, size_t *cs,
                      size_t *ce)
{
    if (at < ss || at >= se)
        return -2;
    *zh = chinese_at(p, ss, at);
    pthread_once(*zh ? &zh_once : &words_once, *zh ? zh_init : words_init);
    *m = memo_of(p, ss, se);
    return *m ? memo_clause_at(*m, at, *zh, cs, ce) : -1;
}

int tense_planned(const char *p, size_t ss, size_t se, size_t at)
{
    int zh;
    SentenceMemo *m;
    size_t cs, ce;
    long k = clause_of(p, ss, se, at, &zh, &m, &cs, &ce);
    if (k == -2)
        return 0;
    if (k >= 0 && zh)
        return memo_verdict(m, V_ZH_PLAN, (size_t)k, cs, ce, zh_plan_in);
    if (k >= 0) {
        /* a clause with no verb of its own goes on with the nearest clause
         * before it that has one (two clauses back at most) */
        int t = memo_verdict(m, V_PLAN, (size_t)k, cs, ce, clause_plan);
        for (int back = 0; t == T_NONE && k > 0 && back < 2; back++) {
            memo_clause(m, (size_t)--k, &cs, &ce);
            t = memo_verdict(m, V_PLAN, (size_t)k, cs, ce, clause_plan);
        }
        return t == T_FUTURE;
    }
    return planned_walk(p, ss, se, at, zh);
}

int tense_present(const char *p, size_t ss, size_t se, size_t at)
{
    int zh;
    SentenceMemo *m;
    size_t cs, ce;
    long k = clause_of(p, ss, se, at, &zh, &m, &cs, &ce);
    if (k == -2)
        return 0;
    if (k >= 0 && zh)
        return !memo_verdict(m, V_ZH_PLAN, (size_t)k, cs, ce, zh_plan_in) &&
               !memo_verdict(m, V_ZH_RECUR, (size_t)k, cs, ce, zh_recur_in);
    if (k >= 0) {
        if (memo_verdict(m, V_HEDGE, (size_t)k, cs, ce, no_present_fact))
            return 0;
        int t = memo_verdict(m, V_SPAN, (size_t)k, cs, ce, span_tense);
        if (t == T_NONE) {
            if (m->whole < 0)
                m->whole = span_tense(p, ss, se);
            t = m->whole;
        }
        return t == T_PRESENT;
    }
    return present_walk(p, ss, se, at, zh);
}

int tense_standing(const char *p, size_t ss, size_t se, size_t at, size_t end)
{
    if (at < ss || at >= se || end < at || end > se || chinese_at(p, ss, at))
        return 0;
    pthread_once(&words_once, words_init);
    size_t cs = at, ce = end;
    while (cs > ss && !clause_mark(p, cs - 1, se))
        cs--;
    while (ce < se && !clause_mark(p, ce, se))
        ce++;
    /* (with the stop that may end the sentence: "lose $90,000 a year.") */
    return no_present_fact(p, cs, ce < se || p[ce] != '.' ? ce : ce + 1);
}
