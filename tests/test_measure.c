/* test_measure.c — whether a figure is the quantity a metric measures
 * (measure.h). */
#include "measure.h"

#include <check.h>
#include <string.h>

/* The start and end of the first occurrence of fig in s. */
static size_t at(const char *s, const char *fig)
{
    const char *p = strstr(s, fig);
    ck_assert_ptr_nonnull(p);
    return (size_t)(p - s);
}

/* (the sentence holding fig opens after the last line break before it) */
static size_t sentence_start(const char *s, const char *fig)
{
    size_t a = at(s, fig);
    while (a > 0 && s[a - 1] != '\n')
        a--;
    return a;
}

static int moved(const char *s, const char *fig)
{
    return measure_moved(s, strlen(s), sentence_start(s, fig), at(s, fig), at(s, fig) + strlen(fig));
}

static int part(const char *s, const char *fig)
{
    return measure_part(s, strlen(s), 0, at(s, fig), at(s, fig) + strlen(fig));
}

static int modifies(const char *s, const char *cue)
{
    static char *const nouns[] = {"people", "users"};
    return measure_cue_modifies(s, strlen(s), at(s, cue), at(s, cue) + strlen(cue), nouns, 2);
}

static int activity(const char *s, const char *cue)
{
    return measure_cue_activity(s, strlen(s), at(s, cue), at(s, cue) + strlen(cue));
}

static int in_part(const char *s, const char *fig, const char *cue)
{
    return measure_cue_in_part(s, at(s, fig) + strlen(fig), at(s, cue));
}

static int whole(const char *s, const char *fig)
{
    return measure_share_whole(s, strlen(s), sentence_start(s, fig), at(s, fig), at(s, fig) + strlen(fig));
}

START_TEST(changes_and_additions_should_be_no_stock)
{
    ck_assert_int_eq(moved("Users grew by 1.6 million people.", "1.6 million"), 1);
    ck_assert_int_eq(moved("The country added about 5 partners.", "5"), 1);
    ck_assert_int_eq(moved("It signed with 5 new partners.", "5"), 1);
    ck_assert_int_eq(moved("There were 244 million more men than women online.", "244 million"), 1);
    ck_assert_int_eq(moved("2023年新增5个伙伴国。", "5"), 1);
    ck_assert_int_eq(moved("较上年增加7个。", "7"), 1);
    /* a level is none */
    ck_assert_int_eq(moved("China had signed MoUs with 30 countries.", "30"), 0);
    ck_assert_int_eq(moved("It signed MoUs with 17 countries and 30 more, it said.", "30"), 0);
    ck_assert_int_eq(moved("我国已与30个国家签署备忘录，覆盖五大洲。", "30"), 0);
    /* a heading's 新增 above the sentence is not the figure's */
    ck_assert_int_eq(moved("一、新增情况\n截至2023年12月网民规模达10.92亿人。", "10.92亿"), 0);
}
END_TEST

START_TEST(a_part_of_a_set_named_before_should_be_a_part)
{
    ck_assert_int_eq(part("Firms sold cameras to 63 countries, 36 of which signed MoUs.", "36"), 1);
    ck_assert_int_eq(part("Users totalled 636 million, of whom 163 million were on fibre.", "163"), 1);
    ck_assert_int_eq(part("It found that 9 of the 15 countries had backbones.", "9"), 1);
    ck_assert_int_eq(part("Of those 63 countries, 36 have signed on.", "36"), 1);
    ck_assert_int_eq(part("我国已与30个国家签署备忘录，其中亚洲国家13个。", "13"), 1);
    /* the set itself, and a count beside another, are none */
    ck_assert_int_eq(part("Firms sold cameras to 63 countries, 36 of which signed MoUs.", "63"), 0);
    ck_assert_int_eq(part("It found that 9 of the 15 countries had backbones.", "15"), 0);
    ck_assert_int_eq(part("China signed MoUs with 17 countries and 30 more.", "17"), 0);
}
END_TEST

START_TEST(a_cue_before_a_noun_should_name_the_noun)
{
    ck_assert_int_eq(modifies("120,000 people may be held in online scam operations.", "online"), 1);
    ck_assert_int_eq(modifies("Internet banking fell 7 percent.", "Internet"), 1);
    /* a cue that is the state of the people counted */
    ck_assert_int_eq(modifies("5.4 billion people were online in 2023.", "online"), 0);
    ck_assert_int_eq(modifies("2.6 billion people are still offline worldwide.", "offline"), 0);
    ck_assert_int_eq(modifies("Some 80 percent use the internet daily.", "internet"), 0);
    ck_assert_int_eq(modifies("There are 5 billion online users.", "online"), 0);
    ck_assert_int_eq(modifies("It counts 400 million people online.", "online"), 0);
}
END_TEST

