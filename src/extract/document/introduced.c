/* introduced.c — the organisation a text gives a person it introduces
 * (see introduced.h). */
#include "introduced.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "namerun.h"

#define OPENING 16384   /* the introductions are read this far at most */
#define RUN_WORDS 8     /* an organisation's name has at most so many words */

static int upper(int c) { return c >= 'A' && c <= 'Z'; }
static int letter(int c) { return (c >= 'a' && c <= 'z') || upper(c) || c >= 0x80; }

/* An organisation's name: capitalised words (UTF-8 letters, hyphens,
 * ampersands, and dots and apostrophes within), joined by "of", "for",
 * "and", "&", "the", "on", parted by one space. */
static const NameStyle org_style = {
    .word = NAME_W_HIGH | NAME_W_HYPHEN | NAME_W_AMP | NAME_W_DOT_LINK | NAME_W_APOS_LINK,
    .joins = NAME_J_OF | NAME_J_ON | NAME_J_THE | NAME_J_AMP,
    .max_words = RUN_WORDS,
};

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
    if (parts >= 2 && upper((unsigned char)p[last]) && name_run(&org_style, p, last, e) == e)
        return name_copy(p, last, e, out, cap);
    for (size_t k = s; k + 4 < e; k++) {
        if (p[k] != ' ' || p[k + 1] != 'a' || p[k + 2] != 't' || p[k + 3] != ' ')
            continue;
        size_t o = k + 4;
        if (o + 4 < e && !strncmp(p + o, "the ", 4))
            o += 4;
        size_t r = name_run(&org_style, p, o, e);
        if (r > o)
            return name_copy(p, o, r, out, cap);
    }
    return 0;
}

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
        if (name_office_title(p, ws, k - 1)) {
            /* the body's capitalised words before the title */
            size_t bs = ws > ls + 1 && p[ws - 1] == ' ' ? name_run_back(&org_style, p, ls, ws - 1) : ws;
            return bs < ws - 1 && name_copy(p, bs, ws - 1, out, cap);
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
    for (size_t i = 0; i + nl <= lim; i++) {
        if (strncasecmp(doc + i, name, nl) || (i > 0 && letter((unsigned char)doc[i - 1])) ||
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
