/* fuzz_extract.c — one document from memory through extract_document,
 * with the bundled data/metrics.csv classifying its claims.
 *
 * Properties: claims come in offset order inside the document; text is
 * the span as stored; the sentence is at most CB_MAX_SENTENCE_BYTES and
 * valid UTF-8; the id is 16 lowercase hex digits; numbers are finite or
 * NAN with low <= high; a rejected document sinks nothing and says why
 * in one line; at most CB_MAX_CLAIMS_PER_DOC claims.
 */
#include "fuzz.h"

#include "extract.h"
#include "limits.h"
#include "metrics.h"

#include <math.h>
#include <utf8proc.h>

static Metrics *metrics;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    metrics = fuzz_metrics("fuzz_extract");
    return 0;
}

typedef struct Seen {
    const char *doc;
    size_t n, last_start, count;
} Seen;

static int valid_utf8(const char *s)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t n = (utf8proc_ssize_t)strlen(s);
    while (n > 0) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p, n, &cp);
        if (k <= 0)
            return 0;
        p += k;
        n -= k;
    }
    return 1;
}

static int sink(const Claim *c, void *ctx)
{
    Seen *s = ctx;
    if (c->start >= c->end || c->end > s->n || c->start < s->last_start)
        abort();
    s->last_start = c->start;
    s->count++;
    if (strlen(c->id) != 16 || strspn(c->id, "0123456789abcdef") != 16)
        abort();
    if (!c->text || !c->sentence || !valid_utf8(c->sentence))
        abort();
    /* D8: the sentence could end one byte past the limit */
    if (strlen(c->sentence) > CB_MAX_SENTENCE_BYTES && !fuzz_known("D8"))
        abort();
    if (c->origin == ORIGIN_SCAN &&
        (strlen(c->text) != c->end - c->start || memcmp(c->text, s->doc + c->start, c->end - c->start)))
        abort();
    if (isinf(c->value) || isinf(c->low) || isinf(c->high) ||
        (!isnan(c->low) && !isnan(c->high) && c->low > c->high) || c->qual >= Q_COUNT)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ExtractOptions o = {.metrics = metrics};
    Seen s = {.doc = (const char *)data, .n = size};
    size_t n = 0;
    Diag d = {0};
    int rc = extract_document(&o, "fuzz.txt", (const char *)data, size, sink, &s, &n, &d);
    fuzz_check_diag(&d, rc);
    if (rc == 0 && (n != s.count || n > CB_MAX_CLAIMS_PER_DOC))
        abort();
    if (rc < 0 && n != 0)
        abort();
    return 0;
}
