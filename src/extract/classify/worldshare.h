/* worldshare.h — a share of the world's whole in a clause of its own.
 *
 * "Huawei built 70 percent of Africa's 4G networks, and Huawei and ZTE
 * together held 38 percent of the global radio access network market":
 * the world as a share's whole yields to another place of its sentence
 * ("China accounts for 60 percent of the world's total" is China's), but
 * not to a place that stands in an earlier coordinated clause (the
 * figure's clause opened by ";", or ", and", ", but", ", while",
 * ", whereas").
 * A share whose own clause names the world as its whole ("38 percent of
 * the global ...": "of" and the world's word within a few words after
 * it) and no other place is the world's. English text only.
 *
 * Nothing here allocates.
 */
#ifndef CB_WORLDSHARE_H
#define CB_WORLDSHARE_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* Does the coordinated clause of the sentence doc[ss, se) holding the
 * claim doc[cs, ce) name the world (the scope `global`) as the claim's
 * whole, and no other place? */
int worldshare_own_clause(const Metrics *m, const char *doc, size_t ss, size_t se, size_t cs, size_t ce);

#endif
