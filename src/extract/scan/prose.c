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
    unsigned high = (unsigned)_mm_movemask_epi8(v) & (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(-29)));
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

/* The line start after the last line break among the lanes nl (not 0)
 * below lane end of the sixteen bytes at i, into *line. */
static inline void note_lines(unsigned nl, unsigned end, size_t i, size_t *line)
{
    nl &= (1u << end) - 1;
    if (nl)
        *line = i + (size_t)(32 - __builtin_clz(nl));
}

/* Sixteen bytes at a time: the words that start before the first stop
 * (a letter lane after one that is none; lane 0 too, the loop standing
 * inside no word there) are paired with their last letters (a letter
 * lane before one that is none), the k-th start with the k-th end, and
 * each judged by its length, first and last letters. The last word may
 * run on past the sixteen bytes: it is read to its end and judged, and
 * the next sixteen start after it. */
size_t prose_end(const unsigned char *p, size_t n, size_t i, const ProseWords *w, size_t *line)
{
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const void *)(p + i));
        unsigned digit, nl, letter = lanes_letter(v), stop = lanes_stop(v, &digit, &nl);
        unsigned first_stop = stop ? (unsigned)__builtin_ctz(stop) : 16;
        unsigned below = (1u << first_stop) - 1;
        unsigned starts = letter & ~(letter << 1) & below;
        /* (lane 15 is left out: whether a word ends there is told by the
         * byte after these sixteen) */
        unsigned ends = letter & ~(letter >> 1) & below & 0x7FFFu;
        size_t next = i + 16;
        while (starts) {
            unsigned a = (unsigned)__builtin_ctz(starts);
            if (!ends) {
                /* (the word runs to lane 15, and maybe on) */
                next = tw_letters_end(p, n, i + 16);
                if ((next < n && p[next] >= '0' && p[next] <= '9') ||
                    (next - i - a < PROSE_SIEVE_LEN && lets_through(w, next - i - a, p[i + a], p[next - 1]) &&
                     word_passes(p, n, i + a, next, w))) {
                    if (nl)
                        note_lines(nl, a, i, line);
                    return i + a;
                }
                break;
            }
            unsigned e = (unsigned)__builtin_ctz(ends);
            if ((digit >> (e + 1) & 1) ||
                (lets_through(w, e + 1 - a, p[i + a], p[i + e]) && word_passes(p, n, i + a, i + e + 1, w))) {
                if (nl)
                    note_lines(nl, a, i, line);
                return i + a;
            }
            starts &= starts - 1;
            ends &= ends - 1;
        }
        if (nl)
            note_lines(nl, first_stop, i, line);
        if (stop)
            return i + first_stop;
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
