/* roles.c — the part a place plays in a sentence (see roles.h). */
#define _GNU_SOURCE   /* memmem */
#include "roles.h"

#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "comparand.h"
#include "leader.h"
#include "diag.h"
#include "donor.h"
#include "lexicon.h"
#include "metrics.h"
#include "rankword.h"
#include "textfind.h"
#include "textserial.h"
#include "utf8.h"

/* Is w[0, n) one of the words (any case)? */
static int one_of(const char *w, size_t n, const char *const *words)
{
    /* (the first letter first: most words are no listed one's) */
    for (int k = 0; words[k]; k++)
        if (n && (w[0] | 0x20) == (words[k][0] | 0x20) && strlen(words[k]) == n && !strncasecmp(w, words[k], n))
            return 1;
    return 0;
}

/* Does p[i, e) open with one of the UTF-8 strings? */
static int opens(const char *p, size_t i, size_t e, const char *const *words)
{
    if (i >= e)
        return 0;
    for (int k = 0; words[k]; k++) {
        if (p[i] != words[k][0] || (words[k][1] && (i + 1 >= e || p[i + 1] != words[k][1])))
            continue;   /* (the first two bytes first: most places open none) */
        size_t l = strlen(words[k]);
        if (i + l <= e && !memcmp(p + i, words[k], l))
            return 1;
    }
    return 0;
}

/* Does p[s, i) close with one of the UTF-8 strings? */
static int closes(const char *p, size_t s, size_t i, const char *const *words)
{
    if (i <= s)
        return 0;
    for (int k = 0; words[k]; k++) {
        size_t l = strlen(words[k]);
        if (p[i - 1] != words[k][l - 1])
            continue;   /* (the last byte first) */
        if (i >= s + l && !memcmp(p + i - l, words[k], l))
            return 1;
    }
    return 0;
}

/* The word of p[s, i) that ends (after blanks) at i: its start, or i when
 * none. */
static size_t word_before(const char *p, size_t s, size_t i, size_t *we)
{
    while (i > s && ascii_isgap(p[i - 1]))
        i--;
    *we = i;
    while (i > s && (ascii_isalpha((unsigned char)p[i - 1]) || p[i - 1] == '-' || p[i - 1] == '%'))
        i--;
    return i;
}

/* ---- the world as a frame ---- */

enum { MENTION_PLACE, MENTION_SHARE, MENTION_RANK };

/* Does a superlative follow the world's mention in its clause, within
 * fifteen characters ("成为全球超大型数据中心集聚最多的地区": the world is
 * what the place is compared with)? Clause marks (，。；、：) end the look. */
static int zh_superlative(const char *p, size_t me, size_t se)
{
    static const char *const stops[] = {"，", "。", "；", "、", "：", NULL};
    size_t end = me + 45 < se ? me + 45 : se;
    for (size_t i = me; i + 3 <= end;) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x80) {
            if (c == ',' || c == '.' || c == ';')
                return 0;
            i++;
            continue;
        }
        for (int k = 0; stops[k]; k++)
            if (!memcmp(p + i, stops[k], 3))
                return 0;
        if (!memcmp(p + i, "最", 3))
            return 1;
        i += utf8_len(p + i, se - i);
    }
    return 0;
}

/* What the mention of the world at p[ms, me) of the sentence p[ss, se)
 * is: a rank's field ("second in the world", "the world's largest",
 * "the world's sixth most populous", "the fastest-growing region in the
 * world", "than anywhere else in the world": rankword.h; "全球第一大",
 * "居全球第二位"), a share's whole ("60 percent of the
 * world's total", "占全球...的比重"), or the place. */
static int mention(const char *p, size_t ss, size_t se, size_t ms, size_t me)
{
    static const char *const shares[] = {"percent", "per", "cent", "%", "share", "half", "third", "thirds",
                                         "quarter", "quarters", "fifth", "fifths", "proportion", "fraction",
                                         NULL};
    static const char *const zh_rank_after[] = {"第", "首", "领先", "前", "主要经济体", "最大", "之最", NULL};
    /* (按全球国家（地区）排名: the world as the field of a ranking) */
    static const char *const zh_rank_before[] = {"居", "列", "排名", "排在", "按", NULL};
    /* the world as what a figure is compared with: "高于全球平均水平3个
     * 百分点", "快于全球" */
    static const char *const zh_compare_before[] = {"高于", "低于", "快于", "慢于", "超过", "超出", "不及", "比", "较",
                                                    NULL};
    static const char *const zh_share_before[] = {"占", NULL};
    /* the cue may hold its article: "the world" */
    if (me - ms > 4 && !strncasecmp(p + ms, "the ", 4))
        ms += 4;
    /* Chinese: 全球第二, 居全球, 列全球前三, 排名全球前列, 占全球 */
    if (opens(p, me, se, zh_rank_after) || closes(p, ss, ms, zh_rank_before) || zh_superlative(p, me, se) ||
        closes(p, ss, ms, zh_compare_before))
        return MENTION_RANK;
    if (closes(p, ss, ms, zh_share_before))
        return MENTION_SHARE;
    /* "the world's largest", "world's second-largest" */
    size_t i = me;
    /* ("the world" may be the cue of "the world's") */
    if (i + 2 <= se && p[i] == '\'' && p[i + 1] == 's')
        i += 2;
    else if (i + 4 <= se && !memcmp(p + i, "\xE2\x80\x99s", 4))
        i += 4;
    while (i < se && ascii_isgap(p[i]))
        i++;
    size_t j = i;
    while (j < se && (ascii_isalnum((unsigned char)p[j]) || p[j] == '-'))
        j++;
    if (j > i && rankword_is(p + i, j - i))
        return MENTION_RANK;
    /* "... in the world", "second in the world": a rank word up to three
     * words before "in" */
    size_t we, w = word_before(p, ss, ms, &we);
    if (we > w && we - w == 3 && !strncasecmp(p + w, "the", 3))
        w = word_before(p, ss, w, &we);
    if (we > w && we - w == 2 && !strncasecmp(p + w, "in", 2)) {
        for (int k = 0; k < 3 && w > ss; k++) {
            w = word_before(p, ss, w, &we);
            if (we == w)
                break;
            if (rankword_is(p + w, we - w))
                return MENTION_RANK;
        }
        return MENTION_PLACE;
    }
    /* "60 percent of the world's total", "a fifth of global capacity":
     * a share word up to three words before "of" */
    if (we > w && we - w == 2 && !strncasecmp(p + w, "of", 2)) {
        for (int k = 0; k < 3 && w > ss; k++) {
            w = word_before(p, ss, w, &we);
            if (we == w)
                break;
            if (one_of(p + w, we - w, shares) || (we - w >= 2 && p[we - 1] == '%'))
                return MENTION_SHARE;
        }
    }
    return MENTION_PLACE;
}

