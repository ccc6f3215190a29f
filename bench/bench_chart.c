/* bench_chart.c — time the first part of every chart in all three formats
 * at slide size (target: under 100 ms), serially and on 2 and 4 threads, and
 * compare PNG encodings on two real slides (BENCH_SET_ONLY=1 skips that).
 * BENCH_PNG_ALL=1 instead encodes every part of every chart (every slide a
 * build writes) with pngenc and libdeflate 1 and 2: CPU time and bytes.
 *   build/bench_chart [CLAIMS.csv FINDINGS.csv]   (run from the project root)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <time.h>

#include <cairo.h>

#include "chart.h"
#include "paint_cairo.h"
#include "pngenc.h"

#include "benchtime.h"

static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* cairo's PNG reader over a buffer */
typedef struct Reader {
    const Buf *b;
    size_t at;
} Reader;

static cairo_status_t read_buf(void *ctx, unsigned char *data, unsigned int n)
{
    Reader *r = ctx;
    if (r->b->len - r->at < n)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(data, r->b->data + r->at, n);
    r->at += n;
    return CAIRO_STATUS_SUCCESS;
}

/* BENCH_PNG_ALL=1: every part of every chart at slide size (what a build
 * writes), each encoded by pngenc_chart and by libdeflate at levels 1
 * and 2 (no filter): CPU time per slide and in total, and bytes. */
static int encode_every_slide(const ChartPlan *plan, const ChartSize *sz)
{
    static const int level[] = {0, 1, 2};
    static const char *const name[] = {"pngenc_chart (chosen)", "libdeflate 1, no filter",
                                       "libdeflate 2, no filter"};
    double ms[3] = {0};
    size_t bytes[3] = {0}, slides = 0;
    for (size_t i = 0; i < chart_count(plan); i++) {
        size_t np = chart_parts(plan, i, sz->width_pt, sz->height_pt);
        for (size_t k = 0; k < np; k++) {
            Buf png;
            Diag d = {0};
            if (chart_render(plan, i, k, CHART_PNG, sz, 0, &png, &d)) {
                diag_print(&d);
                return 1;
            }
            Reader r = {&png, 0};
            cairo_surface_t *img = cairo_image_surface_create_from_png_stream(read_buf, &r);
            buf_free(&png);
            if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
                fprintf(stderr, "cairo cannot read our PNG back\n");
                return 1;
            }
            const unsigned char *px = cairo_image_surface_get_data(img);
            int w = cairo_image_surface_get_width(img), h = cairo_image_surface_get_height(img);
            int stride = cairo_image_surface_get_stride(img);
            for (int v = 0; v < 3; v++) {
                double best = 1e9;
                size_t len = 0;
                for (int rep = 0; rep < 3; rep++) {
                    Buf o;
                    buf_init(&o, 0);
                    double e0 = cpu_ms();
                    if (level[v] == 0)
                        pngenc_chart(px, w, h, stride, 0, &o);
                    else
                        pngenc_deflate(px, w, h, stride, 0, level[v], 0, &o);
                    double t = cpu_ms() - e0;
                    best = t < best ? t : best;
                    len = o.len;
                    buf_free(&o);
                }
                ms[v] += best;
                bytes[v] += len;
            }
            cairo_surface_destroy(img);
            slides++;
        }
    }
    printf("every slide (%zu), PNG encoding, cpu (best of 3 each):\n", slides);
    for (int v = 0; v < 3; v++)
        printf("  %-26s %8.1f ms total, %6.2f ms a slide, %9zu bytes\n", name[v], ms[v],
               slides ? ms[v] / (double)slides : 0.0, bytes[v]);
    return 0;
}

/* The build step renders (chart, format) jobs on every core: so here. */
typedef struct Pool {
    const ChartPlan *plan;
    const ChartSize *sz;
    int next;
    pthread_mutex_t mu;
    int failed;
} Pool;

static void *worker(void *p)
{
    Pool *pool = p;
    for (;;) {
        pthread_mutex_lock(&pool->mu);
        int job = pool->next++;
        pthread_mutex_unlock(&pool->mu);
        if (job >= (int)chart_count(pool->plan) * CHART_NFORMATS)
            return NULL;
        Buf b;
        Diag d = {0};
        if (chart_render(pool->plan, (size_t)job / CHART_NFORMATS, 0,
                         (ChartFormat)(job % CHART_NFORMATS), pool->sz, 0, &b, &d))
            pool->failed = 1;
        buf_free(&b);
    }
}

