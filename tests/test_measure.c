/* test_measure.c — whether a figure is the quantity a metric measures
 * (measure.h). */
#include "measure.h"
#include "testutil.h"

#include <check.h>
#include <string.h>

/* The start of the first occurrence of fig in s. */
static size_t at(const char *s, const char *fig)
{
    return tu_at(s, fig);
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
    ck_assert_int_eq(moved("Cases of internet fraud were registered, +38% compared with 2024.", "38%"), 1);
    ck_assert_int_eq(moved("Users: 4.1 million (+12%).", "+12%"), 1);
    /* a level is none */
    ck_assert_int_eq(moved("China had signed MoUs with 30 countries.", "30"), 0);
    ck_assert_int_eq(moved("Penetration was 38% in 2025, against 31% (2020).", "31%"), 0);
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
    ck_assert_int_eq(part("Of this amount, K412.5 million will go to the institute.", "K412.5"), 1);
    /* (其中 opens a long list: its last item is a part all the same) */
    ck_assert_int_eq(part("我国已与30个国家签署备忘录，其中亚洲国家13个、非洲国家8个、欧洲国家6个、美洲国家2个、"
                          "大洋洲国家1个。", "1个"), 1);
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
    {
        const char *t = "Attackers exploited internet-facing devices; DSR-linked financing rose.";
        static char *const nouns[] = {"people", "users"};
        ck_assert_int_eq(measure_cue_opens_compound(t, strlen(t), at(t, "internet"), at(t, "internet") + 8, nouns, 2), 1);
        ck_assert_int_eq(measure_cue_opens_compound(t, strlen(t), at(t, "devices"), at(t, "devices") + 7, nouns, 2), 0);
        t = "Its internet-using population reached 221 million; internet-user numbers rose.";
        ck_assert_int_eq(measure_cue_opens_compound(t, strlen(t), at(t, "internet"), at(t, "internet") + 8, nouns, 2), 0);
        ck_assert_int_eq(measure_cue_opens_compound(t, strlen(t), at(t, "internet-user"), at(t, "internet-user") + 8,
                                                    nouns, 2), 0);
    }
    /* (wrapped prose: the noun on the next line) */
    ck_assert_int_eq(modifies("4,812 cases of internet\nfraud were registered, 38% more.", "internet"), 1);
    ck_assert_int_eq(modifies("Share of people online\n\nfraud cases fell.", "online"), 0);
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
    /* a share of a set by where its members live is no share of that place's people */
    ck_assert_int_eq(whole("仍有约26亿人未接入互联网，其中约三分之一生活在最不发达国家。", "三分之一"), MEASURE_OTHER);
    ck_assert_int_eq(whole("Some 2.6 billion are offline; a third live in least developed countries.", "a third"),
                     MEASURE_OTHER);
    /* a share in brackets after a count is a share of what it counts */
    ck_assert_int_eq(whole("In 29 of the 38 incidents (76%) access came through internet-facing devices.", "76%"),
                     MEASURE_OTHER);
    ck_assert_int_eq(whole("Some 4.1 million people (76%) used the internet.", "76%"), MEASURE_NO_WHOLE);
    /* the total of what was named, and a population the metrics count */
    ck_assert_int_eq(whole("Mobile users made up 99.7% of the total.", "99.7%"), MEASURE_OTHER);
    ck_assert_int_eq(whole("Some 37% of the total population was online.", "37%"), MEASURE_PEOPLE);
    ck_assert_int_eq(whole("Two-thirds of the offline population lives in Africa; 60% of the offline population is rural.",
                           "60%"), MEASURE_OTHER);
}
END_TEST

