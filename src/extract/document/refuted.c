/* refuted.c — a figure the document quotes only to refute it (see
 * refuted.h). */
#include "refuted.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "textwalk.h"
#include "diag.h"
#include "sentence.h"

/* How far a paragraph reaches either side of the figure's sentence. */
#define PARA_REACH 2000
/* The longest line a rating line is; a verdict alone is shorter still. */
#define RATING_LINE 200
#define RATING_ALONE 40
/* How far after the figure a word of what is claimed may follow it, and
 * before it may stand. */
#define AFTER_REACH 60
#define BEFORE_REACH 240

/* ---- words ---- */

/* Words of what is claimed, before the figure. Lower case. */
static const char *const cue_before[] = {
    "claim", "claims", "claimed", "claiming", "viral", "circulating", "circulated", "circulates", "rumour", "rumours",
    "rumor", "rumors", "alleged", "allegedly", "purported", "purportedly", "so-called", "post", "posts",
    "posted", "message", "messages", "tweet", "tweeted", "meme", "forwarded", "widely shared",
    "网传", "网帖", "网上流传", "流传", "传言", "谣传", "谣言", "声称", "宣称", "号称", "帖子", "消息称",
    "文章称", "视频称", "所谓", "有说法", NULL,
};
/* ... after it, in its clause ("the 250 billion the post claims"). */
static const char *const cue_after[] = {
    "claimed", "claims", "alleged", "circulates", "circulating", "circulated",
    "的说法", "之说", "一说", "传言", "谣言", NULL,
};
/* Words of how far the quoted claim spread ("shared 12,000 times", "1.2
 * million views", 转发10万次): the document's own count. */
static const char *const spread[] = {
    "times", "views", "shares", "likes", "retweets", "reposts", "followers", "comments", "次", "转发",
    "阅读", "浏览", "播放", "点赞", NULL,
};
/* Words of a correction: the figure after them is the document's. */
static const char *const cut[] = {
    "but", "however", "although", "though", "while", "whereas", "actual", "actually", "real", "really",
    "in fact", "in reality", "truth", "official", "officially", "only", "just", "since", "because",
    "according to", "instead", "rather",
    "但", "然而", "实际", "事实上", "其实", "真实", "官方", "根据", "据统计", "数据显示", "仅", "只有", "而是",
    "经核实", "经查", "核实", NULL,
};

/* Words of falsehood a copula passes as a verdict ("is false"). */
static const char *const false_words[] = {
    "false", "untrue", "incorrect", "inaccurate", "misleading", "baseless", "unfounded", "fabricated",
    "wrong", "bogus", "exaggerated", "overstated", "fake", "a hoax", "made up", "fiction", NULL,
};
/* Words of truth a negation turns into one ("is not true"). */
static const char *const truth_words[] = {"true", "correct", "accurate", NULL};
static const char *const copulas[] = {
    "is", "are", "was", "were", "be", "been", "being", "s", "seems", "seem", "appears", "proved", "proven",
    "rated", "ruled", "found", "deemed", "labelled", "labeled", "as", "remains", "remain", "isn", "aren",
    "wasn", "weren", NULL,
};
static const char *const negations[] = {"not", "t", NULL};
/* Adverbs between a copula and its word ("is entirely false"). */
static const char *const adverbs[] = {
    "entirely", "completely", "totally", "simply", "also", "therefore", "thus", "clearly", "demonstrably",
    "partly", "partially", "mostly", "largely", "highly", "grossly", "wildly", "quite", "very", "patently",
    "plainly", "utterly", "likely", "probably", "both", "all", "itself", "themselves", "not", "t", NULL,
};
/* Nouns that make a word of falsehood a topic ("false positives"). */
static const char *const false_topics[] = {"positive", "positives", "negative", "negatives", "alarm", "alarms", NULL};
/* A verdict by themselves. */
static const char *const verdict_words[] = {
    "falsely", "wrongly", "erroneously", "misleadingly", "incorrectly", "inaccurately", "mistakenly",
    "no evidence", "debunked", "debunks", "debunking", "no basis",
    "谣言", "不实", "失实", "不属实", "与事实不符", "不符合事实", "并非事实", "误导", "虚假", "没有依据",
    "毫无根据", "毫无依据", "没有根据", "捏造", "编造", "子虚乌有", "辟谣", "假消息", "假新闻", NULL,
};
/* Nouns that make 虚假 a topic (虚假信息, disinformation). */
static const char *const xujia_topics[] = {"信息", "新闻", "内容", "账号", "宣传", "广告", NULL};

