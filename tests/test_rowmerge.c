/* test_rowmerge.c — the three-way merge of one table: each row of the
 * analyst's copy against the base it was copied from and the new default,
 * the analyst's bytes (order, blank lines, line ends) kept, and merging
 * again changing nothing. */
#include "rowmerge.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const mkeys[] = {"kind", "id", NULL};
static const char *const rkeys[] = {"id", "year", NULL};

/* Merge three strings (base NULL: none); the merge is the caller's to free. */
static int merge(const char *const *keys, const char *y, const char *b, const char *n, RowMerge *m,
                 Diag *d)
{
    RmText ty = {"yours.csv", y, strlen(y)};
    RmText tb = {"base.csv", b ? b : "", b ? strlen(b) : 0};
    RmText tn = {"next.csv", n, strlen(n)};
    return rowmerge_run(keys, &ty, b ? &tb : NULL, &tn, m, d);
}

/* The change for a key, or NULL. */
static const RmChange *change(const RowMerge *m, const char *key)
{
    for (size_t i = 0; i < m->n; i++)
        if (!strcmp(m->v[i].key, key))
            return &m->v[i];
    return NULL;
}

/* Merging the result again, against the same new default as its base,
 * must change nothing. */
static void assert_settled(const char *const *keys, const RowMerge *m, const char *next)
{
    RowMerge again;
    Diag d = {0};
    ck_assert_int_eq(merge(keys, m->out.data, next, next, &again, &d), 0);
    ck_assert_msg(!again.changed, "a second merge changed:\n%s", again.out.data);
    ck_assert_uint_eq(again.n, 0);
    rowmerge_free(&again);
}

#define H "kind,id,cues,note\n"

START_TEST(a_row_the_analyst_left_alone_should_take_the_new_default)
{
    const char *base = H "metric,users,internet,old\nscope,africa,Africa,\n";
    const char *next = H "metric,users,internet|netizens,new\nscope,africa,Africa,\n";
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(mkeys, base, base, next, &m, &d), 0);
    ck_assert_str_eq(m.out.data, next);
    ck_assert(m.changed);
    ck_assert_uint_eq(m.count[RM_UPDATED], 1);
    const RmChange *c = change(&m, "metric users");
    ck_assert_ptr_nonnull(c);
    ck_assert_int_eq(c->fate, RM_UPDATED);
    ck_assert_str_eq(c->why, "cues, note");
    ck_assert_int_eq(c->line, 2);
    assert_settled(mkeys, &m, next);
    rowmerge_free(&m);
}
END_TEST

START_TEST(a_row_both_changed_should_be_the_analysts_and_a_conflict_showing_both)
{
    const char *base = H "metric,users,internet,old\n";
    const char *yours = H "metric,users,internet|web,old\n";
    const char *next = H "metric,users,internet,new\n";
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(mkeys, yours, base, next, &m, &d), 0);
    ck_assert_str_eq(m.out.data, yours);
    ck_assert(!m.changed);
    ck_assert_uint_eq(m.n, 1);
    ck_assert_int_eq(m.v[0].fate, RM_CONFLICT);
    ck_assert_str_eq(m.v[0].yours, "metric,users,internet|web,old");
    ck_assert_str_eq(m.v[0].theirs, "metric,users,internet,new");
    ck_assert_int_eq(m.v[0].line, 2);
    rowmerge_free(&m);
}
END_TEST

START_TEST(a_row_only_the_analyst_changed_should_stay_quietly)
{
    const char *base = H "metric,users,internet,old\nscope,asia,Asia,\n";
    const char *yours = H "metric,users,internet|web,mine\nscope,asia,Asia,\n";
    const char *next = H "metric,users,internet,old\nscope,asia,Asia|Asian,\n";
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(mkeys, yours, base, next, &m, &d), 0);
    ck_assert_str_eq(m.out.data, H "metric,users,internet|web,mine\nscope,asia,Asia|Asian,\n");
    ck_assert_uint_eq(m.n, 1);
    ck_assert_int_eq(m.v[0].fate, RM_UPDATED);
    ck_assert_str_eq(m.v[0].key, "scope asia");
    rowmerge_free(&m);
}
END_TEST

START_TEST(a_new_default_row_should_come_after_its_neighbour)
{
    const char *base = H "scope,africa,Africa,\n\nscope,asia,Asia,\n";
    const char *yours = H "scope,asia,Asia,\n\nscope,africa,Africa,\nscope,mine,Mine,\n";
    const char *next = H "scope,africa,Africa,\nscope,east africa,East Africa,\nscope,asia,Asia,\n"
                         "scope,zz,Zz,\n";
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(mkeys, yours, base, next, &m, &d), 0);
    /* after africa in the analyst's order; zz after asia, before the
     * analyst's blank line; the analyst's own row stays */
    ck_assert_str_eq(m.out.data, H "scope,asia,Asia,\nscope,zz,Zz,\n\nscope,africa,Africa,\n"
                                   "scope,east africa,East Africa,\nscope,mine,Mine,\n");
    ck_assert_uint_eq(m.count[RM_ADDED], 2);
    const RmChange *c = change(&m, "scope east africa");
    ck_assert_ptr_nonnull(c);
    ck_assert_int_eq(c->line, 6);
    assert_settled(mkeys, &m, next);
    rowmerge_free(&m);
}
END_TEST

