/* classify.c — each field of a claim resolved in one place (see
 * classify.h).
 *
 * The order, field by field (the first that speaks wins):
 *   metric  the sentence's cues; the heading of a short row; the table's
 *           column header (read down all the header's lines: colhead.h),
 *           then its caption; a sentence of the paragraph
 *           naming the metric with no figure ("Estimates of DSR financing
 *           vary widely."); the item a sum's clause prices by reference
 *           ("The facility cost ...": itemref.h); a row of a table of projects keeps only an
 *           item's metric (itemrows.h). Once classified, a share or a sum
 *           with none may take the metric of the figure before it
 *           (metcarry.h, in extract.c), and a figure compared with the
 *           one before it takes that one's. Whatever gave it, the metric
 *           stays only where the figure is what it means (metfit.h).
 *   scope   the sentence (the world only as a place: a rank "in the world"
 *           places nothing, the world's total of a share yields to another
 *           place; places named together, "Nigeria, Egypt and South Africa
 *           together", hold none; roles.h); the country that has the figure as its
 *           clause's subject (a table's row naming several countries
 *           has none of its own: the table's place is the document's);
 *           the table row's label, its column's header (a
 *           place there before the rows' "sentence"), a place in the
 *           caption's brackets (the total of a table by place: the
 *           world's); the record's place field;
 *           the heading above; the paragraph's topic; many countries
 *           counted, or all but the home one (the world); the document (title,
 *           publisher, first heading).
 *   year    the sentence (not the year of a figure it is compared with,
 *           "up 1.9 points from the end of 2022", "an increase of 22%
 *           over 2022", nor the start of what
 *           it counts, "since its founding in 2008"; a year labelling
 *           its line, "2030: 692 million", is its figures'; a split year
 *           no cue dates, "its 2023/24 fiscal year"); the table (a year cell of the row, the column's
 *           header, the caption); a time word dated by the document's date
 *           ("this year", "last year", "in February", "currently"); the
 *           year field of the record holding it; the paragraph's topic;
 *           the document's opening record ("Date of issue: ..."); the document's
 *           title; the end of the period a report says it covers
 *           (period.h: a report's stated period, a survey's fieldwork);
 *           the date of a news story, or of a body's own statement of its
 *           present (issued.h), but for its plans and terms.
 *   source  the sentence (a body credited by an attribution cue, a body
 *           in brackets after the figure; in Chinese, credit_zh.h); the
 *           note the sentence points to; the notes under its table, the
 *           "Source:" note of its block; a release's notes on whose data
 *           the topic the sentence names is (datasrc.h); the record; the
 *           lead-in line above the list holding it ("the #KeepItOn data
 *           show:"); the
 *           speaker of a transcript's turn, for what they found in the
 *           first person (speakers.h); the paragraph's topic; an official
 *           at a Chinese press conference, for all they say; the release's
 *           body for the rest; the body that publishes the document. A
 *           teller the sentence credits but does not name, and a
 *           reporter's question, take none of the last five.
 * Each field taken from beyond the sentence is named in c->context ("scope
 * from the title; year from the date").
 */
#define _GNU_SOURCE   /* memmem */
#include "classify.h"
#include "cellnote.h"
#include "curscope.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "asciiword.h"
#include "asof.h"
#include "bodyact.h"
#include "compbase.h"
#include "aspect.h"
#include "bodyplace.h"
#include "capplace.h"
#include "colsource.h"
#include "sentwords.h"
#include "setter.h"
#include "context.h"
#include "countryref.h"
#include "colhead.h"
#include "coverage.h"
#include "mouworld.h"
#include "credit.h"
#include "decadeend.h"
#include "defterm.h"
#include "datasrc.h"
#include "diag.h"
#include "docref.h"
#include "docinfo.h"
#include "fiscal.h"
#include "homeplace.h"
#include "itemref.h"
#include "itemrows.h"
#include "lexicon.h"
#include "lines.h"
#include "localcur.h"
#include "metfit.h"
#include "metrics.h"
#include "moneytopic.h"
#include "names.h"
#include "pairname.h"
#include "ranked.h"
#include "selfsubj.h"
#include "ratesrc.h"
#include "shortref.h"
#include "panel.h"
#include "partner.h"
#include "zhyard.h"
#include "quantity.h"
#include "referents.h"
#include "regionref.h"
#include "filer.h"
#include "roles.h"
#include "worldshare.h"
#include "rownote.h"
#include "tables.h"
#include "tables_unit.h"
#include "textfind.h"
#include "textserial.h"
#include "tense.h"
#include "transabs.h"
#include "textwalk.h"
#include "topicnote.h"
#include "voice.h"
#include "spanends.h"
#include "subrows.h"
#include "regionname.h"
#include "timeclause.h"
#include "periodend.h"
#include "startaside.h"
#include "workyear.h"
#include "yearaside.h"
#include "yearback.h"
#include "yearlabel.h"
#include "zhplan.h"
#include "zhitemhead.h"
#include "zhbodyact.h"
#include "notedate.h"
#include "zhteller.h"
#include "zhprior.h"
#include "zhcompbr.h"
#include "zhinvest.h"
#include "zhpronoun.h"
#include "zhreport.h"
#include "zhtime.h"

/* Does the Chinese sentence p[ss, se) say abroad (海外, 境外)? */
static int zh_abroad(const char *p, size_t ss, size_t se)
{
    for (size_t i = ss; i + 6 <= se; i++)
        if ((unsigned char)p[i] >= 0xE5 && (!memcmp(p + i, "海外", 6) || !memcmp(p + i, "境外", 6)))
            return 1;
    return 0;
}

/* A sentence that goes on about the time its paragraph named: "that
 * year", "at the time"; or about the things it counted: "Of these, 12
 * ...". These inherit the paragraph's year even when they hold a year of
 * their own elsewhere; a sentence with no year at all inherits it too.
 * (The words: SW_SAME_TIME, and of those the ones that speak of a time
 * named before, SW_SAME_PERIOD, in sentlists.c.) */

/* Is the year at p[i] that of the prices a volume is valued at
 * ("按2020年不变价计算", "以2015年为基期"), not the time of the figure? */
static int priced_year(const char *p, size_t ss, size_t se, size_t i)
{
    static const char *const priced[] = {"年不变价", "年价格", "年可比价", "年为基期", "年为基数", NULL};
    if (i < ss + 3 || (memcmp(p + i - 3, "按", 3) && memcmp(p + i - 3, "以", 3)))
        return 0;
    for (int k = 0; priced[k]; k++) {
        size_t l = strlen(priced[k]);
        if (i + 4 + l <= se && !memcmp(p + i + 4, priced[k], l))
            return 1;
    }
    return 0;
}

/* Is the year at p[i] the base of a Chinese comparison ("较2022年12月提升",
 * "比上年", "与2022年相比", "是2018年的2.2倍") or of the prices a volume is
 * valued at ("按2020年不变价计算"), not the time of the sentence? */
static int base_year(const char *p, size_t ss, size_t se, size_t i)
{
    static const char *const words[] = {"较", "比", "与", "同", "相比", "相较", NULL};
    for (int k = 0; words[k]; k++) {
        size_t l = strlen(words[k]);
        if (i >= ss + l && !memcmp(p + i - l, words[k], l))
            return 1;
    }
    if (priced_year(p, ss, se, i))
        return 1;
    /* "是2018年的2.2倍": the base of a multiple */
    return i >= ss + 3 && i + 10 <= se && (!memcmp(p + i - 3, "是", 3) || !memcmp(p + i - 3, "为", 3)) &&
           !memcmp(p + i + 4, "年的", 6);
}

/* Does the sentence p[ss, se) set terms: "shall", "must", or a law's
 * "may" in lower case ("may impose a fine of up to KES 5 million"; "May
 * 2024" is a month)? */
static int sets_terms(const char *p, size_t ss, size_t se)
{
    for (size_t i = ss; i + 3 <= se; i++)
        if (p[i] == 'm' && !memcmp(p + i + 1, "ay", 2) && (i == ss || p[i - 1] == ' ') &&
            (i + 3 == se || !((p[i + 3] | 0x20) >= 'a' && (p[i + 3] | 0x20) <= 'z')))
            return 1;
    return sw_phrases_in(SW_TERMS, p, ss, se) != NULL;
}

/* Where the sentence p[ss, se) writes a year (four digits standing
 * alone), remembered for the claims of the same sentence: *n of them. */
static const size_t *year_spots(const char *p, size_t ss, size_t se, size_t *n)
{
    static _Thread_local struct {
        SpanKey key; /* textserial.h */
        size_t n;
        size_t at[64];
    } memo;
    if (!spankey_same(&memo.key, p, ss, se)) {
        memo.n = 0;
        /* (a year opens with 1 or 2: the bytes between are passed eight
         * at a time) */
        const unsigned char *u = (const unsigned char *)p;
        for (size_t i = ss; se >= 4 && (i = tw_find2(u, i, se - 3, '1', '2')) + 4 <= se && memo.n < 64; i++)
            if ((i == ss || !(p[i - 1] >= '0' && p[i - 1] <= '9')) && lines_year_at(p, i) &&
                (i + 4 == se || !(p[i + 4] >= '0' && p[i + 4] <= '9')))
                memo.at[memo.n++] = i;
    }
    *n = memo.n;
    return memo.at;
}

/* Does the claim ending at p[e) end with a multiple's or a part's word
 * ("2.7 times", "twice", "double", "a third") and "the" follow it (or "of
 * the")? */
static int multiple_of_the(const char *p, size_t ss, size_t e)
{
    static const char *const ends[] = {"times", "twice", "double", "triple", "third", "thirds", "half",
                                       "quarter", "fold", NULL};
    size_t ws, wl = aw_word_before(p, ss, e, &ws);
    int multiple = 0;
    for (int k = 0; wl && ends[k] && !multiple; k++)
        multiple = aw_is(p, ws, wl, ends[k]);
    if (!multiple)
        return 0;
    /* (not a verb's: "could double the value of the economy by 2030",
     * "plan to double the number of places in 2025") */
    static const char *const verbs[] = {"to", "will", "would", "could", "can", "may", "might", "should", "must",
                                        "shall", NULL};
    size_t vs, vl = aw_word_before(p, ss, ws, &vs);
    for (int k = 0; vl && verbs[k]; k++)
        if (aw_is(p, vs, vl, verbs[k]))
            return 0;
    size_t i = e;
    while (p[i] == ' ')
        i++;
    if (!strncmp(p + i, "of ", 3))
        i += 3;
    return !strncmp(p + i, "the ", 4) || !strncmp(p + i, "its ", 4);
}

/* Is the year at p[y] the time of an earlier figure the claim ending at
 * claim_e is compared with, after it in the sentence p[ss, se): "from
 * 7.9 points in 2020", "compared with 4.9 percent in 2022", "narrower
 * than the 11.0 points recorded in 2021", "below the pre-pandemic level
 * of 169,500 recorded in 2019"? A comparison word, then a figure (not a
 * year: "from 2013 to 2022" is a period), then the year, all after the
 * claim and within a few words. With no figure, the year of a level the
 * claim is set against: "11.1 points above its 2021 level", "31% below
 * our 2022 baseline", "6% below the pre-pandemic peak of Q3 2019". (Not
 * a hedge's "than": "more than 3,000 users in 2023".) */
static int compared_year(const char *p, size_t ss, size_t se, size_t claim_e, size_t y)
{
    /* (and a multiple or a part of it: "about 2.7 times the level
     * recorded in 2019", "nearly double the value in 2023", "about a third
     * of the 11.0 million recorded in 2019") */
    static const Phrase words[] = {PHRASE("from "),  PHRASE("against "), PHRASE("compared with "),
                                   PHRASE("compared to "), PHRASE("versus "), PHRASE("than "),
                                   PHRASE("below "), PHRASE("above "), PHRASE("times "), PHRASE("twice "),
                                   PHRASE("double "), PHRASE("triple "), PHRASE("a third of "),
                                   PHRASE("half of "), PHRASE("a quarter of "), {NULL, 0}};
    static const char *const hedges[] = {"more", "less", "fewer", "rather", "other", "later", "greater", NULL};
    static const Phrase levels[] = {PHRASE("level"), PHRASE("baseline"), PHRASE("peak"), PHRASE("average"),
                                    PHRASE("value"), PHRASE("figure"), PHRASE("total"), PHRASE("losses"),
                                    {NULL, 0}};
    size_t lim = y > ss + 80 ? y - 80 : ss;
    if (lim < claim_e)
        lim = claim_e;
    /* (the claim a multiple or a part itself, "2.7 times", "twice", "a
     * third": the level after it, "the level recorded in 2019", "the 11.0
     * million recorded in 2019", is its base) */
    if (y > claim_e && y - claim_e < 80 && multiple_of_the(p, ss, claim_e)) {
        size_t le = y + 20 < se ? y + 20 : se;
        for (size_t d = claim_e; d < le && p[d] != ',' && p[d] != ';' && p[d] != '.'; d++)
            if ((d < y && p[d] >= '0' && p[d] <= '9') || (p[d - 1] == ' ' && phrases_at(levels, p, d, le, 0)))
                return 1;
    }
    uint32_t openers = phrases_letters(words);
    for (size_t i = y; i > lim; i--) {
        /* (a clause ends at a comma, not at a number's: "from 1,950") */
        if ((p[i - 1] == ',' && !(i >= 2 && p[i - 2] >= '0' && p[i - 2] <= '9' && p[i] >= '0' && p[i] <= '9')) ||
            p[i - 1] == ';')
            return 0;
        /* (at most one of the words stands at a place; asked only where
         * one of them could open) */
        int first = p[i - 1] | 0x20;
        if (first < 'a' || first > 'z' || !(openers >> (first - 'a') & 1))
            continue;
        const Phrase *w = phrases_at(words, p, i - 1, y, 0);
        if (!w || !(i - 1 == ss || p[i - 2] == ' '))
            continue;
        int hedged = 0;
        /* (of the words, "than", "below" and "above" may set a threshold) */
        int bound = !strncmp(w->s, "than ", 5) || !strncmp(w->s, "below ", 6) || !strncmp(w->s, "above ", 6);
        if (!strncmp(w->s, "than ", 5)) {
            /* (the word before "than": a hedge's, "more than") */
            size_t we = i - 2, ws = we;
            while (ws > ss && ((p[ws - 1] | 0x20) >= 'a' && (p[ws - 1] | 0x20) <= 'z'))
                ws--;
            for (int k = 0; hedges[k]; k++)
                hedged |= we - ws == strlen(hedges[k]) && !strncasecmp(p + ws, hedges[k], we - ws);
        }
        if (hedged)
            continue;
        /* (a threshold's "below" or "above" dates nothing: "fell below
         * the 99.5% service level during 2023"; the figure it is set
         * against is of a year written "in" or "of" it) */
        /* (nor does "than", "below" or "above" before anything but a
         * noun phrase: "higher in urban areas (80.5 percent) than in
         * rural areas (64.9 percent) in 2023" compares places) */
        size_t np = i - 1 + w->n;
        int threshold = bound &&
                        (!(y >= ss + 3 && (!strncmp(p + y - 3, "in ", 3) || !strncmp(p + y - 3, "of ", 3) ||
                                           (p[y - 3] == 'Q' && p[y - 1] == ' '))) ||
                         !(!strncmp(p + np, "the ", 4) || !strncmp(p + np, "its ", 4) || !strncmp(p + np, "their ", 6)));
        /* a figure between the word and the year; not a year
         * ("from 2013 to 2022" is a period) */
        for (size_t d = i - 1 + w->n; d < y; d++)
            if (p[d] >= '0' && p[d] <= '9')
                return !threshold && !(lines_year_at(p, d) && (d + 4 >= y || !(p[d + 4] >= '0' && p[d + 4] <= '9')));
        /* none: a level named between the word and a few bytes after the
         * year, in its clause */
        size_t le = y + 20 < se ? y + 20 : se;
        for (size_t d = i - 1 + w->n; d < le && p[d] != ',' && p[d] != ';' && p[d] != '.'; d++)
            if (p[d - 1] == ' ' && phrases_at(levels, p, d, le, 0))
                return 1;
        return 0;
    }
    return 0;
}

