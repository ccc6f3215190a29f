/* test_doc_pdf.c — PDFs as they come: a report read by page with its
 * metadata; encrypted, damaged, scanned and not-a-PDF files, each a
 * one-line error or warning naming the file; the same text in the
 * sandbox as in process. */
#include "corpus.h"
#include "doc_pdf.h"
#include "testutil.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIXTURE CB_SOURCE_DIR "/tests/formats/322_thinktank_footnotes.pdf"

static Document empty_doc(const char *name)
{
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    doc.name = strdup(name);
    doc.path = strdup(name);
    doc.type = DOC_PDF;
    return doc;
}

/* Read path through the corpus (the sandboxed reader). */
static int read_path(const char *path, Document *doc, Diag *d)
{
    memset(d, 0, sizeof *d);
    return corpus_read(path, doc, d);
}

START_TEST(docpdf_should_read_a_report_by_page_with_its_metadata)
{
    Document doc;
    Diag d;
    ck_assert_int_eq(read_path(FIXTURE, &doc, &d), 0);
    ck_assert_int_eq(doc.type, DOC_PDF);
    ck_assert_int_eq(doc.page_count, 2);
    ck_assert_ptr_nonnull(doc.date);
    ck_assert_str_eq(doc.date, "2023-11-14");
    const char *t = doc.text.data;
    const char *first = strstr(t, "little more than a slogan."), *last = strstr(t, "trained approximately 3,500");
    ck_assert_ptr_nonnull(first);
    ck_assert_ptr_nonnull(last);
    ck_assert_int_eq(document_page_at(&doc, (size_t)(first - t)), 1);
    ck_assert_int_eq(document_page_at(&doc, (size_t)(last - t)), 2);
    ck_assert_uint_eq(doc.nwarnings, 0);
    document_free(&doc);
}
END_TEST

START_TEST(docpdf_should_give_the_same_text_in_the_sandbox_as_in_process)
{
    char *data;
    size_t n;
    data = tu_read(FIXTURE, &n);
    ck_assert_ptr_nonnull(data);
    Document a = empty_doc("x.pdf"), b = empty_doc("x.pdf");
    Diag d = {0};
    ck_assert_int_eq(docpdf_read("x.pdf", data, n, &a, &d), 0);
    ck_assert_int_eq(docpdf_parse("x.pdf", data, n, &b, &d), 0);
    ck_assert_str_eq(a.text.data, b.text.data);
    ck_assert_uint_eq(a.npages, b.npages);
    for (size_t i = 0; i < a.npages; i++) {
        ck_assert_uint_eq(a.pages[i].text, b.pages[i].text);
        ck_assert_int_eq(a.pages[i].page, b.pages[i].page);
    }
    document_free(&a);
    document_free(&b);
    free(data);
}
END_TEST