int roles_world(const Metrics *m, const char *doc, size_t ss, size_t se)
{
    MetricsPlace pl[32];
    size_t n = metrics_places(m, doc, ss, se, pl, 32);
    int share = 0, rank = 0;
    for (size_t k = 0; k < n; k++) {
        if (strcmp(pl[k].id, "global"))
            continue;
        int r = mention(doc, ss, se, pl[k].s, pl[k].e);
        if (r == MENTION_PLACE)
            return ROLES_WORLD_PLACE;
        share |= r == MENTION_SHARE;
        rank |= r == MENTION_RANK;
    }
    return share ? ROLES_WORLD_SHARE : rank ? ROLES_WORLD_RANK : ROLES_WORLD_PLACE;
}

/* ---- the country as a whole ---- */

int roles_nationwide(const Metrics *m, const char *doc, size_t ss, size_t se)
{
    /* (城镇 and 农村, a country's towns and countryside, are the whole's
     * parts: the towns of the province a provincial report speaks of) */
    static const char *const whole[] = {"全国", "国内", "境内", "城镇", "农村", NULL};
    MetricsPlace pl[32];
    size_t n = metrics_places(m, doc, ss, se, pl, 32);
    int seen = 0;
    for (size_t k = 0; k < n; k++) {
        if (strcmp(pl[k].id, "china"))
            continue;
        int w = 0;
        for (int i = 0; whole[i] && !w; i++)
            w = pl[k].e - pl[k].s == strlen(whole[i]) && !memcmp(doc + pl[k].s, whole[i], pl[k].e - pl[k].s);
        if (!w)
            return 0;
        seen = 1;
    }
    return seen;
}

/* ---- asides ---- */

static const Phrase excluding[] = {PHRASE("outside "), PHRASE("excluding "), PHRASE("except "),
                                   PHRASE("other than "), PHRASE("beyond "), {NULL, 0}};
static const char *const seated[] = {"-based", "-headquartered", "-listed", "-licensed", "-incorporated",
                                     "-flagged", "-origin", NULL};
/* A currency after a place's name is money's name, not where the figure
 * is: "the Nepali rupee, pegged to the Indian rupee", "Kenya shilling",
 * "billion US dollars", "4.8 U.S. cents". */
static const Phrase currencies[] = {
    PHRASE("rupee"), PHRASE("shilling"), PHRASE("dollar"), PHRASE("yuan"),   PHRASE("renminbi"), PHRASE("naira"),
    PHRASE("cedi"),  PHRASE("ringgit"),  PHRASE("peso"),   PHRASE("kwacha"), PHRASE("birr"),     PHRASE("rand"),
    PHRASE("riyal"), PHRASE("dirham"),   PHRASE("pound"),  PHRASE("won"),    PHRASE("yen"),      PHRASE("baht"),
    PHRASE("dong"),  PHRASE("kip"),      PHRASE("riel"),   PHRASE("taka"),   PHRASE("franc"),    PHRASE("currency"),
    PHRASE("cents"), PHRASE("cent "), {NULL, 0}};

/* Routes a place is passed on: "through Singapore", "via Marseille",
 * "links to Oman". */
static const Phrase routes[] = {PHRASE("through "), PHRASE("via "), PHRASE("links to "), PHRASE("link to "),
                                {NULL, 0}};

/* Nouns of firms a place's name may qualify: "the US firm SubCom" (firms_nationality). */
static const Phrase firm_nouns[] = {
    PHRASE("firm"),      PHRASE("firms"),        PHRASE("company"),     PHRASE("companies"),    PHRASE("vendor"),
    PHRASE("vendors"),   PHRASE("supplier"),     PHRASE("suppliers"),   PHRASE("provider"),     PHRASE("providers"),
    PHRASE("hyperscaler"), PHRASE("hyperscalers"), PHRASE("giant"),     PHRASE("giants"),       PHRASE("multinationals"),
    {NULL, 0}};

/* The letters that open the words of those lists (phrases_letters),
 * found once: a walk asks a list only where its letter stands. */
static uint32_t excluding_letters, currency_letters, route_letters, firm_letters;
static pthread_once_t letters_once = PTHREAD_ONCE_INIT;

static void letters_init(void)
{
    excluding_letters = phrases_letters(excluding);
    currency_letters = phrases_letters(currencies);
    route_letters = phrases_letters(routes);
    firm_letters = phrases_letters(firm_nouns);
}

/* Does the lower-case letter c open a word of the list whose letters
 * are these? */
static int opens_with(uint32_t letters, int c)
{
    return c >= 'a' && c <= 'z' && (letters >> (c - 'a') & 1);
}

/* A currency's name after the blank at p[i] (" rupee", " dollars"), in
 * lower case. */
static int currency_after(const char *p, size_t i, size_t e)
{
    return i + 1 < e && p[i] == ' ' && opens_with(currency_letters, p[i + 1]) && phrases_at(currencies, p, i + 1, e, 0);
}

/* Chinese verbs of where a flow goes or what it spreads over: "主要流向
 * 新加坡、美国", "分布在50多个国家", "合作对象遍及东南亚、中东", or what a
 * thing faces: "面向南亚东南亚的国际出口带宽". The places after them are the
 * flow's destinations, not the figure's place. */
static const char *const zh_bound[] = {"流向", "分布在", "分布于", "集中在", "集中于", "投向", "遍及", "遍布", "面向",
                                       NULL};

/* Chinese words that set a place apart from the figure's: "亚太地区（不
 * 含中国大陆）", "除中国外". */
static const char *const zh_excluding[] = {"不含", "不包括", "不包含", "除了", "除", NULL};

/* Is a zh_bound verb in the clause of doc[ss, se) before offset s? */
static int zh_destination(const char *doc, size_t ss, size_t s)
{
    size_t c = s;
    while (c > ss && !(c >= ss + 3 && (!memcmp(doc + c - 3, "，", 3) || !memcmp(doc + c - 3, "；", 3) ||
                                       !memcmp(doc + c - 3, "。", 3))))
        c--;
    for (size_t i = c; i < s; i++)
        if ((unsigned char)doc[i] >= 0xE4 && opens(doc, i, s, zh_bound))
            return 1;
    return 0;
}

/* the words a company's name ends in (roles_zh_seat) */
static const char *const seat_ends[] = {"公司", "集团", "银行", NULL};

