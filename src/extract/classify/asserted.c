/* asserted.c — does the sentence state the figure as a measure (see
 * asserted.h). */
#include "asserted.h"

#include <stdint.h>
#include <string.h>

static const char *const suppose[] = {"suppose", "supposing", "imagine", "assume", "assuming", "hypothetically",
                                      "say", NULL};
static const char *const hedges[] = {"about", "some", "around", "roughly", "nearly", "almost", "an",
                                     "estimated", "even", "just", "only", NULL};
static const char *const nots[] = {"not", "never", NULL};
/* Bounds "not" makes: "not more than", "not less than". */
static const char *const bound[] = {"more", "less", "over", "under", "exceeding", "below", "above", NULL};
/* Auxiliaries a denied verb goes with ("did not borrow"). */
static const char *const aux[] = {"did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will",
                                  "would", NULL};
static const char *const nt[] = {"didn", "doesn", "don", "wasn", "weren", "isn", "hasn", "haven", "hadn", "won",
                                 "wouldn", NULL};

/* Does the sentence open on a supposition ("Suppose", "Imagine")? */
static int supposed(const FigToks *ft)
{
    if (ft->from != ft->ss)
        return 0;
    size_t i = 0;
    while (i < ft->n && ft->t[i].type != CUETOK_WORD)
        i++;
    return i < ft->fs && figtoks_word(ft, i, suppose);
}

/* "not Sh1 trillion", "did not borrow Sh1 trillion" (not "not more
 * than"). */
static int negated(const FigToks *ft)
{
    size_t i = ft->fs;
    do
        i = figtoks_word_before(ft, i, 0);
    while (i != SIZE_MAX && i >= ft->cs && figtoks_word(ft, i, hedges));
    if (i != SIZE_MAX && i >= ft->cs && figtoks_word(ft, i, bound))
        return 0;
    if (i == SIZE_MAX || i < ft->cs)
        return 0;
    if (figtoks_word(ft, i, nots))
        return 1;
    /* (a denied verb whose object the figure is: "did not borrow Sh1
     * trillion", "never spent $5 billion", "didn't lend $2 billion") */
    static const char *const never[] = {"never", NULL};
    static const char *const t[] = {"t", NULL};
    size_t v = figtoks_word_before(ft, i, 0);
    if (v == SIZE_MAX || v < ft->cs)
        return 0;
    if (figtoks_word(ft, v, never))
        return 1;
    if (figtoks_word(ft, v, t)) {
        size_t a = figtoks_word_before(ft, v, 1);
        return a != SIZE_MAX && figtoks_word(ft, a, nt);
    }
    size_t a = figtoks_word_before(ft, v, 0);
    return figtoks_word(ft, v, nots) && a != SIZE_MAX && figtoks_word(ft, a, aux);
}

/* "$1 = 7.3315 Chinese yuan", "US$1 = KES 129": the figure after one
 * unit of a currency and "=" (not "5.5 billion people online = 68% of
 * the world's population"). */
static int rate(const FigToks *ft)
{
    size_t i = ft->fs;
    if (i < 2 || ft->t[i - 1].type != CUETOK_PUNCT || ft->doc[ft->t[i - 1].s] != '=')
        return 0;
    /* (the one before "=", or its currency's code after it: "1 USD =") */
    size_t k = i - 2;
    if (ft->t[k].type == CUETOK_WORD && ft->t[k].e - ft->t[k].s == 3 && k > 0)
        k--;
    const char *w = ft->doc + ft->t[k].s;
    size_t l = ft->t[k].e - ft->t[k].s;
    return ft->t[k].type == CUETOK_WORD && ((l == 1 && w[0] == '1') || (l == 4 && !memcmp(w, "1.00", 4)));
}

int asserted_not(const FigToks *ft)
{
    return supposed(ft) || negated(ft) || rate(ft);
}
