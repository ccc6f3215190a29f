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
 * between March and May 2024", "Fieldwork: Oct 2023 - Jul 2024"). */
static const Phrase fieldwork[] = {PHRASE("we surveyed"), PHRASE("we interviewed"), PHRASE("fieldwork"),
                                   PHRASE("field work"), PHRASE("survey was conducted"),
                                   PHRASE("survey was carried out"), PHRASE("survey was fielded"),
                                   PHRASE("interviews were conducted"), {NULL, 0}};
/* The letters that open the cues of both lists, in either case, each with
 * the second letter its cues have ("re", "pe", "co"; "we", "fi", "su",
 * "in"): a word opening otherwise costs one or two looks. */
static const unsigned char opens_cue[256] = {['r'] = 'e', ['R'] = 'e', ['p'] = 'e', ['P'] = 'e', ['c'] = 'o', ['C'] = 'o',
                                             ['w'] = 'e', ['W'] = 'e', ['f'] = 'i', ['F'] = 'i', ['s'] = 'u', ['S'] = 'u',
                                             ['i'] = 'n', ['I'] = 'n', ['o'] = 'u', ['O'] = 'u'};

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

int period_end_year(Lead *ld)
{
    const char *doc = ld->doc;
    size_t n = ld->n, top = n < PERIOD_TOP ? n : PERIOD_TOP, np;
    /* (a cue opens a word: the places of the opening are where to look) */
    const uint16_t *at = lead_places(ld, &np);
    /* (each list's phrases by their first letter: a place is tried only
     * against those its letter opens) */
    static _Thread_local PhraseIndex cues_ix, fieldwork_ix;
    static _Thread_local int indexed;
    if (!indexed) {
        phrases_index(cues, &cues_ix);
        phrases_index(fieldwork, &fieldwork_ix);
        indexed = 1;
    }
    for (size_t k = 0; k < np && at[k] < top; k++) {
        size_t i = at[k];
        if (!opens_cue[(unsigned char)doc[i]] || i + 1 >= n || (doc[i + 1] | 0x20) != opens_cue[(unsigned char)doc[i]] ||
            !word_start(doc, i))
            continue;
        /* the body's own fiscal year its opening reports: "what our teams
         * achieved in our FY2025/26" */
        int fy = (doc[i] | 0x20) == 'o' ? our_fiscal_year(doc, n, i) : 0;
        if (fy)
            return fy;
        const Phrase *cue = phrases_at_index(&cues_ix, doc, i, n, 0);
        if (cue) {
            int y = span_end(doc, i + cue->n, sentence_end(doc, n, i + cue->n));
            if (y)
                return y;
            continue;
        }
        /* a survey's fieldwork: the months it ran in, and their year */
        cue = phrases_at_index(&fieldwork_ix, doc, i, n, 1);
        if (cue) {
            int y = month_year_end(doc, i + cue->n, sentence_end(doc, n, i + cue->n));
            if (y)
                return y;
        }
    }
    return 0;
}
