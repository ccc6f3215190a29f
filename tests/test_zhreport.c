/* test_zhreport.c — a report a Chinese text names, and whose figures it
 * tells. */
#include "zhreport.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static size_t teller(const char *t)
{
    size_t end = 0;
    return zhreport_teller(t, 0, strlen(t), &end) ? end : 0;
}

/* The credit of the report named in t before its mark "|" (names as
 * written), or "". */
static const char *credit(const char *t)
{
    static char out[128];
    out[0] = '\0';
    const char *bar = strchr(t, '|');
    if (!zhreport_credit(NULL, t, strlen(t), 0, (size_t)(bar - t), out, sizeof out))
        return "";
    return out;
}

START_TEST(report_and_a_verb_of_telling_should_tell_the_report_named_before)
{
    ck_assert_uint_eq(teller("报告显示，2023年东盟数字经济规模约为2180亿美元。"), strlen("报告显示"));
    ck_assert_uint_eq(teller("报告还称，"), strlen("报告还称"));
    ck_assert_uint_eq(teller("该报告估算，"), strlen("该报告估算"));
    ck_assert_uint_eq(teller("报告期内，公司新签合同11个。"), 0);
    ck_assert_uint_eq(teller("报告由国家信息中心牵头编制。"), 0);
    /* (a white paper, a blue book; what the report cites) */
    ck_assert_uint_eq(teller("上述白皮书显示，"), strlen("上述白皮书显示"));
    ck_assert_uint_eq(teller("蓝皮书指出，"), strlen("蓝皮书指出"));
    ck_assert_uint_eq(teller("报告援引相关数据指出，"), strlen("报告援引相关数据指出"));
    ck_assert_uint_eq(teller("白皮书发布会在北京举行。"), 0);
}
END_TEST

START_TEST(a_report_after_ju_should_be_the_report_named_before)
{
    size_t end = 0;
    const char *t = "报告引用的估算，";
    ck_assert(zhreport_after_ju(t, 0, strlen(t), &end));
    ck_assert_uint_eq(end, strlen("报告"));
    t = "该白皮书统计，";
    ck_assert(zhreport_after_ju(t, 0, strlen(t), &end));
    ck_assert_uint_eq(end, strlen("该白皮书"));
    t = "海关统计，";
    ck_assert(!zhreport_after_ju(t, 0, strlen(t), &end));
}
END_TEST

START_TEST(who_made_the_report_should_be_its_credit)
{
    const char *t = "报告由国家信息中心牵头编制，收录了112个案例。";
    size_t ns, ne, end;
    ck_assert(zhreport_made_by(t, 0, strlen(t), &ns, &ne, &end));
    ck_assert_uint_eq(ne - ns, strlen("国家信息中心"));
    ck_assert(!memcmp(t + ns, "国家信息中心", ne - ns));
    ck_assert_str_eq(credit("美国战略与国际问题研究中心近日发布报告称，中国已在79个国家参与项目。|报告还称，"),
                     "美国战略与国际问题研究中心");
    /* (a maker named just after) */
    ck_assert_str_eq(credit("论坛同期发布的《数字丝绸之路发展报告（2025）》显示，|…。报告由国家信息中心牵头编制。"),
                     "国家信息中心");
    /* (a white paper named by its maker, no title: "据X发布的白皮书") */
    ck_assert_str_eq(credit("据北方信息研究院发布的白皮书，区域云服务市场约为300亿美元。|上述白皮书显示，"),
                     "北方信息研究院");
}
END_TEST

START_TEST(a_report_with_no_maker_should_be_credited_by_its_title)
{
    ck_assert_str_eq(credit("论坛期间还发布了《中国—东盟数字经济发展报告（2024）》。|报告显示，"),
                     "中国—东盟数字经济发展报告（2024）");
    /* (a law's title names no report) */
    ck_assert_str_eq(credit("《数据安全法》施行以来，|报告显示，"), "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("zhreport");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, report_and_a_verb_of_telling_should_tell_the_report_named_before);
    tcase_add_test(tc, a_report_after_ju_should_be_the_report_named_before);
    tcase_add_test(tc, who_made_the_report_should_be_its_credit);
    tcase_add_test(tc, a_report_with_no_maker_should_be_credited_by_its_title);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
