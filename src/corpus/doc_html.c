/* doc_html.c — a web page's article as text, mapped to its source (see
 * doc_html.h). Phases, each over a flat copy of gumbo's tree (pre-order,
 * so a subtree is a contiguous range and nothing recurses, however deep
 * the page nests):
 *   1. decode the bytes to UTF-8, keeping a map back to the source;
 *   2. parse (gumbo, long text runs folded and put back: htmlfold.h)
 *      and flatten, dropping boilerplate subtrees;
 *   3. count text, link text and commas per element, bottom up;
 *   4. score paragraphs into their ancestors and choose the content;
 *   5. write the content's text, each piece with its source span;
 *   6. read the title, date, authors, publisher and address. */
#define _GNU_SOURCE   /* memmem */
#include "doc_html.h"

#include <errno.h>
#include <gumbo.h>
#include <iconv.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "docwire.h"
#include "htmlfold.h"
#include "limits.h"
#include "sandbox.h"
#include "utf8.h"

/* ---- tunables ---- */
#define MIN_PARA 25            /* a paragraph scores from this many characters */
#define LINKY_BLOCK 0.5f       /* a list or block this much link text is navigation */
#define LINKY_PARA 0.8f        /* a paragraph this much link text is a "read more" */
#define COOKIE_MAX 2000        /* a block this short speaking of cookies is a banner */
#define KEEP_HEAP ((size_t)32 << 20)   /* of gumbo's arena kept for the next page */

/* The blanks of HTML text (a table: tested for every byte of the page). */
static const unsigned char blank[256] = {[' '] = 1, ['\n'] = 1, ['\t'] = 1, ['\r'] = 1, ['\f'] = 1};

/* ---- 1. bytes to UTF-8 ----
 * The map is a list of points (utf8 offset, source offset); between two
 * points the bytes correspond one to one. */

typedef struct Src {
    const char *u;            /* UTF-8 text gumbo parses */
    size_t n;
    char *owned;              /* u when converted (else NULL) */
    size_t *pu, *ps;          /* map points */
    size_t np, cap;
    size_t shift;             /* bytes skipped before u (a BOM), when not converted */
    size_t srcn;              /* bytes of the source */
    /* after strip_raw: u is the stripped copy; its pieces start at
     * fu[i] and were at fo[i] of the UTF-8 before stripping */
    char *stripped;
    size_t *fu, *fo;
    size_t nf;
    size_t hint_f, hint_p;    /* where the last lookups ended */
} Src;

static void src_point(Src *s, size_t u, size_t src)
{
    if (s->np == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 256;
        s->pu = xrealloc(s->pu, s->cap * sizeof *s->pu);
        s->ps = xrealloc(s->ps, s->cap * sizeof *s->ps);
    }
    s->pu[s->np] = u;
    s->ps[s->np++] = src;
}

/* The last point at or before x in v[0,n); hint is where the previous
 * lookup ended (text is written in order: most lookups stay there). */
static size_t point_at(const size_t *v, size_t n, size_t x, size_t *hint)
{
    size_t h = *hint < n ? *hint : 0;
    if (v[h] <= x && (h + 1 == n || v[h + 1] > x))
        return h;
    if (h + 2 < n && v[h + 1] <= x && v[h + 2] > x)
        return *hint = h + 1;
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] <= x)
            lo = mid;
        else
            hi = mid;
    }
    return *hint = lo;
}

/* The source offset of UTF-8 offset u (of the text gumbo parses). */
static size_t src_of(Src *s, size_t u)
{
    if (s->nf) {
        size_t lo = point_at(s->fu, s->nf, u, &s->hint_f);
        u = s->fo[lo] + (u - s->fu[lo]);
    }
    if (!s->np)
        return u + s->shift;
    size_t lo = point_at(s->pu, s->np, u, &s->hint_p);
    /* inside a converted character (two UTF-8 bytes from one source
     * byte) the offset stops at the next character's */
    size_t d = u - s->pu[lo], room = (lo + 1 < s->np ? s->ps[lo + 1] : s->srcn) - s->ps[lo];
    return s->ps[lo] + (d < room ? d : room);
}

/* Does src_of take [u, e] to the source one to one, as u plus a
 * constant? So when the text was not converted and no stripped piece
 * starts inside (or at e). */
static int src_flat(Src *s, size_t u, size_t e)
{
    if (s->np)
        return 0;
    if (!s->nf)
        return 1;
    size_t lo = point_at(s->fu, s->nf, u, &s->hint_f);
    return lo + 1 == s->nf || s->fu[lo + 1] > e;
}

/* The charset a <meta> in the first 1024 bytes declares, into out. */
static int meta_charset(const char *p, size_t n, char *out, size_t cap)
{
    if (n > 1024)
        n = 1024;
    for (size_t i = 0; i + 5 < n; i++) {
        if (p[i] != '<' || strncasecmp(p + i + 1, "meta", 4))
            continue;
        size_t e = i + 5;
        while (e < n && p[e] != '>')
            e++;
        for (size_t k = i + 5; k + 7 < e; k++) {
            if (strncasecmp(p + k, "charset", 7))
                continue;
            size_t v = k + 7;
            while (v < e && (p[v] == ' ' || p[v] == '='))
                v++;
            while (v < e && (p[v] == '"' || p[v] == '\''))
                v++;
            size_t len = 0;
            while (v + len < e && len + 1 < cap &&
                   (((p[v + len] | 0x20) >= 'a' && (p[v + len] | 0x20) <= 'z') ||
                    (p[v + len] >= '0' && p[v + len] <= '9') || strchr("-_.:", p[v + len])))
                len++;
            if (!len)
                continue;
            for (size_t c = 0; c < len; c++)
                out[c] = (char)(p[v + c] >= 'A' && p[v + c] <= 'Z' ? p[v + c] + 32 : p[v + c]);
            out[len] = '\0';
            return 1;
        }
    }
    return 0;
}

/* HTML's names for a charset, as iconv knows them ("" for UTF-8). */
static const char *charset_name(const char *cs)
{
    static const char *const utf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8", NULL};
    static const char *const w1252[] = {"us-ascii", "ascii", "iso-8859-1", "latin1", "iso8859-1", "l1",
                                        "windows-1252", "cp1252", "x-cp1252", NULL};
    for (int i = 0; utf8[i]; i++)
        if (!strcmp(cs, utf8[i]))
            return "";
    for (int i = 0; w1252[i]; i++)
        if (!strcmp(cs, w1252[i]))
            return "WINDOWS-1252";
    if (!strcmp(cs, "gb2312") || !strcmp(cs, "gbk") || !strcmp(cs, "x-gbk"))
        return "GB18030";
    return cs;
}

/* Convert p[0,n) from charset cs to UTF-8, a character at a time (so
 * each has its place in the source); ASCII bytes pass straight through
 * in encodings where they mean themselves. */
static int convert(Src *s, const char *p, size_t n, const char *cs, size_t skip)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1)
        return -1;
    int ascii_ok = strncasecmp(cs, "utf-16", 6) && strncasecmp(cs, "utf-32", 6) && strncasecmp(cs, "iso-2022", 8) &&
                   strncasecmp(cs, "utf-7", 5) && strncasecmp(cs, "hz", 2) && strncasecmp(cs, "ucs", 3);
    Buf out;
    buf_init(&out, CB_MAX_DOC_BYTES);
    int rc = 0;
    for (size_t i = skip; i < n && !rc;) {
        if (ascii_ok && (unsigned char)p[i] < 0x80) {
            size_t j = i;
            while (j < n && (unsigned char)p[j] < 0x80)
                j++;
            src_point(s, out.len, i);
            rc = buf_append(&out, p + i, j - i);
            i = j;
            continue;
        }
        src_point(s, out.len, i);
        /* one character: 1, 2, ... bytes until iconv takes them (EINVAL:
         * not all of it yet); the shift state of ISO-2022 carries over */
        char o[32];
        size_t took = 0, made = 0;
        for (size_t k = 1; k <= 8 && i + k <= n; k++) {
            char *in = (char *)p + i, *op = o;
            size_t inleft = k, outleft = sizeof o;
            size_t r = iconv(cd, &in, &inleft, &op, &outleft);
            if (r != (size_t)-1 || errno != EINVAL) {
                took = k - inleft;   /* an escape sequence makes nothing */
                made = (size_t)(op - o);
                break;
            }
        }
        if (made)
            rc = buf_append(&out, o, made);
        if (!took) {   /* a byte that is no character here */
            rc = rc ? rc : buf_append(&out, "\xef\xbf\xbd", 3);
            took = 1;
        }
        i += took;
    }
    iconv_close(cd);
    if (rc) {
        buf_free(&out);
        return -2;
    }
    size_t len;
    s->owned = buf_take(&out, &len);
    s->u = s->owned;
    s->n = len;
    return 0;
}