/* Labels of a rating line ("Verdict:", "结论："). */
static const char *const labels[] = {
    "verdict", "our verdict", "rating", "our rating", "ruling", "our ruling", "conclusion", "fact check",
    "fact-check", "factcheck", "claim rating", "truth rating",
    "结论", "核查结论", "核查结果", "查证结果", "判定", "鉴定结果", NULL,
};
/* What a rating line says: a refutation, checked first ... */
static const char *const rating_false[] = {
    "false", "misleading", "fake", "incorrect", "inaccurate", "untrue", "not true", "fabricated", "baseless",
    "unfounded", "unproven", "unsupported", "no evidence", "exaggerated", "pants on fire", "wrong", "hoax",
    "bogus",
    "谣言", "不实", "失实", "虚假", "误导", "错误", "不属实", "不正确", "不真实", "无依据", "缺乏依据", "没有依据",
    "捏造", NULL,
};
/* ... or none. */
static const char *const rating_true[] = {"true", "correct", "accurate", "属实", "真实", "正确", NULL};

/* The length of w at p[i] (bytes before e), or 0: ASCII letters in any
 * case, at word boundaries; Chinese characters as they stand. */
static size_t word_at(const char *p, size_t i, size_t e, const char *w)
{
    size_t m = 0;
    for (; w[m]; m++)   /* (no strlen first: most words fail at their first byte) */
        if (i + m >= e || ascii_lower((unsigned char)p[i + m]) != (unsigned char)w[m])
            return 0;
    if ((unsigned char)w[0] >= 0x80)
        return m;
    if (i > 0 && ascii_isalpha((unsigned char)p[i - 1]))
        return 0;
    if (i + m < e && ascii_isalpha((unsigned char)p[i + m]))
        return 0;
    return m;
}

/* The first word of list at p[i]: its length, or 0. */
static size_t list_at(const char *p, size_t i, size_t e, const char *const *list)
{
    if (i >= e)
        return 0;
    /* (a word is read only where its first byte stands: every place of
     * a sentence may be asked) */
    unsigned char c0 = ascii_lower((unsigned char)p[i]);
    for (size_t k = 0; list[k]; k++) {
        if ((unsigned char)list[k][0] != c0)
            continue;
        size_t m = word_at(p, i, e, list[k]);
        if (m)
            return m;
    }
    return 0;
}

/* Is p[i] where a word may start: a letter after no letter, or a
 * character's first byte past ASCII? */
static int word_start(const char *p, size_t i, size_t from)
{
    unsigned char ch = (unsigned char)p[i];
    if (ascii_isalpha(ch))
        return i == from || !ascii_isalpha((unsigned char)p[i - 1]);
    return ch >= 0xC0;
}

/* The start of the ASCII word before p[i] (from no earlier than from),
 * skipping what is no letter; SIZE_MAX when none. */
static size_t word_before(const char *p, size_t i, size_t from)
{
    while (i > from && !ascii_isalpha((unsigned char)p[i - 1])) {
        if (i >= from + 3 && !memcmp(p + i - 3, "\xE2\x80\x99", 3)) {   /* ’ of "isn’t" */
            i -= 3;
            continue;
        }
        if ((unsigned char)p[i - 1] >= 0x80 || p[i - 1] == '.' || p[i - 1] == ';' || p[i - 1] == ',')
            return (size_t)-1;
        i--;
    }
    if (i == from)
        return (size_t)-1;
    while (i > from && ascii_isalpha((unsigned char)p[i - 1]))
        i--;
    return i;
}

/* ---- is the figure quoted? ---- */

/* The first two bytes (ASCII letters in lower case) of the words looked
 * for before and after a figure, one bit each: most places of a
 * sentence start none, and are passed at one look. */
static unsigned char heads[65536 / 8], cue_heads[65536 / 8];
static pthread_once_t heads_once = PTHREAD_ONCE_INIT;

static void heads_of(unsigned char *t, const char *const *list)
{
    for (size_t k = 0; list[k]; k++) {
        unsigned h = (unsigned char)list[k][0] << 8 | (unsigned char)list[k][1];
        t[h >> 3] |= (unsigned char)(1u << (h & 7));
    }
}

static void heads_init(void)
{
    heads_of(cue_heads, cue_before);
    heads_of(cue_heads, cue_after);
    heads_of(heads, cue_before);
    heads_of(heads, cue_after);
    heads_of(heads, cut);
    heads_of(heads, spread);
    heads_of(heads, verdict_words);
    heads_of(heads, false_words);
    heads_of(heads, truth_words);
}

