/* fuzz_relations.c — data/relations.csv from arbitrary bytes, then every
 * comparison it asks for over the seed claims (tests/fixtures) and the
 * bundled data/reference.csv: the expression parser, interval arithmetic,
 * the seeded Monte Carlo and the statements.
 *
 * Properties: no crash, leak or hang; findings carry only finite numbers
 * (never NaN or inf) and a statement free of "nan"/"inf"; a rejected file
 * says why in one line naming it.
 */
#include "fuzz.h"

#include "compare.h"

#include <math.h>

static ClaimList claims;
static ReferenceList refs;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    Diag d = {0};
    if (claims_load(CB_SOURCE_DIR "/tests/fixtures/claims_seed.csv", &claims, &d) != 0 ||
        reference_load(CB_SOURCE_DIR "/data/reference.csv", &refs, &d) != 0) {
        fprintf(stderr, "fuzz_relations: %s:%ld: %s\n", d.file, d.line, d.msg);
        abort();
    }
    return 0;
}

/* Findings never hold inf, and a statement never prints nan or inf. */
/* words: 0 when the input itself holds "nan" or "inf" (then a statement
 * may quote them from a label). */
void fuzz_check_findings(const FindingList *fl, int words);
void fuzz_check_findings(const FindingList *fl, int words)
{
    for (size_t i = 0; i < fl->n; i++) {
        const Finding *f = &fl->v[i];
        if (isinf(f->value) || isinf(f->low) || isinf(f->high) || isinf(f->other_value) ||
            isinf(f->other_low) || isinf(f->other_high) || !f->statement || f->kind >= FK_COUNT ||
            f->verdict >= V_COUNT)
            abort();
        if (words && (strstr(f->statement, "nan") || strstr(f->statement, "inf ") ||
            strstr(f->statement, "NaN") || strstr(f->statement, "inf)") ||
            strstr(f->statement, "inf.")))
            abort();
    }
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
    const char *path = fuzz_file("relations.csv", data, size);
    RelationList rl;
    Diag d = {0};
    int rc = relations_load(path, &refs, &rl, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0) {
        if (strcmp(d.file, path) != 0)
            abort();
        relationlist_free(&rl);
        return 0;
    }
    CompareInputs in = {.claims = &claims, .relations = &rl, .references = &refs};
    FindingList fl = {0};
    rc = compare_run(&in, &fl, &d);
    fuzz_check_diag(&d, rc);
    fuzz_check_findings(&fl, !has_word(data, size));
    findinglist_free(&fl);
    relationlist_free(&rl);
    return 0;
}
