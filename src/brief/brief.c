/* brief.c — lay the brief out as pages of Elements, then draw them with libharu.
 *
 * Layout is a single cursor (page, y) moving down the content box; every
 * piece of text goes through textlayout (measured widths, UAX #14 breaks,
 * per-run font fallback), so nothing is wider than its box and nothing
 * runs past the footer: a block that does not fit moves to the next page.
 * Headings keep with what follows them. Drawing happens once the page
 * count is known ("page n of N", links forward to claims-table rows).
 */
#include "brief.h"

#include <hpdf.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsio.h"
#include "paint_hpdf.h"
#include "phrase.h"
#include "textlayout.h"
#include "ttsubset.h"
#include "unit.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

/* ---- page model ------------------------------------------------------- */

typedef struct Placed {
    const Scene *s;
    double x, y, scale;
} Placed;

typedef struct Link {
    double x, y, w, h;   /* box, y down */
    size_t claim;        /* target: row of the claims table */
} Link;

typedef struct BPage {
    Element *el;
    size_t n, cap;
    Placed *sc;
    size_t nsc, capsc;
    Link *ln;
    size_t nln, capln;
    const char *section;
} BPage;

typedef struct Mark {
    const char *title;
    size_t page;
    double y;
} Mark;

typedef struct Lay {
    const BriefInputs *in;
    const Fonts *f;
    double pw, ph;          /* page size */
    double left, cw;        /* content box: left edge, width */
    double top, bottom;     /* content box: top y, bottom y */
    BPage *pages;
    size_t np, capp;
    double y;               /* cursor */
    const char *section;
    Mark marks[16];
    int nmarks;
    size_t *row_page;       /* per claim: anchor of its table row */
    double *row_y;
} Lay;

#define RUNNING_HEAD "Numbers in the documents \xE2\x80\x94 claimbrief"

static const Rgba INK = { 0.10, 0.10, 0.12, 1 };
static const Rgba GREY = { 0.38, 0.38, 0.42, 1 };
static const Rgba RULE = { 0.75, 0.75, 0.78, 1 };
static const Rgba BAND = { 0.93, 0.94, 0.96, 1 };
static const Rgba ACCENT = { 0.09, 0.29, 0.55, 1 };
static const Rgba WHITE = { 1, 1, 1, 1 };

static BPage *cur(Lay *L) { return &L->pages[L->np - 1]; }

static void new_page(Lay *L)
{
    if (L->np == L->capp) {
        L->capp = L->capp ? 2 * L->capp : 16;
        L->pages = xrealloc(L->pages, L->capp * sizeof *L->pages);
    }
    memset(&L->pages[L->np], 0, sizeof(BPage));
    L->pages[L->np++].section = L->section;
    L->y = L->top;
}

/* Move to a new page unless h more points fit above the footer. */
static void ensure(Lay *L, double h)
{
    if (L->y + h > L->bottom && L->y > L->top)
        new_page(L);
}

static Element *add_el(Lay *L)
{
    BPage *p = cur(L);
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 64;
        p->el = xrealloc(p->el, p->cap * sizeof *p->el);
    }
    Element *e = &p->el[p->n++];
    memset(e, 0, sizeof *e);
    return e;
}

static void add_text(Lay *L, double x, double base, FontId font, double size, Rgba color,
                     const char *s, size_t n)
{
    Element *e = add_el(L);
    e->kind = EL_TEXT;
    e->x = x;
    e->y = base;
    e->font = font;
    e->size = size;
    e->color = color;
    e->text = xstrndup(s, n);
    e->role = "text";
}

static void add_rect(Lay *L, double x, double y, double w, double h, Rgba fill)
{
    Element *e = add_el(L);
    e->kind = EL_RECT;
    e->x = x, e->y = y, e->w = w, e->h = h;
    e->style.fill = 1;
    e->style.fill_color = fill;
}

static void add_hline(Lay *L, double x, double y, double w, Rgba c, double lw)
{
    add_rect(L, x, y - lw / 2, w, lw, c);
}

static void add_link(Lay *L, double x, double y, double w, double h, size_t claim)
{
    BPage *p = cur(L);
    if (p->nln == p->capln) {
        p->capln = p->capln ? 2 * p->capln : 8;
        p->ln = xrealloc(p->ln, p->capln * sizeof *p->ln);
    }
    p->ln[p->nln++] = (Link){ x, y, w, h, claim };
}

/* Draw line i of b with its top at y. */
static void put_line(Lay *L, const TextBlock *b, size_t i, double x, double y, Rgba color)
{
    const TextLine *ln = &b->lines[i];
    double base = y + b->size * 0.93;   /* Noto's cap height sits inside the line box */
    for (size_t r = ln->run; r < ln->run + ln->nrun; r++) {
        const TextRun *run = &b->runs[r];
        add_text(L, x + run->x, base, run->font, b->size, color, b->text + run->off, run->len);
    }
}

static double lead_of(double size) { return size * 1.32; }

/* A paragraph in the column [x, x+w), flowing across pages line by line. */
static void para(Lay *L, const char *s, FontId font, double size, Rgba color, double x, double w,
                 double after)
{
    TextBlock b;
    textlayout_wrap(L->f, font, size, s, strlen(s), w, &b);
    double lead = lead_of(size);
    for (size_t i = 0; i < b.nlines; i++) {
        ensure(L, lead);
        put_line(L, &b, i, x, L->y, color);
        L->y += lead;
    }
    L->y += after;
    textlayout_free(&b);
}

/* A block of lines that must stay together, at (x, y); returns its height. */
static double block_at(Lay *L, const TextBlock *b, double x, double y, Rgba color)
{
    double lead = lead_of(b->size);
    for (size_t i = 0; i < b->nlines; i++)
        put_line(L, b, i, x, y + i * lead, color);
    return b->nlines * lead;
}

static double block_h(const TextBlock *b) { return b->nlines * lead_of(b->size); }