/* Decide the encoding and give gumbo UTF-8. */
static int decode(Src *s, const char *p, size_t n, Document *t, char *err, size_t cap)
{
    memset(s, 0, sizeof *s);
    s->srcn = n;
    const unsigned char *b = (const unsigned char *)p;
    const char *cs = NULL;
    size_t skip = 0;
    char declared[48];
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        cs = "", skip = 3;
    else if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        cs = "UTF-16LE", skip = 2;
    else if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        cs = "UTF-16BE", skip = 2;
    else if (meta_charset(p, n, declared, sizeof declared))
        cs = charset_name(declared);
    size_t first, bad = utf8_check(p + skip, n - skip, &first);
    if (!cs)   /* undeclared: UTF-8 unless it mostly is not */
        cs = bad && bad * 100 > n / 50 ? "WINDOWS-1252" : "";
    if (!*cs) {
        if (bad)
            document_warn(t, 0, "invalid UTF-8 at byte %zu (%zu invalid sequence%s; the rest was read)",
                         first + skip, bad, bad == 1 ? "" : "s");
        s->u = p + skip;
        s->n = n - skip;
        s->shift = skip;
        return 0;
    }
    int rc = convert(s, p, n, cs, skip);
    if (rc == -1)
        snprintf(err, cap, "unknown character set \"%s\"", cs);
    else if (rc)
        snprintf(err, cap, "the text is over the limit of %u bytes", CB_MAX_DOC_BYTES);
    return rc;
}

static void src_free(Src *s)
{
    free(s->owned);
    free(s->pu);
    free(s->ps);
    free(s->stripped);
    free(s->fu);
    free(s->fo);
}

/* The end of the element of raw text opened at p[i] ("<script ...>"):
 * where its end tag "</NAME" starts, or n. */
static size_t raw_end(const char *p, size_t n, size_t i, const char *name, size_t len)
{
    for (const char *q = p + i; (q = memchr(q, '<', (size_t)(p + n - q))); q++)
        if ((size_t)(p + n - q) > len + 1 && q[1] == '/' && !strncasecmp(q + 2, name, len))
            return (size_t)(q - p);
    return n;
}

/* Where p[from, n) is past its first "close" (a comment's "-->"), or n. */
static size_t past(const char *p, size_t n, size_t from, const char *close)
{
    const char *end = memmem(p + from, n - from, close, strlen(close));
    return end ? (size_t)(end - p) + strlen(close) : n;
}

/* Skip the content of elements never read (script, style, svg, template,
 * noscript), comments and CDATA sections before gumbo sees it: on a page as saved from a
 * site, scripts and styles are half the bytes or more, and gumbo reads
 * every byte one at a time. The tags stay, so the tree is the same. */
static void strip_raw(Src *s)
{
    static const struct {
        const char *name;
        size_t len;
    } raw[] = {{"script", 6}, {"style", 5}, {"svg", 3}, {"template", 8}, {"noscript", 8}};
    const char *p = s->u;
    size_t n = s->n, from = 0, cap = 0;
    Buf out;
    buf_init(&out, 0);
    for (size_t i = 0; i < n;) {
        const char *lt = memchr(p + i, '<', n - i);
        if (!lt)
            break;
        i = (size_t)(lt - p);
        size_t cut = 0, resume = 0;
        if (n - i >= 4 && !memcmp(p + i, "<!--", 4)) {
            /* a comment, whole */
            cut = i, resume = past(p, n, i + 4, "-->");
        } else if (n - i >= 9 && !memcmp(p + i, "<![CDATA[", 9)) {
            /* a CDATA section, whole: in HTML it is a bogus comment, in
             * MathML or SVG text no page's article is made of; and gumbo
             * 0.10.1 asserts on one inside <table><math><mi> followed by
             * text (its table mode finds the section's text pending) */
            cut = i, resume = past(p, n, i + 9, "]]>");
        } else if (n - i > 1 && ((p[i + 1] | 0x20) == 's' || (p[i + 1] | 0x20) == 't' || (p[i + 1] | 0x20) == 'n')) {
            /* (the names' first letters: most tags are ruled out by one
             * byte, not five comparisons) */
            for (size_t k = 0; k < sizeof raw / sizeof *raw && !cut; k++) {
                size_t l = raw[k].len;
                if (n - i > l + 1 && !strncasecmp(p + i + 1, raw[k].name, l) &&
                    (p[i + 1 + l] == '>' || p[i + 1 + l] == ' ' || p[i + 1 + l] == '\t' || p[i + 1 + l] == '\n' ||
                     p[i + 1 + l] == '\r' || p[i + 1 + l] == '/')) {
                    const char *gt = memchr(p + i, '>', n - i);
                    if (!gt)
                        break;
                    cut = (size_t)(gt - p) + 1;   /* keep the start tag */
                    resume = raw_end(p, n, cut, raw[k].name, l);
                }
            }
        }
        if (!cut || resume <= cut) {
            i++;
            continue;
        }
        /* pieces: the first from 0, then one after each cut */
        if (s->nf + 2 > cap) {
            cap = cap ? 2 * cap : 64;
            s->fu = xrealloc(s->fu, cap * sizeof *s->fu);
            s->fo = xrealloc(s->fo, cap * sizeof *s->fo);
        }
        if (!s->nf)
            s->fu[0] = s->fo[0] = 0, s->nf = 1;
        buf_append(&out, p + from, cut - from);
        s->fu[s->nf] = out.len;
        s->fo[s->nf++] = resume;
        from = i = resume;
    }
    if (!s->nf) {
        buf_free(&out);
        return;
    }
    buf_append(&out, p + from, n - from);
    size_t len;
    s->stripped = buf_take(&out, &len);
    s->u = s->stripped;
    s->n = len;
}

/* ---- 2. the flat tree ---- */

enum { HK_ELEM, HK_TEXT };

typedef struct HNode {
    const GumboNode *g;
    int32_t parent;
    int32_t end;              /* pre-order index past its subtree */
    uint16_t tag;             /* GumboTag */
    uint8_t kind;
    uint8_t drop;             /* boilerplate: skipped with its subtree */
    uint8_t inlink;           /* inside <a> */
    uint8_t blockkid;         /* has a block-level child */
    uint8_t cand;             /* got a share of a paragraph's score */
    uint32_t text, link, commas;
    float score;
} HNode;

typedef struct Tree {
    HNode *v;
    size_t n, cap;
} Tree;

/* Tags whose whole subtree is never content. */
static int dropped_tag(int tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_OPTION: case GUMBO_TAG_HEAD: case GUMBO_TAG_IMG:
    case GUMBO_TAG_MENU: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_OUTPUT: case GUMBO_TAG_PROGRESS: case GUMBO_TAG_METER: case GUMBO_TAG_KEYGEN:
        return 1;
    default:
        return 0;
    }
}

static int block_tag(int tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_LI: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
    case GUMBO_TAG_FORM: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
        return 1;
    default:
        return 0;
    }
}

static const char *attr(const GumboNode *g, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&g->v.element.attributes, name);
    return a ? a->value : NULL;
}

/* Words of class and id names that mark boilerplate, and words that
 * mark content and overrule them ("article-comments" is still
 * comments; "content-sidebar" is not content). Whole words only:
 * "shareholders" is no share bar. */
