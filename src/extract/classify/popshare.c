/* popshare.c — a place's part of the world's people (see popshare.h). */
#include "popshare.h"

#include <stdint.h>

static const char *const holds[] = {"home to", "houses", "house", "housed", "accounts for", "account for",
                                    "accounted for", "represents", "represent", "represented", "makes up",
                                    "make up", "made up", "contains", "contain", "holds", "hold", "held", NULL};
static const char *const hedges[] = {"some", "about", "around", "roughly", "nearly", "almost", "over", "more",
                                     "than", "less", "under", "approximately", "an", "estimated", "just",
                                     "only", "close", "to", "a", "quarter", "third", "half", NULL};
static const char *const world[] = {"of the world's population", "of the world’s population",
                                    "of the world population", "of world population",
                                    "of the global population", "of global population", "of humanity",
                                    "of the world's people", "of the world’s people",
                                    "of the planet's population", "of the planet’s population", NULL};

int popshare_held(const FigToks *ft)
{
    /* the whole right after the figure */
    if (ft->fe >= ft->n || figtoks_find(ft, ft->fe, ft->fe + 1, world) == SIZE_MAX)
        return 0;
    /* and a verb of holding before it, past its hedges ("home to some",
     * "accounts for nearly") */
    size_t i = ft->fs;
    for (int w = 0; w < 4; w++) {
        i = figtoks_word_before(ft, i, 0);
        if (i == SIZE_MAX || i < ft->cs)
            return 0;
        if (figtoks_find(ft, i, i + 1, holds) != SIZE_MAX)
            return 1;
        /* ("home to": its last word stands before the figure) */
        size_t b = figtoks_word_before(ft, i, 0);
        if (b != SIZE_MAX && b >= ft->cs && figtoks_find(ft, b, i + 1, holds) == b)
            return 1;
        if (!figtoks_word(ft, i, hedges))
            return 0;
    }
    return 0;
}
