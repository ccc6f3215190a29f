/* leader.h — the places that lead a set, named after it.
 *
 * "21 operators had launched 5G in nine markets, led by South Africa
 * (four operators)", "African markets, led by Nigeria, Kenya and Egypt,
 * reached a combined 9.3% of GMV", "a consortium led by Kenya's
 * Safaricom, paid US$850 million": the places after "led by" head the
 * set the sentence counts; they are not where the set's figures are.
 * The figures inside the phrase are theirs ("(four operators)").
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_LEADER_H
#define CB_LEADER_H

#include <stddef.h>

/* Is the place named at p[s, e) of the sentence p[ss, se) one a set is
 * "led by", and the claim starting at p[at] outside that phrase? */
int leader_place(const char *p, size_t ss, size_t se, size_t s, size_t e, size_t at);

/* Might the sentence p[ss, se) hold such a phrase (a cheap look)? */
int leader_may(const char *p, size_t ss, size_t se);

#endif
