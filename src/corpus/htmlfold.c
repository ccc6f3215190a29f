/* htmlfold.c — long runs of plain text folded before gumbo and restored
 * after it (see htmlfold.h). Two halves:
 *   1. fold: a tokenizer that finds text between tags as gumbo's does,
 *      and copies the page with each plain run as one character;
 *   2. restore: one walk over gumbo's tree that puts the runs back into
 *      the text nodes, maps every position back, and checks that each
 *      run came back once, as text. */
#include "htmlfold.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "diag.h"
#include "utf8.h"

#define FOLD_MIN 16               /* shorter runs are not worth a character (4 bytes) */
#define PLANE 65534u              /* private-use characters of a plane (U+xFFFE/F are not characters) */
#define MAX_RUNS (2 * PLANE)      /* runs past these are left as they are */
#define MARK_LEN 4                /* bytes of a run's character */

/* ---- 1. fold ---- */

/* Bytes of text, by what gumbo's tokenizer makes of them (ORDER: bclass). */
enum { B_STOP, B_PLAIN, B_BLANK, B_HIGH, B_LT, B_AMP };

/* The class of each byte (0 B_STOP, 1 B_PLAIN, 2 B_BLANK, 3 B_HIGH, 4
 * B_LT, 5 B_AMP). Plain: printable ASCII but '<' and '&' (each starts
 * something) and '>' and ']' (each ends something: a comment, a CDATA
 * section, an escaped script). Blanks: the three the tokenizer passes
 * through unchanged (CR becomes LF; form feed is rare). Controls, DEL and
 * NUL stop a run: gumbo replaces or drops them. */
static const unsigned char bclass[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 0,   /* 0x00: \t \n */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    2, 1, 1, 1, 1, 1, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x20: ' ' & */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1, 0, 1,   /* 0x30: < > */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1,   /* 0x50: ] */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,   /* 0x70: DEL */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,   /* 0x80 up: UTF-8 */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
};

/* The length of the character at p[0] (a byte >= 0x80) when gumbo
 * passes it through unchanged, else 0: valid UTF-8 (utf8.h), no C1
 * control, no noncharacter (gumbo replaces those with U+FFFD). Planes 15
 * and 16 never occur here (the page was checked). */