/* Section heading: never stranded at a page foot (keeps `keep` points of
 * what follows), opens a new outline entry. */
static void heading(Lay *L, const char *title, double keep, int fresh_page)
{
    if (fresh_page && L->y > L->top)
        new_page(L);
    ensure(L, 34 + keep);
    L->section = title;
    if (L->y == L->top)
        cur(L)->section = title;
    if (L->nmarks < 16)
        L->marks[L->nmarks++] = (Mark){ title, L->np - 1, L->y };
    TextBlock b;
    textlayout_wrap(L->f, FONT_BOLD, 17, title, strlen(title), L->cw, &b);
    L->y += block_at(L, &b, L->left, L->y, ACCENT);
    textlayout_free(&b);
    add_hline(L, L->left, L->y + 3, L->cw, ACCENT, 0.8);
    L->y += 14;
}

static void subheading(Lay *L, const char *title, double keep)
{
    ensure(L, 22 + keep);
    L->y += 4;
    TextBlock b;
    textlayout_wrap(L->f, FONT_BOLD, 11, title, strlen(title), L->cw, &b);
    L->y += block_at(L, &b, L->left, L->y, INK) + 4;
    textlayout_free(&b);
}

/* The metric's label from data/metrics.csv, else its id made readable
 * ("dsr_investment" -> "Dsr investment"), into buf. */
static const char *metric_label(const Lay *L, const char *id, char *buf, size_t cap)
{
    const char *s = L->in->metric_label && id[0] ? L->in->metric_label(id, L->in->label_ctx) : NULL;
    if (s && s[0])
        return s;
    snprintf(buf, cap, "%s", id);
    for (char *p = buf; *p; p++)
        if (*p == '_')
            *p = ' ';
    if (buf[0] >= 'a' && buf[0] <= 'z')
        buf[0] = (char)(buf[0] - 'a' + 'A');
    return buf;
}

/* ---- sections ------------------------------------------------------------ */

static void cover(Lay *L)
{
    const BriefInputs *in = L->in;
    L->y = L->ph * 0.28;
    add_rect(L, L->left, L->y - 30, 60, 5, ACCENT);
    para(L, "Numbers in the documents", FONT_BOLD, 30, INK, L->left, L->cw, 6);
    para(L, "A checked brief on the figures cited about China\xE2\x80\x99s cyber diplomacy and the "
            "Digital Silk Road: what they say, how they hedge, and whether they add up.",
         FONT_REGULAR, 13, GREY, L->left, L->cw * 0.85, 28);
    char date[64];
    struct tm tm;
    gmtime_r(&in->date, &tm);
    strftime(date, sizeof date, "%-d %B %Y", &tm);
    para(L, date, FONT_BOLD, 12, INK, L->left, L->cw, 4);
    char line[256];
    snprintf(line, sizeof line, "Corpus: %zu document%s, %zu claim%s, %zu finding%s", in->ndocs,
             in->ndocs == 1 ? "" : "s", in->claims->n, in->claims->n == 1 ? "" : "s",
             in->findings->n, in->findings->n == 1 ? "" : "s");
    para(L, line, FONT_REGULAR, 12, INK, L->left, L->cw, 40);
    add_hline(L, L->left, L->y, L->cw, RULE, 0.6);
    L->y += 12;
    para(L, "Every number in this brief is traced to the sentence it comes from (section 5) and "
            "to its document (section 6). Hedges such as \xE2\x80\x9Cmore than\xE2\x80\x9D and "
            "\xE2\x80\x9C" "about\xE2\x80\x9D are kept as intervals, and every comparison states "
            "what it was held against. Produced offline by claimbrief.",
         FONT_REGULAR, 10, GREY, L->left, L->cw * 0.85, 0);
}

/* Rank of a unit for the key figures: money first, then people, shares, counts. */
static int unit_rank(const char *u)
{
    if (!strcmp(u, "USD/year")) return 0;
    if (!strcmp(u, "USD")) return 1;
    if (!strcmp(u, "people")) return 2;
    if (!strcmp(u, "%")) return 3;
    if (!strcmp(u, "households")) return 4;
    return 5;
}

#define MAX_KEY 8

/* Pick the headline figures: one claim per metric (the first that names
 * its source body, else the first), money before people before shares. */
static size_t pick_key(const ClaimList *cl, size_t *out)
{
    size_t n = 0;
    for (size_t i = 0; i < cl->n; i++) {
        const Claim *c = &cl->v[i];
        if (!c->metric[0] || !isfinite(c->value))
            continue;
        size_t j = 0;
        while (j < n && strcmp(cl->v[out[j]].metric, c->metric))
            j++;
        if (j < n) {
            if (!cl->v[out[j]].source[0] && c->source[0])
                out[j] = i;
            continue;
        }
        if (n < 64)
            out[n++] = i;
    }
    /* Stable insertion sort by unit rank. */
    for (size_t i = 1; i < n; i++) {
        size_t v = out[i], j = i;
        while (j > 0 && unit_rank(cl->v[out[j - 1]].unit) > unit_rank(cl->v[v].unit)) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = v;
    }
    return n < MAX_KEY ? n : MAX_KEY;
}

