/* test_zhplan.c — the year a Chinese plan's frame gives its figures. */
#include "zhplan.h"
#include "textserial.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The frame's year for the sentence starting at the first fig in t. */
static int frame(const char *t, const char *fig)
{
    return zhplan_frame_year(t, strlen(t), (size_t)(strstr(t, fig) - t));
}

START_TEST(dash_lines_under_a_lead_should_take_its_year)
{
    const char *t = "第三章 目标\n\n  到2025年，规模突破3000亿元。\n\n  ——设施升级。基站达到2.5万个。\n  ——贸易发展。交易额达到500亿元。\n";
    ck_assert_int_eq(frame(t, "基站"), 2025);
    ck_assert_int_eq(frame(t, "交易额"), 2025);
    /* a paragraph between the lead and the dash lines breaks the frame */
    const char *u = "到2025年，规模突破3000亿元。\n\n目前基础仍然薄弱。\n\n——设施升级。基站达到2.5万个。\n";
    ck_assert_int_eq(frame(u, "基站"), 0);
    /* a plain paragraph after the lead is no target of it */
    const char *v = "到2025年，规模突破3000亿元。\n\n基站达到2.5万个。\n";
    ck_assert_int_eq(frame(v, "基站"), 0);
}
END_TEST

START_TEST(a_five_year_plans_period_opening_the_section_should_date_it_to_its_end)
{
    const char *t = "第一章 基础\n\n  “十三五”期间，发展取得成效。\n\n  产业集聚。企业超过1.5万家。\n\n第二章 机遇\n\n  用户达到4.4亿。\n";
    ck_assert_int_eq(frame(t, "产业"), 2020);
    ck_assert_int_eq(frame(t, "用户"), 0);   /* another section */
    ck_assert_int_eq(frame("十四五时期，数字经济快速发展。增速达到10%。", "增速"), 2025);
    ck_assert_int_eq(frame("十四五以来，增速达到10%。\n\n规模达到20亿元。", "规模"), 0);
    size_t l;
    ck_assert_int_eq(zhplan_period_end("十二五", 9, 0, &l), 2015);
    ck_assert_int_eq(zhplan_period_end("十五", 6, 0, &l), 0);
}
END_TEST

START_TEST(a_plans_title_with_a_span_should_give_its_last_year)
{
    const char *t = "双方通过了《数字经济合作行动计划（2025—2027）》，提出实施不少于30个项目。";
    ck_assert_int_eq(zhplan_title_end(t, 0, strlen(t)), 2027);
    const char *u = "根据《数字经济发展规划（2021-2025年）》，新增海外仓20个。";
    ck_assert_int_eq(zhplan_title_end(u, 0, strlen(u)), 2025);
    /* a span outside a title, a title with one year */
    const char *v = "2021—2025年（2021—2025）期间，《报告（2024年）》显示增长20%。";
    ck_assert_int_eq(zhplan_title_end(v, 0, strlen(v)), 0);
}
END_TEST

/* One line of a hundred thousand sentences under a period that opens it:
 * each sentence's line start was read back to the line's start again
 * (minutes); the test case's timeout is the check. Asked in order, then
 * out of order and on the next line: the same answers. */
START_TEST(a_line_of_many_sentences_should_be_read_back_once)
{
    static const char head[] = "“十三五”期间，";
    static const char one[] = "新增1个。";
    const size_t count = 100000, hl = sizeof head - 1, ol = sizeof one - 1;
    size_t n = hl + count * ol + 64;
    char *t = malloc(n);
    memcpy(t, head, hl);
    for (size_t i = 0; i < count; i++)
        memcpy(t + hl + i * ol, one, ol);
    strcpy(t + hl + count * ol, "\n第二章\n用户1亿。");
    n = strlen(t);
    textserial_next();
    for (size_t i = 0; i < count; i++)
        ck_assert_int_eq(zhplan_frame_year(t, n, hl + i * ol), 2020);
    size_t next = (size_t)(strstr(t, "用户") - t);   /* the next section */
    ck_assert_int_eq(zhplan_frame_year(t, n, next), 0);
    ck_assert_int_eq(zhplan_frame_year(t, n, hl + 5 * ol), 2020);
    ck_assert_int_eq(zhplan_frame_year(t, n, next), 0);
    ck_assert_int_eq(zhplan_frame_year(t, n, hl + count * ol - ol), 2020);
    free(t);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("zhplan");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, dash_lines_under_a_lead_should_take_its_year);
    tcase_add_test(tc, a_five_year_plans_period_opening_the_section_should_date_it_to_its_end);
    tcase_add_test(tc, a_plans_title_with_a_span_should_give_its_last_year);
    suite_add_tcase(s, tc);
    TCase *big = tcase_create("scale");
    tcase_set_timeout(big, 30);
    tcase_add_test(big, a_line_of_many_sentences_should_be_read_back_once);
    suite_add_tcase(s, big);
    return tu_run_suite(s);
}
