/* examples.c — a bracket listing examples of what it follows (see
 * examples.h). */
#include "examples.h"

#include "ascii.h"

#define MAX_LIST 160   /* a bracket's bytes, at most */

int examples_bracket(const char *doc, size_t n, size_t open)
{
    if (open >= n || doc[open] != '(')
        return 0;
    /* the plural noun before it: "vendors (", "lenders (" */
    size_t e = open;
    while (e > 0 && doc[e - 1] == ' ')
        e--;
    size_t s = e;
    while (s > 0 && ascii_isalpha(doc[s - 1]))
        s--;
    if (e - s < 3 || !ascii_islower(doc[s]) || doc[e - 1] != 's')
        return 0;
    size_t commas = 0;
    for (size_t k = open + 1; k < n && k - open < MAX_LIST; k++) {
        unsigned char c = (unsigned char)doc[k];
        if (c == ')')
            return commas >= 1 && ascii_isupper(doc[open + 1]);
        if (ascii_isdigit(c) || c == ':' || c == '(' || c == '\n')
            return 0;
        commas += c == ',';
    }
    return 0;
}
