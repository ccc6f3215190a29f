/* compound.h — a count hyphenated to the noun it counts, as a modifier.
 *
 * "its 1,800-rack capacity", "a 1,200-rack government data centre", "a
 * 14-count indictment", "a 10,000-satellite system": the number counts
 * the noun after its hyphen (racks, counts, satellites), though the
 * phrase is about something else. Units hyphenated to a number ("a
 * 1,200-km cable"), durations ("a 15-year loan") and money ("a 50-yuan
 * voucher") are read before this or elsewhere
 * (scan.c's number_units); a word that is no counted noun, or names a
 * grade rather than a number of things ("a 6-digit code", "a 5-star
 * hotel"), is none. Below ten, only nouns the lexicon lists as counted
 * ("a 3-layer design" counts nothing the lexicon knows); "a 27-member
 * bloc", "a 10-nation tour" name a body, not a count the text reports.
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_COMPOUND_H
#define CB_COMPOUND_H

#include <stddef.h>

/* Does a hyphen and a counted noun in the singular, then a blank and a
 * lower-case word, follow the number of value v ending at p[e)? Its end
 * (past the noun), with the noun's plural as unit (cap bytes); 0 when
 * not. */
size_t compound_count(const unsigned char *p, size_t n, size_t e, double v, char *unit, size_t cap);

#endif
