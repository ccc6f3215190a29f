/* writtenq.c — a parliament's written questions and answers (writtenq.h). */
#include "writtenq.h"

#include <string.h>

/* Does a line of doc[0, n) open with lit (past blanks)? */
static int line_opens(const char *doc, size_t n, const char *lit)
{
    size_t l = strlen(lit);
    for (size_t i = 0; i < n;) {
        size_t s = i;
        while (s < n && (doc[s] == ' ' || doc[s] == '\t'))
            s++;
        if (s + l <= n && !memcmp(doc + s, lit, l))
            return 1;
        const char *nl = memchr(doc + s, '\n', n - s);
        i = nl ? (size_t)(nl - doc) + 1 : n;
    }
    return 0;
}

int writtenq_record(const char *doc, size_t n)
{
    return line_opens(doc, n, "To ask the ") && line_opens(doc, n, "Answered ");
}
