/* test_tables.c — the table reader's phases: the layout around a row of
 * an aligned table (tables_frame.h) and the unit and year a table's own
 * text states (tables_unit.h). The cells' claims, end to end, are data:
 * tests/scan/table_scales.test and tests/context/tables.test. */
#include "tables.h"
#include "tables_frame.h"
#include "tables_unit.h"
#include "scores.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#define U(s) ((const unsigned char *)(s))

/* The frame of the line of text holding needle. */
static int frame_of(const char *text, const char *needle, TableFrame *f)
{
    const char *at = strstr(text, needle);
    ck_assert_ptr_nonnull(at);
    size_t n = strlen(text), ls = (size_t)(at - text), le = ls;
    while (ls > 0 && text[ls - 1] != '\n')
        ls--;
    while (le < n && text[le] != '\n')
        le++;
    return tables_frame_read(U(text), n, ls, le, f);
}

/* Is text[s, e) exactly want? */
static int is(const char *text, size_t s, size_t e, const char *want)
{
    return e - s == strlen(want) && !memcmp(text + s, want, e - s);
}

/* Does text[s, e), blanks trimmed, equal want? */
static int trimmed(const char *text, size_t s, size_t e, const char *want)
{
    while (s < e && text[s] == ' ')
        s++;
    while (e > s && text[e - 1] == ' ')
        e--;
    return is(text, s, e, want);
}

START_TEST(a_frame_should_find_caption_unit_line_header_and_group_row)
{
    const char *t = "Intro paragraph.\n"
                    "\n"
                    "Table 3.2 Card and mobile payments\n"
                    "\n"
                    "                              2023          2024     % change\n"
                    "Number (million transactions)\n"
                    "  Mobile wallets              845.0         781.3         (7.5)\n";
    TableFrame f;
    ck_assert_int_eq(frame_of(t, "Mobile wallets", &f), 1);
    ck_assert(is(t, f.cap_s, f.cap_e, "Table 3.2 Card and mobile payments"));
    ck_assert(trimmed(t, f.head_s, f.head_e, "2023          2024     % change"));
    ck_assert(is(t, f.group_s, f.group_e, "Number (million transactions)"));
    ck_assert(is(t, f.label_s, f.label_e, "Mobile wallets"));
    ck_assert_int_eq(f.figures, 3);

    const char *zh = "表1  2023年某省电信业务收入情况\n"
                     "                                        单位：亿元\n"
                     "指标名称                    2023年     比上年增长（%）\n"
                     "电信业务收入                1578.6          6.3\n";
    ck_assert_int_eq(frame_of(zh, "1578.6", &f), 1);
    ck_assert(is(zh, f.cap_s, f.cap_e, "表1  2023年某省电信业务收入情况"));
    ck_assert(trimmed(zh, f.unit_s, f.unit_e, "单位：亿元"));
    ck_assert(trimmed(zh, f.head_s, f.head_e, "指标名称                    2023年     比上年增长（%）"));
}
END_TEST

START_TEST(a_frame_should_read_rules_captions_over_two_lines_and_headers_over_two)
{
    const char *t = "--------------------------------------------\n"
                    "Table 2. Persons who used the internet in the\n"
                    "last three months, by sex (percent)\n"
                    "--------------------------------------------\n"
                    "Area                Both sexes       Male\n"
                    "Ghana                     38.9       44.6\n"
                    "--------------------------------------------\n";
    TableFrame f;
    ck_assert_int_eq(frame_of(t, "Ghana", &f), 1);
    ck_assert(is(t, f.cap_s, f.cap_e, "Table 2. Persons who used the internet in the\n"
                                      "last three months, by sex (percent)"));
    ck_assert(is(t, f.head_s, f.head_e, "Area                Both sexes       Male"));

    const char *y = "Table 3.1  Internet use by region, 2023\n"
                    "\n"
                    "Region            Internet users     Offline population\n"
                    "                    (millions)           (millions)\n"
                    "Africa                   440                  750\n";
    ck_assert_int_eq(frame_of(y, "Africa", &f), 1);
    ck_assert(is(y, f.cap_s, f.cap_e, "Table 3.1  Internet use by region, 2023"));
    ck_assert(trimmed(y, f.more_s, f.more_e, "(millions)           (millions)"));
    ck_assert_uint_eq(f.group_e, f.group_s);
}
END_TEST

