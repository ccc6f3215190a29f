/* bback.c — the brief's appendices: the claims table (bounded: every
 * claim the brief names, then the others while it has room; the whole
 * table is attached), the sources cited, and the method (see bsect.h). */
#include "bsect.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "phrase.h"
#include "utf8.h"

/* ---- Appendix A: claims ---- */

/* ORDER COLS: col_names, col_share */
enum { C_NUM, C_FIGURE, C_METRIC, C_PLACE, C_SOURCE, C_DOC, NCOLS };
static const char *const col_names[NCOLS] = {"#", "Figure", "Metric", "Place and year", "Body",
                                             "Document"};
/* Shares of the column width; the document takes the rest. */
static const double col_share[NCOLS] = {0.065, 0.20, 0.25, 0.19, 0.15, 0};

#define TSIZE 7.5

static void table_header(Lay *L, const double *cx, const double *cwid)
{
    double h = blay_lead(TSIZE) + 6;
    blay_rect(L, L->left, L->y, L->cw, h, BL_BAND);
    for (int c = 0; c < NCOLS; c++) {
        TextBlock b;
        textlayout_wrap(L->f, FONT_BOLD, TSIZE, col_names[c], strlen(col_names[c]), cwid[c], &b);
        blay_block(L, &b, cx[c], L->y + 3, BL_INK, 0);
        textlayout_free(&b);
    }
    L->y += h + 3;
}

/* One claim's row: its cells, then its sentence (whole, or its first
 * `sent_lines` lines); a row stays on one page. */
static void claim_row(Lay *L, size_t i, const double *cx, const double *cwid, int sent_lines)
{
    const Claim *c = &L->in->claims->v[i];
    char cell[NCOLS][640];
    snprintf(cell[C_NUM], sizeof cell[0], "%zu", i + 1);
    phrase_claim(cell[C_FIGURE], sizeof cell[0], c);
    /* a figure its document quotes only to refute it: kept for the record, said so */
    if (claim_refuted(c)) {
        size_t l = strlen(cell[C_FIGURE]);
        snprintf(cell[C_FIGURE] + l, sizeof cell[0] - l, " (refuted by its document)");
    }
    char lab[200];
    snprintf(cell[C_METRIC], sizeof cell[0], "%s",
             c->metric[0] ? brief_metric_label(L, c->metric, lab, sizeof lab) : "\xE2\x80\x94");
    brief_place_year(c, cell[C_PLACE], sizeof cell[0]);
    snprintf(cell[C_SOURCE], sizeof cell[0], "%s", c->source);
    char cite[300];
    brief_cite(L, c->doc, cite, sizeof cite);
    /* a paginated source is cited by page */
    char page[32] = "";
    if (c->page > 0)
        snprintf(page, sizeof page, ", p. %d", c->page);
    snprintf(cell[C_DOC], sizeof cell[0], "%s %s%s", cite, cite[0] == '[' ? c->doc : "", page);
    TextBlock b[NCOLS], sent;
    double top_h = 0;
    for (int k = 0; k < NCOLS; k++) {
        textlayout_wrap(L->f, k == C_FIGURE ? FONT_BOLD : FONT_REGULAR, TSIZE, cell[k],
                        strlen(cell[k]), cwid[k], &b[k]);
        if (blay_block_h(&b[k]) > top_h)
            top_h = blay_block_h(&b[k]);
    }
    Buf q;
    buf_init(&q, 0);
    buf_printf(&q, "\xE2\x80\x9C%s\xE2\x80\x9D", c->sentence ? c->sentence : "");
    if (c->origin != ORIGIN_SCAN)
        buf_printf(&q, "\n%s by the analyst (data/curation.csv)%s%s",
                   c->origin == ORIGIN_ADDED ? "Added" : "Corrected", c->note[0] ? ": " : "",
                   c->note);
    double sw = L->cw - (cx[C_FIGURE] - L->left) - 4;
    textlayout_wrap(L->f, FONT_ITALIC, TSIZE, q.data, q.len, sw, &sent);
    buf_free(&q);
    size_t nl = sent.nlines;
    if (c->origin != ORIGIN_SCAN && sent_lines > 0)
        sent_lines++;   /* the analyst's note stays, on its own line */
    if (sent_lines > 0 && nl > (size_t)sent_lines && c->origin == ORIGIN_SCAN) {
        /* the first lines, the last one cut with "…" */
        TextBlock cut;
        Buf t;
        buf_init(&t, 0);
        const TextLine *ln = &sent.lines[sent_lines - 1];
        size_t end = sent.runs[ln->run + ln->nrun - 1].off + sent.runs[ln->run + ln->nrun - 1].len;
        size_t start = sent.runs[sent.lines[0].run].off;
        while (end > start && sent.text[end - 1] == ' ')
            end--;
        /* make room for the ellipsis on the last line */
        while (end > start && (double)fonts_width(L->f, FONT_ITALIC, TSIZE, sent.text + sent.runs[ln->run].off,
                                                   end - sent.runs[ln->run].off) + 8 > sw)
            end--;
        end = utf8_cut(sent.text, sent.len, end);   /* never mid-character (start is a boundary) */
        buf_append(&t, sent.text + start, end - start);
        buf_puts(&t, "\xE2\x80\xA6");
        textlayout_wrap(L->f, FONT_ITALIC, TSIZE, t.data, t.len, sw, &cut);
        buf_free(&t);
        textlayout_free(&sent);
        sent = cut;
        nl = sent.nlines;
    }
    double lead = blay_lead(TSIZE);
    double row_h = top_h + 1.5 + (double)nl * lead + 7;
    double body = L->bottom - L->top - blay_lead(TSIZE) - 9;
    if (L->y + (row_h <= body ? row_h : top_h + lead + 5) > L->bottom) {
        blay_new_page(L);
        table_header(L, cx, cwid);
    }
    L->claim_page[i] = L->np - 1;
    L->claim_y[i] = L->y;
    for (int k = 0; k < NCOLS; k++)
        blay_block(L, &b[k], cx[k], L->y, k == C_FIGURE ? BL_ACCENT : BL_INK, k == C_DOC);
    L->y += top_h + 1.5;
    for (size_t ln = 0; ln < sent.nlines; ln++) {
        if (L->y + lead > L->bottom) {
            blay_new_page(L);
            table_header(L, cx, cwid);
        }
        blay_line(L, &sent, ln, cx[C_FIGURE], L->y, BL_GREY, 0);
        L->y += lead;
    }
    L->y += 3;
    blay_hline(L, L->left, L->y, L->cw, BL_RULE, 0.4);
    L->y += 4;
    for (int k = 0; k < NCOLS; k++)
        textlayout_free(&b[k]);
    textlayout_free(&sent);
}