int roles_zh_seat_named(const char *doc, size_t from, size_t to)
{
    for (int k = 0; seat_ends[k]; k++)
        if (to > from && tf_find(doc + from, to - from, seat_ends[k], strlen(seat_ends[k])))
            return 1;
    return 0;
}

int roles_zh_seat(const char *doc, size_t e, size_t lim)
{
    const char *const *ends = seat_ends;
    /* (a name of its own between: "深圳" then "传音控股股份有限公司") */
    for (size_t i = e; i + 3 <= lim && i - e < 3 * 24; i += 3) {
        if ((unsigned char)doc[i] < 0xE4 || (unsigned char)doc[i] > 0xE9)
            return 0;
        for (int k = 0; ends[k] && i > e; k++)
            if (i + strlen(ends[k]) <= lim && !memcmp(doc + i, ends[k], strlen(ends[k])))
                return 1;
    }
    return 0;
}

int roles_zh_body_seat(const char *doc, size_t e, size_t lim)
{
    static const char *const seats[] = {"学院", "大学", "研究所", "研究院", "研究室", "实验室", "智库", NULL};
    /* (a kind of body, no name before it needed: "美国咨询机构RWR") */
    static const char *const kinds[] = {"研究机构", "咨询机构", "咨询公司", NULL};
    if (opens(doc, e, lim, kinds))
        return 1;
    size_t chars = 0;
    for (size_t i = e; i < lim && i - e < 3 * 30;) {
        if (chars >= 2 && opens(doc, i, lim, seats))
            return 1;
        unsigned char b = (unsigned char)doc[i];
        if (b >= 0xE4 && b <= 0xE9 && i + 3 <= lim)
            i += 3, chars++;
        else if (ascii_isalpha(b))
            i++, chars += i == e + 1 || !ascii_isalpha((unsigned char)doc[i - 2]);
        else
            return 0;
    }
    return 0;
}

/* ---- the field of a superlative ----
 * "Bangladesh has one of the lowest mobile data prices in South Asia",
 * "the largest tower deal in Africa": the place a superlative ranks its
 * subject among is not where the figure is. */

/* Is doc[w, e) a superlative ("lowest", "most", "least", "first")? */
static int superlative(const char *doc, size_t w, size_t e)
{
    static const char *const words[] = {"most", "least", "first", NULL};
    static const char *const not_sup[] = {"interest", "latest", "west", "test", "rest", "request", "invest",
                                          "suggest", "forest", "harvest", "honest", "modest", "digest",
                                          "manifest", "protest", "contest", "guest", "quest", "arrest",
                                          "earnest", "midwest", "southwest", "northwest", "priest", NULL};
    size_t n = e - w;
    if (one_of(doc + w, n, words))
        return 1;
    return n >= 5 && !strncasecmp(doc + e - 3, "est", 3) && !one_of(doc + w, n, not_sup);
}

/* Is the place at doc[s) the field of a superlative: "the lowest ...
 * in South Asia" (in its clause, a few words back)? ("China is Zambia's
 * largest creditor" names the creditor's debtor: Zambia's figure.) */
static int superlative_field(const char *doc, size_t ss, size_t s)
{
    /* "the lowest mobile data prices in (the) South Asia" */
    size_t we, w = word_before(doc, ss, s, &we);
    if (we - w == 3 && !strncasecmp(doc + w, "the", 3))
        w = word_before(doc, ss, w, &we);
    if (!(we - w == 2 && !strncasecmp(doc + w, "in", 2)))
        return 0;
    size_t i = w;
    for (int words = 0; words < 8 && i > ss; words++) {
        w = word_before(doc, ss, i, &we);
        if (we == w)
            return 0;   /* a mark: the clause ends */
        if (superlative(doc, w, we)) {
            size_t te, t = word_before(doc, ss, w, &te);
            return te - t == 3 && !strncasecmp(doc + t, "the", 3);
        }
        i = w;
    }
    return 0;
}

/* Is the place at doc[s] one a route runs through or to: "terrestrial
 * links through Djibouti, Sudan and Kenya", "routed via Singapore",
 * "fibre links to Thailand, Vietnam, China, Cambodia and Myanmar"? It is
 * the route's, not where the figure applies (the place it serves is):
 * the word before the place, or before the list it ends. */
static int transit(const char *doc, size_t ss, size_t s)
{
    size_t i = s;
    for (int items = 0; items < 8 && i > ss; items++) {
        size_t we, w = word_before(doc, ss, i, &we);
        if (we - w == 3 && !strncasecmp(doc + w, "the", 3))
            w = word_before(doc, ss, w, &we);
        int sep = 0;
        if (we == w) {
            if (!(we > ss && doc[we - 1] == ','))
                return 0;
            i = we - 1, sep = 1;
        } else if ((we - w == 7 && !strncasecmp(doc + w, "through", 7)) || (we - w == 3 && !strncasecmp(doc + w, "via", 3))) {
            return 1;
        } else if (we - w == 2 && !strncasecmp(doc + w, "to", 2)) {
            size_t ve, v = word_before(doc, ss, w, &ve);
            if ((ve - v == 5 && !strncasecmp(doc + v, "links", 5)) || (ve - v == 4 && !strncasecmp(doc + v, "link", 4)))
                return 1;
            /* (what a link joins to the place: "connect the campus to
             * Singapore", "connecting Batam to Singapore") */
            for (int back = 0; back < 4 && ve > v; back++) {
                if (ve - v >= 7 && !strncasecmp(doc + v, "connect", 7))
                    return 1;
                v = word_before(doc, ss, v, &ve);
            }
            return 0;
        } else if ((we - w == 3 && !strncasecmp(doc + w, "and", 3)) || (we - w == 2 && !strncasecmp(doc + w, "or", 2))) {
            i = w, sep = 1;
        }
        if (!sep)
            return 0;
        /* (back over the list's item before: its capitalised words) */
        size_t k = i;
        for (int n = 0; n < 4; n++) {
            size_t e2, b2 = word_before(doc, ss, k, &e2);
            if (e2 == b2 || !ascii_isupper((unsigned char)doc[b2]))
                break;
            k = b2;
        }
        if (k == i)
            return 0;
        i = k;
    }
    return 0;
}

/* Is the place at doc[s, e) in a clause of time the claim at is not in,
 * its subject or object ("The project was announced in August 2019,
 * shortly after Singapore imposed a moratorium on new data centres, with
 * an initial budget of US$650 million")? It dates the clause the figure
 * is in; it does not place it. The clause opens after a comma (or the
 * sentence's start) with "after", "before", "when", "until" or "once"
 * (perhaps "shortly", "soon", "just", "long") and ends at the next
 * comma. */
