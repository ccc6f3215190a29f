/* classify.h — the classifier: a claim plus its context in; its metric,
 * scope, reference year and credited body out, each field resolved in one
 * place and in one order.
 *
 * For each field the claim's own sentence speaks first (metrics.h reads
 * its cues); what the sentence leaves empty comes from beyond it: the
 * table the figure stands in (tables.h), then the layout of the document
 * (context.h).
 *
 * Nothing here allocates or keeps state of its own; the Context carries
 * the document's.
 */
#ifndef CB_CLASSIFY_H
#define CB_CLASSIFY_H

#include <stddef.h>

#include "claim.h"
#include "metrics.h"
#include "credit_zh.h"
#include "docinfo.h"
#include "scan.h"

typedef struct Metrics Metrics;
typedef struct Context Context;

/* What the classifier reads of a sentence as a whole (does it name a
 * year, say "now", speak of many countries, its time words...), read
 * for its first claim and kept for the others: zero known and holds for
 * each sentence (a sentence of a claim-dense document holds about two;
 * the rest is filled as it becomes known). */
typedef struct SentenceFacts {
    unsigned known, holds;   /* the facts read so far, and those that hold */
    DocTimes times;          /* its time words, when SF_TIMES is known */
    ZhCredits zh;            /* its Chinese credits, when SF_ZH_CREDITS is known */
} SentenceFacts;

/* Fill c->metric, c->scope, c->year and c->source (and a count's unit
 * where its metric names one) for claim c scanned as q, in the sentence
 * doc[ss, se) of doc[0, n), not reading the cues inside the fences (the
 * other items of its list, lists.h). Claims of a document must come in
 * offset order (the Context walks forward); sf holds what was read of
 * the sentence for its claims before (zeroed for its first). own[0..2]
 * get whether the sentence itself stated the scope, the year and the
 * source (what the paragraph's topic may learn: context_learn). */
void classify_claim(const Metrics *m, Context *cx, SentenceFacts *sf, Claim *c, const ScanQuantity *q,
                    const char *doc, size_t n, size_t ss, size_t se, const MetricsFence *fences, size_t nfences,
                    int own[3]);

/* Add "what from where" to c->context ("year from the date"), after a
 * "; " when it holds one already; cut to fit as snprintf cuts. */
void classify_said(Claim *c, const char *what, const char *where);

/* c's year came from where from names: c->year_from set, and said in
 * c->context ("year from the date"). */
void classify_year_from(Claim *c, YearFrom from);

#endif
