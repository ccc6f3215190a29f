/* area.c — a figure's area and the country that holds it (see area.h). */
#include "area.h"
#include "diag.h"
#include "metrics.h"

#include <stdio.h>
#include <string.h>

/* (a chain longer than this is a loop in metrics.csv: a city within a
 * province within a country is three) */
#define AREA_MAX_DEPTH 8

const char *area_country(const Metrics *m, const char *id)
{
    if (!m || !id || !*id)
        return NULL;
    /* (a document's claims mostly share a place: the last answer is kept
     * per thread, keyed by the table's load and the id) */
    static _Thread_local unsigned long serial;
    static _Thread_local char last[64];
    static _Thread_local const char *last_top;
    size_t n = strlen(id);
    if (serial == metrics_serial(m) && n < sizeof last && !memcmp(last, id, n + 1))
        return last_top;
    const char *top = NULL;
    const char *w = metrics_scope_within(m, id);
    for (int k = 0; w && *w && k < AREA_MAX_DEPTH; k++) {
        top = w;
        w = metrics_scope_within(m, w);
    }
    if (n < sizeof last) {
        serial = metrics_serial(m);
        memcpy(last, id, n + 1);
        last_top = top;
    }
    return top;
}

/* The clause of c's context that says where its scope came from ("scope
 * from the title"): at the context's start or after "; "; NULL when none. */
static char *scope_clause(char *context)
{
    static const char what[] = "scope from ";
    for (char *p = context; (p = strstr(p, what)); p++)
        if (p == context || (p >= context + 2 && p[-2] == ';' && p[-1] == ' '))
            return p;
    return NULL;
}

/* "area from X" beside the context's "scope from X": the area came from
 * where the place did. No room left: the scope's clause says it alone. */
static void area_said(Claim *c)
{
    char *p = scope_clause(c->context);
    if (!p)
        return;
    const char *where = p + strlen("scope from ");
    size_t wl = strcspn(where, ";");
    char add[sizeof c->context];
    int k = snprintf(add, sizeof add, "; area from %.*s", (int)wl, where);
    size_t len = strlen(c->context), at = (size_t)(where - c->context) + wl;
    if (k < 0 || len + (size_t)k >= sizeof c->context)
        return;
    memmove(c->context + at + k, c->context + at, len - at + 1);
    memcpy(c->context + at, add, (size_t)k);
}

void area_settle(const Metrics *m, Claim *c)
{
    const char *top = area_country(m, c->scope);
    if (top) {
        if (!c->area[0]) {
            strcut(c->area, sizeof c->area, c->scope);
            area_said(c);
        }
        strcut(c->scope, sizeof c->scope, top);
        return;
    }
    if (c->area[0] && (top = area_country(m, c->area)) && strcmp(c->scope, top))
        strcut(c->scope, sizeof c->scope, top);
}
