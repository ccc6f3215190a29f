/* test_corpus.c — the corpus: one rule for what a document is, the
 * listing in name order, reading a document, and its offset maps; and
 * every command naming documents by that one rule. */
#include "corpus.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const ENV[] = {"SOURCE_DATE_EPOCH=1700000000", NULL};

START_TEST(a_document_name_should_end_in_a_known_type_and_not_be_hidden)
{
    DocType t = DOC_NTYPES;
    ck_assert_int_eq(corpus_is_document_name("report.txt", &t), 1);
    ck_assert_int_eq(t, DOC_TEXT);
    ck_assert_int_eq(corpus_is_document_name("REPORT.TXT", NULL), 1);
    ck_assert_int_eq(corpus_is_document_name("interview.tmp.4.txt", NULL), 1);
    ck_assert_int_eq(corpus_is_document_name(".hidden.txt", NULL), 0);
    ck_assert_int_eq(corpus_is_document_name(".txt", NULL), 0);
    ck_assert_int_eq(corpus_is_document_name("sources.csv", NULL), 0);
    ck_assert_int_eq(corpus_is_document_name("a.txt.tmp.123.0", NULL), 0);
    ck_assert_int_eq(corpus_is_document_name("a.txt~", NULL), 0);
    ck_assert_int_eq(corpus_is_document_name("sub/a.txt", NULL), 0);
    ck_assert_int_eq(corpus_is_document_name("", NULL), 0);
    ck_assert_str_eq(corpus_type_name(DOC_TEXT), "text");
}
END_TEST

START_TEST(the_listing_should_hold_documents_only_in_byte_order)
{
    char *dir = tu_tmpdir("corpus_list");
    tu_sh("cd '%s' && printf x > b.txt && printf x > A.txt && printf x > a.TXT && "
          "printf x > .hidden.txt && printf x > sources.csv && printf x > 'c.txt.tmp.99.0' && "
          "mkdir folder.txt && mkfifo pipe.txt && ln -s b.txt link.txt && ln -s nowhere dead.txt && "
          "printf x > 'z.tmp.4.txt'",
          dir);
    Corpus c;
    Diag d = {0};
    ck_assert_int_eq(corpus_list(dir, &c, &d), 0);
    const char *want[] = {"A.txt", "a.TXT", "b.txt", "link.txt", "z.tmp.4.txt"};
    ck_assert_uint_eq(c.n, 5);
    for (size_t i = 0; i < 5; i++) {
        ck_assert_str_eq(c.v[i].name, want[i]);
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, want[i]);
        ck_assert_str_eq(c.v[i].path, path);
    }
    ck_assert_ptr_nonnull(corpus_find(&c, "link.txt"));
    ck_assert_ptr_null(corpus_find(&c, "pipe.txt"));
    corpus_free(&c);
    free(dir);
}
END_TEST

