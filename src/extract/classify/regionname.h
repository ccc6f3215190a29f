/* regionname.h — a region of a country a sentence names as the subject of
 * its figure: "the National Capital Region (NCR) recorded the highest
 * proportion ... at 88.1 percent", "The Bangsamoro Autonomous Region in
 * Muslim Mindanao (BARMM) posted the lowest at 41.3 percent". A careful
 * reader reads that figure as the region's, not the country's: its area.
 *
 * Nothing here allocates.
 */
#ifndef CB_REGIONNAME_H
#define CB_REGIONNAME_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* The region named in doc[ss, at) nearest before the figure at at, with
 * no digit between it and the figure: capitalised words ending in
 * "Region" (and "in" and capitalised words after it), less a bracket's
 * acronym, naming no place known (a country, a region of the world, a
 * province with a within). Its words in lower case in out ("national
 * capital region"), and 1; else 0. */
int regionname_before(const Metrics *m, const char *doc, size_t ss, size_t at, char *out, size_t cap);

#endif
