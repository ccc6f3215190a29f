/* topicnote.c — a table's note naming whose figures each column or row
 * holds (see topicnote.h). */
#include "topicnote.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "lines.h"
#include "textserial.h"

#define MAX_TOPICS 8
#define NOTE_LINES 8

typedef struct Topic {
    size_t ts, te;     /* the topic's words in the text */
    char body[96];
} Topic;

/* The note under one table block, read once. */
static _Thread_local struct {
    const char *p;
    size_t block_end;
    unsigned long serial;
    Topic t[MAX_TOPICS];
    int nt;
    char rest[96];     /* the first body given for no topic, or "" */
    int for_topic;     /* a body was given "for" a topic: the rest is
                        * the first body's */
} memo;

static const char *const small[] = {"the", "of", "and", "all", "in", "on", "for", "a", "an", "per", "by", "to", NULL};

static int is_small(const char *p, size_t s, size_t e)
{
    for (int k = 0; small[k]; k++)
        if (strlen(small[k]) == e - s && !strncasecmp(p + s, small[k], e - s))
            return 1;
    return 0;
}

static size_t skip_blanks(const char *p, size_t i, size_t e)
{
    while (i < e && ascii_isgap(p[i]))
        i++;
    return i;
}

static size_t trim_back(const char *p, size_t s, size_t e)
{
    while (e > s && (ascii_isgap(p[e - 1]) || p[e - 1] == '.'))
        e--;
    return e;
}

/* Does p[i, e) open with the word w (any case), a word's end after it? */
static int opens_with(const char *p, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    return i + l <= e && !strncasecmp(p + i, w, l) && (i + l == e || !ascii_isalpha(p[i + l]));
}

/* The first place in p[s, e) of " w " (a word between blanks), or e. */
static size_t find_word(const char *p, size_t s, size_t e, const char *w)
{
    size_t l = strlen(w);
    for (size_t i = s + 1; i + l < e; i++)
        if (ascii_isgap(p[i - 1]) && opens_with(p, i, e, w) && ascii_isgap(p[i + l]))
            return i;
    return e;
}

/* The body p[s, e) names, as the note writes it: its name, less the kind
 * of figure after it ("ITU estimates", "Top10VPN's COST model") and what
 * it is given for ("... for OECD members"); 0 when it opens with no
 * capital. */
static int body_of(const char *p, size_t s, size_t e, char *out, size_t cap)
{
    s = skip_blanks(p, s, e);
    e = find_word(p, s, e, "for");
    e = trim_back(p, s, e);
    if (s >= e || !ascii_isupper(p[s]))
        return 0;
    /* up to the first word in lower case, or a possessive's end */
    size_t k = s, end = s;
    while (k < e) {
        size_t w = k;
        while (w < e && !ascii_isgap(p[w]))
            w++;
        /* (a small word joins capitalised ones: "City of Kigali") */
        size_t nx = skip_blanks(p, w, e);
        int join = (is_small(p, k, w) || (w == k + 1 && p[k] == '&')) && nx < e && ascii_isupper(p[nx]);
        if (!ascii_isupper(p[k]) && !ascii_isdigit(p[k]) && p[k] != '(' && !join)
            break;
        /* (a word of capitals after the name is the kind of its data:
         * "Top10VPN's COST model") */
        if (w - k > 2 && p[w - 2] == '\'' && p[w - 1] == 's') {
            end = w - 2;
            break;
        }
        end = w;
        k = skip_blanks(p, w, e);
    }
    while (end > s && (p[end - 1] == ',' || p[end - 1] == ';'))
        end--;
    if (end <= s || end - s >= cap)
        return 0;
    size_t o = 0;
    for (size_t i = s; i < end; i++)
        out[o++] = ascii_isgap(p[i]) ? ' ' : p[i];
    out[o] = '\0';
    return 1;
}

static void add(const char *p, size_t ts, size_t te, const char *body)
{
    if (memo.nt >= MAX_TOPICS)
        return;
    Topic *t = &memo.t[memo.nt++];
    t->ts = ts, t->te = trim_back(p, ts, te);
    snprintf(t->body, sizeof t->body, "%s", body);
}

/* One item of the note, p[s, e): a topic's ("Internet users: ITU
 * estimates", "NISR for penetration", "Costs are from Top10VPN's ...")
 * or a body for no topic. in_colon: the item before gave a topic and a
 * colon, and an item with none goes on with it ("...; ITU ... for
 * partner economies"). */
static void read_item(const char *p, size_t s, size_t e, int source, int *in_colon)
{
    char body[96];
    s = skip_blanks(p, s, e);
    const char *colon = memchr(p + s, ':', e - s);
    if (colon) {
        if (body_of(p, (size_t)(colon - p) + 1, e, body, sizeof body))
            add(p, s, (size_t)(colon - p), body);
        *in_colon = 1;
        return;
    }
    if (*in_colon)
        return;
    /* "Costs are from ...", "Users affected are estimated from ..." */
    size_t are = find_word(p, s, e, "are"), is = find_word(p, s, e, "is");
    size_t verb = are < is ? are : is;
    if (verb < e) {
        size_t k = skip_blanks(p, verb + 3, e);
        if (!opens_with(p, k, e, "from")) {
            while (k < e && ascii_isalpha(p[k]))
                k++;
            k = skip_blanks(p, k, e);
        }
        if (opens_with(p, k, e, "from") && body_of(p, k + 4, e, body, sizeof body))
            add(p, s, verb, body);
        return;
    }
    /* "NISR for penetration": a source note's body for a topic */
    size_t f = find_word(p, s, e, "for");
    if (source && f < e) {
        if (body_of(p, s, f, body, sizeof body)) {
            add(p, f + 3, e, body);
            memo.for_topic = 1;
        }
        return;
    }
    if (source && !memo.rest[0] && body_of(p, s, e, body, sizeof body))
        strcpy(memo.rest, body);
}

