/* brandplace.h — a region in a company's name is its brand, not where
 * its figures are.
 *
 * "Mekong Digital Telecom PCL", "Africa Data Centres Ltd", "Asia Pacific
 * Telecom Co.": a company named after a region works in one country of
 * it, or in some; its results are of the country its text names, not of
 * the whole region. When the place a document takes from its publisher
 * or its first lines is a region and the publisher is a company (its
 * name ends in a company's word: PCL, Plc, Ltd, Limited, Inc, Corp,
 * Berhad, Tbk, Holdings, Group...), the one country the text names by
 * its cues ("Cambodia", "Phnom Penh") is the document's; when it names
 * none or several, the region stays.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_BRANDPLACE_H
#define CB_BRANDPLACE_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* How much of a document is read for the countries it names. */
#define BRANDPLACE_TOP 20000

/* Is pub a company's name (it ends in a company's word)? */
int brandplace_company(const char *pub);

/* The scope id (owned by m) of the one country doc[0, n) names when its
 * place, scope, is a region a company publisher pub is named after; NULL
 * otherwise. */
const char *brandplace_country(const Metrics *m, const char *pub, const char *scope, const char *doc, size_t n);

#endif
