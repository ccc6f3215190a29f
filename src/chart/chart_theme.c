/* chart_theme.c — the shared look of every chart (see chart_theme.h). */
#include "chart_theme.h"

#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "textlayout.h"
#include "utf8.h"

/* Okabe & Ito (2008), "Color Universal Design". */
const Rgba TH_BLUE = {0 / 255.0, 114 / 255.0, 178 / 255.0, 1};
const Rgba TH_ORANGE = {230 / 255.0, 159 / 255.0, 0 / 255.0, 1};
const Rgba TH_GREEN = {0 / 255.0, 158 / 255.0, 115 / 255.0, 1};
const Rgba TH_VERMILLION = {213 / 255.0, 94 / 255.0, 0 / 255.0, 1};
const Rgba TH_SKY = {86 / 255.0, 180 / 255.0, 233 / 255.0, 1};
const Rgba TH_PURPLE = {204 / 255.0, 121 / 255.0, 167 / 255.0, 1};
const Rgba TH_YELLOW = {240 / 255.0, 228 / 255.0, 66 / 255.0, 1};
const Rgba TH_INK = {0.13, 0.13, 0.15, 1};
const Rgba TH_MUTED = {0.38, 0.38, 0.42, 1};
const Rgba TH_GRID = {0.86, 0.86, 0.88, 1};
const Rgba TH_TRACK = {0.94, 0.94, 0.95, 1};

static double maxd(double a, double b)
{
    return a > b ? a : b;
}

void th_init(Th *t, Scene *s, const ChartInputs *in)
{
    memset(t, 0, sizeof *t);
    t->s = s;
    t->f = in->fonts;
    t->in = in;
    if (s->background.a > 0) {
        t->ink = TH_INK, t->muted = TH_MUTED, t->grid = TH_GRID, t->track = TH_TRACK;
        t->paper = s->background;
        t->accent = TH_BLUE;
    } else {
        /* --transparent is for dark slides: light text and rules */
        t->ink = (Rgba){0.96, 0.96, 0.97, 1};
        t->muted = (Rgba){0.78, 0.78, 0.82, 1};
        t->grid = (Rgba){1, 1, 1, 0.22};
        t->track = (Rgba){1, 1, 1, 0.10};
        t->paper = (Rgba){0.15, 0.15, 0.18, 1};
        t->accent = TH_SKY;
    }
    /* The type follows the width (a short chart keeps its type), the
     * height only when it is very small. */
    t->k = fmin(s->width / 960.0, s->height / 300.0);
    t->title = maxd(11, 26 * t->k);
    t->sub = maxd(8, 16 * t->k);
    t->label = maxd(7, 13 * t->k);
    t->tick = maxd(6.5, 12.5 * t->k);
    t->note = maxd(6, 11 * t->k);
    t->m = maxd(14, 32 * t->k);
}

double th_width(const Th *t, FontId base, double size, const char *s)
{
    return textlayout_width(t->f, base, size, s, strlen(s));
}

double th_lh(const Th *t, FontId base, double size)
{
    double a = fonts_ascent(t->f, base, size) + fonts_descent(t->f, base, size);
    double c = fonts_ascent(t->f, FONT_CJK, size) + fonts_descent(t->f, FONT_CJK, size);
    return maxd(a, c) * 1.02;
}

typedef struct RunCtx {
    Th *t;
    double x, y, size, angle;
    Rgba c;
    const char *role;
} RunCtx;

static void put_run(FontId id, const char *s, size_t n, void *p)
{
    RunCtx *r = p;
    const Fonts *f = r->t->f;
    double w = fonts_width(f, id, r->size, s, n);
    scene_text(r->t->s, r->x, r->y, id, r->size, r->c, s, n, w, fonts_ascent(f, id, r->size),
               fonts_descent(f, id, r->size), r->angle, r->role);
    if (r->angle != 0)
        r->y -= w;
    else
        r->x += w;
}

double th_line(Th *t, double x, double y, double align, FontId base, double size, Rgba c,
               const char *s, double angle, const char *role)
{
    double w = th_width(t, base, size, s);
    RunCtx r = {t, x, y, size, angle, c, role};
    if (angle != 0)
        r.y += w * align;
    else
        r.x -= w * align;
    fonts_runs(t->f, base, s, strlen(s), put_run, &r);
    return w;
}

