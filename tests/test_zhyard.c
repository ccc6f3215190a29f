/* test_zhyard.c — the place a Chinese ratio is measured against. */
#include "zhyard.h"
#include "testutil.h"

#include <check.h>
#include <string.h>

/* Is the first place of t (the word pl) the yardstick for the claim
 * written cl in t? */
static int yard(const char *t, const char *pl, const char *cl)
{
    size_t ps = (size_t)(strstr(t, pl) - t), cs = (size_t)(strstr(t, cl) - t);
    return zhyard_place(t, strlen(t), ps, ps + strlen(pl), cs, cs + strlen(cl));
}

START_TEST(a_place_a_ratio_is_measured_against_should_be_the_yardstick)
{
    ck_assert(yard("甲国的宽带资费是日本的3倍左右。", "日本", "3倍"));
    ck_assert(yard("乙地的机房租金仅为德国的五分之一。", "德国", "五分之一"));
    ck_assert(yard("丙国网民约占南亚总数的四成。", "南亚", "四成"));
    ck_assert(yard("该岛新建容量相当于法国现有规模的近两倍。", "法国", "两倍"));
    ck_assert(yard("丁国覆盖率不足巴西（76%）的一半。", "巴西", "一半"));
    /* (the sentence's other figure, before the comparison, is not the
     * yardstick's either) */
    ck_assert(yard("戊国项目平均投资约为3亿元，不到印度项目的一半。", "印度", "3亿元"));
}
END_TEST

START_TEST(a_place_with_its_own_figure_should_not_be_a_yardstick)
{
    /* the yardstick's own figure in its bracket */
    ck_assert(!yard("丁国覆盖率不足巴西（76%）的一半。", "巴西", "76%"));
    /* 低于 gives the place's own level */
    ck_assert(!yard("丁国普及率为40%，远低于德国的88%。", "德国", "88%"));
    /* no verb of comparison before the place: its own share */
    ck_assert(!yard("其中，日本的份额约为三成。", "日本", "三成"));
    /* a clause between: another clause's place */
    ck_assert(!yard("收入是日本企业，其余的两成来自本地。", "日本", "两成"));
    /* no ratio after the 的 */
    ck_assert(!yard("该公司是日本的企业，员工300人。", "日本", "300人"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("zhyard");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_place_a_ratio_is_measured_against_should_be_the_yardstick);
    tcase_add_test(tc, a_place_with_its_own_figure_should_not_be_a_yardstick);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
