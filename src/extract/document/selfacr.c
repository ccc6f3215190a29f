/* selfacr.c — the acronym a document calls its publishing body by (see
 * selfacr.h). */
#include "selfacr.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"

#define ACR_MAX 9
/* A document names its publisher so from its opening pages: the bytes
 * read. */
#define SELFACR_READ 32768

/* Is doc[i, i + l) a whole word: no letter or digit on either side? */
static int whole(const char *doc, size_t n, size_t i, size_t l)
{
    return (i == 0 || !ascii_isalnum(doc[i - 1])) && (i + l >= n || !ascii_isalnum(doc[i + l]));
}

/* An acronym: 2 to ACR_MAX capitals, digits or hyphens, two capitals at
 * least. */
static int acronym(const char *s, size_t l)
{
    size_t caps = 0;
    if (l < 2 || l > ACR_MAX)
        return 0;
    for (size_t i = 0; i < l; i++) {
        if (ascii_isupper(s[i]))
            caps++;
        else if (!ascii_isdigit(s[i]) && s[i] != '-')
            return 0;
    }
    return caps >= 2;
}

/* Are the capitals of the acronym a[0, l) initials of the name's words
 * or its capitals, in their order ("GAO" of "U.S. Government Accountability Office",
 * "UBOS" of "Uganda Bureau of Statistics"; not a bracket crediting
 * another body, "City of Kigali (NISR)")? */
static int capitals_of(const char *body, const char *a, size_t l)
{
    const char *b = body;
    for (size_t i = 0; i < l; i++) {
        if (!ascii_isupper(a[i]))
            continue;
        /* (the next word whose initial is the capital, or the capital
         * itself inside a word, "TransAfrica") */
        while (*b && *b != a[i] && !(ascii_upper((unsigned char)*b) == a[i] && (b == body || !ascii_isalpha(b[-1]))))
            b++;
        if (!*b)
            return 0;
        b++;
    }
    return 1;
}

/* "Communications Authority of Kenya (CA)": the acronym the text
 * defines right after the name, into acr (its brackets found by memchr,
 * the name read back from them). */
static int defined(const char *doc, size_t n, const char *body, char *acr)
{
    size_t bl = strlen(body);
    for (const char *q = doc; (q = memchr(q, '(', n - (size_t)(q - doc))) != NULL; q++) {
        size_t at = (size_t)(q - doc);
        if (at < bl + 1 || q[-1] != ' ' || memcmp(q - 1 - bl, body, bl) != 0)
            continue;
        const char *e = memchr(q + 1, ')', n - at - 1);
        if (e && acronym(q + 1, (size_t)(e - q - 1)) && capitals_of(body, q + 1, (size_t)(e - q - 1))) {
            memcpy(acr, q + 1, (size_t)(e - q - 1));
            acr[e - q - 1] = '\0';
            return 1;
        }
    }
    return 0;
}

/* How many times doc[0, n) writes acr as a whole word, counting to two. */
static int uses(const char *doc, size_t n, const char *acr)
{
    size_t al = strlen(acr);
    int k = 0;
    for (const char *p = doc; k < 2 && (p = memchr(p, acr[0], n - (size_t)(p - doc))) != NULL; p++)
        if ((size_t)(p - doc) + al <= n && !memcmp(p, acr, al) && whole(doc, n, (size_t)(p - doc), al))
            k++;
    return k;
}

/* The initials of the name's capitalised words, past a leading country
 * or article, into acr. */
static int initials(const char *body, char *acr)
{
    static const char *const lead[] = {"U.S.", "US", "UK", "U.K.", "The", NULL};
    size_t k = 0;
    const char *w = body;
    for (int first = 1; *w; first = 0) {
        while (*w == ' ')
            w++;
        size_t l = strcspn(w, " ");
        int skip = 0;
        for (int i = 0; first && lead[i]; i++)
            skip |= strlen(lead[i]) == l && !strncmp(w, lead[i], l);
        if (!l)
            break;
        if (!skip && ascii_isupper(w[0])) {
            if (k >= ACR_MAX)
                return 0;
            acr[k++] = w[0];
        } else if (!skip && !(l <= 3 && ascii_islower(w[0]))) {
            return 0;   /* a word in lower case that joins nothing */
        }
        w += l;
    }
    acr[k] = '\0';
    return k >= 3;
}

void selfacr_apply(const char *doc, size_t n, char *body, size_t cap)
{
    char acr[ACR_MAX + 1];
    if (!body[0] || strchr(body, '(') || !strchr(body, ' '))
        return;
    if (n > SELFACR_READ)
        n = SELFACR_READ;
    if (!defined(doc, n, body, acr)) {
        if (!initials(body, acr) || uses(doc, n, acr) < 2)
            return;
    }
    size_t bl = strlen(body);
    if (bl + strlen(acr) + 3 < cap)
        snprintf(body + bl, cap - bl, " (%s)", acr);
}