void th_fit(const Th *t, FontId base, double size, const char *s, double maxw, char *out,
            size_t cap)
{
    size_t n = strlen(s);
    if (cap == 0)
        return;
    if (th_width(t, base, size, s) <= maxw && n < cap) {
        memcpy(out, s, n + 1);
        return;
    }
    static const char ell[] = "\xe2\x80\xa6";   /* … */
    double ew = th_width(t, base, size, ell);
    double w = 0;
    size_t keep = 0;
    for (size_t i = 0; i < n;) {
        size_t at = i, l;
        utf8_decode(s + i, n - i, &l);
        i += l;
        w += textlayout_width(t->f, base, size, s + at, i - at);
        if (w + ew > maxw || i + sizeof ell > cap)
            break;
        keep = i;
    }
    while (keep > 0 && s[keep - 1] == ' ')
        keep--;
    memcpy(out, s, keep);
    memcpy(out + keep, ell, sizeof ell);
}

/* Draw (when draw) or count the lines of tb that th_wrap would: at most
 * maxlines, the last cut with "…" when more text follows. */
static int wrap_lines(Th *t, const TextBlock *tb, double x, double y, double maxw, int maxlines,
                      double align, FontId base, double size, Rgba c, const char *role, int draw)
{
    if (maxlines < 1)
        return 0;
    double lh = th_lh(t, base, size) * 1.08;
    int drawn = 0;
    for (size_t i = 0; i < tb->nlines && drawn < maxlines; i++) {
        const TextLine *ln = &tb->lines[i];
        if (ln->nrun == 0) {
            drawn++;
            continue;
        }
        if (!draw) {   /* only counting: the line's text is not needed */
            drawn++;
            continue;
        }
        const TextRun *r0 = &tb->runs[ln->run], *r1 = &tb->runs[ln->run + ln->nrun - 1];
        size_t a = r0->off, b = r1->off + r1->len;
        int last = drawn == maxlines - 1 && i + 1 < tb->nlines;
        if (last)
            b = tb->len;
        size_t len = b - a;
        char *line = xmalloc(len + 8);
        memcpy(line, tb->text + a, len);
        line[len] = '\0';
        while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\n'))
            line[--len] = '\0';
        if (last) {
            /* Force the "…": the rest of the text does not fit. */
            char *cut = xmalloc(len + 8);
            double w = th_width(t, base, size, line);
            th_fit(t, base, size, line, w <= maxw ? w - 0.01 : maxw, cut, len + 8);
            if (th_width(t, base, size, cut) > maxw)
                th_fit(t, base, size, line, maxw, cut, len + 8);
            free(line);
            line = cut;
        }
        for (char *p = line; *p; p++)
            if (*p == '\n')
                *p = ' ';
        th_line(t, x, y + drawn * lh, align, base, size, c, line, 0, role);
        free(line);
        drawn++;
    }
    return drawn;
}

int th_wrap(Th *t, double x, double y, double maxw, int maxlines, double align, FontId base,
            double size, Rgba c, const char *s, const char *role, int draw)
{
    if (!*s || maxlines < 1)
        return 0;
    TextBlock tb;
    textlayout_wrap(t->f, base, size, s, strlen(s), maxw, &tb);
    int drawn = wrap_lines(t, &tb, x, y, maxw, maxlines, align, base, size, c, role, draw);
    textlayout_free(&tb);
    return drawn;
}

Style th_fill(Rgba c)
{
    Style st = {0};
    st.fill = 1;
    st.fill_color = c;
    return st;
}

Style th_stroke(Rgba c, double w)
{
    Style st = {0};
    st.stroke = 1;
    st.stroke_color = c;
    st.line_width = w;
    return st;
}

void th_hline(Th *t, double x0, double x1, double y, Rgba c, double w)
{
    Pt p[2] = {{x0, y}, {x1, y}};
    Style st = th_stroke(c, w);
    scene_path(t->s, p, 2, 0, &st);
}

