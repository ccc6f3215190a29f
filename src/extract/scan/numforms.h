/* numforms.h — numerals written in forms other than digits and a point.
 *
 * A figure may carry its fraction as a sign ("8½", "3¼ hours") or, in a
 * text translated from a language that writes the decimal with a comma,
 * after a comma: "1,9 billion soms", "12,5 billion tenge". A thousands
 * group always has three digits, so a comma followed by one or two digits
 * and then a scale word can only be a decimal comma.
 *
 * The scanner's read_num (scan.c) asks, where its digits end. Offsets
 * are bytes of the document p[0, n); nothing here allocates.
 */
#ifndef CB_NUMFORMS_H
#define CB_NUMFORMS_H

#include <stddef.h>

/* A vulgar fraction sign at p[i] ("½" 0.5, "¼" 0.25, "¾" 0.75): its
 * value, with *end past it; 0 when none. */
double numforms_fraction_sign(const unsigned char *p, size_t n, size_t i, size_t *end);

/* A decimal comma at p[i]: ',' then one or two digits, then blanks and a
 * scale word ("million", "billion", "trillion", "bn", "mln"). The end of
 * the digits (*frac_start where they begin); 0 when none. */
size_t numforms_decimal_comma(const unsigned char *p, size_t n, size_t i, size_t *frac_start);

#endif
