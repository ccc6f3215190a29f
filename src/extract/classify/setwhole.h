/* setwhole.h — the whole a part is counted out of.
 *
 * "Nine of the 12 economies host a Chinese-built data centre", "9 of the
 * 15 African countries that imposed shutdowns operate backbones built
 * under the Digital Silk Road": what the sentence says of the part is the
 * part's; the whole is the set it was drawn from, which the predicate
 * does not describe (not all 12 host one). The whole takes a metric only
 * from its own noun phrase: "6 of the 47 countries with DSR projects"
 * counts countries with projects in 47.
 *
 * Nothing here allocates.
 */
#ifndef CB_SETWHOLE_H
#define CB_SETWHOLE_H

#include <stddef.h>

#include "figtoks.h"

/* Is the figure of ft the whole of a part ("N of the", "N out of",
 * "half of the" right before it)? Then *s, *e: its noun phrase's bytes,
 * from the figure through its noun and a modifier after it ("with DSR
 * projects", "that imposed shutdowns"), to the clause's next mark or
 * verb. */
int setwhole_of_part(const FigToks *ft, size_t *s, size_t *e);

#endif
