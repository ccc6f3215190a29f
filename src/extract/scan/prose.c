/* prose.c — the stretches of a text the scanner passes over unread (see
 * prose.h). */
#include "prose.h"

#include "textwalk.h"

#ifdef __SSE2__
#include <emmintrin.h>

/* The lanes of the sixteen bytes v that are ASCII letters, one bit each
 * (lane 0 the lowest). The bytes are compared as signed: folded to lower
 * case and moved by 128 - 'a', 'a'..'z' fall on -128..-103 and every
 * other byte above. */
static unsigned lanes_letter(__m128i v)
{
    __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i x = _mm_add_epi8(lower, _mm_set1_epi8((char)(128 - 'a')));
    return (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8((char)(-128 + 26))));
}

/* The lanes that stop the loop whatever stands around them: a digit (by
 * the same move as the letters; *digit gets those alone), a line break,
 * a byte from 0xE4 (negative as signed, and above 0xE3, which is -29). */
static unsigned lanes_stop(__m128i v, unsigned *digit)
{
    __m128i d = _mm_add_epi8(v, _mm_set1_epi8((char)(128 - '0')));
    *digit = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(d, _mm_set1_epi8((char)(-128 + 10))));
    unsigned nl = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
    unsigned high = (unsigned)_mm_movemask_epi8(v) & (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(-29)));
    return *digit | nl | high;
}

/* Does the word p[ws, we) stop the loop (a digit after it, or the sieve
 * lets it through)? For a word that runs past the bytes read at once. */
static int word_stops(const unsigned char *p, size_t n, size_t ws, size_t we, const ProseSieve sieve)
{
    size_t len = we - ws;
    return (we < n && p[we] >= '0' && p[we] <= '9') ||
           (len < PROSE_SIEVE_LEN && (sieve[len][p[ws] & 31] >> (p[we - 1] & 31) & 1));
}

size_t prose_end(const unsigned char *p, size_t n, size_t i, const ProseSieve sieve)
{
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const void *)(p + i));
        unsigned digit, letter = lanes_letter(v), stop = lanes_stop(v, &digit);
        unsigned first_stop = stop ? (unsigned)__builtin_ctz(stop) : 16;
        /* the words that start before the first stop: a letter lane after
         * a lane that is none (lane 0 too: the loop stands inside no word) */
        unsigned starts = letter & ~(letter << 1) & ((1u << first_stop) - 1);
        size_t next = i + 16;
        while (starts) {
            unsigned a = (unsigned)__builtin_ctz(starts);
            /* the lane after its last letter; 16 when it goes on past
             * these bytes (~letter has bit 16 set) */
            unsigned b = (unsigned)__builtin_ctz(~letter & (~0u << a));
            if (b == 16) {
                /* (no stop among these bytes: the word runs to their end) */
                next = tw_letters_end(p, n, i + 16);
                if (word_stops(p, n, i + a, next, sieve))
                    return i + a;
                break;
            }
            /* (a word inside these bytes is shorter than the sieve's rows) */
            if ((digit >> b & 1) || (sieve[b - a][p[i + a] & 31] >> (p[i + b - 1] & 31) & 1))
                return i + a;
            starts &= ~0u << b;
        }
        if (stop)
            return i + first_stop;
        i = next;
    }
    return i;
}

#else

size_t prose_end(const unsigned char *p, size_t n, size_t i, const ProseSieve sieve)
{
    (void)p, (void)n, (void)sieve;
    return i;
}

#endif
