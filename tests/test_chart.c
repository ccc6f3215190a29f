/* test_chart.c — the charts a corpus calls for: scenes (labels present,
 * text inside the canvas, no overlaps) of every part at every size, every
 * figure drawn and none dropped, the three file formats, byte-stable
 * reruns, bad inputs, the presenter's data/charts.csv, linear time, and
 * the command's errors. */
#include "chart.h"
#include "chart_theme.h"
#include "chartprefs.h"
#include "metrics.h"
#include "paint_cairo.h"
#include "fixtures.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Every part of every chart of plan at w x h: laid out cleanly, with its
 * frame and metadata, never saying "not shown"; then fn on the part. */
typedef void (*PartFn)(const ChartPlan *p, size_t i, size_t k, const Scene *s, void *ctx);
/* A claim of value v in unit, its words text in sentence, exact; metric
 * may be "". Pushed to l, which owns it. */
static void push_said(ClaimList *l, const char *id, const char *doc, const char *metric, const char *unit, double v,
                      const char *text, const char *sentence)
{
    Claim *c = tu_push_claim(l, id, doc, metric, "", 0, v, unit, text);
    free(c->sentence);
    c->sentence = xstrdup(sentence);
}

static void each_part(const ChartPlan *p, double w, double h, const char *tag, PartFn fn, void *ctx);

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
        for (size_t j = 0; j < s->n; j++) {
            /* no text over a dot's centre (a value's mark) */
            const Element *c = &s->el[j];
            if (c->kind == EL_CIRCLE && ba[0] < c->x && c->x < ba[2] && ba[1] < c->y && c->y < ba[3]) {
                snprintf(msg, sizeof msg, "'%.100s' (%s) covers the dot at %.1f %.1f", a->text, a->role, c->x,
                         c->y);
                return msg;
            }
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

/* Take the claims a test pushed on the shared list back off it, down to
 * the n0 it found there. */
static void drop_claims_from(size_t n0)
{
    while (tu_chart.claims.n > n0)
        claim_fini(&tu_chart.claims.v[--tu_chart.claims.n]);
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
    Style dot = {0};
    scene_text(&s, 10, 20, FONT_REGULAR, 8, k, "label", 5, 20, 8, 2, 0, "a");
    ck_assert_ptr_null(layout_problem(&s));
    scene_circle(&s, 15, 17, 2, &dot);   /* under the text */
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

static void each_part(const ChartPlan *p, double w, double h, const char *tag, PartFn fn, void *ctx)
{
    for (size_t i = 0; i < chart_count(p); i++) {
        size_t np = chart_parts(p, i, w, h);
        ck_assert_uint_ge(np, 1);
        for (size_t k = 0; k < np; k++) {
            Scene s;
            Diag d = {0};
            ck_assert_int_eq(chart_build(p, i, k, w, h, 0, &s, &d), 0);
            char what[256];
            snprintf(what, sizeof what, "%s: %s part %zu at %.0fx%.0f", tag, chart_name(p, i), k + 1,
                     w, h);
            check_layout(&s, what);
            ck_assert_msg(has_role(&s, "title") && has_role(&s, "subtitle") && has_role(&s, "source"),
                          "%s: title, subtitle and source line", what);
            ck_assert_msg(s.title && *s.title && s.desc && *s.desc, "%s: metadata", what);
            ck_assert_msg(!has_text(&s, "not shown") && !has_text(&s, "more not"),
                          "%s: says figures are not shown", what);
            if (np > 1) {
                char mark[64];
                snprintf(mark, sizeof mark, "%zu of %zu", k + 1, np);
                ck_assert_msg(strstr(s.title, mark), "%s: title says which part (%s)", what, s.title);
            }
            if (fn)
                fn(p, i, k, &s, ctx);
            scene_free(&s);
        }
        /* a part past the last is an error */
        Scene s;
        Diag d = {0};
        ck_assert_int_eq(chart_build(p, i, np, w, h, 0, &s, &d), CB_EUSAGE);
        scene_free(&s);
    }
}

START_TEST(every_part_should_lay_out_inside_the_canvas_without_overlaps_at_every_size)
{
    static const char *const sizes[] = {"slide", "slide43", "column", "800x450", "400x300",
                                        "3000x900", "600x800"};
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
        ChartSize sz;
        Diag d = {0};
        ck_assert_int_eq(chart_size_parse(sizes[z], 144, &sz, &d), 0);
        each_part(p, sz.width_pt, sz.height_pt, sizes[z], NULL, NULL);
    }
    chart_plan_free(p);
}
END_TEST

/* The claim ids of a part's CSV (the last column), appended to ids. */
static void csv_ids(const ChartPlan *p, size_t i, size_t k, double w, double h, Buf *ids)
{
    Buf b;
    buf_init(&b, 0);
    Diag d = {0};
    ck_assert_int_eq(chart_data_csv(p, i, k, w, h, &b, &d), 0);
    for (char *line = strchr(b.data, '\n'); line && line[1]; line = strchr(line + 1, '\n')) {
        char *end = strchr(line + 1, '\n');
        char *comma = end;
        while (comma > line && comma[-1] != ',')
            comma--;
        buf_append(ids, comma, (size_t)(end - comma));
        buf_putc(ids, ' ');
    }
    buf_free(&b);
}

START_TEST(every_figure_should_be_on_a_chart_and_every_csv_figure_drawn)
{
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    static const double sizes[][2] = {{960, 540}, {200, 150}};
    for (size_t z = 0; z < 2; z++) {
        Buf ids;
        buf_init(&ids, 0);
        for (size_t i = 0; i < chart_count(p); i++) {
            const char *nm = chart_name(p, i);
            if (strncmp(nm, "metric-", 7) && strncmp(nm, "trend-", 6) && strncmp(nm, "other-", 6))
                continue;
            size_t np = chart_parts(p, i, sizes[z][0], sizes[z][1]);
            size_t before = ids.len, figs = 0;
            for (size_t k = 0; k < np; k++)
                csv_ids(p, i, k, sizes[z][0], sizes[z][1], &ids);
            for (size_t c = before; c < ids.len; c++)
                figs += ids.data[c] == ' ';
            /* the parts together hold the chart's figures, each once */
            ck_assert_uint_eq(figs, chart_items(p, i));
        }
        /* every claim with a number is on a metric, trend or other chart */
        for (size_t c = 0; c < tu_chart.claims.n; c++)
            if (isfinite(tu_chart.claims.v[c].value))
                ck_assert_msg(ids.data && strstr(ids.data, tu_chart.claims.v[c].id), "claim %s (%s) on no chart",
                              tu_chart.claims.v[c].id, tu_chart.claims.v[c].text);
        buf_free(&ids);
    }
    chart_plan_free(p);
}
END_TEST

/* A price per share with no metric ("Nominal value: US$0.00001 per
 * Share") is no sum: the money chart, whose takeaway spans its smallest
 * to its largest sum, leaves it to the other charts. */
START_TEST(the_money_chart_should_show_sums_not_prices_per_unit)
{
    push_said(&tu_chart.claims, "00000000000000ff", "prospectus.txt", "", "USD/share", 1e-5, "US$0.00001",
              "Nominal value: US$0.00001 per Share");
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    int money = chart_find(p, "money");
    ck_assert_int_ge(money, 0);
    const char *take = chart_takeaway(p, (size_t)money);
    ck_assert_msg(!strstr(take, "/share") && !strstr(take, "0.00001"), "%s", take);
    chart_plan_free(p);
    /* a sum no metric names ("a $3 fee") is on the chart, not at its
     * headline's ends: the headline says whose ends they are */
    push_said(&tu_chart.claims, "00000000000000fe", "prospectus.txt", "", "USD", 3, "$3", "A $3 fee applies.");
    in = tu_chart_inputs();
    p = chart_plan_make(&in);
    money = chart_find(p, "money");
    take = chart_takeaway(p, (size_t)money);
    ck_assert_msg(!strstr(take, "$3 ") && (strstr(take, " (") || !strncmp(take, "Sums a metric names: from ", 26)),
                  "%s", take);
    chart_plan_free(p);
    claim_fini(&tu_chart.claims.v[--tu_chart.claims.n]);
    claim_fini(&tu_chart.claims.v[--tu_chart.claims.n]);
}
END_TEST

/* A document's figures of one place and year that disagree beyond the
 * margin (an export's header counting the 13 countries of its selection,
 * its text the tracker's 59) are no one quantity: the trend's line, and
 * its takeaway, go through the other figures' medians, not 36. */
START_TEST(a_trend_line_should_not_take_the_median_of_one_documents_disagreeing_figures)
{
    size_t n0 = tu_chart.claims.n;
    static const struct { const char *id, *doc; double v; int year, month; } f[] = {
        {"00000000000000e1", "iiss.txt", 87, 2022, 0}, {"00000000000000e2", "asia.txt", 80, 2023, 0},
        {"00000000000000e3", "export.txt", 13, 2024, 3}, {"00000000000000e4", "export.txt", 59, 2024, 0},
        {"00000000000000e5", "cnnic.txt", 70, 2022, 6}, {"00000000000000e6", "cnnic.txt", 75, 2022, 12},
        {"00000000000000e7", "cnnic.txt", 78, 2023, 0}};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        push_said(&tu_chart.claims, f[i].id, f[i].doc, i < 4 ? "test_project_countries" : "test_share_online",
                  i < 4 ? "countries" : "%", f[i].v, "n", "n");
        Claim *c = &tu_chart.claims.v[tu_chart.claims.n - 1];
        snprintf(c->scope, sizeof c->scope, "global");
        c->year = f[i].year;
        c->month = f[i].month;
    }
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    int t = chart_find(p, "trend-test_project_countries");
    ck_assert_int_ge(t, 0);
    const char *take = chart_takeaway(p, (size_t)t);
    ck_assert_msg(strstr(take, "87 in 2022, 80 in 2023 (median"), "%s", take);
    /* June's and December's figures of one document are a series: both
     * count in their year's median */
    t = chart_find(p, "trend-test_share_online");
    ck_assert_int_ge(t, 0);
    take = chart_takeaway(p, (size_t)t);
    ck_assert_msg(strstr(take, "72.5% in 2022, 78% in 2023 (median"), "%s", take);
    chart_plan_free(p);
    drop_claims_from(n0);
}
END_TEST

/* Two documents' figures of one year that disagree beyond the margin
 * ($30 billion and $79 billion) have no median: the point between them,
 * $54.5 billion, is a figure neither gives. The line, and its takeaway,
 * skip that year; three figures keep the middle one. */
