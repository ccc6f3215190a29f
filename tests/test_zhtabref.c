/* test_zhtabref.c — a Chinese sentence reading a numbered table. */
#include "zhtabref.h"
#include "diag.h"
#include "metrics.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The number the reference at the start of t names, or "" when none. */
static const char *number(const char *t)
{
    static char out[32];
    size_t ns, ne, end;
    out[0] = '\0';
    if (zhtabref_at(t, 0, strlen(t), &ns, &ne, &end) && ne - ns < sizeof out) {
        memcpy(out, t + ns, ne - ns);
        out[ne - ns] = '\0';
    }
    return out;
}

START_TEST(a_reference_should_name_a_table_and_what_it_shows)
{
    ck_assert_str_eq(number("由表3-1可知，新加坡的普及率超过95%。"), "3-1");
    ck_assert_str_eq(number("从表1可见，"), "1");
    ck_assert_str_eq(number("如表 2.4 所示，"), "2.4");
    /* (a table named, not read: no reference) */
    ck_assert_str_eq(number("由表1列出的国家看，"), "");
    ck_assert_str_eq(number("由于表现不佳，"), "");
}
END_TEST

START_TEST(the_table_s_note_should_credit_the_reference)
{
    const char *t = "表3-1 东盟主要国家互联网发展情况\n新加坡  96.9\n\n资料来源：某某电信联盟数据库，笔者整理。\n\n由表3-1可知，";
    const char *ref = strstr(t, "由表");
    size_t ns, ne, end;
    char out[128];
    Metrics *m = NULL;
    Diag d = {0};
    ck_assert_int_eq(metrics_load("data/metrics.csv", &m, &d), 0);
    ck_assert(zhtabref_at(t, (size_t)(ref - t), strlen(t), &ns, &ne, &end));
    ck_assert(zhtabref_source(m, t, ns, ne, out, sizeof out));
    ck_assert_str_eq(out, "某某电信联盟数据库");
    /* (another table's number: none) */
    const char *u = "表3-2 东盟主要国家互联网发展情况\n新加坡  96.9\n\n资料来源：某某电信联盟数据库。\n\n由表3-1可知，";
    ref = strstr(u, "由表");
    ck_assert(zhtabref_at(u, (size_t)(ref - u), strlen(u), &ns, &ne, &end));
    ck_assert(!zhtabref_source(m, u, ns, ne, out, sizeof out));
    metrics_free(m);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("zhtabref");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_reference_should_name_a_table_and_what_it_shows);
    tcase_add_test(tc, the_table_s_note_should_credit_the_reference);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
