/* suggest.h — "did you mean": the nearest of a set of names to what was
 * typed, by edit distance (insertions, deletions and substitutions of
 * bytes). Used for mistyped commands and metric ids. */
#ifndef CB_SUGGEST_H
#define CB_SUGGEST_H

#include <stddef.h>

/* The edit distance between a and b; SUGGEST_FAR when either is longer
 * than 32 bytes (names are short; the table stays on the stack). */
#define SUGGEST_FAR 99
size_t suggest_distance(const char *a, const char *b);

#endif
