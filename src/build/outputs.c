/* outputs.c — the build's last step: the charts and the brief (see build.h).
 *
 * Which charts there are depends on the data, so the list of chart parts
 * at slide size is itself an output (reports/.build/charts), remade only
 * when what the plan reads changed: a no-op build reads that short list,
 * never the claims. Each part has four nodes (NAME.csv + NAME.txt, .png,
 * .svg, .pdf). Stale nodes get their part's key (what it shows: its CSV,
 * alt text and SVG); a node whose key is unchanged and whose files are
 * intact is only recorded ("early cutoff"). The rest render on --jobs
 * threads (one scene per part, painted in every stale format; the brief
 * among them) and each is written to its temporary, as soon as it is
 * rendered, on a thread of its own. The files of the step are one batch
 * (fsio.h): one sync for them all, then the renames, then the record,
 * which takes each file's hash from the bytes written. Files of parts
 * the corpus no longer calls for are removed.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "brief.h"
#include "buildctx.h"
#include "chartlist.h"
#include "fsio.h"
#include "ownpath.h"
#include "limits.h"
#include "project.h"

/* Threads for writing temporaries beside the rendering. No write waits
 * for the disk (the batch syncs once, at the end), and new files in one
 * folder take its lock in turn: more would only wait. */
#define BUILD_IO_THREADS 2

/* ORDER: the node of a part: its data (NAME.csv and NAME.txt), then one
 * per ChartFormat. */
enum { N_DATA, N_PNG, N_SVG, N_PDF, NNODES };
static const char *const node_ext[NNODES] = {"data", "png", "svg", "pdf"};

/* One part of one chart at slide size, and what the build does with it. */
typedef struct Part {
    char stem[CHARTLIST_STEM];
    size_t chart, k;          /* in the plan, once it is made */
    BNode node[NNODES];
    int stale[NNODES];
    char why[NNODES][1100];
    int need;                 /* some node is stale: compute the key */
    int have;                 /* csv, alt, svg and key are set */
    uint64_t key;
    Buf csv, alt, svg;
    Scene scene;              /* laid out for the key, painted again by RENDER */
    int has_scene;
    Buf out[NNODES];          /* rendered PNG and PDF */
    /* ORDER: csv, txt, png, svg, pdf: what was written of each (hash, bytes) */
    uint64_t made_h[NNODES + 1];
    size_t made_n[NNODES + 1];
    int rc;
    Diag d;
    double ms;   /* CPU time of its jobs */
} Part;

typedef struct Brief {
    int stale;
    BNode node;
    char why[1100];
    BriefInputs in;
    Buf out;
    uint64_t made_h;
    size_t made_n;
    int rc;
    Diag d;
    double ms;
} Brief;

/* Work handed to the threads: phase KEYS computes the keys of the
 * needed parts, RENDER renders stale parts (and the brief, item 0 when
 * stale), WRITE writes them, each item as soon as it is rendered. */
typedef enum Phase { KEYS, RENDER, WRITE } Phase;

typedef struct Pool {
    Ctx *c;
    FsioBatch *batch;   /* every file RENDER and WRITE make */
    Part *parts;
    size_t nparts;
    Brief *brief;
    Phase phase;
    size_t next, total;
    ChartSize size;
    pthread_mutex_t mu;
    /* RENDER and WRITE together: the next item to write, which items
     * are rendered (signalled on cv) */
    size_t wnext;
    unsigned char *ready;
    pthread_cond_t cv;
} Pool;


static void part_path(const Part *pt, const char *ext, char *out, size_t cap)
{
    snprintf(out, cap, CHARTS_DIR "/%s.%s", pt->stem, ext);
}

/* The key of what a part shows: its numbers (NAME.csv), its alt text
 * (NAME.txt) and the picture itself, as SVG at slide size (a full,
 * deterministic description of everything drawn). Fonts and the
 * program's version are inputs of every node besides, so the PNG and PDF
 * painters are covered too. The SVG made here is the one written. */
