/* refwork.c — an encyclopedia's entry by its bibliography (refwork.h). */
#include "refwork.h"

#include <string.h>

#include "lexicon.h"
#include "textfind.h"

/* Does s hold a word of a reference work: a listed name at a word's
 * start, in any case, or 百科 as written? */
static int holds(const char *s)
{
    static const Phrase works[] = {PHRASE("wikipedia"), PHRASE("encyclopedia"), PHRASE("encyclopaedia"), {NULL, 0}};
    if (!s)
        return 0;
    size_t n = strlen(s);
    return phrases_in(works, s, 0, n, 0) || tf_find(s, n, "百科", strlen("百科"));
}

int refwork_entry(const char *publisher, const char *authors)
{
    return holds(publisher) || holds(authors);
}
