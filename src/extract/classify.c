/* classify.c — each field of a claim resolved in one place (see
 * classify.h). */
#include "classify.h"

#include "context.h"
#include "diag.h"
#include "metrics.h"
#include "names.h"
#include "tables.h"

void classify_claim(const Metrics *m, Context *cx, Claim *c, const ScanQuantity *q, const char *doc, size_t n,
                    size_t ss, size_t se)
{
    /* the sentence's own cues */
    metrics_classify(m, c, doc, n, ss, se);
    Around a;
    context_around(cx, q->start, &a);
    /* scope: the place of the heading above */
    if (!c->scope[0])
        strcut(c->scope, sizeof c->scope, a.heading_scope);
    /* metric: a row of a list or table (a short line) takes the metric
     * its heading names (prose names its own); a table cell its column
     * header, then the table's caption */
    if (!c->metric[0] && a.head_e > a.head_s && se - ss <= 80)
        names_heading_metric(m, c, doc, a.head_s, a.head_e);
    if (!c->metric[0] && q->head_e > q->head_s)
        names_heading_metric(m, c, doc, q->head_s, q->head_e);
    if (!c->metric[0] && q->cap_e > q->cap_s)
        names_heading_metric(m, c, doc, q->cap_s, q->cap_e);
    /* year: the table's caption */
    if (!c->year && q->cap_e > q->cap_s)
        c->year = tables_caption_year(doc, q->cap_s, q->cap_e);
    /* source: the notes under the table, then the block's "Source:" note */
    if (!c->source[0] && (q->head_e > q->head_s || q->cap_e > q->cap_s))
        tables_note_source(m, doc, n, a.block_end, c->source, sizeof c->source);
    if (!c->source[0])
        strcut(c->source, sizeof c->source, a.note_source);
    /* a table row's own year and body cells */
    tables_row(m, doc, n, c);
}
