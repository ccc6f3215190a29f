/* compbase.c — the year of what a figure is compared with (see compbase.h). */
#include "compbase.h"

#include <string.h>
#include <strings.h>

#include "asciiword.h"
#include "textwalk.h"

/* The words of a period that may stand before its year, longest first. */
static const char *const periods[] = {
    "the same period of ", "the same period in ", "the same quarter of ", "the same quarter in ",
    "the corresponding period of ", "the corresponding period in ", "the corresponding quarter of ",
    "the corresponding quarter in ",
    "the same month of ", "the end of ", "Q1 ", "Q2 ", "Q3 ", "Q4 ", "H1 ", "H2 ", "1H ", "2H ", "9M ", "6M ",
    "3M ", "FY ", "FY", "end-", "mid-", NULL,
};

static int ends_word(const char *p, size_t ss, size_t at)
{
    return at == ss || !((p[at - 1] | 0x20) >= 'a' && (p[at - 1] | 0x20) <= 'z') ;
}

size_t compare_period_start(const char *p, size_t ss, size_t y)
{
    /* (every period's words end in a blank or a dash, but "FY") */
    if (y == ss || (p[y - 1] != ' ' && p[y - 1] != '-' && (p[y - 1] | 0x20) != 'y'))
        return y;
    for (int k = 0; periods[k]; k++) {
        size_t l = strlen(periods[k]);
        if (y >= ss + l && (p[y - l] | 0x20) == (periods[k][0] | 0x20) && !strncasecmp(p + y - l, periods[k], l) &&
            ends_word(p, ss, y - l))
            return y - l;
    }
    return y;
}

size_t compare_period_end(const char *p, size_t k, size_t se)
{
    for (int w = 0; periods[w]; w++) {
        size_t l = strlen(periods[w]);
        if (k + l <= se && (p[k] | 0x20) == (periods[w][0] | 0x20) && !strncasecmp(p + k, periods[w], l))
            return k + l;
    }
    return k;
}

/* Does the word p[s, e) (lower case compared) say a change? */
static int change_word(const char *p, size_t s, size_t e)
{
    static const char *const words[] = {"up", "down", "increase", "increased", "rise", "rose", "risen", "grew",
                                        "growth", "gain", "fell", "fall", "decline", "declined", "higher", "lower",
                                        "more", "less", "fewer", "half", "%", "percent", "pp", "points", NULL};
    for (int k = 0; words[k]; k++)
        if (e - s == strlen(words[k]) && !strncasecmp(p + s, words[k], e - s))
            return 1;
    /* a figure in per cent glued: "26%" */
    return e > s && p[e - 1] == '%';
}

int compare_base(const char *p, size_t ss, size_t se, size_t y)
{
    static const char *const bases[] = {"compared with ", "compared to ", "versus ", "against ", "over ",
                                        "from ", "than in ", "than ", "on ", "vs. ", "vs ", NULL};
    /* (a span of years: "from 2019 to 2021", "2019-2021") */
    size_t e = y + 4;
    while (e < se && p[e] == ' ')
        e++;
    if (e < se && (p[e] == '-' || (e + 3 <= se && !strncmp(p + e, "to ", 3)) ||
                   ((unsigned char)p[e] == 0xE2 && e + 2 < se && (unsigned char)p[e + 1] == 0x80)))
        return 0;
    size_t at = compare_period_start(p, ss, y), w = at;
    int based = 0;
    if (at == ss || p[at - 1] != ' ')
        return 0;
    for (int k = 0; bases[k] && !based; k++) {
        size_t l = strlen(bases[k]);
        if (at >= ss + l && (p[at - l] | 0x20) == bases[k][0] && !strncasecmp(p + at - l, bases[k], l) &&
            ends_word(p, ss, at - l))
            based = 1, w = at - l;
    }
    if (!based)
        return 0;
    /* a change in the few words before, within the clause ("up 26%",
     * "up by half", "an increase of 22%") */
    size_t lim = w > ss + 40 ? w - 40 : ss;
    for (size_t i = w; i > lim;) {
        while (i > lim && p[i - 1] == ' ')
            i--;
        size_t s = i;
        while (s > lim && p[s - 1] != ' ' && p[s - 1] != ',' && p[s - 1] != ';' && p[s - 1] != '(')
            s--;
        if (s == i)
            return 0;   /* a clause's end */
        if (change_word(p, s, i))
            return 1;
        i = s;
    }
    return 0;
}

