/* period.c — the period a document says it reports on (see period.h). */
#include "period.h"

#include <string.h>
#include <strings.h>

#include "fiscal.h"
#include "lexicon.h"
#include "lines.h"
#include "quantity.h"

/* The cues of a statement of coverage (lower case, a word's start; none
 * is the start of another, so at most one stands at a place). */
static const Phrase cues[] = {PHRASE("reporting period"), PHRASE("period covered"), PHRASE("period under review"),
                              PHRASE("covers"), PHRASE("covering"), PHRASE("coverage"), {NULL, 0}};
/* The cues of a survey's fieldwork ("We surveyed 1,204 households
 * between March and May 2024", "Researchers ... surveyed 2,000 firms
 * between May and July 2024", "Fieldwork: Oct 2023 - Jul 2024"). */
static const Phrase fieldwork[] = {PHRASE("surveyed"), PHRASE("we interviewed"), PHRASE("fieldwork"),
                                   PHRASE("field work"), PHRASE("survey was conducted"),
                                   PHRASE("survey was carried out"), PHRASE("survey was fielded"),
                                   PHRASE("interviews were conducted"), {NULL, 0}};
/* The cues of a year named by its end, past ("for the year ended 31
 * December 2025", "the twelve months ended June 30, 2024"; not "the year
 * ending 31 December 2025", a year to come in a deal's terms). */
static const Phrase ended[] = {PHRASE("year ended"), PHRASE("months ended"), {NULL, 0}};
/* The letters that open the cues of both lists, in either case, each with
 * the second letter its cues have ("re", "pe", "co"; "we", "fi", "su",
 * "in"): a word opening otherwise costs one or two looks. */
static const unsigned char opens_cue[256] = {['r'] = 'e', ['R'] = 'e', ['p'] = 'e', ['P'] = 'e', ['c'] = 'o', ['C'] = 'o',
                                             ['w'] = 'e', ['W'] = 'e', ['f'] = 'i', ['F'] = 'i', ['s'] = 'u', ['S'] = 'u',
                                             ['i'] = 'n', ['I'] = 'n', ['o'] = 'u', ['O'] = 'u',
                                             ['y'] = 'e', ['Y'] = 'e', ['m'] = 'o', ['M'] = 'o'};

/* The fiscal year the body's own "our" names at p[i] ("our FY2025/26",
 * "our FY24", "our 2023/24 financial year", "our financial year 2024"):
 * the year it ends in, or 0. */
static int our_fiscal_year(const char *p, size_t n, size_t i)
{
    static const char *const words[] = {"financial year ", "fiscal year ", NULL};
    if (i + 4 >= n || strncasecmp(p + i, "our ", 4))
        return 0;
    size_t k = i + 4, end;
    for (int w = 0; words[w]; w++)
        if (k + strlen(words[w]) < n && !strncasecmp(p + k, words[w], strlen(words[w]))) {
            k += strlen(words[w]);
            int y = fiscal_year(p, k, n, &end);
            return y ? y : k + 4 <= n && (k + 4 == n || !(p[k + 4] >= '0' && p[k + 4] <= '9')) ? lines_year_at(p, k) : 0;
        }
    /* (a split year or an FY: a plain year after "our" is an edition,
     * "our 2024 report") */
    int y = fiscal_year(p, k, n, &end);
    if (!y)
        y = fiscal_short(p, k, n, &end);
    return y && (end - k > 4 || !(p[k] >= '0' && p[k] <= '9')) ? y : 0;
}

/* The words that join the two years of a span. */
static const char *const joins[] = {"-", "\xE2\x80\x93", "\xE2\x80\x94", "to", "and", "through", "until", "till",
                                    NULL};

/* Does p[i] start a word ("covers", not "recovers"), the cue not after
 * "grace" ("Grace period")? */
static int word_start(const char *p, size_t i)
{
    if (i == 0)
        return 1;
    char c = (char)(p[i - 1] | 0x20);
    return !(c >= 'a' && c <= 'z') && !(p[i - 1] >= '0' && p[i - 1] <= '9');
}

/* Where the sentence holding p[i] ends: a full stop before a space or a
 * line's end, a blank line, or at most 300 bytes on. */
static size_t sentence_end(const char *p, size_t n, size_t i)
{
    size_t lim = i + 300 < n ? i + 300 : n;
    for (size_t k = i; k < lim; k++) {
        if (p[k] == '.' && (k + 1 == n || p[k + 1] == ' ' || p[k + 1] == '\n') &&
            !(k > 0 && p[k - 1] >= '0' && p[k - 1] <= '9' && k + 1 < n && p[k + 1] >= '0' && p[k + 1] <= '9'))
            return k;
        if (p[k] == '\n' && k + 1 < n && p[k + 1] == '\n')
            return k;
    }
    return lim;
}

