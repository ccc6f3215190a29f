/* test_interval.c — intervals with open ends, claim hedges as intervals,
 * verdict boundaries and agreement statistics, on hand-computed data. */
#include "compare.h"
#include "interval.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ck_close(a, b) ck_assert_msg(fabs((double)(a) - (double)(b)) <= 1e-9 * fmax(1, fabs((double)(b))), "%.17g != %.17g", (double)(a), (double)(b))

static Claim mk(const char *text, double v, double lo, double hi, const char *unit, Qualifier q,
                const char *sentence)
{
    Claim c;
    claim_init(&c);
    c.text = text ? xstrdup(text) : NULL;
    c.sentence = sentence ? xstrdup(sentence) : NULL;
    c.value = v;
    c.low = lo;
    c.high = hi;
    snprintf(c.unit, sizeof c.unit, "%s", unit);
    c.qual = q;
    return c;
}

static Interval from(const char *text, double v, double lo, double hi, const char *unit, Qualifier q,
                     const char *sentence)
{
    Claim c = mk(text, v, lo, hi, unit, q, sentence);
    Interval iv;
    ck_assert_int_eq(interval_from_claim(&c, &iv), 0);
    claim_fini(&c);
    return iv;
}

START_TEST(open_bounds_should_stay_open_through_arithmetic)
{
    Interval r;
    ck_assert_int_eq(interval_add(interval_at_least(1), interval_closed(2, 3), &r), 0);
    ck_assert(!r.lo_open && r.hi_open);
    ck_close(r.lo, 3);

    ck_assert_int_eq(interval_sub(interval_at_least(10), interval_closed(2, 3), &r), 0);
    ck_assert(!r.lo_open && r.hi_open);
    ck_close(r.lo, 7);

    /* (open, 5] times -1 is [-5, open) */
    ck_assert_int_eq(interval_scale(interval_at_most(5), -1, &r), 0);
    ck_assert(!r.lo_open && r.hi_open);
    ck_close(r.lo, -5);

    /* more than 900 million people over 5.7-6 million households */
    ck_assert_int_eq(interval_div(interval_at_least(900e6), interval_closed(5.7e6, 6e6), &r), 0);
    ck_assert(!r.lo_open && r.hi_open);
    ck_close(r.lo, 150);

    /* [0, open) times [-2, 3]: both sides open, and no NaN from 0 * inf */
    ck_assert_int_eq(interval_mul(interval_at_least(0), interval_closed(-2, 3), &r), 0);
    ck_assert(r.lo_open && r.hi_open);
    /* [0, 1] times [1, open) is [0, open) */
    ck_assert_int_eq(interval_mul(interval_closed(0, 1), interval_at_least(1), &r), 0);
    ck_assert(!r.lo_open && r.hi_open);
    ck_close(r.lo, 0);

    /* a positive figure over more than $6 trillion: at most, never "0 to" */
    ck_assert_int_eq(interval_div(interval_closed(78.5e9, 79.5e9), interval_at_least(6e12), &r), 0);
    ck_assert(r.lo_open && !r.hi_open);
    ck_close(r.hi, 79.5e9 / 6e12);

    /* negative divisor */
    ck_assert_int_eq(interval_div(interval_closed(2, 4), interval_closed(-2, -1), &r), 0);
    ck_close(r.lo, -4);
    ck_close(r.hi, -1);
    /* over an unbounded negative divisor: 0 is only approached, so open */
    ck_assert_int_eq(interval_div(interval_closed(2, 4), interval_at_most(-2), &r), 0);
    ck_assert(!r.lo_open && r.hi_open);
    ck_close(r.lo, -2);
    /* a numerator holding 0 reaches 0: closed */
    ck_assert_int_eq(interval_div(interval_closed(0, 4), interval_at_least(2), &r), 0);
    ck_assert(!r.lo_open && !r.hi_open);
    ck_close(r.lo, 0);
    ck_close(r.hi, 2);
}
END_TEST

