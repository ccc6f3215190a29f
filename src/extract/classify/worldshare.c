/* worldshare.c — a share of the world's whole in a clause of its own
 * (see worldshare.h). */
#include "worldshare.h"

#include <string.h>

#include "metrics.h"

/* The words that open a coordinated clause after a comma. */
static const char *const joins[] = {"and ", "but ", "while ", "whereas ", NULL};

/* Does a coordinated clause start at doc[i] (";", or a comma, a note's
 * marker perhaps, "[3]", and its word)? The length of its mark, else 0. */
static size_t clause_mark(const char *doc, size_t i, size_t se)
{
    if (doc[i] == ';')
        return 1;
    if (doc[i] != ',')
        return 0;
    size_t j = i + 1;
    if (j < se && doc[j] == '[') {
        size_t k = j + 1;
        while (k < se && doc[k] >= '0' && doc[k] <= '9')
            k++;
        if (k > j + 1 && k < se && doc[k] == ']')
            j = k + 1;
    }
    /* (a line may break before the word) */
    size_t g = j;
    while (j < se && (doc[j] == ' ' || doc[j] == '\n' || doc[j] == '\r'))
        j++;
    if (j == g)
        return 0;
    for (int k = 0; joins[k]; k++) {
        size_t n = strlen(joins[k]);
        if (j + n <= se && !memcmp(doc + j, joins[k], n))
            return j + n - i;
    }
    return 0;
}

/* Is the world at doc[ws] the whole of the claim ending at doc[ce]: after
 * it, near, with "of" between ("38 percent of the global market")? */
static int whole_of(const char *doc, size_t ce, size_t ws)
{
    if (ws < ce || ws - ce > 40)
        return 0;
    for (size_t i = ce; i + 4 <= ws + 1; i++)
        if (!memcmp(doc + i, " of ", 4))
            return 1;
    return 0;
}

int worldshare_own_clause(const Metrics *m, const char *doc, size_t ss, size_t se, size_t cs, size_t ce)
{
    /* the clause: from after the last mark before the claim to the first
     * mark after it ("[3], and" and "[3] and": a note's marker between) */
    size_t from = ss, to = se;
    for (size_t i = ss; i < cs; i++) {
        size_t n = clause_mark(doc, i, se);
        if (n)
            from = i + n;
    }
    for (size_t i = ce; i < se; i++)
        if (clause_mark(doc, i, se)) {
            to = i;
            break;
        }
    /* (the first clause, or the only one: the sentence's reading stands,
     * its subject's place ("China had built 1.854 million base stations,
     * accounting for over 60 percent of the world's total") included) */
    if (from == ss)
        return 0;
    MetricsPlace pl[16];
    size_t np = metrics_places(m, doc, from, to, pl, 16);
    int world = 0;
    for (size_t k = 0; k < np; k++) {
        if (strcmp(pl[k].id, "global"))
            return 0;
        world |= whole_of(doc, ce, pl[k].s);
    }
    return world;
}

/* The world's adverbs that frame a clause when set off by a comma. */
static const char *const world_words[] = {"globally,", "worldwide,", "around the world,", "across the world,",
                                          "across the globe,", "around the globe,", NULL};

/* Does doc[i] open one of world_words (any case)? */
static int world_word_at(const char *doc, size_t i, size_t se)
{
    for (int k = 0; world_words[k]; k++) {
        size_t n = strlen(world_words[k]), j = 0;
        while (j < n && i + j < se && (doc[i + j] | (doc[i + j] >= 'A' && doc[i + j] <= 'Z' ? 0x20 : 0)) ==
                                          world_words[k][j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

int worldshare_framed(const char *doc, size_t ss, size_t se, size_t cs)
{
    /* (the sentence's opening: a quotation mark or a list's dash before) */
    size_t i = ss;
    while (i < cs && (doc[i] == ' ' || doc[i] == '"' || doc[i] == '\'' || doc[i] == '-'))
        i++;
    int framed = world_word_at(doc, i, se);
    for (size_t k = i; k < cs; k++) {
        if (clause_mark(doc, k, se))
            return 0; /* (a later clause speaks for itself) */
        /* ", globally, 70 per cent of men ..." */
        if (!framed && doc[k] == ',' && k + 2 < cs && doc[k + 1] == ' ')
            framed = world_word_at(doc, k + 2, se);
    }
    return framed;
}
