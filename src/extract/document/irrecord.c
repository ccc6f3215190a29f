/* irrecord.c — the company answering in a Chinese Q&A record (see
 * irrecord.h). */
#include "irrecord.h"

#include <string.h>

#include "textfind.h"
#include "utf8.h"

#define OPENING 1500

/* Does doc[0, lim) name a record of a company's answers? */
static int qa_record(const char *doc, size_t lim)
{
    static const char *const kinds[] = {"投资者关系活动", "调研纪要", "调研记录", "业绩说明会", "问询函",
                                        "交流纪要", NULL};
    for (int k = 0; kinds[k]; k++)
        if (tf_find(doc, lim, kinds[k], strlen(kinds[k])))
            return 1;
    return 0;
}

/* Copy the run of Han characters doc[s, e) into out when it is two to
 * twelve characters long. */
static int take(const char *doc, size_t s, size_t e, char *out, size_t cap)
{
    if (e < s + 6 || e - s > 36 || e - s >= cap)
        return 0;
    memcpy(out, doc + s, e - s);
    out[e - s] = '\0';
    return 1;
}

/* "星海科技（688123）", "星海科技（688123.SH）": the Han name before a
 * bracket holding a code of six digits (and its exchange). */
static int before_code(const char *doc, size_t lim, char *out, size_t cap)
{
    for (const char *b = tf_find(doc, lim, "（", 3); b; b = tf_find(b + 3, lim - (size_t)(b + 3 - doc), "（", 3)) {
        size_t i = (size_t)(b - doc) + 3, d = 0;
        while (i < lim && doc[i] >= '0' && doc[i] <= '9')
            i++, d++;
        if (i < lim && doc[i] == '.')
            while (i < lim && ((doc[i] >= 'A' && doc[i] <= 'Z') || doc[i] == '.'))
                i++;
        if (d != 6 || i + 3 > lim || memcmp(doc + i, "）", 3))
            continue;
        size_t e = (size_t)(b - doc), s = e;
        while (s >= 3 && utf8_han_at(doc, s - 3, s) && memcmp(doc + s - 3, "：", 3) && memcmp(doc + s - 3, "，", 3) &&
               memcmp(doc + s - 3, "、", 3))
            s -= 3;
        if (take(doc, s, e, out, cap))
            return 1;
    }
    return 0;
}

/* "证券简称：星海科技": the name up to a blank or the line's end. */
static int short_name(const char *doc, size_t lim, char *out, size_t cap)
{
    static const char *const labels[] = {"证券简称：", "股票简称：", "公司简称：", NULL};
    for (int k = 0; labels[k]; k++) {
        const char *at = tf_find(doc, lim, labels[k], strlen(labels[k]));
        if (!at)
            continue;
        size_t s = (size_t)(at - doc) + strlen(labels[k]), e = s;
        while (e + 3 <= lim && utf8_han_at(doc, e, lim) && memcmp(doc + e, "\xe3\x80\x80", 3))
            e += 3;
        if (take(doc, s, e, out, cap))
            return 1;
    }
    return 0;
}

int irrecord_answerer(const char *doc, size_t n, char *out, size_t cap)
{
    /* (the limit on a character's start: a name is not cut) */
    size_t lim = utf8_cut(doc, n, n < OPENING ? n : OPENING);
    if (!qa_record(doc, lim))
        return 0;
    return short_name(doc, lim, out, cap) || before_code(doc, lim, out, cap);
}