START_TEST(an_empty_folder_should_list_nothing_and_a_missing_one_should_fail)
{
    char *dir = tu_tmpdir("corpus_empty");
    Corpus c;
    Diag d = {0};
    ck_assert_int_eq(corpus_list(dir, &c, &d), 0);
    ck_assert_uint_eq(c.n, 0);
    corpus_free(&c);
    char missing[1100];
    snprintf(missing, sizeof missing, "%s/none", dir);
    ck_assert_int_eq(corpus_list(missing, &c, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, missing);
    ck_assert_str_eq(d.msg, "cannot read: No such file or directory");
    corpus_free(&c);
    free(dir);
}
END_TEST

START_TEST(reading_text_should_give_its_bytes_and_no_maps)
{
    char *dir = tu_tmpdir("corpus_read");
    char path[1100];
    snprintf(path, sizeof path, "%s/doc.txt", dir);
    tu_write(path, "Some 5% here.\n", 14);
    Document doc;
    Diag d = {0};
    ck_assert_int_eq(corpus_read(path, &doc, &d), 0);
    ck_assert_str_eq(doc.name, "doc.txt");
    ck_assert_str_eq(doc.path, path);
    ck_assert_int_eq(doc.type, DOC_TEXT);
    ck_assert_uint_eq(doc.text.len, 14);
    ck_assert_str_eq(doc.text.data, "Some 5% here.\n");
    ck_assert_int_eq(document_page_at(&doc, 5), 0);
    ck_assert_uint_eq(document_source_offset(&doc, 5), 5);
    document_free(&doc);
    snprintf(path, sizeof path, "%s/none.txt", dir);
    ck_assert_int_eq(corpus_read(path, &doc, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, path);
    document_free(&doc);
    free(dir);
}
END_TEST

START_TEST(offset_maps_should_give_the_page_and_the_source_offset)
{
    Document doc;
    memset(&doc, 0, sizeof doc);
    DocPage pages[] = {{0, 1}, {100, 2}, {250, 3}};
    DocSpan spans[] = {{0, 40, 10}, {11, 90, 5}, {20, 300, 30}};
    doc.pages = pages;
    doc.npages = 3;
    doc.spans = spans;
    doc.nspans = 3;
    ck_assert_int_eq(document_page_at(&doc, 0), 1);
    ck_assert_int_eq(document_page_at(&doc, 99), 1);
    ck_assert_int_eq(document_page_at(&doc, 100), 2);
    ck_assert_int_eq(document_page_at(&doc, 249), 2);
    ck_assert_int_eq(document_page_at(&doc, 1000), 3);
    ck_assert_uint_eq(document_source_offset(&doc, 3), 43);
    ck_assert_uint_eq(document_source_offset(&doc, 10), 50);   /* a made-up break: span's end */
    ck_assert_uint_eq(document_source_offset(&doc, 12), 91);
    ck_assert_uint_eq(document_source_offset(&doc, 25), 305);
}
END_TEST

START_TEST(pdf_and_html_names_should_be_documents_of_their_type)
{
    DocType t = DOC_NTYPES;
    ck_assert_int_eq(corpus_is_document_name("report.PDF", &t), 1);
    ck_assert_int_eq(t, DOC_PDF);
    ck_assert_int_eq(corpus_is_document_name("page.htm", &t), 1);
    ck_assert_int_eq(t, DOC_HTML);
    ck_assert_int_eq(corpus_is_document_name("page.html", &t), 1);
    ck_assert_int_eq(t, DOC_HTML);
    ck_assert_int_eq(corpus_is_document_name("page.xhtml", NULL), 0);
    ck_assert_str_eq(corpus_type_name(DOC_PDF), "PDF");
    ck_assert_str_eq(corpus_type_name(DOC_HTML), "HTML");
}
END_TEST

/* A reader builds its document piece by piece: page runs start when the
 * page changes, copied pieces become spans (joined when they go on), made
 * text (blank lines) has none; the text, map and metadata can be kept. */
START_TEST(document_append_should_record_pages_and_spans_and_save_them)
{
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    doc.name = strdup("p.html");
    ck_assert_int_eq(document_append(&doc, "Hello", 5, 100, 5, 0), 0);
    ck_assert_int_eq(document_append(&doc, " world", 6, 105, 6, 0), 0);   /* goes on: one span */
    ck_assert_int_eq(document_append(&doc, "\n\n", 2, 0, 0, 0), 0);
    ck_assert_int_eq(document_append(&doc, "&", 1, 200, 5, 0), 0);          /* "&amp;" */
    ck_assert_uint_eq(doc.nspans, 2);
    ck_assert_uint_eq(doc.spans[0].len, 11);
    size_t a, b;
    document_source_span(&doc, 6, 11, &a, &b);
    ck_assert_uint_eq(a, 106);
    ck_assert_uint_eq(b, 111);
    document_source_span(&doc, 13, 14, &a, &b);
    ck_assert_uint_eq(a, 200);
    doc.title = strdup("A\ttitle");
    char *dir = tu_tmpdir("corpus_save");
    Diag d = {0};
    ck_assert_int_eq(document_save_text(&doc, dir, &d), 0);
    char path[1200];
    snprintf(path, sizeof path, "%s/p.html.txt", dir);
    char *t = tu_read(path, NULL);
    ck_assert_str_eq(t, "Hello world\n\n&");
    free(t);
    snprintf(path, sizeof path, "%s/p.html.map", dir);
    t = tu_read(path, NULL);
    ck_assert_ptr_nonnull(strstr(t, "span\t0\t11\t100\t111\n"));
    free(t);
    char *m[5];
    ck_assert_int_eq(document_load_meta(dir, "p.html", m), 0);
    ck_assert_str_eq(m[0], "A title");
    ck_assert_ptr_null(m[3]);
    free(m[0]);
    ck_assert_int_eq(document_load_meta(dir, "none.html", m), -1);
    document_free(&doc);
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    document_append(&doc, "one ", 4, 0, 0, 1);
    document_append(&doc, "two ", 4, 0, 0, 1);
    document_append(&doc, "three", 5, 0, 0, 2);
    ck_assert_uint_eq(doc.npages, 2);
    ck_assert_int_eq(document_page_at(&doc, 5), 1);
    ck_assert_int_eq(document_page_at(&doc, 9), 2);
    document_free(&doc);
    free(dir);
}
END_TEST

/* The three listers of old each had their own rule: extract skipped
 * dotfiles, build skipped ".tmp." names, the brief counted dotfiles. */
START_TEST(extract_build_and_brief_should_name_the_same_documents)
{
    char *dir = tu_tmpdir("corpus_agree");
    tu_copy_project(dir);
    tu_sh("cd '%s/data/corpus' && rm -f *.txt && "
          "printf 'Exports rose by 12 billion dollars in 2023.\\n' > interview.tmp.4.txt && "
          "printf 'About 40 countries signed.\\n' > .notes.txt && "
          "printf 'More than 300 cables.\\n' > B.TXT && "
          "printf 'Some 7 projects.\\n' > a.txt",
          dir);
    Run ex = tu_run(dir, NULL, ENV,
                    (const char *[]){"extract", "-o", "reports/extract.csv", "data/corpus", NULL});
    ck_assert_msg(ex.status == 0, "extract: %s", ex.err);
    Run b = tu_run(dir, NULL, ENV, (const char *[]){"build", "--quiet", NULL});
    ck_assert_msg(b.status == 0, "build: %s", b.err);
    char p1[1100], p2[1100];
    snprintf(p1, sizeof p1, "%s/reports/extract.csv", dir);
    snprintf(p2, sizeof p2, "%s/data/claims.csv", dir);
    char *x = tu_read(p1, NULL), *y = tu_read(p2, NULL);
    ck_assert_str_eq(x, y);
    ck_assert_ptr_nonnull(strstr(x, "interview.tmp.4.txt"));
    ck_assert_ptr_nonnull(strstr(x, "B.TXT"));
    ck_assert_ptr_null(strstr(x, ".notes.txt"));
    /* The brief counts the same three. */
    ck_assert_int_eq(tu_sh("cd '%s' && pdftotext reports/brief.pdf - | grep -q 'Corpus: 3 documents'", dir),
                     0);
    free(x);
    free(y);
    tu_run_free(&ex);
    tu_run_free(&b);
    free(dir);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("corpus");
    TCase *tc = tcase_create("corpus");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, a_document_name_should_end_in_a_known_type_and_not_be_hidden);
    tcase_add_test(tc, the_listing_should_hold_documents_only_in_byte_order);
    tcase_add_test(tc, an_empty_folder_should_list_nothing_and_a_missing_one_should_fail);
    tcase_add_test(tc, reading_text_should_give_its_bytes_and_no_maps);
    tcase_add_test(tc, offset_maps_should_give_the_page_and_the_source_offset);
    tcase_add_test(tc, pdf_and_html_names_should_be_documents_of_their_type);
    tcase_add_test(tc, document_append_should_record_pages_and_spans_and_save_them);
    tcase_add_test(tc, extract_build_and_brief_should_name_the_same_documents);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run_suite(suite());
}
