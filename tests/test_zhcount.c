/* test_zhcount.c — what a Chinese count counts beyond its clause: the
 * part of a total a breakdown (其中) names, bits given per second, the
 * noun of an infographic panel's figure. */
#include "zhcount.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The offset of the first occurrence of w in t (which must hold it). */
static size_t at(const char *t, const char *w)
{
    const char *h = strstr(t, w);
    ck_assert_ptr_nonnull(h);
    return (size_t)(h - t);
}

START_TEST(a_figure_after_its_total_and_of_which_should_be_a_part_of_it)
{
    const char *t = "公司共有员工1,524人，其中研发人员658人，占员工总数的43.18%。";
    const unsigned char *p = (const unsigned char *)t;
    size_t total_end = at(t, "1,524") + strlen("1,524人");
    ck_assert_int_eq(zhc_part_of_total(p, at(t, "658"), total_end), 1);
    /* the sentence before 其中 holds the total: "…127家。其中，…612家" */
    const char *u = "会员单位2,386家，较上年净增127家。其中，基础电信企业612家，高校58家。";
    const unsigned char *q = (const unsigned char *)u;
    ck_assert_int_eq(zhc_part_of_total(q, at(u, "612"), at(u, "127") + strlen("127家")), 1);
    /* down the list: the part before is the total the next part joins */
    ck_assert_int_eq(zhc_part_of_total(q, at(u, "58"), at(u, "612") + strlen("612家")), 1);
}
END_TEST

START_TEST(a_figure_without_of_which_or_past_a_sentence_should_be_no_part)
{
    const char *t = "公司共有员工1,524人，研发人员658人。";
    const unsigned char *p = (const unsigned char *)t;
    size_t total_end = at(t, "1,524") + strlen("1,524人");
    ck_assert_int_eq(zhc_part_of_total(p, at(t, "658"), total_end), 0);
    /* 其中 in a sentence that ended before the figure's */
    const char *u = "员工1,524人，其中女性600人。另有实习生80人。";
    const unsigned char *q = (const unsigned char *)u;
    ck_assert_int_eq(zhc_part_of_total(q, at(u, "80"), at(u, "600") + strlen("600人")), 0);
    /* two sentences apart, or a line between */
    const char *v = "员工1,524人。去年增加了。其中研发人员658人。";
    ck_assert_int_eq(zhc_part_of_total((const unsigned char *)v, at(v, "658"), at(v, "1,524") + strlen("1,524人")), 0);
    const char *w = "员工1,524人\n其中研发人员658人";
    ck_assert_int_eq(zhc_part_of_total((const unsigned char *)w, at(w, "658"), at(w, "1,524") + strlen("1,524人")), 0);
}
END_TEST

START_TEST(bits_given_per_second_should_be_a_rate)
{
    const char *t = "设计容量达到每秒144太比特，带宽32吉比特每秒，存储10太比特。";
    const unsigned char *p = (const unsigned char *)t;
    size_t n = strlen(t);
    ck_assert_str_eq(zhc_bits_per_second(p, n, at(t, "144"), at(t, "144") + strlen("144太比特"), "Tbit"), "Tbps");
    ck_assert_str_eq(zhc_bits_per_second(p, n, at(t, "32"), at(t, "32") + strlen("32吉比特"), "Gbit"), "Gbps");
    ck_assert_ptr_null(zhc_bits_per_second(p, n, at(t, "10太"), at(t, "10太") + strlen("10太比特"), "Tbit"));
    ck_assert_ptr_null(zhc_bits_per_second(p, n, at(t, "144"), at(t, "144") + strlen("144太比特"), "km"));
}
END_TEST

START_TEST(a_figure_alone_on_its_line_should_count_what_its_caption_or_heading_names)
{
    const char *t = "[图4] 基站\n1162万个\n年末移动电话基站总数\n\n[图6] 快递\n约1320.7亿件\n\n全年快递业务量1320.7亿件\n";
    const unsigned char *p = (const unsigned char *)t;
    size_t n = strlen(t), a = at(t, "1162"), b = at(t, "1320.7");
    /* the caption below names it */
    ck_assert_str_eq(zhc_panel_noun(p, n, a, a + strlen("1162万个")), "base stations");
    /* no caption: the heading above, over a hedge before the figure */
    ck_assert_str_eq(zhc_panel_noun(p, n, b, b + strlen("1320.7亿件")), "parcels");
    /* a figure that shares its line is no panel's */
    size_t c = at(t, "量1320.7") + strlen("量");
    ck_assert_ptr_null(zhc_panel_noun(p, n, c, c + strlen("1320.7亿件")));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("zhcount");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_figure_after_its_total_and_of_which_should_be_a_part_of_it);
    tcase_add_test(tc, a_figure_without_of_which_or_past_a_sentence_should_be_no_part);
    tcase_add_test(tc, bits_given_per_second_should_be_a_rate);
    tcase_add_test(tc, a_figure_alone_on_its_line_should_count_what_its_caption_or_heading_names);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
