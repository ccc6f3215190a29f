/* selfsubj.c — the publisher as a sentence's subject (see selfsubj.h). */
#include "selfsubj.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"

/* How far into the sentence an opening phrase's comma may stand. */
#define OPENING_REACH 80

/* Is the word w[0, wl) a whole word of body, in any case? */
static int body_word(const char *body, const char *w, size_t wl)
{
    size_t bl = strlen(body);
    for (size_t i = 0; i + wl <= bl; i++)
        if ((i == 0 || !ascii_isalpha(body[i - 1])) && !strncasecmp(body + i, w, wl) &&
            (i + wl == bl || !ascii_isalpha(body[i + wl])))
            return 1;
    return 0;
}

/* Is w[0, wl) (capitals only) the initials of the last capitalised words
 * of body, before any bracket ("PBO" of "Office of the Parliamentary
 * Budget Officer")? */
static int body_initials(const char *body, const char *w, size_t wl)
{
    char ini[16];
    size_t n = 0;
    for (size_t i = 0; body[i] && body[i] != '(' && n < sizeof ini; i++)
        if (ascii_isupper(body[i]) && (i == 0 || body[i - 1] == ' '))
            ini[n++] = body[i];
    return wl >= 2 && n >= wl && !memcmp(ini + n - wl, w, wl);
}

/* Does the subject opening at doc[k] name the publisher? */
static int names_body(const char *doc, size_t k, size_t at, const char *body)
{
    int article = 0;
    if (k + 4 < at && (!strncmp(doc + k, "the ", 4) || !strncmp(doc + k, "The ", 4)))
        k += 4, article = 1;
    if (!ascii_isupper(doc[k]))
        return 0;
    size_t e = k, caps = 0;
    while (e < at && (ascii_isalpha(doc[e]) || doc[e] == '-'))
        caps += ascii_isupper(doc[e]), e++;
    size_t wl = e - k;
    if (wl < 2 || (e < at && doc[e] != ' ' && doc[e] != '\''))
        return 0;
    /* "the Authority": its kind, a capital then lower case */
    if (article && caps == 1 && wl >= 4)
        return body_word(body, doc + k, wl);
    /* "PBO": the initials the document calls it by */
    if (!article && caps == wl)
        return body_initials(body, doc + k, wl) || (strlen(body) == wl && !memcmp(body, doc + k, wl));
    /* its name as written */
    size_t bl = strlen(body);
    return k + bl <= at && !memcmp(doc + k, body, bl) && (doc[k + bl] == ' ' || doc[k + bl] == '\'');
}

/* Is there a comma, semicolon, colon or "that" in doc[k, at)? */
static int clause_breaks(const char *doc, size_t k, size_t at)
{
    for (size_t i = k; i < at; i++) {
        if (doc[i] == ',' || doc[i] == ';' || doc[i] == ':')
            return 1;
        if (doc[i] == ' ' && i + 6 <= at && !strncmp(doc + i, " that ", 6))
            return 1;
    }
    return 0;
}

int selfsubj_opens(const char *doc, size_t ss, size_t se, size_t at, const char *body)
{
    if (!body || !body[0] || at <= ss || at > se)
        return 0;
    size_t k = ss;
    while (k < at && (doc[k] == ' ' || doc[k] == '\n' || doc[k] == '\t'))
        k++;
    /* the sentence's opening, or after an opening phrase's comma */
    const char *comma = memchr(doc + k, ',', at - k);
    size_t from[2] = {k, comma && (size_t)(comma - doc) - k < OPENING_REACH ? (size_t)(comma - doc) + 1 : at};
    for (int i = 0; i < 2; i++) {
        size_t s = from[i];
        while (s < at && doc[s] == ' ')
            s++;
        if (s < at && !clause_breaks(doc, s, at) && names_body(doc, s, at, body))
            return 1;
    }
    return 0;
}
