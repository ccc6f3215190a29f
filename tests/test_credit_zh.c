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

/* The credit of the figure fig in the sentence t (names as written when
 * m is NULL), or "" with none. */
static const char *credit_of(const Metrics *m, const char *t, const char *fig)
{
    static char out[128];
    ZhCredits cr;
    credit_zh_read(m, t, 0, strlen(t), &cr);
    out[0] = '\0';
    credit_zh_before(&cr, (size_t)(strstr(t, fig) - t), out, sizeof out);
    return out;
}

/* Speech and posts credit a body their own way: a body in brackets after
 * the figures, "X的报告说", "X口径是", "X的数据，", a list of names
 * owning a report's title. */
START_TEST(informal_credits_should_name_their_body)
{
    Metrics *m = NULL;
    Diag d = {0};
    ck_assert_int_eq(metrics_load("data/metrics.csv", &m, &d), 0);
    ck_assert_str_eq(credit_of(NULL, "在建及规划容量约4.5吉瓦（戴德梁行数据）。", "4.5"), "戴德梁行");
    ck_assert_str_eq(credit_of(NULL, "互联网用户约4.6亿（同样来自e-Conomy SEA报告）。", "4.6"), "e-Conomy SEA");
    /* (what the figures cover is no body) */
    ck_assert_str_eq(credit_of(NULL, "全国网民约10亿（不含港澳台数据）。", "10"), "");
    ck_assert_str_eq(credit_of(NULL, "机架约3000个（2023年数据）。", "3000"), "");
    ck_assert_str_eq(credit_of(NULL, "补充几个数：ITU去年底的报告说全球还有约26亿人不上网。", "26"), "ITU");
    ck_assert_ptr_nonnull(strstr(credit_of(m, "补充一下，公安部口径是2024年电诈立案数同比下降了10.8%。", "10.8"), "公安部"));
    ck_assert_ptr_nonnull(strstr(credit_of(m, "CNNIC第55次报告的数据，截至2024年12月我国网民11.08亿。", "11.08"), "CNNIC"));
    ck_assert_str_eq(credit_of(NULL, "谷歌、淡马锡、贝恩的《e-Conomy SEA 2024》说，东南亚网民4.6亿左右。", "4.6"),
                     "谷歌、淡马锡、贝恩");
    /* (one name owning a title is a law's or a plan's owner, no teller) */
    ck_assert_str_eq(credit_of(NULL, "中国的《数据安全法》说，数据分为3级。", "3级"), "");
    metrics_free(m);
}
END_TEST

/* A company named after a known group, with its own business between
 * (华为海洋网络有限公司), is credited as written; a branch named by its
 * place (华为肯尼亚公司) speaks for the group. */
START_TEST(a_groups_company_of_its_own_business_should_be_named_as_written)
{
    Metrics *m = NULL;
    Diag d = {0};
    ck_assert_int_eq(metrics_load("data/metrics.csv", &m, &d), 0);
    ck_assert_str_eq(credit_of(m, "华为海洋网络有限公司高级专家赵明介绍，该公司累计承建海缆项目近90个。", "90"),
                     "华为海洋网络有限公司");
    const char *branch = credit_of(m, "华为肯尼亚公司负责人表示，公司已建成基站3000个。", "3000");
    ck_assert_msg(strstr(branch, "Huawei") != NULL, "%s", branch);
    metrics_free(m);
}
END_TEST

/* A body counting what it records tells its count: a name with an
 * acronym of its own is a body's, whatever its last word. */
START_TEST(a_body_recording_a_count_should_tell_it)
{
    ck_assert_str_eq(credit_of(NULL, "国家信息安全漏洞共享平台（CNVD）全年收录安全漏洞2.28万个。", "2.28"),
                     "国家信息安全漏洞共享平台");
    /* (a common noun before the verb names no one) */
    ck_assert_str_eq(credit_of(NULL, "电商平台全年收录商品2万个。", "2万"), "");
}
END_TEST

/* A name in quotes after what it is names the teller; a paper's 政府 is
 * its place's government, as written. */
START_TEST(a_quoted_name_and_the_government_should_be_named)
{
    ck_assert_str_eq(credit_of(NULL, "内地数据中心营运商「华数云」上月宣布，将投资约45亿港元。", "45"), "华数云");
    ck_assert_str_eq(credit_of(NULL, "政府估计，至2028年本港数据中心总电力容量可达1600兆瓦。", "1600"), "政府");
    /* (two characters of no body name no one) */
    ck_assert_str_eq(credit_of(NULL, "市场估计，至2028年容量可达1600兆瓦。", "1600"), "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("credit_zh");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_character_cut_at_the_text_end_should_not_be_read_past_it);
    tcase_add_test(tc, a_byline_should_still_open_a_clause);
    tcase_add_test(tc, informal_credits_should_name_their_body);
    tcase_add_test(tc, a_groups_company_of_its_own_business_should_be_named_as_written);
    tcase_add_test(tc, a_body_recording_a_count_should_tell_it);
    tcase_add_test(tc, a_quoted_name_and_the_government_should_be_named);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
