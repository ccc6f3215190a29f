/* postorg.h — the body a platform's post speaks for: its author's, when
 * the author's headline gives their office at it ("Chief Executive
 * Officer at SilkLink Telecom Africa | Board Member, ...") and the post
 * tells its own affairs in the first person ("our teams", "our network",
 * "our 6,800 employees": "our" five times at least, outside quotations)
 * and names it again below the headline ("When I joined SilkLink").
 * Then what the post tells is that body's ("5,400 km of new fibre laid"),
 * as a company's own report is; an author naming no such body, or
 * writing as "I" of others' work, speaks for no one (platform.h).
 * Nothing here allocates.
 */
#ifndef CB_POSTORG_H
#define CB_POSTORG_H

#include <stddef.h>

/* The body the post doc[0, n) speaks for, as its headline writes it,
 * into out (cap bytes), and 1; else 0. */
int postorg_speaks_for(const char *doc, size_t n, char *out, size_t cap);

#endif
