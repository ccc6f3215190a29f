/* donor.c — the place that gives the money (see donor.h). */
#include "donor.h"

#include "ascii.h"
#include "asciiword.h"
#include "textwalk.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* Verbs of giving money or help to another. (Not "invested", "funded",
 * "allocated": a country does them at home as often as abroad.) */
static const char *const giving[] = {"committed", "commits", "pledged", "pledges", "provide", "provides", "provided",
                                     "granted", "donated", "donates", "lent", "lends", "contributed",
                                     "contributes", "disbursed", "disburses", "offered", "offers", NULL};

/* Small words that may stand between a giver and its verb: "The U.S.
 * alone committed", "India has committed", "Australia says it will
 * provide", "the UK and Japan have committed". */
static const char *const between[] = {"alone", "also", "has", "have", "had", "will", "would", "shall", "says",
                                      "said", "say", "it", "they", "already", "jointly", "together", "and",
                                      "since", "now", "recently", "itself", "then", "previously", NULL};

/* The end of the word at doc[i) (letters, inner dots and hyphens: "U.S.",
 * "co-chaired"), at most se. */
static size_t word_end(const char *doc, size_t i, size_t se)
{
    size_t e = i;
    while (e < se && (ascii_isalpha((unsigned char)doc[e]) ||
                      ((doc[e] == '.' || doc[e] == '-') && e + 1 < se && ascii_isalpha((unsigned char)doc[e + 1]))))
        e++;
    return e;
}

/* The first letters of the verbs of giving and of "from" (bit c - 'a'). */
static uint32_t firsts;
static pthread_once_t firsts_once = PTHREAD_ONCE_INIT;

static void firsts_init(void)
{
    firsts = 1u << ('f' - 'a');
    for (int k = 0; giving[k]; k++)
        firsts |= 1u << (giving[k][0] - 'a');
}

int donor_verb_at(const char *doc, size_t i, size_t se)
{
    size_t e = word_end(doc, i, se);
    return e > i && tw_win((const unsigned char *)doc + i, e - i, giving);
}

int donor_word_at(const char *doc, size_t i, size_t se)
{
    /* (asked of every word of a sentence: a word is read only when its
     * first letter opens a verb of giving or "from") */
    pthread_once(&firsts_once, firsts_init);
    unsigned char c = ascii_lower((unsigned char)doc[i]);
    if (c < 'a' || c > 'z' || !(firsts >> (c - 'a') & 1))
        return 0;
    size_t e = word_end(doc, i, se);
    return donor_verb_at(doc, i, se) || (e - i == 4 && !strncasecmp(doc + i, "from", 4));
}

/* Prepositions that, right before a place, make it no subject ("In
 * Kenya Safaricom provided ..."). */
static const char *const preps[] = {"in", "at", "for", "to", "from", "across", "within", "of", "on", "by", "with",
                                    "into", "over", "throughout", "outside", "than", "like", NULL};

/* The word ending before doc[s) (past blanks), or the word before it
 * when that one is "the": its start *ws and end *we (equal: none), not
 * before ss. */
static void word_before(const char *doc, size_t ss, size_t s, size_t *ws, size_t *we)
{
    for (int k = 0; k < 2; k++) {
        size_t l = aw_word_before(doc, ss, s, ws);
        *we = *ws + l;
        if (k || !aw_is(doc, *ws, l, "the"))
            return;
        s = *ws;
    }
}

int donor_subject(const char *doc, size_t ss, size_t se, size_t s, size_t e, size_t at)
{
    if (at <= e)
        return 0;
    /* (the word before the place, past "the": no preposition) */
    size_t ps, pe;
    word_before(doc, ss, s, &ps, &pe);
    if (pe > ps && tw_win((const unsigned char *)doc + ps, pe - ps, preps))
        return 0;
    size_t i = e;
    /* (a body of the place: "China's Exim Bank lent") */
    if (i + 2 <= se && doc[i] == '\'' && doc[i + 1] == 's')
        i += 2;
    else if (i + 4 <= se && !memcmp(doc + i, "\xE2\x80\x99s", 4))
        i += 4;
    for (int words = 0; words < 7 && i < se; words++) {
        size_t w = i;
        while (w < se && ascii_isgap(doc[w]))
            w++;
        if (w == i && words)
            return 0;
        size_t we = word_end(doc, w, se);
        if (we == w)
            return 0;
        if (tw_win((const unsigned char *)doc + w, we - w, giving)) {
            /* the claim in the verb's clause: no ";" nor another sentence
             * between */
            if (at < we)
                return 0;
            for (size_t k = we; k < at; k++)
                if (doc[k] == ';' || doc[k] == ':')
                    return 0;
            return 1;
        }
        if (!ascii_isupper((unsigned char)doc[w]) && !tw_win((const unsigned char *)doc + w, we - w, between))
            return 0;
        i = we;
    }
    return 0;
}

/* The words a sum of money may end on before its giver: "US$30 million
 * from Japan", "AUD 25 million from Australia", "$2bn from China". */
static const char *const sum_ends[] = {"million", "millions", "billion", "billions", "trillion", "thousand",
                                       "bn", "mn", "m", "dollars", "euros", "yuan", "francs", NULL};

int donor_after_sum(const char *doc, size_t ss, size_t s, size_t at)
{
    /* (back past "the", then "from") */
    size_t ws, we;
    word_before(doc, ss, s, &ws, &we);
    if (!(we - ws == 4 && !strncasecmp(doc + ws, "from", 4)))
        return 0;
    size_t b = ws;
    /* (then the sum itself, the claim: a figure or its word of scale) */
    while (b > ss && ascii_isgap(doc[b - 1]))
        b--;
    if (b <= at || b > at + 40)
        return 0;
    if (doc[b - 1] >= '0' && doc[b - 1] <= '9')
        return 1;
    size_t bw = b;
    while (bw > ss && ascii_isalpha((unsigned char)doc[bw - 1]))
        bw--;
    return bw < b && tw_win((const unsigned char *)doc + bw, b - bw, sum_ends);
}