START_TEST(a_trend_line_should_not_pass_between_two_disagreeing_figures)
{
    size_t n0 = tu_chart.claims.n;
    static const struct { const char *id, *doc; double v; int year; } f[] = {
        {"00000000000000d1", "a.txt", 17e9, 2018}, {"00000000000000d2", "b.txt", 79e9, 2023},
        {"00000000000000d3", "c.txt", 30e9, 2024}, {"00000000000000d4", "d.txt", 79e9, 2024},
        {"00000000000000d5", "a.txt", 16e9, 2019}, {"00000000000000d6", "b.txt", 18e9, 2019}};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        push_said(&tu_chart.claims, f[i].id, f[i].doc, "test_dsr_money", "USD", f[i].v, "n", "n");
        Claim *c = &tu_chart.claims.v[tu_chart.claims.n - 1];
        snprintf(c->scope, sizeof c->scope, "global");
        c->year = f[i].year;
    }
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    int t = chart_find(p, "trend-test_dsr_money");
    ck_assert_int_ge(t, 0);
    const char *take = chart_takeaway(p, (size_t)t);
    ck_assert_msg(!strstr(take, "54.5"), "%s", take);
    ck_assert_msg(strstr(take, "$17B in 2018, $79B in 2023 (median"), "%s", take);
    /* a third figure of 2024 gives the year its middle figure */
    push_said(&tu_chart.claims, "00000000000000d7", "e.txt", "test_dsr_money", "USD", 31e9, "n", "n");
    snprintf(tu_chart.claims.v[tu_chart.claims.n - 1].scope, sizeof tu_chart.claims.v[0].scope, "global");
    tu_chart.claims.v[tu_chart.claims.n - 1].year = 2024;
    chart_plan_free(p);
    p = chart_plan_make(&in);
    t = chart_find(p, "trend-test_dsr_money");
    take = chart_takeaway(p, (size_t)t);
    ck_assert_msg(strstr(take, "$17B in 2018, $31B in 2024 (median"), "%s", take);
    chart_plan_free(p);
    drop_claims_from(n0);
}
END_TEST

/* A year whose only figure is a bound ("more than $5 billion") has a dot
 * and an arrow, but no value the takeaway can say: it ends on the last
 * year that states one, not on "$5B in 2024". */
START_TEST(a_trend_takeaway_should_not_end_on_a_bound)
{
    size_t n0 = tu_chart.claims.n;
    static const struct { const char *id, *doc; double v; int year; Qualifier q; } f[] = {
        {"00000000000000c1", "a.txt", 17e9, 2018, Q_EXACT}, {"00000000000000c2", "b.txt", 79e9, 2023, Q_EXACT},
        {"00000000000000c3", "c.txt", 5e9, 2024, Q_MIN}};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        push_said(&tu_chart.claims, f[i].id, f[i].doc, "test_dsr_money", "USD", f[i].v, "n", "n");
        Claim *c = &tu_chart.claims.v[tu_chart.claims.n - 1];
        snprintf(c->scope, sizeof c->scope, "global");
        c->year = f[i].year;
        c->qual = f[i].q;
        if (f[i].q == Q_MIN)
            c->low = f[i].v;
    }
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    int t = chart_find(p, "trend-test_dsr_money");
    ck_assert_int_ge(t, 0);
    const char *take = chart_takeaway(p, (size_t)t);
    ck_assert_msg(strstr(take, "$17B in 2018, $79B in 2023 (median"), "%s", take);
    chart_plan_free(p);
    drop_claims_from(n0);
}
END_TEST

/* A part of a chart is never taller than the page it was cut for, so it
 * can always be built: the brief once lost the first part (the world's
 * rows) of two metric charts, each a fraction of a point too tall for its
 * page of 430pt, silently. Every chart, at page heights in quarter
 * points. */
START_TEST(a_chart_part_should_never_be_taller_than_its_page)
{
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    size_t bad = 0;
    char what[200] = "";
    for (size_t i = 0; i < chart_count(p); i++)
        for (double page = 200; page <= 440; page += 0.25) {
            size_t parts = chart_parts(p, i, 500, page);
            for (size_t k = 0; k < parts; k++) {
                double h = chart_part_height(p, i, k, 500, page);
                if (!(h <= page) && !bad++)
                    snprintf(what, sizeof what, "%s part %zu: %g on a page of %g", chart_name(p, i), k, h, page);
            }
        }
    ck_assert_msg(bad == 0, "%zu parts too tall, first %s", bad, what);
    chart_plan_free(p);
}
END_TEST

/* A part's drawn texts and its alt text, appended to the Buf ctx, for
 * the charts named "other-*". */
static void other_texts(const ChartPlan *p, size_t i, size_t k, const Scene *s, void *ctx)
{
    Buf *b = ctx;
    if (strncmp(chart_name(p, i), "other-", 6))
        return;
    for (size_t e = 0; e < s->n; e++)
        if (s->el[e].kind == EL_TEXT)
            buf_printf(b, "%s\n", s->el[e].text);
    Diag d = {0};
    ck_assert_int_eq(chart_alt_text(p, i, k, 960, 540, b, &d), 0);
}

/* A figure no metric describes, alone of its unit, is labelled by its
 * sentence's words, not by its unit: its value says what it counts
 * ("16.85GB/户·月" was drawn "16.9 a month", "9.4 Mbit/s" was "9.4"). */
START_TEST(a_figure_alone_of_its_unit_should_say_its_unit)
{
    size_t n0 = tu_chart.claims.n;
    push_said(&tu_chart.claims, "00000000000000c1", "miit.txt", "", "GB/user/month", 16.85, "16.85GB/户·月",
              "移动互联网户均流量达16.85GB/户·月。");
    push_said(&tu_chart.claims, "00000000000000c2", "wiki.txt", "", "Mbit/s", 9.4, "9.4 Mbit/s",
              "Median speed was 9.4 Mbit/s in early 2024.");
    push_said(&tu_chart.claims, "00000000000000c3", "aid.txt", "", "lenders", 1, "1", "The project had 1 lender.");
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    Buf b;
    buf_init(&b, 0);
    each_part(p, 960, 540, "slide", other_texts, &b);
    ck_assert_msg(strstr(b.data, "16.9 GB/user a month"), "%s", b.data);
    ck_assert_msg(strstr(b.data, "9.4 Mbit/s\n"), "%s", b.data);
    ck_assert_msg(strstr(b.data, ": 9.4 Mbit/s"), "alt text: %s", b.data);
    ck_assert_msg(strstr(b.data, "1 lender\n"), "%s", b.data);
    buf_free(&b);
    chart_plan_free(p);
    drop_claims_from(n0);
}
END_TEST

/* A metric's takeaway counts places and years only when there are
 * several: "3 figures for 1 places and years" and "1 figure, one per
 * place and year" said nothing a director could use. */
START_TEST(a_metric_takeaway_should_not_count_one_place_as_places)
{
    size_t n0 = tu_chart.claims.n;
    static const struct { const char *id, *doc, *metric; double v; } f[] = {
        {"00000000000000b1", "itu.txt", "test_offline_share", 33},
        {"00000000000000b2", "cn.txt", "test_offline_share", 33.3},
        {"00000000000000b3", "cn.txt", "test_offline_share", 34},
        {"00000000000000b4", "sea.txt", "test_sea_share", 80}};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        push_said(&tu_chart.claims, f[i].id, f[i].doc, f[i].metric, "%", f[i].v, "n", "n");
        Claim *c = &tu_chart.claims.v[tu_chart.claims.n - 1];
        snprintf(c->scope, sizeof c->scope, "global");
        c->year = 2023;
    }
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    int m = chart_find(p, "metric-test_offline_share");
    ck_assert_int_ge(m, 0);
    const char *take = chart_takeaway(p, (size_t)m);
    ck_assert_msg(!strstr(take, "1 places") && strstr(take, "World, 2023: 3 figures from 2 sources, 33% to 34%"),
                  "%s", take);
    m = chart_find(p, "metric-test_sea_share");
    ck_assert_int_ge(m, 0);
    take = chart_takeaway(p, (size_t)m);
    ck_assert_msg(strstr(take, "One figure; World, 2023: 80%") && !strstr(take, "one per place"), "%s", take);
    chart_plan_free(p);
    drop_claims_from(n0);
}
END_TEST

/* The source lines drawn on the parts of chart "metric-test_long_cites",
 * appended to the Buf ctx. */
static void long_cite_sources(const ChartPlan *p, size_t i, size_t k, const Scene *s, void *ctx)
{
    (void)k;
    if (strcmp(chart_name(p, i), "metric-test_long_cites"))
        return;
    for (size_t e = 0; e < s->n; e++)
        if (s->el[e].kind == EL_TEXT && s->el[e].role && !strcmp(s->el[e].role, "source"))
            buf_printf(ctx, "%s ", s->el[e].text);
}

/* A source line too long for its two lines at slide size names fewer
 * documents ("and 11 more documents") rather than be cut mid-word
 * ("Compiled by claim…" on trend-internet_users). */
START_TEST(a_source_line_should_name_fewer_documents_rather_than_be_cut)
{
    size_t n0 = tu_chart.claims.n;
    for (int i = 0; i < 8; i++) {
        char id[17], doc[120];
        snprintf(id, sizeof id, "00000000000000a%d", i);
        snprintf(doc, sizeof doc, "%d_a_document_with_a_very_long_file_name_of_the_ministry_of_industry.txt", i);
        push_said(&tu_chart.claims, id, doc, "test_long_cites", "people", 1e6 * (i + 1), "n", "n");
        static const char *const places[] = {"kenya", "china", "ghana", "zambia", "nigeria", "egypt",
                                             "ethiopia", "tanzania"};
        snprintf(tu_chart.claims.v[tu_chart.claims.n - 1].scope, sizeof tu_chart.claims.v[0].scope, "%s", places[i]);
        tu_chart.claims.v[tu_chart.claims.n - 1].year = 2023;
    }
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    ck_assert_int_ge(chart_find(p, "metric-test_long_cites"), 0);
    Buf b;
    buf_init(&b, 0);
    each_part(p, 960, 540, "slide", long_cite_sources, &b);
    ck_assert_msg(strstr(b.data, "Compiled by claimbrief.") && !strstr(b.data, "\xe2\x80\xa6"), "%s", b.data);
    ck_assert_msg(strstr(b.data, "more documents"), "%s", b.data);
    buf_free(&b);
    chart_plan_free(p);
    drop_claims_from(n0);
}
END_TEST

