/* chartprefs.c — data/charts.csv, the presenter's charts (see chartprefs.h). */
#include "chartprefs.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"

typedef struct PrefRow {
    char *pattern;
    int show;
    char *title;
    long line;
    int wild;
    int used;      /* matched a chart (set while planning) */
} PrefRow;

struct ChartPrefs {
    char *path;
    PrefRow *v;
    size_t n, cap;
    int cols[3];   /* ORDER: names[] in on_row */
    int header;
};

static int on_row(const CsvRow *row, void *ctx, Diag *d)
{
    ChartPrefs *p = ctx;
    static const char *const names[] = {"chart", "show", "title"};
    static const char *const required[] = {"chart", NULL};
    if (!p->header) {
        p->header = 1;
        return csvio_header(row, names, p->cols, 3, required, p->path, d);
    }
    const char *chart = csvio_get(row, p->cols[0]), *show = csvio_get(row, p->cols[1]),
               *title = csvio_get(row, p->cols[2]);
    /* A blank line (every cell empty) is nothing. */
    int blank = 1;
    for (size_t i = 0; i < row->n; i++)
        blank &= row->f[i][0] == '\0';
    if (blank)
        return 0;
    if (!*chart)
        return diag_set(d, CB_EINPUT, p->path, row->line, "the chart cell is empty");
    int sh;
    if (!*show || strcmp(show, "yes") == 0)
        sh = 1;
    else if (strcmp(show, "no") == 0)
        sh = 0;
    else
        return diag_set(d, CB_EINPUT, p->path, row->line,
                        "show is '%s': expected yes or no", show);
    int wild = strpbrk(chart, "*?[") != NULL;
    if (wild && *title)
        return diag_set(d, CB_EINPUT, p->path, row->line,
                        "a title names one chart, not the pattern '%s'", chart);
    for (size_t i = 0; i < p->n; i++)
        if (strcmp(p->v[i].pattern, chart) == 0)
            return diag_set(d, CB_EINPUT, p->path, row->line,
                            "chart '%s' is already named on line %ld", chart, p->v[i].line);
    if (p->n == p->cap)
        p->v = xrealloc(p->v, (p->cap = p->cap ? 2 * p->cap : 16) * sizeof *p->v);
    p->v[p->n++] = (PrefRow){xstrdup(chart), sh, xstrdup(title), row->line, wild, 0};
    return 0;
}

static int finish(ChartPrefs *p, int rc, ChartPrefs **out)
{
    if (rc < 0) {
        chartprefs_free(p);
        *out = NULL;
        return rc;
    }
    *out = p;
    return 0;
}

int chartprefs_load(const char *path, ChartPrefs **out, Diag *d)
{
    ChartPrefs *p = xcalloc(1, sizeof *p);
    p->path = xstrdup(path);
    return finish(p, csvio_read_file(path, on_row, p, d), out);
}

int chartprefs_load_mem(const char *name, const char *data, size_t n, ChartPrefs **out, Diag *d)
{
    ChartPrefs *p = xcalloc(1, sizeof *p);
    p->path = xstrdup(name);
    return finish(p, csvio_read_mem(name, data, n, on_row, p, d), out);
}

void chartprefs_free(ChartPrefs *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++) {
        free(p->v[i].pattern);
        free(p->v[i].title);
    }
    free(p->v);
    free(p->path);
    free(p);
}

long chartprefs_match(const ChartPrefs *p, const char *name, int *show, const char **title)
{
    *show = 1;
    *title = "";
    if (!p)
        return -1;
    for (size_t i = 0; i < p->n; i++) {
        PrefRow *r = &p->v[i];
        if (r->wild ? fnmatch(r->pattern, name, 0) != 0 : strcmp(r->pattern, name) != 0)
            continue;
        r->used = 1;
        *show = r->show;
        *title = r->title;
        return (long)i;
    }
    return -1;
}

size_t chartprefs_report_unused(const ChartPrefs *p)
{
    size_t n = 0;
    for (size_t i = 0; p && i < p->n; i++)
        if (!p->v[i].used && !p->v[i].wild) {
            diag_warn(p->path, p->v[i].line, "no chart '%s' (claimbrief chart --list names them)",
                      p->v[i].pattern);
            n++;
        }
    return n;
}