static const char *const junk_words[] = {
    "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "footer", "masthead",
    "sidebar", "widget", "widgets", "share", "sharing", "shares", "sharebar", "social", "comment",
    "comments", "disqus", "respond", "discussion", "related", "recommended", "recommendations",
    "trending", "popular", "mostread", "promo", "promotion", "advert", "advertisement", "ad", "ads",
    "adslot", "sponsor", "sponsored", "cookie", "cookies", "consent", "gdpr", "cmp", "onetrust",
    "newsletter", "subscribe", "subscription", "signup", "paywall", "modal", "popup", "overlay",
    "toolbar", "pagination", "pager", "tags", "taglist", "byline", "dateline", "meta", "print",
    "skip", "skiplink", "sronly", "sr", "visually", "hidden", "ticker", "rating", "reactions",
    "likes", "feedback", "survey", "follow", "outbrain", "taboola", "banner", "login", "search",
    "author", "bio", "readtime", "reading", "timestamp", "submitted", "postmeta", "entrymeta",
    "articleinfo", NULL,
};
static const char *const content_words[] = {"article", "body", "content", "main", NULL};

static int word_in(const char *w, size_t n, const char *const *list)
{
    /* the words are lower case and start with a letter: the first byte
     * rules most out */
    for (int i = 0; list[i]; i++)
        if (list[i][0] == (w[0] | 0x20) && strlen(list[i]) == n && !strncasecmp(w, list[i], n))
            return 1;
    return 0;
}

/* +1 content words, -1 boilerplate words, 0 neither, in a class or id. */
static int name_weight(const char *s)
{
    int junk = 0, good = 0;
    for (const char *p = s; p && *p;) {
        while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
            p++;
        const char *q = p;
        while (*q && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')))
            q++;
        if (q > p) {
            junk |= word_in(p, (size_t)(q - p), junk_words);
            good |= word_in(p, (size_t)(q - p), content_words);
        }
        p = q;
    }
    return good ? 1 : junk ? -1 : 0;
}

static int style_hidden(const char *st)
{
    char c[128];
    size_t k = 0;
    for (; st && *st && k + 1 < sizeof c; st++)
        if (*st != ' ' && *st != '\t')
            c[k++] = (char)(*st >= 'A' && *st <= 'Z' ? *st + 32 : *st);
    c[k] = '\0';
    return strstr(c, "display:none") || strstr(c, "visibility:hidden");
}

/* The name of an element gumbo does not know ("dialog"), lower case. */
static int unknown_named(const GumboNode *g, const char *name)
{
    GumboStringPiece t = g->v.element.original_tag;
    gumbo_tag_from_original_text(&t);
    size_t n = strlen(name);
    return t.length == n && !strncasecmp(t.data, name, n);
}

/* The attributes drop_element reads, each the first of its name (as
 * gumbo_get_attribute finds it), in one pass over the element's
 * attributes instead of one pass per name. */
typedef struct Attrs {
    const char *hidden, *aria_hidden, *style, *aria_modal, *role, *cls, *id;
} Attrs;

static void attrs_of(const GumboNode *g, Attrs *a)
{
    memset(a, 0, sizeof *a);
    const GumboVector *v = &g->v.element.attributes;
    for (unsigned i = 0; i < v->length; i++) {
        const GumboAttribute *at = v->data[i];
        const char *n = at->name, **slot = NULL;
        switch (n[0] | 0x20) {
        case 'h': slot = !strcasecmp(n, "hidden") ? &a->hidden : NULL; break;
        case 'a':
            slot = !strcasecmp(n, "aria-hidden") ? &a->aria_hidden : !strcasecmp(n, "aria-modal") ? &a->aria_modal : NULL;
            break;
        case 's': slot = !strcasecmp(n, "style") ? &a->style : NULL; break;
        case 'r': slot = !strcasecmp(n, "role") ? &a->role : NULL; break;
        case 'c': slot = !strcasecmp(n, "class") ? &a->cls : NULL; break;
        case 'i': slot = !strcasecmp(n, "id") ? &a->id : NULL; break;
        default: break;
        }
        if (slot && !*slot)
            *slot = at->value;
    }
}

/* Is this element boilerplate by itself (tag, role, state, names)? */
static int drop_element(const GumboNode *g, int in_article)
{
    int tag = g->v.element.tag;
    if (dropped_tag(tag))
        return 1;
    if (tag == GUMBO_TAG_UNKNOWN && (unknown_named(g, "dialog") || unknown_named(g, "picture")))
        return 1;
    if (tag == GUMBO_TAG_HEADER && !in_article)
        return 1;
    if (!g->v.element.attributes.length)
        return 0;   /* what follows is all attributes */
    Attrs a;
    attrs_of(g, &a);
    if (a.hidden)
        return 1;
    if (a.aria_hidden && !strcasecmp(a.aria_hidden, "true"))
        return 1;
    if (a.style && style_hidden(a.style))
        return 1;
    if (a.aria_modal && !strcasecmp(a.aria_modal, "true"))
        return 1;
    static const char *const roles[] = {"navigation", "banner", "contentinfo", "complementary", "search",
                                        "dialog", "alertdialog", "menu", "menubar", "toolbar", "form", NULL};
    if (a.role)
        for (int i = 0; roles[i]; i++)
            if (!strcasecmp(a.role, roles[i]))
                return 1;
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE)
        return 0;
    int w = name_weight(a.cls), w2 = name_weight(a.id);
    return (w < 0 && w2 <= 0) || (w2 < 0 && w <= 0);
}

static int32_t tree_add(Tree *t, const GumboNode *g, int32_t parent, int kind)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 1024;
        t->v = xrealloc(t->v, t->cap * sizeof *t->v);
    }
    HNode *h = &t->v[t->n];
    memset(h, 0, sizeof *h);
    h->g = g;
    h->parent = parent;
    h->kind = (uint8_t)kind;
    h->end = (int32_t)t->n + 1;
    h->tag = kind == HK_ELEM ? (uint16_t)g->v.element.tag : GUMBO_TAG_UNKNOWN;
    return (int32_t)t->n++;
}

typedef struct Frame {
    const GumboNode *g;
    int32_t idx;
    unsigned child;
    uint8_t in_article, inlink;
} Frame;

/* A text node's characters (not blanks) and commas, and as much link
 * text when it is inside <a>: counted as the node is flattened, while
 * gumbo's node is at hand (a pass of its own would fetch every node and
 * text from memory again). */
static void count_text(HNode *h)
{
    /* counted in locals: through h, each byte would be a store */
    uint32_t text = 0, commas = 0;
    for (const unsigned char *s = (const unsigned char *)h->g->v.text.text; *s; s++) {
        text += !blank[*s];
        commas += *s == ',';
    }
    h->text = text;
    h->commas = commas;
    if (h->inlink)
        h->link = text;
}

/* Flatten the tree under root in pre-order; dropped elements are kept
 * (so their place is known) but not entered. Text nodes are counted. */
static void flatten(Tree *t, const GumboNode *root)
{
    Frame *st = NULL;
    size_t ns = 0, cap = 0;
    int32_t r = tree_add(t, root, -1, HK_ELEM);
    st = xrealloc(st, (cap = 64) * sizeof *st);
    st[ns++] = (Frame){root, r, 0, 0, 0};
    while (ns) {
        Frame *f = &st[ns - 1];
        const GumboVector *kids = &f->g->v.element.children;
        if (t->v[f->idx].drop || f->child >= kids->length) {
            t->v[f->idx].end = (int32_t)t->n;
            ns--;
            continue;
        }
        const GumboNode *c = kids->data[f->child++];
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_CDATA) {
            int32_t i = tree_add(t, c, f->idx, HK_TEXT);
            t->v[i].inlink = f->inlink;
            count_text(&t->v[i]);
            continue;
        }
        if (c->type != GUMBO_NODE_ELEMENT && c->type != GUMBO_NODE_TEMPLATE)
            continue;   /* comments */
        int tag = c->v.element.tag;
        uint8_t in_article = f->in_article || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
        uint8_t inlink = f->inlink || tag == GUMBO_TAG_A;
        int32_t i = tree_add(t, c, f->idx, HK_ELEM);
        t->v[i].drop = (uint8_t)(c->type == GUMBO_NODE_TEMPLATE || drop_element(c, f->in_article));
        t->v[i].inlink = inlink;
        if (block_tag(tag) && !t->v[i].drop)
            t->v[f->idx].blockkid = 1;
        if (ns == cap)
            st = xrealloc(st, (cap *= 2) * sizeof *st);
        st[ns++] = (Frame){c, i, 0, in_article, inlink};
    }
    free(st);
}