START_TEST(zero_holding_divisors_overflow_and_nan_should_fail_cleanly)
{
    Interval r = interval_point(42);
    ck_assert_int_eq(interval_div(interval_point(1), interval_closed(-1, 1), &r), -1);
    ck_assert_int_eq(interval_div(interval_point(1), interval_closed(0, 2), &r), -1);
    ck_assert_int_eq(interval_div(interval_point(1), interval_point(0), &r), -1);
    ck_assert_int_eq(interval_div(interval_point(1), interval_at_least(-3), &r), -1);
    ck_assert_int_eq(interval_div(interval_point(1), interval_at_most(5), &r), -1);
    ck_assert_int_eq(interval_div(interval_point(1), interval_point(1e-320), &r), -1);
    ck_assert_int_eq(interval_mul(interval_point(1e308), interval_point(1e308), &r), -1);
    ck_assert_int_eq(interval_add(interval_point(1.7e308), interval_point(1.7e308), &r), -1);
    ck_assert_int_eq(interval_add(interval_point(NAN), interval_point(1), &r), -1);
    ck_assert_int_eq(interval_scale(interval_point(1), INFINITY, &r), -1);
    ck_close(r.lo, 42);   /* untouched on failure */
}
END_TEST

START_TEST(claims_should_become_intervals_by_qualifier_and_written_precision)
{
    Interval iv = from("5.4 billion", 5.4e9, NAN, NAN, "people", Q_EXACT, NULL);
    ck_close(iv.lo, 5.35e9);
    ck_close(iv.hi, 5.45e9);
    iv = from("$79 billion", 79e9, NAN, NAN, "USD", Q_EXACT, NULL);
    ck_close(iv.lo, 78.5e9);
    ck_close(iv.hi, 79.5e9);
    iv = from("$79-million", 79e6, NAN, NAN, "USD", Q_EXACT, NULL);
    ck_close(iv.lo, 78.5e6);
    ck_close(iv.hi, 79.5e6);
    iv = from("67%", 67, NAN, NAN, "%", Q_EXACT, NULL);
    ck_close(iv.lo, 66.5);
    ck_close(iv.hi, 67.5);
    /* a count of countries is exact */
    iv = from("17", 17, NAN, NAN, "countries", Q_EXACT, NULL);
    ck_close(iv.lo, 17);
    ck_close(iv.hi, 17);
    iv = from("1,250 km", 1250, NAN, NAN, "km", Q_EXACT, NULL);
    ck_close(iv.lo, 1250);
    ck_close(iv.hi, 1250);
    /* thousands grouped by spaces, as statistical tables print them: a
     * yearbook's "6 300" (millions) is 6,300 million rounded as "6.3
     * billion" is, to its last digit not zero; not "6" read as the
     * numeral, give or take 525 million */
    iv = from("6 300", 6.3e9, NAN, NAN, "people", Q_EXACT, NULL);
    ck_close(iv.lo, 6.25e9);
    ck_close(iv.hi, 6.35e9);
    iv = from("6 310", 6.31e9, NAN, NAN, "people", Q_EXACT, NULL);
    ck_close(iv.lo, 6.305e9);
    ck_close(iv.hi, 6.315e9);
    iv = from("1\xe2\x80\xaf" "250\xc2\xa0" "000 km", 1250000, NAN, NAN, "km", Q_EXACT, NULL);
    ck_close(iv.lo, 1250000);
    ck_close(iv.hi, 1250000);
    iv = from("2.50 km", 2.5, NAN, NAN, "km", Q_EXACT, NULL);
    ck_close(iv.lo, 2.495);
    /* about: +-5% */
    iv = from("67%", 67, NAN, NAN, "%", Q_APPROX, "or about 67% of the global population");
    ck_close(iv.lo, 63.65);
    ck_close(iv.hi, 70.35);
    /* close to / nearly: up to 5% below, not above */
    iv = from("6 million", 6e6, NAN, NAN, "households", Q_APPROX,
              "with some estimates reaching close to 6 million households");
    ck_close(iv.lo, 5.7e6);
    ck_close(iv.hi, 6e6);
    iv = from("-20", -20, NAN, NAN, "%", Q_APPROX, "nearly -20 percent");
    ck_close(iv.lo, -20);
    ck_close(iv.hi, -19);
    /* min / max / range */
    iv = from("900 million", 9e8, 9e8, NAN, "people", Q_MIN, NULL);
    ck_assert(!iv.lo_open && iv.hi_open);
    ck_close(iv.lo, 9e8);
    iv = from("40%", 40, NAN, 40, "%", Q_MAX, NULL);
    ck_assert(iv.lo_open && !iv.hi_open);
    ck_close(iv.hi, 40);
    iv = from("10-15%", 12.5, 10, 15, "%", Q_RANGE, NULL);
    ck_close(iv.lo, 10);
    ck_close(iv.hi, 15);
    /* no number: no interval */
    Claim c = mk("x", NAN, NAN, NAN, "people", Q_EXACT, NULL);
    Interval out;
    ck_assert_int_eq(interval_from_claim(&c, &out), -1);
    c.qual = Q_MIN;
    ck_assert_int_eq(interval_from_claim(&c, &out), -1);
    claim_fini(&c);
}
END_TEST

