/* spreadto.c — the countries a sum of Digital Silk Road money is spread
 * over (see spreadto.h). */
#include "spreadto.h"

#include <string.h>

#include "ascii.h"
#include "metrics.h"
#include "diag.h"
#include "textwalk.h"

#define GAP_MAX 48   /* (the bytes between the sum and the count read at most) */

/* ORDER: the words that spread a sum over places */
static const char *const spread[] = {"across", "in", "over", "spanning", "covering", NULL};
/* ORDER: the words a count's hedge or a verb may put between them */
static const char *const between[] = {"about", "almost", "approximately", "around", "close", "some", "more",
                                      "than", "nearly", "roughly", "just", "at", "least", "the", "of", "to", "up",
                                      "under", "fewer", "less", NULL};

int spreadto_countries(Claim *c, const Claim *before, const char *doc, size_t ss, size_t se)
{
    if (c->metric[0] || strcmp(c->unit, "countries") || strcmp(before->metric, "dsr_investment") ||
        before->end > c->start || before->start < ss || c->end > se || c->start - before->end > GAP_MAX)
        return 0;
    /* the words between: a spreading word first, then only hedges */
    const unsigned char *u = (const unsigned char *)doc;
    size_t i = before->end;
    int spreads = 0;
    while (i < c->start) {
        unsigned char ch = u[i];
        if (ch == ' ' || ch == '\n' || ch == '\t') {
            i++;
            continue;
        }
        if (!ascii_isalpha(ch))
            return 0;   /* (a clause's mark, a bracket, another figure) */
        size_t we = tw_word_end(u, c->start, i);
        if (!spreads && tw_weq(u + i, we - i, "spread"))
            ;   /* ("spread over") */
        else if (!spreads && tw_win(u + i, we - i, spread))
            spreads = 1;
        else if (!spreads || !tw_win(u + i, we - i, between))
            return 0;
        i = we;
    }
    if (!spreads)
        return 0;
    strcut(c->metric, sizeof c->metric, "dsr_project_countries");
    return 1;
}
