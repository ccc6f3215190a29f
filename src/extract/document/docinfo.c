/* docinfo.c — the place, year, date and publishing body of a document
 * (see docinfo.h). */
#define _GNU_SOURCE   /* memmem */
#include "docinfo.h"
#include "ascii.h"
#include "selfacr.h"
#include "srcline.h"
#include "signers.h"
#include "selfpub.h"
#include "reviewed.h"
#include "refwork.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bodyname.h"
#include "brandplace.h"
#include "coverage.h"
#include "dateline.h"
#include "dateprint.h"
#include "diag.h"
#include "homeplace.h"
#include "issued.h"
#include "issueline.h"
#include "lead.h"
#include "lexicon.h"
#include "edition.h"
#include "fiscal.h"
#include "lines.h"
#include "navline.h"
#include "metrics.h"
#include "names.h"
#include "textfind.h"
#include "titleabroad.h"
#include "zhtime.h"
#include "period.h"
#include "platform.h"
#include "postorg.h"
#include "quantity.h"
#include "roles.h"
#include "sentwords.h"
#include "tense.h"
#include "utf8.h"
#include "sources.h"
#include "strset.h"
#include "venue.h"
#include "writtenq.h"
#include "voice.h"
#include "zhhome.h"
#include "ownland.h"
#include "zhtime.h"

/* ---- the title's year ----
 * "Annual Report 2023"; "(October - December 2023)" names its month, so
 * it wins over "Financial Year 2023/2024"; "2013-2023" is a period up to
 * its last year, a fiscal year "2023/24" its end; of several years
 * standing alone, the last. */
static int title_year(const char *t, size_t n, int editions);

int docinfo_title_year(const char *t, size_t n)
{
    return title_year(t, n, 1);
}

int docinfo_caption_year(const char *t, size_t n)
{
    /* (asked for every cell of a table: the last caption's answer is
     * kept, known by its text) */
    static _Thread_local char last[256];
    static _Thread_local size_t last_n = SIZE_MAX;
    static _Thread_local int last_y;
    if (n >= sizeof last)
        return title_year(t, n, 0);
    if (n != last_n || memcmp(t, last, n)) {
        last_y = title_year(t, n, 0);
        memcpy(last, t, n);
        last_n = n;
    }
    return last_y;
}

static int title_year(const char *t, size_t n, int editions)
{
    int last = 0, month_year = 0;
    for (size_t i = 0; i + 4 <= n; i++) {
        /* "FY2023/24", "FY2023": a fiscal year, dated by its end */
        if ((t[i] | 0x20) == 'f' && (t[i + 1] | 0x20) == 'y' && (i == 0 || !ascii_isalpha(t[i - 1]))) {
            size_t fe;
            int z = fiscal_year(t, i, n, &fe);
            if (z && (fe == n || !ascii_isalpha(t[fe]))) {
                last = z;
                i = fe - 1;
                continue;
            }
        }
        if ((i > 0 && (ascii_isdigit(t[i - 1]) || ascii_isalpha(t[i - 1]))) || (i + 4 < n && (ascii_isdigit(t[i + 4]) ||
                                                                                    ascii_isalpha(t[i + 4]))))
            continue;
        int y = lines_year_at(t, i);
        if (!y)
            continue;
        /* "2013-22", "2013–22": a period up to its last year */
        size_t d = i + 4 < n && t[i + 4] == '-' ? i + 5
                   : i + 6 < n && !memcmp(t + i + 4, "\xE2\x80\x93", 3) ? i + 7 : 0;
        if (d && d + 2 <= n && ascii_isdigit(t[d]) && ascii_isdigit(t[d + 1]) && (d + 2 == n || !ascii_isdigit(t[d + 2])) &&
            y % 100 < (t[d] - '0') * 10 + (t[d + 1] - '0')) {
            last = y / 100 * 100 + (t[d] - '0') * 10 + (t[d + 1] - '0');
            continue;
        }
        /* "2023/24", "2023/2024": a fiscal year, dated by the year it ends
         * in (fiscal.h), as a period is by its last ("Annual Report
         * 2023/24" reports the year to mid-2024) */
        if (i + 5 < n && t[i + 4] == '/' && ascii_isdigit(t[i + 5])) {
            size_t fe;
            int z = fiscal_year(t, i, n, &fe);
            if (z) {
                last = z;
                i = fe - 1;
            }
            continue;
        }
        if (i >= 2 && t[i - 1] == '/' && ascii_isdigit(t[i - 2]))
            continue;
        /* "研究报告（2023年）": a Chinese report's edition in brackets,
         * the year it came out, not the year its figures are for */
        if (editions && i >= 3 && !memcmp(t + i - 3, "（", 3) &&
            ((i + 10 <= n && !memcmp(t + i + 4, "年）", 6)) || (i + 7 <= n && !memcmp(t + i + 4, "）", 3))))
            continue;
        /* "SWD(2024) 187", "COM(2021) 118": a document's code, glued to
         * its letters, not the year of its figures */
        if (i >= 2 && t[i - 1] == '(' && ascii_isupper(t[i - 2]) && i + 4 < n && t[i + 4] == ')')
            continue;
        /* "change from 2023", "since 2019": a base year, not the figures' */
        size_t b = i;
        while (b > 0 && t[b - 1] == ' ')
            b--;
        if ((b >= 5 && !strncasecmp(t + b - 5, " from", 5)) || (b >= 6 && !strncasecmp(t + b - 6, " since", 6)) ||
            (b >= 3 && !strncasecmp(t + b - 3, " vs", 3)))
            continue;
        /* a month just before: "December 2023", "Dec. 2023" */
        size_t e = i;
        while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '.' || t[e - 1] == ','))
            e--;
        size_t s = e;
        while (s > 0 && ascii_isalpha(t[s - 1]))
            s--;
        if (e > s && qty_is_month(t + s, e - s))
            month_year = y;
        last = y;
    }
    return month_year ? month_year : last;
}

/* The edition year a Chinese report's title gives in brackets
 * ("研究报告（2023年）", "白皮书（2024）"), or 0. */
static int edition_year(const char *t, size_t n)
{
    for (size_t i = 3; i + 7 <= n; i++) {
        int y = !memcmp(t + i - 3, "（", 3) ? lines_year_at(t, i) : 0;
        if (y && ((i + 10 <= n && !memcmp(t + i + 4, "年）", 6)) || !memcmp(t + i + 4, "）", 3)))
            return y;
    }
    return 0;
}

/* ---- the date ---- */

/* The nearest to *at of the time words read so far: keeps the first of
 * those at the least distance (reading order). */
typedef struct Nearest {
    size_t at;
    int best;
    size_t best_d;
} Nearest;

/* A time word at i giving year y: into t (when there is room) and near. */
static void time_word(DocTimes *t, Nearest *near, size_t i, int y)
{
    if (t) {
        if (t->n < DOCINFO_TIMES) {
            t->at[t->n] = i;
            t->year[t->n] = y;
        }
        t->n++;
    }
    size_t d = i > near->at ? i - near->at : near->at - i;
    if (d < near->best_d) {
        near->best = y;
        near->best_d = d;
    }
}

/* Chinese time words and the years they are from the date's: 今年 this
 * year, 去年 last year, 上半年 the first half of this year, 目前
 * currently, 本公告披露日 the day an announcement is made public. */
static const char *const zh_times[] = {"今年", "去年", "明年", "上半年", "下半年", "前三季度", "一季度",
                                       "二季度", "三季度", "年初以来", "目前", "截至目前", "本公告披露日",
                                       "当前", "當前", "现在", "現在", "本公告日期", NULL};
