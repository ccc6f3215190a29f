/* several.h — a document that gives several disagreeing figures for one
 * place and year (internal to src/compare).
 *
 * An ITU release gives the world's share online and the shares of women,
 * of the young, of towns, all tagged with one metric, place and year; a
 * database export gives the countries of its own filtered rows ("14
 * records | 13 countries") beside its tracker's count ("in 59
 * countries"). Such a document states no one value of the quantity: none
 * of its figures may stand for it, in a disagreement between documents
 * (agreement.c), as a term of a consistency check or a derived figure,
 * or as a side of a scale comparison (compare.c). Its figures are left
 * out with EX_SEVERAL, and said so.
 *
 * Figures are of one document when their document and place are the
 * same (the regions of one table are no disagreement); they disagree
 * when their intervals share no point (figure_agree).
 *
 * A relation's term may keep such a document's figures that it states
 * in one sentence with the other term's figure ("$79 billion to DSR
 * projects in 2013-22, in 87 countries", beside "earlier estimates of
 * about $17 billion"): that pair is what the document says of the
 * relation. The rest of its figures are left out.
 */
#ifndef CB_SEVERAL_H
#define CB_SEVERAL_H

#include <stddef.h>

#include "run.h"

/* Drop from figs[0..n) (any order) the figures of each document whose
 * own figures there disagree, each noted left out (EX_SEVERAL); the
 * others keep their order, compacted in place. Returns how many are
 * kept. held (NULL: none) marks figures stated with a relation's other
 * term: when a document's held figures agree with each other, only its
 * others are dropped. */
size_t several_drop(Run *R, const Figure **figs, size_t n, const unsigned char *held);

#endif
