/* sample.c — countries a study chose (see sample.h). */
#include "sample.h"

#include <stdint.h>

#include "ascii.h"

/* ORDER: nouns of a set of countries */
static const char *const set_nouns[] = {"countries", "country", "economies", "nations", "states", "jurisdictions",
                                        NULL};

/* Verbs of looking at a set (not of finding in it; not "compared",
 * which sets a figure against another, nor "selected", which partners
 * are too). */
static const char *const study_verbs[] = {
    "studied", "studies", "study", "studying", "surveyed", "surveys", "survey", "surveying", "sampled", "samples",
    "examined", "examines", "examine", "examining", "reviewed", "reviews", "review", "assessed", "assesses",
    "assess", "assessing", "profiled", "profiles", "analysed", "analyses", "analyse", "analyzed", "analyzes",
    "analyze", "analysing", "analyzing", "polled", "polls", "interviewed", "ranked", "ranks", "scored", "scores",
    "scoring", "rated", "benchmarked", "benchmarks", NULL};

/* Words that end the look back from the figure: what was found, a new
 * clause's subject. */
static const char *const stops[] = {
    "found", "find", "finds", "identified", "identifies", "identify", "counted", "counts", "recorded", "records",
    "documented", "documents", "mapped", "tracked", "tracks", "show", "shows", "showed", "shown", "that", "which",
    "where", "who", "whose", "and", "but", "while", "whereas", "with", "has", "have", "had", "is", "are", "was",
    "were", NULL};

/* Nouns of a study, before "of", "across", "covering", "for" and the
 * figure ("panel data for 112 developing countries"). */
static const char *const study_nouns[] = {
    "study", "studies", "survey", "surveys", "sample", "samples", "review", "analysis", "assessment", "assessments",
    "poll", "polls", "index", "comparison", "interviews", "fieldwork", "case", "research", "data", "dataset",
    "datasets", "panel", NULL};
static const char *const study_links[] = {"of", "across", "covering", "spanning", "in", "for", "on", "between",
                                           NULL};

/* Hedges and articles between a link and its figure ("a survey of some
 * 24 countries"). */
static const char *const glue[] = {"the", "a", "an", "some", "about", "around", "nearly", "almost", "over",
                                   "more", "than", "at", "least", "roughly", "approximately", "up", "to", NULL};

/* After the noun: a participle of study, or a study's frame. */
static const char *const after_phrases[] = {
    "studied", "surveyed", "sampled", "examined", "reviewed", "assessed", "profiled", "analysed", "analyzed",
    "polled", "included in the study", "included in the survey", "included in the sample",
    "in the sample", "in our sample", "in its sample", "in this sample", "in the study", "in our study",
    "in this study", "in the survey", "in our survey", "in this survey", "in the index", "in this index",
    "in the report", "in this report", "in our report", "in the review", "in this review",
    "covered by the study", "covered by this study", "covered by our study", "covered by the survey",
    "covered by this survey", "covered by the report", "covered by this report", "covered by the index",
    "covered by this index", "covered by the review", "we studied", "we surveyed", "we examined", "we reviewed",
    "we assessed", "we analysed", "we analyzed", "we selected", "we looked at", "it studied", "it surveyed",
    "it examined", "it reviewed", "it assessed", "they studied", "they surveyed", "they examined",
    "the study covers", "the study covered", "the survey covers", "the survey covered", "the report covers",
    "the report covered", "the index covers", "the index covered", "studied by", "surveyed by", "examined by",
    "assessed by", "reviewed by", "profiled by", NULL};
/* "a 12-country study" */
static const char *const joined_nouns[] = {"study", "studies", "survey", "surveys", "sample", "review", "analysis",
                                           "assessment", "poll", "index", "comparison", NULL};

/* The set noun after the figure (at most two words between): its
 * index, or SIZE_MAX. */
static size_t set_noun_after(const FigToks *ft)
{
    size_t words = 0;
    for (size_t i = ft->fe; i < ft->n && words < 3; i++) {
        if (ft->t[i].type != CUETOK_WORD) {
            if (ft->doc[ft->t[i].s] == '-')
                continue;
            return SIZE_MAX;
        }
        if (figtoks_word(ft, i, set_nouns))
            return i;
        /* (a name's words are not counted: "58 Belt and Road partner
         * countries") */
        if (!ascii_isupper(ft->doc[ft->t[i].s]) && !figtoks_word(ft, i, (const char *const[]){"and", NULL}))
            words++;
    }
    return SIZE_MAX;
}

/* "a 12-country study": the figure joined to "country" by a hyphen, a
 * study noun after. */
static int joined_study(const FigToks *ft)
{
    size_t i = ft->fe, from;
    if (i + 2 < ft->n && ft->t[i].type == CUETOK_PUNCT && ft->doc[ft->t[i].s] == '-' &&
        figtoks_word(ft, i + 1, set_nouns))
        from = i + 2;
    /* (the claim's span may hold "-country" itself) */
    else if (i >= ft->fs + 3 && ft->doc[ft->t[i - 2].s] == '-' && figtoks_word(ft, i - 1, set_nouns))
        from = i;
    else
        return 0;
    for (size_t k = from, w = 0; k < ft->n && w < 3; k++) {
        if (ft->t[k].type != CUETOK_WORD)
            return 0;
        if (figtoks_word(ft, k, joined_nouns))
            return 1;
        w++;
    }
    return 0;
}

/* A verb of study before the figure in its clause, nothing found
 * between (at most six words back). */
static int studied_before(const FigToks *ft)
{
    size_t i = ft->fs;
    for (int words = 0; words < 6;) {
        i = figtoks_word_before(ft, i, 0);
        if (i == SIZE_MAX || i < ft->cs)
            return 0;
        if (figtoks_word(ft, i, study_verbs))
            return 1;
        if (figtoks_word(ft, i, stops))
            return 0;
        words++;
    }
    return 0;
}

/* A noun of study and its link right before the figure: "a survey of
 * 24", "case studies across some 8"; past the other side of a bilateral
 * sample, "panel data between China and 112 countries". */
static int study_noun_before(const FigToks *ft)
{
    size_t i = ft->fs;
    do
        i = figtoks_word_before(ft, i, 0);
    while (i != SIZE_MAX && i >= ft->cs && figtoks_word(ft, i, glue));
    if (i != SIZE_MAX && i >= ft->cs && figtoks_word(ft, i, (const char *const[]){"and", NULL})) {
        size_t w = figtoks_word_before(ft, i, 0);
        if (w != SIZE_MAX && w >= ft->cs && ascii_isupper(ft->doc[ft->t[w].s]))
            i = figtoks_word_before(ft, w, 0);
    }
    if (i == SIZE_MAX || i < ft->cs || !figtoks_word(ft, i, study_links))
        return 0;
    i = figtoks_word_before(ft, i, 0);
    return i != SIZE_MAX && figtoks_word(ft, i, study_nouns);
}

int sample_studied(const FigToks *ft)
{
    if (joined_study(ft))
        return 1;
    size_t noun = set_noun_after(ft);
    if (noun == SIZE_MAX)
        return 0;
    if (studied_before(ft) || study_noun_before(ft))
        return 1;
    for (size_t k = 0; after_phrases[k]; k++)
        if (figtoks_phrase_at(ft, noun + 1, after_phrases[k]))
            return 1;
    return 0;
}