static void key_figures(Lay *L)
{
    const ClaimList *cl = L->in->claims;
    size_t key[64];
    size_t nk = pick_key(cl, key);
    heading(L, "Key figures", 110, 1);
    para(L, "The headline numbers of the corpus as their sources state them, hedges included. "
            "Each box links to the claim\xE2\x80\x99s row in the claims table.",
         FONT_REGULAR, 10, GREY, L->left, L->cw, 10);
    if (nk == 0) {
        para(L, "No claim in the table is classified under a known metric.", FONT_ITALIC, 10,
             INK, L->left, L->cw, 10);
        return;
    }
    double gap = 14, bw = (L->cw - gap) / 2, pad = 10;
    for (size_t i = 0; i < nk; i += 2) {
        /* Lay out both boxes of the row first: the row is as tall as the taller. */
        TextBlock big[2], hedge[2], meta[2];
        double h = 0;
        size_t m = i + 1 < nk ? 2 : 1;
        for (size_t k = 0; k < m; k++) {
            const Claim *c = &cl->v[key[i + k]];
            char num[96], hedged[160], mline[512];
            /* The large figure: the number and its unit word, without the rate. */
            char base[64];
            unit_base(c->unit, base, sizeof base);
            phrase_amount(num, sizeof num, c->value, base, PHRASE_AS_STATED);
            /* Its hedge as a phrase; an exact figure shows how it was written. */
            if (c->qual == Q_EXACT && c->text && c->text[0])
                snprintf(hedged, sizeof hedged, "stated as \xE2\x80\x9C%.120s\xE2\x80\x9D", c->text);
            else
                phrase_claim(hedged, sizeof hedged, c);
            char year[16] = "";
            if (c->year)
                snprintf(year, sizeof year, "%d", c->year);
            char lab[96];
            snprintf(mline, sizeof mline, "%s%s%s%s%s \xC2\xB7 claim %zu", metric_label(L, c->metric, lab, sizeof lab),
                     year[0] ? " \xC2\xB7 " : "", year, c->source[0] ? " \xC2\xB7 " : "", c->source,
                     key[i + k] + 1);
            /* The large figure shrinks until it fits the box. */
            double size = 24;
            while (size > 12 && textlayout_width(L->f, FONT_BOLD, size, num, strlen(num)) > bw - 2 * pad)
                size -= 1;
            textlayout_wrap(L->f, FONT_BOLD, size, num, strlen(num), bw - 2 * pad, &big[k]);
            textlayout_wrap(L->f, FONT_REGULAR, 10.5, hedged, strlen(hedged), bw - 2 * pad, &hedge[k]);
            textlayout_wrap(L->f, FONT_REGULAR, 8.5, mline, strlen(mline), bw - 2 * pad, &meta[k]);
            double hk = pad + block_h(&big[k]) + 4 + block_h(&hedge[k]) + 4 + block_h(&meta[k]) + pad;
            if (hk > h)
                h = hk;
        }
        ensure(L, h + gap);
        for (size_t k = 0; k < m; k++) {
            double x = L->left + k * (bw + gap), y = L->y;
            add_rect(L, x, y, bw, h, BAND);
            add_rect(L, x, y, 3, h, ACCENT);
            y += pad;
            y += block_at(L, &big[k], x + pad, y, ACCENT) + 4;
            y += block_at(L, &hedge[k], x + pad, y, INK) + 4;
            block_at(L, &meta[k], x + pad, y, GREY);
            add_link(L, x, L->y, bw, h, key[i + k]);
            textlayout_free(&big[k]);
            textlayout_free(&hedge[k]);
            textlayout_free(&meta[k]);
        }
        L->y += h + gap;
    }
}

static Rgba verdict_color(Verdict v)
{
    switch (v) {
    case V_CONSISTENT: return (Rgba){ 0.11, 0.49, 0.27, 1 };
    case V_TENSION: return (Rgba){ 0.72, 0.42, 0.00, 1 };
    case V_INCONSISTENT: return (Rgba){ 0.75, 0.13, 0.13, 1 };
    default: return (Rgba){ 0.35, 0.40, 0.50, 1 };
    }
}

static int verdict_rank(Verdict v)
{
    return v == V_INCONSISTENT ? 0 : v == V_TENSION ? 1 : v == V_CONSISTENT ? 2 : 3;
}

/* Row number (1-based) of claim id in the table, or 0. */
static size_t claim_row(const ClaimList *cl, const char *id, size_t n)
{
    for (size_t i = 0; i < cl->n; i++)
        if (strlen(cl->v[i].id) == n && !memcmp(cl->v[i].id, id, n))
            return i + 1;
    return 0;
}

static void findings(Lay *L)
{
    const FindingList *fl = L->in->findings;
    heading(L, "Findings", 60, 0);
    para(L, "Each comparison in plain words, with its verdict: consistent (the intervals "
            "the hedges allow meet), tension (they miss, but by less than the margin such "
            "figures are usually rounded by), inconsistent (they cannot both describe the same "
            "thing), or information (a scale comparison, no verdict). Contradictions come "
            "first. Figures are combined only in the same unit (money through a cited exchange "
            "rate for its year), place and year; [n] is a document in section 6.",
         FONT_REGULAR, 10, GREY, L->left, L->cw, 10);
    if (fl->n == 0)
        para(L, "No findings: run 'claimbrief compare' first.", FONT_ITALIC, 10, INK, L->left,
             L->cw, 8);
    double tagw = 78, gap = 10, tw = L->cw - tagw - gap;
    for (int rank = 0; rank < 4; rank++)
        for (size_t i = 0; i < fl->n; i++) {
            const Finding *f = &fl->v[i];
            if (verdict_rank(f->verdict) != rank || f->kind == FK_EXCLUDED)
                continue;
            TextBlock st, refs;
            textlayout_wrap(L->f, FONT_REGULAR, 10.5, f->statement ? f->statement : "",
                            f->statement ? strlen(f->statement) : 0, tw, &st);
            /* "Claims 3, 7": where the numbers come from. */
            char rl[512] = "";
            size_t o = 0;
            const char *p = f->claims ? f->claims : "";
            while (*p && o + 16 < sizeof rl) {
                while (*p == ' ')
                    p++;
                size_t n = strcspn(p, " ");
                size_t row = n ? claim_row(L->in->claims, p, n) : 0;
                if (row)
                    o += snprintf(rl + o, sizeof rl - o, "%s%zu", o ? ", " : "Claims ", row);
                p += n;
            }
            textlayout_wrap(L->f, FONT_REGULAR, 8, rl, strlen(rl), tw, &refs);
            double h = block_h(&st) + (refs.nlines ? 3 + block_h(&refs) : 0);
            if (h < 18)
                h = 18;
            ensure(L, h + 12);
            Rgba vc = verdict_color(f->verdict);
            /* Colour and word: the verdict reads in grey print too. */
            const char *word = f->verdict == V_INFO ? "INFORMATION" : f->verdict == V_CONSISTENT ? "CONSISTENT"
                              : f->verdict == V_TENSION ? "TENSION" : "INCONSISTENT";
            add_rect(L, L->left, L->y, tagw, 16, vc);
            double ww = textlayout_width(L->f, FONT_BOLD, 7.5, word, strlen(word));
            add_text(L, L->left + (tagw - ww) / 2, L->y + 10.8, FONT_BOLD, 7.5, WHITE, word, strlen(word));
            double y = L->y;
            y += block_at(L, &st, L->left + tagw + gap, y, INK);
            if (refs.nlines)
                block_at(L, &refs, L->left + tagw + gap, y + 3, GREY);
            L->y += h + 12;
            textlayout_free(&st);
            textlayout_free(&refs);
        }
    /* What the comparisons left out, and why: a note per comparison. */
    int head = 0;
    for (size_t i = 0; i < fl->n; i++) {
        const Finding *f = &fl->v[i];
        if (f->kind != FK_EXCLUDED || !f->statement)
            continue;
        if (!head++)
            subheading(L, "Not compared", 40);
        para(L, f->statement, FONT_REGULAR, 9, GREY, L->left, L->cw, 4);
    }
}

