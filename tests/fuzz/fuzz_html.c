/* fuzz_html.c — the web page reader on arbitrary bytes, in process
 * (charset decoding, gumbo, the content walk): text without NUL whose
 * spans stay inside the text and the page's bytes, or a one-line error
 * naming the file; and the same reading, byte for byte, whether the
 * page's long text runs reach gumbo folded (htmlfold.h) or as they are. */
#include "fuzz.h"

#include "corpus.h"
#include "doc_html.h"
#include "docwire.h"

/* The reading as bytes: the document's wire form, or the error. */
static int read_page(int folded, const uint8_t *data, size_t size, Buf *as)
{
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    Diag d = {0};
    int rc = (folded ? dochtml_parse : dochtml_parse_unfolded)("fuzz.html", (const char *)data, size, &doc, &d);
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
        docwire_encode(&doc, as);
    } else {
        buf_puts(as, d.msg);
    }
    document_free(&doc);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Buf a, b;
    buf_init(&a, 0);
    buf_init(&b, 0);
    int ra = read_page(1, data, size, &a), rb = read_page(0, data, size, &b);
    if (ra != rb || a.len != b.len || memcmp(a.data, b.data, a.len))
        abort();   /* folding changed what was read */
    buf_free(&a);
    buf_free(&b);
    return 0;
}