/* ---- 3. text, link text and commas, bottom up ---- */

/* Each element's totals from its children's (text nodes were counted in
 * flatten). */
static void count(Tree *t)
{
    for (size_t i = t->n; i-- > 0;) {
        HNode *h = &t->v[i];
        /* a form wrapping the page (ASP.NET) is no form to drop; a
         * small one (search, sign-up, comment) is */
        if (h->kind == HK_ELEM && h->tag == GUMBO_TAG_FORM && !h->drop && (h->text < 1500 || 2 * h->link > h->text))
            h->drop = 1;
        if (h->drop || h->parent < 0)
            continue;
        HNode *p = &t->v[h->parent];
        p->text += h->text;
        p->link += h->link;
        p->commas += h->commas;
    }
}

/* ---- 4. scores and the content ---- */

static float link_density(const HNode *h)
{
    return h->text ? (float)h->link / (float)h->text : 0;
}

static float tag_bonus(const HNode *h)
{
    switch (h->tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
    default: return 0;
    }
}

static float class_bonus(const HNode *h)
{
    int w = name_weight(attr(h->g, "class")) + name_weight(attr(h->g, "id"));
    return w > 0 ? 25 : w < 0 ? -25 : 0;
}

static int para_like(const HNode *h)
{
    switch (h->tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TD:
        return 1;
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
        return !h->blockkid;   /* a div of text is a paragraph */
    default:
        return 0;
    }
}

/* The element the page's content is in, or -1. */
static int32_t best_candidate(Tree *t)
{
    for (size_t i = 0; i < t->n; i++) {
        HNode *h = &t->v[i];
        if (h->kind != HK_ELEM || h->drop || !para_like(h) || h->text < MIN_PARA)
            continue;
        float s = 1 + (float)h->commas + (h->text / 100 < 3 ? (float)(h->text / 100) : 3);
        int32_t a = h->parent;
        for (int level = 0; a >= 0 && level < 5; level++, a = t->v[a].parent) {
            HNode *an = &t->v[a];
            if (an->tag == GUMBO_TAG_HTML)
                break;
            if (!an->cand) {
                an->cand = 1;
                an->score = tag_bonus(an) + class_bonus(an);
            }
            an->score += level == 0 ? s : level == 1 ? s / 2 : s / (float)(level * 3);
        }
    }
    int32_t best = -1;
    float bs = 0;
    for (size_t i = 0; i < t->n; i++) {
        HNode *h = &t->v[i];
        if (!h->cand)
            continue;
        h->score *= 1 - link_density(h);
        if (best < 0 || h->score > bs)
            best = (int32_t)i, bs = h->score;
    }
    return best;
}

/* Widen the candidate to the content: its <article> or <main> (the
 * headline and standfirst stand there), then wrappers that add only a
 * little text that is not links. */
static int32_t widen(const Tree *t, int32_t c)
{
    int32_t a = t->v[c].parent;
    for (int k = 0; a >= 0 && k < 4; k++, a = t->v[a].parent) {
        const HNode *h = &t->v[a];
        const char *role = attr(h->g, "role");
        if (h->tag == GUMBO_TAG_ARTICLE || h->tag == GUMBO_TAG_MAIN || (role && !strcasecmp(role, "main"))) {
            c = a;
            break;
        }
    }
    for (;;) {
        int32_t p = t->v[c].parent;
        if (p < 0 || t->v[p].tag == GUMBO_TAG_BODY || t->v[p].tag == GUMBO_TAG_HTML)
            return c;
        const HNode *hp = &t->v[p], *hc = &t->v[c];
        uint32_t extra = hp->text - hc->text, extra_link = hp->link - hc->link;
        if ((float)extra > 0.35f * (float)hc->text || (float)extra_link > 0.3f * (float)extra)
            return c;
        c = p;
    }
}

/* A block inside the content that is navigation after all: mostly
 * links, or a cookie notice. */
static int junk_block(const HNode *h)
{
    if (h->kind != HK_ELEM || !h->text)
        return 0;
    float ld = link_density(h);
    switch (h->tag) {
    case GUMBO_TAG_P:
        return ld > LINKY_PARA;
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
        return ld > LINKY_BLOCK;
    default:
        return 0;
    }
}

/* Does s contain w (a lower-case ASCII word, in any case)? */
static int contains_ci(const char *s, const char *w)
{
    size_t n = strlen(w);
    char lo = w[0], up = (char)(w[0] - ('a' - 'A'));
    for (; *s; s++)
        if ((*s == lo || *s == up) && !strncasecmp(s, w, n))
            return 1;
    return 0;
}


/* Is the subtree [i, end) a cookie notice? Its text is short and speaks
 * of cookies and of accepting or consenting. */
static int cookie_block(const Tree *t, int32_t i)
{
    const HNode *h = &t->v[i];
    if (h->kind != HK_ELEM || h->text > COOKIE_MAX || !h->text ||
        !(h->tag == GUMBO_TAG_DIV || h->tag == GUMBO_TAG_SECTION || h->tag == GUMBO_TAG_UNKNOWN))
        return 0;
    int cookie = 0, consent = 0;
    for (int32_t k = i + 1; k < h->end; k++) {
        const HNode *x = &t->v[k];
        if (x->kind != HK_TEXT)
            continue;
        const char *s = x->g->v.text.text;
        cookie |= contains_ci(s, "cookie");
        consent |= contains_ci(s, "accept") || contains_ci(s, "consent") || contains_ci(s, "privacy");
    }
    return cookie && consent;
}

/* ---- 5. writing the text ----
 * Blocks end in a blank line, list items and table rows in a line
 * break; runs of blanks in text are one space. Breaks are held until
 * text follows, so nothing is written for empty blocks. Each piece of
 * text goes with its source span: a run copied as it stood maps byte
 * for byte, an entity or a break maps as a whole. */

/* A data table is read into cells first and written when it ends, in
 * aligned columns (widths known only then). */
typedef struct Cell {
    size_t row, col, start, end;   /* [start, end) of the capture text */
    int span;                      /* a caption: a row of its own, no column width */
} Cell;

typedef struct Cap {
    Document t;
    Cell *c;
    size_t n, cap;
    size_t row;               /* rows begun (the current is row - 1) */
    size_t col;               /* cells begun in the current row */
    int open;                 /* a cell is open */
} Cap;

typedef struct Out {
    Document *t;
    Src *src;
    int brk;                  /* pending: 0 none, 1 space, 2 line break, 3 blank line */
    size_t brk_at;            /* source offset the pending break stands at */
    int brk_copied;           /* the pending space is a blank of the source, copied */
    int err;
    Cap *cap;                 /* the data table being read, or NULL */
    int cell_depth;           /* inside a data cell: blocks are spaces */
    int sup, sub, pre;        /* inside <sup>, <sub>, <pre> */
} Out;

static Document *dst(Out *o)
{
    return o->cap ? &o->cap->t : o->t;
}

static void emit(Out *o, const char *p, size_t n, size_t src, size_t src_end)
{
    if (n && document_append(dst(o), p, n, src, src_end - src, 0))
        o->err = -1;
}

static void set_brk(Out *o, int level, size_t at)
{
    if ((o->cell_depth || o->cap) && level > 1)
        level = o->cap && !o->cell_depth ? 0 : 1;
    if (level > o->brk) {
        o->brk = level;
        o->brk_at = at;
        o->brk_copied = 0;
    }
}

