/* test_score.c — the C port of score.py on hand-made rows with known figures. */
#include "score.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GOLD_HDR "doc\tstart\tend\tspan\tvalue\tlow\thigh\tunit\tqualifier\tmetric\tscope\tyear\tsource\tstatus\tnote\n"

static void load_gold_text(const char *text, ScoreSet *g)
{
    char *dir = tu_tmpdir("score");
    char path[4096];
    snprintf(path, sizeof path, "%s/g.tsv", dir);
    free(dir);
    tu_write(path, text, strlen(text));
    Diag d = {0};
    ck_assert_int_eq(score_load_gold(path, g, &d), 0);
}

static void load_pred_text(const char *text, ScoreSet *p)
{
    Diag d = {0};
    ck_assert_int_eq(score_load_claims_mem("p.csv", text, strlen(text), p, &d), 0);
}

static const char *gold4 =
    GOLD_HDR
    "a.txt\t10\t21\t5.4 billion\t5400000000\t\t\tpeople\texact\tinternet_users\tglobal\t2023\tITU|International Telecommunication Union\tcore\t\n"
    "a.txt\t30\t33\t67%\t67\t\t\t%\tapprox\tinternet_penetration\tglobal\t2023\tITU\tcore\t\n"
    "a.txt\t50\t61\t$6 trillion\t6000000000000\t6000000000000\t\tUSD/year\tmin\tcybercrime_cost\tglobal\t\tUNODC|U.N. Office on Drugs and Crime\tcore\t\n"
    "b.txt\t5\t14\tdecade\t\t\t\tyears\tapprox\t\t\t\t\topt\tduration\n"
    "b.txt\t100\t106\t10-15%\t12.5\t10\t15\t%\trange\tvalue_chain_improvement\t\t\t\tcore\t\n";

START_TEST(scorer_should_give_known_precision_recall_and_fields)
{
    ScoreSet g, p;
    load_gold_text(gold4, &g);
    ck_assert_uint_eq(g.n, 5);
    /* 5 predictions: 5.4 billion right (span a bit wider, unit "persons"),
     * 67% with the wrong qualifier, a false positive, one on the opt row,
     * the range right with the source "U.N."-less. $6 trillion is missed. */
    load_pred_text("doc,start,end,value,low,high,unit,qualifier,metric,scope,year,source,text\n"
                   "dir/a.txt,9,21,5.4e9,,,persons,exact,internet_users,global,2023,ITU,x\n"
                   "a.txt,30,33,67.2,,,%,exact,internet_penetration,world,2023,,67%\n"
                   "a.txt,70,74,2015,,,,exact,,,,,2015\n"
                   "b.txt,5,14,10,,,years,approx,,,,,decade\n"
                   "b.txt,101,104,12.5,10,15,%,range,value_chain_improvement,,,,x\n",
                   &p);
    Score s;
    Buf v;
    buf_init(&v, 0);
    score_compute(&g, &p, 0, &s, &v);
    ck_assert_int_eq(s.core, 4);
    ck_assert_int_eq(s.predicted, 5);
    ck_assert_int_eq(s.opt_hits, 1);
    ck_assert_int_eq(s.span_tp, 3);
    ck_assert_int_eq(s.span_fp, 1);
    ck_assert_int_eq(s.span_fn, 1);
    ck_assert_int_eq(s.strict_tp, 2);
    /* strict: P = 2/4, R = 2/4. */
    ck_assert(fabs(s.strict_p - 0.5) < 1e-12 && fabs(s.strict_r - 0.5) < 1e-12);
    ck_assert(fabs(s.strict_f1 - 0.5) < 1e-12);
    /* span: P = 3/4, R = 3/4. */
    ck_assert(fabs(s.span_f1 - 0.75) < 1e-12);
    ck_assert_int_eq(s.right[SF_VALUE], 3);
    ck_assert_int_eq(s.right[SF_QUALIFIER], 2);
    ck_assert_int_eq(s.total[SF_METRIC], 3);
    ck_assert_int_eq(s.right[SF_METRIC], 3);
    ck_assert_int_eq(s.total[SF_SCOPE], 2);
    ck_assert_int_eq(s.right[SF_SCOPE], 1);
    ck_assert_int_eq(s.total[SF_SOURCE], 2);
    ck_assert_int_eq(s.right[SF_SOURCE], 1);
    ck_assert(score_field(&s, SF_YEAR) == 1.0);
    ck_assert_ptr_nonnull(strstr(v.data, "MISS  a.txt:50-61 '$6 trillion' cybercrime_cost"));
    ck_assert_ptr_nonnull(strstr(v.data, "FP    a.txt:70-74 '2015'"));
    ck_assert_ptr_nonnull(strstr(v.data, "WRONG a.txt:30 '67%' fields=qualifier,scope,source"));

    Buf r;
    buf_init(&r, 0);
    score_report(&s, &r);
    ck_assert_ptr_nonnull(strstr(r.data, "qualifier  2/3 = 0.667\n"));
    ck_assert_ptr_nonnull(strstr(r.data, "predicted 5 (1 on optional gold), gold core 4\n"));
    ck_assert_ptr_nonnull(strstr(r.data, "span   P=0.750 R=0.750 F1=0.750 (tp=3 fp=1 fn=1)\n"));
    ck_assert_ptr_nonnull(strstr(r.data, "strict P=0.500 R=0.500 F1=0.500 (tp=2 fp=2 fn=2)\n"));
    buf_free(&r);
    buf_free(&v);
    score_set_free(&g);
    score_set_free(&p);
}
END_TEST

