/* pngenc.c — PNG from Cairo's ARGB32 pixels (see pngenc.h).
 *
 * The chart encoder writes deflate (RFC 1951) itself because no encoder
 * in Debian knows where an image repeats: libdeflate and zlib hash every
 * byte looking for matches (a 1920x1080 slide is 6.2 MB of RGB: ~8 ms at
 * libdeflate's level 2, ~13 at level 1, measured on the 1,500-document
 * corpus's 94 slides), while a chart's matches are known before looking:
 * the pixel to the left and the pixel above. Everything else (CRCs,
 * Adler-32, the general encoder) is libdeflate's.
 */
#include "pngenc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libdeflate.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <tmmintrin.h>
#endif

#include "diag.h"

/* ---- the PNG container ---- */

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24), p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8), p[3] = (unsigned char)v;
}

static int chunk(Buf *out, const char *type, const unsigned char *data, size_t n)
{
    unsigned char hdr[8];
    put32(hdr, (uint32_t)n);
    memcpy(hdr + 4, type, 4);
    uint32_t crc = libdeflate_crc32(0, type, 4);
    if (n)
        crc = libdeflate_crc32(crc, data, n);
    unsigned char tail[4];
    put32(tail, crc);
    return buf_append(out, hdr, 8) || (n && buf_append(out, data, n)) || buf_append(out, tail, 4)
               ? -1
               : 0;
}

/* Signature, header, the zlib stream as one IDAT, end. */
static int wrap(Buf *out, int w, int h, int alpha, const unsigned char *z, size_t zlen)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    unsigned char ihdr[13];
    put32(ihdr, (uint32_t)w);
    put32(ihdr + 4, (uint32_t)h);
    ihdr[8] = 8;
    ihdr[9] = alpha ? 6 : 2;
    ihdr[10] = ihdr[11] = ihdr[12] = 0;
    return buf_append(out, sig, 8) || chunk(out, "IHDR", ihdr, 13) || chunk(out, "IDAT", z, zlen) ||
                   chunk(out, "IEND", NULL, 0)
               ? -1
               : 0;
}

#if defined(__x86_64__) && defined(__GNUC__)
/* RGB from four pixels a shuffle (SSSE3, when the processor has it):
 * each 16-byte store writes 12 bytes and 4 the next store overwrites, so
 * q needs 4 bytes to spare past its last pixel. */
__attribute__((target("ssse3"))) static int rgb_ssse3(const uint32_t *src, int w, unsigned char *q)
{
    const __m128i pick = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    int x = 0;
    for (; x + 4 <= w; x += 4, q += 12)
        _mm_storeu_si128((__m128i *)(void *)q,
                         _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(const void *)(src + x)), pick));
    return x;
}
#define HAVE_RGB_SSSE3 1

/* The Adler-32 of a row as PNG bytes (the filter byte 0, then each
 * pixel's R, G, B) straight from the pixels, four a step, so an opaque
 * row is never converted: each step's 12 bytes add their sum S to a, and
 * to b their sum weighted 12..1 (W) plus 12 times every earlier step's S
 * (P, the sum of the sums so far). Steps go in spans of 256, each folded
 * into (a, b) modulo 65521, so no 32-bit sum can overflow. */
__attribute__((target("ssse3"))) static uint32_t adler_rgb_ssse3(const uint32_t *src, int w)
{
    const __m128i pick = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    const __m128i weight = _mm_setr_epi8(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 0, 0, 0);
    const __m128i ones = _mm_set1_epi16(1), zero = _mm_setzero_si128();
    const uint64_t M = 65521;
    uint64_t a = 1, b = 1;   /* after the filter byte 0 */
    int x = 0;
    while (x + 4 <= w) {
        __m128i vs = zero, vprev = zero, vw = zero;
        int steps = 0;
        for (; x + 4 <= w && steps < 256; x += 4, steps++) {
            __m128i v = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(const void *)(src + x)), pick);
            vprev = _mm_add_epi32(vprev, vs);
            vs = _mm_add_epi32(vs, _mm_sad_epu8(v, zero));
            vw = _mm_add_epi32(vw, _mm_madd_epi16(_mm_maddubs_epi16(v, weight), ones));
        }
        uint32_t t[4];
        _mm_storeu_si128((__m128i *)(void *)t, vs);
        uint64_t S = (uint64_t)t[0] + t[2];   /* psadbw: a sum in each 64-bit half */
        _mm_storeu_si128((__m128i *)(void *)t, vprev);
        uint64_t P = (uint64_t)t[0] + t[2];
        _mm_storeu_si128((__m128i *)(void *)t, vw);
        uint64_t W = (uint64_t)t[0] + t[1] + t[2] + t[3];
        b = (b + 12u * (uint64_t)steps % M * a + 12 * P + W) % M;
        a = (a + S) % M;
    }
    for (; x < w; x++) {   /* the last pixels one by one */
        uint32_t p = src[x];
        unsigned char c[3] = {(unsigned char)(p >> 16), (unsigned char)(p >> 8), (unsigned char)p};
        for (int k = 0; k < 3; k++) {
            a = (a + c[k]) % M;
            b = (b + a) % M;
        }
    }
    return (uint32_t)(b << 16 | a);
}
#endif