void th_vline(Th *t, double x, double y0, double y1, Rgba c, double w)
{
    Pt p[2] = {{x, y0}, {x, y1}};
    Style st = th_stroke(c, w);
    scene_path(t->s, p, 2, 0, &st);
}

void th_arrow(Th *t, double x, double y, int dir, double size, Rgba c)
{
    Pt p[3] = {{x, y}, {x - dir * size, y - size * 0.55}, {x - dir * size, y + size * 0.55}};
    Style st = th_fill(c);
    scene_path(t->s, p, 3, 1, &st);
}

/* ---- the frame ---- */

/* Title, subtitle, notes and source, and the plot area between them.
 * The source line takes fr->source_lines lines when set (so that every
 * part of a chart has the same plot area), else as many as it wraps to,
 * up to two. At small sizes the notes give way first (down to one line)
 * so the plot keeps room for a row. */
static void frame(Th *t, const Frame *fr, int draw)
{
    Scene *s = t->s;
    double W = s->width, H = s->height, m = t->m, w = W - 2 * m;
    double lh = th_lh(t, FONT_REGULAR, t->sub) * 1.08, nlh = th_lh(t, FONT_REGULAR, t->note) * 1.08;
    double desc = fonts_descent(t->f, FONT_CJK, t->note), asc = fonts_ascent(t->f, FONT_CJK, t->note);
    /* Each text wrapped once: counted first, then drawn from the same
     * lines. */
    TextBlock bsrc, bnote, bsub, btit;
    textlayout_wrap(t->f, FONT_REGULAR, t->note, fr->source, strlen(fr->source), w, &bsrc);
    textlayout_wrap(t->f, FONT_ITALIC, t->note, fr->notes, strlen(fr->notes), w, &bnote);
    textlayout_wrap(t->f, FONT_REGULAR, t->sub, fr->subtitle, strlen(fr->subtitle), w, &bsub);
    textlayout_wrap(t->f, FONT_BOLD, t->title, fr->title, strlen(fr->title), w, &btit);
    /* Lines of each part of the frame: what the text wraps to, within
     * the caps; at small sizes the notes give way first, then the source
     * line, then the takeaway (each keeps a line, cut with "…"), so the
     * plot keeps room for a row of two label lines and its axis. */
    int ns = wrap_lines(t, &bsrc, 0, 0, w, 2, 0, FONT_REGULAR, t->note, t->muted, "", 0);
    if (fr->source_lines > 0)
        ns = fr->source_lines;
    int nn = wrap_lines(t, &bnote, 0, 0, w, 3, 0, FONT_ITALIC, t->note, t->muted, "", 0);
    int nsub = wrap_lines(t, &bsub, 0, 0, w, 2, 0, FONT_REGULAR, t->sub, t->muted, "", 0);
    int ntit = wrap_lines(t, &btit, 0, 0, w, 2, 0, FONT_BOLD, t->title, t->ink, "", 0);
    double tlh = th_lh(t, FONT_BOLD, t->title) * 1.08;
    double head = m + fonts_ascent(t->f, FONT_BOLD, t->title) + fonts_descent(t->f, FONT_BOLD, t->title) +
                  fonts_ascent(t->f, FONT_REGULAR, t->sub) + 0.35 * t->sub +
                  fonts_descent(t->f, FONT_REGULAR, t->sub) + 1.1 * t->label;
    double need = 2.4 * th_lh(t, FONT_REGULAR, t->label) + 1.6 * th_lh(t, FONT_REGULAR, t->tick) +
                  0.8 * t->label;
    for (;;) {
        double plot = H - m * 0.7 - (ns + nn) * nlh - 0.4 * t->note - head -
                      (nsub > 1 ? nsub - 1 : 0) * lh - (ntit > 1 ? ntit - 1 : 0) * tlh;
        if (plot >= need)
            break;
        if (nn > 1)
            nn--;
        else if (ntit > 1)
            ntit--;
        else if (ns > 1)
            ns--;
        else if (nsub > 1)
            nsub--;
        else
            break;
    }
    /* the title wraps to a second line rather than lose its end */
    double y = m + fonts_ascent(t->f, FONT_BOLD, t->title);
    wrap_lines(t, &btit, m, y, w, ntit, 0, FONT_BOLD, t->title, t->ink, "title", draw);
    y += (ntit > 1 ? ntit - 1 : 0) * tlh;
    y += fonts_descent(t->f, FONT_BOLD, t->title) + fonts_ascent(t->f, FONT_REGULAR, t->sub) +
         0.35 * t->sub;
    int n = wrap_lines(t, &bsub, m, y, w, nsub, 0, FONT_REGULAR, t->sub, t->muted, "subtitle", draw);
    y += (n > 0 ? n - 1 : 0) * lh + fonts_descent(t->f, FONT_REGULAR, t->sub);
    t->py0 = y + 1.1 * t->label;

    /* Footer, from the bottom up: source line, then notes. */
    double yb = H - m * 0.7 - desc - (ns > 0 ? ns - 1 : 0) * nlh;   /* first source baseline */
    if (ns && draw)
        wrap_lines(t, &bsrc, m, yb, w, ns, 0, FONT_REGULAR, t->note, t->muted, "source", 1);
    double top = ns ? yb - asc : H - m * 0.7;
    if (nn) {
        double yn = top - 0.4 * t->note - desc - (nn - 1) * nlh;
        if (draw)
            wrap_lines(t, &bnote, m, yn, w, nn, 0, FONT_ITALIC, t->note, t->muted, "note", 1);
        top = yn - asc;
    }
    t->px0 = m;
    t->px1 = W - m;
    t->py1 = top - 0.8 * t->label;
    if (t->py1 < t->py0 + 10)
        t->py1 = t->py0 + 10;
    textlayout_free(&bsrc);
    textlayout_free(&bnote);
    textlayout_free(&bsub);
    textlayout_free(&btit);
}