static int time_opens(const char *doc, size_t w, size_t lim)
{
    static const char *const whens[] = {"after", "before", "when", "until", "once", NULL};
    static const char *const lead[] = {"shortly", "soon", "just", "long", "only", NULL};
    while (w < lim && ascii_isgap(doc[w]))
        w++;
    size_t we = w;
    while (we < lim && ascii_isalpha((unsigned char)doc[we]))
        we++;
    if (one_of(doc + w, we - w, lead)) {
        w = we;
        while (w < lim && ascii_isgap(doc[w]))
            w++;
        we = w;
        while (we < lim && ascii_isalpha((unsigned char)doc[we]))
            we++;
    }
    return one_of(doc + w, we - w, whens);
}

static int time_clause(const char *doc, size_t ss, size_t se, size_t s, size_t e, size_t at)
{
    size_t c = s;
    while (c > ss && doc[c - 1] != ',' && doc[c - 1] != ';' && s - c < 160)
        c--;
    if (c > ss && doc[c - 1] != ',' && doc[c - 1] != ';')
        return 0;
    if (!time_opens(doc, c, s))
        return 0;
    size_t end = e;
    while (end < se && doc[end] != ',' && doc[end] != ';')
        end++;
    return at < c || at >= end;
}

/* Is the place at doc[s, e) the nationality of firms ("the US firm
 * SubCom", "three US hyperscalers", "Chinese vendors")? It says whose the
 * firms are, not where their figure applies. */
static int firms_nationality(const char *doc, size_t se, size_t e)
{
    size_t w = e;
    while (w < se && ascii_isgap(doc[w]))
        w++;
    if (w == e)
        return 0;
    size_t we = w;
    while (we < se && ascii_isalpha((unsigned char)doc[we]))
        we++;
    return we > w && phrases_at(firm_nouns, doc, w, we, 1) && (we == se || !ascii_isalpha((unsigned char)doc[we]));
}

/* Adverbs that open a clause on where things counted are spread. */
static const char *const spread_adverbs[] = {"mostly", "mainly", "largely", "chiefly", "predominantly", "primarily",
                                             "overwhelmingly", NULL};

/* Does the clause at doc[w) open on how things are spread: an adverb of
 * spread first ("mostly", "largely"), or "of them", "of whom" within its
 * first four words ("most of them", "two-thirds of them")? */
static int spread_opens(const char *doc, size_t w, size_t lim)
{
    while (w < lim && ascii_isgap(doc[w]))
        w++;
    size_t we = w;
    while (we < lim && ascii_isalpha((unsigned char)doc[we]))
        we++;
    if (one_of(doc + w, we - w, spread_adverbs))
        return 1;
    for (int words = 0; words < 4 && w < lim; words++) {
        if (w + 8 <= lim && (!strncasecmp(doc + w, "of them ", 8) || !strncasecmp(doc + w, "of whom ", 8)))
            return 1;
        while (w < lim && !ascii_isgap(doc[w]))
            w++;
        while (w < lim && ascii_isgap(doc[w]))
            w++;
    }
    return 0;
}

/* Is the place at doc[s) where the things counted before are spread: a
 * clause after a comma that opens on how they are spread ("2.6 billion
 * people remained offline, most of them in Africa and Asia", "two-thirds
 * of them in", "mostly rural and in LDCs", "largely in")? The figure is
 * the whole's, wherever its parts are; a figure in the clause ("six of
 * them landing in Africa") is the part's. A clause with digits ("of
 * which $2 billion in Kenya") is left alone. The clause's start, or 0. */
static size_t spread_clause(const char *doc, size_t ss, size_t s)
{
    size_t i = s, open = ss;
    int in = 0;
    for (int words = 0;; words++) {
        size_t we, w = word_before(doc, ss, i, &we);
        if (words == 14 || we <= ss)
            return 0;
        if (we == w) {
            /* (a comma inside a list of places goes on: "in Kenya, Nigeria and Ghana") */
            size_t pe, pw = word_before(doc, ss, we - 1, &pe);
            if (doc[we - 1] == ',' && pe > pw && pe == we - 1 && ascii_isupper((unsigned char)doc[pw]) && !in) {
                i = we - 1;
                continue;
            }
            if (doc[we - 1] != ',')
                return 0;
            open = we;
            break;
        }
        in |= we - w == 2 && !strncasecmp(doc + w, "in", 2);
        i = w;
    }
    if (!in)
        return 0;
    for (size_t k = open; k < s; k++)
        if (ascii_isdigit((unsigned char)doc[k]))
            return 0;
    return spread_opens(doc, open, s) ? open : 0;
}

/* Does the word at doc[i) open an aside: "the" and a superlative ("the
 * lowest", "the most"), a route ("through", "via"), an exclusion
 * ("outside", "except")? */
static int word_opens_aside(const char *doc, size_t i, size_t se)
{
    int c = doc[i] | 0x20;
    if (c == 't' && i + 5 < se && !strncasecmp(doc + i, "the ", 4)) {
        size_t b = i + 4;
        while (b < se && ascii_isalpha((unsigned char)doc[b]))
            b++;
        if (b > i + 4 && superlative(doc, i + 4, b))
            return 1;
    }
    if (opens_with(route_letters, c) && phrases_at(routes, doc, i, se, 0))
        return 1;
    /* (the far end of a link: "connect the campus to Singapore") */
    if (c == 'c' && i + 7 < se && !strncasecmp(doc + i, "connect", 7))
        return 1;
    return opens_with(excluding_letters, c) && phrases_at(excluding, doc, i, se, 0);
}

/* Does the byte doc[i), no ASCII letter, open an aside: a Chinese verb of
 * destination or exclusion, a firm's nationality after a blank, "-based",
 * a currency after a word, a clause of spread after a comma? */
static int mark_opens_aside(const char *doc, size_t ss, size_t se, size_t i)
{
    unsigned char c = (unsigned char)doc[i];
    if (c >= 0xE4)
        return i + 3 <= se && (opens(doc, i, se, zh_bound) || opens(doc, i, se, zh_excluding));
    if (ascii_isgap(c) && i + 4 < se && opens_with(firm_letters, doc[i + 1]) && firms_nationality(doc, se, i))
        return 1;
    if (c == '-' && opens(doc, i, se, seated))
        return 1;
    if (c == ' ' && i > ss && (ascii_isalpha((unsigned char)doc[i - 1]) || doc[i - 1] == '.') && currency_after(doc, i, se))
        return 1;
    return c == ',' && (spread_opens(doc, i + 1, se) || time_opens(doc, i + 1, se));
}

