/* recowner.h — the owner of the record a figure is read from, when no
 * attribution cue names a teller: "AidData's Global Chinese Development
 * Finance dataset records US$6.3 billion", "Dell'Oro's full-year 2023
 * numbers for the total market: Huawei 31%", "By BT's own estimate,
 * ...", "the ITU's numbers on who is connected: 5.4 billion", "The CSIS
 * numbers I've seen put HMN at about 10%", "GSMA Intelligence data shared
 * with us show", "Freedom House ratings ...", "The most cited estimate,
 * from the consultancy Serianu, put", "Evidence from techUK suggested".
 *
 * A record is a word of what findings are written in (numbers, data,
 * dataset, estimate, survey, tracker, ...). Its owner is a name in the
 * possessive before it (past up to five words of its title, year or
 * kind: "full-year 2023"), a name right before it that modifies it, or a
 * name after "from" right after it. The record stands before the figure,
 * in its sentence, with no semicolon between; the nearest one wins. Not
 * a compound whose head is another noun ("data centre", "survey team").
 *
 * The caller checks the name is no place ("Kenya's data") and writes a
 * known body by its id. Nothing here allocates or keeps state.
 */
#ifndef CB_RECOWNER_H
#define CB_RECOWNER_H

#include <stddef.h>

#include "credit.h"

/* The owner of the record nearest before the claim starting at
 * t[claim_s) among the window's tokens toks[0, nt): 1 and its span
 * t[*ns, *ne), or 0. from_start: the window opens where the sentence
 * does (a single capitalised word there may be a common noun:
 * "Household survey results"). */
int recowner_find(const char *t, const CreditTok *toks, size_t nt, size_t claim_s, int from_start, size_t *ns,
                  size_t *ne);

#endif
