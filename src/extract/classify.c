/* classify.c — each field of a claim resolved in one place (see
 * classify.h).
 *
 * The order, field by field (the first that speaks wins):
 *   metric  the sentence's cues; the heading of a short row; the table's
 *           column header, then its caption.
 *   scope   the sentence; the table row's label; the record's place field;
 *           the heading above; the paragraph's topic; the document (title,
 *           publisher, first heading).
 *   year    the sentence; the table (a year cell of the row, the column's
 *           header, the caption); a time word dated by the document's date
 *           ("this year", "last year", "in February", "currently"); the
 *           record's year field; the paragraph's topic; the document's
 *           title; the date of a news story.
 *   source  the sentence (a body credited by an attribution cue, a body
 *           in brackets after the figure); the note the sentence points
 *           to; the notes under its table, the "Source:" note of its block;
 *           the paragraph's topic; the body that publishes the document.
 * Each field taken from beyond the sentence is named in c->context ("scope
 * from the title; year from the date").
 */
#include "classify.h"

#include <stdio.h>
#include <string.h>

#include "context.h"
#include "diag.h"
#include "docinfo.h"
#include "metrics.h"
#include "names.h"
#include "tables.h"

/* Add "what from where" to c->context (when it fits). */
static void said(Claim *c, const char *what, const char *where)
{
    size_t l = strlen(c->context);
    snprintf(c->context + l, sizeof c->context - l, "%s%s from %s", l ? "; " : "", what, where);
}

static void take_scope(Claim *c, const char *scope, const char *where)
{
    if (c->scope[0] || !scope || !scope[0])
        return;
    strcut(c->scope, sizeof c->scope, scope);
    said(c, "scope", where);
}

static void take_year(Claim *c, int year, const char *where)
{
    if (c->year || !year)
        return;
    c->year = year;
    said(c, "year", where);
}

static void take_source(Claim *c, const char *body, const char *where)
{
    if (c->source[0] || !body || !body[0])
        return;
    strcut(c->source, sizeof c->source, body);
    said(c, "source", where);
}

void classify_claim(const Metrics *m, Context *cx, Claim *c, const ScanQuantity *q, const char *doc, size_t n,
                    size_t ss, size_t se)
{
    /* the sentence's own cues */
    metrics_classify(m, c, doc, n, ss, se);
    c->context[0] = '\0';
    int own_scope = c->scope[0] != 0, own_year = c->year != 0, own_source = c->source[0] != 0;
    Around a;
    context_around(cx, q->start, ss, se, &a);
    const DocInfo *di = a.doc;

    /* metric: a row of a list or table (a short line) takes the metric
     * its heading names (prose names its own); a table cell its column
     * header, then the table's caption */
    if (!c->metric[0] && a.head_e > a.head_s && se - ss <= 80)
        names_heading_metric(m, c, doc, a.head_s, a.head_e);
    if (!c->metric[0] && q->head_e > q->head_s)
        names_heading_metric(m, c, doc, q->head_s, q->head_e);
    if (!c->metric[0] && q->cap_e > q->cap_s)
        names_heading_metric(m, c, doc, q->cap_s, q->cap_e);

    /* the table: a row's year and body cells, the caption's year, the
     * notes under it */
    int had_year = c->year != 0, had_source = c->source[0] != 0;
    tables_row(m, doc, n, c);
    if (!had_year && c->year)
        said(c, "year", "the table row");
    if (!had_source && c->source[0])
        said(c, "source", "the table row");
    if (q->cap_e > q->cap_s)
        take_year(c, tables_caption_year(doc, q->cap_s, q->cap_e), "the caption");
    if (!c->source[0] && (q->head_e > q->head_s || q->cap_e > q->cap_s)) {
        char body[128];
        if (tables_note_source(m, doc, n, a.block_end, body, sizeof body))
            take_source(c, body, "the table's note");
    }

    /* scope */
    take_scope(c, a.rec_scope, "the record");
    take_scope(c, a.heading_scope, "the heading");
    take_scope(c, a.para_scope, "the paragraph");
    take_scope(c, di->scope, di->scope_from ? di->scope_from : "the document");

    /* year */
    if (!c->year) {
        const char *why = NULL;
        int y = docinfo_relative_year(di, doc, ss, se, &why);
        if (y) {
            take_year(c, y, why);
            own_year = 1;
        }
    }
    take_year(c, a.rec_year, "the record");
    take_year(c, a.para_year, "the paragraph");
    take_year(c, di->year, "the title");
    if (di->news)
        take_year(c, di->date_y, "the date");

    /* source */
    if (!c->source[0] && a.note_body) {
        char where[32];
        snprintf(where, sizeof where, "note %u", a.note_num);
        take_source(c, a.note_body, where);
        own_source = 1;
    }
    take_source(c, a.note_source, "the block's note");
    take_source(c, a.para_source, "the paragraph");
    take_source(c, di->body, "the publisher");

    context_learn(cx, c, own_scope, own_year, own_source, se);
}
