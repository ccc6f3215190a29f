/* textkind.h — is a document text, and is it valid UTF-8: one pass over
 * its bytes.
 *
 * Extraction refuses a file that is not text (a NUL byte, or more than a
 * tenth of its first TEXTKIND_SAMPLE bytes control bytes or invalid
 * UTF-8) and warns about a text with invalid UTF-8 (where the first bad
 * sequence is, how many there are). Both are told in the same pass,
 * sixteen bytes at a time where they are printable ASCII or line breaks
 * (SSE2; elsewhere eight, to the first line break), so a document's
 * bytes are read once for both rather than three times (a NUL search, a
 * sample, a UTF-8 check).
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_TEXTKIND_H
#define CB_TEXTKIND_H

#include <stddef.h>

#define TEXTKIND_SAMPLE 8192   /* the first bytes that tell a text from a binary */

typedef struct TextKind {
    int binary;         /* not a text document (above) */
    size_t bad;         /* invalid UTF-8 sequences in the whole text, as utf8_check counts them */
    size_t first_bad;   /* the offset of the first, or the text's length */
    size_t cjk;         /* valid characters of three bytes from E3 to E9
                         * (U+3000..U+9FFF: CJK marks and ideographs); a
                         * text with none holds no Han character to fold
                         * (hanfold.h) */
} TextKind;

/* Tell what p[0, n) is. In the sample, a character cut by the sample's
 * end counts as invalid, as it would in the sample alone. */
void textkind_read(const char *p, size_t n, TextKind *out);

#endif
