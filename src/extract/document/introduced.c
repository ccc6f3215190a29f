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

/* Words of an institution's name: a run after "of" holding one is the
 * person's institution, not a place ("Harriet Clarke of King's College
 * London", not "Jane Doe of South Africa"). */
static const char *const institution_words[] = {
    "University", "College", "Institute", "Institution", "Centre", "Center", "School", "Academy",
    "Foundation", "Laboratory", "Lab", "Observatory", "Programme", "Program", "Group", "Company",
    "Association", "Society", "Council", "Commission", "Authority", "Agency", "Ministry", "Department",
    "Bank", "Fund", "Forum", "Research", "Partners", "Capital", "Securities", "Consulting", NULL,
};

/* Does the name run p[s, e) hold an institution's word, or is it an
 * acronym of two to six capitals ("of RUSI")? */
static int institution_run(const char *p, size_t s, size_t e)
{
    size_t caps = 0;
    while (s + caps < e && ascii_isupper((unsigned char)p[s + caps]))
        caps++;
    if (s + caps == e && caps >= 2 && caps <= 6)
        return 1;
    for (size_t k = s; k < e;) {
        size_t w = k;
        while (k < e && p[k] != ' ')
            k++;
        for (const char *const *iw = institution_words; *iw; iw++)
            if (strlen(*iw) == k - w && !memcmp(p + w, *iw, k - w))
                return 1;
        while (k < e && p[k] == ' ')
            k++;
    }
    return 0;
}

/* Right after the name ending at p[e): the institution "of" gives it
 * ("Professor Harriet Clarke of King's College London estimated"). */
static int of_after(const char *p, size_t e, size_t lim, char *out, size_t cap)
{
    size_t o = e + 4;
    if (o >= lim || strncmp(p + e, " of ", 4))
        return 0;
    if (o + 4 < lim && !strncmp(p + o, "the ", 4))
        o += 4;
    if (!ascii_isupper((unsigned char)p[o]))
        return 0;
    size_t r = name_run(&org_style, p, o, lim);
    return r > o && institution_run(p, o, r) && name_copy(p, o, r, out, cap);
}

/* Lower-case titles a news story gives a body's person between the body
 * and the name: "DataCo acting chief executive Peter Wambi". */
static const char *const lower_titles[] = {
    "executive", "officer", "director", "minister", "secretary", "spokesperson", "spokesman",
    "spokeswoman", "chairman", "chairperson", "president", "head", "manager", "founder",
    "governor", "commissioner", "economist", "analyst", NULL,
};

/* Before the name starting at p[ns]: the body, then one to four words of
 * a title in lower case, one of them an office ("DataCo acting chief
 * executive Peter Wambi"); not a people's adjective, "Kenyan cabinet
 * secretary". */
static int lower_title_before(const char *p, size_t ls, size_t ns, char *out, size_t cap)
{
    size_t k = ns;
    int office = 0, words = 0;
    while (words < 4 && k > ls + 1 && p[k - 1] == ' ') {
        size_t ws = k - 1;
        while (ws > ls && (ascii_islower((unsigned char)p[ws - 1]) || p[ws - 1] == '-'))
            ws--;
        if (ws == k - 1 || !ascii_islower((unsigned char)p[ws]) || (ws > ls && p[ws - 1] != ' '))
            break;
        for (const char *const *t = lower_titles; *t; t++)
            office |= strlen(*t) == k - 1 - ws && !memcmp(p + ws, *t, k - 1 - ws);
        words++;
        k = ws;
    }
    if (!office || k <= ls + 1 || p[k - 1] != ' ' || !ascii_isalpha_or_utf8((unsigned char)p[k - 2]))
        return 0;
    size_t be = k - 1, bs = name_run_back(&org_style, p, ls, be);
    if (bs >= be || !ascii_isupper((unsigned char)p[bs]) || name_article(p, bs, be))
        return 0;
    /* (one word ending as a people's adjective does: "Kenyan", "Chinese", "British") */
    size_t l = be - bs;
    int one = !memchr(p + bs, ' ', l);
    if (one && ((l > 3 && !strncmp(p + be - 2, "an", 2)) || (l > 4 && !strncmp(p + be - 3, "ese", 3)) ||
                (l > 4 && !strncmp(p + be - 3, "ish", 3))))
        return 0;
    return name_copy(p, bs, be, out, cap);
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
            bracket_after(doc, e, lim, out, cap) || of_after(doc, e, lim, out, cap) ||
            lower_title_before(doc, ls, ns, out, cap))
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
