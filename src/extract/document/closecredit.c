#define _GNU_SOURCE   /* memmem, memrchr */
/* closecredit.c — a paragraph closed by its source (see closecredit.h). */
#include "closecredit.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"

#define MAX_CREDIT 80   /* a closing bracket's text, at most */

/* Words that open a bracket naming no body: labels, cross-references,
 * stage directions. */
static const char *const not_bodies[] = {
    "table",  "figure", "fig",     "chart", "box",     "annex", "appendix", "see",    "cf",    "map",
    "graph",  "exhibit", "applause", "laughter", "laughs", "pause", "continued", "emphasis", "translation",
    "photo",  "video",  "file",    "updated", "edited", "end",   "ends",     "note",   "notes", "page",
    "section", "paragraph", "para", "para.", "source", "sources", "image", "reporting", "editing", "writing",
    NULL,
};

static int word_in(const char *p, size_t s, size_t e, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (strlen(list[k]) == e - s && !strncasecmp(p + s, list[k], e - s))
            return 1;
    return 0;
}

size_t closecredit_arrow(const char *p, size_t ls, size_t le)
{
    static const char *const arrows[] = {"->", "=>", "\xE2\x86\x92", "\xC2\xBB", ">>", NULL};
    for (int k = 0; arrows[k]; k++) {
        size_t l = strlen(arrows[k]);
        if (le - ls > l + 1 && !memcmp(p + ls, arrows[k], l) && p[ls + l] == ' ') {
            size_t i = ls + l;
            while (i < le && p[i] == ' ')
                i++;
            return i;
        }
    }
    return ls;
}

/* The name opening the credit p[s, e): past "Source:", up to a comma or
 * a semicolon; 1 when it is one (a capital first, no label). */
static int credit_name(const char *p, size_t s, size_t e, size_t *ns, size_t *ne)
{
    while (s < e && p[s] == ' ')
        s++;
    if (e - s > 8 && (!strncasecmp(p + s, "source:", 7) || !strncasecmp(p + s, "sources:", 8))) {
        s += p[s + 6] == ':' ? 7 : 8;
        while (s < e && p[s] == ' ')
            s++;
    }
    if (s >= e || !ascii_isupper(p[s]))
        return 0;
    size_t w = s;
    while (w < e && (ascii_isalpha(p[w]) || p[w] == '.'))
        w++;
    if (word_in(p, s, w, not_bodies))
        return 0;
    size_t k = s;
    while (k < e && p[k] != ',' && p[k] != ';')
        k++;
    while (k > s && p[k - 1] == ' ')
        k--;
    *ns = s, *ne = k;
    return k > s;
}

size_t closecredit_find(const char *p, size_t bs, size_t be, size_t *ns, size_t *ne)
{
    size_t e = be;
    while (e > bs && ascii_isgap(p[e - 1]))
        e--;
    if (e <= bs)
        return be;
    /* the last line, after an arrow: "-> Source: CAC, via Reuters" */
    const char *nl = memrchr(p + bs, '\n', e - bs);
    size_t ls = nl ? (size_t)(nl - p) + 1 : bs;
    size_t t = ls;
    while (t < e && (p[t] == ' ' || p[t] == '\t'))
        t++;
    size_t a = closecredit_arrow(p, t, e);
    if (a > t && ls > bs && e - a > 8 && (!strncasecmp(p + a, "source:", 7) || !strncasecmp(p + a, "sources:", 8)))
        return credit_name(p, a, e, ns, ne) ? ls : be;
    /* "... alone. (Bangkok Post)": a bracket after the last stop */
    if (p[e - 1] != ')')
        return be;
    size_t o = e - 1;
    while (o > bs && p[o - 1] != '(' && p[o - 1] != ')' && p[o - 1] != '\n' && e - o < MAX_CREDIT)
        o--;
    if (o == bs || p[o - 1] != '(')
        return be;
    o--;
    size_t k = o;
    while (k > bs && (p[k - 1] == ' ' || p[k - 1] == '\n' || p[k - 1] == '\t'))
        k--;
    /* (the sentence before has ended: a stop, a closing quotation mark;
     * or the bracket has a line of its own) */
    int ended = k == bs || p[k - 1] == '.' || p[k - 1] == '!' || p[k - 1] == '?' || p[k - 1] == '"' ||
                (k >= 3 && !memcmp(p + k - 3, "\xE2\x80\x9D", 3));
    if (k == bs || !ended)
        return be;
    return credit_name(p, o + 1, e - 1, ns, ne) ? o : be;
}

size_t closecredit_mark(const char *p, size_t ls, size_t le)
{
    size_t i = ls;
    if (i < le && (p[i] == '(' || p[i] == '['))
        i++;
    size_t d = i;
    while (i < le && ascii_isdigit(p[i]) && i - d < 3)
        i++;
    if (i > d) {
        if (d > ls && i < le && (p[i] == ')' || p[i] == ']'))
            i++;
        else if (d == ls && i < le && (p[i] == '.' || p[i] == ')'))
            i++;
        else if (d > ls)
            return ls;
    } else if (i + 1 < le && (unsigned char)p[i] == 0xC2 &&
               ((unsigned char)p[i + 1] == 0xB9 || (unsigned char)p[i + 1] == 0xB2 || (unsigned char)p[i + 1] == 0xB3)) {
        i += 2;   /* ¹ ² ³ */
    } else if (i < le && p[i] == '*') {
        i++;
    } else {
        return ls;
    }
    if (i >= le || p[i] != ' ')
        return ls;
    while (i < le && p[i] == ' ')
        i++;
    return i;
}

int closecredit_marked(const char *p, size_t ls, size_t le, const char *mark, size_t ml)
{
    static const char *const sup[] = {"\xE2\x81\xB0", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3", "\xE2\x81\xB4",
                                      "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8",
                                      "\xE2\x81\xB9"};
    /* the note's number, one digit: its superscript, or in brackets; a
     * superscript mark ("¹ ") itself */
    size_t k = 0;
    while (k < ml && !ascii_isdigit(mark[k]))
        k++;
    if (k >= ml)
        return ml >= 2 && (unsigned char)mark[0] == 0xC2 && memmem(p + ls, le - ls, mark, 2) != NULL;
    if (k + 1 < ml && ascii_isdigit(mark[k + 1]))
        return 0;
    const char *s = sup[mark[k] - '0'];
    char br[2][4] = {{'[', mark[k], ']', 0}, {'(', mark[k], ')', 0}};
    return memmem(p + ls, le - ls, s, strlen(s)) || memmem(p + ls, le - ls, br[0], 3) ||
           memmem(p + ls, le - ls, br[1], 3);
}