START_TEST(scorer_should_match_one_to_one_largest_overlap_first)
{
    ScoreSet g, p;
    load_gold_text(GOLD_HDR "a.txt\t0\t10\tx\t1\t\t\tpeople\texact\t\t\t\t\tcore\t\n"
                            "a.txt\t10\t20\ty\t2\t\t\tpeople\texact\t\t\t\t\tcore\t\n",
                   &g);
    /* One wide prediction overlaps both golds; it takes the one it overlaps
     * most (the second); the first gold is missed. */
    load_pred_text("doc,start,end,value,unit,qualifier\na.txt,8,20,2,people,exact\n", &p);
    Score s;
    score_compute(&g, &p, 0, &s, NULL);
    ck_assert_int_eq(s.strict_tp, 1);
    ck_assert_int_eq(s.span_fn, 1);
    ck_assert_int_eq(s.span_fp, 0);
    score_set_free(&g);
    score_set_free(&p);
}
END_TEST

START_TEST(scorer_should_apply_unit_rules_value_tolerance_and_doc_filter)
{
    ScoreSet g, p;
    load_gold_text(GOLD_HDR "a.txt\t0\t5\tx\t100\t\t\tcable projects\texact\t\t\t\t\tcore\t\n"
                            "a.txt\t10\t15\tx\t100\t\t\tUSD\texact\t\t\t\t\tcore\t\n"
                            "a.txt\t20\t25\tx\t100\t\t\tcountries\texact\t\t\t\t\tcore\t\n",
                   &g);
    load_pred_text("doc,start,end,value,unit,qualifier\n"
                   "a.txt,0,5,100.4,project,exact\n"       /* head noun, within 0.5% */
                   "a.txt,10,15,100,USD/year,exact\n"      /* money must match exactly */
                   "a.txt,20,25,101,country,exact\n"       /* alias, but 1% off */
                   "z.txt,0,5,1,people,exact\n",           /* a doc the gold lacks */
                   &p);
    Score s;
    score_compute(&g, &p, 1, &s, NULL);
    ck_assert_int_eq(s.predicted, 3);
    ck_assert_int_eq(s.right[SF_UNIT], 2);
    ck_assert_int_eq(s.right[SF_VALUE], 2);
    ck_assert_int_eq(s.strict_tp, 1);
    score_compute(&g, &p, 0, &s, NULL);
    ck_assert_int_eq(s.predicted, 4);
    ck_assert_int_eq(s.span_fp, 1);
    score_set_free(&g);
    score_set_free(&p);
}
END_TEST

/* score.py's aliases: "times" and "fold" are x, users, persons and
 * individuals are people, "percentage points" are pp. */
START_TEST(scorer_should_accept_the_unit_aliases_of_score_py)
{
    ScoreSet g, p;
    load_gold_text(GOLD_HDR "a.txt\t0\t5\tx\t3\t\t\tx\texact\t\t\t\t\tcore\t\n"
                            "a.txt\t10\t15\tx\t5\t\t\tpeople\texact\t\t\t\t\tcore\t\n"
                            "a.txt\t20\t25\tx\t5\t\t\tindividuals\texact\t\t\t\t\tcore\t\n"
                            "a.txt\t30\t35\tx\t2\t\t\tpp\texact\t\t\t\t\tcore\t\n"
                            "a.txt\t40\t45\tx\t2\t\t\t%\texact\t\t\t\t\tcore\t\n",
                   &g);
    load_pred_text("doc,start,end,value,unit,qualifier\n"
                   "a.txt,0,5,3,times,exact\n"
                   "a.txt,10,15,5,users,exact\n"
                   "a.txt,20,25,5,persons,exact\n"
                   "a.txt,30,35,2,percentage points,exact\n"
                   "a.txt,40,45,2,pp,exact\n",   /* a share is not a change in points */
                   &p);
    Score s;
    score_compute(&g, &p, 0, &s, NULL);
    ck_assert_int_eq(s.right[SF_UNIT], 4);
    ck_assert_int_eq(s.strict_tp, 4);
    score_set_free(&g);
    score_set_free(&p);
}
END_TEST

