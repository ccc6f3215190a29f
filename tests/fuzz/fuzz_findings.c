/* fuzz_findings.c — the findings CSV reader (findings_load), which the
 * charts and the brief read: no crash or leak on arbitrary bytes; what it
 * accepts has only finite numbers and writes back to the same findings
 * (id lists may be summarised, "... +N", on the first write), and a
 * second write is byte for byte the first. */
#include "fuzz.h"

#include "findings.h"

#include <math.h>

static int same_num(double a, double b)
{
    return (isnan(a) && isnan(b)) || a == b;
}

static int same(const Finding *a, const Finding *b)
{
    return !strcmp(a->id, b->id) && a->kind == b->kind && !strcmp(a->statement, b->statement) &&
           same_num(a->value, b->value) && same_num(a->low, b->low) &&
           same_num(a->high, b->high) && same_num(a->other_value, b->other_value) &&
           same_num(a->other_low, b->other_low) && same_num(a->other_high, b->other_high) &&
           !strcmp(a->unit, b->unit) && a->verdict == b->verdict;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("findings.csv", data, size);
    FindingList l;
    Diag d = {0};
    int rc = findings_load(path, &l, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0) {
        if (strcmp(d.file, path) != 0 || l.n != 0)
            abort();
        return 0;
    }
    Buf b;
    buf_init(&b, 0);
    findings_write_header(&b);
    for (size_t i = 0; i < l.n; i++) {
        const Finding *f = &l.v[i];
        if (!f->id[0] || f->kind >= FK_COUNT || f->verdict >= V_COUNT || isinf(f->value) ||
            isinf(f->low) || isinf(f->high) || isinf(f->other_value) || isinf(f->other_low) ||
            isinf(f->other_high))
            abort();
        findings_write_row(&b, f);
    }
    const char *again_path = fuzz_file("findings-again.csv", (const uint8_t *)b.data, b.len);
    FindingList again;
    Diag d2 = {0};
    if (findings_load(again_path, &again, &d2) != 0 || again.n != l.n)
        abort();
    Buf b2;
    buf_init(&b2, 0);
    findings_write_header(&b2);
    for (size_t i = 0; i < l.n; i++) {
        if (!same(&l.v[i], &again.v[i]))
            abort();
        findings_write_row(&b2, &again.v[i]);
    }
    if (b2.len != b.len || memcmp(b2.data, b.data, b.len) != 0)
        abort();
    buf_free(&b2);
    findinglist_free(&again);
    findinglist_free(&l);
    buf_free(&b);
    return 0;
}
