/* test_cuetok.c — the tokens cues are matched on (cuetok.h). */
#include "cuetok.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The tokens of s, as "word|mark|..." with a mark's type shown as '#'. */
static const char *cut(const char *s)
{
    static char out[512];
    CueTok t[64];
    size_t n = cuetok_split(s, 0, strlen(s), t, 64), o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i)
            out[o++] = '|';
        if (t[i].type == CUETOK_PUNCT)
            out[o++] = '#';
        memcpy(out + o, s + t[i].s, t[i].e - t[i].s);
        o += t[i].e - t[i].s;
    }
    out[o] = '\0';
    return out;
}

START_TEST(words_and_marks_should_be_cut_apart)
{
    ck_assert_str_eq(cut("China’s 5G users, 1,234"), "China|#’|s|5G|users|#,|1|#,|234");
    /* Unicode spaces separate; letters beyond ASCII are word letters */
    ck_assert_str_eq(cut("São\xC2\xA0Tomé (2023)"), "São|Tomé|#(|2023|#)");
}
END_TEST

START_TEST(a_chinese_character_should_be_a_word_by_itself)
{
    ck_assert_str_eq(cut("截至2023年网民"), "截|至|2023|年|网|民");
    ck_assert_str_eq(cut("网民，规模。"), "网|民|#，|规|模|#。");
}
END_TEST

START_TEST(spans_should_be_offsets_into_the_text_and_max_should_bound_the_count)
{
    const char *s = "xx by 2030 in Kenya";
    CueTok t[2];
    ck_assert_uint_eq(cuetok_split(s, 3, strlen(s), t, 2), 2);
    ck_assert_uint_eq(t[0].s, 3);
    ck_assert_uint_eq(t[0].e, 5);
    ck_assert_int_eq(cuetok_is_year(s, &t[1]), 1);
    ck_assert_int_eq(cuetok_is_year("1899", &(CueTok){.s = 0, .e = 4, .type = CUETOK_WORD}), 0);
    ck_assert_int_eq(cuetok_is_year("2101", &(CueTok){.s = 0, .e = 4, .type = CUETOK_WORD}), 0);
    ck_assert_int_eq(cuetok_is_year("20231", &(CueTok){.s = 0, .e = 5, .type = CUETOK_WORD}), 0);
}
END_TEST

/* A year in Chinese digits before 年 is one word; a year of the Republic
 * is its number after 民国, 1911 on. */
START_TEST(a_chinese_year_should_be_a_year)
{
    const char *s = "二〇二三年底，民国112年，一二三四五，2023财年";
    ck_assert_str_eq(cut(s), "二〇二三|年|底|#，|民|国|112|年|#，|一|二|三|四|五|#，|2023|财|年");
    CueTok t[32];
    size_t n = cuetok_split(s, 0, strlen(s), t, 32);
    ck_assert_uint_eq(n, 18);
    ck_assert_int_eq(cuetok_year(s, &t[0]), 2023);
    ck_assert_int_eq(cuetok_may_be_year(s, &t[0]), 1);
    ck_assert_int_eq(cuetok_year(s, &t[6]), 2023);
    ck_assert_int_eq(cuetok_may_be_year(s, &t[6]), 1);
    ck_assert_int_eq(cuetok_year(s, &t[10]), 0);
    ck_assert_int_eq(cuetok_year("112年", &(CueTok){.s = 0, .e = 3, .type = CUETOK_WORD}), 0);
    ck_assert_int_eq(cuetok_year("零零二三年", &(CueTok){.s = 0, .e = 12, .type = CUETOK_WORD}), 0);
    /* the zero typed as a white circle (U+25CB), as Hong Kong and Macau
     * texts write it */
    const char *o = "二○二三年莫桑比克";
    n = cuetok_split(o, 0, strlen(o), t, 32);
    ck_assert_uint_eq(t[0].e - t[0].s, 12);
    ck_assert_int_eq(cuetok_year(o, &t[0]), 2023);
    ck_assert_int_eq(cuetok_year("○○二三年", &(CueTok){.s = 0, .e = 12, .type = CUETOK_WORD}), 0);
}
END_TEST

/* Is the i-th token of s a clause boundary? */
static int boundary(const char *s, size_t i)
{
    CueTok t[64];
    size_t n = cuetok_split(s, 0, strlen(s), t, 64);
    ck_assert_uint_lt(i, n);
    return cuetok_boundary(s, strlen(s), &t[i]);
}