START_TEST(a_frame_should_date_a_series_by_its_axis_and_name_it_by_its_legend)
{
    const char *t = "                              单位：万人\n"
                    "  61250      64830      70120\n"
                    "  48.2%      50.1%      53.7%\n"
                    " 2020.6    2020.12     2021.6\n"
                    "          ■ 网民规模      ● 互联网普及率\n";
    TableFrame f;
    ck_assert_int_eq(frame_of(t, "61250", &f), 1);
    ck_assert_uint_eq(f.label_e, f.label_s);
    ck_assert(trimmed(t, f.axis_s, f.axis_e, "2020.6    2020.12     2021.6"));
    ck_assert(is(t, f.legend_s, f.legend_e, "网民规模"));
    ck_assert_int_eq(frame_of(t, "48.2%", &f), 1);
    ck_assert(is(t, f.legend_s, f.legend_e, "互联网普及率"));
    /* the axis itself is no row of figures */
    ck_assert_int_eq(frame_of(t, "2020.12", &f), 0);

    /* a header's line of day dates ("Year ended" over "31 Dec 2022") dates
     * the columns: it is no row of figures */
    const char *d = "                 Year ended      Year ended    Six months ended\n"
                    "                 31 Dec 2022     31 Dec 2023      30 June 2024\n"
                    "                  (audited)       (audited)       (unaudited)\n"
                    "Revenue             412.6           538.1             301.9\n";
    ck_assert_int_eq(frame_of(d, "Revenue", &f), 1);
    ck_assert(trimmed(d, f.axis_s, f.axis_e, "31 Dec 2022     31 Dec 2023      30 June 2024"));
    ck_assert(trimmed(d, f.head_s, f.head_e, "(audited)       (audited)       (unaudited)"));
    ck_assert_int_eq(frame_of(d, "31 Dec 2023", &f), 0);
    /* a day's date is no figure with its unit ("6 MW" is one) */
    ck_assert_int_eq(tables_frame_date_cell(U("31 Dec 2022"), 0, 11), 1);
    ck_assert_int_eq(tables_frame_date_cell(U("31 Decades"), 0, 10), 0);
}
END_TEST

START_TEST(a_block_of_fields_should_have_no_header)
{
    const char *t = "General information\n"
                    "Status                  Operational\n"
                    "Cost                    KSh 17.5 billion (US$172 million)\n"
                    "Floor area              5,400 m2\n"
                    "Racks                   1,200\n";
    TableFrame f;
    ck_assert_int_eq(frame_of(t, "Racks", &f), 1);
    ck_assert_uint_eq(f.head_e, f.head_s);
    ck_assert_uint_eq(f.more_e, f.more_s);
    /* prose is no row of figures */
    ck_assert_int_eq(frame_of("It rose 12 percent in 2023.\n", "rose", &f), 0);
}
END_TEST

START_TEST(a_unit_line_should_state_share_currency_and_scale)
{
    TableUnit u;
    const char *a = "(in billions of U.S. dollars)";
    ck_assert_int_eq(tables_unit_line(U(a), 0, strlen(a), &u), 1);
    ck_assert_str_eq(u.cur, "USD");
    ck_assert(u.scale == 1e9);
    const char *b = "        单位：元  币种：人民币";
    ck_assert_int_eq(tables_unit_line(U(b), 0, strlen(b), &u), 1);
    ck_assert_str_eq(u.cur, "CNY");
    ck_assert(u.scale == 1);
    const char *c = "单位：万人";
    ck_assert_int_eq(tables_unit_line(U(c), 0, strlen(c), &u), 1);
    ck_assert(u.scale == 1e4);
    const char *d = "(percent)";
    ck_assert_int_eq(tables_unit_line(U(d), 0, strlen(d), &u), 1);
    ck_assert_int_eq(u.pct, 1);
    /* a place in brackets, a title: no unit */
    const char *e = "(Kenya)";
    ck_assert_int_eq(tables_unit_line(U(e), 0, strlen(e), &u), 0);
    const char *g = "Key performance indicators";
    ck_assert_int_eq(tables_unit_line(U(g), 0, strlen(g), &u), 0);
}
END_TEST

