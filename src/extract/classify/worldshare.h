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
 * A clause framed by "Globally," or "Worldwide," speaks of the world
 * too, whatever place it names in passing.
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

/* Does the sentence doc[ss, se) frame the claim starting at doc[cs] in
 * the world: "Globally," or "Worldwide," ("Around the world,", "Across
 * the globe,") opening the sentence, or set off by commas before the
 * claim (", globally, 70 per cent of men ..."), in the clause of the claim
 * (no ";" nor ", and" between)? Its figures are the world's, over a place
 * named in passing ("Globally, AidData, a lab in the United States,
 * counts 20,985 projects"). */
int worldshare_framed(const char *doc, size_t ss, size_t se, size_t cs);

#endif
