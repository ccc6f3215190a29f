/* leader.c — the places that lead a set (see leader.h). */
#define _GNU_SOURCE   /* memmem */
#include "leader.h"
#include "ascii.h"
#include "textfind.h"

#include <string.h>

/* How far before a place its "led by" may stand: a list of names. */
#define LEADER_BACK 80

int leader_may(const char *p, size_t ss, size_t se)
{
    return se - ss >= 7 && tf_find(p + ss, se - ss, "led by ", 7) != NULL;
}

/* Is p[a, b) a run of names in a list ("Nigeria, ", "Kenya and ",
 * "Kenya's "): capitalised words, commas, "and", "the", a possessive? */
static int list_between(const char *p, size_t a, size_t b)
{
    for (size_t i = a; i < b;) {
        unsigned char c = (unsigned char)p[i];
        if (c == ' ' || c == ',' || c == '\'' || c == '-') {
            i++;
            continue;
        }
        if (!ascii_isupper(c) && !ascii_islower(c)) {
            /* (a curly apostrophe) */
            if (i + 3 <= b && !memcmp(p + i, "\xE2\x80\x99", 3)) {
                i += 3;
                continue;
            }
            return 0;
        }
        size_t w = i;
        while (i < b && (ascii_isupper((unsigned char)p[i]) || ascii_islower((unsigned char)p[i])))
            i++;
        int small = (i - w == 3 && !strncmp(p + w, "and", 3)) || (i - w == 3 && !strncmp(p + w, "the", 3)) ||
                    (i - w == 1 && p[w] == 's');
        if (!ascii_isupper((unsigned char)p[w]) && !small)
            return 0;
    }
    return 1;
}

int leader_place(const char *p, size_t ss, size_t se, size_t s, size_t e, size_t at)
{
    size_t from = s > ss + LEADER_BACK ? s - LEADER_BACK : ss;
    const char *lb = NULL;
    for (const char *q = p + from; (q = tf_find(q, (size_t)(p + s - q), "led by ", 7)) != NULL; q += 7)
        lb = q;
    /* ("led" a word of its own: "led by", not "called by") */
    if (!lb || (lb > p + ss && (ascii_isupper((unsigned char)lb[-1]) || ascii_islower((unsigned char)lb[-1]))))
        return 0;
    size_t open = (size_t)(lb - p), i = open + 7;
    if (!list_between(p, i, s))
        return 0;
    /* the phrase goes on past the list of names and a bracket ("(four
     * operators)"), to the mark or word that ends it */
    i = e;
    for (;;) {
        while (i < se && p[i] == ' ')
            i++;
        if (i < se && p[i] == '(') {
            const char *c = memchr(p + i, ')', se - i);
            i = c ? (size_t)(c - p) + 1 : se;
            continue;
        }
        size_t j = i;
        if (j < se && p[j] == ',')
            j++;
        else if (j + 4 <= se && !strncmp(p + j, "and ", 4))
            j += 4;
        else if (j + 2 <= se && p[j] == '\'' && p[j + 1] == 's')
            j += 2;
        else
            break;
        while (j < se && p[j] == ' ')
            j++;
        if (j >= se || !ascii_isupper((unsigned char)p[j]))
            break;
        while (j < se && (ascii_isupper((unsigned char)p[j]) || ascii_islower((unsigned char)p[j]) || p[j] == ' ' || p[j] == '-'))
            if (p[j] == ' ' && !(j + 1 < se && ascii_isupper((unsigned char)p[j + 1])))
                break;
            else
                j++;
        i = j;
    }
    return at < open || at >= i;
}
