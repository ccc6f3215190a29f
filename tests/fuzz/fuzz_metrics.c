/* fuzz_metrics.c — the classifier on arbitrary text. The first byte picks
 * a claim span and a unit; the rest is the document. data/metrics.csv is
 * loaded once. Any crash or sanitizer report is a defect; a year is
 * always 0 or 1900-2100, and fields stay terminated. */
#include "fuzz.h"

#include "metrics.h"

static Metrics *M;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    Diag d = {0};
    if (metrics_load(CB_SOURCE_DIR "/data/metrics.csv", &M, &d) != 0)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const units[] = {"", "people", "%", "USD", "USD/year", "countries",
                                        "households", "CNY"};
    if (size < 2)
        return 0;
    unsigned k = data[0];
    const char *doc = (const char *)data + 1;
    size_t n = size - 1;
    Claim c;
    claim_init(&c);
    c.start = (n * (k & 0x1F)) / 32;
    c.end = c.start + (k >> 5) + 1;
    if (c.end > n)
        c.end = n;
    if (c.start > c.end)
        c.start = c.end;
    snprintf(c.unit, sizeof c.unit, "%s", units[k % 8]);
    metrics_classify(M, &c, doc, n, 0, n);
    if ((c.year && (c.year < 1900 || c.year > 2100)) || strlen(c.metric) >= sizeof c.metric ||
        strlen(c.scope) >= sizeof c.scope || strlen(c.source) >= sizeof c.source)
        abort();
    claim_fini(&c);
    return 0;
}
