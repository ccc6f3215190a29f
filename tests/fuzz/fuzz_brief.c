/* fuzz_brief.c — the brief's layout, claims and sources in, PDF out.
 *
 * The input is a claims table and a bibliography, split at the first NUL
 * byte (CLAIMS \0 SOURCES; no NUL: claims only, an empty bibliography).
 * Each is read by its own reader, as brief reads data/claims.csv and
 * data/corpus/sources.csv; when both load, the charts the corpus calls
 * for are planned and the brief is laid out and rendered to memory
 * through libunibreak and libharu, as `claimbrief brief` does.
 *
 * Properties: no crash, leak, hang or sanitizer report (one U+FFFF in a
 * sentence or a title once aborted in libunibreak's assertion); a failing
 * reader gives a one-line error; a rendered brief starts "%PDF-" and ends
 * with "%%EOF".
 */
#include "fuzz.h"

#include "brief.h"
#include "chart.h"

static Fonts *fonts;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    Diag d = {0};
    if (fonts_load(CB_SOURCE_DIR "/fonts", &fonts, &d) != 0) {
        fprintf(stderr, "fuzz_brief: %s: %s\n", d.file, d.msg);
        abort();
    }
    return 0;
}

/* "%%EOF" among the last 16 bytes */
static int ends_with_eof(const char *p, size_t n)
{
    for (size_t i = n - 16; i + 5 <= n; i++)
        if (!memcmp(p + i, "%%EOF", 5))
            return 1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nul = memchr(data, 0, size);
    size_t nclaims = nul ? (size_t)(nul - data) : size;
    ClaimList claims = {0};
    SourceList sources = {0};
    FindingList findings = {0};
    Diag d = {0};
    int rc = claims_load(fuzz_file("claims.csv", data, nclaims), &claims, &d);
    fuzz_check_diag(&d, rc);
    if (rc == 0) {
        const uint8_t *s = nul ? nul + 1 : data + size;
        rc = sources_load(fuzz_file("sources.csv", s, (size_t)(data + size - s)), &sources, &d);
        fuzz_check_diag(&d, rc);
    }
    if (rc == 0) {
        /* the charts the corpus calls for, laid out by the brief */
        ChartInputs ci = {.claims = &claims, .findings = &findings, .sources = &sources,
                          .fonts = fonts};
        ChartPlan *plan = chart_plan_make(&ci);
        BriefInputs in = {.claims = &claims, .findings = &findings, .sources = &sources,
                          .fonts = fonts, .plan = plan, .ndocs = sources.n,
                          .date = 1700000000, .date_is_fixed = 1};
        Buf pdf;
        rc = brief_render(&in, &pdf, &d);
        fuzz_check_diag(&d, rc);
        if (rc == 0 && (pdf.len < 16 || memcmp(pdf.data, "%PDF-", 5) != 0 ||
                        !ends_with_eof(pdf.data, pdf.len)))
            abort();
        buf_free(&pdf);
        chart_plan_free(plan);
    }
    claimlist_free(&claims);
    sources_free(&sources);
    return 0;
}