START_TEST(a_share_naming_no_whole_should_take_the_whole_it_is_compared_with)
{
    ck_assert_int_eq(whole("Purchases reached 26.08 percent of users, up from 21.80 percent in 2022.", "21.80 percent"),
                     MEASURE_OTHER);
    ck_assert_int_eq(whole("Social media was used by 86.07 percent of internet users, followed by entertainment "
                           "(80.41 percent).", "80.41 percent"), MEASURE_OTHER);
    ck_assert_int_eq(whole("In Africa 37% of people use it, compared with 67% globally.", "67%"), MEASURE_PEOPLE);
    /* (a share in brackets beside another's thing compares with it) */
    ck_assert_int_eq(whole("Social media reached 86.07 percent of internet users and entertainment (80.41 percent).",
                           "80.41 percent"), MEASURE_OTHER);
    ck_assert_int_eq(whole("网民使用手机上网的比例为99.9%；使用台式电脑、笔记本电脑上网的比例分别为33.9%和30.3%。",
                           "30.3%"), MEASURE_OTHER);
    /* (a Chinese sentence a ； cut: the clause before it all the same) */
    const char *zh = "网民使用手机上网的比例为99.9%；使用台式电脑上网的比例为33.9%。";
    size_t semi = at(zh, "使用台式");
    ck_assert_int_eq(measure_share_whole(zh, strlen(zh), semi, at(zh, "33.9%"), at(zh, "33.9%") + 5), MEASURE_OTHER);
    /* a share not compared with it keeps no whole: past a ';', or too
     * many words after it */
    ck_assert_int_eq(whole("Purchases reached 26 percent of users; penetration rose from 21 percent.", "21 percent"),
                     MEASURE_NO_WHOLE);
    ck_assert_int_eq(whole("Purchases reached 26 percent of users in the capital, which the survey team visited three "
                           "times over a long and difficult year of fieldwork, against 21 percent.", "21 percent"),
                     MEASURE_NO_WHOLE);
    ck_assert_int_eq(whole("Purchases reached 26 percent of users in the capital, against 21 percent.", "21 percent"),
                     MEASURE_OTHER);
    ck_assert_int_eq(whole("Some 26 percent of users shop online and the government says penetration is now 45 percent.",
                           "45 percent"), MEASURE_NO_WHOLE);
    ck_assert_int_eq(whole("Some 70% of the world's people have phones. Penetration stood at 40%.", "40%"),
                     MEASURE_NO_WHOLE);
}
END_TEST

START_TEST(a_population_should_be_no_count_of_its_users)
{
    const char *s = "Ethiopia had 20.9 million internet users, 16.9 percent of a population of some 129 million.";
    ck_assert_int_eq(measure_population_size(s, 0, at(s, "129 million")), 1);
    ck_assert_int_eq(measure_population_size(s, 0, at(s, "20.9 million")), 0);
    s = "Kenya's population was about 55 million.";
    ck_assert_int_eq(measure_population_size(s, 0, at(s, "55 million")), 1);
    s = "The offline population of 2.6 billion is mostly rural.";
    ck_assert_int_eq(measure_population_size(s, 0, at(s, "2.6 billion")), 0);
    /* a country's size in people is its population's */
    s = "The NTA counts 39.1 million data subscriptions in a country of about 29.2 million people.";
    ck_assert_int_eq(measure_population_size(s, 0, at(s, "29.2 million")), 1);
    ck_assert_int_eq(measure_population_size(s, 0, at(s, "39.1 million")), 0);
    s = "Users in the country rose to 23 million.";
    ck_assert_int_eq(measure_population_size(s, 0, at(s, "23 million")), 0);
}
END_TEST

static int many(const char *s, const char *cue)
{
    return measure_cue_names_many(s, strlen(s), at(s, cue), at(s, cue) + strlen(cue));
}

START_TEST(a_cue_in_the_plural_should_name_many_items)
{
    ck_assert_int_eq(many("Data centers and smart-city systems got $3.1 billion.", "Data centers"), 1);
    ck_assert_int_eq(many("Lenders put $1.1 billion into data-centre and e-government projects.", "data-centre"), 1);
    ck_assert_int_eq(many("Lenders put $1.1 billion into data centre projects.", "data centre"), 1);
    ck_assert_int_eq(many("The data centre cost $45 million.", "data centre"), 0);
    ck_assert_int_eq(many("The data centre costs $45 million.", "data centre"), 0);
    /* (two things, the one a proper name) */
    ck_assert_int_eq(many("Huawei builds the Konza Data Center and smart-city systems for $172 million.", "Data Center"),
                     0);
    ck_assert_int_eq(many("数据中心项目总投资约1.72亿美元。", "数据中心"), 0);
    /* (the plural noun on the next line of wrapped prose) */
    ck_assert_int_eq(many("We count 47 data-centre\n  projects in 23 countries.", "data-centre"), 1);
}
END_TEST

/* Significance stars mark a coefficient; one star alone is a footnote. */
START_TEST(a_starred_figure_should_be_a_coefficient)
{
    const char *s = "Completed project (t-3) 3.42*** 2.08*** 4.31*** 2.56**\nElectrification (%) 0.17*** 0.11** 0.13*\n";
    ck_assert_int_eq(measure_starred(s, strlen(s), at(s, "3.42") + 4), 1);
    ck_assert_int_eq(measure_starred(s, strlen(s), at(s, "2.56") + 4), 1);
    ck_assert_int_eq(measure_starred(s, strlen(s), at(s, "0.13") + 4), 1);
    s = "China invested US$79 billion* in such projects.\n* An estimate.\n";
    ck_assert_int_eq(measure_starred(s, strlen(s), at(s, "billion") + 7), 0);
    ck_assert_int_eq(measure_starred(s, strlen(s), at(s, "US$79") + 5), 0);
}
END_TEST

