/* bfront.c — the brief's front: the section table, the cover with its
 * contents, and the executive summary (the contradictions, and one key
 * figure per metric, each with its place and year). See bsect.h. */
#define _GNU_SOURCE   /* qsort_r */
#include "ascii.h"
#include "bsect.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "claimplace.h"
#include "keyelig.h"
#include "placed.h"
#include "phrase.h"
#include "relation.h"
#include "unit.h"

/* ORDER SecId */
static const struct {
    const char *num, *title;
} sections[SEC_N] = {
    {"1", "Executive summary"},
    {"2", "Findings"},
    {"3", "Charts"},
    {"4", "The figures, metric by metric"},
    {"A", "Claims"},
    {"B", "Sources"},
    {"C", "Method and caveats"},
};

const char *sec_num(SecId s)
{
    return sections[s].num;
}

const char *sec_title(SecId s)
{
    return sections[s].title;
}

void sec_ref(SecId s, char *out, size_t cap)
{
    snprintf(out, cap, "%s %s", ascii_isalpha(sections[s].num[0]) ? "Appendix" : "section",
             sections[s].num);
}

void sec_heading(Lay *L, SecId s, double keep)
{
    char num[32];
    snprintf(num, sizeof num, "%s%s", ascii_isalpha(sections[s].num[0]) ? "Appendix " : "",
             sections[s].num);
    L->sec_mark[s] = blay_heading(L, 0, num, sections[s].title, keep, 1);
}

const char *brief_metric_label(const Lay *L, const char *id, char *buf, size_t cap)
{
    const BriefInputs *in = L->in;
    const char *s = in->metric_label && id[0] ? in->metric_label(id, in->label_ctx) : NULL;
    if (s && s[0])
        return s;
    snprintf(buf, cap, "%s", id[0] ? id : "no metric");
    for (char *p = buf; *p; p++)
        if (*p == '_')
            *p = ' ';
    buf[0] = (char)ascii_upper((unsigned char)buf[0]);
    return buf;
}

void brief_cite(const Lay *L, const char *doc, char *out, size_t cap)
{
    const SourceList *sl = L->in->sources;
    const Source *s = sl ? sources_find(sl, doc) : NULL;
    if (s)
        snprintf(out, cap, "[%zu]", (size_t)(s - sl->v) + 1);
    else
        snprintf(out, cap, "%s", doc);
}

void brief_cite_claim(const Lay *L, const Claim *c, char *out, size_t cap)
{
    brief_cite(L, c->doc, out, cap);
    size_t n = strlen(out);
    if (c->page > 0 && n < cap)
        snprintf(out + n, cap - n, ", p. %d", c->page);
}

void brief_place_year(const Claim *c, char *out, size_t cap)
{
    char pl[160];
    claim_place_words(pl, sizeof pl, c->scope, c->area);
    pl[0] = (char)ascii_upper((unsigned char)pl[0]);
    char when[32];
    phrase_when(when, sizeof when, c->year, c->month);
    if (c->year) {
        /* (cut to fit, as the other labels) */
        if (snprintf(out, cap, "%s, %s", pl, when) < 0 && cap)
            out[0] = '\0';
    } else
        snprintf(out, cap, "%s, year not stated", pl);
}

/* ---- the cover ---- */

