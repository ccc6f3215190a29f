/* extract.c — the driver: documents in, classified claims with stable ids
 * out (see extract.h). Holds one document and its claims at a time. */
#define _GNU_SOURCE   /* memrchr */
#include "extract.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#define XXH_STATIC_LINKING_ONLY   /* XXH64_state_t on the stack: no malloc per claim */
#include <xxhash.h>

#include "buf.h"
#include "corpus.h"
#include "fsio.h"
#include "hanfold.h"
#include "limits.h"
#include "classify.h"
#include "context.h"
#include "metrics.h"
#include "scan.h"
#include "sentence.h"
#include "sentwords.h"
#include "curation.h"
#include "lists.h"
#include "metcarry.h"
#include "spreadto.h"
#include "metfit.h"
#include "area.h"
#include "dollarhome.h"
#include "aspect.h"
#include "ratebase.h"
#include "refuted.h"
#include "dealtell.h"
#include "sources.h"
#include "textkind.h"
#include "textserial.h"
#include "utf8.h"
#include "zhsource.h"

void extract_claim_id(const char *doc_name, const char *sentence, const char *span, unsigned index,
                      char id[17])
{
    XXH64_state_t state, *st = &state;
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


/* ---- a text in traditional characters ----
 * It is read folded to simplified characters (hanfold.h), and so is its
 * bibliography: a publisher "政府統計處" is the body "政府统计处" the cues
 * know. A body the classifier names from the words themselves (a credit
 * metrics.csv does not know, "據澳門統計暨普查局統計") is given back as
 * they are written. */
typedef struct FoldedSource {
    Source src;            /* the bibliography as read (folded strings owned) */
    const Source *orig;    /* as written */
    char *own[3];          /* the folded title, authors, publisher, or NULL */
} FoldedSource;

/* Fold the title, authors and publisher of bib into fs when the text is
 * folded or when they are written in traditional characters themselves.
 * 1 when fs->src is to be read instead of bib. */
static int fold_source(const Source *bib, int text_folded, FoldedSource *fs)
{
    memset(fs, 0, sizeof *fs);
    if (!bib)
        return 0;
    fs->src = *bib;
    fs->orig = bib;
    char **cell[3] = {&fs->src.title, &fs->src.authors, &fs->src.publisher};
    const char *who = *bib->publisher ? bib->publisher : bib->authors;
    fs->src.traditional = hanfold_is_traditional(who, strlen(who));
    fs->src.text_traditional = text_folded;
    int any = 0;
    for (int i = 0; i < 3; i++) {
        size_t l = strlen(*cell[i]);
        if (!text_folded && !hanfold_is_traditional(*cell[i], l))
            continue;
        fs->own[i] = xmalloc(l + 1);
        memcpy(fs->own[i], *cell[i], l + 1);
        if (!hanfold_copy(fs->own[i], l, fs->own[i])) {
            free(fs->own[i]);
            fs->own[i] = NULL;
            continue;
        }
        *cell[i] = fs->own[i];
        any = 1;
    }
    return any;
}

static void fold_source_free(FoldedSource *fs)
{
    for (int i = 0; i < 3; i++)
        free(fs->own[i]);
}

/* ---- one document's run ----
 * The claims of one sentence are gathered before any is classified: the
 * sentence passes (lists.h) read them together. Then each is classified,
 * given its stable id, curated and sunk, in offset order, with the
 * analyst's added claims merged in. */
typedef struct Run {
    const ExtractOptions *o;
    const char *doc;             /* basename */
    const char *data;            /* the text as read: traditional folded (hanfold.h) */
    const char *orig;            /* the text as written: a claim's span and sentence */
    size_t n;
    const FoldedSource *fs;      /* a folded text's bibliography, or NULL */
    const Document *dm;          /* maps offsets to pages, or NULL */
    const Source *bib;           /* the document's bibliography row, or NULL */
    int want_cx;                 /* classify: read the context at the first claim */
    Context *cx;                 /* the context, once a sentence holds a claim */
    ClaimSink sink;
    void *ctx;
    size_t *nclaims;
    Diag *d;
    const Claim *added;
    size_t na, ai;
    ListClaim *v;                /* the sentence's claims */
    size_t nv, capv, ss, se;     /* ... and the sentence its rules read */
    size_t ts, te;               /* the sentence its claims show (wider in a run-on) */
    MetCarry mc;                 /* the share metric of the figure before */
    SentenceCursor sc;           /* the sentences found so far */
    const char *dollar;          /* the dollar the text declares (dollarhome.h) */
    int dollar_read;             /* ... read, at its first dollar figure */
    RefutedDoc rf;               /* its rating lines, at its first quoted figure */
    ZhNames zn;                  /* its bodies as it names them in Chinese (zhsource.h) */
    int rc;
} Run;

/* A body c's classification named in the words of a folded text or
 * bibliography (not an id of metrics.csv) as they are written there. */
static void unfold_source(const Run *r, Claim *c)
{
    const Metrics *m = r->o ? r->o->metrics : NULL;
    if ((unsigned char)c->source[0] < 0x80 || (m && metrics_known_source(m, c->source)))
        return;
    if (r->data != r->orig && hanfold_restore(r->data, r->orig, r->n, c->source))
        return;
    if (!r->fs)
        return;
    const char *as_read[3] = {r->fs->src.title, r->fs->src.authors, r->fs->src.publisher};
    const char *as_written[3] = {r->fs->orig->title, r->fs->orig->authors, r->fs->orig->publisher};
    for (int i = 0; i < 3; i++)
        if (r->fs->own[i] && hanfold_restore(as_read[i], as_written[i], strlen(as_read[i]), c->source))
            return;
}

/* Is the claim p[at, end) in Chinese text: a Han character among the few
 * bytes before it, back to its sentence's start ss, or in it ("2.38万亿元"
 * alone on its line), or a table row's label in Han on its line before it
 * ("光缆    万芯千米    2876.4    -3.2    27315.8")? */
static int han_before(const char *p, size_t ss, size_t at, size_t end)
{
    for (size_t i = at, k = 0; i > ss && k < 12; i--, k++)
        if ((unsigned char)p[i - 1] >= 0xE3)
            return 1;
    /* (the line's start by memrchr, then its bytes past ASCII only) */
    const char *nl = at > ss ? memrchr(p + ss, '\n', at - ss) : NULL;
    for (size_t i = nl ? (size_t)(nl - p) + 1 : ss; (i = utf8_ascii_end(p, at, i)) < at; i++)
        if ((unsigned char)p[i] >= 0xE4 && (unsigned char)p[i] <= 0xE9)
            return 1;
    for (size_t i = at; i < end; i++)
        if ((unsigned char)p[i] >= 0xE3)
            return 1;
    return 0;
}

static void run_sink(Run *r, const Claim *c)
{
    if (!r->rc && (r->rc = r->sink(c, r->ctx)) == 0 && r->nclaims)
        (*r->nclaims)++;
}

/* An analyst's added claim, its place split as the scanner's are. */
static void run_sink_added(Run *r, const Claim *a)
{
    const Metrics *m = r->o ? r->o->metrics : NULL;
    if (!m) {
        run_sink(r, a);
        return;
    }
    Claim c = *a;   /* (shallow: only its fixed fields change) */
    area_settle(m, &c);
    run_sink(r, &c);
}

/* Resolve, id, curate and sink the gathered claims of one sentence. The
 * document's context (context.h: its title, opening, notes, speakers) is
 * read when its first sentence holding a claim is flushed: a document
 * with no claim, a third of the bundled corpus, never pays for it. */
static void run_flush(Run *r)
{
    if (!r->nv)
        return;
    if (r->want_cx && !r->cx)
        r->cx = context_new(r->o->metrics, r->bib, r->data, r->n);
    const Metrics *m = r->o ? r->o->metrics : NULL;
    /* the paragraph's noun, for claims that name none ("Of these, 12") */
    int bare = 0;
    for (size_t i = 0; i < r->nv && !bare; i++)
        bare = !r->v[i].c.unit[0];
    const char *topic = r->cx && bare ? context_noun(r->cx, r->v[0].c.start, r->ss, r->se) : "";
    /* (the sentence's words, read once for the rules that ask for a
     * listed phrase: sentwords.h) */
    sw_begin(r->data, r->ss, r->se);
    lists_units(r->data, r->n, r->ss, r->se, r->v, r->nv, topic);
    SentenceFacts sf;
    sf.known = sf.holds = 0;
    for (size_t i = 0; i < r->nv; i++) {
        ListClaim *x = &r->v[i];
        /* (a rate's base, a code's legend: no amount, ratebase.h) */
        if (x->keep && ratebase_not_amount(r->data, r->ss, r->se, &x->c))
            x->keep = 0;
        if (!x->keep || !r->cx)
            continue;
        MetricsFence f[16];
        size_t nf = lists_fences(r->v, r->nv, i, f, 16);
        int own[3];
        classify_claim(m, r->cx, &sf, &x->c, &x->q, r->data, r->n, r->ss, r->se, f, nf, own);
        int cell = x->q.head_e > x->q.head_s || x->q.cap_e > x->q.cap_s || x->q.label_e > x->q.label_s;
        if (metcarry_claim(&r->mc, m, &x->c, r->data, r->n, r->ss, r->se, cell) &&
            !metfit_check(m, &x->c, r->data, r->n, r->ss, r->se, cell ? METFIT_CELL : 0)) {
            classify_said(&x->c, "metric", "the figure before");
            aspect_mark(m, &x->c, r->data, r->ss, r->se);
        }
        /* the countries a sum of DSR money is spread over ("$79 billion
         * across 80 countries"; spreadto.h) */
        for (size_t j = i; j-- > 0 && !x->c.metric[0];)
            if (r->v[j].keep) {
                if (spreadto_countries(&x->c, &r->v[j].c, r->data, r->ss, r->se) &&
                    metfit_check(m, &x->c, r->data, r->n, r->ss, r->se, 0) == 0)
                    classify_said(&x->c, "metric", "the sum spread over them");
                break;
            }
        /* a figure compared with another is of the other's metric ("up
         * from seven at the first forum") */
        if (x->compared_with && (size_t)x->compared_with <= i && !han_before(r->data, r->ss, x->c.start, x->c.end) &&
            metfit_compared(m, &x->c, &r->v[x->compared_with - 1].c) && x->c.metric[0])
            aspect_mark(m, &x->c, r->data, r->ss, r->se);
        /* the paragraph learns from each claim, the next of the sentence
         * too; not the place and year of a figure it is compared with
         * ("compared with 96 percent in neighbouring Vietnam"), nor the
         * place of the ends of a span unless both have it ("from US$48 in
         * Ethiopia to US$612 in Malaysia"; "In Ghana, ... fell from twelve
         * days to five") */
        int learn_scope = own[0] && !x->comparison;
        if (x->span_with)
            learn_scope = learn_scope && (size_t)x->span_with - 1 < i &&
                          !strcmp(r->v[x->span_with - 1].c.scope, x->c.scope);
        /* the items of a list in several places ("19 victims in India and
         * 11 in China") leave the paragraph no place */
        for (size_t j = 0; j < i && learn_scope && x->chained; j++)
            if (r->v[j].keep && r->v[j].chained && r->v[j].c.scope[0] && strcmp(r->v[j].c.scope, x->c.scope))
                learn_scope = -1;
        context_learn(r->cx, &x->c, learn_scope, own[1] && !x->comparison, own[2], r->se);
        /* (the context keeps the name as read, for the claims after) */
        if (r->data != r->orig || r->fs)
            unfold_source(r, &x->c);
        /* (a body a Chinese sentence or document credits, by its Chinese
         * names too, as the document writes them: after the context
         * learnt its id) */
        if (m && (han_before(r->data, r->ss, x->c.start, x->c.end) || zhnames_chinese(&r->zn)))
            zhsource_written(&r->zn, m, x->c.source, sizeof x->c.source);
    }
    if (r->cx) {
        lists_places(m, r->data, r->n, r->ss, r->se, r->v, r->nv);
        /* "..., according to regulators Anatel, Subtel and Osiptel"
         * (dealtell.h) */
        dealtell_sources(r->data, r->ss, r->se, r->v, r->nv);
    }
    sw_end();
    char *sent = NULL;   /* made for the first claim kept */
    size_t sent_len = 0;
    for (size_t i = 0; i < r->nv; i++) {
        ListClaim *x = &r->v[i];
        Claim *c = &x->c;
        if (!x->keep || r->rc)
            continue;
        if (!sent) {
            sent = sentence_text(r->orig, r->ts, r->te);
            sent_len = strlen(sent);
        }
        if (x->unit_from)
            classify_said(c, "unit", x->unit_from);
        /* the occurrence of this span's text among the sentence's claims */
        unsigned idx = 0;
        for (size_t j = 0; j < i; j++)
            idx += r->v[j].keep && !strcmp(r->v[j].c.text, c->text);
        c->sentence = xmalloc(sent_len + 1);
        memcpy(c->sentence, sent, sent_len + 1);
        extract_claim_id(r->doc, c->sentence, c->text, idx, c->id);
        /* "$" in a text that declares its amounts in Canadian dollars */
        if (!strncmp(c->unit, "USD", 3)) {
            if (!r->dollar_read)
                r->dollar = dollarhome_read(r->data, r->n), r->dollar_read = 1;
            if (dollarhome_apply(c, r->dollar))
                classify_said(c, "unit", "the dollar the document declares");
        }
        /* a figure quoted only to be refuted ("A viral post claims USD 250
         * billion. This is false"): marked, for compare to leave out */
        refuted_mark(&r->rf, c, r->data, r->orig, r->n, r->ss, r->se);
        /* (the place split into country and area last: the passes above
         * read the place as the classifier found it) */
        if (m)
            area_settle(m, c);
        int keep = 1;
        if (r->o && r->o->curation && (keep = curation_apply(r->o->curation, c, r->d)) < 0)
            r->rc = keep;
        if (m && keep > 0 && c->origin == ORIGIN_CORRECTED)
            area_settle(m, c);
        while (!r->rc && r->ai < r->na && cmp_claim(&r->added[r->ai], c) < 0)
            run_sink_added(r, &r->added[r->ai++]);
        if (keep)
            run_sink(r, c);
    }
    free(sent);
    for (size_t i = 0; i < r->nv; i++)
        claim_fini(&r->v[i].c);
    r->nv = 0;
}

/* Gather the claim scanned as q into its sentence's group. */
static void run_add(Run *r, const ScanQuantity *q)
{
    size_t ss, se;
    sentence_next(&r->sc, r->data, r->n, q->start, q->end, &ss, &se);
    if (r->nv && (ss != r->ts || se != r->te || r->nv == 64))
        run_flush(r);
    r->ts = ss;
    r->te = se;
    /* (a run-on's rules read CB_MAX_RUNON_REACH bytes either side of the
     * claim: sentence.h) */
    sentence_narrow(r->n, q->start, q->end, CB_MAX_RUNON_REACH, &ss, &se);
    r->ss = ss;
    r->se = se;
    if (r->nv == r->capv) {
        r->capv = r->capv ? 2 * r->capv : 16;
        r->v = xrealloc(r->v, r->capv * sizeof *r->v);
    }
    ListClaim *x = &r->v[r->nv++];
    memset(x, 0, sizeof *x);
    Claim *c = &x->c;
    claim_init(c);
    x->q = *q;
    strcut(c->doc, sizeof c->doc, r->doc);
    c->start = q->start;
    c->end = q->end;
    c->page = r->dm ? document_page_at(r->dm, q->start) : 0;
    c->text = sentence_clean(r->orig, q->start, q->end, 0, 0);
    c->value = q->value;
    c->low = q->low;
    c->high = q->high;
    c->qual = q->qual;
    strcut(c->unit, sizeof c->unit, q->unit);
}

/* What a PDF or a web page says of itself (its title, date, publisher,
 * authors) fills the gaps its bibliography row leaves, or stands for a
 * missing row: *own borrows the strings of bib and dm. */
static const Source *with_own_words(const Source *bib, const Document *dm, const char *doc, Source *own)
{
    const char *said[4] = {dm->title, dm->authors, dm->publisher, dm->date};
    int any = 0;
    for (int i = 0; i < 4; i++)
        any |= said[i] && said[i][0];
    if (!any)
        return bib;
    *own = bib ? *bib : (Source){.file = (char *)doc, .title = "", .authors = "", .publisher = "",
                                 .date = "", .url = ""};
    char **cell[4] = {&own->title, &own->authors, &own->publisher, &own->date};
    for (int i = 0; i < 4; i++)
        if (!(*cell[i])[0] && said[i] && said[i][0])
            *cell[i] = (char *)said[i];
    return own;
}

/* Extract the text data[0..n) named name; dm (may be NULL) maps its
 * offsets to pages; tk (may be NULL: read here) tells what it is. */
static int extract_text(const ExtractOptions *o, const char *name, const char *data, size_t n,
                        const Document *dm, const TextKind *tk, ClaimSink sink, void *ctx, size_t *nclaims,
                        Diag *d)
{
    textserial_next();   /* (a new text: memos keyed by its address start afresh) */
    if (nclaims)
        *nclaims = 0;
    TextKind kind;
    if (!tk) {
        textkind_read(data, n, &kind);
        tk = &kind;
    }
    if (tk->binary)
        return diag_set(d, CB_EINPUT, name, 0, "not a text document");
    /* a text in traditional characters is read folded (same length: every
     * offset is the original's); its claims' spans and sentences are cut
     * from the original. (One with no CJK character, most English ones,
     * is not looked at again for one.) */
    char *folded = tk->cjk ? hanfold_text(data, n) : NULL;
    const char *read = folded ? folded : data;
    /* a claim takes at least two bytes: only big documents can pass the limit */
    if (n / 2 > CB_MAX_CLAIMS_PER_DOC && count_claims(read, n, CB_MAX_CLAIMS_PER_DOC) > CB_MAX_CLAIMS_PER_DOC) {
        free(folded);
        return diag_set(d, CB_EINPUT, name, 0, "more than %d claims in one document", CB_MAX_CLAIMS_PER_DOC);
    }
    Run r = {.o = o, .doc = base_name(name), .data = read, .orig = data, .n = n, .dm = dm, .sink = sink,
             .ctx = ctx, .nclaims = nclaims, .d = d};
    /* the analyst's added claims are merged in offset order as rows stream out */
    if (o && o->curation) {
        int rc0 = curation_begin_doc(o->curation, r.doc, data, n, &r.added, &r.na, d);
        if (rc0 < 0) {
            free(folded);
            return rc0;
        }
    }
    const Source *bib = o && o->sources && !o->no_sources ? sources_find(o->sources, r.doc) : NULL;
    Source own;
    if (dm && (!o || !o->no_sources))
        bib = with_own_words(bib, dm, r.doc, &own);
    FoldedSource fs;
    if (fold_source(bib, folded != NULL, &fs)) {
        bib = &fs.src;
        r.fs = &fs;
    }
    r.bib = bib;
    zhnames_init(&r.zn, read, data, n, tk->cjk);
    r.want_cx = o && o->metrics;
    Scanner sc;
    ScanQuantity q;
    scan_init(&sc, read, n);
    scan_want_weak(&sc);
    while (!r.rc && scan_next(&sc, &q))
        run_add(&r, &q);
    run_flush(&r);
    while (!r.rc && r.ai < r.na)
        run_sink_added(&r, &r.added[r.ai++]);
    for (size_t i = 0; i < r.nv; i++)
        claim_fini(&r.v[i].c);
    free(r.v);
    refuted_fini(&r.rf);
    context_free(r.cx);
    fold_source_free(&fs);
    free(folded);
    if (!r.rc && o && o->curation)
        curation_mark_seen_doc(o->curation, r.doc);
    return r.rc;
}

int extract_document(const ExtractOptions *o, const char *name, const char *data, size_t n,
                     ClaimSink sink, void *ctx, size_t *nclaims, Diag *d)
{
    return extract_text(o, name, data, n, NULL, NULL, sink, ctx, nclaims, d);
}

int extract_doc(const ExtractOptions *o, const Document *doc, ClaimSink sink, void *ctx,
                size_t *nclaims, Diag *d)
{
    return extract_text(o, doc->path, doc->text.data, doc->text.len, doc, NULL, sink, ctx, nclaims, d);
}

static void report(const ExtractOptions *o, const Diag *d, int warning)
{
    if (o && o->report)
        o->report(d, warning, o->report_ctx);
}

/* Report what was read wrong but read (invalid UTF-8 in text, a PDF's
 * pages without a text layer), hand a converted text to on_text, and
 * extract. */
static int extract_read(const ExtractOptions *o, Document *doc, ClaimSink sink, void *ctx, Diag *d)
{
    const Buf *b = &doc->text;
    TextKind tk;
    textkind_read(b->data, b->len, &tk);
    if (doc->type == DOC_TEXT && tk.bad && !tk.binary) {
        Diag w;
        diag_set(&w, CB_OK, doc->path, 0, "invalid UTF-8 at byte %zu (%zu invalid sequence%s; the rest was read)",
                 tk.first_bad, tk.bad, tk.bad == 1 ? "" : "s");
        report(o, &w, 1);
    }
    for (size_t i = 0; i < doc->nwarnings; i++) {
        Diag w;
        if (doc->warnings[i].page)
            diag_set(&w, CB_OK, doc->path, 0, "page %d: %s", doc->warnings[i].page, doc->warnings[i].msg);
        else
            diag_set(&w, CB_OK, doc->path, 0, "%s", doc->warnings[i].msg);
        report(o, &w, 1);
    }
    int rc = 0;
    if (doc->type != DOC_TEXT && o && o->on_text)
        rc = o->on_text(doc, o->text_ctx);
    if (!rc)
        rc = extract_text(o, doc->path, b->data, b->len, doc, &tk, sink, ctx, NULL, d);
    if (rc == CB_EINPUT)
        report(o, d, 0);
    return rc;
}

/* Read, check and extract one document file (a file the user named may
 * be a pipe: "extract <(curl ...)"; a folder's documents may not). */
static int extract_file(const ExtractOptions *o, const char *path, int named, ClaimSink sink,
                        void *ctx, int *bad)
{
    Diag d;
    diag_clear(&d);
    Document doc;
    if ((named ? corpus_read_named(path, &doc, &d) : corpus_read(path, &doc, &d))) {
        document_free(&doc);
        report(o, &d, 0);
        *bad = 1;
        return 0;
    }
    int rc = extract_read(o, &doc, sink, ctx, &d);
    document_free(&doc);
    if (rc == CB_EINPUT) {
        *bad = 1;
        return 0;
    }
    return rc;
}

/* The bibliography beside the documents of a folder, kept while files of
 * the same folder follow each other. */
typedef struct Beside {
    char dir[4096];
    int looked;   /* dir was looked at */
    SourceList list;
    int loaded;   /* list holds dir's sources.csv */
} Beside;

static void beside_load(Beside *b, const ExtractOptions *o, const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dl = slash ? (size_t)(slash - path) : 0;
    char dir[sizeof b->dir];
    if (dl >= sizeof dir)
        dl = 0;
    memcpy(dir, path, dl);
    dir[dl] = '\0';
    if (b->looked && !strcmp(dir, b->dir))
        return;
    if (b->loaded)
        sources_free(&b->list);
    b->loaded = 0;
    b->looked = 1;
    memcpy(b->dir, dir, dl + 1);
    char csv[4200];
    snprintf(csv, sizeof csv, "%s%ssources.csv", dir, dl ? "/" : "");
    struct stat st;
    if (stat(csv, &st) || !S_ISREG(st.st_mode))
        return;
    Diag d;
    diag_clear(&d);
    if (sources_load(csv, &b->list, &d)) {
        sources_free(&b->list);
        report(o, &d, 1);
        return;
    }
    b->loaded = 1;
}

/* Extract one file with the bibliography of its folder (named: a file
 * the user named, see extract_file). */
static int extract_beside(const ExtractOptions *o, Beside *b, const char *path, int named,
                          ClaimSink sink, void *ctx, int *bad)
{
    if (o && (o->sources || o->no_sources))
        return extract_file(o, path, named, sink, ctx, bad);
    beside_load(b, o, path);
    ExtractOptions local = o ? *o : (ExtractOptions){0};
    local.sources = b->loaded ? &b->list : NULL;
    return extract_file(&local, path, named, sink, ctx, bad);
}

int extract_bytes(const ExtractOptions *o, const char *name, Buf *bytes, ClaimSink sink, void *ctx, Diag *d)
{
    DocType t = DOC_TEXT;
    corpus_is_document_name(name, &t);
    Document doc;
    int rc = corpus_read_mem(name, t, bytes, &doc, d);
    if (rc)
        report(o, d, 0);
    else
        rc = extract_read(o, &doc, sink, ctx, d);
    document_free(&doc);
    return rc;
}

int extract_paths(const ExtractOptions *o, char *const *paths, size_t npaths, ClaimSink sink,
                  void *ctx, Diag *d)
{
    int bad = 0, rc = 0;
    Beside beside = {0};
    /* one reader process for the PDFs, one for the web pages, not one a
     * document: forking costs more than reading a small page */
    corpus_batch_begin();
    for (size_t i = 0; !rc && i < npaths; i++) {
        struct stat st;
        if (!stat(paths[i], &st) && S_ISDIR(st.st_mode)) {
            /* a folder: its documents, by the corpus' one rule (a link
             * leading outside it is refused, and counts as bad) */
            Corpus cp;
            Diag e;
            diag_clear(&e);
            CorpusOptions co = {o ? o->follow_links : 0, o ? o->report : NULL,
                                o ? o->report_ctx : NULL};
            if (corpus_list_with(paths[i], &co, &cp, &e) == 0 && cp.n == 0 && !cp.refused)
                diag_set(&e, CB_EINPUT, paths[i], 0,
                         "no documents in this folder (documents are .txt, .pdf, .html and .htm files)");
            bad |= cp.refused > 0;
            if (e.code) {
                corpus_free(&cp);
                report(o, &e, 0);
                bad = 1;
                continue;
            }
            for (size_t k = 0; k < cp.n && !rc; k++)
                rc = extract_beside(o, &beside, cp.v[k].path, 0, sink, ctx, &bad);
            corpus_free(&cp);
        } else {
            rc = extract_beside(o, &beside, paths[i], 1, sink, ctx, &bad);
        }
    }
    corpus_batch_end();
    if (beside.loaded)
        sources_free(&beside.list);
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
        curation_report_unused(cu, NULL, NULL);
}

void extract_curation_free(Curation *cu)
{
    if (cu)
        curation_free(cu);
}
