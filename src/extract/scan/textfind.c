/* textfind.c — where a string stands in a text (see textfind.h). */
#include "textfind.h"

#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

void *tf_find(const void *hay, size_t n, const void *word, size_t wl)
{
    unsigned char *p = (unsigned char *)(uintptr_t)hay;   /* (memmem's answer is not const) */
    const unsigned char *w = word;
    if (wl == 0)
        return p;
    if (wl > n)
        return NULL;
    const unsigned char first = w[0], lastc = w[wl - 1];
    size_t last = n - wl;   /* the last place the word may start */
    size_t i = 0;
#ifdef __SSE2__
    if (wl >= 2) {
        const __m128i f = _mm_set1_epi8((char)first), l = _mm_set1_epi8((char)lastc);
        /* (sixteen starts i..i+15, each at most last: the second load's
         * last byte is p[i + 15 + wl - 1], at most p[n - 1]) */
        for (; i + 15 <= last; i += 16) {
            __m128i a = _mm_loadu_si128((const void *)(p + i));
            __m128i b = _mm_loadu_si128((const void *)(p + i + wl - 1));
            unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, f), _mm_cmpeq_epi8(b, l)));
            while (m) {
                size_t k = i + (unsigned)__builtin_ctz(m);
                if (!memcmp(p + k + 1, w + 1, wl - 2))
                    return p + k;
                m &= m - 1;
            }
        }
    }
#endif
    while (i <= last) {
        const unsigned char *q = memchr(p + i, first, last - i + 1);
        if (!q)
            return NULL;
        size_t k = (size_t)(q - p);
        if (p[k + wl - 1] == lastc && !memcmp(p + k, w, wl))
            return p + k;
        i = k + 1;
    }
    return NULL;
}
