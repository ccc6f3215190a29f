/* textkind.c — is a document text, and is it valid UTF-8 (see textkind.h). */
#include "textkind.h"

#include <stdint.h>
#include <string.h>

#include "utf8.h"

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
        /* Eight bytes at a time over printable ASCII, to the first byte
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
        i++;
        while (i < n && utf8_is_cont(p[i]))
            i++;
    }
    out->bad = bad;
    out->first_bad = first;
    out->cjk = cjk;
    out->binary = nul || (sample && (ctl + sample_bad) * 10 > sample);
}
