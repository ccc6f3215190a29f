/* fuzz_chart.c — chart layout from random claims and findings.
 *
 * The input is decoded into a claims list and a findings list (metrics,
 * units, qualifiers, values from tiny to huge, zero and negative, open
 * bounds, long and CJK labels), then every chart's scene is built at a
 * size the input picks, with its data CSV and alt text; one input in
 * eight is also painted to SVG by Cairo.
 *
 * Properties: no crash, leak or hang; every scene coordinate and text
 * width is finite; the CSV and alt text never print nan or inf.
 */
#include "fuzz.h"

#include "chart.h"

#include <math.h>

static Fonts *fonts;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    Diag d = {0};
    if (fonts_load(CB_SOURCE_DIR "/fonts", &fonts, &d) != 0) {
        fprintf(stderr, "fuzz_chart: %s: %s\n", d.file, d.msg);
        abort();
    }
    return 0;
}

/* A cursor over the input; past the end every read gives 0. */
typedef struct In {
    const uint8_t *p;
    size_t n, i;
} In;

static unsigned u8(In *in)
{
    return in->i < in->n ? in->p[in->i++] : 0;
}

static unsigned u16(In *in)
{
    return u8(in) | u8(in) << 8;
}

/* A value: a few landmarks, or a mantissa and a decimal exponent. */
static double value(In *in)
{
    static const double marks[] = {0, -0.0, 1, -1, 67, 0.1, 79e9, 79e6, 6e12, 5.4e9, 1e-300,
                                   1e300, -79e9, 1.7976931348623157e308, 1e-29, 100};
    unsigned k = u8(in);
    if (k < 128)
        return marks[k % (sizeof marks / sizeof *marks)];
    double m = (double)(int)(u16(in) - 32768) / 1000.0;
    int e = (int)(u8(in) % 40) - 20;
    return m * pow(10, e);   /* never subnormal: no reader accepts those */
}

/* A short string: from a list, or bytes of the input (made valid UTF-8
 * by replacing anything not printable ASCII with a CJK character). */
static void text(In *in, char *out, size_t cap, const char *const *v, size_t nv)
{
    unsigned k = u8(in);
    if (k < 200 || nv == 0) {
        snprintf(out, cap, "%s", nv ? v[k % nv] : "");
        return;
    }
    size_t len = u8(in) % 80, j = 0;
    for (size_t i = 0; i < len && j + 4 < cap; i++) {
        unsigned c = u8(in);
        if (c >= 32 && c < 127) {
            /* no "nan"/"inf" of our own making: those are what is checked for */
            out[j++] = (char)(c == 'n' || c == 'N' ? 'm' : c);
        } else {
            memcpy(out + j, "\xe8\xaf\x9d", 3);   /* 话 */
            j += 3;
        }
    }
    out[j] = '\0';
}

static const char *const metrics[] = {
    "dsr_investment", "cybercrime_cost", "dsr_project_countries", "dsr_mou_countries",
    "internet_users", "internet_penetration", "offline_population", "ldc_internet_penetration",
    "broadband_people_connected", "broadband_households_connected", "data_centre_cost", "",
    "not_a_metric"};
static const char *const units[] = {"USD", "USD/year", "%", "pp", "people", "countries",
                                    "households", "CNY", "EUR", "x", "", "kilometres"};
static const char *const scopes[] = {"global", "africa", "ldc", "senegal", "", "china"};
static const char *const docs[] = {"002_12c1d0372e55340a.txt", "003_4fc1147996c51467.txt",
                                   "004_d7a02fca77c0caa4.txt", "a.txt", "中国网.txt"};
static const char *const sources[] = {"ITU", "World Bank", "", "中国网", "UN"};

static void decode_claims(In *in, ClaimList *l)
{
    size_t n = u8(in) % 40;
    for (size_t i = 0; i < n; i++) {
        Claim c;
        claim_init(&c);
        snprintf(c.id, sizeof c.id, "%016llx", (unsigned long long)i * 0x9e3779b97f4a7c15ull);
        text(in, c.doc, sizeof c.doc, docs, 5);
        c.start = u16(in);
        c.end = c.start + 1 + u8(in) % 20;
        c.qual = (Qualifier)(u8(in) % Q_COUNT);
        c.value = value(in);
        if (c.qual == Q_MIN)
            c.low = c.value;
        else if (c.qual == Q_MAX)
            c.high = c.value;
        else if (c.qual == Q_RANGE) {
            double w = fabs(value(in));
            c.low = c.value - w;
            c.high = c.value + w;
            if (!isfinite(c.low) || !isfinite(c.high) || c.low > c.high ||
                (c.low != 0 && fabs(c.low) < 1e-300) || (c.high != 0 && fabs(c.high) < 1e-300))
                c.low = c.high = c.value;
        }
        text(in, c.unit, sizeof c.unit, units, 12);
        text(in, c.metric, sizeof c.metric, metrics, 13);
        text(in, c.scope, sizeof c.scope, scopes, 6);
        text(in, c.source, sizeof c.source, sources, 5);
        unsigned y = u8(in);
        c.year = y < 100 ? 0 : y < 200 ? 1990 + (int)(y % 40) : (int)(y * 37);
        char t[256];
        text(in, t, sizeof t, (const char *const[]){"$79 billion", "more than 2.6 billion",
                                                    "67%", "话语权 5", ""}, 5);
        c.text = xstrdup(t);
        c.sentence = xstrdup("A sentence, with the claim.");
        c.origin = (Origin)(u8(in) % ORIGIN_COUNT);
        claimlist_push(l, &c);
    }
}

