/* startaside.h — a year of an apposition telling when the sentence's
 * subject began.
 *
 * "The Centre, launched with S$30 million in 2019, has trained more than
 * 1,600 officials", "The facility, which cost around $65 million and
 * opened in 2023, has 1,200 racks", "The Unit, set up under a 2023
 * memorandum of understanding, handled 18 incidents": the year set off
 * by commas after the subject says when it was launched, opened, set up
 * or signed, not when the main clause's figures hold, when that clause
 * tells the present ("has", "is", "serves", "now", a teller's "said");
 * one in the past keeps it ("The contract, signed in 2019, was for KES
 * 17.5 billion"). The apposition's own figures keep it (S$30 million
 * is of 2019).
 *
 * Nothing here allocates.
 */
#ifndef CB_STARTASIDE_H
#define CB_STARTASIDE_H

#include <stddef.h>

/* Does the year at p[y] of the sentence p[ss, se) stand in such an
 * apposition (opened by a comma and a start's participle, or by "which"
 * with a start's verb before the year; closed by a comma), and does the
 * claim starting at claim_s stand after it? */
int startaside_year(const char *p, size_t ss, size_t se, size_t claim_s, size_t y);

/* Does a year before the claim starting at claim_s stand in such an
 * apposition, the claim after it? Then the paragraph's year, which a
 * figure of the apposition may have just taught it ("launched with S$30
 * million in 2019"), does not date the claim either. */
int startaside_before(const char *p, size_t ss, size_t se, size_t claim_s);

#endif
