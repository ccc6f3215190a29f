/* dataupdate.c — updating a project's copies of the defaults (see
 * dataupdate.h). Phases: read and merge every file; check the merged
 * files with the loaders that will read them; write the copies; write the
 * bases; report. */
#include "dataupdate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fsio.h"
#include "limits.h"
#include "metrics.h"
#include "project.h"
#include "reference.h"
#include "relation.h"
#include "rowmerge.h"

/* ORDER: the files and the columns that identify their rows (the keys the
 * loaders hold unique: metrics.c, relation.c, reference.c). A reference
 * is one per id and year; its scope is a value, not part of the key.
 * (check_all reads them by these indices.) */
static const char *const files[] = {"metrics.csv", "relations.csv", "reference.csv"};
static const char *const metric_keys[] = {"kind", "id", NULL};
static const char *const relation_keys[] = {"id", NULL};
static const char *const reference_keys[] = {"id", "year", NULL};
static const char *const *const file_keys[] = {metric_keys, relation_keys, reference_keys};
#define NFILES (sizeof files / sizeof *files)

typedef struct One {
    char yours[4200], base[4200], next[4200];   /* paths */
    int skip;              /* the project has no copy */
    int have_base;
    Buf yb, bb, nb;
    RowMerge m;
    int merged;
} One;

