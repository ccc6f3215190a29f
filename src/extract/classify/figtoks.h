/* figtoks.h — the words around a figure, as the readers of what it
 * counts (sample.h, investor.h, itemsum.h, countnoun.h) look at them.
 *
 * A window of the figure's sentence is cut into cue tokens (cuetok.h:
 * words and marks), with the figure's tokens and its clause's
 * (aspect_clause) marked. The readers ask for words and phrases by
 * lists written in lower case, matched in any case ("belt and road"),
 * or with a capital, matched as written ("BRI", "US", "ICT": an acronym
 * is no common word); a trailing '*' matches any ending ("loan*"). A
 * phrase's words stand next to each other, hyphens passed over
 * ("data-centre" is "data centre").
 *
 * Nothing here allocates; a FigToks is the caller's (about 4 KB).
 */
#ifndef CB_FIGTOKS_H
#define CB_FIGTOKS_H

#include <stddef.h>

#include "claim.h"
#include "cuetok.h"

#define FIGTOKS_MAX 200

typedef struct FigToks {
    const char *doc;
    size_t ss, se;   /* the sentence */
    size_t from;     /* where the window opens (ss, or a word after it) */
    CueTok t[FIGTOKS_MAX];
    size_t n;
    size_t fs, fe;   /* the figure's tokens [fs, fe) */
    size_t cs, ce;   /* its clause's tokens [cs, ce) */
} FigToks;

/* Cut the sentence doc[ss, se) around claim c (at most a few hundred
 * bytes each side) into ft. 0 when the figure is not inside it. */
int figtoks_read(FigToks *ft, const char *doc, size_t ss, size_t se, const Claim *c);

/* Is token i a word of the list (see above)? */
int figtoks_word(const FigToks *ft, size_t i, const char *const *list);

/* The tokens phrase takes from token i (its words, with the hyphens
 * between them), or 0 when it does not stand there. */
size_t figtoks_phrase_at(const FigToks *ft, size_t i, const char *phrase);

/* The first token in [a, b) where a phrase of the list stands, or
 * SIZE_MAX. */
size_t figtoks_find(const FigToks *ft, size_t a, size_t b, const char *const *list);

/* The word index before token i (past marks only when marks is 1; past
 * a hyphen joining two words always): the index, or SIZE_MAX at the
 * window's start or at a mark (marks 0). */
size_t figtoks_word_before(const FigToks *ft, size_t i, int marks);

/* Does token i end a clause (cuetok_boundary, or ; : and brackets)? */
int figtoks_boundary(const FigToks *ft, size_t i);

#endif