static void charts(Lay *L)
{
    const BriefInputs *in = L->in;
    heading(L, "Charts", 200, 1);
    if (in->ncharts == 0) {
        para(L, "No charts were built for this brief.", FONT_ITALIC, 10, INK, L->left, L->cw, 8);
        return;
    }
    for (size_t i = 0; i < in->ncharts; i++) {
        const Scene *s = in->charts[i];
        double scale = s->width > L->cw ? L->cw / s->width : 1;
        double maxh = L->bottom - L->top - 40;
        if (s->height * scale > maxh)
            scale = maxh / s->height;
        /* The chart carries its own title: the caption numbers it and
         * gives its alt text, so the figure reads without the picture. */
        char cap[1200];
        snprintf(cap, sizeof cap, "Figure %zu. %s", i + 1,
                 s->desc && s->desc[0] ? s->desc : s->title ? s->title : "");
        TextBlock b;
        textlayout_wrap(L->f, FONT_ITALIC, 9, cap, strlen(cap), L->cw, &b);
        ensure(L, s->height * scale + 6 + block_h(&b));
        BPage *p = cur(L);
        if (p->nsc == p->capsc) {
            p->capsc = p->capsc ? 2 * p->capsc : 4;
            p->sc = xrealloc(p->sc, p->capsc * sizeof *p->sc);
        }
        p->sc[p->nsc++] = (Placed){ s, L->left + (L->cw - s->width * scale) / 2, L->y, scale };
        L->y += s->height * scale + 6;
        L->y += block_at(L, &b, L->left, L->y, GREY) + 18;
        textlayout_free(&b);
    }
}

/* ORDER COLS: col_w[] */
enum { C_NUM, C_VALUE, C_QUAL, C_UNIT, C_METRIC, C_YEAR, C_SOURCE, C_DOC, NCOLS };
static const char *const col_names[NCOLS] = { "#", "Value", "Qualifier", "Unit", "Metric",
                                              "Year", "Source", "Document" };
/* Shares of the column width; the document name takes the rest. */
static const double col_share[NCOLS] = { 0.04, 0.12, 0.09, 0.10, 0.22, 0.06, 0.13, 0 };

#define TSIZE 7.5

static void table_header(Lay *L, const double *cx, const double *cwid)
{
    double h = lead_of(TSIZE) + 6;
    add_rect(L, L->left, L->y, L->cw, h, BAND);
    for (int c = 0; c < NCOLS; c++) {
        TextBlock b;
        textlayout_wrap(L->f, FONT_BOLD, TSIZE, col_names[c], strlen(col_names[c]), cwid[c], &b);
        block_at(L, &b, cx[c], L->y + 3, INK);
        textlayout_free(&b);
    }
    L->y += h + 3;
}

