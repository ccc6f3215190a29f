/* test_voice.c — whose voice a document's opening speaks in (voice.h):
 * an outlet that tells its own findings twice reports its own data; a
 * Chinese report speaks of itself as its research team or its body. */
#include "voice.h"
#include "testutil.h"

#include <check.h>
#include <string.h>

static int outlet_own(const char *doc, const char *pub)
{
    Lead ld;
    lead_init(&ld, doc, strlen(doc));
    return voice_outlet_own(&ld, pub);
}

START_TEST(an_outlet_naming_its_own_inquiry_twice_should_report_its_own_data)
{
    const char *doc = "A Meridian analysis of 414 projects finds that 61 were late. "
                      "The Meridian count shows 38 in Africa; a Meridian review of loans adds 12.";
    ck_assert_int_eq(outlet_own(doc, "The Meridian Post"), 1);
    ck_assert_int_eq(outlet_own("Our analysis of 414 projects found 61 late. Our database holds 38 more.",
                                "The Meridian Post"),
                     1);
    /* once is not enough */
    ck_assert_int_eq(outlet_own("A Meridian analysis of 414 projects finds that 61 were late.", "The Meridian Post"),
                     0);
}
END_TEST

START_TEST(a_word_of_the_outlets_name_used_as_an_adjective_should_be_no_inquiry_of_its_own)
{
    /* "Global survey", "National survey" are not The Global Times's or
     * The National's: only the name after an article is the outlet */
    ck_assert_int_eq(outlet_own("Global survey data show 61% online. Global survey results add 12 more.",
                                "Global Times"),
                     0);
    ck_assert_int_eq(outlet_own("National survey figures put it at 38%. National survey rounds found 12.",
                                "The National"),
                     0);
    ck_assert_int_eq(outlet_own("A National survey of 400 firms finds 38%. A National review adds 12.", "The National"),
                     1);
}
END_TEST

static int first_person(const char *s)
{
    return voice_first_person(s, 0, strlen(s));
}

START_TEST(a_chinese_report_should_speak_of_itself_as_its_team_or_body)
{
    ck_assert_int_eq(first_person("课题组测算，中国企业参与建设的国际海缆超过20条。"), 1);
    ck_assert_int_eq(first_person("本报告统计的项目共126个。"), 1);
    ck_assert_int_eq(first_person("本会会员单位达到2386家。"), 1);
    /* a body named by others is no first person; nor is a team in quotes */
    ck_assert_int_eq(first_person("中国信息通信研究院测算，数字经济规模达53.9万亿元。"), 0);
    ck_assert_int_eq(first_person("他说：“课题组测算，超过20条。”"), 0);
}
END_TEST

static int own_findings(const char *s)
{
    return voice_own_findings(s, 0, strlen(s));
}

/* A speaker's findings in the first person: "our members estimate",
 * "our best estimate", "the contracts we've seen"; not "our view", "we
 * have a problem". */
START_TEST(a_speakers_first_person_findings_should_be_their_own)
{
    ck_assert_int_eq(own_findings("Our members estimate that 15 new ships will be needed."), 1);
    ck_assert_int_eq(own_findings("Our best estimate is just under four billion dollars."), 1);
    ck_assert_int_eq(own_findings("This is in maybe a third of the contracts we've seen."), 1);
    ck_assert_int_eq(own_findings("We have counted 40 of them."), 1);
    ck_assert_int_eq(own_findings("Our view is that a third of them fail."), 0);
    ck_assert_int_eq(own_findings("We have a problem with a third of them."), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("voice");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, an_outlet_naming_its_own_inquiry_twice_should_report_its_own_data);
    tcase_add_test(tc, a_word_of_the_outlets_name_used_as_an_adjective_should_be_no_inquiry_of_its_own);
    tcase_add_test(tc, a_chinese_report_should_speak_of_itself_as_its_team_or_body);
    tcase_add_test(tc, a_speakers_first_person_findings_should_be_their_own);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
