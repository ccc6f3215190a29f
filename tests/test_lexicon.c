/* test_lexicon.c — word lists as one table, phrases at a place
 * (lexicon.h). */
#include "lexicon.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const verbs[] = {"is", "are", "has", NULL};
static const char *const aux[] = {"has", "have", "had", NULL};

static uint32_t bits(const Lexicon *lx, const char *w)
{
    return lexicon_bits(lx, w, strlen(w));
}

START_TEST(a_word_should_carry_the_bit_of_every_list_holding_it)
{
    static Lexicon lx;
    lexicon_add_list(&lx, verbs, 1);
    lexicon_add_list(&lx, aux, 2);
    ck_assert_uint_eq(bits(&lx, "is"), 1);
    ck_assert_uint_eq(bits(&lx, "had"), 2);
    ck_assert_uint_eq(bits(&lx, "has"), 3);
    ck_assert_uint_eq(lx.n, 5);
    ck_assert_uint_eq(lx.maxlen, 4);
}
END_TEST

START_TEST(a_lookup_should_ignore_ascii_case_and_nothing_else)
{
    static Lexicon lx;
    lexicon_add_list(&lx, verbs, 1);
    ck_assert_uint_eq(bits(&lx, "IS"), 1);
    ck_assert_uint_eq(bits(&lx, "Are"), 1);
    /* a slice: the word's length counts, not the NUL */
    ck_assert_uint_eq(lexicon_bits(&lx, "hash", 3), 1);
    ck_assert_uint_eq(lexicon_bits(&lx, "is", 1), 0);
    ck_assert_uint_eq(bits(&lx, "iss"), 0);
    ck_assert_uint_eq(bits(&lx, ""), 0);
    ck_assert_uint_eq(bits(&lx, "i\xC5\x9F"), 0);   /* not folded beyond ASCII */
    ck_assert_uint_eq(bits(&lx, "a-e"), 0);
}
END_TEST

START_TEST(many_words_should_all_be_found)
{
    static Lexicon lx;
    static char store[400][8];
    static const char *list[401];
    for (int i = 0; i < 400; i++) {
        snprintf(store[i], sizeof store[i], "w%d", i);
        list[i] = store[i];
    }
    lexicon_add_list(&lx, list, 4);
    for (int i = 0; i < 400; i++)
        ck_assert_uint_eq(bits(&lx, store[i]), 4);
    ck_assert_uint_eq(bits(&lx, "w400"), 0);
}
END_TEST

START_TEST(a_phrase_should_be_found_where_it_starts_within_the_end)
{
    static const Phrase hedges[] = {PHRASE("a year "), PHRASE("annually"), PHRASE("per annum"), {NULL, 0}};
    const char *s = "It costs $6 trillion Annually, or 2% per annum.";
    size_t n = strlen(s);
    const char *at = strstr(s, "Annually");
    ck_assert_ptr_eq(phrases_at(hedges, s, (size_t)(at - s), n, 0), &hedges[1]);
    ck_assert_ptr_eq(phrases_at(hedges, s, (size_t)(strstr(s, "per") - s), n, 0), &hedges[2]);
    /* the end bounds the search: "per annum" cut by it is no phrase */
    ck_assert_ptr_null(phrases_at(hedges, s, (size_t)(strstr(s, "per") - s), n - 2, 0));
    ck_assert_ptr_null(phrases_at(hedges, s, 0, n, 0));
    /* "a year" needs its space */
    ck_assert_ptr_null(phrases_at(hedges, "a year", 0, 6, 0));
    ck_assert_ptr_eq(phrases_at(hedges, "A year later", 0, 12, 0), &hedges[0]);
    /* a phrase hard-wrapped across two lines is the phrase; a tab is no blank of it */
    ck_assert_ptr_eq(phrases_at(hedges, "2% per\nannum.", 3, 14, 0), &hedges[2]);
    ck_assert_ptr_null(phrases_at(hedges, "2% per\tannum.", 3, 14, 0));
}
END_TEST

