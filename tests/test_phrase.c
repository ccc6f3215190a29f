/* test_phrase.c — the phrasebook and unit kinds: every register's words
 * for money in dollars and in other currencies, rates, shares, points,
 * counts, hedges, ranges and fractions, and the edges (non-finite,
 * huge, tiny, negative). */
#include "phrase.h"
#include "testutil.h"
#include "unit.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Claim mk(const char *text, double v, double lo, double hi, const char *unit, Qualifier q)
{
    Claim c;
    claim_init(&c);
    c.text = xstrdup(text);
    c.value = v;
    c.low = lo;
    c.high = hi;
    snprintf(c.unit, sizeof c.unit, "%s", unit);
    c.qual = q;
    return c;
}

/* The words for one claim (words or short register). */
static const char *said(const char *text, double v, double lo, double hi, const char *unit, Qualifier q,
                        int shortreg)
{
    static char out[256];
    Claim c = mk(text, v, lo, hi, unit, q);
    if (shortreg)
        phrase_short_claim(out, sizeof out, &c);
    else
        phrase_claim(out, sizeof out, &c);
    claim_fini(&c);
    return out;
}

START_TEST(units_should_have_one_kind_each)
{
    ck_assert_int_eq(unit_kind("USD"), UNIT_MONEY);
    ck_assert_int_eq(unit_kind("KES"), UNIT_MONEY);
    ck_assert_int_eq(unit_kind("USD/year"), UNIT_MONEY);
    ck_assert_int_eq(unit_kind("KES/month"), UNIT_MONEY);
    ck_assert_int_eq(unit_kind("USD per country"), UNIT_MONEY);
    ck_assert_int_eq(unit_kind("%"), UNIT_SHARE);
    ck_assert_int_eq(unit_kind("pp"), UNIT_POINTS);
    ck_assert_int_eq(unit_kind("bps"), UNIT_POINTS);
    ck_assert_int_eq(unit_kind("x"), UNIT_MULTIPLE);
    ck_assert_int_eq(unit_kind("people"), UNIT_COUNT);
    ck_assert_int_eq(unit_kind("MW"), UNIT_COUNT);
    ck_assert_int_eq(unit_kind("USDT"), UNIT_COUNT);   /* not a code followed by a boundary */
    ck_assert_int_eq(unit_kind(""), UNIT_NONE);
    char code[4];
    ck_assert(unit_currency("KES/month", code));
    ck_assert_str_eq(code, "KES");
    ck_assert(!unit_currency("people", code));
    ck_assert_str_eq(code, "");
    ck_assert(unit_is_usd("USD/year") && !unit_is_usd("CNY"));
    size_t n = 0;
    const char *p = unit_period("KES/month", &n);
    ck_assert(p && n == 5 && !strncmp(p, "month", n));
    ck_assert_ptr_null(unit_period("Gbit/s", &n));
    char base[16];
    unit_base("USD/year", base, sizeof base);
    ck_assert_str_eq(base, "USD");
    unit_base("people per household", base, sizeof base);
    ck_assert_str_eq(base, "people per hous");   /* cut to fit, never overrun */
}
END_TEST

START_TEST(amounts_should_read_as_a_reader_says_them)
{
    char s[128];
    phrase_amount(s, sizeof s, 79e9, "USD", 3);
    ck_assert_str_eq(s, "$79 billion");
    phrase_amount(s, sizeof s, 67.5e9, "KES", 3);
    ck_assert_str_eq(s, "67.5 billion KES");
    phrase_amount(s, sizeof s, 452.5, "KES/month", PHRASE_AS_STATED);
    ck_assert_str_eq(s, "452.5 KES a month");
    phrase_amount(s, sizeof s, 8.0597e9, "people", 3);
    ck_assert_str_eq(s, "8.06 billion people");
    phrase_amount(s, sizeof s, 6e12, "USD/year", 3);
    ck_assert_str_eq(s, "$6 trillion a year");
    phrase_amount(s, sizeof s, 9.875e8, "USD per country", 1);
    ck_assert_str_eq(s, "$1 billion per country");
    phrase_amount(s, sizeof s, -1234.5, "km", 3);
    ck_assert_str_eq(s, "-1,230 km");
    phrase_amount(s, sizeof s, -5e6, "USD", 3);
    ck_assert_str_eq(s, "-$5 million");
    phrase_amount(s, sizeof s, 67, "%", 3);
    ck_assert_str_eq(s, "67%");
    phrase_amount(s, sizeof s, 3, "pp", 3);
    ck_assert_str_eq(s, "3 percentage points");
    phrase_amount(s, sizeof s, 3.5, "x", 3);
    ck_assert_str_eq(s, "3.5 times");
    phrase_amount(s, sizeof s, 1234567, "people", PHRASE_AS_STATED);
    ck_assert_str_eq(s, "1.235 million people");
    phrase_amount(s, sizeof s, 123456, "people", PHRASE_AS_STATED);
    ck_assert_str_eq(s, "123,456 people");
    phrase_amount(s, sizeof s, 1e-300, "%", 3);
    ck_assert_ptr_null(strstr(s, "inf"));
    phrase_amount(s, sizeof s, 1e300, "USD", 3);
    ck_assert_ptr_null(strstr(s, "inf"));
    phrase_amount(s, sizeof s, NAN, "USD", 3);
    ck_assert_str_eq(s, "$?");
    phrase_number(s, sizeof s, 999999999, 3);
    ck_assert_str_eq(s, "1,000,000,000");
    phrase_scaled(s, sizeof s, 999999999, 3);
    ck_assert_str_eq(s, "1 billion");   /* the scale follows the rounded value */
}
END_TEST

