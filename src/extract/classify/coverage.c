/* coverage.c — a count spread over many countries (see coverage.h). */
#define _GNU_SOURCE   /* memmem */
#include "coverage.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "metrics.h"
#include "names.h"
#include "lexicon.h"
#include "roles.h"
#include "sentence.h"
#include "sentwords.h"
#include "textfind.h"

/* The first word before p[b) past any hedges ("more than", "over",
 * "about"): 1 and its span [*ws, *we); 0 when none stands there. */
static int word_past_hedges(const char *p, size_t ss, size_t b, size_t *ws, size_t *we)
{
    static const char *const hedges[] = {"more", "than", "over", "some", "about", "nearly", "at", "least",
                                         "almost", "around", NULL};
    for (int words = 0; words < 5 && b > ss; words++) {
        size_t e = b;
        while (e > ss && (p[e - 1] == ' ' || p[e - 1] == '\n'))
            e--;
        size_t s = e;
        while (s > ss && ((p[s - 1] | 0x20) >= 'a' && (p[s - 1] | 0x20) <= 'z'))
            s--;
        if (s == e)
            return 0;
        int hedge = 0;
        for (int k = 0; hedges[k] && !hedge; k++)
            hedge = strlen(hedges[k]) == e - s && !strncasecmp(p + s, hedges[k], e - s);
        if (!hedge) {
            *ws = s, *we = e;
            return 1;
        }
        b = s;
    }
    return 0;
}

/* Is p[ws, we) the word w? */
static int is_word(const char *p, size_t ws, size_t we, const char *w)
{
    return strlen(w) == we - ws && !strncasecmp(p + ws, w, we - ws);
}

/* The count of countries before "countries" at p[i) ("48 countries",
 * "more than 100\ncountries"): its value (kept small), its first byte in
 * *b; 0 for none. */
static long count_before(const char *p, size_t ss, size_t i, size_t *b)
{
    if (i == ss || (p[i - 1] != ' ' && p[i - 1] != '\n'))
        return 0;
    size_t e = i - 1;
    *b = e;
    while (*b > ss && p[*b - 1] != ' ' && p[*b - 1] != '\n')
        (*b)--;
    long v = 0;
    int digits = 0;
    for (size_t k = *b; k < e; k++)
        if (p[k] >= '0' && p[k] <= '9') {
            if (digits < 5)   /* more are no count of countries; v stays small */
                v = v * 10 + (p[k] - '0');
            digits++;
        } else if (p[k] != ',')
            digits = -100;
    return digits > 0 && digits < 5 ? v : 0;
}

/* Does a study's word follow a count of countries ending at p[ce): "in
 * the dataset", "surveyed"? */
static int sample_after(const char *p, size_t se, size_t ce)
{
    static const Phrase sets[] = {PHRASE(" in the dataset"), PHRASE(" in the sample"), PHRASE(" in our sample"),
                                  PHRASE(" in our dataset"), PHRASE(" in the survey"), PHRASE(" in the study"),
                                  PHRASE(" in this study"), PHRASE(" in the index"), PHRASE(" in the panel"),
                                  PHRASE(" surveyed"), PHRASE(" sampled"), PHRASE(" studied"), {NULL, 0}};
    return ce < se && phrases_at(sets, p, ce, se, 1) != NULL;
}

/* Is the count of countries before "countries" ending at p[ce), led by
 * the determiner p[ws, we), a set the text chose (a study's sample,
 * "The 71 countries in the dataset had a combined population of 3.1
 * billion"), not a spread over the world? The sentence opens with it, or
 * the countries are those of a dataset, sample, survey or study. What
 * such a set holds is the set's: not the world's. */
static int chosen_set(const char *p, size_t ss, size_t se, size_t ws, size_t we, size_t ce)
{
    static const char *const dets[] = {"the", "these", "those", "our", "its", "their", NULL};
    int det = 0;
    for (int k = 0; dets[k] && !det; k++)
        det = is_word(p, ws, we, dets[k]);
    if (!det)
        return 0;
    size_t o = ss;
    while (o < ws && (p[o] == ' ' || p[o] == '\n' || p[o] == '"'))
        o++;
    if (o == ws)
        return 1;
    return sample_after(p, se, ce);
}

/* Is a count of countries ending at p[ce) a unit of measure's ("countries",
 * "states", "economies", "markets", "nations")? */
static int country_word(const char *u, size_t l)
{
    static const char *const words[] = {"countries", "country", "states", "economies", "markets", "nations", NULL};
    for (int k = 0; words[k]; k++)
        if (strlen(words[k]) == l && !strncasecmp(u, words[k], l))
            return 1;
    return 0;
}

