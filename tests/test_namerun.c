/* test_namerun.c — reading a name at an offset (namerun.h). */
#include "namerun.h"
#include "testutil.h"

#include <check.h>
#include <string.h>

static const NameStyle spaced = {
    .word = NAME_W_HYPHEN | NAME_W_APOS_LINK,
    .joins = NAME_J_OF | NAME_J_THE,
    .max_words = 8,
};

/* The name opening text at offset at, as style reads it. */
static const char *run(const NameStyle *st, const char *text, size_t at)
{
    static char out[128];
    size_t e = name_run(st, text, at, strlen(text));
    if (!name_copy(text, at, e, out, sizeof out))
        return "";
    return out;
}

static const char *run_back(const NameStyle *st, const char *text, size_t b)
{
    static char out[128];
    size_t a = name_run_back(st, text, 0, b);
    if (!name_copy(text, a, b, out, sizeof out))
        return "";
    return out;
}

START_TEST(a_name_should_run_over_capitalised_words_and_joins_to_its_last_capital)
{
    ck_assert_str_eq(run(&spaced, "Bank of Ghana said", 0), "Bank of Ghana");
    ck_assert_str_eq(run(&spaced, "the Centre for the Study of Trade, on", 4), "Centre for the Study of Trade");
    ck_assert_str_eq(run(&spaced, "Dell'Oro Group of the", 0), "Dell'Oro Group");
    ck_assert_str_eq(run(&spaced, "Inter-American Development Bank", 0), "Inter-American Development Bank");
    /* (a join opens no name unless the style says so) */
    ck_assert_str_eq(run(&spaced, "of Ghana", 0), "");
    NameStyle opens = spaced;
    opens.flags = NAME_F_JOIN_OPENS;
    ck_assert_str_eq(run(&opens, "the World Bank", 0), "the World Bank");
    /* (a join in capitals is a capitalised word; in mixed case none) */
    ck_assert_str_eq(run(&spaced, "Bank oF Ghana", 0), "Bank");
    NameStyle any_case = spaced;
    any_case.flags = NAME_F_JOIN_ANY_CASE;
    ck_assert_str_eq(run(&any_case, "Bank oF Ghana", 0), "Bank oF Ghana");
}
END_TEST

START_TEST(words_should_be_parted_by_one_space_or_by_blanks_as_the_style_says)
{
    ck_assert_str_eq(run(&spaced, "Broadband\nCommission", 0), "Broadband");
    ck_assert_str_eq(run(&spaced, "Broadband  Commission", 0), "Broadband");
    NameStyle blanks = spaced;
    blanks.flags = NAME_F_BLANKS;
    ck_assert_str_eq(run(&blanks, "Broadband\nCommission set", 0), "Broadband\nCommission");
    ck_assert_str_eq(run(&blanks, "Broadband  Commission", 0), "Broadband  Commission");
}
END_TEST

START_TEST(a_name_should_stop_at_its_words_limit)
{
    NameStyle two = spaced;
    two.max_words = 2;
    ck_assert_str_eq(run(&two, "Asia Pacific Telecommunity", 0), "Asia Pacific");
    NameStyle any = spaced;
    any.max_words = 0;
    ck_assert_str_eq(run(&any, "A B C D E F G H I J", 0), "A B C D E F G H I J");
}
END_TEST

START_TEST(a_word_should_hold_the_marks_its_style_lets_it)
{
    NameStyle plain = {.joins = NAME_J_OF, .max_words = 8};
    const char *t = "Telecom-Pro Group";
    ck_assert_uint_eq(name_word_end(&plain, t, 0, strlen(t)), 7);
    ck_assert_uint_eq(name_word_end(&spaced, t, 0, strlen(t)), 11);
    /* a link mark only inside, before a letter */
    ck_assert_uint_eq(name_word_end(&spaced, "O' Neill", 0, 8), 1);
    NameStyle digits = {.word = NAME_W_DIGIT};
    ck_assert_uint_eq(name_word_end(&digits, "Web3 x", 0, 6), 4);
    ck_assert_uint_eq(name_word_end(&plain, "Web3 x", 0, 6), 3);
}
END_TEST

START_TEST(a_name_should_be_read_back_from_its_end)
{
    NameStyle back = {.joins = NAME_J_OF, .flags = NAME_F_BLANKS, .max_words = 8};
    const char *t = "below the Broadband Commission target";
    ck_assert_str_eq(run_back(&back, t, strlen("below the Broadband Commission")), "Broadband Commission");
    const char *u = "says the Central Bank of\nKenya";
    ck_assert_str_eq(run_back(&back, u, strlen(u)), "Central Bank of\nKenya");
    /* (no capital ends there: none) */
    ck_assert_str_eq(run_back(&back, t, strlen("below the")), "");
}
END_TEST

START_TEST(the_vocabulary_should_know_titles_roles_and_articles)
{
    ck_assert(name_office_title("Spokesperson", 0, 12));
    ck_assert(!name_office_title("spokesperson", 0, 12));   /* (a title as written, with a capital) */
    ck_assert(!name_office_title("SPOKESPERSON", 0, 12));
    ck_assert(name_person_title("DR", 0, 2));
    ck_assert(name_person_title("Prof", 0, 4));
    ck_assert(name_person_title("Professor", 0, 9));
    ck_assert(!name_person_title("Professors", 0, 10));   /* (a whole word only) */
    ck_assert(name_role_noun("Regulator", 0, 9));
    ck_assert(!name_role_noun("Kenya", 0, 5));
    ck_assert(name_article("Their", 0, 5));
    ck_assert(!name_article("Thei", 0, 4));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("namerun");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_name_should_run_over_capitalised_words_and_joins_to_its_last_capital);
    tcase_add_test(tc, words_should_be_parted_by_one_space_or_by_blanks_as_the_style_says);
    tcase_add_test(tc, a_name_should_stop_at_its_words_limit);
    tcase_add_test(tc, a_word_should_hold_the_marks_its_style_lets_it);
    tcase_add_test(tc, a_name_should_be_read_back_from_its_end);
    tcase_add_test(tc, the_vocabulary_should_know_titles_roles_and_articles);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
