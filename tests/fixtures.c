/* fixtures.c — fixtures more than one suite shares (see fixtures.h). */
#include "fixtures.h"

#include "metrics.h"

#include <check.h>
#include <string.h>

ChartFixture tu_chart;

void tu_fonts_load(void)
{
    Diag d = {0};
    ck_assert_msg(fonts_load("fonts", &tu_chart.fonts, &d) == 0, "%s", d.msg);
}

void tu_fonts_unload(void)
{
    fonts_free(tu_chart.fonts);
    tu_chart.fonts = NULL;
}

void tu_chart_load(void)
{
    Diag d = {0};
    tu_fonts_load();
    ck_assert_msg(claims_load("tests/fixtures/chart/claims.csv", &tu_chart.claims, &d) == 0, "%s", d.msg);
    ck_assert_msg(findings_load("tests/fixtures/chart/findings.csv", &tu_chart.findings, &d) == 0, "%s", d.msg);
    ck_assert_msg(sources_load("data/corpus/sources.csv", &tu_chart.sources, &d) == 0, "%s", d.msg);
}

void tu_chart_unload(void)
{
    tu_fonts_unload();
    claimlist_free(&tu_chart.claims);
    findinglist_free(&tu_chart.findings);
    sources_free(&tu_chart.sources);
    memset(&tu_chart, 0, sizeof tu_chart);
}

ChartInputs tu_chart_inputs(void)
{
    ChartInputs in = {&tu_chart.claims, &tu_chart.findings, &tu_chart.sources, tu_chart.fonts, NULL, NULL, NULL, NULL};
    return in;
}

void tu_rules_run(TuRules *r, const ClaimList *cl, const char *refs, const char *relations, const char *metrics)
{
    memset(r, 0, sizeof *r);
    Diag d = {0};
    ck_assert_msg(reference_load_mem("reference.csv", refs, strlen(refs), &r->refs, &d) == 0, "%s", d.msg);
    ck_assert_msg(relations_load_mem("relations.csv", relations, strlen(relations), &r->refs, &r->rels, &d) == 0,
                  "%s", d.msg);
    ck_assert_msg(metrics_load_mem("metrics.csv", metrics, strlen(metrics), &r->metrics, &d) == 0, "%s", d.msg);
    CompareInputs in = {cl, &r->rels, &r->refs, r->metrics, NULL};
    ck_assert_msg(compare_run(&in, &r->fl, &d) == 0, "%s", d.msg);
}

void tu_rules_free(TuRules *r)
{
    findinglist_free(&r->fl);
    relationlist_free(&r->rels);
    referencelist_free(&r->refs);
    metrics_free(r->metrics);
}
