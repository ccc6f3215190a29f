/* itemsum.c — the price of one item, or a sum over several (see
 * itemsum.h). */
#include "itemsum.h"

#include <stdint.h>

/* Words that sum several, anywhere in the sum's clause. */
static const char *const summing[] = {"totalling", "totaling", "totalled", "totaled", "totals", "combined",
                                      "between them", "altogether", "in all", "aggregate",
                                      "cumulative", "cumulatively", "in total", NULL};

/* Plural nouns of money or items a sum may be of. */
static const char *const plurals[] = {
    "loans", "investments", "commitments", "contracts", "deals", "approvals", "pledges", "grants", "credits",
    "disbursements", "financings", "projects", "facilities", "centres", "centers", "datacentres", "datacenters",
    "campuses", NULL};

/* Links from such a noun to its sum: "investments of", "deals worth". */
static const char *const links[] = {"of", "worth", "totalling", "totaling", "at", "valued", "amounting", "to",
                                    "reached", "reaching", "topping", "exceeding", "exceeded", "topped", "total",
                                    "totalled", "totaled", NULL};

/* Hedges between a link and its sum ("of more than", "worth an
 * estimated"). */
static const char *const hedges[] = {"more", "than", "less", "over", "under", "about", "around", "some",
                                     "nearly", "almost", "roughly", "approximately", "an", "estimated", "a",
                                     "up", "at", "least", "most", "close", "just", NULL};

/* Words of one item's figure. */
static const char *const each[] = {"each", "apiece", "per project", "per facility", "per data centre",
                                   "per data center", "per site", "on average", "average", "averaged", "typical",
                                   "typically", "median", NULL};

/* Determiners and prepositions before a noun "total" ("the total cost",
 * "at a total of"): a word after them is no verb. */
static const char *const before_noun[] = {"the", "a", "an", "its", "their", "his", "her", "our", "at", "of",
                                          "with", "in", "for", "whose", "this", "that", NULL};

static const char *const numbers[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                      "eleven", "twelve", "dozen", "dozens", "several", "multiple", "many",
                                      "some", NULL};

/* The word before the figure, past hedges: its index or SIZE_MAX. */
static size_t word_before_hedges(const FigToks *ft, size_t i)
{
    do
        i = figtoks_word_before(ft, i, 0);
    while (i != SIZE_MAX && i >= ft->cs && figtoks_word(ft, i, hedges));
    return i != SIZE_MAX && i >= ft->cs ? i : SIZE_MAX;
}

/* "total less than Sh40 billion": "total" as a verb right before the sum. */
static int total_verb(const FigToks *ft)
{
    static const char *const total[] = {"total", NULL};
    size_t i = word_before_hedges(ft, ft->fs);
    if (i == SIZE_MAX || !figtoks_word(ft, i, total))
        return 0;
    size_t b = figtoks_word_before(ft, i, 0);
    return b != SIZE_MAX && !figtoks_word(ft, b, before_noun);
}

/* A plural noun and its link right before the sum ("investments of more
 * than"), at most two words between the noun and the link. */
static int plural_before(const FigToks *ft)
{
    size_t i = word_before_hedges(ft, ft->fs);
    if (i == SIZE_MAX || !figtoks_word(ft, i, links))
        return 0;
    for (int w = 0; w < 3; w++) {
        i = figtoks_word_before(ft, i, 0);
        if (i == SIZE_MAX || i < ft->cs)
            return 0;
        if (figtoks_word(ft, i, plurals))
            return 1;
    }
    return 0;
}

/* After the sum: "in (new) investments", "of loans", "for seven
 * projects", "across 24 projects". */
static int plural_after(const FigToks *ft)
{
    static const char *const of_in[] = {"in", "of", NULL};
    static const char *const for_across[] = {"for", "across", "covering", "spanning", NULL};
    size_t i = ft->fe;
    while (i < ft->ce && ft->t[i].type != CUETOK_WORD)
        i++;
    if (i >= ft->ce)
        return 0;
    int counted = figtoks_word(ft, i, for_across);
    if (!counted && !figtoks_word(ft, i, of_in))
        return 0;
    for (size_t k = i + 1, w = 0; k < ft->ce && w < 4; k++) {
        if (ft->t[k].type != CUETOK_WORD)
            continue;
        /* (a count of several before the noun: "for seven projects") */
        if (counted && w == 0 && !figtoks_word(ft, k, numbers) && !(ft->doc[ft->t[k].s] >= '0' &&
                                                                    ft->doc[ft->t[k].s] <= '9'))
            return 0;
        if (figtoks_word(ft, k, plurals))
            return 1;
        w++;
    }
    return 0;
}

/* "approved data-centre investment worth": approval of a mass of
 * investment (no "an" before it) in the clause. */
static int approved_mass(const FigToks *ft)
{
    static const char *const approved[] = {"approved", "approves", "approve", "approval", "approvals", NULL};
    static const char *const investment[] = {"investment", "investments", NULL};
    static const char *const an[] = {"an", "one", NULL};
    if (figtoks_find(ft, ft->cs, ft->ce, approved) == SIZE_MAX)
        return 0;
    for (size_t i = ft->cs; (i = figtoks_find(ft, i, ft->ce, investment)) != SIZE_MAX; i++) {
        int single = 0;
        size_t b = i;
        for (int w = 0; w < 4 && !single; w++) {
            b = figtoks_word_before(ft, b, 1);
            if (b == SIZE_MAX || b < ft->cs)
                break;
            single = figtoks_word(ft, b, an);
        }
        if (!single)
            return 1;
    }
    return 0;
}

int itemsum_several(const FigToks *ft)
{
    if (figtoks_find(ft, ft->cs, ft->ce, each) != SIZE_MAX)
        return 0;
    return figtoks_find(ft, ft->cs, ft->ce, summing) != SIZE_MAX || total_verb(ft) || plural_before(ft) ||
           plural_after(ft) || approved_mass(ft);
}