static const int zh_delta[] = {0, -1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

/* Is the 现在 at p[i] the end of a verb, 体现在 or 出现在 ("is shown in"),
 * not "now"? */
static int verb_xianzai(const char *p, size_t ss, size_t i)
{
    static const char *const before[] = {"体", "體", "表", "实", "實", "出", "展", "呈", "发", "發", "显", "顯", NULL};
    if (i < ss + 3 || (memcmp(p + i, "现在", 6) && memcmp(p + i, "現在", 6)))
        return 0;
    for (int k = 0; before[k]; k++)
        if (!memcmp(p + i - 3, before[k], 3))
            return 1;
    return 0;
}
static StrSet zh_times_set;
static pthread_once_t zh_times_once = PTHREAD_ONCE_INIT;

static void zh_times_init(void)
{
    strset_init(&zh_times_set, zh_times);
}

/* Does p[ss, se) write a year (four digits standing alone)? */
static int writes_year(const char *p, size_t ss, size_t se)
{
    for (size_t i = ss; i + 4 <= se; i++)
        if ((i == ss || !ascii_isdigit(p[i - 1])) && lines_year_at(p, i) &&
            (i + 4 == se || !ascii_isdigit(p[i + 4])))
            return 1;
    return 0;
}

/* Does the month at p[i] date a wire story's dateline, its place in
 * capitals before it at the sentence's start ("BEIJING/BANGKOK, Feb 18
 * (Reuters) - ...")? It is the day of the telling, no time word of the
 * story's figures ("... took custody of 53,000 workers last year"). */
static int dateline_month(const char *p, size_t ss, size_t i)
{
    if (i < ss + 5 || p[i - 1] != ' ' || p[i - 2] != ',')
        return 0;
    int caps = 0;
    for (size_t k = ss; k < i - 2; k++) {
        unsigned char ch = (unsigned char)p[k];
        if (ch >= 'A' && ch <= 'Z')
            caps++;
        else if (ch != ' ' && ch != '/' && ch != '-' && ch != '.' && ch != ',' && ch != '\'')
            return 0;
    }
    return caps >= 3;
}

/* The month a span of months ends with when one opens right before
 * p[e), at the end of its first month's name ("January and November",
 * "March to May", "June-August"): 1 to 12; else 0 (or when a year
 * follows it, "January and November 2023", read as that month's own). */
static int span_last_month(const char *p, size_t e, size_t se)
{
    static const char *const joins[] = {" and ", " to ", " through ", " until ", "-", " - ", NULL};
    for (int k = 0; joins[k]; k++) {
        size_t l = strlen(joins[k]);
        if (e + l >= se || strncmp(p + e, joins[k], l))
            continue;
        size_t s = e + l, w = s;
        while (w < se && ascii_isalpha(p[w]))
            w++;
        if (w - s < 3 || !ascii_isupper(p[s]) || !qty_is_month(p + s, w - s))
            return 0;
        size_t y = w;
        while (y < se && p[y] == ' ')
            y++;
        if (y + 4 <= se && lines_year_at(p, y))
            return 0;
        static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                            "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int m = 0; m < 12; m++)
            if (!strncasecmp(p + s, names[m], 3))
                return m + 1;
        return 0;
    }
    return 0;
}

/* The year an English "this year", "last year", "currently" at p[i] of
 * the sentence p[ss, se) counts from: a report titled by the year before
 * its date ("Annual Report 2025", "Shutdown Tracker 2025", out in March
 * 2026) speaks from the end of that year ("this year's list" is 2025's,
 * "last year" 2024), but for its plans ("This year we plan to add 1,500
 * sites": its date's); else, and in a news story, the date's year. (A
 * Chinese 今年 or 目前 keeps its date's: a post titled about 去年 speaks
 * from its date.) */
static int told_year(const DocInfo *di, const char *p, size_t ss, size_t se, size_t i)
{
    if (di->news || !di->year || di->year != di->date_y - 1 || tense_planned(p, ss, se, i))
        return di->date_y;
    /* (a plan with "plan to", which tense.h leaves to other verbs) */
    static const Phrase plans[] = {PHRASE("plan to"), PHRASE("plans to"), PHRASE("we intend"), {NULL, 0}};
    return phrases_in(plans, p, ss, se, 1) ? di->date_y : di->year;
}

/* The English time word at the word start p[i] of the sentence p[ss,
 * se), if any, to time_word. */
static void time_at(const DocInfo *di, const char *p, size_t ss, size_t se, size_t i, DocTimes *t, Nearest *near)
{
    /* ORDER rel (sentlists.c's SW_TIME_REL): delta (a year after the
     * date's; 100 + the month a part of the year ends in) */
    const Phrase *rel = sw_list(SW_TIME_REL);
    /* (200: a day, week or month of the telling, the date's year; 201: the
     * month before the date's, December of the year before in January) */
    static const int delta[] = {0, -1, 1, 0, 0, 100 + 3, 100 + 6, 100 + 9, 100 + 12, 100 + 6, 100 + 12,
                                0, 0, 0, 0, 0, 200, 200, 200, 200, 200, 201,
                                /* (300: the fiscal year running at the date,
                                 * 301: the last one ended) */
                                300, 300, 301, 300, 300, 301};
    static const Phrase weekdays[] = {PHRASE("Monday"), PHRASE("Tuesday"), PHRASE("Wednesday"),
                                      PHRASE("Thursday"), PHRASE("Friday"), PHRASE("Saturday"),
                                      PHRASE("Sunday"), {NULL, 0}};
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                        "oct", "nov", "dec"};
    /* (rel by first letter: "t" alone opens eight of them) */
    static _Thread_local PhraseIndex rel_ix;
    static _Thread_local uint32_t rel_first;
    if (!rel_first) {
        phrases_index(rel, &rel_ix);
        rel_first = phrases_letters(rel);
    }
    int y = 0;
    unsigned char lc = (unsigned char)(p[i] | 0x20);
    const Phrase *r =
        lc >= 'a' && lc <= 'z' && (rel_first >> (lc - 'a') & 1) ? phrases_at_index(&rel_ix, p, i, se, 1) : NULL;
    if (r) {
        int dl = delta[r - rel];
        /* a fiscal year by the year it ends in: most end between
         * March and September, so one running in the second half of
         * the calendar year ends in the next ("this fiscal year" in
         * November 2024 is FY2024/25, 2025), and the last one ended
         * in the date's year after June, else in the year before */
        y = dl == 300 ? di->date_y + (di->date_m >= 7)
            : dl == 301 ? di->date_y - (di->date_m < 7)
            : dl < 100 ? told_year(di, p, ss, se, i) + dl
            : dl == 200 ? di->date_y
            : dl == 201 ? di->date_y - (di->date_m == 1)
            /* a part of the year without one ("in the second
             * quarter"): the last one that ended by the date */
            : di->year ? di->year
            : di->date_m && dl - 100 > di->date_m ? di->date_y - 1 : di->date_y;
    }
    if (!y && ascii_isupper(p[i])) {
        size_t e = i;
        while (e < se && ascii_isalpha(p[e]))
            e++;
        /* a day or month of the year the document is about: its
         * title's year when it names one ("Annual Report 2023" speaks
         * of April 2023), else its date's */
        /* (a weekday in a sentence that writes a year of its own is
         * the day of the telling: "Huawei's 2023 revenue rose 9.6%,
         * the company said on Friday") */
        for (int k = 0; weekdays[k].s && !y; k++)
            if (weekdays[k].n == e - i && !memcmp(p + i, weekdays[k].s, e - i) && !writes_year(p, ss, se))
                y = di->year ? di->year : di->date_y;
        /* a month with no year after it: "in February", "since January" */
        if (!y && e - i >= 3 && qty_is_month(p + i, e - i) && !dateline_month(p, ss, i)) {
            size_t j = e;
            while (j < se && (p[j] == ' ' || p[j] == ',' || p[j] == '.' || ascii_isdigit(p[j])))
                j++;
            size_t dj = e;
            while (dj < j && !(ascii_isdigit(p[dj]) && dj + 3 < se && lines_year_at(p, dj)))
                dj++;
            int own_year = dj < j || (j + 4 <= se && lines_year_at(p, j));   /* "December 2023" */
            int mo = 0;
            for (int k = 0; k < 12 && !own_year; k++)
                if (!strncasecmp(p + i, names[k], 3))
                    mo = k + 1;
            /* a span of months is of the year its last one is in:
             * "between January and November" in a February story */
            int last = mo ? span_last_month(p, e, se) : 0;
            if (last > mo)
                mo = last;
            if (mo)
                y = di->year ? di->year : di->date_m && mo > di->date_m ? di->date_y - 1 : di->date_y;
        }
    }
    if (y)
        time_word(t, near, i, y);
}

