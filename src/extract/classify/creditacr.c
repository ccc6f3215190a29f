/* creditacr.c — a source written with the acronym its sentence defines
 * for it, "Zambia Computer Incident Response Team (ZM-CIRT)" (see
 * credit_acronym in credit.h; kept apart from credit.c, whose readers
 * of a sentence's teller it does not share). */
#include "credit.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "textfind.h"

void credit_acronym(const char *doc, size_t ss, size_t se, char *source, size_t cap)
{
    size_t l = strlen(source);
    if (!l || se <= ss || se - ss < l || strchr(source, '('))
        return;
    const char *hit = tf_find(doc + ss, se - ss, source, l);
    if (!hit)
        return;
    size_t k = (size_t)(hit - doc) + l;
    if (k + 4 >= se || doc[k] != ' ' || doc[k + 1] != '(')
        return;
    size_t a = k + 2, e = a;
    int caps = 0;
    while (e < se && e - a <= 12 && (ascii_isalnum(doc[e]) || doc[e] == '-' || doc[e] == '/' || doc[e] == '&'))
        caps += ascii_isupper(doc[e++]);
    if (e >= se || doc[e] != ')' || caps < 2 || !ascii_isupper(doc[a]) || l + (e - a) + 4 >= cap)
        return;
    snprintf(source + l, cap - l, " (%.*s)", (int)(e - a), doc + a);
}
