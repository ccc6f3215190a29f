/* selfpub.c — a publisher that speaks for itself (see selfpub.h). */
#include "selfpub.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "textwalk.h"

/* An organ of a government or an international lender, whose word in
 * the name says it issues its own statements. */
static const char *const organs[] = {
    "ministry", "department", "embassy", "consulate", "mission", "government", "authority", "agency",
    "bureau", "office", "council", "commission", "municipality", "city", "county", "administration",
    "directorate", "secretariat", "treasury", "bank", "fund", "regulator", "statistics", "customs",
    "presidency", "cabinet", NULL,
};

/* A company: a legal suffix, or the trade that issues its own opinions. */
static const char *const firms[] = {
    "ltd", "limited", "plc", "inc", "llc", "corp", "corporation", "company", "holdings", "tbk", "bhd",
    "gmbh", "ratings", "securities", NULL,
};

/* Bodies that print others' work or host their words. */
static const char *const hosts[] = {
    /* news, journals, publishing houses, encyclopedias, platforms */
    "news", "newswire", "wire", "times", "post", "daily", "herald", "tribune", "gazette", "journal",
    "review", "press", "media", "publishing", "publishers", "publications", "quarterly", "magazine",
    "wikipedia", "encyclopedia", "blog", "podcast", "linkedin", "reddit", "twitter", "youtube", "substack",
    "reuters", "bloomberg", "xinhua",
    /* legislatures, courts, forums */
    "parliament", "congress", "congressional", "senate", "house", "assembly", "committee", "subcommittee",
    "hansard", "register", "court", "tribunal", "judiciary", "forum", "conference", "summit",
    /* scholars' homes */
    "institute", "institution", "centre", "center", "studies", "foundation", "endowment", "university",
    "college", "school", "academy", "programme", "program",
    /* a portal or a database that publishes others' data */
    "portal", NULL,
};

/* Does pub[0, n) hold a word of the list, in any case? */
static int holds(const char *pub, size_t n, const char *const *list)
{
    for (size_t i = 0; i < n;) {
        while (i < n && !ascii_isalpha((unsigned char)pub[i]))
            i++;
        size_t s = i;
        while (i < n && ascii_isalpha((unsigned char)pub[i]))
            i++;
        if (i > s && tw_win((const unsigned char *)pub + s, i - s, list))
            return 1;
    }
    return 0;
}

/* Does a bracket of pub[0, n) describe a collection in lower-case words
 * ("(course materials)", "(PP-22 policy statements)"), not a place or an
 * acronym ("(Kenya)", "(MITI)")? */
static int described_collection(const char *pub, size_t n)
{
    static const char *const joins[] = {"of", "and", "the", "for", "in", "on", NULL};
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        if (pub[i] == '(' || pub[i] == ')') {
            in = pub[i] == '(';
            continue;
        }
        if (!in || !ascii_islower((unsigned char)pub[i]) || (i > 0 && ascii_isalpha((unsigned char)pub[i - 1])))
            continue;
        size_t e = i;
        while (e < n && ascii_isalpha((unsigned char)pub[e]))
            e++;
        if (!tw_win((const unsigned char *)pub + i, e - i, joins))
            return 1;
    }
    return 0;
}

size_t selfpub_name_len(const char *pub)
{
    /* (the service carrying a release, "X via EurekAlert!"; the body a
     * mission is accredited to, "Permanent Mission of Kenya to the United
     * Nations") */
    const char *via = strstr(pub, " via "), *to = strstr(pub, " to the ");
    if (to && (!via || to < via))
        via = to;
    size_t n = via ? (size_t)(via - pub) : strlen(pub);
    while (n > 0 && (pub[n - 1] == ' ' || pub[n - 1] == ','))
        n--;
    return n;
}

int selfpub_speaks(const char *pub)
{
    /* (several publishers, "A; B", speak with no one voice) */
    if (!pub || !*pub || strchr(pub, ';'))
        return 0;
    size_t n = selfpub_name_len(pub);
    /* a body's release a service carries is the body's */
    if (n > 0 && !strncmp(pub + n, " via ", 5))
        return 1;
    /* (an advisory body named for its subject, "Council on Foreign
     * Relations", is a think tank) */
    if (holds(pub, n, hosts) || described_collection(pub, n) || strstr(pub, "Council on ") ||
        strstr(pub, "Commission on "))
        return 0;
    return holds(pub, n, organs) || holds(pub, n, firms);
}
