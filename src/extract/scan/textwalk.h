/* textwalk.h — the scanner's small steps over text: blanks, ASCII words,
 * a word compared with a lower-case literal, a numeral's value.
 *
 * The scanner (scan.c) and the readers it calls (spelled.c, quantity.c,
 * tables.c, tables_unit.c) walk the same bytes the same way; these are the
 * one definition of each step. They are static inline: they run at every
 * number of every document. Text is UTF-8; words are ASCII letters.
 */
#ifndef CB_TEXTWALK_H
#define CB_TEXTWALK_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "utf8.h"

/* The end of the run of ASCII letters starting at p[i]: eight bytes at a
 * time, each byte tested against 'a'..'z' once folded to lower case, in
 * seven-bit lanes so that no lane borrows from the next. */
static inline size_t tw_letters_end(const unsigned char *p, size_t n, size_t i)
{
    const uint64_t hi = 0x8080808080808080ull, lo7 = 0x7F7F7F7F7F7F7F7Full;
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        uint64_t y = w | 0x2020202020202020ull, x = y & lo7;
        uint64_t ge_a = x + 0x1F1F1F1F1F1F1F1Full;   /* lane >= 'a' sets the lane's top bit */
        uint64_t gt_z = x + 0x0505050505050505ull;   /* lane > 'z' sets it */
        uint64_t letter = ge_a & ~gt_z & ~y & hi;    /* (~y: not a byte >= 0x80) */
        uint64_t other = ~letter & hi;
        if (other) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            return i + (size_t)(__builtin_ctzll(other) >> 3);
#else
            break;
#endif
        }
        i += 8;
    }
    while (i < n && ascii_isalpha(p[i]))
        i++;
    return i;
}

/* The lanes of the eight bytes w (the first the lowest) equal to c:
 * each such lane's top bit. Exact: no lane borrows from the next. */
static inline uint64_t tw_lanes_equal(uint64_t w, unsigned char c)
{
    const uint64_t lo7 = 0x7F7F7F7F7F7F7F7Full;
    uint64_t x = w ^ (0x0101010101010101ull * c);   /* zero where equal */
    return ~(((x & lo7) + lo7) | x | lo7);
}

/* The first byte of p[i, e) equal to a or b, eight bytes at a time; e
 * when none (what a walk that asks only at such bytes passes over). */
static inline size_t tw_find2(const unsigned char *p, size_t i, size_t e, unsigned char a, unsigned char b)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; i + 8 <= e; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        uint64_t at = tw_lanes_equal(w, a) | tw_lanes_equal(w, b);
        if (at)
            return i + (size_t)(__builtin_ctzll(at) >> 3);
    }
#endif
    while (i < e && p[i] != a && p[i] != b)
        i++;
    return i;
}

/* Spaces inside a line: ASCII blanks, no-break, thin, narrow and other
 * typographic spaces. Newlines are the callers' to handle. */