/* May a word of table t's lists start at p[i] (before e)? */
static int head_in(const unsigned char *t, const char *p, size_t i, size_t e)
{
    if (i + 2 > e)
        return 0;
    unsigned h = ascii_lower((unsigned char)p[i]) << 8 | ascii_lower((unsigned char)p[i + 1]);
    return t[h >> 3] >> (h & 7) & 1;
}

static int head_at(const char *p, size_t i, size_t e)
{
    return head_in(heads, p, i, e);
}

/* Does the sentence p[ss, se) hold a word of what is claimed at all?
 * Read once a sentence (rd keeps the last answer): most hold none, and
 * none of their figures is looked at again. */
static int sentence_quotes(RefutedDoc *rd, const char *p, size_t ss, size_t se)
{
    if (rd->gate_se == se && rd->gate_ss == ss && rd->gate_set)
        return rd->gate;
    rd->gate_ss = ss, rd->gate_se = se, rd->gate_set = 1, rd->gate = 0;
    /* (only where a word may start: an ASCII word's first letter, its
     * others passed at once, or a character past ASCII) */
    for (size_t i = ss; i < se && !rd->gate;) {
        unsigned char ch = (unsigned char)p[i];
        if ((ascii_isalpha(ch) || ch >= 0xC0) && head_in(cue_heads, p, i, se) &&
            (list_at(p, i, se, cue_before) || list_at(p, i, se, cue_after)))
            rd->gate = 1;
        i = ascii_isalpha(ch) ? tw_letters_end((const unsigned char *)p, se, i) : i + 1;
    }
    return rd->gate;
}

/* Pattern: back from the figure to its sentence's start, the first word
 * of what is claimed before any word of a correction; or, after it to
 * its clause's end, a word of what is claimed. */
static int quoted(const char *p, size_t ss, size_t se, const Claim *c)
{
    /* (how far the claim spread is no figure of it) */
    size_t te = c->end + 24 < se ? c->end + 24 : se;
    for (size_t i = c->start; i < te; i++)
        if (head_at(p, i, te) && word_start(p, i, c->start) && list_at(p, i, te, spread))
            return 0;
    size_t from = c->start - ss > BEFORE_REACH ? c->start - BEFORE_REACH : ss;
    for (size_t i = c->start; i-- > from;) {
        /* (a clause after ";" is another's) */
        if (p[i] == ';' || (i + 3 <= c->start && !memcmp(p + i, "；", 3)))
            return 0;
        /* (back at once to a word's first letter: none after it starts one) */
        while (i > from && ascii_isalpha((unsigned char)p[i]) && ascii_isalpha((unsigned char)p[i - 1]))
            i--;
        if (!head_at(p, i, c->start) || !word_start(p, i, ss))
            continue;
        if (list_at(p, i, c->start, cut))
            return 0;
        if (list_at(p, i, c->start, cue_before))
            return 1;
    }
    size_t e = c->end + AFTER_REACH < se ? c->end + AFTER_REACH : se;
    for (size_t i = c->end; i < e; i++) {
        unsigned char ch = (unsigned char)p[i];
        if (ch == ',' || ch == ';' || ch == '.' || ch == ':' || ch == '(' || ascii_isdigit(ch) ||
            (i + 3 <= e && (!memcmp(p + i, "，", 3) || !memcmp(p + i, "；", 3) || !memcmp(p + i, "。", 3))))
            return 0;
        if (head_at(p, i, e) && word_start(p, i, c->end) && list_at(p, i, e, cue_after))
            return 1;
    }
    return 0;
}

/* ---- verdicts in running text ---- */

/* Does the word of falsehood at p[i] follow a copula ("is false", "is
 * entirely fabricated"), and a word of truth a negation ("is not
 * true", "isn't true")? The copula's start, or SIZE_MAX. */