/* Is the year at p[y] the base a change ending at claim_e is measured
 * against, right after it: "an increase of 22% over 2022", "up 53% from
 * 2022", "5% higher than in 2021"? Not a period ("from 2019 to 2021"). */
static int change_base_year(const char *p, size_t se, size_t claim_e, size_t y)
{
    static const char *const words[] = {"over", "from", "on", "than", "than in", "versus", "vs.", "compared with",
                                        "compared to", NULL};
    size_t a = claim_e, b = y;
    while (a < b && (p[a] == ' ' || p[a] == ','))
        a++;
    while (b > a && p[b - 1] == ' ')
        b--;
    int base = 0;
    for (int k = 0; words[k] && !base; k++)
        base = b - a == strlen(words[k]) && !strncasecmp(p + a, words[k], b - a);
    if (!base)
        return 0;
    /* ("from 2019 to 2021", "from 2019-2021": a period) */
    size_t e = y + 4;
    while (e < se && p[e] == ' ')
        e++;
    return !(e < se && (p[e] == '-' || (e + 3 <= se && !strncmp(p + e, "to ", 3)) ||
                        ((unsigned char)p[e] == 0xE2 && e + 2 < se && (unsigned char)p[e + 1] == 0x80)));
}

/* Is the year at p[y] the start of what is counted: "since" before it in
 * its clause ("since its founding in 2008", "since 2016", "Since the
 * programme was folded into the national plan in 2015, ...")? */
static int start_year(const char *p, size_t ss, size_t se, size_t y)
{
    /* 2013年以来, 自2013年, 从2013年, 2013年起 */
    if ((y >= ss + 3 && (!memcmp(p + y - 3, "自", 3) || !memcmp(p + y - 3, "从", 3))) ||
        (y + 13 <= se && !memcmp(p + y + 4, "年以来", 9)) || (y + 10 <= se && !memcmp(p + y + 4, "年起", 6)))
        return 1;
    size_t lim = y > ss + 160 ? y - 160 : ss;
    for (size_t i = y; i > lim; i--) {
        if (p[i - 1] == ',' || p[i - 1] == ';' || p[i - 1] == '.')
            return 0;
        if ((p[i - 1] | 0x20) == 's' && !strncasecmp(p + i - 1, "since ", 6) &&
            (i - 1 == ss || p[i - 2] == ' ' || p[i - 2] == '\n'))
            return 1;
    }
    return 0;
}

/* Do p[a] and p[b] stand in different clauses (a , ; : or ，；： between)? */
static int apart(const char *p, size_t a, size_t b)
{
    if (a > b) {
        size_t t = a;
        a = b;
        b = t;
    }
    for (size_t i = a; i < b; i++)
        if (p[i] == ',' || p[i] == ';' || p[i] == ':' ||
            (i + 3 <= b && (!memcmp(p + i, "，", 3) || !memcmp(p + i, "；", 3) || !memcmp(p + i, "：", 3))))
            return 1;
    return 0;
}

/* Is the year at p[i] of the sentence p[ss, se) not the time of the
 * claim at p[claim_s, claim_e): a compared figure's, a start's, or the
 * deadline of a plan in another clause while the claim states no plan? */
/* tense_planned of the clause holding the year at p[i], remembered: the
 * claims of a sentence ask it of the same years (a few per thread). */
static int planned_at(const char *p, size_t ss, size_t se, size_t i)
{
    /* (the claim's own clause is asked for again and again: kept apart
     * from the years', so that it does not push them out) */
    static _Thread_local const char *cp;
    static _Thread_local size_t css, cse, ci;
    static _Thread_local unsigned long cserial;
    static _Thread_local int cv;
    if (cp == p && ci == i && css == ss && cse == se && cserial == text_serial)
        return cv;
    static _Thread_local struct {
        const char *p;
        unsigned long serial; /* textserial.h */
        size_t ss, se, i;
        int v;
    } memo[8];
    static _Thread_local unsigned next;
    for (int k = 0; k < 8; k++)
        if (memo[k].p == p && memo[k].i == i && memo[k].ss == ss && memo[k].se == se && memo[k].serial == text_serial)
            return memo[k].v;
    int v = tense_planned(p, ss, se, i);
    if (!lines_year_at(p, i)) {
        cp = p, css = ss, cse = se, ci = i, cv = v, cserial = text_serial;
        return v;
    }
    unsigned k = next++ % 8;
    memo[k].p = p, memo[k].ss = ss, memo[k].se = se, memo[k].i = i, memo[k].v = v, memo[k].serial = text_serial;
    return v;
}

/* Is the year at p[y] a financial report's comparative bracket, "(2022:
 * RMB7,487.1 million)"? Its closing bracket's offset, else 0. */
static size_t comparative_bracket(const char *p, size_t ss, size_t se, size_t y)
{
    if (y <= ss || y + 6 > se || p[y + 4] != ':' || p[y + 5] != ' ')
        return 0;
    /* (of a period of the year: "(Q3 2023: 4.2 million)", "(H1 2023: ...)") */
    size_t o = p[y - 1] == '(' ? y : compare_period_start(p, ss, y);
    if (o <= ss || p[o - 1] != '(')
        return 0;
    for (size_t k = y + 6; k < se && k < y + 80; k++)
        if (p[k] == ')')
            return k;
        else if (p[k] == '(')
            return 0;
    return 0;
}

/* The comparative bracket holding the claim p[claim_s, claim_e): its
 * year's offset, else 0. */
static size_t in_comparative(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e)
{
    for (size_t k = claim_s; k > ss && claim_s - k < 80; k--)
        if (p[k - 1] == '(') {
            size_t y = compare_period_end(p, k, se);
            size_t e = comparative_bracket(p, ss, se, y);
            return e && e >= claim_e ? y : 0;
        } else if (p[k - 1] == ')') {
            return 0;
        }
    return 0;
}

static int not_own_year(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e, size_t i)
{
    static const char *const already[] = {"已", "目前", "现已", "already", "now", "currently", "so far", NULL};
    /* a comparative bracket's year is its figures' alone, and theirs is
     * the only year they have: "to 28.7% (2022: 29.4%)" */
    size_t cb = comparative_bracket(p, ss, se, i), ic = in_comparative(p, ss, se, claim_s, claim_e);
    /* (and a Chinese one: "9,350人（2023年：8,120人）", zhcompbr.h) */
    if (!cb && !ic) {
        cb = zhcompbr_close(p, ss, se, i);
        ic = zhcompbr_holding(p, ss, se, claim_s, claim_e);
    }
    if (ic)
        return ic != i;
    if (cb)
        return 1;
    /* a Chinese comparison's base year is its figure's alone: "由2022年的
     * 20.6%提升至27.7%" (compbase.h) */
    size_t bz = i + 4 < se && (unsigned char)p[i + 4] == 0xE5 ? compare_base_zh(p, ss, se, i) : 0;
    if (bz)
        return !(claim_s >= bz && compare_base_figure(p, bz, claim_s));
    if ((i > claim_e && (compared_year(p, ss, se, claim_e, i) || change_base_year(p, se, claim_e, i) ||
                         compare_base(p, ss, se, i))) ||
        start_year(p, ss, se, i) || priced_year(p, ss, se, i))
        return 1;
    /* "The Centre, launched in 2019, has trained 1,600 officials": the
     * subject's start, not the main clause's time (startaside.h) */
    if (i < claim_s && startaside_year(p, ss, se, claim_s, i))
        return 1;
    /* a claim its clause says holds now, a year of another clause's
     * figure in brackets after it (yearaside.h) */
    if (((yearaside_deadline(p, ss, i) || planned_at(p, ss, se, i)) && yearaside_now(p, ss, se, claim_s, claim_e, i)) ||
        (i > claim_e && yearaside_bracket(p, claim_e, i)))
        return 1;
    /* a plan's deadline in another clause: after the claim ("Alibaba
     * operates three data centres, and Tencent will invest ... by 2030"),
     * or before a claim said to hold already ("华为承诺到2025年培养10万名，
     * 目前已培训6.5万人"); a clause after the plan that says neither goes on
     * with it ("预计到2025年将增至1300亿美元，约占东南亚总量的四成") */
    if (!apart(p, claim_e, i) || !planned_at(p, ss, se, i) || planned_at(p, ss, se, claim_s))
        return 0;
    if (i > claim_e)
        return 1;
    size_t cs = claim_s;
    while (cs > i && !apart(p, cs - 1, claim_s))
        cs--;
    for (size_t k = cs; k < claim_s; k++)
        for (int w = 0; already[w]; w++) {
            size_t l = strlen(already[w]);
            int ascii = already[w][0] >= 'a';
            if (k + l <= claim_s && !memcmp(p + k, already[w], l) &&
                (!ascii || ((k == ss || p[k - 1] == ' ') && (k + l == claim_s || p[k + l] == ' '))))
                return 1;
        }
    return 0;
}

/* Does the year y stand in the sentence p[ss, se) other than as the
 * time of a figure the claim ending at claim_e is compared with, the
 * start of what it counts, or the deadline of a plan in another clause
 * ("Alibaba operates three data centres, and Tencent will invest $500
 * million by 2030")? (A year the sentence does not spell, "FY2023",
 * counts as its own.) */
static int year_of_own(const char *p, size_t ss, size_t se, int y, size_t claim_s, size_t claim_e)
{
    int seen = 0;
    size_t ny;
    const size_t *at = year_spots(p, ss, se, &ny);
    for (size_t k = 0; k < ny; k++)
        if (lines_year_at(p, at[k]) == y) {
            seen = 1;
            if (!not_own_year(p, ss, se, claim_s, claim_e, at[k]))
                return 1;
        }
    return !seen;
}

/* The sentence's year read again with the years that are not the
 * claim's own fenced off (a compared figure's, a start's: year_of_own),
 * so that another of its years may speak ("had by 2023 ... laid 94,000
 * km since its founding in 2008"); 0 when none is left. */
static void years_fenced(const Metrics *m, Claim *c, const char *doc, size_t n, size_t ss, size_t se,
                         const MetricsFence *fences, size_t nfences)
{
    MetricsFence f[48];
    size_t nf = 0;
    for (size_t k = 0; k < nfences && nf < 32; k++)
        f[nf++] = fences[k];
    for (size_t i = ss; i + 4 <= se && nf < 48; i++)
        if ((i == ss || !(doc[i - 1] >= '0' && doc[i - 1] <= '9')) && lines_year_at(doc, i) &&
            (i + 4 == se || !(doc[i + 4] >= '0' && doc[i + 4] <= '9')) &&
            not_own_year(doc, ss, se, c->start, c->end, i))
            f[nf++] = (MetricsFence){i > ss + 40 ? i - 40 : ss, i + 4, METRICS_FENCE_ALL};
    Claim t = *c;
    metrics_classify_fenced(m, &t, doc, n, ss, se, f, nf);
    c->year = t.year && year_of_own(doc, ss, se, t.year, c->start, c->end) ? t.year : 0;
}

/* Is the year at p[i] inside a fence of the kind that holds years (the
 * item of a figure compared with: "..., down from 61% in 2022")? */
static int fenced_year(const MetricsFence *f, size_t nf, size_t i)
{
    for (size_t k = 0; k < nf; k++)
        if (f[k].kinds == METRICS_FENCE_ALL && i >= f[k].s && i < f[k].e)
            return 1;
    return 0;
}

/* Is the year at p[i] a day's date's, "March 2, 2021", "November 9,
 * 2024": a month and a day before it? (Only such a year may stand before
 * a comma or a point as a sentence's own: elsewhere it is often a base
 * or a start, "higher than in 2022.", "since 2008,".) */
static int month_day_year(const char *p, size_t ss, size_t i)
{
    size_t k = i;
    if (k < ss + 4 || p[k - 1] != ' ' || p[k - 2] != ',')
        return 0;
    k -= 2;
    size_t d = k;
    while (d > ss && p[d - 1] >= '0' && p[d - 1] <= '9')
        d--;
    if (d == k || k - d > 2 || d < ss + 4 || p[d - 1] != ' ')
        return 0;
    size_t me = d - 1, ms = me;
    while (ms > ss && ((p[ms - 1] | 0x20) >= 'a' && (p[ms - 1] | 0x20) <= 'z'))
        ms--;
    return me - ms >= 3 && qty_is_month(p + ms, me - ms);
}

/* Does a preposition of time stand right before p[i] ("signed in 2016,",
 * "by 2030.", "during 2023,")? A year after one ends its clause with the
 * comma or the stop after it; a count does not follow one ("in 2,016"). */
static int after_time_word(const char *p, size_t ss, size_t i)
{
    static const char *const words[] = {"in", "by", "during", "throughout", NULL};
    /* (a line break too: a wrapped line, "completed in\n2023,") */
    if (i <= ss || !ascii_isgap(p[i - 1]))
        return 0;
    size_t ws, wl = aw_word_before(p, ss, i - 1, &ws);
    for (int k = 0; wl && ws + wl == i - 1 && words[k]; k++)
        if (aw_is(p, ws, wl, words[k]))
            return 1;
    return 0;
}

/* Is the 4 digits at p[i] written as a year: in Chinese with 年 after
 * them (not 2000万, 2000余个), in English not before a unit or a scale
 * ("2000 km", "2,000"), nor after a currency sign, nor a citation's? */
static int as_year(const char *p, size_t ss, size_t se, size_t i)
{
    size_t e = i + 4;
    /* a citation's year: "(Cave, 2019: 12)", "(Hale and Venkataraman, 2020)" */
    if (i >= ss + 2 && p[i - 1] == ' ' && p[i - 2] == ',') {
        size_t k = i - 2;
        while (k > ss && p[k - 1] != '(' && p[k - 1] != ')' && i - k < 60)
            k--;
        if (k > ss && p[k - 1] == '(' && p[k] >= 'A' && p[k] <= 'Z')
            return 0;
    }
    if (i > ss && (p[i - 1] == '$' || p[i - 1] == ',' || p[i - 1] == '.' || (unsigned char)p[i - 1] >= 0x80))
        return (unsigned char)p[i - 1] >= 0x80 && e + 3 <= se && !memcmp(p + e, "年", 3);
    /* (a comma or a point ends a year's clause or sentence, "On March 2,
     * 2021, ...", "... November 9, 2024.", not a number's: "2,021", "2021.5") */
    if (e < se && ((unsigned char)p[e] >= 0x80 || p[e] == '%' ||
                   ((p[e] == ',' || p[e] == '.') && !(e + 1 == se || p[e + 1] == ' ' || p[e + 1] == '\n'))))
        return e + 3 <= se && !memcmp(p + e, "年", 3);
    if (e < se && (p[e] == ',' || p[e] == '.') && !month_day_year(p, ss, i) && !after_time_word(p, ss, i) &&
        !workyear_named(p, ss, i) && !periodend_growth_to(p, ss, i))
        return 0;
    if (e + 1 < se && p[e] == ' ' && ((p[e + 1] >= 'a' && p[e + 1] <= 'z') && !strncmp(p + e + 1, "km", 2)))
        return 0;
    return 1;
}

/* The one year the sentence p[ss, se) holds of its own for the claim at
 * p[claim_s, claim_e) (any_year's), or 0 (none, or several). */
static int sole_year(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e, const MetricsFence *f,
                     size_t nf)
{
    int y = 0;
    size_t ny, past = 0;
    const size_t *at = year_spots(p, ss, se, &ny);
    for (size_t k = 0; k < ny; k++) {
        size_t i = at[k];
        if (i < past)
            continue;   /* the second year of a split one */
        /* a fiscal or split year is its end's ("FY2022/23" is 2023) */
        size_t fy = i >= ss + 2 && (p[i - 2] | 0x20) == 'f' && (p[i - 1] | 0x20) == 'y' ? i - 2 : i;
        int z = fiscal_year(p, fy, se, &past);
        if (!z)
            z = lines_year_at(p, i), past = i + 4;
        if ((fy < i || as_year(p, ss, se, i)) && !base_year(p, ss, se, i) && !fenced_year(f, nf, i) &&
            !not_own_year(p, ss, se, claim_s, claim_e, i) && !(i < claim_e && i + 4 > claim_s)) {
            if (y && y != z)
                return 0;
            y = z;
        }
    }
    return y;
}

