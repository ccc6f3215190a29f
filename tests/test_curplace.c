/* test_curplace.c — the country whose own currency a sum is written in
 * (curplace.h). */
#include "curplace.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The place the currency opening the first w in t names, "" for none. */
static const char *at(const char *t, const char *w)
{
    const char *p = strstr(t, w);
    ck_assert_ptr_nonnull(p);
    size_t l = 0;
    const char *id = curplace_at(t, (size_t)(p - t), strlen(t), &l);
    if (id)
        ck_assert_uint_gt(l, 0);
    return id ? id : "";
}

START_TEST(a_countrys_own_money_should_name_it)
{
    ck_assert_str_eq(at("losses totalling \xc2\xa3" "427,318", "\xc2\xa3"), "united kingdom");
    ck_assert_str_eq(at("capital expenditure of IDR 2.4 trillion", "IDR"), "indonesia");
    ck_assert_str_eq(at("a contract worth KES 18.9 billion", "KES"), "kenya");
    ck_assert_str_eq(at("bought for about 38,000 yuan", "yuan"), "china");
    ck_assert_str_eq(at("HK$2.90 a share", "HK$"), "hong kong");
}
END_TEST

START_TEST(shared_money_and_words_inside_others_should_name_none)
{
    /* the dollar and the euro are written everywhere; a sign several
     * countries write ("Rs", "Sh") names none */
    ck_assert_str_eq(at("US$155 million", "$"), "");
    ck_assert_str_eq(at("\xe2\x82\xac" "1.4 million", "\xe2\x82\xac"), "");
    ck_assert_str_eq(at("Rs 30 billion", "Rs"), "");
    /* a code inside a word, a name inside a word */
    ck_assert_str_eq(at("the SKESO index", "KES"), "");
    ck_assert_str_eq(at("the yuanbao app", "yuan"), "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("curplace");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_countrys_own_money_should_name_it);
    tcase_add_test(tc, shared_money_and_words_inside_others_should_name_none);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
