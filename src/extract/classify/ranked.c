/* ranked.c — a name that is ranked, not a teller (see ranked.h). */
#include "ranked.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "textfind.h"

static const char *const verbs[] = {"recorded", "posted", "registered", "reported", "had", "has", "showed",
                                    "shows", "records", "posts", NULL};

static int is_word(const char *p, size_t s, size_t e, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (strlen(list[k]) == e - s && !strncasecmp(p + s, list[k], e - s))
            return 1;
    return 0;
}

/* Is the word p[s, e) a superlative: "highest", "lowest", "most",
 * "least", "second-highest"? */
static int superlative(const char *p, size_t s, size_t e)
{
    if (e - s > 4 && !strncasecmp(p + e - 3, "est", 3))
        return 1;
    return is_word(p, s, e, (const char *const[]){"most", "least", NULL});
}

static size_t word_end(const char *p, size_t s, size_t e)
{
    while (s < e && (ascii_isalpha(p[s]) || p[s] == '-'))
        s++;
    return s;
}

static size_t gaps(const char *p, size_t i, size_t e)
{
    while (i < e && ascii_isgap(p[i]))
        i++;
    return i;
}

int ranked_subject(const char *doc, size_t ss, size_t se, const char *source)
{
    size_t l = strlen(source);
    const char *h = l ? tf_find(doc + ss, se - ss, source, l) : NULL;
    if (!h)
        return 0;
    size_t i = gaps(doc, (size_t)(h - doc) + l, se);
    /* (past its acronym's bracket: "(NCR)") */
    if (i < se && doc[i] == '(') {
        const char *c = memchr(doc + i, ')', se - i < 16 ? se - i : 16);
        if (!c)
            return 0;
        i = gaps(doc, (size_t)(c - doc) + 1, se);
    }
    size_t e = word_end(doc, i, se);
    if (e == i || !is_word(doc, i, e, verbs))
        return 0;
    i = gaps(doc, e, se);
    e = word_end(doc, i, se);
    if (!is_word(doc, i, e, (const char *const[]){"the", NULL}))
        return 0;
    i = gaps(doc, e, se);
    e = word_end(doc, i, se);
    return e > i && superlative(doc, i, e);
}
