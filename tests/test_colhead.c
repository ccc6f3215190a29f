/* test_colhead.c — a column's name read over every line of its header
 * (colhead.h), and the metric it gives a cell. */
#include "colhead.h"
#include "lines.h"
#include "tables_frame.h"
#include "metrics.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

static const char table4[] =
    "Table 4: Commitments and financing, by region\n"
    "\n"
    "Region                          GG digital        DSR-linked Chinese\n"
    "                                commitments       financing\n"
    "                                2021-2023         2013-2023\n"
    "                                (EUR bn)          (USD bn, est.)\n"
    "------------------------------------------------------------------\n"
    "Africa                               5.5               18.0\n"
    "Asia and Pacific                     2.6               28.4\n";

/* The header cell of the column of fig: what the table reader gives
 * (over the figure's columns, the nearest cell of the header's line). */
static size_t head_of(const char *s, const char *fig, char *buf, size_t cap)
{
    size_t st = tu_at(s, fig), n = strlen(s);
    const unsigned char *u = (const unsigned char *)s;
    size_t ls = lines_start(s, st, 4096), le = lines_end(s, n, st);
    TableFrame f;
    size_t hs = 0, he = 0;
    if (tables_frame_read(u, n, ls, le, &f) && f.head_e > f.head_s)
        tables_frame_cell(u, f.head_s, f.head_e, tables_frame_columns(u, ls, st),
                          tables_frame_columns(u, ls, st + strlen(fig)), 0, &hs, &he);
    return colhead_text(s, n, st, st + strlen(fig), hs, he, buf, cap);
}

START_TEST(a_header_over_several_lines_should_name_each_column_whole)
{
    char buf[200];
    ck_assert_uint_gt(head_of(table4, "28.4", buf, sizeof buf), 0);
    ck_assert_str_eq(buf, "DSR-linked Chinese financing 2013-2023 (USD bn, est.)");
    ck_assert_uint_gt(head_of(table4, "5.5", buf, sizeof buf), 0);
    ck_assert_str_eq(buf, "GG digital commitments 2021-2023 (EUR bn)");
    /* a header of one line is named by its cell alone: nothing more */
    const char *one = "Region        Users     Share\nAfrica         570      37%\nEurope         690      91%\n";
    ck_assert_uint_eq(head_of(one, "570", buf, sizeof buf), 0);
    /* prose is no table */
    ck_assert_uint_eq(head_of("Africa had 570 million users.", "570", buf, sizeof buf), 0);
    /* a name longer than the room is cut at a whole cell */
    ck_assert_uint_le(head_of(table4, "28.4", buf, 24), 23);
}
END_TEST

/* The metric of the claim whose text is fig, extracted from doc. */
#define metric_of tu_metric_of

START_TEST(a_cell_should_take_the_metric_its_whole_column_names)
{
    ck_assert_str_eq(metric_of(table4, "28.4"), "dsr_investment");
    ck_assert_str_eq(metric_of(table4, "5.5"), "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("colhead");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, a_header_over_several_lines_should_name_each_column_whole);
    tcase_add_test(tc, a_cell_should_take_the_metric_its_whole_column_names);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