START_TEST(commas_and_dashes_should_end_clauses_but_not_inside_a_number)
{
    ck_assert_int_eq(boundary("Kenya, 12", 1), 1);
    ck_assert_int_eq(boundary("1,234 users", 1), 0);
    ck_assert_int_eq(boundary("Kenya \xE2\x80\x94 12", 1), 1);
    ck_assert_int_eq(boundary("a - b", 1), 1);
    ck_assert_int_eq(boundary("2013-22", 1), 0);
    ck_assert_int_eq(boundary("worldwide: 2.6", 1), 0);
}
END_TEST

/* The matcher asks cuetok_boundary only of marks (metrics.c). */
START_TEST(every_clause_boundary_should_be_a_mark)
{
    const char *s = "Kenya, 12; a - b \xE2\x80\x94 c \xE2\x80\x93 d\xEF\xBC\x8C\xE5\x9B\xBD\xEF\xBC\x9B e";
    CueTok t[64];
    size_t n = cuetok_split(s, 0, strlen(s), t, 64), found = 0;
    for (size_t i = 0; i < n; i++)
        if (cuetok_boundary(s, strlen(s), &t[i])) {
            ck_assert_int_eq(t[i].type, CUETOK_PUNCT);
            found++;
        }
    ck_assert_uint_eq(found, 7);
}
END_TEST

/* cuetok_may_be_year is the matcher's quick test before cuetok_year. */
START_TEST(a_token_that_may_not_be_a_year_should_be_none)
{
    const char *s = "in 1900, 2100 and FY2023, FY23 or 1899 2101 3000 fy2022 Kenya 20231 $";
    CueTok t[64];
    size_t n = cuetok_split(s, 0, strlen(s), t, 64), years = 0;
    for (size_t i = 0; i < n; i++)
        if (cuetok_year(s, &t[i])) {
            ck_assert_int_eq(cuetok_may_be_year(s, &t[i]), 1);
            years++;
        }
    ck_assert_uint_ge(years, 3);   /* 1900, 2100, FY2023 at least */
    ck_assert_int_eq(cuetok_may_be_year("Kenya", &(CueTok){.s = 0, .e = 5, .type = CUETOK_WORD}), 0);
    ck_assert_int_eq(cuetok_may_be_year("3000", &(CueTok){.s = 0, .e = 4, .type = CUETOK_WORD}), 0);
}
END_TEST

START_TEST(the_hash_should_fold_ascii_case_and_tell_seeds_apart)
{
    ck_assert_uint_eq(cuetok_hash(0, "Kenya", 5), cuetok_hash(0, "KENYA", 5));
    ck_assert_uint_ne(cuetok_hash(0, "Kenya", 5), cuetok_hash(1, "Kenya", 5));
    ck_assert_uint_ne(cuetok_hash(0, "Kenya", 5), cuetok_hash(0, "Kenyb", 5));
    ck_assert_uint_eq(ascii_lower('Q'), 'q');
    ck_assert_uint_eq(ascii_lower(0xC3), 0xC3);
}
END_TEST

START_TEST(lower_case_should_change_only_ascii_capitals)
/* (ascii.h: the table every matcher lowers its bytes by) */
{
    for (unsigned c = 0; c < 256; c++)
        ck_assert_uint_eq(ascii_lower((unsigned char)c), c >= 'A' && c <= 'Z' ? c + 32 : c);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("cuetok");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, words_and_marks_should_be_cut_apart);
    tcase_add_test(tc, lower_case_should_change_only_ascii_capitals);
    tcase_add_test(tc, a_chinese_character_should_be_a_word_by_itself);
    tcase_add_test(tc, a_chinese_year_should_be_a_year);
    tcase_add_test(tc, spans_should_be_offsets_into_the_text_and_max_should_bound_the_count);
    tcase_add_test(tc, commas_and_dashes_should_end_clauses_but_not_inside_a_number);
    tcase_add_test(tc, the_hash_should_fold_ascii_case_and_tell_seeds_apart);
    tcase_add_test(tc, every_clause_boundary_should_be_a_mark);
    tcase_add_test(tc, a_token_that_may_not_be_a_year_should_be_none);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
