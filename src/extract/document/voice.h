/* voice.h — whose findings the first person of a document reports.
 *
 * "We tracked 53 active groups", "according to our telemetry", "in our
 * survey": a sentence that tells what its speaker found credits the
 * speaker (a transcript's turn, speakers.h) or the body that publishes
 * the document (docinfo.h's "we"). A "we" that speaks for a people or a
 * continent ("we want ninety per cent of Africans online") reports
 * nothing found, nor does a "we" inside a quotation.
 *
 * A document whose opening tells its own findings so, twice or more (a
 * security vendor's quarterly report on its blog, a research team's
 * survey), reports its own data throughout: its figures that credit no
 * one are the publisher's ("Play (94 victims) ... rounded out the top
 * five" in a vendor's report on the leak sites it monitors).
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_VOICE_H
#define CB_VOICE_H

#include <stddef.h>

#include "lead.h"

/* Does the sentence p[ss, se) speak in the first person of an
 * institution ("our", "we"), outside any quotation? Or, in Chinese, of a
 * paper (本文, 本研究, 笔者; "研究发现：" opening an abstract's findings)
 * outside the quotation marks? */
int voice_first_person(const char *p, size_t ss, size_t se);

/* Does the sentence p[ss, se) tell what its speaker found ("the
 * intrusion sets we tracked", "in our survey")? */
int voice_own_findings(const char *p, size_t ss, size_t se);

/* Does the opening of the document of ld (its first VOICE_LEAD bytes)
 * tell its own findings in the first person twice or more? */
#define VOICE_LEAD 2500
_Static_assert(VOICE_LEAD <= LEAD_BYTES, "the opening's findings are looked for in the Lead");
int voice_reports_own(Lead *ld);

/* Does the opening of the document of ld by an outlet that prints others' work (a
 * newspaper, pub its name: "The Meridian Post") tell the outlet's own
 * findings twice or more: in the first person ("Our analysis ... found",
 * "our database") or by the first word of the outlet's name after "a"
 * ("A Meridian analysis of 414 projects finds"; "Global survey data
 * show" in The Global Times is no such)? Its data piece then reports its
 * own data. */
int voice_outlet_own(Lead *ld, const char *pub);

#endif