void sec_cover(Lay *L)
{
    const BriefInputs *in = L->in;
    L->y = L->ph * 0.2;
    blay_rect(L, L->left, L->y - 30, 60, 5, BL_ACCENT);
    /* the analyst's title, subtitle, name and organisation (bsettings.c) */
    blay_para(L, bset_title(L), FONT_BOLD, 30, BL_INK, L->left, L->cw, 6, 0);
    blay_para(L, bset_subtitle(L), FONT_REGULAR, 13, BL_GREY, L->left, L->cw * 0.85, 24, 0);
    const char *au = bset_author(L), *org = bset_organisation(L);
    if (au)
        blay_para(L, au, FONT_BOLD, 12, BL_INK, L->left, L->cw, org ? 2 : 12, 0);
    if (org)
        blay_para(L, org, FONT_REGULAR, 12, BL_INK, L->left, L->cw, 12, 0);
    char date[64];
    struct tm tm;
    bset_cover_date(L, &tm);
    strftime(date, sizeof date, "%-d %B %Y", &tm);
    blay_para(L, date, FONT_BOLD, 12, BL_INK, L->left, L->cw, 4, 0);
    char line[256];
    size_t nf = 0;
    for (size_t i = 0; i < in->findings->n; i++)
        nf += in->findings->v[i].kind != FK_EXCLUDED;
    snprintf(line, sizeof line, "Corpus: %zu document%s, %zu claim%s, %zu finding%s", in->ndocs,
             in->ndocs == 1 ? "" : "s", in->claims->n, in->claims->n == 1 ? "" : "s", nf,
             nf == 1 ? "" : "s");
    blay_para(L, line, FONT_REGULAR, 12, BL_INK, L->left, L->cw, 26, 0);
    /* Contents: each section, its page (filled in when pages are known),
     * a link to it. */
    blay_para(L, "Contents", FONT_BOLD, 11, BL_INK, L->left, L->cw, 4, 0);
    for (int s = 0; s < SEC_N; s++) {
        char entry[200];
        snprintf(entry, sizeof entry, "%s%s   %s",
                 ascii_isalpha(sections[s].num[0]) ? "Appendix " : "", sections[s].num,
                 sections[s].title);
        double lead = blay_lead(10);
        blay_text(L, L->left, L->y + 10 * 0.93, FONT_REGULAR, 10, BL_INK, entry, strlen(entry));
        blay_pageref(L, L->left + L->cw * 0.85, L->y + 10 * 0.93, 10, (size_t)s);
        blay_link(L, L->left, L->y, L->cw * 0.85, lead, LINK_SECTION, (size_t)s, NULL);
        L->y += lead + 1;
    }
    L->y += 16;
    blay_hline(L, L->left, L->y, L->cw, BL_RULE, 0.6);
    L->y += 12;
    char ra[40], rb[40], rc[40];
    sec_ref(SEC_CLAIMS, ra, sizeof ra);
    sec_ref(SEC_SOURCES, rb, sizeof rb);
    sec_ref(SEC_METHOD, rc, sizeof rc);
    Buf b;
    buf_init(&b, 0);
    buf_printf(&b, "Every number in this brief is traced to the sentence it comes from (%s; the whole "
                   "claims table is attached to this PDF as claims.csv) and to its document, "
                   "cited [n] (%s). Hedges such as \xE2\x80\x9Cmore than\xE2\x80\x9D and "
                   "\xE2\x80\x9C" "about\xE2\x80\x9D are kept as intervals, and every comparison "
                   "states what it was held against (%s). Produced offline by claimbrief.",
               ra, rb, rc);
    blay_para(L, b.data, FONT_REGULAR, 10, BL_GREY, L->left, L->cw * 0.85, 0, 0);
    buf_free(&b);
    const char *summary = bset_summary(L);
    if (summary) {
        L->y += 14;
        blay_para(L, summary, FONT_REGULAR, 11, BL_INK, L->left, L->cw * 0.85, 0, 0);
    }
}

/* ---- the executive summary ---- */

/* A key figure: the best-supported quantity of a metric and one claim of it. */
typedef struct Key {
    const char *metric;
    size_t claim;            /* the claim nearest the quantity's median */
    size_t nclaims, ndocs;   /* of the quantity */
    double lo, hi;           /* its figures' range */
    size_t metric_claims;    /* of the metric, all quantities */
    size_t others;           /* figures of the same place and year that differ */
    size_t parts;            /* figures of the same place and year of a part, or aims */
} Key;

/* Two figures of one quantity that agree: within 10% of each other. */
#define KEY_SPREAD 1.10
static int same_figure(double lo, double v)
{
    return lo > 0 ? v <= lo * KEY_SPREAD : v == lo;
}

/* Distinct documents among claims ix[a..e) (a short run: quadratic). */
static size_t distinct_docs(const ClaimList *cl, const size_t *ix, size_t a, size_t e)
{
    size_t nd = 0;
    for (size_t s = a; s < e; s++) {
        size_t t = a;
        while (t < s && strcmp(cl->v[ix[t]].doc, cl->v[ix[s]].doc) != 0)
            t++;
        nd += t == s;
    }
    return nd;
}

