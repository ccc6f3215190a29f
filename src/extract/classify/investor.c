/* investor.c — whose money, for what (see investor.h). */
#include "investor.h"

#include <stdint.h>
#include <string.h>

/* The Belt and Road, by its names. */
static const char *const bri[] = {"belt and road", "BRI", "OBOR", "one belt one road", "one belt, one road", NULL};

/* Digital work: the Digital Silk Road and what it builds. */
static const char *const digital[] = {
    "digital", "DSR", "ICT", "ICTs", "telecom*", "telecommunication*", "data cent*", "cable", "cables",
    "fibre*", "fiber*", "broadband", "5G", "4G", "internet", "smart city", "smart cities", "safe city",
    "safe cities", "e-government", "satellite*", "technology", "technologies", "tech", "cloud", "network",
    "networks", "surveillance", NULL};

/* What names China's hand. */
static const char *const chinese[] = {
    "China", "Chinese", "PRC", "Beijing", "Huawei", "ZTE", "Hikvision", "Dahua", "Alibaba", "Tencent", "Sino*",
    "Digital Silk Road", "DSR", "belt and road", "BRI", "yuan", "RMB", "renminbi", "CNY", "Xi", "NDRC", "MOFCOM",
    "National Development and Reform Commission",
    NULL};

/* Other powers' lenders, funds and programmes (by their names: a
 * country's name may be where a lab stands, "a research lab in the US",
 * or who receives; a commission, the EU's, the AU's or ECOWAS's, in a
 * sentence naming nothing Chinese). */
static const char *const others[] = {
    "DFC", "Development Finance Corporation", "USAID", "USTDA", "Trade and Development Agency",
    "Millennium Challenge", "EU", "European Union", "European Commission", "Team Europe", "Global Gateway",
    "European Investment Bank", "EIB", "PGII", "Partnership for Global Infrastructure", "G7", "World Bank",
    "International Development Association", "IFC", "International Finance Corporation", "AIIB",
    "Asian Infrastructure Investment Bank", "Asian Development Bank", "African Development Bank",
    "African Development Fund", "AfDB", "New Development Bank", "NDB", "JICA", "JBIC", "DFAT", "BII",
    "British International Investment", "FCDO", "KOICA", "KfW", "DCCP", "Commission",
    /* (any development bank or fund whose name is not China's, "the
     * Islamic Development Bank", "the Development Bank of Southern
     * Africa", "the Saudi Fund for Development": China Development Bank
     * names China, which the sentence then names) */
    "Development Bank", "Development Banks", "IsDB", "DBSA", "BOAD", "EBRD", "Afreximbank",
    "Fund for Development", "Fund for International Development", "OPEC Fund", NULL};

/* Words opening an aside whose words are not the figure's subject
 * ("the Belt and Road, including its Digital Silk Road, has attracted"). */
static const char *const asides[] = {"including", "includes", "such as", "notably", "especially", "among them",
                                     "of which", "only a fraction", "a fraction of it", "part of it",
                                     "some of it", "much of it", "with", NULL};
/* Words that make a clause opening "with" an aside: "with digital
 * infrastructure among the priorities". */
static const char *const among[] = {"among the priorities", "among its priorities", "among the sectors",
                                    "among the areas", "one of the priorities", "a priority", NULL};
static const char *const of_under[] = {"of", "under", "within", "along", "in", NULL};

enum { MARK_NONE, MARK_BRI, MARK_DIGITAL };

/* Does an aside open at token i: an opener after a mark, "but" or "and"
 * ("but only a fraction of it in digital projects"); "with" only before
 * a priority's words in its clause? */
static int aside_opens(const FigToks *ft, size_t i)
{
    static const char *const joins[] = {"but", "and", NULL};
    if (i == 0 || figtoks_find(ft, i, i + 1, asides) == SIZE_MAX)
        return 0;
    if (ft->t[i - 1].type != CUETOK_PUNCT && !figtoks_word(ft, i - 1, joins))
        return 0;
    static const char *const with[] = {"with", NULL};
    if (!figtoks_word(ft, i, with))
        return 1;
    size_t e = i + 1;
    while (e < ft->n && !figtoks_boundary(ft, e))
        e++;
    return figtoks_find(ft, i, e, among) != SIZE_MAX;
}

/* The aside flags of the window's tokens: 1 for a token after an
 * aside's opener up to the clause's end, or inside brackets that do not
 * hold the figure; never the figure's own clause. */