/* The money chart's takeaway spans the sums a metric names when two or
 * more do: a fee of $0.61 no metric names is not its smallest figure. */
START_TEST(the_money_chart_takeaway_should_span_the_sums_a_metric_names)
{
    push_said(&tu_chart.claims, "00000000000000fe", "fees.txt", "", "USD", 0.61, "$0.61", "The fee is $0.61.");
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    int money = chart_find(p, "money");
    ck_assert_int_ge(money, 0);
    const char *take = chart_takeaway(p, (size_t)money);
    ck_assert_msg(!strstr(take, "0.61") && !strstr(take, "no metric"), "%s", take);
    ck_assert_msg(strlen(take) <= 96, "a subtitle of more than a line: %s", take);
    chart_plan_free(p);
    claim_fini(&tu_chart.claims.v[--tu_chart.claims.n]);
}
END_TEST

/* A row of sums spanning the whole axis (from cents to trillions) has no
 * gap for its median's words: the axis ends early enough for them to
 * stand whole after its last dot, not cut to "…", on slides and print. */
START_TEST(a_row_spanning_the_axis_should_keep_its_median_words_whole)
{
    size_t n0 = tu_chart.claims.n;
    for (int i = 0; i < 300; i++) {
        char id[17];
        snprintf(id, sizeof id, "%016x", 0xa000 + i);
        /* of one metric: sums no metric ties together have no median */
        push_said(&tu_chart.claims, id, "sums.txt", "test_sums", "USD", 0.5 * pow(10, 13.9 * i / 299.0), "sum", "A sum.");
    }
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    int money = chart_find(p, "money");
    ck_assert_int_ge(money, 0);
    static const double size[][2] = {{1920, 1080}, {960, 540}};
    for (size_t k = 0; k < 2; k++) {
        Scene s;
        Diag d = {0};
        ck_assert_int_eq(chart_build(p, (size_t)money, 0, size[k][0], size[k][1], 0, &s, &d), 0);
        int whole = 0;
        for (size_t i = 0; i < s.n; i++)
            if (s.el[i].kind == EL_TEXT && s.el[i].role && !strcmp(s.el[i].role, "value")) {
                ck_assert_msg(!strstr(s.el[i].text, "\xe2\x80\xa6"), "cut: %s", s.el[i].text);
                whole += !strncmp(s.el[i].text, "median ", 7);
            }
        ck_assert_int_ge(whole, 1);
        check_layout(&s, "money");
        scene_free(&s);
    }
    chart_plan_free(p);
    drop_claims_from(n0);
}
END_TEST

/* The coverage chart's bars are its metrics' documents: they shorten down
 * the chart (a metric of many claims from few documents comes after one
 * of more documents). */
START_TEST(the_coverage_bars_should_shorten_down_the_chart)
{
    size_t n0 = tu_chart.claims.n;
    for (int i = 0; i < 40; i++) {
        char id[17];
        snprintf(id, sizeof id, "%016x", 0xc000 + i);
        push_said(&tu_chart.claims, id, "one_table.txt", "data_center_cost", "USD", 1e6 * (i + 1), "sum", "A sum.");
    }
    for (int i = 0; i < 4; i++) {
        char id[17];
        snprintf(id, sizeof id, "%016x", 0xd000 + i);
        char doc[32];
        snprintf(doc, sizeof doc, "users%d.txt", i);
        push_said(&tu_chart.claims, id, doc, "internet_users", "people", 1e6 * (i + 1), "users", "Users.");
    }
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    int cov = chart_find(p, "coverage");
    ck_assert_int_ge(cov, 0);
    Buf csv;
    buf_init(&csv, 0);
    Diag d = {0};
    ck_assert_int_eq(chart_data_csv(p, (size_t)cov, 0, 960, 540, &csv, &d), 0);
    /* metric,label,documents,claims: the documents never grow down the rows */
    long last = -1;
    int rows = 0;
    for (const char *l = strchr(csv.data, '\n'); l && l[1]; l = strchr(l + 1, '\n')) {
        const char *e = strchr(l + 1, '\n');
        const char *c2 = e ? e : l + strlen(l);
        while (c2 > l && c2[-1] != ',')
            c2--;
        const char *c1 = c2 - 1;
        while (c1 > l && c1[-1] != ',')
            c1--;
        long docs = strtol(c1, NULL, 10);
        if (strncmp(l + 1, ",", 1) && last >= 0)
            ck_assert_msg(docs <= last, "documents grow down the chart: %s", csv.data);
        if (strncmp(l + 1, ",", 1))
            last = docs, rows++;
    }
    ck_assert_int_ge(rows, 2);
    buf_free(&csv);
    chart_plan_free(p);
    drop_claims_from(n0);
}
END_TEST

/* The subtitle of the counts without a metric names its commonest unit as
 * a common noun inside its sentence ("the most in countries"), not as a
 * row's label ("Countries"). */
START_TEST(the_counts_takeaway_should_name_its_unit_in_lower_case)
{
    size_t n0 = tu_chart.claims.n;
    for (int i = 0; i < 30; i++) {
        char id[17];
        snprintf(id, sizeof id, "%016x", 0xe000 + i);
        push_said(&tu_chart.claims, id, "counts.txt", "", i < 20 ? "countries" : "km", 3 + i, "count", "A count.");
    }
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    int oc = chart_find(p, "other-counts");
    ck_assert_int_ge(oc, 0);
    const char *take = chart_takeaway(p, (size_t)oc);
    ck_assert_msg(strstr(take, "the most in countries ("), "%s", take);
    chart_plan_free(p);
    drop_claims_from(n0);
}
END_TEST

/* The consistency chart's subtitle counts the contradictions apart from
 * the tensions, and says the worst in its own terms: two documents'
 * figures 100 times apart have no reference to be above. The worst is a
 * contradiction's: a tension 2,000 times apart (a disagreement explained
 * away) is not the headline. */
START_TEST(the_consistency_chart_should_say_its_worst_in_its_own_terms)
{
    Finding t;
    finding_init(&t);
    snprintf(t.id, sizeof t.id, "agreement:internet_users@laos:2023");
    t.kind = FK_AGREEMENT;
    t.verdict = V_TENSION;
    t.value = 2e8;
    t.other_value = 1e5;
    snprintf(t.unit, sizeof t.unit, "people");
    t.statement = xstrdup("Internet users, Laos, 2023: the documents disagree");
    t.claims = xstrdup("");
    findinglist_push(&tu_chart.findings, &t);
    Finding f;
    finding_init(&f);
    snprintf(f.id, sizeof f.id, "agreement:internet_users@cambodia:2023");
    f.kind = FK_AGREEMENT;
    f.verdict = V_INCONSISTENT;
    f.value = 1e7;
    f.other_value = 1e5;
    snprintf(f.unit, sizeof f.unit, "people");
    f.statement = xstrdup("Internet users, Cambodia, 2023: the documents disagree");
    f.claims = xstrdup("");
    findinglist_push(&tu_chart.findings, &f);
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    int cons = chart_find(p, "consistency");
    ck_assert_int_ge(cons, 0);
    Scene s;
    Diag d = {0};
    ck_assert_int_eq(chart_build(p, (size_t)cons, 0, 1920, 1080, 0, &s, &d), 0);
    const char *take = chart_takeaway(p, (size_t)cons);
    ck_assert_msg(strstr(take, "in tension): the worst contradiction is two documents' figures 100 times apart"), "%s",
                  take);
    ck_assert(!has_text(&s, "times above its reference"));
    ck_assert(!has_text(&s, "2,000 times apart"));
    scene_free(&s);
    chart_plan_free(p);
    finding_fini(&tu_chart.findings.v[--tu_chart.findings.n]);
    finding_fini(&tu_chart.findings.v[--tu_chart.findings.n]);
}
END_TEST

/* A consistency check is labelled by its name (its relation's id) with
 * its place and year, as an agreement is, at column size too: the
 * statement's opening sentence was cut at the column's two lines before
 * it said what the check weighs ("Africa, 2022: If the people and the
 * households connected to broadband in Africa were t..."). */
START_TEST(a_check_should_be_labelled_by_its_name_at_column_size)
{
    Finding f;
    finding_init(&f);
    snprintf(f.id, sizeof f.id, "consistency:africa_people_per_household@africa:2022");
    f.kind = FK_CONSISTENCY;
    f.verdict = V_INCONSISTENT;
    f.value = 150;
    f.low = 150;
    f.other_value = 5;
    f.other_low = 3;
    f.other_high = 9;
    snprintf(f.unit, sizeof f.unit, "people per household");
    f.statement = xstrdup("Africa, 2022: If the people and the households connected to broadband in Africa were "
                          "the same connections, they would give about 150 people per household (more than 150 "
                          "people per household), against the cited typical household size of 5 people per "
                          "household (3 to 9 people per household; UN DESA): inconsistent.");
    f.claims = xstrdup("");
    findinglist_push(&tu_chart.findings, &f);
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    int cons = chart_find(p, "consistency");
    ck_assert_int_ge(cons, 0);
    Scene s;
    Diag d = {0};
    ck_assert_int_eq(chart_build(p, (size_t)cons, 0, 966, 580, 0, &s, &d), 0);
    Buf all;
    buf_init(&all, 0);
    for (size_t i = 0; i < s.n; i++)
        if (s.el[i].kind == EL_TEXT)
            buf_puts(&all, s.el[i].text), buf_putc(&all, ' ');
    buf_putc(&all, '\0');
    ck_assert_msg(strstr(all.data, "Inconsistent \xe2\x80\x94 Africa people per") &&
                      strstr(all.data, "household, Africa, 2022"),
                  "%s", all.data);
    ck_assert_msg(!strstr(all.data, "If the people"), "%s", all.data);
    buf_free(&all);
    scene_free(&s);
    chart_plan_free(p);
    finding_fini(&tu_chart.findings.v[--tu_chart.findings.n]);
}
END_TEST

