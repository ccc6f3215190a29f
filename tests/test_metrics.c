/* test_metrics.c — data/metrics.csv loads; claims get metric, scope, year
 * and source from cues in their sentence. */
#include "credit.h"
#include "extract.h"
#include "metrics.h"
#include "score.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Metrics *M;

static void load_data(void)
{
    Diag d = {0};
    int rc = metrics_load("data/metrics.csv", &M, &d);
    if (rc != 0)
        fprintf(stderr, "%s:%ld: %s\n", d.file, d.line, d.msg);
    ck_assert_int_eq(rc, 0);
}

static void unload(void)
{
    metrics_free(M);
    M = NULL;
}

/* Classify the first occurrence of span in sentence s, with unit. */
typedef struct Got {
    char metric[64], scope[64], source[128], unit[64];
    int year;
} Got;

static Got classify(const char *s, const char *span, const char *unit)
{
    Claim c = tu_claim_at(s, span);
    snprintf(c.unit, sizeof c.unit, "%s", unit);
    c.value = strtod(span + strcspn(span, "0123456789"), NULL);   /* the leading figure */
    metrics_classify(M, &c, s, strlen(s), 0, strlen(s));
    Got g;
    snprintf(g.metric, sizeof g.metric, "%s", c.metric);
    snprintf(g.scope, sizeof g.scope, "%s", c.scope);
    snprintf(g.source, sizeof g.source, "%s", c.source);
    snprintf(g.unit, sizeof g.unit, "%s", c.unit);
    g.year = c.year;
    claim_fini(&c);
    return g;
}

#define EXPECT(s, span, unit, metric_, scope_, year_, source_)                                    \
    do {                                                                                          \
        Got g_ = classify(s, span, unit);                                                         \
        ck_assert_msg(strcmp(g_.metric, metric_) == 0, "%s: metric '%s', want '%s'", span,       \
                      g_.metric, metric_);                                                        \
        ck_assert_msg(strcmp(g_.scope, scope_) == 0, "%s: scope '%s', want '%s'", span, g_.scope, \
                      scope_);                                                                    \
        ck_assert_msg(g_.year == year_, "%s: year %d, want %d", span, g_.year, year_);           \
        ck_assert_msg(strcmp(g_.source, source_) == 0, "%s: source '%s', want '%s'", span,       \
                      g_.source, source_);                                                        \
    } while (0)

START_TEST(data_file_should_hold_every_gold_metric_with_unit_and_label)
{
    static const char *const ids[][2] = {
        {"dsr_investment", "USD"}, {"dsr_project_countries", "countries"},
        {"dsr_mou_countries", "countries"}, {"ecommerce_mou_countries", "countries"},
        {"digital_investment_mou_countries", "countries"}, {"internet_users", "people"},
        {"internet_penetration", "%"}, {"offline_population", "people"},
        {"cybercrime_cost", "USD/year"}, {"data_center_cost", "USD"},
        {"broadband_people_connected", "people"}, {"broadband_households_connected", "households"},
        {"maritime_trade_share", "%"}, {"value_chain_improvement", "%"}};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        ck_assert_msg(metrics_unit(M, ids[i][0]) != NULL, "%s missing", ids[i][0]);
        ck_assert_str_eq(metrics_unit(M, ids[i][0]), ids[i][1]);
        ck_assert(strlen(metrics_label(M, ids[i][0])) > 3);
    }
    ck_assert_ptr_null(metrics_unit(M, "no_such_metric"));
    ck_assert_uint_ge(metrics_count(M), 14);
    ck_assert_str_eq(metrics_id(M, 0), "dsr_mou_countries");
    ck_assert_ptr_null(metrics_id(M, metrics_count(M)));
    ck_assert_str_eq(metrics_label(M, "internet_users"), "Internet users");
}
END_TEST

START_TEST(nearest_cue_in_the_clause_should_pick_the_metric)
{
    const char *s = "By the end of 2022, China had signed memorandums of understanding (MoUs) on "
                    "building the Digital Silk Road with 17 countries, MoUs on e-commerce "
                    "cooperation with 30 countries, and MoUs on closer investment cooperation in "
                    "the digital economy with 18 countries and regions.";
    EXPECT(s, "17", "countries", "dsr_mou_countries", "", 2022, "");
    EXPECT(s, "30", "countries", "ecommerce_mou_countries", "", 2022, "");
    EXPECT(s, "18", "countries and regions", "digital_investment_mou_countries", "", 2022, "");
    const char *t = "China is engaged in digital infrastructure projects in approximately 80 "
                    "countries and has invested $79 billion in DSR projects globally, setting the "
                    "stage for it to further its own standards in these countries.";
    EXPECT(t, "80", "countries", "dsr_project_countries", "global", 0, "");
    EXPECT(t, "$79 billion", "USD", "dsr_investment", "global", 0, "");
}
END_TEST

/* The metric alone of span in s, with unit. */
#define METRIC(s, span, unit, metric_)                                                               \
    do {                                                                                              \
        Got g_ = classify(s, span, unit);                                                             \
        ck_assert_msg(strcmp(g_.metric, metric_) == 0, "%s: metric '%s', want '%s'", span, g_.metric, \
                      metric_);                                                                       \
    } while (0)

/* A figure must be the metric's quantity, not merely share a sentence
 * with its cues (measure.h; metrics.csv natures and forbids). */
START_TEST(a_figure_should_take_a_metric_only_when_it_is_its_quantity)
{
    /* a change or an addition is no stock */
    METRIC("The number of internet users grew by 1.6 million people in 2023.", "1.6 million", "people", "");
    METRIC("In 2023 five more partners joined: 5 new countries signed e-commerce cooperation MoUs.", "5",
           "countries", "");
    METRIC("China had 1.09 billion internet users in 2023.", "1.09 billion", "people", "internet_users");
    /* a part of a set named before is no count of the set; a part named
     * by a pronoun ("36 of which") whose own words name a metric of
     * countries counts what they name (measure_part_pronoun) */
    METRIC("Chinese firms sold surveillance systems to 63 countries, 36 of which signed Digital Silk Road MoUs.",
           "36", "countries", "dsr_mou_countries");
    METRIC("Chinese firms sold surveillance systems to 63 countries, 36 of which signed Digital Silk Road MoUs.",
           "63", "countries", "");
    /* a cue word before another noun names that noun */
    METRIC("At least 120,000 people in the region may be held in online scam operations.", "120,000", "people",
           "");
    METRIC("Some 5.4 billion people were online in 2023.", "5.4 billion", "people", "internet_users");
    /* a share of users, or of households, is no share of a population */
    METRIC("Use of the internet for shopping reached 26 percent of users in 2023.", "26 percent", "%", "");
    METRIC("The share of households with internet access rose to 87 percent.", "87 percent", "%", "");
    METRIC("About 37 percent of Africans used the internet in 2023.", "37 percent", "%", "internet_penetration");
    /* a body other than China investing is no Chinese DSR investment */
    METRIC("The US Development Finance Corporation committed $300 million to digital infrastructure projects.",
           "$300 million", "USD", "");
    METRIC("Chinese banks committed $300 million to digital infrastructure projects.", "$300 million", "USD",
           "dsr_investment");
    /* what a data centre saves or earns a year is not what it cost */
    METRIC("The new data centre will save the ministry about $20 million a year.", "$20 million", "USD", "");
    METRIC("The new data centre cost about $20 million.", "$20 million", "USD", "data_center_cost");
    /* people who did not use the internet are offline, not its users */
    METRIC("The remaining 24 million persons did not use the internet in 2024.", "24 million", "persons",
           "offline_population");
    /* a share using mobile internet is internet use (marked as its part:
     * aspect.h); a gap between groups, or coverage, is no such share */
    METRIC("The share of Zambians using mobile internet stood at an estimated 57.8% in 2024.", "57.8%", "%",
           "internet_penetration");
    METRIC("The gender gap in mobile internet use remains among the widest at 38 percent.", "38 percent", "%", "");
    METRIC("Mobile broadband reaches 94 per cent of the population.", "94 per cent", "%", "");
    METRIC("Close to 850 million people in the region remain unconnected to mobile internet.", "850 million",
           "people", "offline_population");
    /* a people by its name is a population; a forbid in a contrast after
     * the figure speaks of something else */
    METRIC("Yet the GSMA says only about 29 percent of Pakistanis use mobile internet.", "29 percent", "%",
           "internet_penetration");
    METRIC("Internet penetration rose to 15% in 2017 while prices remained among the highest in the region.",
           "15%", "%", "internet_penetration");
    METRIC("Internet penetration rose to 15% in 2017 and prices remained among the highest in the region.",
           "15%", "%", "");
    /* people living within reach of a network are no programme's connections */
    METRIC("Around 1.9 billion people live within reach of a mobile broadband network but do not use the "
           "Internet.", "1.9 billion", "people", "");
    /* people a programme helped connect are its connections, not internet users */
    METRIC("Since 2022 the programme has helped connect almost 2.2 million people to affordable internet.",
           "2.2 million", "people", "broadband_people_connected");
    METRIC("The FCDO's Digital Access Programme had connected 2.1 million people to affordable internet.",
           "2.1 million", "people", "broadband_people_connected");
    METRIC("Although 109,000 households were connected, penetration reached only 24.4%.", "109,000", "households",
           "broadband_households_connected");
    /* people who are connected are online */
    METRIC("About 2.6 billion people remain offline, and in the least developed countries fewer than 40 percent "
           "of people are connected.", "40 percent", "%", "internet_penetration");
    /* money lost to online scams is cybercrime's cost */
    METRIC("Online scams alone cost Cambodian households an estimated 45 million dollars last year.",
           "45 million dollars", "USD", "cybercrime_cost");
    /* government services online, people who are not online: no share online */
    METRIC("The plan would raise the share of government services available online to 60 percent.",
           "60 percent", "%", "");
    METRIC("In LDCs nearly 2 in 3 people aren't online.", "2 in 3", "%", "");
    /* a word after a cue that opens a phrase of its own is no noun the cue names */
    METRIC("2.6 billion people remain offline according to the ITU.", "2.6 billion", "people",
           "offline_population");
    /* a company's own operations are no count of China's DSR countries */
    METRIC("The company operated data centres in 14 countries.", "14", "countries", "");
}
END_TEST

