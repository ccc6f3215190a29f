/* dealtell.c — a list of tellers dealt out over its figures (see
 * dealtell.h). */
#include "dealtell.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "asciiword.h"
#include "classify.h"
#include "textfind.h"

enum { MAX_TELLERS = 6 };

typedef struct Teller {
    size_t s, e;
} Teller;

/* The word at p[i) (ASCII letters, with hyphens, apostrophes and dots
 * glued inside: "Inter-American", "Dell'Oro", "U.S."): its end, or i. */
static size_t word_end(const char *p, size_t i, size_t e)
{
    size_t j = i;
    while (j < e && (ascii_isalnum((unsigned char)p[j]) ||
                     ((p[j] == '-' || p[j] == '\'' || p[j] == '.' || p[j] == '&') && j > i && j + 1 < e &&
                      ascii_isalnum((unsigned char)p[j + 1]))))
        j++;
    return j;
}

static size_t skip_gaps(const char *p, size_t i, size_t e)
{
    while (i < e && ascii_isgap((unsigned char)p[i]))
        i++;
    return i;
}

/* One teller's name from p[i): an optional "the", capitalised words with
 * "of", "for", "and the", "&" inside, and an acronym in brackets after
 * it ("the Ministry of Commerce (MOFCOM)"). Its span in *t; the offset
 * after it, or i when no name starts there. */
static size_t name_at(const char *p, size_t i, size_t e, Teller *t)
{
    size_t j = skip_gaps(p, i, e), w = word_end(p, j, e);
    if (aw_is(p, j, w - j, "the"))
        j = skip_gaps(p, w, e);
    if (j >= e || !ascii_isupper((unsigned char)p[j]))
        return i;
    t->s = j;
    size_t end = j;
    int words = 0;
    while (j < e && words < 8) {
        w = word_end(p, j, e);
        if (w == j)
            break;
        if (ascii_isupper((unsigned char)p[j]) || ascii_isdigit((unsigned char)p[j])) {
            end = w;
        } else if (!aw_is(p, j, w - j, "of") && !aw_is(p, j, w - j, "for") && !aw_is(p, j, w - j, "on")) {
            break;
        }
        words++;
        j = skip_gaps(p, w, e);
    }
    if (end == t->s)
        return i;
    /* the acronym in brackets */
    j = skip_gaps(p, end, e);
    if (j < e && p[j] == '(') {
        size_t k = j + 1;
        while (k < e && k - j < 16 && (ascii_isupper((unsigned char)p[k]) || p[k] == '-'))
            k++;
        if (k < e && p[k] == ')' && k > j + 1)
            end = k + 1;
    }
    t->e = end;
    return end;
}

/* A list of tellers from p[i): names parted by commas and a last "and"
 * ("Anatel, Subtel and Osiptel", "the ITU and the World Bank"). Their
 * number (two at least, or 0) and the offset after the list in *after. */
static size_t teller_list(const char *p, size_t i, size_t e, Teller *ts, size_t *after)
{
    size_t n = 0, j = i;
    for (;;) {
        if (n == MAX_TELLERS)
            return 0;
        size_t k = name_at(p, j, e, &ts[n]);
        if (k == j)
            return 0;
        n++;
        j = skip_gaps(p, k, e);
        int comma = j < e && p[j] == ',';
        if (comma)
            j = skip_gaps(p, j + 1, e);
        size_t w = word_end(p, j, e);
        if (aw_is(p, j, w - j, "and")) {
            if (n == MAX_TELLERS)
                return 0;   /* (no room for the last name) */
            size_t k2 = name_at(p, w, e, &ts[n]);
            if (k2 == w)
                return 0;   /* "... and the figures rose": no list */
            n++;
            *after = k2;
            return n >= 2 ? n : 0;
        }
        if (!comma)
            return 0;
    }
}

/* Is there the word w (lower case, or capitalised) in p[s, e)? Where it
 * starts, or e. */
static size_t find_word(const char *p, size_t s, size_t e, const char *w)
{
    size_t l = strlen(w);
    for (size_t i = s; i + l <= e;) {
        const char *f = tf_find(p + i, e - i, w + 1, l - 1);
        if (!f)
            return e;
        size_t at = (size_t)(f - p) - 1;
        if (f > p + s && ascii_lower(p[at]) == w[0] && (at == 0 || !ascii_isalpha((unsigned char)p[at - 1])) &&
            (at + l >= e || !ascii_isalpha((unsigned char)p[at + l])))
            return at;
        i = (size_t)(f - p) + 1;
    }
    return e;
}

/* The words after "the" that name tellers by their kind, in the plural:
 * "the companies said". */
static const char *const kinds[] = {"companies", "firms", "operators", "carriers", "banks", "vendors",
                                    "groups", "agencies", "regulators", "lenders", NULL};

/* Does p[i) read "the [two] companies" and a teller's verb after it, or
 * follow "according to"? */
static int plural_tellers(const char *p, size_t i, size_t e, int according)
{
    size_t w = word_end(p, i, e);
    if (!aw_is(p, i, w - i, "the"))
        return 0;
    i = skip_gaps(p, w, e), w = word_end(p, i, e);
    if (aw_is(p, i, w - i, "two") || aw_is(p, i, w - i, "three"))
        i = skip_gaps(p, w, e), w = word_end(p, i, e);
    int kind = 0;
    for (int k = 0; kinds[k] && !kind; k++)
        kind = aw_is(p, i, w - i, kinds[k]);
    if (!kind)
        return 0;
    if (according)
        return 1;
    i = skip_gaps(p, w, e), w = word_end(p, i, e);
    static const char *const says[] = {"said", "say", "says", "reported", "estimated", "told", NULL};
    for (int k = 0; says[k]; k++)
        if (aw_is(p, i, w - i, says[k]))
            return 1;
    return 0;
}

