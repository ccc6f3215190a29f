/* textkind.c — is a document text, and is it valid UTF-8 (see textkind.h). */
#include "textkind.h"

#include <stdint.h>
#include <string.h>

#include "utf8.h"

#ifdef __SSE2__
#include <emmintrin.h>

/* The first byte from p[i] that is not printable ASCII, a line break, a
 * tab or a carriage return (those three are read byte by byte below to
 * no effect), sixteen bytes at a time; n or the last sixteen's start. */
static size_t plain_end(const unsigned char *p, size_t n, size_t i)
{
    const __m128i space = _mm_set1_epi8(0x20), nl = _mm_set1_epi8('\n'), tab = _mm_set1_epi8('\t'),
                  cr = _mm_set1_epi8('\r');
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const void *)(p + i));
        /* (as signed bytes, both the control bytes and those from 0x80
         * fall below a blank) */
        __m128i odd = _mm_cmplt_epi8(v, space);
        __m128i fine = _mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, cr)));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(fine, odd));
        if (m)
            return i + (unsigned)__builtin_ctz(m);
        i += 16;
    }
    return i;
}
#endif

/* A control byte that no text holds (not a line break, tab or form feed). */
static int stray_control(unsigned c)
{
    return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
}

void textkind_read(const char *text, size_t n, TextKind *out)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t sample = n < TEXTKIND_SAMPLE ? n : TEXTKIND_SAMPLE;
    size_t ctl = 0, sample_bad = 0, bad = 0, first = n, cjk = 0;
    int nul = 0;
    for (size_t i = 0; i < n;) {
#ifdef __SSE2__
        i = plain_end(p, n, i);
        if (i >= n)
            break;
#endif
        /* (Without SSE2, and the last bytes:) eight bytes at a time over
         * printable ASCII, to the first byte
         * below 0x20 or from 0x80. (The classic "has a byte less than n"
         * test: its lowest flagged byte is the first such byte; a flag
         * above it may be false. On a big-endian machine the lanes run the
         * other way: the bytes are then read one by one from i.) */
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            uint64_t odd = (((w - 0x2020202020202020ull) & ~w) | w) & 0x8080808080808080ull;
            if (!odd) {
                i += 8;
                continue;
            }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            i += (size_t)__builtin_ctzll(odd) >> 3;   /* the lowest lane is the first byte */
#endif
        }
        /* an ASCII byte: a NUL, a stray control byte in the sample */
        if (p[i] < 0x80) {
            nul |= p[i] == 0;
            ctl += i < sample && stray_control(p[i]);
            i++;
            continue;
        }
        /* a valid character (one the sample's end cuts is invalid there) */
        size_t l = utf8_valid_multi(text + i, n - i);
        if (l) {
            sample_bad += i < sample && i + l > sample;
            cjk += l == 3 && p[i] >= 0xE3 && p[i] <= 0xE9;
            i += l;
            continue;
        }
        /* one bad sequence: the byte and the continuation bytes after it */
        if (first == n)
            first = i;
        bad++;
        sample_bad += i < sample;
        i = utf8_skip_cont((const char *)p, i + 1, n);
    }
    out->bad = bad;
    out->first_bad = first;
    out->cjk = cjk;
    out->binary = nul || (sample && (ctl + sample_bad) * 10 > sample);
}
