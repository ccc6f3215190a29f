/* setter.h — the body that set a target a figure states.
 *
 * A target, a threshold or a benchmark is its setter's figure, whoever
 * tells it: "2.9 percent of monthly GNI per capita, nearly 1.5 times the
 * 2 percent affordability target set by the Broadband Commission", "below
 * the target of 2 per cent set by the Broadband Commission for
 * Sustainable Development", "below the Broadband Commission target of 2
 * per cent", "just under the Broadband Commission's 2 percent
 * affordability target". The sentence's teller ("According to the World
 * Bank, ...") tells the other figures.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_SETTER_H
#define CB_SETTER_H

#include <stddef.h>

/* The body that set the target stated by the figure doc[start, end) of
 * the sentence doc[ss, se): 1 and its name as written in out, or 0. */
int setter_of(const char *doc, size_t ss, size_t se, size_t start, size_t end, char *out, size_t cap);

#endif
