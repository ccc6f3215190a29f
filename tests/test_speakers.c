/* test_speakers.c — who speaks where in a transcript, and whom a Chinese
 * text names short (speakers.h). */
#include "speakers.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "metrics.h"

static const char transcript[] =
    "Tech Talk | Episode 12\n"
    "Guest: Dr Ana Ruiz, head of research, Andes Data Lab (Lima) | Host: Tom Baker\n"
    "\n"
    "[00:00:10] TOM BAKER: Welcome. How big is the problem?\n"
    "\n"
    "[00:00:21] ANA: In our survey of 2,400 firms, a third had been attacked.\n"
    "\n"
    "And the losses were large.\n"
    "\n"
    "TOM BAKER: Thank you.\n"
    "\n"
    "BRUNO LIMA: We counted 40 outages.\n"
    "\n"
    "TOM BAKER: And since?\n"
    "\n"
    "BRUNO LIMA: Twelve more.\n";

/* What speakers_at gives at the first byte of needle in doc (and how,
 * into *how when not NULL). */
static const char *at_how(Speakers *sp, const char *doc, const char *needle, unsigned *how)
{
    const char *w = strstr(doc, needle);
    ck_assert_ptr_nonnull(w);
    unsigned h;
    const char *who = speakers_at(sp, (size_t)(w - doc), &h);
    if (how)
        *how = h;
    return who;
}

static const char *at(Speakers *sp, const char *doc, const char *needle)
{
    return at_how(sp, doc, needle, NULL);
}

START_TEST(a_speaker_should_be_one_of_the_authors_only_by_every_word_of_their_name)
{
    ck_assert(speakers_wrote("Dev Patel", "Hughes, Clara; Patel, Dev; Lin, Weiwei"));
    ck_assert(speakers_wrote("Lin Weiwei", "Hughes, Clara; Patel, Dev; Lin, Weiwei"));
    ck_assert(speakers_wrote("Mr Hollis", "Daniel R. Hollis"));
    /* (a name's words split over two authors is no author's) */
    ck_assert(!speakers_wrote("Dev Hughes", "Hughes, Clara; Patel, Dev"));
    ck_assert(!speakers_wrote("Ana Ruiz", "Tom Baker"));
    /* (a part of a word is not the word; a title alone names no one) */
    ck_assert(!speakers_wrote("Pat", "Patel, Dev"));
    ck_assert(!speakers_wrote("Dr", "Dr Ana Ruiz"));
    ck_assert(!speakers_wrote("Ana Ruiz", ""));
    /* (a hyphened name is read as written; each of its parts is a word) */
    ck_assert(speakers_wrote("Jean-Luc Picard", "Crusher, Beverly; Picard, Jean-Luc"));
    ck_assert(speakers_wrote("Luc Picard", "Picard, Jean-Luc"));
    ck_assert(!speakers_wrote("Jean-Luc Picard", "Picard, Jean; Luc, Anne"));
    ck_assert(!speakers_wrote("Jean-Luc Crusher", "Crusher, Beverly; Picard, Jean-Luc"));
}
END_TEST

START_TEST(a_turn_should_be_its_speakers_organisation_or_name)
{
    Speakers *sp = speakers_new(NULL, transcript, strlen(transcript), 0);
    /* (the first turn opens the transcript: two turns make one) */
    ck_assert_str_eq(at(sp, transcript, "Welcome"), "");
    ck_assert_str_eq(at(sp, transcript, "2,400"), "Andes Data Lab");
    /* the turn goes on over a paragraph with no label */
    ck_assert_str_eq(at(sp, transcript, "losses"), "Andes Data Lab");
    /* a participant without an organisation: the full name */
    ck_assert_str_eq(at(sp, transcript, "Thank"), "Tom Baker");
    /* a speaker the participants' line does not name, who speaks twice:
     * the label's name */
    ck_assert_str_eq(at(sp, transcript, "40 outages"), "Bruno Lima");
    speakers_free(sp);
}
END_TEST