static size_t plain_high(const char *p, size_t n)
{
    size_t len;
    int32_t c = utf8_decode(p, n, &len);
    if (len == 1 || c <= 0x9F || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        return 0;
    return len;
}

/* The blanks of the tokenizer inside a tag (CR is LF by then): HTML's
 * whitespace, FF among them but not VT, so not ascii_isspace. */
static int tag_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Does the page hold a character of planes 15 and 16, the runs'
 * characters: as UTF-8 (lead bytes F3 and F4 start nothing else) or as
 * a numeric reference? Then folding would be ambiguous. */
static int holds_marks(const char *p, size_t n)
{
    if (memchr(p, 0xF3, n) || memchr(p, 0xF4, n))
        return 1;
    const char *end = p + n;
    for (const char *q = p; (q = memchr(q, '&', (size_t)(end - q))); q++) {
        if (end - q < 3 || q[1] != '#')
            continue;
        const char *d = q + 2;
        int hex = *d == 'x' || *d == 'X';
        uint32_t v = 0;
        for (d += hex; d < end; d++) {
            int digit = *d >= '0' && *d <= '9' ? *d - '0'
                        : hex && (*d | 0x20) >= 'a' && (*d | 0x20) <= 'f' ? (*d | 0x20) - 'a' + 10 : -1;
            if (digit < 0)
                break;
            v = v * (hex ? 16u : 10u) + (uint32_t)digit;
            if (v > 0x10FFFF)
                break;   /* past Unicode: gumbo makes it U+FFFD */
        }
        if (v >= 0xF0000 && v <= 0x10FFFF)
            return 1;
    }
    return 0;
}

/* Where the element of raw text (or RCDATA) opened before p[i] ends: the
 * '<' of its end tag "</NAME", or n. */
static size_t raw_close(const char *p, size_t n, size_t i, const char *name, size_t len)
{
    for (const char *q = p + i; (q = memchr(q, '<', (size_t)(p + n - q))); q++)
        if ((size_t)(p + n - q) > len + 1 && q[1] == '/' && !strncasecmp(q + 2, name, len))
            return (size_t)(q - p);
    return n;
}

/* The end of a tag whose name starts at p[j]: past its '>', or n. The
 * states of gumbo's tokenizer from the tag name to the '>', as the
 * specification writes them: attribute names run to a blank, '/', '>'
 * or '=' ('=' may start one); a value is quoted, or runs to a blank or
 * '>'. *name and *len get the tag's name. */
static size_t tag_end(const char *p, size_t n, size_t j, const char **name, size_t *len)
{
    *name = p + j;
    while (j < n && !tag_blank(p[j]) && p[j] != '/' && p[j] != '>')
        j++;
    *len = (size_t)(p + j - *name);
    for (;;) {
        /* before an attribute's name (a '/' not before '>' is nothing) */
        while (j < n && (tag_blank(p[j]) || p[j] == '/'))
            j++;
        if (j >= n)
            return n;
        if (p[j] == '>')
            return j + 1;
        /* its name, then maybe '=' and a value */
        for (j++; j < n && !tag_blank(p[j]) && p[j] != '/' && p[j] != '>' && p[j] != '='; j++)
            ;
        while (j < n && tag_blank(p[j]))
            j++;
        if (j >= n || p[j] != '=')
            continue;
        for (j++; j < n && tag_blank(p[j]); j++)
            ;
        if (j >= n)
            return n;
        if (p[j] == '"' || p[j] == '\'') {
            const char *q = memchr(p + j + 1, p[j], n - j - 1);
            if (!q)
                return n;
            j = (size_t)(q - p) + 1;
        } else if (p[j] == '>') {
            return j + 1;
        } else {
            while (j < n && !tag_blank(p[j]) && p[j] != '>')
                j++;
        }
    }
}

/* Past the first '>' at or after p[j], or n. */
static size_t past_gt(const char *p, size_t n, size_t j)
{
    const char *q = j < n ? memchr(p + j, '>', n - j) : NULL;
    return q ? (size_t)(q - p) + 1 : n;
}

/* Past the first occurrence of s at or after p[j], or n. */
static size_t past(const char *p, size_t n, size_t j, const char *s)
{
    size_t l = strlen(s);
    for (const char *q = p + j; q + l <= p + n && (q = memchr(q, s[0], (size_t)(p + n - q))); q++)
        if ((size_t)(p + n - q) >= l && !memcmp(q, s, l))
            return (size_t)(q - p) + l;
    return n;
}

/* The elements whose content the tokenizer reads as raw text or RCDATA
 * in HTML (and <plaintext>, to the end): no run inside is folded. */
static int raw_element(const char *name, size_t len)
{
    static const char *const raw[] = {"title", "textarea", "style", "xmp", "iframe", "noembed",
                                      "noframes", "noscript", "script", "plaintext", NULL};
    for (int i = 0; raw[i]; i++)
        if (strlen(raw[i]) == len && !strncasecmp(name, raw[i], len))
            return 1;
    return 0;
}

/* Markup at p[i] == '<': where text resumes after it. i + 1 when the
 * '<' starts none (it is text); n when it runs to the end. Comments as
 * gumbo ends them ("-->", "--!>", and "<!-->", "<!--->"); doctypes,
 * "<?", "<!" and "</" not before a letter to the first '>'; a CDATA
 * section to its "]]>" (or the first '>' when there is none: outside
 * svg and math it is a bogus comment, and nothing is folded in either). */
static size_t markup(const char *p, size_t n, size_t i)
{
    if (i + 1 >= n)
        return n;
    char c = p[i + 1];
    const char *name;
    size_t len;
    if (ascii_isalpha(c)) {
        size_t e = tag_end(p, n, i + 1, &name, &len);
        if (e < n && raw_element(name, len))
            e = len == 9 ? n : raw_close(p, n, e, name, len);   /* "plaintext" */
        return e;
    }
    if (c == '/') {
        if (i + 2 < n && ascii_isalpha(p[i + 2]))
            return tag_end(p, n, i + 2, &name, &len);
        return i + 2 < n && p[i + 2] == '>' ? i + 3 : past_gt(p, n, i + 2);
    }
    if (c == '?')
        return past_gt(p, n, i + 2);
    if (c != '!')
        return i + 1;
    if (n - i >= 4 && p[i + 2] == '-' && p[i + 3] == '-') {
        if (i + 4 < n && p[i + 4] == '>')
            return i + 5;
        if (i + 5 < n && p[i + 4] == '-' && p[i + 5] == '>')
            return i + 6;
        size_t a = past(p, n, i + 4, "-->"), b = past(p, n, i + 4, "--!>");
        return a < b ? a : b;
    }
    if (n - i >= 9 && !memcmp(p + i + 2, "[CDATA[", 7)) {
        size_t e = past(p, n, i + 9, "]]>");
        return e < n ? e : past_gt(p, n, i + 9);
    }
    return past_gt(p, n, i + 2);
}

/* Past a character reference's name or number after the '&' at p[i]
 * (what gumbo may read as one: '#', letters, digits, then ';'). */
static size_t past_reference(const char *p, size_t n, size_t i)
{
    size_t j = i + 1;
    while (j < n && (p[j] == '#' || ascii_isalpha(p[j]) || (p[j] >= '0' && p[j] <= '9')))
        j++;
    return j < n && p[j] == ';' ? j + 1 : j;
}

/* Fold the run p[a, b) when, without its blanks at either end, it is
 * long enough: copy what comes before it, then its character. */
static void fold_run(Fold *f, size_t a, size_t b, size_t *copied)
{
    while (a < b && bclass[(unsigned char)f->text[a]] == B_BLANK)
        a++;
    while (b > a && bclass[(unsigned char)f->text[b - 1]] == B_BLANK)
        b--;
    if (b - a < FOLD_MIN || f->nruns == MAX_RUNS)
        return;
    if (f->nruns == f->cap) {
        f->cap = f->cap ? 2 * f->cap : 256;
        f->at = xrealloc(f->at, f->cap * sizeof *f->at);
        f->from = xrealloc(f->from, f->cap * sizeof *f->from);
        f->to = xrealloc(f->to, f->cap * sizeof *f->to);
    }
    memcpy(f->in + f->n, f->text + *copied, a - *copied);
    f->n += a - *copied;
    size_t k = f->nruns++;
    uint32_t cp = k < PLANE ? 0xF0000u + (uint32_t)k : 0x100000u + (uint32_t)(k - PLANE);
    f->at[k] = f->n;
    f->from[k] = a;
    f->to[k] = b;
    f->n += utf8_encode((int32_t)cp, f->in + f->n);   /* MARK_LEN bytes */
    *copied = b;
}

int htmlfold_make(Fold *f, const char *p, size_t n)
{
    memset(f, 0, sizeof *f);
    f->text = p;
    f->textn = n;
    if (n < FOLD_MIN || holds_marks(p, n))
        return 0;
    f->in = xmalloc(n);   /* folding only shortens */
    size_t copied = 0, a = 0, i = 0;
    while (i < n) {
        /* the run from a: plain bytes, blanks and characters */
        unsigned char c = (unsigned char)p[i];
        int k = bclass[c];
        if (k == B_PLAIN || k == B_BLANK) {
            i++;
            continue;
        }
        size_t len = k == B_HIGH ? plain_high(p + i, n - i) : 0;
        if (len) {
            i += len;
            continue;
        }
        /* it ends here; what ends it is passed over */
        fold_run(f, a, i, &copied);
        if (k == B_LT)
            i = markup(p, n, i);
        else if (k == B_AMP)
            i = past_reference(p, n, i);
        else
            i++;
        a = i;
    }
    fold_run(f, a, n, &copied);
    if (!f->nruns) {
        htmlfold_free(f);
        f->text = p;
        f->textn = n;
        return 0;
    }
    memcpy(f->in + f->n, p + copied, n - copied);
    f->n += n - copied;
    return 1;
}

void htmlfold_free(Fold *f)
{
    free(f->in);
    free(f->at);
    free(f->from);
    free(f->to);
    memset(f, 0, sizeof *f);
}

/* ---- 2. restore ---- */

typedef struct Restore {
    const Fold *f;
    Arena *arena;
    unsigned char *seen;      /* runs come back once */
    size_t found;
    size_t hint;              /* runs at or before the last offset mapped */
    int bad;
} Restore;

/* The offset in the text of offset x of f->in. One that falls inside a
 * run's character marks the tree bad. */
static size_t back(Restore *r, size_t x)
{
    const Fold *f = r->f;
    /* the runs whose character starts at or before x: as many as for the
     * last offset, or one more, mostly (the walk goes in document order
     * and an element's attributes lie in its tag) */
    size_t lo = r->hint;
    if ((lo && f->at[lo - 1] > x) || (lo < f->nruns && f->at[lo] <= x)) {
        if (lo < f->nruns && f->at[lo] <= x && (lo + 1 == f->nruns || f->at[lo + 1] > x)) {
            lo++;
        } else {
            size_t hi = f->nruns;
            lo = 0;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (f->at[mid] <= x)
                    lo = mid + 1;
                else
                    hi = mid;
            }
        }
        r->hint = lo;
    }
    if (!lo)
        return x;
    size_t k = lo - 1;
    if (x == f->at[k])
        return f->from[k];
    if (x < f->at[k] + MARK_LEN) {
        r->bad = 1;
        return f->from[k];
    }
    return f->to[k] + (x - f->at[k] - MARK_LEN);
}

