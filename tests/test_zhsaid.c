/* test_zhsaid.c — a credit that speech gives after its figures. */
#include "zhsaid.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The name after the first 这 of t, or "" when none. */
static const char *said(const char *t)
{
    static char out[128];
    size_t i = (size_t)(strstr(t, "这") - t), ns, ne, end;
    out[0] = '\0';
    if (zhsaid_after(t, i, strlen(t), &ns, &ne, &end)) {
        memcpy(out, t + ns, ne - ns);
        out[ne - ns] = '\0';
        ck_assert(end > ne && end <= strlen(t));
    }
    return out;
}

START_TEST(a_name_between_zheshi_and_a_verb_of_telling_should_be_the_credit)
{
    ck_assert_str_eq(said("面积三千万平方米，这是商务部说的啊。"), "商务部");
    ck_assert_str_eq(said("二点六三万亿，这个数是海关总署发的。"), "海关总署");
    ck_assert_str_eq(said("这些是ITU的数据。"), "ITU");
    ck_assert_str_eq(said("这是国际电信联盟公布的。"), "国际电信联盟");
}
END_TEST

START_TEST(a_zheshi_with_no_verb_of_telling_should_credit_none)
{
    ck_assert_str_eq(said("这是一个大市场，增长很快。"), "");
    ck_assert_str_eq(said("这是2023年的情况。"), "");
    ck_assert_str_eq(said("这说的是去年。"), "");
    ck_assert_str_eq(said("这是我说的。"), "");   /* one character: the speaker himself */
}
END_TEST

int main(void)
{
    Suite *s = suite_create("zhsaid");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_name_between_zheshi_and_a_verb_of_telling_should_be_the_credit);
    tcase_add_test(tc, a_zheshi_with_no_verb_of_telling_should_credit_none);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
