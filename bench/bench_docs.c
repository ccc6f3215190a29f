/* bench_docs.c — reading PDFs and web pages (a program, not a test).
 *
 *   bench_docs [-C SOURCE_DIR] [SECONDS]      (default: the current folder, 2 s)
 *
 * Reads the PDF and HTML fixtures of tests/formats/ over and over for
 * SECONDS each, and prints:
 *   - PDF pages per second, through the sandbox (reader processes kept
 *     across documents, as extract and build read them) and in process;
 *   - HTML MB per second, through the sandbox and in process, for the
 *     fixture pages as they are (6-12 KB each), for text-heavy pages (each fixture's article repeated into
 *     a page of about 2 MB: gumbo alone reads such text at about 20 MB/s
 *     of CPU, a character at a time; the reader hands it long runs folded,
 *     htmlfold.h), and for pages as sites serve them (the fixture with 300 KB
 *     of inline scripts, JSON and CSS, which the reader skips before
 *     parsing).
 * Rates are per CPU second of the process and its children, then (in
 * brackets) per wall-clock second: on a busy machine the first is the
 * one to compare.
 */
#include <dirent.h>
#include <sys/resource.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "corpus.h"
#include "doc_html.h"
#include "doc_pdf.h"
#include "fsio.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* CPU seconds of this process and its children (waited for): what the
 * work cost, whatever else the machine is doing. */
static double cpu(void)
{
    struct rusage a, b;
    getrusage(RUSAGE_SELF, &a);
    getrusage(RUSAGE_CHILDREN, &b);
    return (double)(a.ru_utime.tv_sec + a.ru_stime.tv_sec + b.ru_utime.tv_sec + b.ru_stime.tv_sec) +
           (double)(a.ru_utime.tv_usec + a.ru_stime.tv_usec + b.ru_utime.tv_usec + b.ru_stime.tv_usec) / 1e6;
}

typedef struct File {
    char *name;
    Buf data;
} File;

static size_t load(const char *dir, const char *ext, File **out)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "bench_docs: %s: cannot read\n", dir);
        exit(2);
    }
    size_t n = 0;
    File *v = NULL;
    for (struct dirent *e; (e = readdir(d));) {
        size_t l = strlen(e->d_name), el = strlen(ext);
        if (l <= el || strcmp(e->d_name + l - el, ext))
            continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        v = realloc(v, (n + 1) * sizeof *v);
        Diag dg;
        if (fsio_read(path, 1u << 30, &v[n].data, &dg))
            continue;
        v[n++].name = strdup(e->d_name);
    }
    closedir(d);
    *out = v;
    return n;
}

typedef int (*Reader)(const char *name, const char *data, size_t n, Document *out, Diag *d);

/* Read every file with rd until secs have passed; returns the CPU
 * seconds spent (*wall the wall-clock ones), *units the pages (PDF) or
 * bytes (HTML) read. */
static double run(Reader rd, File *f, size_t nf, double secs, int pages, double *units, double *wall)
{
    double t0 = now(), t = t0, c0 = cpu();
    *units = 0;
    /* one batch, as extract and build read a corpus: the sandboxed
     * readers keep their process across documents (corpus.h) */
    corpus_batch_begin();
    do {
        for (size_t i = 0; i < nf; i++) {
            Document doc;
            memset(&doc, 0, sizeof doc);
            buf_init(&doc.text, 0);
            Diag d;
            if (rd(f[i].name, f[i].data.data, f[i].data.len, &doc, &d)) {
                fprintf(stderr, "bench_docs: %s: %s\n", f[i].name, d.msg);
                exit(1);
            }
            *units += pages ? (double)doc.page_count : (double)f[i].data.len;
            document_free(&doc);
        }
        t = now();
    } while (t - t0 < secs);
    corpus_batch_end();   /* the readers reaped: their CPU time counts */
    t = now();
    *wall = t - t0;
    return cpu() - c0;
}

/* A big page: the fixture with its <p> and <table> content repeated
 * until the page is about target bytes. */