/* Write the pending break before text (in a table cell, a space after
 * the cell's own text only). */
static void flush_brk(Out *o, size_t at)
{
    (void)at;
    const Buf *b = &dst(o)->text;
    size_t from = o->cap && o->cap->n ? o->cap->c[o->cap->n - 1].start : 0;
    if (o->brk && b->len > from) {
        int have = b->data[b->len - 1] == '\n' ? (b->len > 1 && b->data[b->len - 2] == '\n' ? 3 : 2) : 0;
        if (o->brk == 1 && !have)   /* a single blank as in the source maps to it */
            emit(o, " ", 1, o->brk_at, o->brk_at + (o->brk_copied ? 1 : 0));
        else if (o->brk == 2 && !have)
            emit(o, "\n", 1, o->brk_at, o->brk_at);
        else if (o->brk == 3 && have < 3)
            emit(o, have == 2 ? "\n" : "\n\n", have == 2 ? 1 : 2, o->brk_at, o->brk_at);
    }
    o->brk = 0;
}

static void cell_close(Cap *c)
{
    if (c->open) {
        c->c[c->n - 1].end = c->t.text.len;
        c->open = 0;
    }
}

static void cell_open(Out *o)
{
    Cap *c = o->cap;
    cell_close(c);
    if (!c->row)
        c->row = 1;
    if (c->n == c->cap)
        c->c = xrealloc(c->c, (c->cap = c->cap ? 2 * c->cap : 64) * sizeof *c->c);
    c->c[c->n++] = (Cell){c->row - 1, c->col++, c->t.text.len, c->t.text.len, 0};
    c->open = 1;
    o->brk = 0;
}

/* Copy text [a, b) of src with its source spans to the end of out. */
static void copy_range(Out *o, const Document *src, size_t a, size_t b)
{
    size_t i = 0;
    while (i < src->nspans && src->spans[i].text + src->spans[i].len <= a)
        i++;
    while (a < b && !o->err) {
        const DocSpan *sp = i < src->nspans ? &src->spans[i] : NULL;
        if (!sp || a < sp->text) {
            /* text the reader made (a blank): no source */
            size_t e = sp && sp->text < b ? sp->text : b;
            emit(o, src->text.data + a, e - a, 0, 0);
            a = e;
            continue;
        }
        size_t e = sp->text + sp->len < b ? sp->text + sp->len : b;
        size_t s0 = sp->src + (a - sp->text);
        emit(o, src->text.data + a, e - a, s0, s0 + (e - a));
        a = e;
        i++;
    }
}

static void cap_free(Cap *c)
{
    document_free(&c->t);
    free(c->c);
    free(c);
}

/* The table read (o->cap): its rows in aligned columns, three blanks
 * apart; then it is freed. */
static void table_write(Out *o, size_t at)
{
    Cap *c = o->cap;
    cell_close(c);
    size_t ncol = 0;
    for (size_t i = 0; i < c->n; i++) {
        /* trim the cell */
        const char *t = c->t.text.data;
        while (c->c[i].start < c->c[i].end && t[c->c[i].start] == ' ')
            c->c[i].start++;
        while (c->c[i].end > c->c[i].start && t[c->c[i].end - 1] == ' ')
            c->c[i].end--;
        if (c->c[i].col + 1 > ncol && c->c[i].end > c->c[i].start)
            ncol = c->c[i].col + 1;
    }
    size_t *w = xcalloc(ncol + 1, sizeof *w);
    for (size_t i = 0; i < c->n; i++)
        if (c->c[i].col < ncol && !c->c[i].span) {
            size_t k = utf8_count(c->t.text.data + c->c[i].start, c->c[i].end - c->c[i].start);
            if (k > w[c->c[i].col])
                w[c->c[i].col] = k;
        }
    o->cap = NULL;
    set_brk(o, 3, at);
    for (size_t i = 0; i < c->n;) {
        size_t j = i, last = i;
        while (j < c->n && c->c[j].row == c->c[i].row) {
            if (c->c[j].end > c->c[j].start)
                last = j;
            j++;
        }
        if (c->c[last].end > c->c[last].start) {
            flush_brk(o, at);
            size_t col = 0;
            for (size_t k = i; k <= last; k++) {
                /* pad to this cell's column */
                for (; col < c->c[k].col; col++)
                    for (size_t q = 0; q < w[col] + 3; q++)
                        emit(o, " ", 1, at, at);
                copy_range(o, &c->t, c->c[k].start, c->c[k].end);
                if (k < last)
                    for (size_t q = utf8_count(c->t.text.data + c->c[k].start, c->c[k].end - c->c[k].start);
                         q < w[col] + 3; q++)
                        emit(o, " ", 1, at, at);
                col++;
            }
            set_brk(o, 2, at);
        }
        i = j;
    }
    set_brk(o, 3, at);
    free(w);
    cap_free(c);
}

static int is_blank(char c)
{
    return blank[(unsigned char)c];
}

/* One segment of a text node: decoded t[a,b) came from source [s,e). */
typedef struct Seg {
    size_t a, b, s, e;
} Seg;

/* Align a text node's decoded text with its original bytes: runs that
 * are the same byte for byte, and the pieces between (an entity "&amp;",
 * a CR gumbo dropped, a NUL it replaced). */
static size_t align(const char *t, size_t tn, const char *o, size_t on, size_t base, Seg **segs, size_t *cap)
{
    size_t i = 0, j = 0, n = 0;
#define SEG(A, B, S, E)                                                         \
    do {                                                                        \
        if (n == *cap)                                                          \
            *segs = xrealloc(*segs, (*cap = *cap ? 2 * *cap : 16) * sizeof **segs); \
        (*segs)[n++] = (Seg){(A), (B), base + (S), base + (E)};                 \
    } while (0)
    while (j < tn) {
        if (i < on && o[i] == t[j] && o[i] != '&') {
            size_t a = j, s = i;
            while (i < on && j < tn && o[i] == t[j] && o[i] != '&')
                i++, j++;
            SEG(a, j, s, i);
            continue;
        }
        if (i >= on) {   /* more decoded text than source: map to the end */
            SEG(j, tn, on, on);
            break;
        }
        /* the piece of source that made t[j..]: an entity runs to ';'
         * (or the end of its name); anything else is one byte */
        size_t e = i + 1;
        if (o[i] == '&') {
            while (e < on && e - i < 40 && (((o[e] | 0x20) >= 'a' && (o[e] | 0x20) <= 'z') ||
                                             (o[e] >= '0' && o[e] <= '9') || o[e] == '#'))
                e++;
            if (e < on && o[e] == ';')
                e++;
        } else if (o[i] == '\r' && i + 1 < on && o[i + 1] == '\n') {
            i++;   /* CR LF is LF */
            continue;
        }
        /* where the decoded text takes up the source again: after one
         * character (an entity is one, mostly), when what follows agrees
         * up to the next entity or four bytes; else the first place it
         * agrees */
        size_t one, k = j + 1;
        utf8_decode(t + j, tn - j, &one);
        for (size_t pass = 0; pass < 2; pass++)
            for (k = pass ? j + 1 : j + one; k <= tn && k - j <= 12; k++) {
                size_t m = 0;
                while (m < 4 && k + m < tn && e + m < on && t[k + m] == o[e + m])
                    m++;
                int agrees = (k == tn && e == on) || m == 4 || (m && (k + m == tn || e + m == on)) ||
                             (e + m < on && o[e + m] == '&' && (m || k < tn));
                if (agrees)
                    goto found;
                if (!pass)
                    break;
            }
    found:
        if (k > tn || k - j > 12)   /* lost: the rest maps as a whole */
            k = tn, e = on;
        SEG(j, k, i, e);
        j = k;
        i = e;
    }
#undef SEG
    return n;
}

typedef struct Walk {
    Seg *segs;
    size_t cap;
} Walk;

