/* defterm.h — a body a document names by the term it defined for it: a
 * decision's, a contract's or a filing's parties and its own short names,
 * "Skylark Cloud Services (Kenya) Limited ("the Respondent")", "Tianshu
 * Vision Technology ("Tianshu" or "the Company")", "the Communications
 * Authority of Kenya (the "Authority")". Later "The Respondent submitted
 * that", "the Company's own ageing analysis" credit the name so defined,
 * as a reader takes it.
 *
 * The definition is a bracket right after the name holding the term in
 * quotation marks (straight or curly), "the" inside them or before
 * them, alone or after another term and "or"; the nearest before the
 * claim; a term before the words of its records in a note ("Company
 * audited financial statements FY2021-FY2025") is the term. A text's
 * definitions are read once, at its first ask (64 at most, kept per
 * thread: textserial.h). Nothing here allocates.
 */
#ifndef CB_DEFTERM_H
#define CB_DEFTERM_H

#include <stddef.h>

/* source (cap bytes: "The Respondent", "Company", "the Authority")
 * rewritten to the name doc[0, before) (of doc[0, n)) defined the term
 * for, and 1; else 0 and source untouched. */
int defterm_resolve(const char *doc, size_t n, size_t before, char *source, size_t cap);

#endif
