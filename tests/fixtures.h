/* fixtures.h — fixtures more than one suite shares.
 *
 * The charts' (the chart, brief and painting suites):
 * tu_fonts_load / tu_fonts_unload: the bundled fonts (fonts/) in
 * tu_chart.fonts, for suites that make their own claims and scenes.
 * tu_chart_load / tu_chart_unload: the fonts, and the fixture corpus's
 * claims and findings (tests/fixtures/chart/) with the bundled
 * bibliography (data/corpus/sources.csv). Either pair is a Check fixture
 * (checked: loaded again for every test, which may change what it holds).
 * tu_chart_inputs gives the charts' inputs over what is loaded.
 */
#ifndef CB_FIXTURES_H
#define CB_FIXTURES_H

#include "chart.h"
#include "compare.h"
#include "reference.h"
#include "relation.h"

typedef struct ChartFixture {
    Fonts *fonts;
    ClaimList claims;
    FindingList findings;
    SourceList sources;
} ChartFixture;

extern ChartFixture tu_chart;

void tu_fonts_load(void);
void tu_fonts_unload(void);
void tu_chart_load(void);
void tu_chart_unload(void);
ChartInputs tu_chart_inputs(void);

/* The comparisons' (compare, sumyear): compare_run over the claims cl
 * with the tables given as their text (data/reference.csv,
 * data/relations.csv, data/metrics.csv); the test fails when one is not
 * read. The findings in fl; tu_rules_free frees all. */
typedef struct TuRules {
    ReferenceList refs;
    RelationList rels;
    Metrics *metrics;
    FindingList fl;
} TuRules;

void tu_rules_run(TuRules *r, const ClaimList *cl, const char *refs, const char *relations, const char *metrics);
void tu_rules_free(TuRules *r);

#endif
