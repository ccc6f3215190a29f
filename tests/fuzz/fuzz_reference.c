/* fuzz_reference.c — data/reference.csv from arbitrary bytes, then the
 * bundled data/relations.csv held against those references over the seed
 * claims: cited values of any size flow through the comparisons.
 *
 * Properties: as fuzz_relations (finite findings, no nan/inf in words); a
 * reference read has value inside [low, high] and only finite numbers.
 */
#include "fuzz.h"

#include "compare.h"

#include <math.h>

static ClaimList claims;
static char relations_csv[1 << 16];
static size_t relations_len;

/* words: 0 when the input itself holds "nan" or "inf" (then a statement
 * may quote them from a label). */
void fuzz_check_findings(const FindingList *fl, int words);
void fuzz_check_findings(const FindingList *fl, int words)
{
    for (size_t i = 0; i < fl->n; i++) {
        const Finding *f = &fl->v[i];
        if (isinf(f->value) || isinf(f->low) || isinf(f->high) || isinf(f->other_value) ||
            isinf(f->other_low) || isinf(f->other_high) || !f->statement)
            abort();
        if (words && (strstr(f->statement, "nan") || strstr(f->statement, "NaN") ||
            strstr(f->statement, "inf ") || strstr(f->statement, "inf)") ||
            strstr(f->statement, "inf.")))
            abort();
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    Diag d = {0};
    if (claims_load(CB_SOURCE_DIR "/tests/fixtures/claims_seed.csv", &claims, &d) != 0)
        abort();
    FILE *fp = fopen(CB_SOURCE_DIR "/data/relations.csv", "rb");
    if (!fp)
        abort();
    relations_len = fread(relations_csv, 1, sizeof relations_csv, fp);
    fclose(fp);
    return 0;
}

static int has_word(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i + 3 <= n; i++) {
        char a = (char)(p[i] | 0x20), b = (char)(p[i + 1] | 0x20), c = (char)(p[i + 2] | 0x20);
        if ((a == 'n' && b == 'a' && c == 'n') || (a == 'i' && b == 'n' && c == 'f'))
            return 1;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("reference.csv", data, size);
    char refpath[600];
    snprintf(refpath, sizeof refpath, "%s", path);
    ReferenceList refs;
    Diag d = {0};
    int rc = reference_load(refpath, &refs, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0) {
        if (strcmp(d.file, refpath) != 0)
            abort();
        referencelist_free(&refs);
        return 0;
    }
    for (size_t i = 0; i < refs.n; i++) {
        const Reference *r = &refs.v[i];
        if (!isfinite(r->value) || isinf(r->low) || isinf(r->high) || !r->citation ||
            (isfinite(r->low) && r->low > r->value) || (isfinite(r->high) && r->high < r->value))
            abort();
    }
    const char *rpath = fuzz_file("relations.csv", (const uint8_t *)relations_csv, relations_len);
    RelationList rl;
    if (relations_load(rpath, &refs, &rl, &d) == 0) {
        CompareInputs in = {.claims = &claims, .relations = &rl, .references = &refs};
        FindingList fl = {0};
        rc = compare_run(&in, &fl, &d);
        fuzz_check_diag(&d, rc);
        fuzz_check_findings(&fl, !has_word(data, size));
        findinglist_free(&fl);
    }
    relationlist_free(&rl);
    referencelist_free(&refs);
    return 0;
}
