/* cmd_extract.c — `claimbrief extract [-o FILE] [--no-curation] PATH...`:
 * documents in, the claims CSV out (to stdout or atomically to FILE).
 * With no PATH or "-", one document is read from stdin, so extract is a
 * filter (the map step of a sharded run). */
#include "cmd.h"
#include "diag.h"
#include "extract.h"
#include "fsio.h"
#include "limits.h"
#include "metrics.h"
#include "scan.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define METRICS_PATH "data/metrics.csv"
#define CURATION_PATH "data/curation.csv"

static int run(int argc, char **argv);

const Command cmd_extract_def = {
    "extract", "find and normalize the numeric claims of documents",
    "usage: claimbrief extract [-o FILE] [--no-curation] [--name NAME] [--follow-links] [PATH...]\n"
    "\n"
    "Scan documents (files, or folders whose *.txt files are taken in name\n"
    "order) and write the claims CSV: one row per numeric claim with its value,\n"
    "bounds, unit, qualifier, metric, scope, year, source, byte span, sentence\n"
    "and stable id, ordered by document then offset. With no PATH or '-', one\n"
    "document is read from stdin (named NAME, default \"stdin\").\n"
    "\n"
    "Classification uses data/metrics.csv (required); data/curation.csv, when\n"
    "present, rejects, corrects or adds claims by id.\n"
    "\n"
    "  -o FILE          write the table to FILE (atomically) instead of stdout\n"
    "  --no-curation    ignore data/curation.csv\n"
    "  --name NAME      the document name for stdin (a file name: not empty, no\n"
    "                   '/', at most 255 bytes)\n"
    "  --follow-links   read a folder's documents that are links leading outside\n"
    "                   it (refused by default)\n"
    "\n"
    "A bad document (unreadable, binary, too large) is reported on one line and\n"
    "skipped; the others are still written and the exit status is 1. Invalid\n"
    "UTF-8 is reported with its byte offset and the document is still read.\n",
    run,
};

typedef struct Out {
    FILE *fp;
    Buf b;
    unsigned long long total;   /* bytes of the table so far */
    int too_big;                /* it passed CB_MAX_CSV_BYTES */
} Out;

static int flush_out(Out *o)
{
    if (o->b.len && fsio_fwrite(o->b.data, o->b.len, o->fp))
        return CB_EWRITE;
    buf_reset(&o->b);
    return 0;
}

static int sink_row(const Claim *c, void *ctx)
{
    Out *o = ctx;
    size_t before = o->b.len;
    claims_write_row(&o->b, c);
    /* The writer holds to its reader's limit: a table claimbrief would
     * refuse to read back is never written (with -o the old one stays). */
    if ((o->total += o->b.len - before) > CB_MAX_CSV_BYTES) {
        o->too_big = 1;
        return CB_EWRITE;   /* stops extraction (not one bad document) */
    }
    return o->b.len >= (1u << 16) ? flush_out(o) : 0;
}

static void on_problem(const Diag *d, int warning, void *ctx)
{
    (void)warning;
    (void)ctx;
    diag_print(d);
}

/* A document name as the claims table holds it: a file name its reader
 * takes (not empty, no '/', within the doc column). NULL, or why not. */
static const char *bad_name(const char *name)
{
    if (!*name)
        return "is empty";
    if (strchr(name, '/'))
        return "holds a '/' (a document name is a file name, not a path)";
    if (strlen(name) >= sizeof ((Claim *)0)->doc)
        return "is too long";
    return NULL;
}

/* Read all of stdin into b (capped). */
static int read_stdin(Buf *b, Diag *d)
{
    buf_init(b, CB_MAX_DOC_BYTES);
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, stdin)) > 0)
        if (buf_append(b, chunk, got))
            return diag_set(d, CB_EINPUT, "stdin", 0, "larger than the limit of %u bytes", CB_MAX_DOC_BYTES);
    if (ferror(stdin))
        return diag_set(d, CB_EINPUT, "stdin", 0, "cannot read");
    return 0;
}

static int extract_stdin(const ExtractOptions *eo, const char *name, Out *out, int *bad)
{
    Diag d;
    diag_clear(&d);
    Buf b;
    if (read_stdin(&b, &d)) {
        buf_free(&b);
        diag_print(&d);
        *bad = 1;
        return 0;
    }
    size_t first, nbad = scan_utf8_check(b.data, b.len, &first);
    if (nbad && !scan_is_binary(b.data, b.len))
        diag_error(name, "invalid UTF-8 at byte %zu (%zu invalid sequence%s; the rest was read)",
                   first, nbad, nbad == 1 ? "" : "s");
    int rc = extract_document(eo, name, b.data, b.len, sink_row, out, NULL, &d);
    buf_free(&b);
    if (rc == CB_EINPUT) {
        diag_print(&d);
        *bad = 1;
        return 0;
    }
    return rc;
}

