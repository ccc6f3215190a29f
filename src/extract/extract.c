/* extract.c — the driver: documents in, classified claims with stable ids
 * out (see extract.h). Holds one document and its claims at a time. */
#include "extract.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <xxhash.h>

#include "buf.h"
#include "corpus.h"
#include "fsio.h"
#include "limits.h"
#include "metrics.h"
#include "scan.h"
#include "curation.h"

/* How far a sentence may reach from its span: bounds the work per claim
 * on pathological input (a 100 MB line). */
#define SENTENCE_WINDOW CB_MAX_SENTENCE_BYTES

static int is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int isdigit_a(int c) { return c >= '0' && c <= '9'; }
static int is_lower(int c) { return c >= 'a' && c <= 'z'; }

/* Abbreviations whose full stop does not end a sentence. */
static const char *const abbrevs[] = {
    "u.n", "u.s", "u.k", "e.u", "dr", "mr", "mrs", "ms", "prof", "st", "no", "vol", "e.g", "i.e",
    "etc", "vs", "inc", "ltd", "co", "corp", "approx", "fig", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "jr", "sr", "al",
    "cf", "p", "pp", "ed", "eds", "est", "dept", "univ", "mt", "ft", NULL,
};

/* Does the full stop at p[i] end a sentence? Not after an abbreviation
 * or a single capital ("J. Smith"). */
static int stop_ends(const char *p, size_t i)
{
    size_t s = i;
    while (s > 0 && i - s < 8 && (is_upper((unsigned char)p[s - 1]) || is_lower((unsigned char)p[s - 1]) ||
                                  p[s - 1] == '.'))
        s--;
    size_t len = i - s;
    if (len == 1 && is_upper((unsigned char)p[s]))
        return 0;
    char w[12];
    if (len == 0 || len >= sizeof w)
        return 1;
    for (size_t k = 0; k < len; k++)
        w[k] = (char)(is_upper((unsigned char)p[s + k]) ? p[s + k] + 32 : p[s + k]);
    w[len] = 0;
    for (int k = 0; abbrevs[k]; k++)
        if (abbrevs[k][0] == w[0] && !strcmp(w, abbrevs[k]))
            return 0;
    return 1;
}

