/* fuzz_curation.c — the curation reader (curation_load_mem) on arbitrary
 * bytes, then every row applied to a claim: errors are one line naming
 * the file; an accepted row never leaves a claim with an empty span, an
 * unknown qualifier or unterminated fields. */
#include "fuzz.h"

#include "curation.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Curation *cu = NULL;
    Diag d = {0};
    int rc = curation_load_mem("data/curation.csv", (const char *)data, size, &cu, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0) {
        if (cu || strcmp(d.file, "data/curation.csv") != 0)
            abort();
        return 0;
    }
    /* Apply to claims whose ids the input may name (any 16 hex digits in it). */
    for (size_t i = 0; i + 16 <= size; i++) {
        Claim c;
        claim_init(&c);
        memcpy(c.id, data + i, 16);
        c.id[16] = '\0';
        snprintf(c.doc, sizeof c.doc, "d.txt");
        c.start = 5;
        c.end = 9;
        c.text = xstrdup("text");
        if (curation_apply(cu, &c) && (c.start >= c.end || (unsigned)c.qual >= Q_COUNT ||
                                       strlen(c.unit) >= sizeof c.unit || !c.text ||
                                       strlen(c.note) >= sizeof c.note))
            abort();
        claim_fini(&c);
    }
    const Claim *v;
    size_t n = curation_added(cu, "d.txt", &v);
    for (size_t i = 0; i < n; i++)
        if (v[i].origin != ORIGIN_ADDED || v[i].start >= v[i].end || strlen(v[i].id) != 16 ||
            (i && v[i - 1].start > v[i].start))
            abort();
    curation_mark_seen_doc(cu, "d.txt");
    curation_free(cu);
    return 0;
}