/* Does the sentence p[ss, se) hold a year ("its 2023 summit") of its own
 * for the claim ending at claim_e: not a comparison's base (Chinese "较
 * 2022年", or the year of a figure compared with, fenced or after it)? */
static int any_year(const char *p, size_t ss, size_t se, size_t claim_s, size_t claim_e, const MetricsFence *f,
                    size_t nf)
{
    size_t ny;
    const size_t *at = year_spots(p, ss, se, &ny);
    for (size_t k = 0; k < ny; k++)
        if (!base_year(p, ss, se, at[k]) && !fenced_year(f, nf, at[k]) &&
            !not_own_year(p, ss, se, claim_s, claim_e, at[k]))
            return 1;
    return 0;
}

/* A table's caption that lays its rows out by place. */
static const Phrase by_place[] = {
    PHRASE("by region"), PHRASE("by country"), PHRASE("by continent"), PHRASE("by economy"),
    PHRASE("by recipient"), PHRASE("by host country"), {NULL, 0},
};

/* Is the row label p[ls, le) the table's total ("Total", "All regions")? */
static int total_row(const char *p, size_t ls, size_t le)
{
    static const char *const totals[] = {"total", "all regions", "all countries", "grand total", NULL};
    lines_trim(p, &ls, &le);
    while (le > ls && (p[le - 1] == ':' || p[le - 1] == '*'))
        le--;
    for (int k = 0; totals[k]; k++)
        if (le - ls == strlen(totals[k]) && !strncasecmp(p + ls, totals[k], le - ls))
            return 1;
    return 0;
}

/* The sentences of p[from, to) that speak of a measure and give no
 * figure, in order (the caller bounds the span to 600 bytes: each such
 * sentence is over 20 bytes, so they are fewer than TOPIC_SPANS). The
 * claims of a sentence ask of the same span: the last answer is kept. */
#define TOPIC_SPANS 32
typedef struct TopicSpans {
    const char *p;
    unsigned long serial; /* textserial.h */
    size_t from, to, n;
    size_t s[TOPIC_SPANS], e[TOPIC_SPANS];
} TopicSpans;

static const TopicSpans *topic_sentences(const char *p, size_t from, size_t to)
{
    /* (the sentence speaks of the measure: "estimates of", "the figure") */
    static const Phrase measures[] = {
        PHRASE("estimate"), PHRASE("estimates"), PHRASE("figure"), PHRASE("figures"), PHRASE("number"),
        PHRASE("numbers"), PHRASE("count"), PHRASE("counts"), PHRASE("total"), PHRASE("totals"),
        PHRASE("size"), PHRASE("scale"), PHRASE("how much"), PHRASE("how many"), {NULL, 0},
    };
    static _Thread_local TopicSpans ts;
    if (ts.p == p && ts.from == from && ts.to == to && ts.serial == text_serial)
        return &ts;
    ts.p = p, ts.from = from, ts.to = to, ts.n = 0, ts.serial = text_serial;
    size_t s = from;
    int digits = 0;
    for (size_t i = from; i < to; i++) {
        digits |= p[i] >= '0' && p[i] <= '9';
        int end = (p[i] == '.' || p[i] == '?' || p[i] == '!') && (i + 1 == to || p[i + 1] == ' ' || p[i + 1] == '\n');
        if (!end)
            continue;
        if (!digits && i - s > 20 && ts.n < TOPIC_SPANS && phrases_in(measures, p, s, i, 1)) {
            ts.s[ts.n] = s;
            ts.e[ts.n++] = i;
        }
        s = i + 1;
        digits = 0;
    }
    return &ts;
}

/* "Estimates of Chinese investment in the Digital Silk Road vary
 * enormously. The Council on Foreign Relations counted about $17 billion
 * ...": a sentence of the paragraph before the claim's that speaks of a
 * metric's measure (its estimates, figure, number, total, size) but gives
 * no figure is the topic of the figures after it. The last such
 * sentence in p[from, to) whose metric fits the claim's unit gives it
 * (the caller bounds the span: a paragraph may be a 100 MB line). */
static void topic_metric(const Metrics *m, Claim *c, const char *p, size_t from, size_t to)
{
    const TopicSpans *ts = topic_sentences(p, from, to);
    for (size_t k = ts->n; k-- > 0;) {
        Claim t = *c;
        t.metric[0] = '\0';
        if (names_heading_metric(m, &t, p, ts->s[k], ts->e[k])) {
            names_heading_metric(m, c, p, ts->s[k], ts->e[k]);
            return;
        }
    }
}

/* Does the sentence p[ss, se) spread what it counts over many countries
 * ("134 projects in 48 countries", "in over 100 countries") or over all
 * but the home country ("projects outside China", "96 ports abroad")?
 * Such a figure, placed nowhere else (its sentence names no place: not
 * "27 per cent in low-income countries ... In Africa, ... in some 70
 * countries"), is the world's. (A sentence longer than 400 bytes is
 * no sentence seen whole: footnote marks may have run sentences together.) */
static int many_countries(const char *p, size_t ss, size_t se)
{
    /* (asked for the claims of one sentence in turn: the last answer is
     * kept) */
    static _Thread_local const char *lp;
    static _Thread_local size_t lss, lse;
    static _Thread_local unsigned long lserial;
    static _Thread_local int last;
    if (p != lp || ss != lss || se != lse || lserial != text_serial) {
        lp = p, lss = ss, lse = se, lserial = text_serial;
        last = coverage_spread(p, ss, se);
    }
    return last;
}

/* Does the sentence p[ss, se) open with a "Since ..." clause holding the
 * year, before the first comma and before the claim? */
static int since_clause_year(const char *p, size_t ss, size_t se, int year, size_t claim)
{
    while (ss < se && (p[ss] == ' ' || p[ss] == '\n' || p[ss] == '"'))
        ss++;
    if (se - ss < 6 || strncasecmp(p + ss, "since ", 6))
        return 0;
    for (size_t i = ss; i + 4 <= se && i < claim && p[i] != ','; i++)
        if (lines_year_at(p, i) == year)
            return 1;
    return 0;
}

/* The sentence's place read again with the mentions that place nothing
 * fenced off (roles.h): the world as a frame (frame 1) or China as the
 * whole of another country (frame 2: 全国), and the asides ("outside
 * North America", "London-based"); its other fields stay. */
static void places_fenced(const Metrics *m, Claim *c, const char *doc, size_t n, size_t ss, size_t se,
                          const MetricsFence *fences, size_t nfences, int frame)
{
    MetricsPlace pl[32];
    MetricsFence f[64];
    size_t nf = 0;
    for (size_t k = 0; k < nfences && nf < 32; k++)
        f[nf++] = fences[k];
    size_t np = metrics_places(m, doc, ss, se, pl, 32);
    for (size_t k = 0; k < np && nf < 64; k++)
        if ((frame == 1 && !strcmp(pl[k].id, "global")) || (frame == 2 && !strcmp(pl[k].id, "china")) ||
            roles_aside(doc, ss, se, pl[k].s, pl[k].e, c->start) || pairname_partner(doc, pl, np, k))
            f[nf++] = (MetricsFence){pl[k].s, pl[k].e, METRICS_FENCE_SCOPE};
    metrics_scope_fenced(m, c, doc, n, ss, se, f, nf, c->scope, sizeof c->scope);
}

/* Is the document about a country other than China? */
static int di_scope_other(Context *cx)
{
    const DocInfo *di = context_doc(cx);
    return di->scope[0] && strcmp(di->scope, "china") && strcmp(di->scope, "global");
}

/* Is the claim at p[at] in Chinese text: a character of three bytes or
 * more among the few before it? (A cheap look before the Chinese
 * passes.) */
static int chinese_near(const char *p, size_t ss, size_t at)
{
    /* (asked by phase after phase of one claim: the last answer kept) */
    static _Thread_local SpanKey key;
    static _Thread_local int near;
    if (spankey_same(&key, p, ss, at))
        return near;
    near = (unsigned char)p[at] >= 0xE3;
    for (size_t i = at, k = 0; i > ss && k < 12 && !near; i--, k++)
        near = (unsigned char)p[i - 1] >= 0xE3;
    return near;
}

/* Does the line of the claim at p[at] hold a Han character before it
 * (back to the sentence's start ss): a table's row label "│ 中国 │ 1630"
 * stands further back than chinese_near looks? */
static int line_han(const char *p, size_t ss, size_t at)
{
    for (size_t i = at; i > ss && p[i - 1] != '\n'; i--)
        if ((unsigned char)p[i - 1] >= 0xE4 && (unsigned char)p[i - 1] <= 0xE9)
            return 1;
    return 0;
}

/* Where the Chinese sentence that the sentence starting at p[ss] is a
 * clause of starts: a sentence after ； is one clause of the sentence
 * that 。！？ end ("...快递业务量1320.7亿件；快递业务收入12074亿元。"), back
 * to the paragraph's start (para) and 600 bytes at most. */
static size_t semicolon_clauses(const char *p, size_t para, size_t ss)
{
    size_t s = ss;
    while (s >= para + 3 && s + 600 > ss && !memcmp(p + s - 3, "；", 3)) {
        s -= 3;
        while (s > para && s + 600 > ss &&
               !(s >= para + 3 && (!memcmp(p + s - 3, "。", 3) || !memcmp(p + s - 3, "！", 3) ||
                                   !memcmp(p + s - 3, "？", 3) || !memcmp(p + s - 3, "；", 3))))
            s--;
    }
    /* (a sentence opening with 其中, "of which", is one with the one
     * before it: "年末移动电话基站总数1265万个。其中5G基站425.1万个") */
    if (s >= para + 3 && ss + 6 <= s + 600 && !memcmp(p + s, "其中", 6) && !memcmp(p + s - 3, "。", 3)) {
        size_t b = s - 3;
        while (b > para && s - b < 600 && !(b >= para + 3 && (!memcmp(p + b - 3, "。", 3) || !memcmp(p + b - 3, "；", 3))))
            b--;
        s = b;
    }
    return s;
}

/* Append s to dst, which holds *len bytes of cap, as far as it fits. */
static void put(char *dst, size_t cap, size_t *len, const char *s)
{
    size_t n = strlen(s);
    if (n > cap - 1 - *len)
        n = cap - 1 - *len;
    memcpy(dst + *len, s, n);
    *len += n;
}

void classify_said(Claim *c, const char *what, const char *where)
{
    size_t l = strlen(c->context), cap = sizeof c->context;
    if (l >= cap - 1)
        return;
    if (l)
        put(c->context, cap, &l, "; ");
    put(c->context, cap, &l, what);
    put(c->context, cap, &l, " from ");
    put(c->context, cap, &l, where);
    c->context[l] = '\0';
}

static void take_scope(Claim *c, const char *scope, const char *where)
{
    if (c->scope[0] || !scope || !scope[0])
        return;
    strcut(c->scope, sizeof c->scope, scope);
    classify_said(c, "scope", where);
}

static void take_year(Claim *c, int year, YearFrom from)
{
    if (c->year || !year)
        return;
    c->year = year;
    classify_year_from(c, from);
}

void classify_year_from(Claim *c, YearFrom from)
{
    c->year_from = from;
    classify_said(c, "year", claim_year_from_name(from));
}

/* The month the claim's year is as of (asof.h), read where its year came
 * from: the sentence ("in June 2023", "截至2023年12月，"), the column's
 * header ("Jun-23"), the caption, the heading, the paragraph's topic; a
 * year from anywhere else (the document's date, its title, a record, a
 * table's row) gives none. */
static int year_month(const Claim *c, const ScanQuantity *q, const Around *a, const char *doc, size_t ss, size_t se)
{
    if (!c->year)
        return 0;
    switch (c->year_from) {
    case YEAR_OWN:
    case YEAR_FROM_SENTENCE:
        return asof_sentence(doc, ss, se, c->start, c->end, c->year);
    case YEAR_FROM_COLUMN:
        return q->head_e > q->head_s ? asof_label(doc, q->head_s, q->head_e, c->year) : 0;
    case YEAR_FROM_CAPTION:
        return asof_label(doc, q->cap_s, q->cap_e, c->year);
    case YEAR_FROM_HEADING:
        return asof_label(doc, a->head_s, a->head_e, c->year);
    case YEAR_FROM_PARAGRAPH:
        return a->para_year == c->year ? a->para_month : 0;
    default:
        return 0;
    }
}

static void take_source(Claim *c, const char *body, const char *where)
{
    if (c->source[0] || !body || !body[0])
        return;
    strcut(c->source, sizeof c->source, body);
    classify_said(c, "source", where);
}

/* The facts of a sentence (SentenceFacts), each read at most once:
 * FACT(sf, SF_X, expr) is expr, evaluated the first time only. */
enum { SF_ANY_YEAR = 1, SF_RIGHT_NOW = 2, SF_SAME_TIME = 4, SF_FIRST_PERSON = 8, SF_COUNTED_WORLD = 16,
       SF_TIMES = 32, SF_ZH_CREDITS = 64, SF_TRADE = 128 };
#define FACT(sf, bit, expr) ((sf)->known & (bit) ? ((sf)->holds & (bit)) != 0 : remember(sf, bit, expr))

static int remember(SentenceFacts *sf, unsigned bit, int holds)
{
    sf->known |= bit;
    if (holds)
        sf->holds |= bit;
    return holds != 0;
}

/* Does the sentence spread what it counts over many countries, naming no
 * place of its own (many_countries)? */
static int counted_world(const Metrics *m, const char *p, size_t ss, size_t se, Context *cx)
{
    char other[64];
    if (se - ss > 400 || !many_countries(p, ss, se))
        return 0;
    /* ("abroad" in a text about another country than China is away from
     * that country: coverage.h) */
    if (coverage_abroad_elsewhere(p, ss, se, sw_phrases_in(SW_ABROAD, p, ss, se) ? context_doc(cx)->scope : NULL))
        return 0;
    /* (a Chinese sentence: the places its live cues name, which leave out
     * the words a line's reading takes for China, 国家和地区) */
    if (roles_zh_spread(p, ss, se)) {
        /* (nor the places it names as where things spread to, asides:
         * "合作对象遍及东南亚、中东") */
        MetricsPlace pl[8];
        size_t np = metrics_places(m, p, ss, se, pl, 8), own = 0;
        for (size_t k = 0; k < np && np < 8; k++)
            own += !roles_aside(p, ss, se, pl[k].s, pl[k].e, ss);
        return own == 0 && np < 8;
    }
    return names_line_scope(m, p, ss, se, 0, other, sizeof other) == 0;
}

/* Does name[0, head), before a known body's name, end with a word of
 * what kind of body it is ("市场研究机构国际数据公司", "咨询公司X"), not
 * whose or where ("南宁海关")? */
static int kind_word(const char *name, size_t head)
{
    static const char *const kinds[] = {"机构", "公司", "企业", "集团", "组织", "平台", "网站", "媒体", "咨询", NULL};
    for (int k = 0; kinds[k]; k++) {
        size_t l = strlen(kinds[k]);
        if (head >= l && !memcmp(name + head - l, kinds[k], l))
            return 1;
    }
    return 0;
}

/* Does name[0, head), before a known body's cue inside a longer name,
 * open with another country ("美国海关与边境保护局" holds 海关 but is the
 * United States' Customs and Border Protection, not China's customs;
 * "肯尼亚信息通信与数字经济部" is Kenya's, not Taiwan's 经济部)? */
static int foreign_head(const Metrics *m, const char *name, size_t head)
{
    MetricsPlace pl[2];
    size_t np = metrics_places(m, name, 0, head, pl, 2);
    /* (not China, nor one of its provinces or cities: 南宁海关) */
    return np == 1 && pl[0].s == 0 && strcmp(pl[0].id, "china") &&
           !metrics_scope_within(m, pl[0].id);
}

/* A body a Chinese note names in its publisher's own words (本研究院,
 * 本院, 本会, 课题组: voice.h) is the publisher "we" stands for. */
