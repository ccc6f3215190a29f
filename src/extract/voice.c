/* voice.c — whose findings the first person of a document reports (see
 * voice.h). */
#include "voice.h"

#include "lexicon.h"

static int is_letter(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Does p[ss, se) hold one of the phrases (whole words)? */
static int holds(const char *p, size_t ss, size_t se, const Phrase *phrases)
{
    for (size_t i = ss; i < se; i++)
        if ((i == ss || !is_letter(p[i - 1])) && is_letter(p[i]) && phrases_at(phrases, p, i, se, 1))
            return 1;
    return 0;
}

/* A quotation mark: straight, or curly (“ ”). */
static int quote_at(const char *p, size_t i, size_t se)
{
    return p[i] == '"' || ((unsigned char)p[i] == 0xE2 && i + 2 < se && (unsigned char)p[i + 1] == 0x80 &&
                           ((unsigned char)p[i + 2] == 0x9C || (unsigned char)p[i + 2] == 0x9D));
}

int voice_first_person(const char *p, size_t ss, size_t se)
{
    static const Phrase we[] = {PHRASE("our"), PHRASE("we"), {NULL, 0}};
    /* (a sentence quoting a speaker, "we" and all, reports their
     * words; a quoted term, "smart city", leaves the first person
     * outside it the writer's) */
    int quoted = 0, spoke = 0;
    for (size_t i = ss; i < se; i++) {
        if (quote_at(p, i, se)) {
            quoted = !quoted;
        } else if ((i == ss || !is_letter(p[i - 1])) && is_letter(p[i]) && phrases_at(we, p, i, se, 1)) {
            if (quoted)
                return 0;
            spoke = 1;
        }
    }
    return spoke;
}

/* What a body says it found: "we" with a verb of finding, "our" with
 * what it found it in. */
static const Phrase found[] = {
    PHRASE("we tracked"), PHRASE("we track"), PHRASE("we attribute"), PHRASE("we saw"), PHRASE("we see"),
    PHRASE("we found"), PHRASE("we find"), PHRASE("we counted"), PHRASE("we count"), PHRASE("we surveyed"),
    PHRASE("we interviewed"), PHRASE("we measured"), PHRASE("we observed"), PHRASE("we estimate"),
    PHRASE("we estimated"), PHRASE("we recorded"), PHRASE("we logged"), PHRASE("we identified"),
    PHRASE("we analysed"), PHRASE("we analyzed"), PHRASE("we detected"), PHRASE("we monitored"),
    PHRASE("we handled"), PHRASE("we mapped"), PHRASE("we documented"), PHRASE("our survey"),
    PHRASE("our data"), PHRASE("our research"), PHRASE("our analysis"), PHRASE("our telemetry"),
    PHRASE("our study"), PHRASE("our count"), PHRASE("our database"), PHRASE("our sample"),
    PHRASE("our estimate"), PHRASE("our figures"), PHRASE("our report"), PHRASE("our team"),
    PHRASE("our tracker"), PHRASE("our own"), {NULL, 0},
};

int voice_own_findings(const char *p, size_t ss, size_t se)
{
    return voice_first_person(p, ss, se) && holds(p, ss, se, found);
}

int voice_reports_own(const char *doc, size_t n)
{
    size_t e = n < VOICE_LEAD ? n : VOICE_LEAD;
    int said = 0, quoted = 0;
    /* (a finding inside a quotation is the quoted speaker's) */
    for (size_t i = 0; i < e && said < 2; i++) {
        if (quote_at(doc, i, e))
            quoted = !quoted;
        else if (!quoted && ((doc[i] | 0x20) == 'w' || (doc[i] | 0x20) == 'o') && (i == 0 || !is_letter(doc[i - 1])) &&
                 phrases_at(found, doc, i, e, 1))
            said++;
    }
    return said >= 2;
}