static void put_digits(Out *o, const char *p, size_t n, size_t s, size_t e)
{
    static const char *const sup[10] = {"\xe2\x81\xb0", "\xc2\xb9", "\xc2\xb2", "\xc2\xb3", "\xe2\x81\xb4",
                                        "\xe2\x81\xb5", "\xe2\x81\xb6", "\xe2\x81\xb7", "\xe2\x81\xb8", "\xe2\x81\xb9"};
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        size_t at = e - s == n ? s + i : s, to = e - s == n ? s + i + 1 : e;
        if (c >= '0' && c <= '9' && o->sup)
            emit(o, sup[c - '0'], strlen(sup[c - '0']), at, to);
        else if (c >= '0' && c <= '9' && o->sub) {
            char d[3] = {'\xe2', '\x82', (char)(0x80 + c - '0')};
            emit(o, d, 3, at, to);
        } else
            emit(o, p + i, 1, at, to);
    }
}

/* Write a text node: words with their spans, blanks as pending spaces. */
static void text_node(Out *o, Walk *w, const GumboNode *g, Src *src)
{
    const char *t = g->v.text.text;
    size_t tn = strlen(t);
    const GumboStringPiece *orig = &g->v.text.original_text;
    size_t base = (size_t)(orig->data ? orig->data - src->u : 0);
    if (!orig->data || base > src->n)
        base = g->v.text.start_pos.offset;
    size_t ns = align(t, tn, orig->data ? orig->data : t, orig->data ? orig->length : tn, base, &w->segs, &w->cap);
    for (size_t k = 0; k < ns && !o->err; k++) {
        const Seg *sg = &w->segs[k];
        int linear = sg->b - sg->a == sg->e - sg->s;
        for (size_t i = sg->a; i < sg->b;) {
            if (is_blank(t[i]) && !o->pre) {
                size_t at = linear ? sg->s + (i - sg->a) : sg->s, from = i;
                while (i < sg->b && is_blank(t[i]))
                    i++;
                int was = o->brk;
                set_brk(o, 1, src_of(src, at));
                if (!was && linear && i - from == 1 && t[from] == ' ')
                    o->brk_copied = 1;
                continue;
            }
            size_t j = i;
            while (j < sg->b && (o->pre || !is_blank(t[j])))
                j++;
            size_t s = linear ? sg->s + (i - sg->a) : sg->s, e = linear ? sg->s + (j - sg->a) : sg->e;
            /* Words one space apart, copied from source the map takes one
             * to one, go as one piece: word by word, each space would be
             * held, then written as a copied byte before the next word,
             * and every piece would extend the same span (the same text
             * and map, in a fraction of the calls). */
            if (linear && !o->pre && !o->sup && !o->sub) {
                size_t run = j;
                while (run + 1 < sg->b && t[run] == ' ' && !is_blank(t[run + 1]))
                    for (run++; run < sg->b && !is_blank(t[run]);)
                        run++;
                if (run > j && src_flat(src, s, sg->s + (run - sg->a)))
                    j = run, e = sg->s + (run - sg->a);
            }
            size_t ss = src_of(src, s), se = src_of(src, e);
            flush_brk(o, ss);
            if (o->sup || o->sub)
                put_digits(o, t + i, j - i, ss, se);
            else
                emit(o, t + i, j - i, ss, se);
            i = j;
        }
    }
}

/* A table that lays out a page rather than holding data: marked so,
 * holding a table, or holding long paragraphs. */
static int layout_table(const Tree *t, int32_t i)
{
    const HNode *h = &t->v[i];
    const char *role = attr(h->g, "role");
    if (role && (!strcasecmp(role, "presentation") || !strcasecmp(role, "none")))
        return 1;
    for (int32_t k = i + 1; k < h->end; k++) {
        const HNode *x = &t->v[k];
        if (x->kind == HK_ELEM && x->tag == GUMBO_TAG_TABLE)
            return 1;
        if (x->kind == HK_ELEM && (x->tag == GUMBO_TAG_P || x->tag == GUMBO_TAG_DIV) && x->text > 400)
            return 1;
    }
    return 0;
}

typedef struct Open {
    int32_t node;
    int kind;                 /* what to undo at its end */
    int item;                 /* list items counted so far (ol) */
} Open;

enum { OP_NONE, OP_BLOCK, OP_ROW, OP_CELL, OP_SUP, OP_SUB, OP_PRE, OP_ITEM, OP_LIST, OP_TABLE, OP_LAYOUT };

static size_t elem_src(Src *src, const HNode *h)
{
    return src_of(src, h->g->v.element.start_pos.offset);
}

/* The innermost list or table of the first n opened, or NULL. */
static Open *innermost(Open *st, size_t n)
{
    for (size_t k = n; k-- > 0;)
        if (st[k].kind == OP_LIST || st[k].kind == OP_TABLE || st[k].kind == OP_LAYOUT)
            return &st[k];
    return NULL;
}

/* The end of an element opened as op: undo what its start did. */
static void close_elem(Out *o, const Open *op, const Tree *t, Src *src)
{
    const HNode *h = &t->v[op->node];
    size_t at = src_of(src, h->g->v.element.end_pos.offset);
    switch (op->kind) {
    case OP_BLOCK: case OP_LIST: case OP_LAYOUT: set_brk(o, 3, at); break;
    case OP_TABLE: table_write(o, at); break;
    case OP_ITEM: set_brk(o, 2, at); break;
    case OP_ROW: break;
    case OP_CELL: o->cell_depth--; set_brk(o, 1, at); break;
    case OP_SUP: o->sup--; break;
    case OP_SUB: o->sub--; break;
    case OP_PRE: o->pre--; set_brk(o, 3, at); break;
    default: break;
    }
}

/* A new row of the table being read. */
static void row_open(Cap *c)
{
    cell_close(c);
    c->row++;
    c->col = 0;
}

/* A list (ul, ol: numbered from its start), or one of its items ("- ",
 * "3. "; in a table's cell, only a break). */
static void open_list(Out *o, const HNode *h, Open *op, Open *up, size_t at)
{
    if (h->tag == GUMBO_TAG_UL || h->tag == GUMBO_TAG_OL) {
        set_brk(o, 3, at);
        op->kind = OP_LIST;
        const char *sv = h->tag == GUMBO_TAG_OL ? attr(h->g, "start") : NULL;
        op->item = h->tag == GUMBO_TAG_UL ? -1 : sv ? atoi(sv) - 1 : 0;
        return;
    }
    set_brk(o, o->cell_depth ? 1 : 2, at);
    op->kind = OP_ITEM;
    char mark[24] = "- ";
    if (up && up->kind == OP_LIST && up->item >= 0)
        snprintf(mark, sizeof mark, "%d. ", ++up->item);
    if (!o->cell_depth && h->text) {
        flush_brk(o, at);
        emit(o, mark, strlen(mark), at, at);
    }
}

/* A table (read as data, unless it lays out the page or stands in a
 * data table), its rows, caption and cells; elsewhere blocks. */
static void open_table(Out *o, const Tree *t, int32_t i, Open *op, Open *up, size_t at)
{
    const HNode *h = &t->v[i];
    int data = o->cap && !o->cell_depth;   /* directly in a data table */
    if (h->tag == GUMBO_TAG_TABLE) {
        set_brk(o, 3, at);
        if (o->cap || layout_table(t, i)) {
            op->kind = OP_LAYOUT;
        } else {
            flush_brk(o, at);
            op->kind = OP_TABLE;
            o->cap = xcalloc(1, sizeof *o->cap);
            buf_init(&o->cap->t.text, CB_MAX_DOC_BYTES);
        }
    } else if (h->tag == GUMBO_TAG_TR && data && up && up->kind == OP_TABLE) {
        op->kind = OP_ROW;
        row_open(o->cap);
    } else if (h->tag != GUMBO_TAG_TR && data) {   /* caption (a row of its own), td, th */
        if (h->tag == GUMBO_TAG_CAPTION)
            row_open(o->cap);
        cell_open(o);
        if (h->tag == GUMBO_TAG_CAPTION)
            o->cap->c[o->cap->n - 1].span = 1;
        o->cell_depth++;
        op->kind = OP_CELL;
    } else {
        set_brk(o, 3, at);
        op->kind = OP_BLOCK;
    }
}

