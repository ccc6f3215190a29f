/* test_roles.c — the part a place plays in a sentence (roles.h): the
 * world as a frame, the country that has the figure, and in Chinese
 * China as a clause's topic, a count spread over many countries, a part
 * after 其中, the destinations of a flow. */
#include "roles.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "metrics.h"
#include "testutil.h"

#define M tu_metrics   /* the default metrics table (testutil.h) */

static int world(const char *s)
{
    return roles_world(M, s, 0, strlen(s));
}

/* The subject place of the figure fig in s, or "". */
static const char *subject(const char *s, const char *fig, const char *unit)
{
    static char out[64];
    out[0] = '\0';
    roles_subject_place(M, s, 0, strlen(s), tu_at(s, fig), unit, out, sizeof out);
    return out;
}

START_TEST(the_world_as_a_rank_or_a_share_should_be_a_frame)
{
    ck_assert_int_eq(world("The digital economy was worth 45.5 trillion yuan, ranking second in the world."),
                     ROLES_WORLD_RANK);
    ck_assert_int_eq(world("It is the world's largest e-commerce market."), ROLES_WORLD_RANK);
    ck_assert_int_eq(world("算力总规模达到230EFLOPS，居全球第二位。"), ROLES_WORLD_RANK);
    ck_assert_int_eq(world("网上零售额15.42万亿元，连续11年成为全球第一大网络零售市场。"), ROLES_WORLD_RANK);
    ck_assert_int_eq(world("China had built 1.854 million base stations, accounting for over 60 percent of the\n"
                           "world's total."),
                     ROLES_WORLD_SHARE);
    ck_assert_int_eq(world("China accounts for about 20% of the world's internet users."), ROLES_WORLD_SHARE);
}
END_TEST

START_TEST(the_world_named_as_a_place_should_stay_a_place)
{
    ck_assert_int_eq(world("Some 2.6 billion people worldwide remain offline."), ROLES_WORLD_PLACE);
    ck_assert_int_eq(world("Cybercrime costs the world $6 trillion a year."), ROLES_WORLD_PLACE);
    /* one mention a place is enough */
    ck_assert_int_eq(world("Globally, 67% of people are online, ranking Europe first in the world."),
                     ROLES_WORLD_PLACE);
    ck_assert_int_eq(world("Kenya had 22.7 million internet users."), ROLES_WORLD_PLACE);
}
END_TEST

START_TEST(the_country_that_has_the_figure_should_be_its_place)
{
    ck_assert_str_eq(subject("By the end of 2023, China had 1.092 billion internet users.", "1.092", "people"),
                     "china");
    ck_assert_str_eq(subject("China had built 1.854 million 5G base stations.", "1.854", "stations"), "china");
    ck_assert_str_eq(subject("Kenya now has about 22.7 million users, and 42 percent are online.", "42", "%"),
                     "kenya");
    ck_assert_str_eq(subject("China accounts for about 20% of the world's users.", "20%", "%"), "china");
    ck_assert_str_eq(subject("China alone has nearly 1.1 billion users, according to CNNIC.", "1.1", "users"),
                     "china");
}
END_TEST

START_TEST(partners_gifts_and_other_subjects_should_have_no_subject_place)
{
    /* a count of partners, a gift abroad, a place that is no subject */
    ck_assert_str_eq(subject("China had signed MoUs with 17 countries.", "17", "countries"), "");
    ck_assert_str_eq(subject("China has invested $79 billion in DSR projects.", "$79", "USD"), "");
    ck_assert_str_eq(subject("Lending to Kenya had reached $6 billion.", "$6", "USD"), "");
    /* a later clause with a subject of its own */
    ck_assert_str_eq(subject("China had 1.09 billion users, Huawei said, and Safaricom had 40 million.", "40",
                             "subscribers"),
                     "");
}
END_TEST

START_TEST(the_world_ranked_with_or_compared_with_in_chinese_should_be_a_frame)
{
    ck_assert_int_eq(world("对外直接投资流量1772.9亿美元，连续12年列全球前三。"), ROLES_WORLD_RANK);
    ck_assert_int_eq(world("存量2.96万亿美元，连续7年排名全球前三。"), ROLES_WORLD_RANK);
    ck_assert_int_eq(world("年均增速约为8%，高于全球平均水平3个百分点。"), ROLES_WORLD_RANK);
    ck_assert_int_eq(world("全球互联网用户约54亿人。"), ROLES_WORLD_PLACE);
    /* (按...排名: the world as the field of a ranking) */
    ck_assert_int_eq(world("流量1772.9亿美元，位列按全球国家（地区）排名的第三位。"), ROLES_WORLD_RANK);
}
END_TEST

