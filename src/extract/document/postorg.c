/* postorg.c — the body a platform's post speaks for (see postorg.h). */
#include "postorg.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "namerun.h"
#include "textfind.h"

#define HEAD_BYTES 600   /* the profile's lines: name, headline, time */
#define OURS 5           /* "our" this often: the post speaks for a body */

/* Offices a headline gives before "at" ("Chief Executive Officer at",
 * "Head of Policy at", "Founder at"). */
static const char *const offices[] = {
    "officer", "executive", "ceo", "cto", "cfo", "coo", "founder", "co-founder", "director", "head",
    "president", "chair", "chairman", "chairwoman", "manager", "partner", "lead", "vp", "secretary", "chief",
    "md", "principal", "owner", NULL,
};

static const NameStyle org_style = {
    .word = NAME_W_HIGH | NAME_W_DIGIT | NAME_W_HYPHEN_AFTER | NAME_W_AMP | NAME_W_DOT_LINK | NAME_W_APOS_LINK,
    .joins = NAME_J_OF | NAME_J_AMP,
    .flags = 0,
    .max_words = 8,
};

static int office_word(const char *p, size_t s, size_t e)
{
    for (int k = 0; offices[k]; k++)
        if (strlen(offices[k]) == e - s && !strncasecmp(p + s, offices[k], e - s))
            return 1;
    return 0;
}

/* The body a headline's first part p[s, e) names after its office and
 * "at": [*os, *oe), 1; else 0. */
static int headline_org(const char *p, size_t s, size_t e, size_t *os, size_t *oe)
{
    int office = 0;
    for (size_t i = s; i < e;) {
        while (i < e && !ascii_isalpha(p[i]))
            i++;
        size_t w = i;
        while (w < e && (ascii_isalpha(p[w]) || p[w] == '-'))
            w++;
        if (w == i)
            break;
        if (w - i == 2 && !strncmp(p + i, "at", 2) && office && w + 1 < e && p[w] == ' ') {
            size_t a = w + 1, b = name_run(&org_style, p, a, e);
            if (b == a)
                return 0;
            *os = a, *oe = b;
            return 1;
        }
        office |= office_word(p, i, w);
        i = w;
    }
    return 0;
}

/* How often p[from, n) says "our" as a word outside quotation marks, up
 * to OURS. */
static int ours(const char *p, size_t from, size_t n)
{
    int c = 0, quoted = 0;
    for (size_t i = from; i < n && c < OURS; i++) {
        unsigned char b = (unsigned char)p[i];
        if (b == '"') {
            quoted = !quoted;
        } else if (b == 0xE2 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 &&
                   ((unsigned char)p[i + 2] == 0x9C || (unsigned char)p[i + 2] == 0x9D)) {
            quoted = (unsigned char)p[i + 2] == 0x9C;
        } else if (!quoted && (b | 0x20) == 'o' && (i == 0 || !ascii_isalpha(p[i - 1])) &&
                   i + 3 <= n && !strncasecmp(p + i, "our", 3) && (i + 3 == n || !ascii_isalpha(p[i + 3]))) {
            c++;
        }
    }
    return c;
}

int postorg_speaks_for(const char *doc, size_t n, char *out, size_t cap)
{
    size_t lim = n < HEAD_BYTES ? n : HEAD_BYTES, os = 0, oe = 0, he = 0;
    /* the headline: a line of the profile whose first part, up to "|",
     * gives an office at a body */
    for (size_t ls = 0; ls < lim && !oe;) {
        const char *nl = memchr(doc + ls, '\n', lim - ls);
        size_t le = nl ? (size_t)(nl - doc) : lim;
        const char *bar = memchr(doc + ls, '|', le - ls);
        size_t pe = bar ? (size_t)(bar - doc) : le;
        if (headline_org(doc, ls, pe, &os, &oe))
            he = le;
        ls = le + 1;
    }
    if (!oe || ours(doc, he, n) < OURS)
        return 0;
    /* (named again below: its first word, "SilkLink") */
    size_t w = os;
    while (w < oe && doc[w] != ' ')
        w++;
    const char *again = tf_find(doc + he, n - he, doc + os, w - os);
    if (!again || w - os < 3)
        return 0;
    return name_copy(doc, os, oe, out, cap);
}