/* Is there a sentence boundary between p[i-1] and p[i]? (i in 1..n-1) */
static int boundary_at(const char *p, size_t n, size_t i)
{
    unsigned char c = (unsigned char)p[i - 1];
    if (c == '\n') {
        /* a blank line, or a line that was not wrapped mid-sentence */
        size_t k = i - 1;
        while (k > 0 && (p[k - 1] == '\r' || p[k - 1] == ' ' || p[k - 1] == '\t'))
            k--;
        if (k == 0 || p[k - 1] == '\n')
            return 1;
        unsigned char last = (unsigned char)p[k - 1];
        int ends = last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '"' ||
                   last >= 0x80;
        size_t j = i;
        while (j < n && (p[j] == ' ' || p[j] == '\t'))
            j++;
        /* a wrapped line goes on in lower case, a digit or a currency sign */
        unsigned char nc = j < n ? (unsigned char)p[j] : 0;
        int goes_on = is_lower(nc) || (nc >= '0' && nc <= '9') || nc == '$' || nc == '(' || nc == 0xE2 ||
                      nc == 0xC2;
        if (ends)
            return 1;
        /* a short line was not wrapped */
        size_t ls = k;
        while (ls > 0 && p[ls - 1] != '\n' && k - ls < 60)
            ls--;
        if (k - ls < 60)
            return 1;
        if (goes_on)
            return 0;
        /* a long line stopping mid-sentence goes on, even with a name or
         * a currency code: "cost the global economy\nEUR 5.5 trillion";
         * not a table row (columns: "|", two spaces, dot leaders) */
        if (!is_upper(nc))
            return 1;
        size_t t = ls;
        while (t < k && (p[t] == ' ' || p[t] == '\t'))
            t++;
        for (; t + 1 < k; t++)
            if (p[t] == '|' || (p[t] == ' ' && p[t + 1] == ' ') || (p[t] == '.' && p[t + 1] == '.'))
                return 1;
        return 0;
    }
    if (!is_space((unsigned char)p[i]) && !(c == '!' || c == '?'))
        return 0;
    if (!is_space((unsigned char)p[i]))
        return 0;
    size_t k = i - 1;
    /* skip closing quotes and brackets: ."  .”  .) */
    while (k > 0 && (p[k] == '"' || p[k] == '\'' || p[k] == ')' || p[k] == ']' ||
                     ((unsigned char)p[k] == 0x9D && k >= 2 && (unsigned char)p[k - 2] == 0xE2)))
        k -= (unsigned char)p[k] == 0x9D ? 3 : 1;
    c = (unsigned char)p[k];
    /* a note mark after the full stop: "in 80 countries.(2) China" */
    if (c >= '0' && c <= '9') {
        size_t f = k;
        while (f > 0 && p[f] >= '0' && p[f] <= '9' && k - f < 3)
            f--;
        if (f > 0 && (p[f] == '(' || p[f] == '[') && p[f - 1] == '.')
            k = f - 1, c = '.';
        /* a note number glued after the full stop of a word: "slogan.1 A" */
        else if (f > 0 && p[f] == '.' && (is_lower((unsigned char)p[f - 1]) || p[f - 1] == ')' || p[f - 1] == '"'))
            k = f, c = '.';
    }
    if (c != '.' && c != '!' && c != '?')
        return 0;
    size_t j = i;
    while (j < n && (p[j] == ' ' || p[j] == '\t'))
        j++;
    if (j >= n)
        return 1;
    unsigned char d = (unsigned char)p[j];
    if (!(is_upper(d) || d == '"' || d == '(' || d >= 0x80 || (d >= '0' && d <= '9') || d == '\n' || d == '\r'))
        return 0;
    /* dot leaders joining a row's label to its figure: "Kenya ..... 40.8%" */
    if (c == '.' && k > 0 && p[k - 1] == '.' && d >= '0' && d <= '9')
        return 0;
    return c != '.' || stop_ends(p, k);
}

/* boundary_at, first ruling out in line the common case: a boundary
 * needs a line break before i or a space at i. */
static inline int boundary_quick(const char *p, size_t n, size_t i)
{
    unsigned char c = (unsigned char)p[i - 1];
    if (c == '\n')
        return boundary_at(p, n, i);
    /* else a space after . ! ? or a closing quote or bracket, or after a
     * note number glued to a full stop ("slogan.1 A") */
    int note = c >= '0' && c <= '9' && i >= 3 &&
               (p[i - 2] == '.' || (p[i - 2] >= '0' && p[i - 2] <= '9' && p[i - 3] == '.'));
    if (!is_space((unsigned char)p[i]) ||
        !(c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x9D || note))
        return 0;
    return boundary_at(p, n, i);
}

void extract_sentence(const char *doc, size_t n, size_t start, size_t end, size_t *ss, size_t *se)
{
    size_t lo = start > SENTENCE_WINDOW ? start - SENTENCE_WINDOW : 0;
    size_t hi = n - end > SENTENCE_WINDOW ? end + SENTENCE_WINDOW : n;
    size_t s = start;
    while (s > lo && !boundary_quick(doc, n, s))
        s--;
    size_t e = end;
    while (e < hi && !(e > 0 && boundary_quick(doc, n, e)))
        e++;
    *ss = s;
    *se = e;
}

/* Length of a valid UTF-8 sequence at p[i], or 0. */
static size_t utf8_len(const unsigned char *p, size_t n, size_t i)
{
    unsigned c = p[i];
    if (c < 0x80)
        return 1;
    size_t k = c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
    if (!k || i + k > n)
        return 0;
    for (size_t j = 1; j < k; j++)
        if ((p[i + j] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] >= 0xA0) || (c == 0xF0 && p[i + 1] < 0x90) ||
        (c == 0xF4 && p[i + 1] >= 0x90))
        return 0;
    return k;
}