/* Every time word of the sentence p[ss, se) in reading order, the
 * English ones, then the Chinese, to time_word. */
static void read_times(const DocInfo *di, const char *p, size_t ss, size_t se, DocTimes *t, Nearest *near)
{
    /* (the sentence read once: only its words that open a time word or
     * name a day or a month; else each word's start) */
    if (sw_reads(p, ss, se)) {
        size_t k = 0, i;
        while (sw_next(SW_BIT(SW_TIME_REL) | SW_BIT(SW_CALENDAR), ss, se, &k, &i))
            time_at(di, p, ss, se, i, t, near);
    } else {
        for (size_t i = ss; i < se; i++)
            if (i == ss || !ascii_isalpha(p[i - 1]))
                time_at(di, p, ss, se, i, t, near);
    }
    /* Chinese time words (zh_times): no two of them open alike, so the
     * one the set finds at a place is the only one there */
    pthread_once(&zh_times_once, zh_times_init);
    for (size_t i = ss; i + 6 <= se; i++) {
        /* (an ASCII run passed eight bytes at a time: all of an English
         * sentence) */
        if ((unsigned char)p[i] < 0x80)
            i = utf8_ascii_end(p, se, i);
        if (i + 6 > se)
            break;
        if ((unsigned char)p[i] < 0xE4)
            continue;
        int k = strset_at(&zh_times_set, p, i, se);
        /* "2023年上半年" has its own year; a comparison's base dates
         * nothing of the sentence (比去年增加410家, 是去年同期的1.7倍) */
        if (k >= 0 && !(i >= 3 && !memcmp(p + i - 3, "年", 3)) &&
            !(zh_delta[k] && zhtime_is_base(p, se, ss, i, i + strlen(zh_times[k]))) && !verb_xianzai(p, ss, i))
            time_word(t, near, i, di->date_y + zh_delta[k]);
    }
}

int docinfo_relative_year(const DocInfo *di, const char *p, size_t ss, size_t se, size_t at, const char **why)
{
    if (!di->date_y)
        return 0;
    /* every time word of the sentence; the one nearest the claim wins */
    Nearest near = {at, 0, (size_t)-1};
    read_times(di, p, ss, se, NULL, &near);
    if (near.best)
        *why = "the date";
    return near.best;
}

void docinfo_times(const DocInfo *di, const char *p, size_t ss, size_t se, DocTimes *t)
{
    t->di = di;
    t->p = p;
    t->ss = ss;
    t->se = se;
    t->n = 0;
    Nearest near = {0, 0, (size_t)-1};
    if (di->date_y)
        read_times(di, p, ss, se, t, &near);
}

/* Does a relative clause open between p[a] and a time word at p[w]
 * after it (", where", ", which", ", when")? Its time word dates its own
 * figure, not the one before it: "ZTE won a 90 billion naira deal ...,
 * where outages averaged 11 hours per incident last year". */
static int relative_between(const char *p, size_t a, size_t w)
{
    static const char *const rel[] = {", where ", ", which ", ", when ", NULL};
    for (size_t i = a; i + 2 < w; i++)
        if (p[i] == ',')
            for (int k = 0; rel[k]; k++)
                if (!strncmp(p + i, rel[k], strlen(rel[k])) && i + strlen(rel[k]) <= w)
                    return 1;
    return 0;
}

int docinfo_times_year(const DocTimes *t, size_t at, const char **why)
{
    if (t->n > DOCINFO_TIMES)
        return docinfo_relative_year(t->di, t->p, t->ss, t->se, at, why);
    Nearest near = {at, 0, (size_t)-1};
    for (size_t k = 0; k < t->n; k++)
        if (!(t->at[k] > at && relative_between(t->p, at, t->at[k])))
            time_word(NULL, &near, t->at[k], t->year[k]);
    if (near.best)
        *why = "the date";
    return near.best;
}

static void read_date(const char *d, DocInfo *di)
{
    int y = 0, mo = 0, da = 0;
    if (d && sscanf(d, "%4d-%2d-%2d", &y, &mo, &da) >= 1 && y >= 1900 && y <= 2100) {
        di->date_y = y;
        di->date_m = mo >= 1 && mo <= 12 ? mo : 0;
        di->date_d = da >= 1 && da <= 31 && di->date_m ? da : 0;
    }
}

/* ---- the publishing body ---- */

/* Does the name w[0, n) hold an organisation's word? */
static int org_word(const char *w, size_t n)
{
    static const char *const words[] = {
        "department", "office", "authority", "ministry", "team", "group", "institute", "institution",
        "university", "center", "centre", "bank", "association", "observatory", "co", "ltd", "plc", "inc",
        "company", "corporation", "corp", "monitor", "council", "agency", "commission", "bureau",
        "organization", "organisation", "foundation", "research", "network", "board", "secretariat",
        "administration", "service", "services", "unit", "division", "programme", "program", "tracker",
        "database", "project", "forum", "fund", "union", "federation", "telecom", "telecommunications",
        "communications", "holdings", "limited", "group's", "press", "directorate", "relations", "statistics",
        "jsc", "pjsc", "llc", "gmbh", "ag", "partnership", "alliance", "consortium", "coalition", "initiative",
        "society", "trust", "city", "municipality", "embassy", "consulate", "mission", "government", NULL,
    };
    for (size_t i = 0; i < n;) {
        while (i < n && !ascii_isalpha(w[i]))
            i++;
        size_t s = i;
        while (i < n && (ascii_isalpha(w[i]) || w[i] == '\''))
            i++;
        /* (the words are lower case: compared where the first letter is) */
        for (int k = 0; words[k] && i > s; k++)
            if ((w[s] | 0x20) == words[k][0] && strlen(words[k]) == i - s && !strncasecmp(w + s, words[k], i - s))
                return 1;
    }
    return 0;
}

/* Does the Chinese name w hold an organisation's word (部, 局, 中心, 研究院,
 * 办公厅, 公司, 新华社...)? */
static int org_word_zh(const char *w)
{
    static const char *const words[] = {"部", "局", "署", "厅", "委", "办", "中心", "院", "所", "公司", "集团", "协会",
                                        "联盟", "银行", "基金", "组织", "大学", "学会", "社", "网", "报", "台", "会",
                                        "处", "室", "站", NULL};
    for (int k = 0; words[k]; k++)
        if (strstr(w, words[k]))
            return 1;
    return 0;
}

/* Chinese authors who are people: each name of the list two to four Han
 * characters ("王晓晨; 李娜", "陈静 (Chen Jing)") and no organisation. */
static int people_zh(const char *a)
{
    if ((unsigned char)a[0] < 0xE4 || org_word_zh(a))
        return 0;
    size_t han = 0;
    for (const char *s = a;; s++) {
        if (*s == ';' || *s == '\0' || *s == ' ' || *s == '(' || *s == ',') {
            if (han && (han < 2 || han > 4))
                return 0;
            han = 0;
            if (*s == '(')
                while (*s && *s != ')')
                    s++;
            if (!*s)
                return 1;
            continue;
        }
        if ((unsigned char)*s >= 0xE4 && (unsigned char)*s <= 0xE9)
            han++;
    }
}

/* A body's press office signs its releases: "ITU Media Relations",
 * "Investor Relations" (a company's results decks and calls),
 * "Huawei Southern Africa Region Public Relations", "Press Office",
 * "Media Relations Office", "Communications Office", "University of
 * Example Newsroom": the length of the name before the office's words
 * (0 when the office is all the name), or -1 when a is none. */
static int press_office_at(const char *a)
{
    static const char *const tails[] = {
        "media relations", "public relations", "press office", "press team", "newsroom", "media centre",
        "media center", "media relations office", "public relations office", "media office", "news office",
        "communications office", "communications team", "communications department",
        "public affairs", "office of public affairs", "public affairs office", "press service", "news service",
        "media team", "press and media relations", "press and media relations office", "investor relations",
        "investor relations department", "investor relations team", NULL};
    size_t n = strlen(a);
    int best = -1;
    for (int k = 0; tails[k]; k++) {
        size_t l = strlen(tails[k]);
        if (n >= l && !strcasecmp(a + n - l, tails[k]) && (n == l || a[n - l - 1] == ' ')) {
            size_t b = n - l;
            while (b > 0 && (a[b - 1] == ' ' || a[b - 1] == ',' || a[b - 1] == '-'))
                b--;
            if (best < 0 || (int)b < best)
                best = (int)b;
        }
    }
    return best;
}

