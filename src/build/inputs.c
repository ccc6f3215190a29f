/* inputs.c — load the tables of the charts and the brief (see inputs.h). */
#include "inputs.h"
#include "project.h"

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

int inputs_load(Inputs *in, SourcesWarn warn, void *warn_ctx, Diag *d)
{
    memset(in, 0, sizeof *in);
    /* FreeType checks every font first: libharu, which crashes on a bad
     * one, only ever sees fonts it accepted. */
    int rc = fonts_load(project_input("fonts"), &in->fonts, d);
    if (rc == 0)
        rc = claims_load("data/claims.csv", &in->claims, d);
    if (rc == 0 && exists("reports/findings.csv"))
        rc = findings_load("reports/findings.csv", &in->findings, d);
    const char *metrics = project_input("data/metrics.csv");
    if (rc == 0 && exists(metrics))
        rc = metrics_load(metrics, &in->metrics, d);
    const char *refs = project_input("data/reference.csv");
    if (rc == 0 && exists(refs))
        rc = reference_load(refs, &in->references, d);
    /* The documents (a project without data/corpus/ has none yet: the
     * listing is then empty) and their bibliography: a row for each. */
    corpus_list(CORPUS_DIR, &in->corpus, NULL);
    if (rc == 0)
        rc = sources_load_for(CORPUS_DIR "/sources.csv", &in->corpus, &in->sources, warn, warn_ctx,
                              &in->nbad, d);
    /* what PDFs and web pages say of themselves (kept by the build) fills
     * the gaps sources.csv leaves */
    for (size_t i = 0; rc == 0 && i < in->corpus.n; i++) {
        char *m[5];
        if (in->corpus.v[i].type == DOC_TEXT ||
            document_load_meta(CORPUS_TEXT_DIR, in->corpus.v[i].name, m))
            continue;
        sources_offer(&in->sources, in->corpus.v[i].name, m[0], m[1], m[2], m[3], m[4]);
        for (int k = 0; k < 5; k++)
            free(m[k]);
    }
    if (rc == 0 && exists("data/charts.csv"))
        rc = chartprefs_load("data/charts.csv", &in->prefs, d);
    in->ci = (ChartInputs){&in->claims, &in->findings, &in->sources, in->fonts,
                           inputs_metric_label, in->metrics, in->prefs, in->metrics};
    return rc;
}

void inputs_free(Inputs *in)
{
    claimlist_free(&in->claims);
    findinglist_free(&in->findings);
    sources_free(&in->sources);
    corpus_free(&in->corpus);
    if (in->metrics)
        metrics_free(in->metrics);
    referencelist_free(&in->references);
    chartprefs_free(in->prefs);
    if (in->fonts)
        fonts_free(in->fonts);
    memset(in, 0, sizeof *in);
}
