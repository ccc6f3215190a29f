/* fuzz_prefs.c — the presenter's choice of charts (data/charts.csv,
 * chartprefs_load_mem) on arbitrary bytes, then matched against chart
 * names as the planner asks them.
 *
 * Properties: no crash, leak or read past the bytes; an error is one line
 * naming the file; a table read answers every name with -1 or a row's
 * place, a show of 0 or 1 and a title that is a string.
 */
#include "fuzz.h"

#include "chartprefs.h"

static const char *const names[] = {"money", "consistency", "coverage", "coverage-2",
                                    "metric-internet_users", "trend-internet_users", "*", "", "a?b"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ChartPrefs *p = NULL;
    Diag d = {0};
    int rc = chartprefs_load_mem("data/charts.csv", (const char *)data, size, &p, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0) {
        if (strcmp(d.file, "data/charts.csv") != 0)
            abort();
        chartprefs_free(p);
        return 0;
    }
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        int show = -1;
        const char *title = NULL;
        long k = chartprefs_match(p, names[i], &show, &title);
        if (k < -1 || (k >= 0 && (size_t)k > size) || (k >= 0 && (show != 0 && show != 1)) ||
            (k >= 0 && !title))
            abort();
    }
    chartprefs_free(p);
    return 0;
}
