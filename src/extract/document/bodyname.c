/* bodyname.c — a place that is part of a body's name (see bodyname.h). */
#include "bodyname.h"

#include "ascii.h"

#include <string.h>
#include <strings.h>

/* the words of a body that is not a public authority: a research body,
 * a newsroom, a school, a company, an exchange (any case; "Co" and "Ltd"
 * as written before their full stop). Not "Centre": a facility's name
 * ("the Johor Hyperscale Data Centre") names where it stands. */
static const char *const heads[] = {
    "institute", "institution", "studies", "programme", "program", "lab", "laboratory",
    "university", "college", "school", "academy", "foundation", "endowment", "news", "press",
    "company", "co", "corporation", "corp", "limited", "ltd", "inc", "llp", "llc", "holdings", "technology",
    "technologies", "exchange", NULL};

/* words of a newsroom's name only after one of its words ("Pacific News
 * Network", "Example Press Media"): alone they name what a place has, a
 * "Kenya National Broadband Network", "Ethiopia and Social Media". */
static const char *const after_heads[] = {"network", "media", NULL};

/* the small words inside a name: "Centre for Asian Studies" */
static const char *const joins[] = {"of", "for", "the", "and", "on", "de", NULL};

static int word_in(const char *t, size_t i, size_t l, const char *const *ws)
{
    for (int k = 0; ws[k]; k++)
        if (strlen(ws[k]) == l && !strncasecmp(t + i, ws[k], l))
            return 1;
    return 0;
}

/* The word at t[i, *we): letters, digits, '-' and '\'' after a letter. */
static size_t word_end(const char *t, size_t i, size_t to)
{
    while (i < to && (ascii_isalpha((unsigned char)t[i]) || (t[i] >= '0' && t[i] <= '9') || t[i] == '-' || t[i] == '\''))
        i++;
    return i;
}

/* Between two words of a name: spaces, "&", brackets, and a comma before
 * a company's suffix ("(Hong Kong) Co., Limited"). */
static int name_gap(const char *t, size_t a, size_t b, size_t next_e)
{
    for (size_t k = a; k < b; k++) {
        char c = t[k];
        if (c == ',' || c == '.') {
            if (!(word_in(t, b, next_e - b, heads)))
                return 0;
        } else if (!(c == ' ' || c == '&' || c == '(' || c == ')'))
            return 0;
    }
    return 1;
}

/* Is t[w, we) a possessive ("Kenya's"): the owner of what follows, not
 * a word of a name? */
static int possessive(const char *t, size_t w, size_t we)
{
    return we - w > 2 && t[we - 2] == '\'' && (t[we - 1] == 's' || t[we - 1] == 'S');
}

/* One pass over the words of t[from, to): each run of a name ends in a
 * body's word, with the place before it ("Asia Connectivity Institute";
 * not "Mobile Network Coverage of Ethiopia", whose name ends in the
 * place). */
int bodyname_holds(const char *t, size_t from, size_t to, size_t s, size_t e)
{
    size_t prev_e = from;
    int in_run = 0, place = 0, ends_head = 0;
    for (size_t i = from; i <= to;) {
        size_t w = i;
        while (w < to && !ascii_isalpha((unsigned char)t[w]) && !(t[w] >= '0' && t[w] <= '9'))
            w++;
        size_t we = word_end(t, w, to);
        int cap = we > w && (ascii_isupper((unsigned char)t[w]) || (t[w] >= '0' && t[w] <= '9')) && !possessive(t, w, we);
        int join = we > w && !cap && word_in(t, w, we - w, joins);
        /* (a bracket after the body's word holds its acronym: "Horn of
         * Africa Internet Exchange (HAIX)") */
        if (in_run && place && ends_head && memchr(t + prev_e, '(', w - prev_e))
            return 1;
        int goes_on = in_run && (cap || join) && name_gap(t, prev_e, w, we);
        if (in_run && !goes_on) {
            if (place && ends_head)
                return 1;
            in_run = 0;
        }
        if (we == w)
            break;
        if (!in_run && cap)
            in_run = 1, place = 0, ends_head = 0;
        if (in_run) {
            int is_place = w < e && we > s;
            ends_head = cap && !is_place &&
                        (word_in(t, w, we - w, heads) || (ends_head && word_in(t, w, we - w, after_heads)));
            place |= is_place;
            prev_e = we;
        }
        i = we;
    }
    return 0;
}
