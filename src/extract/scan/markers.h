/* markers.h — numbers that mark rather than count.
 *
 * The later numbers of a label's list are labels too: "Scope 1 and 2
 * emissions", "Articles 3, 4 and 5", "Phases 2 to 4" (the first one is
 * the label's own, quantity.h). A whole number that opens a line, then a
 * wide gap or a list's dot, then a capitalised word, numbers the line: a
 * judgment's paragraph ("15    SSCC claims US$61,750,000 ..."), a table
 * row's index ("5     Persons trained under DigiSkills   number  500,000"),
 * an indented list's item ("   1. Middle-mile fibre backbone   62.4").
 *
 * The scanner (scan.c) asks; offsets are bytes of the document p[0, n).
 * Nothing here allocates or keeps state.
 */
#ifndef CB_MARKERS_H
#define CB_MARKERS_H

#include <stddef.h>

/* Is the whole number starting at p[i] (i < n) a later item of a label's
 * list ("Scope 1 and [2]", "Articles 3, [4] and [5]")? */
int markers_label_list(const unsigned char *p, size_t n, size_t i);

/* Does the whole number p[start, end), with only blanks between the
 * line's start p[line] and it, number its line: a wide gap (two blanks
 * or a tab) or ". " or ") " after it, then a capital letter? */
int markers_line_item(const unsigned char *p, size_t n, size_t line, size_t start, size_t end);

#endif