void th_frame(Th *t, const Frame *fr)
{
    frame(t, fr, 1);
}

void th_frame_measure(Th *t, const Frame *fr)
{
    frame(t, fr, 0);
}

/* ---- numbers and words ---- */

void th_metric_label(const ChartInputs *in, const char *metric, char *out, size_t cap)
{
    const char *l = in->metric_label && *metric ? in->metric_label(metric, in->label_ctx) : NULL;
    if (l && *l) {
        snprintf(out, cap, "%s", l);
        return;
    }
    if (!*metric) {
        snprintf(out, cap, "Other figure");
        return;
    }
    /* Humanise the id: words split at "_", a few acronyms kept. */
    static const char *const acr[][2] = {
        {"dsr", "DSR"}, {"mou", "MoU"}, {"ldc", "LDC"}, {"usd", "USD"}, {"ict", "ICT"}};
    out[0] = '\0';
    char word[64];
    const char *p = metric;
    int first = 1;
    while (*p) {
        size_t n = strcspn(p, "_");
        snprintf(word, sizeof word, "%.*s", (int)(n < 63 ? n : 63), p);
        for (size_t i = 0; i < sizeof acr / sizeof acr[0]; i++)
            if (strcmp(word, acr[i][0]) == 0)
                snprintf(word, sizeof word, "%s", acr[i][1]);
        if (first)
            word[0] = (char)ascii_upper((unsigned char)word[0]);
        if (!first)
            strncat(out, " ", cap - strlen(out) - 1);
        strncat(out, word, cap - strlen(out) - 1);
        first = 0;
        p += n;
        while (*p == '_')
            p++;
    }
}

/* First item of s cut at any of the stop strings. */
static void cut_at(const char *s, char *out, size_t cap)
{
    size_t n = strlen(s);
    static const char *const stops[] = {";", ",", " (", " - ", " / "};
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++) {
        const char *p = strstr(s, stops[i]);
        if (p && (size_t)(p - s) < n)
            n = (size_t)(p - s);
    }
    snprintf(out, cap, "%.*s", (int)n, s);
}

/* Is s a person's name ("Thandiwe Mokoena", "Cheng Ting-Fang", "Ursula von
 * der Leyen"), whose surname stands for the document? Not a body that signs
 * ("ITU Media Relations", "Paradigm Initiative research team", "Subcommittee
 * on Africa"): a word in lower case other than a name's particle, a word
 * bodies are named with, or an acronym makes it a body. */
