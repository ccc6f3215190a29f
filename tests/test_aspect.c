/* test_aspect.c — a figure of a part of a population, an aim (aspect.h),
 * marked in its context with the bundled data/metrics.csv. */
#include "aspect.h"
#include "metrics.h"
#include "testutil.h"

#include <check.h>
#include <string.h>

#define M tu_metrics   /* the default metrics table (testutil.h) */

/* The context aspect_mark gives fig (the first occurrence in s, metric
 * metric), its sentence the whole of s. */
static const char *mark(const char *s, const char *fig, const char *metric)
{
    static Claim c;
    c = tu_claim_at(s, fig);
    strcpy(c.metric, metric);
    aspect_mark(M, &c, s, 0, strlen(s));
    return c.context;
}

START_TEST(a_figure_of_a_part_of_a_population_should_say_which_part)
{
    const char *s = "截至2023年12月，我国互联网普及率达77.5%，其中农村地区互联网普及率为66.5%。";
    ck_assert_str_eq(mark(s, "77.5%", "internet_penetration"), "");
    ck_assert_str_eq(mark(s, "66.5%", "internet_penetration"), "part: rural areas");
    s = "Worldwide, 70 per cent of men and 65 per cent of women used the Internet in 2023.";
    ck_assert_str_eq(mark(s, "70 per cent", "internet_penetration"), "part: men");
    ck_assert_str_eq(mark(s, "65 per cent", "internet_penetration"), "part: women");
    s = "Internet use was higher in urban areas (80.5 percent) than in rural areas (64.9 percent).";
    ck_assert_str_eq(mark(s, "80.5 percent", "internet_penetration"), "part: urban areas");
    ck_assert_str_eq(mark(s, "64.9 percent", "internet_penetration"), "part: rural areas");
    s = "Some 59.2 million individuals aged 5 and above were internet users.";
    ck_assert_str_eq(mark(s, "59.2 million", "internet_users"), "part: an age group");
    /* a row's label names its figures' part; both parts together, none */
    s = "Rural        56.3    58.6";
    ck_assert_str_eq(mark(s, "58.6", "internet_penetration"), "part: rural areas");
    s = "Rural internet users (million)     309     284     308     326     304";
    ck_assert_str_eq(mark(s, "304", "internet_users"), "part: rural areas");
    s = "Rural internet penetration (%)     55.9    57.6    61.9    66.5    63.8";
    ck_assert_str_eq(mark(s, "63.8", "internet_penetration"), "part: rural areas");
    /* people online through a mobile phone are a part of the users */
    s = "Mobile internet users (million)    986   1,029   1,065   1,091   1,096";
    ck_assert_str_eq(mark(s, "1,091", "internet_users"), "part: mobile internet");
    s = "截至2023年12月，我国手机网民规模达10.91亿人。";
    ck_assert_str_eq(mark(s, "10.91亿", "internet_users"), "part: mobile internet");
    s = "Urban+Rural  66.5    69.2";
    ck_assert_str_eq(mark(s, "69.2", "internet_penetration"), "");
    /* a short opening phrase speaks for the clause after it */
    s = "In urban areas, 81 per cent of people use the Internet, compared with 50 per cent in rural areas.";
    ck_assert_str_eq(mark(s, "81 per cent", "internet_penetration"), "part: urban areas");
    ck_assert_str_eq(mark(s, "50 per cent", "internet_penetration"), "part: rural areas");
    /* another clause's part is not the figure's */
    s = "Roughly a third of Kenyans do not use the internet - most of them in rural areas.";
    ck_assert_str_eq(mark(s, "a third", "offline_share"), "");
    /* the people using the internet on a mobile phone are a part of its
     * use (GSMA's mobile internet penetration) */
    s = "Mobile internet penetration in our markets averaged 27% in 2023, against 66% for internet use.";
    ck_assert_str_eq(mark(s, "27%", "internet_penetration"), "part: mobile internet");
    ck_assert_str_eq(mark(s, "66%", "internet_penetration"), "");
    /* the end of a change the part goes through is the part's */
    s = "Mobile internet penetration rose from 2% in 2010 to about 15% in 2017.";
    ck_assert_str_eq(mark(s, "15%", "internet_penetration"), "part: mobile internet");
    /* a part only for metrics of people */
    s = "The rural broadband project cost $40 million.";
    ck_assert_str_eq(mark(s, "$40 million", "dsr_investment"), "");
}
END_TEST