START_TEST(a_header_should_state_its_unit)
{
    TableUnit u;
    const char *a = "Volume (million transactions)";
    tables_unit_spec(U(a), 0, strlen(a), &u);
    ck_assert(u.scale == 1e6);
    ck_assert_str_eq(u.noun, "transactions");
    const char *b = "M-PESA one-month active customers (m)";
    tables_unit_spec(U(b), 0, strlen(b), &u);
    ck_assert(u.scale == 1e6);
    ck_assert_str_eq(u.noun, "customers");
    const char *c = "Depth (m)";
    tables_unit_spec(U(c), 0, strlen(c), &u);
    ck_assert(u.scale == 1);
    ck_assert_str_eq(u.noun, "m");
    const char *d = "Table 1: Mobile subscriptions by operator (millions)";
    tables_unit_spec(U(d), 0, strlen(d), &u);
    ck_assert_str_eq(u.noun, "subscriptions");
    const char *e = "Mobile phone (any)";
    ck_assert_int_eq(tables_unit_spec(U(e), 0, strlen(e), &u), 0);
    const char *f = "Rank (of 38)";
    ck_assert_int_eq(tables_unit_no_quantity(U(f), 0, strlen(f)), 1);
    const char *g = "FDI inflows";
    ck_assert_int_eq(tables_unit_flow(U(g), 0, strlen(g)), 1);
    /* a Chinese head without a bracket: the unit after a slash, as an
     * academic table writes it (5.6 under it is 5.6 million people) */
    const char *h = "网民规模/百万人";
    tables_unit_spec(U(h), 0, strlen(h), &u);
    ck_assert(u.scale == 1e6);
    const char *i = "互联网普及率/%";
    tables_unit_spec(U(i), 0, strlen(i), &u);
    ck_assert(u.pct);
}
END_TEST

