/* test_docwire.c — a converted Document crosses from the reader's child
 * process to the parent whole, and nothing malformed gets through. */
#include "corpus.h"
#include "docwire.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static Document sample(void)
{
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    doc.name = strdup("r.pdf");
    doc.path = strdup("data/corpus/r.pdf");
    doc.type = DOC_PDF;
    doc.page_count = 3;
    document_append(&doc, "First page text. ", 17, 0, 0, 1);
    document_append(&doc, "Second page.", 12, 0, 0, 2);
    document_append(&doc, "\n\nA note of page 1.\n", 20, 0, 0, 1);
    doc.title = strdup("A report");
    doc.date = strdup("2024-05-01");
    document_warn(&doc, 3, "no text layer on page 3: it needs OCR (the other pages were read)");
    return doc;
}

static Document empty(void)
{
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    doc.name = strdup("r.pdf");
    doc.path = strdup("data/corpus/r.pdf");
    doc.type = DOC_PDF;
    return doc;
}

START_TEST(docwire_should_carry_text_pages_metadata_and_warnings)
{
    Document a = sample(), b = empty();
    Buf w;
    buf_init(&w, 0);
    docwire_encode(&a, &w);
    Diag d = {0};
    ck_assert_int_eq(docwire_decode(w.data, w.len, &b, &d), 0);
    ck_assert_str_eq(b.text.data, a.text.data);
    ck_assert_int_eq(b.page_count, 3);
    ck_assert_uint_eq(b.npages, 3);
    ck_assert_int_eq(document_page_at(&b, 0), 1);
    ck_assert_int_eq(document_page_at(&b, 20), 2);
    ck_assert_int_eq(document_page_at(&b, 35), 1);   /* the note, after page 2's text */
    ck_assert_str_eq(b.title, "A report");
    ck_assert_str_eq(b.date, "2024-05-01");
    ck_assert_ptr_null(b.authors);
    ck_assert_uint_eq(b.nwarnings, 1);
    ck_assert_int_eq(b.warnings[0].page, 3);
    ck_assert_str_eq(b.name, "r.pdf");
    buf_free(&w);
    document_free(&a);
    document_free(&b);
}
END_TEST

/* Every truncation and every flipped byte either decodes to something
 * inside its own bounds or is refused, naming the file. */
START_TEST(docwire_should_refuse_anything_malformed)
{
    Document a = sample();
    Buf w;
    buf_init(&w, 0);
    docwire_encode(&a, &w);
    for (size_t cut = 0; cut < w.len; cut++) {
        Document b = empty();
        Diag d = {0};
        ck_assert_int_eq(docwire_decode(w.data, cut, &b, &d), CB_EINPUT);
        ck_assert_str_eq(d.file, "data/corpus/r.pdf");
        ck_assert_str_eq(d.msg, "the document reader returned malformed output");
        ck_assert_uint_eq(b.text.len, 0);
        document_free(&b);
    }
    for (size_t i = 0; i < w.len; i++) {
        char *copy = malloc(w.len);
        memcpy(copy, w.data, w.len);
        copy[i] ^= (char)0xA5;
        Document b = empty();
        Diag d = {0};
        if (docwire_decode(copy, w.len, &b, &d) == 0) {
            for (size_t k = 0; k < b.npages; k++)
                ck_assert(b.pages[k].text <= b.text.len && b.pages[k].page >= 1 && b.pages[k].page <= b.page_count);
        }
        document_free(&b);
        free(copy);
    }
    buf_free(&w);
    document_free(&a);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("docwire");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, docwire_should_carry_text_pages_metadata_and_warnings);
    tcase_add_test(tc, docwire_should_refuse_anything_malformed);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