START_TEST(headings_notes_and_one_off_labels_in_capitals_should_be_no_turns)
{
    static const char doc[] = "DOI: 10.1080/2317.2024.11\n"
                              "KEYWORDS: cyber sovereignty; Africa\n"
                              "In our survey we counted 7 outages.\n"
                              "NOTE: figures are provisional.\n"
                              "SOURCE: Ministry of ICT.\n"
                              "We counted 40 outages.\n"
                              "KENYA: We built 12 towers.\n"
                              "GHANA: We built 9 towers.\n";
    Metrics *m = NULL;
    Diag d;
    ck_assert_int_eq(metrics_load("data/metrics.csv", &m, &d), 0);
    Speakers *sp = speakers_new(m, doc, strlen(doc), 0);
    /* labels that open one line each are no speakers */
    ck_assert_str_eq(at(sp, doc, "7 outages"), "");
    ck_assert_str_eq(at(sp, doc, "40"), "");
    ck_assert_str_eq(at(sp, doc, "12"), "");
    ck_assert_str_eq(at(sp, doc, "9 towers"), "");
    speakers_free(sp);
    metrics_free(m);
}
END_TEST

/* A Chinese press conference: the officials named in its opening lines,
 * then by name at each turn; the reporters' and the host's turns are no
 * one's; 答 is the official the title says answers. */
static const char presser[] =
    "国务院新闻办公室举行新闻发布会\n"
    "\n"
    "出席人员：工业和信息化部副部长 张明、某某省大数据局局长 王华\n"
    "\n"
    "主持人 李丽：欢迎出席发布会。\n"
    "\n"
    "张明：2024年，5G基站总数达到425万个。\n"
    "\n"
    "我们将继续推进，已建成项目超过300个。\n"
    "\n"
    "法新社记者：据报道，已有超过100个国家参与？\n"
    "\n"
    "王华：全省数据中心机架达10万架。\n"
    "\n"
    "来源：国新网\n"
    "\n"
    "国家发展改革委副主任 李明：全国算力总规模增长约30%。\n";

START_TEST(a_chinese_turn_should_be_its_officials_body_for_all_said)
{
    Metrics *m = NULL;
    Diag d;
    ck_assert_int_eq(metrics_load("data/metrics.csv", &m, &d), 0);
    Speakers *sp = speakers_new(m, presser, strlen(presser), 1);
    unsigned how;
    ck_assert_str_eq(at_how(sp, presser, "欢迎", &how), "");
    ck_assert_uint_eq(how, SPEAKERS_ASKED);
    /* a body metrics.csv knows by its id, from the first turn on */
    ck_assert_str_eq(at_how(sp, presser, "425万", &how), "MIIT");
    ck_assert_uint_eq(how, SPEAKERS_ALL);
    /* the turn goes on over a paragraph with no name */
    ck_assert_str_eq(at(sp, presser, "300个"), "MIIT");
    ck_assert_str_eq(at_how(sp, presser, "100个", &how), "");
    ck_assert_uint_eq(how, SPEAKERS_ASKED);
    /* a body it does not know: the designation as written */
    ck_assert_str_eq(at(sp, presser, "10万"), "某某省大数据局局长 王华");
    /* a label no one was introduced by changes nothing; a turn named in
     * full credits its body */
    ck_assert_str_eq(at(sp, presser, "国新网"), "某某省大数据局局长 王华");
    ck_assert_str_eq(at(sp, presser, "30%"), "NDRC");
    ck_assert_uint_gt(speakers_turn_start(sp), 0);
    speakers_free(sp);

    static const char qa[] = "商务部新闻发言人就外贸形势答记者问\n\n问：前两个月外贸如何？\n\n"
                             "答：进出口总值6.6万亿元。\n";
    sp = speakers_new(m, qa, strlen(qa), 1);
    ck_assert_str_eq(at(sp, qa, "6.6"), "MOFCOM");
    speakers_free(sp);
    metrics_free(m);
}
END_TEST

/* A press conference's record puts each designation in full on a line
 * of its own, above the words said ("国家数据局局长 王振华：" then the
 * answer): the label opens the turn however long it is. */
