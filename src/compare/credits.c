/* credits.c — the body each side of a disagreement credits (see
 * credits.h). */
#include "credits.h"

#include <string.h>

#include "ascii.h"
#include "metrics.h"

/* Is the one word name a word of the publisher pub, capitalized as there
 * ("Meridian" of "The Meridian Post"): the body the document itself is? */
static int publisher_word(const char *name, const char *pub)
{
    size_t l = strlen(name);
    if (!pub || l < 3 || name[0] < 'A' || name[0] > 'Z')
        return 0;
    for (const char *p = strstr(pub, name); p; p = strstr(p + 1, name)) {
        int open = p == pub || p[-1] == ' ', close = p[l] == '\0' || p[l] == ' ';
        if (open && close)
            return 1;
    }
    return 0;
}

/* Is name a body's (credits.h), in document doc? */
static int body_name(const Run *R, const char *name, const char *doc)
{
    if (R->in->metrics && metrics_known_source(R->in->metrics, name))
        return 1;
    return strchr(name, ' ') != NULL || ((unsigned char)name[0] >= 0xe0 && strlen(name) >= 12) ||
           publisher_word(name, docs_publisher(&R->docs, doc));
}

/* What lent c its credit, "paragraph" or "speaker", or NULL when the
 * credit is the figure's own. */
static const char *lent_by(const Claim *c)
{
    const char *p = strstr(c->context, "source from ");
    if (p && !strncmp(p + 12, "the paragraph", 13))
        return "paragraph";
    if (p && !strncmp(p + 12, "the speaker", 11))
        return "speaker";
    return NULL;
}

/* The body c credits, or NULL when none. */
static const char *body_of(const Run *R, const Claim *c)
{
    return *c->source && body_name(R, c->source, c->doc) ? c->source : NULL;
}

/* The length of name without a gloss in brackets at its end ("ITU" of
 * "ITU (国际电信联盟)", of "ITU（国际电信联盟）") and trailing spaces. */
static size_t stem(const char *name)
{
    size_t n = strlen(name);
    const char *open = strstr(name, " (");
    const char *wide = strstr(name, "\xef\xbc\x88");   /* （ */
    if (open && n && name[n - 1] == ')')
        n = (size_t)(open - name);
    else if (wide && n >= 3 && !strcmp(name + n - 3, "\xef\xbc\x89"))   /* ） */
        n = (size_t)(wide - name);
    while (n && ascii_isspace(name[n - 1]))
        n--;
    return n;
}

/* Do a[0..na) and b[0..nb) read the same, case and runs of white space
 * aside? */
static int same_words(const char *a, size_t na, const char *b, size_t nb)
{
    size_t i = 0, j = 0;
    while (i < na && j < nb) {
        if (ascii_isspace(a[i]) && ascii_isspace(b[j])) {
            while (i < na && ascii_isspace(a[i]))
                i++;
            while (j < nb && ascii_isspace(b[j]))
                j++;
            continue;
        }
        if (ascii_lower(a[i]) != ascii_lower(b[j]))
            return 0;
        i++, j++;
    }
    return i == na && j == nb;
}

int credits_same(const char *a, const char *b)
{
    return same_words(a, strlen(a), b, strlen(b)) || same_words(a, stem(a), b, stem(b));
}

/* name into s, each run of white space one space (a credit read across
 * a line end). */
static void spaced(const char *name, Buf *s)
{
    int space = 0;
    for (const char *p = name; *p; p++) {
        if (ascii_isspace(*p)) {
            space = 1;
            continue;
        }
        if (space)
            buf_putc(s, ' ');
        space = 0;
        buf_putc(s, *p);
    }
}

/* "ITU", or "ZICTA (named in its paragraph, not with the figure)". */
static void name_words(const Claim *c, Buf *s)
{
    spaced(c->source, s);
    const char *lent = lent_by(c);
    if (lent && !strcmp(lent, "speaker"))
        buf_puts(s, " (its speaker)");
    else if (lent)
        buf_puts(s, " (named in its paragraph, not with the figure)");
}

int credits_two_bodies(const Run *R, const Figure *a, const Figure *b, Buf *s)
{
    const char *x = body_of(R, a->c), *y = body_of(R, b->c);
    if (!x || !y || credits_same(x, y))
        return 0;
    char ca[64], cb[64];
    docs_cite(&R->docs, a->c->doc, ca, sizeof ca);
    docs_cite(&R->docs, b->c->doc, cb, sizeof cb);
    buf_printf(s, ", but %s credits ", ca);
    name_words(a->c, s);
    buf_printf(s, " and %s credits ", cb);
    name_words(b->c, s);
    buf_puts(s, ": two bodies' estimates, which differ in method or definition more often than one of them is "
                "wrong");
    return 1;
}

int credits_one_body(const Run *R, const Figure *a, const Figure *b, Buf *s)
{
    const char *x = body_of(R, a->c), *y = body_of(R, b->c);
    if (!x || !y || !credits_same(x, y))
        return 0;
    buf_puts(s, "; both credit ");
    spaced(strlen(y) > strlen(x) ? y : x, s);   /* the longer name, with its gloss */
    return 1;
}