START_TEST(a_share_should_say_what_whole_it_is_of)
{
    ck_assert_int_eq(whole("About 37% of Africans used it.", "37%"), MEASURE_PEOPLE);
    ck_assert_int_eq(whole("Some 67 per cent of the world's population was online.", "67 per cent"), MEASURE_PEOPLE);
    ck_assert_int_eq(whole("Some 67 per cent of the world\xe2\x80\x99s population was online.", "67 per cent"),
                     MEASURE_PEOPLE);
    ck_assert_int_eq(whole("Only 35 per cent of the popula- tion was online.", "35 per cent"), MEASURE_PEOPLE);
    ck_assert_int_eq(whole("Worldwide, 70 per cent of men used it.", "70 per cent"), MEASURE_PEOPLE);
    ck_assert_int_eq(whole("Some 5.4 billion people are online, which is 67 percent of the world.", "67 percent"),
                     MEASURE_PEOPLE);
    ck_assert_int_eq(whole("Around 80 percent of Latin\nAmericans use it.", "80 percent"), MEASURE_PEOPLE);
    ck_assert_int_eq(whole("Online purchases reached 26 percent of users.", "26 percent"), MEASURE_OTHER);
    ck_assert_int_eq(whole("Malware made up 61 percent of the detected threats.", "61 percent"), MEASURE_OTHER);
    ck_assert_int_eq(whole("Penetration reached 41.6% in 2026.", "41.6%"), MEASURE_NO_WHOLE);
    ck_assert_int_eq(whole("农村网民规模达3.26亿人，占网民整体的29.8%；", "29.8%"), MEASURE_OTHER);
    ck_assert_int_eq(whole("因年龄因素不上网的非网民占比为22.1%。", "22.1%"), MEASURE_OTHER);
    /* (a heading's 网民 above the sentence is not its clause's) */
    ck_assert_int_eq(whole("二、网民结构\n农村地区居民占比为36.5%。", "36.5%"), MEASURE_NO_WHOLE);
    ck_assert_int_eq(whole("我国网民规模达10.92亿人，互联网普及率达77.5%。", "77.5%"), MEASURE_NO_WHOLE);
    ck_assert_int_eq(whole("全球网民约54亿人，占全球人口的67%。", "67%"), MEASURE_NO_WHOLE);
}
END_TEST

START_TEST(a_cue_after_a_verb_of_an_activity_should_name_the_activity)
{
    ck_assert_int_eq(activity("Some 1.48 billion people shopped online in 2019.", "online"), 1);
    ck_assert_int_eq(activity("Those who bank online number 40 million.", "online"), 1);
    ck_assert_int_eq(activity("Some 300 million paid online last year.", "online"), 1);
    ck_assert_int_eq(activity("Individuals who purchased online: 52.6%.", "online"), 1);
    ck_assert_int_eq(activity("Most are shopping online.", "online"), 1);
    ck_assert_int_eq(activity("Half were trading online.", "online"), 1);
    /* being online is no activity of its own */
    ck_assert_int_eq(activity("5.4 billion people were online in 2023.", "online"), 0);
    ck_assert_int_eq(activity("Some 250 million went online for the first time.", "online"), 0);
    ck_assert_int_eq(activity("37% of Africans are online.", "online"), 0);
    ck_assert_int_eq(activity("Those who stay online grew.", "online"), 0);
    ck_assert_int_eq(activity("Some 2 billion people online.", "online"), 0);
    /* (a word that only begins like one: "spread", "bookish") */
    ck_assert_int_eq(activity("Rumours spread online.", "online"), 0);
    /* (a cue of two words names its own thing) */
    ck_assert_int_eq(activity("Those who shop use the internet.", "the internet"), 0);
}
END_TEST

START_TEST(a_cue_on_some_of_a_set_should_not_name_the_set)
{
    const char *s = "We operated facilities in 24 countries, most of which participate in the Belt and Road Initiative.";
    ck_assert_int_eq(in_part(s, "24", "Belt and Road"), 1);
    s = "It found surveillance technology in 63 countries, 36 of which had also signed on to the BRI.";
    ck_assert_int_eq(in_part(s, "63", "BRI"), 1);
    ck_assert_int_eq(in_part(s, "36", "BRI"), 1);
    ck_assert_int_eq(in_part("It had 900 million users, of whom most were online via phones.", "900 million", "online"), 1);
    /* the set itself named so */
    ck_assert_int_eq(in_part("150 countries have joined the Belt and Road Initiative, of which 52 are in Africa.",
                             "150", "Belt and Road"),
                     0);
    /* another part of the sentence, past a semicolon */
    ck_assert_int_eq(in_part("Huawei works in 170 countries, most of them poor; 30 countries joined the BRI.", "170",
                             "BRI"),
                     0);
    /* "of" that opens no such clause */
    ck_assert_int_eq(in_part("It has 60 countries of the BRI as partners.", "60", "BRI"), 0);
    ck_assert_int_eq(in_part("It operates in 40 countries, often with BRI loans.", "40", "BRI"), 0);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("measure");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, changes_and_additions_should_be_no_stock);
    tcase_add_test(tc, a_part_of_a_set_named_before_should_be_a_part);
    tcase_add_test(tc, a_cue_before_a_noun_should_name_the_noun);
    tcase_add_test(tc, a_share_should_say_what_whole_it_is_of);
    tcase_add_test(tc, a_cue_after_a_verb_of_an_activity_should_name_the_activity);
    tcase_add_test(tc, a_cue_on_some_of_a_set_should_not_name_the_set);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
