/* chartfix.h — the fixture the chart, brief and painting suites share.
 *
 * tu_fonts_load / tu_fonts_unload: the bundled fonts (fonts/) in
 * tu_chart.fonts, for suites that make their own claims and scenes.
 * tu_chart_load / tu_chart_unload: the fonts, and the fixture corpus's
 * claims and findings (tests/fixtures/chart/) with the bundled
 * bibliography (data/corpus/sources.csv). Either pair is a Check fixture
 * (checked: loaded again for every test, which may change what it holds).
 * tu_chart_inputs gives the charts' inputs over what is loaded.
 */
#ifndef CB_CHARTFIX_H
#define CB_CHARTFIX_H

#include "chart.h"

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

#endif
