/* setwhole.c — the whole a part is counted out of (see setwhole.h). */
#include "setwhole.h"

#include <stdint.h>

#include "ascii.h"

/* Words of a part before "of the": a number's words, "half", "most". */
static const char *const parts[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine",
                                    "ten", "eleven", "twelve", "half", "most", "all", "some", "many", "few",
                                    "none", "each", "any", "majority", "third", "quarter", "fifth", "million",
                                    "billion", "thousand", "hundred", NULL};
static const char *const of_the[] = {"the", "these", "those", NULL};
static const char *const of[] = {"of", NULL};
/* The modifiers a whole's noun may take after it. */
static const char *const modifiers[] = {"with", "that", "which", "where", "having", "hosting", "in", "from",
                                        "whose", "who", NULL};
/* Verbs that end the noun phrase (the part's predicate). */
static const char *const verbs[] = {"is", "are", "was", "were", "has", "have", "had", "host", "hosts", "operate",
                                    "operates", "use", "uses", "run", "runs", "signed", "rely", "relies", NULL};

static const char *const hedges[] = {"about", "some", "around", "roughly", "nearly", "almost", "approximately",
                                     "over", "estimated", "an", NULL};

/* Is token i the "s" of a possessive ("PNG's", "Africa’s")? */
static int possessive(const FigToks *ft, size_t i)
{
    static const char *const s[] = {"s", NULL};
    return i >= 2 && figtoks_word(ft, i, s) && ft->t[i - 1].type == CUETOK_PUNCT && ft->t[i - 1].e == ft->t[i].s &&
           ft->t[i - 2].e == ft->t[i - 1].s;
}

static int numeral(const FigToks *ft, size_t i)
{
    return ft->t[i].type == CUETOK_WORD && ascii_isdigit((unsigned char)ft->doc[ft->t[i].s]);
}

int setwhole_of_part(const FigToks *ft, size_t *s, size_t *e)
{
    /* "N of the M", "N out of M", "N of PNG's roughly M" */
    size_t i = figtoks_word_before(ft, ft->fs, 0);
    while (i != SIZE_MAX && figtoks_word(ft, i, hedges))
        i = figtoks_word_before(ft, i, 0);
    if (i != SIZE_MAX && figtoks_word(ft, i, of_the))
        i = figtoks_word_before(ft, i, 0);
    else if (i != SIZE_MAX && possessive(ft, i)) {
        /* (past the owner's name, "the world's", "PNG's") */
        i = figtoks_word_before(ft, i, 1);
        if (i != SIZE_MAX)
            i = figtoks_word_before(ft, i, 0);
        if (i != SIZE_MAX && figtoks_word(ft, i, of_the))
            i = figtoks_word_before(ft, i, 0);
    }
    if (i == SIZE_MAX || !figtoks_word(ft, i, of))
        return 0;
    size_t p = figtoks_word_before(ft, i, 0);
    static const char *const out[] = {"out", NULL};
    if (p != SIZE_MAX && figtoks_word(ft, p, out))
        p = figtoks_word_before(ft, p, 0);
    /* (not "one of 33 countries that signed": a member named, the set
     * is the sentence's) */
    if (p == SIZE_MAX || !(numeral(ft, p) || figtoks_word(ft, p, parts)))
        return 0;
    /* the noun phrase: to a mark or the part's verb, past a modifier of
     * at most five words ("that have signed e-commerce cooperation MoUs",
     * "that imposed shutdowns in 2024") */
    *s = ft->t[ft->fs].s;
    size_t k = ft->fe, words = 0, after = 0;
    int modified = 0;
    for (; k < ft->n && words < 12 && after <= 5; k++) {
        if (ft->t[k].type != CUETOK_WORD) {
            if (ft->doc[ft->t[k].s] == '-')
                continue;
            break;
        }
        if (!modified && figtoks_word(ft, k, verbs))
            break;
        after += modified;
        modified |= figtoks_word(ft, k, modifiers);
        words++;
    }
    *e = k > ft->fe ? ft->t[k - 1].e : ft->t[ft->fe - 1].e;
    return 1;
}
