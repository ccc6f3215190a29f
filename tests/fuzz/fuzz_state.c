/* fuzz_state.c — the build's own files in reports/.build, which come with
 * the project folder (a cloned repository may hold any bytes there): the
 * record of hashes (bstate_load), the stamp of a no-op build
 * (bstate_stamp_holds) and the row index (rowindex_parse), on arbitrary
 * bytes; and the list of chart parts (reports/.build/charts,
 * chartlist.h), the whole input.
 *
 * The record and the stamp end with a checksum of what is above; the
 * fuzzer could never forge one, so the target adds it: the input is the
 * body, and the first byte picks the version line put before it (this
 * version and program, which is trusted; another version, which is
 * salvaged; or none, the input's own).
 *
 * Properties: no crash, leak or read past the bytes; a record loaded is
 * saved and loaded again to the same bytes; its nodes' outputs are
 * removed (bstate_remove_outputs) in an empty folder of the target's own,
 * so a path the record names reaches nothing of the user's (ownpath.h);
 * a row index read has every span inside the table, in name order; a
 * list of charts taken gives as many stems as it counts, each a plain
 * file-name stem, that joined again by newlines are the input (a NUL
 * before a line's newline once sent the build's reading past the list).
 */
#include "fuzz.h"

#include "bstate.h"
#include "chartlist.h"
#include "rowindex.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <xxhash.h>

static char home[512];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    /* an empty folder of our own as the project, where the records are
     * read and written and their outputs removed (the fuzzer's own paths,
     * its corpus and artifacts, are relative to where it started) */
    const char *t = getenv("TMPDIR");
    snprintf(home, sizeof home, "%s/cbfuzz-state-%ld", t && *t ? t : "/tmp", (long)getpid());
    if (mkdir(home, 0700) != 0)
        abort();
    return 0;
}

static char *slurp(const char *path, size_t *n)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        abort();
    char *b = malloc(1 << 20);
    *n = fread(b, 1, 1 << 20, fp);
    fclose(fp);
    return b;
}

/* body with its checksum line, into path */
static void with_sum(const char *path, const char *head, const uint8_t *body, size_t n)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        abort();
    XXH64_state_t *x = XXH64_createState();
    XXH64_reset(x, 0);
    fputs(head, fp);
    XXH64_update(x, head, strlen(head));
    if (n) {
        fwrite(body, 1, n, fp);
        XXH64_update(x, body, n);
    }
    fprintf(fp, "end %016llx\n", (unsigned long long)XXH64_digest(x));
    XXH64_freeState(x);
    if (fclose(fp) != 0)
        abort();
}

static void record(const uint8_t *data, size_t size)
{
    char head[128] = "";
    if (size && data[0] % 3 == 0)
        snprintf(head, sizeof head, "%s\nprogram %016llx\n", BSTATE_MAGIC,
                 (unsigned long long)bstate_program_key());
    else if (size && data[0] % 3 == 1)
        snprintf(head, sizeof head, "claimbrief-build-state 3\n");
    with_sum("state", head, size ? data + 1 : data, size ? size - 1 : 0);
    char why[256];
    BState *s = bstate_load("state", why, sizeof why);
    if (!why[0]) {
        /* trusted: saved and loaded again, the same bytes */
        Diag d = {0};
        if (bstate_save_writing(s, "saved", &d) != 0)
            abort();
        BState *t = bstate_load("saved", why, sizeof why);
        if (why[0] || bstate_save_writing(t, "again", &d) != 0)
            abort();
        size_t n1, n2;
        char *a = slurp("saved", &n1), *b = slurp("again", &n2);
        if (n1 != n2 || memcmp(a, b, n1) != 0)
            abort();
        free(a);
        free(b);
        bstate_free(t);
    }
    size_t n;
    const char **names = bstate_unseen(s, "", &n);
    for (size_t i = 0; i < n; i++)
        bstate_remove_outputs(s, names[i], NULL);
    free(names);
    bstate_free(s);
}

static void stamp(const uint8_t *data, size_t size)
{
    with_sum("stamp", size && data[0] % 2 ? "claimbrief-build-stamp 1\nk key\n" : "", size ? data + 1 : data,
             size ? size - 1 : 0);
    char **notes;
    size_t nn;
    if (bstate_stamp_holds("stamp", "key", &notes, &nn)) {
        for (size_t i = 0; i < nn; i++)
            free(notes[i]);
        free(notes);
    }
}

static void row_index(const uint8_t *data, size_t size)
{
    RowIndex x;
    size_t table = size ? data[0] * 256u : 0;
    if (rowindex_parse(size ? (const char *)data + 1 : "", size ? size - 1 : 0, table, &x) == 0) {
        for (size_t i = 0; i < x.n; i++) {
            if (x.v[i].off > table || x.v[i].len > table - x.v[i].off || !x.v[i].name[0] ||
                (i && (strcmp(x.v[i - 1].name, x.v[i].name) >= 0 || x.v[i].off < x.v[i - 1].off + x.v[i - 1].len)) ||
                rowindex_find(&x, x.v[i].name) != &x.v[i])
                abort();
        }
    }
    rowindex_free(&x);
}

static void chart_list(const uint8_t *data, size_t size)
{
    /* (a copy of the input's own size: a read past it is seen) */
    char *list = malloc(size ? size : 1);
    memcpy(list, data, size);
    long n = chartlist_count(list, size);
    if (n < -1 || (n >= 0 && (size_t)n > size / 2))
        abort();
    size_t at = 0, joined = 0;
    for (long i = 0; i < n; i++) {
        char stem[CHARTLIST_STEM];
        size_t from = at;
        chartlist_next(list, &at, stem);
        size_t l = strlen(stem);
        if (!l || stem[0] == '.' || strchr(stem, '/') || at != from + l + 1 || at > size ||
            memcmp(stem, data + from, l) != 0 || data[from + l] != '\n')
            abort();
        joined += l + 1;
    }
    if (n >= 0 && joined != size)
        abort();
    free(list);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int start = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (start < 0 || chdir(home) != 0)
        abort();
    record(data, size);
    stamp(data, size);
    if (fchdir(start) != 0)
        abort();
    close(start);
    row_index(data, size);
    chart_list(data, size);
    return 0;
}
