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

/* Run extract on pattern's files, with the bibliography sources (NULL:
 * none); the claims CSV in *out (caller frees). */
static Run extract_with(const char *pattern, const char *sources)
{
    glob_t g;
    ck_assert_int_eq(glob(pattern, 0, NULL, &g), 0);
    const char **argv = calloc(g.gl_pathc + 5, sizeof *argv);
    size_t k = 0;
    argv[k++] = "extract";
    argv[k++] = "--no-curation";
    if (sources) {
        argv[k++] = "--sources";
        argv[k++] = sources;
    }
    for (size_t i = 0; i < g.gl_pathc; i++)
        argv[k + i] = g.gl_pathv[i];
    Run r = tu_run(NULL, NULL, NULL, argv);
    free(argv);
    globfree(&g);
    return r;
}

static Run extract(const char *pattern)
{
    return extract_with(pattern, NULL);
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
static void hold_to_floors(const char *pattern, const char *sources, const char *gold_path, const char *label,
                           double span_floor, double strict_floor, const double field_floor[SF_COUNT])
{
    Run r = extract_with(pattern, sources);
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
    /* the area (a place within a country), where the gold gives one and a
     * floor is set (not score.py's: tests/blind/README.md) */
    if (field_floor[SF_AREA] > 0)
        ck_assert_msg(score_field(&s, SF_AREA) >= field_floor[SF_AREA], "%s: area accuracy %.3f < %.2f", label,
                      score_field(&s, SF_AREA), field_floor[SF_AREA]);
    buf_free(&report);
    score_set_free(&gold);
    score_set_free(&pred);
    tu_run_free(&r);
}

/* Documents written for the classifier's check (tests/cls/README.md). */
START_TEST(written_documents_should_be_classified)
{
    static const double floor[SF_COUNT] = {[SF_METRIC] = 0.9, [SF_SCOPE] = 0.9, [SF_YEAR] = 0.9, [SF_SOURCE] = 0.9};
    hold_to_floors("tests/cls/*.txt", NULL, "tests/cls/cls.gold.tsv", "tests/cls", 0.9, 0.9, floor);
}
END_TEST

/* Twenty-four documents written by testers who did not see the extractor's
 * output first (tests/blind/README.md), kept above the figures they now
 * reach, so that a change that helps one genre and hurts another shows. */
START_TEST(tester_documents_should_stay_above_their_floors)
{
    /* (their gold writes sub-Saharan Africa as "africa"; the extractor, as
     * sets G and M, as a region of its own: 12 rows of scope) */
    static const double floor[SF_COUNT] = {[SF_METRIC] = 0.88, [SF_SCOPE] = 0.93, [SF_YEAR] = 0.98,
                                           [SF_SOURCE] = 0.91};
    hold_to_floors("tests/blind/*.txt", NULL, "tests/blind/blind.gold.tsv", "tests/blind", 0.98, 0.95, floor);
}
END_TEST

/* Blind set G (tests/blind/G/README.md): statistical releases with
 * tab-separated and pipe tables, reports and a journal article flattened
 * from PDF, wires with "respectively" lists; read with its bibliography,
 * whose titles, dates and publishers give the places, years and bodies
 * the sentences leave unsaid. */
START_TEST(blind_set_g_should_stay_above_its_floors)
{
    static const double floor[SF_COUNT] = {[SF_METRIC] = 0.93, [SF_SCOPE] = 0.93, [SF_YEAR] = 0.99,
                                           [SF_SOURCE] = 0.98};
    hold_to_floors("tests/blind/G/*.txt", "tests/blind/G/sources.csv", "tests/blind/G/gold.tsv", "tests/blind/G",
                   0.99, 0.88, floor);
}
END_TEST

/* Blind set H (tests/blind/H/README.md): encyclopedia infoboxes, project
 * database records and exports, annual reports; with its bibliography. */
START_TEST(blind_set_h_should_stay_above_its_floors)
{
    static const double floor[SF_COUNT] = {[SF_METRIC] = 0.81, [SF_SCOPE] = 0.93, [SF_YEAR] = 0.96,
                                           [SF_SOURCE] = 0.99};
    hold_to_floors("tests/blind/H/*.txt", "tests/blind/H/sources.csv", "tests/blind/H/gold.tsv", "tests/blind/H",
                   0.99, 0.98, floor);
}
END_TEST

/* Set K: six Chinese documents by testers (tests/blind/K/README.md). The
 * Chinese scanner and cues were developed on them, so they are held to
 * the figures reached now. Scope fell from 0.979 to 0.958 when the English
 * context rules of round 2 met it: a news site's seat (中国网 China.org.cn)
 * no longer places a whole document, so "the country's digital economy"
 * and "China had 1.092 billion" in its English paragraphs lost China (a
 * sentence's subject is not yet read as its place). */
START_TEST(blind_set_k_should_stay_above_its_floors)
{
    static const double floor[SF_COUNT] = {[SF_METRIC] = 0.96, [SF_SCOPE] = 0.97, [SF_YEAR] = 0.99,
                                           [SF_SOURCE] = 0.99};
    hold_to_floors("tests/blind/K/*.txt", "tests/blind/K/sources.csv", "tests/blind/K/gold.tsv", "tests/blind/K",
                   0.99, 0.99, floor);
}
END_TEST

/* Blind set M (tests/blind/M/README.md): an analyst's reading list of
 * mixed genres (wire, business and African press, think-tank papers, a
 * press release, a country brief, a white paper, a journal excerpt, a
 * hearing, an encyclopedia page, an op-ed, a fact sheet, a project
 * record); with its bibliography. */
START_TEST(blind_set_m_should_stay_above_its_floors)
{
    /* source 0.84: the Chinese scanner found three more of its claims
     * (10.92亿...), whose body is credited in the paragraph before */
    static const double floor[SF_COUNT] = {[SF_METRIC] = 0.85, [SF_SCOPE] = 0.88, [SF_YEAR] = 0.91,
                                           [SF_SOURCE] = 0.86};
    hold_to_floors("tests/blind/M/*.txt", "tests/blind/M/sources.csv", "tests/blind/M/gold.tsv", "tests/blind/M",
                   0.98, 0.91, floor);
}
END_TEST

/* Area floors ([SF_AREA]): since claimbrief writes a place within a
 * country as FORMAT.md's scope (the country) and its own area column, and
 * scripts/gold-area gave the opened sets' gold the same (tests/blind/
 * README.md), the sets whose gold names ten areas or more are held to the
 * area accuracy reached then (commit "area"), less a margin. Scope floors
 * moved by that change say so where they stand. */

/* Sets I, J (English) and L (Chinese): sealed until the first contact of
 * stop 18 (recorded in each README's closing lines and the closing note:
 * strict 0.820, 0.683 and 0.893), then opened as development data. Held
 * to the figures reached after that (raised by issue 12's third round:
 * records, roles, a Chinese sentence's date and credits). */
START_TEST(opened_sets_i_j_l_should_stay_above_their_floors)
{
    static const double fi[SF_COUNT] = {[SF_METRIC] = 0.90, [SF_SCOPE] = 0.92, [SF_YEAR] = 0.95, [SF_SOURCE] = 0.93};
    hold_to_floors("tests/blind/I/*.txt", "tests/blind/I/sources.csv", "tests/blind/I/gold.tsv", "tests/blind/I",
                   0.97, 0.91, fi);
    static const double fj[SF_COUNT] = {[SF_METRIC] = 0.55, [SF_SCOPE] = 0.81, [SF_YEAR] = 0.93, [SF_SOURCE] = 0.91};
    hold_to_floors("tests/blind/J/*.txt", "tests/blind/J/sources.csv", "tests/blind/J/gold.tsv", "tests/blind/J",
                   0.96, 0.91, fj);
    static const double fl[SF_COUNT] = {[SF_METRIC] = 0.96, [SF_SCOPE] = 0.91, [SF_YEAR] = 0.93, [SF_SOURCE] = 0.96, [SF_AREA] = 0.94};
    hold_to_floors("tests/blind/L/*.txt", "tests/blind/L/sources.csv", "tests/blind/L/gold.tsv", "tests/blind/L",
                   0.97, 0.93, fl);
}
END_TEST

/* Sets N, O, Q (English) and P, R (Chinese): sealed until their first
 * contact on main 062cdf0 (strict 0.801, 0.810, 0.731, 0.707, 0.717; see
 * tests/blind/README.md), then opened as development data. Held to the
 * figures reached since (tables, context, multipliers and counted nouns:
 * strict 0.941, 0.916, 0.930, 0.870, 0.837; issue 16's Chinese credits and
 * metric cues: P metric 1.000 and source 0.995, R 1.000 and 0.943; a
 * change's years, 分别 and a report's data date: P scope 0.903 and year
 * 0.995, R year 0.995). */
START_TEST(opened_sets_n_to_r_should_stay_above_their_floors)
{
    static const double fn[SF_COUNT] = {[SF_METRIC] = 0.79, [SF_SCOPE] = 0.82, [SF_YEAR] = 0.91, [SF_SOURCE] = 0.66};
    hold_to_floors("tests/blind/N/*.txt", "tests/blind/N/sources.csv", "tests/blind/N/gold.tsv", "tests/blind/N",
                   0.97, 0.93, fn);
    static const double fo[SF_COUNT] = {[SF_METRIC] = 0.74, [SF_SCOPE] = 0.87, [SF_YEAR] = 0.73, [SF_SOURCE] = 0.48};
    hold_to_floors("tests/blind/O/*.txt", "tests/blind/O/sources.csv", "tests/blind/O/gold.tsv", "tests/blind/O",
                   0.97, 0.91, fo);
    static const double fq[SF_COUNT] = {[SF_METRIC] = 0.87, [SF_SCOPE] = 0.95, [SF_YEAR] = 0.86, [SF_SOURCE] = 0.80};
    hold_to_floors("tests/blind/Q/*.txt", "tests/blind/Q/sources.csv", "tests/blind/Q/gold.tsv", "tests/blind/Q",
                   0.97, 0.92, fq);
    static const double fp[SF_COUNT] = {[SF_METRIC] = 0.99, [SF_SCOPE] = 0.89, [SF_YEAR] = 0.99, [SF_SOURCE] = 0.99, [SF_AREA] = 0.98};
    hold_to_floors("tests/blind/P/*.txt", "tests/blind/P/sources.csv", "tests/blind/P/gold.tsv", "tests/blind/P",
                   0.99, 0.86, fp);
    /* R strict 0.81: R's tester counts 企业 as enterprises, where the
     * later testers (and the extractor since round 26) write companies */
    static const double fr[SF_COUNT] = {[SF_METRIC] = 0.99, [SF_SCOPE] = 0.90, [SF_YEAR] = 0.99, [SF_SOURCE] = 0.94, [SF_AREA] = 0.98};
    hold_to_floors("tests/blind/R/*.txt", "tests/blind/R/sources.csv", "tests/blind/R/gold.tsv", "tests/blind/R",
                   0.99, 0.81, fr);
}
END_TEST

/* Sets S, T (English) and U (Chinese): sealed until their first contact
 * (S strict 0.685, T 0.894, U 0.888 on main 35052de), then opened as
 * development data. S and T are held to the figures reached since
 * (exports between bare pipes, results tables, transcripts' speakers,
 * comparisons that teach the paragraph nothing: strict 0.910 and 0.894,
 * scope 0.962 and 0.867, year 0.852 and 0.961), each less a small margin;
 * U to the figures issue 16's Chinese credits, metric cues and units
 * reached (strict 0.957, metric 1.000, source 1.000; scope 0.957 with 分别
 * over classifiers, year 0.990). Its tester counts
 * 员工…人 as people where the extractor (and sets P, R) write employees. */
START_TEST(opened_sets_s_to_u_should_stay_above_their_floors)
{
    static const double fs[SF_COUNT] = {[SF_METRIC] = 0.78, [SF_SCOPE] = 0.94, [SF_YEAR] = 0.83, [SF_SOURCE] = 0.91};
    hold_to_floors("tests/blind/S/*.txt", "tests/blind/S/sources.csv", "tests/blind/S/gold.tsv", "tests/blind/S",
                   0.94, 0.89, fs);
    static const double ft[SF_COUNT] = {[SF_METRIC] = 0.81, [SF_SCOPE] = 0.85, [SF_YEAR] = 0.94, [SF_SOURCE] = 0.82};
    hold_to_floors("tests/blind/T/*.txt", "tests/blind/T/sources.csv", "tests/blind/T/gold.tsv", "tests/blind/T",
                   0.94, 0.87, ft);
    static const double fu[SF_COUNT] = {[SF_METRIC] = 0.99, [SF_SCOPE] = 0.95, [SF_YEAR] = 0.98, [SF_SOURCE] = 0.99};
    hold_to_floors("tests/blind/U/*.txt", "tests/blind/U/sources.csv", "tests/blind/U/gold.tsv", "tests/blind/U",
                   0.99, 0.95, fu);
}
END_TEST

/* Sets V, W, X (English): sealed until their first contact on main
 * 40e2a26 (strict 0.850, 0.888, 0.905; tests/blind/README.md), then
 * opened as development data. Held to the figures reached since (joint
 * publishers, a publisher's "we", rows naming several countries, slide
 * markers, ranges with the currency at both ends, datelines), each less a
 * small margin. */
START_TEST(opened_sets_v_to_x_should_stay_above_their_floors)
{
    static const double fv[SF_COUNT] = {[SF_METRIC] = 0.89, [SF_SCOPE] = 0.81, [SF_YEAR] = 0.87, [SF_SOURCE] = 0.89};
    hold_to_floors("tests/blind/V/*.txt", "tests/blind/V/sources.csv", "tests/blind/V/gold.tsv", "tests/blind/V",
                   0.94, 0.85, fv);
    static const double fw[SF_COUNT] = {[SF_METRIC] = 0.69, [SF_SCOPE] = 0.60, [SF_YEAR] = 0.85, [SF_SOURCE] = 0.80};
    hold_to_floors("tests/blind/W/*.txt", "tests/blind/W/sources.csv", "tests/blind/W/gold.tsv", "tests/blind/W",
                   0.96, 0.88, fw);
    static const double fx[SF_COUNT] = {[SF_METRIC] = 0.89, [SF_SCOPE] = 0.68, [SF_YEAR] = 0.83, [SF_SOURCE] = 0.68};
    hold_to_floors("tests/blind/X/*.txt", "tests/blind/X/sources.csv", "tests/blind/X/gold.tsv", "tests/blind/X",
                   0.93, 0.89, fx);
}
END_TEST

/* Set Y (Chinese): sealed until its first contact on main bdbbc4c
 * (strict 0.899, source 0.728; tests/blind/README.md), then opened as
 * development data; held to the figures a press conference's roster,
 * Chinese respectively-lists, a report's data date and the currencies and
 * customers of annual results reached since (strict 0.930, scope 0.972,
 * year 0.967, source 0.939), less a small margin. */
START_TEST(opened_set_y_should_stay_above_its_floors)
{
    static const double fy[SF_COUNT] = {[SF_METRIC] = 0.88, [SF_SCOPE] = 0.96, [SF_YEAR] = 0.96, [SF_SOURCE] = 0.93, [SF_AREA] = 0.98};
    hold_to_floors("tests/blind/Y/*.txt", "tests/blind/Y/sources.csv", "tests/blind/Y/gold.tsv", "tests/blind/Y",
                   0.98, 0.92, fy);
}
END_TEST

/* Round six (Z, ZA, ZD English; ZB, ZC Chinese): sealed until their first
 * contact on main 6d982c1 (tests/blind/README.md), then opened as
 * development data; held to the figures reached since (round seven's
 * credits, context, tables and Chinese context: Z strict 0.911, ZA 0.947,
 * ZD 0.944), less a margin. */
START_TEST(opened_round_six_sets_should_stay_above_their_floors)
{
    static const double fz[SF_COUNT] = {[SF_METRIC] = 0.88, [SF_SCOPE] = 0.74, [SF_YEAR] = 0.81, [SF_SOURCE] = 0.84};
    hold_to_floors("tests/blind/Z/*.txt", "tests/blind/Z/sources.csv", "tests/blind/Z/gold.tsv", "tests/blind/Z",
                   0.94, 0.89, fz);
    static const double fza[SF_COUNT] = {[SF_METRIC] = 0.66, [SF_SCOPE] = 0.76, [SF_YEAR] = 0.94, [SF_SOURCE] = 0.71};
    hold_to_floors("tests/blind/ZA/*.txt", "tests/blind/ZA/sources.csv", "tests/blind/ZA/gold.tsv", "tests/blind/ZA",
                   0.97, 0.92, fza);
    static const double fzd[SF_COUNT] = {[SF_METRIC] = 0.97, [SF_SCOPE] = 0.78, [SF_YEAR] = 0.89, [SF_SOURCE] = 0.75};
    hold_to_floors("tests/blind/ZD/*.txt", "tests/blind/ZD/sources.csv", "tests/blind/ZD/gold.tsv", "tests/blind/ZD",
                   0.94, 0.92, fzd);
    static const double fzb[SF_COUNT] = {[SF_METRIC] = 0.89, [SF_SCOPE] = 0.91, [SF_YEAR] = 0.95, [SF_SOURCE] = 0.90, [SF_AREA] = 0.98};
    hold_to_floors("tests/blind/ZB/*.txt", "tests/blind/ZB/sources.csv", "tests/blind/ZB/gold.tsv", "tests/blind/ZB",
                   0.96, 0.87, fzb);
    static const double fzc[SF_COUNT] = {[SF_METRIC] = 0.91, [SF_SCOPE] = 0.81, [SF_YEAR] = 0.97, [SF_SOURCE] = 0.95, [SF_AREA] = 0.98};
    hold_to_floors("tests/blind/ZC/*.txt", "tests/blind/ZC/sources.csv", "tests/blind/ZC/gold.tsv", "tests/blind/ZC",
                   0.95, 0.87, fzc);
}
END_TEST

/* Round seven (ZE, ZF, ZG English; ZJ, ZK Chinese): sealed until their
 * first contact on main a707d72, measured again on the merge of round
 * seven's branches (tests/blind/README.md), then opened; held to that
 * second blind measure, less a margin, until work on them raises it. */
START_TEST(opened_round_seven_sets_should_stay_above_their_floors)
{
    static const double fze[SF_COUNT] = {[SF_METRIC] = 0.70, [SF_SCOPE] = 0.89, [SF_YEAR] = 0.84, [SF_SOURCE] = 0.71};
    hold_to_floors("tests/blind/ZE/*.txt", "tests/blind/ZE/sources.csv", "tests/blind/ZE/gold.tsv", "tests/blind/ZE",
                   0.93, 0.87, fze);
    static const double fzf[SF_COUNT] = {[SF_METRIC] = 0.78, [SF_SCOPE] = 0.85, [SF_YEAR] = 0.89, [SF_SOURCE] = 0.79};
    hold_to_floors("tests/blind/ZF/*.txt", "tests/blind/ZF/sources.csv", "tests/blind/ZF/gold.tsv", "tests/blind/ZF",
                   0.91, 0.81, fzf);
    static const double fzg[SF_COUNT] = {[SF_METRIC] = 0.92, [SF_SCOPE] = 0.72, [SF_YEAR] = 0.94, [SF_SOURCE] = 0.80};
    hold_to_floors("tests/blind/ZG/*.txt", "tests/blind/ZG/sources.csv", "tests/blind/ZG/gold.tsv", "tests/blind/ZG",
                   0.90, 0.82, fzg);
    /* (ZJ and ZK since the Chinese rules drawn from them: ZJ strict 0.971,
     * ZK 0.788, most of what ZK lacks a convention: 用户…万户 as users) */
    static const double fzj[SF_COUNT] = {[SF_METRIC] = 0.91, [SF_SCOPE] = 0.82, [SF_YEAR] = 0.92, [SF_SOURCE] = 0.93};
    hold_to_floors("tests/blind/ZJ/*.txt", "tests/blind/ZJ/sources.csv", "tests/blind/ZJ/gold.tsv", "tests/blind/ZJ",
                   0.98, 0.95, fzj);
    /* (ZK's scope since China's cities, issue 16: 0.918) */
    static const double fzk[SF_COUNT] = {[SF_METRIC] = 0.92, [SF_SCOPE] = 0.90, [SF_YEAR] = 0.95, [SF_SOURCE] = 0.76, [SF_AREA] = 0.98};
    hold_to_floors("tests/blind/ZK/*.txt", "tests/blind/ZK/sources.csv", "tests/blind/ZK/gold.tsv", "tests/blind/ZK",
                   0.98, 0.77, fzk);
}
END_TEST

/* Round eight (ZL, ZM, ZN English; ZP, ZQ Chinese): sealed until their
 * first contact on main 329043d, measured again on the merge of round
 * eight's branches (03f4bf7; tests/blind/README.md), then opened; held to
 * that second blind measure, less a margin. */
START_TEST(opened_round_eight_sets_should_stay_above_their_floors)
{
    static const double fzl[SF_COUNT] = {[SF_METRIC] = 0.75, [SF_SCOPE] = 0.90, [SF_YEAR] = 0.69, [SF_SOURCE] = 0.45};
    hold_to_floors("tests/blind/ZL/*.txt", "tests/blind/ZL/sources.csv", "tests/blind/ZL/gold.tsv", "tests/blind/ZL",
                   0.91, 0.84, fzl);
    static const double fzm[SF_COUNT] = {[SF_METRIC] = 0.72, [SF_SCOPE] = 0.80, [SF_YEAR] = 0.75, [SF_SOURCE] = 0.71};
    hold_to_floors("tests/blind/ZM/*.txt", "tests/blind/ZM/sources.csv", "tests/blind/ZM/gold.tsv", "tests/blind/ZM",
                   0.86, 0.80, fzm);
    static const double fzn[SF_COUNT] = {[SF_METRIC] = 0.88, [SF_SCOPE] = 0.86, [SF_YEAR] = 0.73, [SF_SOURCE] = 0.91};
    hold_to_floors("tests/blind/ZN/*.txt", "tests/blind/ZN/sources.csv", "tests/blind/ZN/gold.tsv", "tests/blind/ZN",
                   0.90, 0.86, fzn);
    /* (ZP and ZQ since the rules drawn from them, issue 16: ZP scope 0.915,
     * source 0.943; ZQ source 0.995, year 0.942) */
    static const double fzp[SF_COUNT] = {[SF_METRIC] = 0.84, [SF_SCOPE] = 0.90, [SF_YEAR] = 0.86, [SF_SOURCE] = 0.93, [SF_AREA] = 0.92};
    hold_to_floors("tests/blind/ZP/*.txt", "tests/blind/ZP/sources.csv", "tests/blind/ZP/gold.tsv", "tests/blind/ZP",
                   0.94, 0.83, fzp);
    static const double fzq[SF_COUNT] = {[SF_METRIC] = 0.88, [SF_SCOPE] = 0.97, [SF_YEAR] = 0.93, [SF_SOURCE] = 0.98};
    hold_to_floors("tests/blind/ZQ/*.txt", "tests/blind/ZQ/sources.csv", "tests/blind/ZQ/gold.tsv", "tests/blind/ZQ",
                   0.95, 0.81, fzq);
}
END_TEST

/* Round nine (ZR, ZS, ZT English; ZU, ZV Chinese): first contact on main
 * f1a5948, measured blind again on the merge of this round's branches,
 * then opened (tests/blind/README.md) and fixed a little (fix9en,
 * fix9zh); held to the figures of main ed282df, less a margin. */
START_TEST(opened_round_nine_sets_should_stay_above_their_floors)
{
    static const double fzr[SF_COUNT] = {[SF_METRIC] = 0.85, [SF_SCOPE] = 0.79, [SF_YEAR] = 0.77, [SF_SOURCE] = 0.82};
    hold_to_floors("tests/blind/ZR/*.txt", "tests/blind/ZR/sources.csv", "tests/blind/ZR/gold.tsv", "tests/blind/ZR",
                   0.95, 0.88, fzr);
    static const double fzs[SF_COUNT] = {[SF_METRIC] = 0.83, [SF_SCOPE] = 0.79, [SF_YEAR] = 0.82, [SF_SOURCE] = 0.76};
    hold_to_floors("tests/blind/ZS/*.txt", "tests/blind/ZS/sources.csv", "tests/blind/ZS/gold.tsv", "tests/blind/ZS",
                   0.91, 0.84, fzs);
    static const double fzt[SF_COUNT] = {[SF_METRIC] = 0.81, [SF_SCOPE] = 0.81, [SF_YEAR] = 0.74, [SF_SOURCE] = 0.72};
    hold_to_floors("tests/blind/ZT/*.txt", "tests/blind/ZT/sources.csv", "tests/blind/ZT/gold.tsv", "tests/blind/ZT",
                   0.93, 0.82, fzt);
    /* (ZU scope 0.825 -> 0.918 with the area column: its gold writes
     * Guangxi's figures china, as FORMAT.md does) */
    static const double fzu[SF_COUNT] = {[SF_METRIC] = 0.85, [SF_SCOPE] = 0.90, [SF_YEAR] = 0.93, [SF_SOURCE] = 0.76};
    hold_to_floors("tests/blind/ZU/*.txt", "tests/blind/ZU/sources.csv", "tests/blind/ZU/gold.tsv", "tests/blind/ZU",
                   0.93, 0.71, fzu);
    static const double fzv[SF_COUNT] = {[SF_METRIC] = 0.72, [SF_SCOPE] = 0.75, [SF_YEAR] = 0.93, [SF_SOURCE] = 0.81};
    hold_to_floors("tests/blind/ZV/*.txt", "tests/blind/ZV/sources.csv", "tests/blind/ZV/gold.tsv", "tests/blind/ZV",
                   0.94, 0.77, fzv);
}
END_TEST

/* Round ten (ZW, ZX, ZY English; ZZ Chinese): first contact on main
 * e493527 and measured blind twice more since; nobody has read their
 * errors yet (tests/blind/README.md). Held to main ed282df's figures,
 * less a margin. */
START_TEST(round_ten_sets_should_stay_above_their_floors)
{
    static const double fzw[SF_COUNT] = {[SF_METRIC] = 0.87, [SF_SCOPE] = 0.84, [SF_YEAR] = 0.60, [SF_SOURCE] = 0.62};
    hold_to_floors("tests/blind/ZW/*.txt", "tests/blind/ZW/sources.csv", "tests/blind/ZW/gold.tsv", "tests/blind/ZW",
                   0.93, 0.84, fzw);
    static const double fzx[SF_COUNT] = {[SF_METRIC] = 0.41, [SF_SCOPE] = 0.63, [SF_YEAR] = 0.81, [SF_SOURCE] = 0.62};
    hold_to_floors("tests/blind/ZX/*.txt", "tests/blind/ZX/sources.csv", "tests/blind/ZX/gold.tsv", "tests/blind/ZX",
                   0.91, 0.82, fzx);
    static const double fzy[SF_COUNT] = {[SF_METRIC] = 0.92, [SF_SCOPE] = 0.74, [SF_YEAR] = 0.82, [SF_SOURCE] = 0.80};
    hold_to_floors("tests/blind/ZY/*.txt", "tests/blind/ZY/sources.csv", "tests/blind/ZY/gold.tsv", "tests/blind/ZY",
                   0.91, 0.88, fzy);
    /* (ZZ scope 0.642 -> 0.860 with the area column, aggregate alone) */
    static const double fzz[SF_COUNT] = {[SF_METRIC] = 0.72, [SF_SCOPE] = 0.84, [SF_YEAR] = 0.86, [SF_SOURCE] = 0.84};
    hold_to_floors("tests/blind/ZZ/*.txt", "tests/blind/ZZ/sources.csv", "tests/blind/ZZ/gold.tsv", "tests/blind/ZZ",
                   0.91, 0.69, fzz);
}
END_TEST

/* Round eleven (YA, YB, YC English; YD, YE Chinese): written at the start
 * of a session and sealed until its end; first contact on main eda24db,
 * measured blind again on c0f0b7d after the session's work. Nobody has
 * read their errors (tests/blind/README.md). Held to c0f0b7d's figures,
 * less a margin; YA, YB and YD, opened as development data the session
 * after, to main e4fa51c's. */
START_TEST(round_eleven_sets_should_stay_above_their_floors)
{
    static const double fya[SF_COUNT] = {[SF_METRIC] = 0.68, [SF_SCOPE] = 0.84, [SF_YEAR] = 0.92, [SF_SOURCE] = 0.93};
    hold_to_floors("tests/blind/YA/*.txt", "tests/blind/YA/sources.csv", "tests/blind/YA/gold.tsv", "tests/blind/YA",
                   0.95, 0.93, fya);
    static const double fyb[SF_COUNT] = {[SF_METRIC] = 0.91, [SF_SCOPE] = 0.87, [SF_YEAR] = 0.87, [SF_SOURCE] = 0.76};
    hold_to_floors("tests/blind/YB/*.txt", "tests/blind/YB/sources.csv", "tests/blind/YB/gold.tsv", "tests/blind/YB",
                   0.96, 0.88, fyb);
    static const double fyc[SF_COUNT] = {[SF_METRIC] = 0.59, [SF_SCOPE] = 0.71, [SF_YEAR] = 0.84, [SF_SOURCE] = 0.79};
    hold_to_floors("tests/blind/YC/*.txt", "tests/blind/YC/sources.csv", "tests/blind/YC/gold.tsv", "tests/blind/YC",
                   0.89, 0.72, fyc);
    static const double fyd[SF_COUNT] = {[SF_METRIC] = 0.90, [SF_SCOPE] = 0.89, [SF_YEAR] = 0.91, [SF_SOURCE] = 0.92};
    hold_to_floors("tests/blind/YD/*.txt", "tests/blind/YD/sources.csv", "tests/blind/YD/gold.tsv", "tests/blind/YD",
                   0.97, 0.94, fyd);
    /* (YE scope 0.829 -> 0.876 with the area column and its gold given
     * FORMAT.md's scope by scripts/gold-area's first rule, which reads no
     * note: 52 rows; held out, nobody read them) */
    static const double fye[SF_COUNT] = {[SF_METRIC] = 0.80, [SF_SCOPE] = 0.85, [SF_YEAR] = 0.95, [SF_SOURCE] = 0.98};
    hold_to_floors("tests/blind/YE/*.txt", "tests/blind/YE/sources.csv", "tests/blind/YE/gold.tsv", "tests/blind/YE",
                   0.95, 0.76, fye);
}
END_TEST

/* Round thirteen (XA, XB, XC, XD English; XE, XF Chinese): written at a
 * session's start, sealed through it (first contact on 4f110bb), then
 * opened as development data the session after. Held to main 6a14aba's
 * figures, less a margin. */
START_TEST(round_thirteen_sets_should_stay_above_their_floors)
{
    static const double fxa[SF_COUNT] = {[SF_METRIC] = 0.85, [SF_SCOPE] = 0.88, [SF_YEAR] = 0.87, [SF_SOURCE] = 0.77};
    hold_to_floors("tests/blind/XA/*.txt", "tests/blind/XA/sources.csv", "tests/blind/XA/gold.tsv", "tests/blind/XA",
                   0.90, 0.86, fxa);
    static const double fxb[SF_COUNT] = {[SF_METRIC] = 0.90, [SF_SCOPE] = 0.62, [SF_YEAR] = 0.89, [SF_SOURCE] = 0.77};
    hold_to_floors("tests/blind/XB/*.txt", "tests/blind/XB/sources.csv", "tests/blind/XB/gold.tsv", "tests/blind/XB",
                   0.94, 0.85, fxb);
    static const double fxc[SF_COUNT] = {[SF_METRIC] = 0.14, [SF_SCOPE] = 0.90, [SF_YEAR] = 0.80, [SF_SOURCE] = 0.74};
    hold_to_floors("tests/blind/XC/*.txt", "tests/blind/XC/sources.csv", "tests/blind/XC/gold.tsv", "tests/blind/XC",
                   0.92, 0.81, fxc);
    static const double fxd[SF_COUNT] = {[SF_METRIC] = 0.81, [SF_SCOPE] = 0.90, [SF_YEAR] = 0.86, [SF_SOURCE] = 0.91};
    hold_to_floors("tests/blind/XD/*.txt", "tests/blind/XD/sources.csv", "tests/blind/XD/gold.tsv", "tests/blind/XD",
                   0.94, 0.83, fxd);
    static const double fxe[SF_COUNT] = {[SF_METRIC] = 0.88, [SF_SCOPE] = 0.88, [SF_YEAR] = 0.93, [SF_SOURCE] = 0.91, [SF_AREA] = 0.80};
    hold_to_floors("tests/blind/XE/*.txt", "tests/blind/XE/sources.csv", "tests/blind/XE/gold.tsv", "tests/blind/XE",
                   0.97, 0.92, fxe);
    /* (XF scope 0.652 -> 0.924 with the area column: its gold writes a
     * province's and its cities' figures china, as FORMAT.md does) */
    static const double fxf[SF_COUNT] = {[SF_METRIC] = 0.91, [SF_SCOPE] = 0.90, [SF_YEAR] = 0.89, [SF_SOURCE] = 0.88, [SF_AREA] = 0.94};
    hold_to_floors("tests/blind/XF/*.txt", "tests/blind/XF/sources.csv", "tests/blind/XF/gold.tsv", "tests/blind/XF",
                   0.96, 0.77, fxf);
}
END_TEST

/* Round fourteen (WA, WB, WC, WD English; WE, WF Chinese): written at a
 * session's start, sealed through it, measured on its first and last
 * main (7a48841, 6a14aba), then opened as development data the session
 * after (tests/blind/README.md); held to that session's last figures,
 * less a margin. */
START_TEST(round_fourteen_sets_should_stay_above_their_floors)
{
    static const double fwa[SF_COUNT] = {[SF_METRIC] = 0.74, [SF_SCOPE] = 0.91, [SF_YEAR] = 0.79, [SF_SOURCE] = 0.88};
    hold_to_floors("tests/blind/WA/*.txt", "tests/blind/WA/sources.csv", "tests/blind/WA/gold.tsv", "tests/blind/WA",
                   0.94, 0.80, fwa);
    static const double fwb[SF_COUNT] = {[SF_METRIC] = 0.69, [SF_SCOPE] = 0.92, [SF_YEAR] = 0.84, [SF_SOURCE] = 0.94};
    hold_to_floors("tests/blind/WB/*.txt", "tests/blind/WB/sources.csv", "tests/blind/WB/gold.tsv", "tests/blind/WB",
                   0.90, 0.85, fwb);
    static const double fwc[SF_COUNT] = {[SF_METRIC] = 0.94, [SF_SCOPE] = 0.91, [SF_YEAR] = 0.86, [SF_SOURCE] = 0.92};
    hold_to_floors("tests/blind/WC/*.txt", "tests/blind/WC/sources.csv", "tests/blind/WC/gold.tsv", "tests/blind/WC",
                   0.96, 0.91, fwc);
    static const double fwd[SF_COUNT] = {[SF_METRIC] = 0.55, [SF_SCOPE] = 0.82, [SF_YEAR] = 0.68, [SF_SOURCE] = 0.94};
    hold_to_floors("tests/blind/WD/*.txt", "tests/blind/WD/sources.csv", "tests/blind/WD/gold.tsv", "tests/blind/WD",
                   0.91, 0.71, fwd);
    static const double fwe[SF_COUNT] = {[SF_METRIC] = 0.62, [SF_SCOPE] = 0.88, [SF_YEAR] = 0.88, [SF_SOURCE] = 0.93};
    hold_to_floors("tests/blind/WE/*.txt", "tests/blind/WE/sources.csv", "tests/blind/WE/gold.tsv", "tests/blind/WE",
                   0.96, 0.81, fwe);
    /* (WF scope 0.588 -> 0.910 with the area column, as XF) */
    static const double fwf[SF_COUNT] = {[SF_METRIC] = 0.78, [SF_SCOPE] = 0.89, [SF_YEAR] = 0.95, [SF_SOURCE] = 0.97, [SF_AREA] = 0.89};
    hold_to_floors("tests/blind/WF/*.txt", "tests/blind/WF/sources.csv", "tests/blind/WF/gold.tsv", "tests/blind/WF",
                   0.95, 0.70, fwf);
}
END_TEST

/* Round fifteen (VA-VD English, VE-VF Chinese): written by testers at
 * the session's start, sealed through it, measured on its first and
 * last main (443c4c3, and the session's work merged). Nobody has read
 * their errors (tests/blind/README.md). Held to the last main's figures,
 * less a margin. */
START_TEST(round_fifteen_sets_should_stay_above_their_floors)
{
    static const double fva[SF_COUNT] = {[SF_METRIC] = 0.79, [SF_SCOPE] = 0.73, [SF_YEAR] = 0.88, [SF_SOURCE] = 0.76};
    hold_to_floors("tests/blind/VA/*.txt", "tests/blind/VA/sources.csv", "tests/blind/VA/gold.tsv", "tests/blind/VA",
                   0.92, 0.84, fva);
    static const double fvb[SF_COUNT] = {[SF_METRIC] = 0.74, [SF_SCOPE] = 0.69, [SF_YEAR] = 0.83, [SF_SOURCE] = 0.78};
    hold_to_floors("tests/blind/VB/*.txt", "tests/blind/VB/sources.csv", "tests/blind/VB/gold.tsv", "tests/blind/VB",
                   0.92, 0.84, fvb);
    static const double fvc[SF_COUNT] = {[SF_METRIC] = 0.84, [SF_SCOPE] = 0.82, [SF_YEAR] = 0.85, [SF_SOURCE] = 0.76};
    hold_to_floors("tests/blind/VC/*.txt", "tests/blind/VC/sources.csv", "tests/blind/VC/gold.tsv", "tests/blind/VC",
                   0.95, 0.90, fvc);
    static const double fvd[SF_COUNT] = {[SF_METRIC] = 0.55, [SF_SCOPE] = 0.68, [SF_YEAR] = 0.90, [SF_SOURCE] = 0.79};
    hold_to_floors("tests/blind/VD/*.txt", "tests/blind/VD/sources.csv", "tests/blind/VD/gold.tsv", "tests/blind/VD",
                   0.95, 0.86, fvd);
    /* (VE scope 0.613 -> 0.880, VF 0.812 -> 0.896 with the area column:
     * VE's gold writes Guangxi's and Qinzhou's figures china, as FORMAT.md
     * does; VF's aggregate alone was read) */
    static const double fve[SF_COUNT] = {[SF_METRIC] = 0.84, [SF_SCOPE] = 0.86, [SF_YEAR] = 0.93, [SF_SOURCE] = 0.89};
    hold_to_floors("tests/blind/VE/*.txt", "tests/blind/VE/sources.csv", "tests/blind/VE/gold.tsv", "tests/blind/VE",
                   0.96, 0.80, fve);
    static const double fvf[SF_COUNT] = {[SF_METRIC] = 0.66, [SF_SCOPE] = 0.87, [SF_YEAR] = 0.95, [SF_SOURCE] = 0.83};
    hold_to_floors("tests/blind/VF/*.txt", "tests/blind/VF/sources.csv", "tests/blind/VF/gold.tsv", "tests/blind/VF",
                   0.96, 0.87, fvf);
}
END_TEST

/* Round sixteen (TA-TD English, TE-TF Chinese): written by testers at
 * the session's start, sealed through it, measured on its first and
 * last main (bd347d2, and the session's work merged). Nobody has read
 * their errors (tests/blind/README.md); TF's gold was given FORMAT.md's
 * scope by scripts/gold-area's first rule (121 rows, no note read).
 * Held to the last main's figures, less a margin. */
START_TEST(round_sixteen_sets_should_stay_above_their_floors)
{
    static const double fta[SF_COUNT] = {[SF_METRIC] = 0.35, [SF_SCOPE] = 0.78, [SF_YEAR] = 0.88, [SF_SOURCE] = 0.82};
    hold_to_floors("tests/blind/TA/*.txt", "tests/blind/TA/sources.csv", "tests/blind/TA/gold.tsv", "tests/blind/TA",
                   0.96, 0.81, fta);
    /* (TB's metric floor 0.42 -> 0.38: two export records' data-centre
     * loans, "amount_usd     172,400,000", are now found, their metric
     * not yet: 8/18 became 8/20 with no metric lost) */
    static const double ftb[SF_COUNT] = {[SF_METRIC] = 0.38, [SF_SCOPE] = 0.76, [SF_YEAR] = 0.44, [SF_SOURCE] = 0.59};
    hold_to_floors("tests/blind/TB/*.txt", "tests/blind/TB/sources.csv", "tests/blind/TB/gold.tsv", "tests/blind/TB",
                   0.92, 0.72, ftb);
    static const double ftc[SF_COUNT] = {[SF_METRIC] = 0.57, [SF_SCOPE] = 0.74, [SF_YEAR] = 0.91, [SF_SOURCE] = 0.62};
    hold_to_floors("tests/blind/TC/*.txt", "tests/blind/TC/sources.csv", "tests/blind/TC/gold.tsv", "tests/blind/TC",
                   0.92, 0.77, ftc);
    static const double ftd[SF_COUNT] = {[SF_METRIC] = 0.94, [SF_SCOPE] = 0.85, [SF_YEAR] = 0.83, [SF_SOURCE] = 0.64};
    hold_to_floors("tests/blind/TD/*.txt", "tests/blind/TD/sources.csv", "tests/blind/TD/gold.tsv", "tests/blind/TD",
                   0.90, 0.85, ftd);
    static const double fte[SF_COUNT] = {[SF_METRIC] = 0.79, [SF_SCOPE] = 0.78, [SF_YEAR] = 0.94, [SF_SOURCE] = 0.54};
    hold_to_floors("tests/blind/TE/*.txt", "tests/blind/TE/sources.csv", "tests/blind/TE/gold.tsv", "tests/blind/TE",
                   0.92, 0.75, fte);
    static const double ftf[SF_COUNT] = {[SF_METRIC] = 0.70, [SF_SCOPE] = 0.84, [SF_YEAR] = 0.90, [SF_SOURCE] = 0.71};
    hold_to_floors("tests/blind/TF/*.txt", "tests/blind/TF/sources.csv", "tests/blind/TF/gold.tsv", "tests/blind/TF",
                   0.97, 0.87, ftf);
}
END_TEST

/* Round seventeen (SA to SD English, SE and SF Chinese): written at the
 * start of the session of 2026-12-06 and sealed until its end; first
 * contact on main 96a9974, then measured on its last main. Nobody has read
 * their errors. Held to the last main's figures, less a margin. */
START_TEST(round_seventeen_sets_should_stay_above_their_floors)
{
    static const double fsa[SF_COUNT] = {[SF_METRIC] = 0.56, [SF_SCOPE] = 0.79, [SF_YEAR] = 0.67, [SF_SOURCE] = 0.44};
    hold_to_floors("tests/blind/SA/*.txt", "tests/blind/SA/sources.csv", "tests/blind/SA/gold.tsv", "tests/blind/SA",
                   0.96, 0.92, fsa);
    static const double fsb[SF_COUNT] = {[SF_METRIC] = 0.72, [SF_SCOPE] = 0.76, [SF_YEAR] = 0.53, [SF_SOURCE] = 0.87};
    hold_to_floors("tests/blind/SB/*.txt", "tests/blind/SB/sources.csv", "tests/blind/SB/gold.tsv", "tests/blind/SB",
                   0.92, 0.81, fsb);
    static const double fsc[SF_COUNT] = {[SF_METRIC] = 0.78, [SF_SCOPE] = 0.93, [SF_YEAR] = 0.89, [SF_SOURCE] = 0.83};
    hold_to_floors("tests/blind/SC/*.txt", "tests/blind/SC/sources.csv", "tests/blind/SC/gold.tsv", "tests/blind/SC",
                   0.92, 0.86, fsc);
    static const double fsd[SF_COUNT] = {[SF_METRIC] = 0.74, [SF_SCOPE] = 0.85, [SF_YEAR] = 0.87, [SF_SOURCE] = 0.88};
    hold_to_floors("tests/blind/SD/*.txt", "tests/blind/SD/sources.csv", "tests/blind/SD/gold.tsv", "tests/blind/SD",
                   0.93, 0.84, fsd);
    static const double fse[SF_COUNT] = {[SF_METRIC] = 0.88, [SF_SCOPE] = 0.88, [SF_YEAR] = 0.90, [SF_SOURCE] = 0.92};
    hold_to_floors("tests/blind/SE/*.txt", "tests/blind/SE/sources.csv", "tests/blind/SE/gold.tsv", "tests/blind/SE",
                   0.96, 0.90, fse);
    static const double fsf[SF_COUNT] = {[SF_METRIC] = 0.71, [SF_SCOPE] = 0.83, [SF_YEAR] = 0.84, [SF_SOURCE] = 0.82};
    hold_to_floors("tests/blind/SF/*.txt", "tests/blind/SF/sources.csv", "tests/blind/SF/gold.tsv", "tests/blind/SF",
                   0.97, 0.81, fsf);
}
END_TEST

/* Round eighteen (RA, RB English, RC and RD Chinese): written in the
 * middle of the session of 2026-12-06 and sealed until its end; first
 * contact on its last main (a923e08). Opened on 2026-12-06/07: RA and RC
 * for development, RB and RD for validation (only their aggregates are
 * read). Held to their first-contact figures, less a margin. */
START_TEST(round_eighteen_sets_should_stay_above_their_floors)
{
    static const double fra[SF_COUNT] = {[SF_METRIC] = 0.90, [SF_SCOPE] = 0.91, [SF_YEAR] = 0.81, [SF_SOURCE] = 0.64};
    hold_to_floors("tests/blind/RA/*.txt", "tests/blind/RA/sources.csv", "tests/blind/RA/gold.tsv", "tests/blind/RA",
                   0.92, 0.81, fra);
    static const double frb[SF_COUNT] = {[SF_METRIC] = 0.59, [SF_SCOPE] = 0.89, [SF_YEAR] = 0.88, [SF_SOURCE] = 0.81};
    hold_to_floors("tests/blind/RB/*.txt", "tests/blind/RB/sources.csv", "tests/blind/RB/gold.tsv", "tests/blind/RB",
                   0.94, 0.83, frb);
    static const double frc[SF_COUNT] = {[SF_METRIC] = 0.88, [SF_SCOPE] = 0.86, [SF_YEAR] = 0.92, [SF_SOURCE] = 0.61};
    hold_to_floors("tests/blind/RC/*.txt", "tests/blind/RC/sources.csv", "tests/blind/RC/gold.tsv", "tests/blind/RC",
                   0.96, 0.88, frc);
    static const double frd[SF_COUNT] = {[SF_METRIC] = 0.77, [SF_SCOPE] = 0.80, [SF_YEAR] = 0.95, [SF_SOURCE] = 0.60};
    hold_to_floors("tests/blind/RD/*.txt", "tests/blind/RD/sources.csv", "tests/blind/RD/gold.tsv", "tests/blind/RD",
                   0.96, 0.74, frd);
}
END_TEST

/* Round nineteen (QA to QD English, QE and QF Chinese): written at the
 * start of the evening session of 2026-12-06 and sealed until its end;
 * first contact on main f039683, then measured on its last main. Nobody
 * has read their errors. Held to the last main's figures, less a margin. */
START_TEST(round_nineteen_sets_should_stay_above_their_floors)
{
    static const double fqa[SF_COUNT] = {[SF_METRIC] = 0.86, [SF_SCOPE] = 0.54, [SF_YEAR] = 0.86, [SF_SOURCE] = 0.86};
    hold_to_floors("tests/blind/QA/*.txt", "tests/blind/QA/sources.csv", "tests/blind/QA/gold.tsv", "tests/blind/QA",
                   0.93, 0.82, fqa);
    static const double fqb[SF_COUNT] = {[SF_METRIC] = 0.42, [SF_SCOPE] = 0.85, [SF_YEAR] = 0.83, [SF_SOURCE] = 0.77};
    hold_to_floors("tests/blind/QB/*.txt", "tests/blind/QB/sources.csv", "tests/blind/QB/gold.tsv", "tests/blind/QB",
                   0.92, 0.83, fqb);
    static const double fqc[SF_COUNT] = {[SF_METRIC] = 0.67, [SF_SCOPE] = 0.86, [SF_YEAR] = 0.82, [SF_SOURCE] = 0.73};
    hold_to_floors("tests/blind/QC/*.txt", "tests/blind/QC/sources.csv", "tests/blind/QC/gold.tsv", "tests/blind/QC",
                   0.93, 0.83, fqc);
    static const double fqd[SF_COUNT] = {[SF_METRIC] = 0.53, [SF_SCOPE] = 0.86, [SF_YEAR] = 0.77, [SF_SOURCE] = 0.83};
    hold_to_floors("tests/blind/QD/*.txt", "tests/blind/QD/sources.csv", "tests/blind/QD/gold.tsv", "tests/blind/QD",
                   0.89, 0.83, fqd);
    static const double fqe[SF_COUNT] = {[SF_METRIC] = 0.76, [SF_SCOPE] = 0.88, [SF_YEAR] = 0.85, [SF_SOURCE] = 0.89};
    hold_to_floors("tests/blind/QE/*.txt", "tests/blind/QE/sources.csv", "tests/blind/QE/gold.tsv", "tests/blind/QE",
                   0.94, 0.82, fqe);
    static const double fqf[SF_COUNT] = {[SF_METRIC] = 0.79, [SF_SCOPE] = 0.80, [SF_YEAR] = 0.85, [SF_SOURCE] = 0.85};
    hold_to_floors("tests/blind/QF/*.txt", "tests/blind/QF/sources.csv", "tests/blind/QF/gold.tsv", "tests/blind/QF",
                   0.94, 0.81, fqf);
}
END_TEST

/* Round twenty-six (JA to JD English, JE and JF Chinese): written at
 * the start of the session of 2026-12-07 (its sixth) and sealed until
 * its end; first contact on main 8ea19bc4, then measured on the
 * session's last main. Held to those figures, less a margin. */
START_TEST(round_twenty_six_sets_should_stay_above_their_floors)
{
    static const double fja[SF_COUNT] = {[SF_METRIC] = 0.84, [SF_SCOPE] = 0.66, [SF_YEAR] = 0.89, [SF_SOURCE] = 0.80};
    hold_to_floors("tests/blind/JA/*.txt", "tests/blind/JA/sources.csv", "tests/blind/JA/gold.tsv", "tests/blind/JA",
                   0.93, 0.87, fja);
    static const double fjb[SF_COUNT] = {[SF_METRIC] = 0.70, [SF_SCOPE] = 0.64, [SF_YEAR] = 0.82, [SF_SOURCE] = 0.57};
    hold_to_floors("tests/blind/JB/*.txt", "tests/blind/JB/sources.csv", "tests/blind/JB/gold.tsv", "tests/blind/JB",
                   0.89, 0.81, fjb);
    static const double fjc[SF_COUNT] = {[SF_METRIC] = 0.78, [SF_SCOPE] = 0.86, [SF_YEAR] = 0.76, [SF_SOURCE] = 0.45};
    hold_to_floors("tests/blind/JC/*.txt", "tests/blind/JC/sources.csv", "tests/blind/JC/gold.tsv", "tests/blind/JC",
                   0.91, 0.82, fjc);
    static const double fjd[SF_COUNT] = {[SF_METRIC] = 0.89, [SF_SCOPE] = 0.76, [SF_YEAR] = 0.80, [SF_SOURCE] = 0.75};
    hold_to_floors("tests/blind/JD/*.txt", "tests/blind/JD/sources.csv", "tests/blind/JD/gold.tsv", "tests/blind/JD",
                   0.93, 0.85, fjd);
    static const double fje[SF_COUNT] = {[SF_METRIC] = 0.86, [SF_SCOPE] = 0.85, [SF_YEAR] = 0.93, [SF_SOURCE] = 0.89};
    hold_to_floors("tests/blind/JE/*.txt", "tests/blind/JE/sources.csv", "tests/blind/JE/gold.tsv", "tests/blind/JE",
                   0.95, 0.81, fje);
    static const double fjf[SF_COUNT] = {[SF_METRIC] = 0.81, [SF_SCOPE] = 0.84, [SF_YEAR] = 0.83, [SF_SOURCE] = 0.86};
    hold_to_floors("tests/blind/JF/*.txt", "tests/blind/JF/sources.csv", "tests/blind/JF/gold.tsv", "tests/blind/JF",
                   0.95, 0.77, fjf);
}
END_TEST


/* Round twenty-five (KA to KD English, KE and KF Chinese): written at
 * the start of the session of 2026-12-07 (its fifth) and sealed until
 * its end; first contact on main ef9797b8, then measured on the
 * session's last main. Held to those figures, less a margin. */
START_TEST(round_twenty_five_sets_should_stay_above_their_floors)
{
    static const double fka[SF_COUNT] = {[SF_METRIC] = 0.86, [SF_SCOPE] = 0.83, [SF_YEAR] = 0.90, [SF_SOURCE] = 0.58};
    hold_to_floors("tests/blind/KA/*.txt", "tests/blind/KA/sources.csv", "tests/blind/KA/gold.tsv", "tests/blind/KA",
                   0.91, 0.81, fka);
    static const double fkb[SF_COUNT] = {[SF_METRIC] = 0.75, [SF_SCOPE] = 0.65, [SF_YEAR] = 0.77, [SF_SOURCE] = 0.53};
    hold_to_floors("tests/blind/KB/*.txt", "tests/blind/KB/sources.csv", "tests/blind/KB/gold.tsv", "tests/blind/KB",
                   0.93, 0.88, fkb);
    static const double fkc[SF_COUNT] = {[SF_METRIC] = 0.71, [SF_SCOPE] = 0.61, [SF_YEAR] = 0.86, [SF_SOURCE] = 0.76};
    hold_to_floors("tests/blind/KC/*.txt", "tests/blind/KC/sources.csv", "tests/blind/KC/gold.tsv", "tests/blind/KC",
                   0.94, 0.90, fkc);
    static const double fkd[SF_COUNT] = {[SF_METRIC] = 0.69, [SF_SCOPE] = 0.76, [SF_YEAR] = 0.67, [SF_SOURCE] = 0.64};
    hold_to_floors("tests/blind/KD/*.txt", "tests/blind/KD/sources.csv", "tests/blind/KD/gold.tsv", "tests/blind/KD",
                   0.95, 0.87, fkd);
    static const double fke[SF_COUNT] = {[SF_METRIC] = 0.70, [SF_SCOPE] = 0.85, [SF_YEAR] = 0.84, [SF_SOURCE] = 0.63};
    hold_to_floors("tests/blind/KE/*.txt", "tests/blind/KE/sources.csv", "tests/blind/KE/gold.tsv", "tests/blind/KE",
                   0.95, 0.87, fke);
    static const double fkf[SF_COUNT] = {[SF_METRIC] = 0.78, [SF_SCOPE] = 0.70, [SF_YEAR] = 0.88, [SF_SOURCE] = 0.90};
    hold_to_floors("tests/blind/KF/*.txt", "tests/blind/KF/sources.csv", "tests/blind/KF/gold.tsv", "tests/blind/KF",
                   0.94, 0.87, fkf);
}
END_TEST



/* Round twenty-four (LA to LD English, LE and LF Chinese): written at
 * the start of the session and sealed until measured at first contact on
 * 7bc074ba and at the session's end; only pooled figures were read, and
 * the round is held out. Held to the end figures, less a margin. */
START_TEST(round_twenty_four_sets_should_stay_above_their_floors)
{
    static const double fla[SF_COUNT] = {[SF_METRIC] = 0.46, [SF_SCOPE] = 0.73, [SF_YEAR] = 0.83, [SF_SOURCE] = 0.59};
    hold_to_floors("tests/blind/LA/*.txt", "tests/blind/LA/sources.csv", "tests/blind/LA/gold.tsv", "tests/blind/LA",
                   0.92, 0.82, fla);
    static const double flb[SF_COUNT] = {[SF_METRIC] = 0.70, [SF_SCOPE] = 0.78, [SF_YEAR] = 0.82, [SF_SOURCE] = 0.77};
    hold_to_floors("tests/blind/LB/*.txt", "tests/blind/LB/sources.csv", "tests/blind/LB/gold.tsv", "tests/blind/LB",
                   0.94, 0.87, flb);
    static const double flc[SF_COUNT] = {[SF_METRIC] = 0.52, [SF_SCOPE] = 0.72, [SF_YEAR] = 0.70, [SF_SOURCE] = 0.73};
    hold_to_floors("tests/blind/LC/*.txt", "tests/blind/LC/sources.csv", "tests/blind/LC/gold.tsv", "tests/blind/LC",
                   0.89, 0.80, flc);
    static const double fld[SF_COUNT] = {[SF_METRIC] = 0.70, [SF_SCOPE] = 0.94, [SF_YEAR] = 0.84, [SF_SOURCE] = 0.65};
    hold_to_floors("tests/blind/LD/*.txt", "tests/blind/LD/sources.csv", "tests/blind/LD/gold.tsv", "tests/blind/LD",
                   0.91, 0.79, fld);
    static const double fle[SF_COUNT] = {[SF_METRIC] = 0.79, [SF_SCOPE] = 0.50, [SF_YEAR] = 0.89, [SF_SOURCE] = 0.77};
    hold_to_floors("tests/blind/LE/*.txt", "tests/blind/LE/sources.csv", "tests/blind/LE/gold.tsv", "tests/blind/LE",
                   0.94, 0.91, fle);
    static const double flf[SF_COUNT] = {[SF_METRIC] = 0.60, [SF_SCOPE] = 0.68, [SF_YEAR] = 0.81, [SF_SOURCE] = 0.58};
    hold_to_floors("tests/blind/LF/*.txt", "tests/blind/LF/sources.csv", "tests/blind/LF/gold.tsv", "tests/blind/LF",
                   0.95, 0.80, flf);
}
END_TEST


/* Round twenty-three (MA to MD English, ME and MF Chinese): written at
 * the start of the session of 2026-12-07 (its third) and sealed until
 * its end; first contact on main 7ed88139, then measured on the
 * session's last main. Held to those figures, less a margin. */
START_TEST(round_twenty_three_sets_should_stay_above_their_floors)
{
    static const double fma[SF_COUNT] = {[SF_METRIC] = 0.75, [SF_SCOPE] = 0.91, [SF_YEAR] = 0.91, [SF_SOURCE] = 0.70};
    hold_to_floors("tests/blind/MA/*.txt", "tests/blind/MA/sources.csv", "tests/blind/MA/gold.tsv", "tests/blind/MA",
                   0.90, 0.84, fma);
    static const double fmb[SF_COUNT] = {[SF_METRIC] = 0.81, [SF_SCOPE] = 0.76, [SF_YEAR] = 0.79, [SF_SOURCE] = 0.65};
    hold_to_floors("tests/blind/MB/*.txt", "tests/blind/MB/sources.csv", "tests/blind/MB/gold.tsv", "tests/blind/MB",
                   0.91, 0.86, fmb);
    static const double fmc[SF_COUNT] = {[SF_METRIC] = 0.56, [SF_SCOPE] = 0.79, [SF_YEAR] = 0.83, [SF_SOURCE] = 0.92};
    hold_to_floors("tests/blind/MC/*.txt", "tests/blind/MC/sources.csv", "tests/blind/MC/gold.tsv", "tests/blind/MC",
                   0.92, 0.84, fmc);
    static const double fmd[SF_COUNT] = {[SF_METRIC] = 0.51, [SF_SCOPE] = 0.82, [SF_YEAR] = 0.80, [SF_SOURCE] = 0.75};
    hold_to_floors("tests/blind/MD/*.txt", "tests/blind/MD/sources.csv", "tests/blind/MD/gold.tsv", "tests/blind/MD",
                   0.92, 0.80, fmd);
    static const double fme[SF_COUNT] = {[SF_METRIC] = 0.62, [SF_SCOPE] = 0.75, [SF_YEAR] = 0.93, [SF_SOURCE] = 0.87};
    hold_to_floors("tests/blind/ME/*.txt", "tests/blind/ME/sources.csv", "tests/blind/ME/gold.tsv", "tests/blind/ME",
                   0.95, 0.77, fme);
    static const double fmf[SF_COUNT] = {[SF_METRIC] = 0.88, [SF_SCOPE] = 0.78, [SF_YEAR] = 0.91, [SF_SOURCE] = 0.34};
    hold_to_floors("tests/blind/MF/*.txt", "tests/blind/MF/sources.csv", "tests/blind/MF/gold.tsv", "tests/blind/MF",
                   0.94, 0.85, fmf);
}
END_TEST


/* Round twenty-two (NA to ND English, NE and NF Chinese): written at the
 * start of the session before and sealed until measured at first contact
 * on 1dd684c4; then a validation pool (its English errors read by the
 * integrator, by kind only). Held to this session's last main's figures,
 * less a margin. */
START_TEST(round_twenty_two_sets_should_stay_above_their_floors)
{
    static const double fna[SF_COUNT] = {[SF_METRIC] = 0.85, [SF_SCOPE] = 0.88, [SF_YEAR] = 0.82, [SF_SOURCE] = 0.83};
    hold_to_floors("tests/blind/NA/*.txt", "tests/blind/NA/sources.csv", "tests/blind/NA/gold.tsv", "tests/blind/NA",
                   0.87, 0.81, fna);
    static const double fnb[SF_COUNT] = {[SF_METRIC] = 0.72, [SF_SCOPE] = 0.68, [SF_YEAR] = 0.84, [SF_SOURCE] = 0.85};
    hold_to_floors("tests/blind/NB/*.txt", "tests/blind/NB/sources.csv", "tests/blind/NB/gold.tsv", "tests/blind/NB",
                   0.92, 0.81, fnb);
    static const double fnc[SF_COUNT] = {[SF_METRIC] = 0.45, [SF_SCOPE] = 0.80, [SF_YEAR] = 0.66, [SF_SOURCE] = 0.45};
    hold_to_floors("tests/blind/NC/*.txt", "tests/blind/NC/sources.csv", "tests/blind/NC/gold.tsv", "tests/blind/NC",
                   0.90, 0.78, fnc);
    static const double fnd[SF_COUNT] = {[SF_METRIC] = 0.53, [SF_SCOPE] = 0.86, [SF_YEAR] = 0.64, [SF_SOURCE] = 0.85};
    hold_to_floors("tests/blind/ND/*.txt", "tests/blind/ND/sources.csv", "tests/blind/ND/gold.tsv", "tests/blind/ND",
                   0.91, 0.74, fnd);
    static const double fne[SF_COUNT] = {[SF_METRIC] = 0.68, [SF_SCOPE] = 0.88, [SF_YEAR] = 0.85, [SF_SOURCE] = 0.97};
    hold_to_floors("tests/blind/NE/*.txt", "tests/blind/NE/sources.csv", "tests/blind/NE/gold.tsv", "tests/blind/NE",
                   0.92, 0.78, fne);
    static const double fnf[SF_COUNT] = {[SF_METRIC] = 0.68, [SF_SCOPE] = 0.76, [SF_YEAR] = 0.84, [SF_SOURCE] = 0.84};
    hold_to_floors("tests/blind/NF/*.txt", "tests/blind/NF/sources.csv", "tests/blind/NF/gold.tsv", "tests/blind/NF",
                   0.92, 0.85, fnf);
}
END_TEST


/* Round twenty-one (OA to OD English, OE and OF Chinese): written at the
 * session's start and sealed until its end; first contact on main
 * 9e1fe8c6. OF's provinces given FORMAT.md's scope by scripts/gold-area.
 * Held to the session's last main's figures, less a margin. */
START_TEST(round_twenty_one_sets_should_stay_above_their_floors)
{
    static const double foa[SF_COUNT] = {[SF_METRIC] = 0.74, [SF_SCOPE] = 0.90, [SF_YEAR] = 0.92, [SF_SOURCE] = 0.65};
    hold_to_floors("tests/blind/OA/*.txt", "tests/blind/OA/sources.csv", "tests/blind/OA/gold.tsv", "tests/blind/OA",
                   0.92, 0.83, foa);
    static const double fob[SF_COUNT] = {[SF_METRIC] = 0.62, [SF_SCOPE] = 0.71, [SF_YEAR] = 0.58, [SF_SOURCE] = 0.49};
    hold_to_floors("tests/blind/OB/*.txt", "tests/blind/OB/sources.csv", "tests/blind/OB/gold.tsv", "tests/blind/OB",
                   0.93, 0.83, fob);
    static const double foc[SF_COUNT] = {[SF_METRIC] = 0.49, [SF_SCOPE] = 0.79, [SF_YEAR] = 0.78, [SF_SOURCE] = 0.63};
    hold_to_floors("tests/blind/OC/*.txt", "tests/blind/OC/sources.csv", "tests/blind/OC/gold.tsv", "tests/blind/OC",
                   0.91, 0.77, foc);
    static const double fod[SF_COUNT] = {[SF_METRIC] = 0.92, [SF_SCOPE] = 0.68, [SF_YEAR] = 0.54, [SF_SOURCE] = 0.75};
    hold_to_floors("tests/blind/OD/*.txt", "tests/blind/OD/sources.csv", "tests/blind/OD/gold.tsv", "tests/blind/OD",
                   0.94, 0.83, fod);
    static const double foe[SF_COUNT] = {[SF_METRIC] = 0.64, [SF_SCOPE] = 0.77, [SF_YEAR] = 0.73, [SF_SOURCE] = 0.67};
    hold_to_floors("tests/blind/OE/*.txt", "tests/blind/OE/sources.csv", "tests/blind/OE/gold.tsv", "tests/blind/OE",
                   0.97, 0.87, foe);
    static const double fof[SF_COUNT] = {[SF_METRIC] = 0.91, [SF_SCOPE] = 0.90, [SF_YEAR] = 0.84, [SF_SOURCE] = 0.80};
    hold_to_floors("tests/blind/OF/*.txt", "tests/blind/OF/sources.csv", "tests/blind/OF/gold.tsv", "tests/blind/OF",
                   0.93, 0.75, fof);
}
END_TEST

/* Round twenty (PA to PD English, PE and PF Chinese): written at the
 * start of the session of 2026-12-06/07 and sealed until its end; first
 * contact on main 0e6db1d, then measured on its last main. Nobody has
 * read their documents, gold or errors. Held to the last main's figures,
 * less a margin. */
START_TEST(round_twenty_sets_should_stay_above_their_floors)
{
    static const double fpa[SF_COUNT] = {[SF_METRIC] = 0.82, [SF_SCOPE] = 0.57, [SF_YEAR] = 0.57, [SF_SOURCE] = 0.89};
    hold_to_floors("tests/blind/PA/*.txt", "tests/blind/PA/sources.csv", "tests/blind/PA/gold.tsv", "tests/blind/PA",
                   0.93, 0.89, fpa);
    static const double fpb[SF_COUNT] = {[SF_METRIC] = 0.86, [SF_SCOPE] = 0.72, [SF_YEAR] = 0.79, [SF_SOURCE] = 0.74};
    hold_to_floors("tests/blind/PB/*.txt", "tests/blind/PB/sources.csv", "tests/blind/PB/gold.tsv", "tests/blind/PB",
                   0.93, 0.79, fpb);
    static const double fpc[SF_COUNT] = {[SF_METRIC] = 0.77, [SF_SCOPE] = 0.71, [SF_YEAR] = 0.68, [SF_SOURCE] = 0.58};
    hold_to_floors("tests/blind/PC/*.txt", "tests/blind/PC/sources.csv", "tests/blind/PC/gold.tsv", "tests/blind/PC",
                   0.95, 0.81, fpc);
    static const double fpd[SF_COUNT] = {[SF_METRIC] = 0.81, [SF_SCOPE] = 0.76, [SF_YEAR] = 0.76, [SF_SOURCE] = 0.60};
    hold_to_floors("tests/blind/PD/*.txt", "tests/blind/PD/sources.csv", "tests/blind/PD/gold.tsv", "tests/blind/PD",
                   0.87, 0.73, fpd);
    static const double fpe[SF_COUNT] = {[SF_METRIC] = 0.73, [SF_SCOPE] = 0.76, [SF_YEAR] = 0.91, [SF_SOURCE] = 0.85};
    hold_to_floors("tests/blind/PE/*.txt", "tests/blind/PE/sources.csv", "tests/blind/PE/gold.tsv", "tests/blind/PE",
                   0.96, 0.86, fpe);
    static const double fpf[SF_COUNT] = {[SF_METRIC] = 0.72, [SF_SCOPE] = 0.61, [SF_YEAR] = 0.73, [SF_SOURCE] = 0.73};
    hold_to_floors("tests/blind/PF/*.txt", "tests/blind/PF/sources.csv", "tests/blind/PF/gold.tsv", "tests/blind/PF",
                   0.90, 0.76, fpf);
}
END_TEST

/* Round twelve (AA, AB English): first contact on main eda24db, then
 * opened as development data. Held to main c0f0b7d's figures, less a
 * margin. */
START_TEST(round_twelve_sets_should_stay_above_their_floors)
{
    static const double faa[SF_COUNT] = {[SF_METRIC] = 0.66, [SF_SCOPE] = 0.94, [SF_YEAR] = 0.92, [SF_SOURCE] = 0.85};
    hold_to_floors("tests/blind/AA/*.txt", "tests/blind/AA/sources.csv", "tests/blind/AA/gold.tsv", "tests/blind/AA",
                   0.94, 0.89, faa);
    static const double fab[SF_COUNT] = {[SF_METRIC] = 0.57, [SF_SCOPE] = 0.80, [SF_YEAR] = 0.79, [SF_SOURCE] = 0.78};
    hold_to_floors("tests/blind/AB/*.txt", "tests/blind/AB/sources.csv", "tests/blind/AB/gold.tsv", "tests/blind/AB",
                   0.95, 0.76, fab);
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
    tcase_add_test(tc, blind_set_g_should_stay_above_its_floors);
    tcase_add_test(tc, blind_set_h_should_stay_above_its_floors);
    tcase_add_test(tc, blind_set_k_should_stay_above_its_floors);
    tcase_add_test(tc, blind_set_m_should_stay_above_its_floors);
    tcase_add_test(tc, opened_sets_i_j_l_should_stay_above_their_floors);
    tcase_add_test(tc, opened_sets_n_to_r_should_stay_above_their_floors);
    tcase_add_test(tc, opened_sets_s_to_u_should_stay_above_their_floors);
    tcase_add_test(tc, opened_sets_v_to_x_should_stay_above_their_floors);
    tcase_add_test(tc, opened_set_y_should_stay_above_its_floors);
    tcase_add_test(tc, opened_round_six_sets_should_stay_above_their_floors);
    tcase_add_test(tc, opened_round_seven_sets_should_stay_above_their_floors);
    tcase_add_test(tc, opened_round_eight_sets_should_stay_above_their_floors);
    tcase_add_test(tc, opened_round_nine_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_ten_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_eleven_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_twelve_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_thirteen_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_fourteen_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_fifteen_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_sixteen_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_seventeen_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_eighteen_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_nineteen_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_twenty_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_twenty_one_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_twenty_two_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_twenty_three_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_twenty_four_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_twenty_six_sets_should_stay_above_their_floors);
    tcase_add_test(tc, round_twenty_five_sets_should_stay_above_their_floors);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