/* Does h[0, hn) hold w[0, wn), case aside? */
static int holds(const char *h, size_t hn, const char *w, size_t wn)
{
    for (size_t i = 0; i + wn <= hn; i++)
        if (!strncasecmp(h + i, w, wn))
            return 1;
    return 0;
}

/* Write the tellers over the kept claims of v whose starts are in [lo,
 * hi), when they are as many and agree on one credit. */
static void deal(const char *p, const Teller *ts, size_t n, ListClaim *v, size_t nv, size_t lo, size_t hi)
{
    size_t idx[MAX_TELLERS], k = 0;
    for (size_t i = 0; i < nv; i++) {
        if (!v[i].keep || v[i].c.start < lo || v[i].c.start >= hi)
            continue;
        if (k == n)
            return;
        idx[k++] = i;
    }
    if (k != n)
        return;
    for (size_t i = 1; i < n; i++)
        if (strcmp(v[idx[i]].c.source, v[idx[0]].c.source))
            return;
    for (size_t i = 0; i < n; i++) {
        Claim *c = &v[idx[i]].c;
        if (ts[i].e - ts[i].s >= sizeof c->source)
            return;
    }
    /* (the first keeps its credit when that names the first teller, as
     * a known body's id may: "ITU" for "the International
     * Telecommunication Union (ITU)") */
    /* (a credit that reads the list as one name, "and" inside, is the
     * sentence's own reading: "the Zambia Information and Communications
     * Technology Authority", "the FBI and CISA" together) */
    const char *had = v[idx[0]].c.source;
    if (strstr(had, " and ") || strstr(had, "\nand ") || strstr(had, " and\n"))
        return;
    size_t hl = strlen(had), tl = ts[0].e - ts[0].s;
    int first_kept = hl && (holds(p + ts[0].s, tl, had, hl) || holds(had, hl, p + ts[0].s, tl));
    for (size_t i = 0; i < n; i++) {
        Claim *c = &v[idx[i]].c;
        if (i > 0 || !first_kept)
            snprintf(c->source, sizeof c->source, "%.*s", (int)(ts[i].e - ts[i].s), p + ts[i].s);
        classify_said(c, "source", "a list of tellers dealt out");
    }
}

/* Does the list of tellers ts[0, n) close where the sentence's credit
 * does, at p[after): the sentence's end, a comma, a bracket or
 * "respectively" ("according to the ITU, and Chinese-built networks
 * carried ..." is no list)? Two names joined by "and" alone, the first
 * with "of", are one body's ("the Ministry of Trade and Industry"). */
static int list_closes(const char *p, size_t after, size_t se, const Teller *ts, size_t n)
{
    if (n == 2 && !memchr(p + ts[0].e, ',', ts[1].s - ts[0].e) &&
        holds(p + ts[0].s, ts[0].e - ts[0].s, " of ", 4))
        return 0;
    size_t i = skip_gaps(p, after, se);
    if (i >= se || p[i] == '.' || p[i] == ',' || p[i] == ';' || p[i] == ')' || p[i] == ':')
        return 1;
    size_t w = word_end(p, i, se);
    return aw_is(p, i, w - i, "respectively");
}

void dealtell_sources(const char *p, size_t ss, size_t se, ListClaim *v, size_t nv)
{
    if (nv < 2)
        return;
    Teller ts[MAX_TELLERS];
    size_t after;
    /* ---- "according to [a few words] A, B and C" ---- */
    size_t at = find_word(p, ss, se, "according");
    if (at < se) {
        size_t i = skip_gaps(p, at + 9, se), w = word_end(p, i, se);
        if (aw_is(p, i, w - i, "to")) {
            i = skip_gaps(p, w, se);
            /* (a few words of what they are: "regulators", "data from") */
            for (int k = 0; k < 4 && i < se && ascii_islower((unsigned char)p[i]); k++) {
                w = word_end(p, i, se);
                if (w == i || aw_is(p, i, w - i, "the"))
                    break;
                i = skip_gaps(p, w, se);
            }
            size_t n = teller_list(p, i, se, ts, &after);
            if (n && !list_closes(p, after, se, ts, n))
                n = 0;
            if (n) {
                /* the figures before the cue, else those after the list */
                size_t before = 0;
                for (size_t k = 0; k < nv; k++)
                    before += v[k].keep && v[k].c.start < at;
                if (before)
                    deal(p, ts, n, v, nv, ss, at);
                else
                    deal(p, ts, n, v, nv, after, se);
                return;
            }
            /* "according to the companies", past "respectively" */
            if (plural_tellers(p, i, se, 1) && find_word(p, ss, se, "respectively") < se &&
                (n = teller_list(p, skip_gaps(p, ss, se), se, ts, &after)) != 0)
                deal(p, ts, n, v, nv, after, at);
            return;
        }
    }
    /* ---- "A and B operate 11 and 6 zones, respectively, the companies
     * said" ---- */
    size_t r = find_word(p, ss, se, "respectively");
    if (r == se)
        return;
    size_t i = r + 12;
    while (i < se && (p[i] == ',' || ascii_isgap((unsigned char)p[i])))
        i++;
    if (!plural_tellers(p, i, se, 0))
        return;
    size_t n = teller_list(p, skip_gaps(p, ss, se), se, ts, &after);
    if (n)
        deal(p, ts, n, v, nv, after, r);
}
