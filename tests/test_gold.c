/* test_gold.c — the seed gold as a test: `claimbrief extract` over
 * the documents in data/corpus scored with the port of score.py (score.c) against
 * tests/gold/seeds.gold.tsv (a copy of ../shared/eval/seeds.gold.tsv).
 *
 * Asserts strict F1 >= 0.95; metric, scope, year and source accuracy >=
 * 0.9 each; no claim at all from the two documents without figures (000,
 * 001). Prints the figures the way score.py does. */
#include "score.h"
#include "testutil.h"

#include <check.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Run extract on pattern's files; the claims CSV in *out (caller frees). */
static Run extract(const char *pattern)
{
    glob_t g;
    ck_assert_int_eq(glob(pattern, 0, NULL, &g), 0);
    const char **argv = calloc(g.gl_pathc + 3, sizeof *argv);
    argv[0] = "extract";
    argv[1] = "--no-curation";
    for (size_t i = 0; i < g.gl_pathc; i++)
        argv[2 + i] = g.gl_pathv[i];
    Run r = tu_run(NULL, NULL, NULL, argv);
    free(argv);
    globfree(&g);
    return r;
}

START_TEST(seed_corpus_should_meet_the_gold)
{
    Run r = extract("data/corpus/*.txt");
    ck_assert_msg(r.status == 0, "extract failed: %s", r.err);
    ScoreSet gold, pred;
    Diag d = {0};
    ck_assert_int_eq(score_load_gold("tests/gold/seeds.gold.tsv", &gold, &d), 0);
    ck_assert_msg(score_load_claims_mem("extract", r.out, r.out_len, &pred, &d) == 0, "%s", d.msg);

    Score s;
    Buf report, verbose;
    buf_init(&report, 0);
    buf_init(&verbose, 0);
    score_compute(&gold, &pred, 0, &s, &verbose);
    score_report(&s, &report);
    printf("%s%s", verbose.len ? verbose.data : "", report.len ? report.data : "");
    fflush(stdout);

    ck_assert_msg(s.strict_f1 >= 0.95, "strict F1 %.3f < 0.95", s.strict_f1);
    for (int f = SF_METRIC; f <= SF_SOURCE; f++)
        ck_assert_msg(score_field(&s, f) >= 0.9, "%s accuracy %.3f < 0.9", score_field_names[f],
                      score_field(&s, f));
    for (size_t i = 0; i < pred.n; i++)
        ck_assert_msg(strncmp(pred.v[i].doc, "000_", 4) != 0 && strncmp(pred.v[i].doc, "001_", 4) != 0,
                      "claim from a document without figures: %s:%ld '%s'", pred.v[i].doc,
                      pred.v[i].start, pred.v[i].text);
    buf_free(&report);
    buf_free(&verbose);
    score_set_free(&gold);
    score_set_free(&pred);
    tu_run_free(&r);
}
END_TEST

/* Extract the documents of pattern, score them against gold_path, print
 * the figures under label, and hold them to the floors (span and strict
 * F1, then metric, scope, year and source accuracy). */
static void hold_to_floors(const char *pattern, const char *gold_path, const char *label, double span_floor,
                           double strict_floor, const double field_floor[SF_COUNT])
{
    Run r = extract(pattern);
    ck_assert_msg(r.status == 0, "extract failed: %s", r.err);
    ScoreSet gold, pred;
    Diag d = {0};
    ck_assert_msg(score_load_gold(gold_path, &gold, &d) == 0, "%s", d.msg);
    ck_assert_msg(score_load_claims_mem("extract", r.out, r.out_len, &pred, &d) == 0, "%s", d.msg);
    Score s;
    Buf report;
    buf_init(&report, 0);
    score_compute(&gold, &pred, 0, &s, NULL);
    score_report(&s, &report);
    printf("%s:\n%s", label, report.len ? report.data : "");
    fflush(stdout);
    ck_assert_msg(s.span_f1 >= span_floor, "%s: span F1 %.3f < %.2f", label, s.span_f1, span_floor);
    ck_assert_msg(s.strict_f1 >= strict_floor, "%s: strict F1 %.3f < %.2f", label, s.strict_f1, strict_floor);
    for (int f = SF_METRIC; f <= SF_SOURCE; f++)
        ck_assert_msg(score_field(&s, f) >= field_floor[f], "%s: %s accuracy %.3f < %.2f", label,
                      score_field_names[f], score_field(&s, f), field_floor[f]);
    buf_free(&report);
    score_set_free(&gold);
    score_set_free(&pred);
    tu_run_free(&r);
}

/* Documents written for the classifier's check (tests/cls/README.md). */
START_TEST(written_documents_should_be_classified)
{
    static const double floor[SF_COUNT] = {[SF_METRIC] = 0.9, [SF_SCOPE] = 0.9, [SF_YEAR] = 0.9, [SF_SOURCE] = 0.9};
    hold_to_floors("tests/cls/*.txt", "tests/cls/cls.gold.tsv", "tests/cls", 0.9, 0.9, floor);
}
END_TEST

/* Twenty-four documents written by testers who did not see the extractor's
 * output first (tests/blind/README.md), kept above the figures they now
 * reach, so that a change that helps one genre and hurts another shows. */
START_TEST(tester_documents_should_stay_above_their_floors)
{
    static const double floor[SF_COUNT] = {[SF_METRIC] = 0.83, [SF_SCOPE] = 0.80, [SF_YEAR] = 0.87,
                                           [SF_SOURCE] = 0.74};
    hold_to_floors("tests/blind/*.txt", "tests/blind/blind.gold.tsv", "tests/blind", 0.96, 0.92, floor);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("gold");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, seed_corpus_should_meet_the_gold);
    tcase_add_test(tc, written_documents_should_be_classified);
    tcase_add_test(tc, tester_documents_should_stay_above_their_floors);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