static void claims_table(Lay *L)
{
    const ClaimList *cl = L->in->claims;
    heading(L, "Claims", 120, 1);
    para(L, "Every numeric claim found in the corpus, in document order, with the sentence it "
            "comes from. Values are normalized: money in US dollars, shares in percent; "
            "\xE2\x80\x9Cmore than\xE2\x80\x9D is a lower bound, \xE2\x80\x9Cless than\xE2\x80\x9D "
            "an upper bound, \xE2\x80\x9C" "about\xE2\x80\x9D a band around the value.",
         FONT_REGULAR, 10, GREY, L->left, L->cw, 10);
    double cx[NCOLS], cwid[NCOLS], pad = 4, used = 0;
    for (int c = 0; c < NCOLS; c++) {
        cwid[c] = c == C_DOC ? L->cw - used : L->cw * col_share[c];
        cx[c] = L->left + used;
        used += cwid[c];
        cwid[c] -= pad;
    }
    double head_h = lead_of(TSIZE) + 9;
    ensure(L, head_h + 40);
    table_header(L, cx, cwid);
    for (size_t i = 0; i < cl->n; i++) {
        const Claim *c = &cl->v[i];
        char cell[NCOLS][640];
        snprintf(cell[C_NUM], sizeof cell[0], "%zu", i + 1);
        if (c->qual == Q_RANGE && isfinite(c->low) && isfinite(c->high)) {
            char lo[48], hi[48];
            phrase_scaled(lo, sizeof lo, c->low, PHRASE_AS_STATED);
            phrase_scaled(hi, sizeof hi, c->high, PHRASE_AS_STATED);
            snprintf(cell[C_VALUE], sizeof cell[0], "%s\xE2\x80\x93%s", lo, hi);
        } else if (isfinite(c->value)) {
            phrase_scaled(cell[C_VALUE], sizeof cell[0], c->value, PHRASE_AS_STATED);
        } else {
            snprintf(cell[C_VALUE], sizeof cell[0], "\xE2\x80\x94");
        }
        snprintf(cell[C_QUAL], sizeof cell[0], "%s", claim_qualifier_name(c->qual));
        snprintf(cell[C_UNIT], sizeof cell[0], "%s", c->unit);
        char lab[96];
        snprintf(cell[C_METRIC], sizeof cell[0], "%s", metric_label(L, c->metric, lab, sizeof lab));
        if (c->year)
            snprintf(cell[C_YEAR], sizeof cell[0], "%d", c->year);
        else
            cell[C_YEAR][0] = 0;
        snprintf(cell[C_SOURCE], sizeof cell[0], "%s", c->source);
        snprintf(cell[C_DOC], sizeof cell[0], "%s", c->doc);
        TextBlock b[NCOLS], sent;
        double top_h = 0;
        for (int k = 0; k < NCOLS; k++) {
            textlayout_wrap(L->f, k == C_VALUE ? FONT_BOLD : FONT_REGULAR, TSIZE, cell[k],
                            strlen(cell[k]), cwid[k], &b[k]);
            if (block_h(&b[k]) > top_h)
                top_h = block_h(&b[k]);
        }
        /* The quoted sentence spans the columns after "#"; a row the
         * analyst corrected or added says so, with the note. */
        Buf q;
        buf_init(&q, 0);
        buf_printf(&q, "\xE2\x80\x9C%s\xE2\x80\x9D", c->sentence ? c->sentence : "");
        if (c->origin != ORIGIN_SCAN)
            buf_printf(&q, "\n%s by the analyst (data/curation.csv)%s%s",
                       c->origin == ORIGIN_ADDED ? "Added" : "Corrected", c->note[0] ? ": " : "",
                       c->note);
        textlayout_wrap(L->f, FONT_ITALIC, TSIZE, q.data, q.len, L->cw - (cx[C_VALUE] - L->left) - pad,
                        &sent);
        buf_free(&q);
        double lead = lead_of(TSIZE);
        /* A row stays on one page when a page can hold it; only a row
         * taller than a page lets its sentence continue on the next one
         * (under a repeated header). The cells always stay together. */
        double row_h = top_h + 1.5 + block_h(&sent) + 7;
        double body = L->bottom - L->top - head_h;
        if (L->y + (row_h <= body ? row_h : top_h + lead + 5) > L->bottom) {
            new_page(L);
            table_header(L, cx, cwid);
        }
        L->row_page[i] = L->np - 1;
        L->row_y[i] = L->y;
        for (int k = 0; k < NCOLS; k++)
            block_at(L, &b[k], cx[k], L->y, k == C_VALUE ? ACCENT : INK);
        L->y += top_h + 1.5;
        for (size_t ln = 0; ln < sent.nlines; ln++) {
            if (L->y + lead > L->bottom) {
                new_page(L);
                table_header(L, cx, cwid);
            }
            put_line(L, &sent, ln, cx[C_VALUE], L->y, GREY);
            L->y += lead;
        }
        L->y += 3;
        add_hline(L, L->left, L->y, L->cw, RULE, 0.4);
        L->y += 4;
        for (int k = 0; k < NCOLS; k++)
            textlayout_free(&b[k]);
        textlayout_free(&sent);
    }
}

static void sources(Lay *L)
{
    const SourceList *sl = L->in->sources;
    heading(L, "Sources", 60, 1);
    para(L, "The documents of the corpus, as listed in data/corpus/sources.csv.", FONT_REGULAR,
         10, GREY, L->left, L->cw, 10);
    double numw = 26;
    for (size_t i = 0; i < sl->n; i++) {
        const Source *s = &sl->v[i];
        Buf b;
        buf_init(&b, 0);
        if (s->authors[0])
            buf_printf(&b, "%s. ", s->authors);
        const char *title = s->title[0] ? s->title : "(untitled)";
        size_t tl = strlen(title);
        buf_printf(&b, "%s%s", title, strchr(".?!", title[tl - 1]) ? "" : ".");
        if (s->publisher[0])
            buf_printf(&b, " %s%s", s->publisher, s->date[0] ? "," : ".");
        if (s->date[0])
            buf_printf(&b, " %s.", s->date);
        if (s->url[0])
            buf_printf(&b, " %s", s->url);
        buf_printf(&b, "\nFile: %s", s->file);
        TextBlock t;
        textlayout_wrap(L->f, FONT_REGULAR, 9.5, b.data, b.len, L->cw - numw, &t);
        ensure(L, block_h(&t) + 8);
        char num[32];
        snprintf(num, sizeof num, "[%zu]", i + 1);
        add_text(L, L->left, L->y + 9.5 * 0.93, FONT_BOLD, 9.5, ACCENT, num, strlen(num));
        L->y += block_at(L, &t, L->left + numw, L->y, INK) + 8;
        textlayout_free(&t);
        buf_free(&b);
    }
}

