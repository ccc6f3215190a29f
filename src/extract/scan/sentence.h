/* sentence.h — the sentence around a claim: where it starts and ends in
 * the document, and its text as a claim row shows it.
 *
 * A sentence is bounded by . ! ? before a capital (not after "U.S.",
 * "Dr.", "e.g."...), by the Chinese 。！？ and ； (with the closing
 * quotes after them), by a paragraph break or a line break that does not
 * wrap a sentence (a Chinese line taken out of a PDF, as wide as the line
 * beside it, wraps even after a Han character), and by a window of
 * CB_MAX_SENTENCE_BYTES either side.
 * Offsets are bytes of the document as stored. Nothing here keeps state:
 * functions are safe from several threads.
 *
 * Ownership: the strings returned are the caller's to free.
 */
#ifndef CB_SENTENCE_H
#define CB_SENTENCE_H

#include <stddef.h>

/* Sentence [*ss, *se) around the span [start, end) of doc[0, n). */
void sentence_bounds(const char *doc, size_t n, size_t start, size_t end, size_t *ss, size_t *se);

/* The spans of a document come in offset order, several to a sentence: a
 * SentenceCursor keeps the last sentence found and what its scans showed
 * (no boundary between its start and the span, nor between the span and
 * its end), so that the next span in the same sentence costs only its own
 * bytes. sentence_next gives what sentence_bounds gives. Start each
 * document with a zeroed cursor. */
typedef struct SentenceCursor {
    size_t start, end;   /* the last span */
    size_t ss, se;       /* and its sentence */
    int hard;            /* both ends are boundaries (or the document's ends),
                          * not where the scan stopped for its length */
    size_t clear_from, clear_to;   /* no boundary at any offset in [from, to):
                                    * a run-on's next span scans only past to */
} SentenceCursor;

void sentence_next(SentenceCursor *cur, const char *doc, size_t n, size_t start, size_t end, size_t *ss,
                   size_t *se);

/* A run-on: where sentence_bounds found no boundary within
 * CB_MAX_SENTENCE_BYTES of the span [start, end) on a side, that side of
 * [*ss, *se) is brought in to reach bytes from the span (a side that
 * ends at a boundary or at the document's end stays). The claim's rules
 * read this narrower sentence, so that their work per claim stays bounded
 * by reach rather than by the window: a run-on of many claims costs
 * claims x reach, not claims x window. */
void sentence_narrow(size_t n, size_t start, size_t end, size_t reach, size_t *ss, size_t *se);

/* Does the line break at p[nl] wrap a sentence onto the next line ("some
 * 5.4 billion\npeople"), rather than end a heading, a list item or a
 * table row? */
int sentence_wraps(const char *p, size_t n, size_t nl);

/* The text of doc[ss, se): whitespace runs collapsed to one space (none
 * for a line break alone between two CJK characters, a Chinese line
 * wrapped on a page), trimmed, invalid UTF-8 replaced by U+FFFD, cut at
 * CB_MAX_SENTENCE_BYTES with "…". */
char *sentence_text(const char *doc, size_t ss, size_t se);

/* doc[s, e) with invalid UTF-8 replaced by U+FFFD; whitespace runs
 * collapsed when collapse; when cap is not 0, cut before cap bytes with
 * "…". */
char *sentence_clean(const char *doc, size_t s, size_t e, int collapse, size_t cap);

#endif