/* Where the sentence holding p[i] starts: after a full stop and a blank
 * or a line's end, after a blank line, or at most 300 bytes back. */
static size_t sentence_start(const char *p, size_t i)
{
    size_t lim = i > 300 ? i - 300 : 0;
    for (size_t k = i; k > lim; k--) {
        if (p[k - 1] == '.' && k < i && (p[k] == ' ' || p[k] == '\n'))
            return k + 1;
        if (p[k - 1] == '\n' && k >= 2 && p[k - 2] == '\n')
            return k;
    }
    return lim;
}

/* Is p[a, b), between two years, only a join of a span (the rest of a
 * date between: "1 March 2021 - 31 December 2024", "January 1, 2013 and
 * December 31, 2023")? A join word must stand among few other words. */
static int span_join(const char *p, size_t a, size_t b)
{
    if (b - a > 24)
        return 0;
    for (size_t k = a; k < b; k++)
        for (int j = 0; joins[j]; j++) {
            size_t l = strlen(joins[j]);
            int word = joins[j][0] >= 'a';
            if (k + l <= b && !strncasecmp(p + k, joins[j], l) &&
                (!word || ((k == a || p[k - 1] == ' ') && (k + l == b || p[k + l] == ' '))))
                return 1;
        }
    return 0;
}

/* The last year of a span of years in p[s, e), or 0. */
static int span_end(const char *p, size_t s, size_t e)
{
    int first = 0;
    size_t after = 0;
    for (size_t i = s; i + 4 <= e; i++) {
        if ((i > s && p[i - 1] >= '0' && p[i - 1] <= '9') || (i + 4 < e && p[i + 4] >= '0' && p[i + 4] <= '9'))
            continue;
        int y = lines_year_at(p, i);
        if (!y)
            continue;
        if (first && y > first && span_join(p, after, i))
            return y;
        first = y;
        after = i + 4;
    }
    return 0;
}

/* The year of the last month named with its year in p[s, e) ("between
 * March and May 2024", "Oct 2023 - Jul 2024"), or 0: a month's name
 * (three letters at least) and a blank just before the year. */
static int month_year_end(const char *p, size_t s, size_t e)
{
    int y = 0;
    for (size_t i = s + 4; i + 4 <= e; i++) {
        if (p[i - 1] != ' ' || !lines_year_at(p, i) || (i + 4 < e && p[i + 4] >= '0' && p[i + 4] <= '9'))
            continue;
        size_t we = i - 1, ws = we;
        while (ws > s && ((p[ws - 1] | 0x20) >= 'a' && (p[ws - 1] | 0x20) <= 'z'))
            ws--;
        if (we - ws >= 3 && (ws == s || p[ws - 1] == ' ' || p[ws - 1] == '-' || p[ws - 1] == '(') &&
            qty_is_month(p + ws, we - ws))
            y = lines_year_at(p, i);
    }
    return y;
}

/* The year of the date right after a cue of a year's end at p[s) ("31
 * December 2025", "June 30, 2024": within 24 bytes, no full stop
 * between), or 0. */
static int ended_year(const char *p, size_t s, size_t n)
{
    size_t lim = s + 24 < n ? s + 24 : n;
    for (size_t i = s; i + 4 <= lim; i++) {
        if (p[i] == '.' || p[i] == ';' || (p[i] == '\n' && i + 1 < n && p[i + 1] == '\n'))
            return 0;
        if ((i > s && p[i - 1] >= '0' && p[i - 1] <= '9') || (i + 4 < n && p[i + 4] >= '0' && p[i + 4] <= '9'))
            continue;
        int y = lines_year_at(p, i);
        if (y)
            return y;
    }
    return 0;
}

/* The year of the last "YYYY年M月" in p[s, e) (a Chinese survey's
 * months, "于2023年6月至9月期间进行": its first month's year, the span's
 * end given without one), or 0. */
static int zh_month_year_end(const char *p, size_t s, size_t e)
{
    int y = 0;
    for (size_t i = s; i + 7 < e; i++) {
        /* 年 is E5 B9 B4 */
        if (!(i == s || !(p[i - 1] >= '0' && p[i - 1] <= '9')) || !lines_year_at(p, i) ||
            memcmp(p + i + 4, "\xE5\xB9\xB4", 3) || !(p[i + 7] >= '1' && p[i + 7] <= '9'))
            continue;
        y = lines_year_at(p, i);
    }
    return y;
}

