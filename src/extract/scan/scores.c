/* scores.c — figures on a score's scale (see scores.h). */
#include "scores.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "textwalk.h"

typedef const unsigned char *Bytes;

/* Words that name a score. */
static const char *const score_words[] = {
    "score", "scores", "scored", "scoring", NULL,
};

/* Verbs and nouns of a change, and the prepositions that give its size:
 * "rose by", "gained", "a drop of", "up". */
static const char *const changes[] = {
    "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling", "gained", "gain",
    "gains", "lost", "lose", "loses", "dropped", "drop", "drops", "climbed", "climb", "slipped", "slip",
    "improved", "improve", "improvement", "declined", "decline", "added", "shed", "jumped", "jump", "increased",
    "increase", "decreased", "decrease", "slid", "sank", "surged", "up", "down", "by", "lead", "led", "trailed",
    "trails", "margin", "error", "gap", "narrowed", "widened", "change", "swing", "shift", "moved", NULL,
};

/* Hedges and glue between a change and its number. */
static const char *const glue[] = {
    "about", "around", "roughly", "nearly", "almost", "some", "approximately", "more", "than", "less", "at",
    "least", "most", "over", "under", "just", "only", "a", "an", "of", "further", "another", "full", "mere",
    "fewer", "as", "many", "much", "to", "from", "the", "plus", "or", "minus", NULL,
};

/* Links between a score word and its figure: a copula, a change, a
 * preposition. */
static const char *const links[] = {
    "was", "is", "were", "are", "be", "been", "stood", "stands", "stand", "reached", "reaches", "hit", "of",
    "at", "to", "from", "with", "averaged", "average", "averages", "remained", "remains", "kept", "posted",
    "recorded", "registered", "earned", "achieved", "received", "got", "gets", "overall", "total", "mean",
    "median", "its", "their", "a", "an", "the", "index", "composite", "final", "new", NULL,
};

/* Words after "points" that make them a change or a gap: "points
 * higher", "points ahead of". */
static const char *const after_points[] = {
    "higher", "lower", "ahead", "behind", "above", "below", "up", "down", "either", "more", "fewer", "less", NULL,
};

/* Nouns a "-point" compound is the size of. */
static const char *const compound_nouns[] = {
    "rise", "rises", "drop", "drops", "fall", "falls", "gain", "gains", "increase", "increases", "decrease",
    "decline", "declines", "jump", "improvement", "lead", "leads", "gap", "margin", "swing", "slide", "loss",
    "losses", "advantage", "deficit", "difference", "climb", "slip", NULL,
};

/* The word before p[i), over blanks: its length and *ws; 0 at a
 * punctuation mark. */
static size_t word_back(Bytes p, size_t i, size_t *ws) { return tw_word_before(p, i, ws); }

int scores_points(const char *text, size_t n, size_t start, size_t ws)
{
    Bytes p = (Bytes)text;
    /* after: "points higher", "points either way" */
    size_t pe = tw_word_end(p, n, ws);
    size_t j = tw_skip_blanks(p, n, pe), je = tw_word_end(p, n, j);
    if (je > j && tw_win(p + j, je - j, after_points))
        return 1;
    /* before, over hedges: a change, a margin, a score word */
    size_t i = start;
    for (int steps = 0; steps < 6; steps++) {
        size_t w, l = word_back(p, i, &w);
        if (!l)
            return 0;
        if (tw_win(p + w, l, changes) || tw_win(p + w, l, score_words))
            return 1;
        if (!tw_win(p + w, l, glue))
            return 0;
        i = w;
    }
    return 0;
}

int scores_point_compound(const char *text, size_t n, size_t e)
{
    Bytes p = (Bytes)text;
    size_t j = tw_skip_blanks(p, n, e), je = tw_word_end(p, n, j);
    return je > j && tw_win(p + j, je - j, compound_nouns);
}

int scores_named(const char *text, size_t s, size_t e)
{
    Bytes p = (Bytes)text;
    /* a Chinese header, "综合得分", "技术评分": a score's column */
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\t'))
        e--;
    if (e - s >= 6 && (!memcmp(p + e - 6, "得分", 6) || !memcmp(p + e - 6, "评分", 6)))
        return 1;
    for (size_t k = s; k < e;) {
        if (!ascii_isalpha(p[k])) {
            k++;
            continue;
        }
        size_t we = k;
        while (we < e && ascii_isalpha(p[we]))
            we++;
        /* (points only as a bracket's unit: "(points)", not "Landing points";
         * a scorecard only with its scale in a bracket, "SCORECARD (0 =
         * weakest, 5 = strongest)", not a results scorecard of counts) */
        size_t b = we;
        while (b < e && p[b] == ' ')
            b++;
        int scaled = b + 1 < e && p[b] == '(' && ascii_isdigit(p[b + 1]);
        if ((k == s || !ascii_isalpha(p[k - 1])) &&
            (tw_weq(p + k, we - k, "score") || tw_weq(p + k, we - k, "scores") ||
             (scaled && tw_weq(p + k, we - k, "scorecard")) ||
             (tw_weq(p + k, we - k, "points") && k > s && p[k - 1] == '(' && we < e && p[we] == ')')))
            return 1;
        k = we;
    }
    return 0;
}

/* Back over an earlier figure and its comma before p[i) ("rose to 48.7,
 * from"): where it starts, or i when there is none. */
static size_t figure_back(Bytes p, size_t i)
{
    size_t b = tw_skip_blanks_back(p, i);
    if (b > 0 && p[b - 1] == ',')
        b = tw_skip_blanks_back(p, b - 1);
    size_t k = b;
    while (k > 0 && (ascii_isdigit(p[k - 1]) || p[k - 1] == '.' || p[k - 1] == ','))
        k--;
    return k < b && ascii_isdigit(p[k]) ? k : i;
}