static int part_key(Ctx *c, Part *pt, const ChartSize *sz, Diag *d)
{
    if (pt->have)
        return 0;
    double w = sz->width_pt, h = sz->height_pt;
    int rc = chart_data_csv(c->plan, pt->chart, pt->k, w, h, &pt->csv, d);
    if (rc == 0)
        rc = chart_alt_text(c->plan, pt->chart, pt->k, w, h, &pt->alt, d);
    /* one layout for every format: the scene stays for PNG and PDF */
    if (rc == 0) {
        rc = chart_build(c->plan, pt->chart, pt->k, w, h, 0, &pt->scene, d);
        pt->has_scene = 1;
    }
    if (rc == 0)
        rc = chart_paint(&pt->scene, c->in.fonts, CHART_SVG, sz->px_per_pt, &pt->svg, d);
    if (rc < 0)
        return rc;
    uint64_t hs[3] = {bstate_hash(pt->csv.data, pt->csv.len), bstate_hash(pt->alt.data, pt->alt.len),
                      bstate_hash(pt->svg.data, pt->svg.len)};
    pt->key = bstate_hash(hs, sizeof hs) | 1;   /* never 0: 0 means "no key" */
    pt->have = 1;
    return 0;
}

/* PNG and PDF of a part from the scene its key was made from. */
static int part_render(Ctx *c, Part *pt, const ChartSize *sz)
{
    int rc = 0;
    for (int n = N_PNG; n < NNODES && rc == 0; n++)
        if (pt->stale[n] && n != N_SVG)
            rc = chart_paint(&pt->scene, c->in.fonts, (ChartFormat)(n - N_PNG), sz->px_per_pt,
                             &pt->out[n], &pt->d);
    scene_free(&pt->scene);
    pt->has_scene = 0;
    return rc;
}

/* A part's files, k = 0..NNODES: NAME.csv and NAME.txt (the data
 * node's), then NAME.png, .svg and .pdf (node k - 1). */
static int file_node(int k)
{
    return k <= 1 ? N_DATA : k - 1;
}

/* File k's path, and its bytes into *b when b is not NULL. */
static void part_file(Part *pt, int k, char *path, size_t cap, const Buf **b)
{
    static const char *const ext[NNODES + 1] = {"csv", "txt", "png", "svg", "pdf"};
    part_path(pt, ext[k], path, cap);
    if (b)
        *b = k == 0 ? &pt->csv : k == 1 ? &pt->alt : k == N_SVG + 1 ? &pt->svg : &pt->out[k - 1];
}

/* Write the stale nodes' files into the batch, each with its hash and
 * size (for the record, which then need not read them back), and free
 * the bytes: memory goes back to the parts still rendering rather than
 * 40 MB of fresh pages being touched at 1,500 documents. */
static int part_write(Pool *p, Part *pt)
{
    int rc = 0;
    for (int k = 0; k <= NNODES && rc == 0; k++) {
        if (!pt->stale[file_node(k)])
            continue;
        char path[600];
        const Buf *b;
        part_file(pt, k, path, sizeof path, &b);
        rc = fsio_batch_write(p->batch, path, b->data ? b->data : "", b->len, &pt->d);
        pt->made_h[k] = bstate_hash(b->data ? b->data : "", b->len);
        pt->made_n[k] = b->len;
    }
    for (int n = 0; n < NNODES; n++)
        buf_free(&pt->out[n]);
    buf_free(&pt->csv);
    buf_free(&pt->alt);
    buf_free(&pt->svg);
    return rc;
}

static int render_brief(Ctx *c, Brief *b)
{
    BriefInputs *in = &b->in;
    in->claims = &c->in.claims;
    in->findings = &c->in.findings;
    in->sources = &c->in.sources;
    in->fonts = c->in.fonts;
    in->plan = c->plan;
    in->metric_label = inputs_metric_label;
    in->label_ctx = c->in.metrics;
    in->metrics = c->in.metrics;
    in->references = &c->in.references;
    return brief_render(in, &b->out, &b->d);
}

/* CPU time of the calling thread, ms: what a job cost, whatever else
 * the machine was doing. (Not getrusage's RUSAGE_THREAD: it leaves out
 * the time since the thread was last descheduled, most of a short job.) */