static const char *own_word(const char *body, const DocInfo *di)
{
    static const char *const own[] = {"本", "课题组", NULL};
    for (int k = 0; own[k] && di->we[0]; k++)
        if (!strncmp(body, own[k], strlen(own[k])))
            return di->we;
    return body;
}

/* One claim on its way through the classifier's phases: what they all
 * read, and what one phase tells those after it. */
typedef struct Job {
    const Metrics *m;
    Context *cx;
    SentenceFacts *sf;
    Claim *c;
    const ScanQuantity *q;   /* the claim as scanned, or its cell in its column */
    ScanQuantity col;
    const char *doc;
    size_t n, ss, se;
    const MetricsFence *fences;
    size_t nfences;
    Around a;                /* its context (context.h) */
    const DocInfo *di;
    int cell;                /* a table's cell */
    int unnamed;             /* a Chinese teller not named (sentence_credit_zh) */
    int own_scope, own_year, own_source;   /* stated by the sentence itself */
    int setter;              /* the source is the setter of a target the figure states (setter.h) */
    int joint;               /* held jointly by the places its sentence lists */
    int now;                 /* the document's present (year_near) */
    YearFrom now_from;
    int own_year_words;      /* the sentence names a year of its own */
    int whole_china;         /* China by 全国 alone, no other place (sentence_subject) */
} Job;

/* The sentence's own cues: its metric, unit and place (metrics.h), the
 * caption's under a panel's lone figure, a coordinated clause's from the
 * figure before it; a "since" clause's year. */
static void sentence_cues(Job *j)
{
    const Metrics *m = j->m;
    Claim *c = j->c;
    const char *doc = j->doc;
    size_t n = j->n, ss = j->ss, se = j->se;
    const MetricsFence *fences = j->fences;
    size_t nfences = j->nfences;
    /* the sentence's own cues, and the caption's of a panel's figure
     * alone on its line ("2.38万亿元", then "跨境电商进出口（海关总署数
     * 据）") */
    size_t caption = panel_caption_end(doc, n, ss, se, c->start, c->end);
    metrics_classify_fenced(m, c, doc, n, ss, caption ? caption : se, fences, nfences);
    /* the next figure's coordinated clause, and the predicate of the
     * figure before, keep their cues only from a figure whose own clause
     * names a metric: "Kenya's Konza facility cost US$172 million, and
     * Senegal's data centre US$70 million" prices two data centres */
    MetricsFence others[16];
    size_t nothers = 0;
    for (size_t k = 0; k < nfences && nothers < 16; k++)
        if (fences[k].kinds != METRICS_FENCE_CLAUSE && fences[k].kinds != METRICS_FENCE_METRIC)
            others[nothers++] = fences[k];
    if (!c->metric[0] && nothers < nfences) {
        Claim t = *c;   /* (a shallow copy: only its metric and unit are kept) */
        metrics_classify_fenced(m, &t, doc, n, ss, se, others, nothers);
        if (t.metric[0]) {
            strcut(c->metric, sizeof c->metric, t.metric);
            strcut(c->unit, sizeof c->unit, t.unit);
        }
    }
    c->context[0] = '\0';
    c->year_from = YEAR_OWN;
    /* a target is its setter's, whoever tells it ("According to the
     * World Bank, ... above the 2% affordability threshold set by the UN
     * Broadband Commission": setter.h) */
    char setter[sizeof c->source];
    if (!chinese_near(doc, ss, c->start) && setter_of(doc, ss, se, c->start, c->end, setter, sizeof setter)) {
        strcut(c->source, sizeof c->source, setter);
        j->setter = 1;
    }
    if (caption && c->source[0])
        classify_said(c, "source", "the caption below");
    if (c->source[0] && !chinese_near(doc, ss, c->start))
        credit_acronym(doc, ss, se, c->source, sizeof c->source);
    /* "Since the DSR was folded into the BRI in 2015, banks have financed
     * ... 80 countries": a year in the opening "since" clause dates the
     * start of what is counted, not the figure */
    if (c->year && since_clause_year(doc, ss, se, c->year, c->start))
        c->year = 0;
}

/* The Chinese credits of the claim's sentence, read once. */
static const ZhCredits *zh_credits(Job *j)
{
    if (!(j->sf->known & SF_ZH_CREDITS)) {
        credit_zh_read(j->m, j->doc, j->ss, j->se, &j->sf->zh);
        j->sf->known |= SF_ZH_CREDITS;
    }
    return &j->sf->zh;
}

/* A Chinese sentence's credit: the body as its credit writes it, an
 * acronym by its Chinese name, no rate's publisher. A body metrics.csv
 * does not know ("据肯尼亚通信管理局统计") is credited as written;
 * j->unnamed is 2 for a teller it does not name ("据项目承建方介绍"),
 * 3 for no teller at all ("据不完全统计"). */
static void sentence_credit_zh(Job *j)
{
    const Metrics *m = j->m;
    Claim *c = j->c;
    const char *doc = j->doc;
    size_t ss = j->ss, se = j->se;
    /* an acronym a Chinese sentence credits ("据IDC统计数据") that
     * metrics.csv knows by its Chinese name: "IDC (国际数据公司)" */
    if (c->source[0] && (unsigned char)c->source[0] < 0x80 && chinese_near(doc, ss, c->start) &&
        !metrics_known_source(m, c->source)) {
        const char *id = metrics_source_titled(m, c->source);
        if (id)
            strcut(c->source, sizeof c->source, id);
    }
    /* a teller before the known body its told clause names ("某协会认为，
     * 华为承建了非洲约70%的4G网络"): the teller's (zhteller.h) */
    if (c->source[0] && chinese_near(doc, ss, c->start) && metrics_known_source(m, c->source)) {
        char teller[sizeof c->source];
        if (zhteller_over_known(m, zh_credits(j), doc, ss, c->start, c->source, teller, sizeof teller))
            strcut(c->source, sizeof c->source, teller);
    }
    /* a body of another country or a local office whose name holds a
     * known body's ("据南宁海关统计" is Nanning's customs, not GACC;
     * "肯尼亚国家统计局"): the name as the sentence's credit writes it */
    if (c->source[0] && chinese_near(doc, ss, c->start) && metrics_known_source(m, c->source)) {
        char named[sizeof c->source], id[sizeof c->source];
        size_t head, tail;
        if (credit_zh_before(zh_credits(j), c->start, named, sizeof named) == 1 && !metrics_known_source(m, named) &&
            names_source_last(m, named, 0, strlen(named), id, sizeof id, &head, &tail) && !strcmp(id, c->source) &&
            ((head > 0 && (tail == 0 || foreign_head(m, named, head)) && !kind_word(named, head)) ||
             /* (or a unit of it: "商务部研究院") */
             (!head && tail && credit_zh_sub_body(named, strlen(named) - tail, strlen(named)))))
            strcut(c->source, sizeof c->source, named);
    }
    /* (the publisher of the rate a sum was converted at is not its source) */
    if (c->source[0] && chinese_near(doc, ss, c->start) && credit_zh_rate_basis(m, doc, ss, se, c->source))
        c->source[0] = '\0';
    if (!c->source[0] && chinese_near(doc, ss, c->start)) {
        j->unnamed = credit_zh_before(zh_credits(j), c->start, c->source, sizeof c->source);
        /* "她认为，…": the person its line introduced before (zhpronoun.h) */
        if (j->unnamed == 5) {
            /* (before the pronoun's clause: the same for the sentence's
             * claims after it) */
            const ZhCredits *zh = zh_credits(j);
            size_t at = c->start;
            for (size_t k = 0; k < zh->n; k++)
                if (zh->v[k].kind == 5 && zh->v[k].end <= c->start)
                    at = zh->v[k].start;
            const char *nl = memrchr(doc, '\n', ss);
            j->unnamed = zhpronoun_person(m, doc, nl ? (size_t)(nl - doc) + 1 : 0, at, c->source, sizeof c->source);
            if (j->unnamed)
                classify_said(c, "source", "the person the pronoun names");
        }
        /* "报告显示，…": the report named before, in its paragraph or the
         * one above (zhreport.h) */
        if (j->unnamed == 6) {
            j->unnamed = zhreport_credit_near(m, doc, j->n, ss, c->start, c->source, sizeof c->source);
            if (j->unnamed)
                classify_said(c, "source", "the report named before");
        }
        /* a story on a company's filing: "公告显示，", and the company as
         * its clause's subject ("公司实现营收"), tell the filer's figures;
         * so does 公司 in a company's own report, before a body an earlier
         * sentence credited ("根据TeleGeography统计，…。公司海外业务收入占比达到38%") */
        if (!c->source[0] && (!j->unnamed || j->unnamed == 4)) {
            const char *f = context_filer(j->cx);
            const char *own = context_doc(j->cx)->body;
            if (!f[0] && (strstr(own, "公司") || strstr(own, "集团")))
                f = own;
            if (f[0] && (j->unnamed == 4 || filer_subject(doc, ss, se, c->start, f))) {
                strcut(c->source, sizeof c->source, f);
                classify_said(c, "source", "the filing");
            }
        }
        j->unnamed = j->unnamed == 2 || j->unnamed == 3 ? j->unnamed : 0;
    }
}

/* The country "the country" of the claim's sentence means (countryref.h):
 * the document's, else the one named last before it in its section, else
 * the one its text keeps naming; NULL when the sentence says no "the
 * country" or none is found. */
static const char *country_meant(Job *j)
{
    size_t at = countryref_at(j->doc, j->ss, j->se);
    /* (near the claim: a long sentence's other clause speaks of another
     * thing) */
    size_t c0 = j->c->start;
    if (at >= j->se || (at > c0 ? at - c0 : c0 - at) > COUNTRYREF_NEAR)
        return NULL;
    /* (after the claim, in its clause: "..., and China's officials said the
     * country had signed" is another clause's) */
    for (size_t k = c0; k < at; k++)
        if (j->doc[k] == ';' || (j->doc[k] == ',' && k + 5 < at && !strncmp(j->doc + k, ", and", 5)))
            return NULL;
    const char *d = context_doc(j->cx)->scope;
    if (countryref_is_country(j->m, d))
        return d;
    const char *r = countryref_before(j->m, j->doc, regionref_section_start(j->doc, j->ss), j->ss, at);
    const char *t = r ? NULL : context_text_scope(j->cx);
    return r ? r : countryref_is_country(j->m, t) ? t : NULL;
}

/* The region "the region" or "the bloc" of the claim's sentence means,
 * said before the claim (regionref.h): the region named last before it in
 * its section, else the document's region: 1 when one is taken; 0 when
 * there is no such word or region. */
static int region_meant(Job *j)
{
    size_t at = regionref_at(j->doc, j->ss, j->se);
    if (at >= j->c->start)
        return 0;
    const char *r = regionref_before(j->m, j->doc, regionref_section_start(j->doc, j->ss), at);
    if (r) {
        take_scope(j->c, r, "the region named before");
        return 1;
    }
    const char *d = context_doc(j->cx)->scope;
    if (!regionref_is_region(d))
        return 0;
    take_scope(j->c, d, "the document's region");
    return 1;
}

/* The sentence's place, where it is a frame or another's: the world as
 * a frame, a joint subject's places, the seat of a body it credits. */
static void sentence_scope(Job *j)
{
    const Metrics *m = j->m;
    Claim *c = j->c;
    const char *doc = j->doc;
    size_t n = j->n, ss = j->ss, se = j->se;
    const MetricsFence *fences = j->fences;
    size_t nfences = j->nfences;
    /* the world as a frame, not a place: "ranking second in the world"
     * places nothing; "over 60 percent of the world's total" yields to
     * another place of the sentence, or its subject's */
    int frame = !strcmp(c->scope, "global") ? roles_world(m, doc, ss, se) : ROLES_WORLD_PLACE;
    if (c->scope[0] && frame == ROLES_WORLD_PLACE && (roles_may_aside(doc, ss, se) || pairname_in(m, doc, ss, se)))
        places_fenced(m, c, doc, n, ss, se, fences, nfences, 0);
    if (frame != ROLES_WORLD_PLACE) {
        places_fenced(m, c, doc, n, ss, se, fences, nfences, 1);
        char who[64];
        if (!c->scope[0] && roles_subject_place(m, doc, ss, se, c->start, c->unit, who, sizeof who))
            strcut(c->scope, sizeof c->scope, who);
        /* (a Chinese share of the world's total with no place of its own,
         * "占全球六成以上", is the share of what the text speaks of: the
         * paragraph's place, the document's) */
        /* ("The country had 2.31 million 5G base stations, accounting for
         * more than 60 percent of the global total") */
        const char *meant = !c->scope[0] ? country_meant(j) : NULL;
        if (meant)
            strcut(c->scope, sizeof c->scope, meant);
        /* ("The region accounted for 66% of global mobile money
         * transaction value": the share of the region named before, as
         * "the country" above is the country's) */
        int by_region = 0;
        if (!c->scope[0] && frame == ROLES_WORLD_SHARE && !chinese_near(doc, ss, c->start))
            by_region = region_meant(j);
        if (!c->scope[0] && frame == ROLES_WORLD_SHARE && !chinese_near(doc, ss, c->start))
            strcut(c->scope, sizeof c->scope, "global");
        /* (but not to a place of another coordinated clause: "..., and
         * Huawei and ZTE together held 38 percent of the global market",
         * worldshare.h) */
        if (c->scope[0] && strcmp(c->scope, "global") && frame == ROLES_WORLD_SHARE && !by_region &&
            !chinese_near(doc, ss, c->start) && worldshare_own_clause(m, doc, ss, se, c->start, c->end))
            strcut(c->scope, sizeof c->scope, "global");
    }
    /* "Globally, AidData, a research lab in the United States, counts
     * 20,985 projects": the clause framed in the world is the world's
     * (worldshare.h) */
    if (strcmp(c->scope, "global") && !chinese_near(doc, ss, c->start) && worldshare_framed(doc, ss, se, c->start))
        strcut(c->scope, sizeof c->scope, "global");
    /* "Nigeria, Egypt and South Africa together accounted for 52%": the
     * places of a joint subject hold the figure together, none alone */
    MetricsFence aside[65];
    size_t naside = 0;
    for (size_t k = 0; k < nfences && naside < 48; k++)
        aside[naside++] = fences[k];
    size_t jf, jt;
    if (c->scope[0] && roles_joint_places(m, doc, ss, se, &jf, &jt)) {
        aside[naside++] = (MetricsFence){jf, jt, METRICS_FENCE_SCOPE};
        Claim t = *c;
        metrics_classify_fenced(m, &t, doc, n, ss, se, aside, naside);
        strcut(c->scope, sizeof c->scope, t.scope);
        j->joint = !c->scope[0];
    }
    /* (nor the yardstick of a Chinese ratio, "是东南亚国家的4倍": zhyard.h) */
    /* the seat of a body a Chinese sentence credits ("美国智库外交关系协会
     * （CFR）估计，中国投入DSR相关项目的...已超过790亿美元"), or of a research
     * body or school it names ("美国威廉与玛丽学院AidData研究室") is not
     * where the figure is */
    if (c->scope[0] && chinese_near(doc, ss, c->start)) {
        const ZhCredits *zh = zh_credits(j);
        MetricsPlace pl[16];
        size_t np = metrics_places(m, doc, ss, se, pl, 16), seats = 0;
        for (size_t k = 0; k < np && naside < 64; k++)
            if (credit_zh_seat(zh, doc, pl[k].s, pl[k].e) || roles_zh_body_seat(doc, pl[k].e, se) ||
                zhyard_place(doc, se, pl[k].s, pl[k].e, c->start, c->end))
                aside[naside++] = (MetricsFence){pl[k].s, pl[k].e, METRICS_FENCE_SCOPE}, seats++;
        if (seats) {
            Claim t = *c;
            metrics_classify_fenced(m, &t, doc, n, ss, se, aside, naside);
            strcut(c->scope, sizeof c->scope, t.scope);
        }
    }
}

/* The sentence's place as its country or its subject: 全国 and 我國 as
 * the text's country, the place opening the clause, the trader over its
 * partner. */