/* The start of element i, opened as op (up: the innermost list or table
 * opened, for items and rows). */
static void open_elem(Out *o, const Tree *t, int32_t i, Open *op, Open *up, Src *src)
{
    const HNode *h = &t->v[i];
    size_t at = elem_src(src, h);
    switch (h->tag) {
    case GUMBO_TAG_BR:
        set_brk(o, 2, at);
        break;
    case GUMBO_TAG_SUP:
        o->sup++, op->kind = OP_SUP;
        break;
    case GUMBO_TAG_SUB:
        o->sub++, op->kind = OP_SUB;
        break;
    case GUMBO_TAG_PRE:
        set_brk(o, 3, at);
        o->pre++, op->kind = OP_PRE;
        break;
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI:
        open_list(o, h, op, up, at);
        break;
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        open_table(o, t, i, op, up, at);
        break;
    default:
        if (block_tag(h->tag) && h->tag != GUMBO_TAG_TBODY && h->tag != GUMBO_TAG_THEAD &&
            h->tag != GUMBO_TAG_TFOOT) {
            set_brk(o, 3, at);
            op->kind = OP_BLOCK;
        }
        break;
    }
}

/* Write the subtree of node r. */
static void write_subtree(Out *o, Walk *w, const Tree *t, int32_t r, Src *src)
{
    Open *st = NULL;
    size_t ns = 0, cap = 0;
    for (int32_t i = r; i <= t->v[r].end && !o->err; i++) {
        /* close what ends here */
        while (ns && (i == t->v[r].end || t->v[st[ns - 1].node].end <= i))
            close_elem(o, &st[--ns], t, src);
        if (i == t->v[r].end)
            break;
        const HNode *h = &t->v[i];
        if (h->kind == HK_TEXT) {
            text_node(o, w, h->g, src);
            continue;
        }
        if (h->drop || (i != r && (junk_block(h) || cookie_block(t, i)))) {
            i = h->end - 1;
            continue;
        }
        if (ns == cap)
            st = xrealloc(st, (cap = cap ? 2 * cap : 64) * sizeof *st);
        Open *op = &st[ns++];
        *op = (Open){i, OP_NONE, 0};
        /* the innermost list or table opened, for items and rows (looked
         * for only there: down a deep page's stack for every element, it
         * cost as much as writing the text) */
        Open *up = NULL;
        if (h->tag == GUMBO_TAG_LI || h->tag == GUMBO_TAG_TR)
            up = innermost(st, ns - 1);
        open_elem(o, t, i, op, up, src);
    }
    /* a page cut off inside a table: write what was read */
    while (o->cap)
        table_write(o, src_of(src, src->n));
    free(st);
}

/* ---- 6. what the page says of itself ---- */

static char *clean_meta(const char *s)
{
    if (!s)
        return NULL;
    while (is_blank(*s))
        s++;
    size_t n = strlen(s);
    while (n && is_blank(s[n - 1]))
        n--;
    if (!n)
        return NULL;
    if (n > 1000)
        n = 1000;
    char *r = xmalloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7F) {
            if (k && r[k - 1] != ' ')
                r[k++] = ' ';
        } else {
            r[k++] = (char)c;
        }
    }
    r[k] = '\0';
    return r;
}

/* "2024-05-12T08:00:00Z" and "2024/05/12" as "2024-05-12"; else as
 * written. */
static char *clean_date(const char *s)
{
    char *d = clean_meta(s);
    if (d && strlen(d) >= 10 && d[0] >= '1' && d[0] <= '2' && (d[4] == '-' || d[4] == '/') &&
        (d[7] == '-' || d[7] == '/')) {
        d[4] = d[7] = '-';
        d[10] = '\0';
    }
    return d;
}

static void set_once(char **slot, char *v)
{
    if (!*slot && v)
        *slot = v;
    else
        free(v);
}

/* <title> without the site's name after " | ", " - ", " – ", " — ". */
static char *page_title(const GumboNode *title)
{
    const GumboVector *k = &title->v.element.children;
    if (!k->length || ((const GumboNode *)k->data[0])->type != GUMBO_NODE_TEXT)
        return NULL;
    char *s = clean_meta(((const GumboNode *)k->data[0])->v.text.text);
    if (!s)
        return NULL;
    static const char *const seps[] = {" | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", NULL};
    for (int i = 0; seps[i]; i++) {
        char *cut = NULL;
        for (char *p = strstr(s, seps[i]); p; p = strstr(p + 1, seps[i]))
            cut = p;
        if (cut && strlen(cut + strlen(seps[i])) < strlen(s) / 2) {
            *cut = '\0';
            break;
        }
    }
    return s;
}

/* What an element says of the page: <title>, <meta>, <link
 * rel=canonical>, <time datetime>. The first of each wins; authors add
 * up. */
static void meta_node(const GumboNode *g, Document *out, char **title_tag, char **authors)
{
    int tag = g->v.element.tag;
    if (tag == GUMBO_TAG_TITLE && !*title_tag)
        *title_tag = page_title(g);
    if (tag == GUMBO_TAG_META) {
        const char *name = attr(g, "property");
        if (!name)
            name = attr(g, "name");
        if (!name)
            name = attr(g, "itemprop");
        const char *content = attr(g, "content");
        if (name && content) {
            if (!strcasecmp(name, "og:title") || !strcasecmp(name, "citation_title") ||
                !strcasecmp(name, "dc.title") || !strcasecmp(name, "twitter:title"))
                set_once(&out->title, clean_meta(content));
            else if (!strcasecmp(name, "article:published_time") || !strcasecmp(name, "citation_publication_date") ||
                     !strcasecmp(name, "citation_date") || !strcasecmp(name, "dc.date") ||
                     !strcasecmp(name, "dcterms.created") || !strcasecmp(name, "date") ||
                     !strcasecmp(name, "pubdate") || !strcasecmp(name, "publish-date") ||
                     !strcasecmp(name, "datePublished") || !strcasecmp(name, "parsely-pub-date"))
                set_once(&out->date, clean_date(content));
            else if (!strcasecmp(name, "citation_author") || !strcasecmp(name, "author") ||
                     !strcasecmp(name, "dc.creator")) {
                char *a = clean_meta(content);
                if (a && !strstr(a, "://")) {
                    size_t la = *authors ? strlen(*authors) : 0;
                    *authors = xrealloc(*authors, la + strlen(a) + 3);
                    sprintf(*authors + la, "%s%s", la ? "; " : "", a);
                }
                free(a);
            } else if (!strcasecmp(name, "og:site_name") || !strcasecmp(name, "citation_publisher") ||
                       !strcasecmp(name, "dc.publisher") || !strcasecmp(name, "citation_journal_title"))
                set_once(&out->publisher, clean_meta(content));
            else if (!strcasecmp(name, "og:url") || !strcasecmp(name, "citation_abstract_html_url"))
                set_once(&out->url, clean_meta(content));
        }
    }
    if (tag == GUMBO_TAG_LINK) {
        const char *rel = attr(g, "rel"), *href = attr(g, "href");
        if (rel && href && !strcasecmp(rel, "canonical"))
            set_once(&out->url, clean_meta(href));
    }
    if (tag == GUMBO_TAG_TIME && !out->date && attr(g, "datetime"))
        set_once(&out->date, clean_date(attr(g, "datetime")));
}

/* The elements of gumbo's subtree at from, in document order (walked
 * iteratively), each through meta_node; the content of scripts, styles,
 * footers and asides is not entered (dates of comments, of scripts). */
