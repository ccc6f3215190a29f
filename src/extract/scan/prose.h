/* prose.h — the stretches of a text the scanner passes over unread.
 *
 * Most bytes of a document are prose with no number: blanks, marks and
 * words that cannot open a number ("the", "network", "million" alone).
 * The scanner's loop (scan.c) stops only at a digit, a byte that may open
 * a Chinese numeral or a full-width digit (from 0xE4), and a word that
 * may be a number word or has digits glued after it ("a third",
 * "twenty", "USD5bn"); a line break passed is noted, not stopped at.
 * prose_end finds the next such place sixteen bytes at a time, where the
 * processor reads sixteen at once (SSE2), rather than the loop walking
 * each blank and each word's letters; elsewhere it gives back the place
 * it was given, and the loop walks the bytes as before. Either way the
 * loop reads the same words and sets the same line starts.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_PROSE_H
#define CB_PROSE_H

#include <stddef.h>
#include <stdint.h>

/* The words that stop the scanner, by length (below PROSE_SIEVE_LEN),
 * first and last letter: a word w of n letters passes a sieve only when
 * bit (w[n - 1] & 31) of sieve[n][w[0] & 31] is set. (Rows up to 16
 * letters, the longest word inside sixteen bytes, so that one is looked
 * up without a test of its length; no number word is that long.) */
#define PROSE_SIEVE_LEN 17
typedef uint32_t ProseSieve[PROSE_SIEVE_LEN][32];

/* A word stops the loop when a digit follows it, when it passes stop, or
 * when it passes lead and the word after it (past one blank or line
 * break) passes follow: "a" or "an" only before a fraction or a scale ("a
 * third", "a million"), the most common word that would stop it else. */
typedef struct {
    ProseSieve stop, lead, follow;
    ProseSieve either;   /* stop | lead: prose_words_join fills it */
} ProseWords;

/* Fill w->either once stop and lead are filled. */
void prose_words_join(ProseWords *w);

/* From p[i], a place the scanner's loop stands at (not inside a word it
 * is passing), the first place at or after it that the loop must look
 * at: a digit, a byte from 0xE4 (where a Chinese numeral or a full-width
 * digit may open), or the start of a word that stops it as above. Line
 * breaks do not stop it: when it passes one, *line is set to the offset
 * after the last one passed (where the loop would have set its line).
 * Past the bytes read sixteen at a time it may stop early (at most n, at
 * least i): the loop goes on from there. */
size_t prose_end(const unsigned char *p, size_t n, size_t i, const ProseWords *w, size_t *line);

#endif
