/* curation.h — the analyst's decisions on claims (data/curation.csv),
 * applied on every extract so they survive re-extraction.
 *
 * A row names a claim by its stable id and says what to do with it:
 * reject it, correct some of its fields, or add a claim the scanner
 * missed. The format is documented at the top of curation.c and in the
 * README. A row whose claim no longer exists is reported, never silently
 * dropped (curation_report_unused).
 *
 * Ownership: curation_load gives a Curation the caller frees with
 * curation_free; the claims curation_added points to belong to it.
 */
#ifndef CB_CURATION_H
#define CB_CURATION_H

#include <stddef.h>

#include "claim.h"
#include "diag.h"

typedef struct Curation Curation;
typedef struct Metrics Metrics;
typedef struct Corpus Corpus;

/* Load path. A missing or empty file is an empty curation. Every row is
 * validated: CB_EINPUT "PATH:LINE: ..." for a malformed one. */
int curation_load(const char *path, Curation **out, Diag *d);
int curation_load_mem(const char *name, const char *data, size_t n, Curation **out, Diag *d);
void curation_free(Curation *cu);

/* Apply the row for c->id, if any. Returns 0 when the claim is rejected
 * (drop it), 1 to keep it: unchanged, or corrected (the row's non-empty
 * fields override, origin becomes ORIGIN_CORRECTED, note is set), or
 * CB_EINPUT "PATH:LINE: ..." naming the row when the correction leaves a
 * claim the table cannot hold (low bound above high bound, offsets past
 * the end of the document curation_begin_doc started). */
int curation_apply(Curation *cu, Claim *c, Diag *d);

/* The analyst-added claims of doc (basename) as their rows give them, in
 * offset order, origin ORIGIN_ADDED: *out points at the first of the
 * returned count (NULL when none). */
size_t curation_added(const Curation *cu, const char *doc, const Claim **out);

/* Start extracting document doc, its text data[0..n): its add rows are
 * found by their anchors (text, sentence, offsets: see curation.c) and
 * *out gets their claims where they are now, in offset order (*nout of
 * them; valid until the next call or curation_free; sentence NULL: the
 * row is the analyst's word). A row not found is left out and reported by
 * curation_report_unused. Also sets the length curation_apply checks
 * corrected offsets against. Errors: CB_EINPUT naming the row when its
 * offsets are past the end of the text and its text is not in it. */
int curation_begin_doc(Curation *cu, const char *doc, const char *data, size_t n,
                       const Claim **out, size_t *nout, Diag *d);

/* Rows against the project: a row naming a document not in docs, a
 * metric that is not one of m, a scope that is not one of m's places.
 * CB_EINPUT naming the first such row ("unknown metric 'x' (not a metric
 * of PATH; did you mean 'y'?)"). m or docs may be NULL (not checked);
 * metrics_path names m in messages. */
int curation_check(const Curation *cu, const Metrics *m, const char *metrics_path,
                   const Corpus *docs, Diag *d);

/* Note that the extractor processed doc: its reject and correct rows are
 * now expected to have met their claims. */
void curation_mark_seen_doc(Curation *cu, const char *doc);

/* One warning per row of a processed document that did not meet its
 * claim: a reject or correct row whose claim did not come up, an add row
 * whose anchor was not found:
 *   PATH:LINE: claim ID no longer exists (ACTION in DOC)
 *   PATH:LINE: added claim 'TEXT' is no longer in DOC (bytes S-E hold '..' now): ...
 * Each goes to warn with the row's id and document (warn NULL: printed as
 * a warning). Returns the count. */
typedef void (*CurationWarn)(const Diag *w, const char *id, const char *doc, void *ctx);
size_t curation_report_unused(const Curation *cu, CurationWarn warn, void *ctx);
/* The line of the row with id, or 0. */
long curation_line_of(const Curation *cu, const char *id);

/* Number of rows loaded (for messages and tests). */
size_t curation_rows(const Curation *cu);

#endif
