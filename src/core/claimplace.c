/* claimplace.c — a claim's scope and area as one place (see claimplace.h). */
#include "claimplace.h"
#include "phrase.h"

#include <stdio.h>
#include <string.h>

int claim_place_cmp(const Claim *a, const Claim *b)
{
    int c = strcmp(a->scope, b->scope);
    return c ? c : strcmp(a->area, b->area);
}

int claim_same_place(const Claim *a, const Claim *b)
{
    return !strcmp(a->scope, b->scope) && !strcmp(a->area, b->area);
}

const char *claim_place_id(const Claim *c)
{
    return c->area[0] ? c->area : c->scope;
}

void claim_place_words(char *out, size_t cap, const char *scope, const char *area)
{
    if (!area || !*area) {
        phrase_place(out, cap, scope);
        return;
    }
    char a[96], s[96];
    phrase_place(a, sizeof a, area);
    if (!*scope) {
        snprintf(out, cap, "%s", a);
        return;
    }
    phrase_place(s, sizeof s, scope);
    snprintf(out, cap, "%s, %s", a, s);
}
