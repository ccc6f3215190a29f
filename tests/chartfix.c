/* chartfix.c — the charts' shared fixture (see chartfix.h). */
#include "chartfix.h"

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