static void sentence_subject(Job *j)
{
    const Metrics *m = j->m;
    Context *cx = j->cx;
    SentenceFacts *sf = j->sf;
    Claim *c = j->c;
    const char *doc = j->doc;
    size_t n = j->n, ss = j->ss, se = j->se;
    const MetricsFence *fences = j->fences;
    size_t nfences = j->nfences;
    /* 全国 in a story about Kenya is all of Kenya, and so it is in a
     * sentence that names Kenya ("由中国企业承建的肯尼亚国家光纤骨干网...
     * 连通全国47个郡"); 城镇 in Guizhou's report are Guizhou's towns */
    /* (a region has no 全国: in a thread about Southeast Asia, 全国 is
     * China still; its 农村 are the region's) */
    /* (by memmem: a compare at every byte of the sentence, for every
     * claim, cost more than the rest of this reader) */
    /* (the document's place is read only for a sentence saying China
     * nationwide: context_doc) */
    if (!strcmp(c->scope, "china") && roles_nationwide(m, doc, ss, se)) {
        int whole = se >= ss + 6 && tf_find(doc + ss, se - ss, "全国", 6) != NULL;
        int other_country = di_scope_other(cx) && !(whole && regionref_is_region(context_doc(cx)->scope));
        if (other_country || roles_one_other_place(m, doc, ss, se)) {
            places_fenced(m, c, doc, n, ss, se, fences, nfences, 2);
            if (!strcmp(c->scope, "global"))
                c->scope[0] = '\0';
            if (!c->scope[0] && other_country) {
                const DocInfo *d = context_doc(cx);
                strcut(c->scope, sizeof c->scope, d->scope);
                classify_said(c, "scope", d->scope_from ? d->scope_from : "the document");
            }
            if (!c->scope[0])
                strcut(c->scope, sizeof c->scope, "china");
        } else
            j->whole_china = whole; /* (its paragraph may speak of another country: scope_near) */
    }
    /* 我國 in a Taiwanese publisher's text is Taiwan, 我国 in a Malaysian
     * paper's Malaysia (homeplace.h, ownland.h) */
    if (!strcmp(c->scope, "china") && context_doc(cx)->own[0] && homeplace_own_country(m, doc, ss, se)) {
        strcut(c->scope, sizeof c->scope, context_doc(cx)->own);
        classify_said(c, "scope", "the publisher's home");
    }
    /* the place that has the figure, opening its clause: "China had
     * 1.092 billion internet users" (not what it gives to many countries) */
    char subject[64];
    if (!c->scope[0] && roles_subject_place(m, doc, ss, se, c->start, c->unit, subject, sizeof subject) &&
        !(se - ss <= 400 && many_countries(doc, ss, se)))
        strcut(c->scope, sizeof c->scope, subject);
    /* (China as a Chinese clause's topic: "中国位居第二，规模约为7.6万亿美元") */
    else if (!c->scope[0] && (chinese_near(doc, ss, c->start) || line_han(doc, ss, c->start)) &&
             roles_zh_china_topic(doc, ss, c->start))
        strcut(c->scope, sizeof c->scope, "china");
    /* the trader, over the partner the sentence names: "China imported
     * 479.5 billion chips from Kenya" */
    else if (c->scope[0] && FACT(sf, SF_TRADE, roles_may_trade(doc, ss, se)) &&
             roles_trader(m, doc, ss, se, c->start, c->unit, subject, sizeof subject))
        strcut(c->scope, sizeof c->scope, subject);
}

/* A count of more countries than a continent holds, or a part of one,
 * is the world's, over any place its sentence names ("supplied
 * equipment to more than 170 countries" beside "Africa's 4G networks";
 * "half of the 193 U.N. member states"), and teaches its paragraph the
 * world ("Sixteen countries have signed ..." after it). (English: a Chinese sentence's counts of
 * countries are read by their verbs, roles.h.) */
static void sentence_world_count(Job *j)
{
    Claim *c = j->c;
    if (!strcmp(c->scope, "global") || chinese_near(j->doc, j->ss, c->start))
        return;
    if (!coverage_world_count(j->doc, j->se, c->end, c->unit, c->value))
        return;
    /* (a trade flow's partners are the reporter's: "imports were received
     * from 74 countries", partner.h) */
    if (partner_count(j->doc, j->ss, j->se, c->start))
        return;
    strcut(c->scope, sizeof c->scope, "global");
    classify_said(c, "scope", "the countries counted");
}

/* The time words of the claim's sentence, read once. */
static const DocTimes *sentence_times(Job *j)
{
    if (!(j->sf->known & SF_TIMES)) {
        docinfo_times(j->di, j->doc, j->ss, j->se, &j->sf->times);
        j->sf->known |= SF_TIMES;
    }
    return &j->sf->times;
}

/* The sentence's year, unless it is the year of what the figure is
 * compared with. */
static void sentence_year(Job *j)
{
    const Metrics *m = j->m;
    Claim *c = j->c;
    const char *doc = j->doc;
    size_t n = j->n, ss = j->ss, se = j->se;
    const MetricsFence *fences = j->fences;
    size_t nfences = j->nfences;
    /* "..., narrowing the gap to 4.4 points from 7.9 points in 2020": the
     * year of what the figure is compared with, after it, is not its own */
    if (c->year && !year_of_own(doc, ss, se, c->year, c->start, c->end))
        years_fenced(m, c, doc, n, ss, se, fences, nfences);
    /* an analyst's short period: "RMB9.5bn in FY24E", "18% in 1H24" */
    if (!c->year)
        c->year = fiscal_short_for(doc, ss, se, c->start, c->end);

    /* a year labelling the figures after it on its line ("2030: 692m
     * 50% penetration rate"): theirs, over the sentence's other years */
    int ly = yearlabel_year(doc, c->start);
    if (ly)
        c->year = ly;
    /* "between 2019 and 2023 ... dropped from about US$5,200 to US$3,100":
     * each end of the change its end of the period (spanends.h) */
    int ey = !ly && !chinese_near(doc, ss, c->start) ? spanends_year(doc, ss, se, c->start, c->end) : 0;
    if (ey)
        c->year = ey;
    /* "$95 million over the 2025-2029 period": its end (periodend.h) */
    int first = 0, pe = !ly && !ey ? periodend_year(doc, ss, se, c->start, &first) : 0;
    if (pe && (!c->year || c->year == first))
        c->year = pe;
}

/* "down from K15 five years ago", "the 4.1 million we had two years
 * ago": as many years before the telling, the document's date
 * (yearback.h), over a year of the sentence's other clauses; a figure
 * of the past teaches its paragraph no year. */
static void year_ago(Job *j)
{
    Claim *c = j->c;
    int ago = 0;
    size_t ps;
    /* (a change or a multiple is of the later time: "four times the
     * figure of two years ago") */
    if (!j->di->date_y || j->q->head_e > j->q->head_s || j->q->cap_e > j->q->cap_s || !strcmp(c->unit, "x") ||
        !strcmp(c->unit, "pp"))
        return;
    int back = yearback_in_clause(j->doc, c->end, j->se, 4, &ago, &ps);
    if (!back || !ago)
        return;
    claim_year_own(c);
    c->year = j->di->date_y - back;
    c->month = 0;
    classify_year_from(c, YEAR_FROM_DATE);
    j->own_year = 0;
}

/* "forecast at 81% by the end of the decade" in a report of 2025: 2030
 * (decadeend.h), over the year of the sentence's other clause. */
static void year_decade_end(Job *j)
{
    Claim *c = j->c;
    int told = j->di->date_y ? j->di->date_y : j->di->year;
    if (j->q->head_e > j->q->head_s || j->q->cap_e > j->q->cap_s || chinese_near(j->doc, j->ss, c->start))
        return;
    int y = decadeend_year(j->doc, j->ss, j->se, c->start, c->end, told);
    if (!y || y == c->year)
        return;
    claim_year_own(c);
    c->year = y;
    c->month = 0;
    classify_year_from(c, YEAR_FROM_SENTENCE);
    j->own_year = 0;
}

/* A cell with its own unit still stands in its column: j->q becomes
 * the cell's, with its header, caption and row label. */
static void table_column(Job *j)
{
    Claim *c = j->c;
    const ScanQuantity *q = j->q;
    TableCell tc;
    if (q->head_e == q->head_s && q->cap_e == q->cap_s && tables_column(j->doc, j->n, q->start, q->end, &tc)) {
        j->col = *q;
        j->col.head_s = tc.head_s, j->col.head_e = tc.head_e, j->col.cap_s = tc.cap_s, j->col.cap_e = tc.cap_e;
        j->col.label_s = tc.label_s, j->col.label_e = tc.label_e, j->col.year = tc.year;
        j->q = &j->col;
        /* "Fault location (approx.)" over "30 km offshore" */
        if (c->qual == Q_EXACT && tables_unit_approx((const unsigned char *)j->doc, tc.head_s, tc.head_e))
            c->qual = Q_APPROX;
    }
}

/* The metric from around: a list's heading, a column's header, a caption,
 * a record's title, the paragraph's topic; kept only where the figure is
 * what it measures, and not where the caption forbids it. */
static void context_metric(Job *j)
{
    const Metrics *m = j->m;
    Claim *c = j->c;
    const ScanQuantity *q = j->q;
    const char *doc = j->doc;
    size_t n = j->n, ss = j->ss, se = j->se;
    const Around *a = &j->a;
    /* metric: a row of a list or table (a short line) takes the metric
     * its heading names (prose names its own); a table cell its column
     * header, then the table's caption */
    int own_metric = c->metric[0] != 0;
    char unit_before[sizeof c->unit];   /* (what a metric named around may canonicalize) */
    strcut(unit_before, sizeof unit_before, c->unit);
    /* a column whose header names its own quantity ("Landing" over
     * "countries" under a caption on cables) counts that: neither the
     * heading nor the caption names its metric (its header and its row
     * may: "Partner countries" beside "Digital Silk Road MoUs") */
    int own_quantity = q->head_e > q->head_s && names_own_quantity(doc, n, q->head_s, q->head_e, c->unit);
    /* (a field of a record is the record's: the heading over a tracker's
     * export names the export, not what one project's fields measure) */
    size_t rts, rte;
    int in_record = tables_record_title(doc, n, q->start, &rts, &rte);
    if (!c->metric[0] && !own_quantity && !in_record && a->head_e > a->head_s && se - ss <= 80)
        names_heading_metric(m, c, doc, a->head_s, a->head_e);
    if (!c->metric[0] && q->head_e > q->head_s)
        names_heading_metric(m, c, doc, q->head_s, q->head_e);
    /* (a header over several lines names its column in pieces: its
     * cells read down, "DSR-linked Chinese" over "financing"; colhead.h) */
    char whole[METRICS_LINE_MAX];
    size_t wl;
    if (!c->metric[0] && q->head_e > q->head_s && (wl = colhead_text(doc, n, q->start, q->end, q->head_s, q->head_e, whole, sizeof whole)))
        names_heading_metric(m, c, whole, 0, wl);
    if (!c->metric[0] && !own_quantity && q->cap_e > q->cap_s)
        names_heading_metric(m, c, doc, q->cap_s, q->cap_e);
    /* a field of a record takes the metric its record's title names
     * ("Title: National Data Centre, Phase II" over "Contract value: KES
     * 18,950,000,000") */
    /* (not to a financing record's "Amount" fields: they measure the
     * loan or grant, not the project its title names; its "Total project
     * cost" does) */
    size_t fls = lines_start(doc, q->start, 400);
    if (!c->metric[0] && in_record && !(q->start - fls >= 6 && !strncasecmp(doc + fls, "Amount", 6)))
        names_heading_metric(m, c, doc, rts, rte);
    if (!c->metric[0] && !(q->head_e > q->head_s || q->cap_e > q->cap_s) && a->para_s < ss)
        topic_metric(m, c, doc, ss - a->para_s > 600 ? ss - 600 : a->para_s, ss);
    /* (a sum the sentence before names the money of; moneytopic.h) */
    if (!c->metric[0] && !in_record && !(q->head_e > q->head_s || q->cap_e > q->cap_s))
        moneytopic_metric(m, c, doc, a->para_s, ss, se);
    /* (a Chinese sum told as an investment: its paragraph's money metric,
     * "…“数字丝绸之路”框架下参与的项目…。…项目总投资约790亿美元"; zhinvest.h) */
    if (!c->metric[0] && !(q->head_e > q->head_s || q->cap_e > q->cap_s) && a->para_s < ss &&
        chinese_near(doc, ss, c->start))
        zhinvest_metric(m, c, doc, a->para_s, ss);
    /* (a sum its clause prices by a reference: "The facility cost ...";
     * itemref.h) */
    if (!c->metric[0] && !(q->head_e > q->head_s || q->cap_e > q->cap_s))
        itemref_metric(m, c, doc, n, ss, se, a->para_s, a->head_s, a->head_e);
    /* what a heading, a column or the topic names holds only for a figure
     * that is what it measures: "Malware attacks made up 61 percent of
     * the detected threats" under a paragraph on internet use */
    if (c->metric[0] && !own_metric && !metrics_metric_takes(m, c->metric, c, doc, n, ss))
        c->metric[0] = '\0';
    /* (a row of a table of projects prices one project: no aggregate;
     * itemrows.h) */
    if (c->metric[0] && !own_metric && q->head_e > q->head_s &&
        itemrows_row_metric(m, c, doc, n, q->head_s, q->label_s, q->label_e) && !c->metric[0])
        strcut(c->unit, sizeof c->unit, unit_before);
    /* (a table of averages, of households' or of subscriptions' shares:
     * its caption) */
    if (c->metric[0] && q->cap_e > q->cap_s &&
        names_caption_forbids(m, doc, q->cap_s, q->cap_e, q->head_s, q->head_e, q->label_s, q->label_e, c->metric)) {
        c->metric[0] = '\0';
        if (!own_metric)
            strcut(c->unit, sizeof c->unit, unit_before);
    }

}

/* A table's year and body: its row's cells, its column's header, its
 * caption; the source a note under it credits. */
