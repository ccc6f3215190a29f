/* test_selfacr.c — the acronym a document calls its publishing body by
 * (selfacr.h). */
#include "selfacr.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

static const char *apply(const char *doc, const char *body)
{
    static char out[128];
    snprintf(out, sizeof out, "%s", body);
    selfacr_apply(doc, strlen(doc), out, sizeof out);
    return out;
}

START_TEST(a_publisher_should_be_written_with_the_acronym_its_document_calls_it_by)
{
    /* its initials, written as a word twice at least */
    ck_assert_str_eq(apply("Why GAO Did This Study. GAO analyzed agency data.",
                           "U.S. Government Accountability Office"),
                     "U.S. Government Accountability Office (GAO)");
    /* the acronym the text defines right after the name */
    ck_assert_str_eq(apply("The Communications Authority of Kenya (CA) regulates. The CA said.",
                           "Communications Authority of Kenya"),
                     "Communications Authority of Kenya (CA)");
}
END_TEST

START_TEST(a_publisher_its_document_calls_by_no_acronym_should_stay_as_it_is)
{
    /* once only, inside a word, a one-word name, a bracket already */
    ck_assert_str_eq(apply("GAO analyzed agency data.", "U.S. Government Accountability Office"),
                     "U.S. Government Accountability Office");
    ck_assert_str_eq(apply("GAOS and GAOX.", "Government Accountability Office"), "Government Accountability Office");
    ck_assert_str_eq(apply("ITU and ITU.", "ITU"), "ITU");
    ck_assert_str_eq(apply("GAO and GAO.", "Government Accountability Office (GAO)"),
                     "Government Accountability Office (GAO)");
    /* (two letters of initials are too few to tell) */
    ck_assert_str_eq(apply("The WB said. The WB added.", "World Bank"), "World Bank");
    /* a bracket after the name crediting another body, whose letters are
     * not the name's initials, is no acronym of it ("Internet users, City
     * of Example (NSO)"); initials of its small words and capitals inside
     * its words are ("Example Bureau of Statistics (EBOS)", "TransExample
     * Orbital (TEO)") */
    ck_assert_str_eq(apply("Internet users, City of Example (NSO). The NSO said.", "City of Example"),
                     "City of Example");
    ck_assert_str_eq(apply("The Example Bureau of Statistics (EBOS) counts. EBOS said.", "Example Bureau of Statistics"),
                     "Example Bureau of Statistics (EBOS)");
    ck_assert_str_eq(apply("TransExample Orbital (TEO) flies. TEO said.", "TransExample Orbital"),
                     "TransExample Orbital (TEO)");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("selfacr");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_publisher_should_be_written_with_the_acronym_its_document_calls_it_by);
    tcase_add_test(tc, a_publisher_its_document_calls_by_no_acronym_should_stay_as_it_is);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
