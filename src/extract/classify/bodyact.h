/* bodyact.h — a body's own act, decision or stated intention, told with
 * the body as the sentence's subject, is the body's to tell: "OFAC has
 * designated more than 60 individuals", "The ERC determined to add 16
 * entities", "Singapore's IMDA will allocate at least 300 MW", "The
 * Japan International Cooperation Agency (JICA) is considering a package
 * of around 30 billion yen", "Tencent Cloud announced in 2023 a $150
 * million investment", "Top10VPN ranks Pakistan the costliest, at an
 * estimated $1.62 billion",
 * "Zong, owned by China Mobile, has invested over $3.5bn".
 *
 * The subject opens the sentence (past a bullet, an article, a label
 * ending in a colon, or an opening phrase ending in a comma among its
 * first words: "Since 2021, OFAC has designated"), a run of capitalised
 * words (a place's in the possessive before it: "Singapore's IMDA"),
 * past a bracket or an apposition between commas; then at most two
 * auxiliaries or adverbs ("has", "will", "is", "now"), then a verb of a
 * body's own act: announcing, agreeing, planning, wanting, offering,
 * allocating, designating, determining, approving, imposing, setting,
 * ranking, claiming, investing, lending, training, launching, considering
 * (not passive: "The Project was approved"; not a state, "PADI operates
 * 23 data centres", which a third party may tell). The figure stands
 * after the verb, with no semicolon between. A subject of one word is no
 * pronoun, body's kind, plural noun ("Projects announced") nor a term
 * the document defines after its article ("The Summit") unless written
 * in capitals ("The ERC").
 *
 * A weak credit: the caller asks only when nothing nearer credits the
 * figure (not its sentence, a note, the paragraph) and the document has
 * no body of its own to fall back on (a news story, a post, a person's
 * testimony: a body's report keeps what it tells of others). The caller checks the name is no place ("Kenya plans to
 * connect 25,000 schools") and writes a known body by its id. Nothing
 * here allocates or keeps state.
 */
#ifndef CB_BODYACT_H
#define CB_BODYACT_H

#include <stddef.h>

#include "credit.h"

/* The body whose own act the sentence the window's tokens toks[0, nt)
 * open tells, for the claim at t[claim_s): 1 and its span t[*ns, *ne),
 * or 0. */
int bodyact_subject(const char *t, const CreditTok *toks, size_t nt, size_t claim_s, size_t *ns, size_t *ne);

/* The body the sentence tells, as its subject, holds, runs or did to its
 * own business what the figure counts: "Northwind Cloud now operates 64
 * availability zones", "Harbourline, which runs about 5,200 fibre
 * nodes", "Riverstone Telecom has 3 data centres", "cut prices on more
 * than 120 products". A state another may tell ("PADI operates 23 data
 * centres" in a rating agency's note is the agency's): the caller asks
 * only where no body publishes the text and nothing else credits the
 * figure. Same spans as bodyact_subject. */
int bodyact_state_subject(const char *t, const CreditTok *toks, size_t nt, size_t claim_s, size_t *ns, size_t *ne);

/* Is name (as bodyact_subject spans it) an organ of whatever body
 * speaks, named by its kind alone ("Board of Directors", "Executive
 * Board", "Secretariat", "Management")? In a body's own report it is that
 * body: "the Board of Directors approved seven projects" in a bank's
 * annual report is the bank's. */
int bodyact_organ(const char *name);

#endif