/* Clean text: collapse whitespace (when collapse), replace invalid
 * UTF-8, stop before cap bytes with "…". */
static char *clean_text(const char *doc, size_t s, size_t e, int collapse, size_t cap)
{
    const unsigned char *p = (const unsigned char *)doc;
    /* Each byte gives at most 3 (U+FFFD); with a cap the text stops by
     * cap + 1 (the ellipsis after a space). */
    size_t room = (e - s) * 3;
    if (cap && room > cap + 4)
        room = cap + 4;
    char *out = xmalloc(room + 1);
    size_t len = 0;
    int sp = 0;
    for (size_t i = s; i < e;) {
        if (collapse && is_space(p[i])) {
            sp = len > 0;
            i++;
            continue;
        }
        if (sp) {
            out[len++] = ' ';
            sp = 0;
        }
        size_t k = utf8_len(p, e, i);
        if (cap && len + (k ? k : 3) + 3 > cap) {
            /* The space just put was not counted: drop it rather than end
             * one byte past cap. (Only those over-long texts change.) */
            if (len + 3 > cap && len && out[len - 1] == ' ')
                len--;
            memcpy(out + len, "\xe2\x80\xa6", 3);
            len += 3;
            break;
        }
        if (k == 1) {
            out[len++] = (char)p[i++];
        } else if (k) {
            memcpy(out + len, p + i, k);
            len += k;
            i += k;
        } else {
            memcpy(out + len, "\xef\xbf\xbd", 3);
            len += 3;
            i++;
        }
    }
    out[len] = '\0';
    return out;
}

char *extract_sentence_text(const char *doc, size_t ss, size_t se)
{
    return clean_text(doc, ss, se, 1, CB_MAX_SENTENCE_BYTES);
}

void extract_claim_id(const char *doc_name, const char *sentence, const char *span, unsigned index,
                      char id[17])
{
    XXH64_state_t *st = XXH64_createState();
    if (!st)
        diag_oom();
    XXH64_reset(st, 0);
    XXH64_update(st, doc_name, strlen(doc_name) + 1);
    XXH64_update(st, sentence, strlen(sentence) + 1);
    XXH64_update(st, span, strlen(span) + 1);
    char num[24];
    size_t l = sizeof num;
    do
        num[--l] = (char)('0' + index % 10);
    while ((index /= 10) > 0);
    XXH64_update(st, num + l, sizeof num - l);
    unsigned long long h = (unsigned long long)XXH64_digest(st);
    XXH64_freeState(st);
    for (int i = 15; i >= 0; i--, h >>= 4)
        id[i] = "0123456789abcdef"[h & 15];
    id[16] = '\0';
}


