/* strset.h — several byte strings looked for in one pass over a text.
 *
 * The extractor asks of a sentence or a clause, for every claim, whether
 * it holds one of a short list of words ("计划", "预计", "有望"...,
 * "already", "so far"). Asked as one memcmp per word at every byte
 * (with a strlen of each word each time), a clause of 60 Chinese
 * characters costs some 3,000 calls. A StrSet is built once from such a
 * list and reads a text once: a table of the strings' first two bytes
 * lets most places of the text go by with one bit test, and only a
 * place whose first two bytes open some string is compared, with the
 * strings that open so, in the order of the list.
 *
 * Bytes are compared exactly (no case folding): the lists it serves are
 * Chinese words and lower-case ASCII read as written. A StrSet is filled
 * once (strset_init, typically under pthread_once) and only read after
 * that, from any thread. It borrows the strings: string literals.
 */
#ifndef CB_STRSET_H
#define CB_STRSET_H

#include <stddef.h>
#include <stdint.h>

#define STRSET_MAX 64   /* strings in one set */

typedef struct StrSet {
    const char *s[STRSET_MAX];
    uint8_t len[STRSET_MAX];
    uint8_t next[STRSET_MAX];   /* the next string of the same first byte, in list order; 0xFF: none */
    uint8_t first[256];         /* the first string of each first byte; 0xFF: none */
    uint64_t pair[1024];        /* bit (b0 << 8 | b1): a string of two bytes or more opens b0 b1 */
    uint64_t single[4];         /* bit b0: a string of one byte is b0 */
    size_t n;
} StrSet;

/* Fill set from the NULL-ended list (non-empty strings of at most 255
 * bytes, at most STRSET_MAX of them). Aborts on a list over those limits
 * (a bug: the lists are the program's own). */
void strset_init(StrSet *set, const char *const *list);

/* The first string of the list that p[i, e) starts with: its index, or
 * -1 when none does. */
int strset_at(const StrSet *set, const char *p, size_t i, size_t e);

/* Does p[from, to) hold one of the strings (whole, within the span)? */
int strset_any(const StrSet *set, const char *p, size_t from, size_t to);

#endif
