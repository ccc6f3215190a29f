/* zhitemhead.c — a news item's headline credited as its item is (see
 * zhitemhead.h). */
#include "zhitemhead.h"

#include <string.h>

#include "credit_zh.h"
#include "lines.h"

#define ITEM_READ 600

static const char OPEN[] = "【", CLOSE[] = "】";

/* The line around at: [*ls, *le). */
static void line_of(const char *doc, size_t n, size_t at, size_t *ls, size_t *le)
{
    *ls = lines_start(doc, at, at);
    *le = lines_end(doc, n, at);
}

/* Is doc[s, e), blanks aside, one bracketed headline ("【…】", not
 * "【A】…【B】")? */
static int headline(const char *doc, size_t s, size_t e)
{
    while (s < e && (doc[s] == ' ' || doc[s] == '\t'))
        s++;
    while (e > s && (doc[e - 1] == ' ' || doc[e - 1] == '\t' || doc[e - 1] == '\r'))
        e--;
    if (e < s + 9 || memcmp(doc + s, OPEN, 3) || memcmp(doc + e - 3, CLOSE, 3))
        return 0;
    for (size_t i = s + 3; i + 3 <= e - 3; i++)
        if (!memcmp(doc + i, CLOSE, 3) || !memcmp(doc + i, OPEN, 3))
            return 0;
    return 1;
}

int zhitemhead_credit(const Metrics *m, const char *doc, size_t n, size_t at, char *out, size_t cap)
{
    size_t ls, le;
    line_of(doc, n, at, &ls, &le);
    if (!headline(doc, ls, le))
        return 0;
    size_t end = le + ITEM_READ < n ? le + ITEM_READ : n;
    /* the item's sentences, up to the next headline */
    for (size_t s = le; s < end;) {
        while (s < end && (doc[s] == '\n' || doc[s] == ' ' || doc[s] == '\r'))
            s++;
        if (s >= end)
            break;
        size_t nls, nle;
        line_of(doc, n, s, &nls, &nle);
        if (headline(doc, nls, nle))
            break;
        size_t e = s;
        while (e < nle && (e + 3 > nle || memcmp(doc + e, "。", 3)))
            e++;
        e = e < nle ? e + 3 : nle;
        ZhCredits cr;
        credit_zh_read(m, doc, s, e, &cr);
        for (size_t k = 0; k < cr.n; k++)
            if (cr.v[k].kind == 1 && cr.v[k].name[0] && strlen(cr.v[k].name) < cap) {
                strcpy(out, cr.v[k].name);
                return 1;
            }
        s = e;
    }
    return 0;
}
