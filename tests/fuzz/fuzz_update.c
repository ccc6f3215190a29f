/* fuzz_update.c — `init --update`'s row merge (rowmerge_run) of a
 * project's copy of a default table and its base (data/.defaults/), both
 * arbitrary bytes (they come with the project folder), with the bundled
 * default as the new one. The first byte picks the table (metrics,
 * relations, reference) and whether there is a base; the second where
 * the rest splits into yours and the base.
 *
 * Properties: no crash, leak or read past the bytes; an error is one line
 * naming one of the files; a merge read is a CSV table its own reader
 * takes (unless the default's columns take its header past the reader's
 * limit on fields or line length), and merging it again with the new
 * default as its base changes nothing (the second `init --update` is "up
 * to date").
 */
#include "fuzz.h"

#include "csvio.h"
#include "rowmerge.h"

static const char *const files[] = {"metrics.csv", "relations.csv", "reference.csv"};
static const char *const metric_keys[] = {"kind", "id", NULL};
static const char *const relation_keys[] = {"id", NULL};
static const char *const reference_keys[] = {"id", "year", NULL};
static const char *const *const keys[] = {metric_keys, relation_keys, reference_keys};
/* the head of each bundled default (a merge of the whole is slow) */
static char next[3][8192];
static size_t next_len[3];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    for (int i = 0; i < 3; i++) {
        char path[600];
        snprintf(path, sizeof path, CB_SOURCE_DIR "/data/%s", files[i]);
        FILE *fp = fopen(path, "rb");
        if (!fp)
            abort();
        size_t n = fread(next[i], 1, sizeof next[i], fp);
        fclose(fp);
        while (n && next[i][n - 1] != '\n')   /* whole lines */
            n--;
        next_len[i] = n;
    }
    return 0;
}

static int no_row(const CsvRow *row, void *ctx, Diag *d)
{
    (void)row;
    (void)ctx;
    (void)d;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    int t = data[0] % 3, with_base = data[0] / 3 % 2;
    const char *p = (const char *)data + 2;
    size_t n = size - 2, cut = n * data[1] / 256;
    char yname[64], bname[64], nname[64];
    snprintf(yname, sizeof yname, "data/%s", files[t]);
    snprintf(bname, sizeof bname, "data/.defaults/%s", files[t]);
    snprintf(nname, sizeof nname, "/defaults/data/%s", files[t]);
    RmText yours = {yname, p, with_base ? cut : n}, base = {bname, p + cut, n - cut},
           nx = {nname, next[t], next_len[t]};
    RowMerge m;
    Diag d = {0};
    int rc = rowmerge_run(keys[t], &yours, with_base ? &base : NULL, &nx, &m, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0) {
        if (strcmp(d.file, yname) && strcmp(d.file, bname) && strcmp(d.file, nname))
            abort();
        return 0;
    }
    Diag d2 = {0};
    int r2 = csvio_read_mem(yname, m.out.data ? m.out.data : "", m.out.len, no_row, NULL, &d2);
    if (r2 < 0 && (strstr(d2.msg, " fields in one row") || strstr(d2.msg, "line longer than"))) {
        /* the default's columns added to a header near the reader's
         * limits: refused before anything is written (dataupdate loads
         * every merge first), as the limit says */
        rowmerge_free(&m);
        return 0;
    }
    if (r2 < 0) {
        fprintf(stderr, "merged table unreadable: %s:%ld: %s\n---\n%.*s\n---\n", d2.file, d2.line, d2.msg,
                (int)(m.out.len < 4000 ? m.out.len : 4000), m.out.data ? m.out.data : "");
        abort();
    }
    RmText merged = {yname, m.out.data ? m.out.data : "", m.out.len};
    RowMerge again;
    Diag d3 = {0};
    if (rowmerge_run(keys[t], &merged, &nx, &nx, &again, &d3) != 0) {
        fprintf(stderr, "merged table refused: %s:%ld: %s\n", d3.file, d3.line, d3.msg);
        abort();
    }
    if (again.changed) {
        fprintf(stderr, "a second update changed the table\n");
        abort();
    }
    rowmerge_free(&again);
    rowmerge_free(&m);
    return 0;
}
