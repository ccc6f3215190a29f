/* test_markers.c — numbers that mark rather than count (markers.h): the
 * later items of a label's list, a line's own number; and the time they
 * take on a line that opens with a long run of blanks. */
#include "markers.h"
#include "scan.h"
#include "buf.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int label_list(const char *t, const char *num)
{
    const char *at = strstr(t, num);
    ck_assert_ptr_nonnull(at);
    return markers_label_list((const unsigned char *)t, strlen(t), (size_t)(at - t));
}

/* The list's last number at the very end of a text, in a buffer of the
 * text's own size: its digits are read within it (the sanitizers see a
 * byte read past it). */
START_TEST(a_list_ending_the_text_should_be_read_within_its_bytes)
{
    static const char t[] = "Scope 1 and 2";
    char *b = malloc(sizeof t - 1);
    memcpy(b, t, sizeof t - 1);
    ck_assert(markers_label_list((const unsigned char *)b, sizeof t - 1, sizeof t - 2));
    free(b);
}
END_TEST

static int line_item(const char *t, const char *num)
{
    const char *at = strstr(t, num);
    ck_assert_ptr_nonnull(at);
    size_t s = (size_t)(at - t), e = s;
    while (t[e] >= '0' && t[e] <= '9')
        e++;
    return markers_line_item((const unsigned char *)t, strlen(t), 0, s, e);
}

START_TEST(a_labels_later_items_should_be_labels)
{
    ck_assert(label_list("Scope 1 and 2 emissions", "2"));
    ck_assert(label_list("Scope 1, 2 and 3 emissions", "3"));
    ck_assert(label_list("Scope 1 to 3 emissions", "3"));
    /* a count after a label's item: "Lot 1 and 6 engineers" */
    ck_assert(!label_list("for Lot 1 and 6 fibre network engineers", "6"));
    ck_assert(!label_list("hired 1 and 2 more", "2"));
}
END_TEST

START_TEST(a_number_opening_its_line_before_a_gap_should_number_it)
{
    ck_assert(line_item("15    SSCC claims US$61,750,000", "15"));
    ck_assert(line_item("   1. Middle-mile fibre backbone   62.4", "1"));
    ck_assert(line_item("\t2) Towers", "2"));
    ck_assert(!line_item("15 SSCC claims", "15"));
    ck_assert(!line_item("Of 15    Staff", "15"));
    ck_assert(!line_item("150    Staff", "150"));
}
END_TEST

/* A line that opens with a million blanks and then holds 10,000
 * figures: whether each figure numbers its line was asked by reading the
 * line from its start, the blanks again for every figure (minutes). Held
 * as a ratio to the same figures on a line of their own. */
START_TEST(blanks_opening_a_long_line_should_be_read_once)
{
    Buf lead, plain;
    buf_init(&lead, 0);
    buf_init(&plain, 0);
    char *blanks = malloc(1000001);
    memset(blanks, ' ', 1000000);
    blanks[1000000] = '\0';
    buf_puts(&lead, blanks);
    free(blanks);
    for (int i = 0; i < 10000; i++) {
        char item[64];
        snprintf(item, sizeof item, "The plant hired %d workers, ", 10 + i % 90);
        buf_puts(&lead, item);
        buf_puts(&plain, item);
    }
    size_t nlead, nplain;
    double tplain = tu_scan_seconds(plain.data, plain.len, &nplain);
    double tlead = tu_scan_seconds(lead.data, lead.len, &nlead);
    ck_assert_uint_eq(nlead, nplain);
    ck_assert_msg(tlead < 3 * tplain + 0.2, "after blanks: %.3f s, alone: %.3f s", tlead, tplain);
    buf_free(&lead);
    buf_free(&plain);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("markers");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_labels_later_items_should_be_labels);
    tcase_add_test(tc, a_list_ending_the_text_should_be_read_within_its_bytes);
    tcase_add_test(tc, a_number_opening_its_line_before_a_gap_should_number_it);
    suite_add_tcase(s, tc);
    TCase *big = tcase_create("scale");
    tcase_set_timeout(big, 60);
    tcase_add_test(big, blanks_opening_a_long_line_should_be_read_once);
    suite_add_tcase(s, big);
    return tu_run_suite(s);
}
