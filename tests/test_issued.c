/* test_issued.c — a document its publisher issues in its own name
 * (issued.h): the core of its name, its letterhead, its mentions of
 * itself, a title that states its present. */
#include "issued.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static int own(const char *doc, const char *pub)
{
    return issued_own_statement(doc, strlen(doc), pub);
}

static int present(const char *title)
{
    return issued_present(title, strlen(title));
}

START_TEST(a_name_should_lose_its_article_bracket_seat_and_legal_suffix)
{
    char core[64];
    int legal;
    ck_assert_uint_eq(issued_core("Kilima Payments Limited", core, sizeof core, &legal), strlen("Kilima Payments"));
    ck_assert_str_eq(core, "Kilima Payments");
    ck_assert_int_eq(legal, 1);
    issued_core("Example Holdings Co., Ltd.", core, sizeof core, &legal);
    ck_assert_str_eq(core, "Example Holdings");
    ck_assert_int_eq(legal, 1);
    issued_core("The Freedonia Communications Authority (FCA), Port Town", core, sizeof core, &legal);
    ck_assert_str_eq(core, "Freedonia Communications Authority");
    ck_assert_int_eq(legal, 0);
    /* a word longer than any suffix is none, whatever it opens with */
    issued_core("Kilima Limitedness", core, sizeof core, &legal);
    ck_assert_str_eq(core, "Kilima Limitedness");
    ck_assert_int_eq(legal, 0);
    /* a name too long for the buffer is no name */
    ck_assert_uint_eq(issued_core("Freedonia Communications Authority", core, 8, NULL), 0);
}
END_TEST

START_TEST(a_letterhead_and_two_mentions_of_itself_should_make_a_statement_of_its_own)
{
    const char *pub = "Freedonia City Council";
    ck_assert_int_eq(own("FREEDONIA CITY COUNCIL\n\nMINUTES\n\nThe Council was informed that 12 sites are ready. "
                         "The Council resolved to proceed.",
                         pub),
                     1);
    /* the acronym the letterhead gives counts too */
    ck_assert_int_eq(own("FREEDONIA COMMUNICATIONS AUTHORITY (FCA)\n\nNOTICE\n\nFCA announces 12 awards. "
                         "The awards were made by FCA.",
                         "Freedonia Communications Authority"),
                     1);
    /* the last word of its kind names the body: "the Board" of a postal
     * service's board, not "the Service" */
    ck_assert_int_eq(own("FREEDONIA POSTAL SERVICE BOARD\n\nMINUTES\n\nThe Board noted 12 sites. The Board resolved.",
                         "Freedonia Postal Service Board"),
                     1);
    ck_assert_int_eq(own("FREEDONIA POSTAL SERVICE BOARD\n\nMINUTES\n\nThe Service noted 12 sites. The Service grew.",
                         "Freedonia Postal Service Board"),
                     0);
    /* a letterhead with its article */
    ck_assert_int_eq(own("THE FREEDONIA CITY COUNCIL\n\nThe Council met. The Council resolved.", "Freedonia City Council"), 1);
    /* a company by its name and as "the Company" */
    ck_assert_int_eq(own("KILIMA PAYMENTS LIMITED\nNotification\n\nKilima Payments found 48,200 records copied. "
                         "The Company has told its customers.",
                         "Kilima Payments Limited"),
                     1);
}
END_TEST

START_TEST(no_letterhead_or_one_mention_should_be_no_statement_of_its_own)
{
    const char *pub = "Freedonia City Council";
    /* once only */
    ck_assert_int_eq(own("FREEDONIA CITY COUNCIL\n\nThe Council was informed that 12 sites are ready.", pub), 0);
    /* no letterhead: the name in a story's text */
    ck_assert_int_eq(own("City news\n\nFreedonia City Council met on Monday. Freedonia City Council resolved to "
                         "proceed with 12 sites.",
                         pub),
                     0);
    /* "the council" in lower case is any council; the kind word of
     * another body is not its own */
    ck_assert_int_eq(own("FREEDONIA CITY COUNCIL\n\nThe national council met. The council resolved to proceed.", pub),
                     0);
    /* a letterhead line that only starts like the name ("Freedonia City
     * Councillors' Forum") */
    ck_assert_int_eq(own("FREEDONIA CITY COUNCILLORS FORUM\n\nThe Council met. The Council resolved.", pub), 0);
    /* the name's line below the first heading lines: after a line of
     * prose, or past the eighth line */
    ck_assert_int_eq(own("Residents of the city were told on Monday that the ward offices would open later this year, "
                         "after a delay of several months over funding, staff and the building of its new offices.\n"
                         "FREEDONIA CITY COUNCIL\n\nThe Council met. The Council resolved.",
                         pub),
                     0);
    ck_assert_int_eq(own("A\nB\nC\nD\nE\nF\nG\nH\nFREEDONIA CITY COUNCIL\n\nThe Council met. The Council resolved.", pub), 0);
    ck_assert_int_eq(own("A\nB\nC\nD\nE\nF\nG\nFREEDONIA CITY COUNCIL\n\nThe Council met. The Council resolved.", pub), 1);
    /* no publisher */
    ck_assert_int_eq(own("FREEDONIA CITY COUNCIL\n\nThe Council met. The Council resolved.", ""), 0);
}
END_TEST