START_TEST(intervals_and_ratios_should_read_as_words)
{
    char s[128];
    phrase_bounds(s, sizeof s, 150, NAN, "people per household", 3);
    ck_assert_str_eq(s, "more than 150 people per household");
    phrase_bounds(s, sizeof s, NAN, 1.325, "%", 3);
    ck_assert_str_eq(s, "at most 1.33%");
    phrase_bounds(s, sizeof s, 7.6e9, 8.5625e9, "people", 3);
    ck_assert_str_eq(s, "7.6 billion to 8.56 billion people");
    phrase_bounds(s, sizeof s, 7.6e12, 8.5e12, "USD/year", 3);
    ck_assert_str_eq(s, "$7.6 trillion to $8.5 trillion a year");
    phrase_bounds(s, sizeof s, NAN, NAN, "%", 3);
    ck_assert_str_eq(s, "any value");
    phrase_ratio(s, sizeof s, 1000, 987.4, 1012.7);
    ck_assert_str_eq(s, "about 1,000 times");
    phrase_ratio(s, sizeof s, 0.001, 0.000987, 0.001013);
    ck_assert_str_eq(s, "about 0.1%");
    phrase_ratio(s, sizeof s, 79e9 / 6e12, NAN, 79.5e9 / 6e12);
    ck_assert_str_eq(s, "at most about 1.3%");
    phrase_ratio(s, sizeof s, 150, 150, NAN);
    ck_assert_str_eq(s, "at least about 150 times");
    ck_assert_int_eq(phrase_fit_sig(987.5e6, 934.5e6, 1046e6), 1);
    ck_assert_int_eq(phrase_fit_sig(8.0597e9, 8.05e9, 8.07e9), 3);
    phrase_short_ratio(s, sizeof s, 76123);
    ck_assert_str_eq(s, "76,000");
    phrase_short_ratio(s, sizeof s, 0);
    ck_assert_str_eq(s, "?");
}
END_TEST

START_TEST(claims_should_keep_their_hedges_in_both_registers)
{
    ck_assert_str_eq(said("$6 trillion", 6e12, 6e12, NAN, "USD/year", Q_MIN, 0),
                     "more than $6 trillion a year");
    ck_assert_str_eq(said("$6 trillion", 6e12, 6e12, NAN, "USD/year", Q_MIN, 1), "more than $6T a year");
    ck_assert_str_eq(said("900 million", 9e8, 9e8, NAN, "people", Q_MIN, 0),
                     "more than 900 million people");
    ck_assert_str_eq(said("67%", 67, NAN, NAN, "%", Q_APPROX, 0), "about 67%");
    ck_assert_str_eq(said("67%", 67, NAN, NAN, "%", Q_APPROX, 1), "about 67%");
    ck_assert_str_eq(said("10-15%", 12.5, 10, 15, "%", Q_RANGE, 0), "10\xe2\x80\x93" "15%");
    ck_assert_str_eq(said("10-15%", 12.5, 10, 15, "%", Q_RANGE, 1), "10\xe2\x80\x93" "15%");
    ck_assert_str_eq(said("$10-15 billion", 12.5e9, 10e9, 15e9, "USD", Q_RANGE, 0),
                     "$10\xe2\x80\x93" "15 billion");
    ck_assert_str_eq(said("800 million to 1.2 billion", 1e9, 8e8, 1.2e9, "people", Q_RANGE, 0),
                     "800 million\xe2\x80\x93" "1.2 billion people");
    ck_assert_str_eq(said("67.5 billion shillings", 67.5e9, NAN, NAN, "KES", Q_EXACT, 0),
                     "67.5 billion KES");
    ck_assert_str_eq(said("67.5 billion shillings", 67.5e9, NAN, NAN, "KES", Q_EXACT, 1), "67.5B KES");
    ck_assert_str_eq(said("A third", 100.0 / 3, NAN, NAN, "%", Q_APPROX, 0), "about a third");
    ck_assert_str_eq(said("half", 50, NAN, NAN, "%", Q_EXACT, 0), "half");
    /* a Chinese fraction is said in English, not as 33.33% */
    ck_assert_str_eq(said("\xe4\xb8\x89\xe5\x88\x86\xe4\xb9\x8b\xe4\xb8\x80", 100.0 / 3, NAN, NAN, "%", Q_APPROX, 0),
                     "about a third");
    ck_assert_str_eq(said("\xe4\xb8\x89\xe5\x88\x86\xe4\xb9\x8b\xe4\xba\x8c", 200.0 / 3, NAN, NAN, "%", Q_EXACT, 0),
                     "two-thirds");
    ck_assert_str_eq(said("\xe4\xb8\x89\xe6\x88\x90", 30, NAN, NAN, "%", Q_APPROX, 0), "about 30%");
    ck_assert_str_eq(said("under 40%", 40, NAN, 40, "%", Q_MAX, 0), "less than 40%");
    ck_assert_str_eq(said("$79-million", 79e6, NAN, NAN, "USD", Q_EXACT, 1), "$79M");
    ck_assert_str_eq(said("-3", -3, NAN, NAN, "%", Q_EXACT, 1), "\xe2\x88\x92" "3%");
}
END_TEST

