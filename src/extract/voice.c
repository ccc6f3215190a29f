/* voice.c — whose findings the first person of a document reports (see
 * voice.h). */
#include "voice.h"

#include <string.h>

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

/* The first person of a Chinese paper: 本文 ("this paper"), 本研究, 笔者;
 * and an abstract's findings opening a clause before a colon or comma
 * ("研究发现：", "机制分析表明，"), which are the paper's own. */
static int zh_first_person(const char *p, size_t ss, size_t se)
{
    static const char *const we[] = {"本文", "本研究", "笔者", NULL};
    static const char *const found_zh[] = {"研究发现", "研究表明", "结果表明", "结果显示", "分析表明", "检验表明", NULL};
    int quoted = 0;
    for (size_t i = ss; i + 6 <= se; i++) {
        /* (“一带一路” is a name in quotes: only what is said in them is
         * someone else's; a straight quote toggles the same) */
        if (quote_at(p, i, se))
            quoted = !quoted;
        if (quoted || (unsigned char)p[i] < 0xE4)
            continue;
        for (int k = 0; we[k]; k++)
            if (i + strlen(we[k]) <= se && !memcmp(p + i, we[k], strlen(we[k])))
                return 1;
        for (int k = 0; found_zh[k]; k++) {
            size_t l = strlen(found_zh[k]);
            if (i + l + 3 <= se && !memcmp(p + i, found_zh[k], l) &&
                (!memcmp(p + i + l, "：", 3) || !memcmp(p + i + l, "，", 3)))
                return 1;
        }
    }
    return 0;
}

int voice_first_person(const char *p, size_t ss, size_t se)
{
    static const Phrase we[] = {PHRASE("our"), PHRASE("we"), {NULL, 0}};
    /* (a sentence quoting a speaker, "we" and all, reports their
     * words; a quoted term, "smart city", leaves the first person
     * outside it the writer's) */
    int quoted = 0, spoke = 0, han = 0;
    for (size_t i = ss; i < se; i++) {
        han |= (unsigned char)p[i] >= 0xE4;
        if (quote_at(p, i, se)) {
            quoted = !quoted;
        } else if ((i == ss || !is_letter(p[i - 1])) && is_letter(p[i]) && phrases_at(we, p, i, se, 1)) {
            if (quoted)
                return 0;
            spoke = 1;
        }
    }
    if (spoke)
        return 1;
    return han && zh_first_person(p, ss, se);
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