START_TEST(authors_named_after_the_publisher_should_be_a_unit_of_it)
{
    ck_assert_int_eq(issued_unit_of("Example Re Broking Market Analytics", "Example Re Broking Ltd."), 1);
    ck_assert_int_eq(issued_unit_of("The Example Re Broking Market Analytics", "Example Re Broking Ltd."), 1);
    /* the name itself, another name, a one-word name */
    ck_assert_int_eq(issued_unit_of("Example Re Broking Ltd.", "Example Re Broking Ltd."), 0);
    ck_assert_int_eq(issued_unit_of("Jane Example", "Example Re Broking Ltd."), 0);
    ck_assert_int_eq(issued_unit_of("Kilima Research", "Kilima"), 0);
}
END_TEST

START_TEST(a_title_of_results_or_a_notice_should_state_the_present_and_a_proposal_not)
{
    ck_assert_int_eq(present("Public Notice: Results of the Award of Rural Coverage Lots"), 1);
    ck_assert_int_eq(present("Minutes of the Ordinary Meeting of the Full Council"), 1);
    ck_assert_int_eq(present("Notification of a Personal Data Breach"), 1);
    ck_assert_int_eq(present("Additions to the Entity List (Final rule)"), 1);
    ck_assert_int_eq(present("Revision of Prepaid Data Tariffs"), 1);
    ck_assert_int_eq(present("Public Notice: Application for a Cable Landing Licence"), 0);
    ck_assert_int_eq(present("Consultation Paper: Proposed Assignment of Spectrum"), 0);
    ck_assert_int_eq(present("Project Appraisal Document on a Proposed Credit"), 0);
    ck_assert_int_eq(present("Annual Report 2023"), 0);
    /* (a word inside another is none: "Rulers", "Noticeboard") */
    ck_assert_int_eq(present("Rulers of the Noticeboard"), 0);
}
END_TEST

START_TEST(a_rule_should_name_the_body_issuing_it_in_its_opening)
{
    char out[128];
    const char *doc = "Rules and Regulations\nSUMMARY: In this final rule, the Bureau of Export Controls (BEC) "
                      "amends the regulations by adding 27 entities.\n";
    ck_assert_int_eq(issued_rule_issuer(doc, strlen(doc), out, sizeof out), 1);
    ck_assert_str_eq(out, "Bureau of Export Controls (BEC)");
    const char *report = "In this report, the Office finds that 12 programmes lapsed.";
    ck_assert_int_eq(issued_rule_issuer(report, strlen(report), out, sizeof out), 1);
    ck_assert_str_eq(out, "Office");
    /* no kind of document, no verb after the name, no name */
    const char *a = "In this case, the Court of Appeal found 3 errors.";
    const char *b = "In this rule, the Bureau of Export Controls.";
    const char *c = "In this rule, we add 27 entities.";
    ck_assert_int_eq(issued_rule_issuer(a, strlen(a), out, sizeof out), 0);
    ck_assert_int_eq(issued_rule_issuer(b, strlen(b), out, sizeof out), 0);
    ck_assert_int_eq(issued_rule_issuer(c, strlen(c), out, sizeof out), 0);
}
END_TEST

/* The opening is read within its n bytes: a text cut on "th" of "the"
 * is not read past its end (ASan: the text is not NUL-terminated). */
START_TEST(a_rule_opening_cut_at_the_text_end_should_not_be_read_past_it)
{
    char out[128];
    static const char cut[] = "In this rule, th";
    char *doc = malloc(sizeof cut - 1);
    ck_assert_ptr_nonnull(doc);
    memcpy(doc, cut, sizeof cut - 1);
    ck_assert_int_eq(issued_rule_issuer(doc, sizeof cut - 1, out, sizeof out), 0);
    free(doc);
}
END_TEST

/* A Chinese page that labels itself its publisher's own, "来源：", is
 * the publisher's statement; one labelled with another's name is not. */
START_TEST(a_chinese_page_labelled_as_the_publishers_own_should_be_issued_by_it)
{
    const char *pub = "中国—东盟信息港股份有限公司";
    const char *own = "首页 > 新闻中心 > 公司动态\n\n论坛在南宁举行\n2024-09-26 09:41　　来源：中国—东盟信息港股份有限公司　　浏览次数：2316\n\n9月25日，…";
    const char *site = "标题\n来源：本站　　作者：张三\n\n正文";
    const char *other = "标题\n2024-09-26　　来源：新华社\n\n中国—东盟信息港股份有限公司表示，…";
    ck_assert(issued_own_label_zh(own, strlen(own), pub));
    ck_assert(issued_own_label_zh(site, strlen(site), pub));
    ck_assert(!issued_own_label_zh(other, strlen(other), pub));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("issued");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_name_should_lose_its_article_bracket_seat_and_legal_suffix);
    tcase_add_test(tc, a_letterhead_and_two_mentions_of_itself_should_make_a_statement_of_its_own);
    tcase_add_test(tc, no_letterhead_or_one_mention_should_be_no_statement_of_its_own);
    tcase_add_test(tc, authors_named_after_the_publisher_should_be_a_unit_of_it);
    tcase_add_test(tc, a_title_of_results_or_a_notice_should_state_the_present_and_a_proposal_not);
    tcase_add_test(tc, a_rule_should_name_the_body_issuing_it_in_its_opening);
    tcase_add_test(tc, a_rule_opening_cut_at_the_text_end_should_not_be_read_past_it);
    tcase_add_test(tc, a_chinese_page_labelled_as_the_publishers_own_should_be_issued_by_it);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