START_TEST(hedges_should_be_said_as_the_document_wrote_them)
{
    Claim c = mk("6 million", 6e6, NAN, NAN, "households", Q_APPROX);
    c.sentence = xstrdup("connections reached close to 6 million households in Africa");
    char out[128];
    ck_assert_str_eq(phrase_hedge_written(&c), "close to");
    phrase_claim(out, sizeof out, &c);
    ck_assert_str_eq(out, "close to 6 million households");
    phrase_short_claim(out, sizeof out, &c);   /* a chart label keeps the short hedge */
    ck_assert_str_eq(out, "about 6M");
    free(c.sentence);
    /* the longest hedge that ends before the figure, at a word boundary */
    c.sentence = xstrdup("just under 6 million households");
    ck_assert_str_eq(phrase_hedge_written(&c), "just under");
    free(c.sentence);
    c.sentence = xstrdup("thunder 6 million households");   /* "under" inside a word */
    ck_assert_ptr_null(phrase_hedge_written(&c));
    free(c.sentence);
    /* a hedge of another qualifier is not repeated: "over" is no "about" */
    c.sentence = xstrdup("over 6 million households");
    ck_assert_ptr_null(phrase_hedge_written(&c));
    phrase_claim(out, sizeof out, &c);
    ck_assert_str_eq(out, "about 6 million households");
    c.qual = Q_MIN;
    c.low = 6e6;
    ck_assert_str_eq(phrase_hedge_written(&c), "over");
    free(c.sentence);
    c.sentence = xstrdup("At least $6 trillion a year");
    free(c.text);
    c.text = xstrdup("$6 trillion");
    snprintf(c.unit, sizeof c.unit, "USD/year");
    c.value = c.low = 6e12;
    phrase_claim(out, sizeof out, &c);
    ck_assert_str_eq(out, "at least $6 trillion a year");
    claim_fini(&c);
}
END_TEST

START_TEST(places_should_read_as_names_and_no_place_as_not_stated)
{
    static const char *const cases[][2] = {
        {"global", "World"},
        {"", "place not stated"},
        {"ldc", "Least developed countries"},
        {"sub-saharan africa", "Sub-Saharan Africa"},
        {"commonwealth of independent states", "Commonwealth of Independent States"},
        {"middle east and north africa", "Middle East and North Africa"},
        {"c\xc3\xb4te d'ivoire", "C\xc3\xb4te d'Ivoire"},
        {"high-income countries", "High-income countries"},
        {"low-income", "Low-income"},
        {"lower-middle-income", "Lower-middle-income"},
        {"sids", "SIDS"},
        {"andorra", "Andorra"},
        {"asia-pacific", "Asia-Pacific"},
        {"asean", "ASEAN"},
        {"emea", "EMEA"},
    };
    char out[64];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        phrase_place(out, sizeof out, cases[i][0]);
        ck_assert_str_eq(out, cases[i][1]);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("phrase");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, units_should_have_one_kind_each);
    tcase_add_test(tc, amounts_should_read_as_a_reader_says_them);
    tcase_add_test(tc, intervals_and_ratios_should_read_as_words);
    tcase_add_test(tc, claims_should_keep_their_hedges_in_both_registers);
    tcase_add_test(tc, hedges_should_be_said_as_the_document_wrote_them);
    tcase_add_test(tc, places_should_read_as_names_and_no_place_as_not_stated);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
