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
    "Digital Silk Road", "DSR", "belt and road", "BRI", "yuan", "RMB", "renminbi", "CNY", "Xi", NULL};

/* Other powers' lenders, funds and programmes (by their names: a
 * country's name may be where a lab stands, "a research lab in the US",
 * or who receives). */
static const char *const others[] = {
    "DFC", "Development Finance Corporation", "USAID", "USTDA", "Trade and Development Agency",
    "Millennium Challenge", "EU", "European Union", "European Commission", "Team Europe", "Global Gateway",
    "European Investment Bank", "EIB", "PGII", "Partnership for Global Infrastructure", "G7", "World Bank",
    "International Development Association", "IFC", "International Finance Corporation", "AIIB",
    "Asian Infrastructure Investment Bank", "Asian Development Bank", "African Development Bank",
    "African Development Fund", "AfDB", "New Development Bank", "NDB", "JICA", "JBIC", "DFAT", "BII",
    "British International Investment", "FCDO", "KOICA", "KfW", "DCCP", NULL};

/* Words opening an aside whose words are not the figure's subject
 * ("the Belt and Road, including its Digital Silk Road, has attracted"). */
static const char *const asides[] = {"including", "includes", "such as", "notably", "especially", "among them",
                                     "of which", NULL};
static const char *const of_under[] = {"of", "under", "within", "along", "in", NULL};

enum { MARK_NONE, MARK_BRI, MARK_DIGITAL };

/* The aside flags of the window's tokens: 1 for a token after an
 * aside's opener up to the clause's end, or inside brackets that do not
 * hold the figure. */
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
        if (!in && i > 0 && ft->t[i - 1].type == CUETOK_PUNCT && figtoks_find(ft, i, i + 1, asides) != SIZE_MAX)
            in = 1;
        aside[i] |= (unsigned char)in;
    }
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

int investor_other_power(const FigToks *ft)
{
    return figtoks_find(ft, 0, ft->n, chinese) == SIZE_MAX && figtoks_find(ft, 0, ft->n, others) != SIZE_MAX;
}
