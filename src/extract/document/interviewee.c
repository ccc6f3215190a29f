/* interviewee.c — whom an interview's answers are (see interviewee.h). */
#define _GNU_SOURCE   /* memmem */
#include "interviewee.h"
#include "ascii.h"
#include "textfind.h"

#include <string.h>

#define ORG_WORDS 5      /* an organisation's name has at most so many words */
#define PERSON_WORDS 4   /* a person's name, two to so many */
#define OPENING 8192     /* the opening text, headline and lead, is read this far at most */

/* The end of the capitalised word at p[i, e) (letters, hyphens, dots
 * within), or i when none starts there. */
static size_t cap_word(const char *p, size_t i, size_t e)
{
    if (i >= e || !ascii_isupper((unsigned char)p[i]))
        return i;
    size_t k = i + 1;
    while (k < e && (ascii_isalpha((unsigned char)p[k]) || p[k] == '-' || p[k] == '.'))
        k++;
    return k;
}

/* The person's name of two to PERSON_WORDS capitalised words at p[i, e):
 * its end, or i. */
static size_t person_at(const char *p, size_t i, size_t e)
{
    size_t k = i, end = i;
    int words = 0;
    while (words < PERSON_WORDS) {
        size_t w = cap_word(p, k, e);
        if (w == k)
            break;
        words++;
        end = w;
        if (w >= e || p[w] != ' ')
            break;
        k = w + 1;
    }
    return words >= 2 ? end : i;
}

int interviewee_org(const char *doc, size_t until, char *out, size_t cap)
{
    /* (each possessive searched the whole text before the first turn
     * for its name: a long one before it was read over and over) */
    if (until > OPENING)
        until = OPENING;
    for (size_t i = 1; i + 2 < until; i++) {
        /* an apostrophe: ' or U+2019 */
        size_t al = doc[i] == '\'' ? 1 : (i + 3 <= until && !memcmp(doc + i, "\xE2\x80\x99", 3)) ? 3 : 0;
        if (!al)
            continue;
        size_t after = i + al;
        /* "Meridian's Tan" or "Parks' Tan" */
        if (after < until && doc[after] == 's' && doc[i - 1] != 's')
            after++;
        else if (doc[i - 1] != 's')
            continue;
        if (after >= until || doc[after] != ' ')
            continue;
        size_t ps = after + 1, pe = person_at(doc, ps, until);
        if (pe == ps)
            continue;
        size_t os = i;
        /* back over the organisation's capitalised words */
        for (int words = 0; words < ORG_WORDS; words++) {
            size_t k = os;
            while (k > 0 && (ascii_isalpha((unsigned char)doc[k - 1]) || doc[k - 1] == '-' || doc[k - 1] == '.'))
                k--;
            if (k == os || !ascii_isupper((unsigned char)doc[k]))
                break;
            os = k;
            if (k < 2 || doc[k - 1] != ' ')
                break;
            size_t b = k - 1;
            while (b > 0 && ascii_isalpha((unsigned char)doc[b - 1]))
                b--;
            if (b == k - 1 || !ascii_isupper((unsigned char)doc[b]))
                break;
            os = k - 1;   /* (the blank: the loop steps onto the word before) */
        }
        while (os < i && doc[os] == ' ')
            os++;
        if (os >= i || !ascii_isupper((unsigned char)doc[os]))
            continue;
        /* the guest is named again in the opening text */
        size_t nl = pe - ps;
        const char *again = tf_find(doc + pe, until - pe, doc + ps, nl);
        if (!again && ps > nl)
            again = tf_find(doc, ps - 1, doc + ps, nl);
        if (!again)
            continue;
        size_t ol = i - os;
        if (ol + 1 > cap)
            continue;
        memcpy(out, doc + os, ol);
        out[ol] = '\0';
        return 1;
    }
    return 0;
}

int interviewee_initials(const char *word, size_t wl, const char *name)
{
    size_t k = 0;
    for (const char *w = name; *w;) {
        while (*w == ' ')
            w++;
        if (!*w)
            break;
        if (k >= wl || !ascii_isupper((unsigned char)word[k]) || (*w | 0x20) != (word[k] | 0x20))
            return 0;
        k++;
        while (*w && *w != ' ')
            w++;
    }
    return k >= 2 && k == wl;
}
