/* utf8.c — decoding, boundaries and counts of UTF-8 text (see utf8.h).
 * Validity and properties are utf8proc's; this file only fixes the policy
 * for invalid bytes (one U+FFFD per byte) and the boundary rules. */
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

int32_t utf8_decode_multi(const char *p, size_t n, size_t *len)
{
    /* Chinese text is three-byte characters: decided here, as utf8proc
     * would (no overlong form after E0, no surrogate after ED), without
     * the call (a third of the Chinese scanner's time) */
    const unsigned char *u = (const unsigned char *)p;
    if (n >= 3 && utf8_is_three(u)) {
        *len = 3;
        return utf8_three(u);
    }
    utf8proc_int32_t cp;
    /* utf8proc reads at most four bytes; a longer span need not be told */
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p, (utf8proc_ssize_t)(n < 4 ? n : 4), &cp);
    if (k <= 0) {
        *len = 1;
        return UTF8_REPLACEMENT;
    }
    *len = (size_t)k;
    return cp;
}

size_t utf8_valid_multi(const char *p, size_t n)
{
    size_t len;
    int32_t cp = utf8_decode_multi(p, n, &len);
    return cp == UTF8_REPLACEMENT && len == 1 ? 0 : len;
}

size_t utf8_ascii_end(const char *p, size_t n, size_t i)
{
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ull)
            break;
        i += 8;
    }
    while (i < n && (unsigned char)p[i] < 0x80)
        i++;
    return i;
}

size_t utf8_check(const char *p, size_t n, size_t *first)
{
    size_t bad = 0, i = 0;
    *first = n;
    while ((i = utf8_ascii_end(p, n, i)) < n) {
        size_t l = utf8_valid(p + i, n - i);
        if (l) {
            i += l;
            continue;
        }
        /* one bad sequence: the byte and the continuation bytes after it */
        if (*first == n)
            *first = i;
        bad++;
        i = utf8_skip_cont(p, i + 1, n);
    }
    return bad;
}

int32_t utf8_prev_multi(const char *p, size_t i, size_t *start)
{
    /* the lead byte is the last non-continuation byte, at most 4 back */
    size_t s = i - 1;
    while (s > 0 && i - s < 4 && utf8_is_cont((unsigned char)p[s]))
        s--;
    size_t len;
    int32_t cp = utf8_decode(p + s, i - s, &len);
    if (s + len != i) {
        *start = i - 1;
        return UTF8_REPLACEMENT;
    }
    *start = s;
    return cp;
}

size_t utf8_cut(const char *p, size_t n, size_t k)
{
    if (k >= n || !utf8_is_cont((unsigned char)p[k]))
        return k;
    /* a continuation byte: inside the character whose lead is at most
     * three bytes back, if that lead's sequence reaches past k */
    for (size_t s = k; s > 0 && k - s < 3;) {
        s--;
        if (!utf8_is_cont((unsigned char)p[s])) {
            size_t len;
            utf8_decode(p + s, n - s, &len);
            return s + len > k ? s : k;
        }
    }
    return k;
}

size_t utf8_count(const char *p, size_t n)
{
    size_t c = 0, len;
    for (size_t i = 0; i < n; i += len, c++)
        utf8_decode(p + i, n - i, &len);
    return c;
}

size_t utf8_width(const char *p, size_t n)
{
    size_t cols = 0, len, i = 0;
    /* (an ASCII run, a column a byte, eight bytes at a time) */
    for (uint64_t w; i + 8 <= n; i += 8) {
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080u)
            break;
    }
    cols = i;
    for (; i < n; i += len) {
        if ((unsigned char)p[i] < 0x80) {
            cols++;
            len = 1;
            continue;
        }
        int32_t cp = utf8_decode(p + i, n - i, &len);
        if (cp < 0x80 || (cp == UTF8_REPLACEMENT && len == 1)) {
            cols++;
            continue;
        }
        int w = utf8proc_charwidth(cp);
        cols += w > 0 ? (size_t)w : 0;
    }
    return cols;
}

size_t utf8_encode(int32_t cp, char out[4])
{
    if (!utf8proc_codepoint_valid(cp))
        return 0;
    return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}
