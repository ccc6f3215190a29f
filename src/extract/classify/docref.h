/* docref.h — a document a sentence names as its teller by its kind
 * alone: "..., the memo says", "According to the survey, ...", "The
 * tracker records 311 projects", "The memo, sent by X, says ...": its
 * figures are the body's that made the document, as the text introduced
 * it: "a memo sent by Kenya's embassy in Tokyo" (sent, written,
 * published, prepared... by; or from), "the Harbour Institute's survey",
 * "The Harbour Institute published a survey", or a note citing it,
 * "(1) Atlantic Pacific Institute, Digital Silk Road Tracker, ...".
 *
 * The teller is "the" and the kind (memo, report, survey, study, letter,
 * audit, assessment, paper, index, tracker, database, dataset, filing)
 * before a verb of telling ("says", "found", "estimates", "notes",
 * "shows", "records", "lists"...), or after one (", says the report."),
 * or after "according to" or "described in". The introduction read is
 * the nearest before the teller that names a maker, in the 16 KB before
 * it; "according to a memo" (a document not named before) also reads the
 * first the 3 KB after it name. A "this report" is the document itself,
 * no teller here. Nothing here allocates.
 */
#ifndef CB_DOCREF_H
#define CB_DOCREF_H

#include <stddef.h>

/* The maker of the document the English sentence doc[ss, se) (of doc[0,
 * n)) names as its teller, written to out (cap bytes) as the text writes
 * it, and 1; 0 when the sentence names no document so, or the text names
 * no maker of it. */
int docref_credit(const char *doc, size_t n, size_t ss, size_t se, char *out, size_t cap);

#endif