/* An average over many items prices one of them, as "each" does. */
START_TEST(an_average_should_price_one_of_many_items)
{
    const char *s = "We count 47 data-centre projects, with an average ticket of about US$310m.";
    ck_assert_int_eq(measure_average(s, 0, at(s, "US$310m")), 1);
    s = "Sites had a mean cost of $12 million.";
    ck_assert_int_eq(measure_average(s, 0, at(s, "$12")), 1);
    s = "Lenders put $1.1 billion into data centre projects.";
    ck_assert_int_eq(measure_average(s, 0, at(s, "$1.1")), 0);
    /* (not before the sentence) */
    s = "The average rose. Lenders put $1.1 billion into them.";
    ck_assert_int_eq(measure_average(s, at(s, "Lenders"), at(s, "$1.1")), 0);
}
END_TEST

static int goes_on(const char *s, const char *clause)
{
    return measure_clause_goes_on(s, strlen(s), at(s, clause));
}

START_TEST(a_clause_comparing_should_go_on_with_the_one_before)
{
    const char *s = "The share of households online rose to 87.1 percent, compared with 86.5 percent a year earlier.";
    ck_assert_int_eq(goes_on(s, " compared"), 1);
    ck_assert_int_eq(goes_on("Payments hit $1.1 billion, reversing a dip to $567 million.", " reversing"), 1);
    ck_assert_int_eq(goes_on("Users rose to 5 million, and up from 4 million in 2020.", " and up"), 1);
    ck_assert_int_eq(goes_on("38% of households lost money, ranging from 24% in Senegal to 51%.", " ranging"), 1);
    ck_assert_int_eq(goes_on("Africa stood at 37%, while Europe stood at 91%.", " while"), 0);
    ck_assert_int_eq(goes_on("Households rose to 87%, and 70% of people use it.", " and 70%"), 0);
}
END_TEST

static int predicate(const char *s, const char *clause)
{
    return measure_clause_predicate(s, strlen(s), at(s, clause));
}

START_TEST(a_clause_opening_with_its_verb_should_be_the_predicate_of_the_subject_before)
{
    const char *s = "The usage gap, people covered by a network but not using it, stands at 60 per cent.";
    ck_assert_int_eq(predicate(s, " stands"), 1);
    ck_assert_int_eq(predicate("Broadband penetration, the regulator's measure, stood at 48.8%.", " stood"), 1);
    ck_assert_int_eq(predicate("The gap, that is, people covered, therefore stands at 2.2 billion.", " therefore"), 1);
    /* a clause with its own subject is none */
    ck_assert_int_eq(predicate("Coverage rose, and 60 per cent of people use it.", " and 60"), 0);
    ck_assert_int_eq(predicate("In Kenya, 40 per cent use the internet.", " 40"), 0);
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
    /* (the figure's own "of which" makes it the part the cue speaks of) */
    ck_assert_int_eq(in_part(s, "36", "BRI"), 0);
    ck_assert_int_eq(in_part("It had 900 million users, of whom most were online via phones.", "900 million", "online"), 1);
    /* what the figure's whole includes */
    s = "Component 3: Digital Public Infrastructure (US$14.0 million) includes construction of a Tier III data centre.";
    ck_assert_int_eq(in_part(s, "US$14.0 million", "data centre"), 1);
    /* "including" opening another clause than the cue's */
    s = "A USD150 million loan, including a three-year grace period, supports a data centre campus.";
    ck_assert_int_eq(in_part(s, "USD150 million", "data centre"), 0);
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
    tcase_add_test(tc, a_share_naming_no_whole_should_take_the_whole_it_is_compared_with);
    tcase_add_test(tc, a_population_should_be_no_count_of_its_users);
    tcase_add_test(tc, a_cue_in_the_plural_should_name_many_items);
    tcase_add_test(tc, a_clause_comparing_should_go_on_with_the_one_before);
    tcase_add_test(tc, a_cue_after_a_verb_of_an_activity_should_name_the_activity);
    tcase_add_test(tc, a_cue_on_some_of_a_set_should_not_name_the_set);
    tcase_add_test(tc, a_clause_opening_with_its_verb_should_be_the_predicate_of_the_subject_before);
    tcase_add_test(tc, an_average_should_price_one_of_many_items);
    tcase_add_test(tc, a_starred_figure_should_be_a_coefficient);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run_suite(suite());
}