START_TEST(a_whole_phrase_should_end_a_word_and_the_next_one_be_tried)
{
    static const Phrase words[] = {PHRASE("now"), PHRASE("nowhere"), PHRASE("so far"), {NULL, 0}};
    /* "now" starts "nowhere" but does not end a word there */
    ck_assert_ptr_eq(phrases_at(words, "nowhere else", 0, 12, 1), &words[1]);
    ck_assert_ptr_eq(phrases_at(words, "nowhere else", 0, 12, 0), &words[0]);
    ck_assert_ptr_null(phrases_at(words, "nowadays", 0, 8, 1));
    /* the end of the text, a digit or a mark ends a word */
    ck_assert_ptr_eq(phrases_at(words, "now", 0, 3, 1), &words[0]);
    ck_assert_ptr_eq(phrases_at(words, "nowadays", 0, 3, 1), &words[0]);
    ck_assert_ptr_eq(phrases_at(words, "So far, 12", 0, 10, 1), &words[2]);
    ck_assert_ptr_eq(phrases_at(words, "now2", 0, 4, 1), &words[0]);
}
END_TEST

START_TEST(a_phrase_should_be_found_only_where_a_word_starts)
{
    static const Phrase words[] = {PHRASE("now"), PHRASE("so far"), {NULL, 0}};
    const char *s = "Snow fell; so far, 12 towers stand now.";
    size_t n = strlen(s);
    /* ("Snow" holds "now" inside a word: not there) */
    ck_assert_ptr_eq(phrases_in(words, s, 0, n, 1), &words[1]);
    ck_assert_ptr_eq(phrases_in(words, s, (size_t)(strstr(s, "12") - s), n, 1), &words[0]);
    ck_assert_ptr_null(phrases_in(words, s, 0, (size_t)(strstr(s, "so") - s), 1));
    /* (a search from inside a word starts a word there) */
    ck_assert_ptr_eq(phrases_in(words, s, 1, 4, 1), &words[0]);
    ck_assert_ptr_null(phrases_in(words, "nowadays", 0, 8, 1));
    ck_assert_ptr_eq(phrases_in(words, "nowadays", 0, 8, 0), &words[0]);
}
END_TEST

START_TEST(the_letters_of_a_list_should_be_those_its_phrases_open_with)
{
    static const Phrase some[] = {PHRASE("at present"), PHRASE("now"), PHRASE("annually"), PHRASE("zero"),
                                  {NULL, 0}};
    static const Phrase none[] = {{NULL, 0}};
    ck_assert_uint_eq(phrases_letters(some), (1u << 0) | (1u << ('n' - 'a')) | (1u << 25));
    ck_assert_uint_eq(phrases_letters(none), 0);
    /* a place whose letter is not among them holds none of the phrases */
    const char *t = "Now and then";
    ck_assert_ptr_nonnull(phrases_at(some, t, 0, strlen(t), 1));
    ck_assert(phrases_letters(some) >> ('t' - 'a') & 1 ? 0 : !phrases_at(some, t, 8, strlen(t), 1));
}
END_TEST

/* A list indexed by first letter finds, at every place of a text, the
 * phrase the list itself finds there. */
START_TEST(an_indexed_list_should_find_what_the_list_finds)
{
    static const Phrase rel[] = {PHRASE("this year"), PHRASE("last year"), PHRASE("so far this year"),
                                 PHRASE("the past year"), PHRASE("to date"), PHRASE("so far"), PHRASE("today"),
                                 PHRASE("this fiscal year"), PHRASE("zero"), {NULL, 0}};
    PhraseIndex ix;
    phrases_index(rel, &ix);
    const char *s = "So far this year, today and to date: THIS YEAR, the past\nyear, zeros; so far 2024.";
    size_t n = strlen(s), hits = 0;
    for (int whole = 0; whole < 2; whole++)
        for (size_t i = 0; i < n; i++) {
            const Phrase *a = phrases_at(rel, s, i, n, whole), *b = phrases_at_index(&ix, s, i, n, whole);
            ck_assert_ptr_eq(a, b);
            hits += a != NULL;
        }
    ck_assert_uint_ge(hits, 9);
    ck_assert_ptr_eq(phrases_at_index(&ix, s, 0, n, 1), &rel[2]);
    ck_assert_ptr_null(phrases_at_index(&ix, "2024", 0, 4, 1));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("lexicon");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_word_should_carry_the_bit_of_every_list_holding_it);
    tcase_add_test(tc, a_lookup_should_ignore_ascii_case_and_nothing_else);
    tcase_add_test(tc, many_words_should_all_be_found);
    tcase_add_test(tc, a_phrase_should_be_found_where_it_starts_within_the_end);
    tcase_add_test(tc, a_whole_phrase_should_end_a_word_and_the_next_one_be_tried);
    tcase_add_test(tc, a_phrase_should_be_found_only_where_a_word_starts);
    tcase_add_test(tc, the_letters_of_a_list_should_be_those_its_phrases_open_with);
    tcase_add_test(tc, an_indexed_list_should_find_what_the_list_finds);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
