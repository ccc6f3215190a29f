/* capplace.c — the one place a table's caption puts its cells in (see
 * capplace.h). */
#define _GNU_SOURCE   /* memmem */
#include "capplace.h"

#include <string.h>
#include <strings.h>

#include "lines.h"
#include "metrics.h"
#include "tables_frame.h"

/* Does the caption doc[s, e) lay its table out by place: "by region",
 * "by country", "by economy", "per country"? */
static int by_place(const char *doc, size_t s, size_t e)
{
    static const char *const ways[] = {"by ", "per ", "across "};
    static const char *const whats[] = {"region", "country", "countries", "continent", "economy", "economies",
                                        "recipient", "host country", "market", "markets", "sub-region",
                                        "subregion", "location", "destination", "state", "province", NULL};
    for (size_t i = s; i < e; i++) {
        /* (each way opens a word with b, p or a: other bytes are passed) */
        char c = (char)(doc[i] | 0x20);
        if ((i > s && doc[i - 1] != ' ') || (c != 'b' && c != 'p' && c != 'a'))
            continue;
        for (size_t w = 0; w < sizeof ways / sizeof *ways; w++) {
            size_t wl = strlen(ways[w]);
            if (i + wl > e || strncasecmp(doc + i, ways[w], wl) || (i > s && doc[i - 1] != ' '))
                continue;
            size_t k = i + wl;
            while (k < e && doc[k] == ' ')
                k++;
            for (size_t t = 0; whats[t]; t++) {
                size_t tl = strlen(whats[t]);
                if (k + tl <= e && !strncasecmp(doc + k, whats[t], tl))
                    return 1;
            }
        }
    }
    return 0;
}

/* Does the place ending at doc[pe) name a currency ("US$ million",
 * "Singapore dollars"): no place of the table's figures? */
static int names_currency(const char *doc, size_t pe, size_t e)
{
    size_t k = pe;
    while (k < e && doc[k] == ' ')
        k++;
    return (k < e && doc[k] == '$') || (k + 6 <= e && !strncasecmp(doc + k, "dollar", 6));
}

int capplace_of(const Metrics *m, const char *doc, size_t s, size_t e, char *out, size_t cap)
{
    if (e <= s || !cap || by_place(doc, s, e))
        return 0;
    /* (a caption that opens as one, "Table 1", "Figure 2:": not a line of
     * prose, nor the last line of a record above, a block of fields) */
    size_t ts = s, te = lines_end(doc, e, s);
    lines_trim(doc, &ts, &te);
    if (te <= ts || !tables_frame_caption_line((const unsigned char *)doc, ts, te))
        return 0;
    /* (an English caption: a Chinese table's place, 表1 under a province's
     * title, is the title's, read as before) */
    if ((unsigned char)doc[ts] >= 0x80)
        return 0;
    MetricsPlace pl[4];
    size_t np = metrics_places(m, doc, s, e, pl, 4);
    const char *id = NULL;
    for (size_t k = 0; k < np; k++) {
        if (names_currency(doc, pl[k].e, e))
            continue;
        if (id && strcmp(id, pl[k].id))
            return 0;
        id = pl[k].id;
    }
    if (!id)
        return 0;
    size_t l = strlen(id);
    if (l >= cap)
        return 0;
    memcpy(out, id, l + 1);
    return 1;
}

int capplace_row(const Metrics *m, const char *doc, size_t n, size_t at, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)doc;
    /* (a line of a table or a chart is short: a long one, 4 KB or more,
     * is prose, and is not read to its end for each of its figures) */
    const char *nl = memchr(doc + at, '\n', n - at < 4096 ? n - at : 4096);
    if (!nl && n - at >= 4096)
        return 0;
    size_t ls = lines_start(doc, at, 4096), le = nl ? (size_t)(nl - doc) : n;
    if (ls == at && at > 0 && doc[at - 1] != '\n')
        return 0;
    TableFrame f;
    /* (a caption the frame found that opens as one, "Table 1": not the
     * last line of a block of fields above, an infobox's record) */
    if (tables_frame_read(p, n, ls, le, &f)) {
        if (f.fields)
            return 0;
        return capplace_of(m, doc, f.cap_s, f.cap_e, out, cap);
    }
    /* (a chart's figures set on one line under its caption: "Figure 2:
     * ... in Southeast Asia by main supplier" over "SubCom 17 | NEC 13") */
    if (ls < 2)
        return 0;
    size_t ps = lines_start(doc, ls - 1, 4096), pe = ls - 1;
    lines_trim(doc, &ps, &pe);
    if (pe <= ps || !tables_frame_caption_line(p, ps, pe))
        return 0;
    return capplace_of(m, doc, ps, pe, out, cap);
}