START_TEST(a_row_the_default_dropped_should_go_only_when_the_analyst_left_it_alone)
{
    const char *base = H "scope,a,A,\nscope,b,B,\nscope,c,C,\n";
    const char *yours = H "scope,a,A,\nscope,b,B|Bee,\nscope,c,C,\n";
    const char *next = H "scope,c,C,\n";
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(mkeys, yours, base, next, &m, &d), 0);
    ck_assert_str_eq(m.out.data, H "scope,b,B|Bee,\nscope,c,C,\n");
    ck_assert_int_eq(change(&m, "scope a")->fate, RM_REMOVED);
    ck_assert_int_eq(change(&m, "scope a")->line, 0);
    ck_assert_int_eq(change(&m, "scope b")->fate, RM_KEPT);
    /* in the merged file's order, the removed last */
    ck_assert_str_eq(m.v[0].key, "scope b");
    ck_assert_str_eq(m.v[1].key, "scope a");
    assert_settled(mkeys, &m, next);
    rowmerge_free(&m);
}
END_TEST

START_TEST(a_row_the_analyst_deleted_should_stay_deleted)
{
    const char *base = H "scope,a,A,\nscope,b,B,\n";
    const char *yours = H "scope,b,B,\n";
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(mkeys, yours, base, base, &m, &d), 0);
    ck_assert(!m.changed);
    ck_assert_uint_eq(m.n, 0);
    rowmerge_free(&m);
    /* and when the default changed it meanwhile, that is said */
    ck_assert_int_eq(merge(mkeys, yours, base, H "scope,a,A|Aa,\nscope,b,B,\n", &m, &d), 0);
    ck_assert(!m.changed);
    ck_assert_uint_eq(m.n, 1);
    ck_assert_int_eq(m.v[0].fate, RM_CONFLICT);
    ck_assert_ptr_null(m.v[0].yours);
    rowmerge_free(&m);
}
END_TEST

START_TEST(without_a_base_rows_that_differ_should_be_kept_as_the_analysts)
{
    const char *yours = H "metric,users,internet,old\nscope,asia,Asia,\nscope,mine,Mine,\n";
    const char *next = H "metric,users,internet,new\nscope,asia,Asia,\nscope,new,New,\n";
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(mkeys, yours, NULL, next, &m, &d), 0);
    ck_assert_str_eq(m.out.data, H "metric,users,internet,old\nscope,asia,Asia,\nscope,new,New,\n"
                                   "scope,mine,Mine,\n");
    ck_assert_int_eq(change(&m, "metric users")->fate, RM_KEPT);
    ck_assert_int_eq(change(&m, "scope mine")->fate, RM_KEPT);
    ck_assert_int_eq(change(&m, "scope new")->fate, RM_ADDED);
    ck_assert_ptr_null(change(&m, "scope asia"));
    assert_settled(mkeys, &m, next);
    rowmerge_free(&m);
}
END_TEST

START_TEST(the_analysts_bytes_should_survive_crlf_quotes_and_no_final_newline)
{
    const char *base = H "scope,a,A,\nscope,b,B,\n";
    const char *yours = "\xEF\xBB\xBF" "kind,id,cues,note\r\n\"scope\",a,A,\"x, y\"\r\n\r\nscope,b,B,";
    const char *next = H "scope,a,A,\nscope,b,B,\nscope,c,C,\n";
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(mkeys, yours, base, next, &m, &d), 0);
    ck_assert_str_eq(m.out.data, "\xEF\xBB\xBF" "kind,id,cues,note\r\n\"scope\",a,A,\"x, y\"\r\n\r\n"
                                 "scope,b,B,\nscope,c,C,\n");
    ck_assert_uint_eq(m.n, 1);
    rowmerge_free(&m);
    /* with nothing to add, the file stays as it is, byte for byte */
    ck_assert_int_eq(merge(mkeys, yours, base, base, &m, &d), 0);
    ck_assert(!m.changed);
    ck_assert_str_eq(m.out.data, yours);
    rowmerge_free(&m);
}
END_TEST

START_TEST(rows_with_the_same_key_should_be_matched_by_their_place)
{
    /* stop rows have an empty id: the first, the second... */
    const char *base = H "stop,,World Bank,\nstop,,than YEAR,\n";
    const char *yours = H "stop,,World Bank|World Cup,\nstop,,than YEAR,\n";
    const char *next = H "stop,,World Bank,\nstop,,than YEAR|versus YEAR,\n";
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(mkeys, yours, base, next, &m, &d), 0);
    ck_assert_str_eq(m.out.data, H "stop,,World Bank|World Cup,\nstop,,than YEAR|versus YEAR,\n");
    ck_assert_uint_eq(m.n, 1);
    ck_assert_str_eq(m.v[0].key, "stop (row 2 of that key)");
    assert_settled(mkeys, &m, next);
    rowmerge_free(&m);
}
END_TEST