void sec_claims(Lay *L, const Budget *bud)
{
    const ClaimList *cl = L->in->claims;
    sec_heading(L, SEC_CLAIMS, 120);
    size_t first_page = L->np - 1;
    /* What fits: about 9 rows a page with whole sentences, 24 with one
     * line of each. Every claim the brief names comes first, then the
     * others in document order. */
    size_t cap_full = bud->claim_pages * 9, cap = bud->claim_pages * 24;
    int sent_lines = cl->n <= cap_full ? 0 : 1;
    unsigned char *pick = xcalloc(cl->n + 1, 1);
    size_t npick = 0;
    for (size_t i = 0; i < cl->n && npick < cap; i++)
        if (L->claim_cited[i])
            pick[i] = 1, npick++;
    for (size_t i = 0; i < cl->n && npick < cap; i++)
        if (!pick[i])
            pick[i] = 1, npick++;
    char rb[40];
    sec_ref(SEC_SOURCES, rb, sizeof rb);
    Buf t;
    buf_init(&t, 0);
    if (npick == cl->n)
        buf_printf(&t, "Every numeric claim found in the corpus, in document order, with the "
                       "sentence it comes from.");
    else
        buf_printf(&t, "%zu of the %zu claims of the corpus, in document order: every claim this "
                       "brief refers to, then the first of the others. All %zu, with every "
                       "field, are in claims.csv, attached to this PDF (a reader\xE2\x80\x99s "
                       "attachments panel) and in data/claims.csv.",
                   npick, cl->n, cl->n);
    buf_printf(&t, " Figures are as the documents state them, hedge and currency included "
                   "(nothing is converted); \xE2\x80\x9Cmore than\xE2\x80\x9D is a lower bound, "
                   "\xE2\x80\x9Cless than\xE2\x80\x9D an upper bound, \xE2\x80\x9C"
                   "about\xE2\x80\x9D a band around the value. [n] is the document in %s.", rb);
    blay_para(L, t.data, FONT_REGULAR, 10, BL_GREY, L->left, L->cw, 10, 1);
    buf_free(&t);
    double cx[NCOLS], cwid[NCOLS], pad = 4, used = 0;
    for (int c = 0; c < NCOLS; c++) {
        cwid[c] = c == C_DOC ? L->cw - used : L->cw * col_share[c];
        cx[c] = L->left + used;
        used += cwid[c];
        cwid[c] -= pad;
    }
    blay_ensure(L, blay_lead(TSIZE) + 9 + 40);
    table_header(L, cx, cwid);
    size_t shown = 0;
    for (size_t i = 0; i < cl->n; i++) {
        if (!pick[i])
            continue;
        /* a hard bound: a row past the appendix's pages is not laid out */
        if (L->np - first_page > bud->claim_pages && L->y > L->top + 60)
            break;
        claim_row(L, i, cx, cwid, sent_lines);
        shown++;
    }
    if (shown < npick) {
        char more[300];
        snprintf(more, sizeof more, "The appendix ends here, at %zu claims; the other %zu are "
                 "in the attached claims.csv.", shown, cl->n - shown);
        blay_para(L, more, FONT_ITALIC, 9, BL_GREY, L->left, L->cw, 4, 0);
    }
    free(pick);
}

