/* test_ratebase.c — a rate's base and a code's legend are no amount
 * (ratebase.h): directly, and through `claimbrief extract`. */
#include "ratebase.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Is fig (its first occurrence in s, value v, unit u) no amount? */
static int no_amount(const char *s, const char *fig, double v, const char *u)
{
    Claim c = tu_claim_at(s, fig);
    c.value = v;
    snprintf(c.unit, sizeof c.unit, "%s", u);
    c.text = (char *)fig;
    int r = ratebase_not_amount(s, 0, strlen(s), &c);
    c.text = NULL;
    claim_fini(&c);
    return r;
}

START_TEST(a_rate_base_should_be_no_amount)
{
    ck_assert(no_amount("($1 = 7.3315 Chinese yuan)", "$1", 1, "USD"));
    ck_assert(no_amount("translated at RMB7.0999 to US$1.00, the noon buying rate", "US$1.00", 1, "USD"));
    ck_assert(no_amount("at the evaluation exchange rate of ZMW 23.02 = US$1.00).", "US$1.00", 1, "USD"));
    ck_assert(no_amount("2023年末1美元兑7.0827元人民币。", "1美元", 1, "USD"));
    ck_assert(no_amount("按当前汇率，1美元约合130肯尼亚先令。", "1美元", 1, "USD"));
    ck_assert(no_amount("STATUS 1 = announced; 2 = under construction; 3 = completed;", "1", 1, "USD"));
    /* the rate quoted stays a figure; so do sums of one dollar and more */
    ck_assert(!no_amount("($1 = 7.3315 Chinese yuan)", "7.3315 Chinese yuan", 7.3315, "CNY"));
    ck_assert(!no_amount("ARPU is under $1 in most markets.", "$1", 1, "USD"));
    ck_assert(!no_amount("Prices fell from $3 to $1 per gigabyte.", "$1", 1, "USD"));
    ck_assert(!no_amount("The loan was $1 billion = a tenth of the total.", "$1 billion", 1e9, "USD"));
    ck_assert(!no_amount("Capacity = 32 Tbit/s.", "32 Tbit/s", 32, "Tbit/s"));
}
END_TEST

/* The number before "=" or "to" is looked for within the sentence only:
 * blanks alone between its start and the mark leave it without one (not
 * the byte before the sentence, another's, nor before the text). */
START_TEST(the_rate_should_be_read_within_its_sentence)
{
    Claim c;
    claim_init(&c);
    const char *doc = "5 = $1 in the rate";
    c.start = 4, c.end = 6, c.value = 1;
    snprintf(c.unit, sizeof c.unit, "USD");
    c.text = (char *)"$1";
    /* the sentence " = $1 in the rate" opens after the "5" */
    ck_assert(!ratebase_not_amount(doc, 1, strlen(doc), &c));
    /* and at the text's start: nothing before it is read (ASan) */
    char *t = malloc(6);
    ck_assert_ptr_nonnull(t);
    memcpy(t, " = $1 ", 6);
    c.start = 3, c.end = 5;
    ck_assert(!ratebase_not_amount(t, 0, 6, &c));
    char *u = malloc(12);
    ck_assert_ptr_nonnull(u);
    memcpy(u, "  to $1 rate", 12);
    c.start = 5, c.end = 7;
    ck_assert(!ratebase_not_amount(u, 0, 12, &c));
    free(t);
    free(u);
    c.text = NULL;
    claim_fini(&c);
}
END_TEST

/* Through the program: the wire story's rate line and the codebook's
 * legend give no claim; the sums beside them stay. */
START_TEST(extract_should_leave_rate_bases_and_legends_out)
{
    char *dir = tu_tmpdir("ratebase");
    char path[512];
    snprintf(path, sizeof path, "%s/wire.txt", dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs("Chinese exports of digital services rose to 2.63 trillion yuan ($359 billion) in 2024.\n\n"
          "($1 = 7.3315 Chinese yuan)\n\n"
          "STATUS 1 = announced; 2 = under construction; 3 = completed;\n",
          f);
    fclose(f);
    const char *argv[] = {"extract", "--no-sources", path, NULL};
    Run r = tu_run(NULL, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.out, ",$359 billion,"), "%s", r.out);
    ck_assert_msg(!strstr(r.out, ",$1,") && !strstr(r.out, "STATUS"), "%s", r.out);
    tu_run_free(&r);
    free(dir);
}
END_TEST

Suite *ratebase_suite(void);
Suite *ratebase_suite(void)
{
    Suite *s = suite_create("ratebase");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_rate_base_should_be_no_amount);
    tcase_add_test(tc, the_rate_should_be_read_within_its_sentence);
    tcase_add_test(tc, extract_should_leave_rate_bases_and_legends_out);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run_suite(ratebase_suite());
}