/* One row of pixels as PNG bytes: RGB, or straight RGBA (premultiplied
 * to straight, rounded). q has 4 bytes to spare past the row. */
static void row_bytes(const uint32_t *src, int w, int alpha, unsigned char *q)
{
    if (!alpha) {
        int x = 0;
#ifdef HAVE_RGB_SSSE3
        if (__builtin_cpu_supports("ssse3")) {
            x = rgb_ssse3(src, w, q);
            q += 3 * x;
        }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* four pixels, twelve bytes, three stores */
        for (; x + 4 <= w; x += 4, q += 12) {
            uint32_t p0 = src[x], p1 = src[x + 1], p2 = src[x + 2], p3 = src[x + 3];
            uint32_t w0 = (p0 >> 16 & 0xff) | (p0 & 0xff00) | (p0 & 0xff) << 16 | (p1 >> 16 & 0xff) << 24;
            uint32_t w1 = (p1 >> 8 & 0xff) | (p1 & 0xff) << 8 | (p2 >> 16 & 0xff) << 16 | (p2 >> 8 & 0xff) << 24;
            uint32_t w2 = (p2 & 0xff) | (p3 >> 16 & 0xff) << 8 | (p3 & 0xff00) << 8 | (p3 & 0xff) << 24;
            memcpy(q, &w0, 4);
            memcpy(q + 4, &w1, 4);
            memcpy(q + 8, &w2, 4);
        }
#endif
        for (; x < w; x++, q += 3) {
            uint32_t p = src[x];
            q[0] = (unsigned char)(p >> 16), q[1] = (unsigned char)(p >> 8), q[2] = (unsigned char)p;
        }
        return;
    }
    for (int x = 0; x < w; x++, q += 4) {
        uint32_t p = src[x];
        unsigned a = p >> 24, r = (p >> 16) & 255, g = (p >> 8) & 255, b = p & 255;
        if (a == 0) {
            r = g = b = 0;
        } else if (a < 255) {
            r = (r * 255 + a / 2) / a, g = (g * 255 + a / 2) / a, b = (b * 255 + a / 2) / a;
        }
        q[0] = (unsigned char)r, q[1] = (unsigned char)g, q[2] = (unsigned char)b;
        q[3] = (unsigned char)a;
    }
}

static const uint32_t *row_of(const unsigned char *argb, int stride, int y)
{
    return (const uint32_t *)(const void *)(argb + (size_t)y * (size_t)stride);
}

/* run_same: how many of a[0..n) equal b[0..n), from the start; run_of:
 * how many of a[0..n) equal v. */
#ifdef __SSE2__
/* Sixteen pixels a step (the white between bars and letters runs for
 * hundreds), then four: the first that differs is the lowest clear bit of
 * the mask. */
static inline unsigned eq4(__m128i x, __m128i y)
{
    return (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(x, y)));
}

static inline __m128i load4(const uint32_t *p)
{
    return _mm_loadu_si128((const __m128i *)(const void *)p);
}

static int run_same(const uint32_t *a, const uint32_t *b, int n)
{
    int k = 0;
    for (; k + 16 <= n; k += 16) {
        unsigned m = eq4(load4(a + k), load4(b + k)) | eq4(load4(a + k + 4), load4(b + k + 4)) << 4 |
                     eq4(load4(a + k + 8), load4(b + k + 8)) << 8 |
                     eq4(load4(a + k + 12), load4(b + k + 12)) << 12;
        if (m != 0xffff)
            return k + __builtin_ctz(~m);
    }
    for (; k + 4 <= n; k += 4) {
        unsigned m = eq4(load4(a + k), load4(b + k));
        if (m != 15)
            return k + __builtin_ctz(~m);
    }
    while (k < n && a[k] == b[k])
        k++;
    return k;
}

static int run_of(const uint32_t *a, uint32_t v, int n)
{
    __m128i y = _mm_set1_epi32((int)v);
    int k = 0;
    for (; k + 16 <= n; k += 16) {
        unsigned m = eq4(load4(a + k), y) | eq4(load4(a + k + 4), y) << 4 |
                     eq4(load4(a + k + 8), y) << 8 | eq4(load4(a + k + 12), y) << 12;
        if (m != 0xffff)
            return k + __builtin_ctz(~m);
    }
    for (; k + 4 <= n; k += 4) {
        unsigned m = eq4(load4(a + k), y);
        if (m != 15)
            return k + __builtin_ctz(~m);
    }
    while (k < n && a[k] == v)
        k++;
    return k;
}
#else
/* Two pixels a comparison. */
static int run_same(const uint32_t *a, const uint32_t *b, int n)
{
    int k = 0;
    for (; k + 2 <= n; k += 2) {
        uint64_t x, y;
        memcpy(&x, a + k, 8);
        memcpy(&y, b + k, 8);
        if (x != y)
            break;
    }
    return k < n && a[k] == b[k] ? k + 1 : k;
}

static int run_of(const uint32_t *a, uint32_t v, int n)
{
    uint64_t vv = (uint64_t)v << 32 | v;
    int k = 0;
    for (; k + 2 <= n; k += 2) {
        uint64_t x;
        memcpy(&x, a + k, 8);
        if (x != vv)
            break;
    }
    return k < n && a[k] == v ? k + 1 : k;
}
#endif

