/* test_zhtime.c — the time word a Chinese clause dates its figure by
 * (zhtime.h). */
#include "zhtime.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* The year zhtime gives the figure at the first occurrence of fig in s,
 * a document dated March 2024. */
static int year_of(const char *s, const char *fig)
{
    static DocInfo di;
    static DocTimes t;
    memset(&di, 0, sizeof di);
    di.date_y = 2024, di.date_m = 3;
    const char *f = strstr(s, fig);
    ck_assert_ptr_nonnull(f);
    docinfo_times(&di, s, 0, strlen(s), &t);
    return zhtime_year(&t, (size_t)(f - s));
}

START_TEST(the_nearest_time_word_before_the_figure_should_date_it)
{
    const char *s = "去年我们全年发出去的包裹大概是一千二百万件，今年预计能翻一番";
    ck_assert_int_eq(year_of(s, "一千二百万"), 2023);
    ck_assert_int_eq(year_of(s, "翻一番"), 2024);
    /* a comparison's base, or a year written between, dates nothing */
    ck_assert_int_eq(year_of("收入较去年增长10%", "10%"), 0);
    ck_assert_int_eq(year_of("目前2021年建成的数据中心有40个", "40"), 0);
}
END_TEST

/* More time words than a DocTimes keeps: the nearest may be one it did
 * not keep, so none it kept may be taken for it. */
START_TEST(a_time_word_past_those_kept_should_not_be_missed)
{
    Buf b;
    buf_init(&b, 0);
    for (int i = 0; i < DOCINFO_TIMES + 4; i++)
        buf_puts(&b, "去年，");
    buf_puts(&b, "今年用户达5亿");
    buf_putc(&b, '\0');
    int y = year_of(b.data, "5亿");
    ck_assert_msg(y == 0 || y == 2024, "got %d", y);
    buf_free(&b);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("zhtime");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, the_nearest_time_word_before_the_figure_should_date_it);
    tcase_add_test(tc, a_time_word_past_those_kept_should_not_be_missed);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
