/* keyfig.h — a key-figures block: a heading that names what is counted,
 * then the figures under it by year.
 *
 *   Unique mobile subscribers          Mobile internet users
 *   2022: 489m                         2022          2030
 *   2030: 692m                         287m          509m
 *
 * A figure with a short scale ("489m") is otherwise read as metres or
 * nothing; under such a heading it counts the heading's noun. The
 * figure is preceded on its line only by its year's label ("2022:") or
 * by another column's figure and two blanks; between its line and the
 * heading at most two more lines, each opening with a figure or a year.
 * The heading ends with a counted noun and holds no digit, tab, colon,
 * full stop or comma before it (no sentence, no row). What follows the
 * figure on its line is not looked at.
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_KEYFIG_H
#define CB_KEYFIG_H

#include <stddef.h>

/* The counted noun of the heading above the figure at p[start, end):
 * 1 with its slice in [*ws, *we), else 0. */
int keyfig_heading_noun(const char *p, size_t n, size_t start, size_t end, size_t *ws, size_t *we);

#endif