/* What the figure itself is: a sum over many items, a loan's instrument,
 * an average, a population, a share of another whole (measure.h; the
 * forbids and cues of metrics.csv). */
START_TEST(a_figure_should_be_the_quantity_its_own_words_name)
{
    /* a kind of item in the plural prices none of them */
    METRIC("Cables took the largest share, $7.3 billion, followed by data centers and smart-city systems "
           "($3.1 billion).", "$3.1 billion", "USD", "");
    METRIC("Chinese lenders committed US$1.1 billion to data-centre and e-government projects.", "US$1.1 billion",
           "USD", "");
    /* an item's cue before a noun of another thing names that thing */
    METRIC("BII committed £35 million to a new subsea cable and data centre platform serving 12 countries.",
           "£35 million", "GBP", "");
    METRIC("Orders for data centre solutions reached US$1.7 billion.", "US$1.7 billion", "USD", "");
    METRIC("The data centre project cost US$48 million.", "US$48 million", "USD", "data_center_cost");
    /* unless the figure is each one's price */
    METRIC("Government data centres were financed in Laos and Cambodia through loans of US$30 million each.",
           "US$30 million", "USD", "data_center_cost");
    METRIC("Huawei is building the Konza Data Center and smart-city systems under a contract worth $172 million.",
           "$172 million", "USD", "data_center_cost");
    /* a part of the price named before, a buyer's credit, what a centre earns */
    METRIC("The contract price of the data centre was US$115.3 million, of which US$98.0 million was lent.",
           "US$98.0 million", "USD", "");
    METRIC("China Eximbank signed a KES 17.5 billion preferential buyer's credit for the National Data Centre.",
           "KES 17.5 billion", "KES", "");
    METRIC("A data centre generates cash flow of US$18 million in its third year.", "US$18 million", "USD", "");
    METRIC("The operator's capital expenditure on its data centre reached US$310 million.", "US$310 million", "USD",
           "");
    /* an average per report is no yearly cost of cybercrime */
    METRIC("The average cost of cybercrime per report was A$49,600.", "A$49,600", "AUD", "");
    METRIC("A sample was posted on a cybercrime forum with a ransom demand of USD 2.5 million.", "USD 2.5 million",
           "USD", "");
    /* a population's size is no count of its users */
    METRIC("Ethiopia had 20.9 million internet users, 16.9 percent of a population of some 129 million.",
           "129 million", "people", "");
    METRIC("Ethiopia had 20.9 million internet users, 16.9 percent of a population of some 129 million.",
           "20.9 million", "people", "internet_users");
    /* a share of another whole, or of what a clause before names */
    METRIC("Approximately 99% of intercontinental data traffic travels by cable, and more than 80% of global trade "
           "by volume moves by sea.", "99%", "%", "");
    METRIC("Approximately 99% of intercontinental data traffic travels by cable, and more than 80% of global trade "
           "by volume moves by sea.", "80%", "%", "maritime_trade_share");
    METRIC("The share of households with internet access rose to 87.09 percent, compared with 86.54 percent a year "
           "earlier.", "86.54 percent", "%", "");
    METRIC("Internet use reached 86.07 percent of internet users, up from 80.41 percent.", "80.41 percent", "%", "");
    METRIC("The share of Zambians using the internet stood at 57.8%, while smartphone ownership was about 38%.", "38%",
           "%", "");
    METRIC("The share of Zambians using the internet stood at 57.8%, while smartphone ownership was about 38%.",
           "57.8%", "%", "internet_penetration");
    METRIC("Mobile users made up 99.7% of the total internet users.", "99.7%", "%", "");
    /* a clause going on with the one before, past its attribution, has its forbids */
    METRIC("Globally, ransomware payments reached a record US$1.1 billion in 2023, according to Chainalysis, "
           "reversing a dip to US$567 million in 2022.", "US$567 million", "USD", "");
    METRIC("Globally, cybercrime cost US$8 trillion in 2023, according to Cybersecurity Ventures, rising to "
           "US$10.5 trillion by 2025.", "US$10.5 trillion", "USD", "cybercrime_cost");
    /* a share of users among a people is its penetration */
    METRIC("The share of internet users among urban residents was 94.1%.", "94.1%", "%", "internet_penetration");
    /* the digital part of the Belt and Road is the Digital Silk Road */
    METRIC("Chinese sources place investment in the digital components of the Belt and Road Initiative at more than "
           "US$200 billion.", "US$200 billion", "USD", "dsr_investment");
    /* deals tallied are money put in; a BRI figure of its digital part is
     * no figure of the BRI as a whole */
    METRIC("RWR Advisory Group has tallied around US$79 billion in Chinese DSR-related deals.", "US$79 billion",
           "USD", "dsr_investment");
    METRIC("Chinese digital investment across BRI countries reached $32 billion.", "$32 billion", "USD", "");
    /* a bilateral mechanism is an agreement */
    METRIC("China had set up bilateral mechanisms for digital-economy investment cooperation with 18 countries and "
           "regions, and helped build 34 cross-border land cables.", "18", "countries",
           "digital_investment_mou_countries");
    /* a cable's landing countries, a satellite system's users are no DSR project countries */
    METRIC("The Digital Silk Road cable system lands at 12 points in nine countries.", "nine", "countries", "");
    METRIC("Chinese firms built cables for the Digital Silk Road, and the BeiDou system provides services to more "
           "than 120 countries.", "120", "countries", "");
    METRIC("Chinese firms built Digital Silk Road cable projects in 30 countries.", "30", "countries",
           "dsr_project_countries");
    /* subscribers of a national network are no programme's connections */
    METRIC("Fixed broadband access users totalled 636 million.", "636 million", "people", "");
}
END_TEST

START_TEST(unit_should_decide_between_metrics_sharing_cues)
{
    const char *s = "According to ITU estimates, by 2023, 5.4 billion people, or about 67% of the "
                    "global population, were connected to the internet.";
    EXPECT(s, "5.4 billion", "people", "internet_users", "global", 2023, "ITU");
    EXPECT(s, "67%", "%", "internet_penetration", "global", 2023, "ITU");
    const char *t = "In Africa alone, Chinese firms and partnerships have helped connect hundreds of "
                    "millions of Africans to broadband networks, with some estimates reaching close "
                    "to 6 million households and more than 900 million people.";
    EXPECT(t, "6 million", "households", "broadband_households_connected", "africa", 0, "");
    EXPECT(t, "900 million", "people", "broadband_people_connected", "africa", 0, "");
}
END_TEST

START_TEST(offline_cues_should_beat_the_internet_words_inside_them)
{
    const char *s = "In 2023, the World Bank reported that more than 2.6 billion people worldwide "
                    "still lack internet access, with the majority residing in South Asia and "
                    "Sub-Saharan Africa.";
    EXPECT(s, "2.6 billion", "people", "offline_population", "global", 2023, "World Bank");
    EXPECT("Some 2.6 billion people remain offline, the ITU said.", "2.6 billion", "people",
           "offline_population", "", 0, "ITU");
    EXPECT("A third of the world, 33%, is still offline.", "33%", "%", "offline_share", "global",
           0, "");
}
END_TEST

START_TEST(source_should_need_a_word_that_credits_it)
{
    const char *s = "The U.N. Office on Drugs and Crime reports that cybercrime now costs the "
                    "global economy more than $6 trillion annually.";
    EXPECT(s, "$6 trillion", "USD/year", "cybercrime_cost", "global", 0, "UNODC");
    /* Named, not credited. */
    EXPECT("China joined the World Bank while 40% of people were online.", "40%", "%",
           "internet_penetration", "", 0, "");
    EXPECT("Cybercrime cost $1.5 trillion in 2018 (World Bank estimates).", "$1.5 trillion", "USD",
           "cybercrime_cost", "", 2018, "World Bank");
    /* "projects" and "data" are nouns here, not credits. */
    EXPECT("Huawei projects in Kenya include a $175 million data centre.", "$175 million", "USD",
           "data_center_cost", "kenya", 0, "");
    EXPECT("The $60 million Huawei data centre opened.", "$60 million", "USD", "data_center_cost",
           "", 0, "");
    /* A share of traffic is not a share of people online. */
    EXPECT("China carries 20% of global internet traffic.", "20%", "%", "", "global", 0, "");
    /* a study that draws on a body's data credits it */
    EXPECT("We draw on AidData's dataset, which lists 312 projects.", "312", "projects", "", "", 0, "AidData");
    /* commitments to the DSR are money put into it */
    EXPECT("Chinese firms made DSR commitments of $79 billion.", "$79 billion", "USD", "dsr_investment", "", 0, "");
}
END_TEST

