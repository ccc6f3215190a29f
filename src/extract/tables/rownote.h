/* rownote.h — a table's note keyed to a row by its mark.
 *
 * A tracker's export lists its projects in a table with a notes column
 * ("DSR-0142<TAB>Pakistan<TAB>2018<TAB>Lahore Safe City ...<TAB>c"), and
 * its notes below ("c. Punjab Safe Cities Authority; covers 8,000 cameras
 * at 1,800 sites."). The figures of a note are the row's: its place is
 * the place the row names. A note opens with its mark, a letter or a
 * number of one or two digits and a full stop or a bracket ("c.", "c)",
 * "(c)", "3."); the row is the nearest line above it laid out in columns
 * (tabs, bars or runs of spaces) one of whose cells is that mark alone.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_ROWNOTE_H
#define CB_ROWNOTE_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* How far above its note a row is looked for. */
#define ROWNOTE_BACK 16384

/* The place (scope id in out) of the row the note holding offset at of
 * doc[0, n) marks: 1, or 0 when the offset stands in no note, no row
 * bears its mark, or the row names no place or several. */
int rownote_place(const Metrics *m, const char *doc, size_t n, size_t at, char *out, size_t cap);

#endif
