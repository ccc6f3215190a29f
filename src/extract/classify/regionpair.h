/* regionpair.h — a region named as a pair of regions.
 *
 * "Central Asia and the South Caucasus", "Europe and Eurasia", "Africa
 * and the Middle East": two regions joined by "and" (or "&"), the second
 * with or without "the", are one region named as the text names it; its
 * figures are the pair's, not the first part's nor the second's. The
 * scope is the name as written, lower case ("central asia and the south
 * caucasus"), as FORMAT.md names a region, in one plain form: "&" as
 * "and" ("Central Asia & South Caucasus" is "central asia and south
 * caucasus"), a compass point in one word ("South-East Asia and the
 * Pacific" is "southeast asia and the pacific").
 *
 * Not a pair: two places in a list ("Southeast Asia, the Middle East and
 * Africa"), the parties of a relation ("between Africa and Europe",
 * "from Asia and Europe"), a bloc or group (ASEAN, the EU, the GCC, BRICS,
 * the OECD: "ASEAN and the EU signed ...") or a country ("Central Asia
 * and China": two places). English text only.
 *
 * Nothing here allocates.
 */
#ifndef CB_REGIONPAIR_H
#define CB_REGIONPAIR_H

#include <stddef.h>

/* Do the places doc[s1, e1) (scope id id1) and doc[s2, e2) (id2), the
 * second after the first, name one region as a pair? Then its name, lower
 * case, into out[0, cap) and 1; else 0 (out untouched). doc[0, s1) is read
 * back to see a list or a relation. */
int regionpair_name(const char *doc, size_t s1, size_t e1, const char *id1, size_t s2, size_t e2,
                    const char *id2, char *out, size_t cap);

#endif