/* dir/rel, or rel alone for "." or "" (the names the report and errors use). */
static void join(char *out, size_t cap, const char *dir, const char *rel)
{
    if (!*dir || !strcmp(dir, "."))
        snprintf(out, cap, "%s", rel);
    else
        snprintf(out, cap, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", rel);
}

/* A file this command may replace: missing (0), a regular file (1), or
 * refused: a link or anything else is never written through. */
static int replaceable(const char *path, Diag *d)
{
    struct stat st;
    if (lstat(path, &st) != 0) {
        if (errno == ENOENT)
            return 0;
        return diag_set(d, CB_EINPUT, path, 0, "cannot read: %s", strerror(errno));
    }
    if (S_ISLNK(st.st_mode))
        return diag_set(d, CB_EWRITE, path, 0,
                        "is a symbolic link: not updated (replace it with a copy of the file, or "
                        "update the file it points to)");
    if (!S_ISREG(st.st_mode))
        return diag_set(d, CB_EWRITE, path, 0, "is not a regular file: not updated");
    return 1;
}

/* Read and merge one file. */
static int merge_one(One *o, const char *dir, const char *def, size_t i, Diag *d)
{
    char rel[64];
    snprintf(rel, sizeof rel, "data/%s", files[i]);
    join(o->yours, sizeof o->yours, dir, rel);
    snprintf(rel, sizeof rel, PROJECT_BASES "/%s", files[i]);
    join(o->base, sizeof o->base, dir, rel);
    snprintf(o->next, sizeof o->next, "%s/data/%s", def, files[i]);
    int rc = replaceable(o->yours, d);
    if (rc <= 0) {
        o->skip = rc == 0;
        return rc;
    }
    /* the bases' folder too: a link there would take the writes elsewhere */
    char bases[4200];
    join(bases, sizeof bases, dir, PROJECT_BASES);
    struct stat st;
    if (lstat(bases, &st) == 0 && !S_ISDIR(st.st_mode))
        return diag_set(d, CB_EWRITE, bases, 0, "is %s: not updated",
                        S_ISLNK(st.st_mode) ? "a symbolic link" : "not a folder");
    if ((rc = replaceable(o->base, d)) < 0)
        return rc;
    o->have_base = rc;
    if ((rc = fsio_read(o->yours, CB_MAX_CSV_BYTES, &o->yb, d)) < 0)
        return rc;
    if (o->have_base && (rc = fsio_read(o->base, CB_MAX_CSV_BYTES, &o->bb, d)) < 0)
        return rc;
    if ((rc = fsio_read(o->next, CB_MAX_CSV_BYTES, &o->nb, d)) < 0)
        return rc;
    RmText y = {o->yours, o->yb.data, o->yb.len};
    RmText b = {o->base, o->bb.data, o->bb.len};
    RmText n = {o->next, o->nb.data, o->nb.len};
    if ((rc = rowmerge_run(file_keys[i], &y, o->have_base ? &b : NULL, &n, &o->m, d)) < 0)
        return rc;
    o->merged = 1;
    return 0;
}

/* The text file i of the project will hold after the update: the merge,
 * its own copy unchanged, or the default it uses when it has none. */
static int after(One *o, const char *def, size_t i, RmText *t, Diag *d)
{
    if (o->skip) {
        char p[4200];
        snprintf(p, sizeof p, "%s/data/%s", def, files[i]);
        if (!o->nb.data) {
            int rc = fsio_read(p, CB_MAX_CSV_BYTES, &o->nb, d);
            if (rc < 0)
                return rc;
        }
        *t = (RmText){o->next, o->nb.data, o->nb.len};
    } else if (o->m.changed) {
        *t = (RmText){o->yours, o->m.out.data, o->m.out.len};
    } else {
        *t = (RmText){o->yours, o->yb.data, o->yb.len};
    }
    return 0;
}

/* Would the project still load? The merged files are read by the
 * loaders that will read them (references before the relations that cite
 * them), so an update that leaves a relation citing a reference you
 * removed, or two rows one loader holds unique, is refused with that
 * loader's own error, and nothing is written. */
static int check_all(One *o, const char *def, Diag *d)
{
    RmText t[NFILES];
    for (size_t i = 0; i < NFILES; i++) {
        int rc = after(&o[i], def, i, &t[i], d);
        if (rc < 0)
            return rc;
    }
    ReferenceList refs;
    int rc = reference_load_mem(t[2].name, t[2].data, t[2].len, &refs, d);
    if (rc < 0)
        return rc;
    RelationList rels;
    rc = relations_load_mem(t[1].name, t[1].data, t[1].len, &refs, &rels, d);
    if (rc == 0)
        relationlist_free(&rels);
    referencelist_free(&refs);
    if (rc < 0)
        return rc;
    Metrics *m;
    if ((rc = metrics_load_mem(t[0].name, t[0].data, t[0].len, &m, d)) < 0)
        return rc;
    metrics_free(m);
    return 0;
}

/* The base must be written when it is missing or not the new default. */
static int base_stale(const One *o)
{
    return !o->have_base || o->bb.len != o->nb.len || memcmp(o->bb.data, o->nb.data, o->nb.len);
}

/* Replace the copies, then the bases (see dataupdate.h for why in this
 * order), each set in one batch. */
static int write_all(One *o, const char *dir, Diag *d)
{
    for (int pass = 0; pass < 2; pass++) {
        FsioBatch *b = fsio_batch_new();
        int rc = 0, any = 0;
        for (size_t i = 0; i < NFILES && rc == 0; i++) {
            if (o[i].skip)
                continue;
            if (!pass && o[i].m.changed)
                rc = fsio_batch_write(b, o[i].yours, o[i].m.out.data, o[i].m.out.len, d), any = 1;
            else if (pass && base_stale(&o[i])) {
                if (!any) {
                    char p[4200];
                    join(p, sizeof p, dir, PROJECT_BASES);
                    rc = fsio_mkdirs(p, d);
                }
                if (rc == 0)
                    rc = fsio_batch_write(b, o[i].base, o[i].nb.data, o[i].nb.len, d), any = 1;
            }
        }
        if (rc == 0 && any)
            rc = fsio_batch_commit(b, d);
        fsio_batch_free(b);
        if (rc < 0)
            return rc;
    }
    return 0;
}

static void report_one(Buf *r, const One *o, int dry_run)
{
    if (o->skip) {
        buf_printf(r, "%s: none in the project (it uses the default): nothing to update\n", o->yours);
        return;
    }
    if (!o->have_base)
        buf_printf(r, "%s: no base (%s is missing: the project predates it): rows that differ "
                      "from the default are kept as yours\n", o->yours, o->base);
    const RowMerge *m = &o->m;
    for (size_t i = 0; i < m->n; i++) {
        const RmChange *c = &m->v[i];
        if (c->line)
            buf_printf(r, "%s:%ld: ", o->yours, c->line);
        else
            buf_printf(r, "%s: ", o->yours);
        buf_printf(r, "%s %s", rowmerge_fate_names[c->fate], c->key);
        if (*c->why)
            buf_printf(r, " (%s)", c->why);
        buf_puts(r, c->fate == RM_CONFLICT && c->yours ? "; yours kept\n" : "\n");
        if (c->fate == RM_CONFLICT) {
            buf_printf(r, "    yours:   %s\n", c->yours ? c->yours : "(removed)");
            buf_printf(r, "    default: %s\n", c->theirs);
        }
    }
    size_t total = 0;
    for (int f = 0; f < RM_NFATES; f++)
        total += m->count[f];
    if (!total && !m->changed) {
        buf_printf(r, "%s: up to date\n", o->yours);
    } else {
        buf_printf(r, "%s: %zu updated, %zu added, %zu removed, %zu kept yours, %zu conflict%s%s\n",
                   o->yours, m->count[RM_UPDATED], m->count[RM_ADDED], m->count[RM_REMOVED],
                   m->count[RM_KEPT], m->count[RM_CONFLICT], m->count[RM_CONFLICT] == 1 ? "" : "s",
                   !m->changed ? " (file unchanged)" : dry_run ? " (would be written)" : "");
    }
    if (base_stale(o))
        buf_printf(r, "%s: %s the base of the next update\n", o->base,
                   dry_run ? "would become" : "is now");
}

int dataupdate_run(const char *dir, int dry_run, Buf *report, Diag *d)
{
    const char *def = project_defaults();
    if (!def)
        return diag_set(d, CB_EINPUT, NULL, 0,
                        "cannot find the default data files and fonts (installed under "
                        "share/claimbrief; set CLAIMBRIEF_DATADIR to their folder)");
    if (!*dir)
        dir = ".";
    if (!project_is_root(dir))
        return diag_set(d, CB_EINPUT, dir, 0,
                        "not a claimbrief project (no " PROJECT_SETTINGS
                        " nor data/corpus/): start one with 'claimbrief init'");
    One o[NFILES];
    memset(o, 0, sizeof o);
    int rc = 0;
    for (size_t i = 0; i < NFILES && rc == 0; i++)
        rc = merge_one(&o[i], dir, def, i, d);
    if (rc == 0 && (rc = check_all(o, def, d)) < 0) {
        char file[sizeof d->file], msg[sizeof d->msg];
        snprintf(file, sizeof file, "%s", d->file);
        snprintf(msg, sizeof msg, "%s", d->msg);
        diag_set(d, d->code, file, d->line, "after the update, %.900s: nothing updated", msg);
    }
    if (rc == 0 && !dry_run)
        rc = write_all(o, dir, d);
    if (rc == 0)
        for (size_t i = 0; i < NFILES; i++)
            report_one(report, &o[i], dry_run);
    for (size_t i = 0; i < NFILES; i++) {
        if (o[i].merged)
            rowmerge_free(&o[i].m);
        buf_free(&o[i].yb);
        buf_free(&o[i].bb);
        buf_free(&o[i].nb);
    }
    return rc;
}
