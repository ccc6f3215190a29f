/* bodypeople.h — a body's people speak for it: a sentence whose subject
 * is a body's spokesperson, head, economists or officials tells the
 * body's figures, whatever its verb. "An ITU spokesperson clarified
 * that ...", "GSMA's head of Africa told a panel that ...", "ITU
 * Secretary-General Doreen Bogdan-Martin told the plenary that ...",
 * "Nomura economists cut their forecast by 0.3 percentage point to
 * 6.0%", "A Chinese Foreign Ministry spokesperson told a briefing".
 *
 * The subject opens the sentence (past a bullet, an article, or a label
 * ending in a colon among its first words: "Update 15:25 GMT: An ITU
 * spokesperson ..."): a name, then a person's noun in lower case
 * ("spokesperson", "economists"), or the name in the possessive and a
 * person's noun ("GSMA's head of Africa", "Huawei's chief executive"),
 * or the name and an office title written with a capital inside a run of
 * capitalised words ("ITU Secretary-General", "Foreign Ministry
 * Spokesperson"; the name then has two words or is written in capitals:
 * not "Foreign Minister Wang Yi"). A name of one word that could open any
 * sentence goes only with a spokesperson or economists ("Nomura
 * economists"; not "Industry analysts", "Security researchers"), and no
 * pronoun nor a body's kind names it ("Our economists", "Company
 * officials"). A verb in lower case follows the
 * person (past their name or a phrase naming their remit: ", Sushmita
 * Pokharel,", "of Africa"); the figure stands after it, with no
 * semicolon between.
 *
 * The caller checks the name is no place ("Kenyan officials") and writes
 * a known body by its id. Nothing here allocates or keeps state.
 */
#ifndef CB_BODYPEOPLE_H
#define CB_BODYPEOPLE_H

#include <stddef.h>

#include "credit.h"

/* The body whose person is the subject of the sentence the window's
 * tokens toks[0, nt) open (from its start), for the claim at t[claim_s):
 * 1 and the body's span t[*ns, *ne), or 0. */
int bodypeople_subject(const char *t, const CreditTok *toks, size_t nt, size_t claim_s, size_t *ns, size_t *ne);

#endif