/* The area (a place within a country) is scored where the gold has the
 * column and names one, and counts in nothing score.py computes: scope
 * stays the country's. The gold's columns are read by name. */
START_TEST(scorer_should_score_area_apart_where_the_gold_gives_one)
{
    ScoreSet g, p;
    load_gold_text("doc\tstart\tend\tspan\tvalue\tlow\thigh\tunit\tqualifier\tmetric\tscope\tyear\tsource\t"
                   "status\tnote\tarea\n"
                   "a.txt\t0\t5\tx\t1\t\t\tCNY\texact\t\tchina\t\t\tcore\tGuangxi\tguangxi\n"
                   "a.txt\t10\t15\tx\t2\t\t\tCNY\texact\t\tchina\t\t\tcore\t\tqinzhou\n"
                   "a.txt\t20\t25\tx\t3\t\t\tCNY\texact\t\tchina\t\t\tcore\t\n",
                   &g);
    ck_assert_str_eq(g.v[0].area, "guangxi");
    ck_assert_str_eq(g.v[0].status, "core");
    ck_assert_str_eq(g.v[2].area, "");
    load_pred_text("doc,start,end,value,unit,qualifier,scope,area\n"
                   "a.txt,0,5,1,CNY,exact,china,guangxi\n"
                   "a.txt,10,15,2,CNY,exact,china,guangxi\n"   /* the province, not its city */
                   "a.txt,20,25,3,CNY,exact,china,yunnan\n",   /* no area in the gold: not scored */
                   &p);
    Score s;
    Buf v, r;
    buf_init(&v, 0);
    buf_init(&r, 0);
    score_compute(&g, &p, 0, &s, &v);
    ck_assert_int_eq(s.total[SF_SCOPE], 3);
    ck_assert_int_eq(s.right[SF_SCOPE], 3);
    ck_assert_int_eq(s.total[SF_AREA], 2);
    ck_assert_int_eq(s.right[SF_AREA], 1);
    ck_assert_int_eq(s.strict_tp, 3);
    ck_assert_ptr_nonnull(strstr(v.data, "WRONG a.txt:10 'x' fields=area"));
    score_report(&s, &r);
    ck_assert_ptr_nonnull(strstr(r.data, "source     0/0\narea       1/2 = 0.500\npredicted 3"));
    buf_free(&r);
    /* a gold without the column: no area line, as score.py prints */
    score_set_free(&g);
    load_gold_text(GOLD_HDR "a.txt\t0\t5\tx\t1\t\t\tCNY\texact\t\tchina\t\t\tcore\t\n", &g);
    score_compute(&g, &p, 0, &s, NULL);
    buf_init(&r, 0);
    score_report(&s, &r);
    ck_assert_int_eq(s.total[SF_AREA], 0);
    ck_assert_ptr_null(strstr(r.data, "area"));
    buf_free(&r);
    buf_free(&v);
    score_set_free(&g);
    score_set_free(&p);
}
END_TEST

START_TEST(scorer_should_reject_claims_without_required_columns)
{
    ScoreSet p;
    Diag d = {0};
    const char *bad = "doc,start,end,value\na.txt,1,2,3\n";
    ck_assert_int_eq(score_load_claims_mem("p.csv", bad, strlen(bad), &p, &d), CB_EINPUT);
    ck_assert_ptr_nonnull(strstr(d.msg, "missing column 'unit'"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("score");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, scorer_should_give_known_precision_recall_and_fields);
    tcase_add_test(tc, scorer_should_match_one_to_one_largest_overlap_first);
    tcase_add_test(tc, scorer_should_apply_unit_rules_value_tolerance_and_doc_filter);
    tcase_add_test(tc, scorer_should_accept_the_unit_aliases_of_score_py);
    tcase_add_test(tc, scorer_should_score_area_apart_where_the_gold_gives_one);
    tcase_add_test(tc, scorer_should_reject_claims_without_required_columns);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
