/* fuzz_metrics.c — data/metrics.csv from arbitrary bytes (metrics_load_mem),
 * then a seed document extracted with those metrics: the cue patterns a
 * user writes drive classification of every claim.
 *
 * Properties: no crash, leak or hang; a rejected file says why in one line
 * naming it; every metric id listed has a unit and a label (maybe empty)
 * and each classified claim's metric is one of the ids (or empty).
 */
#include "fuzz.h"

#include "extract.h"
#include "metrics.h"

static char doc[4096];
static size_t doc_len;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_seed_doc(doc, sizeof doc, &doc_len);
    return 0;
}

static int sink(const Claim *c, void *ctx)
{
    const Metrics *m = ctx;
    if (c->metric[0] && !metrics_unit(m, c->metric))
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Metrics *m = NULL;
    Diag d = {0};
    int rc = metrics_load_mem("metrics.csv", (const char *)data, size, &m, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0) {
        if (strcmp(d.file, "metrics.csv") != 0)
            abort();
        metrics_free(m);
        return 0;
    }
    for (size_t i = 0; i < metrics_count(m); i++) {
        const char *id = metrics_id(m, i);
        if (!id || !metrics_unit(m, id) || !metrics_label(m, id))
            abort();
    }
    ExtractOptions o = {.metrics = m};
    size_t n = 0;
    rc = extract_document(&o, "forms.txt", doc, doc_len, sink, m, &n, &d);
    fuzz_check_diag(&d, rc);
    metrics_free(m);
    return 0;
}
