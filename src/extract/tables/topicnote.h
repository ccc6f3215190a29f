/* topicnote.h — a table's note that says in words whose figures each
 * column or row holds: "Sources: ... Internet users: ITU estimates for
 * all economies." (a topic, a colon, its body), "Source: City of Kigali
 * ICT Department; NISR for penetration." (a body for a topic), "Users
 * affected are estimated from ITU data ...; Costs are from Top10VPN's
 * COST model" (a topic, then from its body). A cell takes the body of
 * the topic its column's header, else its row's label, names: each word
 * of the topic, in any case, a plural as its singular ("Costs" names
 * "Est. cost (US$ million)"). A cell naming none takes the note's first
 * body given for no topic ("MoITT Performance Monitoring Unit" in
 * "Source: MoITT Performance Monitoring Unit; PTA; State Bank of
 * Pakistan (SBP) for remittances."), when it gives one.
 *
 * The note is the first text after the table's block, past three blank
 * lines at most, that opens with "Source:", "Sources:", "Note:" or
 * "Notes:", up to its blank line (eight lines at most). A body's kind
 * of figure is left out ("ITU estimates", "ITU data", "Top10VPN's COST
 * model" are ITU and Top10VPN), and so is what it is given for ("OECD
 * Broadband Portal for OECD members").
 *
 * The note of the last table asked is kept, per thread (textserial.h).
 */
#ifndef CB_TOPICNOTE_H
#define CB_TOPICNOTE_H

#include <stddef.h>

/* The body the note under the table block ending at p[block_end) (of
 * p[0, n)) gives the cell whose column header is p[hs, he) and whose
 * row label is p[ls, le) (either empty: hs == he), into out (cap
 * bytes), and 1; 0 when the note names no topic, or none of the cell's
 * and no body for the rest. */
int topicnote_body(const char *p, size_t n, size_t block_end, size_t hs, size_t he, size_t ls, size_t le, char *out,
                   size_t cap);

#endif
