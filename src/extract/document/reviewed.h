/* reviewed.h — the work a document is about, by its title: a review of
 * a book ("The Wires That Bind (review of Fibre and Influence: ... by
 * Amara Okafor-Lindqvist)") or a post on another body's report ("Spent
 * the weekend with the new Afri-Digital Observatory report on ...").
 * Such a text retells the work's figures: those it credits to no one
 * else are the work's (its author, its body), not the reviewer's nor
 * the platform's. A report's own title ("Annual Report 2023", "Digital
 * Economy Report 2021") names no other's work: the article "the" before
 * the body's name says the report is spoken of, not printed.
 */
#ifndef CB_REVIEWED_H
#define CB_REVIEWED_H

#include <stddef.h>

/* The author or body of the work the title t[0, n) is about: written to
 * out and 1, or 0. */
int reviewed_work(const char *t, size_t n, char *out, size_t cap);

#endif
