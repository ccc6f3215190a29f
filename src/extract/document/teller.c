/* teller.c — a sentence naming its speaker and their body (see teller.h). */
#include "teller.h"

#include "ascii.h"

#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define NAME_WORDS 6   /* a title and a person's name have at most so many words */
#define BODY_MAX 120   /* a body's name in brackets is at most so long */

/* Titles a person is named with in a record of proceedings. */
static const char *const titles[] = {"Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Prof", "Prof.",
                                     "Professor", "Ambassador", "Captain", "Sir", "Dame", "Lord", "Baroness",
                                     "Minister", "Senator", "Judge", "Justice", "Commissioner", "General",
                                     "Colonel", "Admiral", NULL};

static int title_at(const char *p, size_t s, size_t e)
{
    for (int i = 0; titles[i]; i++)
        if (titles[i][0] == p[s] && strlen(titles[i]) == e - s && !memcmp(p + s, titles[i], e - s))
            return 1;
    return 0;
}

int teller_opening(const char *p, size_t s, size_t e, char *out, size_t cap)
{
    size_t k = s;
    while (k < e && p[k] == ' ')
        k++;
    int words = 0;
    for (int step = 0; step < NAME_WORDS + 2 && k < e; step++) {
        if (p[k] == '(') {
            size_t c = k + 1;
            while (c < e && c - k < BODY_MAX && p[c] != ')' && p[c] != '(' && p[c] != '\n')
                c++;
            if (c >= e || p[c] != ')')
                return 0;
            /* "(ret.)": an aside of the title, not the body */
            if (ascii_islower((unsigned char)p[k + 1])) {
                k = c + 1;
                while (k < e && p[k] == ' ')
                    k++;
                continue;
            }
            /* the body, then the verb telling what the person did */
            if (words < 2 || !ascii_isupper((unsigned char)p[k + 1]) || c + 2 >= e || p[c + 1] != ' ' ||
                !ascii_islower((unsigned char)p[c + 2]) || c - k - 1 >= cap)
                return 0;
            snprintf(out, cap, "%.*s", (int)(c - k - 1), p + k + 1);
            return 1;
        }
        if (!ascii_isupper((unsigned char)p[k]))
            return 0;
        size_t w = k;
        while (w < e && (ascii_isupper((unsigned char)p[w]) || ascii_islower((unsigned char)p[w]) || p[w] == '.' || p[w] == '-' ||
                         p[w] == '\'' || (unsigned char)p[w] >= 0x80))
            w++;
        /* (the first word is the person's title) */
        if (!words && !title_at(p, k, w))
            return 0;
        words++;
        if (w >= e || p[w] != ' ')
            return 0;
        k = w + 1;
    }
    return 0;
}

/* The bytes after which a sentence may open: a line break (the next
 * byte), a full stop, exclamation or question mark (after a blank). */
static const unsigned char ends[256] = {['\n'] = 1, ['.'] = 2, ['!'] = 2, ['?'] = 2};

int teller_last(const char *p, size_t from, size_t to, char *out, size_t cap)
{
    int found = 0;
    if (from < to && ascii_isupper((unsigned char)p[from]) && teller_opening(p, from, to, out, cap))
        found = 1;
    /* each sentence's opening in (from, to), in order: found from the
     * marks before it, not asked at every byte (the mark of one after a
     * full stop may stand just before from) */
    for (size_t k = from ? from - 1 : 0; k + 1 < to; k++) {
#ifdef __SSE2__
        /* (sixteen bytes at a time to the next mark) */
        while (k + 17 <= to) {
            __m128i v = _mm_loadu_si128((const void *)(p + k));
            __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')), _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
            unsigned mask = (unsigned)_mm_movemask_epi8(m);
            if (mask) {
                k += (size_t)__builtin_ctz(mask);
                break;
            }
            k += 16;
        }
#endif
        unsigned e = ends[(unsigned char)p[k]];
        if (!e)
            continue;
        size_t i = e == 1 ? k + 1 : k + 2;
        if (i <= from || i >= to || (e == 2 && p[k + 1] != ' '))
            continue;
        if (ascii_isupper((unsigned char)p[i]) && teller_opening(p, i, to, out, cap))
            found = 1;
    }
    return found;
}
