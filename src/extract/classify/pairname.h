/* pairname.h — a country paired with a region by a hyphen is the region's
 * partner, not a place of the figure.
 *
 * A body or fund of a region and one partner country is named by the pair:
 * "the ASEAN-Japan Cybersecurity Capacity Building Centre", "the
 * Japan-ASEAN Integration Fund", "the ASEAN-India Fund for Digital
 * Future", "the ASEAN-Singapore Cybersecurity Centre of Excellence". What
 * it does (officials trained, money spent) is done for the region: the
 * country is the partner. Two countries paired ("China-Pakistan Economic
 * Corridor") or two regions are left alone.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_PAIRNAME_H
#define CB_PAIRNAME_H

#include <stddef.h>

#include "metrics.h"

/* Is the place pl[k] of the places pl[0, np) of a text doc a country
 * joined by a hyphen or an en dash, no blank between, to a region
 * ("ASEAN-Japan", "Japan–ASEAN")? */
int pairname_partner(const char *doc, const MetricsPlace *pl, size_t np, size_t k);

/* Does the sentence doc[ss, se) hold such a pair? */
int pairname_in(const Metrics *m, const char *doc, size_t ss, size_t se);

#endif