/* The note under the block ending at p[i): read into memo. */
static void read_note(const char *p, size_t n, size_t i)
{
    memo.nt = 0;
    memo.rest[0] = '\0';
    memo.for_topic = 0;
    for (int blank = 0; blank < 3 && i < n; blank++) {
        size_t le = lines_end(p, n, i);
        if (lines_has_text(p, i, le))
            break;
        i = le < n ? le + 1 : n;
    }
    size_t s = skip_blanks(p, i, n);
    int source = opens_with(p, s, n, "source") || opens_with(p, s, n, "sources");
    if (!source && !opens_with(p, s, n, "note") && !opens_with(p, s, n, "notes"))
        return;
    while (s < n && p[s] != ':' && p[s] != '\n')
        s++;
    if (s >= n || p[s] != ':')
        return;
    s++;
    /* the note's lines, up to a blank line; a "Source:" line under a
     * "Notes:" one is read as a source note of its own */
    int in_colon = 0, lines = 0;
    size_t k = s;
    while (k < n && lines < NOTE_LINES) {
        size_t le = lines_end(p, n, k);
        if (!lines_has_text(p, k, le))
            break;
        size_t ts = skip_blanks(p, k, le);
        /* (a line under it labelled anew: "Source:" is a source note's,
         * "Note:" a remark's) */
        int src_line = opens_with(p, ts, le, "source") || opens_with(p, ts, le, "sources");
        if (k != s && (src_line || opens_with(p, ts, le, "note") || opens_with(p, ts, le, "notes"))) {
            const char *c = memchr(p + ts, ':', le - ts);
            if (c) {
                source = src_line, in_colon = 0;
                k = (size_t)(c - p) + 1;
            }
        }
        /* the line's items: parted by ";" and by a stop before a blank */
        size_t a = k;
        for (size_t j = k; j <= le; j++) {
            int stop = j == le || p[j] == ';' ||
                       (p[j] == '.' && (j + 1 == le || p[j + 1] == ' ') && j > a + 3 &&
                        ascii_islower(p[j - 1]));
            if (!stop)
                continue;
            if (j > a)
                read_item(p, a, j, source, &in_colon);
            if (j < le && p[j] == '.')
                in_colon = 0;
            a = j + 1;
        }
        /* (a wrapped line goes on with the item it broke) */
        k = le + 1;
        lines++;
    }
}

/* Does p[hs, he) hold the word p[ws, we) whole, in any case, or its
 * singular or plural? */
static int names_word(const char *p, size_t hs, size_t he, size_t ws, size_t we)
{
    size_t l = we - ws;
    for (size_t i = hs; i < he; i++) {
        if (i > hs && ascii_isalpha(p[i - 1]))
            continue;
        size_t j = i;
        while (j < he && ascii_isalpha(p[j]))
            j++;
        size_t hl = j - i;
        if ((hl == l && !strncasecmp(p + i, p + ws, l)) ||
            (hl + 1 == l && (p[we - 1] | 0x20) == 's' && !strncasecmp(p + i, p + ws, hl)) ||
            (hl == l + 1 && (p[j - 1] | 0x20) == 's' && !strncasecmp(p + i, p + ws, l)))
            return 1;
        i = j;
    }
    return 0;
}

/* Does the cell's text p[hs, he) name every word of the topic? */
static int names_topic(const char *p, const Topic *t, size_t hs, size_t he)
{
    int words = 0;
    for (size_t i = t->ts; i < t->te;) {
        while (i < t->te && !ascii_isalpha(p[i]))
            i++;
        size_t j = i;
        while (j < t->te && ascii_isalpha(p[j]))
            j++;
        if (j == i)
            break;
        if (!is_small(p, i, j)) {
            if (!names_word(p, hs, he, i, j))
                return 0;
            words++;
        }
        i = j;
    }
    return words > 0;
}

int topicnote_body(const char *p, size_t n, size_t block_end, size_t hs, size_t he, size_t ls, size_t le, char *out,
                   size_t cap)
{
    if (memo.p != p || memo.block_end != block_end || memo.serial != text_serial) {
        memo.p = p, memo.block_end = block_end, memo.serial = text_serial;
        read_note(p, n, block_end);
    }
    if (!memo.nt)
        return 0;
    const char *got = NULL;
    for (int k = 0; k < memo.nt && !got; k++)
        if ((he > hs && names_topic(p, &memo.t[k], hs, he)) || (le > ls && names_topic(p, &memo.t[k], ls, le)))
            got = memo.t[k].body;
    if (!got && memo.rest[0] && memo.for_topic)
        got = memo.rest;
    if (!got || strlen(got) >= cap)
        return 0;
    strcpy(out, got);
    return 1;
}