START_TEST(verdicts_should_change_exactly_at_their_boundaries)
{
    /* touching intervals meet */
    ck_assert_int_eq(interval_verdict(interval_closed(0, 100), interval_closed(100, 110), 0.1), V_CONSISTENT);
    ck_assert_int_eq(interval_verdict(interval_at_least(5), interval_at_most(5), 0.1), V_CONSISTENT);
    ck_assert_int_eq(interval_verdict(interval_at_least(0), interval_closed(1e9, 2e9), 0.1), V_CONSISTENT);
    /* gap 10 over 100 = 0.1: tension below the margin, inconsistent at it */
    Interval a = interval_closed(0, 90), b = interval_closed(100, 110);
    ck_close(interval_gap(a, b), 0.1);
    ck_assert_int_eq(interval_verdict(a, b, 0.1), V_INCONSISTENT);
    ck_assert_int_eq(interval_verdict(a, b, nextafter(0.1, 1)), V_TENSION);
    ck_assert_int_eq(interval_verdict(b, a, nextafter(0.1, 1)), V_TENSION);   /* symmetric */
    /* open sides facing away never meet */
    ck_assert_int_eq(interval_verdict(interval_at_least(150), interval_closed(3, 9), 0.1), V_INCONSISTENT);
    ck_close(interval_gap(interval_at_least(150), interval_closed(3, 9)), 141.0 / 150);
    ck_assert_int_eq(interval_verdict(interval_at_most(95), interval_at_least(100), 0.1), V_TENSION);
}
END_TEST

START_TEST(agreement_statistics_should_match_hand_computed_values)
{
    const double x[] = {4, 100, 2, 3, 1};   /* unsorted on purpose */
    AgreementStats st;
    ck_assert_int_eq(compare_agreement_stats(x, 5, &st), 0);
    ck_assert_uint_eq(st.n, 5);
    ck_close(st.median, 3);
    ck_close(st.min, 1);
    ck_close(st.max, 100);
    ck_close(st.spread, 99);
    ck_close(st.mad, 1);   /* |x-3| = 1 97 1 0 2 -> median 1 */
    ck_assert(compare_is_outlier(&st, 100));
    ck_assert(!compare_is_outlier(&st, 4));
    ck_assert(!compare_is_outlier(&st, 1));

    const double y[] = {1, 2, 3, 10};
    ck_assert_int_eq(compare_agreement_stats(y, 4, &st), 0);
    ck_close(st.median, 2.5);
    ck_close(st.mad, 1);   /* 1.5 0.5 0.5 7.5 -> 1 */

    /* two values: no outliers; one value: MAD 0; none or NaN: refused */
    const double z[] = {5, 50};
    ck_assert_int_eq(compare_agreement_stats(z, 2, &st), 0);
    ck_assert(!compare_is_outlier(&st, 50));
    ck_assert_int_eq(compare_agreement_stats(z, 1, &st), 0);
    ck_close(st.median, 5);
    ck_close(st.mad, 0);
    ck_assert_int_eq(compare_agreement_stats(z, 0, &st), -1);
    const double w[] = {1, NAN};
    ck_assert_int_eq(compare_agreement_stats(w, 2, &st), -1);
    /* MAD 0: anything more than 10% off the median is an outlier */
    const double v[] = {7, 7, 7, 9};
    ck_assert_int_eq(compare_agreement_stats(v, 4, &st), 0);
    ck_close(st.mad, 0);
    ck_assert(compare_is_outlier(&st, 9));
    ck_assert(!compare_is_outlier(&st, 7));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("interval");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, open_bounds_should_stay_open_through_arithmetic);
    tcase_add_test(tc, zero_holding_divisors_overflow_and_nan_should_fail_cleanly);
    tcase_add_test(tc, claims_should_become_intervals_by_qualifier_and_written_precision);
    tcase_add_test(tc, verdicts_should_change_exactly_at_their_boundaries);
    tcase_add_test(tc, agreement_statistics_should_match_hand_computed_values);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