/* Might the sentence doc[ss, se) set a place aside (roles_aside)? One walk:
 * each word asked at its first letter, the rest of it passed; each other
 * byte asked what it may open. */
static int may_aside(const char *doc, size_t ss, size_t se)
{
    pthread_once(&letters_once, letters_init);
    for (size_t i = ss; i < se; i++) {
        if (!ascii_isalpha((unsigned char)doc[i])) {
            if (mark_opens_aside(doc, ss, se, i))
                return 1;
            continue;
        }
        if (word_opens_aside(doc, i, se) || donor_word_at(doc, i, se))
            return 1;
        while (i + 1 < se && ascii_isalpha((unsigned char)doc[i + 1]))
            i++;
    }
    return 0;
}

int roles_may_aside(const char *doc, size_t ss, size_t se)
{
    /* (asked for every claim of a sentence: the last answer is kept) */
    static _Thread_local SpanKey key;
    static _Thread_local int last;
    if (!spankey_same(&key, doc, ss, se))
        last = may_aside(doc, ss, se) || comparand_may(doc, ss, se) || leader_may(doc, ss, se);
    return last;
}

/* Does the place's name starting at p[s) follow an amount, as the name
 * of its money ("4.8 U.S. cents", "sixty million Australian dollars"):
 * is the word before it a number's? */
static int amount_before(const char *p, size_t ss, size_t s)
{
    static const char *const scales[] = {"hundred", "thousand", "million", "billion", "trillion", "mn", "bn", NULL};
    size_t i = s;
    while (i > ss && ascii_isgap(p[i - 1]))
        i--;
    if (i > ss && ascii_isdigit((unsigned char)p[i - 1]))
        return 1;
    size_t we, ws = word_before(p, ss, s, &we);
    return we > ws && one_of(p + ws, we - ws, scales);
}

/* Is a currency whose place's name starts at p[s) what another is
 * measured by or tied to, after a preposition ("pegged to the Indian
 * rupee", "against the U.S. dollar", "in US dollars"), not the currency
 * the sentence is about ("the Nigerian naira lost 45%")? */
static int currency_measured_by(const char *p, size_t ss, size_t s)
{
    static const char *const preps[] = {"to", "against", "into", "in", "from", "versus", "vs", "than", "with",
                                        "on", NULL};
    size_t we, ws = word_before(p, ss, s, &we);
    if (we - ws == 3 && !strncasecmp(p + ws, "the", 3))
        ws = word_before(p, ss, ws, &we);
    for (int k = 0; preps[k]; k++)
        if (strlen(preps[k]) == we - ws && !strncasecmp(p + ws, preps[k], we - ws))
            return 1;
    return 0;
}

int roles_aside(const char *doc, size_t ss, size_t se, size_t s, size_t e, size_t at)
{
    pthread_once(&letters_once, letters_init);
    if (zh_destination(doc, ss, s))
        return 1;
    for (int k = 0; zh_excluding[k]; k++) {
        size_t l = strlen(zh_excluding[k]);
        if (s >= ss + l && !memcmp(doc + s - l, zh_excluding[k], l))
            return 1;
    }
    /* "Lagos-based", "Hong Kong-listed"; "the Indian rupee" */
    if (opens(doc, e, se, seated) ||
        (currency_after(doc, e, se) && (currency_measured_by(doc, ss, s) || amount_before(doc, ss, s))))
        return 1;
    if (superlative_field(doc, ss, s))
        return 1;
    if (transit(doc, ss, s))
        return 1;
    if (time_clause(doc, ss, se, s, e, at))
        return 1;
    if (firms_nationality(doc, se, e))
        return 1;
    /* (the giver of the money: "The U.S. alone committed $16.6 million
     * for the Palau branch cable", donor.h) */
    if (donor_subject(doc, ss, se, s, e, at) || donor_after_sum(doc, ss, s, at))
        return 1;
    /* (the yardstick of a comparison after the figure: "nearly three
     * times the rate in Viet Nam", comparand.h) */
    if (comparand_place(doc, ss, s, at) || comparand_benchmark(doc, ss, se, s, e, at))
        return 1;
    /* (the head of a set: "nine markets, led by South Africa", leader.h) */
    if (leader_place(doc, ss, se, s, e, at))
        return 1;
    size_t spread = spread_clause(doc, ss, s);
    if (spread && at < spread)
        return 1;
    /* (the place's name may hold more words than its cue: "North America") */
    while (s >= ss + 2 && ascii_isgap(doc[s - 1]) && doc[s - 2] >= 'a' && doc[s - 2] <= 'z') {
        size_t w = s - 1;
        while (w > ss && ascii_isalpha((unsigned char)doc[w - 1]))
            w--;
        if (!ascii_isupper((unsigned char)doc[w]))
            break;
        s = w;
    }
    /* (a line may wrap after the word: "outside\nmainland China") */
    for (int k = 0; excluding[k].s; k++) {
        size_t l = excluding[k].n;
        if (s >= ss + l && phrases_at(excluding + k, doc, s - l, s, 0) == excluding + k)
            return 1;
    }
    return 0;
}

/* ---- the subject that has the figure ---- */

/* Is the unit a count of other countries (partners, economies)? */
static int partner_unit(const char *unit)
{
    static const char *const partners[] = {"countries", "country", "economies", "partners", "regions",
                                           "organizations", "organisations", "nations", "states", NULL};
    return one_of(unit, strlen(unit), partners);
}

/* A verb of trade or output at p[i] ("imported", "exports", "produces",
 * "shipped"): where what it moves starts, or 0. */
static size_t traded(const char *p, size_t i, size_t se)
{
    static const char *const verbs[] = {"imported", "exported", "imports", "exports", "produced", "produces",
                                        "shipped", "ships", "manufactured", NULL};
    size_t e = i;
    while (e < se && ascii_isalpha((unsigned char)p[e]))
        e++;
    return e > i && e < se && ascii_isgap(p[e]) && one_of(p + i, e - i, verbs) ? e : 0;
}

int roles_may_trade(const char *doc, size_t ss, size_t se)
{
    /* "import", "export", "produc", "ship", "manufactur": their letters
     * after a 'p', 'h' or 'n', the rarer ones, looked at first */
    for (size_t i = ss + 1; i + 3 <= se; i++) {
        char c = doc[i];
        if (c == 'p' && ((doc[i + 1] == 'o' && doc[i + 2] == 'r') || (doc[i + 1] == 'r' && doc[i + 2] == 'o')))
            return 1;   /* (im)port, (ex)port, produc(e) */
        if (c == 'h' && doc[i - 1] == 's' && doc[i + 1] == 'i' && doc[i + 2] == 'p')
            return 1;   /* ship */
        if (c == 'n' && doc[i - 1] == 'a' && doc[i + 1] == 'u' && doc[i + 2] == 'f')
            return 1;   /* manuf(acture) */
    }
    return 0;
}

