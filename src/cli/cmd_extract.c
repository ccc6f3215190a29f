/* cmd_extract.c — `claimbrief extract [-o FILE] [--no-curation] PATH...`:
 * documents in, the claims CSV out (to stdout or atomically to FILE).
 * With no PATH or "-", one document is read from stdin, so extract is a
 * filter (the map step of a sharded run). */
#include "cmd.h"
#include "corpus.h"
#include "project.h"
#include "diag.h"
#include "curation.h"
#include "extract.h"
#include "fsio.h"
#include "limits.h"
#include "metrics.h"
#include "scan.h"
#include "sources.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CURATION_PATH "data/curation.csv"

static int run(int argc, char **argv);

const Command cmd_extract_def = {
    "extract", "find and normalize the numeric claims of documents",
    "usage: claimbrief extract [-o FILE] [--no-curation] [--sources FILE | --no-sources]\n"
    "                          [--name NAME] [--text DIR] [--follow-links] [PATH...]\n"
    "\n"
    "Scan documents (files, or folders whose .txt, .pdf, .html and .htm files\n"
    "are taken in name order) and write the claims CSV: one row per numeric\n"
    "claim with its value, bounds, unit, qualifier, metric, scope (a country\n"
    "or a region), area (a province or a city within it), year, source, byte\n"
    "span, page (PDF), sentence and stable id, ordered by document\n"
    "then offset. With no PATH or '-', one document is read from stdin (named\n"
    "NAME, default \"stdin\"; a NAME ending in .pdf or .html says its type).\n"
    "A PDF or HTML page is converted to text first; byte spans are offsets in\n"
    "that text.\n"
    "\n"
    "Classification uses data/metrics.csv (required); data/curation.csv, when\n"
    "present, rejects, corrects or adds claims by id. A document's row in the\n"
    "sources.csv of its folder (its bibliography: title, date, publisher)\n"
    "gives the place, year and body its sentences leave unsaid.\n"
    "\n"
    "  -o FILE          write the table to FILE (atomically) instead of stdout\n"
    "  --no-curation    ignore data/curation.csv\n"
    "  --sources FILE   read the bibliography from FILE for every document\n"
    "  --no-sources     read no bibliography\n"
    "  --name NAME      the document name for stdin (a file name: not empty, no\n"
    "                   '/', at most 255 bytes)\n"
    "  --text DIR       keep each PDF's and HTML page's text as DIR/NAME.txt,\n"
    "                   with DIR/NAME.map (text offsets to pages and source bytes)\n"
    "  --follow-links   read a folder's documents that are links leading outside\n"
    "                   it (refused by default)\n"
    "\n"
    "A bad document (unreadable, binary, too large) is reported on one line and\n"
    "skipped; the others are still written and the exit status is 1. Invalid\n"
    "UTF-8 is reported with its byte offset and the document is still read.\n",
    run,
    CMD_PROJECT_ANY,
};

typedef struct Out {
    FILE *fp;
    Buf b;
    unsigned long long total;   /* bytes of the table so far */
    int too_big;                /* it passed CB_MAX_CSV_BYTES */
    int err;                    /* errno of a failed write of the table, 0 none */
} Out;

