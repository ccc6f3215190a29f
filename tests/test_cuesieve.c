/* test_cuesieve.c — where no cue of a kind can start (cuesieve.h), and
 * metrics_may_cue, which reads the sieve's places by their tokens' keys. */
#include "cuesieve.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"
#include "testutil.h"

#define M tu_metrics   /* the default metrics table (testutil.h) */

static CueSieve *sieve_of_two(void)
{
    CueSieve *s = calloc(1, sizeof *s);
    cuesieve_add(s, 3, "target", 6, 1);
    cuesieve_add(s, 5, "目", 3, 1);
    return s;
}

START_TEST(a_kind_should_be_found_only_at_a_word_start_of_its_first_bytes)
{
    CueSieve *s = sieve_of_two();
    const char *t = "its Target was met, then retargeted";
    size_t n = strlen(t);
    ck_assert_int_eq(cuesieve_may(s, t, 0, n, 1u << 3), 1);
    ck_assert_uint_eq(cuesieve_next(s, t, 0, 0, n, 1u << 3), 4);
    /* ("retargeted": no word starts at its "ta") */
    ck_assert_uint_eq(cuesieve_next(s, t, 0, 5, n, 1u << 3), n);
    /* another kind, or no kind, is not asked */
    ck_assert_uint_eq(cuesieve_next(s, t, 0, 0, n, 1u << 5), n);
    ck_assert_uint_eq(cuesieve_next(s, t, 0, 0, n, 0), n);
    /* a Chinese character is a word of its own, wherever it stands */
    const char *z = "实现目标";
    ck_assert_uint_eq(cuesieve_next(s, z, 0, 0, strlen(z), 1u << 5), 6);
    /* right after a digit or a Latin letter too: "65岁以上", "5G目标" */
    cuesieve_add(s, 3, "岁", 3, 1);
    const char *age = "65岁以上";
    ck_assert_uint_eq(cuesieve_next(s, age, 0, 0, strlen(age), 1u << 3), 2);
    const char *g = "5G目标";
    ck_assert_uint_eq(cuesieve_next(s, g, 0, 0, strlen(g), 1u << 5), 2);
    free(s);
}
END_TEST

START_TEST(a_cue_of_one_byte_a_year_or_a_mark_should_make_every_word_a_maybe)
{
    CueSieve *s = sieve_of_two();
    const char *t = "xx yy";
    ck_assert_uint_eq(cuesieve_next(s, t, 0, 0, 5, 1u << 7), 5);
    cuesieve_add(s, 7, "%", 1, 0);
    ck_assert_uint_eq(cuesieve_next(s, t, 0, 0, 5, 1u << 7), 0);
    ck_assert_uint_eq(cuesieve_next(s, t, 0, 1, 5, 1u << 7), 3);   /* (the next word's start) */
    free(s);
}
END_TEST

/* metrics_may_cue never says no where the line's cues hold one. */
START_TEST(may_cue_should_say_perhaps_wherever_the_line_holds_such_a_cue)
{
    static const char *const lines[] = {
        "the government's target is 80% by 2030", "Internet use among rural residents rose to 56%",
        "women make up 45% of users", "网民规模达10.9亿，农村网民3亿", "力争2025年实现全覆盖",
        "Kenya had 22 million subscribers", "the share of people aged 15 and older",
        "60岁及以上网民占比14.3%", "5G农村用户达1亿户", "a 5%target",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        static LineCues lc;
        const char *t = lines[i];
        ck_assert(metrics_line_cues(M, t, 0, strlen(t), 0, &lc));
        unsigned held = 0;
        for (size_t k = 0; k < lc.nc; k++)
            if (lc.cues[k].role == MC_CUE)
                held |= 1u << lc.cues[k].kind;
        for (unsigned kind = MC_METRIC; kind <= MC_AIM; kind++)
            if (held >> kind & 1)
                ck_assert_msg(metrics_may_cue(M, t, 0, strlen(t), 1u << kind), "%s: kind %u", t, kind);
    }
    const char *none = "Kenya had 22 million subscribers";
    ck_assert_int_eq(metrics_may_cue(M, none, 0, strlen(none), 1u << MC_AIM | 1u << MC_PART), 0);
    const char *aim = "the government's target is 80% by 2030";
    ck_assert_int_eq(metrics_may_cue(M, aim, 0, strlen(aim), 1u << MC_AIM), 1);
    ck_assert_int_eq(metrics_may_cue(M, aim, 0, strlen(aim), 1u << MC_PART), 0);
    const char *part = "网民规模达10.9亿，农村网民3亿";
    ck_assert_int_eq(metrics_may_cue(M, part, 0, strlen(part), 1u << MC_PART), 1);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("cuesieve");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_kind_should_be_found_only_at_a_word_start_of_its_first_bytes);
    tcase_add_test(tc, a_cue_of_one_byte_a_year_or_a_mark_should_make_every_word_a_maybe);
    tcase_add_test(tc, may_cue_should_say_perhaps_wherever_the_line_holds_such_a_cue);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
