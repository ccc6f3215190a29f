/* sources.c — read the corpus bibliography (see sources.h). */
#include "sources.h"

#include <stdlib.h>
#include <string.h>

#include "csvio.h"

/* ORDER COL: names[] */
enum { COL_FILE, COL_TITLE, COL_AUTHORS, COL_PUBLISHER, COL_DATE, COL_URL, NCOL };
static const char *const names[NCOL] = { "file", "title", "authors", "publisher", "date", "url" };

typedef struct Ctx {
    const char *path;
    SourceList *out;
    int idx[NCOL];
    int have_header;
} Ctx;

static int on_row(const CsvRow *row, void *vctx, Diag *d)
{
    Ctx *c = vctx;
    if (!c->have_header) {
        static const char *const required[] = { "file", NULL };
        c->have_header = 1;
        return csvio_header(row, names, c->idx, NCOL, required, c->path, d);
    }
    const char *file = csvio_get(row, c->idx[COL_FILE]);
    if (!*file)
        return diag_set(d, CB_EINPUT, c->path, row->line, "empty file cell");
    /* A bibliography row names a document in data/corpus/, never a path. */
    if (strchr(file, '/') || !strcmp(file, ".") || !strcmp(file, ".."))
        return diag_set(d, CB_EINPUT, c->path, row->line,
                        "file '%s' is not a plain file name", file);
    if (sources_find(c->out, file))
        return diag_set(d, CB_EINPUT, c->path, row->line, "file '%s' is listed twice", file);
    SourceList *l = c->out;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    Source *s = &l->v[l->n++];
    s->file = xstrdup(file);
    s->title = xstrdup(csvio_get(row, c->idx[COL_TITLE]));
    s->authors = xstrdup(csvio_get(row, c->idx[COL_AUTHORS]));
    s->publisher = xstrdup(csvio_get(row, c->idx[COL_PUBLISHER]));
    s->date = xstrdup(csvio_get(row, c->idx[COL_DATE]));
    s->url = xstrdup(csvio_get(row, c->idx[COL_URL]));
    s->line = row->line;
    return 0;
}

int sources_load(const char *path, SourceList *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    Ctx c = { .path = path, .out = out };
    int rc = csvio_read_file(path, on_row, &c, d);
    if (rc == 0 && !c.have_header)
        return diag_set(d, CB_EINPUT, path, 0, "empty file: no header row");
    return rc;
}

void sources_free(SourceList *l)
{
    for (size_t i = 0; i < l->n; i++) {
        Source *s = &l->v[i];
        free(s->file);
        free(s->title);
        free(s->authors);
        free(s->publisher);
        free(s->date);
        free(s->url);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

const Source *sources_find(const SourceList *l, const char *file)
{
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i].file, file))
            return &l->v[i];
    return NULL;
}
