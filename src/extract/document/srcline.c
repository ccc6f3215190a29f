/* srcline.c — the body a Chinese page's 来源 line names (see srcline.h). */
#include "srcline.h"

#include <string.h>

#include "names.h"
#include "textfind.h"

/* the header: its first lines, some 800 bytes */
#define HEADER_BYTES 800
#define HEADER_LINES 8

static int lit_at(const char *p, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    return i + l <= e && !memcmp(p + i, w, l);
}

/* Does the value p[s, e) name a news outlet (新华网, 人民日报, 央视新闻,
 * 中国新闻网)? */
static int outlet(const char *p, size_t s, size_t e)
{
    static const char *const words[] = {"新华", "人民网", "人民日报", "日报", "时报", "晚报", "晨报", "新闻网",
                                        "新闻社", "中新", "央视", "电视台", "广播", "通讯社", "客户端", NULL};
    for (int k = 0; words[k]; k++)
        if (tf_find(p + s, e - s, words[k], strlen(words[k])))
            return 1;
    return 0;
}

int srcline_body(const Metrics *m, const char *doc, size_t n, char *out, size_t cap)
{
    static const char *const labels[] = {"来源：", "来源:", NULL};
    size_t lim = n < HEADER_BYTES ? n : HEADER_BYTES, lines = 0;
    for (size_t ls = 0; ls < lim && lines < HEADER_LINES; lines++) {
        const char *nl = memchr(doc + ls, '\n', n - ls);
        size_t le = nl ? (size_t)(nl - doc) : n;
        /* (the header ends at the text: a line closing a sentence) */
        if (le >= ls + 3 && lit_at(doc, le - 3, le, "。"))
            return 0;
        for (int k = 0; labels[k]; k++) {
            const char *hit = tf_find(doc + ls, le - ls, labels[k], strlen(labels[k]));
            if (!hit)
                continue;
            /* the value: up to a blank (two spaces, an ideographic one), a
             * bar or a bracket */
            size_t s = (size_t)(hit - doc) + strlen(labels[k]), e = s;
            while (s < le && doc[s] == ' ')
                s++;
            for (e = s; e < le && doc[e] != '|' && doc[e] != '\t' && !(doc[e] == ' ' && e + 1 < le && doc[e + 1] == ' ') &&
                        !lit_at(doc, e, le, "\xE3\x80\x80") && !lit_at(doc, e, le, "【");
                 e++)
                ;
            while (e > s && doc[e - 1] == ' ')
                e--;
            if (e > s && !outlet(doc, s, e) && names_source_opening(m, doc, s, e, out, cap))
                return 1;
        }
        if (!nl)
            break;
        ls = le + 1;
    }
    return 0;
}