static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static int cmp_claim(const void *a, const void *b)
{
    const Claim *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

/* Count the claims of a document, scanner only: a document over the
 * limit is refused before any of its rows is written. */
static size_t count_claims(const char *data, size_t n, size_t stop)
{
    Scanner sc;
    ScanQuantity q;
    size_t k = 0;
    scan_init(&sc, data, n);
    while (k <= stop && scan_next(&sc, &q))
        k++;
    return k;
}

/* An analyst-added claim goes out as curation gives it (its sentence
 * stays empty: the row is the analyst's word, not the document's). */
static int sink_added(const Claim *a, const char *data, size_t n, ClaimSink sink, void *ctx)
{
    (void)data;
    (void)n;
    return sink(a, ctx);
}

/* ---- the block around a claim ----
 * Fact sheets and data pages give a figure's place in a heading above a
 * list ("PAKISTAN", then "Population: 241.5 million") and its source in a
 * note below it ("Source: PTA; DataReportal"). Claims come in document
 * order, so both are found by walking the lines once. */

typedef struct Block {
    size_t scanned;       /* lines before this offset were looked at for headings */
    size_t clear;         /* no line break in [scanned, clear) */
    size_t titled;        /* 1 + the start of the last line checked for a numbered title */
    int prev_text;        /* the line before scanned has text */
    char scope[64];       /* the place the last heading names, or "" */
    size_t head_s, head_e; /* the last heading line (head_s == head_e: none) */
    size_t end;           /* the current block: non-blank lines up to here */
    size_t note_at;       /* its "Source:" note starts here (n when none) */
    char source[128];     /* and credits this body */
} Block;

static size_t line_end(const char *p, size_t n, size_t i)
{
    const char *nl = memchr(p + i, '\n', n - i);
    return nl ? (size_t)(nl - p) : n;
}

/* Line p[ls,le) trimmed of blanks, bullets and markup ("## ", "**"). */
static void trim_line(const char *p, size_t *ls, size_t *le)
{
    while (*ls < *le && (is_space((unsigned char)p[*ls]) || p[*ls] == '#' || p[*ls] == '*'))
        (*ls)++;
    while (*le > *ls && (is_space((unsigned char)p[*le - 1]) || p[*le - 1] == ':' || p[*le - 1] == '*'))
        (*le)--;
}

/* Has the line letters or digits (not blank, not a rule of dashes)? */
static int line_has_text(const char *p, size_t ls, size_t le)
{
    for (size_t i = ls; i < le; i++)
        if (is_upper((unsigned char)p[i]) || is_lower((unsigned char)p[i]) || (p[i] >= '0' && p[i] <= '9'))
            return 1;
    return 0;
}

/* Does the trimmed line p[ts,te) open with "Source:" or "Sources:"? */
static int source_note(const char *p, size_t ts, size_t te)
{
    return te - ts > 7 && (!strncasecmp(p + ts, "source:", 7) || !strncasecmp(p + ts, "sources:", 8));
}

/* The year the four characters at p[i] spell (1900-2100), or 0. */
static int year_at(const char *p, size_t i)
{
    int y = 0;
    for (size_t k = i; k < i + 4; k++) {
        if (!isdigit_a(p[k]))
            return 0;
        y = y * 10 + (p[k] - '0');
    }
    return y >= 1900 && y <= 2100 ? y : 0;
}

/* A heading: a short line with no figure and no sentence end, after a
 * blank line, a rule or the top of the document. */
static int heading_line(const char *p, int prev_has_text, size_t ls, size_t le)
{
    trim_line(p, &ls, &le);
    if (prev_has_text || le - ls < 2 || le - ls > 100 || p[le - 1] == '.' || p[le - 1] == ',' || p[le - 1] == ';')
        return 0;
    for (size_t i = ls; i < le; i++)
        if (p[i] >= '0' && p[i] <= '9')
            return 0;
    return line_has_text(p, ls, le);
}

/* A numbered section or paragraph ("2.2 Pakistan. The system...",
 * "3. Methodology"): where its title starts after the number, and where
 * that title ends (the first full stop or colon, or the line's end). 0
 * when the line is not numbered so. */
static int numbered_title(const char *p, size_t ls, size_t le, size_t *ts, size_t *te)
{
    size_t i = ls, dots = 0, digits = 0;
    while (i < le && ((p[i] >= '0' && p[i] <= '9') || p[i] == '.')) {
        dots += p[i] == '.';
        digits += p[i] != '.';
        i++;
    }
    if (!digits || !dots || digits > 4 || i >= le || p[i] != ' ' || i + 1 >= le || !is_upper((unsigned char)p[i + 1]))
        return 0;
    *ts = i + 1;
    size_t e = *ts;
    while (e < le && p[e] != '.' && p[e] != ':')
        e++;
    *te = e;
    return 1;
}

/* "2.2 Pakistan. The system...": a numbered section gives its place, or
 * none, to what follows. Each line is looked at once (b->titled). */
static void numbered_line(Block *b, const Metrics *m, const char *p, size_t ls, size_t le)
{
    size_t ts, te;
    if (b->titled == ls + 1)
        return;
    b->titled = ls + 1;
    if (numbered_title(p, ls, le, &ts, &te) &&
        (te - ts > 48 || !metrics_heading_scope(m, p, ts, te, b->scope, sizeof b->scope)))
        b->scope[0] = '\0';
}

/* Walk the whole lines before offset at: the last heading's place. Each
 * byte is searched once, however long the line (a 100 MB line holds
 * many claims). */
static void block_headings(Block *b, const Metrics *m, const char *p, size_t at)
{
    while (b->scanned < at) {
        size_t from = b->clear > b->scanned ? b->clear : b->scanned;
        const char *nl = from < at ? memchr(p + from, '\n', at - from) : NULL;
        if (!nl) {
            b->clear = at;
            break;
        }
        size_t ls = b->scanned, le = (size_t)(nl - p);
        if (heading_line(p, b->prev_text, ls, le)) {
            size_t hs = ls, he = le;
            trim_line(p, &hs, &he);
            /* (a place heading is a few words: longer ones are not matched) */
            if (he - hs > 48 || !metrics_heading_scope(m, p, hs, he, b->scope, sizeof b->scope))
                b->scope[0] = '\0';   /* a section on something else */
            b->head_s = hs;
            b->head_e = he;
        }
        numbered_line(b, m, p, ls, le);
        b->prev_text = line_has_text(p, ls, le);
        b->scanned = le + 1;
    }
    /* the line holding the claim may open with its own section title */
    size_t ls = b->scanned, lim = at - ls < 120 ? at : ls + 120;
    numbered_line(b, m, p, ls, lim);
}

/* The block (run of non-blank lines) holding offset at, and its note. */
static void block_note(Block *b, const Metrics *m, const char *p, size_t n, size_t at)
{
    if (at < b->end)
        return;
    b->note_at = n;
    b->source[0] = '\0';
    size_t i = at;
    while (i > 0 && p[i - 1] != '\n')
        i--;
    while (i < n) {
        size_t le = line_end(p, n, i), ts = i, te = le;
        trim_line(p, &ts, &te);
        if (!line_has_text(p, ts, te))
            break;
        if (b->note_at == n && source_note(p, ts, te) && metrics_note_source(m, p, ts, le, b->source, sizeof b->source))
            b->note_at = i;
        i = le < n ? le + 1 : n;
    }
    b->end = i > at ? i : at + 1;
}

/* The year a table's caption states ("Table A.1  Internet use, 2025"):
 * the last four-digit year standing alone in it, or 0. */
static int caption_year(const char *p, size_t s, size_t e)
{
    int year = 0;
    for (size_t i = s; i + 4 <= e; i++) {
        if ((i > s && (isdigit_a(p[i - 1]) || p[i - 1] == '.' || p[i - 1] == '-')) || (i + 4 < e && isdigit_a(p[i + 4])))
            continue;
        int y = year_at(p, i);
        if (y)
            year = y;
    }
    return year;
}

/* A row of a table ("Kenya | 40.8 | 2022 | ITU", or aligned columns)
 * dates and credits its figures in cells of their own: a cell that is a
 * year is the claim's year, a known body in a pipe table's cell its
 * source. */
static void table_row(const Metrics *m, const char *p, size_t n, Claim *c)
{
    /* a cell stands after a pipe or a run of blanks or dots: anything else
     * is running text, and the line is not read at all */
    size_t before = c->start, gap = 0;
    while (before > 0 && gap < 8 && (p[before - 1] == ' ' || p[before - 1] == '\t' || p[before - 1] == '.'))
        before--, gap++;
    if (!(gap >= 2 || (before > 0 && p[before - 1] == '|')))
        return;
    /* table rows are short: a long line is prose (or a 100 MB line) */
    size_t ls = c->start, le = c->end;
    while (ls > 0 && p[ls - 1] != '\n' && c->start - ls < 400)
        ls--;
    while (le < n && p[le] != '\n' && le - c->end < 400)
        le++;
    if ((ls > 0 && p[ls - 1] != '\n') || (le < n && p[le] != '\n'))
        return;
    /* cells: between pipes, or (an aligned table) between runs of two
     * blanks, when there are three cells at least */
    size_t pipes = 0, gaps = 0;
    for (size_t i = ls; i < le; i++) {
        pipes += p[i] == '|';
        gaps += i > ls && p[i] == ' ' && p[i - 1] == ' ' && (i + 1 == le || p[i + 1] != ' ') && p[ls] != ' ';
    }
    int piped = pipes >= 2;
    if (!piped && gaps < 2)
        return;
    for (size_t cs = ls, i = ls; i <= le; i++) {
        if (i < le && (piped ? p[i] != '|' : !(p[i] == ' ' && i + 1 < le && p[i + 1] == ' ')))
            continue;
        size_t a = cs, b = i;
        if (!piped)
            while (i + 1 < le && p[i + 1] == ' ')
                i++;
        trim_line(p, &a, &b);
        if (b - a == 4 && !c->year && (a >= c->end || b <= c->start))
            c->year = year_at(p, a);
        if (piped && !c->source[0] && b > a && (a >= c->end || b <= c->start) && b - a < 100) {
            /* only a body the table knows: a cell of free text is no credit */
            char tmp[128];
            if (metrics_note_source(m, p, a, b, tmp, sizeof tmp) && !memchr(p + a, ':', b - a) &&
                metrics_known_source(m, tmp))
                strcut(c->source, sizeof c->source, tmp);
        }
        cs = i + 1;
    }
}

/* The notes under a table, after a blank line: "a  ITU estimate.",
 * "Notes: ...", "Source: ITU, World Telecommunication/ICT Indicators".
 * The body its "Source:" line credits, for the table's cells. */
static int table_note_source(const Metrics *m, const char *p, size_t n, size_t i, char *out, size_t cap)
{
    for (int blank = 0; blank < 3 && i < n; blank++) {
        size_t le = line_end(p, n, i), ts = i, te = le;
        trim_line(p, &ts, &te);
        if (line_has_text(p, ts, te))
            break;
        i = le < n ? le + 1 : n;
    }
    for (int lines = 0; lines < 8 && i < n; lines++) {
        size_t le = line_end(p, n, i), ts = i, te = le;
        trim_line(p, &ts, &te);
        if (!line_has_text(p, ts, te) || le - i > 400)
            return 0;
        if (source_note(p, ts, te))
            return metrics_note_source(m, p, ts, le, out, cap);
        /* only notes may come before it: "a  ...", "Note...", "* ..." */
        int letter = ts + 1 < te && is_lower((unsigned char)p[ts]) && (p[ts + 1] == ' ' || p[ts + 1] == '\t');
        if (!(letter || !strncasecmp(p + ts, "note", 4) || p[ts] == '*' || (unsigned char)p[ts] >= 0x80))
            return 0;
        i = le < n ? le + 1 : n;
    }
    return 0;
}

/* Extract the text data[0..n) named name; dm (may be NULL) maps its
 * offsets to pages. */
static int extract_text(const ExtractOptions *o, const char *name, const char *data, size_t n,
                        const Document *dm, ClaimSink sink, void *ctx, size_t *nclaims, Diag *d)
{
    if (nclaims)
        *nclaims = 0;
    if (scan_is_binary(data, n))
        return diag_set(d, CB_EINPUT, name, 0, "not a text document");
    /* a claim takes at least two bytes: only big documents can pass the limit */
    if (n / 2 > CB_MAX_CLAIMS_PER_DOC && count_claims(data, n, CB_MAX_CLAIMS_PER_DOC) > CB_MAX_CLAIMS_PER_DOC)
        return diag_set(d, CB_EINPUT, name, 0, "more than %d claims in one document", CB_MAX_CLAIMS_PER_DOC);
    const char *doc = base_name(name);
    /* the analyst's added claims are merged in offset order as rows stream out */
    const Claim *added = NULL;
    size_t na = 0, ai = 0;
    if (o && o->curation)
        na = curation_added(o->curation, doc, &added);
    Scanner sc;
    ScanQuantity q;
    scan_init(&sc, data, n);
    /* occurrence index of a span text within its sentence */
    size_t cur_ss = (size_t)-1;
    char **seen = NULL;
    size_t nseen = 0, capseen = 0;
    char *sent = NULL;
    size_t sent_ss = 0, sent_se = 0, sent_len = 0;
    Block blk = {.note_at = n};
    int rc = 0;
    while (!rc && scan_next(&sc, &q)) {
        Claim c;
        claim_init(&c);
        strcut(c.doc, sizeof c.doc, doc);
        c.start = q.start;
        c.end = q.end;
        c.page = dm ? document_page_at(dm, q.start) : 0;
        c.text = clean_text(data, q.start, q.end, 0, 0);
        c.value = q.value;
        c.low = q.low;
        c.high = q.high;
        c.qual = q.qual;
        strcut(c.unit, sizeof c.unit, q.unit);
        size_t ss, se;
        extract_sentence(data, n, q.start, q.end, &ss, &se);
        /* Claims of one sentence share its cleaned text: clean it once. */
        if (!sent || ss != sent_ss || se != sent_se) {
            free(sent);
            sent = extract_sentence_text(data, ss, se);
            sent_len = strlen(sent);
            sent_ss = ss;
            sent_se = se;
        }
        c.sentence = xmalloc(sent_len + 1);
        memcpy(c.sentence, sent, sent_len + 1);
        if (ss != cur_ss) {
            for (size_t k = 0; k < nseen; k++)
                free(seen[k]);
            nseen = 0;
            cur_ss = ss;
        }
        unsigned idx = 0;
        for (size_t k = 0; k < nseen; k++)
            idx += !strcmp(seen[k], c.text);
        if (nseen == capseen) {
            capseen = capseen ? 2 * capseen : 8;
            seen = xrealloc(seen, capseen * sizeof *seen);
        }
        seen[nseen++] = xstrdup(c.text);
        extract_claim_id(doc, c.sentence, c.text, idx, c.id);
        if (o && o->metrics) {
            metrics_classify(o->metrics, &c, data, n, ss, se);
            block_headings(&blk, o->metrics, data, q.start);
            block_note(&blk, o->metrics, data, n, q.start);
            if (!c.scope[0])
                strcut(c.scope, sizeof c.scope, blk.scope);
            /* a row of a list or table (a short line) takes the metric its
             * heading names; prose names its own */
            if (!c.metric[0] && blk.head_e > blk.head_s && se - ss <= 80)
                metrics_heading_metric(o->metrics, &c, data, blk.head_s, blk.head_e);
            /* a table cell: its column header, then the table's caption */
            if (!c.metric[0] && q.head_e > q.head_s)
                metrics_heading_metric(o->metrics, &c, data, q.head_s, q.head_e);
            if (!c.metric[0] && q.cap_e > q.cap_s)
                metrics_heading_metric(o->metrics, &c, data, q.cap_s, q.cap_e);
            if (!c.year && q.cap_e > q.cap_s)
                c.year = caption_year(data, q.cap_s, q.cap_e);
            if (!c.source[0] && (q.head_e > q.head_s || q.cap_e > q.cap_s))
                table_note_source(o->metrics, data, n, blk.end, c.source, sizeof c.source);
            if (!c.source[0] && q.start < blk.note_at)
                strcut(c.source, sizeof c.source, blk.source);
            table_row(o->metrics, data, n, &c);
        }
        int keep = 1;
        if (o && o->curation && (keep = curation_apply(o->curation, &c, d)) < 0)
            rc = keep;
        while (!rc && ai < na && cmp_claim(&added[ai], &c) < 0) {
            rc = sink_added(&added[ai++], data, n, sink, ctx);
            if (!rc && nclaims)
                (*nclaims)++;
        }
        if (!rc && keep) {
            rc = sink(&c, ctx);
            if (!rc && nclaims)
                (*nclaims)++;
        }
        claim_fini(&c);
    }
    while (!rc && ai < na) {
        rc = sink_added(&added[ai++], data, n, sink, ctx);
        if (!rc && nclaims)
            (*nclaims)++;
    }
    for (size_t k = 0; k < nseen; k++)
        free(seen[k]);
    free(seen);
    free(sent);
    if (!rc && o && o->curation)
        curation_mark_seen_doc(o->curation, doc);
    return rc;
}

int extract_document(const ExtractOptions *o, const char *name, const char *data, size_t n,
                     ClaimSink sink, void *ctx, size_t *nclaims, Diag *d)
{
    return extract_text(o, name, data, n, NULL, sink, ctx, nclaims, d);
}

int extract_doc(const ExtractOptions *o, const Document *doc, ClaimSink sink, void *ctx,
                size_t *nclaims, Diag *d)
{
    return extract_text(o, doc->path, doc->text.data, doc->text.len, doc, sink, ctx, nclaims, d);
}

static void report(const ExtractOptions *o, const Diag *d, int warning)
{
    if (o && o->report)
        o->report(d, warning, o->report_ctx);
}

/* Read, check and extract one document file. */
static int extract_file(const ExtractOptions *o, const char *path, ClaimSink sink, void *ctx, int *bad)
{
    Diag d;
    diag_clear(&d);
    Document doc;
    if (corpus_read(path, &doc, &d)) {
        document_free(&doc);
        report(o, &d, 0);
        *bad = 1;
        return 0;
    }
    const Buf *b = &doc.text;
    size_t first;
    size_t nbad = scan_utf8_check(b->data, b->len, &first);
    if (nbad && !memchr(b->data, 0, b->len) && !scan_is_binary(b->data, b->len)) {
        Diag w;
        diag_set(&w, CB_OK, path, 0, "invalid UTF-8 at byte %zu (%zu invalid sequence%s; the rest was read)",
                 first, nbad, nbad == 1 ? "" : "s");
        report(o, &w, 1);
    }
    int rc = extract_doc(o, &doc, sink, ctx, NULL, &d);
    document_free(&doc);
    if (rc == CB_EINPUT) {
        report(o, &d, 0);
        *bad = 1;
        return 0;
    }
    return rc;
}

int extract_paths(const ExtractOptions *o, char *const *paths, size_t npaths, ClaimSink sink,
                  void *ctx, Diag *d)
{
    int bad = 0, rc = 0;
    for (size_t i = 0; !rc && i < npaths; i++) {
        struct stat st;
        if (!stat(paths[i], &st) && S_ISDIR(st.st_mode)) {
            /* a folder: its documents, by the corpus' one rule */
            Corpus cp;
            Diag e;
            diag_clear(&e);
            if (corpus_list(paths[i], &cp, &e) == 0 && cp.n == 0)
                diag_set(&e, CB_EINPUT, paths[i], 0, "no documents in this folder (documents are .txt files)");
            if (e.code) {
                corpus_free(&cp);
                report(o, &e, 0);
                bad = 1;
                continue;
            }
            for (size_t k = 0; k < cp.n && !rc; k++)
                rc = extract_file(o, cp.v[k].path, sink, ctx, &bad);
            corpus_free(&cp);
        } else {
            rc = extract_file(o, paths[i], sink, ctx, &bad);
        }
    }
    if (rc)
        return diag_set(d, rc, NULL, 0, "cannot write the claims");
    return bad ? CB_EINPUT : 0;
}

int extract_curation_load(const char *path, Curation **out, Diag *d)
{
    *out = NULL;
    return curation_load(path, out, d);
}

void extract_curation_finish(Curation *cu)
{
    if (cu)
        curation_report_unused(cu);
}

void extract_curation_free(Curation *cu)
{
    if (cu)
        curation_free(cu);
}