static int press_office(const char *a) { return press_office_at(a) >= 0; }

/* Does the single name a hold a word of capitals only, two or more
 * ("GSMA", "IPG")? (A list of names, ';'-separated, is people's.) */
static int acronym_word(const char *a)
{
    if (strchr(a, ';'))
        return 0;
    for (size_t i = 0; a[i];) {
        while (a[i] && !ascii_isalpha(a[i]))
            i++;
        size_t s = i, upper = 0;
        while (a[i] && ascii_isalpha(a[i]))
            upper += a[i] >= 'A' && a[i] <= 'Z', i++;
        if (i - s >= 2 && upper == i - s && (!a[i] || a[i] == ' '))
            return 1;
    }
    return 0;
}

/* Are the authors people ("Camillus Eboh; Duncan Miriri", "Lin Zhang and
 * Michael Okafor", "王晓晨; 李娜") or a crowd ("Wikipedia contributors")? Not when they
 * are a body's press office. */
static int people_authors(const char *a)
{
    if (strstr(a, "contributors") || strstr(a, "Contributors") || strstr(a, "editors"))
        return 1;
    /* an encyclopedia's entry editors, its users ("百度百科词条编辑", "网友",
     * "维基百科编者"; traditional "編者", "編輯" too) */
    if (strstr(a, "词条") || strstr(a, "编辑") || strstr(a, "网友") || strstr(a, "编者") || strstr(a, "編者") ||
        strstr(a, "編輯"))
        return 1;
    if (people_zh(a))
        return 1;
    if (!*a || org_word(a, strlen(a)) || org_word_zh(a) || press_office(a))
        return 0;
    /* a person's name has two words at least: "AidData" is a body; so is
     * one named with an acronym ("GSMA Intelligence", "IPG Consortium"),
     * which no person's name holds */
    const char *sp = strchr(a, ' ');
    return sp != NULL && !acronym_word(a);
}

/* Does a name hold one of the words (NULL-ended list), as a whole word
 * in any case? */
static int names_word(const char *name, const char *const *words)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < n;) {
        while (i < n && !ascii_isalpha(name[i]))
            i++;
        size_t s = i;
        while (i < n && ascii_isalpha(name[i]))
            i++;
        /* (the words are lower case: compared where the first letter is) */
        for (int k = 0; words[k] && i > s; k++)
            if ((name[s] | 0x20) == words[k][0] && strlen(words[k]) == i - s &&
                !strncasecmp(name + s, words[k], i - s))
                return 1;
    }
    return 0;
}

/* Research bodies and newspapers are named after their seat, not their
 * subject: their place is not the document's. */
static int seat_only(const char *pub)
{
    static const char *const words[] = {"institute", "institution", "university", "foundation", "endowment",
                                        "forum", "observatory", "school", "college", "journal", "times",
                                        "post", "news", "herald", "tribune", "gazette", "daily", "press",
                                        "review", "wikipedia", NULL};
    return names_word(pub, words);
}

/* Does the publisher print others' work: a journal, a publishing house,
 * a newspaper or an encyclopedia ("Global Media and China (SAGE)",
 * "Journal of Cyber Policy (Taylor & Francis)")? Its authors' "we" is
 * theirs, not its own. */
static int prints_others(const char *pub)
{
    static const char *const words[] = {"journal", "media", "press", "review", "quarterly", "magazine",
                                        "publishing", "publishers", "publications", "sage", "elsevier",
                                        "springer", "francis", "wiley", "times", "news", "wire", "post", "herald",
                                        "tribune", "gazette", "daily", "wikipedia", "encyclopedia", "digest", NULL};
    return names_word(pub, words);
}

/* Are the places the name t names all cities that open a company's name,
 * its seat ("深圳传音控股股份有限公司2023年年度报告摘要")? A company
 * publishing its report speaks of its business, not of its city. */
static int seats_only(const Metrics *m, const char *t, size_t from, size_t to)
{
    /* (a name holding no word a company's name ends in has no seat: its
     * places need not be read) */
    if (!roles_zh_seat_named(t, from, to))
        return 0;
    MetricsPlace pl[8];
    size_t k = metrics_places(m, t, from, to, pl, 8);
    for (size_t i = 0; i < k; i++)
        if (!metrics_scope_within(m, pl[i].id) || !roles_zh_seat(t, pl[i].e, to))
            return 0;
    return k > 0;
}

/* Are the places t[from, to) names all parts of bodies' names ("Lund
 * Centre for Asian Studies", "PACIFIC NEWS NETWORK": bodyname.h)? Such
 * a line names a body, not the place the document is about. */
static int bodies_only(const Metrics *m, const char *t, size_t from, size_t to)
{
    MetricsPlace pl[8];
    size_t k = metrics_places(m, t, from, to, pl, 8), found = k;
    for (size_t i = 0; i < k; i++)
        if (!bodyname_holds(t, from, to, pl[i].s, pl[i].e))
            return 0;
    /* (and as the line's own cues read it, a line in capitals title-cased:
     * "PACIFIC NEWS NETWORK") */
    static _Thread_local LineCues lc;
    if (metrics_line_cues(m, t, from, to, 1, &lc))
        for (size_t i = 0; i < lc.nc; i++)
            if (lc.cues[i].kind == MC_SCOPE && lc.cues[i].role == MC_CUE) {
                if (!bodyname_holds(lc.text, 0, lc.n, lc.cues[i].s, lc.cues[i].e))
                    return 0;
                found++;
            }
    return found > 0;
}

/* Is the document's publisher (or author) a body of China, named in
 * Chinese, and not an international one? */
static int home_body(const Source *src)
{
    const char *pub = src->publisher && *src->publisher ? src->publisher : src->authors ? src->authors : "";
    if ((unsigned char)pub[0] < 0xE4 || (unsigned char)pub[0] > 0xE9 || !org_word_zh(pub))
        return 0;
    /* (a body named in traditional characters, "立法會資訊科技及廣播事務
     * 委員會", is Hong Kong's, Macau's or Taiwan's: not the mainland's
     * 我国) */
    if (src->traditional)
        return 0;
    static const char *const intl[] = {"国际", "世界", "联合国", "全球", "亚洲", "非洲", "欧洲", NULL};
    for (int k = 0; intl[k]; k++)
        if (strstr(pub, intl[k]))
            return 0;
    return 1;
}

/* The own body: a known source named by the publisher or the authors, the
 * authors when an organisation ("Digital Silk Road Monitor research
 * team" is the Digital Silk Road Monitor), else the publisher. */
/* Is the signing body a unit of its publisher: a directorate, department,
 * division or office ("Department of Services and Energy Statistics"), a
 * section, unit, branch or desk ("Trade Statistics Section"), a research
 * programme ("Technology and Geopolitics Programme" of an institute), or
 * its investor, media or public relations? */
static int unit_of(const char *au)
{
    static const char *const heads[] = {"directorate ", "department ", "division ", "office of ", "bureau of ",
                                        "secretariat ", "unit ", NULL};
    static const char *const tails[] = {"investor relations", "media relations", "public relations", "press office",
                                        " section", " division", " unit", " branch", " desk", " programme",
                                        " program", NULL};
    for (int k = 0; heads[k]; k++)
        if (!strncasecmp(au, heads[k], strlen(heads[k])))
            return 1;
    if (press_office(au))
        return 1;
    size_t n = strlen(au);
    for (int k = 0; tails[k]; k++) {
        size_t l = strlen(tails[k]);
        if (n > l && !strcasecmp(au + n - l, tails[k]))
            return 1;
    }
    return 0;
}