int coverage_world_count(const char *p, size_t se, size_t ce, const char *unit, double value)
{
    if (value > COVERAGE_CONTINENT && country_word(unit, strlen(unit)))
        return !sample_after(p, se, ce) && !sample_after(p, se, ce + strlen(unit) + 1);
    /* "Half of the 87 countries", "a third of all 193 member states" */
    size_t i = ce;
    static const char *const steps[] = {"of", "the", "all", NULL};
    for (int k = 0; steps[k] && i < se; k++) {
        while (i < se && p[i] == ' ')
            i++;
        size_t l = strlen(steps[k]);
        if (i + l < se && !strncasecmp(p + i, steps[k], l) && p[i + l] == ' ')
            i += l;
        else if (!k)
            return 0;
    }
    while (i < se && p[i] == ' ')
        i++;
    long v = 0;
    int digits = 0;
    for (; i < se && ((p[i] >= '0' && p[i] <= '9') || p[i] == ','); i++)
        if (p[i] != ',' && digits++ < 5)
            v = v * 10 + (p[i] - '0');
    if (!digits || digits > 4 || v <= COVERAGE_CONTINENT)
        return 0;
    /* (past a word naming whose: "U.N.", "UN", "WTO") */
    for (int words = 0; words < 3 && i < se; words++) {
        while (i < se && p[i] == ' ')
            i++;
        size_t w = i;
        while (i < se && p[i] != ' ' && p[i] != ',' && p[i] != '\n')
            i++;
        size_t wend = i;
        while (wend > w && p[wend - 1] == '.')
            wend--;
        if (wend > w && country_word(p + w, wend - w))
            return !sample_after(p, se, wend);
        if (wend == w)
            return 0;
    }
    return 0;
}

/* Does the sentence p[ss, se) count ten countries or more as where
 * something is? */
static int counted_spread(const char *p, size_t ss, size_t se)
{
    for (size_t i = ss; i + 9 <= se; i++) {
        /* a word of its own, after a number: "48 countries", "more than
         * 100 countries" (wrapped onto two lines too: "in 87\ncountries");
         * not where the counted come from ("7,141 foreigners from 29
         * countries") */
        if (i == ss || (p[i] | 0x20) != 'c' || strncasecmp(p + i, "countries", 9))
            continue;
        size_t b, ws, we;
        if (count_before(p, ss, i, &b) >= 10 && !(word_past_hedges(p, ss, b, &ws, &we) && is_word(p, ws, we, "from")) &&
            !(word_past_hedges(p, ss, b, &ws, &we) && chosen_set(p, ss, se, ws, we, i + 9)))
            return 1;
    }
    return 0;
}

int coverage_spread(const char *p, size_t ss, size_t se)
{
    return sw_phrases_in(SW_ABROAD, p, ss, se) || roles_zh_spread(p, ss, se) || counted_spread(p, ss, se);
}

int coverage_abroad_elsewhere(const char *p, size_t ss, size_t se, const char *home)
{
    if (!home || !*home || !strcmp(home, "china") || !strcmp(home, "global") || !sw_phrases_in(SW_ABROAD, p, ss, se))
        return 0;
    /* (China named: abroad is away from China, "Chinese firms earn 29% of
     * their revenue abroad") */
    if (tf_find(p + ss, se - ss, "China", 5) || tf_find(p + ss, se - ss, "Chinese", 7))
        return 0;
    return !roles_zh_spread(p, ss, se) && !counted_spread(p, ss, se);
}

int coverage_chosen(const char *p, size_t ss, size_t se)
{
    for (const char *q = p + ss; (q = tf_find(q, (size_t)(p + se - q), "countries", 9)) != NULL; q += 9) {
        size_t i = (size_t)(q - p), b, ws, we;
        if (i > ss && count_before(p, ss, i, &b) >= 2 && word_past_hedges(p, ss, b, &ws, &we) &&
            chosen_set(p, ss, se, ws, we, i + 9))
            return 1;
    }
    return 0;
}

int coverage_lead_world(const Metrics *m, const char *doc, size_t n, size_t from)
{
    size_t to = n - from > COVERAGE_LEAD ? from + COVERAGE_LEAD : n;
    const char *p = doc + from;
    /* each "countries" of the opening, then its sentence */
    while ((p = tf_find(p, (size_t)(doc + to - p), "countries", 9)) != NULL) {
        size_t at = (size_t)(p - doc), ss, se, b, ws, we;
        p += 9;
        sentence_bounds(doc, n, at, at + 9, &ss, &se);
        /* (what lies in them, "records in 87 countries", "across 40
         * countries"; not the partners one signs with, "MoUs with 30
         * countries"; and the sentence names no place, China by its name
         * neither: "Huawei ... in over 170 countries" after China's own
         * figures) */
        if (count_before(doc, ss, at, &b) < 10 || !word_past_hedges(doc, ss, b, &ws, &we) ||
            !(is_word(doc, ws, we, "in") || is_word(doc, ws, we, "across")))
            continue;
        /* (a sentence of prose, ended by its full stop: not a slide's
         * bullet, "Data centre projects in 20 countries") */
        size_t te = se;
        while (te > ss && (doc[te - 1] == ' ' || doc[te - 1] == '\n' || doc[te - 1] == '\r'))
            te--;
        char place[64];
        if (te > ss && doc[te - 1] == '.' && names_line_scope(m, doc, ss, se, 1, place, sizeof place) == 0)
            return 1;
    }
    return 0;
}

int coverage_world_people(const char *unit, double value)
{
    static const char *const people[] = {"people", "persons", "users", "individuals", "adults", NULL};
    for (int k = 0; people[k]; k++)
        if (!strcasecmp(unit, people[k]))
            return value > COVERAGE_NATION;
    return 0;
}
