/* test_strset.c — a set of strings finds what a memcmp at every place
 * finds: the first of the list at a place, any within a span, never one
 * that runs past the span's end. */
#include "strset.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static const char *const plans[] = {"计划", "预计", "有望", "拟", "将在", "将于", "未来", NULL};
static const char *const words[] = {"than", "than in", "from ", "vs.", "s", "so far", NULL};

/* What strset_at must give: the first string of list at p[i, e). */
static int naive_at(const char *const *list, const char *p, size_t i, size_t e)
{
    for (int k = 0; list[k]; k++) {
        size_t l = strlen(list[k]);
        if (i + l <= e && !memcmp(p + i, list[k], l))
            return k;
    }
    return -1;
}

START_TEST(the_first_string_of_the_list_at_a_place_should_be_found)
{
    StrSet set;
    strset_init(&set, words);
    const char *t = "higher than in 2021, up from 2019 vs. so far";
    size_t n = strlen(t);
    ck_assert_int_eq(strset_at(&set, t, 7, n), 0);   /* "than" is listed before "than in" */
    ck_assert_int_eq(strset_at(&set, t, 24, n), 2);  /* "from " */
    ck_assert_int_eq(strset_at(&set, t, 34, n), 3);  /* "vs." */
    ck_assert_int_eq(strset_at(&set, t, 0, n), -1);
    ck_assert_int_eq(strset_at(&set, t, 35, n), 4);  /* "s", a string of one byte */
    /* a string that would run past the span's end is not there */
    ck_assert_int_eq(strset_at(&set, t, 24, 28), -1);
    ck_assert_int_eq(strset_at(&set, t, n, n), -1);
}
END_TEST

START_TEST(a_chinese_word_should_be_found_within_a_span_and_not_past_it)
{
    StrSet set;
    strset_init(&set, plans);
    const char *t = "公司未来3年将再投入约1000万美元，计划在2030年前完成。";
    size_t n = strlen(t);
    ck_assert(strset_any(&set, t, 0, n));
    const char *fut = strstr(t, "未来");
    size_t at = (size_t)(fut - t);
    ck_assert(strset_any(&set, t, at, at + 6));
    ck_assert(!strset_any(&set, t, at, at + 5));   /* cut inside 来 */
    ck_assert(!strset_any(&set, t, 0, at + 3));
    ck_assert(!strset_any(&set, "项目新建光缆约4300公里。", 0, strlen("项目新建光缆约4300公里。")));
}
END_TEST

START_TEST(any_text_should_give_what_a_memcmp_at_every_place_gives)
{
    /* random texts over an alphabet of the lists' own bytes and others */
    static const char *const pieces[] = {"计", "划", "预", "计划", "将", "在", "于", "拟", "未来", "than",
                                         " in", "s", "vs", ".", "so", " far", "from", " ", "x", "年"};
    StrSet a, b;
    strset_init(&a, plans);
    strset_init(&b, words);
    srand(12);
    for (int round = 0; round < 2000; round++) {
        char t[512];
        size_t n = 0;
        while (n < 400) {
            const char *s = pieces[rand() % (int)(sizeof pieces / sizeof *pieces)];
            memcpy(t + n, s, strlen(s));
            n += strlen(s);
        }
        size_t from = (size_t)rand() % 50, to = from + (size_t)rand() % (n - from);
        int any_a = 0, any_b = 0;
        for (size_t i = from; i < to; i++) {
            ck_assert_int_eq(strset_at(&a, t, i, to), naive_at(plans, t, i, to));
            ck_assert_int_eq(strset_at(&b, t, i, to), naive_at(words, t, i, to));
            any_a |= naive_at(plans, t, i, to) >= 0;
            any_b |= naive_at(words, t, i, to) >= 0;
        }
        ck_assert_int_eq(strset_any(&a, t, from, to), any_a);
        ck_assert_int_eq(strset_any(&b, t, from, to), any_b);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("strset");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, the_first_string_of_the_list_at_a_place_should_be_found);
    tcase_add_test(tc, a_chinese_word_should_be_found_within_a_span_and_not_past_it);
    tcase_add_test(tc, any_text_should_give_what_a_memcmp_at_every_place_gives);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
