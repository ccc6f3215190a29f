/* selfsubj.h — the publisher as the subject of a sentence in its own
 * report: "To widen access, the Authority's Last Mile pilot connected
 * 26,400 households" in the ICT Authority's annual report, "PBO applies a
 * higher ratio of 5.1%" in a note of the Office of the Parliamentary
 * Budget Officer. The figure is the publisher's, though an earlier
 * sentence of the paragraph credited another body ("According to the
 * Bureau of Statistics, 35.0 per cent ..."): the sentence names its own
 * teller.
 *
 * The subject opens the sentence, or follows the comma of an opening
 * phrase among its first 80 bytes, and names the publisher by its kind
 * with a capital after "the" ("the Authority", "The Bank's"; a whole word
 * of its name), by its name as written, or by the initials of its name's
 * last capitalised words ("PBO"); no comma, semicolon, colon or "that"
 * stands between it and the figure. Nothing here allocates.
 */
#ifndef CB_SELFSUBJ_H
#define CB_SELFSUBJ_H

#include <stddef.h>

/* Does the English sentence doc[ss, se) open, before the figure at
 * doc[at], with the publisher body as its subject? */
int selfsubj_opens(const char *doc, size_t ss, size_t se, size_t at, const char *body);

#endif