START_TEST(a_designation_alone_on_its_line_should_open_the_turn_below)
{
    Metrics *m = NULL;
    Diag d;
    ck_assert_int_eq(metrics_load("data/metrics.csv", &m, &d), 0);
    static const char rec[] = "国新办举行新闻发布会\n\n主持人 国务院新闻办公室新闻局副局长 刘思远：\n欢迎出席，共有12家媒体。\n\n"
                              "工业和信息化部副部长 张立群：\n谢谢。我国企业参与建设的海缆已超过30条。\n\n"
                              "某省大数据发展管理局局长：\n全省机架达10万架。\n";
    Speakers *sp = speakers_new(m, rec, strlen(rec), 1);
    unsigned how;
    ck_assert_str_eq(at_how(sp, rec, "12家", &how), "");
    ck_assert_uint_eq(how, SPEAKERS_ASKED);
    ck_assert_str_eq(at_how(sp, rec, "30条", &how), "MIIT");
    ck_assert_uint_eq(how, SPEAKERS_ALL);
    /* (a long label with no name after a space is no designated speaker) */
    ck_assert_str_eq(at(sp, rec, "10万"), "MIIT");
    speakers_free(sp);
    metrics_free(m);
}
END_TEST

START_TEST(a_record_field_in_chinese_should_be_no_turn)
{
    Metrics *m = NULL;
    Diag d;
    ck_assert_int_eq(metrics_load("data/metrics.csv", &m, &d), 0);
    /* a prospectus's cover: a role in brackets and a body's name after
     * the colon is a field of its record, not the role speaking */
    static const char cover[] = "招股说明书摘要\n\n保荐人（主承销商）：中信建投证券股份有限公司\n\n"
                                "股票种类：人民币普通股（A股）\n每股面值：人民币1.00元\n\n"
                                "截至2023年末，公司共有员工1,524人。\n";
    Speakers *sp = speakers_new(m, cover, strlen(cover), 1);
    unsigned how;
    ck_assert_str_eq(at_how(sp, cover, "1.00", &how), "");
    ck_assert_uint_eq(how, 0);
    ck_assert_str_eq(at(sp, cover, "1,524"), "");
    speakers_free(sp);
    /* the same label with words said after it is a turn */
    static const char said[] = "寿小丽（国务院新闻办公室新闻局副局长）：今年已举办发布会30场。\n";
    sp = speakers_new(m, said, strlen(said), 1);
    ck_assert_str_eq(at(sp, said, "30场"), "SCIO");
    speakers_free(sp);
    metrics_free(m);
}
END_TEST

START_TEST(a_person_named_short_should_be_credited_as_first_introduced)
{
    static const char doc[] = "老挝技术与通信部部长波万孔·沃拉吉、中国驻老挝大使周明出席仪式。"
                              "波万孔部长表示，已有40个部门接入。周大使表示，投资约1.5亿美元。";
    const char *s = strstr(doc, "波万孔部长");
    size_t title, e = (size_t)(s - doc) + strlen("波万孔部长");
    ck_assert(speakers_short_name(doc, (size_t)(s - doc), e, &title));
    char out[128];
    ck_assert(speakers_resolve(NULL, doc, (size_t)(s - doc), title, out, sizeof out));
    ck_assert_str_eq(out, "老挝技术与通信部部长波万孔·沃拉吉");
    /* a surname alone names nobody for sure; a body with a title is no
     * person's short name */
    const char *z = strstr(doc, "周大使");
    ck_assert(!speakers_short_name(doc, (size_t)(z - doc), (size_t)(z - doc) + strlen("周大使"), &title));
    ck_assert(!speakers_short_name(doc, 0, strlen("老挝技术与通信部部长"), &title));
}
END_TEST

/* An interview written "Q:" and "A:": the answers are the guest's
 * organisation, named by its possessive in the headline; what a speaker
 * says is theirs throughout (SPEAKERS_ALL), a question and the host's
 * turn not. */