static int looks_like_name(const char *s)
{
    static const char *const particles[] = {"van", "von", "der", "den", "de", "da", "di", "du",
                                            "le", "la", "bin", "al", "el", "ibn", NULL};
    static const char *const bodies[] = {"relations", "media", "office", "team", "committee", "subcommittee",
                                         "department", "bureau", "center", "centre", "institute", "initiative",
                                         "observatory", "group", "ltd", "plc", "inc", "co", "corporation",
                                         "company", "ministry", "agency", "council", "unit", "desk", "staff",
                                         "contributors", "editors", "newsroom", "press", "research", "union",
                                         "association", "organization", "organisation", "commission", "authority",
                                         "foundation", "federation", "alliance", "secretariat", "university",
                                         "programme", "network", "society", "forum", "administration", NULL};
    int words = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        size_t n = (size_t)(p - w);
        words++;
        size_t caps = 0, lower = 0;
        for (size_t i = 0; i < n; i++) {
            if (ascii_isdigit(w[i]))
                return 0;
            caps += ascii_isupper(w[i]) != 0;
            lower += ascii_islower(w[i]) != 0;
        }
        /* (an acronym is a body's name, not a person's: "GSMA Intelligence") */
        if (caps >= 2 && !lower)
            return 0;
        for (int k = 0; bodies[k]; k++)
            if (strlen(bodies[k]) == n - (w[n - 1] == '.') && !strncasecmp(w, bodies[k], strlen(bodies[k])))
                return 0;
        if (!ascii_isupper(w[0])) {
            int particle = 0;
            for (int k = 0; particles[k]; k++)
                particle |= strlen(particles[k]) == n && !strncmp(w, particles[k], n);
            if (!particle || words == 1)
                return 0;
        }
    }
    return words >= 1 && words <= 4;
}

void th_doc_short(const ChartInputs *in, const char *doc, char *out, size_t cap)
{
    const Source *src = in->sources ? sources_find(in->sources, doc) : NULL;
    char first[256];
    if (src && *src->authors) {
        cut_at(src->authors, first, sizeof first);
        /* (an author the publisher's name opens with is the body itself:
         * "International Telecommunication Union" published by
         * "International Telecommunication Union (ITU)") */
        size_t fl = strlen(first), pl = strlen(src->publisher);
        int publisher = fl && !strncmp(src->publisher, first, fl);
        /* (so is one that opens with the publisher's name: "GSMA
         * Intelligence" published by "GSMA") */
        publisher |= pl && pl < fl && !strncmp(first, src->publisher, pl) && first[pl] == ' ';
        if (!publisher && looks_like_name(first)) {
            const char *last = strrchr(first, ' ');
            snprintf(out, cap, "%s%s", last ? last + 1 : first,
                     strchr(src->authors, ';') ? " et al." : "");
            return;
        }
    }
    if (src && *src->publisher) {
        cut_at(src->publisher, out, cap);
        return;
    }
    if (src && *src->title) {
        snprintf(out, cap, "%s", src->title);
        if (strlen(out) > 40 && cap > 44) {
            /* cut at a code point boundary, then "…" */
            size_t k = utf8_cut(out, strlen(out), 37);
            snprintf(out + k, cap - k, "\xe2\x80\xa6");
        }
        return;
    }
    snprintf(out, cap, "%s", doc);
}

void th_sources_line(const ChartInputs *in, const char *const *docs, size_t n, Buf *out)
{
    buf_puts(out, n > 1 ? "Sources: " : "Source: ");
    char sh[300];
    for (size_t i = 0; i < n; i++) {
        th_doc_short(in, docs[i], sh, sizeof sh);
        const Source *src = in->sources ? sources_find(in->sources, docs[i]) : NULL;
        buf_printf(out, "%s%s", i ? "; " : "", sh);
        if (src && *src->publisher && strcmp(sh, src->publisher) != 0 &&
            !strstr(src->publisher, sh)) {
            char pub[256];
            cut_at(src->publisher, pub, sizeof pub);
            buf_printf(out, ", %s", pub);
        }
        if (src && strlen(src->date) >= 4 && ascii_isdigit(src->date[0]))
            buf_printf(out, " (%.4s)", src->date);
    }
    if (n == 0)
        buf_puts(out, "none");
    buf_puts(out, ". Compiled by claimbrief.");
}

