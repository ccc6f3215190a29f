/* sidebyside.h — two counts one sentence sets side by side (internal to
 * src/compare).
 *
 * "Chinese companies have provided broadband services to nearly 6 million
 * households and more than 900 million people in Africa": one author
 * gives two counts of different things (households, people) in one
 * breath. A consistency check between two terms that count different
 * nouns ("if the people and the households connected to broadband were
 * the same connections, they would give 150 people per household")
 * asks whether the two could count the same connections; the author who
 * states both, side by side, has answered it: they are two counts of two
 * things (people a network serves, homes on fixed broadband), and
 * neither contradicts the other. Such figures are not checked against
 * each other: a figure of either term stated in one sentence with a
 * figure of the other is left out of the check (EX_SIDE_BY_SIDE), and
 * the check is made on the other documents' figures, if any.
 *
 * A check of one noun's figures ("5.4 billion people, or 67% of the
 * world", users over the share of people online) is no such question:
 * the share is of the same people, one sentence's pair is the best pair
 * it has, and it stays.
 */
#ifndef CB_SIDEBYSIDE_H
#define CB_SIDEBYSIDE_H

#include <stddef.h>

#include "relation.h"
#include "run.h"

/* Were figures a and b stated in one sentence of one document? */
int sidebyside_together(const Figure *a, const Figure *b);

/* Does consistency relation rel hold two claim terms (and no more) whose
 * metrics count different nouns (each unit a count, and not the same:
 * people and households)? */
int sidebyside_counts_differ(const Run *R, const Relation *rel);

/* For such a relation, drop from side[t][0..nside[t]) every figure stated
 * in one sentence with a figure of the other term, each noted left out;
 * the others keep their order and nside[t] is their number. Any other
 * relation is left as it is. */
void sidebyside_drop(Run *R, const Relation *rel, const Figure **side[], size_t nside[]);

#endif
