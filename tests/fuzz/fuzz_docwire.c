/* fuzz_docwire.c — what a reader process sends back (docwire_decode), on
 * arbitrary bytes: the PDF and HTML readers run poppler and gumbo on
 * hostile documents, so their answer is the one thing from the sandbox
 * the parent reads, and must be read as untrusted (a reader that a
 * document took over may send anything). Also the metadata the build
 * keeps beside a converted document (reports/.build/text/NAME.meta,
 * document_load_meta), which comes with the project folder.
 *
 * Properties: no crash, leak or read past the bytes; a refusal leaves the
 * document empty; a document read holds what the parent relies on (text
 * within the limit and without NUL; page runs in text order, inside the
 * text, pages from 1 to the page count; spans sorted and inside the text;
 * warnings with a message) and encodes back to exactly the bytes it came
 * from; page and source lookups anywhere in the text stay in range. A
 * metadata value read is one line.
 */
#include "fuzz.h"

#include "corpus.h"
#include "docwire.h"
#include "limits.h"

#include <sys/stat.h>

static char home[512];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *t = getenv("TMPDIR");
    snprintf(home, sizeof home, "%s/cbfuzz-docwire-%ld", t && *t ? t : "/tmp", (long)getpid());
    if (mkdir(home, 0700) != 0)
        abort();
    return 0;
}

static void check(const Document *doc)
{
    size_t len = doc->text.len;
    if (len > CB_MAX_DOC_BYTES || (len && memchr(doc->text.data, 0, len)) || doc->page_count < 0)
        abort();
    for (size_t i = 0; i < doc->npages; i++)
        if (doc->pages[i].text > len || (i && doc->pages[i].text < doc->pages[i - 1].text) ||
            doc->pages[i].page < 1 || doc->pages[i].page > doc->page_count)
            abort();
    for (size_t i = 0; i < doc->nspans; i++)
        if (doc->spans[i].text > len || doc->spans[i].len > len - doc->spans[i].text ||
            (i && doc->spans[i].text < doc->spans[i - 1].text))
            abort();
    for (size_t i = 0; i < doc->nwarnings; i++)
        if (!doc->warnings[i].msg || doc->warnings[i].page < 0 || doc->warnings[i].page > doc->page_count)
            abort();
    for (size_t off = 0; off <= len; off += 1 + len / 16) {
        int pg = document_page_at(doc, off);
        size_t a, b;
        document_source_span(doc, off, len, &a, &b);
        if (pg < 0 || pg > doc->page_count || a > b)
            abort();
        (void)document_source_offset(doc, off);
    }
}

static void meta(const uint8_t *data, size_t size)
{
    char path[600];
    snprintf(path, sizeof path, "%s/x.pdf.meta", home);
    FILE *fp = fopen(path, "wb");
    if (!fp || (size && fwrite(data, 1, size, fp) != size) || fclose(fp) != 0)
        abort();
    char *m[5];
    if (document_load_meta(home, "x.pdf", m) != 0)
        abort();
    for (int i = 0; i < 5; i++) {
        if (m[i] && strchr(m[i], '\n'))
            abort();
        free(m[i]);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Document doc;
    memset(&doc, 0, sizeof doc);
    doc.name = "x.pdf";
    doc.path = "data/corpus/x.pdf";
    doc.type = DOC_PDF;
    Diag d = {0};
    int rc = docwire_decode((const char *)data, size, &doc, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0) {
        if (doc.text.len || doc.npages || doc.nspans || doc.nwarnings || doc.title || doc.url ||
            strcmp(d.file, "data/corpus/x.pdf") != 0)
            abort();
    } else {
        check(&doc);
        Buf again;
        buf_init(&again, 0);
        docwire_encode(&doc, &again);
        if (again.len != size || memcmp(again.data, data, size) != 0)
            abort();
        buf_free(&again);
    }
    doc.name = doc.path = NULL;
    document_free(&doc);
    meta(data, size);
    return 0;
}