static size_t copula_before(const char *p, size_t i, size_t from, int truth)
{
    int negated = 0;
    size_t w = i;
    for (int k = 0; k < 4; k++) {
        w = word_before(p, w, from);
        if (w == (size_t)-1)
            return (size_t)-1;
        if (list_at(p, w, i, negations))
            negated = 1;
        if (list_at(p, w, i, copulas))
            return (truth ? negated : !negated) ? w : (size_t)-1;
        if (!list_at(p, w, i, adverbs))
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* The verdict at p[i] (from..e): its end, *vs its start (a copula
 * before it: "are not true"), or 0. */
static size_t verdict_at(const char *p, size_t i, size_t from, size_t e, size_t *vs)
{
    *vs = i;
    size_t m = list_at(p, i, e, verdict_words);
    if (m) {
        /* (虚假信息 is disinformation, a topic: no verdict) */
        if (m == strlen("虚假") && !memcmp(p + i, "虚假", m))
            for (size_t k = 0; xujia_topics[k]; k++)
                if (word_at(p, i + m, e, xujia_topics[k]))
                    return 0;
        return i + m;
    }
    int truth = 0;
    if (!(m = list_at(p, i, e, false_words)) && (m = list_at(p, i, e, truth_words)))
        truth = 1;
    if (!m)
        return 0;
    size_t j = i + m;
    while (j < e && p[j] == ' ')
        j++;
    if (!truth && list_at(p, j, e, false_topics))
        return 0;
    size_t w = copula_before(p, i, from, truth);
    if (w == (size_t)-1)
        return 0;
    *vs = w;
    return i + m;
}

/* The first verdict in p[s, e): 1 and its place [*vs, *ve), or 0. */
static int verdict_in(const char *p, size_t s, size_t e, size_t *vs, size_t *ve)
{
    for (size_t i = s; i < e; i++) {
        if (!head_at(p, i, e) || !word_start(p, i, s))
            continue;
        size_t end = verdict_at(p, i, s, e, vs);
        if (end) {
            *ve = end;
            return 1;
        }
    }
    return 0;
}

/* The paragraph around p[ss, se): to a blank line or a line break that
 * ends a line, at most PARA_REACH bytes either side. */
static void paragraph(const char *p, size_t n, size_t ss, size_t se, size_t *ps, size_t *pe)
{
    size_t lo = ss > PARA_REACH ? ss - PARA_REACH : 0;
    size_t hi = n - se > PARA_REACH ? se + PARA_REACH : n;
    size_t s = ss, e = se;
    while (s > lo && !(p[s - 1] == '\n' && !sentence_wraps(p, n, s - 1)))
        s--;
    while (e < hi && !(p[e] == '\n' && !sentence_wraps(p, n, e)))
        e++;
    *ps = s, *pe = e;
}

/* ---- rating lines ---- */

/* What the line p[s, e) rates: 1 a refutation, 0 no refutation, -1 no
 * rating line. */
static int rating_line(const char *p, size_t s, size_t e)
{
    while (s < e && (p[s] == ' ' || p[s] == '\t' || p[s] == '*' || p[s] == '#' || p[s] == '>' || p[s] == '-' ||
                     p[s] == '[' || p[s] == '_'))
        s++;
    while (s + 3 <= e && (!memcmp(p + s, "【", 3) || !memcmp(p + s, "•", 3)))
        s += 3;
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\r' || p[e - 1] == '\t' || p[e - 1] == '*' ||
                     p[e - 1] == '.' || p[e - 1] == '!' || p[e - 1] == '_'))
        e--;
    if (e <= s || e - s > RATING_LINE)
        return -1;
    /* a verdict alone: "FALSE", "谣言" */
    size_t m = list_at(p, s, e, rating_false);
    if (m && s + m == e && e - s <= RATING_ALONE)
        return 1;
    /* a label and its verdict: "Verdict: FALSE", "结论：谣言" */
    if (!(m = list_at(p, s, e, labels)))
        return -1;
    size_t i = s + m;
    while (i < e && (p[i] == ' ' || p[i] == '*' || p[i] == ']' || p[i] == '_'))
        i++;
    if (i + 3 <= e && !memcmp(p + i, "】", 3))
        i += 3;
    if (i < e && (p[i] == ':' || p[i] == '-'))
        i++;
    else if (i + 3 <= e && (!memcmp(p + i, "：", 3) || !memcmp(p + i, "–", 3) || !memcmp(p + i, "—", 3)))
        i += 3;
    else
        return -1;
    for (size_t k = i; k < e; k++)
        if (word_start(p, k, i) && list_at(p, k, e, rating_false))
            return 1;
    for (size_t k = i; k < e; k++)
        if (word_start(p, k, i) && list_at(p, k, e, rating_true))
            return 0;
    return -1;
}

/* Read the document's rating lines, once: one look at each line. */
static void read_ratings(RefutedDoc *rd, const char *p, size_t n)
{
    size_t cap = 0;
    rd->read = 1;
    for (size_t s = 0; s < n;) {
        const char *nl = memchr(p + s, '\n', n - s);
        size_t e = nl ? (size_t)(nl - p) : n;
        int r = e - s <= RATING_LINE + 16 ? rating_line(p, s, e) : -1;
        if (r >= 0) {
            if (rd->n == cap) {
                cap = cap ? cap * 2 : 8;
                rd->at = xrealloc(rd->at, cap * sizeof *rd->at);
                rd->end = xrealloc(rd->end, cap * sizeof *rd->end);
                rd->refutes = xrealloc(rd->refutes, cap);
            }
            rd->at[rd->n] = s;
            rd->end[rd->n] = e;
            rd->refutes[rd->n++] = (unsigned char)r;
        }
        s = e + 1;
    }
}

