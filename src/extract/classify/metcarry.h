/* metcarry.h — a share's metric carried from the figure before it.
 *
 * "In 2023, 67 per cent of the world's population used the Internet. In
 * Asia and the Pacific the share was 66 per cent, while in the region's
 * least developed countries it was below 40 per cent.": the second and
 * third figures name no metric; they are the first one's, for another
 * place. A percentage with no metric of its own takes the metric of the
 * share of people (metrics_is_people_share) given by the figure just
 * before it, in its sentence or the one before in the same paragraph,
 * when the words leading to it, and the rest of its clause, say nothing else: only places, names,
 * years and a closed list of words that frame a level ("the share was",
 * "the figure is", "it is", "lags behind at", "vs", "ranges from",
 * "among men"). "Malware attacks made up 61 percent" says something else
 * (malware, attacks, made up) and takes nothing; a percentage that keeps
 * no metric ends the carry. A Chinese sum of money whose clause names a
 * total ("也有人估计总额在2000亿美元以上", "若计入商业合同，规模可能超过1000亿
 * 美元") after an aggregate sum's figure (dsr_investment) tells that sum
 * again, another estimate of it: it takes its metric.
 *
 * Nothing here allocates.
 */
#ifndef CB_METCARRY_H
#define CB_METCARRY_H

#include <stddef.h>

#include "claim.h"

typedef struct Metrics Metrics;

/* The last figure of the document read: zero-initialised, fed each
 * classified claim in offset order. */
typedef struct MetCarry {
    char metric[2][sizeof ((Claim *)0)->metric];   /* the share metric, the
                                                * sum-of-money metric passed
                                                * on, or "" */
    size_t ss, se, end;                         /* its sentence, its end */
    int last_named;                             /* it has a metric */
} MetCarry;

/* Claim c of sentence doc[ss, se) is classified: give it the metric
 * carried to it when it has none (never to a table's cell, cell != 0:
 * its column says what it is), then learn from it. 1 when c took a
 * metric. */
int metcarry_claim(MetCarry *mc, const Metrics *m, Claim *c, const char *doc, size_t n, size_t ss, size_t se,
                   int cell);

#endif