static void meta_walk(const GumboNode *from, Document *out, char **title_tag, char **authors)
{
    const GumboNode **st = xmalloc(64 * sizeof *st);
    size_t ns = 0, cap = 64;
    st[ns++] = from;
    while (ns) {
        const GumboNode *g = st[--ns];
        if (g->type != GUMBO_NODE_ELEMENT)
            continue;
        meta_node(g, out, title_tag, authors);
        int tag = g->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE)
            continue;
        const GumboVector *k = &g->v.element.children;
        for (unsigned i = k->length; i-- > 0;) {
            if (ns == cap)
                st = xrealloc(st, (cap *= 2) * sizeof *st);
            st[ns++] = k->data[i];
        }
    }
    free(st);
}

/* What the page says of itself, from every element, head and body
 * alike: the flat tree's elements in order (it holds them in gumbo's
 * order, and reading it does not fetch each of gumbo's nodes from memory
 * again), and gumbo's own subtree under each element the flat tree did
 * not enter. Call before count(): until then drop marks exactly those. */
static void read_meta(const Tree *t, Document *out)
{
    char *title_tag = NULL, *authors = NULL;
    for (size_t i = 0; i < t->n; i++) {
        const HNode *h = &t->v[i];
        if (h->kind != HK_ELEM)
            continue;
        if (h->drop)
            meta_walk(h->g, out, &title_tag, &authors);   /* not entered: nothing under it follows */
        else
            meta_node(h->g, out, &title_tag, &authors);
    }
    set_once(&out->title, title_tag);
    set_once(&out->authors, authors);
}

/* Does the subtree at i hold a sentence (". " or a final full stop)? */
static int sentence_in(const Tree *t, int32_t i)
{
    for (int32_t k = i + 1; k < t->v[i].end; k++) {
        if (t->v[k].kind != HK_TEXT)
            continue;
        const char *s = t->v[k].g->v.text.text, *dot = strrchr(s, '.');
        if (strstr(s, ". ") || (dot && !dot[1]))
            return 1;
    }
    return 0;
}

/* ---- the whole page ---- */

/* gumbo makes a piece of memory for every node, string and vector, and
 * frees the passing ones as it goes: from an arena a piece costs a
 * pointer bump, and the tree goes whole when the page is read, not
 * piece by piece down gumbo_destroy_output's walk. What gumbo frees
 * early (about 40% of what it asks for, measured on 2 MB pages) stays
 * until then: the arena holds about what malloc would at its peak. The
 * arena is the thread's, kept from page to page (a reader process reads
 * many): up to KEEP_HEAP of it stays mapped for the next page, which
 * then takes no page faults to build its tree; the rest is freed. */
static pthread_key_t heap_key;
static pthread_once_t heap_once = PTHREAD_ONCE_INIT;

static void heap_drop(void *heap)
{
    arena_free(heap);
    free(heap);
}

static void heap_key_make(void)
{
    if (pthread_key_create(&heap_key, heap_drop))
        diag_oom();
}

static Arena *page_heap(void)
{
    pthread_once(&heap_once, heap_key_make);
    Arena *a = pthread_getspecific(heap_key);
    if (!a) {
        a = xmalloc(sizeof *a);
        arena_init(a);
        pthread_setspecific(heap_key, a);
    }
    return a;
}

static void *gumbo_piece(void *arena, size_t n)
{
    return arena_alloc(arena, n);
}

static void gumbo_unpiece(void *arena, void *p)
{
    (void)arena;
    (void)p;
}

/* gumbo's tree of the page's text, in the thread's arena: its long text
 * runs folded (htmlfold.h) when fold is set and the fold restores to the
 * same tree, else of the text as it is. Free f (htmlfold_free) when the
 * tree is no longer read. */
static GumboOutput *parse_tree(const Src *src, int fold, Arena *heap, Fold *f)
{
    GumboOptions go = kGumboDefaultOptions;
    go.max_errors = 0;
    go.allocator = gumbo_piece;
    go.deallocator = gumbo_unpiece;
    go.userdata = heap;
    if (fold && htmlfold_make(f, src->u, src->n)) {
        GumboOutput *g = gumbo_parse_with_options(&go, f->in, f->n);
        if (htmlfold_restore(f, g->root, heap) == 0)
            return g;
        arena_reset(heap, KEEP_HEAP);
    }
    return gumbo_parse_with_options(&go, src->u, src->n);
}

static int parse_page(const char *data, size_t n, Document *out, volatile unsigned *progress, char *err, size_t cap,
                      int fold)
{
    Src src;
    if (decode(&src, data, n, out, err, cap)) {
        src_free(&src);
        return -1;
    }
    /* NUL in the text (UTF-16 has been decoded by now): no web page */
    if (memchr(src.u, 0, src.n < 8192 ? src.n : 8192)) {
        src_free(&src);
        snprintf(err, cap, "not an HTML document (binary data)");
        return -1;
    }
    strip_raw(&src);
    if (progress)
        *progress = 0;
    Arena *heap = page_heap();
    Fold f = {0};
    GumboOutput *g = parse_tree(&src, fold, heap, &f);
    Tree t = {0};
    flatten(&t, g->root);
    read_meta(&t, out);
    count(&t);
    int32_t body = -1;
    for (size_t i = 0; i < t.n && body < 0; i++)
        if (t.v[i].kind == HK_ELEM && t.v[i].tag == GUMBO_TAG_BODY)
            body = (int32_t)i;
    int32_t c = best_candidate(&t);
    int32_t root = c >= 0 ? widen(&t, c) : body >= 0 ? body : 0;
    Out o = {.t = out, .src = &src};
    Walk w = {0};
    /* the content, and its siblings that read as content too */
    int32_t parent = t.v[root].parent;
    if (parent >= 0 && root != body) {
        float least = t.v[root].score * 0.2f > 10 ? t.v[root].score * 0.2f : 10;
        for (int32_t k = parent + 1; k < t.v[parent].end && !o.err; k = t.v[k].end) {
            const HNode *s = &t.v[k];
            int take = k == root;
            if (!take && s->kind == HK_ELEM && !s->drop && !junk_block(s) && !cookie_block(&t, k))
                take = (s->cand && s->score >= least) ||
                       ((s->tag == GUMBO_TAG_P || s->tag == GUMBO_TAG_TABLE || s->tag == GUMBO_TAG_UL ||
                         s->tag == GUMBO_TAG_OL || s->tag == GUMBO_TAG_FIGURE) &&
                        s->text > 80 && link_density(s) < 0.25f) ||
                       (s->tag == GUMBO_TAG_P && s->text && !s->link && sentence_in(&t, k));
            if (take)
                write_subtree(&o, &w, &t, k, &src);
        }
    } else {
        write_subtree(&o, &w, &t, root, &src);
    }
    if (!o.err && out->text.len)
        emit(&o, "\n", 1, src_of(&src, src.n), src_of(&src, src.n));
    free(w.segs);
    free(t.v);
    arena_reset(heap, KEEP_HEAP);   /* gumbo's tree, whole */
    htmlfold_free(&f);
    src_free(&src);
    if (o.err) {
        snprintf(err, cap, "the text is over the limit of %u bytes", CB_MAX_DOC_BYTES);
        return -1;
    }
    if (!out->text.len)
        document_warn(out, 0, "no readable text in this page");
    return 0;
}

static int parse(const char *data, size_t n, Document *out, volatile unsigned *progress, char *err, size_t cap)
{
    return parse_page(data, n, out, progress, err, cap, 1);
}

static int parse_in_process(const char *name, const char *data, size_t n, Document *out, Diag *d, int fold)
{
    char err[512];
    int rc = parse_page(data, n, out, NULL, err, sizeof err, fold);
    return rc ? diag_set(d, CB_EINPUT, name, 0, "%s", err) : 0;
}

int dochtml_parse(const char *name, const char *data, size_t n, Document *out, Diag *d)
{
    return parse_in_process(name, data, n, out, d, 1);
}

int dochtml_parse_unfolded(const char *name, const char *data, size_t n, Document *out, Diag *d)
{
    return parse_in_process(name, data, n, out, d, 0);
}

DOCWIRE_JOB(html_job, "html", parse);

int dochtml_read(const char *name, const char *data, size_t n, Document *out, Diag *d)
{
    return docwire_read_sandboxed(name, data, n, &html_job, NULL, out, d);
}
