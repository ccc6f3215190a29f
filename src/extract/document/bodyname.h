/* bodyname.h — a place that is part of a body's name.
 *
 * "Lund Centre for Asian Studies", "PACIFIC NEWS NETWORK", "Asia
 * Connectivity Institute", "Hongtu Vision Technology (Hong Kong) Co.,
 * Limited": the place in the name of an institute, a newsroom, a company
 * names the body, not what a document by it or about it is about. A
 * body's name is a run of capitalised words (with "of", "for", "the",
 * "and", "&", a bracketed part, a comma before a company's suffix)
 * holding a word of such a body (bodyname.c: institute, exchange,
 * studies, news, university, foundation, company, limited...; network
 * and media only after such a word, "News Network": a "Kenya National
 * Broadband Network" is the country's). A public body's name (an authority, a ministry, a central bank, a
 * court) is not one of these: the place in "Communications Authority of
 * Kenya" is where its figures are.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_BODYNAME_H
#define CB_BODYNAME_H

#include <stddef.h>

/* Does t[s, e) (a place) lie inside such a body's name in t[from, to)? */
int bodyname_holds(const char *t, size_t from, size_t to, size_t s, size_t e);

#endif
