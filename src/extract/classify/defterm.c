/* defterm.c — a body named by the term its document defined for it (see
 * defterm.h). */
#include "defterm.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "textfind.h"

#define DEF_BACK 65536   /* the text read back for the definition */

/* Is the byte before doc[i] an opening quotation mark, straight or curly
 * (“)? Its start, or SIZE_MAX. */
static size_t open_quote(const char *doc, size_t lo, size_t i)
{
    if (i > lo && doc[i - 1] == '"')
        return i - 1;
    if (i >= lo + 3 && !memcmp(doc + i - 3, "\xE2\x80\x9C", 3))
        return i - 3;
    return (size_t)-1;
}

/* Does a closing quotation mark open doc[i, e)? Its length, or 0. */
static size_t close_quote(const char *doc, size_t i, size_t e)
{
    if (i < e && doc[i] == '"')
        return 1;
    if (i + 3 <= e && !memcmp(doc + i, "\xE2\x80\x9D", 3))
        return 3;
    return 0;
}

static int is_join(const char *doc, size_t s, size_t e)
{
    static const char *const joins[] = {"of", "and", "for", "the", "&", NULL};
    for (int k = 0; joins[k]; k++)
        if (strlen(joins[k]) == e - s && !strncmp(doc + s, joins[k], e - s))
            return 1;
    return 0;
}

/* The name ending before the bracket opening at doc[o]: capitalised
 * words, "(Kenya)", "Co.,", "Ltd." and joins; its start in *ns (and
 * *ne its end), 1; 0 when none. */
static int name_before(const char *doc, size_t lo, size_t o, size_t *ns, size_t *ne)
{
    size_t e = o;
    while (e > lo && doc[e - 1] == ' ')
        e--;
    size_t s = e, at = e;
    for (int words = 0; words < 12 && at > lo; words++) {
        size_t ws = at;
        while (ws > lo && doc[ws - 1] != ' ' && doc[ws - 1] != '\n' && doc[ws - 1] != '(' && at - ws < 40)
            ws--;
        if (ws == at)
            break;
        int bracket = ws > lo && doc[ws - 1] == '(';
        if (bracket) {
            /* "(Kenya)": a capitalised word in brackets inside the name */
            if (doc[at - 1] != ')' || !ascii_isupper((unsigned char)doc[ws]) || ws < lo + 2 || doc[ws - 2] != ' ')
                break;
            ws--;
        } else if (!ascii_isupper((unsigned char)doc[ws]) && !(is_join(doc, ws, at) && s < at)) {
            break;
        }
        if (ascii_isupper((unsigned char)doc[ws]) || bracket)
            s = ws;
        if (ws <= lo || doc[ws - 1] != ' ')
            break;
        at = ws - 1;
    }
    if (s >= e)
        return 0;
    /* (no trailing comma: "Co.,") */
    while (e > s && (doc[e - 1] == ',' || doc[e - 1] == ' '))
        e--;
    *ns = s, *ne = e;
    return 1;
}

int defterm_resolve(const char *doc, size_t before, char *source, size_t cap)
{
    const char *term = source;
    if (!strncasecmp(term, "the ", 4))
        term += 4;
    size_t tl = strlen(term);
    if (tl < 3 || tl > 40 || !ascii_isupper((unsigned char)term[0]))
        return 0;
    size_t lo = before > DEF_BACK ? before - DEF_BACK : 0, best_s = 0, best_e = 0;
    for (const char *h = tf_find(doc + lo, before - lo, term, tl); h;
         h = tf_find(h + tl, before - (size_t)(h + tl - doc), term, tl)) {
        size_t s = (size_t)(h - doc), e = s + tl, q;
        /* the term in quotation marks: "Term", "the Term", the "Term" */
        if (!close_quote(doc, e, before))
            continue;
        q = open_quote(doc, lo, s);
        if (q == (size_t)-1 && s >= lo + 4 && !strncasecmp(doc + s - 4, "the ", 4))
            q = open_quote(doc, lo, s - 4);
        if (q == (size_t)-1)
            continue;
        /* inside a bracket: past "the", "together,", another term and "or" */
        size_t o = q;
        while (o > lo && q - o < 60 && doc[o - 1] != '(' && doc[o - 1] != ')' && doc[o - 1] != '\n')
            o--;
        if (o == lo || doc[o - 1] != '(')
            continue;
        size_t ns, ne;
        if (name_before(doc, lo, o - 1, &ns, &ne))
            best_s = ns, best_e = ne;
    }
    if (best_e <= best_s || best_e - best_s >= cap)
        return 0;
    memcpy(source, doc + best_s, best_e - best_s);
    source[best_e - best_s] = '\0';
    return 1;
}
