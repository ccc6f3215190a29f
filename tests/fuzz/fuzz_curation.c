/* fuzz_curation.c — data/curation.csv from arbitrary bytes
 * (curation_load_mem), applied to a seed document's claims.
 *
 * Properties: no crash, leak or hang; a rejected file says why in one
 * line naming it; a corrected claim keeps start < end, finite numbers and
 * low <= high; added claims come in offset order.
 */
#include "fuzz.h"

#include "curation.h"
#include "extract.h"

#include <math.h>

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
    (void)ctx;
    if (c->start > c->end || isinf(c->value) || isinf(c->low) || isinf(c->high) ||
        c->qual >= Q_COUNT || c->origin >= ORIGIN_COUNT)
        abort();
    /* D11 (fixed): no correction may leave low above high */
    if (!isnan(c->low) && !isnan(c->high) && c->low > c->high && !fuzz_known("D11"))
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Curation *cu = NULL;
    Diag d = {0};
    int rc = curation_load_mem("curation.csv", (const char *)data, size, &cu, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0) {
        if (strcmp(d.file, "curation.csv") != 0)
            abort();
        curation_free(cu);
        return 0;
    }
    const Claim *added = NULL;
    size_t na = curation_added(cu, "forms.txt", &added);
    for (size_t i = 1; i < na; i++)
        if (added[i].start < added[i - 1].start)
            abort();
    ExtractOptions o = {.curation = cu};
    size_t n = 0;
    rc = extract_document(&o, "forms.txt", doc, doc_len, sink, NULL, &n, &d);
    fuzz_check_diag(&d, rc);
    curation_free(cu);
    return 0;
}
