/* issued.h — a document its publisher issues in its own name.
 *
 * A regulator's public notice of auction results, a council's minutes, a
 * company's breach notification: the publisher speaks of itself, on its
 * own paper. Its figures that credit no one are its own, and what it
 * reports of its own present (results, prices, counts) holds at its date.
 * A newspaper's story about the same body is no such document: the
 * caller tells the bodies that print others' work apart (docinfo.h).
 *
 * Two signals of the genre, both needed:
 *  - the letterhead: a line among the first heading lines opens with the
 *    publisher's name ("KITWE CITY COUNCIL", "TANZANIA COMMUNICATIONS
 *    REGULATORY AUTHORITY (TCRA)", "JUMLA PAY LIMITED");
 *  - the body speaking of itself as a party, twice or more after the
 *    letterhead: by its name ("Jumla Pay has not engaged"), its acronym
 *    ("TCRA"), or the word of its kind with a capital ("the Authority",
 *    "the Council"; "the Company" for a name ending in Ltd, PLC, Inc).
 * A signatory who is a person or an office ("Town Clerk", "Director
 * General") signs for the body and changes nothing.
 *
 * Of such statements, those whose title names a statement of the present
 * (issued_present) date their undated figures by their date.
 *
 * Nothing here allocates.
 */
#ifndef CB_ISSUED_H
#define CB_ISSUED_H

#include <stddef.h>

/* The core of a publisher's name: no leading "The", nothing from a
 * bracket, comma, slash or bar on, no legal suffix ("Jumla Pay Limited"
 * -> "Jumla Pay", "Meridian Re Broking Ltd." -> "Meridian Re Broking").
 * Writes it to out (cap bytes) and returns its length; *legal (may be
 * NULL) says whether a legal suffix was cut. */
size_t issued_core(const char *pub, char *out, size_t cap, int *legal);

/* Does the name au open with the core of the publisher's name, as a
 * unit of it does ("Meridian Re Broking Specialty Analytics" of
 * "Meridian Re Broking Ltd.")? Not the name itself. */
int issued_unit_of(const char *au, const char *pub);

/* Does doc[0, n) carry the publisher's letterhead among its first lines
 * and speak of the publisher as a party twice or more after it? */
int issued_own_statement(const char *doc, size_t n, const char *pub);

/* Does a Chinese web page doc[0, n) label itself, among its first lines,
 * as the publisher's own ("来源：中国—东盟信息港股份有限公司" on the
 * company's site, "来源：本站")? A story the body prints under its own
 * name is its statement, whoever reported it. */
int issued_own_label_zh(const char *doc, size_t n, const char *pub);

/* Does the title t[0, tn) name a statement of the issuer's present: its
 * results, a notice, a notification, minutes, a rule, a decision or
 * determination, a tariff, a statement or an announcement; and no
 * proposal ("Public Notice: Application for a ... Licence", "Proposed
 * Credit", "Consultation Paper", a draft, a plan, a forecast)? Such a
 * statement reports as of its date what it leaves undated; a proposal's
 * figures (a project's costs, an applicant's specifications) are of no
 * one year. */
int issued_present(const char *t, size_t tn);

/* The body a rule, notice or report names as issuing it in its opening
 * text doc[0, n) (its first 6 KB): "In this final rule, the Bureau of
 * Industry and Security (BIS) amends ...", "In this report, the Office
 * finds ...": 1 and its name (with the acronym it defines) in out, or 0.
 * A platform that prints others' rules (a gazette, a register) is not
 * the body speaking in them. */
int issued_rule_issuer(const char *doc, size_t n, char *out, size_t cap);

#endif
