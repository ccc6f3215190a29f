/* fuzz_pdf.c — the PDF reader on arbitrary bytes, in process (poppler
 * and pdflayout), as the sandboxed child runs it: a result whose page
 * runs and warnings stay inside the text and the page count, or a
 * one-line error naming the file. A crash here is a crash the sandbox
 * would contain; it is still a defect in pdflayout or a poppler bug to
 * report. */
#include "fuzz.h"

#include "corpus.h"
#include "doc_pdf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    Diag d = {0};
    int rc = docpdf_parse("fuzz.pdf", (const char *)data, size, &doc, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0 && strcmp(d.file, "fuzz.pdf") != 0)
        abort();
    if (rc == 0) {
        if (doc.text.len && (memchr(doc.text.data, 0, doc.text.len) || !doc.npages))
            abort();
        for (size_t i = 0; i < doc.npages; i++)
            if (doc.pages[i].text > doc.text.len || doc.pages[i].page < 1 || doc.pages[i].page > doc.page_count ||
                (i && doc.pages[i].text < doc.pages[i - 1].text))
                abort();
        for (size_t i = 0; i < doc.nwarnings; i++)
            if (!doc.warnings[i].msg[0] || strchr(doc.warnings[i].msg, '\n'))
                abort();
    }
    document_free(&doc);
    return 0;
}
