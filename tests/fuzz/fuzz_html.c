/* fuzz_html.c — the web page reader on arbitrary bytes, in process
 * (charset decoding, gumbo, the content walk): text without NUL whose
 * spans stay inside the text and the page's bytes, or a one-line error
 * naming the file. */
#include "fuzz.h"

#include "corpus.h"
#include "doc_html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    Diag d = {0};
    int rc = dochtml_parse("fuzz.html", (const char *)data, size, &doc, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0 && strcmp(d.file, "fuzz.html") != 0)
        abort();
    if (rc == 0) {
        if (doc.text.len && memchr(doc.text.data, 0, doc.text.len))
            abort();
        for (size_t i = 0; i < doc.nspans; i++) {
            const DocSpan *s = &doc.spans[i];
            if (s->text + s->len > doc.text.len || s->src + s->len > size || (i && s->text < doc.spans[i - 1].text))
                abort();
        }
    }
    document_free(&doc);
    return 0;
}