START_TEST(columns_should_be_compared_by_name)
{
    /* the analyst moved a column: no change; the default's new column is
     * added to the header, and a new row is written in the analyst's columns */
    const char *base = H "scope,a,A,\n";
    const char *yours = "id,kind,cues,note\na,scope,A,\n";
    const char *next = "kind,id,cues,note,nature\nscope,a,A,,\nmetric,m,\"x,y\",,share\n";
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(mkeys, yours, base, next, &m, &d), 0);
    ck_assert_str_eq(m.out.data, "id,kind,cues,note,nature\na,scope,A,\nm,metric,\"x,y\",,share\n");
    ck_assert_uint_eq(m.n, 1);
    ck_assert_int_eq(m.v[0].fate, RM_ADDED);
    rowmerge_free(&m);
}
END_TEST

/* A header whose name holds a line break (quoted, as RFC 4180 allows):
 * with a column to add, the header was written again and its second
 * line kept as well, as if a blank line after it, so the merge was a
 * table no reader takes (found by fuzz_update). */
START_TEST(a_header_over_two_lines_should_be_written_once)
{
    const char *base = "kind,id,\"my\nnote\"\nscope,a,x\n\nscope,b,y\n";
    const char *next = "kind,id,\"my\nnote\",nature\nscope,a,x,\nscope,b,y,\n";
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(mkeys, base, base, next, &m, &d), 0);
    ck_assert_str_eq(m.out.data, "kind,id,\"my\nnote\",nature\nscope,a,x\n\nscope,b,y\n");
    rowmerge_free(&m);
    /* no rows at all, and a blank line kept after the header */
    ck_assert_int_eq(merge(mkeys, "kind,id,\"a\r\nb\"\r\n\r\n", NULL, next, &m, &d), 0);
    ck_assert_str_eq(m.out.data, "kind,id,\"a\r\nb\",\"my\nnote\",nature\n\r\nscope,a,,x,\nscope,b,,y,\n");
    rowmerge_free(&m);
}
END_TEST

START_TEST(a_reference_should_be_one_row_per_id_and_year)
{
    const char *h = "id,value,unit,scope,year,citation\n";
    char base[256], yours[256], next[256];
    snprintf(base, sizeof base, "%sp,1,people,global,2022,UN\np,2,people,global,2023,UN\n", h);
    snprintf(yours, sizeof yours, "%sp,1,people,global,2022,UN\np,2,people,global,2023,UN\n", h);
    snprintf(next, sizeof next, "%sp,1,people,global,2022,UN\np,3,people,global,2023,UN\n"
                                "p,4,people,global,2024,UN\n", h);
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(rkeys, yours, base, next, &m, &d), 0);
    ck_assert_str_eq(m.out.data, next);
    ck_assert_int_eq(change(&m, "p 2023")->fate, RM_UPDATED);
    ck_assert_int_eq(change(&m, "p 2024")->fate, RM_ADDED);
    rowmerge_free(&m);
}
END_TEST

START_TEST(a_malformed_table_should_name_its_file_and_line)
{
    RowMerge m;
    Diag d = {0};
    ck_assert_int_eq(merge(mkeys, H "scope,a,A,\nscope,b,\"B,\n", NULL, H, &m, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, "yours.csv");
    ck_assert_int_eq(d.line, 3);
    Diag d2 = {0};
    ck_assert_int_eq(merge(mkeys, H, H, "id,cues\n", &m, &d2), CB_EINPUT);
    ck_assert_str_eq(d2.file, "next.csv");
    ck_assert_ptr_nonnull(strstr(d2.msg, "missing column 'kind'"));
    Diag d3 = {0};
    ck_assert_int_eq(merge(mkeys, H, "", H, &m, &d3), CB_EINPUT);
    ck_assert_str_eq(d3.file, "base.csv");
    ck_assert_ptr_nonnull(strstr(d3.msg, "empty file"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("rowmerge");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_row_the_analyst_left_alone_should_take_the_new_default);
    tcase_add_test(tc, a_row_both_changed_should_be_the_analysts_and_a_conflict_showing_both);
    tcase_add_test(tc, a_row_only_the_analyst_changed_should_stay_quietly);
    tcase_add_test(tc, a_new_default_row_should_come_after_its_neighbour);
    tcase_add_test(tc, a_row_the_default_dropped_should_go_only_when_the_analyst_left_it_alone);
    tcase_add_test(tc, a_row_the_analyst_deleted_should_stay_deleted);
    tcase_add_test(tc, without_a_base_rows_that_differ_should_be_kept_as_the_analysts);
    tcase_add_test(tc, the_analysts_bytes_should_survive_crlf_quotes_and_no_final_newline);
    tcase_add_test(tc, rows_with_the_same_key_should_be_matched_by_their_place);
    tcase_add_test(tc, columns_should_be_compared_by_name);
    tcase_add_test(tc, a_header_over_two_lines_should_be_written_once);
    tcase_add_test(tc, a_reference_should_be_one_row_per_id_and_year);
    tcase_add_test(tc, a_malformed_table_should_name_its_file_and_line);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
