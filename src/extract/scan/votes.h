/* votes.h — tallies: votes cast and responses received.
 *
 * "votes", "responses" and "replies" after a number are mostly page
 * furniture left by web scraping ("212 votes", "Responses (14)"): no
 * claim (FORMAT.md). They are a claim when a sentence tallies them: a
 * verb of receiving or winning before the number ("won 139 votes",
 * "We received 4 responses", "with nine votes in favour"), or the side
 * the votes were cast for after them ("9 votes in favour", "14 votes
 * to 3", "votes against"). The other side of a vote is counted in votes
 * too when the noun is elided ("nine votes in favor and four against").
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_VOTES_H
#define CB_VOTES_H

#include <stddef.h>

/* The number at p[start) counts the tally noun p[ws, we) ("votes",
 * "responses", "replies"): its unit ("votes", "responses") when the
 * sentence tallies it, else NULL (furniture). */
const char *votes_tally(const char *p, size_t n, size_t start, size_t ws, size_t we);

/* The number ending at p[end) stands before "against" (or "in favour"),
 * and a count of votes for the other side stands before it in the
 * sentence ("nine votes in favor and four against"): 1, else 0. */
int votes_other_side(const char *p, size_t n, size_t start, size_t end);

#endif
