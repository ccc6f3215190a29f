/* cellnote.h — the body a table cell's note letter names.
 *
 * A statistical yearbook glues a note letter to a cell ("7.2b", "58.5b")
 * and explains it under the table, after its "Source:" line: "b ESCAP
 * estimate.", "e World Bank estimates.", "c Estimate by the Lakeland
 * Statistics Office." A cell so marked is that body's figure, not the
 * body's the table's note names for the rest. A note saying anything
 * else ("a Data refer to 2022.") names no body.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_CELLNOTE_H
#define CB_CELLNOTE_H

#include <stddef.h>

/* The body the note of the letter glued after the cell's figure ending
 * at doc[end) names, the note standing on the lines below it (up to a
 * few blocks down): 1 and the name in out, or 0. */
int cellnote_body(const char *doc, size_t n, size_t end, char *out, size_t cap);

#endif
