/* lead.c — the places of a document's opening (see lead.h). */
#include "lead.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* What a byte opens: 1 a word (an ASCII letter), 2 maybe a quotation mark. */
static const unsigned char opens[256] = {
    ['"'] = 2, [0xE2] = 2,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1,
    ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
    ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
    ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
    ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

void lead_init(Lead *ld, const char *doc, size_t n)
{
    ld->doc = doc;
    ld->n = n;
    ld->np = (size_t)-1;
}

/* The lanes of the eight bytes w (one a lane, the first the lowest) that
 * equal the byte c: each such lane's top bit. Exact: no lane borrows. */
static uint64_t lanes_equal(uint64_t w, unsigned char c)
{
    const uint64_t lo7 = 0x7F7F7F7F7F7F7F7Full;
    uint64_t x = w ^ (0x0101010101010101ull * c);          /* zero where equal */
    return ~(((x & lo7) + lo7) | x | lo7);                 /* top bit of each zero lane */
}

/* The lanes of w that are ASCII letters (as tw_letters_end tests them). */
static uint64_t lanes_letter(uint64_t w)
{
    const uint64_t hi = 0x8080808080808080ull, lo7 = 0x7F7F7F7F7F7F7F7Full;
    uint64_t y = w | 0x2020202020202020ull, x = y & lo7;
    return (x + 0x1F1F1F1F1F1F1F1Full) & ~(x + 0x0505050505050505ull) & ~y & hi;
}

/* List the places of p[i, top) into ld->at from k, the byte before i
 * a letter or not (prev); eight bytes at a time: a place is a letter lane
 * whose lane before is none, or a lane of '"' or 0xE2. Returns where it
 * stopped (the last bytes, fewer than eight, are the caller's) and
 * updates *k and *prev. */
static size_t places_by_eight(Lead *ld, const unsigned char *p, size_t i, size_t top, size_t *k, int *prev)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t carry = *prev ? 0x80 : 0;   /* the top bit of the lane before the first */
    for (; i + 8 <= top; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        uint64_t letter = lanes_letter(w);
        uint64_t at = (letter & ~(letter << 8 | carry)) | lanes_equal(w, '"') | lanes_equal(w, 0xE2);
        carry = letter >> 56;
        for (; at; at &= at - 1)
            ld->at[(*k)++] = (uint16_t)(i + (size_t)(__builtin_ctzll(at) >> 3));
    }
    *prev = carry != 0;
#else
    (void)ld, (void)p, (void)top, (void)k, (void)prev;
#endif
    return i;
}

#ifdef __SSE2__
/* The same, sixteen bytes at a time where the processor reads them at
 * once (SSE2): a letter lane as prose.c finds one (folded to lower case
 * and moved by 128 - 'a', 'a'..'z' fall on -128..-103), a place a letter
 * lane whose lane before is none, or a lane of '"' or 0xE2. */
static size_t places_by_sixteen(Lead *ld, const unsigned char *p, size_t i, size_t top, size_t *k, int *prev)
{
    unsigned carry = *prev ? 1u : 0u;   /* the lane before the first is a letter */
    for (; i + 16 <= top; i += 16) {
        __m128i v = _mm_loadu_si128((const void *)(p + i));
        __m128i x = _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8((char)(128 - 'a')));
        unsigned letter = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8((char)(-128 + 26))));
        unsigned quote = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2))));
        unsigned at = (letter & ~((letter << 1) | carry)) | quote;
        carry = letter >> 15 & 1u;
        for (; at; at &= at - 1)
            ld->at[(*k)++] = (uint16_t)(i + (size_t)__builtin_ctz(at));
    }
    *prev = carry != 0;
    return i;
}
#endif

const uint16_t *lead_places(Lead *ld, size_t *np)
{
    if (ld->np == (size_t)-1) {
        const unsigned char *p = (const unsigned char *)ld->doc;
        size_t top = ld->n < LEAD_BYTES ? ld->n : LEAD_BYTES, k = 0;
        int prev = 0;   /* the byte before is a letter */
#ifdef __SSE2__
        size_t i = places_by_sixteen(ld, p, 0, top, &k, &prev);
        i = places_by_eight(ld, p, i, top, &k, &prev);
#else
        size_t i = places_by_eight(ld, p, 0, top, &k, &prev);
#endif
        for (; i < top; i++) {
            unsigned o = opens[p[i]];
            if (o == 2 || (o == 1 && !prev))
                ld->at[k++] = (uint16_t)i;
            prev = o == 1;
        }
        ld->np = k;
    }
    *np = ld->np;
    return ld->at;
}
