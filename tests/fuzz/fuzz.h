/* fuzz.h — what every libFuzzer target in tests/fuzz/ shares.
 *
 * A target defines LLVMFuzzerTestOneInput: it gets arbitrary bytes, runs
 * one stage of claimbrief on them and frees everything it made. It may
 * reject an input only the way the program does (an error code in a
 * Diag); any crash, leak, hang or sanitizer report is a defect.
 */
#ifndef CB_FUZZ_H
#define CB_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* For readers that take a path: write the input to a per-process file in
 * $TMPDIR (or /tmp) named NAME (e.g. "claims.csv") and return its path
 * (static storage, overwritten by the next call). */
static inline const char *fuzz_file(const char *name, const uint8_t *data, size_t size)
{
    static char path[512];
    const char *dir = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/cbfuzz-%ld-%s", dir && *dir ? dir : "/tmp", (long)getpid(),
             name);
    FILE *fp = fopen(path, "wb");
    if (!fp || (size && fwrite(data, 1, size, fp) != size) || fclose(fp) != 0)
        abort();
    return path;
}

/* The seed document several targets extract from (forms.txt): read once,
 * at start-up, into doc[0..*len) of cap bytes; aborts when it is missing. */
static inline void fuzz_seed_doc(char *doc, size_t cap, size_t *len)
{
    FILE *fp = fopen(CB_SOURCE_DIR "/tests/fuzz/corpus/extract/forms.txt", "rb");
    if (!fp)
        abort();
    *len = fread(doc, 1, cap, fp);
    fclose(fp);
}

/* 1 when the property check for defect id ("D11") is switched off:
 * tests/fuzz/run lists the open ones from tests/fuzz/KNOWN in
 * $CB_FUZZ_KNOWN (comma-separated), so a reported defect does not stop
 * the search for new ones. Crashes and sanitizer reports are never
 * switched off. */
static inline int fuzz_known(const char *id)
{
    const char *k = getenv("CB_FUZZ_KNOWN");
    size_t n = strlen(id);
    for (const char *p = k; p && (p = strstr(p, id)); p += n)
        if ((p == k || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
            return 1;
    return 0;
}

/* A Diag filled by a failing call must be a real one-line error. */
static inline void fuzz_check_diag(const void *diag, int rc);

#include "diag.h"
#include "metrics.h"
#include <string.h>

/* The bundled data/metrics.csv, loaded for the target named `target`;
 * aborts, saying why, when it cannot be (the fuzzer would only test a
 * broken set-up). For LLVMFuzzerInitialize. */
static inline Metrics *fuzz_metrics(const char *target)
{
    Metrics *m = NULL;
    Diag d = {0};
    if (metrics_load(CB_SOURCE_DIR "/data/metrics.csv", &m, &d) != 0) {
        fprintf(stderr, "%s: %s:%ld: %s\n", target, d.file, d.line, d.msg);
        abort();
    }
    return m;
}

static inline void fuzz_check_diag(const void *diag, int rc)
{
    const Diag *d = diag;
    if (rc >= 0)
        return;
    if (d->code != rc || !d->msg[0] || strchr(d->msg, '\n') || d->line < 0)
        abort();
}

#endif
