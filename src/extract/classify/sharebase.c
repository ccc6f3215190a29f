/* sharebase.c — the whole a share is of (see sharebase.h). */
#include "sharebase.h"

#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "measure.h"

static const char *const labels[] = {"share", "proportion", "percentage", NULL};
static const char *const of[] = {"of", NULL};
/* Words that end a whole's noun phrase ("of households with", "of the
 * population using"). */
static const char *const np_end[] = {"using", "use", "used", "who", "that", "which", "with", "having", "in",
                                     "filed", "made", "done", "rose", "fell", "was", "is", "were", "are",
                                     "reached", "stood", "had", "has", "have", "selling", "aged", NULL};
/* A whole the metrics of people take as theirs: the users online. */
static const char *const online_wholes[] = {"internet", "users", "user", "netizens", "online", NULL};

/* Does the noun phrase of tokens [a, b) (at most five words, to np_end)
 * name people, or internet users? */
static int np_people(const FigToks *ft, size_t a, size_t b, size_t *end)
{
    size_t k = a, words = 0;
    while (k < b && words < 5 && !(ft->t[k].type == CUETOK_WORD && figtoks_word(ft, k, np_end)) &&
           !figtoks_boundary(ft, k)) {
        words += ft->t[k].type == CUETOK_WORD;
        k++;
    }
    *end = k;
    if (k == a)
        return 1;
    if (measure_names_people(ft->doc, ft->t[a].s, ft->t[k - 1].e) || figtoks_find(ft, a, k, online_wholes) != SIZE_MAX)
        return 1;
    /* (a people by its name: "Filipinos", "Kenyans", "Nepalis",
     * "Vietnamese") */
    static const char *const endings[] = {"ans", "nos", "ese", "lis", "nis", NULL};
    for (size_t i = a; i < k; i++) {
        const char *w = ft->doc + ft->t[i].s;
        size_t l = ft->t[i].e - ft->t[i].s;
        for (int j = 0; endings[j] && ft->t[i].type == CUETOK_WORD && l >= 6 && ascii_isupper((unsigned char)w[0]); j++)
            if (!strncmp(w + l - 3, endings[j], 3))
                return 1;
    }
    return 0;
}

/* "Share of declarations filed online (%)": a label in the share's
 * clause before it. */
static int label_before(const FigToks *ft)
{
    for (size_t i = ft->cs; i + 1 < ft->fs; i++) {
        if (!figtoks_word(ft, i, labels) || !figtoks_word(ft, i + 1, of))
            continue;
        size_t end;
        return !np_people(ft, i + 2, ft->fs, &end);
    }
    return 0;
}

/* "Of the 27.4 million households in the country, 58.9 percent": the
 * sentence's opening phrase names the whole, the share names none. */
static int opening_whole(const FigToks *ft)
{
    size_t first = 0;
    while (first < ft->n && ft->t[first].type != CUETOK_WORD)
        first++;
    /* (the window must open at the sentence's start) */
    if (first >= ft->fs || ft->from != ft->ss || !figtoks_word(ft, first, of))
        return 0;
    size_t comma = first + 1;
    while (comma < ft->fs && !figtoks_boundary(ft, comma))
        comma++;
    if (comma >= ft->fs)
        return 0;
    /* (the share names a whole of its own: "58.9 percent of them") */
    size_t a = ft->fe;
    while (a < ft->n && ft->t[a].type != CUETOK_WORD)
        a++;
    if (a < ft->n && figtoks_word(ft, a, of) && ft->t[a].s - ft->t[ft->fe - 1].e <= 2)
        return 0;
    size_t end;
    return !np_people(ft, first + 1, comma, &end);
}

/* "two in three internet users", "three out of every four phones": the
 * fraction's noun after it. */
static int fraction_noun(const FigToks *ft, const Claim *c)
{
    if (!strstr(c->text, " in ") && !strstr(c->text, " out of "))
        return 0;
    size_t a = ft->fe;
    if (a >= ft->n || ft->t[a].type != CUETOK_WORD)
        return 0;
    size_t end;
    /* (users are a whole of their own here: "two in three internet users
     * had transferred files" is a share of the users) */
    static const char *const users[] = {"users", "user", "netizens", NULL};
    for (size_t k = a; k < ft->n && k < a + 4 && ft->t[k].type == CUETOK_WORD; k++)
        if (figtoks_word(ft, k, users))
            return 1;
    return !np_people(ft, a, ft->n, &end) && end > a;
}

/* "1,200,000, of which 50 percent female", "40 per cent of them": a
 * share of the count just named. */
static int of_count(const FigToks *ft)
{
    static const char *const which[] = {"which", "whom", "them", NULL};
    static const char *const hedges[] = {"about", "some", "around", "roughly", "nearly", "almost", "over",
                                         "only", "just", "an", "estimated", "approximately", NULL};
    size_t i = ft->fs;
    do
        i = figtoks_word_before(ft, i, 0);
    while (i != SIZE_MAX && figtoks_word(ft, i, hedges));
    if (i != SIZE_MAX && figtoks_word(ft, i, which) && (i = figtoks_word_before(ft, i, 0)) != SIZE_MAX &&
        figtoks_word(ft, i, of))
        return 1;
    return ft->fe + 1 < ft->n && figtoks_word(ft, ft->fe, of) && figtoks_word(ft, ft->fe + 1, which);
}

/* "the poorest 20% of the population": a group by its rank, no share
 * measured. */
static int ranked_group(const FigToks *ft)
{
    static const char *const ranks[] = {"poorest", "richest", "wealthiest", "bottom", "top", "lowest", "highest",
                                        NULL};
    size_t i = figtoks_word_before(ft, ft->fs, 0);
    return i != SIZE_MAX && figtoks_word(ft, i, ranks);
}

int sharebase_other(const FigToks *ft, const Claim *c)
{
    return label_before(ft) || opening_whole(ft) || fraction_noun(ft, c) || of_count(ft) || ranked_group(ft);
}