static double thread_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void run_item(Pool *p, Phase phase, size_t i)
{
    double t0 = thread_ms();
    if (p->brief && i == 0) {
        Brief *b = p->brief;
        if (phase == RENDER)
            b->rc = render_brief(p->c, b);
        else if (phase == WRITE && b->rc == 0) {
            b->rc = fsio_batch_write(p->batch, BRIEF_PATH, b->out.data, b->out.len, &b->d);
            b->made_h = bstate_hash(b->out.data, b->out.len);
            b->made_n = b->out.len;
            buf_free(&b->out);
        }
        b->ms += thread_ms() - t0;
        return;
    }
    Part *pt = &p->parts[i - (p->brief ? 1 : 0)];
    if (phase == KEYS)
        pt->rc = pt->need ? part_key(p->c, pt, &p->size, &pt->d) : 0;
    else if (phase == RENDER && pt->need && pt->rc == 0 && (pt->stale[N_PNG] || pt->stale[N_PDF]))
        pt->rc = part_render(p->c, pt, &p->size);
    else if (phase == WRITE && pt->need && pt->rc == 0)
        pt->rc = part_write(p, pt);
    pt->ms += thread_ms() - t0;
}

static void *worker(void *arg)
{
    Pool *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        size_t i = p->next < p->total ? p->next++ : p->total;
        pthread_mutex_unlock(&p->mu);
        if (i >= p->total)
            return NULL;
        run_item(p, p->phase, i);
        if (p->ready) {
            pthread_mutex_lock(&p->mu);
            p->ready[i] = 1;
            pthread_cond_broadcast(&p->cv);
            pthread_mutex_unlock(&p->mu);
        }
    }
}

/* WRITE beside RENDER: items in order, each once it is rendered. */
static void *writer(void *arg)
{
    Pool *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        if (p->wnext >= p->total) {
            pthread_mutex_unlock(&p->mu);
            return NULL;
        }
        size_t i = p->wnext++;
        while (!p->ready[i])
            pthread_cond_wait(&p->cv, &p->mu);
        pthread_mutex_unlock(&p->mu);
        run_item(p, WRITE, i);
    }
}

/* Run the phase over every item on nt threads (the caller is one). The
 * brief, when stale, is item 0 of RENDER and WRITE: the longest job
 * starts first. */
static void pool_run(Pool *p, Phase ph, Brief *brief, size_t nt)
{
    p->phase = ph;
    p->brief = brief;
    p->next = 0;
    p->total = p->nparts + (brief ? 1 : 0);
    if (nt > p->total)
        nt = p->total;
    pthread_t *t = xcalloc(nt + 1, sizeof *t);
    size_t started = 0;
    for (size_t i = 1; i < nt; i++) {
        if (pthread_create(&t[i], NULL, worker, p) != 0)
            break;
        started = i;
    }
    worker(p);
    for (size_t i = 1; i <= started; i++)
        pthread_join(t[i], NULL);
    free(t);
}

/* RENDER on nt threads (the caller is one) with WRITE on nio more that
 * write each item as soon as it is rendered: writing overlaps the
 * rendering instead of following it. */
static void pool_render_write(Pool *p, Brief *brief, size_t nt, size_t nio)
{
    size_t total = p->nparts + (brief ? 1 : 0);
    p->ready = xcalloc(total + 1, 1);
    p->wnext = 0;
    pthread_cond_init(&p->cv, NULL);
    p->brief = brief;   /* as pool_run sets them, before a writer looks */
    p->total = total;
    pthread_t *w = xcalloc(nio + 1, sizeof *w);
    size_t nw = 0;
    while (nw < nio && pthread_create(&w[nw], NULL, writer, p) == 0)
        nw++;
    pool_run(p, RENDER, brief, nt);
    if (nw == 0)   /* no thread to spare: write now */
        writer(p);
    for (size_t i = 0; i < nw; i++)
        pthread_join(w[i], NULL);
    free(w);
    pthread_cond_destroy(&p->cv);
    free(p->ready);
    p->ready = NULL;
}

/* What a part's node makes, as the build's lines name it. */
static void part_what(const Part *pt, int n, char *what, size_t cap)
{
    if (n == N_DATA)
        snprintf(what, cap, "chart %s data", pt->stem);
    else
        snprintf(what, cap, "chart %s.%s", pt->stem, node_ext[n]);
}

/* A chart PDF carries its date: SOURCE_DATE_EPOCH's, else a fixed one
 * (paint_cairo.h). */
