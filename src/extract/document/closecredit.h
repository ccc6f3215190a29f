/* closecredit.h — a paragraph closed by its source: a digest's or a
 * newsletter's item that ends, after its last sentence's stop, with the
 * body it was taken from in brackets ("... in August alone. (Bangkok
 * Post)", "(OHCHR, 29 Aug)", "(Source: SMIC earnings call)") or on a
 * line of its own after an arrow ("-> Source: CAC, via Reuters"). That
 * body is credited with the paragraph's figures no sentence credits, as
 * a "Source:" note under a block is.
 *
 * Not a label ("(Table 1)", "(see Annex)"), a stage direction
 * ("(Applause)"), a year or a date alone, nor a bracket inside the
 * sentence ("... reached 45% (DOSM)." is the sentence's own citation,
 * credit.h). Nothing here allocates.
 */
#ifndef CB_CLOSECREDIT_H
#define CB_CLOSECREDIT_H

#include <stddef.h>

/* Where the closing credit of the block p[bs, be) opens, with the name
 * it gives at [*ns, *ne) (its first, before a comma or a semicolon);
 * be when the block closes with none. */
size_t closecredit_find(const char *p, size_t bs, size_t be, size_t *ns, size_t *ne);

/* The line p[ls, le) past an arrow that opens it ("-> ", "→ ", "» ",
 * "=> "): where its text starts (ls when none). */
size_t closecredit_arrow(const char *p, size_t ls, size_t le);

/* The line p[ls, le) past a note's mark that opens it ("1. ", "(1) ",
 * "[1] ", "¹ ", "* "): where its text starts (ls when none). A slide's
 * "1. Source: Dell'Oro Group, ..." under its block is the block's
 * "Source:" note. */
size_t closecredit_mark(const char *p, size_t ls, size_t le);

/* Does the line p[ls, le) bear the mark a note opens with (mark[0, ml):
 * "1. " is "¹", "[1]" or "(1)" there)? */
int closecredit_marked(const char *p, size_t ls, size_t le, const char *mark, size_t ml);

#endif