static int cmp_mq(const void *a, const void *b, void *ctx)
{
    const ClaimList *cl = ctx;
    const Claim *x = &cl->v[*(const size_t *)a], *y = &cl->v[*(const size_t *)b];
    int c = strcmp(x->metric, y->metric);
    if (!c)
        c = strcmp(x->unit, y->unit);
    if (!c)
        c = claim_place_cmp(x, y);
    if (!c)
        c = x->year - y->year;
    if (!c)
        c = x->value < y->value ? -1 : x->value > y->value;
    return c ? c : strcmp(x->id, y->id);
}

/* 1 when quantity a (claims, docs, scope, year) is better supported than b. */
static int better(size_t na, size_t da, const Claim *a, size_t nb, size_t db, const Claim *b)
{
    int ka = *a->scope && a->year, kb = *b->scope && b->year;   /* place and year known */
    if (ka != kb)
        return ka > kb;
    if (da != db)
        return da > db;
    if (na != nb)
        return na > nb;
    int ga = !strcmp(a->scope, "global"), gb = !strcmp(b->scope, "global");
    if (ga != gb)
        return ga > gb;
    return a->year > b->year;
}

/* Rank of a unit among metrics backed alike: money first, then people,
 * shares, other counts. */
static int unit_rank(const char *u)
{
    switch (unit_kind(u)) {
    case UNIT_MONEY: return unit_period(u, &(size_t){0}) ? 0 : 1;
    case UNIT_COUNT: return !strcmp(u, "people") ? 2 : 4;
    case UNIT_SHARE: return 3;
    default: return 5;
    }
}

static int cmp_key(const void *a, const void *b, void *ctx)
{
    const ClaimList *cl = ctx;
    const Key *x = a, *y = b;
    const Claim *cx = &cl->v[x->claim], *cy = &cl->v[y->claim];
    int kx = *cx->scope && cx->year, ky = *cy->scope && cy->year;   /* place and year known */
    if (kx != ky)
        return ky - kx;
    if (x->ndocs != y->ndocs)
        return x->ndocs < y->ndocs ? 1 : -1;
    if (x->metric_claims != y->metric_claims)
        return x->metric_claims < y->metric_claims ? 1 : -1;
    int rx = unit_rank(cl->v[x->claim].unit), ry = unit_rank(cl->v[y->claim].unit);
    if (rx != ry)
        return rx - ry;
    return strcmp(x->metric, y->metric);
}

