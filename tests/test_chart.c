/* test_chart.c — the chart set: scenes (labels present, text inside the
 * canvas, no overlaps) at every size, the three file formats, byte-stable
 * reruns, bad inputs, and the command's errors. */
#include "chart.h"
#include "paint_cairo.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static Fonts *fonts;
static ClaimList claims;
static FindingList findings;
static SourceList sources;

static void setup(void)
{
    Diag d = {0};
    ck_assert_int_eq(fonts_load("fonts", &fonts, &d), 0);
    ck_assert_int_eq(claims_load("tests/fixtures/chart/claims.csv", &claims, &d), 0);
    ck_assert_int_eq(findings_load("tests/fixtures/chart/findings.csv", &findings, &d), 0);
    ck_assert_int_eq(sources_load("data/corpus/sources.csv", &sources, &d), 0);
}

static void teardown(void)
{
    fonts_free(fonts);
    claimlist_free(&claims);
    findinglist_free(&findings);
    sources_free(&sources);
}

static ChartInputs inputs(void)
{
    ChartInputs in = {&claims, &findings, &sources, fonts, NULL, NULL};
    return in;
}

/* Every text box inside the canvas, no two overlapping: NULL, or what is
 * wrong (a static buffer). */
static const char *layout_problem(const Scene *s)
{
    static char msg[512];
    for (size_t i = 0; i < s->n; i++) {
        const Element *a = &s->el[i];
        if (a->kind != EL_TEXT)
            continue;
        double ba[4];
        scene_text_box(a, ba);
        if (ba[0] < -0.01 || ba[1] < -0.01 || ba[2] > s->width + 0.01 || ba[3] > s->height + 0.01) {
            snprintf(msg, sizeof msg, "text '%.100s' (%s) leaves the canvas: %.1f %.1f %.1f %.1f in %.0fx%.0f",
                     a->text, a->role, ba[0], ba[1], ba[2], ba[3], s->width, s->height);
            return msg;
        }
        for (size_t j = i + 1; j < s->n; j++) {
            const Element *b = &s->el[j];
            if (b->kind != EL_TEXT)
                continue;
            double bb[4];
            scene_text_box(b, bb);
            double e = 0.05;
            if (ba[0] + e < bb[2] && bb[0] + e < ba[2] && ba[1] + e < bb[3] && bb[1] + e < ba[3]) {
                snprintf(msg, sizeof msg, "'%.100s' (%s) overlaps '%.100s' (%s)", a->text, a->role,
                         b->text, b->role);
                return msg;
            }
        }
    }
    return NULL;
}

static void check_layout(const Scene *s, const char *what)
{
    const char *p = layout_problem(s);
    if (p)
        ck_abort_msg("%s: %s", what, p);
}

START_TEST(the_layout_check_should_catch_overlaps_and_clipping)
{
    Scene s;
    scene_init(&s, 100, 50);
    Rgba k = {0, 0, 0, 1};
    scene_text(&s, 10, 20, FONT_REGULAR, 8, k, "abc", 3, 20, 8, 2, 0, "a");
    scene_text(&s, 30, 20, FONT_REGULAR, 8, k, "def", 3, 20, 8, 2, 0, "b");   /* touching: fine */
    ck_assert_ptr_null(layout_problem(&s));
    scene_text(&s, 25, 25, FONT_REGULAR, 8, k, "ghi", 3, 20, 8, 2, 0, "c");
    ck_assert_ptr_nonnull(layout_problem(&s));
    scene_free(&s);
    scene_init(&s, 100, 50);
    scene_text(&s, 90, 20, FONT_REGULAR, 8, k, "wide", 4, 20, 8, 2, 0, "a");
    ck_assert_ptr_nonnull(layout_problem(&s));
    scene_free(&s);
    scene_init(&s, 100, 50);
    scene_text(&s, 5, 15, FONT_REGULAR, 8, k, "up", 2, 20, 8, 2, -90, "a");
    ck_assert_ptr_nonnull(layout_problem(&s));   /* rotated, runs off the top */
    scene_free(&s);
}
END_TEST

