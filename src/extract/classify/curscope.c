/* curscope.c — a sum in a country's own money is that country's
 * (curscope.h). */
#include "curscope.h"

#include <string.h>

#include "curplace.h"
#include "regionref.h"

const char *curscope_country(const char *unit, const char *doc, size_t s, size_t e)
{
    if (!unit || !unit[0])
        return NULL;
    size_t n = strcspn(unit, "/"), len = 0;
    const char *id = curplace_at(unit, 0, n, &len);
    /* (the whole code, not a word opening it) */
    if (!id || len != n || !strcmp(id, "china") || !strcmp(id, "hong kong"))
        return NULL;
    /* (written there: the same country's money in the text) */
    size_t at;
    const char *w = curplace_next(doc, s, e, &at, &len);
    return w && !strcmp(w, id) ? id : NULL;
}

int curscope_yields(const char *next)
{
    return next && (!strcmp(next, "global") || regionref_is_region(next));
}
