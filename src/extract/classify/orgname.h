/* orgname.h — a place that opens an organisation's name is no place of
 * the figure.
 *
 * "the Asian Development Bank", "the Africa Finance Corporation", "the
 * African Union Commission", "the European Union Agency for the Space
 * Programme", "Guangxi Beibu Gulf International Port Group", "Hainan
 * Cloud Group", "the ITU Global Cybersecurity Index", "IDC's Worldwide
 * Semiannual Public Cloud Services Spending Guide", "AidData's Global
 * Chinese Development Finance dataset": the place word is part of the
 * body's or the work's name, and says nothing of where the figure
 * stands. So is a place in brackets before a company's legal ending:
 * "China Unicom (Hong Kong) Limited".
 *
 * A name is a run of capitalised words (with "of", "for", "and", "the",
 * "&" inside) that ends on a word naming a body or a work (Bank, Fund,
 * Corporation, Group, Commission, Agency, Index, ...), or on such a word
 * in lower case right after the run ("dataset"). An authority is not such
 * a word: "The Pacific Cable Authority's annual review recorded 1,204
 * faults" counts the region's own faults, as a national body's statistic
 * is its country's. The callers ask only of
 * regions, the world and places within a country: a country that opens a
 * national body's name ("Kenya National Bureau of Statistics") is the
 * body's country, and its figures are.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_ORGNAME_H
#define CB_ORGNAME_H

#include <stddef.h>

/* Does the place named at t[s, e) open (or, in brackets, stand inside) an
 * organisation's or a work's name, reading no further than t[limit)? */
int orgname_holds(const char *t, size_t s, size_t e, size_t limit);

#endif
