/* utf8.h — the one UTF-8 decoder: every module that reads text a
 * character at a time goes through here (built on utf8proc).
 *
 * Text is a byte span (p, n); nothing here allocates or owns anything.
 * A character is what utf8proc_iterate accepts: shortest form, no
 * surrogates, nothing past U+10FFFF. Anything else — a stray continuation
 * byte, a lead byte whose sequence is cut short (by a bad byte or by the
 * end of the span), an overlong form, a surrogate — is one invalid byte:
 * it decodes as U+FFFD with length 1, so a loop always advances and
 * resynchronises on the next byte. (A real U+FFFD in the text has length
 * 3, which is how the two are told apart; utf8_valid says it directly.)
 *
 * ASCII is decided inline; only bytes >= 0x80 call into utf8.c.
 */
#ifndef CB_UTF8_H
#define CB_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFD

/* Is c a continuation byte (10xxxxxx), never the start of a character? */
static inline int utf8_is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Back from byte k of p to the byte its character starts at, by the
 * continuation bytes alone (not checked to make a valid character): k
 * when p[k] is not one, never before 0. Cutting a string at the result
 * keeps a whole character out rather than half of it in; utf8_cut is the
 * careful form, which needs the span's end. */
static inline size_t utf8_back(const char *p, size_t k)
{
    while (k > 0 && utf8_is_cont((unsigned char)p[k]))
        k--;
    return k;
}

/* Past the continuation bytes at p[i], not past e: where the next
 * character (or invalid byte) starts. */
static inline size_t utf8_skip_cont(const char *p, size_t i, size_t e)
{
    while (i < e && utf8_is_cont((unsigned char)p[i]))
        i++;
    return i;
}

/* The rest of utf8_decode, for a byte >= 0x80 (n >= 1). */
int32_t utf8_decode_multi(const char *p, size_t n, size_t *len);

/* Are u[0, 3) a valid three-byte character, as utf8proc has them (no
 * overlong form after E0, no surrogate after ED)? Chinese text is made of
 * them: its readers decode them inline, without a call. */
static inline int utf8_is_three(const unsigned char *u)
{
    return (u[0] & 0xF0) == 0xE0 && utf8_is_cont(u[1]) && utf8_is_cont(u[2]) && (u[0] != 0xE0 || u[1] >= 0xA0) &&
           (u[0] != 0xED || u[1] < 0xA0);
}

static inline int32_t utf8_three(const unsigned char *u)
{
    return (int32_t)(u[0] & 0x0F) << 12 | (int32_t)(u[1] & 0x3F) << 6 | (int32_t)(u[2] & 0x3F);
}

/* The character at p[0] of the n >= 1 bytes at p: its code point, and its
 * length in *len (1..4). Invalid: U+FFFD, length 1. */
static inline int32_t utf8_decode(const char *p, size_t n, size_t *len)
{
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] < 0x80) {
        *len = 1;
        return u[0];
    }
    if (n >= 3 && utf8_is_three(u)) {
        *len = 3;
        return utf8_three(u);
    }
    return utf8_decode_multi(p, n, len);
}

/* Does a character of U+4000..U+9FFF, where the Han characters stand,
 * open at p[i] with its three bytes before e? Its lead byte (E4..E9) says
 * so; the bytes after it are not checked. An i past e (a caller's "k - 3"
 * gone below 0) is no character. */
static inline int utf8_han_at(const char *p, size_t i, size_t e)
{
    return i <= e && e - i >= 3 && (unsigned char)p[i] >= 0xE4 && (unsigned char)p[i] <= 0xE9;
}

/* The length of the character at p[0] of the n >= 1 bytes at p, as
 * utf8_decode reads it (1..4; an invalid byte 1): how far a walk that
 * needs no code point steps. */
static inline size_t utf8_len(const char *p, size_t n)
{
    size_t len;
    (void)utf8_decode(p, n, &len);
    return len;
}

/* The rest of utf8_valid, for a byte >= 0x80. */
size_t utf8_valid_multi(const char *p, size_t n);

/* The length of the valid character at p[0] of the n >= 1 bytes at p, or
 * 0 when the byte there does not start one. */
static inline size_t utf8_valid(const char *p, size_t n)
{
    return (unsigned char)p[0] < 0x80 ? 1 : utf8_valid_multi(p, n);
}

/* Where the first byte >= 0x80 at or after i stands in p[0, n), or n
 * when there is none: an ASCII run skipped eight bytes at a time. */
size_t utf8_ascii_end(const char *p, size_t n, size_t i);

/* Count the invalid sequences in p[0, n): an invalid byte and the
 * continuation bytes right after it count once. *first gets the offset of
 * the first, or n when there is none. (ASCII goes eight bytes at a time.) */
size_t utf8_check(const char *p, size_t n, size_t *first);

/* The rest of utf8_prev, for a byte >= 0x80 just before i. */
int32_t utf8_prev_multi(const char *p, size_t i, size_t *start);

/* The character that ends just before p[i] (i > 0), looking back at most
 * four bytes: its code point, and where it starts in *start. When the
 * bytes before i do not end a valid character: U+FFFD, *start = i - 1. */
static inline int32_t utf8_prev(const char *p, size_t i, size_t *start)
{
    if ((unsigned char)p[i - 1] < 0x80) {
        *start = i - 1;
        return (unsigned char)p[i - 1];
    }
    if (i >= 3 && utf8_is_three((const unsigned char *)p + i - 3)) {
        *start = i - 3;
        return utf8_three((const unsigned char *)p + i - 3);
    }
    return utf8_prev_multi(p, i, start);
}

/* The character boundary at or before k in p[0, n) (k <= n): k itself
 * when k == n or p[k] starts a character (or is an invalid byte), else
 * the start of the character that byte k is inside. Cutting a string at
 * the result never splits a character. */
size_t utf8_cut(const char *p, size_t n, size_t k);

/* The number of characters in p[0, n), an invalid byte counting as one. */
size_t utf8_count(const char *p, size_t n);

/* The columns p[0, n) takes in a monospaced text, as the writer of an
 * aligned table counted them: ASCII and an invalid byte one, else
 * utf8proc_charwidth (a Chinese character two, a combining mark none). */
size_t utf8_width(const char *p, size_t n);

/* Write code point cp (a Unicode scalar value) to out as UTF-8; returns
 * the number of bytes (1..4), 0 when cp is not a scalar value. */
size_t utf8_encode(int32_t cp, char out[4]);

#endif