START_TEST(docpdf_should_refuse_an_encrypted_pdf_naming_it)
{
    char *dir = tu_tmpdir("pdf_encrypted");
    char path[1200], open_path[1200];
    snprintf(path, sizeof path, "%s/locked.pdf", dir);
    snprintf(open_path, sizeof open_path, "%s/copyprotected.pdf", dir);
    ck_assert_int_eq(tu_sh("qpdf --encrypt secret owner 256 -- '%s' '%s'", FIXTURE, path), 0);
    Document doc;
    Diag d;
    ck_assert_int_eq(read_path(path, &doc, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, path);
    ck_assert_str_eq(d.msg, "encrypted PDF: needs a password");
    document_free(&doc);
    /* a PDF locked only against copying opens without a password */
    ck_assert_int_eq(tu_sh("qpdf --encrypt '' owner 256 --extract=n -- '%s' '%s'", FIXTURE, open_path), 0);
    ck_assert_int_eq(read_path(open_path, &doc, &d), 0);
    ck_assert_ptr_nonnull(strstr(doc.text.data, "little more than a slogan."));
    document_free(&doc);
    free(dir);
}
END_TEST

START_TEST(docpdf_should_refuse_bytes_that_are_no_pdf_in_one_line)
{
    char *dir = tu_tmpdir("pdf_bad");
    char path[1200];
    snprintf(path, sizeof path, "%s/notes.pdf", dir);
    const char junk[] = "This is a plain text file someone named .pdf\n";
    tu_write(path, junk, sizeof junk - 1);
    Document doc;
    Diag d;
    ck_assert_int_eq(read_path(path, &doc, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, path);
    ck_assert_ptr_nonnull(strstr(d.msg, "not a PDF that can be read"));
    ck_assert_ptr_null(strchr(d.msg, '\n'));
    document_free(&doc);
    free(dir);
}
END_TEST

/* Every cut of the file gives text or a one-line error, never a crash. */
START_TEST(docpdf_should_read_a_damaged_pdf_or_say_so)
{
    size_t n;
    char *data = tu_read(FIXTURE, &n);
    ck_assert_ptr_nonnull(data);
    size_t cuts[] = {n / 2, n - 100, 1000};
    for (size_t i = 0; i < 3; i++) {
        Document doc = empty_doc("cut.pdf");
        Diag d = {0};
        int rc = docpdf_read("cut.pdf", data, cuts[i], &doc, &d);
        ck_assert(rc == 0 || rc == CB_EINPUT);
        if (rc)
            ck_assert(d.msg[0] && !strchr(d.msg, '\n') && !strcmp(d.file, "cut.pdf"));
        document_free(&doc);
    }
    /* a byte flipped every 97 bytes */
    for (size_t i = 200; i < n; i += 97)
        data[i] ^= 0x5A;
    Document doc = empty_doc("flipped.pdf");
    Diag d = {0};
    int rc = docpdf_read("flipped.pdf", data, n, &doc, &d);
    ck_assert(rc == 0 || (rc == CB_EINPUT && d.msg[0]));
    document_free(&doc);
    free(data);
}
END_TEST

/* A scanned page: the words are pictures (here paths), no text layer. */
START_TEST(docpdf_should_warn_that_a_scanned_pdf_needs_ocr)
{
    char *dir = tu_tmpdir("pdf_scanned");
    char path[1200];
    snprintf(path, sizeof path, "%s/scan.pdf", dir);
    /* a page that is a picture: grey bars where lines of words were */
    cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 400, 300);
    cairo_t *ic = cairo_create(img);
    cairo_set_source_rgb(ic, 1, 1, 1);
    cairo_paint(ic);
    cairo_set_source_rgb(ic, 0.2, 0.2, 0.2);
    for (int line = 0; line < 12; line++)
        cairo_rectangle(ic, 20, 20 + 22 * line, 300 + (line * 37) % 60, 9);
    cairo_fill(ic);
    cairo_destroy(ic);
    cairo_surface_t *s = cairo_pdf_surface_create(path, 595, 842);
    cairo_t *cr = cairo_create(s);
    cairo_set_source_surface(cr, img, 72, 72);
    cairo_paint(cr);
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    cairo_surface_destroy(img);
    Document doc;
    Diag d;
    ck_assert_int_eq(read_path(path, &doc, &d), 0);
    ck_assert_uint_eq(doc.text.len, 0);
    ck_assert_uint_eq(doc.nwarnings, 1);
    ck_assert_str_eq(doc.warnings[0].msg, "no text layer: needs OCR");
    document_free(&doc);
    /* and extract says so on one line, and finds nothing */
    const char *argv[] = {"extract", path, NULL};
    Run r = tu_run(CB_SOURCE_DIR, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    char want[1400];
    snprintf(want, sizeof want, "claimbrief: %s: no text layer: needs OCR\n", path);
    ck_assert_str_eq(r.err, want);
    ck_assert_ptr_null(strchr(strchr(r.out, '\n') + 1, '\n'));
    tu_run_free(&r);
    free(dir);
}
END_TEST

START_TEST(extract_should_cite_each_pdf_claim_by_its_page_with_the_same_ids_each_time)
{
    const char *argv[] = {"extract", "--no-curation", FIXTURE, NULL};
    Run r = tu_run(CB_SOURCE_DIR, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    Run again = tu_run(CB_SOURCE_DIR, NULL, NULL, argv);
    ck_assert_str_eq(again.out, r.out);
    tu_run_free(&again);
    ck_assert_ptr_nonnull(strstr(r.out, ",1,70,70,"));         /* "no fewer than 70 countries", page 1 */
    ck_assert_ptr_nonnull(strstr(r.out, ",2,\"1,200\",1200,")); /* "over 1,200 officials", page 2 */
    tu_run_free(&r);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("doc_pdf");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, docpdf_should_read_a_report_by_page_with_its_metadata);
    tcase_add_test(tc, docpdf_should_give_the_same_text_in_the_sandbox_as_in_process);
    tcase_add_test(tc, docpdf_should_refuse_an_encrypted_pdf_naming_it);
    tcase_add_test(tc, docpdf_should_refuse_bytes_that_are_no_pdf_in_one_line);
    tcase_add_test(tc, docpdf_should_read_a_damaged_pdf_or_say_so);
    tcase_add_test(tc, docpdf_should_warn_that_a_scanned_pdf_needs_ocr);
    tcase_add_test(tc, extract_should_cite_each_pdf_claim_by_its_page_with_the_same_ids_each_time);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