/* The rating line that rates a figure of the sentence [ss, se): the first
 * after it, else the last before it; its index, or SIZE_MAX. */
static size_t rating_of(const RefutedDoc *rd, size_t ss, size_t se)
{
    size_t lo = 0, hi = rd->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (rd->at[mid] < se)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < rd->n)
        return lo;
    while (lo > 0 && rd->end[lo - 1] > ss)
        lo--;
    return lo > 0 ? lo - 1 : (size_t)-1;
}

void refuted_fini(RefutedDoc *rd)
{
    free(rd->at);
    free(rd->end);
    free(rd->refutes);
    memset(rd, 0, sizeof *rd);
}

/* ---- the claim's clause ---- */

/* Append `refuted: "WORDS" (where)` to c's context: the words of
 * orig[vs, ve) (at most 48 bytes, whole characters; no ';', which ends a
 * clause). An older clause is cut to make room. */
static void say(Claim *c, const char *orig, size_t vs, size_t ve, const char *where)
{
    char words[64];
    size_t m = 0;
    for (size_t i = vs; i < ve && m < 48; i++) {
        unsigned char ch = (unsigned char)orig[i];
        if (ch >= 0xC0) {   /* a whole character, or none */
            size_t l = ch >= 0xF0 ? 4 : ch >= 0xE0 ? 3 : 2;
            if (m + l > 48 || i + l > ve)
                break;
        }
        words[m++] = ch == ';' || ch == '"' || ch == '\n' || ch == '\r' || ch == '\t' ? ' ' : (char)ch;
    }
    while (m > 0 && words[m - 1] == ' ')
        m--;
    words[m] = '\0';
    char clause[128];
    int l = snprintf(clause, sizeof clause, CLAIM_REFUTED "\"%s\" (%s)", words, where);
    size_t have = strlen(c->context), need = (size_t)l + (have ? 2 : 0);
    if (have + need >= sizeof c->context) {
        have = sizeof c->context - 1 - (size_t)l - 2;
        while (have > 0 && ((unsigned char)c->context[have] & 0xC0) == 0x80)
            have--;
        c->context[have] = '\0';
    }
    snprintf(c->context + have, sizeof c->context - have, "%s%s", have ? "; " : "", clause);
}

int refuted_mark(RefutedDoc *rd, Claim *c, const char *doc, const char *orig, size_t n, size_t ss, size_t se)
{
    if (claim_refuted(c) || c->start < ss || c->end > se)
        return 0;
    pthread_once(&heads_once, heads_init);
    if (!sentence_quotes(rd, doc, ss, se) || !quoted(doc, ss, se, c))
        return 0;
    /* its sentence (read once a sentence) */
    if (!(rd->sv[0] == ss && rd->sv[1] == se && rd->sv[1])) {
        rd->sv[0] = ss, rd->sv[1] = se;
        rd->sv_found = verdict_in(doc, ss, se, &rd->sv[2], &rd->sv[3]);
    }
    if (rd->sv_found) {
        say(c, orig, rd->sv[2], rd->sv[3], "its sentence");
        return 1;
    }
    /* its paragraph (read once a paragraph: a sentence of no verdict
     * inside the last one read takes its answer) */
    if (!(rd->pv[1] && rd->pv[0] <= ss && se <= rd->pv[1])) {
        paragraph(doc, n, ss, se, &rd->pv[0], &rd->pv[1]);
        rd->pv_found = verdict_in(doc, rd->pv[0], rd->pv[1], &rd->pv[2], &rd->pv[3]);
    }
    if (rd->pv_found) {
        say(c, orig, rd->pv[2], rd->pv[3], "its paragraph");
        return 1;
    }
    /* the rating line that rates it */
    if (!rd->read)
        read_ratings(rd, doc, n);
    size_t r = rating_of(rd, ss, se);
    if (r == (size_t)-1 || !rd->refutes[r])
        return 0;
    size_t s = rd->at[r], e = rd->end[r];
    while (s < e && (orig[s] == ' ' || orig[s] == '*' || orig[s] == '#' || orig[s] == '>' || orig[s] == '-'))
        s++;
    while (e > s && (orig[e - 1] == ' ' || orig[e - 1] == '\r' || orig[e - 1] == '*'))
        e--;
    say(c, orig, s, e, "the rating line");
    return 1;
}
