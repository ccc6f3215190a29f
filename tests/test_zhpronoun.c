/* test_zhpronoun.c — a Chinese teller named by a pronoun, and the person
 * it stands for. */
#include "zhpronoun.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* Does a pronoun teller open t, and where does its verb end? */
static size_t teller(const char *t)
{
    size_t end = 0;
    return zhpronoun_teller(t, 0, strlen(t), &end) ? end : 0;
}

/* The person t introduces before its mark "|" (names as written). */
static const char *person(const char *t)
{
    static char out[128];
    out[0] = '\0';
    const char *bar = strchr(t, '|');
    if (!zhpronoun_person(NULL, t, 0, (size_t)(bar - t), out, sizeof out))
        return "";
    return out;
}

START_TEST(a_pronoun_and_a_verb_of_telling_should_be_a_teller)
{
    ck_assert_uint_eq(teller("她认为，2017年东南亚数据中心市场规模约为28亿美元。"), strlen("她认为"));
    ck_assert_uint_eq(teller("据她介绍，中方已举办培训班140余期。"), strlen("据她介绍"));
    ck_assert_uint_eq(teller("据其团队测算，投资约为790亿美元。"), strlen("据其团队测算"));
    ck_assert_uint_eq(teller("他在主旨发言中指出，损失约为6000亿美元。"), strlen("他在主旨发言中指出"));
    ck_assert_uint_eq(teller("他还表示，"), strlen("他还表示"));
}
END_TEST

START_TEST(no_one_person_should_be_no_teller)
{
    ck_assert_uint_eq(teller("他们认为，市场很大。"), 0);
    ck_assert_uint_eq(teller("其中，海外订单占比约58%。"), 0);
    ck_assert_uint_eq(teller("据其他机构统计，"), 0);
    ck_assert_uint_eq(teller("他国表示，"), 0);
    ck_assert_uint_eq(teller("她的团队建成了数据中心。"), 0);
}
END_TEST

START_TEST(the_person_named_by_a_title_before_should_be_the_one_meant)
{
    ck_assert_str_eq(person("中国电子信息产业发展研究院的刘佳博士分析了东南亚数据中心市场。|她认为，"),
                     "中国电子信息产业发展研究院的刘佳博士");
    /* (the last one named, not an earlier) */
    ck_assert_str_eq(person("孙浩研究员指出，…。\n中国现代国际关系研究院周晓岚研究员关注安全城市。|她介绍，"),
                     "中国现代国际关系研究院周晓岚");   /* (his role trimmed) */
    ck_assert_str_eq(person("2023年，公安机关共破获电信网络诈骗案件43.7万起。|据她介绍，"), "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("zhpronoun");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_pronoun_and_a_verb_of_telling_should_be_a_teller);
    tcase_add_test(tc, no_one_person_should_be_no_teller);
    tcase_add_test(tc, the_person_named_by_a_title_before_should_be_the_one_meant);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
