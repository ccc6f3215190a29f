/* referents.h — whom a later "Zhou said", "he told reporters" or "the
 * company said" means: the persons and bodies a news story introduced.
 *
 * A story introduces a speaker once, in full, with the body they speak
 * for ("Qianhai Yunji's vice-president for international business, Zhou
 * Lixin, said", "Riau Islands Governor Ansar Hidayat, who cut the
 * ribbon, said", "said Raman Lamichhane, chairman of the NTA"), and a
 * body with the noun of its kind ("Chinese cloud firm Qianhai Yunji",
 * "Local environmental group Kepri Hijau", "PT PLN, the state
 * electricity company,") or a name holding it ("the Ministry of Public
 * Security", "Ethio Telecom"). Later it names them short, in the clause
 * that attributes what is said (outside the quotation marks):
 *
 *   - by surname ("Zhou said", "Ms. Grey added"): the person first
 *     introduced with a body under that name (introduced.h);
 *   - by pronoun ("he told reporters", ", she said"): the last speaker
 *     of the paragraph before the sentence, or of the paragraph before
 *     it when the paragraph opens with a quotation (it goes on quoting
 *     that speaker). The walk back stops at the first sentence whose
 *     clause names a speaker: a new person introduced ends the old one's
 *     reach;
 *   - by the noun of its kind ("the company said", "the group said",
 *     "the ministry added"): the body the paragraph introduced with that
 *     very noun, else, of the bodies of that kind the text introduced
 *     before, the one it named most often (the story's own company: a
 *     rival named once later does not take "the company" from it).
 *
 * A figure inside a quotation whose sentence has no such clause is told
 * by the clause of its paragraph ("\"Three years ago we had two ... .
 * Today we have nine ...,\" he told reporters."), or by the speaker a
 * sentence of its paragraph introduces in full with their body
 * (REF_QUOTED: "\"...,\" said Raman Lamichhane, chairman of the NTA.
 * \"But the price is still two to three times higher.\"").
 *
 * The register is read from the text before the sentence on each ask:
 * nothing here allocates or keeps state.
 */
#ifndef CB_REFERENTS_H
#define CB_REFERENTS_H

#include <stddef.h>

/* How the clause attributing a figure names its teller. */
enum { REF_NONE = 0, REF_SURNAME, REF_PRONOUN, REF_KIND, REF_QUOTED };

/* The teller the attribution clause of the figure at doc[at) in the
 * English sentence doc[ss, se) (of doc[0, n)) names short, as the text
 * introduced them: its REF_* and the body (or, for a person introduced
 * with none, nothing) in out; REF_NONE when the sentence names no one
 * short or the text introduced no one it could mean. The clause's words
 * as written go to said (the surname, "the company"). */
int referents_credit(const char *doc, size_t n, size_t ss, size_t se, size_t at, char *out, size_t cap,
                     char *said, size_t said_cap);

/* Can name be what the noun said ends with ("the commission") stands
 * for: a name holding a word of its kind ("Pacific Telecom Commission"),
 * any name for a company or a group (their names need hold none), or
 * any when said names no kind? 0 for "Demand" and "the commission". */
int referents_fits_kind(const char *said, const char *name);

/* Does doc[0, lim) name name, as a whole word (read in its last 16 KB)? */
int referents_named(const char *doc, size_t lim, const char *name);

#endif
