/* test_docwire.c — a converted Document crosses from the reader's child
 * process to the parent whole, and nothing malformed gets through. In a
 * batch, one reader process reads document after document; one that
 * crashes, loops or is refused fails alone, with the words it has alone,
 * and the documents after it read right. */
#include "corpus.h"
#include "docwire.h"
#include "limits.h"
#include "sandbox.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* ---- the sandboxed read, in a batch ---- */

/* A parser by the document's words: "crash" on page 4, "loop" on page
 * 2, "refuse"; anything else is its own text, with the reader's process
 * id as its title. */
static int toy_parse(const char *data, size_t n, Document *doc, volatile unsigned *progress, char *err,
                     size_t cap)
{
    if (n == 5 && !memcmp(data, "crash", 5)) {
        *progress = 4;
        raise(SIGSEGV);
    }
    if (n == 4 && !memcmp(data, "loop", 4)) {
        *progress = 2;
        for (volatile unsigned long i = 0;; i++)
            ;
    }
    if (n == 6 && !memcmp(data, "refuse", 6)) {
        snprintf(err, cap, "encrypted PDF: needs a password");
        return -1;
    }
    char pid[32];
    snprintf(pid, sizeof pid, "%ld", (long)getpid());
    doc->title = strdup(pid);
    document_append(doc, data, n, 0, 0, 1);
    doc->page_count = 1;
    return 0;
}

DOCWIRE_JOB(toy_job, "toy", toy_parse);

/* Read text through the sandbox: 0 and the text and reader's pid, or the
 * error's words in msg. */
static int toy_read(const char *text, char *got, size_t cap, long *pid)
{
    Document doc = empty();
    Diag d = {0};
    int rc = docwire_read_sandboxed("r.pdf", text, strlen(text), &toy_job, "page", &doc, &d);
    if (rc)
        snprintf(got, cap, "%.*s", (int)(cap - 1), d.msg);
    else
        snprintf(got, cap, "%s", doc.text.data);
    if (pid)
        *pid = !rc && doc.title ? atol(doc.title) : 0;
    document_free(&doc);
    return rc;
}

START_TEST(docwire_should_read_on_in_a_batch_after_a_crash_a_loop_and_a_refusal)
{
    int fds = tu_open_fds();
    setenv("CLAIMBRIEF_READ_SECONDS", "1", 1);
    char got[512];
    long pid[4];
    docwire_batch_begin();
    ck_assert_int_eq(toy_read("The first document.", got, sizeof got, &pid[0]), 0);
    ck_assert_str_eq(got, "The first document.");
    ck_assert_int_eq(toy_read("crash", got, sizeof got, NULL), CB_EINPUT);
    if (sandbox_memory_unbounded()) { /* a sanitizer takes the signal: it exits, or aborts
                                       * when ASAN_OPTIONS says abort_on_error=1 */
        ck_assert_msg(!strcmp(got, "page 4: the reader failed") ||
                          !strncmp(got, "page 4: the reader stopped on signal 6 ", 39),
                      "got %s", got);
    } else
        ck_assert_str_eq(got, "page 4: the reader stopped on signal 11 (Segmentation fault; memory limit 1024 MiB)");
    ck_assert_int_eq(toy_read("The second document.", got, sizeof got, &pid[1]), 0);
    ck_assert_str_eq(got, "The second document.");
    ck_assert_int_eq(toy_read("loop", got, sizeof got, NULL), CB_EINPUT);
    ck_assert_str_eq(got, "page 2: reading took longer than 1 s");
    ck_assert_int_eq(toy_read("The third document.", got, sizeof got, &pid[2]), 0);
    ck_assert_str_eq(got, "The third document.");
    ck_assert_int_eq(toy_read("refuse", got, sizeof got, NULL), CB_EINPUT);
    ck_assert_str_eq(got, "encrypted PDF: needs a password");
    ck_assert_int_eq(toy_read("The fourth document.", got, sizeof got, &pid[3]), 0);
    ck_assert_str_eq(got, "The fourth document.");
    docwire_batch_end();
    unsetenv("CLAIMBRIEF_READ_SECONDS");
    /* a fresh reader after the crash and after the loop; the refusal
     * left its reader as it was */
    ck_assert(pid[0] != pid[1] && pid[1] != pid[2] && pid[2] == pid[3]);
    ck_assert(waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD);
    ck_assert_int_eq(tu_open_fds(), fds);
}
END_TEST

START_TEST(docwire_should_read_a_batch_in_one_reader_and_replace_it_after_the_limit)
{
    char got[64];
    long first, pid;
    /* alone: a reader each */
    ck_assert_int_eq(toy_read("one", got, sizeof got, &first), 0);
    ck_assert_int_eq(toy_read("two", got, sizeof got, &pid), 0);
    ck_assert_int_ne(pid, first);
    ck_assert(waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD);
    /* in a batch: one for CB_MAX_READER_DOCS documents, then another */
    docwire_batch_begin();
    docwire_batch_begin();   /* nested: the outer end ends it */
    ck_assert_int_eq(toy_read("doc", got, sizeof got, &first), 0);
    for (int i = 1; i < CB_MAX_READER_DOCS; i++) {
        ck_assert_int_eq(toy_read("doc", got, sizeof got, &pid), 0);
        ck_assert_int_eq(pid, first);
    }
    docwire_batch_end();
    ck_assert_int_eq(toy_read("doc", got, sizeof got, &pid), 0);
    ck_assert_int_ne(pid, first);
    ck_assert_int_eq(kill((pid_t)pid, 0), 0);   /* alive between documents */
    docwire_batch_end();
    ck_assert(waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("docwire");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, docwire_should_carry_text_pages_metadata_and_warnings);
    tcase_add_test(tc, docwire_should_refuse_anything_malformed);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, docwire_should_read_on_in_a_batch_after_a_crash_a_loop_and_a_refusal);
    tcase_add_test(tc, docwire_should_read_a_batch_in_one_reader_and_replace_it_after_the_limit);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}