/* Is the name pub one of the authors au ("A; B")? */
static int among_authors(const char *pub, const char *au)
{
    size_t pl = strlen(pub);
    for (const char *a = au; *a;) {
        while (*a == ' ' || *a == ';')
            a++;
        const char *e = strchr(a, ';');
        size_t l = e ? (size_t)(e - a) : strlen(a);
        while (l > 0 && a[l - 1] == ' ')
            l--;
        if (l == pl && !memcmp(a, pub, pl))
            return 1;
        a += e ? (size_t)(e - a) : strlen(a);
    }
    return 0;
}

/* Is pub an organ of a Chinese government (a people's government, a
 * ministry, a bureau, a commission, an office), which publishes its own
 * figures whoever signs them? Not a newspaper's or a journal's
 * editorial department (编辑部). */
static int government_zh(const char *pub)
{
    static const char *const tails[] = {"人民政府", "政府", "部", "局", "委员会", "厅", "署", "办公室", NULL};
    size_t n = strlen(pub);
    if (!n || (unsigned char)pub[0] < 0xE4 || (unsigned char)pub[0] > 0xE9 ||
        (n >= 9 && !strcmp(pub + n - 9, "编辑部")))
        return 0;
    for (int k = 0; tails[k]; k++) {
        size_t l = strlen(tails[k]);
        if (n > l && !strcmp(pub + n - l, tails[k]))
            return 1;
    }
    return 0;
}

/* Is pub a Chinese research house that publishes its analysts' work as
 * its own: a broker's research institute (兴瑞证券研究所), a research
 * institute or centre (…研究院, …研究中心)? Not a university's, whose
 * scholars write for themselves, nor a journal's editorial office. */
static int research_house_zh(const char *pub)
{
    static const char *const tails[] = {"研究所", "研究院", "研究中心", NULL};
    size_t n = strlen(pub);
    if (!n || (unsigned char)pub[0] < 0xE4 || (unsigned char)pub[0] > 0xE9 || strstr(pub, "大学") ||
        strstr(pub, "学院") || strstr(pub, "编辑部"))
        return 0;
    for (int k = 0; tails[k]; k++) {
        size_t l = strlen(tails[k]);
        if (n > l + 3 && !strcmp(pub + n - l, tails[k]))
            return 1;
    }
    return 0;
}

/* (signed_for: the authors sign for the publisher, whoever they are) */
static void own_body(const Metrics *m, const Source *src, int signed_for, char *out, size_t cap)
{
    const char *au = src->authors ? src->authors : "", *pub = src->publisher ? src->publisher : "";
    out[0] = '\0';
    if (*pub && signed_for && people_authors(au))
        au = "";
    /* a government's report given by its head ("政府工作报告" by the
     * governor) is the government's */
    if (people_zh(au) && (government_zh(pub) || research_house_zh(pub))) {
        if (!names_known_source(m, pub, 0, strlen(pub), out, cap))
            strcut(out, cap, pub);
        return;
    }
    /* (authors that are the publisher itself, "Fitch Ratings" by Fitch
     * Ratings, are no person, though named as one) */
    if (people_authors(au) && !(*pub && !strcasecmp(au, pub)))
        return;
    /* A joint publisher, "Forum on China-Africa Cooperation (FOCAC) /
     * Ministry of Foreign Affairs of ...", is the first body it names, the
     * one that issues the document; the others host or print it */
    char lead[256];
    const char *slash = strstr(pub, " / ");
    if (slash && (size_t)(slash - pub) < sizeof lead) {
        memcpy(lead, pub, (size_t)(slash - pub));
        lead[slash - pub] = '\0';
        pub = lead;
    }
    /* (a release a service carries, "Kingsway University via
     * EurekAlert!", is the body's that issued it; a mission's name is
     * its own, not the body it is accredited to's) */
    size_t own_len = selfpub_name_len(pub);
    if (own_len && own_len < strlen(pub) && own_len < sizeof lead) {
        memmove(lead, pub, own_len);
        lead[own_len] = '\0';
        pub = lead;
    }
    if (*pub && names_known_source(m, pub, 0, strlen(pub), out, cap))
        return;
    /* A publisher that signs among the authors publishes its own figures:
     * it is the body, though another author's name holds a body we know
     * ("浙江省统计局; 国家统计局浙江调查总队": the provincial bureau, not
     * the national one whose survey team co-signs) */
    if (*pub && among_authors(pub, au)) {
        strcut(out, cap, pub);
        return;
    }
    if (*au && names_known_source(m, au, 0, strlen(au), out, cap))
        return;
    /* a unit of the publisher signs for it ("Directorate of People's
     * Welfare Statistics" of BPS-Statistics Indonesia, "Kcell JSC Investor
     * Relations"): the publisher is the body its figures are credited to */
    const char *name =
        *au && !strchr(au, ';') && !(*pub && (unit_of(au) || signers_for_publisher(au, pub, prints_others(pub))))
            ? au
            : pub;
    if (!*name)
        return;
    char tmp[256];
    snprintf(tmp, sizeof tmp, "%s", name);
    /* a press office signing with no publisher beside it: the body it
     * speaks for ("Northgate University Media Relations Office"), and
     * none when it names none ("Media Relations Office") */
    int office = name == au ? press_office_at(tmp) : -1;
    if (office == 0)
        return;
    if (office > 0)
        tmp[office] = '\0';
    /* "... research team", "... secretariat staff": the body itself */
    static const char *const tails[] = {" research team", " team", " staff", " editorial board", NULL};
    int cut = 0;
    for (int k = 0; tails[k]; k++) {
        size_t l = strlen(tmp), t = strlen(tails[k]);
        if (l > t && !strcasecmp(tmp + l - t, tails[k]))
            tmp[l - t] = '\0', cut = 1;
    }
    /* (a team named for its work, "Data team", "Editorial Team", is the
     * publisher's: its word names no body) */
    if (cut && !strchr(tmp, ' ') && name != pub && *pub) {
        if (prints_others(pub))
            return;
        snprintf(tmp, sizeof tmp, "%s", pub);
    }
    /* "Wikipedia" and newspapers publish others' figures */
    if (!strcasecmp(tmp, "wikipedia") || !strcmp(tmp, "维基百科") || !strcmp(tmp, "維基百科"))
        return;
    strcut(out, cap, tmp);
}

/* ---- the first heading lines ----
 * Without a bibliography, a document's first lines stand for its title:
 * up to three non-blank lines before the first blank one. */
static size_t first_lines(const char *p, size_t n, size_t *from)
{
    size_t i = 0;
    while (i < n && (p[i] == '\n' || p[i] == '\r' || p[i] == ' ' || p[i] == '\t'))
        i++;
    *from = i;
    size_t e = i;
    for (int k = 0; k < 3 && e < n; k++) {
        size_t le = lines_end(p, n, e), ts = e, te = le;
        lines_trim(p, &ts, &te);
        /* a heading: short, no sentence end (a Chinese one too: 。；) */
        if (lines_blank(p, e, le) || te - ts > 120 || te == ts || p[te - 1] == '.' || p[te - 1] == ',' ||
            p[te - 1] == ';' || (te - ts >= 3 && (!memcmp(p + te - 3, "。", 3) || !memcmp(p + te - 3, "；", 3))))
            break;
        e = le < n ? le + 1 : n;
    }
    return e;
}

/* Does the lead of doc[0, n), its first paragraph of prose after the
 * heading lines ending at from (a line of LEAD_LINE bytes or more, to the
 * next blank line), place its figures in the world and nowhere else
 * ("threat actors publicly named 1,426 victims worldwide"), with nothing
 * before it naming a place? */
#define LEAD_LINE 150

/* Does p[s, e) hold a word of the world ("world", "global", "globe",
 * "humanity"), a quick look before its places are read? */
static int world_word(const char *p, size_t s, size_t e)
{
    static const char *const w[] = {"world", "glob", "humanity", NULL};
    for (size_t i = s; i + 4 <= e; i++) {
        char c = (char)(p[i] | 0x20);
        if (c != 'w' && c != 'g' && c != 'h')
            continue;
        for (int k = 0; w[k]; k++)
            if (i + strlen(w[k]) <= e && !strncasecmp(p + i, w[k], strlen(w[k])))
                return 1;
    }
    return 0;
}