/* A sum of loans alone is another definition than a whole of
 * investment or commitments: "part: loans" (metrics.csv's part row of
 * unit USD), compared only with loans. IISS's $19.8 billion of all
 * commitments in Africa was held against the World Bank's $7.9 billion of
 * telecom loans. Loans named with the whole's other parts are the whole. */
START_TEST(a_sum_of_loans_alone_should_be_a_part)
{
    const char *s = "Chinese policy banks lent $7.9 billion to African governments for telecommunications "
                    "projects in 2013-22, according to World Bank estimates.";
    ck_assert_str_eq(mark(s, "$7.9 billion", "dsr_investment"), "part: loans");
    s = "Chinese policy banks extended an estimated $17,000,000,000 in loans for telecommunications projects.";
    ck_assert_str_eq(mark(s, "$17,000,000,000", "dsr_investment"), "part: loans");
    s = "中国政策性银行向非洲提供数字基础设施贷款79亿美元。";
    ck_assert_str_eq(mark(s, "79亿美元", "dsr_investment"), "part: loans");
    /* the whole: loans with investment, FDI or commitments; no loan named */
    s = "Chinese loans and investment in African digital infrastructure: roughly $11.5bn.";
    ck_assert_str_eq(mark(s, "$11.5bn", "dsr_investment"), "");
    s = "Chinese state banks provided more than $17 billion in loans and foreign direct investment (FDI).";
    ck_assert_str_eq(mark(s, "$17 billion", "dsr_investment"), "");
    s = "We estimate that Chinese firms committed $79 billion to Digital Silk Road projects.";
    ck_assert_str_eq(mark(s, "$79 billion", "dsr_investment"), "");
    /* not an item's cost (one thing however it was paid), nor a count */
    s = "The data centre was built with a $172 million loan from China Exim Bank.";
    ck_assert_str_eq(mark(s, "$172 million", "data_center_cost"), "");
    s = "Some 5.4 billion people, many of them on loans for phones, use the internet.";
    ck_assert_str_eq(mark(s, "5.4 billion", "internet_users"), "");
}
END_TEST

START_TEST(an_aim_should_be_marked_and_a_measure_beside_it_not)
{
    const char *s = "It sets a joint target of raising internet penetration in Africa to 50% by 2030.";
    ck_assert_str_eq(mark(s, "50%", "internet_penetration"), "an aim");
    s = "By 2030, we want ninety per cent of Africans online.";
    ck_assert_str_eq(mark(s, "ninety per cent", "internet_penetration"), "an aim");
    s = "Penetration reached only 24.4% against a target of 30%.";
    ck_assert_str_eq(mark(s, "24.4%", "internet_penetration"), "");
    ck_assert_str_eq(mark(s, "30%", "internet_penetration"), "an aim");
    s = "Internet penetration reached 37% in 2023.";
    ck_assert_str_eq(mark(s, "37%", "internet_penetration"), "");
}
END_TEST

START_TEST(marks_should_follow_what_the_context_says_and_read_back)
{
    Claim c;
    claim_init(&c);
    strcpy(c.context, "scope from the title");
    strcpy(c.metric, "internet_penetration");
    const char *s = "Rural internet penetration was 58.8%.";
    c.start = (size_t)(strstr(s, "58.8%") - s);
    c.end = c.start + 5;
    aspect_mark(M, &c, s, 0, strlen(s));
    ck_assert_str_eq(c.context, "scope from the title; part: rural areas");
    char part[64];
    ck_assert_int_eq(claim_part(&c, part, sizeof part), 1);
    ck_assert_str_eq(part, "rural areas");
    ck_assert_int_eq(claim_is_aim(&c), 0);
    strcpy(c.context, "an aim; source from the speaker");
    ck_assert_int_eq(claim_is_aim(&c), 1);
    ck_assert_int_eq(claim_part(&c, part, sizeof part), 0);
    ck_assert_str_eq(part, "");
    /* (words that only begin like a clause are none) */
    strcpy(c.context, "an aims list");
    ck_assert_int_eq(claim_is_aim(&c), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("aspect");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_figure_of_a_part_of_a_population_should_say_which_part);
    tcase_add_test(tc, an_aim_should_be_marked_and_a_measure_beside_it_not);
    tcase_add_test(tc, a_sum_of_loans_alone_should_be_a_part);
    tcase_add_test(tc, marks_should_follow_what_the_context_says_and_read_back);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