START_TEST(an_interviews_answers_should_be_the_guests_for_all_said)
{
    static const char qa[] = "THE INTERVIEW\n\n"
                             "\"Scale matters\": Orbital Data Farms' Lee Min Jun on power\n\n"
                             "Our editor spoke to chief executive Lee Min Jun in Seoul.\n\n"
                             "Q: How big are you? We hear 50 MW.\n\n"
                             "A: We run 96 MW today.\n\n"
                             "Q: And next year?\n\n"
                             "A: About 400 MW.\n";
    Speakers *sp = speakers_new(NULL, qa, strlen(qa), 0);
    unsigned how;
    ck_assert_str_eq(at_how(sp, qa, "96 MW", &how), "Orbital Data Farms");
    ck_assert_uint_eq(how, SPEAKERS_ALL);
    ck_assert_str_eq(at_how(sp, qa, "next year", &how), "");
    ck_assert_uint_eq(how, 0);
    ck_assert_str_eq(at(sp, qa, "400 MW"), "Orbital Data Farms");
    speakers_free(sp);

    /* a speaker first written in full, then by initials */
    static const char mag[] = "INTERVIEW\n\nAda Obi leads the programme.\n\n"
                              "Grid Review: How many cables land?\n\n"
                              "Ada Obi: By our count, 81 systems.\n\n"
                              "GR: And China?\n\n"
                              "AO: About 30% of them.\n\n"
                              "GR: Thanks.\n\nAO: In Ethiopia close to 100%.\n";
    sp = speakers_new(NULL, mag, strlen(mag), 0);
    ck_assert_str_eq(at_how(sp, mag, "81", &how), "Ada Obi");
    ck_assert_uint_eq(how, SPEAKERS_ALL);
    ck_assert_str_eq(at_how(sp, mag, "And China", &how), "Grid Review");
    ck_assert_uint_eq(how, 0);
    ck_assert_str_eq(at(sp, mag, "30%"), "Ada Obi");
    ck_assert_str_eq(at(sp, mag, "100%"), "Ada Obi");
    speakers_free(sp);

    /* participants listed on indented lines under their key; the
     * moderator asks; a script's one-word labels speak for no one */
    static const char panel[] = "Moderator:\n  Dr Eve Tan, Senior Fellow, Harbour Institute\n"
                                "Panellists:\n  Ms Priya Raman, Director, Policy Programme, Harbour Institute\n\n"
                                "TAN: Welcome. We have 90 minutes.\n\nRAMAN: Our database has 160 projects.\n\n"
                                "TAN: Thanks.\n\nRAMAN: Roughly 35 percent.\n";
    sp = speakers_new(NULL, panel, strlen(panel), 0);
    ck_assert_str_eq(at_how(sp, panel, "160", &how), "Harbour Institute");
    ck_assert_uint_eq(how, SPEAKERS_ALL);
    ck_assert_str_eq(at_how(sp, panel, "Thanks", &how), "Harbour Institute");
    ck_assert_uint_eq(how, 0);
    speakers_free(sp);
    static const char script[] = "VISUAL: The sea floor.\nV.O.: There are 600 cables.\n"
                                 "OST: 99% of data\nV.O.: Built by many.\nOST: 17 countries\n";
    sp = speakers_new(NULL, script, strlen(script), 0);
    at_how(sp, script, "17 countries", &how);
    ck_assert_uint_eq(how, 0);
    speakers_free(sp);
}
END_TEST

START_TEST(a_name_in_title_case_should_open_turns_for_the_body_it_was_introduced_with)
{
    static const char doc[] = "Oral evidence, 5 March\n"
                              "\n"
                              "Witnesses: Dr Rita Vale, Senior Fellow, Centre for Sea Lanes; and Omar Diallo, "
                              "Director of Policy, Atlantic Cable Association.\n"
                              "\n"
                              "Q1 Chair: Welcome. How many cables land here?\n"
                              "\n"
                              "Omar Diallo: Around 60 cables land in the UK.\n"
                              "\n"
                              "Dr Vale: On our count 134 projects were built.\n"
                              "\n"
                              "Omar Diallo: Our members estimate 15 new ships.\n"
                              "\n"
                              "Dr Vale: It is 18% by number.\n";
    Speakers *sp = speakers_new(NULL, doc, strlen(doc), 0);
    ck_assert_str_eq(at(sp, doc, "134 projects"), "Centre for Sea Lanes");
    ck_assert_str_eq(at(sp, doc, "15 new ships"), "Atlantic Cable Association");
    ck_assert_str_eq(at(sp, doc, "18% by"), "Centre for Sea Lanes");
    speakers_free(sp);
}
END_TEST