static int lead_is_world(const Metrics *m, const char *doc, size_t n, size_t from)
{
    size_t i = from;
    while (i < n && i < from + 2000) {
        size_t le = lines_end(doc, n, i);
        if (le - i >= LEAD_LINE) {
            size_t pe = le;
            while (pe < n && !lines_blank(doc, pe + 1, lines_end(doc, n, pe + 1)))
                pe = lines_end(doc, n, pe + 1);
            size_t le2 = pe - i > 1200 ? i + 1200 : pe;
            if (!world_word(doc, i, le2))
                return 0;
            MetricsPlace pl[16];
            /* (a preamble naming a place, "incorporated in the People's
             * Republic of China", is about that place) */
            for (size_t k = 0; k < i;) {
                size_t ke = lines_end(doc, n, k);
                char got[64];
                if (names_line_scope(m, doc, k, ke, 1, got, sizeof got))
                    return 0;
                k = ke + 1;
            }
            size_t np = metrics_places(m, doc, i, le2, pl, 16);
            for (size_t k = 0; k < np; k++)
                if (strcmp(pl[k].id, "global"))
                    return 0;
            return np > 0 && np < 16;
        }
        i = le < n ? le + 1 : n;
    }
    return 0;
}

/* Where a title's main clause ends: before the first word that opens a
 * circumstance (" as ", " amid ", " under ", " despite ", " while ",
 * " after "), or 0 when none does. */
static size_t main_clause(const char *title)
{
    static const char *const opens[] = {" as ", " amid ", " under ", " despite ", " while ", " after ", NULL};
    for (size_t i = 1; title[i]; i++)
        for (int k = 0; opens[k] && title[i] == ' '; k++)   /* (each opens on a space) */
            if (!strncasecmp(title + i, opens[k], strlen(opens[k])))
                return i;
    return 0;
}

/* Does a Chinese title name a report, a white paper, a bulletin, a
 * yearbook or a thesis ("第53次中国互联网络发展状况统计报告", "…研究（硕士
 * 学位论文…）")? */
static int report_title(const char *title)
{
    static const char *const genres[] = {"报告", "白皮书", "蓝皮书", "公报", "年鉴", "论文", "研究", "综述", NULL};
    for (int k = 0; genres[k]; k++)
        if (strstr(title, genres[k]))
            return 1;
    return 0;
}

/* The year of the latest "截至YYYY年" (截止 too) doc[0, n) names, or 0. */
static int latest_as_of(const char *doc, size_t n)
{
    int y = 0;
    for (const char *q = doc; (q = tf_find(q, n - (size_t)(q - doc), "\xE6\x88\xAA", 3));) {
        q += 3;
        size_t left = n - (size_t)(q - doc);
        if (left < 10 || !(!memcmp(q, "至", 3) || !memcmp(q, "止", 3)))
            continue;
        const char *d = q + 3;
        int v = 0, k = 0;
        while (k < 4 && d[k] >= '0' && d[k] <= '9')
            v = v * 10 + (d[k] - '0'), k++;
        if (k == 4 && !memcmp(d + 4, "年", 3) && v >= 1990 && v <= 2100 && v > y)
            y = v;
    }
    return y;
}

/* Is the publisher a Chinese newspaper, news site or agency (人民日报,
 * 环球时报, 新华社, 新华网, 财新网)? What it prints is news, dateline or
 * not: its undated figures are its date's. */
static int news_outlet_zh(const char *pub)
{
    static const char *const ends[] = {"日报", "时报", "晚报", "晨报", "新华社", "新华网", "中新社", "中新网",
                                       "新闻网", "财新网", "通讯社", NULL};
    /* (a joint byline, "新华社 / 新华网": its first) */
    char lead[256];
    const char *slash = strstr(pub, " / ");
    size_t l = slash ? (size_t)(slash - pub) : strlen(pub);
    if (l >= sizeof lead)
        return 0;
    memcpy(lead, pub, l);
    lead[l] = '\0';
    for (int k = 0; ends[k]; k++) {
        size_t e = strlen(ends[k]);
        if (l >= e && !memcmp(lead + l - e, ends[k], e))
            return 1;
    }
    return 0;
}

/* The place of the body that publishes the document (DocInfo's home). */
static void home_place(const Metrics *m, const Source *src, DocInfo *di)
{
    const char *w = di->body[0] ? metrics_source_within(m, di->body) : NULL;
    if (w) {
        strcut(di->home, sizeof di->home, w);
        return;
    }
    const char *pub = src && src->publisher ? src->publisher : "";
    char known[128];
    if (*pub && names_known_source(m, pub, 0, strlen(pub), known, sizeof known) &&
        (w = metrics_source_within(m, known))) {
        strcut(di->home, sizeof di->home, w);
        return;
    }
    if (*pub && !seats_only(m, pub, 0, strlen(pub)) &&
        names_line_scope(m, pub, 0, strlen(pub), 1, di->home, sizeof di->home) == 1)
        return;
    di->home[0] = '\0';
    if (src && home_body(src))
        strcut(di->home, sizeof di->home, "china");
}

/* Does the publisher pub issue doc[0, n) in its own name (issued.h): a
 * body (a word of an organisation in its name, or a body we know) that
 * prints no others' work, no newspaper nor agency? */
static int issued_by(const Metrics *m, const char *pub, const char *doc, size_t n)
{
    char known[128];
    if (prints_others(pub) || news_outlet_zh(pub))
        return 0;
    /* (a Chinese body's page labelled as its own: "来源：…股份有限公司") */
    if (org_word_zh(pub) && issued_own_label_zh(doc, n, pub))
        return 1;
    if (!(org_word(pub, strlen(pub)) || names_known_source(m, pub, 0, strlen(pub), known, sizeof known)))
        return 0;
    return issued_own_statement(doc, n, pub);
}

/* The year a document's figures are of, when it says: its title's
 * ("... 2023"), its first lines', its edition's ("研究报告（2023年）"), a
 * Chinese title's 去年; else the end of the period a report covers, or
 * the year a Chinese report's data run to. And whether it is a news
 * story (a date and a dateline), whose undated figures are its date's. */
static void read_year(const Source *src, const char *doc, size_t n, Lead *lead, const char *title, size_t fs,
                      size_t fe, DocInfo *di)
{
    /* the year: the title's, else the first lines' */
    if (*title)
        di->year = docinfo_title_year(title, strlen(title));
    else
        di->year = docinfo_title_year(doc + fs, fe - fs);
    if (src) {
        read_date(src->date, di);
        di->refwork = refwork_entry(src->publisher, src->authors);
        di->news = di->date_y && (has_dateline(doc, n) || release_line(doc, n)) ? NEWS_STORY : NEWS_NONE;
        di->dated_top = dateprint_top(doc, n, di->date_y);
        if (di->date_y && !di->news && src->publisher && news_outlet_zh(src->publisher))
            di->news = NEWS_OUTLET_ZH;
    }
    /* (an English report named for the year it comes out in, early that
     * year, is of the year before: edition.h) */
    if (*title && !di->news && di->year)
        di->year = edition_data_year(title, di->year, di->date_y, di->date_m);
    /* A report's edition ("研究报告（2023年）") covers the last year that
     * had ended when it came out: the edition's own year when it came
     * out after that year (the 2023 edition, published in May 2024, is
     * of 2023), else the year before (the 2023 edition of April 2023 is
     * of 2022). Undated, the edition says nothing sure. */
    int ed = *title && !di->year ? edition_year(title, strlen(title)) : 0;
    if (ed && di->date_y)
        di->year = di->date_y > ed ? ed : ed - 1;
    /* (a Chinese title's 去年: the year before its date's) */
    if (*title && !di->year)
        di->year = zhtime_title_year(title, strlen(title), di->date_y);
    /* (a Chinese annual report naming no year, out in the first half of
     * a year, is of the year before: zhtime.h) */
    if (*title && !di->year && !di->news)
        di->year = zhtime_annual_year(title, strlen(title), di->date_y, di->date_m);
    /* the end of the period a report covers (a news story's figures are
     * its date's, but for a survey's it reports on: those are of its
     * fieldwork's year; a title's year comes first) */
    if (!di->year)
        di->period_y = di->news ? period_fieldwork_year(lead) : period_end_year(lead);
    /* the year a Chinese report's data run to (a report by its title:
     * not a news story, whose undated figures are its date's) */
    if (di->date_y && !di->news && !di->year && report_title(title)) {
        int y = latest_as_of(doc, n);
        di->data_y = y && y < di->date_y ? y : 0;
    }
}

