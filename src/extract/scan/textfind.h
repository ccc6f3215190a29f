/* textfind.h — where a string stands in a text: memmem's answer, found
 * sixteen places at a time.
 *
 * glibc's memmem spends about two instructions a byte on the short
 * words the rules look for in a sentence or a whole document
 * ("dollars", "together"). Where the processor reads sixteen bytes at
 * once (SSE2), tf_find compares the word's first and last bytes with
 * sixteen places at a time and reads the rest only where both match,
 * about half an instruction a byte. Elsewhere it is a plain walk from
 * one first byte to the next (memchr).
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_TEXTFIND_H
#define CB_TEXTFIND_H

#include <stddef.h>

/* The first place where the wl bytes of w stand in hay[0, n), or NULL;
 * hay itself when wl is 0: memmem's answer, and its arguments. */
void *tf_find(const void *hay, size_t n, const void *w, size_t wl);

#endif
