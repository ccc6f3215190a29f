/* noplace.h — a figure of a document that names no place is the world's.
 *
 * A podcast on the world's subsea cables, a patent landscape, a
 * methodology note of a global tracker: when neither the figure's
 * sentence, its table, heading, record or paragraph, nor the document's
 * title, publisher, first lines or text place a figure, what it speaks
 * of is no one country's or region's: "Right now there are a bit over
 * five hundred and seventy active or planned systems" is the world's.
 * Not a sentence that names a place it does not give the figure (a
 * joint subject's, "Nigeria, Egypt and South Africa together held 52%",
 * or an aside's), and not a company's own document (an annual report,
 * an earnings call): its figures are the company's, no place's.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_NOPLACE_H
#define CB_NOPLACE_H

#include <stddef.h>

/* The length a document must reach before naming no place says anything
 * (a note of a few lines names none because it is short). */
#define NOPLACE_MIN_DOC 2000

typedef struct Metrics Metrics;

/* May a figure of the sentence doc[ss, se) that nothing placed, in a
 * document whose own body is body ("" when none), be the world's: does
 * the sentence name no place but the world, and is the body no company
 * (a name with a legal suffix, "Safaricom PLC", "Kcell JSC")? */
int noplace_world(const Metrics *m, const char *doc, size_t ss, size_t se, const char *body);

#endif
