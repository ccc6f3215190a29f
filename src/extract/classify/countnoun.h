/* countnoun.h — what a count counts, as its own words write it: people,
 * households, or subscriptions.
 *
 * A metric of people (internet users, people connected to broadband) and
 * a metric of households count different things, and a subscription, a
 * SIM or a connection is neither: "connected 1.2 million rural
 * households" is no count of people, "2.3 million households, or about
 * 9.5 million people" gives one of each, "SIM connections: 1.02bn"
 * counts SIMs. A figure with no noun of its own ("600 million are now
 * online") counts what its clause names.
 *
 * Nothing here allocates.
 */
#ifndef CB_COUNTNOUN_H
#define CB_COUNTNOUN_H

#include "figtoks.h"

enum { COUNTNOUN_NONE, COUNTNOUN_PEOPLE, COUNTNOUN_HOUSEHOLDS, COUNTNOUN_SUBSCRIPTIONS };

/* The kind of the noun after the figure of ft (at most two words of
 * its own between: "1.2 million rural households"), or COUNTNOUN_NONE. */
int countnoun_after(const FigToks *ft);

/* Does a noun of the kind stand in ft's tokens [a, b)? */
int countnoun_in(const FigToks *ft, size_t a, size_t b, int kind);

#endif