START_TEST(a_role_label_should_be_the_body_of_the_person_its_first_turn_names_in_brackets)
{
    /* "GUEST (Dr. Ana Ruiz):" names the guest once; the later "GUEST:"
     * turns are hers, and so the body the host introduced her with; the
     * host's bracket names no one whose turns are credited */
    static const char doc[] = "THE LINE \xE2\x80\x94 Transcript\n"
                              "\n"
                              "HOST (Mia Hart): Welcome. I'm joined by Dr. Ana Ruiz, a senior researcher at the "
                              "Andes Data Lab. Ana, welcome.\n"
                              "\n"
                              "GUEST (Dr. Ana Ruiz): Thank you.\n"
                              "\n"
                              "HOST: How many cables?\n"
                              "\n"
                              "GUEST: We counted 23 countries with one.\n"
                              "\n"
                              "HOST: And the cost?\n"
                              "\n"
                              "GUEST: Our data shows 40 outages.\n";
    Speakers *sp = speakers_new(NULL, doc, strlen(doc), 0);
    ck_assert_str_eq(at(sp, doc, "23 countries"), "Andes Data Lab");
    ck_assert_str_eq(at(sp, doc, "40 outages"), "Andes Data Lab");
    ck_assert_str_ne(at(sp, doc, "And the cost"), "Mia Hart");
    speakers_free(sp);
}
END_TEST

START_TEST(a_label_in_capitals_outside_ascii_should_open_turns)
{
    static const char doc[] = "Episode 3\n"
                              "\n"
                              "[00:00:14] MAYA OKO: My guest is Dr. Tom\xC3\xA1s Rein, who leads the programme at the "
                              "Lisbon Institute for Global Affairs. Welcome.\n"
                              "\n"
                              "[00:00:38] TOM\xC3\x81S REIN: Thanks.\n"
                              "\n"
                              "[00:00:41] MAYA OKO: How big is it?\n"
                              "\n"
                              "[00:00:45] TOM\xC3\x81S REIN: Our database has 146 projects.\n";
    Speakers *sp = speakers_new(NULL, doc, strlen(doc), 0);
    ck_assert_str_eq(at(sp, doc, "146 projects"), "Lisbon Institute for Global Affairs");
    speakers_free(sp);
}
END_TEST

START_TEST(a_record_field_in_title_case_should_be_no_turn)
{
    /* fields that repeat, whose words the text introduces with no body */
    static const char doc[] = "Projects\n"
                              "\n"
                              "Contract Value: 12 million\n"
                              "Contract Value: 14 million\n"
                              "We counted 40 outages.\n";
    Speakers *sp = speakers_new(NULL, doc, strlen(doc), 0);
    ck_assert_str_eq(at(sp, doc, "14 million"), "");
    ck_assert_str_eq(at(sp, doc, "40 outages"), "");
    speakers_free(sp);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("speakers");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_turn_should_be_its_speakers_organisation_or_name);
    tcase_add_test(tc, a_name_in_title_case_should_open_turns_for_the_body_it_was_introduced_with);
    tcase_add_test(tc, a_label_in_capitals_outside_ascii_should_open_turns);
    tcase_add_test(tc, a_role_label_should_be_the_body_of_the_person_its_first_turn_names_in_brackets);
    tcase_add_test(tc, a_record_field_in_title_case_should_be_no_turn);
    tcase_add_test(tc, headings_notes_and_one_off_labels_in_capitals_should_be_no_turns);
    tcase_add_test(tc, a_chinese_turn_should_be_its_officials_body_for_all_said);
    tcase_add_test(tc, a_record_field_in_chinese_should_be_no_turn);
    tcase_add_test(tc, a_designation_alone_on_its_line_should_open_the_turn_below);
    tcase_add_test(tc, a_person_named_short_should_be_credited_as_first_introduced);
    tcase_add_test(tc, an_interviews_answers_should_be_the_guests_for_all_said);
    tcase_add_test(tc, a_speaker_should_be_one_of_the_authors_only_by_every_word_of_their_name);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