static void method(Lay *L)
{
    static const struct { const char *head, *body; } parts[] = {
        { "How claims are found",
          "A scanner reads every document byte by byte and keeps the quantities that measure "
          "something: money, people, households, countries, shares. Years and dates used as "
          "time references, ordinals (\xE2\x80\x9C" "20th National Congress\xE2\x80\x9D), names "
          "with digits (\xE2\x80\x9C" "5G\xE2\x80\x9D), identifiers (DOI, ISBN, ISSN), citation "
          "numbers and scraped page furniture are not claims. Each claim keeps its exact "
          "provenance: the document, the byte span, and the sentence." },
        { "How claims are normalized",
          "Values are brought to one unit per kind: money in US dollars (\xE2\x80\x9C$79 "
          "billion\xE2\x80\x9D is 79,000,000,000 USD; yearly amounts are USD/year), shares in "
          "percent, counts in the counted noun. Other currencies are kept as stated; a "
          "comparison converts them to US dollars only through a cited exchange rate for the "
          "claim\xE2\x80\x99s own year (data/reference.csv), and says so. The qualifier becomes bounds: \xE2\x80\x9Cmore than\xE2\x80\x9D and "
          "\xE2\x80\x9Cover\xE2\x80\x9D give a lower bound, \xE2\x80\x9Cless than\xE2\x80\x9D and "
          "\xE2\x80\x9Cup to\xE2\x80\x9D an upper bound, \xE2\x80\x9C" "about\xE2\x80\x9D and "
          "\xE2\x80\x9C" "close to\xE2\x80\x9D a band around the value, \xE2\x80\x9C" "10\xE2\x80\x93" "15%\xE2\x80\x9D a "
          "range. A metric (internet users, cybercrime cost, DSR investment\xE2\x80\xA6) is "
          "assigned from the cues listed in data/metrics.csv; the analyst\xE2\x80\x99s "
          "corrections in data/curation.csv win over the scanner." },
        { "How intervals and verdicts are computed",
          "Each hedge becomes an interval, open where the text leaves it open, and derived "
          "figures are computed on intervals (interval arithmetic; a seeded Monte Carlo "
          "narrows the result when a claim appears twice in one expression), so every result "
          "carries the uncertainty of the hedges it came from. The relations between metrics "
          "(data/relations.csv) say which figures to combine and what to hold them against: "
          "another claim, or a cited reference value (data/reference.csv). When the two "
          "intervals meet, the verdict is consistent; when they miss by less than the "
          "relation\xE2\x80\x99s margin (10% unless it says otherwise), tension; when they "
          "miss by more, inconsistent. Figures are combined only when comparable: one unit, "
          "one place and one year, both known unless the figures come from one document; a "
          "claim without a year is never held against a dated reference. Each relation gives "
          "one finding per place and year, on the best-supported figure of each side (the "
          "median where the documents agree, else the most recent), and names the others. "
          "Figures of one quantity from different documents are compared with each other "
          "(median, spread, outliers); figures about different items (data/metrics.csv) are "
          "listed, never judged. Ratios and derived figures put sizes side by side and carry "
          "no verdict. Every claim a comparison left out is counted with its reason." },
        { "What the tool cannot know",
          "It checks numbers against each other and against the references it is given, not "
          "against the world: a figure repeated by every document is consistent and may still be "
          "wrong. It does not know what a source meant when the text is ambiguous about scope "
          "or year, and it does not resolve which of two contradicting figures is right. A claim "
          "the scanner misses is absent from every check until the analyst adds it in "
          "data/curation.csv. Findings are prompts to read the sources, not conclusions." },
    };
    heading(L, "Method and caveats", 80, 1);
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        subheading(L, parts[i].head, 40);
        para(L, parts[i].body, FONT_REGULAR, 10, INK, L->left, L->cw, 8);
    }
}

static void layout(Lay *L)
{
    L->section = "";
    new_page(L);
    cover(L);
    key_figures(L);
    findings(L);
    charts(L);
    claims_table(L);
    sources(L);
    method(L);
}

static void lay_free(Lay *L)
{
    for (size_t i = 0; i < L->np; i++) {
        BPage *p = &L->pages[i];
        for (size_t k = 0; k < p->n; k++)
            free(p->el[k].text);
        free(p->el);
        free(p->sc);
        free(p->ln);
    }
    free(L->pages);
    free(L->row_page);
    free(L->row_y);
}

/* ---- drawing -------------------------------------------------------------- */

typedef struct ErrCtx {
    Diag *d;
    const char *what;     /* what was being drawn, for the message */
    int code;             /* code to report: CB_EINPUT while loading fonts */
    int failed;           /* first error's code, or 0 */
} ErrCtx;

static void on_hpdf_error(HPDF_STATUS err, HPDF_STATUS detail, void *user)
{
    ErrCtx *c = user;
    if (c->failed)
        return;
    c->failed = c->code;
    diag_set(c->d, c->code, NULL, 0, "libharu error 0x%04X (detail %u) while %s",
             (unsigned)err, (unsigned)detail, c->what);
}

static void furniture(Lay *L, HpdfPainter *hp, HPDF_Page pg, size_t i)
{
    char foot[64];
    snprintf(foot, sizeof foot, "page %zu of %zu", i + 1, L->np);
    Element e = { .kind = EL_TEXT, .font = FONT_REGULAR, .size = 8, .color = GREY };
    e.text = foot;
    double w = fonts_width(L->f, FONT_REGULAR, 8, foot, strlen(foot));
    e.x = L->left + (L->cw - w) / 2;
    e.y = L->ph - 34;
    hpdfpaint_element(hp, pg, &e, 0, 0, 1);
    if (i == 0)
        return;
    static const char head[] = RUNNING_HEAD;
    e.text = (char *)head;
    e.x = L->left;
    e.y = 38;
    hpdfpaint_element(hp, pg, &e, 0, 0, 1);
    const char *sec = L->pages[i].section;
    if (sec && sec[0]) {
        double sw = fonts_width(L->f, FONT_REGULAR, 8, sec, strlen(sec));
        e.text = (char *)sec;
        e.x = L->left + L->cw - sw;
        hpdfpaint_element(hp, pg, &e, 0, 0, 1);
    }
    Element r = { .kind = EL_RECT, .x = L->left, .y = 43, .w = L->cw, .h = 0.4,
                  .style = { .fill = 1, .fill_color = RULE } };
    hpdfpaint_element(hp, pg, &r, 0, 0, 1);
}

/* ---- font subsets ------------------------------------------------------ */

/* The BMP code points one font draws (a bitmap: texts repeat a lot). */
typedef struct CpSet {
    unsigned *v;
    size_t n, cap;
    unsigned char seen[0x10000 / 8];
} CpSet;