START_TEST(china_as_a_clauses_topic_should_be_told_from_a_modifier)
{
    const char *s = "中国位居第二，规模约为7.6万亿美元";
    ck_assert_int_eq(roles_zh_china_topic(s, 0, (size_t)(strstr(s, "7.6") - s)), 1);
    s = "中国方面，规划发射卫星约1.3万颗";
    ck_assert_int_eq(roles_zh_china_topic(s, 0, (size_t)(strstr(s, "1.3") - s)), 1);
    s = "中国企业在海外建设数据中心超过40个";
    ck_assert_int_eq(roles_zh_china_topic(s, 0, (size_t)(strstr(s, "40") - s)), 0);
    s = "中国与东盟贸易额达6.41万亿元";
    ck_assert_int_eq(roles_zh_china_topic(s, 0, (size_t)(strstr(s, "6.41") - s)), 0);
    /* China's own flows and stock, past a time phrase opening the clause */
    s = "2023年中国对外直接投资流量1772.9亿美元";
    ck_assert_int_eq(roles_zh_china_topic(s, 0, (size_t)(strstr(s, "1772") - s)), 1);
    s = "2023年末，中国在用数据中心机架总规模超过810万标准机架";
    ck_assert_int_eq(roles_zh_china_topic(s, 0, (size_t)(strstr(s, "810") - s)), 1);
    s = "同期中国可数字化交付服务出口额为2105.4亿美元";
    ck_assert_int_eq(roles_zh_china_topic(s, 0, (size_t)(strstr(s, "2105") - s)), 1);
    s = "2023年中国企业在海外建设数据中心超过40个";
    ck_assert_int_eq(roles_zh_china_topic(s, 0, (size_t)(strstr(s, "40") - s)), 0);
    s = "资金来源：中国进出口银行优惠出口买方信贷（约85%）";
    ck_assert_int_eq(roles_zh_china_topic(s, 0, (size_t)(strstr(s, "85") - s)), 0);
    /* a share of a whole is its holder's, 中国企业 as much as 中国 */
    s = "中国企业参与建设的海缆项目数量占全球在建项目的比重约为18%";
    ck_assert_int_eq(roles_zh_china_topic(s, 0, (size_t)(strstr(s, "18") - s)), 1);
    /* 中国 as a whole cell of the row, a country column */
    s = "文昌\t中国\t410\t2024年9月";
    ck_assert_int_eq(roles_zh_china_topic(s, 0, (size_t)(strstr(s, "410") - s)), 1);
    s = "西哈努克\t柬埔寨\t1150\t中国移动";
    ck_assert_int_eq(roles_zh_china_topic(s, 0, (size_t)(strstr(s, "1150") - s)), 0);
}
END_TEST

START_TEST(a_count_spread_over_many_countries_in_chinese_should_be_told_from_partners)
{
    const char *s = "华为称，其已在170多个国家和地区部署了1500多张网络。";
    ck_assert_int_eq(roles_zh_spread(s, 0, strlen(s)), 1);
    s = "星链服务覆盖约70个国家和地区。";
    ck_assert_int_eq(roles_zh_spread(s, 0, strlen(s)), 1);
    s = "我国已同超过150个国家签署合作文件。";
    ck_assert_int_eq(roles_zh_spread(s, 0, strlen(s)), 0);
    s = "项目在5个国家落地。";   /* (fewer than ten) */
    ck_assert_int_eq(roles_zh_spread(s, 0, strlen(s)), 0);
}
END_TEST