static inline int tw_is_blank(long c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

/* Past blanks and at most one line break (a wrapped line, not a new
 * paragraph) from p[i]. */
static inline size_t tw_skip_blanks(const unsigned char *p, size_t n, size_t i)
{
    int nl = 0;
    while (i < n) {
        size_t l;
        long c = utf8_decode((const char *)p + i, n - i, &l);
        if (c == '\n') {
            if (nl++)
                break;
        } else if (!tw_is_blank(c))
            break;
        i += l;
    }
    return i;
}

/* Does p[i, e) (blanks) set two columns of a table apart: a tab, or
 * two blanks or more in a row (prose puts one blank around a dash)? */
static inline int tw_column_gap(const unsigned char *p, size_t i, size_t e)
{
    int blanks = 0;
    while (i < e) {
        size_t l;
        long c = utf8_decode((const char *)p + i, e - i, &l);
        if (c == '\t' || (tw_is_blank(c) && ++blanks >= 2))
            return 1;
        if (c == '\n')
            blanks = 0;
        i += l;
    }
    return 0;
}

/* Back over blanks from p[i) (no line break). */
static inline size_t tw_skip_blanks_back(const unsigned char *p, size_t i)
{
    while (i > 0) {
        size_t s;
        if (!tw_is_blank(utf8_prev((const char *)p, i, &s)))
            break;
        i = s;
    }
    return i;
}

/* The word (ASCII letters, inner hyphens) at p[i]: its end, or i. */
static inline size_t tw_word_end(const unsigned char *p, size_t n, size_t i)
{
    size_t e = i;
    while (e < n && ascii_isalpha(p[e]))
        e++;
    while (e + 1 < n && e > i && p[e] == '-' && ascii_isalpha(p[e + 1])) {
        e++;
        while (e < n && ascii_isalpha(p[e]))
            e++;
    }
    return e;
}

/* The word (at most 24 letters) just before p[i), across blanks and one
 * line break: its length, *ws its start; 0 when none. */
static inline size_t tw_word_before(const unsigned char *p, size_t i, size_t *ws)
{
    size_t e = tw_skip_blanks_back(p, i);
    if (e > 0 && p[e - 1] == '\n')
        e--;
    e = tw_skip_blanks_back(p, e);
    size_t s = e;
    while (s > 0 && ascii_isalpha(p[s - 1]) && e - s < 24)
        s--;
    *ws = s;
    return e - s;
}

/* Is w[0..n) the lower-case literal lit, in any case? */
static inline int tw_weq(const unsigned char *w, size_t n, const char *lit)
{
    size_t i = 0;
    for (; i < n && lit[i]; i++) {
        int c = w[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != lit[i])
            return 0;
    }
    return i == n && lit[i] == 0;
}

/* Is w[0..n) one of the lower-case literals of the NULL-ended list, in
 * any case? */
static inline int tw_win(const unsigned char *w, size_t n, const char *const *list)
{
    if (!n) {
        for (size_t i = 0; list[i]; i++)
            if (!list[i][0])
                return 1;
        return 0;
    }
    /* (the word's first letter folded once; a literal compared whole only
     * where its first byte is that) */
    unsigned c0 = w[0] >= 'A' && w[0] <= 'Z' ? w[0] + 32u : w[0];
    for (size_t i = 0; list[i]; i++)
        if ((unsigned char)list[i][0] == c0 && tw_weq(w, n, list[i]))
            return 1;
    return 0;
}

/* The value of the digit at p[i] (ASCII, or full-width U+FF10..FF19 as
 * Chinese and Japanese text write them), *len its length in bytes; -1
 * when none (or i >= n). */
static inline int tw_digit_at(const unsigned char *p, size_t n, size_t i, size_t *len)
{
    *len = 1;
    if (i < n && p[i] >= '0' && p[i] <= '9')
        return p[i] - '0';
    if (i + 2 < n && p[i] == 0xEF && p[i + 1] == 0xBC && p[i + 2] >= 0x90 && p[i + 2] <= 0x99) {
        *len = 3;
        return p[i + 2] - 0x90;
    }
    return -1;
}

/* The run of digits at p[i], appended to the numeral buf (as ASCII,
 * *k its length) while *ndig, counting every digit, stays within most;
 * returns the index past the run. */
static inline size_t tw_take_digits(const unsigned char *p, size_t n, size_t i, char *buf, size_t *k, int *ndig,
                                    int most)
{
    size_t l;
    for (int d; (d = tw_digit_at(p, n, i, &l)) >= 0; i += l)
        if (++*ndig <= most)
            buf[(*k)++] = (char)('0' + d);
    return i;
}

/* The value of the numeral buf[0, k): ASCII digits, at most one '.', as
 * strtod reads it (buf ends with a NUL). Up to 15 digits the integer and
 * the power of ten are exact doubles, and one division gives the double
 * nearest the decimal, as strtod does, at a tenth of its cost. */
static inline double tw_numeral_value(const char *buf, size_t k)
{
    size_t digits = 0;
    for (size_t t = 0; t < k; t++)
        digits += buf[t] != '.';
    if (digits > 15)
        return strtod(buf, NULL);
    double mant = 0, div = 1;
    int frac = 0;
    for (size_t t = 0; t < k; t++) {
        if (buf[t] == '.') {
            frac = 1;
            continue;
        }
        mant = mant * 10 + (buf[t] - '0');
        if (frac)
            div *= 10;
    }
    return mant / div;
}

#endif