static void cp_add(CpSet *c, const char *s)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        unsigned cp = fonts_decode(s, n, &i);
        if (cp > 0xFFFF || (c->seen[cp >> 3] & (1u << (cp & 7))))
            continue;
        c->seen[cp >> 3] |= (unsigned char)(1u << (cp & 7));
        if (c->n == c->cap) {
            c->cap = c->cap ? 2 * c->cap : 256;
            c->v = xrealloc(c->v, c->cap * sizeof *c->v);
        }
        c->v[c->n++] = cp;
    }
}

/* Every code point each font draws anywhere in the brief. */
static void collect(const Lay *L, CpSet cs[FONT_COUNT])
{
    for (size_t i = 0; i < L->np; i++) {
        const BPage *p = &L->pages[i];
        for (size_t k = 0; k < p->n; k++)
            if (p->el[k].kind == EL_TEXT && p->el[k].font < FONT_COUNT && p->el[k].text)
                cp_add(&cs[p->el[k].font], p->el[k].text);
        for (size_t k = 0; k < p->nsc; k++)
            for (size_t j = 0; j < p->sc[k].s->n; j++) {
                const Element *e = &p->sc[k].s->el[j];
                if (e->kind == EL_TEXT && e->font < FONT_COUNT && e->text)
                    cp_add(&cs[e->font], e->text);
            }
        if (p->section)
            cp_add(&cs[FONT_REGULAR], p->section);
    }
    cp_add(&cs[FONT_REGULAR], "page of 0123456789 " RUNNING_HEAD);
}

/* A file libharu can open by name holding bytes the program made: an
 * anonymous memory file (Linux), else an unlinked-after-use temporary. */
typedef struct MemFile {
    int fd;
    char path[1100];
    int unlink_me;
} MemFile;

static int memfile_make(MemFile *m, const Buf *b, Diag *d)
{
    m->unlink_me = 0;
#ifdef SYS_memfd_create
    m->fd = (int)syscall(SYS_memfd_create, "claimbrief-font", 1u /* MFD_CLOEXEC */);
    if (m->fd >= 0)
        snprintf(m->path, sizeof m->path, "/proc/self/fd/%d", m->fd);
    if (m->fd >= 0 && access(m->path, R_OK) != 0) {
        close(m->fd);
        m->fd = -1;
    }
#else
    m->fd = -1;
#endif
    if (m->fd < 0) {
        const char *tmp = getenv("TMPDIR");
        snprintf(m->path, sizeof m->path, "%s/claimbrief-font-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        m->fd = mkstemp(m->path);
        if (m->fd < 0)
            return diag_set(d, CB_EWRITE, m->path, 0, "cannot create a temporary font: %s",
                            strerror(errno));
        m->unlink_me = 1;
    }
    size_t put = 0;
    while (put < b->len) {
        ssize_t w = write(m->fd, b->data + put, b->len - put);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            int e = errno;
            close(m->fd);
            if (m->unlink_me)
                unlink(m->path);
            m->fd = -1;
            return diag_set(d, CB_EWRITE, m->path, 0, "cannot write a temporary font: %s",
                            strerror(w < 0 ? e : ENOSPC));
        }
        put += (size_t)w;
    }
    return 0;
}

static void memfile_drop(MemFile *m)
{
    if (m->fd >= 0)
        close(m->fd);
    if (m->unlink_me)
        unlink(m->path);
    m->fd = -1;
    m->unlink_me = 0;
}