START_TEST(the_one_other_place_and_a_part_should_be_read_in_chinese)
{
    const char *s = "由中国企业承建的肯尼亚国家光纤骨干网连通全国47个郡。";
    ck_assert_int_eq(roles_one_other_place(M, s, 0, strlen(s)), 1);
    s = "广东、江苏、山东等省市数字经济规模合计约占全国的百分之六十五。";
    ck_assert_int_eq(roles_one_other_place(M, s, 0, strlen(s)), 0);
    ck_assert_int_eq(roles_nationwide(M, "城镇调查失业率5.5%左右。", 0, strlen("城镇调查失业率5.5%左右。")), 1);
    s = "控制我国境内约637万台主机，其中位于美国的控制服务器占比约三成";
    ck_assert_int_eq(roles_zh_part(s, 0, (size_t)(strstr(s, "三成") - s)), 1);
    ck_assert_int_eq(roles_zh_part(s, 0, (size_t)(strstr(s, "637") - s)), 0);
    /* the destinations of a flow are an aside */
    s = "投资137.6亿美元，主要流向新加坡、美国。";
    const char *sg = strstr(s, "新加坡");
    ck_assert_int_eq(roles_may_aside(s, 0, strlen(s)), 1);
    ck_assert_int_eq(roles_aside(s, 0, strlen(s), (size_t)(sg - s), (size_t)(sg - s) + 9, 0), 1);
    /* and so are the places a thing faces: 面向 */
    s = "昆明出入口局开通以来，面向南亚东南亚的国际出口带宽达到520Gbps。";
    const char *sea = strstr(s, "东南亚");
    ck_assert_int_eq(roles_may_aside(s, 0, strlen(s)), 1);
    ck_assert_int_eq(roles_aside(s, 0, strlen(s), (size_t)(sea - s), (size_t)(sea - s) + 9, 0), 1);
}
END_TEST

/* the place a superlative ranks its subject among is an aside; a place
 * after "in" with no superlative before it in its clause is none */
static int aside_at(const char *s, const char *place)
{
    const char *at = strstr(s, place);
    ck_assert_ptr_nonnull(at);
    return roles_may_aside(s, 0, strlen(s)) &&
           roles_aside(s, 0, strlen(s), (size_t)(at - s), (size_t)(at - s) + strlen(place), 0);
}

START_TEST(the_field_of_a_superlative_should_be_an_aside)
{
    ck_assert_int_eq(aside_at("Bangladesh has one of the lowest mobile data prices in South Asia, yet fewer than "
                              "half of rural adults use mobile internet.",
                              "South Asia"),
                     1);
    ck_assert_int_eq(aside_at("It sold its towers for $1.1 billion, the largest tower deal in Africa.", "Africa"), 1);
    ck_assert_int_eq(aside_at("It sold its towers for $1.1 billion, the largest deal, in Africa.", "Africa"), 0);
    ck_assert_int_eq(aside_at("Its latest towers in Kenya cost $1.1 billion, the largest sum.", "Kenya"), 0);
    ck_assert_int_eq(aside_at("China is Zambia's largest creditor, holding about US$4.1 billion.", "Zambia"), 0);
}
END_TEST

/* the places a clause after the figure spreads what it counts over are
 * asides for the figure, not for a figure of the clause itself */
static int spread_aside(const char *s, const char *figure, const char *place)
{
    const char *at = strstr(s, place), *f = strstr(s, figure);
    ck_assert_ptr_nonnull(at);
    ck_assert_ptr_nonnull(f);
    return roles_may_aside(s, 0, strlen(s)) &&
           roles_aside(s, 0, strlen(s), (size_t)(at - s), (size_t)(at - s) + strlen(place), (size_t)(f - s));
}

START_TEST(a_seat_or_a_measuring_currency_should_be_an_aside)
{
    /* a licence's or a ship's flag's country is a seat */
    ck_assert_int_eq(aside_at("The corridor, launched with a Hong Kong-licensed partner, carried USD 6.7 million.",
                              "Hong Kong"), 1);
    /* the currency another is pegged to or measured against */
    ck_assert_int_eq(aside_at("The Nepali rupee, pegged to the Indian rupee at 1.6, has lost around 12 percent.",
                              "Indian"), 1);
    /* (not the currency the sentence is about, nor a place alone) */
    ck_assert_int_eq(aside_at("The Nigerian naira lost more than 45% of its value against the dollar.", "Nigerian"), 0);
    ck_assert_int_eq(aside_at("Spending in India rose 12 percent.", "India"), 0);
}
END_TEST

