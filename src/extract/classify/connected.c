/* connected.c — connected, or only near a network (see connected.h). */
#include "connected.h"

#include <stdint.h>

#include "ascii.h"

/* Being near a network (in the sentence). */
static const char *const near[] = {"usage gap", "coverage gap", "within range", "within reach",
                                   "within the footprint", "covered by", "areas covered", "under a signal",
                                   "under coverage", "within coverage", NULL};
/* Not using it (in the sentence). */
static const char *const unused[] = {"do not use", "don't use", "do not yet use", "don't yet use", "does not use",
                                     "not using", "do not subscribe", "never used", NULL};
/* No access (in the clause). */
static const char *const without[] = {"no access", "have no", "has no", "lack access", "lacks access",
                                      "lacked access", "lacking access", "without access", "without internet",
                                      "not connected", "unconnected", "offline", "remain unconnected",
                                      "cannot access", NULL};
/* A population where it lives: the verb right after its noun (a finite
 * verb: "people living in remote areas" may be the ones connected). */
static const char *const live[] = {"live", "lives", "lived", "reside", "resides", NULL};

int connected_not(const FigToks *ft)
{
    if (figtoks_find(ft, 0, ft->n, near) != SIZE_MAX && figtoks_find(ft, 0, ft->n, unused) != SIZE_MAX)
        return 1;
    if (figtoks_find(ft, ft->cs, ft->ce, without) != SIZE_MAX)
        return 1;
    /* (a place's population: "Africa's broadband-connected population
     * reached 420 million", no programme's count) */
    static const char *const population[] = {"population", "populations", NULL};
    if (figtoks_find(ft, ft->cs, ft->ce, population) != SIZE_MAX)
        return 1;
    /* ("24 million people live in"; at most two words between the figure
     * and its verb) */
    for (size_t i = ft->fe, w = 0; i < ft->ce && w < 3; i++) {
        if (ft->t[i].type != CUETOK_WORD)
            continue;
        if (figtoks_word(ft, i, live))
            return 1;
        w++;
    }
    return 0;
}

int connected_covered_after(const FigToks *ft)
{
    /* (to a ';' or the next figure, whose words they may be: "25 per
     * cent, against coverage of 84 per cent, leaving a usage gap of 59
     * per cent who live within coverage but do not use") */
    static const char *const or_word[] = {"or", NULL};
    static const char *const hedges[] = {"about", "around", "some", "roughly", "nearly", "almost",
                                         "approximately", NULL};
    size_t stop = ft->fe;
    for (; stop < ft->n && !(ft->t[stop].type == CUETOK_PUNCT && ft->doc[ft->t[stop].s] == ';'); stop++) {
        if (!(ft->t[stop].type == CUETOK_WORD && ascii_isdigit((unsigned char)ft->doc[ft->t[stop].s])))
            continue;
        /* (the same figure again, after "or": "60% of the population, or
         * around 680 million people, live in areas covered") */
        size_t b = figtoks_word_before(ft, stop, 0);
        while (b != SIZE_MAX && figtoks_word(ft, b, hedges))
            b = figtoks_word_before(ft, b, 0);
        if (b == SIZE_MAX || !figtoks_word(ft, b, or_word))
            break;
    }
    return figtoks_find(ft, ft->fe, stop, near) != SIZE_MAX && figtoks_find(ft, ft->fe, stop, unused) != SIZE_MAX;
}

int connected_gap_subject(const FigToks *ft)
{
    static const char *const gaps[] = {"usage gap", "coverage gap", NULL};
    if (ft->from != ft->ss)
        return 0;
    size_t words = 0, i = 0;
    for (; i < ft->fs && words < 8; i++)
        words += ft->t[i].type == CUETOK_WORD;
    return figtoks_find(ft, 0, i, gaps) != SIZE_MAX;
}
