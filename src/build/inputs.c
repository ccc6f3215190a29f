/* inputs.c — load the tables of the charts and the brief (see inputs.h). */
#include "inputs.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus.h"

static int exists(const char *path)
{
    return access(path, F_OK) == 0;
}

const char *inputs_metric_label(const char *id, void *ctx)
{
    return ctx ? metrics_label(ctx, id) : NULL;
}

int inputs_load(Inputs *in, unsigned flags, Diag *d)
{
    memset(in, 0, sizeof *in);
    /* FreeType checks every font first: libharu, which crashes on a bad
     * one, only ever sees fonts it accepted. */
    int rc = fonts_load("fonts", &in->fonts, d);
    if (rc == 0)
        rc = claims_load("data/claims.csv", &in->claims, d);
    if (rc == 0 && exists("reports/findings.csv"))
        rc = findings_load("reports/findings.csv", &in->findings, d);
    if (rc == 0 && exists("data/metrics.csv"))
        rc = metrics_load("data/metrics.csv", &in->metrics, d);
    if (rc == 0 && ((flags & INPUTS_NEED_SOURCES) || exists("data/corpus/sources.csv"))) {
        in->have_sources = 1;   /* sources_free even on error */
        rc = sources_load("data/corpus/sources.csv", &in->sources, d);
    }
    /* what PDFs and web pages say of themselves (kept by the build) fills
     * the gaps sources.csv leaves, and lists those it does not */
    Corpus cp;
    if (rc == 0) {
        if (corpus_list(CORPUS_DIR, &cp, NULL) == 0)
            for (size_t i = 0; i < cp.n; i++) {
                char *m[5];
                if (cp.v[i].type == DOC_TEXT || document_load_meta(CORPUS_TEXT_DIR, cp.v[i].name, m))
                    continue;
                sources_offer(&in->sources, cp.v[i].name, m[0], m[1], m[2], m[3], m[4]);
                in->have_sources = 1;
                for (int k = 0; k < 5; k++)
                    free(m[k]);
            }
        corpus_free(&cp);
    }
    if (rc == 0 && exists("data/charts.csv"))
        rc = chartprefs_load("data/charts.csv", &in->prefs, d);
    in->ci = (ChartInputs){&in->claims, &in->findings, in->have_sources ? &in->sources : NULL,
                           in->fonts, inputs_metric_label, in->metrics, in->prefs};
    return rc;
}

void inputs_free(Inputs *in)
{
    claimlist_free(&in->claims);
    findinglist_free(&in->findings);
    if (in->have_sources)
        sources_free(&in->sources);
    if (in->metrics)
        metrics_free(in->metrics);
    chartprefs_free(in->prefs);
    if (in->fonts)
        fonts_free(in->fonts);
    memset(in, 0, sizeof *in);
}