START_TEST(where_a_count_is_spread_should_be_an_aside)
{
    const char *s = "About 2.6 billion people were offline in 2023, most of them in Africa and South Asia.";
    ck_assert_int_eq(spread_aside(s, "2.6", "Africa"), 1);
    ck_assert_int_eq(spread_aside(s, "2.6", "South Asia"), 1);
    ck_assert_int_eq(spread_aside("2.6 billion still offline, mostly rural and in LDCs.", "2.6", "LDCs"), 1);
    ck_assert_int_eq(spread_aside("It built 17 systems, two-thirds of them in Kenya, Nigeria and Ghana.", "17", "Ghana"),
                     1);
    /* (the clause's own figure is the part's: its place stands) */
    s = "It counted 17 cable systems, six of them landing in Africa.";
    ck_assert_int_eq(spread_aside(s, "six", "Africa"), 0);
    ck_assert_int_eq(spread_aside(s, "17", "Africa"), 1);
    /* (no spread: a place of the clause itself, or digits of its own) */
    ck_assert_int_eq(spread_aside("About 2.6 billion people were offline, in Africa and South Asia.", "2.6", "Africa"),
                     0);
    ck_assert_int_eq(spread_aside("It lent $5 billion, of which $2 billion in Kenya.", "$5", "Kenya"), 0);
}
END_TEST

START_TEST(places_named_together_should_hold_a_figure_jointly)
{
    size_t f = 0, t = 0;
    const char *s = "Nigeria, Egypt and South Africa together accounted for 52% of the region's shipments.";
    ck_assert_uint_eq(roles_joint_places(M, s, 0, strlen(s), &f, &t), 3);
    ck_assert_uint_eq(f, 0);
    ck_assert_uint_eq(t, strlen("Nigeria, Egypt and South Africa"));
    s = "Kenya and Uganda, combined, host 40 data centres.";
    ck_assert_uint_eq(roles_joint_places(M, s, 0, strlen(s), &f, &t), 2);
    /* (a list not said to act together: each item may be its own) */
    s = "Nigeria, Egypt and South Africa accounted for 52% of the region's shipments.";
    ck_assert_uint_eq(roles_joint_places(M, s, 0, strlen(s), &f, &t), 0);
    s = "Kenya together with its neighbours accounted for 52%.";
    ck_assert_uint_eq(roles_joint_places(M, s, 0, strlen(s), &f, &t), 0);
}
END_TEST

START_TEST(a_place_set_apart_in_chinese_should_be_an_aside)
{
    /* 不含, 不包括, 除: the place named after them is not the figure's */
    const char *s = "2023年亚太地区（不含中国大陆）云基础设施服务支出约为560亿美元。";
    const char *cn = strstr(s, "中国");
    ck_assert_int_eq(roles_may_aside(s, 0, strlen(s)), 1);
    ck_assert_int_eq(roles_aside(s, 0, strlen(s), (size_t)(cn - s), (size_t)(cn - s) + 6, 0), 1);
    const char *ap = strstr(s, "亚太");
    ck_assert_int_eq(roles_aside(s, 0, strlen(s), (size_t)(ap - s), (size_t)(ap - s) + 6, 0), 0);
    s = "除中国外，东盟其他国家的数据中心投资增长18%。";
    ck_assert_int_eq(roles_aside(s, 0, strlen(s), 3, 9, 0), 1);
    s = "中国数据中心投资增长18%。";
    ck_assert_int_eq(roles_may_aside(s, 0, strlen(s)), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("roles");
    TCase *tc = tcase_create("core");
    tcase_add_unchecked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, the_world_as_a_rank_or_a_share_should_be_a_frame);
    tcase_add_test(tc, the_world_named_as_a_place_should_stay_a_place);
    tcase_add_test(tc, the_country_that_has_the_figure_should_be_its_place);
    tcase_add_test(tc, partners_gifts_and_other_subjects_should_have_no_subject_place);
    tcase_add_test(tc, the_world_ranked_with_or_compared_with_in_chinese_should_be_a_frame);
    tcase_add_test(tc, china_as_a_clauses_topic_should_be_told_from_a_modifier);
    tcase_add_test(tc, a_count_spread_over_many_countries_in_chinese_should_be_told_from_partners);
    tcase_add_test(tc, the_one_other_place_and_a_part_should_be_read_in_chinese);
    tcase_add_test(tc, the_field_of_a_superlative_should_be_an_aside);
    tcase_add_test(tc, where_a_count_is_spread_should_be_an_aside);
    tcase_add_test(tc, a_seat_or_a_measuring_currency_should_be_an_aside);
    tcase_add_test(tc, places_named_together_should_hold_a_figure_jointly);
    tcase_add_test(tc, a_place_set_apart_in_chinese_should_be_an_aside);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
