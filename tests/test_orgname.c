/* test_orgname.c — a place that opens an organisation's name places
 * nothing (orgname.h). */
#include "orgname.h"

#include <check.h>
#include <string.h>

#include "testutil.h"

/* Does the place w of s open a name? */
static int holds(const char *s, const char *w)
{
    size_t at = (size_t)(strstr(s, w) - s);
    return orgname_holds(s, at, at + strlen(w), strlen(s));
}

START_TEST(a_place_opening_a_body_or_a_work_should_be_held_by_its_name)
{
    ck_assert(holds("a loan from the Asian Development Bank of $40 million", "Asian"));
    ck_assert(holds("IHS will hold 70% and the Africa Finance Corporation 30%.", "Africa"));
    ck_assert(holds("the European Union Agency for the Space Programme (EUSPA) estimates", "European Union"));
    ck_assert(holds("Guangxi Beibu Gulf International Port Group (40%)", "Guangxi"));
    ck_assert(holds("the ITU Global Cybersecurity Index score 68.9", "Global"));
    ck_assert(holds("AidData's Global Chinese Development Finance dataset records US$6.3 billion", "Global"));
    ck_assert(holds("holds 53.5 percent of China Unicom (Hong Kong) Limited, the", "Hong Kong"));
}
END_TEST

START_TEST(a_place_in_prose_should_stand)
{
    ck_assert(!holds("Chinese lending to Africa rose to $4.61 billion in 2023.", "Africa"));
    ck_assert(!holds("In Southeast Asia, Alibaba Cloud holds 10%.", "Southeast Asia"));
    ck_assert(!holds("53 African countries and the AU", "African"));
    ck_assert(!holds("the share in Africa. Bank lending rose", "Africa"));
    ck_assert(!holds("offices in (Hong Kong) and Macau", "Hong Kong"));
    ck_assert(!holds("in the Asia-Pacific region", "Asia-Pacific"));
    /* (the second of a pair: the partnership's region, pairname.h) */
    ck_assert(!holds("funded through the Japan-ASEAN Integration Fund (JAIF)", "ASEAN"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("orgname");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_place_opening_a_body_or_a_work_should_be_held_by_its_name);
    tcase_add_test(tc, a_place_in_prose_should_stand);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
