/* test_sumyear.c — a sum restated later, its year taken from around it
 * (its document's date, its paragraph), is converted at the rate of the
 * year an earlier statement of the same sum gives with it (sumyear.h);
 * nothing else moves. */
#include "compare.h"
#include "findings.h"
#include "metrics.h"
#include "fixtures.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const METRICS =
    "kind,id,unit,label,cues,nature\n"
    "metric,dsr_investment,USD,DSR investment,DSR,quantity\n"
    "metric,data_center_cost,USD,Cost of one data centre,data centre,item\n";

static const char *const RELATIONS =
    "id,kind,expr,against,scope,year,unit,margin,label,against_label\n"
    "dc_share,ratio,m.data_center_cost / m.dsr_investment,,,,%,,One data centre is {} of the DSR investment,\n";

static const char *const REFS =
    "id,value,low,high,unit,scope,year,citation,cite\n"
    "kes,100,100,100,KES per USD,,2018,Central Bank of Kenya 2018 average,CBK\n"
    "kes,140,140,140,KES per USD,,2024,Central Bank of Kenya 2024 average,CBK\n";

static void add(ClaimList *cl, const char *id, const char *doc, const char *metric, const char *text, double v,
                const char *unit, const char *scope, int year, YearFrom from)
{
    tu_push_claim(cl, id, doc, metric, scope, year, v, unit, text)->year_from = from;
}

static void run(TuRules *r, const ClaimList *cl)
{
    tu_rules_run(r, cl, REFS, RELATIONS, METRICS);
}

static const Finding *find(const FindingList *l, const char *id)
{
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i].id, id))
            return &l->v[i];
    return NULL;
}

/* The 2024 news story's "Sh17.5 billion" data centre (its year only the
 * story's date) is the 2018 record's contract: $175 million at 2018's
 * rate, not $125 million at 2024's. */
START_TEST(a_restated_sum_should_be_converted_at_the_year_it_was_first_stated_with)
{
    ClaimList cl = {0};
    add(&cl, "a000000000000001", "a.txt", "dsr_investment", "$35 billion", 35e9, "USD", "global", 2024, YEAR_OWN);
    add(&cl, "a000000000000002", "news.txt", "data_center_cost", "Sh17.5 billion", 17.5e9, "KES", "kenya", 2024,
        YEAR_FROM_DATE);
    add(&cl, "a000000000000003", "record.txt", "data_center_cost", "KES 17.5 billion", 17.5e9, "KES", "kenya", 2018,
        YEAR_FROM_RECORD);
    TuRules r;
    run(&r, &cl);
    const Finding *f = find(&r.fl, "ratio:dc_share:2024");
    ck_assert_ptr_nonnull(f);
    ck_assert_msg(fabs(f->value - 0.5) < 1e-9, "%.17g", f->value);
    ck_assert_msg(strstr(f->statement, "17.5 billion KES (about $175 million at the 2018 average of 100 KES per USD, "
                                       "the year [record.txt] gives the same sum; CBK) (Kenya, 2024) [news.txt]"),
                  "%s", f->statement);
    ck_assert_msg(strstr(f->conversion, "at the 2018 average of 100 KES per USD (CBK; the year a000000000000003 gives "
                                        "the same sum) = about $175 million"),
                  "%s", f->conversion);
    tu_rules_free(&r);

    /* a year the sentence gives is the sum's own: 2024's rate */
    cl.v[1].year_from = YEAR_OWN;
    run(&r, &cl);
    f = find(&r.fl, "ratio:dc_share:2024");
    ck_assert_ptr_nonnull(f);
    ck_assert_msg(fabs(f->value - 17.5e9 / 140 / 35e9 * 100) < 1e-9, "%.17g", f->value);
    ck_assert_ptr_null(strstr(f->statement, "gives the same sum"));
    tu_rules_free(&r);

    /* another sum, or another place, is not a restatement */
    cl.v[1].year_from = YEAR_FROM_PARAGRAPH;
    cl.v[2].value = 20.6e9;
    run(&r, &cl);
    f = find(&r.fl, "ratio:dc_share:2024");
    ck_assert_msg(strstr(f->statement, "at the 2024 average of 140 KES per USD; CBK"), "%s", f->statement);
    tu_rules_free(&r);
    cl.v[2].value = 17.5e9;
    snprintf(cl.v[2].scope, sizeof cl.v[2].scope, "uganda");
    run(&r, &cl);
    f = find(&r.fl, "ratio:dc_share:2024");
    ck_assert_msg(strstr(f->statement, "at the 2024 average of 140 KES per USD; CBK"), "%s", f->statement);
    tu_rules_free(&r);

    /* a statement of the same year or later sets no earlier rate */
    snprintf(cl.v[2].scope, sizeof cl.v[2].scope, "kenya");
    cl.v[2].year = 2024;
    run(&r, &cl);
    f = find(&r.fl, "ratio:dc_share:2024");
    ck_assert_ptr_nonnull(f);
    ck_assert_ptr_null(strstr(f->statement, "gives the same sum"));
    ck_assert_ptr_null(strstr(f->statement, "2018 average"));
    tu_rules_free(&r);
    claimlist_free(&cl);
}
END_TEST

/* One sort, not every sum against every other: 50,000 statements of a
 * sum with a year of their own and 50,000 restatements of it (the test
 * case's timeout is the check; each restatement against each statement
 * took minutes). */
START_TEST(a_hundred_thousand_sums_should_take_linear_time)
{
    ClaimList cl = {0};
    char id[20], doc[32];
    add(&cl, "a000000000000001", "a.txt", "dsr_investment", "$35 billion", 35e9, "USD", "global", 2024, YEAR_OWN);
    for (int i = 0; i < 100000; i++) {
        snprintf(id, sizeof id, "%016x", 0x100000 + i);
        snprintf(doc, sizeof doc, "%c%05d.txt", i % 2 ? 'n' : 'r', i);
        add(&cl, id, doc, "data_center_cost", "KES 17.5 billion", 17.5e9, "KES", "kenya",
            i % 2 ? 2024 : 2018 + i % 6, i % 2 ? YEAR_FROM_DATE : YEAR_FROM_RECORD);
    }
    TuRules r;
    run(&r, &cl);
    const Finding *f = find(&r.fl, "ratio:dc_share:2024");
    ck_assert_ptr_nonnull(f);
    ck_assert_msg(strstr(f->statement, "at the 2018 average of 100 KES per USD, the year"), "%s", f->statement);
    tu_rules_free(&r);
    claimlist_free(&cl);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sumyear");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_restated_sum_should_be_converted_at_the_year_it_was_first_stated_with);
    suite_add_tcase(s, tc);
    TCase *big = tcase_create("scale");
    tcase_set_timeout(big, 30);
    tcase_add_test(big, a_hundred_thousand_sums_should_take_linear_time);
    suite_add_tcase(s, big);
    return tu_run_suite(s);
}
