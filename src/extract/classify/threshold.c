/* threshold.c — a bound a rule or a definition sets (see threshold.h). */
#include "threshold.h"

#include <stdint.h>

static const char *const bounds[] = {"above", "over", "exceeding", "exceeds", "least", "than", NULL};
/* (not "no": "in no fewer than 70 countries" bounds nothing a rule sets) */
static const char *const any[] = {"every", "any", "all", "each", NULL};
/* Verbs that end the bounded noun phrase looked back over ("all Chinese
 * lending reached more than": "all" quantifies no threshold). */
static const char *const verbs[] = {"reached", "rose", "grew", "was", "were", "is", "are", "has", "have", "had",
                                    "totalled", "totaled", "stood", "amounted", "came", "invested", "committed",
                                    "spent", "lent", "extended", "provided", "exceeded", "topped", "hit",
                                    "reach", "rise", "stands", "amounts", "totals", NULL};
static const char *const criteria[] = {"criteria", "criterion", "threshold", "thresholds", "eligible",
                                       "eligibility", "inclusion", "qualify", "qualifies", NULL};

int threshold_bound(const FigToks *ft)
{
    size_t i = figtoks_word_before(ft, ft->fs, 0);
    if (i == SIZE_MAX || i < ft->cs || !figtoks_word(ft, i, bounds))
        return 0;
    /* the thing bounded: any or every one, its noun phrase (no verb)
     * within eight words before */
    size_t k = i;
    for (int w = 0; w < 8 && (k = figtoks_word_before(ft, k, 1)) != SIZE_MAX && !figtoks_word(ft, k, verbs); w++)
        if (figtoks_word(ft, k, any))
            return 1;
    return figtoks_find(ft, 0, ft->n, criteria) != SIZE_MAX;
}
