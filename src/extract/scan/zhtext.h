/* zhtext.h — reading Chinese text a character at a time: the code
 * point at or before an offset, one of a set of characters, a literal,
 * the blanks inside a line, a clause's end. Shared by the Chinese
 * scanner (scan_zh.c) and its hedges (zhhedge.c); offsets are bytes of
 * the document, decoded by utf8.h.
 */
#ifndef CB_ZHTEXT_H
#define CB_ZHTEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"

/* The code point at p[i] and its length; -1 (length 1) at the end or on
 * a bad byte. */
static inline long cp_at(const unsigned char *p, size_t n, size_t i, size_t *len)
{
    *len = 1;
    if (i >= n)
        return -1;
    int32_t cp = utf8_decode((const char *)p + i, n - i, len);
    return cp == UTF8_REPLACEMENT && *len == 1 ? -1 : cp;
}

/* The code point ending at p[i); *start gets where it begins. -1 at the
 * start of the text or on a bad byte. */
static inline long cp_before(const unsigned char *p, size_t i, size_t *start)
{
    *start = i;
    if (i == 0)
        return -1;
    int32_t c = utf8_prev((const char *)p, i, start);
    /* a real U+FFFD starts three bytes back; an invalid byte, one */
    return c == UTF8_REPLACEMENT && *start == i - 1 ? -1 : c;
}

/* The length of the character at p[i] when it is one of the characters
 * of set (UTF-8), else 0. (A lead byte never stands inside a character,
 * so finding the character's bytes in set finds the character.) */
static inline size_t one_of(const unsigned char *p, size_t n, size_t i, const char *set)
{
    size_t l;
    if (i >= n)
        return 0;
    if (p[i] < 0x80)
        return p[i] && strchr(set, p[i]) ? 1 : 0;
    if (cp_at(p, n, i, &l) < 0)
        return 0;
    for (const char *s = strchr(set, p[i]); s; s = strchr(s + 1, p[i]))
        if (!memcmp(s, p + i, l))
            return l;
    return 0;
}

/* The same for the character ending at p[i) (not before lo). */
static inline size_t one_before(const unsigned char *p, size_t lo, size_t i, const char *set)
{
    size_t s;
    if (i <= lo || cp_before(p, i, &s) < 0 || s < lo)
        return 0;
    return one_of(p, i, s, set) == i - s ? i - s : 0;
}

static inline size_t lit_at(const unsigned char *p, size_t n, size_t i, const char *w)
{
    size_t l = strlen(w);
    return i <= n && n - i >= l && !memcmp(p + i, w, l) ? l : 0;
}

/* Blanks inside a line: space, tab, no-break and ideographic spaces. */
static inline size_t blank_at(const unsigned char *p, size_t n, size_t i)
{
    if (i < n && (p[i] == ' ' || p[i] == '\t'))
        return 1;
    return lit_at(p, n, i, "\xe3\x80\x80") ? 3 : lit_at(p, n, i, "\xc2\xa0") ? 2 : 0;
}

static inline size_t blank_before(const unsigned char *p, size_t i)
{
    if (i > 0 && (p[i - 1] == ' ' || p[i - 1] == '\t'))
        return 1;
    if (i >= 3 && !memcmp(p + i - 3, "\xe3\x80\x80", 3))
        return 3;
    return i >= 2 && !memcmp(p + i - 2, "\xc2\xa0", 2) ? 2 : 0;
}

/* Where a clause ends: Chinese and ASCII punctuation that closes one
 * (，。；：！？ , ; : ! ? and a line break). */
static inline int clause_end(long c)
{
    return c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0xFF1A || c == 0xFF01 || c == 0xFF1F || c == ',' ||
           c == ';' || c == ':' || c == '!' || c == '?' || c == '\n';
}

/* Where the Chinese clause holding p[at] opens: after the last ，；：。
 * in p[lo, at), else lo. */
static inline size_t zh_clause_start(const unsigned char *p, size_t lo, size_t at)
{
    size_t cs = at;
    while (cs > lo && !one_before(p, lo, cs, "，；：。"))
        cs--;
    return cs;
}

/* Is word (UTF-8) written in the clause before p[start), within lim
 * bytes? The word is sought by its first byte (memchr: it is rare),
 * then the bytes after it for a clause's end (，。；：！？ and their ASCII forms, a
 * line break). */
static inline int in_clause_before(const unsigned char *p, size_t start, size_t lim, const char *word)
{
    size_t wl = strlen(word), lo = start > lim ? start - lim : 0;
    const unsigned char *last = NULL, *hit, *end = p + start;
    for (const unsigned char *from = p + lo; from < end && (hit = memchr(from, (unsigned char)word[0], (size_t)(end - from)));
         from = hit + 1)
        if ((size_t)(end - hit) >= wl && !memcmp(hit, word, wl))
            last = hit;
    if (!last)
        return 0;
    for (size_t k = (size_t)(last - p) + wl; k < start; k++) {
        unsigned char c = p[k];
        if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n')
            return 0;
        if (k + 2 < start &&
            ((c == 0xEF && p[k + 1] == 0xBC &&
              (p[k + 2] == 0x8C || p[k + 2] == 0x9B || p[k + 2] == 0x9A || p[k + 2] == 0x81 || p[k + 2] == 0x9F)) ||
             (c == 0xE3 && p[k + 1] == 0x80 && p[k + 2] == 0x82)))
            return 0;
    }
    return 1;
}

#endif
