/* regionpair.c — a region named as a pair of regions (see regionpair.h). */
#include "regionpair.h"

#include <string.h>

#include "ascii.h"
#include "regionref.h"

/* Scope ids regionref_is_region counts that are groups of states, not
 * lands: never half of a pair's name. */
static const char *const groups[] = {"asean", "european union", "gcc", "brics", "oecd", "emea",
                                     "commonwealth of independent states", "arab states", NULL};

/* Is id a land's region (not a group, a country nor the world)? */
static int land_region(const char *id)
{
    if (!id || !regionref_is_region(id))
        return 0;
    for (int k = 0; groups[k]; k++)
        if (!strcmp(id, groups[k]))
            return 0;
    return 1;
}

/* Does doc[e1, s2) join two names: " and ", " and the ", " & " (any
 * case: a title's "And The")? */
static int joint(const char *doc, size_t e1, size_t s2)
{
    static const char *const joins[] = {" and ", " and the ", " & ", NULL};
    for (int k = 0; joins[k]; k++) {
        size_t n = strlen(joins[k]);
        if (s2 - e1 != n)
            continue;
        size_t i = 0;
        while (i < n && ascii_lower((unsigned char)doc[e1 + i]) == (unsigned char)joins[k][i])
            i++;
        if (i == n)
            return 1;
    }
    return 0;
}

/* The word before doc[at] (past spaces and one "the"), lower case, into
 * w[0, cap): "" at a mark or the start. *mark is the mark before it, if
 * the word is none. */
static void word_before(const char *doc, size_t at, char *w, size_t cap, char *mark)
{
    size_t i = at;
    *mark = 0;
    w[0] = '\0';
    for (int pass = 0; pass < 2; pass++) {
        while (i > 0 && doc[i - 1] == ' ')
            i--;
        size_t e = i;
        while (i > 0 && ascii_isalpha(doc[i - 1]))
            i--;
        if (i == e) {
            *mark = i > 0 ? doc[i - 1] : 0;
            return;
        }
        size_t n = e - i < cap - 1 ? e - i : cap - 1;
        for (size_t k = 0; k < n; k++)
            w[k] = (char)ascii_lower(doc[i + k]);
        w[n] = '\0';
        if (strcmp(w, "the"))
            return;
        w[0] = '\0';
    }
}

/* Is p[0, n) "south", "north" (any case) followed by a '-' or ' ' and
 * "east" or "west" (a compass point written in two words)? The length of
 * its first word then, else 0. */
static size_t compass_two_words(const char *p, size_t n)
{
    static const char *const first[] = {"south", "north", NULL};
    for (int k = 0; first[k]; k++) {
        size_t f = strlen(first[k]), i = 0;
        while (i < f && i < n && ascii_lower((unsigned char)p[i]) == (unsigned char)first[k][i])
            i++;
        if (i < f || f + 5 > n || (p[f] != '-' && p[f] != ' '))
            continue;
        const char *q = p + f + 1;
        if ((ascii_lower((unsigned char)q[0]) == 'e' && ascii_lower((unsigned char)q[1]) == 'a') ||
            (ascii_lower((unsigned char)q[0]) == 'w' && ascii_lower((unsigned char)q[1]) == 'e'))
            if (ascii_lower((unsigned char)q[2]) == 's' && ascii_lower((unsigned char)q[3]) == 't')
                return f;
    }
    return 0;
}

/* The name p[0, n) as a reader writes it, lower case, into out[0, cap):
 * "&" as "and" ("Europe & Eurasia" is "europe and eurasia"), a compass point in one word ("South-East Asia", "South East
 * Asia": "southeast asia"); 0 when it does not fit. */
static int plain_name(const char *p, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t k = 0; k < n; k++) {
        size_t f = (k == 0 || p[k - 1] == ' ') ? compass_two_words(p + k, n - k) : 0;
        if (o + f + 4 >= cap)
            return 0;
        if (f) {
            for (size_t i = 0; i < f; i++)
                out[o++] = (char)ascii_lower(p[k + i]);
            k += f; /* (the '-' or ' ' between the words) */
            continue;
        }
        if (p[k] == '&') {
            memcpy(out + o, "and", 3);
            o += 3;
            continue;
        }
        out[o++] = (char)ascii_lower(p[k]);
    }
    out[o] = '\0';
    return 1;
}

int regionpair_name(const char *doc, size_t s1, size_t e1, const char *id1, size_t s2, size_t e2,
                    const char *id2, char *out, size_t cap)
{
    if (s2 < e1 || !joint(doc, e1, s2) || !land_region(id1) || !land_region(id2) || !strcmp(id1, id2))
        return 0;
    /* (a list's last two: "Southeast Asia, the Middle East and Africa";
     * a relation's parties: "between Africa and Europe") */
    char w[16], mark;
    word_before(doc, s1, w, sizeof w, &mark);
    if (mark == ',' || !strcmp(w, "between") || !strcmp(w, "from") || !strcmp(w, "both"))
        return 0;
    char name[128];
    if (!plain_name(doc + s1, e2 - s1, name, sizeof name) || strlen(name) >= cap)
        return 0;
    memcpy(out, name, strlen(name) + 1);
    return 1;
}