int scores_before(const char *text, size_t start)
{
    Bytes p = (Bytes)text;
    size_t i = start, b = tw_skip_blanks_back(p, start);
    if (b == 0 || p[b - 1] == '\n')
        return 0;   /* (a row's first cell: the words above are a header's) */
    int figures = 0;
    for (int steps = 0; steps < 8; steps++) {
        size_t w, l = word_back(p, i, &w);
        if (!l) {
            size_t k = figures ? i : figure_back(p, i);
            if (k == i)
                return 0;
            figures++, i = k;
            continue;
        }
        if (tw_win(p + w, l, score_words))
            return 1;
        if (!tw_win(p + w, l, links) && !tw_win(p + w, l, changes) && !tw_win(p + w, l, glue))
            return 0;
        i = w;
    }
    return 0;
}

size_t scores_out_of(const char *text, size_t n, size_t e, double figure)
{
    Bytes p = (Bytes)text;
    /* " /100": a blank before the slash, none after (a fraction or a
     * thread's "1/12" has none before) */
    if (!(e + 2 < n && p[e] == ' ' && p[e + 1] == '/' && ascii_isdigit(p[e + 2])))
        return 0;
    size_t k = e + 2;
    double m = 0;
    while (k < n && ascii_isdigit(p[k]) && k - e < 7)
        m = m * 10 + (p[k++] - '0');
    if (k < n && (ascii_isdigit(p[k]) || p[k] == '/' || p[k] == '.' || ascii_isalpha(p[k])))
        return 0;
    return m >= 5 && figure <= m && figure >= 0 ? k : 0;
}

static int list_points(const char *text, size_t n, size_t start, size_t e)
{
    Bytes p = (Bytes)text;
    size_t j = e;
    for (int items = 0; items < 4; items++) {
        size_t k = tw_skip_blanks(p, n, j), ke = tw_word_end(p, n, k);
        if (k < n && p[k] == ',')
            ke = k + 1;
        else if (!(ke > k && (tw_weq(p + k, ke - k, "and") || tw_weq(p + k, ke - k, "or"))))
            return 0;
        size_t d = tw_skip_blanks(p, n, ke);
        if (d >= n || !ascii_isdigit(p[d]))
            return 0;
        while (d < n && (ascii_isdigit(p[d]) || ((p[d] == '.' || p[d] == ',') && d + 1 < n && ascii_isdigit(p[d + 1]))))
            d++;
        size_t w = tw_skip_blanks(p, n, d), we = tw_word_end(p, n, w);
        if (tw_weq(p + w, we - w, "points") || tw_weq(p + w, we - w, "point"))
            return scores_points(text, n, start, w);
        j = d;
    }
    return 0;
}

const char *scores_bare(const char *text, size_t n, size_t start, size_t e, double figure)
{
    if (scores_out_of(text, n, e, figure) || list_points(text, n, start, e) || scores_before(text, start))
        return "points";
    return NULL;
}

/* A share earlier in the sentence before p[i) ("54 per cent of the
 * sample ... were 9 points more likely", "4.4 percentage points from 7.9
 * points"): its points are percentage points. */
static int share_before(Bytes p, size_t i)
{
    for (size_t k = i; k > 0 && i - k < 300; k--) {
        unsigned char c = p[k - 1];
        if (c == '\n' && k >= 2 && p[k - 2] == '\n')
            return 0;
        if ((c == '.' || c == '!' || c == '?') && k < i && (p[k] == ' ' || p[k] == '\n') && !(k >= 2 && ascii_isdigit(p[k - 2])))
            return 0;
        if (c == '%')
            return 1;
        if ((c == 't' || c == 'T') && k >= 7 && tw_weq(p + k - 7, 7, "percent"))
            return 1;
        if ((c == 't' || c == 'T') && k >= 4 && tw_weq(p + k - 4, 4, "cent") && k >= 8 && tw_weq(p + k - 8, 3, "per"))
            return 1;
        if ((c == 'e' || c == 'E') && k >= 10 && tw_weq(p + k - 10, 10, "percentage"))
            return 1;
    }
    return 0;
}

/* A survey's margin of error before p[i) in its sentence: "margin" and
 * a word of a survey ("survey", "poll", "respondents", "sample"), no
 * score named ("The poll's margin of error is plus or minus 2.8
 * points"): a poll's shares differ by percentage points. */
static int survey_margin_before(Bytes p, size_t i)
{
    int margin = 0, survey = 0;
    for (size_t k = i; k > 0 && i - k < 300; k--) {
        unsigned char c = p[k - 1];
        if (c == '\n' && k >= 2 && p[k - 2] == '\n')
            break;
        if ((c == '.' || c == '!' || c == '?') && k < i && (p[k] == ' ' || p[k] == '\n') && !(k >= 2 && ascii_isdigit(p[k - 2])))
            break;
        if (!ascii_isalpha(c) || (k >= 2 && ascii_isalpha(p[k - 2])))
            continue;
        size_t we = tw_word_end(p, i, k - 1), l = we - (k - 1);
        Bytes w = p + k - 1;
        if (tw_weq(w, l, "score") || tw_weq(w, l, "scores") || tw_weq(w, l, "index"))
            return 0;
        margin |= tw_weq(w, l, "margin");
        survey |= tw_weq(w, l, "survey") || tw_weq(w, l, "surveys") || tw_weq(w, l, "poll") || tw_weq(w, l, "polls") ||
                  tw_weq(w, l, "respondents") || tw_weq(w, l, "sample");
    }
    return margin && survey;
}

const char *scores_points_unit(const char *text, size_t start)
{
    return share_before((Bytes)text, start) || survey_margin_before((Bytes)text, start) ? "pp" : "points";
}