static void table_year_source(Job *j)
{
    const Metrics *m = j->m;
    Claim *c = j->c;
    const ScanQuantity *q = j->q;
    const char *doc = j->doc;
    size_t n = j->n;
    const Around *a = &j->a;
    const DocInfo *di = j->di;
    /* the table: a row's year and body cells, the caption's year, the
     * notes under it */
    int row = tables_row(m, doc, n, c);
    if (row & TABLES_ROW_YEAR)
        classify_year_from(c, YEAR_FROM_TABLE_ROW);
    if (row & TABLES_ROW_SOURCE)
        classify_said(c, "source", "the table row");
    take_year(c, q->year, YEAR_FROM_COLUMN);
    /* (a column the note under its table dates: "（收盘价截至2026年9月12日）",
     * notedate.h) */
    if (!c->year && q->head_e > q->head_s && chinese_near(doc, q->head_s, q->head_e)) {
        size_t ns = context_table_note(j->cx, a->block_end);
        if (ns >= n && a->note_line < n)
            ns = a->note_line;
        if (ns < n)
            take_year(c, notedate_column_year(doc, ns, lines_end(doc, n, ns), q->head_s, q->head_e),
                      YEAR_FROM_COLUMN);
    }
    if (q->cap_e > q->cap_s)
        take_year(c, docinfo_caption_year(doc + q->cap_s, q->cap_e - q->cap_s), YEAR_FROM_CAPTION);
    /* a cell's note letter naming who made the figure, "7.2b" over "b
     * Example Statistics Office estimate." (cellnote.h) */
    if (!c->source[0] && (q->head_e > q->head_s || q->label_e > q->label_s)) {
        char body[128];
        if (cellnote_body(doc, n, c->end, body, sizeof body))
            take_source(c, body, "the cell's note");
    }
    /* (a table's, or a block of label and figure lines': "5G base stations
     * 3.377 million", a blank line, "Source: CNNIC; MIIT.") */
    /* (a Chinese note crediting its columns apart, "互联网普及率数据来自
     * 国际电信联盟（ITU）数据库；项目数与合同额为本研究院…统计", "2020年
     * 数据来源于…" under columns of 2020 and 2025: the body of the topic
     * the cell's column names, else its row's, "资料来源：邮政业务总量、快递
     * 业务量来自…，其余指标来自…" beside the note's first name) */
    const char *col_body = q->head_e > q->head_s && a->datasrc && chinese_near(doc, q->head_s, q->head_e)
                               ? datasrc_body(a->datasrc, doc, q->head_s, q->head_e) : NULL;
    if (!col_body && q->label_e > q->label_s && a->datasrc && chinese_near(doc, q->label_s, q->label_e))
        col_body = datasrc_body(a->datasrc, doc, q->label_s, q->label_e);
    if (!c->source[0] && col_body)
        take_source(c, own_word(col_body, di), "the table's note");
    /* an English note crediting the columns apart, "Sources: ITU (users,
     * penetration); eMarketer (e-commerce share)" */
    if (!c->source[0] && q->head_e > q->head_s) {
        size_t ns = context_table_note(j->cx, a->block_end);
        /* (or the note that ends the table's own block, with no blank
         * line before it: "资料来源：Wind，…研究所预测") */
        if (ns >= n && a->note_line < n)
            ns = a->note_line;
        char body[128];
        size_t ne = ns < n ? lines_end(doc, n, lines_end(doc, n, ns) + 1) : n;
        /* (or one that names the forecaster of the columns of years to
         * come: "Source: Company data, Harbourview Securities estimates") */
        if (ns < n && (colsource_forecaster(doc, ns, lines_end(doc, n, ns), q->head_s, q->head_e, body, sizeof body) ||
                       colsource_body(doc, ns, ne, q->head_s, q->head_e, body, sizeof body)))
            take_source(c, body, "the table's note");
    }
    /* a note saying in words whose figures each column or row holds:
     * "Internet users: ITU estimates", "NISR for penetration", "Costs
     * are from Top10VPN's COST model" (topicnote.h) */
    if (!c->source[0] && (q->head_e > q->head_s || q->label_e > q->label_s)) {
        char body[128];
        /* (the row's label: its line's text before the cell, a number
         * opening it or not, "1  IT & ITeS export remittances") */
        size_t row_s = lines_start(doc, q->start, 4096);
        if (topicnote_body(doc, n, a->block_end, q->head_s, q->head_e, row_s, q->start, body, sizeof body))
            take_source(c, body, "the table's note");
    }
    if (!c->source[0] && (q->head_e > q->head_s || q->cap_e > q->cap_s || a->block_rows)) {
        char body[128];
        if (tables_note_source(m, doc, n, a->block_end, body, sizeof body))
            take_source(c, body, "the table's note");
    }
    /* a note mark on the caption, "Key financial figures (calendar
     * years):[1][2]": the note credits the table's cells */
    unsigned k;
    const char *cap_note = q->cap_e > q->cap_s ? context_note_in(j->cx, q->cap_s, q->cap_e, &k) : NULL;
    if (!c->source[0] && cap_note) {
        char where[32];
        snprintf(where, sizeof where, "note %u", k);
        take_source(c, cap_note, where);
    }
}

/* The place a table gives a cell: none for a row of several countries;
 * the row's label, the column's header, the caption's brackets, the
 * world for a total by place. */
static void scope_table(Job *j)
{
    const Metrics *m = j->m;
    Claim *c = j->c;
    const ScanQuantity *q = j->q;
    const char *doc = j->doc;
    size_t n = j->n;
    int cell = j->cell;
    /* a row naming several countries ("SEACOM  Kenya, Tanzania,
     * Mozambique  17,000") is no one country's figure: its place is the
     * table's, the document's below */
    if (cell && j->own_scope &&
        tables_row_places(m, doc, n, q->start) >= 2) {
        c->scope[0] = '\0';
        j->own_scope = 0;
    }

    /* a table by state or province ("State  Internet  Computer" over
     * "Selangor  98.8  88.7"): a row's label that names no place known
     * (a country, a region of the world) is a place within the country */
    char sub[64], known[64];
    if (cell && q->label_e > q->label_s && subrows_place(doc, n, q->label_s, q->label_e, sub, sizeof sub) &&
        !names_heading_scope(m, doc, q->label_s, q->label_e, known, sizeof known)) {
        c->scope[0] = '\0';
        take_scope(c, sub, "the row");
    }
    if (q->label_e > q->label_s && !c->scope[0]) {
        char place[64];
        if (names_heading_scope(m, doc, q->label_s, q->label_e, place, sizeof place))
            take_scope(c, place, "the row");
    }
    /* the column ("Kenya   Ethiopia   Group"), before what the "sentence"
     * of a table's rows says; the place a caption puts in brackets ("Key
     * performance indicators (Kenya)") */
    char col_place[64];
    if (q->head_e > q->head_s && names_heading_scope(m, doc, q->head_s, q->head_e, col_place, sizeof col_place) &&
        (!c->scope[0] || (j->own_scope && !(q->label_e > q->label_s)))) {
        c->scope[0] = '\0';
        take_scope(c, col_place, "the column");
    }
    size_t open = q->cap_e, close = q->cap_e;
    for (size_t k = q->cap_s; k < q->cap_e; k++)
        if (doc[k] == '(')
            open = k;
        else if (doc[k] == ')' && open < q->cap_e)
            close = k;
    if (!c->scope[0] && close < q->cap_e && close > open) {
        char place[64];
        if (names_heading_scope(m, doc, open + 1, close, place, sizeof place))
            take_scope(c, place, "the caption");
    }
    /* the one place the caption names ("Southeast Asia IaaS + PaaS: Top 5
     * Providers, Market Share": capplace.h) */
    char cap_place[64];
    if (!c->scope[0] && cell && capplace_of(m, doc, q->cap_s, q->cap_e, cap_place, sizeof cap_place))
        take_scope(c, cap_place, "the caption");
    /* the total of a table by place is the whole world's ("Table 2. DSR
     * projects by region" ... "Total  412  79.0") */
    if (!c->scope[0] && q->label_e > q->label_s && q->cap_e > q->cap_s && total_row(doc, q->label_s, q->label_e) &&
        phrases_in(by_place, doc, q->cap_s, q->cap_e, 1))
        take_scope(c, "global", "the table's total");
}

/* A region's row in a table of a country and its regions ("PHILIPPINES
 * 72.8" over "National Capital Region (NCR)  88.1", under "Region"): the
 * region's figure, its area, its scope still the country (subrows.h). */
static void area_row(Job *j)
{
    Claim *c = j->c;
    const ScanQuantity *q = j->q;
    char area[64];
    if (j->cell && !c->area[0] && q->label_e > q->label_s &&
        subrows_area(j->m, j->doc, j->n, q->label_s, q->label_e, q->cap_s, q->cap_e, c->scope, area, sizeof area)) {
        strcut(c->area, sizeof c->area, area);
        classify_said(c, "area", "the row");
    }
}

/* "higher in urban areas (80.5 percent) than in rural areas (64.9
 * percent)", "农村地区互联网普及率66.5%": a country's urban or rural areas,
 * a place within it (its area), where the sentence says "urban area(s)",
 * "rural area(s)", 城镇 or 农村 and the figure is that part's (its aspect,
 * aspect.h). */
static void area_stratum(Job *j)
{
    Claim *c = j->c;
    if (c->area[0] || !countryref_is_country(j->m, c->scope))
        return;
    /* the region the sentence makes the figure's subject, "the National
     * Capital Region (NCR) recorded the highest proportion ... at 88.1
     * percent", when the sentence names no place of its own (regionname.h) */
    char region[64];
    if (!j->own_scope && !j->cell &&
        regionname_before(j->m, j->doc, j->ss, c->start, region, sizeof region)) {
        strcut(c->area, sizeof c->area, region);
        return;
    }
    static const struct { const char *part, *area, *const words[4]; } strata[] = {
        {"urban areas", "urban", {"urban area", "Urban area", "城镇", NULL}},
        {"rural areas", "rural", {"rural area", "Rural area", "农村", NULL}},
    };
    char part[64];
    if (!claim_part(c, part, sizeof part))
        return;
    for (size_t k = 0; k < sizeof strata / sizeof *strata; k++) {
        if (strcmp(part, strata[k].part) != 0)
            continue;
        for (int w = 0; strata[k].words[w]; w++)
            if (tf_find(j->doc + j->ss, j->se - j->ss, strata[k].words[w], strlen(strata[k].words[w]))) {
                strcut(c->area, sizeof c->area, strata[k].area);
                return;
            }
    }
}

/* The document's place (context_doc): read when a claim first asks. */
static const char *doc_scope(Job *j)
{
    return context_doc(j->cx)->scope;
}

/* The paragraph's place and frame (context.h), its sentences without a
 * figure read only now that a claim placed nowhere nearer asks. */
static const char *para_scope(Job *j)
{
    context_topic_read(j->cx);
    return j->a.para_scope;
}

static const char *para_frame(Job *j)
{
    context_topic_read(j->cx);
    return j->a.para_frame;
}

/* The place named near a figure placed nowhere: a note keyed to its row,
 * "the region" named before, a province for its city, 全市 and 全省. */
static void scope_near(Job *j)
{
    const Metrics *m = j->m;
    Context *cx = j->cx;
    Claim *c = j->c;
    const ScanQuantity *q = j->q;
    const char *doc = j->doc;
    size_t n = j->n, ss = j->ss, se = j->se;
    const Around *a = &j->a;
    const DocInfo *di = j->di;
    int cell = j->cell;
    /* 全国 in a paragraph about another country is that country: "在印度
     * 尼西亚，…；全国网民约2.21亿人" */
    if (j->whole_china && !cell && countryref_is_country(m, para_scope(j)) && strcmp(para_scope(j), "china")) {
        strcut(c->scope, sizeof c->scope, para_scope(j));
        classify_said(c, "scope", "the paragraph");
    }
    /* a row of figures under a caption naming one place (capplace.h) */
    if (!c->scope[0] && !cell) {
        char place[64];
        if (capplace_row(m, doc, n, c->start, place, sizeof place))
            take_scope(c, place, "the caption");
    }
    /* a table's note keyed to a row by its mark ("c. Punjab Safe Cities
     * Authority; covers 8,000 cameras"): the row's place (rownote.h) */
    if (!c->scope[0] && !cell) {
        char place[64];
        if (rownote_place(m, doc, n, c->start, place, sizeof place))
            take_scope(c, place, "the row its note marks");
    }
    /* "the region's digital economy": the region named last before it,
     * else the region the heading or the document is about */
    if (!c->scope[0] && !cell) {
        size_t at = regionref_at(doc, ss, se);
        if (at < se) {
            size_t para = a->para_s < ss ? a->para_s : ss;
            const char *r = regionref_before(m, doc, para, at);
            /* (else the region named last in the paragraphs of its
             * section before it: "Southeast Asia is the top target. ..."
             * then, a paragraph on, "in the region's six largest markets") */
            if (!r && para > 0) {
                r = regionref_before(m, doc, regionref_section_start(doc, para), para);
            }
            take_scope(c, r, "the region named before");
            const char *whole[] = {a->heading_scope, doc_scope(j), context_text_scope(cx)};
            for (int k = 0; k < 3 && !c->scope[0]; k++)
                if (whole[k] && regionref_is_region(whole[k]))
                    take_scope(c, whole[k], k ? "the document's region" : "the heading");
        }
    }
    /* "the country's largest provider", "accounts in the country": the
     * document's country, else the one named last before it; a country the
     * paragraph, the heading or the record names holds */
    if (!c->scope[0] && !cell && !countryref_is_country(m, para_scope(j)) &&
        !countryref_is_country(m, a->heading_scope) && !countryref_is_country(m, a->rec_scope))
        take_scope(c, country_meant(j), "the country named before");
    /* a city of the province the section or the document is about
     * stands for the province in its prose ("贵阳大数据交易所全年交易额
     * 突破20亿元" in Guizhou's report); a table by city keeps its rows' */
    if (c->scope[0] && !cell && !(q->label_e > q->label_s)) {
        /* (the document's place asked only of a city of a province) */
        const char *whole = a->heading_scope && a->heading_scope[0] ? a->heading_scope
                            : homeplace_province(m, c->scope)       ? doc_scope(j)
                                                                    : NULL;
        const char *prov = homeplace_for(m, c->scope, whole);
        if (prov) {
            strcut(c->scope, sizeof c->scope, prov);
            classify_said(c, "scope", a->heading_scope && a->heading_scope[0] ? "the heading's province"
                                                                            : "the document's province");
        }
    }
    /* 全市, 全省: the city or province the text is about, or its
     * publisher's, over what the record, the heading or the paragraph
     * would give (the document's place gives it anyway) */
    const char *own_place = !c->scope[0] && !cell && homeplace_says_own(doc, ss, se)
                                ? homeplace_word(m, doc, ss, se, doc_scope(j)[0] ? doc_scope(j) : di->home)
                                : NULL;
    if (own_place) {
        const char *nearer[] = {a->rec_scope, a->heading_scope, para_scope(j)};
        int other = strcmp(doc_scope(j), own_place) != 0;
        for (int k = 0; k < 3 && !other; k++)
            other = nearer[k] && nearer[k][0] && strcmp(nearer[k], own_place);
        if (other)
            take_scope(c, own_place, "the text's own place");
    }
}

/* The place of what holds the figure: the credited national body's
 * country, the record, the heading, the paragraph, the world for many
 * countries counted or the DSR's own metrics, the document, the text. */
static void scope_whole(Job *j)
{
    const Metrics *m = j->m;
    Context *cx = j->cx;
    SentenceFacts *sf = j->sf;
    Claim *c = j->c;
    const char *doc = j->doc;
    size_t ss = j->ss, se = j->se;
    const Around *a = &j->a;
    int cell = j->cell;
    /* a national body's own statistic is its country's when its sentence
     * names no place, whatever place the record, heading or paragraph is
     * about: "CNNIC reported 1.108 billion internet users" in a timeline
     * of Africa's year */
    MetricsPlace named[1];
    /* (a set of countries the sentence chose holds its figures, "The 71
     * countries in the dataset had ...": coverage.h; they lie in the
     * region the text is about, not all over the world) */
    if (!c->scope[0] && !cell && se - ss <= 400 && coverage_chosen(doc, ss, se)) {
        const char *outer[] = {a->rec_scope, a->heading_scope, para_scope(j), para_frame(j), doc_scope(j)};
        const char *o = "";
        for (int k = 0; k < 5 && !o[0]; k++)
            o = outer[k] ? outer[k] : "";
        if (!o[0] || !strcmp(o, "global"))
            return;
    }
    /* (not in a document about another country: "据中国海关统计，2022年中哈
     * 双边贸易额" in a guide to Kazakhstan is Kazakhstan's trade) */
    int zh = chinese_near(doc, ss, c->start);
    const char *body_place = !c->scope[0] && j->own_source && !cell && !metrics_places(m, doc, ss, se, named, 1)
                                 ? zh ? bodyplace_of_body(m, c->source) : bodyplace_of_name(m, c->source)
                                 : NULL;
    if (body_place && !(zh && countryref_is_country(m, doc_scope(j)) && strcmp(doc_scope(j), body_place)))
        take_scope(c, body_place, "the body credited");
    take_scope(c, a->rec_scope, "the record");
    take_scope(c, a->heading_scope, "the heading");
    /* (a Chinese count spread over many countries abroad, "在海外…覆盖80
     * 多个国家和地区", is the world's, not the paragraph's place's) */
    if (!c->scope[0] && !cell && para_scope(j)[0] && chinese_near(doc, ss, c->start) &&
        zh_abroad(doc, ss, se) &&
        FACT(sf, SF_COUNTED_WORLD, counted_world(m, doc, ss, se, j->cx))) {
        take_scope(c, "global", "the countries counted");
        j->own_scope = 1;
    }
    /* (nor is a figure the places of its sentence hold jointly the
     * paragraph's place's: "Five countries - Pakistan, ... and Angola -
     * together received US$11.4 billion" after a sentence on East Asia) */
    /* a sum in a country's own money, placed by nothing nearer, is that
     * country's before a region or the world beyond its sentence
     * (curscope.h) */
    const char *cur = !c->scope[0] && !cell && !zh
                          ? curscope_country(c->unit, doc, c->start, c->end + 24 < se ? c->end + 24 : se)
                          : NULL;
    /* (not when its sentence names that country and set it aside: a
     * giver's money, "AUD 25 million from Australia") */
    if (cur && curscope_yields(para_scope(j)[0] ? para_scope(j) : para_frame(j)[0] ? para_frame(j) : doc_scope(j))) {
        MetricsPlace pl[16];
        size_t np = metrics_places(m, doc, ss, se, pl, 16);
        for (size_t k = 0; k < np && cur; k++)
            if (!strcmp(pl[k].id, cur))
                cur = NULL;
        take_scope(c, cur, "the currency");
    }
    if (!c->scope[0] && !cell && !j->joint)
        take_scope(c, para_scope(j), "the paragraph");
    if (!c->scope[0] && !cell && FACT(sf, SF_COUNTED_WORLD, counted_world(m, doc, ss, se, j->cx))) {
        take_scope(c, "global", "the countries counted");
        j->own_scope = 1;
    }
    if (!c->scope[0] && !cell && !j->joint)
        take_scope(c, para_frame(j), "the paragraph");
    /* the Digital Silk Road's money and its countries, placed nowhere
     * nearer, are the whole initiative's: the world's, not the place the
     * document is about ("IISS put the figure at $79 billion" in a
     * hearing on Africa) */
    if (!c->scope[0] && !cell &&
        (!strcmp(c->metric, "dsr_investment") || !strcmp(c->metric, "dsr_project_countries")))
        take_scope(c, "global", "the metric");
    if (!c->scope[0]) {
        const DocInfo *d = context_doc(cx);
        take_scope(c, d->scope, d->scope_from ? d->scope_from : "the document");
    }
    if (!c->scope[0])
        take_scope(c, context_text_scope(cx), "the text");

}