static void grow(const File *f, size_t target, File *out)
{
    /* the article: from its first paragraph to the end of its wrapper */
    const char *p = f->data.data, *a = strstr(p, "<p>"), *b = a ? strstr(a, "</article>") : NULL;
    if (!b && a)
        b = strstr(a, "<div class=\"field-name-field-tags\"");
    if (!b && a)
        b = strstr(a, "<p><small>");
    if (!a || !b || b <= a)
        a = p, b = p + f->data.len;
    buf_init(&out->data, 0);
    buf_append(&out->data, p, (size_t)(a - p));
    while (out->data.len < target)
        buf_append(&out->data, a, (size_t)(b - a));
    buf_append(&out->data, b, f->data.len - (size_t)(b - p));
    out->name = f->name;
}

/* A page as a news or publisher site serves it: the fixture's article
 * and chrome, with what such a page carries besides: inline scripts (a
 * framework's state as JSON, analytics: 150 KB), inline CSS (30 KB), a
 * mega-menu and "more stories" lists of links and icons (about 100 KB of
 * markup gumbo parses and the reader drops). */
static void sitelike(const File *f, File *out)
{
    const char *p = f->data.data, *head = strstr(p, "</head>"), *body = strstr(p, "<body");
    if (!head || !body || body < head)
        head = body = p;
    body = strchr(body, '>') ? strchr(body, '>') + 1 : body;
    buf_init(&out->data, 0);
    buf_append(&out->data, p, (size_t)(head - p));
    size_t mark = out->data.len;
    buf_puts(&out->data, "<style>");
    for (int i = 0; out->data.len < mark + 30000; i++)
        buf_printf(&out->data, ".c%d .item-%d > a:hover{color:#%06x;margin:%dpx %dpx;font:%dpx/1.4 Georgia,serif}\n",
                   i, i % 97, (i * 2654435761u) & 0xffffff, i % 13, i % 7, 12 + i % 9);
    buf_puts(&out->data, "</style>\n<script id=\"__STATE__\" type=\"application/json\">{\"articles\":[");
    mark = out->data.len;
    for (int i = 0; out->data.len < mark + 110000; i++)
        buf_printf(&out->data, "%s{\"id\":%d,\"headline\":\"Story number %d about <b>markets</b> & tech\","
                               "\"tags\":[\"asia\",\"tech\",\"%d\"],\"views\":%d}",
                   i ? "," : "", i, i, i % 50, i * 37);
    buf_puts(&out->data, "]}</script>\n<script>");
    mark = out->data.len;
    for (int i = 0; out->data.len < mark + 40000; i++)
        buf_printf(&out->data, "function f%d(a,b){if(a<b&&b>%d){return document.querySelectorAll(\".c%d\")}"
                               "return window.dataLayer.push({e:\"v%d\"})}\n", i, i, i, i);
    buf_puts(&out->data, "</script>\n");
    buf_append(&out->data, head, (size_t)(body - head));
    /* the mega-menu */
    buf_puts(&out->data, "\n<nav class=\"mega-menu\" aria-label=\"Sections\"><ul>\n");
    mark = out->data.len;
    for (int i = 0; out->data.len < mark + 60000; i++)
        buf_printf(&out->data, "<li class=\"menu-item menu-item-%d\"><a href=\"/section/%d/topic-%d\" "
                               "data-track=\"nav|%d\"><svg class=\"icon\" viewBox=\"0 0 24 24\"><path d=\"M%d 2l3 7h7\"/>"
                               "</svg>Topic %d</a></li>\n", i, i % 40, i, i, i % 20, i);
    buf_puts(&out->data, "</ul></nav>\n");
    buf_append(&out->data, body, f->data.len - (size_t)(body - p));
    /* "more stories", before </body> */
    const char *end = strstr(out->data.data + mark, "</body>");
    size_t at = end ? (size_t)(end - out->data.data) : out->data.len;
    Buf more;
    buf_init(&more, 0);
    buf_puts(&more, "<section class=\"more-stories related\"><h3>More stories</h3>\n");
    for (int i = 0; more.len < 40000; i++)
        buf_printf(&more, "<div class=\"card\"><a href=\"/story/%d\"><img src=\"/img/%d.jpg\" alt=\"\">"
                          "<span class=\"kicker\">Asia</span> Story %d: markets move %d%%</a>"
                          "<span class=\"time\">%dh ago</span></div>\n", i, i, i, i % 9, i % 24);
    buf_puts(&more, "</section>\n");
    Buf whole;
    buf_init(&whole, 0);
    buf_append(&whole, out->data.data, at);
    buf_append(&whole, more.data, more.len);
    buf_append(&whole, out->data.data + at, out->data.len - at);
    buf_free(&more);
    buf_free(&out->data);
    out->data = whole;
    out->name = f->name;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    const char *root = ".";
    double secs = 2;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-C") && i + 1 < argc)
            root = argv[++i];
        else
            secs = atof(argv[i]);
    }
    char dir[2048];
    snprintf(dir, sizeof dir, "%s/tests/formats", root);
    File *pdf, *html;
    size_t np = load(dir, ".pdf", &pdf), nh = load(dir, ".html", &html);
    if (!np || !nh) {
        fprintf(stderr, "bench_docs: no fixtures in %s\n", dir);
        return 2;
    }
    double units, t, w;
    printf("per CPU second (per wall-clock second)\n");
    double pages;
    run(docpdf_parse, pdf, np, 0, 1, &pages, &w);   /* one pass: the page count */
    t = run(docpdf_read, pdf, np, secs, 1, &units, &w);
    printf("PDF,  %zu files (%.1f pages each), sandboxed:   %6.0f pages/s (%.0f)\n", np, pages / (double)np,
           units / t, units / w);
    t = run(docpdf_parse, pdf, np, secs, 1, &units, &w);
    printf("PDF,  in process:                            %6.0f pages/s (%.0f)\n", units / t, units / w);
    size_t saved = 0;
    for (size_t i = 0; i < nh; i++)
        saved += html[i].data.len;
    t = run(dochtml_read, html, nh, secs, 0, &units, &w);
    printf("HTML, %zu pages as saved (%.1f KB each), sandboxed: %5.1f MB/s (%.1f)\n", nh,
           (double)saved / (double)nh / 1e3, units / t / 1e6, units / w / 1e6);
    t = run(dochtml_parse, html, nh, secs, 0, &units, &w);
    printf("HTML, pages as saved, in process:            %5.1f MB/s (%.1f)\n", units / t / 1e6, units / w / 1e6);
    File *big = calloc(nh, sizeof *big);
    size_t total = 0;
    for (size_t i = 0; i < nh; i++) {
        grow(&html[i], 2u << 20, &big[i]);
        total += big[i].data.len;
    }
    t = run(dochtml_read, big, nh, secs, 0, &units, &w);
    printf("HTML, %zu text-heavy pages (%.1f MB each), sandboxed: %5.1f MB/s (%.1f)\n", nh,
           (double)total / (double)nh / 1e6, units / t / 1e6, units / w / 1e6);
    t = run(dochtml_parse, big, nh, secs, 0, &units, &w);
    printf("HTML, text-heavy pages, in process:          %5.1f MB/s (%.1f)\n", units / t / 1e6, units / w / 1e6);
    File *site = calloc(nh, sizeof *site);
    total = 0;
    for (size_t i = 0; i < nh; i++) {
        sitelike(&html[i], &site[i]);
        total += site[i].data.len;
    }
    t = run(dochtml_read, site, nh, secs, 0, &units, &w);
    printf("HTML, %zu pages as sites serve them (%.0f KB each), sandboxed: %5.1f MB/s (%.1f)\n", nh,
           (double)total / (double)nh / 1e3, units / t / 1e6, units / w / 1e6);
    t = run(dochtml_parse, site, nh, secs, 0, &units, &w);
    printf("HTML, pages as sites serve them, in process: %5.1f MB/s (%.1f)\n", units / t / 1e6, units / w / 1e6);
    for (size_t i = 0; i < nh; i++)
        buf_free(&site[i].data);
    free(site);
    for (size_t i = 0; i < nh; i++)
        buf_free(&big[i].data);
    free(big);
    for (size_t i = 0; i < np; i++)
        free(pdf[i].name), buf_free(&pdf[i].data);
    for (size_t i = 0; i < nh; i++)
        free(html[i].name), buf_free(&html[i].data);
    free(pdf);
    free(html);
    return 0;
}