static uint64_t pdf_date_key(void)
{
    const char *e = getenv("SOURCE_DATE_EPOCH");
    char key[120];
    snprintf(key, sizeof key, "SOURCE_DATE_EPOCH=%.80s", e && *e ? e : "(unset)");
    return bstate_hash(key, strlen(key));
}

/* ---- the brief's node ---- */

/* The cover's date (brief_date) and its key: SOURCE_DATE_EPOCH's, else
 * today's (then the brief is stale on the next day, as its cover would
 * be). */
static int brief_date_key(time_t *t, int *fixed, char *key, size_t cap, Diag *d)
{
    int rc = brief_date(t, fixed, d);
    if (rc == 0 && *fixed) {
        snprintf(key, cap, "SOURCE_DATE_EPOCH=%lld", (long long)*t);
    } else if (rc == 0) {
        struct tm tm;
        gmtime_r(t, &tm);
        snprintf(key, cap, "date %04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    }
    return rc;
}

/* 1 when the brief is stale (b->why says why), 0 when up to date, or an error. */
static int brief_node(Ctx *c, Brief *b, Diag *d)
{
    memset(b, 0, sizeof *b);
    BNode *n = &b->node;
    bnode_init(n, "brief");
    /* The settings (claimbrief.ini, read by check_corpus): the cover, the
     * marking, the running head, the paper. */
    uint64_t set_h = 0;
    int rc = bstate_hash_file(c->s, PROJECT_SETTINGS, CB_MAX_SETTINGS_BYTES, &set_h, d) < 0 ? CB_EINPUT : 0;
    bnode_dep(n, PROJECT_SETTINGS, set_h);
    /* The date: SOURCE_DATE_EPOCH's is also the PDF's creation date; else
     * a cover date in the settings (covered by their hash); else today. */
    char datekey[80];
    if (rc == 0)
        rc = brief_date_key(&b->in.date, &b->in.date_is_fixed, datekey, sizeof datekey, d);
    if (rc == 0 && !b->in.date_is_fixed && c->settings.year)
        snprintf(datekey, sizeof datekey, "the cover date of " PROJECT_SETTINGS);
    if (rc == 0)
        rc = build_dep_common(n, c, d);
    if (rc == 0)
        bnode_dep(n, datekey, bstate_hash(datekey, strlen(datekey)));
    bnode_out(n, BRIEF_PATH);
    c->st->checked++;
    if (rc == 0 && bstate_check(c->s, n, b->why, sizeof b->why)) {
        b->in.ndocs = c->corpus.n;
        b->in.settings = &c->settings;
        b->in.letter = c->settings.paper == PAPER_LETTER;
        b->stale = 1;
        return 1;
    }
    return rc;
}

/* ---- the list of chart parts ---- */

/* The stems of every part of every shown chart at slide size, one a line. */
static void list_parts(const ChartPlan *plan, const ChartSize *sz, Buf *out)
{
    for (size_t i = 0; i < chart_count(plan); i++) {
        if (!chart_shown(plan, i))
            continue;
        size_t np = chart_parts(plan, i, sz->width_pt, sz->height_pt);
        for (size_t k = 0; k < np; k++) {
            char stem[CHARTLIST_STEM];
            chart_part_name(plan, i, k, stem, sizeof stem);
            buf_printf(out, "%s\n", stem);
        }
    }
}

/* The parts into *out: from the list when its node is up to date and it
 * is a list (chartlist.h), else planned now (and the list rewritten). */
static int chart_list(Ctx *c, const ChartSize *sz, Buf *out, Diag *d)
{
    buf_init(out, 0);
    BNode n;
    bnode_init(&n, "charts");
    int rc = build_dep_common(&n, c, d);
    bnode_out(&n, CHART_LIST_PATH);
    char why[1100];
    Diag ignore;
    if (rc == 0 && !bstate_check(c->s, &n, why, sizeof why) &&
        fsio_read(CHART_LIST_PATH, 1 << 24, out, &ignore) == 0 && chartlist_count(out->data, out->len) >= 0) {
        bstate_keep(c->s, "charts");
        bnode_fini(&n);
        return 0;
    }
    buf_reset(out);
    if (rc == 0)
        rc = build_load_inputs(c, d);
    if (rc == 0) {
        list_parts(c->plan, sz, out);
        uint64_t h;
        if (bstate_hash_file(c->s, CHART_LIST_PATH, CB_MAX_CSV_BYTES, &h, &ignore) != 0 ||
            h != bstate_hash(out->data, out->len))
            rc = bstate_write_file(CHART_LIST_PATH, out->data ? out->data : "", out->len, d);
    }
    if (rc == 0)
        rc = bstate_commit(c->s, &n, d);
    bnode_fini(&n);
    return rc;
}

/* Give each part its chart and number in the plan (the list and the plan
 * are made from the same inputs, so every stem is found). */
static int locate_parts(Ctx *c, Part *parts, size_t np, const ChartSize *sz, Diag *d)
{
    size_t at = 0;
    for (size_t i = 0; i < chart_count(c->plan) && at < np; i++) {
        if (!chart_shown(c->plan, i))
            continue;
        size_t n = chart_parts(c->plan, i, sz->width_pt, sz->height_pt);
        for (size_t k = 0; k < n && at < np; k++) {
            char stem[CHARTLIST_STEM];
            chart_part_name(c->plan, i, k, stem, sizeof stem);
            if (strcmp(stem, parts[at].stem) != 0)
                return diag_set(d, CB_EINPUT, CHART_LIST_PATH, 0,
                                "the list of charts is out of date (remove reports/.build)");
            parts[at].chart = i;
            parts[at].k = k;
            at++;
        }
    }
    return at == np ? 0
                    : diag_set(d, CB_EINPUT, CHART_LIST_PATH, 0,
                               "the list of charts is out of date (remove reports/.build)");
}

/* Files of parts no longer made: every chart node not seen in this run,
 * its recorded outputs (those still as made: bstate_remove_outputs). */
static void remove_gone(Ctx *c)
{
    size_t n = 0;
    const char **gone = bstate_unseen(c->s, "chart:", &n);
    for (size_t i = 0; i < n; i++) {
        const char *name = gone[i] + 6, *dot = strrchr(name, '.');
        size_t kept = 0;
        int removed = bstate_remove_outputs(c->s, gone[i], &kept);
        char what[600];
        snprintf(what, sizeof what, "chart %s", name);
        if (dot && !strcmp(dot + 1, "data") && removed) {
            snprintf(what, sizeof what, "chart %.*s", (int)(dot - name), name);
            build_say(c, what, "removed: the corpus no longer calls for it");
        }
        if (kept)
            build_say(c, what, "left in place: no longer made, but changed since it was made");
    }
    free(gone);
}

/* Part pt's nodes, one an output kind, and which of them have changed
 * inputs (cheap: hashes only); pt->need when one has. */
static int part_nodes(Ctx *c, Part *pt, Diag *d)
{
    int rc = 0;
    for (int n = 0; n < NNODES && rc == 0; n++) {
        char nm[300], path[600];
        snprintf(nm, sizeof nm, "chart:%s.%s", pt->stem, node_ext[n]);
        BNode *node = &pt->node[n];
        bnode_init(node, nm);
        rc = build_dep_common(node, c, d);
        if (n == N_PDF)
            bnode_dep(node, "the date of the PDF", pdf_date_key());
        part_path(pt, n == N_DATA ? "csv" : node_ext[n], path, sizeof path);
        bnode_out(node, path);
        if (n == N_DATA) {
            part_path(pt, "txt", path, sizeof path);
            bnode_out(node, path);
        }
        c->st->checked++;
        if (rc == 0 && bstate_check(c->s, node, pt->why[n], sizeof pt->why[n]))
            pt->stale[n] = pt->need = 1;
    }
    return rc;
}

/* The parts, one a line of the list, with their nodes; *need: how many
 * have a stale node. */
static int parts_check(Pool *p, const Buf *list, size_t *need, Diag *d)
{
    int rc = 0;
    size_t at = 0;
    for (size_t i = 0; rc == 0 && i < p->nparts; i++) {
        Part *pt = &p->parts[i];
        chartlist_next(list->data, &at, pt->stem);
        rc = part_nodes(p->c, pt, d);
        *need += pt->need;
    }
    return rc;
}

/* The first error of the parts (of those still needed, with
 * needed_only), in their order whatever the threads did. */
static int parts_error(const Pool *p, int needed_only, Diag *d)
{
    for (size_t i = 0; i < p->nparts; i++)
        if ((!needed_only || p->parts[i].need) && p->parts[i].rc < 0) {
            *d = p->parts[i].d;
            return p->parts[i].rc;
        }
    return 0;
}

/* The first error of the remade outputs: the charts', then the brief's. */
static int outputs_error(const Pool *p, const Brief *b, Diag *d)
{
    int rc = parts_error(p, 1, d);
    if (rc == 0 && b->stale && b->rc < 0) {
        *d = b->d;
        rc = b->rc;
    }
    return rc;
}

/* A node whose key is unchanged and whose files are intact shows the
 * same picture: record its new inputs, do not remake it. *left: how
 * many parts still have a node to remake. */
static int parts_unchanged(Pool *p, size_t *left, Diag *d)
{
    Ctx *c = p->c;
    int rc = 0;
    for (size_t i = 0; i < p->nparts && rc == 0; i++) {
        Part *pt = &p->parts[i];
        int stays = 0;
        for (int n = 0; n < NNODES && rc == 0; n++) {
            if (!pt->stale[n])
                continue;
            pt->node[n].key = pt->key;
            if (n == N_PDF) {
                /* the same picture with another date is another PDF */
                uint64_t both[2] = {pt->key, pdf_date_key()};
                pt->node[n].key = bstate_hash(both, sizeof both) | 1;
            }
            char why2[1100];
            if (bstate_key(c->s, pt->node[n].name) == pt->node[n].key &&
                bstate_check_outputs(c->s, &pt->node[n], why2, sizeof why2) == 0) {
                rc = bstate_commit(c->s, &pt->node[n], d);
                pt->stale[n] = 0;
                char what[400];
                part_what(pt, n, what, sizeof what);
                build_explain(c, what, pt->why[n]);
            } else {
                stays = 1;
            }
        }
        pt->need = stays;
    }
    for (size_t i = 0; i < p->nparts; i++)
        *left += p->parts[i].need;
    return rc;
}

/* The remade parts recorded and reported, in their order: what was
 * written of each file, then each node committed and said. */
static int parts_record(Pool *p, Diag *d)
{
    Ctx *c = p->c;
    int rc = 0;
    for (size_t i = 0; i < p->nparts && rc == 0; i++) {
        Part *pt = &p->parts[i];
        if (!pt->need)
            continue;
        for (int k = 0; k <= NNODES; k++)
            if (pt->stale[file_node(k)]) {
                char path[600];
                part_file(pt, k, path, sizeof path, NULL);
                bstate_made(c->s, path, pt->made_h[k], pt->made_n[k]);
            }
        for (int n = 0; n < NNODES && rc == 0; n++) {
            if (!pt->stale[n])
                continue;
            rc = bstate_commit(c->s, &pt->node[n], d);
            char what[400];
            part_what(pt, n, what, sizeof what);
            if (rc == 0) {
                build_say(c, what, pt->why[n]);
                c->st->remade++;
            }
        }
    }
    return rc;
}

/* Every file the batch is about to put in place, on record before the
 * renames (bstate_writing): a build stopped after them leaves none the
 * next build does not know. Nothing to announce: no record written. */
static int announce_writes(Pool *p, const Brief *b, Diag *d)
{
    Ctx *c = p->c;
    size_t n = 0;
    for (size_t i = 0; i < p->nparts; i++) {
        Part *pt = &p->parts[i];
        for (int k = 0; pt->need && k <= NNODES; k++)
            if (pt->stale[file_node(k)]) {
                char path[600];
                part_file(pt, k, path, sizeof path, NULL);
                bstate_writing(c->s, path, pt->made_h[k]);
                n++;
            }
    }
    if (b->stale) {
        bstate_writing(c->s, BRIEF_PATH, b->made_h);
        n++;
    }
    return n ? bstate_save_writing(c->s, BUILD_STATE_PATH, d) : 0;
}

/* The remade brief recorded and reported. */
static int brief_record(Ctx *c, Brief *b, Diag *d)
{
    c->st->ms_brief += b->ms;
    bstate_made(c->s, BRIEF_PATH, b->made_h, b->made_n);
    int rc = bstate_commit(c->s, &b->node, d);
    if (rc == 0) {
        build_say(c, "brief", b->why);
        c->st->remade++;
    }
    return rc;
}

static void parts_free(Part *parts, size_t np)
{
    for (size_t i = 0; i < np; i++) {
        for (int n = 0; n < NNODES; n++) {
            if (parts[i].node[n].name)
                bnode_fini(&parts[i].node[n]);
            buf_free(&parts[i].out[n]);
        }
        buf_free(&parts[i].csv);
        buf_free(&parts[i].alt);
        buf_free(&parts[i].svg);
        if (parts[i].has_scene)
            scene_free(&parts[i].scene);
    }
    free(parts);
}

int build_step_outputs(Ctx *c, Diag *d)
{
    Pool p = {.c = c};
    pthread_mutex_init(&p.mu, NULL);
    int rc = ownpath_mkdirs(CHARTS_DIR, d);
    if (rc == 0)
        rc = chart_size_parse("slide", 144, &p.size, d);
    /* 1. Which outputs have changed inputs (cheap: hashes only). */
    Brief brief;
    memset(&brief, 0, sizeof brief);
    int bs = rc == 0 ? brief_node(c, &brief, d) : 0;
    if (bs < 0)
        rc = bs;
    Buf list;
    buf_init(&list, 0);
    if (rc == 0)
        rc = chart_list(c, &p.size, &list, d);
    long nl = rc == 0 ? chartlist_count(list.data, list.len) : 0;
    if (nl < 0)   /* (never: chart_list gives a list it took or made) */
        rc = diag_set(d, CB_EINPUT, CHART_LIST_PATH, 0, "not a list of charts (remove reports/.build)");
    p.nparts = nl > 0 ? (size_t)nl : 0;
    p.parts = xcalloc(p.nparts + 1, sizeof *p.parts);
    size_t need = 0;
    if (rc == 0)
        rc = parts_check(&p, &list, &need, d);
    /* 2. The keys of the parts with stale nodes, in parallel. */
    size_t jobs = (size_t)(c->o->jobs > 0 ? c->o->jobs : 1);
    if (rc == 0 && (need || brief.stale))
        rc = build_load_inputs(c, d);
    if (rc == 0 && need)
        rc = locate_parts(c, p.parts, p.nparts, &p.size, d);
    if (rc == 0 && need) {
        pool_run(&p, KEYS, NULL, jobs);
        rc = parts_error(&p, 0, d);
    }
    /* 3. What shows the same picture is not remade. */
    size_t left = 0;
    if (rc == 0)
        rc = parts_unchanged(&p, &left, d);
    /* 4. Render, and write what is rendered (no threads at all when
     * nothing is stale). */
    p.batch = fsio_batch_new();
    if (rc == 0 && (left || brief.stale))
        pool_render_write(&p, brief.stale ? &brief : NULL, jobs, BUILD_IO_THREADS);
    /* 5. The first error in a fixed order (charts, then the brief),
     * whatever the threads did; else every file of the step on disk and
     * in place at once (fsio_batch_commit: one sync). */
    for (size_t i = 0; i < p.nparts; i++)
        c->st->ms_charts += p.parts[i].ms;
    if (rc == 0)
        rc = outputs_error(&p, &brief, d);
    double t0 = thread_ms();
    if (rc == 0)
        rc = announce_writes(&p, &brief, d);
    if (rc == 0)
        rc = fsio_batch_commit(p.batch, d);
    fsio_batch_free(p.batch);   /* after a failure: its temporaries */
    /* 6. Record and report in that order. */
    if (rc == 0)
        rc = parts_record(&p, d);
    c->st->ms_charts += thread_ms() - t0;   /* the sync, and the charts' record */
    if (rc == 0 && brief.stale)
        rc = brief_record(c, &brief, d);
    if (rc == 0) {
        bstate_written(c->s);
        remove_gone(c);
    }
    parts_free(p.parts, p.nparts);
    buf_free(&list);
    if (brief.node.name)
        bnode_fini(&brief.node);
    buf_free(&brief.out);
    pthread_mutex_destroy(&p.mu);
    return rc;
}