START_TEST(a_body_not_in_the_table_should_be_named_from_the_text)
{
    EXPECT("M-Pesa processed KES 35.8 trillion in 2023, according to the Central Bank of Kenya.",
           "KES 35.8 trillion", "KES", "", "kenya", 2023, "Central Bank of Kenya");
    EXPECT("Penetration rose to 45.5% at the end of 2023, the Nigerian Communications Commission "
           "said.", "45.5%", "%", "internet_penetration", "nigeria", 2023,
           "Nigerian Communications Commission");
    /* a capitalised word opening the sentence is not a body */
    EXPECT("Officials said 40 countries joined.", "40", "countries", "", "", 0, "");
    /* a known body wins over a name found in the text */
    EXPECT("According to Acme Research, 21 countries, ITU data show, were online.", "21",
           "countries", "", "", 0, "ITU");
}
END_TEST

START_TEST(scope_should_prefer_the_longest_and_nearest_place)
{
    EXPECT("Huawei is building a $79-million data center in Senegal that will host data.",
           "$79-million", "USD", "data_center_cost", "senegal", 0, "");
    EXPECT("South Africa had 42 million internet users in 2022.", "42 million", "people",
           "internet_users", "south africa", 2022, "");
    /* China is mostly the actor; its home market places a figure there */
    EXPECT("China's cloud computing market expanded 36% in 2023.", "36%", "%", "", "china", 2023, "");
    EXPECT("China's cloud providers hold 10-15% of Indonesia's cloud market.", "10-15%", "%", "", "indonesia", 0,
           "");
    EXPECT("However, connectivity remains highly unequal, with less than 40% of people online in "
           "the least developed countries.", "40%", "%", "internet_penetration", "ldc", 0, "");
    /* the United Nations' other groups and the World Bank's income groups
     * are places of their own, written as the gold writes them */
    EXPECT("In landlocked developing countries the share is 41 per cent.", "41 per cent", "%", "", "lldc", 0, "");
    EXPECT("In small island developing States it is 60 per cent.", "60 per cent", "%", "", "sids", 0, "");
    EXPECT("In low-income economies the basket costs 5.4 per cent of GNI per capita.", "5.4 per cent", "%", "",
           "low-income", 0, "");
    /* IDC's Asia/Pacific is the Asia-Pacific, not the Pacific */
    EXPECT("Spending on public cloud services in Asia/Pacific will reach $278.1 billion.", "$278.1 billion", "USD",
           "", "asia-pacific", 0, "");
    /* (the World Bank's money is no Chinese DSR investment: no metric) */
    EXPECT("The World Bank lent US$2 billion for digital infrastructure in Kenya.", "US$2 billion",
           "USD", "", "kenya", 0, "");
    EXPECT("In the maritime sector, which accounts for approximately 80% of global trade by "
           "volume, China is involved in standards.", "80%", "%", "maritime_trade_share", "global",
           0, "");
}
END_TEST

START_TEST(year_should_be_the_one_governing_the_figure)
{
    /* A year dating an event is not the figure's year. */
    EXPECT("Launched in 2015, the DSR has drawn $79 billion of Chinese investment.", "$79 billion",
           "USD", "dsr_investment", "", 0, "");
    /* A year before the figure in another clause wins over one after it. */
    EXPECT("By 2020, China had invested $79 billion in DSR projects, up from $20 billion in 2016.",
           "$79 billion", "USD", "dsr_investment", "", 2020, "");
    EXPECT("The ITU estimated that 2.6 billion people, a third of humanity, remained offline in "
           "2024.", "2.6 billion", "people", "offline_population", "global", 2024, "ITU");
    EXPECT("As of 2021, 4.9 billion people used the internet.", "4.9 billion", "people",
           "internet_users", "", 2021, "");
    EXPECT("The 2023 Digital Report says 5.3 billion people use the internet.", "5.3 billion",
           "people", "internet_users", "", 0, "Digital Report");
    /* a study or deal dated in passing dates what it found or did ("a 2021
     * audit", "under a 2014 contract"); a publication's name does not */
    EXPECT("A 2021 audit found that more than 70% of the cameras were not working.", "70%", "%", "", "", 2021,
           "");
}
END_TEST

START_TEST(a_share_above_the_whole_should_not_be_a_share_of_people)
{
    /* 128.3 SIM cards per 100 people is a penetration, but no share of
     * people online: a part of a whole is at most 100% */
    const char *s = "Mobile penetration reached 128.3 per cent, while internet penetration reached "
                    "41.2 per cent of the population.";
    EXPECT(s, "128.3 per cent", "%", "", "", 0, "");
    EXPECT(s, "41.2 per cent", "%", "internet_penetration", "", 0, "");
}
END_TEST

