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

int crimetake_paid(const FigToks *ft)
{
    if (ft->ce <= ft->cs)
        return 0;
    if (figtoks_find(ft, ft->cs, ft->ce, ransom) != SIZE_MAX)
        return 1;
    /* the criminals and, in the same clause, their takings; or a
     * payment and, within six words after it, the ones paid ("victims
     * paid ransomware attackers", "paid $1 billion to ransomware
     * groups"; not "firms paid for recovery after the hackers struck") */
    if (figtoks_find(ft, ft->cs, ft->ce, criminals) == SIZE_MAX)
        return 0;
    if (figtoks_find(ft, ft->cs, ft->ce, takings) != SIZE_MAX)
        return 1;
    for (size_t p = ft->cs; p < ft->ce; p++) {
        if (!figtoks_word(ft, p, pays))
            continue;
        size_t e = p + 1;
        for (int w = 0; w < 6 && e < ft->ce; e++)
            w += ft->t[e].type == CUETOK_WORD;
        if (figtoks_find(ft, p + 1, e, criminals) != SIZE_MAX)
            return 1;
    }
    return 0;
}