/* After a place at p[i]: a verb of having, and where what it has starts.
 * "has", "had", "have" before a figure, a hedge or a verb of making ("had
 * built", "has installed"); "accounts for", "counts", "is home to". 0
 * when none. */
static size_t having(const char *p, size_t i, size_t se, int *trade)
{
    static const char *const aux[] = {"has", "had", "have", NULL};
    static const char *const adverbs[] = {"now", "also", "already", "so", "far", "since", "then", "alone", NULL};
    static const char *const made[] = {"built", "installed", "deployed", "added", "connected", "reached",
                                       "registered", "recorded", "a", "about", "some", "over", "more", "nearly",
                                       "almost", "around", "roughly", "approximately", "close", "just", "only",
                                       NULL};
    static const char *const own[] = {"accounts for", "accounted for", "account for", "counts", "counted",
                                      "is home to", "was home to", "boasts", NULL};
    while (i < se && ascii_isgap(p[i]))
        i++;
    *trade = 0;
    size_t t = traded(p, i, se);
    if (t) {
        *trade = 1;
        return t;
    }
    for (int k = 0; own[k]; k++) {
        size_t l = strlen(own[k]);
        if (i + l < se && !strncasecmp(p + i, own[k], l) && ascii_isgap(p[i + l]))
            return i + l;
    }
    size_t e = i;
    while (e < se && ascii_isalpha((unsigned char)p[e]))
        e++;
    /* ("Kenya now has", "China alone has") */
    if (e > i && one_of(p + i, e - i, adverbs)) {
        for (i = e; i < se && ascii_isgap(p[i]); i++)
            ;
        for (e = i; e < se && ascii_isalpha((unsigned char)p[e]); e++)
            ;
    }
    if (e == i || !one_of(p + i, e - i, aux))
        return 0;
    /* what follows the auxiliary, past adverbs: a figure or a verb of making */
    for (int k = 0; k < 3; k++) {
        i = e;
        while (i < se && ascii_isgap(p[i]))
            i++;
        if (i < se && (ascii_isdigit((unsigned char)p[i]) || p[i] == '$'))
            return i;
        e = i;
        while (e < se && ascii_isalpha((unsigned char)p[e]))
            e++;
        if (e == i)
            return 0;
        if (one_of(p + i, e - i, made))
            return e;
        if (!one_of(p + i, e - i, adverbs))
            return 0;
    }
    return 0;
}

/* After a place's possessive at p[i] ("China's" up to the "'s"): its
 * noun, lower-case words and acronyms with no mark between ("exports of
 * digitally deliverable services", "own digital economy", "ICT goods
 * exports"), then a verb of being or of change ("totalled", "fell to",
 * "was worth", "require"): where what follows the verb starts, or 0. The
 * place's own figure: "China's share fell to 33.1 per cent". */
static size_t possessed(const char *p, size_t i, size_t se)
{
    static const char *const verbs[] = {"was", "were", "is", "are", "totalled", "totaled", "totals", "reached",
                                        "reaches", "rose", "rises", "fell", "falls", "grew", "grows", "increased",
                                        "decreased", "declined", "dropped", "climbed", "jumped", "stood", "stands",
                                        "amounted", "doubled", "tripled", "surged", "expanded", "require",
                                        "requires", "required", "hit", "has", "have", "had", "held", "holds",
                                        "owned", "owns", "operated", "operates", "accounted", "represented",
                                        "remained", "exceeded", "topped", NULL};
    if (i + 2 <= se && p[i] == '\'' && p[i + 1] == 's')
        i += 2;
    else if (i + 4 <= se && !memcmp(p + i, "\xE2\x80\x99s", 4))
        i += 4;
    else
        return 0;
    for (int words = 0; words < 9; words++) {
        if (i >= se || !ascii_isgap(p[i]))
            return 0;
        while (i < se && ascii_isgap(p[i]))
            i++;
        size_t e = i;
        int lower = i < se && p[i] >= 'a' && p[i] <= 'z', caps = 1;
        while (e < se && (ascii_isalpha((unsigned char)p[e]) || ascii_isdigit((unsigned char)p[e]) || p[e] == '-'))
            caps &= !(p[e] >= 'a' && p[e] <= 'z'), e++;
        if (e == i || !(lower || (caps && e - i <= 5)))
            return 0;
        /* (the verb after the noun: not its first word) */
        if (words && one_of(p + i, e - i, verbs))
            return e;
        i = e;
    }
    return 0;
}

/* roles_subject_place, and whether its verb is one of trade (*trade). */
static int subject_place(const Metrics *m, const char *doc, size_t ss, size_t se, size_t at, const char *unit,
                         char *out, size_t cap, int *trade)
{
    *trade = 0;
    if (at <= ss || at > se || partner_unit(unit))
        return 0;
    const char *found = NULL;
    /* (the sentence opens after blanks, quotes, a list's dash, star or
     * bullet) */
    size_t s0 = ss;
    while (s0 < at && (ascii_isgap(doc[s0]) || doc[s0] == '"' || doc[s0] == '\'' || doc[s0] == '-' || doc[s0] == '(' ||
                       doc[s0] == '*'))
        s0++;
    if (s0 + 3 < at && !memcmp(doc + s0, "\xE2\x80\xA2", 3))
        for (s0 += 3; s0 < at && ascii_isgap(doc[s0]); s0++)
            ;
    size_t lim = at - s0 > 600 ? at - 600 : s0;
    for (size_t i = lim; i < at; i++) {
        /* a clause's start: the sentence's, or after ", " "; " ": " */
        int start = i == s0 || (i >= ss + 2 && ascii_isgap(doc[i - 1]) &&
                                (doc[i - 2] == ',' || doc[i - 2] == ';' || doc[i - 2] == ':'));
        if (!start || !ascii_isupper((unsigned char)doc[i]))
            continue;
        /* a clause opening with a capitalised word that is no place has
         * its own subject: the last place's ends there */
        size_t e = i;
        const char *id = NULL;
        size_t id_e = 0;
        for (int words = 0; words < 4 && e < at; words++) {
            while (e < at && (ascii_isalpha((unsigned char)doc[e]) || doc[e] == '-' || doc[e] == '.'))
                e++;
            const char *s = metrics_scope_named(m, doc + i, e - i);
            if (s) {
                id = s;
                id_e = e;
            }
            if (e >= at || !ascii_isgap(doc[e]) || e + 1 >= at || !ascii_isupper((unsigned char)doc[e + 1]))
                break;
            e++;
        }
        int tr = 0;
        size_t v = id ? having(doc, id_e, se, &tr) : 0;
        if (id && !v)
            v = possessed(doc, id_e, se);
        found = v && v <= at ? id : NULL;
        *trade = found && tr;
    }
    if (!found)
        return 0;
    strcut(out, cap, found);
    return 1;
}

