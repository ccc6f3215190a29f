/* rankword.c — a word that ranks what it qualifies (see rankword.h). */
#include "rankword.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"

static const char *const ranks[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "largest", "biggest", "highest", "lowest", "top", "leading", "most", "least", "rank", "ranks",
    "ranked", "ranking", "fastest", "best", "worst", "anywhere", "else", NULL};

/* Words ending in "est" that rank nothing. */
static const char *const not_superlative[] = {
    "interest", "forest", "request", "harvest", "contest", "protest", "manifest", "conquest", "suggest",
    "digest", "invest", "arrest", "honest", "modest", "midwest", "northwest", "southwest", "priest",
    "latest", "earliest", NULL};

/* Is w[0, n) one of the words (any case)? */
static int listed(const char *w, size_t n, const char *const *words)
{
    for (int k = 0; words[k]; k++)
        if (n && (w[0] | 0x20) == words[k][0] && strlen(words[k]) == n && !strncasecmp(w, words[k], n))
            return 1;
    return 0;
}

/* Is the single word w[0, n) (no hyphen) a rank word? */
static int part_ranks(const char *w, size_t n)
{
    if (listed(w, n, ranks))
        return 1;
    /* "6th", "20th", "1st", "3rd" */
    size_t d = 0;
    while (d < n && ascii_isdigit((unsigned char)w[d]))
        d++;
    if (d > 0 && n - d == 2 &&
        (!strncasecmp(w + d, "th", 2) || !strncasecmp(w + d, "st", 2) || !strncasecmp(w + d, "nd", 2) ||
         !strncasecmp(w + d, "rd", 2)))
        return 1;
    /* a superlative of six letters or more: "busiest", "cheapest" */
    if (d == 0 && n >= 6 && !strncasecmp(w + n - 3, "est", 3) && !listed(w, n, not_superlative))
        return 1;
    return 0;
}

int rankword_is(const char *w, size_t n)
{
    if (part_ranks(w, n))
        return 1;
    /* each part of a hyphened word: "fastest-growing", "sixth-largest" */
    for (size_t s = 0, i = 0; i <= n; i++)
        if (i == n || w[i] == '-') {
            if (i > s && i - s < n && part_ranks(w + s, i - s))
                return 1;
            s = i + 1;
        }
    return 0;
}