/* ---- axes ---- */

static double clamp_decade(double d)
{
    if (!(d > -TH_MAX_DECADE))   /* also NaN */
        return -TH_MAX_DECADE;
    return d < TH_MAX_DECADE ? d : TH_MAX_DECADE;
}

Axis th_log_axis(double mn, double mx, double lo_pad, double hi_pad)
{
    Axis a = {clamp_decade(floor(log10(mn) - lo_pad)), clamp_decade(ceil(log10(mx) + hi_pad)), 1,
              0, 0};
    return a;
}

double th_ax(const Axis *a, double v)
{
    double x = a->log ? clamp_decade(log10(v)) : v;
    if (a->hi <= a->lo)
        return (a->x0 + a->x1) / 2;
    /* Far off the axis (a share of 1e300%) stays a finite point one axis
     * length beyond its end: the chart draws it at the edge, never at inf. */
    double span = fabs(a->x1 - a->x0), lo = fmin(a->x0, a->x1) - span, hi = fmax(a->x0, a->x1) + span;
    double t = (x - a->lo) / (a->hi - a->lo);
    if (!(t > -1))   /* also NaN */
        return a->x1 >= a->x0 ? lo : hi;
    if (!(t < 2))
        return a->x1 >= a->x0 ? hi : lo;
    return a->x0 + t * (a->x1 - a->x0);
}

static void tick_label(char *out, size_t cap, double v, const char *unit)
{
    if (strcmp(unit, "x") == 0) {
        char n[64];
        if (fabs(v - 1) < 1e-9)
            snprintf(out, cap, "equal");
        else if (v < 1) {
            phrase_short(n, sizeof n, 1 / v, "");
            th_fmt(out, cap, "\xc3\xb7%s", n);   /* ÷10 */
        } else {
            phrase_short(n, sizeof n, v, "");
            th_fmt(out, cap, "\xc3\x97%s", n);   /* ×10 */
        }
    } else {
        phrase_short(out, cap, v, unit[0] == '#' ? "" : unit);
    }
}

void th_axis_draw(Th *t, const Axis *a, const char *unit, double ytop, double ybot)
{
    double vals[64];
    int nv = 0;
    double span = fabs(a->x1 - a->x0);
    char lab[64];
    if (a->log) {
        int d0 = (int)floor(a->lo + 1e-9), d1 = (int)ceil(a->hi - 1e-9);
        for (int step = 1; step <= 64; step++) {
            nv = 0;
            double widest = 0;
            for (int dd = d0; dd <= d1 && nv < 64; dd += step) {
                double v = pow(10, dd);
                if (dd < a->lo - 1e-9 || dd > a->hi + 1e-9)
                    continue;
                vals[nv++] = v;
                tick_label(lab, sizeof lab, v, unit);
                widest = maxd(widest, th_width(t, FONT_REGULAR, t->tick, lab));
            }
            double per = a->hi > a->lo ? span * step / (a->hi - a->lo) : span;
            if (per >= widest + 1.2 * t->tick)
                break;
        }
    } else {
        double range = a->hi - a->lo;
        if (!(range > 0))
            range = 1;
        static const double nice[] = {1, 2, 2.5, 5};
        double e = pow(10, floor(log10(range / 8)));
        for (int tries = 0; tries < 40; tries++) {
            double step = nice[tries % 4] * e * pow(10, tries / 4);
            if (unit[0] == '#' && step < 1)   /* whole numbers: no 0.2 document */
                continue;
            nv = 0;
            double widest = 0;
            for (double v = ceil(a->lo / step - 1e-9) * step; v <= a->hi + step * 1e-9 && nv < 64;
                 v += step) {
                vals[nv++] = fabs(v) < step * 1e-9 ? 0 : v;
                tick_label(lab, sizeof lab, vals[nv - 1], unit);
                widest = maxd(widest, th_width(t, FONT_REGULAR, t->tick, lab));
            }
            if (nv <= 8 && span * step / range >= widest + 1.2 * t->tick)
                break;
        }
    }
    double base = ybot + fonts_ascent(t->f, FONT_REGULAR, t->tick) + 0.35 * t->tick;
    for (int i = 0; i < nv; i++) {
        double x = th_ax(a, vals[i]);
        th_vline(t, x, ytop, ybot, t->grid, maxd(0.5, 0.8 * t->k));
        tick_label(lab, sizeof lab, vals[i], unit);
        double w = th_width(t, FONT_REGULAR, t->tick, lab);
        double lx = x - w / 2;
        if (lx < 1)
            lx = 1;
        if (lx + w > t->s->width - 1)
            lx = t->s->width - 1 - w;
        th_line(t, lx, base, 0, FONT_REGULAR, t->tick, t->muted, lab, 0, "tick");
    }
}

