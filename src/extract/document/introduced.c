/* introduced.c — the organisation a text gives a person it introduces
 * (see introduced.h). */
#include "introduced.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "namerun.h"

#define OPENING 16384   /* the introductions are read this far at most */
#define RUN_WORDS 8     /* an organisation's name has at most so many words */

/* An organisation's name: capitalised words (UTF-8 letters, hyphens,
 * ampersands, and dots and apostrophes within), joined by "of", "for",
 * "and", "&", "the", "on", parted by one space. */
static const NameStyle org_style = {
    .word = NAME_W_HIGH | NAME_W_HYPHEN | NAME_W_AMP | NAME_W_DOT_LINK | NAME_W_APOS_LINK,
    .joins = NAME_J_OF | NAME_J_ON | NAME_J_THE | NAME_J_AMP,
    .max_words = RUN_WORDS,
};

/* Is p[s, e) one to three words in lower case ("chairman", "head of
 * research"), a title before "of"? */
static int titled_words(const char *p, size_t s, size_t e)
{
    int words = 0;
    for (size_t k = s; k < e; k++) {
        if (k == s || p[k - 1] == ' ')
            words++;
        if (!(p[k] == ' ' || p[k] == '-' || (p[k] >= 'a' && p[k] <= 'z')))
            return 0;
    }
    return words >= 1 && words <= 3;
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
    if (parts >= 2 && ascii_isupper((unsigned char)p[last]) && name_run(&org_style, p, last, e) == e)
        return name_copy(p, last, e, out, cap);
    /* ("chairman of the NTA", "a director at the Lisbon Institute": the
     * name after "at", or after "of" when the apposition is a title in
     * lower case, as its first words) */
    size_t t0 = s;
    while (t0 < e && p[t0] == ' ')
        t0++;
    if (t0 + 2 < e && (p[t0] == 'a' || p[t0] == 't') && (!strncmp(p + t0, "a ", 2) || !strncmp(p + t0, "an ", 3) ||
                                                      !strncmp(p + t0, "the ", 4)))
        t0 = (size_t)((const char *)memchr(p + t0, ' ', e - t0) - p) + 1;
    for (size_t k = s; k + 4 < e; k++) {
        int at = p[k] == ' ' && p[k + 1] == 'a' && p[k + 2] == 't' && p[k + 3] == ' ';
        int of = p[k] == ' ' && p[k + 1] == 'o' && p[k + 2] == 'f' && p[k + 3] == ' ' && titled_words(p, t0, k);
        if (!at && !of)
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
static int before_name(const char *p, size_t ls, size_t ns, int titled, char *out, size_t cap)
{
    /* back over the person's first names to a title */
    size_t k = ns;
    for (int words = 0; words < 3 && k > ls + 1 && p[k - 1] == ' '; words++) {
        size_t ws = k - 1;
        while (ws > ls && ascii_isalpha_or_utf8((unsigned char)p[ws - 1]))
            ws--;
        if (name_office_title(p, ws, k - 1)) {
            /* the body's capitalised words before the title */
            size_t bs = ws > ls + 1 && p[ws - 1] == ' ' ? name_run_back(&org_style, p, ls, ws - 1) : ws;
            return bs < ws - 1 && name_copy(p, bs, titled ? k - 1 : ws - 1, out, cap);
        }
        if (!ascii_isupper((unsigned char)p[ws]))
            return 0;
        k = ws;
    }
    return 0;
}

/* Before the name starting at p[ns]: the body whose title the name is
 * given with, by its possessive ("Qianhai Yunji's vice-president for
 * international business, Zhou Lixin", "Acme's chief executive Jane
 * Doe"): the possessive within six words of lower case before it. */
static int possessive_before(const char *p, size_t ls, size_t ns, char *out, size_t cap)
{
    size_t k = ns;
    if (k >= ls + 2 && p[k - 1] == ' ' && p[k - 2] == ',')
        k -= 2;
    else if (k > ls && p[k - 1] == ' ')
        k--;
    else
        return 0;
    for (int words = 0; words < 7 && k > ls; words++) {
        size_t ws = k;
        while (ws > ls && (ascii_isalpha_or_utf8((unsigned char)p[ws - 1]) || p[ws - 1] == '-'))
            ws--;
        if (ws == k)
            return 0;
        /* "Yunji's": the body, after a title of one word or more */
        if (k - ws == 1 && p[ws] == 's' && ws >= ls + 2 && p[ws - 1] == '\'' && ascii_isalpha_or_utf8((unsigned char)p[ws - 2])) {
            size_t oe = ws - 1, os = name_run_back(&org_style, p, ls, oe);
            return words > 0 && os < oe && ascii_isupper((unsigned char)p[os]) && name_copy(p, os, oe, out, cap);
        }
        if (p[ws] < 'a' || p[ws] > 'z' || ws == ls || p[ws - 1] != ' ')
            return 0;
        k = ws - 1;
    }
    return 0;
}

/* Right after the name ending at p[e): its body in brackets ("Ms. Alison
 * Grey (TeleGeography) presented"). */
static int bracket_after(const char *p, size_t e, size_t lim, char *out, size_t cap)
{
    if (e + 2 >= lim || p[e] != ' ' || p[e + 1] != '(' || !ascii_isupper((unsigned char)p[e + 2]))
        return 0;
    size_t r = name_run(&org_style, p, e + 2, lim);
    /* (not a turn's label: "REPORTER (JOEL NARUA):") */
    return r > e + 2 && r < lim && p[r] == ')' && (r + 1 >= lim || p[r + 1] != ':') && name_copy(p, e + 2, r, out, cap);
}

static int introduced(const char *doc, size_t lim, const char *name, size_t nl, int titled, char *out, size_t cap)
{
    if (lim > OPENING)
        lim = OPENING;
    if (nl < 3)
        return 0;
    /* (the first byte first, as strncasecmp folds it: A-Z to a-z, so
     * bytes equal without case are equal with bit 0x20 set) */
    unsigned char first = (unsigned char)(name[0] | 0x20);
    for (size_t i = 0; i + nl <= lim; i++) {
        if (((unsigned char)doc[i] | 0x20) != first || strncasecmp(doc + i, name, nl) ||
            (i > 0 && ascii_isalpha_or_utf8((unsigned char)doc[i - 1])) ||
            (i + nl < lim && ascii_isalpha_or_utf8((unsigned char)doc[i + nl])))
            continue;
        size_t e = i + nl;
        /* (a surname that opens the name: "Zhou" of "Zhou Lixin") */
        while (e + 1 < lim && doc[e] == ' ' && ascii_isupper((unsigned char)doc[e + 1])) {
            size_t w = e + 1;
            while (w < lim && ascii_isalpha_or_utf8((unsigned char)doc[w]))
                w++;
            if (w - e > 12 || (w < lim && doc[w] != ',' && doc[w] != ' ' && doc[w] != '.'))
                break;
            e = w;
        }
        /* (a turn's label is no introduction) */
        if (e < lim && doc[e] == ':')
            continue;
        size_t ls = i;
        while (ls > 0 && doc[ls - 1] != '\n')
            ls--;
        /* (back over the first names to where the name starts) */
        size_t ns = i;
        while (ns >= ls + 2 && doc[ns - 1] == ' ' && ascii_isalpha_or_utf8((unsigned char)doc[ns - 2])) {
            size_t w = ns - 1;
            while (w > ls && ascii_isalpha_or_utf8((unsigned char)doc[w - 1]))
                w--;
            if (!ascii_isupper((unsigned char)doc[w]) || name_person_title(doc, w, ns - 1) || name_office_title(doc, w, ns - 1) || ns - w > 14)
                break;
            ns = w;
        }
        if (before_name(doc, ls, i, titled, out, cap) || possessive_before(doc, ls, ns, out, cap) ||
            bracket_after(doc, e, lim, out, cap))
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

int introduced_org(const char *doc, size_t lim, const char *name, size_t nl, char *out, size_t cap)
{
    return introduced(doc, lim, name, nl, 0, out, cap);
}

int introduced_office(const char *doc, size_t lim, const char *name, size_t nl, char *out, size_t cap)
{
    return introduced(doc, lim, name, nl, 1, out, cap);
}
