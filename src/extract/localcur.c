/* localcur.c — a shared currency sign read as its place's currency (see
 * localcur.h). */
#include "localcur.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "diag.h"

/* Each sign, the currency the scanner gives it, and the countries that
 * write it for another. A sign is matched, any case, at the start of the
 * span, before a blank, a dot or a digit. */
typedef struct Shared {
    const char *sign;
    const char *read_as;
    const char *place[4], *code[4];
} Shared;

static const Shared shared[] = {
    {"rs", "INR", {"pakistan", "sri lanka", "nepal", "mauritius"}, {"PKR", "LKR", "NPR", "MUR"}},
    {"rupees", "INR", {"pakistan", "sri lanka", "nepal", "mauritius"}, {"PKR", "LKR", "NPR", "MUR"}},
    {"sh", "KES", {"tanzania", "uganda", "somalia", NULL}, {"TZS", "UGX", "SOS", NULL}},
    {"shillings", "KES", {"tanzania", "uganda", "somalia", NULL}, {"TZS", "UGX", "SOS", NULL}},
    {"kwacha", "ZMW", {"malawi", NULL, NULL, NULL}, {"MWK", NULL, NULL, NULL}},
    {"k", "ZMW", {"malawi", "papua new guinea", NULL, NULL}, {"MWK", "PGK", NULL, NULL}},
    {"p", "PHP", {"botswana", NULL, NULL, NULL}, {"BWP", NULL, NULL, NULL}},
    {NULL, NULL, {NULL}, {NULL}},
};

/* Does the span t open with sign (or, for a currency word, end with it:
 * "2 billion rupees")? */
static int written_with(const char *t, const char *sign)
{
    size_t l = strlen(sign), n = strlen(t);
    if (!strncasecmp(t, sign, l) && (t[l] == ' ' || t[l] == '.' || (t[l] >= '0' && t[l] <= '9')))
        return 1;
    return l > 2 && n > l && t[n - l - 1] == ' ' && !strcasecmp(t + n - l, sign);
}

/* The currency of place for the shared sign s, or NULL. */
static const char *code_of(const Shared *s, const char *place)
{
    for (int k = 0; k < 4 && s->place[k]; k++)
        if (!strcmp(place, s->place[k]))
            return s->code[k];
    return NULL;
}

int localcur_resolve(Claim *c, const char *doc_scope)
{
    size_t cl = strlen(c->unit);
    for (const Shared *s = shared; s->sign; s++) {
        if (strncmp(c->unit, s->read_as, 3) || (cl > 3 && c->unit[3] != '/') || !c->text ||
            !written_with(c->text, s->sign))
            continue;
        /* the figure's own place, when it is a country of the sign's (the
         * scanner's own reading included: "Sh" in Kenya), else the
         * document's */
        const char *code = code_of(s, c->scope);
        if (!code && !c->scope[0] && doc_scope)
            code = code_of(s, doc_scope);
        if (!code)
            return 0;
        char unit[sizeof c->unit];
        snprintf(unit, sizeof unit, "%s%s", code, c->unit + 3);
        strcut(c->unit, sizeof c->unit, unit);
        return 1;
    }
    return 0;
}