static int draw(Lay *L, Buf *out, Diag *d)
{
    ErrCtx ec = { d, "creating the document", CB_EWRITE, 0 };
    HPDF_Doc doc = HPDF_New(on_hpdf_error, &ec);
    if (!doc)
        return diag_set(d, CB_EWRITE, NULL, 0, "libharu: cannot create a document");
    HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
    HPDF_SetPageMode(doc, HPDF_PAGE_MODE_USE_OUTLINE);
    /* libharu gets subsets the program cut from the validated fonts:
     * loading and embedding a whole 15 MB CJK font costs ~50 ms. */
    ec.what = "loading the fonts";
    CpSet *cs = xcalloc(FONT_COUNT, sizeof *cs);
    collect(L, cs);
    MemFile mf[FONT_COUNT];
    const char *paths[FONT_COUNT], *names[FONT_COUNT];
    int rc = 0, nmf = 0;
    for (int i = 0; i < FONT_COUNT && !rc; i++) {
        Buf sub;
        names[i] = fonts_path(L->f, (FontId)i);
        rc = ttsubset_make(names[i], cs[i].v, cs[i].n, &sub, d);
        if (!rc)
            rc = memfile_make(&mf[i], &sub, d);
        if (!rc)
            nmf++;
        paths[i] = mf[i].path;
        buf_free(&sub);
    }
    for (int i = 0; i < FONT_COUNT; i++)
        free(cs[i].v);
    free(cs);
    HpdfPainter hp;
    ec.code = CB_EINPUT;
    if (!rc)
        rc = hpdfpaint_init(&hp, doc, paths, names, &ec.failed, d);
    ec.code = CB_EWRITE;
    /* libharu keeps its own handle on each file: ours can go now. */
    for (int i = 0; i < nmf; i++)
        memfile_drop(&mf[i]);
    if (rc || ec.failed)
        goto fail;
    ec.what = "writing the document information";
    HPDF_SetInfoAttr(doc, HPDF_INFO_TITLE, "Numbers in the documents: a checked brief");
    HPDF_SetInfoAttr(doc, HPDF_INFO_AUTHOR, "claimbrief");
    HPDF_SetInfoAttr(doc, HPDF_INFO_SUBJECT,
                     "Numeric claims on China's cyber diplomacy and the Digital Silk Road, checked");
    HPDF_SetInfoAttr(doc, HPDF_INFO_KEYWORDS,
                     "Digital Silk Road; cyber diplomacy; claims; consistency; brief");
    HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, "claimbrief " CB_VERSION);
    if (L->in->date_is_fixed) {
        struct tm tm;
        gmtime_r(&L->in->date, &tm);
        HPDF_Date dt = { tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                         tm.tm_sec, 'Z', 0, 0 };
        HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, dt);
        HPDF_SetInfoDateAttr(doc, HPDF_INFO_MOD_DATE, dt);
    }
    if (ec.failed)
        goto fail;
    HPDF_Page *pg = xcalloc(L->np, sizeof *pg);
    ec.what = "adding pages";
    for (size_t i = 0; i < L->np && !ec.failed; i++) {
        pg[i] = HPDF_AddPage(doc);
        if (pg[i]) {
            HPDF_Page_SetWidth(pg[i], (HPDF_REAL)L->pw);
            HPDF_Page_SetHeight(pg[i], (HPDF_REAL)L->ph);
        }
    }
    char what[160];
    ec.what = what;
    for (size_t i = 0; i < L->np && !ec.failed; i++) {
        BPage *p = &L->pages[i];
        snprintf(what, sizeof what, "drawing page %zu (%s)", i + 1, p->section ? p->section : "");
        for (size_t k = 0; k < p->n && !ec.failed; k++)
            hpdfpaint_element(&hp, pg[i], &p->el[k], 0, 0, 1);
        for (size_t k = 0; k < p->nsc && !ec.failed; k++) {
            snprintf(what, sizeof what, "drawing chart \"%.100s\" on page %zu",
                     p->sc[k].s->title ? p->sc[k].s->title : "", i + 1);
            hpdfpaint_scene(&hp, pg[i], p->sc[k].s, p->sc[k].x, p->sc[k].y, p->sc[k].scale);
        }
        snprintf(what, sizeof what, "drawing the header and footer of page %zu", i + 1);
        furniture(L, &hp, pg[i], i);
        snprintf(what, sizeof what, "linking page %zu to the claims table", i + 1);
        for (size_t k = 0; k < p->nln && !ec.failed; k++) {
            const Link *ln = &p->ln[k];
            HPDF_Page target = pg[L->row_page[ln->claim]];
            HPDF_Destination dst = HPDF_Page_CreateDestination(target);
            if (!dst)
                break;
            HPDF_Destination_SetFitH(dst, (HPDF_REAL)(L->ph - L->row_y[ln->claim] + 14));
            HPDF_Rect r = { (HPDF_REAL)ln->x, (HPDF_REAL)(L->ph - ln->y - ln->h),
                            (HPDF_REAL)(ln->x + ln->w), (HPDF_REAL)(L->ph - ln->y) };
            HPDF_Annotation a = HPDF_Page_CreateLinkAnnot(pg[i], r, dst);
            if (a)
                HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
        }
    }
    ec.what = "adding the outline";
    HPDF_Encoder enc = HPDF_GetEncoder(doc, "UTF-8");
    for (int i = 0; i < L->nmarks && !ec.failed; i++) {
        HPDF_Outline o = HPDF_CreateOutline(doc, NULL, L->marks[i].title, enc);
        HPDF_Destination dst = HPDF_Page_CreateDestination(pg[L->marks[i].page]);
        if (o && dst) {
            HPDF_Destination_SetFitH(dst, (HPDF_REAL)(L->ph - L->marks[i].y + 10));
            HPDF_Outline_SetDestination(o, dst);
        }
    }
    free(pg);
    if (ec.failed)
        goto fail;
    ec.what = "saving the document";
    if (HPDF_SaveToStream(doc) != HPDF_OK || ec.failed)
        goto fail;
    HPDF_UINT32 size = HPDF_GetStreamSize(doc);
    char *tmp = xmalloc(size ? size : 1);
    HPDF_UINT32 got = size;
    /* Reading exactly the stream's size: an end-of-stream status here is
     * not an error as long as every byte arrived. */
    ec.what = "reading the saved document";
    HPDF_STATUS st = size ? HPDF_ReadFromStream(doc, (HPDF_BYTE *)tmp, &got) : HPDF_OK;
    if ((st != HPDF_OK && st != HPDF_STREAM_EOF) || got != size) {
        free(tmp);
        if (!ec.failed)
            diag_set(d, CB_EWRITE, NULL, 0, "libharu: short read of the saved document");
        goto fail;
    }
    ec.failed = 0;
    buf_append(out, tmp, size);
    free(tmp);
    HPDF_ResetError(doc);
    HPDF_Free(doc);
    return 0;
fail:
    HPDF_ResetError(doc);
    HPDF_Free(doc);
    return d->code ? d->code : (ec.failed ? ec.failed : CB_EWRITE);
}

int brief_render(const BriefInputs *in, Buf *out, Diag *d)
{
    buf_init(out, 0);
    Lay L;
    memset(&L, 0, sizeof L);
    L.in = in;
    L.f = in->fonts;
    if (in->letter)
        L.pw = 612, L.ph = 792;
    else
        L.pw = 595.276, L.ph = 841.89;
    L.left = 56;
    L.cw = L.pw - 2 * L.left;
    L.top = 64;
    L.bottom = L.ph - 56;
    L.row_page = xcalloc(in->claims->n + 1, sizeof *L.row_page);
    L.row_y = xcalloc(in->claims->n + 1, sizeof *L.row_y);
    layout(&L);
    int rc = draw(&L, out, d);
    lay_free(&L);
    return rc;
}

int brief_write(const BriefInputs *in, const char *out_path, Diag *d)
{
    Buf pdf;
    int rc = brief_render(in, &pdf, d);
    if (rc) {
        buf_free(&pdf);
        return rc;
    }
    AtomicFile af;
    rc = fsio_atomic_open(&af, out_path, d);
    if (rc == 0) {
        if (fsio_fwrite(pdf.data, pdf.len, af.fp) != 0) {
            fsio_atomic_abort(&af);
            rc = diag_set(d, CB_EWRITE, out_path, 0, "cannot write: No space left on device");
        } else {
            rc = fsio_atomic_commit(&af, d);
        }
    }
    buf_free(&pdf);
    return rc;
}