/* cl: L's claims, each where the comparisons place it (placed.h). */
static size_t pick_keys(const Lay *L, const ClaimList *cl, Key *out, size_t cap)
{
    unsigned char *unstated = keyelig_unstated(L);
    size_t *ix = xmalloc((cl->n + 1) * sizeof *ix), n = 0;
    size_t *whole = xmalloc((cl->n + 1) * sizeof *whole);
    for (size_t i = 0; i < cl->n; i++)
        if (cl->v[i].metric[0] && isfinite(cl->v[i].value) && !claim_refuted(&cl->v[i]))
            ix[n++] = i;
    qsort_r(ix, n, sizeof *ix, cmp_mq, (void *)cl);
    size_t nk = 0;
    for (size_t i = 0; i < n;) {
        const Claim *m0 = &cl->v[ix[i]];
        size_t j = i;
        while (j < n && !strcmp(cl->v[ix[j]].metric, m0->metric))
            j++;
        Key best = {m0->metric, ix[i], 0, 0, 0, 0, j - i, 0, 0};
        for (size_t q = i; q < j;) {
            const Claim *c = &cl->v[ix[q]];
            size_t r = q;
            while (r < j && !strcmp(cl->v[ix[r]].unit, c->unit) &&
                   claim_same_place(&cl->v[ix[r]], c) && cl->v[ix[r]].year == c->year)
                r++;
            /* The figures that agree: among the quantity's figures (sorted
             * by value), the run within KEY_SPREAD of its smallest that
             * the most documents give. A place and year may hold several
             * quantities (urban and rural, new users and all users): their
             * median would be no one's figure. A figure of a part of the
             * population, or an aim, is another group's or no measure
             * (claim.h): never of the run, one of the others. */
            size_t nw = 0, nun = 0;
            char part[96];
            for (size_t t = q; t < r; t++)
                if (unstated[ix[t]])
                    nun++;   /* left out of its agreement: of the others */
                else if (!claim_is_aim(&cl->v[ix[t]]) && !claim_part(&cl->v[ix[t]], part, sizeof part))
                    whole[nw++] = ix[t];
            size_t a = 0, e = 0;
            for (size_t s0 = 0, e0 = 0; s0 < nw; s0++) {
                if (e0 < s0)
                    e0 = s0;
                while (e0 < nw && same_figure(cl->v[whole[s0]].value, cl->v[whole[e0]].value))
                    e0++;
                if (e0 - s0 > e - a) {
                    a = s0;
                    e = e0;
                }
            }
            size_t nd = distinct_docs(cl, whole, a, e - a > 200 ? a + 200 : e);   /* enough to rank */
            if (e > a && (best.nclaims == 0 ||
                          better(e - a, nd, &cl->v[whole[a]], best.nclaims, best.ndocs, &cl->v[best.claim]))) {
                best.claim = whole[a + (e - a) / 2];   /* the median figure */
                best.nclaims = e - a;
                best.ndocs = nd;
                best.lo = cl->v[whole[a]].value;
                best.hi = cl->v[whole[e - 1]].value;
                best.others = nw + nun - (e - a);
                best.parts = (r - q) - nw - nun;
            }
            q = r;
        }
        if (nk < cap)
            out[nk++] = best;
        i = j;
    }
    free(whole);
    free(ix);
    free(unstated);
    qsort_r(out, nk, sizeof *out, cmp_key, (void *)cl);
    return nk;
}

#define MAX_KEY 8