static int has_text(const Scene *s, const char *needle)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->el[i].kind == EL_TEXT && strstr(s->el[i].text, needle))
            return 1;
    return 0;
}

static int has_role(const Scene *s, const char *role)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->el[i].kind == EL_TEXT && s->el[i].role && strcmp(s->el[i].role, role) == 0)
            return 1;
    return 0;
}

START_TEST(every_chart_should_lay_out_inside_the_canvas_without_overlaps_at_every_size)
{
    static const char *const sizes[] = {"slide", "slide43", "column", "800x600", "3000x900",
                                        "600x800"};
    ChartInputs in = inputs();
    for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
        ChartSize sz;
        Diag d = {0};
        ck_assert_int_eq(chart_size_parse(sizes[z], 144, &sz, &d), 0);
        for (size_t i = 0; i < chart_count(); i++) {
            Scene s;
            ck_assert_int_eq(chart_build(chart_name(i), &in, sz.width_pt, sz.height_pt, 0, &s, &d), 0);
            char what[64];
            snprintf(what, sizeof what, "%s at %s", chart_name(i), sizes[z]);
            check_layout(&s, what);
            ck_assert_msg(has_role(&s, "title") && has_role(&s, "subtitle") && has_role(&s, "source"),
                          "%s: title, subtitle and source line", what);
            ck_assert_msg(s.title && *s.title && s.desc && *s.desc, "%s: metadata", what);
            scene_free(&s);
        }
    }
}
END_TEST

START_TEST(charts_should_show_the_expected_labels)
{
    ChartInputs in = inputs();
    Diag d = {0};
    Scene s;
    ck_assert_int_eq(chart_build("money", &in, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "$79M"));
    ck_assert(has_text(&s, "$79B"));
    ck_assert(has_text(&s, "more than $6T a year"));
    ck_assert(has_text(&s, "$1B"));   /* a tick */
    scene_free(&s);
    ck_assert_int_eq(chart_build("counts", &in, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "about 80"));
    ck_assert(has_text(&s, "17"));
    ck_assert(has_text(&s, "(2022)"));
    scene_free(&s);
    ck_assert_int_eq(chart_build("connectivity", &in, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "about 67%"));
    ck_assert(has_text(&s, "less than 40%"));
    ck_assert(has_text(&s, "Least developed countries"));
    scene_free(&s);
    ck_assert_int_eq(chart_build("consistency", &in, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "inconsistent"));
    ck_assert(has_text(&s, "consistent: "));
    scene_free(&s);
    ck_assert_int_eq(chart_build("coverage", &in, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "Ranaraja"));
    scene_free(&s);
    /* --transparent is for dark slides: no background, light text */
    ck_assert_int_eq(chart_build("money", &in, 960, 540, 1, &s, &d), 0);
    ck_assert_double_eq(s.background.a, 0);
    for (size_t i = 0; i < s.n; i++)
        if (s.el[i].kind == EL_TEXT && strcmp(s.el[i].role, "title") == 0)
            ck_assert(s.el[i].color.r > 0.8);
    scene_free(&s);
    ck_assert_int_eq(chart_build("nope", &in, 960, 540, 0, &s, &d), CB_EUSAGE);
    scene_free(&s);
}
END_TEST