/* ---- the general encoder: libdeflate ---- */

static int paeth(int a, int b, int c)
{
    int p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

int pngenc_deflate(const unsigned char *argb, int w, int h, int stride, int alpha, int level,
                   int filter, Buf *out)
{
    size_t ch = alpha ? 4 : 3, rowlen = (size_t)w * ch, rawlen = (rowlen + 1) * (size_t)h;
    unsigned char *raw = malloc(rawlen), *cur = malloc(rowlen + 16), *prev = calloc(1, rowlen + 16);
    if (!raw || !cur || !prev)
        diag_oom();
    for (int y = 0; y < h; y++) {
        row_bytes(row_of(argb, stride, y), w, alpha, cur);
        unsigned char *dst = raw + (size_t)y * (rowlen + 1);
        *dst++ = (unsigned char)filter;
        switch (filter) {
        case 1:
            for (size_t i = 0; i < rowlen; i++)
                dst[i] = (unsigned char)(cur[i] - (i >= ch ? cur[i - ch] : 0));
            break;
        case 2:
            for (size_t i = 0; i < rowlen; i++)
                dst[i] = (unsigned char)(cur[i] - prev[i]);
            break;
        case 4:
            for (size_t i = 0; i < rowlen; i++) {
                int a = i >= ch ? cur[i - ch] : 0, c = i >= ch ? prev[i - ch] : 0;
                dst[i] = (unsigned char)(cur[i] - paeth(a, prev[i], c));
            }
            break;
        default:
            dst[-1] = 0;
            memcpy(dst, cur, rowlen);
        }
        unsigned char *t = prev;
        prev = cur, cur = t;
    }
    free(cur);
    free(prev);
    struct libdeflate_compressor *z = libdeflate_alloc_compressor(level);
    if (!z) {
        free(raw);
        return -1;
    }
    size_t bound = libdeflate_zlib_compress_bound(z, rawlen);
    unsigned char *zb = malloc(bound);
    if (!zb)
        diag_oom();
    size_t zlen = libdeflate_zlib_compress(z, raw, rawlen, zb, bound);
    libdeflate_free_compressor(z);
    free(raw);
    int rc = zlen ? wrap(out, w, h, alpha, zb, zlen) : -1;
    free(zb);
    return rc;
}

/* The Adler-32 of bytes X then Y, from X's (x) and Y's alone (y, of n
 * bytes): a row the same as the one above is summed once, not again. */
static uint32_t adler_append(uint32_t x, uint32_t y, size_t n)
{
    const uint64_t M = 65521;
    uint64_t xa = x & 0xffff, xb = x >> 16, ya = y & 0xffff, yb = y >> 16;
    /* y's sums started from 1: its bytes add ya - 1 to a, and to b the
     * weighted sum yb - n, on top of n times x's a */
    uint64_t a = (xa + ya + M - 1) % M;
    uint64_t b = (xb + (n % M) * xa + yb + M - n % M) % M;
    return (uint32_t)(b << 16 | a);
}

/* ---- the chart encoder: deflate tokens ----
 *
 * A token is a copy, one literal byte, or a whole pixel written as
 * literals (a pixel that starts no run is three or four literals: one
 * token, counted and written at once). Its parts are "fields", each a
 * symbol of one alphabet that holds the literal/length symbols (0-285),
 * the distance symbols (DIST + 0..29) and EMPTY, which writes nothing:
 * a copy is a length, its extra bits, a distance, its extra bits; a
 * pixel is three or four literals. Worked out when the token is made,
 * so that counting and writing it take no branch:
 *   bits  0-8, 9-17, 18-26, 27-35   fields 0 to 3 (3: RGBA only)
 *   bits 36-40  the value of field 0's extra bits (a length's)
 *   bits 41-53  the value of field 1's extra bits (a distance's) */
typedef uint64_t Tok;
#define DIST 286u       /* the field of distance symbol d is DIST + d */
#define EMPTY 316u
#define NFIELD 317
#define EMPTY_AT(k) ((Tok)EMPTY << (9 * (k)))
/* Tokens per deflate block: each block gets Huffman codes fitted to its
 * own tokens (text bands and empty bands differ). */
#define BLOCK_TOKENS (1u << 15)

static unsigned bitlen(unsigned v)
{
    return 32u - (unsigned)__builtin_clz(v);
}

/* Extra bits of each length symbol (257..285) and distance symbol
 * (RFC 1951 3.2.5). */
static const uint8_t len_xbits[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint8_t dist_xbits[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                       6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

static inline Tok tok_lit(unsigned byte)
{
    return byte | EMPTY_AT(1) | EMPTY_AT(2) | EMPTY_AT(3);
}

/* A pixel's bytes b[0..bpp) as literals. */
static inline Tok tok_pixel(const unsigned char *b, unsigned bpp)
{
    return b[0] | (Tok)b[1] << 9 | (Tok)b[2] << 18 | (Tok)(bpp == 4 ? b[3] : EMPTY) << 27;
}

/* An opaque pixel (Cairo's xRGB, native-endian) as literals R, G, B. */
static inline Tok tok_rgb(uint32_t px)
{
    return (px >> 16 & 255) | (Tok)(px >> 8 & 255) << 9 | (Tok)(px & 255) << 18 | EMPTY_AT(3);
}

/* The distance part of a copy token (field 1 and its extra bits), by
 * arithmetic on the bit length of the value. */
static Tok tok_dist(unsigned dist)
{
    unsigned v = dist - 1, sym, extra;
    if (v < 4) {
        sym = v, extra = 0;
    } else {
        unsigned k = bitlen(v) - 1;   /* 2..14 */
        sym = 2 * k + ((v >> (k - 1)) & 1);
        extra = v & ((1u << (k - 1)) - 1);
    }
    return (Tok)(DIST + sym) << 9 | (Tok)extra << 41;
}

/* A copy of len bytes (3..258) with distance part dpart (tok_dist). */
static inline Tok tok_copy(unsigned len, Tok dpart)
{
    unsigned v = len - 3, sym, extra;
    if (len == 258) {
        sym = 285, extra = 0;
    } else if (v < 8) {
        sym = 257 + v, extra = 0;
    } else {
        unsigned k = bitlen(v) - 1;   /* 3..7 */
        sym = 257 + 4 * (k - 1) + ((v >> (k - 2)) & 3);
        extra = v & ((1u << (k - 2)) - 1);
    }
    return sym | EMPTY_AT(2) | EMPTY_AT(3) | (Tok)extra << 36 | dpart;
}

/* ---- Huffman codes ---- */

typedef struct SymFreq {
    uint32_t freq;
    uint16_t sym;
} SymFreq;

static int cmp_symfreq(const void *a, const void *b)
{
    const SymFreq *x = a, *y = b;
    if (x->freq != y->freq)
        return x->freq < y->freq ? -1 : 1;
    return x->sym < y->sym ? -1 : x->sym > y->sym;
}

/* Code lengths of an optimal prefix code, in place (Moffat and Katajainen,
 * "In-place calculation of minimum-redundancy codes", 1995): a[0..n) are
 * weights in ascending order, n >= 2; on return a[i] is the length of
 * the code of the i-th weight. */
static void min_redundancy(uint32_t *a, int n)
{
    /* phase 1: internal node weights, parents by index */
    a[0] += a[1];
    int root = 0, leaf = 2;
    for (int next = 1; next < n - 1; next++) {
        if (leaf >= n || a[root] < a[leaf]) {
            a[next] = a[root];
            a[root++] = (uint32_t)next;
        } else {
            a[next] = a[leaf++];
        }
        if (leaf >= n || (root < next && a[root] < a[leaf])) {
            a[next] += a[root];
            a[root++] = (uint32_t)next;
        } else {
            a[next] += a[leaf++];
        }
    }
    /* phase 2: depths of the internal nodes */
    a[n - 2] = 0;
    for (int next = n - 3; next >= 0; next--)
        a[next] = a[a[next]] + 1;
    /* phase 3: depths of the leaves */
    int avail = 1, used = 0, depth = 0, next = n - 1;
    root = n - 2;
    while (avail > 0) {
        while (root >= 0 && (int)a[root] == depth) {
            used++;
            root--;
        }
        while (avail > used) {
            a[next--] = (uint32_t)depth;
            avail--;
        }
        avail = 2 * used;
        depth++;
        used = 0;
    }
}

/* Lengths (at most limit bits) of a complete prefix code for freq[0..n):
 * 0 for an unused symbol. Fewer than two used symbols get two codes of
 * one bit (decoders refuse an incomplete code). */
static void huff_lengths(const uint32_t *freq, int n, int limit, uint8_t *len)
{
    SymFreq sf[288];
    uint32_t a[288];
    int m = 0;
    memset(len, 0, (size_t)n);
    for (int i = 0; i < n; i++)
        if (freq[i])
            sf[m++] = (SymFreq){freq[i], (uint16_t)i};
    if (m < 2) {
        int first = m ? sf[0].sym : 0;
        len[first] = 1;
        len[first == 0 ? 1 : 0] = 1;
        return;
    }
    qsort(sf, (size_t)m, sizeof *sf, cmp_symfreq);
    for (int i = 0; i < m; i++)
        a[i] = sf[i].freq;
    min_redundancy(a, m);
    /* Lengths past the limit: count them at the limit, then lengthen the
     * deepest shorter codes until the code is complete again (each step
     * moves one leaf down and makes room for one more at the limit). */
    unsigned count[33] = {0};
    for (int i = 0; i < m; i++)
        count[a[i] > (uint32_t)limit ? (unsigned)limit : a[i]]++;
    uint32_t kraft = 0;
    for (int l = 1; l <= limit; l++)
        kraft += count[l] << (limit - l);
    while (kraft > (1u << limit)) {
        count[limit]--;
        for (int l = limit - 1; l > 0; l--)
            if (count[l]) {
                count[l]--;
                count[l + 1] += 2;
                break;
            }
        kraft--;
    }
    /* The longest codes to the rarest symbols (sf is ascending). */
    int i = 0;
    for (int l = limit; l > 0; l--)
        for (unsigned k = 0; k < count[l]; k++)
            len[sf[i++].sym] = (uint8_t)l;
}

/* Canonical codes for lengths, bit-reversed (deflate writes a code's
 * first bit first into an LSB-first stream). */
static void huff_codes(const uint8_t *len, int n, uint16_t *code)
{
    unsigned count[16] = {0}, next[16];
    for (int i = 0; i < n; i++)
        count[len[i]]++;
    count[0] = 0;
    unsigned c = 0;
    for (int l = 1; l < 16; l++) {
        c = (c + count[l - 1]) << 1;
        next[l] = c;
    }
    for (int i = 0; i < n; i++) {
        if (!len[i]) {
            code[i] = 0;
            continue;
        }
        unsigned v = next[len[i]]++, r = 0;
        for (int b = 0; b < len[i]; b++)
            r |= ((v >> b) & 1u) << (len[i] - 1 - b);
        code[i] = (uint16_t)r;
    }
}


/* ---- bit output ----
 * Bits go into a 64-bit word written out whole after each token: at most
 * 7 bits stay behind, and a token adds at most 48 (15 + 5 + 15 + 13), so
 * the word never overflows and no test is needed. */

typedef struct Bits {
    unsigned char *p;
    size_t len, cap;
    uint64_t acc;
    unsigned n;
} Bits;

/* Room for at least need more bytes (and the 8 a flush writes). */
static void bits_reserve(Bits *b, size_t need)
{
    if (b->len + need + 16 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 1 << 16;
    while (cap < b->len + need + 16)
        cap *= 2;
    b->p = realloc(b->p, cap);
    if (!b->p)
        diag_oom();
    b->cap = cap;
}

/* The 8 bytes of acc at p, least significant first. */
static inline void store_le64(unsigned char *p, uint64_t acc)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(p, &acc, 8);
#else
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(acc >> (8 * i));
#endif
}

static inline void bits_flush_bytes(Bits *b)
{
    store_le64(b->p + b->len, b->acc);
    b->len += b->n >> 3;
    b->acc = (b->n & ~7u) == 64 ? 0 : b->acc >> (b->n & ~7u);
    b->n &= 7;
}

/* Append the low n bits of v (n + b->n <= 64; room was reserved). */
static inline void bits_put(Bits *b, uint64_t v, unsigned n)
{
    b->acc |= v << b->n;
    b->n += n;
    bits_flush_bytes(b);
}

/* The last bits, padded to a byte. */
static void bits_flush(Bits *b)
{
    b->n = (b->n + 7) & ~7u;
    bits_flush_bytes(b);
    b->acc = 0;
    b->n = 0;
}

/* ---- one block ---- */

/* The counts are kept in HIST_WAYS copies, token i in copy i % HIST_WAYS,
 * and summed when the block is written: a run of one symbol (a row of
 * copies: EMPTY in field 2 every time) would otherwise make each count
 * wait for the one before it. Each field has counts of its own (field k
 * at k * NFIELD), for the same reason. */
#define HIST_WAYS 4

typedef struct Block {
    Tok *tok;
    size_t n;
    uint32_t cnt[HIST_WAYS][4 * NFIELD];
} Block;

/* Count the fields of tokens t[0..n) (the fourth only for RGBA). */
static void block_count(Block *bk, const Tok *t, size_t n, unsigned bpp)
{
    for (size_t i = 0; i < n; i++) {
        Tok x = t[i];
        uint32_t *c = bk->cnt[i % HIST_WAYS];
        c[x & 511]++;
        c[NFIELD + (x >> 9 & 511)]++;
        c[2 * NFIELD + (x >> 18 & 511)]++;
        if (bpp == 4)
            c[3 * NFIELD + (x >> 27 & 511)]++;
    }
}

/* Order of the code length code's lengths in the header (RFC 1951 3.2.7). */
static const uint8_t clen_order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

/* A block's Huffman codes: the literal/length and distance codes (hlit,
 * hdist of them sent), and the code of their lengths (hclen sent), with
 * the lengths as its symbols (csym, each with its extra bits cext). */
typedef struct Codes {
    uint8_t llen[286], dlen[30];
    uint16_t lcode[286], dcode[30];
    int hlit, hdist;
    uint8_t csym[316], cext[316];
    int nc;
    uint8_t clen[19];
    uint16_t ccode[19];
    int hclen;
} Codes;

/* The literal/length and distance codes of the block's counts. */
static void block_codes(const Block *bk, Codes *cs)
{
    uint32_t lit[286] = {0}, dist[30] = {0};
    for (int w = 0; w < HIST_WAYS; w++)
        for (int k = 0; k < 4; k++) {
            const uint32_t *c = bk->cnt[w] + k * NFIELD;
            for (int i = 0; i < 286; i++)
                lit[i] += c[i];
            for (int i = 0; i < 30; i++)
                dist[i] += c[DIST + i];
        }
    lit[256]++;   /* end of block */
    huff_lengths(lit, 286, 15, cs->llen);
    huff_lengths(dist, 30, 15, cs->dlen);
    huff_codes(cs->llen, 286, cs->lcode);
    huff_codes(cs->dlen, 30, cs->dcode);
    cs->hlit = 286, cs->hdist = 30;
    while (cs->hlit > 257 && !cs->llen[cs->hlit - 1])
        cs->hlit--;
    while (cs->hdist > 1 && !cs->dlen[cs->hdist - 1])
        cs->hdist--;
}

/* The lengths, run-length coded: 16 repeats the last length 3-6 times,
 * 17 and 18 give 3-10 and 11-138 zeros; then the code of these symbols. */
static void lengths_code(Codes *cs)
{
    uint8_t all[316];
    memcpy(all, cs->llen, (size_t)cs->hlit);
    memcpy(all + cs->hlit, cs->dlen, (size_t)cs->hdist);
    int nall = cs->hlit + cs->hdist, nc = 0;
    uint8_t *csym = cs->csym, *cext = cs->cext;
    for (int i = 0; i < nall;) {
        int v = all[i], r = 1;
        while (i + r < nall && all[i + r] == v)
            r++;
        i += r;
        if (v == 0) {
            while (r >= 11) {
                int k = r > 138 ? 138 : r;
                csym[nc] = 18, cext[nc++] = (uint8_t)(k - 11);
                r -= k;
            }
            if (r >= 3) {
                csym[nc] = 17, cext[nc++] = (uint8_t)(r - 3);
                r = 0;
            }
        } else {
            csym[nc] = (uint8_t)v, cext[nc++] = 0;
            r--;
            while (r >= 3) {
                int k = r > 6 ? 6 : r;
                csym[nc] = 16, cext[nc++] = (uint8_t)(k - 3);
                r -= k;
            }
        }
        while (r-- > 0)
            csym[nc] = (uint8_t)v, cext[nc++] = 0;
    }
    cs->nc = nc;
    uint32_t cfreq[19] = {0};
    for (int i = 0; i < nc; i++)
        cfreq[csym[i]]++;
    huff_lengths(cfreq, 19, 7, cs->clen);
    huff_codes(cs->clen, 19, cs->ccode);
    cs->hclen = 19;
    while (cs->hclen > 4 && !cs->clen[clen_order[cs->hclen - 1]])
        cs->hclen--;
}

/* The block's header: its kind, the code lengths' code, the code lengths. */
static void header_put(Bits *b, int final, const Codes *cs)
{
    bits_put(b, (unsigned)final, 1);
    bits_put(b, 2, 2);
    bits_put(b, (unsigned)(cs->hlit - 257), 5);
    bits_put(b, (unsigned)(cs->hdist - 1), 5);
    bits_put(b, (unsigned)(cs->hclen - 4), 4);
    for (int i = 0; i < cs->hclen; i++)
        bits_put(b, cs->clen[clen_order[i]], 3);
    static const uint8_t cbits[3] = {2, 3, 7};
    for (int i = 0; i < cs->nc; i++) {
        unsigned s = cs->csym[i];
        bits_put(b, cs->ccode[s], cs->clen[s]);
        if (s >= 16)
            bits_put(b, cs->cext[i], cbits[s - 16]);
    }
}

/* Per field, its code, the code's length, and that with the extra bits
 * after it: a token is three or four look-ups of each. */
typedef struct Fields {
    uint16_t code[NFIELD];
    uint8_t len[NFIELD], bits[NFIELD];
} Fields;

static void block_fields(const Codes *cs, Fields *f)
{
    for (unsigned i = 0; i < 286; i++) {
        f->code[i] = cs->lcode[i], f->len[i] = cs->llen[i];
        f->bits[i] = (uint8_t)(cs->llen[i] + (i > 256 ? len_xbits[i - 257] : 0));
    }
    for (unsigned i = 0; i < 30; i++) {
        f->code[DIST + i] = cs->dcode[i], f->len[DIST + i] = cs->dlen[i];
        f->bits[DIST + i] = (uint8_t)(cs->dlen[i] + dist_xbits[i]);
    }
    f->code[EMPTY] = 0, f->len[EMPTY] = 0, f->bits[EMPTY] = 0;
}

/* The tokens, with the stream's state in locals: through b, every store
 * of bytes would make the compiler load it all again. At most 7 bits
 * stay behind and three fields add at most 48 (a length, 15 + 5, and a
 * distance, 15 + 13; a pixel's three literals 45), so a shift is never
 * 64 wide; an RGBA pixel's fourth literal is stored after. */
static inline void tokens_put(const Block *bk, unsigned bpp, const Fields *fd, Bits *b)
{
    const uint16_t *fcode = fd->code;
    const uint8_t *flen = fd->len, *fbits = fd->bits;
    unsigned char *p = b->p + b->len;
    uint64_t acc = b->acc;
    unsigned nb = b->n;
#define PUT_FIELDS_012(t)                                                      \
    do {                                                                       \
        unsigned f0 = t & 511, f1 = t >> 9 & 511, f2 = t >> 18 & 511;          \
        uint64_t v = fcode[f0] | (t >> 36 & 31) << flen[f0];                   \
        unsigned n = fbits[f0];                                                \
        v |= ((uint64_t)fcode[f1] | (t >> 41 & 8191) << flen[f1]) << n;        \
        n += fbits[f1];                                                        \
        v |= (uint64_t)fcode[f2] << n;                                         \
        acc |= v << nb;                                                        \
        nb += n + flen[f2];                                                    \
        store_le64(p, acc);                                                    \
        p += nb >> 3;                                                          \
        acc >>= nb & ~7u;                                                      \
        nb &= 7;                                                               \
    } while (0)
    if (bpp == 4) {
        for (size_t i = 0; i < bk->n; i++) {
            Tok t = bk->tok[i];
            PUT_FIELDS_012(t);
            unsigned f3 = t >> 27 & 511;
            acc |= (uint64_t)fcode[f3] << nb;
            nb += flen[f3];
            store_le64(p, acc);
            p += nb >> 3;
            acc >>= nb & ~7u;
            nb &= 7;
        }
    } else {
        for (size_t i = 0; i < bk->n; i++) {
            Tok t = bk->tok[i];
            PUT_FIELDS_012(t);
        }
    }
#undef PUT_FIELDS_012
    b->len = (size_t)(p - b->p);
    b->acc = acc;
    b->n = nb;
}

/* Write the block as a dynamic-Huffman deflate block. */
static void block_write(Block *bk, int final, unsigned bpp, Bits *b)
{
    Codes cs;
    block_codes(bk, &cs);
    lengths_code(&cs);
    Fields f;
    block_fields(&cs, &f);
    /* header: at most 14 + 57 + 316 x 14 bits; a token at most 60 */
    bits_reserve(b, 1024 + bk->n * 8);
    header_put(b, final, &cs);
    tokens_put(bk, bpp, &f, b);
    bits_put(b, cs.lcode[256], cs.llen[256]);
    bk->n = 0;
    memset(bk->cnt, 0, sizeof bk->cnt);
}

/* ---- one row's tokens ---- */

/* Where a pair of pixels was last seen as literals, by hash: for text and
 * dots, whose shapes repeat along a line. A place is its row modulo 64
 * and its column (y % 64 << 16 | x, x < 2^14 within deflate's reach):
 * exact for the 64 rows above, more than deflate reaches on any image
 * over 512 pixels wide; an older place (narrow images) only proposes
 * pixels that are then compared. 32 KB. */
#define PAIR_BITS 13
#define PAIR_ROWS 64
#define PAIR_NONE 0xffffffffu

typedef struct Rows {
    const unsigned char *argb;
    int w, stride;
    unsigned bpp, rowlen;
    uint32_t pairs[1 << PAIR_BITS];   /* a place, or PAIR_NONE */
    Tok *tok;                         /* the row's tokens */
    Tok len_tok[259];                 /* tok_copy(l, 0), l = 3..258 */
    Tok left, up;                     /* tok_dist of a pixel, of a row */
    size_t n;
    /* they copy from two rows up or more: not valid for the next row even
     * when it equals this one */
    int far;
} Rows;

/* A copy of len bytes from dpart back (tok_dist's), as tokens of at most
 * 258 bytes (never a tail under 3); r->len_tok[l] is tok_copy(l, 0). */
static void row_copy_part(Rows *r, unsigned len, Tok dpart)
{
    while (len > 0) {
        unsigned l = len > 258 ? (len - 258 < 3 ? len - 3 : 258) : len;
        r->tok[r->n++] = r->len_tok[l] | dpart;
        len -= l;
    }
}

static void row_copy(Rows *r, unsigned len, unsigned dist)
{
    row_copy_part(r, len, tok_dist(dist));
}

/* Pixels from x of row y equal to those of an earlier place seen with the
 * same pair, within deflate's reach: how many (0 if fewer than 2), and
 * the distance back in bytes. */
static int pair_match(Rows *r, const uint32_t *cur, int y, int x, unsigned *dist)
{
    if (x + 1 >= r->w)
        return 0;
    uint32_t h = (cur[x] * 0x9E3779B1u ^ cur[x + 1] * 0x85EBCA77u) >> (32 - PAIR_BITS);
    uint32_t at = r->pairs[h];
    r->pairs[h] = (uint32_t)(y % PAIR_ROWS) << 16 | (uint32_t)x;
    if (at == PAIR_NONE)
        return 0;
    int cy = y - (int)(((unsigned)y - (at >> 16)) % PAIR_ROWS), cx = (int)(at & 0xffff);
    long d = (long)(y - cy) * r->rowlen + (long)(x - cx) * (long)r->bpp;
    if (cy < 0 || d <= 0 || d > 32768)
        return 0;
    const uint32_t *src = row_of(r->argb, r->stride, cy);
    int k = run_same(cur + x, src + cx, r->w - (x > cx ? x : cx));
    if (k < 2)
        return 0;
    r->far |= cy < y - 1;
    *dist = (unsigned)d;
    return k;
}

/* The tokens of row y, whose bytes (filter byte first) are raw. A run of
 * two pixels or more equal to the pixel on its left is a copy at
 * distance bpp; one equal to the pixels above a copy at the row's length,
 * unless the pixel starts a run of its own colour at least as long (a
 * literal and a copy from the left cost fewer bits than a far copy); a
 * pixel that starts no run is a copy of an earlier place with the same
 * two pixels, or a literal. Each test looks at one or two pixels before
 * it counts a run: most pixels of text start none. */
static void row_tokens(Rows *r, int y, const unsigned char *raw)
{
    const uint32_t *cur = row_of(r->argb, r->stride, y);
    const uint32_t *above = y ? row_of(r->argb, r->stride, y - 1) : NULL;
    int w = r->w;
    unsigned bpp = r->bpp;
    Tok *tok = r->tok;
    size_t n = 0;
    r->far = 0;
    tok[n++] = tok_lit(raw[0]);
    int x = 0;
    while (x < w) {
        uint32_t px = cur[x];
        if (x > 0 && px == cur[x - 1]) {
            int k = run_of(cur + x, px, w - x);
            if (k >= 2) {
                r->n = n;
                row_copy_part(r, (unsigned)k * bpp, r->left);
                n = r->n;
                x += k;
                continue;
            }
        }
        /* the pixel starts a run of its own colour: a literal, then a
         * copy from the left */
        int ks = x + 1 < w && cur[x + 1] == px ? run_of(cur + x + 1, px, w - x - 1) : 0;
        if (above && px == above[x] && x + 1 < w && cur[x + 1] == above[x + 1]) {
            int ku = run_same(cur + x, above + x, w - x);
            if (ku > ks + 1) {
                r->n = n;
                row_copy_part(r, (unsigned)ku * bpp, r->up);
                n = r->n;
                x += ku;
                continue;
            }
        }
        unsigned dist;
        int k = ks ? 0 : pair_match(r, cur, y, x, &dist);
        if (k) {
            r->n = n;
            row_copy(r, (unsigned)k * bpp, dist);
            n = r->n;
            x += k;
            continue;
        }
        /* RGB straight from the pixel; RGBA from the row's bytes (made
         * straight from premultiplied) */
        tok[n++] = bpp == 3 ? tok_rgb(px) : tok_pixel(raw + 1 + (size_t)x * bpp, bpp);
        x++;
    }
    r->n = n;
}

int pngenc_chart(const unsigned char *argb, int w, int h, int stride, int alpha, Buf *out)
{
    unsigned bpp = alpha ? 4 : 3;
    size_t rowlen = 1 + (size_t)w * bpp;
    if (rowlen > 32768)   /* the row above is out of deflate's reach */
        return pngenc_deflate(argb, w, h, stride, alpha, 2, 0, out);
    Block bk;
    memset(&bk, 0, sizeof bk);
    Rows *row = malloc(sizeof *row);
    if (!row)
        diag_oom();
    *row = (Rows){.argb = argb, .w = w, .stride = stride, .bpp = bpp, .rowlen = (unsigned)rowlen};
    memset(row->pairs, 0xff, sizeof row->pairs);   /* PAIR_NONE */
    for (unsigned l = 3; l <= 258; l++)
        row->len_tok[l] = tok_copy(l, 0);
    row->left = tok_dist(bpp);
    row->up = tok_dist((unsigned)rowlen);
    bk.tok = malloc(BLOCK_TOKENS * sizeof *bk.tok);
    row->tok = malloc(rowlen * sizeof *row->tok);
    unsigned char *raw = malloc(rowlen + 16);
    if (!bk.tok || !row->tok || !raw)
        diag_oom();
    Bits b = {0};
    bits_reserve(&b, 2);
    b.p[b.len++] = 0x78;   /* zlib: deflate, 32K window */
    b.p[b.len++] = 0x01;
    uint32_t adler = 1, row_adler = 1;
    /* A row equal to the row above, under a row equal to its own above,
     * has that row's tokens again (unless they reach two rows up). */
    int same_prev = 0;
#ifdef HAVE_RGB_SSSE3
    int ssse3 = __builtin_cpu_supports("ssse3");
#endif
    for (int y = 0; y < h; y++) {
        const uint32_t *cur = row_of(argb, stride, y), *above = y ? row_of(argb, stride, y - 1) : NULL;
        int same = above && memcmp(cur, above, (size_t)w * 4) == 0;
        if (!same) {
            raw[0] = 0;
#ifdef HAVE_RGB_SSSE3
            /* opaque: the pixels are the tokens' literals (tok_rgb), so the
             * row's bytes are only summed */
            if (!alpha && ssse3 && w <= 10922) {
                row_adler = adler_rgb_ssse3(cur, w);
            } else
#endif
            {
                row_bytes(cur, w, alpha, raw + 1);
                row_adler = libdeflate_adler32(1, raw, rowlen);
            }
        }
        adler = adler_append(adler, row_adler, rowlen);
        if (!(same && same_prev && !row->far))
            row_tokens(row, y, raw);
        same_prev = same;
        if (bk.n + row->n > BLOCK_TOKENS)
            block_write(&bk, 0, bpp, &b);
        memcpy(bk.tok + bk.n, row->tok, row->n * sizeof *row->tok);
        block_count(&bk, row->tok, row->n, bpp);
        bk.n += row->n;
    }
    block_write(&bk, 1, bpp, &b);
    bits_flush(&b);
    bits_reserve(&b, 4);
    put32(b.p + b.len, adler);
    b.len += 4;
    int rc = wrap(out, w, h, alpha, b.p, b.len);
    free(b.p);
    free(bk.tok);
    free(row->tok);
    free(row);
    free(raw);
    return rc;
}