/* The word ending at p[e] (after blanks), not before ss: its start. */
static size_t word_before(const char *p, size_t ss, size_t e, size_t *we)
{
    while (e > ss && p[e - 1] == ' ')
        e--;
    size_t s = e;
    while (s > ss && ((p[s - 1] | 0x20) >= 'a' && (p[s - 1] | 0x20) <= 'z'))
        s--;
    *we = e;
    return s;
}

/* Is p[s, we) one of the words in ws? */
static int word_in(const char *p, size_t s, size_t we, const char *const *ws)
{
    return tw_win((const unsigned char *)p + s, we - s, ws);
}

/* The start of the figure written just before p[e] (after blanks),
 * digits with their commas and points ("1,950"), else e. */
static size_t figure_before(const char *p, size_t ss, size_t e)
{
    size_t i = e;
    while (i > ss && p[i - 1] == ' ')
        i--;
    size_t s = i;
    while (s > ss && ((p[s - 1] >= '0' && p[s - 1] <= '9') || p[s - 1] == ',' || p[s - 1] == '.'))
        s--;
    return s < i && p[s] >= '0' && p[s] <= '9' ? s : e;
}

int compare_figure(const char *p, size_t ss, size_t claim_s)
{
    static const char *const hedges[] = {"about", "around", "roughly", "nearly", "almost", "approximately", "some",
                                         "just", "only", "over", "under", "estimated", NULL};
    /* the level a change starts from named before its figure: "from a
     * peak of 36.4 per cent", "from the record of 2.1 million" */
    static const char *const levels[] = {"peak", "high", "low", "level", "record", "total", "figure", "average",
                                         NULL};
    /* a part or a multiple of the figure: "about a third of the 11.0
     * million recorded in 2019", "twice the 4.1 million of 2020" */
    static const char *const parts[] = {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
                                        "tenth", "times", "double", "twice", "triple", NULL};
    static const char *const articles[] = {"the", "a", "an", NULL};
    size_t we, s = word_before(p, ss, claim_s, &we);
    for (int k = 0; hedges[k] && s < we; k++)
        if (aw_is(p, s, we - s, hedges[k])) {
            s = word_before(p, ss, s, &we);
            if (aw_is(p, s, we - s, "an"))
                s = word_before(p, ss, s, &we);
            break;
        }
    /* the second figure of a pair after the word: "up from 1,950 entries
     * and 41 countries in 2023" (a noun or two between) */
    if (s < we && aw_is(p, s, we - s, "and")) {
        size_t e = s;
        for (int w = 0; w < 3; w++) {
            size_t f = figure_before(p, ss, e);
            if (f < e)
                return compare_figure(p, ss, f);
            size_t we2, s2 = word_before(p, ss, e, &we2);
            if (s2 == we2)
                break;
            e = s2;
        }
    }
    if (s < we && word_in(p, s, we, articles)) {
        size_t we2, s2 = word_before(p, ss, s, &we2);
        if (s2 < we2 && word_in(p, s2, we2, parts))
            return 1;
        if (s2 < we2 && aw_is(p, s2, we2 - s2, "of")) {
            size_t we3, s3 = word_before(p, ss, s2, &we3);
            if (s3 < we3 && word_in(p, s3, we3, parts))
                return 1;
        }
        s = s2, we = we2;
    }
    if (s < we && aw_is(p, s, we - s, "of")) {
        size_t we2, s2 = word_before(p, ss, s, &we2);
        if (s2 < we2 && word_in(p, s2, we2, parts))
            return 1;
        if (s2 < we2 && word_in(p, s2, we2, levels)) {
            s = word_before(p, ss, s2, &we);
            if (s < we && word_in(p, s, we, articles))
                s = word_before(p, ss, s, &we);
        }
    }
    if (s == we)
        return 0;
    if (aw_is(p, s, we - s, "from") || aw_is(p, s, we - s, "against") || aw_is(p, s, we - s, "versus") ||
        aw_is(p, s, we - s, "vs"))
        return 1;
    if (aw_is(p, s, we - s, "with") || aw_is(p, s, we - s, "to")) {
        size_t we2, s2 = word_before(p, ss, s, &we2);
        return aw_is(p, s2, we2 - s2, "compared");
    }
    return 0;
}

