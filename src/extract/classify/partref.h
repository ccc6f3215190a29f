/* partref.h — a part whose whole an earlier sentence counted.
 *
 * "The tracker identifies 134 projects in 48 countries. Africa hosts 41
 * of them": 41 names no noun, and its sentence counts nothing else; "of
 * them" points back to what the paragraph counted, projects. Two reads:
 *  - a figure followed by "of them", "of these" or "of those" is a part
 *    of a whole named before (lists.c gives it the paragraph's noun);
 *  - a count of places after "in" or "across" that follows another
 *    counted noun in its sentence ("134 projects in 48 countries") says
 *    where the counted things are: the thing counted, projects, stays
 *    the paragraph's noun (context.c).
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_PARTREF_H
#define CB_PARTREF_H

#include <stddef.h>

/* Do "of them", "of these" or "of those" follow the figure ending at
 * p[end), before p[limit)? */
int partref_pronoun_after(const char *p, size_t end, size_t limit);

/* Is the claim at p[start) with the counted unit `unit` a count of places
 * after "in", "across" or "throughout" (past a hedge: "in more than
 * eighty countries"), not before ss, its sentence's start? */
int partref_places_frame(const char *p, size_t ss, size_t start, const char *unit);

#endif
