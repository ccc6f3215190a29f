/* defterm.c — a body named by the term its document defined for it (see
 * defterm.h). */
#include "defterm.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "textserial.h"

#define DEF_BACK 65536   /* the text read back for the definition */

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
            if (doc[at - 1] != ')' || !ascii_isupper(doc[ws]) || ws < lo + 2 || doc[ws - 2] != ' ')
                break;
            ws--;
        } else if (!ascii_isupper(doc[ws]) && !(is_join(doc, ws, at) && s < at)) {
            break;
        }
        if (ascii_isupper(doc[ws]) || bracket)
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

#define MAX_TERMS 64

/* The definitions of the text read now, found once (textserial.h). */
static _Thread_local struct {
    const char *doc;
    size_t n;
    unsigned long serial;
    size_t nt;
    struct {
        size_t at;          /* where the definition stands */
        char term[48];      /* "Respondent", "Company" */
        size_t ns, ne;      /* the name defined */
    } t[MAX_TERMS];
} defs;

/* The definition whose bracket opens at doc[o], "(\"the Respondent\")",
 * "(\"Tianshu\" or \"the Company\")": each term it quotes, kept. */
static void read_bracket(const char *doc, size_t lo, size_t n, size_t o)
{
    size_t ns, ne, close = o + 1;
    while (close < n && close - o < 80 && doc[close] != ')' && doc[close] != '(' && doc[close] != '\n')
        close++;
    if (close >= n || doc[close] != ')' || !name_before(doc, lo, o, &ns, &ne))
        return;
    for (size_t i = o + 1; i < close && defs.nt < MAX_TERMS;) {
        size_t q = close_quote(doc, i, close);   /* (an opening mark is a closing one's twin) */
        size_t oq = q == 1 ? 1 : (i + 3 <= close && !memcmp(doc + i, "\xE2\x80\x9C", 3)) ? 3 : 0;
        if (!oq) {
            i++;
            continue;
        }
        size_t s = i + oq;
        if (s + 4 <= close && !strncasecmp(doc + s, "the ", 4))
            s += 4;
        size_t e = s;
        while (e < close && !close_quote(doc, e, close))
            e++;
        if (e >= close || e - s < 3 || e - s >= sizeof defs.t[0].term || !ascii_isupper(doc[s]))
            return;
        defs.t[defs.nt].at = o;
        memcpy(defs.t[defs.nt].term, doc + s, e - s);
        defs.t[defs.nt].term[e - s] = '\0';
        defs.t[defs.nt].ns = ns, defs.t[defs.nt].ne = ne;
        defs.nt++;
        i = e + close_quote(doc, e, close);
    }
}

/* The definitions of doc[0, n): a bracket opening with a quotation mark,
 * or with "the" or "together, the" and one, after a name. */
static void read_defs(const char *doc, size_t n)
{
    defs.doc = doc, defs.n = n, defs.serial = text_serial, defs.nt = 0;
    for (const char *h = memchr(doc, '(', n); h && defs.nt < MAX_TERMS; h = memchr(h + 1, '(', n - (size_t)(h + 1 - doc))) {
        size_t o = (size_t)(h - doc), k = o + 1;
        if (k + 4 < n && !strncmp(doc + k, "the ", 4))
            k += 4;
        else if (k + 14 < n && !strncmp(doc + k, "together, the ", 14))
            k += 14;
        if (k < n && (doc[k] == '"' || (k + 3 <= n && !memcmp(doc + k, "\xE2\x80\x9C", 3))))
            read_bracket(doc, o > DEF_BACK ? o - DEF_BACK : 0, n, o);
    }
}

/* Words that open the records a party keeps, after its term in a note:
 * "Company audited financial statements FY2021-FY2025", "Company data",
 * "Company filings". */
static const char *const record_words[] = {"data", "filings", "filing", "accounts", "audited", "financial",
                                           "statements", "reports", "report", "annual", "management",
                                           "disclosures", "announcements", "records", "information", NULL};

/* The length of the term opening source when the rest names its records
 * ("Company" of "Company audited financial statements FY2021-FY2025"),
 * else the whole length. */
static size_t term_before_records(const char *term)
{
    const char *sp = strchr(term, ' ');
    if (!sp)
        return strlen(term);
    const char *w = sp + 1, *we = w;
    while (ascii_isalpha(*we))
        we++;
    for (int k = 0; record_words[k]; k++)
        if (strlen(record_words[k]) == (size_t)(we - w) && !strncmp(w, record_words[k], (size_t)(we - w)))
            return (size_t)(sp - term);
    return strlen(term);
}

int defterm_resolve(const char *doc, size_t n, size_t before, char *source, size_t cap)
{
    const char *term = source;
    if (!strncasecmp(term, "the ", 4))
        term += 4;
    if (!ascii_isupper(term[0]))
        return 0;
    if (defs.doc != doc || defs.n != n || defs.serial != text_serial)
        read_defs(doc, n);
    size_t best = defs.nt, tl = strlen(term), rl = term_before_records(term);
    for (size_t k = 0; k < defs.nt && defs.t[k].at < before; k++)
        if (!strcmp(defs.t[k].term, term) ||
            (rl < tl && strlen(defs.t[k].term) == rl && !strncmp(defs.t[k].term, term, rl)))
            best = k;
    if (best == defs.nt || defs.t[best].ne - defs.t[best].ns >= cap)
        return 0;
    size_t l = defs.t[best].ne - defs.t[best].ns;
    memcpy(source, doc + defs.t[best].ns, l);
    source[l] = '\0';
    return 1;
}
