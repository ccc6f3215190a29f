/* htmlfold.h — a web page's long runs of plain text reach gumbo as one
 * character each, and come back into its tree after parsing.
 *
 * gumbo makes a token of every character of text and runs each through
 * its tree builder (for a character in a table cell, four tag sets built
 * and tested, then the body's rules): on a page of articles that is most
 * of the time spent reading it. Yet inside a run of plain text no rule
 * of HTML looks at one character rather than another but to ask whether
 * it is a blank. So each such run that starts and ends with a character
 * that is not a blank is handed to gumbo as one private-use character
 * (plane 15 or 16) numbering it, and after parsing each text node gets
 * its runs back and every position in the tree (of elements, attributes,
 * text) is mapped back to the text before folding.
 *
 * A run is plain when no tokenizer state that emits text reads any of
 * its bytes: no '<', '&' (nor the name of a character reference after
 * one), '>', ']', NUL, CR or form feed, no control character and no code
 * point gumbo would replace; and it lies between tags as a tokenizer
 * mirroring gumbo's finds them (elements of raw text, such as <title>,
 * are left alone). Its blanks are tokens of the same class as its other
 * characters in every insertion mode that follows the first non-blank
 * one, except those of a frameset, where only the blanks are kept.
 *
 * So the restored tree is gumbo's tree of the text itself, and
 * htmlfold_restore checks what it relies on: each run comes back once,
 * in a text node not inside <script> (whose escaped states read '-'),
 * and no position falls inside a folded run. Where any fails (a run lost
 * in a frameset, one read into an attribute or a comment because this
 * tokenizer and gumbo's did not agree) it returns -1 and the caller
 * parses the text itself. A page that holds characters of planes 15 and
 * 16, as bytes or as numeric references, is not folded. Lines and
 * columns of positions are not restored (only offsets are).
 *
 * Ownership: the Fold owns its copy of the text (in); the text folded
 * from must outlive it, and htmlfold_restore points the tree into that
 * text and gives text nodes their expanded strings from the arena.
 */
#ifndef CB_HTMLFOLD_H
#define CB_HTMLFOLD_H

#include <gumbo.h>
#include <stddef.h>

#include "arena.h"

typedef struct Fold {
    char *in;                 /* what gumbo parses; NULL when nothing was folded */
    size_t n;
    const char *text;         /* what was folded */
    size_t textn;
    size_t *at;               /* run k: its character at in[at[k]], */
    size_t *from, *to;        /* standing for text[from[k], to[k]) */
    size_t nruns, cap;
} Fold;

/* Fold the runs of text[0, n) worth folding into f->in. Returns 1 when
 * some were (parse f->in, then htmlfold_restore), 0 when none (parse
 * text; f->in is NULL). */
int htmlfold_make(Fold *f, const char *text, size_t n);

/* Put the runs back into the tree gumbo made of f->in, under root: text
 * nodes get their text in full (from arena), and positions and original
 * text point into f->text. 0 done; -1 the tree is not gumbo's tree of
 * f->text (see above): parse that instead. */
int htmlfold_restore(const Fold *f, GumboNode *root, Arena *arena);

/* Free what the Fold holds (not the text it was made from). */
void htmlfold_free(Fold *f);

#endif