START_TEST(a_figure_stated_as_a_change_should_not_be_a_share)
{
    /* how much a quantity moved is no share of people online; "made up"
     * states a share, not a move */
    struct {
        const char *s, *span, *metric;
    } cases[] = {
        {"Internet subscriptions grew by 3.4 per cent in 2023.", "3.4 per cent", ""},
        {"Internet traffic reached 301.5 billion GB, up 15.2% on the year.", "15.2%", ""},
        {"Internet users: an increase of nearly 45 per cent since 2018.", "45 per cent", ""},
        {"Internet subscriptions fell by about 2 per cent.", "2 per cent", ""},
        {"Mobile internet traffic per user was 16.85 GB, 13.8% higher than in 2022.", "13.8%", ""},
        {"Internet users grew at a 12% year-on-year pace.", "12%", ""},
        {"移动互联网用户接入流量168.5亿GB，比上年增长15.2%。", "15.2%", ""},
        {"Internet users made up 61 percent of the population.", "61 percent", "internet_penetration"},
        {"Internet penetration rose to 45.7 per cent.", "45.7 per cent", "internet_penetration"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Got g = classify(cases[i].s, cases[i].span, "%");
        ck_assert_msg(!strcmp(g.metric, cases[i].metric), "%s: metric '%s', want '%s'", cases[i].s, g.metric,
                      cases[i].metric);
    }
}
END_TEST

START_TEST(a_second_predicate_should_not_lend_its_topic_to_the_figure)
{
    /* "and promised to help build digital infrastructure" is a second
     * pledge: the yuan are financial support for Africa, not DSR money */
    const char *s = "Xi Jinping on Thursday pledged 360 billion yuan ($50.7 billion) in financial "
                    "support for Africa over the next three years and promised to help build "
                    "digital infrastructure across the continent.";
    EXPECT(s, "360 billion yuan", "CNY", "", "africa", 0, "Xi Jinping");
    EXPECT(s, "$50.7 billion", "USD", "", "africa", 0, "Xi Jinping");
    /* a cue before the figure still names it */
    const char *t = "China pledged $5 billion for digital infrastructure in Africa and agreed to "
                    "train 10,000 technicians.";
    EXPECT(t, "$5 billion", "USD", "dsr_investment", "africa", 0, "China");
    /* a second pledge of its own figure */
    METRIC("China pledged RMB 360 billion of financial support to Africa over three years, and promised 30 "
           "clean-energy and digital connectivity projects.", "RMB 360 billion", "CNY", "");
}
END_TEST

START_TEST(a_later_clause_with_its_own_figure_should_not_name_the_metric)
{
    /* "unconnected" is said of the 265 million: 66 per cent is the share
     * online the first clause names */
    const char *s = "Internet penetration in the region stood at 37 per cent in 2022, against a global "
                    "average of 66 per cent, and approximately 265 million people in the region remain "
                    "unconnected.";
    METRIC(s, "66 per cent", "%", "internet_penetration");
    METRIC(s, "265 million", "people", "offline_population");
    /* with nothing before it, the later clause still names it */
    METRIC("Kenya's Konza facility cost US$172 million, and Senegal's data centre cost US$70 million.",
           "US$172 million", "USD", "data_center_cost");
    /* a note's number glued to the full stop is no figure of the clause */
    METRIC("Online use is growing; an estimated 2.6 billion people, or 33 per cent of the global population, "
           "remain offline.1", "33 per cent", "%", "offline_share");
}
END_TEST

START_TEST(countries_of_digital_projects_should_be_dsr_project_countries)
{
    /* "digital projects" names the money's metric too: the count of
     * countries takes its own */
    METRIC("Chinese lenders have committed $79 billion to digital projects in roughly 80 countries since 2013.",
           "80", "countries", "dsr_project_countries");
    METRIC("PRC state-owned lenders committed $17,200,000,000 to information and communications technology "
           "projects in 84 low- and middle-income countries.", "84", "countries", "dsr_project_countries");
    /* (a sector named elsewhere in the sentence is no project's) */
    METRIC("AidData's count of 13,427 Chinese-financed projects worth $843 billion across 165 countries is used "
           "well: only 4% of that total went to ICT.", "165", "countries", "");
    /* safe-city sales, cables landing, goods shipped, countries without a
     * project: no count of DSR project countries */
    METRIC("China has exported \"safe city\" surveillance systems and digital projects to more than 80 countries.",
           "80", "countries", "");
    METRIC("Chinese state-backed companies had financed or built cables landing in at least 23 countries.", "23",
           "countries", "");
    METRIC("One supplier has shipped modular data centres to 60 countries.", "60", "countries", "");
    METRIC("Only 9 countries have no DSR-linked project at all.", "9", "countries", "");
}
END_TEST

START_TEST(a_sum_over_all_sectors_should_not_take_the_metric_of_its_part)
{
    /* the whole of Chinese lending is no DSR money; its telecom part is */
    const char *s = "Chinese lenders committed US$19.8 billion to Africa in 2013-22 across all sectors, of "
                    "which telecom projects took US$3.1 billion.";
    METRIC(s, "US$19.8 billion", "USD", "");
    METRIC(s, "US$3.1 billion", "USD", "dsr_investment");
    METRIC("Chinese lenders committed US$19.8 billion to Africa, of which telecom projects took a quarter.",
           "US$19.8 billion", "USD", "");
}
END_TEST

START_TEST(a_sum_held_back_should_not_be_money_put_into_projects)
{
    /* money frozen, suspended or withheld was not put in */
    const char *s = "Kenya's Treasury said last month that 11 of 26 Chinese-funded ICT projects approved "
                    "since 2015 had been delayed by more than 18 months, and that KES 4.6 billion in "
                    "disbursements remained frozen pending audits.";
    METRIC(s, "KES 4.6 billion", "KES", "");
    METRIC("Lenders suspended US$1.2 billion of DSR loans to Zambia in 2022.", "US$1.2 billion", "USD", "");
    /* (what was disbursed is) */
    METRIC("Chinese banks disbursed US$1.2 billion to ICT projects in Zambia in 2022.", "US$1.2 billion", "USD",
           "dsr_investment");
}
END_TEST

START_TEST(every_item_of_a_list_of_figures_should_heed_the_forbids_of_its_clause)
{
    /* households' access, not people's: none of the three items */
    const char *s = "Kuala Lumpur, Putrajaya and Selangor recorded the highest household internet access "
                    "at 99.6, 99.5 and 98.8 per cent respectively.";
    METRIC(s, "99.6", "%", "");
    METRIC(s, "99.5", "%", "");
    METRIC(s, "98.8 per cent", "%", "");
    /* (the same list of people's shares keeps its metric) */
    const char *t = "Kuala Lumpur, Putrajaya and Selangor recorded the highest internet penetration at "
                    "99.6, 99.5 and 98.8 per cent respectively.";
    METRIC(t, "99.5", "%", "internet_penetration");
    METRIC(t, "98.8 per cent", "%", "internet_penetration");
}
END_TEST

START_TEST(a_break_word_should_keep_place_and_teller_on_its_side)
{
    const char *s = "China Development Bank pledged RMB 50 billion for digital infrastructure in "
                    "2021, while the EU's Global Gateway promises €300bn by 2027.";
    /* (the body that pledges is credited with its pledge) */
    EXPECT(s, "RMB 50 billion", "CNY", "dsr_investment", "", 2021, "China Development Bank");
    /* the measure and the year carry across a contrast; the place does not */
    const char *t = "In Africa, only 38% of people used the internet in 2024, while Europe stood at "
                    "91%.";
    EXPECT(t, "38%", "%", "internet_penetration", "africa", 2024, "");
    EXPECT(t, "91%", "%", "internet_penetration", "europe", 2024, "");
    /* (a comparison keeps the place on its side, not the teller: the
     * figure it compares with is told by the same body, as the golds of
     * rounds two to eleven credit it) */
    EXPECT("ITU says 35% of people in LDCs were online, compared with 93 per cent in rich "
           "economies.", "93 per cent", "%", "internet_penetration", "", 0, "ITU");
}
END_TEST

START_TEST(a_count_without_its_noun_should_take_a_metric_cued_in_its_clause)
{
    EXPECT("- Individuals offline worldwide: 2.6 billion", "2.6 billion", "", "offline_population",
           "global", 0, "");
    EXPECT("The cable is offline, and 40 more are planned.", "40", "", "", "", 0, "");
}
END_TEST

START_TEST(claims_that_fit_no_metric_should_keep_it_empty)
{
    EXPECT("Two of the leading newspapers in the Seychelles featured the article.", "Two",
           "newspapers", "", "seychelles", 0, "");
    EXPECT("Value chains improved by 12 people.", "12", "people", "", "", 0, "");
    EXPECT("", "", "", "", "", 0, "");
}
END_TEST

START_TEST(a_claim_deep_in_dense_punctuation_should_still_be_classified)
{
    static char s[8192];
    size_t n = 0;
    for (int i = 0; i < 700; i++) /* 4 tokens in 5 bytes: > MAX_TOKS in the window */
        memcpy(s + n, ",,,, ", 5), n += 5;
    const char *mid = "some 2.6 billion people remain offline worldwide";
    memcpy(s + n, mid, strlen(mid));
    n += strlen(mid);
    for (int i = 0; i < 500; i++)
        s[n++] = ';', s[n++] = ' ';
    s[n] = '\0';
    EXPECT(s, "2.6 billion", "people", "offline_population", "global", 0, "");
}
END_TEST

START_TEST(a_place_naming_a_currency_should_not_be_the_scope)
{
    /* (the world names none) */
    EXPECT("Cybercrime costs the world $6 trillion annually.", "$6 trillion", "USD/year", "cybercrime_cost",
           "global", 0, "");
    EXPECT("China's digital economy reached 50.2 trillion yuan (about 6.9 trillion U.S. dollars) in 2022.",
           "50.2 trillion yuan", "CNY", "", "china", 2022, "");
    EXPECT("Tencent committed IDR 4.5 trillion (roughly US$290 million) to two zones near Jakarta.",
           "IDR 4.5 trillion", "IDR", "", "indonesia", 0, "");
}
END_TEST

START_TEST(a_body_in_brackets_after_the_figure_should_be_its_source)
{
    EXPECT("Mobile subscriptions: 190.2 million (BTRC, March 2024)", "190.2 million", "subscriptions", "", "",
           2024, "BTRC");
    EXPECT("Population: 241.5 million (UN, mid-2024)", "241.5 million", "people", "", "", 2024,
           "United Nations");
    /* labels, statistics and currencies in brackets credit nobody */
    EXPECT("The mean was 6.4 (SD = 3.9) projects.", "6.4", "projects", "", "", 0, "");
    EXPECT("ARPU was 1,870 (NGN) a month.", "1,870", "", "", "", 0, "");
    EXPECT("Sales reached 5 million (Figure 3).", "5 million", "", "", "", 0, "");
}
END_TEST

START_TEST(a_name_opening_the_sentence_or_far_after_the_cue_should_be_credited)
{
    EXPECT("Interpol estimates that cybercrime costs the region about US$30 billion annually.",
           "US$30 billion", "USD/year", "cybercrime_cost", "", 0, "Interpol");
    EXPECT("It reached 41.5 percent of GDP, according to a white paper released by the China Academy of "
           "Information and Communications Technology (CAICT).",
           "41.5 percent", "%", "", "", 0, "CAICT");
    EXPECT("Members trained some 2,000 officials, the Digital Cooperation Organization (DCO) said.", "2,000",
           "officials", "", "", 0, "Digital Cooperation Organization");
    /* a body the table knows is credited by its id */
    EXPECT("China trained some 2,000 officials, the Cyberspace Administration of China (CAC) said.", "2,000",
           "officials", "", "", 0, "CAC");
    EXPECT("Analysts said 40 countries joined.", "40", "countries", "", "", 0, "");
}
END_TEST

/* Chinese has no spaces between words: its cues match character by
 * character, wherever they stand ("截至2023年12月", "我国网民规模"). */
START_TEST(chinese_cues_should_match_without_spaces)
{
    EXPECT("截至2023年12月，我国网民规模达10.92亿人，互联网普及率达77.5%。", "10.92亿", "people",
           "internet_users", "china", 2023, "");
    EXPECT("截至2023年12月，我国网民规模达10.92亿人，互联网普及率达77.5%。", "77.5%", "%",
           "internet_penetration", "china", 2023, "");
    EXPECT("国际电信联盟（ITU）统计显示，2023年全球互联网用户约为54亿，约占全球人口的67%。", "54亿", "",
           "internet_users", "global", 2023, "ITU");
    EXPECT("据中国信息通信研究院测算，2022年我国数字经济规模达到50.2万亿元。", "50.2万亿元", "CNY", "", "china",
           2022, "CAICT");
    /* a count of countries is in no country */
    EXPECT("国家发展改革委有关负责人表示，我国已与30个国家签署双边电子商务合作备忘录。", "30", "countries",
           "ecommerce_mou_countries", "", 0, "NDRC");
    EXPECT("全球仍有约26亿人处于离线状态，非洲地区尤为突出。", "26亿", "people", "offline_population", "global", 0,
           "");
    /* the year a figure is compared with is not its year */
    EXPECT("截至2023年底，5G用户达8.05亿户，较2022年末提高13.3个百分点。", "13.3个百分点", "pp", "", "", 2023, "");
    /* 非网民 are not 网民 */
    EXPECT("截至2023年12月，我国非网民规模为3.17亿人。", "3.17亿", "people", "offline_population", "china", 2023,
           "");
    /* a partner is not the place: exports to ASEAN, to a list of countries */
    EXPECT("我国对东盟出口约占对伙伴国出口总额的一半。", "一半", "%", "", "china", 0, "");
    EXPECT("对美国、英国、德国跨境电商出口合计占出口总额的37.2%。", "37.2%", "%", "", "", 0, "");
    EXPECT("我们在肯尼亚建设的数据中心，带动当地就业1000人左右。", "1000", "people", "", "kenya", 0, "");
    /* the cost of a data-centre project, not a revenue line that names data centres */
    EXPECT("塞内加尔国家数据中心项目耗资7000万美元。", "7000万美元", "USD", "data_center_cost", "senegal", 0, "");
    EXPECT("全年完成互联网数据中心、云计算等新兴业务收入3564亿元。", "3564亿元", "CNY", "", "", 0, "");
    /* a body's name in a sentence that credits nobody is no source */
    EXPECT("中国信息通信研究院位于北京，2022年数字经济规模为50.2万亿元。", "50.2万亿元", "CNY", "", "", 2022, "");
    /* what Chinese says of its metrics: using the internet, its share of
     * the world, the unconnected; broadband connections; a data centre's
     * cost; Silk Road e-commerce partners; countries with DSR projects */
    EXPECT("2023年全球约有54亿人使用互联网，占世界人口的67%，但仍有约26亿人处于离线状态。", "67%", "%",
           "internet_penetration", "global", 2023, "");
    EXPECT("在最不发达国家，仅有35%的人口能够上网。", "35%", "%", "internet_penetration", "ldc", 0, "");
    EXPECT("非洲大陆仍有约6亿人没有接入互联网。", "6亿", "people", "offline_population", "africa", 0, "");
    EXPECT("帮助约600万户家庭实现宽带上网，服务超过9亿非洲民众。", "9亿", "people", "broadband_people_connected",
           "africa", 0, "");
    EXPECT("该数据中心及配套项目总投资约1.72亿美元。", "1.72亿美元", "USD", "data_center_cost", "", 0, "");
    EXPECT("“丝路电商”伙伴国已增至30个。", "30", "partner countries", "ecommerce_mou_countries", "", 0, "");
    EXPECT("预计到2025年，“数字丝绸之路”重点合作项目将覆盖80个以上国家。", "80", "countries", "dsr_project_countries",
           "", 2025, "");
    /* 数字基础设施项目 is the projects (a longer cue of dsr_investment hid
     * both words of the count's metric); a company's or a province's
     * footprint is not China's */
    EXPECT("中国企业已在约60个国家开展数字基础设施项目。", "60", "countries", "dsr_project_countries", "", 0, "");
    EXPECT("截至目前，公司已在海外12个国家实施数字基础设施项目。", "12", "countries", "", "", 0, "");
    /* a project with racks or a machine room is a data centre (机柜, 机架,
     * 机房): its cost is one data centre's */
    EXPECT("该项目合同金额约1.8亿美元，建成后可容纳机柜2000个。", "1.8亿美元", "USD", "data_center_cost", "", 0, "");
    /* the unconnected, as Chinese says it: 未联网, 没上网 (not internet users) */
    EXPECT("对于全球仍未联网的约24亿人，卫星是最现实的接入方式。", "24亿", "people", "offline_population", "global",
           0, "");
    EXPECT("国际电信联盟的数据是全球还有24亿人没上网，需求是实打实的。", "24亿", "people", "offline_population", "global",
           0, "ITU");
    /* one of several, singled out (其中一项), is one project: its cost is
     * an item's; a part of a whole (其中) is not */
    EXPECT("论坛期间签署12个项目，其中一项由浙江企业承建的泰国数据中心项目投资约3.2亿美元。", "3.2亿美元", "USD",
           "data_center_cost", "thailand", 0, "");
    /* Singapore's and Malaysia's press write 数码 for 数字 */
    EXPECT("据估计，中国在“数码丝绸之路”框架下的投资与贷款约为500亿美元。", "500亿美元", "USD", "dsr_investment", "", 0,
           "");
    /* what a cyber fraud or a technology crime costs is the cost of
     * cybercrime, yearly */
    EXPECT("有报告估计，网络诈骗每年给该地区造成约200亿美元的损失。", "200亿美元", "USD/year", "cybercrime_cost", "", 0,
           "");
    /* 欧盟 is the Union, 大洋洲 the continent with Australia; in English
     * too the EU is the Union, not the continent */
    EXPECT("欧盟对中国电动汽车加征最高35.3%的反补贴税。", "35.3%", "%", "", "european union", 0, "");
    EXPECT("大洋洲新签合同额7.0亿美元。", "7.0亿美元", "USD", "", "oceania", 0, "");
    EXPECT("The EU imposed duties of up to 35.3% on Chinese electric cars.", "35.3%", "%", "", "european union", 0, "");
}
END_TEST

START_TEST(a_month_or_quarter_before_the_year_should_give_the_year)
{
    EXPECT("By the end of September 2023, 18 countries had signed.", "18", "countries", "", "", 2023, "");
    EXPECT("ARPU was PKR 286 (Q4 2023).", "PKR 286", "PKR", "", "", 2023, "");
    EXPECT("Subscribers reached 1.04 billion at the start of 2024.", "1.04 billion", "subscribers", "", "",
           2024, "");
}
END_TEST

typedef struct Rows {
    Claim c[16];
    size_t n;
} Rows;

static int keep_row(const Claim *c, void *ctx)
{
    Rows *r = ctx;
    if (r->n < 16) {
        Claim *k = &r->c[r->n++];
        *k = *c;   /* the fields checked below are arrays, not pointers */
        k->text = k->sentence = NULL;
    }
    return 0;
}

START_TEST(a_fact_sheet_should_give_rows_the_place_and_metric_of_their_heading_and_the_source_of_their_note)
{
    const char *doc = "DIGITAL MARKETS SNAPSHOT\n"
                      "\n"
                      "PAKISTAN\n"
                      "--------\n"
                      "* Population: 241.5 million\n"
                      "* Internet penetration: 45.7%\n"
                      "Source: PTA; DataReportal, January 2024.\n"
                      "\n"
                      "KENYA\n"
                      "* Population: 55.1 million\n"
                      "\n"
                      "Internet use by country\n"
                      "Nigeria ........ 55.4%\n"
                      "\n"
                      "Regional picture\n"
                      "Growth reached 12% this year.\n";
    ExtractOptions o = {.metrics = M};
    Rows r = {.n = 0};
    Diag d = {0};
    ck_assert_int_eq(extract_document(&o, "sheet.txt", doc, strlen(doc), keep_row, &r, NULL, &d), 0);
    ck_assert_uint_eq(r.n, 5);
    const char *scope[] = {"pakistan", "pakistan", "kenya", "nigeria", ""};
    const char *source[] = {"DataReportal", "DataReportal", "", "", ""};
    /* a row takes the metric its table's heading names */
    const char *metric[] = {"", "internet_penetration", "", "internet_penetration", ""};
    for (size_t i = 0; i < r.n; i++) {
        ck_assert_msg(!strcmp(r.c[i].scope, scope[i]), "row %zu: scope '%s', want '%s'", i, r.c[i].scope,
                      scope[i]);
        ck_assert_msg(!strcmp(r.c[i].source, source[i]), "row %zu: source '%s', want '%s'", i,
                      r.c[i].source, source[i]);
        ck_assert_msg(!strcmp(r.c[i].metric, metric[i]), "row %zu: metric '%s', want '%s'", i,
                      r.c[i].metric, metric[i]);
    }
}
END_TEST

START_TEST(a_claim_of_a_metric_should_take_the_metric_unit)
{
    Got g = classify("China had 1.092 billion internet users by the end of 2023.", "1.092 billion", "users");
    ck_assert_str_eq(g.metric, "internet_users");
    ck_assert_str_eq(g.unit, "people");
    /* money of a metric of yearly flows is a year's flow, in its own
     * currency (FORMAT.md: "cybercrime cost $8 trillion in 2023") */
    g = classify("Cybercrime cost the world US$9.5 trillion in 2024.", "US$9.5 trillion", "USD");
    ck_assert_str_eq(g.metric, "cybercrime_cost");
    ck_assert_str_eq(g.unit, "USD/year");
    g = classify("Cyber-enabled fraud cost Zambian banks K120 million in 2023.", "K120 million", "ZMW");
    ck_assert_str_eq(g.metric, "cybercrime_cost");
    ck_assert_str_eq(g.unit, "ZMW/year");
    /* ransom payments are not the cost of cybercrime */
    g = classify("Ransomware payments reached US$1.1 billion in 2023.", "US$1.1 billion", "USD");
    ck_assert_str_eq(g.metric, "");
    ck_assert_str_eq(g.unit, "USD");
    /* nor is a ransom demand, nor a claim's size */
    g = classify("The records were posted on a cybercrime forum with a ransom demand of USD 2.5 million.",
                 "USD 2.5 million", "USD");
    ck_assert_str_eq(g.metric, "");
    ck_assert_str_eq(g.unit, "USD");
    g = classify("The average claim size after a ransomware attack was US$1.1 million.", "US$1.1 million", "USD");
    ck_assert_str_eq(g.metric, "");
}
END_TEST

START_TEST(a_numbered_section_should_give_its_place_to_its_figures)
{
    const char *doc = "2.1 Kenya. Crime in the covered areas fell by 46 percent.\n"
                      "\n"
                      "2.2 Pakistan. The system links 8,000 cameras.\n"
                      "\n"
                      "3. Methodology\n"
                      "We surveyed 1,204 officials.\n";
    ExtractOptions o = {.metrics = M};
    Rows r = {.n = 0};
    Diag d = {0};
    ck_assert_int_eq(extract_document(&o, "ngo.txt", doc, strlen(doc), keep_row, &r, NULL, &d), 0);
    ck_assert_uint_eq(r.n, 3);
    const char *scope[] = {"kenya", "pakistan", ""};
    for (size_t i = 0; i < r.n; i++)
        ck_assert_msg(!strcmp(r.c[i].scope, scope[i]), "row %zu: scope '%s', want '%s'", i, r.c[i].scope,
                      scope[i]);
}
END_TEST

START_TEST(an_annex_table_should_give_each_cell_its_column_unit_metric_year_and_source)
{
    const char *doc = "Table A.1  Internet use, selected economies, 2025\n"
                      "\n"
                      "Economy     Population (millions)   Internet users (%)   Subscriptions per 100 inhabitants\n"
                      "Pakistan           251.3                 33.4                  58.2\n"
                      "Bangladesh         173.6                 44.5a                 64.9\n"
                      "\n"
                      "a  ITU estimate.\n"
                      "Source: ITU, World Telecommunication/ICT Indicators Database.\n"
                      "\n"
                      "Indicator                                          Value   Year\n"
                      "Countries with DSR memoranda of understanding (number)   17   2023\n";
    ExtractOptions o = {.metrics = M};
    Rows r = {.n = 0};
    Diag d = {0};
    ck_assert_int_eq(extract_document(&o, "annex.txt", doc, strlen(doc), keep_row, &r, NULL, &d), 0);
    ck_assert_uint_eq(r.n, 7);
    const double value[] = {251.3e6, 33.4, 58.2, 173.6e6, 44.5, 64.9, 17};
    const char *unit[] = {"people", "%", "subscriptions per 100 inhabitants", "people", "%",
                          "subscriptions per 100 inhabitants", "countries"};
    const char *metric[] = {"", "internet_penetration", "", "", "internet_penetration", "", "dsr_mou_countries"};
    const int year[] = {2025, 2025, 2025, 2025, 2025, 2025, 2023};
    const char *source[] = {"ITU", "ITU", "ITU", "ITU", "ITU", "ITU", ""};
    for (size_t i = 0; i < r.n; i++) {
        ck_assert_msg(fabs(r.c[i].value - value[i]) < 1e-6 * value[i], "row %zu: value %g", i, r.c[i].value);
        ck_assert_msg(!strcmp(r.c[i].unit, unit[i]), "row %zu: unit '%s', want '%s'", i, r.c[i].unit, unit[i]);
        ck_assert_msg(!strcmp(r.c[i].metric, metric[i]), "row %zu: metric '%s', want '%s'", i, r.c[i].metric,
                      metric[i]);
        ck_assert_msg(r.c[i].year == year[i], "row %zu: year %d, want %d", i, r.c[i].year, year[i]);
        ck_assert_msg(!strcmp(r.c[i].source, source[i]), "row %zu: source '%s', want '%s'", i, r.c[i].source,
                      source[i]);
    }
}
END_TEST

START_TEST(random_text_and_spans_should_never_crash)
{
    static const char *const bits[] = {
        "In 2023, ", "the World Bank", " reported ", "Africa", "’s ", "—", " – ", ", ", "; ", ": ",
        "internet", "offline", "data centre", "DSR", "invest", "while ", "and ", "(2021)", "U.N.",
        "\xE2\x80", "\xFF", "\n", "  ", "5.4 billion", "%", "$", "mid-", "YEAR", "*", "|", "é",
        "话语权", "by the end of 2022", "South Africa", "World", " 1,234 ", "memoranda"};
    unsigned seed = 12345;
    char doc[4096];
    for (int round = 0; round < 3000; round++) {
        size_t n = 0;
        int parts = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 60;
        for (int k = 0; k < parts; k++) {
            const char *b = bits[((seed = seed * 1103515245u + 12345u) >> 16) % (sizeof bits / sizeof bits[0])];
            size_t l = strlen(b);
            if (n + l >= sizeof doc)
                break;
            memcpy(doc + n, b, l);
            n += l;
        }
        Claim c;
        claim_init(&c);
        size_t a = n ? ((seed = seed * 1103515245u + 12345u) >> 16) % (n + 2) : 0;
        size_t e = a + ((seed = seed * 1103515245u + 12345u) >> 16) % 12;
        c.start = a;
        c.end = e;
        static const char *const units[] = {"", "people", "%", "USD", "USD/year", "countries", "KES", "x"};
        snprintf(c.unit, sizeof c.unit, "%s", units[round % 8]);
        size_t ss = a > 40 ? a - 40 : 0, se = e + 40;
        metrics_classify(M, &c, doc, n, ss, se);
        ck_assert(strlen(c.metric) < sizeof c.metric && (c.year == 0 || (c.year >= 1900 && c.year <= 2100)));
        claim_fini(&c);
    }
}
END_TEST

/* ---- loading errors ---- */

static void expect_load_error(const char *csv, long line, const char *msg)
{
    Metrics *m = (Metrics *)1;
    Diag d = {0};
    ck_assert_int_eq(metrics_load_mem("m.csv", csv, strlen(csv), &m, &d), CB_EINPUT);
    ck_assert_ptr_null(m);
    ck_assert_int_eq(d.line, line);
    ck_assert_msg(strcmp(d.msg, msg) == 0, "got '%s', want '%s'", d.msg, msg);
}

#define MHDR "kind,id,unit,label,cues,requires,forbids\n"

/* A scope row's within: the place that holds it, a city's province. */
START_TEST(a_city_should_be_within_its_province)
{
    ck_assert_str_eq(metrics_scope_within(M, "nanning"), "guangxi");
    ck_assert_str_eq(metrics_scope_within(M, "guangxi"), "china");
    ck_assert_ptr_null(metrics_scope_within(M, "kenya"));
    ck_assert_ptr_null(metrics_scope_within(M, "no such place"));
    ck_assert_str_eq(metrics_source_within(M, "MODA (數位發展部)"), "taiwan");
    ck_assert_str_eq(metrics_source_within(M, "Census and Statistics Department (政府統計處)"), "hong kong");
    ck_assert_ptr_null(metrics_source_within(M, "ITU"));
    EXPECT("2023年，南宁市跨境电商交易额达到520亿元。", "520亿元", "CNY", "", "nanning", 2023, "");
    EXPECT("南宁跨境电商交易额达到520亿元。", "520亿元", "CNY", "", "nanning", 0, "");
    /* a name that is also a word is a city only with 市 */
    EXPECT("北海市数据中心机架达到2万架。", "2万", "racks", "", "beihai", 0, "");
    EXPECT("北海海域累计建成海上风电2万千瓦。", "2万", "", "", "", 0, "");
}
END_TEST

START_TEST(loader_should_name_line_and_fault)
{
    expect_load_error("kind,id,unit\n", 1, "missing column 'cues' in the header");
    expect_load_error(MHDR "metric,a,USD,A,cost,,\nmetrik,b,USD,B,cost,,\n", 3,
                      "unknown kind 'metrik' (want metric, scope, year, source, attrib, stop, break, partner, part or aim)");
    expect_load_error(MHDR "metric,a,USD,A,cost,,\nmetric,a,USD,A,x,,\n", 3,
                      "metric 'a' defined again (first on line 2)");
    expect_load_error(MHDR "metric,Bad-Id,USD,A,cost,,\n", 2,
                      "bad metric id 'Bad-Id' (want lower case letters, digits, _)");
    expect_load_error(MHDR "metric,a,,A,cost,,\n", 2, "metric 'a' without a unit");
    expect_load_error(MHDR "metric,a,USD,,cost,,\n", 2, "metric 'a' without a label");
    expect_load_error(MHDR "metric,a,USD,A,,,\n", 2, "metric row without cues");
    expect_load_error(MHDR "metric,a,USD,A,cost||price,,\n", 2, "empty pattern: '' in column cues");
    expect_load_error(MHDR "year,,,,in 2023,,\n", 2,
                      "a year cue needs one YEAR, or two for a period ('between YEAR and YEAR'): 'in 2023' in "
                      "column cues");
    expect_load_error(MHDR "year,,,,YEAR to YEAR or YEAR,,\n", 2,
                      "a year cue needs one YEAR, or two for a period ('between YEAR and YEAR'): 'YEAR to YEAR or "
                      "YEAR' in column cues");
    expect_load_error(MHDR "scope,Kenya,,,Kenya,,\n", 2, "bad scope 'Kenya' (want a lower-case name)");
    expect_load_error(MHDR "scope,kenya,people,,Kenya,,\n", 2,
                      "unit, label, requires and nature are only for metric rows (a part row may name one unit), "
                      "forbids for metric, scope and part rows");
    expect_load_error(MHDR "metric,a,USD,A,*cost,,\n", 2, "'*' must end a word: '*cost' in column cues");
    expect_load_error(MHDR "metric,a,USD,A,x* cost,,\n", 2,
                      "'*' needs at least two letters before it: 'x* cost' in column cues");
    expect_load_error(MHDR "source,,,,ITU,,\n", 2, "source row needs a name of 1-127 bytes");
    expect_load_error("kind,id,unit,label,cues,nature\nmetric,a,USD,A,cost,items\n", 2,
                      "bad nature 'items' (want quantity, share, people share, stock, programme or item)");
    expect_load_error("kind,id,unit,label,cues,nature\nscope,kenya,,,Kenya,item\n", 2,
                      "unit, label, requires and nature are only for metric rows (a part row may name one unit), "
                      "forbids for metric, scope and part rows");
    expect_load_error(MHDR "source,ITU,,,ITU,,UN\n", 2,
                      "unit, label, requires and nature are only for metric rows (a part row may name one unit), "
                      "forbids for metric, scope and part rows");
    /* a part row may name one unit (the metrics it parts) and forbid */
    expect_load_error(MHDR "part,loans,USD|CNY,,loan,,\n", 2,
                      "unit, label, requires and nature are only for metric rows (a part row may name one unit), "
                      "forbids for metric, scope and part rows");
    expect_load_error(MHDR "stop,x,,,World Bank,,\n", 2, "stop rows have an empty id");
    expect_load_error("kind,id,cues,within\nscope,nanning,南宁,Guangxi\n", 2,
                      "within is for scope and source rows: the lower-case name of another place");
    expect_load_error("kind,id,cues,within\nscope,nanning,南宁,nanning\n", 2,
                      "within is for scope and source rows: the lower-case name of another place");
    expect_load_error("kind,id,cues,within\nattrib,,according to,global\n", 2,
                      "within is for scope and source rows: the lower-case name of another place");
    expect_load_error("", 0, "empty file: no header row");
    Metrics *m;
    Diag d = {0};
    ck_assert_int_eq(metrics_load("/nonexistent/metrics.csv", &m, &d), CB_EINPUT);
}
END_TEST

START_TEST(a_metric_should_say_whether_it_is_one_quantity_or_a_kind_of_item)
{
    const char *csv = "kind,id,unit,label,cues,nature\n"
                      "metric,dc_cost,USD,Cost of one data centre,data centre,item\n"
                      "metric,users,people,Internet users,internet,quantity\n"
                      "metric,dsr,USD,DSR investment,DSR,\n";
    Metrics *m;
    Diag d = {0};
    ck_assert_int_eq(metrics_load_mem("m.csv", csv, strlen(csv), &m, &d), 0);
    ck_assert(metrics_is_item(m, "dc_cost"));
    ck_assert(!metrics_is_item(m, "users"));
    ck_assert(!metrics_is_item(m, "dsr"));       /* the default: one quantity */
    ck_assert(!metrics_is_item(m, "unknown"));
    metrics_free(m);
    /* the bundled taxonomy: one data centre's cost is an item */
    ck_assert_int_eq(metrics_load("data/metrics.csv", &m, &d), 0);
    ck_assert(metrics_is_item(m, "data_center_cost"));
    ck_assert(!metrics_is_item(m, "internet_users"));
    metrics_free(m);
}
END_TEST

START_TEST(a_metric_should_be_a_data_edit)
{
    const char *csv = MHDR "metric,submarine_cables,cables|km,Submarine cables,submarine|undersea,,\n"
                           "scope,pacific,,,Pacific,,\n";
    Metrics *m;
    Diag d = {0};
    ck_assert_int_eq(metrics_load_mem("m.csv", csv, strlen(csv), &m, &d), 0);
    Metrics *keep = M;
    M = m;
    EXPECT("China laid 1,200 km of undersea cable in the Pacific.", "1,200 km", "km",
           "submarine_cables", "pacific", 0, "");
    M = keep;
    ck_assert_str_eq(metrics_unit(m, "submarine_cables"), "cables");
    metrics_free(m);
}
END_TEST

/* ---- the seed gold, spans and units given: classification alone ---- */

/* A plain sentence splitter for the test: a sentence ends at a blank line,
 * a newline, or ". " before a capital unless the dot ends a one-letter
 * word (U.N.). */
static void sentence_of(const char *t, size_t n, size_t at, size_t *s, size_t *e)
{
    size_t i = at;
    while (i > 0) {
        if (t[i - 1] == '\n')
            break;
        if (i >= 2 && (t[i - 2] == '.' || t[i - 2] == '?' || t[i - 2] == '!') && t[i - 1] == ' ' &&
            !(i >= 4 && t[i - 4] == '.' ) && !(i >= 3 && (i < 4 || t[i - 4] == ' ')))
            break;
        i--;
    }
    *s = i;
    size_t j = at;
    while (j < n && t[j] != '\n') {
        if ((t[j] == '.' || t[j] == '?' || t[j] == '!') && j + 1 < n && t[j + 1] == ' ' &&
            !(j >= 2 && t[j - 2] == '.') && !(j >= 2 && t[j - 2] == ' ')) {
            j++;
            break;
        }
        j++;
    }
    *e = j;
}

START_TEST(seed_gold_claims_should_be_classified)
{
    ScoreSet gold;
    Diag d = {0};
    ck_assert_int_eq(score_load_gold("tests/gold/seeds.gold.tsv", &gold, &d), 0);
    int right[4] = {0}, total[4] = {0};
    for (size_t i = 0; i < gold.n; i++) {
        const ScoreRow *g = &gold.v[i];
        if (strcmp(g->status, "core") != 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "data/corpus/%s", g->doc);
        size_t n;
        char *t = tu_read(path, &n);
        ck_assert_ptr_nonnull(t);
        Claim c;
        claim_init(&c);
        c.start = (size_t)g->start;
        c.end = (size_t)g->end;
        snprintf(c.unit, sizeof c.unit, "%s", g->unit);
        size_t s, e;
        sentence_of(t, n, c.start, &s, &e);
        metrics_classify(M, &c, t, n, s, e);
        char year[16] = "";
        if (c.year)
            snprintf(year, sizeof year, "%d", c.year);
        const char *want[4] = {g->metric, g->scope, g->year, g->source};
        const char *got[4] = {c.metric, c.scope, year, c.source};
        for (int f = 0; f < 4; f++) {
            if (!*want[f])
                continue;
            total[f]++;
            int ok = f == 3 ? *got[f] && strstr(want[f], got[f]) != NULL : strcmp(want[f], got[f]) == 0;
            right[f] += ok;
            if (!ok)
                fprintf(stderr, "%s:%ld '%s' field %d: got '%s' want '%s' | %.*s\n", g->doc, g->start,
                        g->text, f, got[f], want[f], (int)(e - s), t + s);
        }
        claim_fini(&c);
        free(t);
    }
    for (int f = 0; f < 4; f++) {
        fprintf(stderr, "field %d: %d/%d\n", f, right[f], total[f]);
        ck_assert(right[f] * 10 >= total[f] * 9);
    }
    score_set_free(&gold);
}
END_TEST

/* Only the source of the first occurrence of span in sentence s. */
#define SOURCE_IS(s, span, source_)                                                               \
    do {                                                                                          \
        Got g_ = classify(s, span, "");                                                           \
        ck_assert_msg(strcmp(g_.source, source_) == 0, "%s: source '%s', want '%s'", span,       \
                      g_.source, source_);                                                        \
    } while (0)

START_TEST(a_publications_owner_should_be_credited_past_its_edition)
{
    SOURCE_IS("According to the Zambia Statistics Agency's 2022 Labour Force Survey, 71.5% of employed "
              "Zambians work in the informal sector.",
              "71.5%", "Zambia Statistics Agency");
    SOURCE_IS("China itself: CNNIC's 55th Statistical Report says China had 1.108 billion internet users.",
              "1.108 billion", "CNNIC");
    SOURCE_IS("The Home Office's most recent estimate put the cost of cybercrime at 1.2 billion pounds a year.",
              "1.2 billion", "Home Office");
}
END_TEST

START_TEST(a_speaker_after_a_speech_verb_should_credit_the_body_of_their_apposition)
{
    SOURCE_IS("\"We expect tenancy to reach 1.5x by 2030,\" said Thandiwe Nkosi, a telecoms analyst at "
              "Renaissance Capital in Johannesburg.",
              "1.5x", "Renaissance Capital");
    SOURCE_IS("\"It will save us 15 million dollars a year,\" said Dr. Abdisa Yadeta, director general of the "
              "Ethiopian Space Science and Geospatial Institute.",
              "15 million", "Ethiopian Space Science and Geospatial Institute");
    /* no body in the apposition: the speaker */
    SOURCE_IS("Revenue rose 36 percent to 1.86 billion yuan, said Ma Lin, deputy director of the regional "
              "department of commerce.",
              "36 percent", "Ma Lin");
    /* the subject a speech verb reports is no speaker, nor the subject
     * of the that-clause a cue reports */
    SOURCE_IS("Analysts have long said Huawei built 70% of the networks.", "70%", "");
    SOURCE_IS("It estimated that Huawei and ZTE together accounted for 58% of revenue.", "58%", "");
}
END_TEST

START_TEST(per_and_a_name_should_credit_the_name_but_not_a_rate)
{
    SOURCE_IS("Zong has 50 million subs out of 190 million cellular, per PTA, and all of their core is Huawei.",
              "190 million", "PTA");
    SOURCE_IS("Africa is still only at 38% internet penetration per ITU 2024, so whoever is cheapest builds.",
              "38%", "ITU");
    SOURCE_IS("2.6 billion people are still offline, per ITU's 2023 Facts and Figures.", "2.6 billion", "ITU");
    SOURCE_IS("Chinese firms were involved in 10% of cables laid, per TeleGeography data.", "10%",
              "TeleGeography");
    /* a rate: after a figure, a multiplier or a unit */
    SOURCE_IS("The bundle costs 5 dollars per GB, and 20% of users buy it.", "20%", "");
    SOURCE_IS("The renewal price was set at US$ 39.5 million per MHz, bringing the fee to US$ 497.7 million.",
              "39.5 million", "");
    SOURCE_IS("Carbon intensity declined to 0.40 tCO2e per MWh, 31% below our baseline.", "0.40", "");
}
END_TEST

/* "per" read within the sentence: a text cut on "th" of "per the" is
 * not read past its end (ASan: the text is not NUL-terminated). */
START_TEST(per_cut_at_the_text_end_should_not_be_read_past_it)
{
    static const char cut[] = "Penetration was 40%, per th";
    size_t n = sizeof cut - 1;
    char *doc = malloc(n);
    ck_assert_ptr_nonnull(doc);
    memcpy(doc, cut, n);
    char out[128] = "";
    ck_assert_int_eq(credit_unnamed_cue(doc, n, 0, n, 16, 19, out, sizeof out), 0);
    free(doc);
}
END_TEST

START_TEST(a_name_with_an_apostrophe_that_has_a_figure_at_should_tell_it)
{
    SOURCE_IS("Dell'Oro had Huawei at roughly 31% of global RAN revenue last year vs 27% for Ericsson.", "27%",
              "Dell'Oro");
    SOURCE_IS("Omdia puts Huawei's share at 31% of the market.", "31%", "Omdia");
}
END_TEST

START_TEST(one_word_opening_a_sentence_before_says_should_be_its_speaker)
{
    SOURCE_IS("Tencent says its international cloud revenue has grown 40% in two years.", "40%", "Tencent");
    SOURCE_IS("Officials said revenue has grown 40% in two years.", "40%", "");
}
END_TEST

/* "HMN Technologies, the former Huawei Marine, said": a known body in an
 * apposition to the teller is no teller; "Huawei Marine said" is. */
START_TEST(a_known_body_in_an_apposition_to_the_teller_should_not_be_credited)
{
    SOURCE_IS("HMN Technologies, the former Huawei Marine, said it had won contracts with a combined length of "
              "about 4,800 km.",
              "4,800 km", "HMN Technologies");
    SOURCE_IS("HMN Technologies,\nformerly Huawei Marine Networks, told us that it had built 134 cable projects.",
              "134", "HMN Technologies");
    SOURCE_IS("Huawei Marine said it had built 134 cable projects.", "134", "Huawei");
    SOURCE_IS("In a statement, Huawei said it had built 134 cable projects.", "134", "Huawei");
}
END_TEST

START_TEST(a_source_should_be_written_with_the_acronym_its_sentence_defines)
{
    const char *s = "The Zambia Computer Incident Response Team (ZM-CIRT) recorded 1.9 million threats.";
    char src[128] = "Zambia Computer Incident Response Team";
    credit_acronym(s, 0, strlen(s), src, sizeof src);
    ck_assert_str_eq(src, "Zambia Computer Incident Response Team (ZM-CIRT)");
    /* a bracket that is no acronym, or a name not in the sentence */
    const char *t = "The Bank (in its first phase) lent 2 billion, the World Bank said.";
    char bank[128] = "Bank";
    credit_acronym(t, 0, strlen(t), bank, sizeof bank);
    ck_assert_str_eq(bank, "Bank");
    char wb[128] = "IMF";
    credit_acronym(s, 0, strlen(s), wb, sizeof wb);
    ck_assert_str_eq(wb, "IMF");
}
END_TEST

START_TEST(a_stage_direction_in_square_brackets_should_cite_no_one)
{
    SOURCE_IS("Our target is one hundred thousand kilometres. [Laughter]", "one hundred thousand", "");
    SOURCE_IS("Our target is 100,000 kilometres [Applause]", "100,000", "");
}
END_TEST

/* A scope id is known as written, by the hash of the ids as by a walk
 * of every rule: every scope of the table, no name in other case, no
 * id of another kind. */
START_TEST(a_scope_should_be_known_by_its_id_as_written)
{
    size_t k = 0;
    for (const char *id; (id = metrics_scope_id(M, k)) != NULL; k++) {
        ck_assert_msg(metrics_known_scope(M, id), "%s", id);
        char up[64];
        snprintf(up, sizeof up, "%s", id);
        up[0] = (char)(up[0] - 'a' + 'A');
        ck_assert_msg(!metrics_known_scope(M, up), "%s", up);
    }
    ck_assert_uint_gt(k, 50);
    ck_assert(metrics_known_scope(M, "kenya"));
    ck_assert(!metrics_known_scope(M, "kenyan"));
    ck_assert(!metrics_known_scope(M, "internet_users"));
    ck_assert(!metrics_known_scope(M, ""));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("metrics");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, load_data, unload);
    tcase_add_test(tc, a_scope_should_be_known_by_its_id_as_written);
    tcase_add_test(tc, data_file_should_hold_every_gold_metric_with_unit_and_label);
    tcase_add_test(tc, a_publications_owner_should_be_credited_past_its_edition);
    tcase_add_test(tc, a_speaker_after_a_speech_verb_should_credit_the_body_of_their_apposition);
    tcase_add_test(tc, per_and_a_name_should_credit_the_name_but_not_a_rate);
    tcase_add_test(tc, per_cut_at_the_text_end_should_not_be_read_past_it);
    tcase_add_test(tc, a_name_with_an_apostrophe_that_has_a_figure_at_should_tell_it);
    tcase_add_test(tc, one_word_opening_a_sentence_before_says_should_be_its_speaker);
    tcase_add_test(tc, a_stage_direction_in_square_brackets_should_cite_no_one);
    tcase_add_test(tc, a_source_should_be_written_with_the_acronym_its_sentence_defines);
    tcase_add_test(tc, a_known_body_in_an_apposition_to_the_teller_should_not_be_credited);
    tcase_add_test(tc, nearest_cue_in_the_clause_should_pick_the_metric);
    tcase_add_test(tc, unit_should_decide_between_metrics_sharing_cues);
    tcase_add_test(tc, offline_cues_should_beat_the_internet_words_inside_them);
    tcase_add_test(tc, source_should_need_a_word_that_credits_it);
    tcase_add_test(tc, a_body_not_in_the_table_should_be_named_from_the_text);
    tcase_add_test(tc, scope_should_prefer_the_longest_and_nearest_place);
    tcase_add_test(tc, year_should_be_the_one_governing_the_figure);
    tcase_add_test(tc, a_share_above_the_whole_should_not_be_a_share_of_people);
    tcase_add_test(tc, a_figure_stated_as_a_change_should_not_be_a_share);
    tcase_add_test(tc, a_second_predicate_should_not_lend_its_topic_to_the_figure);
    tcase_add_test(tc, a_break_word_should_keep_place_and_teller_on_its_side);
    tcase_add_test(tc, a_count_without_its_noun_should_take_a_metric_cued_in_its_clause);
    tcase_add_test(tc, claims_that_fit_no_metric_should_keep_it_empty);
    tcase_add_test(tc, a_claim_deep_in_dense_punctuation_should_still_be_classified);
    tcase_add_test(tc, a_place_naming_a_currency_should_not_be_the_scope);
    tcase_add_test(tc, a_claim_of_a_metric_should_take_the_metric_unit);
    tcase_add_test(tc, a_numbered_section_should_give_its_place_to_its_figures);
    tcase_add_test(tc, an_annex_table_should_give_each_cell_its_column_unit_metric_year_and_source);
    tcase_add_test(tc, a_body_in_brackets_after_the_figure_should_be_its_source);
    tcase_add_test(tc, a_name_opening_the_sentence_or_far_after_the_cue_should_be_credited);
    tcase_add_test(tc, a_month_or_quarter_before_the_year_should_give_the_year);
    tcase_add_test(tc, a_fact_sheet_should_give_rows_the_place_and_metric_of_their_heading_and_the_source_of_their_note);
    tcase_add_test(tc, random_text_and_spans_should_never_crash);
    tcase_add_test(tc, a_city_should_be_within_its_province);
    tcase_add_test(tc, loader_should_name_line_and_fault);
    tcase_add_test(tc, a_metric_should_be_a_data_edit);
    tcase_add_test(tc, a_metric_should_say_whether_it_is_one_quantity_or_a_kind_of_item);
    tcase_add_test(tc, seed_gold_claims_should_be_classified);
    tcase_add_test(tc, chinese_cues_should_match_without_spaces);
    tcase_add_test(tc, a_figure_should_take_a_metric_only_when_it_is_its_quantity);
    tcase_add_test(tc, a_figure_should_be_the_quantity_its_own_words_name);
    tcase_add_test(tc, a_later_clause_with_its_own_figure_should_not_name_the_metric);
    tcase_add_test(tc, every_item_of_a_list_of_figures_should_heed_the_forbids_of_its_clause);
    tcase_add_test(tc, countries_of_digital_projects_should_be_dsr_project_countries);
    tcase_add_test(tc, a_sum_over_all_sectors_should_not_take_the_metric_of_its_part);
    tcase_add_test(tc, a_sum_held_back_should_not_be_money_put_into_projects);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