/* The body a document speaks for: the publisher issuing its own
 * statement (issued.h) or signing by a unit of its own, else the issuer
 * a rule it prints names ("In this final rule, the Bureau of Industry
 * and Security (BIS) amends ..."). */
static void read_body(const Metrics *m, const Source *src, const char *doc, size_t n, const char *title, size_t fs,
                      size_t fe, DocInfo *di)
{
    /* the publisher's own statement, whoever signs it ("Town Clerk",
     * "Director General", its data protection officer by name), and
     * a document signed by a unit named after the publisher
     * ("Meridian Re Broking Specialty Analytics"), not a newsroom's
     * ("Asia Newswire staff" over a dateline): the publisher's */
    const char *pub = src->publisher ? src->publisher : "";
    /* (a platform's post is its author's: no body speaks in it) */
    if (platform_hosts(pub))
        return;
    di->issued = *pub && issued_by(m, pub, doc, n);
    int unit = *pub && src->authors && issued_unit_of(src->authors, pub) && !prints_others(pub) &&
               !has_dateline(doc, n);
    /* (a publisher that speaks for itself, a ministry, an embassy, a
     * company, a rating agency, issues what its people sign: selfpub.h) */
    own_body(m, src, di->issued || unit, di->body, sizeof di->body);
    if (!di->body[0] && selfpub_speaks(pub)) {
        own_body(m, src, 1, di->body, sizeof di->body);
        di->body_signed = di->body[0] != '\0';
    }
    /* a body's release a portal reposts, "来源：工业和信息化部网站": that
     * body's (srcline.h) */
    char line_body[sizeof di->body];
    if (srcline_body(m, doc, n, line_body, sizeof line_body))
        strcut(di->body, sizeof di->body, line_body);
    /* a rule a register prints for its issuer speaks in the
     * issuer's name ("In this final rule, the Bureau of Industry and
     * Security (BIS) amends ..."), where the publisher names another */
    char issuer[sizeof di->body];
    if (issued_rule_issuer(doc, n, issuer, sizeof issuer)) {
        size_t bl = strcspn(issuer, "(");
        while (bl && issuer[bl - 1] == ' ')
            bl--;
        if (!tf_find(pub, strlen(pub), issuer, bl))
            strcut(di->body, sizeof di->body, issuer);
    }
    /* (a statement of its present: its title says so, else, with no
     * title, its first heading lines) */
    if (di->issued)
        di->issued_now = *title ? issued_present(title, strlen(title)) : issued_present(doc + fs, fe - fs);
}

/* The place a title names ("Telecommunications in Ethiopia"): 1 with it
 * in di->scope; -1 when it names several; 0 for none, or for a title
 * naming only bodies or seats, a ranking of provinces, or the event a
 * speech was given at. */
static int title_place(const Metrics *m, const char *title, DocInfo *di)
{
    /* (an event's title ends with where it was held, "..., Abuja, 14-15
     * November 2023": that place is the venue's, not the document's) */
    char held[512];
    size_t tail = venue_title_tail(title);
    if (tail < strlen(title) && tail < sizeof held) {
        memcpy(held, title, tail);
        held[tail] = '\0';
        title = held;
    }
    int seat_title = *title && (seats_only(m, title, 0, strlen(title)) || bodies_only(m, title, 0, strlen(title)));
    int in_title = *title && !seat_title ? names_line_scope(m, title, 0, strlen(title), 0, di->scope, sizeof di->scope) : 0;
    /* a title naming no place by its cues may name one by its name alone
     * ("China's Digital Development and International Cooperation") */
    if (!in_title && *title && !seat_title)
        in_title = names_line_scope(m, title, 0, strlen(title), 1, di->scope, sizeof di->scope);
    /* a place in a title's circumstance ("... as U.S. pushback falters",
     * "... under U.S. curbs") is not what it is about: of several, the one
     * its main clause names */
    size_t main_e = *title ? main_clause(title) : 0;
    if (in_title && main_e) {
        char place[sizeof di->scope];
        int r = names_line_scope(m, title, 0, main_e, 0, place, sizeof place);
        if (!r)
            r = names_line_scope(m, title, 0, main_e, 1, place, sizeof place);
        if (r == 1)
            strcut(di->scope, sizeof di->scope, place);
        in_title = r ? r : in_title;
    }
    /* (a ranking of provinces names the one it names in passing: no
     * place of its own) */
    int ranking = in_title == 1 && *title && homeplace_counts_provinces(title, 0, strlen(title));
    if (ranking && (homeplace_is_province(m, di->scope) || homeplace_province(m, di->scope))) {
        di->scope[0] = '\0';
        in_title = -1;
    }
    /* (a speech's title names the event it was given at: the place in
     * the event's name is the event's, "the Africa Digital Economy and
     * Connectivity Summit", and the speaker's country, the publisher's,
     * is the speech's: venue.h) */
    if (in_title == 1 && venue_speech_title(title)) {
        MetricsPlace pl[16];
        size_t np = metrics_places(m, title, 0, strlen(title), pl, 16), inside = 0, of_it = 0;
        for (size_t k = 0; k < np; k++)
            if (!strcmp(pl[k].id, di->scope)) {
                of_it++;
                inside += venue_in_event(title, pl[k].s, pl[k].e) != 0;
            }
        if (of_it && inside == of_it) {
            in_title = 0;
            di->scope[0] = '\0';
        }
    }
    /* (China doing things abroad, "where China's clouds really stand
     * abroad", "How China wired the Global South": the world's, not
     * China's: titleabroad.h) */
    if (in_title == 1 && !strcmp(di->scope, "china") && titleabroad_world(title))
        strcut(di->scope, sizeof di->scope, "global");
    return in_title;
}

/* The one place the first heading lines doc[fs, fe) name, else
 * "global" for a lead that counts the world or the many countries it
 * covers; none when they name several. */
static void heading_place(const Metrics *m, const char *doc, size_t n, const char *title, size_t fs, size_t fe,
                          DocInfo *di)
{
    /* line by line: the lines of a heading block each name a place
     * (by its cues, else, standing for a missing title, by its name
     * alone, as a title may) */
    char one[64] = "";
    int several = 0;
    /* (a speech's line of place and date is where it was given, not what
     * it speaks of: venue.h) */
    int speech = *title && venue_event_title(title);
    for (int ids = 0; ids < (*title ? 1 : 2) && !one[0] && !several; ids++)
        for (size_t i = fs; i < fe && !several;) {
            size_t le = lines_end(doc, n, i);
            char got[64];
            size_t ps, pe;
            /* (a site's menu names its sections, not the story's place:
             * navline.h) */
            int r = seats_only(m, doc, i, le) || bodies_only(m, doc, i, le) || (speech && venue_dated_line(doc, i, le)) ||
                            navline_is_menu(doc, i, le)
                        ? 0
                    : issueline_place(doc, i, le, &ps, &pe) ? (speech ? 0 : names_line_scope(m, doc, ps, pe, 1, got, sizeof got))
                                                            : names_line_scope(m, doc, i, le, ids, got, sizeof got);
            if (r < 0 || (r == 1 && one[0] && strcmp(one, got)))
                several = 1;
            else if (r == 1)
                strcut(one, sizeof one, got);
            i = le < n ? le + 1 : n;
        }
    if (one[0] && !several) {
        strcut(di->scope, sizeof di->scope, one);
        di->scope_from = "the first heading";
    } else if (!several && (lead_is_world(m, doc, n, fe) || coverage_lead_world(m, doc, n, fe))) {
        /* (or it opens by counting the many countries it covers:
         * coverage.h) */
        strcut(di->scope, sizeof di->scope, "global");
        di->scope_from = "the lead";
    } else {
        di->scope[0] = '\0';
    }
}

