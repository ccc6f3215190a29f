/* zhsource.c — a known body credited in Chinese, named as Chinese readers
 * know it (see zhsource.h). */
#include "zhsource.h"

#include <string.h>

#include "textfind.h"

/* Does s[0, n) hold a Han character (a three-byte UTF-8 sequence
 * opening with E3..E9)? */
static int has_han(const char *s, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++)
        if ((unsigned char)s[i] >= 0xE3 && (unsigned char)s[i] <= 0xE9)
            return 1;
    return 0;
}

int zhsource_name(const Metrics *m, char *source, size_t cap)
{
    size_t n = strlen(source);
    if (!m || !n || has_han(source, n) || !metrics_known_source(m, source))
        return 0;
    const char *cues = metrics_source_cues(m, source);
    /* the first of the cues (split by |) that is written in Han */
    for (const char *c = cues; c && *c;) {
        const char *bar = strchr(c, '|');
        size_t l = bar ? (size_t)(bar - c) : strlen(c);
        if (l && has_han(c, l)) {
            if (n + l + 4 > cap)
                return 0;
            memcpy(source + n, " (", 2);
            memcpy(source + n + 2, c, l);
            memcpy(source + n + 2 + l, ")", 2);
            return 1;
        }
        c = bar ? bar + 1 : NULL;
    }
    return 0;
}

void zhnames_init(ZhNames *z, const char *data, const char *orig, size_t n, size_t cjk)
{
    z->data = data;
    z->orig = orig ? orig : data;
    z->n = n;
    /* (a Han character is three bytes: a third of the text at least, a
     * table's figures and Latin names aside) */
    z->chinese = cjk * 3 * 3 >= n && n;
    z->nmemo = 0;
}

int zhnames_chinese(const ZhNames *z)
{
    return z && z->chinese;
}

/* Does the cue c[0, l) end with a report's word ("…统计报告", "通信业统计公报",
 * "事实与数字"): a title among a body's cues, no name of it? */
static int title_cue(const char *c, size_t l)
{
    static const char *const ends[] = {"报告", "公报", "数字", "皮书"};
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        size_t e = strlen(ends[i]);
        if (l >= e && !memcmp(c + l - e, ends[i], e))
            return 1;
    }
    return 0;
}

/* Is w[0, l) within s? */
static int holds(const char *s, const char *w, size_t l)
{
    return tf_find(s, strlen(s), w, l) != NULL;
}

/* Add the body's Chinese names the document writes to out (a name with
 * its gloss closed by ")"), as written, while they fit cap. */
static void add_written(const ZhNames *z, const char *cues, char *out, size_t cap)
{
    for (const char *c = cues; c && *c;) {
        const char *bar = strchr(c, '|');
        size_t l = bar ? (size_t)(bar - c) : strlen(c);
        const char *cue = c;
        c = bar ? bar + 1 : NULL;
        if (!l || !has_han(cue, l) || memchr(cue, '*', l) || title_cue(cue, l))
            continue;
        const char *at = tf_find(z->data, z->n, cue, l);
        if (!at)
            continue;
        const char *w = z->orig + (at - z->data);
        size_t n = strlen(out);
        /* (not a name the brackets hold already as written: "海关" of
         * "海关总署"; "商務部" of a traditional text is added) */
        if (holds(out, w, l) || n + l + 3 >= cap)
            continue;
        memcpy(out + n - 1, "\xe3\x80\x81", 3);   /* 、 */
        memcpy(out + n + 2, w, l);
        memcpy(out + n + 2 + l, ")", 2);
    }
}

int zhsource_written(ZhNames *z, const Metrics *m, char *source, size_t cap)
{
    if (!z || !m || !*source || cap > 128)
        return 0;
    for (size_t i = 0; i < z->nmemo; i++)
        if (!strcmp(z->memo[i].in, source)) {
            if (!strcmp(source, z->memo[i].out))
                return 0;
            strcpy(source, z->memo[i].out);
            return 1;
        }
    if (!metrics_known_source(m, source))
        return 0;
    /* (a document crediting more bodies than are remembered names the
     * rest by the canonical name alone: each body's search of the text is
     * done once, whatever the claims) */
    if (z->nmemo == ZHNAMES_MEMO)
        return zhsource_name(m, source, cap);
    char out[128];
    strcpy(out, source);
    const char *cues = metrics_source_cues(m, source);
    zhsource_name(m, out, sizeof out);
    size_t l = strlen(out);
    if (l && out[l - 1] == ')' && has_han(out, l))
        add_written(z, cues, out, cap);
    size_t k = z->nmemo++;
    strcpy(z->memo[k].in, source);
    strcpy(z->memo[k].out, out);
    if (!strcmp(source, out))
        return 0;
    strcpy(source, out);
    return 1;
}
