/* credittok.h — questions asked of one word of a credit window (credit.h's
 * CreditTok over the sentence's text t): is it this word, a word of that
 * list, capitalised, lower case, this mark, a possessive's apostrophe? Shared by the readers of a
 * body in a sentence (bodyact, bodypeople, recowner). */
#ifndef CB_CREDITTOK_H
#define CB_CREDITTOK_H

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "credit.h"
#include "lexicon.h"

/* Is k the word w, case aside? */
static inline int ctok_is(const char *t, const CreditTok *k, const char *w)
{
    size_t n = k->e - k->s;
    return !k->punct && strlen(w) == n && !strncasecmp(t + k->s, w, n);
}

/* Is k a word of list, whole (its first letter tells most apart)? */
static inline int ctok_in(const char *t, const CreditTok *k, const Phrase *list)
{
    if (k->punct)
        return 0;
    const Phrase *p = phrases_at(list, t, k->s, k->e, 1);
    return p && p->n == k->e - k->s;
}

static inline int ctok_upper(const char *t, const CreditTok *k)
{
    return !k->punct && ascii_isupper(t[k->s]);
}

static inline int ctok_lower(const char *t, const CreditTok *k)
{
    return !k->punct && ascii_islower(t[k->s]);
}

/* Is k the punctuation mark c? */
static inline int ctok_mark(const char *t, const CreditTok *k, char c)
{
    return k->punct && t[k->s] == c;
}

/* Is toks[i] an apostrophe ("'" or "’") glued to the word before it and
 * before "s": a possessive ("GSMA's")? */
static inline int ctok_possessive(const char *t, const CreditTok *toks, size_t nt, size_t i)
{
    if (i == 0 || i + 1 >= nt || !toks[i].punct || toks[i - 1].e != toks[i].s || !ctok_is(t, &toks[i + 1], "s"))
        return 0;
    const unsigned char *u = (const unsigned char *)t + toks[i].s;
    return u[0] == '\'' || (toks[i].e - toks[i].s == 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x99);
}

/* The first word of a sentence's subject: past leading marks and a label
 * among the first eight words before the claim at claim_s ("Update 15:25
 * GMT: An ITU ..."; not a time's colon, glued between digits). */
static inline size_t ctok_past_label(const char *t, const CreditTok *toks, size_t nt, size_t claim_s)
{
    size_t i = 0;
    while (i < nt && toks[i].punct)
        i++;
    for (size_t j = i; j < nt && j < i + 8 && toks[j].e <= claim_s; j++) {
        int glued_colon = j > 0 && toks[j - 1].e == toks[j].s && j + 1 < nt && toks[j].e == toks[j + 1].s;
        if (ctok_mark(t, &toks[j], ':') && !glued_colon)
            return j + 1;
    }
    return i;
}

#endif