START_TEST(charts_should_show_the_expected_labels)
{
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    Diag d = {0};
    Scene s;
    int money = chart_find(p, "money");
    ck_assert_int_ge(money, 0);
    ck_assert_int_eq(chart_build(p, (size_t)money, 0, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "$79M"));
    ck_assert(has_text(&s, "$79B"));
    ck_assert(has_text(&s, "more than $6T a year"));
    ck_assert(has_text(&s, "$1B"));   /* a tick */
    ck_assert(has_text(&s, "Senegal"));   /* each figure's place */
    scene_free(&s);
    int pen = chart_find(p, "metric-internet_penetration");
    ck_assert_int_ge(pen, 0);
    ck_assert_int_eq(chart_build(p, (size_t)pen, 0, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "about 67%"));
    ck_assert(has_text(&s, "less than 40%"));
    ck_assert(has_text(&s, "Least developed countries"));
    ck_assert(has_text(&s, "2023"));   /* and year */
    scene_free(&s);
    int cons = chart_find(p, "consistency");
    ck_assert_int_ge(cons, 0);
    ck_assert_int_eq(chart_build(p, (size_t)cons, 0, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "inconsistent"));
    scene_free(&s);
    int cov = chart_find(p, "coverage");
    ck_assert_int_ge(cov, 0);
    ck_assert_int_eq(chart_build(p, (size_t)cov, 0, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "document"));
    scene_free(&s);
    ck_assert_int_lt(chart_find(p, "nope"), 0);
    /* --transparent is for dark slides: no background, light text */
    ck_assert_int_eq(chart_build(p, (size_t)money, 0, 960, 540, 1, &s, &d), 0);
    ck_assert_double_eq(s.background.a, 0);
    for (size_t i = 0; i < s.n; i++)
        if (s.el[i].kind == EL_TEXT && strcmp(s.el[i].role, "title") == 0)
            ck_assert(s.el[i].color.r > 0.8);
    scene_free(&s);
    chart_plan_free(p);
}
END_TEST

