/* homeplace.c — China's places by rank (see homeplace.h). */
#include "homeplace.h"

#include <string.h>

#include "metrics.h"
#include "textserial.h"
#include "utf8.h"

const char *homeplace_province(const Metrics *m, const char *id)
{
    const char *p = id && *id ? metrics_scope_within(m, id) : NULL;
    const char *top = p ? metrics_scope_within(m, p) : NULL;
    return top && !strcmp(top, "china") ? p : NULL;
}

const char *homeplace_for(const Metrics *m, const char *id, const char *whole)
{
    const char *prov = homeplace_province(m, id);
    return prov && whole && !strcmp(prov, whole) ? prov : NULL;
}

int homeplace_is_province(const Metrics *m, const char *id)
{
    const char *p = id && *id ? metrics_scope_within(m, id) : NULL;
    return p && !strcmp(p, "china");
}

int homeplace_counts_provinces(const char *t, size_t from, size_t to)
{
    static const char *const units[] = {"省份", "省区市", "省市区", "个省", "个城市", "座城市", "地市", NULL};
    static const char *const counts[] = {"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "各", "多",
                                         "几", "数", NULL};
    for (size_t i = from; i < to; i++) {
        /* (every unit is Chinese: none starts at an ASCII byte) */
        if ((unsigned char)t[i] < 0x80)
            continue;
        for (int k = 0; units[k]; k++) {
            if (t[i] != units[k][0])
                continue;
            size_t l = strlen(units[k]);
            if (i + l > to || memcmp(t + i, units[k], l))
                continue;
            if (i > from && t[i - 1] >= '0' && t[i - 1] <= '9')
                return 1;
            for (int c = 0; counts[c] && i >= from + 3; c++)
                if (!memcmp(t + i - 3, counts[c], 3))
                    return 1;
        }
    }
    return 0;
}

/* Does the sentence hold one of the words (NULL-ended)? */
static int says_any(const char *doc, size_t ss, size_t se, const char *const *words)
{
    /* (one walk of the sentence, a word tried only where a byte opens
     * one: these are Chinese, and most sentences hold no such byte) */
    unsigned char opens[256] = {0}, seconds[256] = {0};
    int ascii_opens = 0;
    for (int k = 0; words[k]; k++) {
        opens[(unsigned char)words[k][0]] = 1;
        ascii_opens |= (unsigned char)words[k][0] < 0x80;
        if (words[k][1])
            seconds[(unsigned char)words[k][1]] = 1;
        else
            memset(seconds, 1, sizeof seconds);   /* (a word of one byte: any after it) */
    }
    /* (and a byte after it that is a word's second: a Chinese
     * character's first byte opens a sixth of all characters) */
    for (size_t i = ss; i < se; i++) {
        /* (no word opens with ASCII: an English run passed eight bytes
         * at a time) */
        if (!ascii_opens && (unsigned char)doc[i] < 0x80 && (i = utf8_ascii_end(doc, se, i)) >= se)
            break;
        if (!opens[(unsigned char)doc[i]] || (i + 1 < se && !seconds[(unsigned char)doc[i + 1]]))
            continue;
        for (int k = 0; words[k]; k++) {
            /* (the second byte too before the length: the first of a
             * Chinese character is one of six) */
            if (doc[i] != words[k][0] || (words[k][1] && (i + 1 >= se || doc[i + 1] != words[k][1])))
                continue;
            size_t l = strlen(words[k]);
            if (i + l <= se && !memcmp(doc + i, words[k], l))
                return 1;
        }
    }
    return 0;
}

static const char *home_word(const Metrics *m, const char *doc, size_t ss, size_t se, const char *place);

const char *homeplace_word(const Metrics *m, const char *doc, size_t ss, size_t se, const char *place)
{
    /* (asked for every claim of a sentence: the last answer is kept) */
    static _Thread_local const Metrics *last_m;
    static _Thread_local const char *last_doc, *last_place, *last;
    static _Thread_local size_t last_ss, last_se;
    static _Thread_local unsigned long last_serial;
    static _Thread_local char last_text[64];   /* place as it was asked */
    if (!place || strlen(place) >= sizeof last_text)
        return home_word(m, doc, ss, se, place);
    if (m != last_m || doc != last_doc || place != last_place || strcmp(place, last_text) || ss != last_ss ||
        se != last_se || last_serial != text_serial) {
        last_m = m, last_doc = doc, last_place = place, last_ss = ss, last_se = se, last_serial = text_serial;
        strcpy(last_text, place);
        last = home_word(m, doc, ss, se, place);
    }
    return last;
}

/* The home words: a city's, a province's (an autonomous region's). */
static const char *const city[] = {"全市", "我市", "本市", NULL};
static const char *const province[] = {"全省", "我省", "本省", "全区", "我区", "全自治区", NULL};

int homeplace_says_own(const char *doc, size_t ss, size_t se)
{
    /* (asked for every claim of a sentence: the last answer is kept) */
    static _Thread_local SpanKey key;
    static _Thread_local int last;
    if (!spankey_same(&key, doc, ss, se))
        last = says_any(doc, ss, se, city) || says_any(doc, ss, se, province);
    return last;
}

static const char *home_word(const Metrics *m, const char *doc, size_t ss, size_t se, const char *place)
{
    if (!place || !*place)
        return NULL;
    const char *prov = homeplace_province(m, place);
    /* (全市场, the whole market, is no city) */
    if (prov && says_any(doc, ss, se, city) && !says_any(doc, ss, se, (const char *const[]){"全市场", NULL}))
        return place;
    if (says_any(doc, ss, se, province))
        return prov ? prov : homeplace_is_province(m, place) ? place : NULL;
    return NULL;
}

int homeplace_own_country(const Metrics *m, const char *doc, size_t ss, size_t se)
{
    static const char *const own[] = {"我国", "本国", "全国", "国内", "境内", NULL};
    MetricsPlace pl[16];
    size_t n = metrics_places(m, doc, ss, se, pl, 16), seen = 0;
    for (size_t k = 0; k < n; k++) {
        if (strcmp(pl[k].id, "china"))
            continue;
        int w = 0;
        for (int i = 0; own[i] && !w; i++)
            w = pl[k].e - pl[k].s == strlen(own[i]) && !memcmp(doc + pl[k].s, own[i], pl[k].e - pl[k].s);
        if (!w)
            return 0;
        seen++;
    }
    return seen > 0 && !says_any(doc, ss, se, (const char *const[]){"中国", "大陆", NULL});
}