static int flush_out(Out *o)
{
    if (o->b.len && fsio_fwrite(o->b.data, o->b.len, o->fp)) {
        o->err = errno ? errno : EIO;
        return CB_EWRITE;
    }
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


static int keep_text(const Document *doc, void *ctx)
{
    Diag d;
    int rc = document_save_text(doc, ctx, &d);
    if (rc)
        diag_print(&d);
    return rc;
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
    int rc = extract_bytes(eo, name, &b, sink_row, out, &d);
    buf_free(&b);
    if (rc == CB_EINPUT) {
        *bad = 1;
        return 0;
    }
    return rc;
}

enum { O_NAME = 256, O_SOURCES, O_NO_SOURCES, O_TEXT, O_NO_CURATION, O_FOLLOW_LINKS };

static const CmdOpt options[] = {
    {NULL, 'o', "a value"},
    {"name", O_NAME, "a value"},
    {"sources", O_SOURCES, "a value"},
    {"no-sources", O_NO_SOURCES, NULL},
    {"text", O_TEXT, "a value"},
    {"no-curation", O_NO_CURATION, NULL},
    {"follow-links", O_FOLLOW_LINKS, NULL},
    {0},
};

/* The command line: what to read, where to write the table, how. */
typedef struct Args {
    const char *out_path, *name, *sources_path, *text_dir;
    int no_curation, no_sources, follow;
    char **paths;   /* the operands, read from the folder they were typed in */
    size_t n;
    int from_stdin;
} Args;

/* The options and operands into ar: 0, or the exit status of a wrong
 * command line (said). */
static int parse_args(int argc, char **argv, Args *ar)
{
    int key;
    CmdArgs a;
    cmd_args_begin(&a, &cmd_extract_def, options, argc, argv, 0);
    while ((key = cmd_args_next(&a)) != CMD_ARGS_END) {
        switch (key) {
        case 'o': ar->out_path = project_user_path(a.value); break;
        case O_NAME: ar->name = a.value; break;
        case O_SOURCES: ar->sources_path = project_user_path(a.value); break;
        case O_NO_SOURCES: ar->no_sources = 1; break;
        case O_TEXT: ar->text_dir = project_user_path(a.value); break;
        case O_NO_CURATION: ar->no_curation = 1; break;
        case O_FOLLOW_LINKS: ar->follow = 1; break;
        default: return 2;
        }
    }
    ar->paths = xcalloc((size_t)argc + 1, sizeof *ar->paths);
    for (int i = a.rest; i < argc; i++)
        ar->paths[ar->n++] = (char *)project_user_path(argv[i]);
    const char *why = bad_name(ar->name);
    if (why && !strcmp(why, "is too long"))
        return cmd_usage_error(&cmd_extract_def, "--name is %zu bytes, over the limit of %zu",
                               strlen(ar->name), sizeof ((Claim *)0)->doc - 1);
    if (why)
        return cmd_usage_error(&cmd_extract_def, "--name %s", why);
    if (ar->no_sources && ar->sources_path)
        return cmd_usage_error(&cmd_extract_def, "--sources and --no-sources cannot be used together");
    ar->from_stdin = ar->n == 0 || (ar->n == 1 && strcmp(ar->paths[0], "-") == 0);
    for (size_t i = 0; !ar->from_stdin && i < ar->n; i++)
        if (strcmp(ar->paths[i], "-") == 0)
            return cmd_usage_error(&cmd_extract_def, "'-' (stdin) cannot be mixed with files");
    return 0;
}

/* The tables extraction reads: metrics.csv, the curation (its rows
 * checked against the taxonomy; not against the documents: a shard's
 * extract sees only some of them), the bibliography. 0, or the exit
 * status of the error (said). */
static int load_tables(const Args *ar, Metrics **metrics, Curation **cu, SourceList *bib)
{
    Diag d;
    diag_clear(&d);
    const char *metrics_path = project_input("data/metrics.csv");
    if (access(metrics_path, F_OK) != 0) {
        diag_error(metrics_path, "cannot read: No such file or directory");
        return 1;
    }
    if (metrics_load(metrics_path, metrics, &d) ||
        (!ar->no_curation && (extract_curation_load(CURATION_PATH, cu, &d) ||
                              curation_check(*cu, *metrics, metrics_path, NULL, &d))) ||
        (ar->sources_path && sources_load(ar->sources_path, bib, &d))) {
        diag_print(&d);
        return diag_exit_status(d.code);
    }
    return 0;
}

/* The claims table, to -o's file (atomically) or standard output; *bad:
 * a document could not be read. 0 or a CB_E* code (said). */
static int write_claims(const Args *ar, const ExtractOptions *eo, int *bad)
{
    Diag d;
    diag_clear(&d);
    Out out = {.fp = stdout};
    buf_init(&out.b, 0);
    AtomicFile af;
    int rc = 0;
    if (ar->out_path) {
        rc = fsio_atomic_open_user(&af, ar->out_path, &d);
        if (rc) {
            diag_print(&d);
            buf_free(&out.b);
            return rc;
        }
        out.fp = af.fp;
    }
    claims_write_header(&out.b);
    if (ar->from_stdin) {
        rc = extract_stdin(eo, ar->name, &out, bad);
    } else {
        rc = extract_paths(eo, ar->paths, ar->n, sink_row, &out, &d);
        if (rc == CB_EINPUT)
            *bad = 1, rc = 0;
    }
    if (!rc)
        rc = flush_out(&out);
    if (out.too_big) {
        diag_error(ar->out_path ? ar->out_path : "standard output",
                   "the claims table would pass %u bytes, the limit its reader takes; %s",
                   CB_MAX_CSV_BYTES, ar->out_path ? "the old table is kept" : "the output is cut");
        rc = CB_EINPUT;
    }
    /* A failure of the table's own writes is said here; any other (a
     * --text file that could not be written) was said where it happened,
     * and only stops the table (with -o, the old one stays). */
    if (ar->out_path) {
        if (rc) {
            fsio_atomic_abort(&af);
            if (out.err)
                diag_error(ar->out_path, "cannot write: %s", strerror(out.err));
        } else if ((rc = fsio_atomic_commit(&af, &d)) != 0) {
            diag_print(&d);
        }
    } else if (!out.too_big && (out.err || (!rc && fflush(stdout)))) {
        diag_error("standard output", "cannot write: %s", strerror(out.err ? out.err : errno ? errno : EIO));
        rc = CB_EWRITE;
    }
    buf_free(&out.b);
    return rc;
}

static int run(int argc, char **argv)
{
    Args ar = {.name = "stdin"};
    Metrics *metrics = NULL;
    Curation *cu = NULL;
    SourceList bib = {0};
    int st = parse_args(argc, argv, &ar);
    if (st == 0)
        st = load_tables(&ar, &metrics, &cu, &bib);
    if (st == 0) {
        ExtractOptions eo = {.metrics = metrics, .curation = cu, .report = on_problem,
                             .sources = ar.sources_path ? &bib : NULL, .no_sources = ar.no_sources,
                             .on_text = ar.text_dir ? keep_text : NULL, .text_ctx = (void *)ar.text_dir,
                             .follow_links = ar.follow};
        int bad = 0, rc = write_claims(&ar, &eo, &bad);
        if (!rc && cu)
            extract_curation_finish(cu);
        st = rc ? diag_exit_status(rc) : bad ? 1 : 0;
    }
    sources_free(&bib);
    extract_curation_free(cu);
    metrics_free(metrics);
    free(ar.paths);
    return st;
}