/* A Chinese survey's statement of its fieldwork at p[i]: 调查 (調查) then,
 * within a few characters, 于 (於), 在 or 时间 (時間), then a month with its
 * year before the sentence's 。 ("该项统计调查于2023年6月至9月期间进行",
 * "调查时间为2024年3月"): the year of its last month, or 0. */
static int zh_fieldwork_year(const char *p, size_t n, size_t i)
{
    static const char *const survey[] = {"\xE8\xB0\x83\xE6\x9F\xA5", "\xE8\xAA\xBF\xE6\x9F\xA5", NULL};
    static const char *const at[] = {"\xE4\xBA\x8E", "\xE6\x96\xBC", "\xE5\x9C\xA8", "\xE6\x97\xB6\xE9\x97\xB4",
                                     "\xE6\x99\x82\xE9\x96\x93", NULL};
    int hit = 0;
    for (int k = 0; survey[k] && !hit; k++)
        hit = i + 6 <= n && !memcmp(p + i, survey[k], 6);
    if (!hit)
        return 0;
    size_t k = i + 6;
    for (int a = 0; at[a]; a++) {
        size_t l = strlen(at[a]);
        if (k + l <= n && !memcmp(p + k, at[a], l)) {
            /* (the sentence: to its 。 (E3 80 82), at most 90 bytes) */
            size_t e = k + l, lim = k + l + 90 < n ? k + l + 90 : n;
            while (e < lim && !(e + 3 <= n && !memcmp(p + e, "\xE3\x80\x82", 3)))
                e++;
            return zh_month_year_end(p, k + l, e);
        }
    }
    return 0;
}

/* The first statement of coverage in the top of ld's document (only a
 * survey's fieldwork when fieldwork_only): its year, or 0. */
static int period_scan(Lead *ld, int fieldwork_only)
{
    const char *doc = ld->doc;
    size_t n = ld->n, top = n < PERIOD_TOP ? n : PERIOD_TOP, np;
    /* (a cue opens a word: the places of the opening are where to look) */
    const uint16_t *at = lead_places(ld, &np);
    /* (each list's phrases by their first letter: a place is tried only
     * against those its letter opens) */
    static _Thread_local PhraseIndex cues_ix, fieldwork_ix, ended_ix;
    static _Thread_local int indexed;
    if (!indexed) {
        phrases_index(cues, &cues_ix);
        phrases_index(fieldwork, &fieldwork_ix);
        phrases_index(ended, &ended_ix);
        indexed = 1;
    }
    for (size_t k = 0; k < np && at[k] < top; k++) {
        size_t i = at[k];
        if (!opens_cue[(unsigned char)doc[i]] || i + 1 >= n || (doc[i + 1] | 0x20) != opens_cue[(unsigned char)doc[i]] ||
            !word_start(doc, i))
            continue;
        /* the body's own fiscal year its opening reports: "what our teams
         * achieved in our FY2025/26" */
        int fy = !fieldwork_only && (doc[i] | 0x20) == 'o' ? our_fiscal_year(doc, n, i) : 0;
        if (fy)
            return fy;
        const Phrase *cue = phrases_at_index(&cues_ix, doc, i, n, 0);
        if (cue) {
            int y = fieldwork_only ? 0 : span_end(doc, i + cue->n, sentence_end(doc, n, i + cue->n));
            if (y)
                return y;
            continue;
        }
        /* a year named by its end: "for the year ended 31 December 2025" */
        cue = fieldwork_only ? NULL : phrases_at_index(&ended_ix, doc, i, n, 1);
        if (cue) {
            int y = ended_year(doc, i + cue->n, n);
            if (y)
                return y;
            continue;
        }
        /* a survey's fieldwork: the months it ran in, and their year */
        cue = phrases_at_index(&fieldwork_ix, doc, i, n, 1);
        if (cue) {
            int y = month_year_end(doc, i + cue->n, sentence_end(doc, n, i + cue->n));
            /* (or the months open the sentence before the cue: "Between
             * March and August 2023, our researchers surveyed 418 workers") */
            if (!y)
                y = month_year_end(doc, sentence_start(doc, i), i);
            if (y)
                return y;
        }
    }
    /* a Chinese survey's fieldwork (调查 opens with E8) */
    for (size_t i = 0; i + 6 < top; i++)
        if ((unsigned char)doc[i] == 0xE8) {
            int y = zh_fieldwork_year(doc, n, i);
            if (y)
                return y;
        }
    return 0;
}

int period_end_year(Lead *ld)
{
    return period_scan(ld, 0);
}

int period_fieldwork_year(Lead *ld)
{
    return period_scan(ld, 1);
}