static int run(int argc, char **argv)
{
    const char *out_path = NULL, *name = "stdin";
    int no_curation = 0, opts = 1, follow = 0;
    char **paths = xcalloc((size_t)argc + 1, sizeof *paths);
    size_t n = 0;
    for (int i = 1; i < argc; i++) {
        if (opts && strcmp(argv[i], "--") == 0) {
            opts = 0;
        } else if (opts && (strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--name") == 0)) {
            if (i + 1 >= argc) {
                free(paths);
                return cmd_usage_error(&cmd_extract_def, "%s needs a value", argv[i]);
            }
            if (argv[i][1] == 'o')
                out_path = argv[++i];
            else
                name = argv[++i];
        } else if (opts && strcmp(argv[i], "--no-curation") == 0) {
            no_curation = 1;
        } else if (opts && strcmp(argv[i], "--follow-links") == 0) {
            follow = 1;
        } else if (opts && argv[i][0] == '-' && argv[i][1]) {
            free(paths);
            return cmd_usage_error(&cmd_extract_def, "unknown option '%s'", argv[i]);
        } else {
            paths[n++] = argv[i];
        }
    }
    const char *why = bad_name(name);
    if (why) {
        free(paths);
        if (!strcmp(why, "is too long"))
            return cmd_usage_error(&cmd_extract_def, "--name is %zu bytes, over the limit of %zu",
                                   strlen(name), sizeof ((Claim *)0)->doc - 1);
        return cmd_usage_error(&cmd_extract_def, "--name %s", why);
    }
    int from_stdin = n == 0 || (n == 1 && strcmp(paths[0], "-") == 0);
    for (size_t i = 0; !from_stdin && i < n; i++)
        if (strcmp(paths[i], "-") == 0) {
            free(paths);
            return cmd_usage_error(&cmd_extract_def, "'-' (stdin) cannot be mixed with files");
        }

    Diag d;
    diag_clear(&d);
    Metrics *metrics = NULL;
    if (access(METRICS_PATH, F_OK) != 0) {
        diag_error(METRICS_PATH, "cannot read: No such file or directory");
        free(paths);
        return 1;
    }
    if (metrics_load(METRICS_PATH, &metrics, &d)) {
        diag_print(&d);
        free(paths);
        return diag_exit_status(d.code);
    }
    Curation *cu = NULL;
    if (!no_curation && extract_curation_load(CURATION_PATH, &cu, &d)) {
        diag_print(&d);
        metrics_free(metrics);
        free(paths);
        return diag_exit_status(d.code);
    }

    ExtractOptions eo = {metrics, cu, on_problem, NULL, follow};
    Out out = {.fp = stdout};
    buf_init(&out.b, 0);
    AtomicFile af;
    int rc = 0, bad = 0;
    if (out_path) {
        rc = fsio_atomic_open_user(&af, out_path, &d);
        if (rc) {
            diag_print(&d);
            goto done;
        }
        out.fp = af.fp;
    }
    claims_write_header(&out.b);
    if (from_stdin) {
        rc = extract_stdin(&eo, name, &out, &bad);
    } else {
        rc = extract_paths(&eo, paths, n, sink_row, &out, &d);
        if (rc == CB_EINPUT)
            bad = 1, rc = 0;
    }
    if (!rc)
        rc = flush_out(&out);
    if (out.too_big) {
        diag_error(out_path ? out_path : "standard output",
                   "the claims table would pass %u bytes, the limit its reader takes; %s",
                   CB_MAX_CSV_BYTES, out_path ? "the old table is kept" : "the output is cut");
        rc = CB_EINPUT;
    }
    if (out_path) {
        if (rc) {
            int e = errno;
            fsio_atomic_abort(&af);
            if (!out.too_big)
                diag_error(out_path, "cannot write: %s", strerror(e ? e : EIO));
        } else if ((rc = fsio_atomic_commit(&af, &d)) != 0) {
            diag_print(&d);
        }
    } else if (!out.too_big && (rc || fflush(stdout))) {
        diag_error("standard output", "cannot write: %s", strerror(errno ? errno : EIO));
        rc = CB_EWRITE;
    }
    if (!rc && cu)
        extract_curation_finish(cu);
done:
    buf_free(&out.b);
    extract_curation_free(cu);
    metrics_free(metrics);
    free(paths);
    if (rc)
        return diag_exit_status(rc);
    return bad ? 1 : 0;
}