static unsigned be32(const unsigned char *p)
{
    return (unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 | p[3];
}

START_TEST(files_should_be_valid_and_byte_identical_across_runs)
{
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in), *p2 = chart_plan_make(&in);
    char *dir = tu_tmpdir("chart_files");
    ChartSize sz;
    Diag d = {0};
    ck_assert_int_eq(chart_size_parse("slide", 144, &sz, &d), 0);
    for (size_t i = 0; i < chart_count(p); i++) {
        for (int f = 0; f < CHART_NFORMATS; f++) {
            Buf a, b, other;
            ck_assert_int_eq(chart_render(p, i, 0, (ChartFormat)f, &sz, 0, &a, &d), 0);
            /* something else in between: cairo numbers SVG surfaces per process */
            ck_assert_int_eq(chart_render(p, 0, 0, CHART_SVG, &sz, 0, &other, &d), 0);
            ck_assert_int_eq(chart_render(p2, i, 0, (ChartFormat)f, &sz, 0, &b, &d), 0);
            ck_assert_uint_eq(a.len, b.len);
            ck_assert_msg(memcmp(a.data, b.data, a.len) == 0, "%s.%s differs between runs",
                          chart_name(p, i), chart_format_ext((ChartFormat)f));
            char path[1024];
            snprintf(path, sizeof path, "%s/%s.%s", dir, chart_name(p, i),
                     chart_format_ext((ChartFormat)f));
            tu_write(path, a.data, a.len);
            if (f == CHART_PNG) {
                const unsigned char *q = (const unsigned char *)a.data;
                ck_assert(a.len > 33 && memcmp(q + 12, "IHDR", 4) == 0);
                ck_assert_uint_eq(be32(q + 16), 1920);
                ck_assert_uint_eq(be32(q + 20), 1080);
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
    chart_plan_free(p);
    chart_plan_free(p2);
    free(dir);
}
END_TEST

START_TEST(png_size_should_follow_dpi_and_pixels)
{
    ChartInputs in = tu_chart_inputs();
    ChartPlan *p = chart_plan_make(&in);
    Diag d = {0};
    ChartSize sz;
    Buf b;
    ck_assert_int_eq(chart_size_parse("slide43", 144, &sz, &d), 0);
    ck_assert_int_eq(chart_render(p, 0, 0, CHART_PNG, &sz, 1, &b, &d), 0);
    const unsigned char *q = (const unsigned char *)b.data;
    ck_assert_uint_eq(be32(q + 16), 1440);
    ck_assert_uint_eq(be32(q + 20), 1080);
    ck_assert_int_eq(q[25], 6);   /* transparent: RGBA */
    buf_free(&b);
    ck_assert_int_eq(chart_size_parse("1000x700", 96, &sz, &d), 0);
    ck_assert_int_eq(chart_render(p, 1, 0, CHART_PNG, &sz, 0, &b, &d), 0);
    q = (const unsigned char *)b.data;
    ck_assert_uint_eq(be32(q + 16), 1000);
    ck_assert_uint_eq(be32(q + 20), 700);
    ck_assert_int_eq(q[25], 2);   /* opaque: RGB */
    buf_free(&b);
    ck_assert_int_eq(chart_size_parse("10x10", 144, &sz, &d), CB_EUSAGE);
    ck_assert_int_eq(chart_size_parse("wide", 144, &sz, &d), CB_EUSAGE);
    chart_plan_free(p);
}
END_TEST

static void add_claim(ClaimList *l, const char *id, double v, double lo, double hi, const char *unit,
                      Qualifier q, const char *metric, const char *scope, const char *doc)
{
    push_said(l, id, doc, metric, unit, v, "x", "x");
    Claim *c = &l->v[l->n - 1];
    c->low = lo, c->high = hi;
    c->qual = q;
    snprintf(c->scope, sizeof c->scope, "%s", scope);
}

static void build_all(const ClaimList *cl, const FindingList *fl, const char *tag)
{
    ChartInputs in = {cl, fl, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    static const double sizes[][2] = {{960, 540}, {720, 540}, {483, 290}, {200, 150}};
    for (size_t z = 0; z < 4; z++)
        each_part(p, sizes[z][0], sizes[z][1], tag, NULL, NULL);
    Buf b;
    buf_init(&b, 0);
    Diag d = {0};
    for (size_t i = 0; i < chart_count(p); i++) {
        ck_assert_int_eq(chart_data_csv(p, i, 0, 960, 540, &b, &d), 0);
        buf_free(&b);
        ck_assert_int_eq(chart_render(p, i, 0, CHART_SVG, &(ChartSize){960, 540, 2}, 0, &b, &d), 0);
        buf_free(&b);
    }
    chart_plan_free(p);
}

/* A figure no metric describes is named by its sentence's words from the
 * figure on, to the sentence's end: '.' in English, 。 in Chinese, whose
 * closing quote and mark stay out of the label. */
START_TEST(a_figure_without_a_metric_should_be_named_by_its_words_to_the_sentence_end)
{
    ClaimList cl = {0};
    FindingList nof = {0};
    add_claim(&cl, "00000000000000a1", 1e12, 1e12, NAN, "USD", Q_MIN, "", "southeast asia", "zh.txt");
    free(cl.v[0].text), free(cl.v[0].sentence);
    cl.v[0].text = xstrdup("1\xe4\xb8\x87\xe4\xba\xbf\xe7\xbe\x8e\xe5\x85\x83");   /* 1万亿美元 */
    /* “未来五年，数字经济规模有望超过1万亿美元，中国企业大有可为。” */
    cl.v[0].sentence = xstrdup("\xe2\x80\x9c\xe6\x9c\xaa\xe6\x9d\xa5\xe4\xba\x94\xe5\xb9\xb4\xef\xbc\x8c"
                               "\xe8\xa7\x84\xe6\xa8\xa1\xe6\x9c\x89\xe6\x9c\x9b\xe8\xb6\x85\xe8\xbf\x87"
                               "1\xe4\xb8\x87\xe4\xba\xbf\xe7\xbe\x8e\xe5\x85\x83\xef\xbc\x8c"
                               "\xe4\xb8\xad\xe5\x9b\xbd\xe4\xbc\x81\xe4\xb8\x9a\xe5\xa4\xa7\xe6\x9c\x89"
                               "\xe5\x8f\xaf\xe4\xb8\xba\xe3\x80\x82\xe2\x80\x9d");
    add_claim(&cl, "00000000000000a2", 5e9, NAN, NAN, "USD", Q_EXACT, "", "", "en.txt");
    free(cl.v[1].text), free(cl.v[1].sentence);
    cl.v[1].text = xstrdup("$5 billion");
    cl.v[1].sentence = xstrdup("It cost $5 billion. Then more.");
    ChartInputs in = {&cl, &nof, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int money = chart_find(p, "money");
    ck_assert_int_ge(money, 0);
    Scene s;
    Diag d = {0};
    ck_assert_int_eq(chart_build(p, (size_t)money, 0, 1920, 1080, 0, &s, &d), 0);
    /* the label is drawn in runs, one per font: read them together */
    Buf all;
    buf_init(&all, 0);
    for (size_t i = 0; i < s.n; i++)
        if (s.el[i].kind == EL_TEXT)
            buf_puts(&all, s.el[i].text);
    buf_putc(&all, '\0');
    /* 大有可为”: to the full stop, which is left out with the quote's close */
    ck_assert_msg(strstr(all.data, "\xe5\xa4\xa7\xe6\x9c\x89\xe5\x8f\xaf\xe4\xb8\xba\xe2\x80\x9d:"), "%s", all.data);
    ck_assert(!strstr(all.data, "\xe3\x80\x82"));
    buf_free(&all);
    ck_assert(has_text(&s, "\xe2\x80\x9c$5 billion\xe2\x80\x9d"));
    scene_free(&s);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

/* The sentence's quote or bracket that closes after the figure, never
 * opened in the label's words, is left out: the label's own quotes
 * showed it stray ("“14 affiliates"”", "“2,000+ attendees)”"). */
START_TEST(a_label_should_not_end_with_a_stray_quote_or_bracket)
{
    ClaimList cl = {0};
    FindingList nof = {0};
    static const char *const sent[] = {"The group said it had \"$5 billion\". Then more.",
                                       "The fund (worth $7 billion) closed.", "It raised $9 billion (2023)."};
    static const char *const text[] = {"$5 billion", "$7 billion", "$9 billion"};
    static const double val[] = {5e9, 7e9, 9e9};
    for (int i = 0; i < 3; i++) {
        char id[20];
        snprintf(id, sizeof id, "00000000000000b%d", i);
        add_claim(&cl, id, val[i], NAN, NAN, "USD", Q_EXACT, "", "", "en.txt");
        free(cl.v[i].text), free(cl.v[i].sentence);
        cl.v[i].text = xstrdup(text[i]);
        cl.v[i].sentence = xstrdup(sent[i]);
    }
    ChartInputs in = {&cl, &nof, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int money = chart_find(p, "money");
    ck_assert_int_ge(money, 0);
    Scene s;
    Diag d = {0};
    ck_assert_int_eq(chart_build(p, (size_t)money, 0, 1920, 1080, 0, &s, &d), 0);
    Buf all;
    buf_init(&all, 0);
    for (size_t i = 0; i < s.n; i++)
        if (s.el[i].kind == EL_TEXT)
            buf_puts(&all, s.el[i].text);
    buf_putc(&all, '\0');
    ck_assert_msg(strstr(all.data, "\xe2\x80\x9c$5 billion\xe2\x80\x9d"), "%s", all.data);
    ck_assert_msg(strstr(all.data, "\xe2\x80\x9c$7 billion\xe2\x80\x9d"), "%s", all.data);
    /* (a bracket opened in the words stays whole) */
    ck_assert_msg(strstr(all.data, "\xe2\x80\x9c$9 billion (2023)\xe2\x80\x9d"), "%s", all.data);
    ck_assert(!strstr(all.data, "\"\xe2\x80\x9d") && !strstr(all.data, "billion)"));
    buf_free(&all);
    scene_free(&s);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

/* A table row's run of blanks is one space in a label: "“205        16."
 * read as a gap in the words. */
START_TEST(a_label_should_read_a_table_rows_blanks_as_one_space)
{
    ClaimList cl = {0};
    FindingList nof = {0};
    add_claim(&cl, "00000000000000d0", 11e9, NAN, NAN, "USD", Q_EXACT, "", "", "tab.txt");
    free(cl.v[0].text), free(cl.v[0].sentence);
    cl.v[0].text = xstrdup("$11 billion");
    cl.v[0].sentence = xstrdup("Kenya        $11 billion   \xe3\x80\x80\xe3\x80\x80  142\n         16.3");
    ChartInputs in = {&cl, &nof, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int money = chart_find(p, "money");
    ck_assert_int_ge(money, 0);
    Scene s;
    Diag d = {0};
    ck_assert_int_eq(chart_build(p, (size_t)money, 0, 1920, 1080, 0, &s, &d), 0);
    Buf all;
    buf_init(&all, 0);
    for (size_t i = 0; i < s.n; i++)
        if (s.el[i].kind == EL_TEXT)
            buf_puts(&all, s.el[i].text), buf_putc(&all, '|');
    buf_putc(&all, '\0');
    ck_assert_msg(strstr(all.data, "\xe2\x80\x9c$11 billion 142 16.3\xe2\x80\x9d"), "%s", all.data);
    buf_free(&all);
    scene_free(&s);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

/* One document's two sums of one metric, place and year are two rows
 * that each say their words: both read "China's investment in Belt and
 * Road projects: Asia, 2023 \xc2\xb7 Ota et al. (2023)". */
START_TEST(twin_rows_should_say_their_words)
{
    ClaimList cl = {0};
    FindingList nof = {0};
    static const char *const text[] = {"$64 billion", "$43 billion"};
    for (int i = 0; i < 2; i++) {
        char id[20];
        snprintf(id, sizeof id, "00000000000000c%d", i);
        add_claim(&cl, id, i ? 43e9 : 64e9, NAN, NAN, "USD", Q_EXACT, "bri_investment", "asia", "one.txt");
        cl.v[i].year = 2023;
        free(cl.v[i].text), free(cl.v[i].sentence);
        cl.v[i].text = xstrdup(text[i]);
        cl.v[i].sentence = xstrdup("Banks signed deals worth $64 billion; total engagement was $43 billion.");
    }
    ChartInputs in = {&cl, &nof, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int money = chart_find(p, "money");
    ck_assert_int_ge(money, 0);
    Scene s;
    Diag d = {0};
    ck_assert_int_eq(chart_build(p, (size_t)money, 0, 1920, 1080, 0, &s, &d), 0);
    Buf all;
    buf_init(&all, 0);
    for (size_t i = 0; i < s.n; i++)
        if (s.el[i].kind == EL_TEXT)
            buf_puts(&all, s.el[i].text), buf_putc(&all, ' ');
    buf_putc(&all, '\0');
    ck_assert_msg(strstr(all.data, "\xe2\x80\x9c$64 billion;") && strstr(all.data, "\xe2\x80\x9c$43 billion"),
                  "%s", all.data);
    buf_free(&all);
    scene_free(&s);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

/* A province's figures are a row of their own, labelled with the country
 * (claimplace.h): never one group with the country's own. */
START_TEST(a_provinces_figures_should_be_a_row_of_their_own_named_with_its_country)
{
    ClaimList cl = {0};
    FindingList nof = {0};
    static const double v[] = {1.09e9, 1.092e9, 5e7, 5.1e7};
    for (int i = 0; i < 4; i++) {
        char id[20], doc[20];
        snprintf(id, sizeof id, "00000000000000f%d", i);
        snprintf(doc, sizeof doc, "d%d.txt", i);
        add_claim(&cl, id, v[i], NAN, NAN, "people", Q_EXACT, "internet_users", "china", doc);
        cl.v[i].year = 2023;
        if (i >= 2)
            snprintf(cl.v[i].area, sizeof cl.v[i].area, "guangxi");
    }
    ChartInputs in = {&cl, &nof, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int m = chart_find(p, "metric-internet_users");
    ck_assert_int_ge(m, 0);
    Scene s;
    Diag d = {0};
    ck_assert_int_eq(chart_build(p, (size_t)m, 0, 1920, 1080, 0, &s, &d), 0);
    ck_assert_msg(has_text(&s, "Guangxi, China, 2023"), "no row for Guangxi");
    int china = 0;   /* (a row of its own, not the end of Guangxi's label) */
    for (size_t i = 0; i < s.n; i++)
        china |= s.el[i].kind == EL_TEXT && !strncmp(s.el[i].text, "China, 2023", 11);
    ck_assert_msg(china, "no row for China");
    Buf csv;
    buf_init(&csv, 0);
    ck_assert_int_eq(chart_data_csv(p, (size_t)m, 0, 960, 540, &csv, &d), 0);
    ck_assert_msg(strstr(csv.data, ",scope,area,year,") && strstr(csv.data, ",china,guangxi,2023,"), "%s", csv.data);
    buf_free(&csv);
    scene_free(&s);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

/* A count of countries placed in one country is compared as the
 * world's (placed.h): its chart row says World, as its finding does,
 * never a "China" row beside the World ones of the same quantity. */
START_TEST(a_count_of_countries_in_one_country_should_be_a_world_row_as_in_the_findings)
{
    static const char metrics_csv[] = "kind,id,unit,label,cues,nature\n"
                                      "metric,mou_countries,countries,Countries with MoUs,MoU,stock\n"
                                      "scope,china,,,China,\n";
    Metrics *m = NULL;
    Diag d = {0};
    ck_assert_int_eq(metrics_load_mem("metrics.csv", metrics_csv, strlen(metrics_csv), &m, &d), 0);
    ClaimList cl = {0};
    FindingList nof = {0};
    add_claim(&cl, "00000000000c0001", 30, NAN, NAN, "countries", Q_EXACT, "mou_countries", "china", "a.txt");
    add_claim(&cl, "00000000000c0002", 30, NAN, NAN, "countries", Q_EXACT, "mou_countries", "global", "b.txt");
    cl.v[0].year = cl.v[1].year = 2024;
    ChartInputs in = {&cl, &nof, NULL, tu_chart.fonts, NULL, NULL, NULL, m};
    ChartPlan *p = chart_plan_make(&in);
    int k = chart_find(p, "metric-mou_countries");
    ck_assert_int_ge(k, 0);
    Buf csv;
    buf_init(&csv, 0);
    ck_assert_int_eq(chart_data_csv(p, (size_t)k, 0, 960, 540, &csv, &d), 0);
    ck_assert_msg(!strstr(csv.data, "China, 2024") && !strstr(csv.data, ",china,"), "%s", csv.data);
    ck_assert_msg(strstr(csv.data, "World, 2024 \xc2\xb7 a.txt"), "%s", csv.data);
    buf_free(&csv);
    /* the claims keep what they say */
    ck_assert_str_eq(cl.v[0].scope, "china");
    chart_plan_free(p);
    claimlist_free(&cl);
    metrics_free(m);
}
END_TEST

/* An open lower bound at the top of its axis ("at least 17 countries"
 * beside three 17s) keeps its whole arrow: the axis leaves room past it,
 * never cutting the arrow at its end; and its words are its document's,
 * as the findings say them ("at least 17", not "more than 17"). */
START_TEST(an_open_bound_at_the_axis_end_should_keep_its_arrow_and_its_words)
{
    ClaimList cl = {0};
    FindingList nof = {0};
    for (int i = 0; i < 4; i++) {
        char id[20], doc[20];
        snprintf(id, sizeof id, "00000000000b%04d", i);
        snprintf(doc, sizeof doc, "d%d.txt", i);
        push_said(&cl, id, doc, "dsr_mou_countries", "countries", 17, "17",
                  i ? "It has signed with 17 countries." : "It has signed with at least 17 countries.");
        Claim *c = &cl.v[cl.n - 1];
        snprintf(c->scope, sizeof c->scope, "global");
        c->year = 2024;
        if (i == 0)
            c->qual = Q_MIN, c->low = 17, c->high = NAN;
    }
    ChartInputs in = {&cl, &nof, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int m = chart_find(p, "metric-dsr_mou_countries");
    ck_assert_int_ge(m, 0);
    static const double sizes[][2] = {{960, 540}, {CHART_COLUMN_W, CHART_COLUMN_H}};
    for (size_t z = 0; z < 2; z++) {
        Scene s;
        Diag d = {0};
        ck_assert_int_eq(chart_build(p, (size_t)m, 0, sizes[z][0], sizes[z][1], 0, &s, &d), 0);
        ck_assert_msg(has_text(&s, "at least 17") && !has_text(&s, "more than 17"), "the bound's words");
        /* the note says all the bound's marks: bar, arrow and span */
        Buf all;
        buf_init(&all, 0);
        for (size_t i = 0; i < s.n; i++)
            if (s.el[i].kind == EL_TEXT)
                buf_printf(&all, "%s ", s.el[i].text);
        ck_assert_msg(strstr(all.data, "A bar with an arrow to the right and a shaded span to the edge: a lower bound"),
                      "the note does not say how a lower bound is drawn: %.400s", all.data);
        buf_free(&all);
        double bar = NAN, tip = NAN, head = NAN;
        for (size_t i = 0; i < s.n; i++) {
            const Element *e = &s.el[i];
            if (e->kind == EL_PATH && e->npts == 3 && e->closed)
                tip = e->pts[0].x, head = e->pts[0].x - e->pts[1].x;
            else if (e->kind == EL_RECT && e->h > 2.5 * e->w && e->w < 6)
                bar = e->x + e->w / 2;
        }
        ck_assert_msg(isfinite(bar) && isfinite(tip) && head > 0, "no bound drawn");
        ck_assert_msg(tip - bar >= 5.9 * head, "arrow cut at the axis end: %.1f from its bound, head %.1f at %.0fx%.0f",
                      tip - bar, head, sizes[z][0], sizes[z][1]);
        scene_free(&s);
    }
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

/* A figure of a part of the population (rural areas), or an aim, is a
 * row and a series of its own, labelled so: never one of its place's
 * figures, nor in the median its trend line joins. */
START_TEST(a_part_or_an_aim_should_be_a_row_and_a_series_of_its_own)
{
    ClaimList cl = {0};
    FindingList nof = {0};
    static const struct { double v; int year; const char *context, *doc; } rows[] = {
        {1.092e9, 2023, "", "a.txt"}, {1.1e9, 2024, "", "b.txt"},
        {326e6, 2023, "part: rural areas", "c.txt"}, {304e6, 2024, "part: rural areas", "d.txt"},
        {1.3e9, 2030, "an aim", "e.txt"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char id[20];
        snprintf(id, sizeof id, "00000000000f%04zu", i);
        add_claim(&cl, id, rows[i].v, NAN, NAN, "people", Q_EXACT, "internet_users", "china", rows[i].doc);
        cl.v[i].year = rows[i].year;
        snprintf(cl.v[i].context, sizeof cl.v[i].context, "%s", rows[i].context);
    }
    ChartInputs in = {&cl, &nof, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int m = chart_find(p, "metric-internet_users"), t = chart_find(p, "trend-internet_users");
    ck_assert_int_ge(m, 0);
    ck_assert_int_ge(t, 0);
    Buf b;
    buf_init(&b, 0);
    Diag d = {0};
    ck_assert_int_eq(chart_data_csv(p, (size_t)m, 0, 960, 540, &b, &d), 0);
    ck_assert_msg(strstr(b.data, "China, rural areas, 2024") && strstr(b.data, "China, aim, 2030"), "%s", b.data);
    ck_assert_msg(!strstr(b.data, "\"China, 2024 \xc2\xb7 d.txt"), "%s", b.data);
    buf_free(&b);
    /* the whole's trend: 1.09B in 2023, 1.1B in 2024; the rural areas' apart */
    const char *tk = chart_takeaway(p, (size_t)t);
    ck_assert_msg(strstr(tk, "China: 1.09B in 2023, 1.1B in 2024") && strstr(tk, "2 places"), "%s", tk);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

/* A figure of a country's rural areas (area "rural", part "rural areas")
 * is labelled by its area once: "Rural, China", not "Rural, China, rural
 * areas". */
START_TEST(an_area_should_not_repeat_the_part_it_names)
{
    ClaimList cl = {0};
    FindingList nof = {0};
    add_claim(&cl, "00000000000e0001", 77.5, NAN, NAN, "%", Q_EXACT, "internet_penetration", "china", "a.txt");
    add_claim(&cl, "00000000000e0002", 66.5, NAN, NAN, "%", Q_EXACT, "internet_penetration", "china", "b.txt");
    cl.v[0].year = cl.v[1].year = 2023;
    snprintf(cl.v[1].area, sizeof cl.v[1].area, "rural");
    snprintf(cl.v[1].context, sizeof cl.v[1].context, "part: rural areas");
    ChartInputs in = {&cl, &nof, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int m = chart_find(p, "metric-internet_penetration");
    ck_assert_int_ge(m, 0);
    Buf b;
    buf_init(&b, 0);
    Diag d = {0};
    ck_assert_int_eq(chart_data_csv(p, (size_t)m, 0, 960, 540, &b, &d), 0);
    ck_assert_msg(strstr(b.data, "Rural, China, 2023") && !strstr(b.data, "rural areas"), "%s", b.data);
    buf_free(&b);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

/* A row of two figures has no median: the point between them is a
 * figure neither document gives ("$2.6B to $11.2B, median $6.9B" of two
 * datasets that count differently). It says both, and draws no bar. */
START_TEST(two_figures_in_a_row_should_have_no_median)
{
    ClaimList cl = {0};
    FindingList nof = {0};
    char id[20], doc[20], scope[20];
    /* enough places for one row per group (past PLAN_MAX_ROWS rows) */
    for (int i = 0; i < 40; i++) {
        snprintf(id, sizeof id, "00000000000d%04d", i);
        snprintf(doc, sizeof doc, "d%02d.txt", i);
        snprintf(scope, sizeof scope, "place%02d", i);
        add_claim(&cl, id, 1e9 + i * 1e7, NAN, NAN, "USD", Q_EXACT, "dsr_investment", scope, doc);
        cl.v[cl.n - 1].year = 2023;
        if (i == 0) {
            snprintf(id, sizeof id, "00000000000e%04d", i);
            add_claim(&cl, id, 11.2e9, NAN, NAN, "USD", Q_EXACT, "dsr_investment", scope, "other.txt");
            cl.v[cl.n - 1].year = 2023;
            cl.v[0].value = 2.6e9;
        }
    }
    ChartInputs in = {&cl, &nof, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int m = chart_find(p, "metric-dsr_investment");
    ck_assert_int_ge(m, 0);
    Scene s;
    Diag d = {0};
    ck_assert_int_eq(chart_build(p, (size_t)m, 0, 1920, 1080, 0, &s, &d), 0);
    ck_assert_msg(has_text(&s, "$2.6B and $11.2B"), "no two-figure words");
    ck_assert(!has_text(&s, "median $6.9B"));
    scene_free(&s);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

/* Counts without a metric: a unit's lone figure is listed in words (its
 * value with its unit, place, year and source), not a dot alone on an
 * axis of its own; a strip of one unit's figures, which no metric ties
 * together, shows its range and no median. */
START_TEST(lone_figures_without_a_metric_should_be_listed_and_strips_have_no_median)
{
    ClaimList cl = {0};
    FindingList nof = {0};
    char id[20];
    for (int i = 0; i < 5; i++) {
        snprintf(id, sizeof id, "00000000000f%04d", i);
        push_said(&cl, id, "a.txt", "", "countries", 7 + 40 * i, "countries", "Some countries.");
    }
    push_said(&cl, "00000000000f0100", "b.txt", "", "cables", 3, "3 cables", "It laid 3 cables.");
    cl.v[cl.n - 1].year = 2021;
    snprintf(cl.v[cl.n - 1].scope, sizeof cl.v[cl.n - 1].scope, "kenya");
    push_said(&cl, "00000000000f0101", "c.txt", "", "hubs", 1450, "1,450 hubs", "It built 1,450 hubs.");
    ChartInputs in = {&cl, &nof, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int oc = chart_find(p, "other-counts");
    ck_assert_int_ge(oc, 0);
    Scene s;
    Diag d = {0};
    ck_assert_int_eq(chart_build(p, (size_t)oc, 0, 1920, 1080, 0, &s, &d), 0);
    check_layout(&s, "other-counts");
    size_t dots = 0;
    for (size_t i = 0; i < s.n; i++)
        dots += s.el[i].kind == EL_CIRCLE;
    ck_assert_uint_eq(dots, 5);   /* the strip's; the lone figures are words */
    ck_assert_msg(has_text(&s, "3 cables"), "no listed value");
    ck_assert_msg(has_text(&s, "Kenya, 2021"), "no listed place and year");
    ck_assert_msg(has_text(&s, "7 to 167"), "no strip range");
    for (size_t i = 0; i < s.n; i++)
        ck_assert_msg(s.el[i].kind != EL_TEXT || !strstr(s.el[i].text, "median") ||
                          !strcmp(s.el[i].role ? s.el[i].role : "", "note"),
                      "%s (%s)", s.el[i].text, s.el[i].role ? s.el[i].role : "");
    Buf alt;
    buf_init(&alt, 0);
    ck_assert_int_eq(chart_alt_text(p, (size_t)oc, 0, 1920, 1080, &alt, &d), 0);
    ck_assert_msg(!strstr(alt.data, "median"), "%s", alt.data);
    buf_free(&alt);
    scene_free(&s);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

/* The money chart's sums without a metric are no one quantity: their
 * strip has no median; a metric's strip keeps its median. */
START_TEST(sums_without_a_metric_should_have_no_median)
{
    ClaimList cl = {0};
    FindingList nof = {0};
    char id[20], doc[20];
    for (int i = 0; i < 12; i++) {
        snprintf(id, sizeof id, "00000000000a%04d", i);
        snprintf(doc, sizeof doc, "m%02d.txt", i);
        push_said(&cl, id, doc, i < 6 ? "" : "dsr_investment", "USD", 1e6 * (i % 6 + 1) * (i < 6 ? 1 : 1000),
                  "a sum", "A sum.");
    }
    ChartInputs in = {&cl, &nof, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int m = chart_find(p, "money");
    ck_assert_int_ge(m, 0);
    Scene s;
    Diag d = {0};
    ck_assert_int_eq(chart_build(p, (size_t)m, 0, 1920, 1080, 0, &s, &d), 0);
    size_t medians = 0;
    for (size_t i = 0; i < s.n; i++)
        medians += s.el[i].kind == EL_TEXT && !strcmp(s.el[i].role ? s.el[i].role : "", "value") &&
                   strstr(s.el[i].text, "median");
    ck_assert_uint_eq(medians, 1);   /* the metric's strip only */
    ck_assert_msg(has_text(&s, "$1M to $6M"), "no range for the sums without a metric");
    scene_free(&s);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

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

START_TEST(a_chart_too_long_for_one_picture_should_go_on_over_numbered_parts)
{
    /* 40 places of one metric, 3 sources each, and a few documents'
     * figures of a unit no metric describes */
    ClaimList cl = {0};
    FindingList fl = {0};
    char id[20], scope[32], doc[32];
    for (int i = 0; i < 120; i++) {
        snprintf(id, sizeof id, "%016x", i + 1);
        snprintf(scope, sizeof scope, "place%02d", i / 3);
        snprintf(doc, sizeof doc, "d%d.txt", i % 7);
        add_claim(&cl, id, 40 + i % 9, NAN, NAN, "%", Q_EXACT, "internet_penetration", scope, doc);
        cl.v[cl.n - 1].year = 2023;
    }
    ChartInputs in = {&cl, &fl, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int m = chart_find(p, "metric-internet_penetration");
    ck_assert_int_ge(m, 0);
    size_t np = chart_parts(p, (size_t)m, 960, 540);
    ck_assert_uint_ge(np, 3);
    /* smaller pictures: more parts, never fewer figures */
    ck_assert_uint_gt(chart_parts(p, (size_t)m, 200, 150), np);
    char stem[160];
    chart_part_name(p, (size_t)m, 1, stem, sizeof stem);
    ck_assert_str_eq(stem, "metric-internet_penetration-2");
    each_part(p, 960, 540, "many places", NULL, NULL);
    each_part(p, 200, 150, "many places", NULL, NULL);
    Buf ids;
    buf_init(&ids, 0);
    for (size_t k = 0; k < np; k++)
        csv_ids(p, (size_t)m, k, 960, 540, &ids);
    for (size_t i = 0; i < cl.n; i++)
        ck_assert_msg(strstr(ids.data, cl.v[i].id), "claim %s dropped", cl.v[i].id);
    buf_free(&ids);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

START_TEST(charts_csv_should_choose_order_and_title_the_charts)
{
    static const char prefs[] = "chart,show,title,note\n"
                                "coverage,yes,What backs what,first\n"
                                "trend-*,no,,\n"
                                "metric-internet_users,no,,\n"
                                "metric-no_such_metric,yes,,\n";
    ChartPrefs *cp;
    Diag d = {0};
    ck_assert_int_eq(chartprefs_load_mem("data/charts.csv", prefs, sizeof prefs - 1, &cp, &d), 0);
    ChartInputs in = tu_chart_inputs();
    in.prefs = cp;
    ChartPlan *p = chart_plan_make(&in);
    ck_assert_str_eq(chart_name(p, 0), "coverage");
    ck_assert_str_eq(chart_title(p, 0), "What backs what");
    int u = chart_find(p, "metric-internet_users");
    ck_assert_int_ge(u, 0);
    ck_assert(!chart_shown(p, (size_t)u));
    ck_assert(chart_shown(p, (size_t)chart_find(p, "money")));
    Scene s;
    ck_assert_int_eq(chart_build(p, 0, 0, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "What backs what"));
    scene_free(&s);
    /* the row naming no chart is reported (a warning on stderr), not an error */
    ck_assert_uint_eq(chartprefs_report_unused(cp), 1);
    chart_plan_free(p);
    chartprefs_free(cp);
    /* malformed files are errors naming the line */
    static const char *const bad[][2] = {
        {"show,title\nyes,x\n", "missing column"},
        {"chart,show\nmoney,maybe\n", "data/charts.csv:2: show is 'maybe'"},
        {"chart,show,title\nmetric-*,yes,All\n", "data/charts.csv:2: a title names one chart"},
        {"chart\nmoney\nmoney\n", "data/charts.csv:3: chart 'money' is already named on line 2"},
        {"chart,show\n,yes\n", "data/charts.csv:2: the chart cell is empty"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        Diag e = {0};
        ChartPrefs *x = NULL;
        ck_assert_int_eq(chartprefs_load_mem("data/charts.csv", bad[i][0], strlen(bad[i][0]), &x, &e),
                         CB_EINPUT);
        char line[2200];
        if (e.line)
            snprintf(line, sizeof line, "%.1000s:%ld: %.1000s", e.file, e.line, e.msg);
        else
            snprintf(line, sizeof line, "%.1000s: %.1000s", e.file, e.msg);
        ck_assert_msg(strstr(line, bad[i][1]), "%s: got %s", bad[i][0], line);
        ck_assert_ptr_null(x);
    }
}
END_TEST

START_TEST(chart_command_should_write_every_part_and_fail_cleanly_on_an_unwritable_folder)
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
    ChartInputs in = tu_chart_inputs();
    ChartPlan *plan = chart_plan_make(&in);
    static const char *const ext[] = {"png", "svg", "pdf", "csv", "txt"};
    for (size_t i = 0; i < chart_count(plan); i++)
        for (size_t k = 0; k < chart_parts(plan, i, 960, 540); k++)
            for (size_t e = 0; e < 5; e++) {
                char stem[160];
                chart_part_name(plan, i, k, stem, sizeof stem);
                snprintf(p, sizeof p, "%s/reports/charts/%s.%s", dir, stem, ext[e]);
                size_t n = 0;
                char *data = tu_read(p, &n);
                ck_assert_msg(data && n > 0, "%s written", p);
                free(data);
            }
    chart_plan_free(plan);
    /* --list names every chart with its parts and figures */
    const char *argl[] = {"-C", dir, "chart", "--list", NULL};
    r = tu_run(NULL, NULL, NULL, argl);
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "money\t1 part\t3\tMoney figures in the documents\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "metric-internet_penetration\t"));
    tu_run_free(&r);
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
    /* issue 15: a folder of 1,021 bytes once cut the files' paths, so the
     * charts overwrote each other; refused before anything is written */
    char longdir[1100];
    int n = snprintf(longdir, sizeof longdir, "%s/", dir);
    for (; n < 1021; n++)
        longdir[n] = n % 200 ? 'd' : '/';
    longdir[n] = '\0';
    const char *argv5[] = {"-C", dir, "chart", "-o", longdir, NULL};
    r = tu_run(NULL, NULL, NULL, argv5);
    ck_assert_int_eq(r.status, 3);
    ck_assert_ptr_nonnull(strstr(r.err, ": folder path too long for the chart files (1021 bytes)\n"));
    tu_run_free(&r);
    snprintf(p, sizeof p, "%.*s", (int)(strchr(longdir + strlen(dir) + 1, '/') - longdir), longdir);
    ck_assert_msg(access(p, F_OK) != 0, "%s was created", p);
    const char *argv4[] = {"-C", dir, "chart", "pie", NULL};
    r = tu_run(NULL, NULL, NULL, argv4);
    ck_assert_int_eq(r.status, 2);
    ck_assert_ptr_nonnull(strstr(r.err, "no chart 'pie' in this corpus"));
    tu_run_free(&r);
    /* a bad data/charts.csv is bad input */
    tu_sh("printf 'chart,show\\nmoney,perhaps\\n' > '%s/data/charts.csv'", dir);
    r = tu_run(NULL, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "claimbrief: data/charts.csv:2: show is 'perhaps': expected yes or no\n");
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
    ChartInputs in = {&cl, &fl, &tu_chart.sources, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    static const char *const sizes[] = {"slide", "slide43", "column"};
    for (size_t z = 0; z < 3; z++) {
        ChartSize sz;
        ck_assert_int_eq(chart_size_parse(sizes[z], 144, &sz, &d), 0);
        each_part(p, sz.width_pt, sz.height_pt, sizes[z], NULL, NULL);
    }
    Scene s;
    ck_assert_int_eq(chart_build(p, (size_t)chart_find(p, "money"), 0, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "$79M") && has_text(&s, "$79B") && has_text(&s, "more than $6T a year"));
    scene_free(&s);
    ck_assert_int_eq(chart_build(p, (size_t)chart_find(p, "consistency"), 0, 960, 540, 0, &s, &d), 0);
    ck_assert(has_text(&s, "consistent") && has_text(&s, "World, 2023"));
    scene_free(&s);
    chart_plan_free(p);
    claimlist_free(&cl);
    findinglist_free(&fl);
    free(dir);
}
END_TEST

/* The example project (examples/dsr: 40 documents an analyst collected,
 * none tuned on), through the real pipeline: every part of every chart
 * at every size laid out cleanly. */
START_TEST(charts_of_the_example_project_should_lay_out_cleanly_at_every_size)
{
    char *dir = tu_tmpdir("chart_example");
    tu_copy_project(dir);
    ck_assert_int_eq(tu_sh("rm -rf '%s/data/corpus' && cp -r examples/dsr/data/corpus '%s/data/' && "
                           "rm -f '%s/data/claims.csv' && mkdir -p '%s/reports'", dir, dir, dir, dir), 0);
    const char *ex[] = {"-C", dir, "extract", "-o", "data/claims.csv", "data/corpus", NULL};
    Run r = tu_run(NULL, NULL, NULL, ex);
    ck_assert_msg(r.status == 0, "extract: %s", r.err);
    tu_run_free(&r);
    const char *cmp[] = {"-C", dir, "compare", "--quiet", NULL};
    r = tu_run(NULL, NULL, NULL, cmp);
    ck_assert_msg(r.status == 0, "compare: %s", r.err);
    tu_run_free(&r);
    char path[1100];
    ClaimList cl;
    FindingList fl;
    SourceList sl;
    Diag d = {0};
    snprintf(path, sizeof path, "%s/data/claims.csv", dir);
    ck_assert_int_eq(claims_load(path, &cl, &d), 0);
    snprintf(path, sizeof path, "%s/reports/findings.csv", dir);
    ck_assert_int_eq(findings_load(path, &fl, &d), 0);
    ck_assert_int_eq(sources_load("examples/dsr/data/corpus/sources.csv", &sl, &d), 0);
    ck_assert_uint_ge(cl.n, 500);
    ChartInputs in = {&cl, &fl, &sl, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    static const char *const sizes[] = {"slide", "slide43", "column", "800x450", "400x300"};
    for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
        ChartSize sz;
        ck_assert_int_eq(chart_size_parse(sizes[z], 144, &sz, &d), 0);
        each_part(p, sz.width_pt, sz.height_pt, sizes[z], NULL, NULL);
    }
    chart_plan_free(p);
    claimlist_free(&cl);
    findinglist_free(&fl);
    sources_free(&sl);
    free(dir);
}
END_TEST

/* A document is cited by its first author's surname, or by the body that
 * signs it: never by the last word of a body's name ("Subcommittee on
 * Africa, ..." is not "Africa", "ITU Media Relations" not "Relations"). */
START_TEST(a_document_should_be_cited_by_a_surname_or_by_its_body)
{
    SourceList sl;
    Diag d = {0};
    ck_assert_int_eq(sources_load("examples/dsr/data/corpus/sources.csv", &sl, &d), 0);
    ChartInputs in = {NULL, NULL, &sl, tu_chart.fonts, NULL, NULL, NULL, NULL};
    static const char *const want[][2] = {
        {"614_oped_fear_of_cables.txt", "Mokoena"},
        {"405_wire_respectively.txt", "Eboh et al."},
        {"612_house_hearing_dsr.txt", "U.S. House of Representatives"},
        {"611_ngo_report_safe_cities.txt", "Paradigm Initiative"},
        {"606_itu_press_release_offline.txt", "International Telecommunication Union"},
        {"402_stat_release_cny.txt", "Ministry of Industry and Information Technology"},
    };
    char sh[256];
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        th_doc_short(&in, want[i][0], sh, sizeof sh);
        ck_assert_msg(!strncmp(sh, want[i][1], strlen(want[i][1])), "%s: '%s', want '%s'", want[i][0], sh,
                      want[i][1]);
    }
    sources_free(&sl);
    /* (a body written as the author: its publisher's name, or a word
     * bodies are named with, keeps it whole) */
    char *dir = tu_tmpdir("cite");
    char path[512];
    snprintf(path, sizeof path, "%s/sources.csv", dir);
    static const char csv[] =
        "file,title,authors,publisher,date,url\n"
        "a.txt,Facts and Figures 2025,International Telecommunication Union,International Telecommunication Union "
        "(ITU),2025-11-17,\n"
        "b.txt,Digital Economy Report,Example Trade Union,Example Press,2024-01-02,\n"
        "c.txt,Cables and Power,Thandiwe Mokoena,Example Press,2024-01-02,\n"
        "d.txt,The Mobile Economy 2026,GSMA Intelligence,GSMA,2026-03-02,\n"
        "e.txt,Tracker Note,AECI Tracker Lead,Example Institute,2026-01-02,\n";
    tu_write(path, csv, sizeof csv - 1);
    ck_assert_int_eq(sources_load(path, &sl, &d), 0);
    in.sources = &sl;
    th_doc_short(&in, "a.txt", sh, sizeof sh);
    ck_assert_str_eq(sh, "International Telecommunication Union");
    th_doc_short(&in, "b.txt", sh, sizeof sh);
    ck_assert_str_eq(sh, "Example Press");
    th_doc_short(&in, "c.txt", sh, sizeof sh);
    ck_assert_str_eq(sh, "Mokoena");
    /* (an author opening with its publisher's name, or holding an acronym,
     * is a body too: not "Intelligence", not "Lead") */
    th_doc_short(&in, "d.txt", sh, sizeof sh);
    ck_assert_str_eq(sh, "GSMA");
    th_doc_short(&in, "e.txt", sh, sizeof sh);
    ck_assert_str_eq(sh, "Example Institute");
    sources_free(&sl);
    tu_sh("rm -rf '%s'", dir);
    free(dir);
}
END_TEST

/* Planning sorts once per chart and cuts groups in a pass; paging and
 * drawing are linear in what a part shows. The test case's timeout (10 s)
 * is the check: 3,000 places and 50,000 figures of 6,000 units. */
START_TEST(planning_and_paging_should_take_linear_time)
{
    ClaimList cl = {0};
    FindingList fl = {0};
    char id[20], unit[32], scope[32];
    for (int i = 0; i < 3000; i++) {
        snprintf(id, sizeof id, "%016x", i + 1);
        snprintf(scope, sizeof scope, "place%d", i);
        add_claim(&cl, id, i % 90, NAN, NAN, "%", Q_EXACT, "internet_penetration", scope, "a.txt");
        cl.v[cl.n - 1].year = 2015 + i % 9;
    }
    for (int i = 0; i < 50000; i++) {
        snprintf(id, sizeof id, "%016x", 100000 + i);
        snprintf(unit, sizeof unit, "unit%d", i % 6000 == 17 ? 0 : i % 6000);
        add_claim(&cl, id, i + 1, NAN, NAN, unit, Q_EXACT, "", "", "b.txt");
    }
    ChartInputs in = {&cl, &fl, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    size_t figs = 0;
    for (size_t i = 0; i < chart_count(p); i++) {
        size_t np = chart_parts(p, i, 960, 540);
        figs += chart_items(p, i);
        /* the first and the last part: each laid out in time linear in what it shows */
        Scene s;
        Diag d = {0};
        ck_assert_int_eq(chart_build(p, i, np - 1, 960, 540, 0, &s, &d), 0);
        scene_free(&s);
    }
    ck_assert_uint_ge(figs, 53000);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

/* A trend's median leaves out a document's disagreeing figures without
 * holding each of its figures against every other: a data dump of
 * 40,000 figures of one place, 20,000 a year, one of them far from the
 * rest (the test case's timeout is the check; it took minutes). */
START_TEST(a_trend_of_one_documents_many_figures_should_take_linear_time)
{
    ClaimList cl = {0};
    FindingList fl = {0};
    char id[20];
    for (int i = 0; i < 40000; i++) {
        snprintf(id, sizeof id, "%016x", i + 1);
        add_claim(&cl, id, i % 2 ? 60 : 50, NAN, NAN, "%", Q_EXACT, "internet_penetration", "kenya", "dump.txt");
        cl.v[cl.n - 1].year = i % 2 ? 2021 : 2020;
    }
    add_claim(&cl, "00000000000fffff", 10, NAN, NAN, "%", Q_EXACT, "internet_penetration", "kenya", "dump.txt");
    cl.v[cl.n - 1].year = 2021;
    add_claim(&cl, "00000000000ffffe", 62, NAN, NAN, "%", Q_EXACT, "internet_penetration", "kenya", "b.txt");
    cl.v[cl.n - 1].year = 2021;
    ChartInputs in = {&cl, &fl, NULL, tu_chart.fonts, NULL, NULL, NULL, NULL};
    ChartPlan *p = chart_plan_make(&in);
    int t = chart_find(p, "trend-internet_penetration");
    ck_assert_int_ge(t, 0);
    /* 2021: the dump's figures disagree (10 beside 60): b.txt's 62 */
    const char *take = chart_takeaway(p, (size_t)t);
    ck_assert_msg(strstr(take, "50% in 2020, 62% in 2021 (median"), "%s", take);
    Scene s;
    Diag d = {0};
    ck_assert_int_eq(chart_build(p, (size_t)t, 0, 960, 540, 0, &s, &d), 0);
    scene_free(&s);
    chart_plan_free(p);
    claimlist_free(&cl);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("chart");
    TCase *tc = tcase_create("chart");
    tcase_add_checked_fixture(tc, tu_chart_load, tu_chart_unload);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, the_layout_check_should_catch_overlaps_and_clipping);
    tcase_add_test(tc, a_document_should_be_cited_by_a_surname_or_by_its_body);
    tcase_add_test(tc, every_part_should_lay_out_inside_the_canvas_without_overlaps_at_every_size);
    tcase_add_test(tc, every_figure_should_be_on_a_chart_and_every_csv_figure_drawn);
    tcase_add_test(tc, the_money_chart_should_show_sums_not_prices_per_unit);
    tcase_add_test(tc, the_money_chart_takeaway_should_span_the_sums_a_metric_names);
    tcase_add_test(tc, a_trend_line_should_not_take_the_median_of_one_documents_disagreeing_figures);
    tcase_add_test(tc, a_trend_line_should_not_pass_between_two_disagreeing_figures);
    tcase_add_test(tc, a_trend_takeaway_should_not_end_on_a_bound);
    tcase_add_test(tc, a_chart_part_should_never_be_taller_than_its_page);
    tcase_add_test(tc, a_figure_alone_of_its_unit_should_say_its_unit);
    tcase_add_test(tc, a_metric_takeaway_should_not_count_one_place_as_places);
    tcase_add_test(tc, a_source_line_should_name_fewer_documents_rather_than_be_cut);
    tcase_add_test(tc, a_row_spanning_the_axis_should_keep_its_median_words_whole);
    tcase_add_test(tc, the_coverage_bars_should_shorten_down_the_chart);
    tcase_add_test(tc, the_counts_takeaway_should_name_its_unit_in_lower_case);
    tcase_add_test(tc, the_consistency_chart_should_say_its_worst_in_its_own_terms);
    tcase_add_test(tc, a_check_should_be_labelled_by_its_name_at_column_size);
    tcase_add_test(tc, charts_should_show_the_expected_labels);
    tcase_add_test(tc, a_figure_without_a_metric_should_be_named_by_its_words_to_the_sentence_end);
    tcase_add_test(tc, a_label_should_not_end_with_a_stray_quote_or_bracket);
    tcase_add_test(tc, a_label_should_read_a_table_rows_blanks_as_one_space);
    tcase_add_test(tc, twin_rows_should_say_their_words);
    tcase_add_test(tc, a_provinces_figures_should_be_a_row_of_their_own_named_with_its_country);
    tcase_add_test(tc, two_figures_in_a_row_should_have_no_median);
    tcase_add_test(tc, lone_figures_without_a_metric_should_be_listed_and_strips_have_no_median);
    tcase_add_test(tc, sums_without_a_metric_should_have_no_median);
    tcase_add_test(tc, a_part_or_an_aim_should_be_a_row_and_a_series_of_its_own);
    tcase_add_test(tc, an_area_should_not_repeat_the_part_it_names);
    tcase_add_test(tc, an_open_bound_at_the_axis_end_should_keep_its_arrow_and_its_words);
    tcase_add_test(tc, a_count_of_countries_in_one_country_should_be_a_world_row_as_in_the_findings);
    tcase_add_test(tc, files_should_be_valid_and_byte_identical_across_runs);
    tcase_add_test(tc, png_size_should_follow_dpi_and_pixels);
    tcase_add_test(tc, bad_inputs_should_give_a_sensible_chart);
    tcase_add_test(tc, a_chart_too_long_for_one_picture_should_go_on_over_numbered_parts);
    tcase_add_test(tc, charts_csv_should_choose_order_and_title_the_charts);
    tcase_add_test(tc, charts_from_the_real_pipeline_should_lay_out_cleanly);
    tcase_add_test(tc, chart_command_should_write_every_part_and_fail_cleanly_on_an_unwritable_folder);
    suite_add_tcase(s, tc);
    TCase *ex = tcase_create("example");
    tcase_add_checked_fixture(ex, tu_chart_load, tu_chart_unload);
    tcase_set_timeout(ex, 240);
    tcase_add_test(ex, charts_of_the_example_project_should_lay_out_cleanly_at_every_size);
    suite_add_tcase(s, ex);
    TCase *scale = tcase_create("scale");
    tcase_add_checked_fixture(scale, tu_chart_load, tu_chart_unload);
    tcase_set_timeout(scale, 10);
    tcase_add_test(scale, planning_and_paging_should_take_linear_time);
    tcase_add_test(scale, a_trend_of_one_documents_many_figures_should_take_linear_time);
    suite_add_tcase(s, scale);
    return tu_run_suite(s);
}
