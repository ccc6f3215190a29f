/* test_sources.c — the corpus bibliography reader. */
#include "sources.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *write_tmp(const char *tag, const char *text)
{
    char *dir = tu_tmpdir(tag);
    char *path = malloc(strlen(dir) + 32);
    sprintf(path, "%s/sources.csv", dir);
    tu_write(path, text, strlen(text));
    free(dir);
    return path;
}

START_TEST(sources_should_load_the_bundled_bibliography)
{
    SourceList l;
    Diag d = {0};
    ck_assert_int_eq(sources_load("data/corpus/sources.csv", &l, &d), 0);
    ck_assert_uint_eq(l.n, 5);
    const Source *s = sources_find(&l, "002_12c1d0372e55340a.txt");
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(s->publisher, "中国网一点号");
    ck_assert_str_eq(s->date, "2025-11-14");
    ck_assert_str_eq(s->url, "");
    ck_assert_int_eq(s->line, 4);
    ck_assert_ptr_null(sources_find(&l, "nope.txt"));
    sources_free(&l);
}
END_TEST

START_TEST(sources_should_accept_any_column_order)
{
    char *p = write_tmp("src_order", "url,file,title\nhttp://x,a.txt,A title\n");
    SourceList l;
    Diag d = {0};
    ck_assert_int_eq(sources_load(p, &l, &d), 0);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_str_eq(l.v[0].title, "A title");
    ck_assert_str_eq(l.v[0].url, "http://x");
    ck_assert_str_eq(l.v[0].authors, "");
    sources_free(&l);
    free(p);
}
END_TEST

START_TEST(sources_should_name_file_and_line_of_a_duplicate)
{
    char *p = write_tmp("src_dup", "file,title\na.txt,A\nb.txt,B\na.txt,again\n");
    SourceList l;
    Diag d = {0};
    ck_assert_int_eq(sources_load(p, &l, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, p);
    ck_assert_int_eq(d.line, 4);
    ck_assert_ptr_nonnull(strstr(d.msg, "listed twice"));
    ck_assert_uint_eq(l.n, 0); /* a refused list holds no rows */
    sources_free(&l);
    free(p);
}
END_TEST

START_TEST(sources_should_reject_missing_column_empty_file_and_paths)
{
    SourceList l;
    Diag d = {0};
    char *p = write_tmp("src_nocol", "title,url\nA,B\n");
    ck_assert_int_eq(sources_load(p, &l, &d), CB_EINPUT);
    ck_assert_ptr_nonnull(strstr(d.msg, "file"));
    sources_free(&l);
    free(p);
    p = write_tmp("src_empty", "file,title\n,A\n");
    ck_assert_int_eq(sources_load(p, &l, &d), CB_EINPUT);
    ck_assert_int_eq(d.line, 2);
    sources_free(&l);
    free(p);
    p = write_tmp("src_path", "file,title\n../etc/passwd,A\n");
    ck_assert_int_eq(sources_load(p, &l, &d), CB_EINPUT);
    ck_assert_ptr_nonnull(strstr(d.msg, "plain file name"));
    sources_free(&l);
    free(p);
    p = write_tmp("src_nohdr", "");
    ck_assert_int_eq(sources_load(p, &l, &d), CB_EINPUT);
    sources_free(&l);
    free(p);
}
END_TEST

START_TEST(sources_should_take_what_a_document_says_of_itself_for_empty_cells)
{
    char *p = write_tmp("src_offer", "file,title,date\na.pdf,Our own title,\n");
    SourceList l;
    Diag d = {0};
    ck_assert_int_eq(sources_load(p, &l, &d), 0);
    sources_offer(&l, "a.pdf", "The PDF's title", "A. Author", NULL, "2024-05-01", "");
    sources_offer(&l, "b.html", "A page", NULL, "Site", "2023-01-02", "https://x.example/b");
    sources_offer(&l, "0.pdf", "First by name", NULL, NULL, NULL, NULL);
    ck_assert_uint_eq(l.n, 3);
    ck_assert_ptr_nonnull(sources_find(&l, "0.pdf"));
    ck_assert_ptr_nonnull(sources_find(&l, "a.pdf"));
    ck_assert_str_eq(l.v[0].title, "Our own title");   /* the analyst's word wins */
    ck_assert_str_eq(l.v[0].authors, "A. Author");
    ck_assert_str_eq(l.v[0].date, "2024-05-01");
    ck_assert_str_eq(l.v[0].url, "");
    const Source *b = sources_find(&l, "b.html");
    ck_assert_ptr_nonnull(b);
    ck_assert_str_eq(b->title, "A page");
    ck_assert_str_eq(b->publisher, "Site");
    ck_assert_int_eq(b->line, 0);
    sources_free(&l);
    free(p);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sources");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, sources_should_load_the_bundled_bibliography);
    tcase_add_test(tc, sources_should_accept_any_column_order);
    tcase_add_test(tc, sources_should_name_file_and_line_of_a_duplicate);
    tcase_add_test(tc, sources_should_reject_missing_column_empty_file_and_paths);
    tcase_add_test(tc, sources_should_take_what_a_document_says_of_itself_for_empty_cells);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