int roles_subject_place(const Metrics *m, const char *doc, size_t ss, size_t se, size_t at, const char *unit,
                        char *out, size_t cap)
{
    int trade;
    return subject_place(m, doc, ss, se, at, unit, out, cap, &trade);
}

int roles_trader(const Metrics *m, const char *doc, size_t ss, size_t se, size_t at, const char *unit, char *out,
                 size_t cap)
{
    int trade;
    return subject_place(m, doc, ss, se, at, unit, out, cap, &trade) && trade;
}

/* ---- China as a clause's topic ---- */

/* Is 中国 the label of the table row the claim at doc[at] stands in (its
 * line, within the sentence doc[ss, at)): first in the row after a rule
 * (│ or |) or blanks, and only blanks and a rule or the figure after it? */
static int row_label_china(const char *doc, size_t ss, size_t at)
{
    size_t i = at;
    while (i > ss && doc[i - 1] != '\n')
        i--;
    while (i < at && (doc[i] == ' ' || doc[i] == '\t' || doc[i] == '|' || !memcmp(doc + i, "│", 3) ||
                      !memcmp(doc + i, "\xE3\x80\x80", 3)))
        i += (unsigned char)doc[i] >= 0x80 ? 3 : 1;
    if (i + 6 > at || memcmp(doc + i, "中国", 6))
        return 0;
    size_t k = i + 6, blanks = 0;
    while (k < at && (doc[k] == ' ' || doc[k] == '\t' || !memcmp(doc + k, "\xE3\x80\x80", 3)))
        k += doc[k] == ' ' || doc[k] == '\t' ? 1 : 3, blanks++;
    return k < at && (doc[k] == '|' || !memcmp(doc + k, "│", 3) ||
                      (blanks && doc[k] >= '0' && doc[k] <= '9'));
}

/* Past a time phrase opening a Chinese clause at p[i, e): "2023年",
 * "2023年末", "同期", "今年": where the clause's topic starts (i when
 * none). */
static size_t zh_time_lead(const char *p, size_t i, size_t e)
{
    static const char *const words[] = {"同期", "今年", "去年", "当年", "目前", NULL};
    static const char *const ends[] = {"末", "底", "上半年", "下半年", "全年", "前三季度", NULL};
    for (int k = 0; words[k]; k++) {
        size_t l = strlen(words[k]);
        if (i + l <= e && !memcmp(p + i, words[k], l))
            return i + l;
    }
    size_t d = i;
    while (d < e && p[d] >= '0' && p[d] <= '9')
        d++;
    if (d - i != 4 || d + 3 > e || memcmp(p + d, "年", 3))
        return i;
    d += 3;
    for (int k = 0; ends[k]; k++) {
        size_t l = strlen(ends[k]);
        if (d + l <= e && !memcmp(p + d, ends[k], l))
            return d + l;
    }
    return d;
}

/* The width of a cell rule at p[i, e): a tab, │ or |, two blanks or more,
 * an ideographic space; 0 when none. */
static size_t cell_rule(const char *p, size_t i, size_t e)
{
    if (p[i] == '\t' || p[i] == '|')
        return 1;
    if (i + 3 <= e && (!memcmp(p + i, "│", 3) || !memcmp(p + i, "\xE3\x80\x80", 3)))
        return 3;
    size_t k = i;
    while (k < e && p[k] == ' ')
        k++;
    return k - i >= 2 ? k - i : 0;
}

/* Is 中国 a whole cell of the table row the claim at doc[at] stands in,
 * before it ("文昌<TAB>中国<TAB>410": a country column)? Cells are parted
 * by rules (cell_rule); the line must hold one before the figure. */
static int row_cell_china(const char *doc, size_t ss, size_t at)
{
    size_t i = at;
    while (i > ss && doc[i - 1] != '\n')
        i--;
    size_t cell = i;
    int ruled = 0;
    while (i < at) {
        size_t r = cell_rule(doc, i, at);
        if (!r) {
            i++;
            continue;
        }
        if (ruled && i - cell == 6 && !memcmp(doc + cell, "中国", 6))
            return 1;
        ruled = 1;
        i += r;
        cell = i;
    }
    return 0;
}

/* Does doc[s, at), a clause's words before its figure, make the figure
 * a share of a whole ("...占全球在建项目的比重约为", "...市场的份额约为"): a
 * share is of its holder, 中国企业 as much as 中国? */
static int zh_share_of_whole(const char *doc, size_t s, size_t at)
{
    static const char *const share[] = {"比重", "份额", NULL};
    for (size_t i = s; i + 6 <= at; i++) {
        if (!memcmp(doc + i, "，", 3) || !memcmp(doc + i, "。", 3) || !memcmp(doc + i, "；", 3))
            return 0;
        if (opens(doc, i, at, share))
            return 1;
    }
    return 0;
}

int roles_zh_china_topic(const char *doc, size_t ss, size_t at)
{
    /* what follows 中国 when it is the topic ("中国位居第二", "中国方面，",
     * "中国数字经济占GDP比重为42.8%"), not a modifier of a name ("中国企业",
     * "中国信息通信研究院") nor one party of two ("中国与东盟") */
    /* (and China's own flows and stock: "中国对外直接投资流量", "中国在用
     * 数据中心机架", "中国可数字化交付服务出口额") */
    static const char *const topic[] = {"方面", "位居", "位列", "居", "排名", "已", "是", "为", "成为", "继续", "仍",
                                        "占", "拥有", "累计", "数字经济", "经济", "网民", "互联网", "算力", "市场",
                                        "整体", "全年", "目前", "5G", "GDP", "对外", "在用", "可数字化",
                                        "货物贸易", "服务贸易", NULL};
    static const char *const china = "中国";
    /* (or a table's row label: "│ 中国 │ 1630 │ 6.4 │") */
    if (row_label_china(doc, ss, at) || row_cell_china(doc, ss, at))
        return 1;
    for (size_t i = ss; i + 6 <= at; i++) {
        int start = i == ss || (i >= ss + 3 && (!memcmp(doc + i - 3, "，", 3) || !memcmp(doc + i - 3, "；", 3) ||
                                               !memcmp(doc + i - 3, "：", 3) ||
                                               !memcmp(doc + i - 3, "\xE3\x80\x80", 3)));
        if (!start)
            continue;
        size_t k = zh_time_lead(doc, i, at);
        if (k + 6 <= at && !memcmp(doc + k, china, 6) &&
            (opens(doc, k + 6, at, topic) || zh_share_of_whole(doc, k + 6, at)))
            return 1;
    }
    return 0;
}