/* The place when nothing before placed the document: a speech's
 * speaker's country, a Chinese body's home, a brand's country, a
 * traditional-character writer's region, a dateline's city. */
static void place_otherwise(const Metrics *m, const Source *src, const char *doc, size_t n, const char *title,
                            DocInfo *di)
{
    /* a speech placed by nothing else is its speaker's country, the one
     * place the speaker's title names ("Minister of Digital, Malaysia") */
    char speaker[sizeof di->scope];
    if (!di->scope[0] && src && src->authors && *title && venue_speech_title(title) &&
        names_line_scope(m, src->authors, 0, strlen(src->authors), 1, speaker, sizeof speaker) == 1) {
        strcut(di->scope, sizeof di->scope, speaker);
        di->scope_from = "the speaker";
    }
    /* (else the one place the speaker's office names under the heading:
     * "Minister of Posts and Telecommunications of the Kingdom of
     * Cambodia") */
    size_t os, oe;
    if (!di->scope[0] && *title && venue_speech_title(title) && venue_speaker_line(doc, n, &os, &oe) &&
        names_line_scope(m, doc, os, oe, 1, speaker, sizeof speaker) == 1) {
        strcut(di->scope, sizeof di->scope, speaker);
        di->scope_from = "the speaker";
    }
    /* A body of China publishing in Chinese (a ministry, a statistics
     * centre, a research academy) speaks of China unless its title names
     * a place: its home is the place "我国" (our country) names. Not an
     * international body's Chinese name (国际电信联盟), nor a people's
     * byline. */
    if (!di->scope[0] && src && di->body_read && home_body(src))
        if (names_line_scope(m, "我国", 0, strlen("我国"), 0, di->scope, sizeof di->scope) == 1)
            di->scope_from = "the publisher's country";
    /* (a region a company is named after is its brand: the one country
     * its text names is the document's, brandplace.h) */
    const char *brand = src && di->scope_from ? brandplace_country(m, src->publisher, di->scope, doc, n) : NULL;
    if (brand) {
        strcut(di->scope, sizeof di->scope, brand);
        di->scope_from = "the text";
    }
    /* (one writing in traditional characters is Hong Kong's, Macao's or
     * Taiwan's: the one its text keeps naming, zhhome.h; so is a story
     * its text writes in them, whoever prints it: "中央社") */
    const char *home = !di->scope[0] && src && ((src->traditional && di->body_read) || src->text_traditional)
                           ? zhhome_region(doc, n) : NULL;
    if (home) {
        strcut(di->scope, sizeof di->scope, home);
        di->scope_from = "the publisher's country";
    }
    /* a story placed by nothing else is where its dateline files it from
     * ("LIMA. Two months after ...", "NAIROBI - Kenya's ...") */
    size_t ds, de;
    char filed[sizeof di->scope];
    if (!di->scope[0] && dateline_place(doc, n, &ds, &de) &&
        names_line_scope(m, doc, ds, de, 1, filed, sizeof filed) == 1) {
        strcut(di->scope, sizeof di->scope, filed);
        di->scope_from = "the dateline";
    }
}

/* Who "we" are in the text ("We estimate ...", "our telemetry"): the
 * body, else the publisher when we do not know it; and a body reporting
 * its own data owns its uncredited figures. */
static void read_we(const Metrics *m, const Source *src, Lead *lead, DocInfo *di)
{
    /* "we" of a research body's paper, whose authors are its fellows
     * ("We estimate ..." in an IISS paper by two of its scholars) */
    const char *pub = src->publisher ? src->publisher : "";
    /* (a platform's post speaks for no one, but for its author's body
     * when the author's headline gives their office at it and the post
     * tells its affairs as "our ...": postorg.h) */
    if (platform_hosts(pub)) {
        if (postorg_speaks_for(lead->doc, lead->n, di->we, sizeof di->we))
            strcut(di->body, sizeof di->body, di->we);
        return;
    }
    if (di->body[0])
        strcut(di->we, sizeof di->we, di->body);
    else if (*pub && !names_known_source(m, pub, 0, strlen(pub), di->we, sizeof di->we) &&
             (!prints_others(pub) || voice_outlet_own(lead, pub)))
        /* (a body we do not know: a security vendor's blog by its
         * researcher, "our telemetry" — its own name; a newspaper's
         * data piece, "Our analysis ... found": the newspaper) */
        strcut(di->we, sizeof di->we, pub);
    /* a body reporting its own data (a vendor's quarterly report,
     * "according to our telemetry ... we tracked"; a newspaper's
     * data piece): its figures are its own where no one else is
     * credited */
    if (!di->body[0] && di->we[0] && (voice_reports_own(lead) || (prints_others(pub) && voice_outlet_own(lead, pub))))
        strcut(di->body, sizeof di->body, di->we);
}

void docinfo_read(const Metrics *m, const Source *src, const char *doc, size_t n, DocInfo *di)
{
    memset(di, 0, sizeof *di);
    /* the opening, cut once for the readers of the period and the voice */
    Lead lead;
    lead_init(&lead, doc, n);
    const char *title = src && src->title ? src->title : "";
    size_t fs, fe = first_lines(doc, n, &fs);
    read_year(src, doc, n, &lead, title, fs, fe, di);
    if (!m)
        return;
    if (src)
        read_body(m, src, doc, n, title, fs, fe, di);
    /* (the place, docinfo_read_place, asks whether the bibliography gave
     * the body: before its voice below may give it one) */
    di->body_read = di->body[0] != '\0' && !di->body_signed;
    home_place(m, src, di);
    const char *own = ownland_country(di->home, src ? src->url : NULL);
    strcut(di->own, sizeof di->own, own ? own : "");
    if (src && src->title)
        reviewed_work(src->title, strlen(src->title), di->reviewed, sizeof di->reviewed);
    if (src)
        read_we(m, src, &lead, di);
    /* "U.S. Government Accountability Office (GAO)": the acronym the
     * text calls its publisher by */
    char plain[sizeof di->body];
    strcut(plain, sizeof plain, di->body);
    selfacr_apply(doc, n, di->body, sizeof di->body);
    if (!strcmp(di->we, plain))
        strcut(di->we, sizeof di->we, di->body);
    else
        selfacr_apply(doc, n, di->we, sizeof di->we);
}

void docinfo_read_place(const Metrics *m, const Source *src, const char *doc, size_t n, DocInfo *di)
{
    di->scope[0] = '\0';
    di->scope_from = NULL;
    if (!m)
        return;
    const char *title = src && src->title ? src->title : "";
    size_t fs, fe = first_lines(doc, n, &fs);
    /* the place: the title's, the publisher's, the first lines'. A title
     * naming several places ("China's Digital Silk Road in Africa: ... for
     * U.S. Security") is about several: none of them, nor the publisher's,
     * is the document's. The publisher's place is the document's only when
     * it publishes its own figures (a regulator, a ministry, a company): a
     * newspaper's reporters ("Nikkei Asia") write of any place. */
    int in_title = title_place(m, title, di);
    if (in_title == 1) {
        di->scope_from = "the title";
    } else if (in_title < 0) {
        di->scope[0] = '\0';
    } else if (src && src->publisher && *src->publisher && !seat_only(src->publisher) &&
               !seats_only(m, src->publisher, 0, strlen(src->publisher)) &&
               (di->body_read || !*title) &&
               names_line_scope(m, src->publisher, 0, strlen(src->publisher), 1, di->scope, sizeof di->scope) == 1) {
        di->scope_from = "the publisher";
    } else {
        heading_place(m, doc, n, title, fs, fe, di);
    }
    place_otherwise(m, src, doc, n, title, di);
    /* a parliament's written answers are its government's, of its own
     * country, not of the place the questions were on ("Written questions
     * and answers: Telecommunications: China": writtenq.h) */
    if (di->home[0] && di->scope_from && !strcmp(di->scope_from, "the title") && strcmp(di->scope, di->home) &&
        writtenq_record(doc, n)) {
        strcut(di->scope, sizeof di->scope, di->home);
        di->scope_from = "the parliament's country";
    }
}
