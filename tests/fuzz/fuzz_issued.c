/* fuzz_issued.c — a publisher's own statement (issued.h) on arbitrary
 * bytes: the input's first line is the publisher's name, its second the
 * authors, the rest the document (and its first line a title).
 *
 * Properties: the core of a name is NUL-terminated, fits its buffer and
 * is a run of the name as written (empty when it does not fit); every
 * answer is 0 or 1. extract_document runs without a bibliography, so
 * fuzz_extract never reaches these readers.
 */
#include "fuzz.h"

#include "issued.h"

/* The line of data[*at, size) as a NUL-terminated copy; *at past it. */
static char *line(const uint8_t *data, size_t size, size_t *at)
{
    size_t s = *at, e = s;
    while (e < size && data[e] != '\n')
        e++;
    *at = e < size ? e + 1 : e;
    char *out = malloc(e - s + 1);
    if (!out)
        abort();
    memcpy(out, data + s, e - s);
    out[e - s] = '\0';   /* (a NUL inside ends it early: so does a C string) */
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t at = 0;
    char *pub = line(data, size, &at), *au = line(data, size, &at);
    const char *doc = (const char *)data + at;
    size_t n = size - at, tn = 0;
    while (tn < n && doc[tn] != '\n')
        tn++;
    static const size_t caps[] = {1, 2, 4, 8, 16, 40, 160};
    char core[160];
    for (size_t k = 0; k < sizeof caps / sizeof *caps; k++) {
        int legal = -1;
        size_t l = issued_core(pub, core, caps[k], &legal);
        if (l >= caps[k] || strlen(core) != l || (legal != 0 && legal != 1) || (l && !strstr(pub, core)))
            abort();
    }
    int a = issued_unit_of(au, pub), b = issued_own_statement(doc, n, pub), c = issued_present(doc, tn);
    if ((a | b | c) & ~1)
        abort();
    free(pub);
    free(au);
    return 0;
}
