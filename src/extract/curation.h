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

/* Load path. A missing or empty file is an empty curation. Every row is
 * validated: CB_EINPUT "PATH:LINE: ..." for a malformed one. */
int curation_load(const char *path, Curation **out, Diag *d);
int curation_load_mem(const char *name, const char *data, size_t n, Curation **out, Diag *d);
void curation_free(Curation *cu);

/* Apply the row for c->id, if any. Returns 0 when the claim is rejected
 * (drop it), 1 to keep it: unchanged, or corrected (the row's non-empty
 * fields override, origin becomes ORIGIN_CORRECTED, note is set), or
 * CB_EINPUT "PATH:LINE: ..." naming the row when the correction leaves a
 * claim the table cannot hold (low bound above high bound). */
int curation_apply(Curation *cu, Claim *c, Diag *d);

/* The analyst-added claims of doc (basename), in offset order, origin
 * ORIGIN_ADDED: *out points at the first of the returned count (NULL when
 * none). Their text is the row's text (may be empty) and sentence is
 * NULL: the document is not known here. */
size_t curation_added(const Curation *cu, const char *doc, const Claim **out);

/* Note that the extractor processed doc: its reject and correct rows are
 * now expected to have met their claims. */
void curation_mark_seen_doc(Curation *cu, const char *doc);

/* Print one warning per reject or correct row of a processed document
 * whose claim did not come up:
 *   claimbrief: PATH:LINE: warning: claim ID no longer exists (ACTION in DOC)
 * Returns the count. */
size_t curation_report_unused(const Curation *cu);

/* Number of rows loaded (for messages and tests). */
size_t curation_rows(const Curation *cu);

#endif
