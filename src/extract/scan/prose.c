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
 * the same move as the letters; *digit gets those alone), a byte from
 * 0xE4 (negative as signed, and above 0xE3, which is -29). The line
 * breaks go to *nl. */
static unsigned lanes_stop(__m128i v, unsigned *digit, unsigned *nl)
{
    __m128i d = _mm_add_epi8(v, _mm_set1_epi8((char)(128 - '0')));
    *digit = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(d, _mm_set1_epi8((char)(-128 + 10))));
    *nl = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
    unsigned high = (unsigned)_mm_movemask_epi8(_mm_and_si128(v, _mm_cmpgt_epi8(v, _mm_set1_epi8(-29))));
    return *digit | high;
}

static int passes(const ProseSieve sieve, const unsigned char *p, size_t ws, size_t we)
{
    size_t len = we - ws;
    return len > 0 && len < PROSE_SIEVE_LEN && (sieve[len][p[ws] & 31] >> (p[we - 1] & 31) & 1);
}

/* Does the word p[ws, we) stop the loop by its letters (stop, or lead
 * before a word passing follow)? */
static int word_passes(const unsigned char *p, size_t n, size_t ws, size_t we, const ProseWords *w)
{
    if (passes(w->stop, p, ws, we))
        return 1;
    if (!passes(w->lead, p, ws, we) || we + 1 >= n || (p[we] != ' ' && p[we] != '\n'))
        return 0;
    return passes(w->follow, p, we + 1, tw_letters_end(p, n, we + 1));
}

/* May the word of len letters (below PROSE_SIEVE_LEN), first and last,
 * stop the loop by its letters? Either sieve at once; a word passing it
 * is asked word_passes. */
static inline int lets_through(const ProseWords *w, size_t len, unsigned char first, unsigned char last)
{
    return (w->either[len][first & 31] >> (last & 31)) & 1;
}

/* The lanes of the bytes at p (sixteen, or sixteen times wide), one bit
 * each, lane 0 the lowest: letters, digits, line breaks, and the stops
 * (digits and bytes from 0xE4). */
typedef struct {
    uint64_t letter, digit, nl, stop;
} Lanes;

static inline Lanes lanes_at(const unsigned char *p, unsigned wide)
{
    Lanes l = {0, 0, 0, 0};
    for (unsigned k = 0; k < wide; k++) {
        __m128i v = _mm_loadu_si128((const void *)(p + 16 * k));
        unsigned digit, nl, stop = lanes_stop(v, &digit, &nl);
        l.letter |= (uint64_t)lanes_letter(v) << (16 * k);
        l.digit |= (uint64_t)digit << (16 * k);
        l.nl |= (uint64_t)nl << (16 * k);
        l.stop |= (uint64_t)stop << (16 * k);
    }
    return l;
}

/* The lanes below lane end (at most 64). */
static inline uint64_t lanes_below(unsigned end)
{
    return end >= 64 ? ~0ull : (1ull << end) - 1;
}

/* The line start after the last line break among the lanes nl (not 0)
 * below lane end of the bytes at i, into *line. */
static inline void note_lines(uint64_t nl, unsigned end, size_t i, size_t *line)
{
    nl &= lanes_below(end);
    if (nl)
        *line = i + (size_t)(64 - __builtin_clzll(nl));
}

/* Sixty-four bytes at a time (sixteen near the end): the words that
 * start before the first stop (a letter lane after one that is none;
 * lane 0 too, the loop standing inside no word there) are paired with
 * their last letters (a letter lane before one that is none), the k-th
 * start with the k-th end, and each judged by its length, first and last
 * letters; a word glued to the digit that stops them is told once, after
 * the others. The last word may run on past the bytes read: it is read
 * to its end and judged, and the next bytes are read after it. */
size_t prose_end(const unsigned char *p, size_t n, size_t i, const ProseWords *w, size_t *line)
{
    while (i + 16 <= n) {
        unsigned width = i + 64 <= n ? 64 : 16;
        Lanes l = lanes_at(p + i, width / 16);
        unsigned first_stop = l.stop ? (unsigned)__builtin_ctzll(l.stop) : width;
        uint64_t below = lanes_below(first_stop);
        uint64_t starts = l.letter & ~(l.letter << 1) & below, first_starts = starts;
        /* (the last lane is left out: whether a word ends there is told
         * by the byte after those read) */
        uint64_t ends = l.letter & ~(l.letter >> 1) & below & (lanes_below(width) >> 1);
        size_t next = i + width;
        while (starts) {
            unsigned a = (unsigned)__builtin_ctzll(starts);
            if (!ends) {
                /* (the word runs to the last lane, and maybe on) */
                next = tw_letters_end(p, n, i + width);
                if ((next < n && p[next] >= '0' && p[next] <= '9') ||
                    (next - i - a < PROSE_SIEVE_LEN && lets_through(w, next - i - a, p[i + a], p[next - 1]) &&
                     word_passes(p, n, i + a, next, w))) {
                    if (l.nl)
                        note_lines(l.nl, a, i, line);
                    return i + a;
                }
                break;
            }
            unsigned e = (unsigned)__builtin_ctzll(ends);
            if (e + 1 - a < PROSE_SIEVE_LEN && lets_through(w, e + 1 - a, p[i + a], p[i + e]) &&
                word_passes(p, n, i + a, i + e + 1, w)) {
                if (l.nl)
                    note_lines(l.nl, a, i, line);
                return i + a;
            }
            starts &= starts - 1;
            ends &= ends - 1;
        }
        if (l.stop) {
            /* a word glued to the digit that stops: the last word before
             * it, where the loop reads the two ("USD5bn", "G20") */
            if (first_stop > 0 && (l.letter >> (first_stop - 1) & 1) && (l.digit >> first_stop & 1))
                first_stop = 63 - (unsigned)__builtin_clzll(first_starts);
            if (l.nl)
                note_lines(l.nl, first_stop, i, line);
            return i + first_stop;
        }
        if (l.nl)
            note_lines(l.nl, first_stop, i, line);
        i = next;
    }
    return i;
}

#else

size_t prose_end(const unsigned char *p, size_t n, size_t i, const ProseWords *w, size_t *line)
{
    (void)p, (void)n, (void)w, (void)line;
    return i;
}

#endif

void prose_words_join(ProseWords *w)
{
    for (size_t k = 0; k < PROSE_SIEVE_LEN; k++)
        for (size_t c = 0; c < 32; c++)
            w->either[k][c] = w->stop[k][c] | w->lead[k][c];
}