static void back_pos(Restore *r, GumboSourcePosition *pos)
{
    pos->offset = (unsigned)back(r, pos->offset);
}

/* A piece of f->in (as gumbo's original text) as the same piece of the
 * text. Pieces elsewhere (gumbo's empty strings) stay. */
static void back_piece(Restore *r, GumboStringPiece *s)
{
    const Fold *f = r->f;
    if (!s->data || s->data < f->in || s->data > f->in + f->n)
        return;
    size_t a = back(r, (size_t)(s->data - f->in)), b = back(r, (size_t)(s->data - f->in) + s->length);
    s->data = f->text + a;
    s->length = b - a;
}

/* The run whose character starts at t[0] (a lead byte F3 or F4), or
 * nruns when it is none of ours. */
static size_t run_of(const Fold *f, const unsigned char *t)
{
    size_t len;
    int32_t cp = utf8_decode((const char *)t, strnlen((const char *)t, MARK_LEN), &len);
    if (len != MARK_LEN || cp < 0xF0000)
        return f->nruns;
    size_t k = cp >= 0x100000 ? PLANE + (size_t)(cp - 0x100000) : (size_t)(cp - 0xF0000);
    return k >= f->nruns ? f->nruns : k;
}

/* A text node's text with its runs put back (from the arena), or t
 * itself when it has none. */