/* Drop the "scope from ..." clause of c's context, if any. */
static void unsay_scope(Claim *c)
{
    char *p = strstr(c->context, "scope from ");
    if (!p)
        return;
    char *e = strstr(p, "; ");
    if (e)
        memmove(p, e + 2, strlen(e + 2) + 1);
    else if (p > c->context + 1 && p[-2] == ';')
        p[-2] = '\0';
    else
        *p = '\0';
}

/* More people than any country holds, placed by no region but only by
 * what holds the figure (its paragraph's, heading's or document's
 * country, or nothing), are the world's: "2.6 billion people remain
 * offline" in a debate of the United Kingdom's parliament. Its own
 * sentence's place, a region or a group ("BRICS countries"), stays, and
 * so does a set of countries it chose ("The 71 countries in the dataset
 * had a combined population of about 3.1 billion": coverage.h), and a
 * table's cell, in its row's place; the paragraph learns nothing from
 * it. */
static void scope_beyond_nation(Job *j)
{
    Claim *c = j->c;
    if (!coverage_world_people(c->unit, c->value) || j->own_scope || j->cell || !strcmp(c->scope, "global") ||
        (c->scope[0] && !countryref_is_country(j->m, c->scope)) || chinese_near(j->doc, j->ss, c->start) ||
        (j->se - j->ss <= 400 && coverage_chosen(j->doc, j->ss, j->se)))
        return;
    unsay_scope(c);
    strcut(c->scope, sizeof c->scope, "global");
    classify_said(c, "scope", "the people counted");
}

/* A count of China's MoU partners, ten or more, is the world's, over
 * a partner its sentence names ("Kenya ..., becoming one of 33
 * countries to have done so") and the place its paragraph, heading or
 * document is about; not when its own noun is placed ("6 African
 * countries"): mouworld.h. */
static void scope_mou_partners(Job *j)
{
    Claim *c = j->c;
    if (!mouworld_metric(c->metric) || c->value < 10 || !strcmp(c->scope, "global") ||
        chinese_near(j->doc, j->ss, c->start) || mouworld_placed(j->m, j->doc, j->ss, j->se, c->end))
        return;
    unsay_scope(c);
    strcut(c->scope, sizeof c->scope, "global");
    c->area[0] = '\0';
    classify_said(c, "scope", "the partners counted");
}

/* A country's trade figure is its own, not the partner's its sentence
 * or its table's row names ("Exports to China increased by 21.3 per
 * cent" in Malaysia's trade release: partner.h). Every place the
 * sentence names is a partner or the country; the partner teaches the
 * paragraph nothing. */
static void scope_partner(Job *j)
{
    Claim *c = j->c;
    if (!c->scope[0])
        return;
    const ScanQuantity *q = j->q;
    int table = j->cell && q->cap_e > q->cap_s && partner_table(j->doc, q->cap_s, q->cap_e);
    MetricsPlace pl[16];
    size_t np = metrics_places(j->m, j->doc, j->ss, j->se, pl, 16), named = 0;
    if (np == 16)
        return;
    /* (the document's place is read only for a sentence that may name a
     * partner: none named, nothing below changes the figure's place) */
    int may = table;
    for (size_t k = 0; k < np && !may; k++)
        may = !(pl[k].e < j->n && j->doc[pl[k].e] == '$') && partner_named(j->doc, j->ss, j->se, pl[k].s, pl[k].e);
    if (!may)
        return;
    const char *d = doc_scope(j);
    if (!strcmp(c->scope, d) || !countryref_is_country(j->m, d))
        return;
    for (size_t k = 0; k < np; k++) {
        /* (a currency's sign, "US$", names no place) */
        if (!strcmp(pl[k].id, d) || (pl[k].e < j->n && j->doc[pl[k].e] == '$'))
            continue;
        if (!table && !partner_named(j->doc, j->ss, j->se, pl[k].s, pl[k].e))
            return;
        named += !strcmp(pl[k].id, c->scope);
    }
    char row[64];
    if (table && q->label_e > q->label_s &&
        names_heading_scope(j->m, j->doc, q->label_s, q->label_e, row, sizeof row) && !strcmp(row, c->scope))
        named++;
    if (!named)
        return;
    strcut(c->scope, sizeof c->scope, d);
    classify_said(c, "scope", "the reporter over its partner");
    j->own_scope = 0;
}

/* The year named near the figure: its sentence's time words, the record,
 * "now", the paragraph, the document's opening record, the heading,
 * the one year of its sentence. */
static void year_near(Job *j)
{
    SentenceFacts *sf = j->sf;
    Claim *c = j->c;
    const char *doc = j->doc;
    size_t ss = j->ss, se = j->se;
    const MetricsFence *fences = j->fences;
    size_t nfences = j->nfences;
    const Around *a = &j->a;
    const DocInfo *di = j->di;
    int cell = j->cell;
    /* a split year no cue dates: "by the end of its 2023/24 fiscal year"
     * (a table's row dates its cells first) */
    if (!c->year && !cell) {
        take_year(c, fiscal_split_for(doc, ss, se, c->start, c->end), YEAR_FROM_SENTENCE);
        j->own_year |= c->year != 0;
    }
    /* a Chinese time word before the figure dates it (zhtime.h) */
    int zy = di->date_y && c->year_from == YEAR_OWN ? zhtime_year(sentence_times(j), c->start) : 0;
    if (zy) {
        c->year = zy;
        classify_year_from(c, YEAR_FROM_DATE);
        j->own_year = 1;
    }
    /* (a Chinese comparison's base figure: its base's year, compbase.h) */
    if (!c->year && chinese_near(doc, ss, c->start))
        take_year(c, compare_figure_zh(doc, ss, se, c->start), YEAR_FROM_SENTENCE);
    /* a time word of the figure's own clause, before the year of
     * another clause and the nearest time word across a comma
     * (timeclause.h) */
    int cy = !cell && !chinese_near(doc, ss, c->start) ? timeclause_year(sentence_times(j), doc, ss, se, c, 0) : 0;
    if (cy && c->year && c->year != cy && c->year_from == YEAR_OWN && timeclause_elsewhere(doc, ss, se, c, c->year) &&
        timeclause_year(sentence_times(j), doc, ss, se, c, 1) == cy)
        c->year = 0;
    if (!c->year) {
        const char *why = NULL;
        int y = cy ? cy : docinfo_times_year(sentence_times(j), c->start, &why);
        /* (a month with no year, in a section whose heading or opening
         * names its year, is of that year: below) */
        if (y && (a->head_year || a->para_open) && timeclause_month_nearest(sentence_times(j), doc, c->start))
            y = 0;
        if (y) {
            take_year(c, y, YEAR_FROM_DATE);
            j->own_year = 1;
        }
    }
    take_year(c, a->rec_year, YEAR_FROM_RECORD);
    /* a figure said to hold j->now ("Huawei j->now holds 31 percent", "currently")
     * holds when the document was written, even after a paragraph on an
     * earlier year: its title's year, else its date's */
    j->now = di->year ? di->year : di->period_y ? di->period_y : di->date_y;
    j->now_from = di->year ? YEAR_FROM_TITLE : di->period_y ? YEAR_FROM_PERIOD : YEAR_FROM_DATE;
    j->own_year_words = any_year(doc, ss, se, c->start, c->end, fences, nfences);
    /* (a news story's "now" is its date's: its headline's year tells of
     * an event, "... hits record in 2023" out in January 2024) */
    int story = di->news == NEWS_STORY && di->date_y && !di->period_y;
    if (!c->year && j->now && !cell && !j->own_year_words && FACT(sf, SF_RIGHT_NOW, sw_phrases_in(SW_RIGHT_NOW, doc, ss, se) != NULL) &&
        tense_present(doc, ss, se, c->start))
        take_year(c, story ? di->date_y : j->now, story ? YEAR_FROM_DATE : j->now_from);
    if (!c->year && a->para_year && !cell && (!j->own_year_words || FACT(sf, SF_SAME_TIME, sw_phrases_in(SW_SAME_TIME, doc, ss, se) != NULL)) &&
        !startaside_before(doc, ss, se, c->start))
        take_year(c, a->para_year, YEAR_FROM_PARAGRAPH);
    /* "in the same period" in a paragraph that names no year of its own
     * looks back to the year of the paragraph before */
    if (!c->year && !a->para_year && a->prev_year && !cell && !j->own_year_words &&
        sw_phrases_in(SW_SAME_PERIOD, doc, ss, se))
        take_year(c, a->prev_year, YEAR_FROM_PARAGRAPH);
    /* (a list's items: the year its lead-in line gives them) */
    if (!c->year && !cell)
        take_year(c, a->lead_year, YEAR_FROM_PARAGRAPH);
    /* a Chinese plan's frame: the span of a plan's title its sentence
     * names, the lead "到2025年" over its dash lines, the period "“十三五”
     * 期间" opening the section (zhplan.h) */
    if (!c->year && !cell && chinese_near(doc, ss, c->start)) {
        take_year(c, zhplan_title_end(doc, ss, se), YEAR_FROM_SENTENCE);
        take_year(c, zhplan_frame_year(doc, j->n, ss), YEAR_FROM_PARAGRAPH);
    }
    /* the document's opening record ("Date of issue: 14 March 2024") dates
     * what nothing nearer dates: the paragraph's year comes first */
    take_year(c, a->doc_rec_year, YEAR_FROM_RECORD);
    /* the section's year ("Global context (2024)", "2023 results") */
    take_year(c, a->head_year, YEAR_FROM_HEADING);
    /* the one year the sentence names, with no cue around it ("its 2023
     * Wuzhen summit drew 1,500 participants", "The 2023 total was spread
     * across 13 loans", "ended 2023 with 15.2 million") */
    if (!c->year && !cell) {
        int y = sole_year(doc, ss, se, c->start, c->end, fences, nfences);
        if (y) {
            take_year(c, y, YEAR_FROM_SENTENCE);
            j->own_year = 1;
        }
    }
}

/* A cell of a column of the period before the report's ("上年同期数"
 * beside "本期数", zhprior.h) that the report dates from beyond its table
 * (its heading, title, date): the year before. */
static void year_prior_column(Job *j)
{
    Claim *c = j->c;
    const ScanQuantity *q = j->q;
    if (!c->year || q->head_e <= q->head_s || !zhprior_column(j->doc, q->head_s, q->head_e))
        return;
    switch (c->year_from) {
    case YEAR_FROM_CAPTION:
    case YEAR_FROM_HEADING:
    case YEAR_FROM_PARAGRAPH:
    case YEAR_FROM_RECORD:
    case YEAR_FROM_PERIOD:
    case YEAR_FROM_TITLE:
    case YEAR_FROM_DATE:
    case YEAR_FROM_DATA_DATE:
        break;
    default:
        return;
    }
    int y = c->year - 1;
    claim_year_own(c);
    c->year = y;
    classify_year_from(c, YEAR_FROM_COLUMN);
}

/* The year of the document for a figure dated nowhere nearer: its
 * present tense, its title, its period, a news story's or a body's own
 * statement's date; then the month of the year found. */
static void year_document(Job *j)
{
    Claim *c = j->c;
    const ScanQuantity *q = j->q;
    const char *doc = j->doc;
    size_t ss = j->ss, se = j->se;
    const Around *a = &j->a;
    const DocInfo *di = j->di;
    int cell = j->cell;
    /* a figure stated in the present tense holds when the document was
     * written ("Alibaba Cloud operates 87 zones" in a story of October
     * 2024); after the paragraph's year, which a description of its data
     * keeps ("Loans account for 87 per cent of this value")
     * (an encyclopedia's date is when its entry was read: refwork.h) */
    if (!c->year && j->now && !cell && !j->own_year_words && !(di->refwork && j->now_from == YEAR_FROM_DATE) &&
        tense_present(doc, ss, se, c->start)) {
        /* (a Chinese report's undated figures are of the year its data run
         * to: "截至2023年12月" in a report of March 2024) */
        if (di->data_y && chinese_near(doc, ss, c->start))
            take_year(c, di->data_y, YEAR_FROM_DATA_DATE);
        take_year(c, j->now, j->now_from);
    }
    take_year(c, di->year, YEAR_FROM_TITLE);
    /* (the end of the period a report covers: its undated figures) */
    take_year(c, di->period_y, YEAR_FROM_PERIOD);
    /* (a Chinese outlet's story with no dateline leaves its plans and
     * forecasts undated, as a Chinese sentence's tense rule does) */
    if (di->news && !(di->news == NEWS_OUTLET_ZH && planned_at(doc, ss, se, c->start)))
        take_year(c, di->date_y, YEAR_FROM_DATE);
    /* a body's own statement (a notice of results, a notification, its
     * minutes) reports its present as of its date; not its plans, nor
     * the terms it sets ("licences shall be issued for 15 years", "each
     * assignee shall, in addition, provide service in 60 wards") */
    if (di->issued_now && !c->year && !planned_at(doc, ss, se, c->start) && !sets_terms(doc, ss, se))
        take_year(c, di->date_y, YEAR_FROM_DATE);
    /* a document that prints its date at its top (a story's byline
     * date, "Published 6 March 2024", a letter's or a submission's date,
     * a meeting's "Bangkok, 16-17 January 2025": dateprint.h) tells what
     * was so when it was written: a figure of its text that nothing dates
     * is of that year, in whatever tense ("the outage cost shops 30 per
     * cent of their sales"); not a plan, a forecast or terms, not a rate
     * that recurs or a guess among others, not a table's cell (its
     * columns date it), not a sentence that writes a year of its own (it
     * is told against another time), not an encyclopedia's entry */
    if (!c->year && di->dated_top && !cell && !j->own_year_words && !di->refwork && !chinese_near(doc, ss, c->start) &&
        !planned_at(doc, ss, se, c->start) && !sets_terms(doc, ss, se) && !tense_standing(doc, ss, se, c->start, c->end))
        take_year(c, di->date_y, YEAR_FROM_DATE);
    /* the month of that year, where the text gives it */
    c->month = year_month(c, q, a, doc, ss, se);

}

/* "Northwind Cloud now operates 64 availability zones": what a body
 * holds or runs, told with it as the sentence's subject, in a text no
 * body publishes nor reviews (a body's report, "PADI operates 23 data
 * centres" in a rating note, tells it as its own). */