void th_empty(Th *t, const char *msg)
{
    double cx = (t->px0 + t->px1) / 2, cy = (t->py0 + t->py1) / 2;
    th_wrap(t, cx, cy, t->px1 - t->px0, 3, 0.5, FONT_ITALIC, t->label, t->muted, msg, "empty", 1);
}

void th_fmt(char *out, size_t cap, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out, cap, fmt, ap);
    va_end(ap);
}

void th_halo(Th *t, double x, double y, double w, FontId font, double size)
{
    /* Grid lines stop short of value labels: a patch of the background
     * behind them (nothing on a transparent canvas). */
    if (t->s->background.a <= 0)
        return;
    double pad = 0.25 * size;
    Style st = th_fill(t->s->background);
    scene_rect(t->s, x - pad, y - fonts_ascent(t->f, font, size) * 0.85, w + 2 * pad,
               (fonts_ascent(t->f, font, size) * 0.85 + fonts_descent(t->f, font, size) * 0.6),
               &st);
}

int th_value_words_fit(const Th *t, const char *s, double xl, double xr, double lo, const double *m, size_t n,
                       double hw)
{
    double w = th_width(t, FONT_BOLD, t->tick, s), pad = 0.45 * t->tick;
    if (xr + pad + w <= t->px1 || xl - pad - w >= lo)
        return 1;
    for (size_t i = 0; i <= n; i++) {
        double a = i ? m[i - 1] + hw + pad : lo, b = i < n ? m[i] - hw - pad : t->px1;
        if (b - a >= w)
            return 1;
    }
    return 0;
}

void th_value_words(Th *t, const char *s, double y, double xl, double xr, double lo, const double *m,
                    size_t n, double hw, Rgba c)
{
    char v[300];
    th_fit(t, FONT_BOLD, t->tick, s, t->px1 - lo, v, sizeof v);
    double w = th_width(t, FONT_BOLD, t->tick, v), pad = 0.45 * t->tick, x;
    if (xr + pad + w <= t->px1) {
        x = xr + pad;
    } else if (xl - pad - w >= lo) {
        x = xl - pad - w;
    } else {
        /* the gaps: before the first dot, between two, after the last;
         * the words keep pad from the dot they are next to */
        double best = -1, bx = lo;
        int right_aligned = 0;
        for (size_t i = 0; i <= n; i++) {
            double a = i ? m[i - 1] + hw + pad : lo, b = i < n ? m[i] - hw - pad : t->px1;
            if (b - a > best)
                best = b - a, bx = a, right_aligned = i == 0 && n > 0;
        }
        if (best < w) {
            th_fit(t, FONT_BOLD, t->tick, s, fmax(0, best), v, sizeof v);
            w = th_width(t, FONT_BOLD, t->tick, v);
            if (w > best)
                return;   /* not even "…" fits: the row's label speaks alone */
        }
        /* next to the first dot when the gap is the one before it */
        x = right_aligned ? bx + best - w : bx;
    }
    if (!*v)
        return;
    th_halo(t, x, y, w, FONT_BOLD, t->tick);
    th_line(t, x, y, 0, FONT_BOLD, t->tick, c, v, 0, "value");
}