static void mark_asides(const FigToks *ft, unsigned char *aside)
{
    memset(aside, 0, ft->n);
    int in = 0;
    size_t open = SIZE_MAX;
    for (size_t i = 0; i < ft->n; i++) {
        char ch = ft->t[i].type == CUETOK_PUNCT ? ft->doc[ft->t[i].s] : 0;
        if (ch == '(')
            open = i;
        else if (ch == ')' && open != SIZE_MAX) {
            /* (a bracket holding the figure is the figure's own) */
            if (!(open < ft->fs && i >= ft->fe))
                memset(aside + open, 1, i - open);
            open = SIZE_MAX;
        } else if (figtoks_boundary(ft, i))
            in = 0;
        if (!in && aside_opens(ft, i))
            in = 1;
        aside[i] |= (unsigned char)in;
    }
    for (size_t i = ft->cs; i < ft->ce; i++)
        aside[i] = 0;
}

/* What token i names: the Belt and Road, digital work ("the digital
 * strand of the Belt and Road" is the Digital Silk Road), or neither. */
static int mark_at(const FigToks *ft, size_t i)
{
    if (figtoks_find(ft, i, i + 1, digital) != SIZE_MAX)
        return MARK_DIGITAL;
    if (figtoks_find(ft, i, i + 1, bri) == SIZE_MAX)
        return MARK_NONE;
    size_t b = figtoks_word_before(ft, i, 0);
    static const char *const the[] = {"the", "its", NULL};
    if (b != SIZE_MAX && figtoks_word(ft, b, the))
        b = figtoks_word_before(ft, b, 0);
    if (b != SIZE_MAX && figtoks_word(ft, b, of_under))
        for (int w = 0; w < 3 && (b = figtoks_word_before(ft, b, 1)) != SIZE_MAX; w++)
            if (figtoks_find(ft, b, b + 1, digital) != SIZE_MAX)
                return MARK_DIGITAL;
    return MARK_BRI;
}

int investor_bri_whole(const FigToks *ft)
{
    static _Thread_local unsigned char aside[FIGTOKS_MAX];
    mark_asides(ft, aside);
    /* the figure's clause: digital work keeps the sum the DSR's, the Belt
     * and Road alone makes it the whole's */
    int bri_seen = 0;
    for (size_t i = ft->cs; i < ft->ce; i++) {
        int k = aside[i] ? MARK_NONE : mark_at(ft, i);
        if (k == MARK_DIGITAL)
            return 0;
        bri_seen |= k == MARK_BRI;
    }
    if (bri_seen)
        return 1;
    /* else the nearest name before the clause, then after it */
    for (size_t i = ft->cs; i-- > 0;) {
        int k = aside[i] ? MARK_NONE : mark_at(ft, i);
        if (k)
            return k == MARK_BRI;
    }
    for (size_t i = ft->ce; i < ft->n; i++) {
        int k = aside[i] ? MARK_NONE : mark_at(ft, i);
        if (k)
            return k == MARK_BRI;
    }
    return 0;
}

int investor_digital_aside(const FigToks *ft)
{
    static _Thread_local unsigned char aside[FIGTOKS_MAX];
    mark_asides(ft, aside);
    int in_aside = 0;
    for (size_t i = 0; i < ft->n; i++)
        if (figtoks_find(ft, i, i + 1, digital) != SIZE_MAX) {
            if (!aside[i])
                return 0;
            in_aside = 1;
        }
    return in_aside;
}

int investor_other_power(const FigToks *ft)
{
    return figtoks_find(ft, 0, ft->n, chinese) == SIZE_MAX && figtoks_find(ft, 0, ft->n, others) != SIZE_MAX;
}

int investor_one_cost(const FigToks *ft)
{
    static const char *const of[] = {"of", "at", NULL};
    static const char *const prices[] = {"cost", "price", NULL};
    static const char *const verbs[] = {"cost", "costs", "costing", "priced", NULL};
    static const char *const hedges[] = {"about", "some", "around", "roughly", "nearly", "almost", "over",
                                         "approximately", "an", "estimated", "just", "under", NULL};
    size_t i = ft->fs;
    do
        i = figtoks_word_before(ft, i, 0);
    while (i != SIZE_MAX && i >= ft->cs && figtoks_word(ft, i, hedges));
    if (i == SIZE_MAX || i < ft->cs)
        return 0;
    if (figtoks_word(ft, i, verbs))
        return 1;
    /* "at a reported cost of", "the contract price of" */
    if (!figtoks_word(ft, i, of) || (i = figtoks_word_before(ft, i, 0)) == SIZE_MAX)
        return 0;
    return figtoks_word(ft, i, prices);
}
