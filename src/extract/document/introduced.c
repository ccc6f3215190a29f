/* introduced.c — the organisation a text gives a person it introduces
 * (see introduced.h). */
#include "introduced.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#define OPENING 16384   /* the introductions are read this far at most */
#define RUN_WORDS 8     /* an organisation's name has at most so many words */

static int upper(int c) { return c >= 'A' && c <= 'Z'; }
static int letter(int c) { return (c >= 'a' && c <= 'z') || upper(c) || c >= 0x80; }

/* The end of the word at p[i, e) (letters, hyphens, dots, apostrophes
 * and ampersands within), or i. */
static size_t word_end(const char *p, size_t i, size_t e)
{
    size_t k = i;
    while (k < e && (letter((unsigned char)p[k]) || p[k] == '-' || p[k] == '&' ||
                     ((p[k] == '.' || p[k] == '\'') && k > i && k + 1 < e && letter((unsigned char)p[k + 1]))))
        k++;
    return k;
}

static int is_word(const char *p, size_t s, size_t e, const char *w)
{
    return e - s == strlen(w) && !strncmp(p + s, w, e - s);
}

static int connector(const char *p, size_t s, size_t e)
{
    return is_word(p, s, e, "of") || is_word(p, s, e, "for") || is_word(p, s, e, "and") || is_word(p, s, e, "&") ||
           is_word(p, s, e, "the") || is_word(p, s, e, "on");
}

/* The run of capitalised words (connectors inside) opening at p[i, e):
 * its end past its last capitalised word, or i. */
static size_t cap_run(const char *p, size_t i, size_t e)
{
    size_t k = i, end = i;
    for (int words = 0; words < RUN_WORDS && k < e; words++) {
        size_t w = word_end(p, k, e);
        if (w == k)
            break;
        if (upper((unsigned char)p[k]))
            end = w;
        else if (!connector(p, k, w) || k == i)
            break;
        if (w >= e || p[w] != ' ')
            break;
        k = w + 1;
    }
    return end;
}

static int put(const char *p, size_t s, size_t e, char *out, size_t cap)
{
    if (e <= s || e - s >= cap)
        return 0;
    snprintf(out, cap, "%.*s", (int)(e - s), p + s);
    return 1;
}

/* After the name, an apposition up to a clause's end p[s, e): its last
 * part between commas when it is a name ("Senior Fellow, Centre for
 * Maritime Security"), else the name after "at" ("who leads the
 * programme at the Lisbon Institute"). */
static int after_name(const char *p, size_t s, size_t e, char *out, size_t cap)
{
    size_t last = s;
    int parts = 1;
    for (size_t k = s; k < e; k++)
        if (p[k] == ',')
            last = k + 1, parts++;
    while (last < e && p[last] == ' ')
        last++;
    if (parts >= 2 && upper((unsigned char)p[last]) && cap_run(p, last, e) == e)
        return put(p, last, e, out, cap);
    for (size_t k = s; k + 4 < e; k++) {
        if (p[k] != ' ' || p[k + 1] != 'a' || p[k + 2] != 't' || p[k + 3] != ' ')
            continue;
        size_t o = k + 4;
        if (o + 4 < e && !strncmp(p + o, "the ", 4))
            o += 4;
        size_t r = cap_run(p, o, e);
        if (r > o)
            return put(p, o, r, out, cap);
    }
    return 0;
}

/* Titles a body's person is named with after the body's name. */
static const char *const titles[] = {"Spokesperson", "Spokesman", "Spokeswoman", "Minister", "Secretary",
                                     "Director", "Chairman", "Chairperson", "Chair", "President", "Ambassador",
                                     "Governor", "Commissioner", "Representative", NULL};

/* Before the name starting at p[ns]: the body whose title stands right
 * before it ("Foreign Ministry Spokesperson Mao Ning"). */
static int before_name(const char *p, size_t ls, size_t ns, char *out, size_t cap)
{
    /* back over the person's first names to a title */
    size_t k = ns;
    for (int words = 0; words < 3 && k > ls + 1 && p[k - 1] == ' '; words++) {
        size_t ws = k - 1;
        while (ws > ls && letter((unsigned char)p[ws - 1]))
            ws--;
        for (int t = 0; titles[t]; t++) {
            if (!is_word(p, ws, k - 1, titles[t]))
                continue;
            /* the body's capitalised words before the title */
            size_t bs = ws;
            for (int bw = 0; bw < RUN_WORDS && bs > ls + 1 && p[bs - 1] == ' '; bw++) {
                size_t q = bs - 1;
                while (q > ls && letter((unsigned char)p[q - 1]))
                    q--;
                if (q == bs - 1 || !upper((unsigned char)p[q]))
                    break;
                bs = q;
            }
            return bs < ws && put(p, bs, ws - 1, out, cap);
        }
        if (!upper((unsigned char)p[ws]))
            return 0;
        k = ws;
    }
    return 0;
}

int introduced_org(const char *doc, size_t lim, const char *name, size_t nl, char *out, size_t cap)
{
    if (lim > OPENING)
        lim = OPENING;
    if (nl < 3)
        return 0;
    for (size_t i = 1; i + nl <= lim; i++) {
        if (strncasecmp(doc + i, name, nl) || letter((unsigned char)doc[i - 1]) ||
            (i + nl < lim && letter((unsigned char)doc[i + nl])))
            continue;
        size_t e = i + nl;
        /* (a turn's label is no introduction) */
        if (e < lim && doc[e] == ':')
            continue;
        size_t ls = i;
        while (ls > 0 && doc[ls - 1] != '\n')
            ls--;
        if (before_name(doc, ls, i, out, cap))
            return 1;
        if (e < lim && doc[e] == ',') {
            size_t ce = e + 1;
            while (ce < lim && doc[ce] != ';' && doc[ce] != '\n' && doc[ce] != '(' && doc[ce] != '?' &&
                   !(doc[ce] == '.' && (ce + 1 >= lim || doc[ce + 1] == ' ' || doc[ce + 1] == '\n')))
                ce++;
            while (ce > e + 1 && doc[ce - 1] == ' ')
                ce--;
            if (after_name(doc, e + 1, ce, out, cap))
                return 1;
        }
    }
    return 0;
}
