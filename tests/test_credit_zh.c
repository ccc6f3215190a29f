/* test_credit_zh.c — the bodies a Chinese sentence credits (credit_zh.h):
 * read within the sentence and the text. */
#include "credit_zh.h"
#include "testutil.h"

#include "diag.h"
#include "metrics.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* A text cut inside its last character (a lead byte of three and one
 * more) is read within its end: the byline looked for before the next
 * clause is not asked past it (the fuzzer's input, ASan). */
START_TEST(a_character_cut_at_the_text_end_should_not_be_read_past_it)
{
    static const char cut[] = "More th\xEF\xBC\x95" "an 2.6 eillion people remain offline \xE2\x80";
    size_t n = sizeof cut - 1;
    char *doc = malloc(n);
    ck_assert_ptr_nonnull(doc);
    memcpy(doc, cut, n);
    ZhCredits cr;
    credit_zh_read(NULL, doc, 0, n, &cr);
    ck_assert_uint_eq(cr.n, 0);
    free(doc);
}
END_TEST

/* The byline still opens the clause after it: "（记者 周晓航）" before
 * the body that speaks. */
START_TEST(a_byline_should_still_open_a_clause)
{
    Metrics *m = NULL;
    Diag d = {0};
    ck_assert_int_eq(metrics_load("data/metrics.csv", &m, &d), 0);
    const char *s = "证券时报·e公司讯（记者 周晓航）中科云擎（301386）6月10日晚间公告，公司营收12亿元。";
    ZhCredits cr;
    credit_zh_read(m, s, 0, strlen(s), &cr);
    int found = 0;
    for (size_t k = 0; k < cr.n; k++)
        found |= strstr(cr.v[k].name, "中科云擎") != NULL;
    ck_assert_msg(found, "%zu credits", cr.n);
    metrics_free(m);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("credit_zh");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_character_cut_at_the_text_end_should_not_be_read_past_it);
    tcase_add_test(tc, a_byline_should_still_open_a_clause);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
