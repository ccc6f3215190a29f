/* test_rowindex.c — the index of each document's rows in the claims
 * table: written and read back, found by name, and refused whole when it
 * does not fit its table. */
#include "rowindex.h"
#include "testutil.h"

#include <check.h>
#include <string.h>

START_TEST(an_index_should_read_back_as_written_and_find_documents_by_name)
{
    RowIndex x, y;
    rowindex_init(&x);
    rowindex_add(&x, "a b.txt", 10, 5);
    rowindex_add(&x, "c%d\n.txt", 15, 0);
    rowindex_add(&x, "z.txt", 20, 7);
    Buf b;
    buf_init(&b, 0);
    rowindex_write(&x, &b);
    ck_assert_str_eq(b.data, "10 5 a%20b.txt\n15 0 c%25d%0A.txt\n20 7 z.txt\n");
    ck_assert_int_eq(rowindex_parse(b.data, b.len, 27, &y), 0);
    ck_assert_uint_eq(y.n, 3);
    ck_assert_str_eq(y.v[1].name, "c%d\n.txt");
    const RowSpan *sp = rowindex_find(&y, "z.txt");
    ck_assert_ptr_nonnull(sp);
    ck_assert_uint_eq(sp->off, 20);
    ck_assert_uint_eq(sp->len, 7);
    ck_assert_ptr_null(rowindex_find(&y, "b.txt"));
    ck_assert_ptr_nonnull(rowindex_find(&y, "a b.txt"));
    /* a table one byte short of the last span: refused */
    RowIndex z;
    ck_assert_int_eq(rowindex_parse(b.data, b.len, 26, &z), -1);
    ck_assert_uint_eq(z.n, 0);
    buf_free(&b);
    rowindex_free(&x);
    rowindex_free(&y);
}
END_TEST

START_TEST(a_malformed_or_unordered_index_should_be_refused_whole)
{
    static const char *const bad[] = {
        "10 5\n",                    /* no name */
        "10 5 a.txt",                /* no end of line */
        "x 5 a.txt\n",               /* not a number */
        "10 5 b.txt\n0 5 a.txt\n",   /* spans out of order */
        "0 5 b.txt\n10 5 a.txt\n",   /* names out of order */
        "0 5 a%2.txt\n",             /* a broken escape */
        "0 5 a%00.txt\n",            /* a NUL */
        "0 5 a b.txt\n",             /* a raw space, which is written escaped */
        "0 5 \001a.txt\n",           /* a raw control byte (a raw NUL made an empty name) */
        "99999999999999999999999 1 a.txt\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        RowIndex x;
        ck_assert_msg(rowindex_parse(bad[i], strlen(bad[i]), 100, &x) == -1, "accepted %s", bad[i]);
        ck_assert_uint_eq(x.n, 0);
    }
    RowIndex e;
    ck_assert_int_eq(rowindex_parse("", 0, 0, &e), 0);   /* no rows at all */
    ck_assert_uint_eq(e.n, 0);
    rowindex_free(&e);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("rowindex");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, an_index_should_read_back_as_written_and_find_documents_by_name);
    tcase_add_test(tc, a_malformed_or_unordered_index_should_be_refused_whole);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
