/* voice.c — whose findings the first person of a document reports (see
 * voice.h). */
#include "voice.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "lexicon.h"
#include "sentwords.h"

/* A quotation mark: straight, or curly (“ ”). */
static int quote_at(const char *p, size_t i, size_t se)
{
    return p[i] == '"' || ((unsigned char)p[i] == 0xE2 && i + 2 < se && (unsigned char)p[i + 1] == 0x80 &&
                           ((unsigned char)p[i + 2] == 0x9C || (unsigned char)p[i + 2] == 0x9D));
}

/* The first person of a Chinese paper: 本文 ("this paper"), 本研究 (and
 * 本研究院), 笔者, a report's 课题组 (the research team) and 本报告, a
 * body's 本院, 本中心, 本会;
 * and an abstract's findings opening a clause before a colon or comma
 * ("研究发现：", "机制分析表明，"), which are the paper's own. */
static int zh_first_person(const char *p, size_t ss, size_t se)
{
    /* (an analyst's "we" forecasting: 我们预计公司2024年归母净利润为...) */
    /* (a research team's and a body's own words for themselves: 课题组,
     * 本研究院, 本报告, 本会) */
    static const char *const we[] = {"本文", "本研究", "笔者", "我们预计", "我们预测", "我们估计", "我们测算", "我们判断", "据我们",
                                     "课题组", "本报告", "本院", "本中心", "本会", "本协会", NULL};
    static const char *const found_zh[] = {"研究发现", "研究表明", "结果表明", "结果显示", "分析表明", "检验表明", NULL};
    int quoted = 0;
    for (size_t i = ss; i + 6 <= se; i++) {
        /* (“一带一路” is a name in quotes: only what is said in them is
         * someone else's; a straight quote toggles the same) */
        if (quote_at(p, i, se))
            quoted = !quoted;
        if (quoted || (unsigned char)p[i] < 0xE4)
            continue;
        /* (a phrase is compared only where its first byte stands) */
        for (int k = 0; we[k]; k++)
            if (p[i] == we[k][0] && i + strlen(we[k]) <= se && !memcmp(p + i, we[k], strlen(we[k])))
                return 1;
        for (int k = 0; found_zh[k]; k++) {
            if (p[i] != found_zh[k][0])
                continue;
            size_t l = strlen(found_zh[k]);
            if (i + l + 3 <= se && !memcmp(p + i, found_zh[k], l) &&
                (!memcmp(p + i + l, "：", 3) || !memcmp(p + i + l, "，", 3)))
                return 1;
        }
    }
    return 0;
}

static int staff_finding(const char *p, size_t i, size_t se);

int voice_first_person(const char *p, size_t ss, size_t se)
{
    static const Phrase we[] = {PHRASE("our"), PHRASE("we"), {NULL, 0}};
    /* (a sentence quoting a speaker, "we" and all, reports their
     * words; a quoted term, "smart city", leaves the first person
     * outside it the writer's) */
    int quoted = 0, spoke = 0, han = 0;
    /* (none of its words: the sentence read once says so; then only
     * its Chinese may speak in the first person) */
    if (sw_none(SW_FIRST_PERSON, p, ss, se)) {
        if (sw_ascii(p, ss, se))
            return 0;
        for (size_t i = ss; i < se; i++)
            if ((unsigned char)p[i] >= 0xE4)
                return zh_first_person(p, ss, se);
        return 0;
    }
    for (size_t i = ss; i < se; i++) {
        han |= (unsigned char)p[i] >= 0xE4;
        if (quote_at(p, i, se)) {
            quoted = !quoted;
        } else if ((i == ss || !ascii_isalpha(p[i - 1])) && ascii_isalpha(p[i])) {
            /* (a word is asked at its first letter: "our", "we", "staff") */
            int first = p[i] | 0x20;
            if (((first == 'o' || first == 'w') && phrases_at(we, p, i, se, 1)) ||
                (first == 's' && staff_finding(p, i, se))) {
                if (quoted)
                    return 0;
                spoke = 1;
            }
            /* (its other letters are no quote, no Han, no word's start) */
            while (i + 1 < se && ascii_isalpha(p[i + 1]))
                i++;
        }
    }
    if (spoke)
        return 1;
    return han && zh_first_person(p, ss, se);
}

/* What a body says it found: "we" with a verb of finding, "our" with
 * what it found it in ("we tracked", "our survey"; one space between). */
static const Phrase found_we[] = {
    PHRASE("tracked"), PHRASE("track"), PHRASE("attribute"), PHRASE("saw"), PHRASE("see"), PHRASE("found"),
    PHRASE("find"), PHRASE("counted"), PHRASE("count"), PHRASE("surveyed"), PHRASE("interviewed"),
    PHRASE("measured"), PHRASE("observed"), PHRASE("estimate"), PHRASE("estimated"), PHRASE("recorded"),
    PHRASE("logged"), PHRASE("identified"), PHRASE("analysed"), PHRASE("analyzed"), PHRASE("detected"),
    PHRASE("monitored"), PHRASE("handled"), PHRASE("mapped"), PHRASE("documented"), PHRASE("seen"),
    {NULL, 0},
};
static const Phrase found_our[] = {
    PHRASE("survey"), PHRASE("data"), PHRASE("research"), PHRASE("analysis"), PHRASE("telemetry"),
    PHRASE("study"), PHRASE("count"), PHRASE("database"), PHRASE("sample"), PHRASE("estimate"),
    PHRASE("figures"), PHRASE("report"), PHRASE("team"), PHRASE("tracker"), PHRASE("own"), PHRASE("members"),
    {NULL, 0},
};
/* Words between "our" and what it found in ("our best estimate"), and
 * between "we" and its verb ("we've seen", "we have counted"). */
