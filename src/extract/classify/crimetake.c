/* crimetake.c — money paid to criminals or taken by them (see
 * crimetake.h). */
#include "crimetake.h"

#include <stdint.h>

/* A ransom (not "ransomware": its damage is a cost). */
static const char *const ransom[] = {"ransom", "ransoms", "extortion payment*", "extorted", NULL};
/* What criminals take in. */
static const char *const takings[] = {"took in", "takes in", "take in", "taking in", "raked in", "rakes in",
                                      "takings", "haul", "revenue", "revenues", "proceeds", "profits",
                                      "illicit income", "earned", "earn", "earns", "earnings", "netted",
                                      "generate", "generates", "generated", "generating", "laundered",
                                      "cashed out", NULL};
/* Who takes it: those paid, or those whose takings these are. */
static const char *const criminals[] = {"attacker*", "hacker*", "criminal*", "cybercriminal*", "gang", "gangs",
                                        "extortionist*", "ransomware group*", "ransomware operator*",
                                        "ransomware crew*", "scammer*", "fraudster*", "scam centre*",
                                        "scam center*", "scam compound*", "scam operation*", "syndicate*",
                                        "threat actor*", NULL};
/* A payment to them: "paid ... attackers", "payments to ... groups". */
static const char *const pays[] = {"paid", "pay", "pays", "paying", "payment", "payments", NULL};

/* A clause telling a change against the clause before it ("..., down
 * 35% from a record $1.25 billion in 2023"): its base is the same kind
 * of money as that clause's, so that clause is read with it. */
static const char *const changes[] = {"down", "up", "from", "compared", "versus", "against", "rising", "falling",
                                      "fell", "rose", NULL};

static size_t clause_start(const FigToks *ft)
{
    size_t cs = ft->cs;
    if (cs == 0 || cs >= ft->ce || !figtoks_word(ft, cs, changes))
        return cs;
    size_t k = cs - 1;   /* the comma that closed the clause before */
    while (k > 0 && !figtoks_boundary(ft, k - 1))
        k--;
    return k;
}

int crimetake_paid(const FigToks *ft)
{
    if (ft->ce <= ft->cs)
        return 0;
    size_t cs = clause_start(ft), ce = ft->ce;
    if (figtoks_find(ft, cs, ce, ransom) != SIZE_MAX)
        return 1;
    /* the criminals and, in the same clause, their takings; or a
     * payment and, within six words after it, the ones paid ("victims
     * paid ransomware attackers", "paid $1 billion to ransomware
     * groups"; not "firms paid for recovery after the hackers struck") */
    if (figtoks_find(ft, cs, ce, criminals) == SIZE_MAX)
        return 0;
    if (figtoks_find(ft, cs, ce, takings) != SIZE_MAX)
        return 1;
    for (size_t p = cs; p < ce; p++) {
        if (!figtoks_word(ft, p, pays))
            continue;
        size_t e = p + 1;
        for (int w = 0; w < 6 && e < ce; e++)
            w += ft->t[e].type == CUETOK_WORD;
        if (figtoks_find(ft, p + 1, e, criminals) != SIZE_MAX)
            return 1;
    }
    return 0;
}
