/* test_tense.c — whether a sentence states a figure as a present fact
 * (tense.h). */
#include "tense.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The verdict for the figure fig in sentence s. */
static int present(const char *s, const char *fig)
{
    return tense_present(s, 0, strlen(s), tu_at(s, fig));
}

START_TEST(present_facts_should_be_present)
{
    ck_assert_int_eq(present("Alibaba now operates 87 availability zones.", "87"), 1);
    ck_assert_int_eq(present("3G networks reach 89 percent of the population.", "89"), 1);
    ck_assert_int_eq(present("It has signed agreements with 17 countries.", "17"), 1);
    ck_assert_int_eq(present("Ghana, a country of about 34 million people, is a regional hub.", "34"), 1);
    ck_assert_int_eq(present("Only 14 percent of households own a computer.", "14"), 1);
    ck_assert_int_eq(present("The firm says it has taken part in 130 cable projects.", "130"), 1);
    ck_assert_int_eq(present("This report examines 12 surveillance projects in 8 countries.", "12"), 1);
    /* a plural subject with no "s" before "have", or "together" before a
     * plain form */
    ck_assert_int_eq(present("The schemes run with Telkom have brought fibre to 900 schools.", "900"), 1);
    ck_assert_int_eq(present("The two firms together employ about 3,100 engineers.", "3,100"), 1);
    ck_assert_int_eq(present("They would have built 40 towers.", "40"), 0);
}
END_TEST

START_TEST(past_figures_plans_and_forecasts_should_not_be_present)
{
    ck_assert_int_eq(present("The system cost about $240 million and linked 4,300 cameras.", "4,300"), 0);
    ck_assert_int_eq(present("Huawei built 12 towers.", "12"), 0);
    ck_assert_int_eq(present("The company says revenue rose 9 percent.", "9"), 0);
    ck_assert_int_eq(present("It plans to lay 100,000 kilometres of fibre.", "100,000"), 0);
    ck_assert_int_eq(present("Revenue will reach $2 billion.", "$2"), 0);
    ck_assert_int_eq(present("Beijing has pledged to help build broadband for 10 million households.", "10 million"), 0);
    ck_assert_int_eq(present("The plan was approved with 40 votes.", "40"), 0);
    /* a plan in the progressive or the plain present: "targeting", "we
     * expect" */
    ck_assert_int_eq(present("We are targeting 25% of revenue from abroad.", "25%"), 0);
    ck_assert_int_eq(present("We now expect more than 600 new customers.", "600"), 0);
    /* one guess among others is no statement of the present */
    ck_assert_int_eq(present("Chinese firms have helped connect Africans, with some estimates reaching "
                             "close to 6 million households.", "6 million"), 0);
    /* a rate that recurs is said of no one year */
    ck_assert_int_eq(present("Cybercrime now costs the global economy more than $6 trillion annually.", "$6"), 0);
}
END_TEST

START_TEST(the_claims_clause_should_speak_before_the_sentence)
{
    const char *s = "Huawei has run a cloud region since 2019, and its engineers built a $79 million data centre.";
    ck_assert_int_eq(present(s, "$79"), 0);
    /* nouns and infinitives are no verbs: "internet use", "to use" */
    ck_assert_int_eq(present("Mobile data use grew 20 percent.", "20"), 0);
    ck_assert_int_eq(present("Firms hoped to use 50 new sites.", "50"), 0);
}
END_TEST

START_TEST(a_chinese_figure_should_hold_now_unless_planned_forecast_or_recurring)
{
    ck_assert_int_eq(present("我国企业参与建设的国际海缆总长度逾10万公里。", "10万"), 1);
    ck_assert_int_eq(present("项目新建光缆约4300公里，将光纤网络延伸至沿线各郡。", "4300"), 1);
    ck_assert_int_eq(present("公司未来3年将再投入约1000万美元用于人才培养。", "1000万"), 0);
    ck_assert_int_eq(present("数字经济规模年均增速预计在8%以上。", "8%"), 0);
    ck_assert_int_eq(present("每年可节省开支约30亿肯尼亚先令。", "30亿"), 0);
    /* the clause speaks, not the sentence: a plan in the next clause
     * leaves this one's figure a present fact */
    ck_assert_int_eq(present("阿里云已开设3个数据中心，腾讯云计划投资5亿美元。", "3"), 1);
}
END_TEST

/* The verdict for the clause around fig in s: a plan or a forecast? */
static int planned(const char *s, const char *fig)
{
    const char *at = strstr(s, fig);
    ck_assert_ptr_nonnull(at);
    return tense_planned(s, 0, strlen(s), (size_t)(at - s));
}

START_TEST(a_plan_or_a_forecast_should_be_told_by_its_clause)
{
    const char *s = "Alibaba Cloud operates three data centres, and Tencent Cloud will invest $500 million by 2030.";
    ck_assert_int_eq(planned(s, "three"), 0);
    ck_assert_int_eq(planned(s, "2030"), 1);
    /* a clause with no verb goes on with the sentence's */
    ck_assert_int_eq(planned("By 2030 Africa will need 700 data centres, at a cost of $25 billion.", "$25"), 1);
    /* "May" after a word is the month */
    ck_assert_int_eq(planned("We surveyed 412 respondents between May and July 2023; 62 percent agreed.", "2023"),
                     0);
    ck_assert_int_eq(planned("阿里云已开设3个数据中心，腾讯云宣布将在2030年前投资5亿美元。", "2030"), 1);
    ck_assert_int_eq(planned("阿里云已开设3个数据中心，腾讯云宣布将在2030年前投资5亿美元。", "3"), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("tense");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, present_facts_should_be_present);
    tcase_add_test(tc, past_figures_plans_and_forecasts_should_not_be_present);
    tcase_add_test(tc, the_claims_clause_should_speak_before_the_sentence);
    tcase_add_test(tc, a_chinese_figure_should_hold_now_unless_planned_forecast_or_recurring);
    tcase_add_test(tc, a_plan_or_a_forecast_should_be_told_by_its_clause);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
