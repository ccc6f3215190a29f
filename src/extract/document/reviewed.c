/* reviewed.c — the work a document is about (see reviewed.h). */
#include "reviewed.h"

#include "ascii.h"

#include <string.h>
#include <strings.h>

/* Is t[i, e) the word w (any case)? */
static int word_at(const char *t, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    return e - i == l && !strncasecmp(t + i, w, l);
}

/* The words of t[0, n): starts and ends, up to max. */
static size_t words(const char *t, size_t n, size_t (*w)[2], size_t max)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < max;) {
        while (i < n && !ascii_isalpha(t[i]))
            i++;
        size_t s = i;
        while (i < n && (ascii_isalpha(t[i]) || t[i] == '-' || t[i] == '\'' || t[i] == '&'))
            i++;
        if (i > s)
            w[k][0] = s, w[k++][1] = i;
    }
    return k;
}

/* Is the gap t[a, b) between two words of a name only blanks? */
static int joined(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t[i] != ' ')
            return 0;
    return 1;
}

static int put(const char *t, size_t s, size_t e, char *out, size_t cap)
{
    if (e <= s || e - s >= cap)
        return 0;
    memcpy(out, t + s, e - s);
    out[e - s] = '\0';
    return 1;
}

int reviewed_work(const char *t, size_t n, char *out, size_t cap)
{
    size_t w[64][2];
    size_t nw = words(t, n, w, 64);
    static const char *const kinds[] = {"report", "study", "survey", "index", "database", "audit", NULL};
    for (size_t i = 0; i + 1 < nw; i++) {
        /* "review of <work> by <Author Name>": the author, the name's
         * capitalised words up to a bracket or the end */
        if (word_at(t, w[i][0], w[i][1], "review") && word_at(t, w[i + 1][0], w[i + 1][1], "of")) {
            for (size_t k = i + 2; k + 1 < nw; k++) {
                if (!word_at(t, w[k][0], w[k][1], "by") || !ascii_isupper(t[w[k + 1][0]]))
                    continue;
                size_t e = k + 1;
                while (e + 1 < nw && ascii_isupper(t[w[e + 1][0]]) && joined(t, w[e][1], w[e + 1][0]) && e - k < 4)
                    e++;
                return put(t, w[k + 1][0], w[e][1], out, cap);
            }
            return 0;
        }
        /* "the [new|latest] <Body Name> report": the body (not "the
         * 2023 report", "the Annual Report") */
        if (!word_at(t, w[i][0], w[i][1], "the"))
            continue;
        size_t a = i + 1;
        if (a < nw && (word_at(t, w[a][0], w[a][1], "new") || word_at(t, w[a][0], w[a][1], "latest")))
            a++;
        size_t b = a;
        while (b < nw && ascii_isupper(t[w[b][0]]) && b - a < 6 && (b == a || joined(t, w[b - 1][1], w[b][0])))
            b++;
        if (b == a || b >= nw || !joined(t, w[b - 1][1], w[b][0]))
            continue;
        int kind = 0;
        for (int k = 0; kinds[k] && !kind; k++)
            kind = word_at(t, w[b][0], w[b][1], kinds[k]);
        static const char *const not_body[] = {"Annual", "Final", "Quarterly", "Interim", "Monthly", NULL};
        for (int k = 0; not_body[k] && kind; k++)
            if (word_at(t, w[b - 1][0], w[b - 1][1], not_body[k]))
                kind = 0;
        if (kind)
            return put(t, w[a][0], w[b - 1][1], out, cap);
    }
    return 0;
}