/* ---- Appendix B: sources ---- */

#define SOURCES_WHOLE 60

void sec_sources(Lay *L)
{
    const SourceList *sl = L->in->sources;
    sec_heading(L, SEC_SOURCES, 60);
    size_t n = sl ? sl->n : 0, cited = 0;
    for (size_t i = 0; i < n; i++)
        cited += L->cited[i];
    /* A bibliography of a few pages is given whole; a big one is cut to
     * the documents the brief cites. */
    if (n <= SOURCES_WHOLE)
        cited = n;
    Buf t;
    buf_init(&t, 0);
    if (cited == n)
        buf_printf(&t, "The documents of the corpus, as listed in data/corpus/sources.csv; [n] is "
                       "a document\xE2\x80\x99s row there, linked from where it is cited.");
    else
        buf_printf(&t, "The %zu documents this brief cites, of the %zu listed in "
                       "data/corpus/sources.csv; [n] is a document\xE2\x80\x99s row there.",
                   cited, n);
    blay_para(L, t.data, FONT_REGULAR, 10, BL_GREY, L->left, L->cw, 10, 0);
    buf_free(&t);
    /* a long list is set smaller and closer */
    double numw = 34, size = cited > SOURCES_WHOLE ? 8 : 9, gap = cited > SOURCES_WHOLE ? 3 : 6;
    for (size_t i = 0; i < n; i++) {
        if (!L->cited[i] && cited != n)
            continue;
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
        DocType type = DOC_TEXT;
        corpus_is_document_name(s->file, &type);
        buf_printf(&b, " File: %s (%s)", s->file, corpus_type_name(type));
        TextBlock tb, ub;
        textlayout_wrap(L->f, FONT_REGULAR, size, b.data, b.len, L->cw - numw, &tb);
        textlayout_wrap(L->f, FONT_REGULAR, size, s->url, strlen(s->url), L->cw - numw, &ub);
        blay_ensure(L, blay_block_h(&tb) + blay_block_h(&ub) + gap);
        L->src_page[i] = L->np - 1;
        L->src_y[i] = L->y;
        char num[32];
        snprintf(num, sizeof num, "[%zu]", i + 1);
        blay_text(L, L->left, L->y + size * 0.93, FONT_BOLD, size, BL_ACCENT, num, strlen(num));
        L->y += blay_block(L, &tb, L->left + numw, L->y, BL_INK, 0);
        if (ub.nlines) {
            /* the address, clickable */
            double h = blay_block(L, &ub, L->left + numw, L->y, BL_ACCENT, 0);
            blay_link(L, L->left + numw, L->y, ub.max_line, h, LINK_URI, 0, s->url);
            L->y += h;
        }
        L->y += gap;
        textlayout_free(&tb);
        textlayout_free(&ub);
        buf_free(&b);
    }
}

/* ---- Appendix C: method ---- */

void sec_method(Lay *L)
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
          "Values are brought to one unit per kind: money in the currency the document states "
          "(\xE2\x80\x9C$79 billion\xE2\x80\x9D is 79,000,000,000 USD, "
          "\xE2\x80\x9CRmb500m\xE2\x80\x9D 500,000,000 CNY; yearly amounts are USD/year), "
          "shares in percent, counts in the counted noun. Other currencies are kept as stated; a "
          "comparison converts them to US dollars only through a cited exchange rate for the "
          "claim\xE2\x80\x99s own year (data/reference.csv), and says so; a sum a later text restates, its year "
          "only its date or its paragraph\xE2\x80\x99s, is converted at the year an earlier statement of the same sum "
          "gives. The qualifier becomes bounds: \xE2\x80\x9Cmore than\xE2\x80\x9D and "
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
          "miss by more, inconsistent, unless the year of one side is only its document\xE2\x80\x99s "
          "date of publication (no text gave one): that disagreement is a tension, since the "
          "figures may be of different moments. Figures are combined only when comparable: one unit, "
          "one place and one year, both known unless the figures come from one document; a "
          "claim without a year is never held against a dated reference. Each relation gives "
          "one finding per place and year, on the best-supported figure of each side (the "
          "median where the documents agree, else the most recent), and names the others. "
          "Figures of one quantity from different documents are compared with each other "
          "(median, spread, outliers). Two figures of one year whose texts give different "
          "months (June and December 2023) are two moments, listed as a series and never "
          "held against each other; a yearly flow is one value a year whatever its month. "
          "A document without a year that repeats another\xE2\x80\x99s dated figures exactly "
          "(a page quoting a report) restates them: it is counted, not judged a second time. "
          "Figures about different items (data/metrics.csv) are "
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
    sec_heading(L, SEC_METHOD, 80);
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        blay_heading(L, 1, "", parts[i].head, 40, 0);
        blay_para(L, parts[i].body, FONT_REGULAR, 10, BL_INK, L->left, L->cw, 8, 0);
    }
}