static unsigned be32(const unsigned char *p)
{
    return (unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 | p[3];
}

START_TEST(files_should_be_valid_and_byte_identical_across_runs)
{
    ChartInputs in = inputs();
    char *dir = tu_tmpdir("chart_files");
    for (size_t i = 0; i < chart_count(); i++) {
        for (int f = 0; f < CHART_NFORMATS; f++) {
            ChartSize sz;
            Diag d = {0};
            ck_assert_int_eq(chart_size_parse("slide", 144, &sz, &d), 0);
            Buf a, b, other;
            ck_assert_int_eq(chart_render(chart_name(i), (ChartFormat)f, &in, &sz, 0, &a, &d), 0);
            /* something else in between: cairo numbers SVG surfaces per process */
            ck_assert_int_eq(chart_render("coverage", CHART_SVG, &in, &sz, 0, &other, &d), 0);
            ck_assert_int_eq(chart_render(chart_name(i), (ChartFormat)f, &in, &sz, 0, &b, &d), 0);
            ck_assert_uint_eq(a.len, b.len);
            ck_assert_msg(memcmp(a.data, b.data, a.len) == 0, "%s.%s differs between runs",
                          chart_name(i), chart_format_ext((ChartFormat)f));
            char path[1024];
            snprintf(path, sizeof path, "%s/%s.%s", dir, chart_name(i),
                     chart_format_ext((ChartFormat)f));
            tu_write(path, a.data, a.len);
            if (f == CHART_PNG) {
                const unsigned char *p = (const unsigned char *)a.data;
                ck_assert(a.len > 33 && memcmp(p + 12, "IHDR", 4) == 0);
                ck_assert_uint_eq(be32(p + 16), 1920);
                ck_assert_uint_eq(be32(p + 20), 1080);
            } else if (f == CHART_SVG) {
                ck_assert_ptr_nonnull(strstr(a.data, "<title id=\"cb-title\">"));
                ck_assert_ptr_nonnull(strstr(a.data, "<desc id=\"cb-desc\">"));
                ck_assert_ptr_nonnull(strstr(a.data, "role=\"img\""));
                ck_assert_int_eq(tu_sh("command -v xmllint >/dev/null || exit 0; xmllint --noout '%s'", path), 0);
            } else {
                ck_assert_int_eq(tu_sh("qpdf --check '%s' >/dev/null", path), 0);
                ck_assert_ptr_null(strstr(a.data, "/URI"));
            }
            buf_free(&a);
            buf_free(&b);
            buf_free(&other);
        }
    }
    free(dir);
}
END_TEST

START_TEST(png_size_should_follow_dpi_and_pixels)
{
    ChartInputs in = inputs();
    Diag d = {0};
    ChartSize sz;
    Buf b;
    ck_assert_int_eq(chart_size_parse("slide43", 144, &sz, &d), 0);
    ck_assert_int_eq(chart_render("money", CHART_PNG, &in, &sz, 1, &b, &d), 0);
    const unsigned char *p = (const unsigned char *)b.data;
    ck_assert_uint_eq(be32(p + 16), 1440);
    ck_assert_uint_eq(be32(p + 20), 1080);
    ck_assert_int_eq(p[25], 6);   /* transparent: RGBA */
    buf_free(&b);
    ck_assert_int_eq(chart_size_parse("1000x700", 96, &sz, &d), 0);
    ck_assert_int_eq(chart_render("counts", CHART_PNG, &in, &sz, 0, &b, &d), 0);
    p = (const unsigned char *)b.data;
    ck_assert_uint_eq(be32(p + 16), 1000);
    ck_assert_uint_eq(be32(p + 20), 700);
    ck_assert_int_eq(p[25], 2);   /* opaque: RGB */
    buf_free(&b);
    ck_assert_int_eq(chart_size_parse("10x10", 144, &sz, &d), CB_EUSAGE);
    ck_assert_int_eq(chart_size_parse("wide", 144, &sz, &d), CB_EUSAGE);
}
END_TEST

static void add_claim(ClaimList *l, const char *id, double v, double lo, double hi, const char *unit,
                      Qualifier q, const char *metric, const char *scope, const char *doc)
{
    Claim c;
    claim_init(&c);
    snprintf(c.id, sizeof c.id, "%s", id);
    c.value = v, c.low = lo, c.high = hi;
    snprintf(c.unit, sizeof c.unit, "%s", unit);
    c.qual = q;
    snprintf(c.metric, sizeof c.metric, "%s", metric);
    snprintf(c.scope, sizeof c.scope, "%s", scope);
    snprintf(c.doc, sizeof c.doc, "%s", doc);
    c.text = xstrdup("x");
    c.sentence = xstrdup("x");
    claimlist_push(l, &c);
}

static void build_all(const ClaimList *cl, const FindingList *fl, const char *tag)
{
    ChartInputs in = {cl, fl, NULL, fonts, NULL, NULL};
    static const double sizes[][2] = {{960, 540}, {720, 540}, {483, 290}};
    for (size_t z = 0; z < 3; z++)
        for (size_t i = 0; i < chart_count(); i++) {
            Scene s;
            Diag d = {0};
            ck_assert_int_eq(chart_build(chart_name(i), &in, sizes[z][0], sizes[z][1], 0, &s, &d), 0);
            char what[128];
            snprintf(what, sizeof what, "%s: %s at %.0f", tag, chart_name(i), sizes[z][0]);
            check_layout(&s, what);
            Buf b;
            ck_assert_int_eq(paint_cairo(&s, fonts, PAINT_SVG, 1, &b, &d), 0);
            buf_free(&b);
            buf_init(&b, 0);
            ck_assert_int_eq(chart_data_csv(chart_name(i), &in, &b, &d), 0);
            buf_free(&b);
            scene_free(&s);
        }
}

START_TEST(bad_inputs_should_give_a_sensible_chart)
{
    ClaimList none = {0};
    FindingList nof = {0};
    build_all(&none, &nof, "no claims");

    ClaimList one = {0};
    add_claim(&one, "0000000000000001", 79e9, NAN, NAN, "USD", Q_EXACT, "dsr_investment", "global", "a.txt");
    build_all(&one, &nof, "one claim");

    ClaimList open = {0};
    add_claim(&open, "0000000000000002", NAN, NAN, NAN, "USD", Q_MIN, "x_cost", "", "a.txt");
    add_claim(&open, "0000000000000003", NAN, NAN, NAN, "%", Q_MAX, "x_share", "ldc", "a.txt");
    add_claim(&open, "0000000000000004", NAN, NAN, NAN, "countries", Q_MIN, "x_count", "", "a.txt");
    build_all(&open, &nof, "open bounds only");

    ClaimList odd = {0};
    char longm[60], longdoc[250];
    memset(longm, 'w', sizeof longm - 1);
    longm[sizeof longm - 1] = '\0';
    for (int i = 10; i < 59; i += 11)
        longm[i] = '_';
    memset(longdoc, 'D', sizeof longdoc - 1);
    longdoc[sizeof longdoc - 1] = '\0';
    add_claim(&odd, "0000000000000005", 0, NAN, NAN, "USD", Q_EXACT, "zero_cost", "", "a.txt");
    add_claim(&odd, "0000000000000006", -5e6, NAN, NAN, "USD", Q_EXACT, "neg_cost", "", "a.txt");
    add_claim(&odd, "0000000000000007", 1e6, 1e5, 1e7, "USD", Q_RANGE, longm, "a very long scope name that goes on", longdoc);
    add_claim(&odd, "0000000000000008", 1e30, NAN, NAN, "USD", Q_EXACT, longm, "", longdoc);
    add_claim(&odd, "0000000000000009", -3, NAN, NAN, "countries", Q_EXACT, "c", "", "b.txt");
    add_claim(&odd, "000000000000000a", 150, NAN, NAN, "%", Q_APPROX, "p", "话语权话语权话语权", "b.txt");
    for (int i = 0; i < 60; i++) {
        char id[20];
        snprintf(id, sizeof id, "1%015d", i);
        add_claim(&odd, id, 10 + i, NAN, NAN, "countries", Q_EXACT, "many", "", "c.txt");
    }
    FindingList fl = {0};
    Finding f;
    finding_init(&f);
    snprintf(f.id, sizeof f.id, "consistency:x");
    f.kind = FK_CONSISTENCY;
    f.statement = xstrdup("A very long statement that goes on and on about nothing in particular "
                          "and should be cut with an ellipsis somewhere before it runs off the page "
                          "or into the plot area where the dots are drawn, repeated: a very long statement.");
    f.value = 0, f.other_value = 0;
    f.claims = xstrdup("");
    f.references = xstrdup("");
    findinglist_push(&fl, &f);
    finding_init(&f);
    snprintf(f.id, sizeof f.id, "consistency:y");
    f.kind = FK_CONSISTENCY;
    f.statement = xstrdup("short");
    f.value = 1e9, f.low = NAN, f.high = NAN, f.other_value = 1;
    f.claims = xstrdup("0000000000000005");
    f.references = xstrdup("");
    findinglist_push(&fl, &f);
    build_all(&odd, &fl, "odd values");
    claimlist_free(&one);
    claimlist_free(&open);
    claimlist_free(&odd);
    findinglist_free(&fl);
}
END_TEST

START_TEST(chart_command_should_write_every_file_and_fail_cleanly_on_an_unwritable_folder)
{
    char *dir = tu_tmpdir("chart_cmd");
    tu_copy_project(dir);
    char p[1024];
    tu_sh("mkdir -p '%s/reports' && cp tests/fixtures/chart/claims.csv '%s/data/claims.csv' && "
          "cp tests/fixtures/chart/findings.csv '%s/reports/findings.csv'", dir, dir, dir);
    const char *argv[] = {"-C", dir, "chart", NULL};
    Run r = tu_run(NULL, NULL, NULL, argv);
    ck_assert_msg(r.status == 0, "status %d: %s", r.status, r.err);
    tu_run_free(&r);
    static const char *const ext[] = {"png", "svg", "pdf", "csv", "txt"};
    for (size_t i = 0; i < chart_count(); i++)
        for (size_t e = 0; e < 5; e++) {
            snprintf(p, sizeof p, "%s/reports/charts/%s.%s", dir, chart_name(i), ext[e]);
            size_t n = 0;
            char *data = tu_read(p, &n);
            ck_assert_msg(data && n > 0, "%s written", p);
            free(data);
        }
    tu_sh("mkdir -p '%s/ro' && chmod 555 '%s/ro'", dir, dir);
    snprintf(p, sizeof p, "%s/ro/sub", dir);
    const char *argv2[] = {"-C", dir, "chart", "money", "-o", p, NULL};
    r = tu_run(NULL, NULL, NULL, argv2);
    if (getuid() != 0) {   /* root can write anywhere */
        ck_assert_int_eq(r.status, 3);
        ck_assert_ptr_nonnull(strstr(r.err, "claimbrief: "));
        ck_assert_ptr_eq(strchr(r.err, '\n'), r.err + strlen(r.err) - 1);
    }
    tu_run_free(&r);
    /* a file where the folder should be: unwritable for root too */
    snprintf(p, sizeof p, "%s/data/claims.csv/sub", dir);
    const char *argv3[] = {"-C", dir, "chart", "money", "-o", p, NULL};
    r = tu_run(NULL, NULL, NULL, argv3);
    ck_assert_int_eq(r.status, 3);
    ck_assert_ptr_nonnull(strstr(r.err, "claimbrief: "));
    ck_assert_ptr_eq(strchr(r.err, '\n'), r.err + strlen(r.err) - 1);
    tu_run_free(&r);
    const char *argv4[] = {"-C", dir, "chart", "pie", NULL};
    r = tu_run(NULL, NULL, NULL, argv4);
    ck_assert_int_eq(r.status, 2);
    tu_run_free(&r);
    free(dir);
}
END_TEST

START_TEST(charts_from_the_real_pipeline_should_lay_out_cleanly)
{
    /* extract + compare on the bundled corpus, in a copy of the project */
    char *dir = tu_tmpdir("chart_pipeline");
    tu_copy_project(dir);
    char claims_path[1024], findings_path[1024];
    snprintf(claims_path, sizeof claims_path, "%s/data/claims.csv", dir);
    snprintf(findings_path, sizeof findings_path, "%s/reports/findings.csv", dir);
    tu_sh("rm -f '%s' && mkdir -p '%s/reports'", claims_path, dir);
    const char *ex[] = {"-C", dir, "extract", "-o", "data/claims.csv", "data/corpus", NULL};
    Run r = tu_run(NULL, NULL, NULL, ex);
    ck_assert_msg(r.status == 0, "extract: %s", r.err);
    tu_run_free(&r);
    const char *cmp[] = {"-C", dir, "compare", "--quiet", NULL};
    r = tu_run(NULL, NULL, NULL, cmp);
    ck_assert_msg(r.status == 0, "compare: %s", r.err);
    tu_run_free(&r);
    ClaimList cl;
    FindingList fl;
    Diag d = {0};
    ck_assert_int_eq(claims_load(claims_path, &cl, &d), 0);
    ck_assert_int_eq(findings_load(findings_path, &fl, &d), 0);
    ck_assert(cl.n >= 10);
    ChartInputs in = {&cl, &fl, &sources, fonts, NULL, NULL};
    static const char *const sizes[] = {"slide", "slide43", "column"};
    for (size_t z = 0; z < 3; z++) {
        ChartSize sz;
        ck_assert_int_eq(chart_size_parse(sizes[z], 144, &sz, &d), 0);
        for (size_t i = 0; i < chart_count(); i++) {
            Scene s;
            ck_assert_int_eq(chart_build(chart_name(i), &in, sz.width_pt, sz.height_pt, 0, &s, &d), 0);
            char what[96];
            snprintf(what, sizeof what, "pipeline %s at %s", chart_name(i), sizes[z]);
            check_layout(&s, what);
            scene_free(&s);
        }
    }
    Scene s;
    ck_assert_int_eq(chart_build("money", &in, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "$79M") && has_text(&s, "$79B") && has_text(&s, "more than $6T a year"));
    scene_free(&s);
    ck_assert_int_eq(chart_build("consistency", &in, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "inconsistent"));
    scene_free(&s);
    claimlist_free(&cl);
    findinglist_free(&fl);
    free(dir);
}
END_TEST

/* The counts chart once counted each claim's unit against every claim
 * (n^2 strcmp) and the connectivity chart each metric's scopes pairwise
 * (n^3): 2,000 places took over a minute. Both are a sort and a pass now;
 * the test case's timeout (10 s) is the check, the old code needs minutes. */
START_TEST(counts_and_connectivity_should_be_chosen_in_linear_time)
{
    ClaimList cl = {0};
    FindingList fl = {0};
    char id[20], unit[32], scope[32];
    for (int i = 0; i < 3000; i++) {
        snprintf(id, sizeof id, "%016x", i + 1);
        snprintf(scope, sizeof scope, "place%d", i);
        add_claim(&cl, id, i % 90, NAN, NAN, "%", Q_EXACT, "internet_penetration", scope, "a.txt");
    }
    for (int i = 0; i < 50000; i++) {
        snprintf(id, sizeof id, "%016x", 100000 + i);
        snprintf(unit, sizeof unit, "unit%d", i % 6000 == 17 ? 0 : i % 6000);
        add_claim(&cl, id, i + 1, NAN, NAN, unit, Q_EXACT, "", "", "b.txt");
    }
    ChartInputs in = {&cl, &fl, NULL, fonts, NULL, NULL};
    Diag d = {0};
    Buf b;
    buf_init(&b, 0);
    ck_assert_int_eq(chart_data_csv("counts", &in, &b, &d), 0);
    ck_assert_msg(strstr(b.data, ",unit0,") != NULL, "counts should show the commonest unit");
    buf_free(&b);
    buf_init(&b, 0);
    ck_assert_int_eq(chart_data_csv("connectivity", &in, &b, &d), 0);
    ck_assert_msg(strstr(b.data, "Place") || strstr(b.data, "place"), "connectivity should show the metric's places");
    buf_free(&b);
    claimlist_free(&cl);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("chart");
    TCase *tc = tcase_create("chart");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, the_layout_check_should_catch_overlaps_and_clipping);
    tcase_add_test(tc, every_chart_should_lay_out_inside_the_canvas_without_overlaps_at_every_size);
    tcase_add_test(tc, charts_should_show_the_expected_labels);
    tcase_add_test(tc, files_should_be_valid_and_byte_identical_across_runs);
    tcase_add_test(tc, png_size_should_follow_dpi_and_pixels);
    tcase_add_test(tc, bad_inputs_should_give_a_sensible_chart);
    tcase_add_test(tc, charts_from_the_real_pipeline_should_lay_out_cleanly);
    tcase_add_test(tc, chart_command_should_write_every_file_and_fail_cleanly_on_an_unwritable_folder);
    suite_add_tcase(s, tc);
    TCase *scale = tcase_create("scale");
    tcase_add_checked_fixture(scale, setup, teardown);
    tcase_set_timeout(scale, 10);
    tcase_add_test(scale, counts_and_connectivity_should_be_chosen_in_linear_time);
    suite_add_tcase(s, scale);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
