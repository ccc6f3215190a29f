/* test_sources.c — the corpus bibliography reader. */
#include "corpus.h"
#include "sources.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* ---- the bibliography against the corpus ---- */

typedef struct Said {
    char lines[8][2600];
    int n;
} Said;

static void collect_warn(const Diag *w, void *ctx)
{
    Said *s = ctx;
    if (s->n < 8)
        snprintf(s->lines[s->n++], sizeof s->lines[0], "%s:%ld: %s", w->file, w->line, w->msg);
}

START_TEST(the_bibliography_should_show_the_corpus_and_name_each_mismatch)
{
    char *dir = tu_tmpdir("src_reconcile");
    tu_sh("cd '%s' && printf x > a.txt && printf x > c.txt && printf x > b.txt", dir);
    char *p = malloc(strlen(dir) + 32);
    sprintf(p, "%s/sources.csv", dir);
    tu_write(p, "file,title\nb.txt,Bee\ngone.txt,Gone\na.txt,Ay\n", 44);
    Corpus docs;
    Diag d = {0};
    ck_assert_int_eq(corpus_list(dir, &docs, &d), 0);
    SourceList out;
    Said said = {0};
    size_t nbad;
    ck_assert_int_eq(sources_load_for(p, &docs, &out, collect_warn, &said, &nbad, &d), 0);
    ck_assert_uint_eq(nbad, 2);
    /* the file's order, without the row that names no document, then the
     * document without a row */
    ck_assert_uint_eq(out.n, 3);
    ck_assert_str_eq(out.v[0].file, "b.txt");
    ck_assert_str_eq(out.v[1].file, "a.txt");
    ck_assert_str_eq(out.v[2].file, "c.txt");
    ck_assert_str_eq(out.v[2].title, "");
    ck_assert_int_eq(said.n, 2);
    char want[1200];
    snprintf(want, sizeof want, "%s:3: 'gone.txt' is not in %s: remove the row, or put the document back", p,
             dir);
    ck_assert_str_eq(said.lines[0], want);
    snprintf(want, sizeof want, "%s:0: no row for document 'c.txt': add one (file,title,authors,publisher,date,url)",
             p);
    ck_assert_str_eq(said.lines[1], want);
    sources_free(&out);
    /* no sources.csv: one warning, every document by its file name */
    unlink(p);
    said.n = 0;
    ck_assert_int_eq(sources_load_for(p, &docs, &out, collect_warn, &said, &nbad, &d), 0);
    ck_assert_uint_eq(nbad, 1);
    ck_assert_uint_eq(out.n, 3);
    ck_assert_int_eq(said.n, 1);
    ck_assert_ptr_nonnull(strstr(said.lines[0], "missing: the brief names the 3 documents by file name only"));
    sources_free(&out);
    corpus_free(&docs);
    free(p);
    free(dir);
}
END_TEST

/* build and brief say the same, and --strict stops both. */
START_TEST(build_and_brief_should_check_the_bibliography_alike)
{
    char *dir = tu_tmpdir("src_cli");
    tu_copy_project(dir);
    const char *env[] = {"SOURCE_DATE_EPOCH=1700000000", NULL};
    Run r = tu_run(dir, NULL, env, (const char *[]){"build", "--quiet", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_str_eq(r.err, "");
    tu_run_free(&r);
    /* a document removed, another added, and no sources.csv at all */
    tu_sh("cd '%s/data/corpus' && rm 003_4fc1147996c51467.txt && printf 'Some 5 cables.\\n' > 900_new.txt", dir);
    const char *want = "claimbrief: data/corpus/sources.csv:5: warning: '003_4fc1147996c51467.txt' is not in "
                       "data/corpus: remove the row, or put the document back\n"
                       "claimbrief: data/corpus/sources.csv: warning: no row for document '900_new.txt': add one "
                       "(file,title,authors,publisher,date,url)\n";
    r = tu_run(dir, NULL, env, (const char *[]){"build", "--quiet", NULL});
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.err, want);
    tu_run_free(&r);
    r = tu_run(dir, NULL, env, (const char *[]){"brief", NULL});
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.err, want);
    tu_run_free(&r);
    /* the brief's Sources: the new document by its name, the gone one not */
    ck_assert_int_eq(tu_sh("cd '%s' && pdftotext reports/brief.pdf b.txt 2>/dev/null && grep -q 'File: 900_new.txt' b.txt && "
                           "! grep -q 'File: 003_4fc1147996c51467.txt' b.txt", dir),
                     0);
    /* --strict: errors, exit 1, and the brief is not written */
    tu_sh("cd '%s' && cp reports/brief.pdf brief.before", dir);
    const char *strict_err = "claimbrief: data/corpus/sources.csv:5: '003_4fc1147996c51467.txt' is not in "
                             "data/corpus: remove the row, or put the document back\n"
                             "claimbrief: data/corpus/sources.csv: no row for document '900_new.txt': add one "
                             "(file,title,authors,publisher,date,url)\n"
                             "claimbrief: data/corpus/sources.csv: 2 mismatches with the documents of data/corpus "
                             "(see above; --strict)\n";
    r = tu_run(dir, NULL, env, (const char *[]){"build", "--strict", "--quiet", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, strict_err);
    tu_run_free(&r);
    r = tu_run(dir, NULL, env, (const char *[]){"brief", "--strict", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, strict_err);
    tu_run_free(&r);
    ck_assert_int_eq(tu_sh("cd '%s' && cmp -s reports/brief.pdf brief.before", dir), 0);
    /* without sources.csv: build and brief both go on, with one warning */
    tu_sh("rm '%s/data/corpus/sources.csv'", dir);
    const char *missing = "claimbrief: data/corpus/sources.csv: warning: missing: the brief names the 5 documents "
                          "by file name only; write this file with the header "
                          "file,title,authors,publisher,date,url and a row per document\n";
    r = tu_run(dir, NULL, env, (const char *[]){"build", "--quiet", NULL});
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.err, missing);
    tu_run_free(&r);
    r = tu_run(dir, NULL, env, (const char *[]){"brief", NULL});
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.err, missing);
    tu_run_free(&r);
    free(dir);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sources");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, sources_should_load_the_bundled_bibliography);
    tcase_add_test(tc, sources_should_accept_any_column_order);
    tcase_add_test(tc, sources_should_name_file_and_line_of_a_duplicate);
    tcase_add_test(tc, sources_should_reject_missing_column_empty_file_and_paths);
    tcase_add_test(tc, sources_should_take_what_a_document_says_of_itself_for_empty_cells);
    tcase_add_test(tc, the_bibliography_should_show_the_corpus_and_name_each_mismatch);
    tcase_add_test(tc, build_and_brief_should_check_the_bibliography_alike);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