int main(int argc, char **argv)
{
    const char *cp = argc > 2 ? argv[1] : "tests/fixtures/chart/claims.csv";
    const char *fp = argc > 2 ? argv[2] : "tests/fixtures/chart/findings.csv";
    Diag d = {0};
    Fonts *fonts;
    ClaimList claims;
    FindingList findings;
    SourceList sources;
    double t0 = now_ms();
    if (fonts_load("fonts", &fonts, &d) || claims_load(cp, &claims, &d) ||
        findings_load(fp, &findings, &d) || sources_load("data/corpus/sources.csv", &sources, &d)) {
        diag_print(&d);
        return 1;
    }
    printf("load fonts+inputs: %.2f ms\n", now_ms() - t0);
    ChartInputs in = {&claims, &findings, &sources, fonts, NULL, NULL, NULL, NULL};
    double tp = now_ms();
    ChartPlan *plan = chart_plan_make(&in);
    printf("plan: %zu charts in %.2f ms\n", chart_count(plan), now_ms() - tp);
    ChartSize sz;
    chart_size_parse("slide", 144, &sz, &d);
    if (getenv("BENCH_PNG_ALL")) {
        int rc = encode_every_slide(plan, &sz);
        chart_plan_free(plan);
        fonts_free(fonts);
        claimlist_free(&claims);
        findinglist_free(&findings);
        sources_free(&sources);
        return rc;
    }
    enum { REPS = 5 };
    double per[CHART_NFORMATS] = {0}, total_best = 1e9, cpu_best = 1e9;
    size_t bytes[CHART_NFORMATS] = {0};
    for (int rep = 0; rep < REPS; rep++) {
        double all0 = now_ms(), cpu0 = cpu_ms();
        for (int f = 0; f < CHART_NFORMATS; f++) {
            double f0 = now_ms();
            bytes[f] = 0;
            for (size_t i = 0; i < chart_count(plan); i++) {
                Buf b;
                if (chart_render(plan, i, 0, (ChartFormat)f, &sz, 0, &b, &d)) {
                    diag_print(&d);
                    return 1;
                }
                bytes[f] += b.len;
                buf_free(&b);
            }
            double ms = now_ms() - f0;
            if (rep == 0 || ms < per[f])
                per[f] = ms;
        }
        double all = now_ms() - all0, cpu = cpu_ms() - cpu0;
        if (all < total_best)
            total_best = all;
        if (cpu < cpu_best)
            cpu_best = cpu;
    }
    for (int f = 0; f < CHART_NFORMATS; f++)
        printf("%zu charts as %s: %.2f ms (%zu bytes)\n", chart_count(plan),
               chart_format_ext((ChartFormat)f), per[f], bytes[f]);
    printf("whole set, 3 formats, slide size: %.2f ms wall, %.2f ms cpu (best of %d; target < 100)\n",
           total_best, cpu_best, REPS);

    for (int nt = 2; nt <= 4; nt += 2) {
        double best = 1e9;
        for (int rep = 0; rep < REPS; rep++) {
            Pool pool = {plan, &sz, 0, PTHREAD_MUTEX_INITIALIZER, 0};
            pthread_t th[4];
            double t1 = now_ms();
            for (int k = 0; k < nt; k++)
                pthread_create(&th[k], NULL, worker, &pool);
            for (int k = 0; k < nt; k++)
                pthread_join(th[k], NULL);
            double ms = now_ms() - t1;
            if (pool.failed)
                return 1;
            best = ms < best ? ms : best;
        }
        printf("whole set, 3 formats, %d threads: %.2f ms (best of %d)\n", nt, best, REPS);
    }

    /* PNG encodings of real slides: render with the painter, read back
     * with cairo's own PNG reader (which also checks our encoder), then
     * encode each way. CPU time, so other load on the machine counts less. */
    static const struct {
        int level, filter;
        const char *name;
    } v[] = {
        {0, 0, "pngenc_chart (chosen)"},
        {1, 0, "libdeflate 1, no filter"}, {2, 0, "libdeflate 2, no filter"},
        {3, 0, "libdeflate 3, no filter"}, {6, 0, "libdeflate 6, no filter"},
        {2, 1, "libdeflate 2, sub"},       {2, 2, "libdeflate 2, up"},
        {2, 4, "libdeflate 2, paeth"},
    };
    const char *which[] = {"money", "coverage"};
    (void)which;
    /* BENCH_SET_ONLY=1: skip the encoder comparison (for profiling the set) */
    size_t nwhich = getenv("BENCH_SET_ONLY") ? 0 : 2;
    for (size_t w = 0; w < nwhich; w++) {
        Buf b;
        int ci = chart_find(plan, which[w]);
        chart_render(plan, ci < 0 ? 0 : (size_t)ci, 0, CHART_PNG, &sz, 0, &b, &d);
        const char *tmp = "/tmp/bench_chart_slide.png";
        FILE *fp2 = fopen(tmp, "wb");
        if (!fp2 || fwrite(b.data, 1, b.len, fp2) != b.len || fclose(fp2) != 0)
            return 1;
        buf_free(&b);
        cairo_surface_t *img = cairo_image_surface_create_from_png(tmp);
        if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
            fprintf(stderr, "cairo cannot read our PNG back\n");
            return 1;
        }
        printf("%s slide, 1920x1080:\n", which[w]);
        for (size_t k = 0; k < sizeof v / sizeof v[0]; k++) {
            double best = 1e9;
            size_t len = 0;
            for (int rep = 0; rep < 3; rep++) {
                Buf o;
                buf_init(&o, 0);
                double e0 = cpu_ms();
                if (v[k].level == 0)
                    pngenc_chart(cairo_image_surface_get_data(img), 1920, 1080,
                                 cairo_image_surface_get_stride(img), 0, &o);
                else
                    pngenc_deflate(cairo_image_surface_get_data(img), 1920, 1080,
                                   cairo_image_surface_get_stride(img), 0, v[k].level,
                                   v[k].filter, &o);
                double ms = cpu_ms() - e0;
                best = ms < best ? ms : best;
                len = o.len;
                buf_free(&o);
            }
            printf("  PNG %-34s %6.2f ms cpu %8zu bytes\n", v[k].name, best, len);
        }
        double e0 = cpu_ms();
        cairo_surface_write_to_png(img, "/tmp/bench_chart_cairo.png");
        FILE *cf = fopen("/tmp/bench_chart_cairo.png", "rb");
        long clen = 0;
        if (cf) {
            fseek(cf, 0, SEEK_END);
            clen = ftell(cf);
            fclose(cf);
        }
        printf("  PNG %-34s %6.2f ms cpu %8ld bytes\n", "cairo_surface_write_to_png (libpng)",
               cpu_ms() - e0, clen);
        cairo_surface_destroy(img);
    }
    chart_plan_free(plan);
    fonts_free(fonts);
    claimlist_free(&claims);
    findinglist_free(&findings);
    sources_free(&sources);
    return 0;
}
