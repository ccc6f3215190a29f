/* chartlist.h — the list of chart parts the build keeps
 * (reports/.build/charts): the stem of every part of every shown chart,
 * one a line, each line ended by '\n'.
 *
 * The list comes with the project folder (a cloned repository may hold
 * any bytes there, and a record of hashes that vouches for them), so it
 * is read as untrusted: a list is taken only when every line is a stem
 * as the build writes them (not empty, no NUL, no '/', not starting with
 * '.', shorter than CHARTLIST_STEM bytes) and nothing follows the last
 * newline; anything else is no list, and the build plans the charts
 * again.
 */
#ifndef CB_CHARTLIST_H
#define CB_CHARTLIST_H

#include <stddef.h>

#define CHARTLIST_STEM 160

/* How many stems list[0..len) holds; -1 when it is no list. */
long chartlist_count(const char *list, size_t len);

/* The stem of the line at list + *at into stem (NUL-terminated), *at
 * moved past its newline. Only on a list chartlist_count took, *at at a
 * line's start inside it. */
void chartlist_next(const char *list, size_t *at, char stem[CHARTLIST_STEM]);

#endif