static const char *expand(Restore *r, const char *t)
{
    const Fold *f = r->f;
    const unsigned char *s = (const unsigned char *)t;
    size_t len = 0, grow = 0, marks = 0;
    for (; s[len]; len++) {
        if (s[len] != 0xF3 && s[len] != 0xF4)
            continue;
        size_t k = run_of(f, s + len);
        if (k == f->nruns || r->seen[k]) {
            r->bad = 1;
            return t;
        }
        r->seen[k] = 1;
        grow += f->to[k] - f->from[k];
        marks++;
        len += MARK_LEN - 1;
    }
    if (!marks)
        return t;
    r->found += marks;
    char *out = arena_alloc(r->arena, len - marks * MARK_LEN + grow + 1), *o = out;
    for (size_t i = 0; i < len;) {
        if (s[i] != 0xF3 && s[i] != 0xF4) {
            size_t j = i;
            while (j < len && s[j] != 0xF3 && s[j] != 0xF4)
                j++;
            memcpy(o, t + i, j - i);
            o += j - i;
            i = j;
            continue;
        }
        size_t k = run_of(f, s + i);
        memcpy(o, f->text + f->from[k], f->to[k] - f->from[k]);
        o += f->to[k] - f->from[k];
        i += MARK_LEN;
    }
    *o = '\0';
    return out;
}

static void restore_element(Restore *r, GumboElement *e)
{
    back_pos(r, &e->start_pos);
    back_pos(r, &e->end_pos);
    back_piece(r, &e->original_tag);
    back_piece(r, &e->original_end_tag);
    for (unsigned i = 0; i < e->attributes.length; i++) {
        GumboAttribute *a = e->attributes.data[i];
        /* an attribute without a value has its name as original value,
         * and no value positions (gumbo leaves them unset) */
        if (a->original_value.data != a->original_name.data) {
            back_pos(r, &a->value_start);
            back_pos(r, &a->value_end);
        }
        back_piece(r, &a->original_name);
        back_piece(r, &a->original_value);
        back_pos(r, &a->name_start);
        back_pos(r, &a->name_end);
    }
}

static void restore_text(Restore *r, GumboNode *g)
{
    GumboText *t = &g->v.text;
    back_piece(r, &t->original_text);
    back_pos(r, &t->start_pos);
    if (g->type == GUMBO_NODE_COMMENT)
        return;   /* a run in a comment is missed by the count */
    const char *x = expand(r, t->text);
    if (x == t->text)
        return;
    /* script data reads '-' and '>': a run there may not be one */
    if (g->parent && g->parent->type == GUMBO_NODE_ELEMENT && g->parent->v.element.tag == GUMBO_TAG_SCRIPT)
        r->bad = 1;
    t->text = x;
}

int htmlfold_restore(const Fold *f, GumboNode *root, Arena *arena)
{
    Restore r = {f, arena, xmalloc(f->nruns), 0, 0, 0};
    memset(r.seen, 0, f->nruns);
    size_t ns = 0, cap = 64;
    GumboNode **st = xmalloc(cap * sizeof *st);
    st[ns++] = root;
    while (ns && !r.bad) {
        GumboNode *g = st[--ns];
        if (g->type != GUMBO_NODE_ELEMENT && g->type != GUMBO_NODE_TEMPLATE) {
            restore_text(&r, g);
            continue;
        }
        restore_element(&r, &g->v.element);
        const GumboVector *k = &g->v.element.children;
        if (ns + k->length > cap) {
            while (ns + k->length > cap)
                cap *= 2;
            st = xrealloc(st, cap * sizeof *st);
        }
        for (unsigned i = k->length; i-- > 0;)
            st[ns++] = k->data[i];
    }
    free(st);
    free(r.seen);
    return r.bad || r.found != f->nruns ? -1 : 0;
}