static void key_figures(Lay *L)
{
    /* each figure where the findings compare it (placed.h) */
    ClaimList pbuf;
    const ClaimList *cl = placed_claims(L->in->claims, L->in->metrics, &pbuf);
    Key *key = xcalloc(256, sizeof *key);
    size_t nk = pick_keys(L, cl, key, 256);
    if (nk > MAX_KEY)
        nk = MAX_KEY;
    blay_heading(L, 1, "", "Key figures", 110, 0);
    char ra[40];
    sec_ref(SEC_CLAIMS, ra, sizeof ra);
    Buf intro;
    buf_init(&intro, 0);
    buf_printf(&intro, "For each metric, the best-documented quantity (a known place and year, the "
                       "most documents agreeing within 10%%) and its median figure, as its source "
                       "states it, hedges included. Each box links to the claim\xE2\x80\x99s row in %s.", ra);
    blay_para(L, intro.data, FONT_REGULAR, 10, BL_GREY, L->left, L->cw, 10, 0);
    buf_free(&intro);
    if (nk == 0) {
        blay_para(L, "No claim in the table is classified under a known metric.", FONT_ITALIC, 10,
                  BL_INK, L->left, L->cw, 10, 0);
        free(key);
        placed_free(cl, &pbuf);
        return;
    }
    double gap = 14, bw = (L->cw - gap) / 2, pad = 10;
    for (size_t i = 0; i < nk; i += 2) {
        /* Lay out both boxes of the row first: the row is as tall as the taller. */
        TextBlock big[2], hedge[2], meta[2];
        double h = 0;
        size_t m = i + 1 < nk ? 2 : 1;
        for (size_t k = 0; k < m; k++) {
            const Key *ky = &key[i + k];
            const Claim *c = &cl->v[ky->claim];
            L->claim_cited[ky->claim] = 1;
            char num[96], hedged[400], py[160], lab[160], cite[300];
            /* The large figure: the number and its unit word, without the rate. */
            char base[64];
            unit_base(c->unit, base, sizeof base);
            phrase_amount(num, sizeof num, c->value, base, PHRASE_AS_STATED);
            /* a share written as a fraction is that fraction ("a third") */
            char words[200];
            phrase_claim(words, sizeof words, c);
            int foreign = 0;   /* written in another language (三分之一) */
            for (const char *t = c->text; t && *t && !foreign; t++)
                foreign = (unsigned char)*t >= 0x80;
            if (!strpbrk(words, "0123456789") && c->text && c->text[0])
                strcut(num, sizeof num, foreign ? words : c->text);
            else if (c->qual == Q_RANGE)   /* a range is its range, never its midpoint */
                strcut(num, sizeof num, words);
            /* Its hedge in words ("about a third", "10–15%", "more than
             * $6 trillion a year"); an exact figure, how it was written. */
            if ((c->qual == Q_EXACT || foreign) && c->text && c->text[0])
                snprintf(hedged, sizeof hedged, "stated as \xE2\x80\x9C%.120s\xE2\x80\x9D", c->text);
            else
                phrase_claim(hedged, sizeof hedged, c);
            /* a sum in another currency, in US dollars as the findings say it */
            char usd[160];
            if (keyelig_dollars(c, ky->claim, L->in->references, usd, sizeof usd)) {
                size_t hl = strlen(hedged);
                snprintf(hedged + hl, sizeof hedged - hl, ", %s", usd);
            }
            brief_place_year(c, py, sizeof py);
            brief_cite_claim(L, c, cite, sizeof cite);
            Buf mb;
            buf_init(&mb, 0);
            buf_printf(&mb, "%s \xC2\xB7 %s \xC2\xB7 %s \xC2\xB7 claim %zu",
                       brief_metric_label(L, c->metric, lab, sizeof lab), py, cite, ky->claim + 1);
            if (ky->ndocs > 1) {
                char lo[80], hi[80];
                phrase_amount(lo, sizeof lo, ky->lo, c->unit, PHRASE_AS_STATED);
                phrase_amount(hi, sizeof hi, ky->hi, c->unit, PHRASE_AS_STATED);
                /* one figure in words when they all say the same */
                if (!strcmp(lo, hi))
                    buf_printf(&mb, "\n%zu documents give this place and year: %s", ky->ndocs, lo);
                else
                    buf_printf(&mb, "\n%zu documents give this place and year: %s to %s", ky->ndocs, lo, hi);
            }
            if (ky->others)
                buf_printf(&mb, "\n%zu other figure%s for this place and year differ%s by more than 10%% "
                           "(other groups, dates or definitions)", ky->others, ky->others == 1 ? "" : "s",
                           ky->others == 1 ? "s" : "");
            if (ky->parts)
                buf_printf(&mb, "\n%zu other figure%s for this place and year %s of a part of the population "
                           "or an aim, not of the whole", ky->parts, ky->parts == 1 ? "" : "s",
                           ky->parts == 1 ? "is" : "are");
            /* The large figure shrinks until it fits the box. */
            double size = 24;
            while (size > 12 && textlayout_width(L->f, FONT_BOLD, size, num, strlen(num)) > bw - 2 * pad)
                size -= 1;
            textlayout_wrap(L->f, FONT_BOLD, size, num, strlen(num), bw - 2 * pad, &big[k]);
            textlayout_wrap(L->f, FONT_REGULAR, 10.5, hedged, strlen(hedged), bw - 2 * pad, &hedge[k]);
            textlayout_wrap(L->f, FONT_REGULAR, 8.5, mb.data, mb.len, bw - 2 * pad, &meta[k]);
            buf_free(&mb);
            double hk = pad + blay_block_h(&big[k]) + 4 + blay_block_h(&hedge[k]) + 4 +
                        blay_block_h(&meta[k]) + pad;
            if (hk > h)
                h = hk;
        }
        blay_ensure(L, h + gap);
        for (size_t k = 0; k < m; k++) {
            double x = L->left + (double)k * (bw + gap), y = L->y;
            blay_rect(L, x, y, bw, h, BL_BAND);
            blay_rect(L, x, y, 3, h, BL_ACCENT);
            y += pad;
            y += blay_block(L, &big[k], x + pad, y, BL_ACCENT, 0) + 4;
            y += blay_block(L, &hedge[k], x + pad, y, BL_INK, 0) + 4;
            blay_block(L, &meta[k], x + pad, y, BL_GREY, 1);
            blay_link(L, x, L->y, 3 + pad, h, LINK_CLAIM, key[i + k].claim, NULL);
            blay_link(L, x + pad, L->y, bw - 2 * pad, y - L->y, LINK_CLAIM, key[i + k].claim, NULL);
            textlayout_free(&big[k]);
            textlayout_free(&hedge[k]);
            textlayout_free(&meta[k]);
        }
        L->y += h + gap;
    }
    free(key);
    placed_free(cl, &pbuf);
}

