/* answerword.h — a number said alone, as a speaker's answer.
 *
 * Transcripts answer in one word: "Seventeen. That's how many countries
 * signed MoUs with China", "Three. Only three countries in West Africa
 * have a data protection authority", or after the question: "How many
 * countries signed? — Twenty-two." The word is a claim, and it counts
 * what the question or the sentence after it names: "how many
 * countries", or the same number said again with its noun.
 *
 * The scanner (scan.c) asks about a number in words that names no noun.
 * Offsets are bytes of the document p[0, n); nothing here allocates.
 */
#ifndef CB_ANSWERWORD_H
#define CB_ANSWERWORD_H

#include <stddef.h>

/* Is the number in words p[w, e) of value v a sentence by itself (at a
 * line's or sentence's start or after a speaker's label, a full stop or
 * "!" right after it)? Then the noun it counts, as a unit, into
 * out[cap]: the noun after "how many" in the sentence after it or the
 * question before it, else the noun after the same number said again in
 * the next sentence. 0 when it is no such answer. */
int answerword_noun(const char *p, size_t n, size_t w, size_t e, double v, char *out, size_t cap);

#endif
