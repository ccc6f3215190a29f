/* bench_compare.c — time the comparisons on a generated claims table of
 * N claims (default 15,000; target: under one second) with the project's
 * relations, references (exchange rates included), metrics and
 * bibliography.
 *   build/bench_compare [-C PROJECT] [N...]   (run from the repo root)
 *
 * The table is shaped like a large real corpus: N / 15 documents, every
 * metric of metrics.csv, six places and "no place", years 2015-2025 and
 * "no year", money in dollars and in four other currencies, every
 * qualifier. The generator is seeded, so runs compare.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "compare.h"
#include "metrics.h"
#include "unit.h"

#include "benchtime.h"

static unsigned long long state = 0x2545F4914F6CDD1DULL;
static unsigned long long rnd(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static void generate(ClaimList *cl, size_t n, const Metrics *m)
{
    static const char *const scopes[] = {"global", "africa", "kenya", "china", "senegal", "asia", ""};
    static const char *const currencies[] = {"USD", "USD", "USD", "KES", "CNY", "EUR", "NGN"};
    static const char *const texts[] = {"5.4 billion", "67%", "$79 billion", "about 80", "10-15%"};
    size_t nm = metrics_count(m);
    memset(cl, 0, sizeof *cl);
    for (size_t i = 0; i < n; i++) {
        Claim c;
        claim_init(&c);
        snprintf(c.id, sizeof c.id, "%016llx", rnd());
        snprintf(c.doc, sizeof c.doc, "%05zu_doc.txt", i / 15);
        c.start = (i % 15) * 100;
        c.end = c.start + 10;
        const char *metric = metrics_id(m, rnd() % nm);
        const char *unit = metrics_unit(m, metric);
        snprintf(c.metric, sizeof c.metric, "%s", metric);
        if (unit_is_money(unit))
            snprintf(c.unit, sizeof c.unit, "%s%s", currencies[rnd() % 7], unit + 3);
        else
            snprintf(c.unit, sizeof c.unit, "%s", unit);
        snprintf(c.scope, sizeof c.scope, "%s", scopes[rnd() % 7]);
        c.year = rnd() % 4 ? 2015 + (int)(rnd() % 11) : 0;
        c.qual = (Qualifier)(rnd() % Q_COUNT);
        double v = unit_kind(unit) == UNIT_SHARE ? (double)(rnd() % 1000) / 10 + 1
                                                 : (double)(rnd() % 9000 + 100) * 1e6;
        c.value = v;
        if (c.qual == Q_MIN)
            c.low = v;
        else if (c.qual == Q_MAX)
            c.high = v;
        else if (c.qual == Q_RANGE)
            c.low = v * 0.9, c.high = v * 1.1;
        c.text = strdup(texts[rnd() % 5]);
        c.sentence = strdup("");
        claimlist_push(cl, &c);
    }
}

int main(int argc, char **argv)
{
    const char *dir = ".";
    int a = 1;
    if (argc > 2 && !strcmp(argv[1], "-C")) {
        dir = argv[2];
        a = 3;
    }
    char p[4][1100];
    snprintf(p[0], sizeof p[0], "%s/data/reference.csv", dir);
    snprintf(p[1], sizeof p[1], "%s/data/relations.csv", dir);
    snprintf(p[2], sizeof p[2], "%s/data/metrics.csv", dir);
    snprintf(p[3], sizeof p[3], "%s/data/corpus/sources.csv", dir);
    ReferenceList refs;
    RelationList rels;
    Metrics *metrics;
    SourceList sources;
    Diag d = {0};
    if (reference_load(p[0], &refs, &d) || relations_load(p[1], &refs, &rels, &d) ||
        metrics_load(p[2], &metrics, &d) || sources_load(p[3], &sources, &d)) {
        fprintf(stderr, "bench_compare: %s:%ld: %s\n", d.file, d.line, d.msg);
        return 1;
    }
    size_t sizes[16] = {15000};
    int nsizes = 1;
    if (a < argc) {
        nsizes = 0;
        for (; a < argc && nsizes < 16; a++)
            sizes[nsizes++] = (size_t)strtoul(argv[a], NULL, 10);
    }
    printf("%10s  %10s  %10s  %8s  %8s\n", "claims", "findings", "best ms", "median", "target");
    for (int s = 0; s < nsizes; s++) {
        ClaimList cl;
        generate(&cl, sizes[s], metrics);
        CompareInputs in = {&cl, &rels, &refs, metrics, &sources};
        double t[5];
        size_t nf = 0;
        for (int r = 0; r < 5; r++) {
            FindingList fl = {0};
            double t0 = now_ms();
            compare_run(&in, &fl, &d);
            t[r] = now_ms() - t0;
            nf = fl.n;
            findinglist_free(&fl);
        }
        for (int i = 1; i < 5; i++)   /* sort the five times */
            for (int j = i; j > 0 && t[j] < t[j - 1]; j--) {
                double x = t[j];
                t[j] = t[j - 1];
                t[j - 1] = x;
            }
        printf("%10zu  %10zu  %10.1f  %8.1f  %8s\n", sizes[s], nf, t[0], t[2],
               sizes[s] <= 15000 ? (t[2] < 1000 ? "< 1 s ok" : "MISSED") : "");
        claimlist_free(&cl);
    }
    sources_free(&sources);
    metrics_free(metrics);
    relationlist_free(&rels);
    referencelist_free(&refs);
    return 0;
}