static const Phrase our_kind[] = {PHRASE("best"), PHRASE("latest"), PHRASE("internal"), PHRASE("preliminary"),
                                  PHRASE("current"), {NULL, 0}};
static const Phrase we_have[] = {PHRASE("'ve"), PHRASE("\u2019ve"), PHRASE(" have"), PHRASE(" had"), {NULL, 0}};

/* "Staff identified 11 projects", "staff estimate that ...", "staff
 * calculations": an institution's report (the IMF's, a committee's)
 * speaks of its own work through its staff, as another writes "we". */
static int staff_finding(const char *p, size_t i, size_t se)
{
    static const Phrase staff[] = {PHRASE("staff"), {NULL, 0}};
    static const Phrase works[] = {PHRASE("calculations"), PHRASE("estimates"), PHRASE("projections"), {NULL, 0}};
    if (!phrases_at(staff, p, i, se, 1))
        return 0;
    size_t k = i + 5;
    return k + 1 < se && p[k] == ' ' && (phrases_at(found_we, p, k + 1, se, 1) || phrases_at(works, p, k + 1, se, 1));
}

/* Does p[i, e) open with a finding ("we tracked", "our survey"), whole
 * words? (The person first: most places open neither.) */
static int found_at(const char *p, size_t i, size_t e)
{
    static const Phrase persons[] = {PHRASE("we"), PHRASE("our"), {NULL, 0}};
    const Phrase *who = phrases_at(persons, p, i, e, 1);
    if (!who)
        return 0;
    size_t k = i + who->n;
    if (who == persons) {
        /* "we've seen", "we have counted" */
        const Phrase *h = phrases_at(we_have, p, k, e, 0);
        if (h)
            k += h->n;
    } else if (k + 1 < e && p[k] == ' ') {
        /* "our best estimate" */
        const Phrase *a = phrases_at(our_kind, p, k + 1, e, 1);
        if (a)
            k += 1 + a->n;
    }
    return k + 1 < e && p[k] == ' ' && phrases_at(who == persons ? found_we : found_our, p, k + 1, e, 1);
}

/* Does p[ss, se) tell a finding (found_at) at a word's start? */
static int holds_finding(const char *p, size_t ss, size_t se)
{
    for (size_t i = ss; i < se; i++)
        if ((i == ss || !ascii_isalpha(p[i - 1])) && ascii_isalpha(p[i]) && found_at(p, i, se))
            return 1;
    return 0;
}

int voice_own_findings(const char *p, size_t ss, size_t se)
{
    return voice_first_person(p, ss, se) && holds_finding(p, ss, se);
}

int voice_reports_own(Lead *ld)
{
    const char *doc = ld->doc;
    size_t e = ld->n < VOICE_LEAD ? ld->n : VOICE_LEAD, np;
    /* (a quotation mark or a finding, "we ...", "our ...", opens at a
     * place of the Lead: the bytes between are none) */
    const uint16_t *at = lead_places(ld, &np);
    int said = 0, quoted = 0;
    /* (a finding inside a quotation is the quoted speaker's) */
    for (size_t k = 0; k < np && at[k] < e && said < 2; k++) {
        size_t i = at[k];
        if (quote_at(doc, i, e))
            quoted = !quoted;
        else if (!quoted && ((doc[i] | 0x20) == 'w' || (doc[i] | 0x20) == 'o') && found_at(doc, i, e))
            said++;
    }
    return said >= 2;
}

/* The outlet's own inquiry named by its name: the name's distinctive
 * word ("Meridian" of "The Meridian Post"), then one of these. */
static const Phrase inquiry[] = {
    PHRASE("analysis"), PHRASE("investigation"), PHRASE("review"), PHRASE("count"), PHRASE("tally"),
    PHRASE("survey"), PHRASE("database"), {NULL, 0},
};

int voice_outlet_own(Lead *ld, const char *pub)
{
    const char *doc = ld->doc;
    /* the name's first word, past an article */
    while (*pub == ' ')
        pub++;
    if (!strncasecmp(pub, "the ", 4))
        pub += 4;
    size_t wl = 0;
    while (ascii_isalpha(pub[wl]))
        wl++;
    size_t e = ld->n < VOICE_LEAD ? ld->n : VOICE_LEAD, np;
    /* (a quotation mark or a word's start: a place of the Lead) */
    const uint16_t *at = lead_places(ld, &np);
    int said = 0, quoted = 0;
    /* (what a quoted speaker says they found is theirs) */
    for (size_t k = 0; k < np && at[k] < e && said < 2; k++) {
        size_t i = at[k];
        if (quote_at(doc, i, e)) {
            quoted = !quoted;
            continue;
        }
        if (quoted || !ascii_isalpha(doc[i]))
            continue;
        if (((doc[i] | 0x20) == 'w' || (doc[i] | 0x20) == 'o') && found_at(doc, i, e))
            said++;
        /* (the name after an article, "A Meridian analysis": a bare
         * "Global survey" or "National survey" is no outlet's) */
        else if (wl >= 3 && i >= 2 && (doc[i - 2] | 0x20) == 'a' && doc[i - 1] == ' ' &&
                 (i == 2 || !ascii_isalpha(doc[i - 3])) && i + wl + 1 < e && !memcmp(doc + i, pub, wl) &&
                 !ascii_isalpha(doc[i + wl]) &&
                 doc[i + wl] == ' ' && phrases_at(inquiry, doc, i + wl + 1, e, 1))
            said++;
    }
    return said >= 2;
}
