/* zhhome.h — the home of a body that writes in traditional characters.
 *
 * A ministry or council publishing in simplified characters is the
 * mainland's: its 我国 is China. One publishing in traditional characters
 * ("立法會資訊科技及廣播事務委員會", "政府統計處") is Hong Kong's, Macao's
 * or Taiwan's; which one, its text says by the one of them it keeps
 * naming (香港, 本港; 澳门, 本澳; 台湾), read folded (hanfold.h).
 *
 * Nothing here allocates.
 */
#ifndef CB_ZHHOME_H
#define CB_ZHHOME_H

#include <stddef.h>

/* The scope id ("hong kong", "macau", "taiwan") of the one of the three
 * the folded text doc[0, n) names at least three times, and more than
 * twice as often as either other; NULL when none. (Its first
 * ZHHOME_TOP bytes are read.) */
#define ZHHOME_TOP 40000
const char *zhhome_region(const char *doc, size_t n);

#endif