/* ---- Chinese: 较2022年, 由2022年12月的30.8%提升至32.5% ---- */

static int lit(const char *p, size_t se, size_t i, const char *w)
{
    size_t l = strlen(w);
    return i + l <= se && !memcmp(p + i, w, l);
}

/* The end of a clause at or after p[i] (，；。 or the sentence's end). */
static size_t clause_end(const char *p, size_t i, size_t se)
{
    for (; i < se; i++)
        if (lit(p, se, i, "，") || lit(p, se, i, "；") || lit(p, se, i, "。") || p[i] == ',' || p[i] == ';')
            return i;
    return se;
}

size_t compare_base_zh(const char *p, size_t ss, size_t se, size_t y)
{
    /* ORDER words: the ones that open a base, then what says the change
     * from it ("由…提升至", "从…升到") */
    static const char *const opens[] = {"较", "較", "比", "由", "从", "從", "与", "與", NULL};
    static const char *const to[] = {"至", "到", "相比", "相較", "增长", "增長", "增加", "上升", "下降", "减少",
                                     "減少", "提高", "提升", "扩大", "擴大", "缩短", "縮短", "多", "少", "高", "低",
                                     NULL};
    if (y < ss + 3 || !lit(p, se, y + 4, "年"))
        return 0;
    for (size_t k = y; k < y + 4; k++)
        if (!(p[k] >= '0' && p[k] <= '9'))
            return 0;
    int open = -1;
    for (int k = 0; opens[k] && open < 0; k++)
        if (!memcmp(p + y - 3, opens[k], 3))
            open = k;
    if (open < 0)
        return 0;
    /* past the period: 年, a month (12月), its end (末, 底), 同期, 的 */
    size_t e = y + 7;
    if (e < se && p[e] >= '0' && p[e] <= '9') {
        size_t m = e;
        while (m < se && p[m] >= '0' && p[m] <= '9')
            m++;
        if (!lit(p, se, m, "月"))
            return 0;
        e = m + 3;
    }
    if (lit(p, se, e, "末") || lit(p, se, e, "底"))
        e += 3;
    if (lit(p, se, e, "同期"))
        e += 6;
    /* (a span of years is no base: "从2019年到2023年", "由2020年至今") */
    if (lit(p, se, e, "至") || lit(p, se, e, "到") || lit(p, se, e, "起") || lit(p, se, e, "以来") ||
        lit(p, se, e, "开始") || lit(p, se, e, "開始") || (e < se && p[e] == '-'))
        return 0;
    if (lit(p, se, e, "的"))
        e += 3;
    /* a change from the base said later in its clause */
    size_t ce = clause_end(p, e, se);
    for (size_t i = e; i < ce; i++)
        for (int k = 0; to[k]; k++)
            if (lit(p, ce, i, to[k]))
                return e;
    return 0;
}

int compare_base_figure(const char *p, size_t bz, size_t claim_s)
{
    static const char *const hedges[] = {"不到", "约", "約", "近", "接近", "超过", "超過", "逾", "仅", "僅", NULL};
    if (claim_s == bz)
        return 1;
    for (int k = 0; hedges[k]; k++)
        if (claim_s - bz == strlen(hedges[k]) && !memcmp(p + bz, hedges[k], claim_s - bz))
            return 1;
    return 0;
}

int compare_figure_zh(const char *p, size_t ss, size_t se, size_t claim_s)
{
    /* the base's year ends at most 年12月末同期的 and a hedge (不到) before
     * the figure: some 40 bytes */
    size_t lim = claim_s > ss + 48 ? claim_s - 48 : ss;
    for (size_t y = lim; y + 7 <= claim_s; y++) {
        if (!(p[y] >= '1' && p[y] <= '2') || (y > ss && p[y - 1] >= '0' && p[y - 1] <= '9'))
            continue;
        size_t bz = compare_base_zh(p, ss, se, y);
        if (bz && claim_s >= bz && compare_base_figure(p, bz, claim_s))
            return (p[y] - '0') * 1000 + (p[y + 1] - '0') * 100 + (p[y + 2] - '0') * 10 + (p[y + 3] - '0');
    }
    return 0;
}