/* Is f a disagreement of figures COMPARE_APART times apart or more
 * ("$8 trillion against $1.25 billion")? Such figures are more likely of
 * two things than two measures of one: the summary names them last. */
static int far_apart(const Finding *f)
{
    double a = f->value, o = f->other_value;
    if (f->kind != FK_AGREEMENT || !isfinite(a) || !isfinite(o) || a <= 0 || o <= 0)
        return 0;
    return (a > o ? a / o : o / a) >= COMPARE_APART;
}

void sec_summary(Lay *L, const Budget *b)
{
    const FindingList *fl = L->in->findings;
    sec_heading(L, SEC_SUMMARY, 120);
    /* The contradictions first: what a reader must know. */
    size_t shown = 0, total = 0, contra = 0;
    for (size_t i = 0; i < fl->n; i++) {
        total += fl->v[i].verdict == V_INCONSISTENT || fl->v[i].verdict == V_TENSION;
        contra += fl->v[i].verdict == V_INCONSISTENT;
    }
    /* a tension is not called a contradiction, even in a heading */
    blay_heading(L, 1, "", !contra && total ? "Tensions" : contra < total ? "Contradictions and tensions"
                                                                        : "Contradictions", 60, 0);
    char rf[40];
    sec_ref(SEC_FINDINGS, rf, sizeof rf);
    if (total == 0) {
        Buf t;
        buf_init(&t, 0);
        size_t checks = 0;
        for (size_t i = 0; i < fl->n; i++)
            checks += fl->v[i].verdict != V_INFO && fl->v[i].kind != FK_EXCLUDED;
        buf_printf(&t, "None: no figure contradicts another or its reference among the %zu "
                       "checks made (%s).", checks, rf);
        blay_para(L, t.data, FONT_REGULAR, 10.5, BL_INK, L->left, L->cw, 8, 1);
        buf_free(&t);
    }
    /* contradictions, then tensions between figures of one order, then
     * those between figures far apart */
    for (int pass = 0; pass < 3; pass++)
        for (size_t i = 0; i < fl->n && shown < b->contradictions; i++) {
            const Finding *f = &fl->v[i];
            if (f->verdict != (pass ? V_TENSION : V_INCONSISTENT) || !f->statement ||
                (pass && far_apart(f) != (pass == 2)))
                continue;
            TextBlock st;
            const char *word = pass ? "Tension" : "Inconsistent";
            Buf t;
            buf_init(&t, 0);
            buf_printf(&t, "%s \xE2\x80\x94 %s", word, f->statement);
            textlayout_wrap(L->f, FONT_REGULAR, 10.5, t.data, t.len, L->cw - 14, &st);
            buf_free(&t);
            blay_ensure(L, blay_block_h(&st) + 6);
            blay_rect(L, L->left, L->y + 3, 4, 4, pass ? (Rgba){0.72, 0.42, 0, 1} : (Rgba){0.75, 0.13, 0.13, 1});
            L->y += blay_block(L, &st, L->left + 14, L->y, BL_INK, 1) + 6;
            textlayout_free(&st);
            shown++;
        }
    if (total > shown) {
        char more[200];
        snprintf(more, sizeof more, "%zu more in %s.", total - shown, rf);
        blay_para(L, more, FONT_ITALIC, 9.5, BL_GREY, L->left + 14, L->cw - 14, 6, 0);
    }
    L->y += 6;
    key_figures(L);
}