static void decode_findings(In *in, FindingList *l)
{
    size_t n = u8(in) % 8;
    for (size_t i = 0; i < n; i++) {
        Finding f;
        finding_init(&f);
        snprintf(f.id, sizeof f.id, "consistency:f%zu", i);
        f.kind = (FindingKind)(u8(in) % FK_COUNT);
        f.verdict = (Verdict)(u8(in) % V_COUNT);
        double v[6];
        for (int k = 0; k < 6; k++)
            v[k] = u8(in) < 40 ? NAN : value(in);
        f.value = v[0];
        f.low = v[1];
        f.high = v[2];
        f.other_value = v[3];
        f.other_low = v[4];
        f.other_high = v[5];
        char s[256];
        text(in, s, sizeof s, (const char *const[]){"Users over the share online imply a population.", ""}, 2);
        f.statement = xstrdup(s);
        text(in, f.unit, sizeof f.unit, units, 12);
        f.claims = xstrdup("");
        f.references = xstrdup("world_population_2023");
        findinglist_push(l, &f);
    }
}

/* FUZZ_VERBOSE=1 says what was wrong before aborting (triage). */
static void bad(const char *chart, const Element *e, const char *what)
{
    if (getenv("FUZZ_VERBOSE"))
        fprintf(stderr, "fuzz_chart: %s: element %s (%s) %s: x %g y %g w %g h %g\n", chart,
                e->role ? e->role : "?", e->text ? e->text : "", what, e->x, e->y, e->w, e->h);
    abort();
}

static void check_scene(const char *chart, const Scene *s)
{
    for (size_t i = 0; i < s->n; i++) {
        const Element *e = &s->el[i];
        if (!isfinite(e->x) || !isfinite(e->y) || !isfinite(e->w) || !isfinite(e->h))
            bad(chart, e, "position not finite");
        for (size_t k = 0; k < e->npts; k++)
            if (!isfinite(e->pts[k].x) || !isfinite(e->pts[k].y))
                bad(chart, e, "path point not finite");
        if (e->kind == EL_TEXT && (!e->text || !isfinite(e->width) || !isfinite(e->size)))
            bad(chart, e, "text width not finite");
    }
}

static void check_words(const char *chart, const Buf *b)
{
    if (b->len && (strstr(b->data, "nan") || strstr(b->data, "inf,") || strstr(b->data, "inf\n") ||
                   strstr(b->data, "NaN") || strstr(b->data, "inf "))) {
        if (getenv("FUZZ_VERBOSE"))
            fprintf(stderr, "fuzz_chart: %s: nan/inf in:\n%s\n", chart, b->data);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    In in = {data, size, 0};
    static const double sizes[][2] = {{960, 540}, {720, 540}, {CHART_COLUMN_W, CHART_COLUMN_H},
                                      {200, 120}, {20000, 120}, {200, 20000}, {333, 777}};
    unsigned sz = u8(&in);
    unsigned paint = u8(&in);
    ClaimList claims = {0};
    FindingList findings = {0};
    decode_claims(&in, &claims);
    decode_findings(&in, &findings);
    ChartInputs ci = {.claims = &claims, .findings = &findings, .fonts = fonts};
    if (getenv("FUZZ_VERBOSE")) {
        Buf b;
        buf_init(&b, 0);
        claims_write_header(&b);
        for (size_t i = 0; i < claims.n; i++)
            claims_write_row(&b, &claims.v[i]);
        findings_write_header(&b);
        for (size_t i = 0; i < findings.n; i++)
            findings_write_row(&b, &findings.v[i]);
        fprintf(stderr, "%s", b.data);
        buf_free(&b);
    }
    ChartPlan *plan = chart_plan_make(&ci);
    const double *wh = sizes[sz % (sizeof sizes / sizeof *sizes)];
    for (size_t i = 0; i < chart_count(plan); i++) {
        const char *name = chart_name(plan, i);
        /* the first and the last part of every chart */
        size_t np = chart_parts(plan, i, wh[0], wh[1]);
        for (size_t k = 0; k < np; k += np > 1 ? np - 1 : 1) {
            Scene s;
            Diag d = {0};
            int rc = chart_build(plan, i, k, wh[0], wh[1], sz & 0x80, &s, &d);
            fuzz_check_diag(&d, rc);
            if (rc == 0)
                check_scene(name, &s);
            scene_free(&s);
            Buf b;
            buf_init(&b, 0);
            if (chart_data_csv(plan, i, k, wh[0], wh[1], &b, &d) == 0)
                check_words(name, &b);
            buf_free(&b);
            buf_init(&b, 0);
            if (chart_alt_text(plan, i, k, wh[0], wh[1], &b, &d) == 0)
                check_words(name, &b);
            buf_free(&b);
        }
        if (paint % 8 == 0) {
            ChartSize cs = {400, 240, 0.5};
            Buf out;
            Diag d = {0};
            int rc = chart_render(plan, i, 0, CHART_SVG, &cs, 0, &out, &d);
            fuzz_check_diag(&d, rc);
            buf_free(&out);
        }
    }
    chart_plan_free(plan);
    claimlist_free(&claims);
    findinglist_free(&findings);
    return 0;
}