static void source_body_state(Job *j)
{
    Claim *c = j->c;
    const DocInfo *di = j->di;
    if (c->source[0] || di->body[0] || di->reviewed[0] || chinese_near(j->doc, j->ss, c->start) ||
        !metrics_body_state(j->m, c, j->doc, j->n, j->ss, j->se))
        return;
    /* (a country is no body: "China had 1.09 billion internet users") */
    char low[sizeof c->source];
    size_t k = 0;
    for (; c->source[k] && k + 1 < sizeof low; k++)
        low[k] = (char)ascii_lower((unsigned char)c->source[k]);
    low[k] = '\0';
    if (countryref_is_country(j->m, low) || !strcasecmp(c->source, c->scope))
        c->source[0] = '\0';
    else
        classify_said(c, "source", "the body's own act");
}

/* The body from around: a numbered note, a block's note, a release's
 * notes on whose data each topic is, the record, a list's lead-in, the
 * speaker, the publisher's first person, the paragraph, the publisher. */
static void context_source(Job *j)
{
    SentenceFacts *sf = j->sf;
    Claim *c = j->c;
    const ScanQuantity *q = j->q;
    const char *doc = j->doc;
    size_t ss = j->ss, se = j->se;
    const Around *a = &j->a;
    const DocInfo *di = j->di;
    if (!c->source[0] && a->note_body) {
        char where[32];
        snprintf(where, sizeof where, "note %u", a->note_num);
        take_source(c, a->note_body, where);
        /* (a note credits the sentence it marks, not the paragraph after) */
        j->own_source = 0;
    }
    take_source(c, a->note_source, "the block's note");
    /* a release's notes on whose data each topic is: the topic the text
     * before the figure names, else its row's label, its table's caption
     * (its column's header: above); then a note on the figures of the
     * section it closes ("注：本章数据来源于…") */
    if (!c->source[0] && a->datasrc) {
        const char *b = datasrc_body(a->datasrc, doc, semicolon_clauses(doc, a->para_s, ss), c->start);
        if (!b && q->label_e > q->label_s)
            b = datasrc_body(a->datasrc, doc, q->label_s, q->label_e);
        if (!b && q->cap_e > q->cap_s)
            b = datasrc_body(a->datasrc, doc, q->cap_s, q->cap_e);
        /* (else the numbered section's heading it stands under: "十、邮电通信
         * 和信息化" speaks of 邮电通信业务) */
        if (!b)
            b = datasrc_heading(a->datasrc, doc, c->start);
        take_source(c, b, "the release's notes");
        take_source(c, datasrc_section(a->datasrc, c->start), "the section's note");
    }
    take_source(c, a->rec_source, "the record");
    take_source(c, a->lead_source, "the list's lead-in");
    /* "the intrusion sets we tracked": in a transcript, what "we" found
     * is the speaker's (and the paragraph's later figures hear it too) */
    if (!c->source[0] && a->speaker[0] && voice_own_findings(doc, ss, se)) {
        take_source(c, a->speaker, "the speaker");
        j->own_source = 1;
    }
    /* (a teller the sentence credits but does not name, "据项目承建方介绍",
     * is not the paragraph's, the speaker's nor the publisher's; a
     * reporter's question at a press conference is not the host's) */
    /* ("据不完全统计" names no teller: at a press conference, the official
     * telling it) */
    if (j->unnamed == 3 && a->speaker_all)
        j->unnamed = 0;
    if (!j->unnamed && !a->asked) {
        /* (a sentence in the publisher's first person, "Of the 412
         * projects in our database", is not the paragraph's teller's) */
        /* (at a Chinese press conference, an official's "we" is his
         * body, the speaker's) */
        if (!c->source[0] && a->speaker_all && a->speaker[0] && chinese_near(doc, ss, c->start) &&
            FACT(sf, SF_FIRST_PERSON, voice_first_person(doc, ss, se)))
            take_source(c, a->speaker, "the speaker");
        if (!c->source[0] && (di->we[0] || di->body[0]) &&
            FACT(sf, SF_FIRST_PERSON, voice_first_person(doc, ss, se))) {
            take_source(c, di->we[0] ? di->we : di->body, "the publisher");
            /* (a Chinese paper's "研究发现：" leads its paragraph: the
             * clauses after it tell the paper's findings too) */
            j->own_source |= chinese_near(doc, ss, c->start);
        }
        /* "Ethio Telecom has agreed to sell 7,200 towers", "Action Fraud
         * received 32,000 reports": a body's own act, told with it as the
         * sentence's subject, is its figure: before the body an earlier
         * sentence of the paragraph credited (a new body acting ends that
         * one's reach) and before the publisher (a report retells it as
         * the body's); not an organ of the publisher's own ("the Board of
         * Directors approved seven projects" in a bank's report) */
        if (!c->source[0] && !chinese_near(doc, ss, c->start) && metrics_body_act(j->m, c, doc, j->n, ss, se)) {
            if (di->body[0] && bodyact_organ(c->source))
                c->source[0] = 0;
            else
                classify_said(c, "source", "the body's own act");
        }
        /* (the publisher as the sentence's subject in its own report, "the
         * Authority's pilot connected 26,400 households", names its own
         * teller: not the body an earlier sentence credited, selfsubj.h) */
        if (!c->source[0] && a->para_source && a->para_source[0] && di->body[0] &&
            !chinese_near(doc, ss, c->start) && selfsubj_opens(doc, ss, se, c->start, di->body))
            take_source(c, di->body, "the publisher");
        /* "2023年，商务部会同有关部门举办培训班80余期": a known body's own
         * act, told with it as a Chinese sentence's subject (zhbodyact.h) */
        if (!c->source[0] && chinese_near(doc, ss, c->start) &&
            zhbodyact_credit(j->m, doc, ss, c->start, c->source, sizeof c->source))
            classify_said(c, "source", "the body's own act");
        take_source(c, a->para_source, "the paragraph");
        source_body_state(j);
        /* (a Chinese paper's English abstract: its findings, transabs.h) */
        if (!c->source[0] && (di->we[0] || di->body[0]) && transabs_english(doc, j->n, a->para_s))
            take_source(c, di->we[0] ? di->we : di->body, "the publisher");
        /* an official at a Chinese press conference speaks for the body
         * in all they say */
        if (a->speaker_all)
            take_source(c, a->speaker, "the speaker");
        take_source(c, datasrc_rest(a->datasrc), "the release's notes");
        /* a news item's headline in brackets: its item's body
         * ("【…460万个】" over "工业和信息化部今天发布数据显示，…") */
        if (!c->source[0] && chinese_near(doc, ss, c->start)) {
            char item[sizeof c->source];
            if (zhitemhead_credit(j->m, doc, j->n, c->start, item, sizeof item))
                take_source(c, item, "the item under the headline");
        }
        /* a "Source:" note closing the document: whose data its page gives */
        take_source(c, a->end_source, "the document's closing note");
        /* a written answer: the department the question was put to */
        take_source(c, a->answerer, "the answering department");
        /* a review or a post on another's report retells the work's
         * figures */
        take_source(c, di->reviewed, "the work reviewed");
        take_source(c, di->body, "the publisher");
    }

}

/* "Zhou said", "he told reporters", "the company said": the teller an
 * English clause names short, as the text introduced them
 * (referents.h). The surname the sentence credited gives way to the
 * body; a pronoun credits only a sentence that credits no one; "the
 * company" gives way to the body the text introduced when the sentence's
 * own first body is not one it named before ("The four-storey facility,
 * known as NDC-1, cost ..., the company said"). */
static void sentence_referent(Job *j)
{
    Claim *c = j->c;
    const char *doc = j->doc;
    if (j->setter || chinese_near(doc, j->ss, c->start))
        return;
    char body[sizeof c->source], said[64];
    int ref = referents_credit(doc, j->n, j->ss, j->se, c->start, body, sizeof body, said, sizeof said);
    /* ("Scam compounds hold 90,000 people, the agency estimates": a
     * sentence's first capitalised word no agency is named by tells
     * nothing, though the text named no agency before) */
    if (ref == REF_NONE && said[0] && c->source[0] && !referents_fits_kind(said, c->source) &&
        !metrics_known_source(j->m, c->source))
        c->source[0] = '\0';
    if (ref == REF_NONE || !body[0])
        return;
    int take = !c->source[0];
    if (ref == REF_SURNAME)
        take |= strstr(c->source, said) != NULL || strstr(said, c->source) != NULL;
    /* (not the sentence's subject: "Kenya's Safaricom awarded Huawei a
     * ... contract ..., the operator said") */
    if (ref == REF_KIND && c->source[0] && !metrics_known_source(j->m, c->source)) {
        size_t lead = j->ss;
        while (lead < j->se && lead - j->ss < 40 && doc[lead] != ',')
            lead++;
        take |= !referents_named(doc, j->ss, c->source) && !referents_named(doc + j->ss, lead - j->ss, c->source);
        /* (nor a word no body of its kind is named by: "Demand ..., the
         * commission says") */
        take |= !referents_fits_kind(said, c->source);
        /* (but a teller the clause reports keeps its own: "The company
         * notes that the Communications Authority recorded 1.1 billion") */
        const char *ref_at = tf_find(doc + j->ss, j->se - j->ss, said, strlen(said));
        const char *src_at = ref_at ? tf_find(ref_at, (size_t)(doc + j->se - ref_at), c->source, strlen(c->source)) : NULL;
        if (src_at && src_at < doc + c->start)
            take = 0;
    }
    if (take) {
        /* (a body the table knows, by its id: "MIIT") */
        char id[sizeof c->source];
        if (names_known_source(j->m, body, 0, strlen(body), id, sizeof id))
            strcut(body, sizeof body, id);
        strcut(c->source, sizeof c->source, body);
        classify_said(c, "source", ref == REF_SURNAME ? "the person the surname names"
                                   : ref == REF_PRONOUN ? "the speaker the pronoun names"
                                   : ref == REF_QUOTED  ? "the speaker the paragraph names"
                                                        : "the body the noun names");
    }
}

/* "..., the memo says", "According to the survey": the maker of the
 * document the sentence names as its teller, as the text introduced it
 * (docref.h), by its id when the table knows it */
static void sentence_docref(Job *j)
{
    Claim *c = j->c;
    char maker[sizeof c->source], id[sizeof c->source];
    if (j->setter || chinese_near(j->doc, j->ss, c->start) ||
        !docref_credit(j->doc, j->n, j->ss, j->se, maker, sizeof maker))
        return;
    if (names_known_source(j->m, maker, 0, strlen(maker), id, sizeof id))
        strcut(maker, sizeof maker, id);
    strcut(c->source, sizeof c->source, maker);
    classify_said(c, "source", "the document's maker");
}

/* "at the Bank of Zambia mid-rate of ZMW 25.5 per USD": the rate is the
 * bank's figure, whoever the sentence credits for the sums it converts
 * (ratesrc.h); by its id when the table knows the bank */
static void sentence_rate(Job *j)
{
    Claim *c = j->c;
    size_t rs, re;
    if (chinese_near(j->doc, j->ss, c->start) || !ratesrc_body(j->doc, j->ss, c->start, &rs, &re) ||
        re - rs >= sizeof c->source)
        return;
    if (!names_known_source(j->m, j->doc, rs, re, c->source, sizeof c->source)) {
        memcpy(c->source, j->doc + rs, re - rs);
        c->source[re - rs] = '\0';
    }
    classify_said(c, "source", "the rate's body");
}

void classify_claim(const Metrics *m, Context *cx, SentenceFacts *sf, Claim *c, const ScanQuantity *q,
                    const char *doc, size_t n, size_t ss, size_t se, const MetricsFence *fences, size_t nfences,
                    int own[3])
{
    Job j = {.m = m, .cx = cx, .sf = sf, .c = c, .q = q, .doc = doc, .n = n, .ss = ss, .se = se,
             .fences = fences, .nfences = nfences};
    sentence_cues(&j);
    int own_metric = c->metric[0] != 0;
    /* "the National Capital Region (NCR) recorded the highest share":
     * the subject is ranked, no teller (ranked.h) */
    if (c->source[0] && !chinese_near(doc, ss, c->start) && ranked_subject(doc, ss, se, c->source))
        c->source[0] = '\0';
    sentence_credit_zh(&j);
    sentence_scope(&j);
    sentence_subject(&j);
    sentence_year(&j);
    sentence_referent(&j);
    sentence_docref(&j);
    sentence_world_count(&j);
    j.own_scope = c->scope[0] != 0, j.own_year = c->year != 0, j.own_source = c->source[0] != 0 && !j.setter;
    /* (after: the rate's bank is no teller the paragraph goes on hearing) */
    sentence_rate(&j);
    /* the owner of the record the figure is read from, when no one is
     * credited: the sentence's, not its paragraph's (the next sentence
     * may read another's record) */
    /* (not a table's cell: "Union Councils connected with OFC  number
     * 1,200" is a row, no record's owner and its count) */
    if (!c->source[0] && !chinese_near(doc, ss, c->start) && q->head_e <= q->head_s &&
        metrics_record_owner(m, c, doc, n, ss, se))
        classify_said(c, "source", "the record's owner");
    table_column(&j);
    context_around(cx, j.q->start, ss, se, &j.a);
    j.di = j.a.doc;
    year_ago(&j);
    year_decade_end(&j);

    context_metric(&j);
    table_year_source(&j);
    /* a table's cell stands in its row, not in a paragraph's topic */
    j.cell = j.q->head_e > j.q->head_s || j.q->cap_e > j.q->cap_s;

    scope_table(&j);
    scope_near(&j);
    scope_whole(&j);
    scope_partner(&j);
    scope_beyond_nation(&j);
    scope_mou_partners(&j);
    area_row(&j);
    /* ASEAN in an English text about Southeast Asia names the region it
     * writes about (the bloc's own statement keeps the bloc; a Chinese
     * text's 东盟 stays the bloc) */
    if (!strcmp(c->scope, "asean") && !strcmp(doc_scope(&j), "southeast asia") && !chinese_near(doc, ss, c->start))
        strcut(c->scope, sizeof c->scope, "southeast asia");
    year_near(&j);
    year_document(&j);
    year_prior_column(&j);
    context_source(&j);

    /* "The Respondent submitted", "the Company's own analysis": the name
     * the text defined the term for (defterm.h) */
    if (!chinese_near(doc, ss, c->start) && defterm_resolve(doc, n, c->start, c->source, sizeof c->source))
        classify_said(c, "source", "the name the term was defined for");
    /* "The Bank expects" in the bank's own report: the publisher */
    else if (credit_own_kind(c->source, sizeof c->source, j.di->body) && !strstr(c->context, "source from"))
        classify_said(c, "source", "the publisher");
    /* "The Post reports" after "The Jakarta Post": the name given in full */
    else if (!chinese_near(doc, ss, c->start) && shortref_resolve(doc, c->start, c->source, sizeof c->source))
        classify_said(c, "source", "the name given in full before");

    /* a sign several countries write ("Rs", "Sh") is its place's currency */
    /* (the document's place only for a figure placed nowhere, which has
     * read it already) */
    localcur_resolve(c, c->scope[0] ? NULL : doc_scope(&j));
    localcur_yuan(c, doc, n, c->scope[0] ? NULL : doc_scope(&j));

    /* is the figure what its metric means (metfit.h)? */
    metfit_check(m, c, doc, n, ss, se, (own_metric ? METFIT_OWN : 0) | (j.cell ? METFIT_CELL : 0));
    /* a figure of a part of a population, an aim */
    aspect_mark(m, c, doc, ss, se);
    area_stratum(&j);

    /* a table's cell teaches the paragraph nothing, nor does a plan's
     * deadline ("will invest US$500 million by 2030") date what follows */
    own[0] = j.own_scope && !j.cell && !roles_zh_part(doc, ss, c->start);
    /* (a comparative bracket's year is its figure's, not the paragraph's) */
    own[1] = j.own_year && !j.cell && !planned_at(doc, ss, se, c->start) && !in_comparative(doc, ss, se, c->start, c->end) &&
             !zhcompbr_holding(doc, ss, se, c->start, c->end) && !compare_figure(doc, ss, c->start) && !compare_figure_zh(doc, ss, se, c->start);
    own[2] = j.own_source && !j.cell;
}
