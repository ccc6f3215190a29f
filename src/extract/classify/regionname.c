/* regionname.c — a region of a country named as its figure's subject
 * (see regionname.h). */
#include "regionname.h"

#include <string.h>

#include "asciiword.h"
#include "ascii.h"
#include "names.h"


/* The start of the capitalised word ending at doc[e), or e when none. */
static size_t cap_word_back(const char *doc, size_t lo, size_t e)
{
    size_t s = e;
    while (s > lo && (ascii_isalpha((unsigned char)doc[s - 1]) || doc[s - 1] == '-'))
        s--;
    return s < e && ascii_isupper((unsigned char)doc[s]) ? s : e;
}

int regionname_before(const Metrics *m, const char *doc, size_t ss, size_t at, char *out, size_t cap)
{
    /* (the last " Region" before the figure, no digit after it) */
    size_t r = at;
    for (size_t i = at; i > ss + 7; i--) {
        if (doc[i - 1] >= '0' && doc[i - 1] <= '9')
            return 0;
        if (!memcmp(doc + i - 7, " Region", 7) && (i == at || !ascii_isalpha((unsigned char)doc[i]))) {
            r = i - 6;
            break;
        }
    }
    if (r == at)
        return 0;
    /* its capitalised words before ("National Capital"), not "The" */
    size_t s = r, k = r - 1;
    for (;;) {
        size_t w = cap_word_back(doc, ss, k);
        if (w == k || (k - w == 3 && !memcmp(doc + w, "The", 3)))
            break;
        s = w;
        if (w < ss + 1 || (doc[w - 1] != ' ' && doc[w - 1] != '\n'))
            break;
        k = w - 1;
    }
    if (s == r)
        return 0;
    /* and after: "Region in Muslim Mindanao" */
    size_t e = r + 6;
    if (!strncmp(doc + e, " in ", 4) && ascii_isupper((unsigned char)doc[e + 4])) {
        size_t k2 = e + 4;
        for (;;) {
            size_t w = k2;
            while (w < at && (ascii_isalpha((unsigned char)doc[w]) || doc[w] == '-'))
                w++;
            if (w == k2 || !ascii_isupper((unsigned char)doc[k2]))
                break;
            e = w;
            if (doc[w] != ' ' || !ascii_isupper((unsigned char)doc[w + 1]))
                break;
            k2 = w + 1;
        }
    }
    char place[64];
    if (e - s + 1 > cap || names_line_scope(m, doc, s, e, 0, place, sizeof place) != 0)
        return 0;
    /* (a line break inside the name is a blank) */
    for (size_t i = s; i < e; i++)
        out[i - s] = (char)(ascii_isupper(doc[i]) ? (char)ascii_lower(doc[i]) : doc[i] == '\n' ? ' ' : doc[i]);
    out[e - s] = '\0';
    return 1;
}