START_TEST(a_header_should_name_its_year_but_not_a_price_base)
{
    static const struct {
        const char *cell;
        int year;
    } cases[] = {
        {"2023", 2023},     {"FY2024", 2024},           {"Mar-24", 2024},      {"2023年末", 2023},
        {"2018.12", 2018},  {"Change 2023 (%)", 2023},  {"Q2 2024", 2024},     {"Amount (USD 2021)", 0},
        {"2019 and 2023", 0},       {"% change", 0},
        /* a period is its last year's */
        {"2021-2023", 2023},        {"2013\xE2\x80\x93" "2023", 2023},
        /* a fiscal or split year is its end's (fiscal.h) */
        {"2023/24", 2024},  {"FY2020/21", 2021},        {"FY23A", 2023},       {"FY26E", 2026},
        /* the base a change column is measured from is not its year */
        {"Change vs 2023 (pp)", 0}, {"Change since 2022", 0}, {"Growth over 2022 (%)", 0},
        /* an analyst's actual, estimated and forecast years */
        {"2023A", 2023},    {"2024E", 2024},            {"FY2025F", 2025},     {"2024Eb", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        ck_assert_msg(tables_unit_year(U(cases[i].cell), 0, strlen(cases[i].cell)) == cases[i].year, "%s",
                      cases[i].cell);
}
END_TEST

START_TEST(a_unit_cell_should_keep_its_symbol)
{
    TableUnit u;
    const char *a = "tCO2e";
    ck_assert_int_eq(tables_unit_cell(U(a), 0, strlen(a), 0, 0, &u), 1);
    ck_assert_str_eq(u.noun, "tCO2e");
    const char *row = "Average PUE\t–";
    ck_assert_int_eq(tables_unit_cell(U(row), 12, strlen(row), 0, 11, &u), 1);
    ck_assert_str_eq(u.noun, "PUE");
}
END_TEST

/* A Chinese unit cell whose word the lexicon lacks: an ASCII symbol
 * after the scale ("亿GB"), or the head of the word ("万线": lines); the
 * row is counted in it, not dropped. */
START_TEST(a_chinese_unit_cell_should_read_a_symbol_or_a_head)
{
    TableUnit u;
    const char *a = "数据流量合计\t亿GB";
    size_t as = strlen("数据流量合计\t");
    ck_assert_int_eq(tables_unit_zh_cell(U(a), as, strlen(a), 0, as - 1, &u), 1);
    ck_assert_str_eq(u.noun, "GB");
    ck_assert(u.scale == 1e8);
    const char *b = "光纤接入设备\t万线";
    size_t bs = strlen("光纤接入设备\t");
    ck_assert_int_eq(tables_unit_zh_cell(U(b), bs, strlen(b), 0, bs - 1, &u), 1);
    ck_assert_str_eq(u.noun, "lines");
    ck_assert(u.scale == 1e4);
    /* a duration's word alone: the row is a time measured, not the noun
     * its label names */
    const char *c = "员工平均通勤时间\t分钟";
    size_t cs = strlen("员工平均通勤时间\t");
    ck_assert_int_eq(tables_unit_zh_cell(U(c), cs, strlen(c), 0, cs - 1, &u), 1);
    ck_assert_str_eq(u.noun, "minutes");
}
END_TEST

START_TEST(a_header_or_label_should_say_its_figures_are_approximate)
{
    const char *yes[] = {"Fault location (approx.)", "Enterprises (number, approx.)", "Users (approximate)"};
    const char *no[] = {"Fault location", "Approx. share (%)", "Approximation error (%)"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        ck_assert_msg(tables_unit_approx(U(yes[i]), 0, strlen(yes[i])), "%s", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        ck_assert_msg(!tables_unit_approx(U(no[i]), 0, strlen(no[i])), "%s", no[i]);
}
END_TEST

START_TEST(a_score_table_should_give_points)
{
    /* scores.h: a header, a row label or a caption naming the score */
    const char *yes[] = {"Score", "Overall score (0-100)", "GCI score", "change from 2023 (points)",
                         "VENDOR SCORECARD (0 = weakest, 5 = strongest)"};
    const char *no[] = {"Landing points", "Scorecard", "Rank"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        ck_assert_msg(scores_named(yes[i], 0, strlen(yes[i])), "%s", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        ck_assert_msg(!scores_named(no[i], 0, strlen(no[i])), "%s", no[i]);
}
END_TEST

START_TEST(a_line_should_be_cut_at_its_gaps_wherever_they_stand)
{
    /* a first cell of words one blank apart (and a full stop: no gap
     * either) of every length from 1 to 60 bytes, then a gap of two
     * blanks or a tab and a second cell: the gap is found at every lane
     * of the bytes read at once, and near the line's end */
    char line[96];
    for (size_t k = 1; k <= 60; k++) {
        for (int tab = 0; tab < 2; tab++) {
            for (size_t i = 0; i < k; i++)
                line[i] = "ab cd. ef"[i % 9];
            if (line[k - 1] == ' ')
                line[k - 1] = 'x';
            size_t at = k;
            if (tab)
                line[at++] = '\t';
            else
                line[at++] = ' ', line[at++] = ' ';
            /* (a long second cell: the gap is read sixteen bytes at a
             * time only while seventeen are left) */
            static const char second[] = "Total for the whole year 2023";
            memcpy(line + at, second, sizeof second);
            size_t le = at + sizeof second - 1, cs, ce;
            ck_assert(tables_frame_cell(U(line), 0, le, tables_frame_columns(U(line), 0, at),
                                        tables_frame_columns(U(line), 0, le), 1, &cs, &ce));
            ck_assert_uint_eq(cs, at);
            ck_assert_uint_eq(ce, le);
            ck_assert(tables_frame_cell(U(line), 0, le, 0, 1, 1, &cs, &ce));
            ck_assert_uint_eq(cs, 0);
            ck_assert_uint_eq(ce, k);
        }
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("tables");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_frame_should_find_caption_unit_line_header_and_group_row);
    tcase_add_test(tc, a_line_should_be_cut_at_its_gaps_wherever_they_stand);
    tcase_add_test(tc, a_frame_should_read_rules_captions_over_two_lines_and_headers_over_two);
    tcase_add_test(tc, a_frame_should_date_a_series_by_its_axis_and_name_it_by_its_legend);
    tcase_add_test(tc, a_block_of_fields_should_have_no_header);
    tcase_add_test(tc, a_unit_line_should_state_share_currency_and_scale);
    tcase_add_test(tc, a_header_should_state_its_unit);
    tcase_add_test(tc, a_header_should_name_its_year_but_not_a_price_base);
    tcase_add_test(tc, a_unit_cell_should_keep_its_symbol);
    tcase_add_test(tc, a_chinese_unit_cell_should_read_a_symbol_or_a_head);
    tcase_add_test(tc, a_header_or_label_should_say_its_figures_are_approximate);
    tcase_add_test(tc, a_score_table_should_give_points);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
