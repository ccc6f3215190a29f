/* startaside.c — a start's year set off from the main clause (see startaside.h). */
#include "startaside.h"

#include "ascii.h"
#include "asciiword.h"
#include "textwalk.h"

#include <string.h>

/* The words that say something began: a participle opening the
 * apposition ("launched in 2019"), or a verb after its "which" ("which
 * opened its region in September 2023"). */
static const char *const starts[] = {"launched", "opened", "founded", "established", "set", "built", "signed",
                                     "inaugurated", "commissioned", "created", "introduced", "unveiled",
                                     "formed", "started", "completed", "incorporated", NULL};

static int start_word(const char *p, size_t s, size_t e)
{
    return tw_win((const unsigned char *)p + s, e - s, starts);
}

/* Is p[i] a comma that parts clauses (not one inside a number)? */
static int comma_at(const char *p, size_t ss, size_t se, size_t i)
{
    return p[i] == ',' && !(i > ss && ascii_isdigit((unsigned char)p[i - 1]) && i + 1 < se &&
                            ascii_isdigit((unsigned char)p[i + 1]));
}

/* Is the year at p[y] in such an apposition [*a, *b) (its commas
 * excluded)? */
static int apposition(const char *p, size_t ss, size_t se, size_t y, size_t *pa, size_t *pb)
{
    /* the apposition: from the comma before the year to the one after */
    size_t a = y, b = y + 4;
    while (a > ss && !comma_at(p, ss, se, a - 1) && p[a - 1] != ';' && p[a - 1] != ':')
        a--;
    while (b < se && !comma_at(p, ss, se, b) && p[b] != ';' && p[b] != ':')
        b++;
    if (a == ss || !comma_at(p, ss, se, a - 1) || b >= se || p[b] != ',')
        return 0;
    /* (the subject before it: the sentence's opening words, no clause) */
    for (size_t k = ss; k + 1 < a; k++)
        if (comma_at(p, ss, se, k) || p[k] == ';')
            return 0;
    *pa = a, *pb = b;
    /* its first word a start's participle, or "which" and a start's
     * verb before the year */
    size_t s = a;
    while (s < y && ascii_isgap((unsigned char)p[s]))
        s++;
    size_t e = tw_letters_end((const unsigned char *)p, y, s);
    if (start_word(p, s, e))
        return 1;
    if (!aw_is(p, s, e - s, "which"))
        return 0;
    for (size_t k = e; k < y;) {
        while (k < y && !ascii_isalpha((unsigned char)p[k]))
            k++;
        size_t we = tw_letters_end((const unsigned char *)p, y, k);
        if (we > k && start_word(p, k, we))
            return 1;
        k = we;
    }
    return 0;
}

/* Does the main clause after the apposition's closing comma at p[b]
 * tell the present: its verb "has", "is", a present's "-s" ("serves",
 * "draws"), "now", or a teller's "said" (what it holds when told)? A
 * past verb ("was worth", "cost", "installed") tells of the start's
 * time: "The contract, signed in 2019, was for KES 17.5 billion". */
static int present_after(const char *p, size_t se, size_t b)
{
    static const char *const now[] = {"has", "have", "is", "are", "now", "says", "said", "still", NULL};
    size_t s = b + 1;
    while (s < se && ascii_isgap((unsigned char)p[s]))
        s++;
    size_t e = tw_letters_end((const unsigned char *)p, se, s);
    int present = e - s > 3 && p[e - 1] == 's' && p[e - 2] != 's' && p[e - 2] != 'u' && p[e - 2] != 'i';
    if (!present)
        present = tw_win((const unsigned char *)p + s, e - s, now);
    /* (a deal's worth is the start's: "The contract, signed in May 2023,
     * is valued at US$285 million") */
    for (int w = 0; present && w < 3; w++) {
        s = e;
        while (s < se && ascii_isgap((unsigned char)p[s]))
            s++;
        e = tw_letters_end((const unsigned char *)p, se, s);
        if (aw_is(p, s, e - s, "worth") || aw_is(p, s, e - s, "valued") || aw_is(p, s, e - s, "priced"))
            return 0;
    }
    return present;
}

int startaside_year(const char *p, size_t ss, size_t se, size_t claim_s, size_t y)
{
    size_t a, b;
    return apposition(p, ss, se, y, &a, &b) && claim_s > b && present_after(p, se, b);
}

int startaside_before(const char *p, size_t ss, size_t se, size_t claim_s)
{
    for (size_t y = ss; y + 4 <= claim_s; y++)
        if ((y == ss || !ascii_isdigit((unsigned char)p[y - 1])) && (p[y] == '1' || p[y] == '2') &&
            ascii_isdigit((unsigned char)p[y + 1]) && ascii_isdigit((unsigned char)p[y + 2]) &&
            ascii_isdigit((unsigned char)p[y + 3]) && (y + 4 == se || !ascii_isdigit((unsigned char)p[y + 4])) &&
            startaside_year(p, ss, se, claim_s, y))
            return 1;
    return 0;
}