/* ---- Chinese counts and parts ---- */

/* Does a Chinese sentence p[ss, se) spread what it counts over ten
 * countries or more, "在170多个国家和地区部署", "服务覆盖约70个国家": the
 * count after a verb of where (在, 覆盖, 遍及), past a hedge? Not the
 * partners one signs with ("同150个国家签署": 同, 与 stand there). */
int roles_zh_spread(const char *p, size_t ss, size_t se)
{
    static const char *const where[] = {"在", "覆盖", "遍及", "遍布", "进入", "到", "于", NULL};
    static const char *const hedges[] = {"约", "超过", "逾", "近", "将近", "接近", "超", "全球", NULL};
    for (size_t i = ss; i + 9 <= se; i++) {
        if (memcmp(p + i, "个国家", 9))
            continue;
        size_t e = i;
        if (e >= ss + 3 && (!memcmp(p + e - 3, "多", 3) || !memcmp(p + e - 3, "余", 3)))
            e -= 3;
        size_t b = e;
        while (b > ss && p[b - 1] >= '0' && p[b - 1] <= '9')
            b--;
        if (e - b < 2 || e - b > 3)
            continue;   /* (ten or more, and no year) */
        for (int k = 0; hedges[k];) {
            size_t l = strlen(hedges[k]);
            if (b >= ss + l && !memcmp(p + b - l, hedges[k], l)) {
                b -= l;
                k = 0;
                continue;
            }
            k++;
        }
        for (int k = 0; where[k]; k++) {
            size_t l = strlen(where[k]);
            if (b >= ss + l && !memcmp(p + b - l, where[k], l))
                return 1;
        }
    }
    return 0;
}

/* Does the Chinese sentence p[ss, at) before a claim give it as a part
 * of what it counted, after 其中 ("…控制我国境内约637万台主机，其中位于美国的
 * 控制服务器数量占比约三成")? The part's place is its own, not the
 * paragraph's topic. */
int roles_zh_part(const char *p, size_t ss, size_t at)
{
    for (size_t i = ss; i + 6 <= at; i++)
        if (!memcmp(p + i, "其中", 6))
            return 1;
    return 0;
}

/* Does the sentence doc[ss, se) name one place beside China and the
 * world, and only one (a list of provinces "合计约占全国" is no one
 * province's)? */
int roles_one_other_place(const Metrics *m, const char *doc, size_t ss, size_t se)
{
    MetricsPlace pl[32];
    size_t np = metrics_places(m, doc, ss, se, pl, 32);
    const char *one = NULL;
    for (size_t k = 0; k < np; k++) {
        if (!strcmp(pl[k].id, "china") || !strcmp(pl[k].id, "global"))
            continue;
        if (one && strcmp(one, pl[k].id))
            return 0;
        one = pl[k].id;
    }
    return one != NULL;
}

/* ---- places named together ---- */

/* Do the bytes doc[a, b) between two places join them in a list (", ",
 * " and ", ", and ", " or ")? */
static int list_join(const char *doc, size_t a, size_t b)
{
    static const char *const joins[] = {", ", " and ", ", and ", " & ", "、", "与", "和", "及", NULL};
    for (int k = 0; joins[k]; k++)
        if (b - a == strlen(joins[k]) && !memcmp(doc + a, joins[k], b - a))
            return 1;
    return 0;
}

static size_t joint_places(const Metrics *m, const char *doc, size_t ss, size_t se, size_t *from, size_t *to)
{
    /* (and Chinese: "东南亚与南亚合计占近五成") */
    static const char *const together[] = {"together", "combined", "jointly", "between them", "合计", "共计", "合共",
                                           NULL};
    /* (most sentences say none of these: the places are read only then) */
    int says = 0;
    for (int k = 0; together[k] && !says; k++)
        says = tf_find(doc + ss, se - ss, together[k], strlen(together[k])) != NULL;
    if (!says)
        return 0;
    MetricsPlace pl[32];
    size_t np = metrics_places(m, doc, ss, se, pl, 32);
    for (size_t k = 0; k + 1 < np;) {
        /* a run of places joined as a list */
        size_t j = k;
        while (j + 1 < np && pl[j + 1].s > pl[j].e && list_join(doc, pl[j].e, pl[j + 1].s))
            j++;
        if (j > k) {
            size_t e = pl[j].e;
            if (e < se && doc[e] == ',')
                e++;
            while (e < se && (doc[e] == ' ' || doc[e] == '\n'))
                e++;
            /* (a list set off by dashes or brackets: "Five countries -
             * Pakistan, ... and Angola - together received") */
            static const char *const closing[] = {"-", "\xe2\x80\x93", "\xe2\x80\x94", ")", NULL};
            for (int c = 0; closing[c]; c++)
                if (opens(doc, e, se, (const char *const[]){closing[c], NULL})) {
                    e += strlen(closing[c]);
                    while (e < se && (doc[e] == ' ' || doc[e] == '\n'))
                        e++;
                    break;
                }
            if (opens(doc, e, se, together)) {
                *from = pl[k].s;
                *to = pl[j].e;
                return j - k + 1;
            }
        }
        k = j + 1;
    }
    return 0;
}

size_t roles_joint_places(const Metrics *m, const char *doc, size_t ss, size_t se, size_t *from, size_t *to)
{
    /* (asked for every claim of a sentence: the last answer is kept) */
    static _Thread_local const Metrics *last_m;
    static _Thread_local const char *last_doc;
    static _Thread_local size_t last_ss, last_se, last_n, last_from, last_to;
    static _Thread_local unsigned long last_serial;
    if (m != last_m || doc != last_doc || ss != last_ss || se != last_se || last_serial != text_serial) {
        last_m = m, last_doc = doc, last_ss = ss, last_se = se, last_serial = text_serial;
        last_from = last_to = 0;
        last_n = joint_places(m, doc, ss, se, &last_from, &last_to);
    }
    if (last_n)
        *from = last_from, *to = last_to;
    return last_n;
}
