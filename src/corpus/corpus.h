/* corpus.h — the corpus: which files are documents, what they are called,
 * the listing in name order, and reading one document into text.
 *
 * One rule decides what a document is, for every command (extract on a
 * folder, build, the brief's document count and Sources, the coverage
 * chart):
 *     a file of the corpus folder whose name does not start with '.' and
 *     ends in the extension of a known document type (compared without
 *     case: ".txt"), and that is a regular file or a link to one inside
 *     the folder.
 * A link that leads outside the folder is not read unless the user asks
 * (CorpusOptions.follow_links, `--follow-links`): a folder from someone
 * else (a cloned repository) could link to /etc/passwd, whose lines would
 * be quoted in the brief, or to /proc/self/mem.
 * Anything else in the folder (sources.csv, notes, editor backups, this
 * program's temporaries "NAME.tmp.PID.N", sub-folders, FIFOs) is not a
 * document and is never opened. A document's name is its file name: the
 * claims table, curation rows and sources.csv rows name it so. The
 * listing is in byte order of names (strcmp), the claims table's order.
 *
 * Document types. A type is a row of a table in corpus.c: its extensions
 * and a reader that turns the file's bytes into the UTF-8 text claims are
 * found in, with optional maps from text offsets back to the source:
 *     pages    which page each stretch of text comes from (PDF)
 *     spans    pieces of text copied from a source offset (HTML)
 * and what the document says of itself (title, date, authors, publisher,
 * address: offered to the bibliography) and warnings ("no text layer").
 * Plain text is its own text: no maps, offsets are the file's. PDF
 * (doc_pdf.h) and HTML (doc_html.h) are read in a bounded child process;
 * the converted text is what claims' offsets refer to, and can be kept
 * beside its map (document_save_text) for the analyst to read.
 *
 * Ownership: corpus_list fills a Corpus freed with corpus_free; a
 * Document from corpus_read is freed with document_free. Neither keeps
 * pointers to the caller's strings.
 */
#ifndef CB_CORPUS_H
#define CB_CORPUS_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"

/* The project's corpus folder. */
#define CORPUS_DIR "data/corpus"
/* Where the build keeps the text read from each PDF and web page, its
 * map and its metadata (document_save_text). */
#define CORPUS_TEXT_DIR "reports/.build/text"

/* ORDER DocType: the types[] table in corpus.c */
typedef enum DocType {
    DOC_TEXT,        /* .txt: UTF-8 text, read as stored */
    DOC_PDF,         /* .pdf: text by page, in reading order (doc_pdf.h) */
    DOC_HTML,        /* .html, .htm: a saved web page's article (doc_html.h) */
    DOC_NTYPES
} DocType;

/* The type's short name ("text", "PDF", "HTML"), for messages and the
 * sources list. */
const char *corpus_type_name(DocType t);

/* Is name (a file name, no folder) a document's name? 1 and *type set
 * (type may be NULL), else 0. This is the naming half of the rule above;
 * corpus_list adds "a regular file or a link to one". */
int corpus_is_document_name(const char *name, DocType *type);

typedef struct CorpusEntry {
    char *name;      /* file name: the document's name (the tail of path) */
    char *path;      /* folder "/" name (corpus_free frees it) */
    DocType type;
} CorpusEntry;

typedef struct Corpus {
    char *dir;
    CorpusEntry *v;  /* sorted by name */
    size_t n;
    size_t refused;  /* entries named as documents but refused (links out) */
} Corpus;

typedef struct CorpusOptions {
    int follow_links;   /* take links that lead outside the folder */
    /* Told about each entry named like a document that is left out: a
     * link leading outside the folder (an error, warning 0), or one that
     * is not a regular file, a FIFO say (warning 1). May be NULL. */
    void (*report)(const Diag *d, int warning, void *ctx);
    void *report_ctx;
} CorpusOptions;

/* List the documents of folder dir into out (initialised here; free with
 * corpus_free; on error it is an empty listing of dir). A folder with no
 * documents is an empty list, not an error. CB_EINPUT "DIR: cannot read: ..." when dir cannot
 * be opened, "DIR: not a folder" when it is something else.
 * corpus_list_with takes options (NULL: links leading outside are left
 * out, nothing is reported); corpus_list is corpus_list_with(NULL). */
int corpus_list(const char *dir, Corpus *out, Diag *d);
int corpus_list_with(const char *dir, const CorpusOptions *o, Corpus *out, Diag *d);
void corpus_free(Corpus *c);
/* The entry called name, or NULL (binary search). */
const CorpusEntry *corpus_find(const Corpus *c, const char *name);

/* A piece of a document's text copied from the source: text offsets
 * [text, text + len) come from source offsets [src, src + len). */
typedef struct DocSpan {
    size_t text, src, len;
} DocSpan;

/* Text from offset text on (to the next run) comes from page page
 * (1-based). Runs are in text order; pages need not be: a footnote is
 * written after the paragraph it interrupts, on the next page. */
typedef struct DocPage {
    size_t text;
    int page;
} DocPage;

/* Something read but worth saying: page 0 when it concerns the whole
 * document. */
typedef struct DocWarning {
    int page;
    char *msg;
} DocWarning;

typedef struct Document {
    char *name;        /* file name (basename of path) */
    char *path;        /* as opened */
    DocType type;
    Buf text;          /* UTF-8 text; claims' offsets are bytes of it */
    DocPage *pages;    /* page runs; NULL when not paginated */
    size_t npages;
    int page_count;    /* pages of the source (PDF), else 0 */
    DocSpan *spans;    /* sorted by text; NULL when the text is the source */
    size_t nspans;
    /* What the document says of itself (the PDF's information
     * dictionary, <title> and <meta>): offered to the bibliography.
     * NULL when it does not say. */
    char *title, *date, *authors, *publisher, *url;
    DocWarning *warnings;
    size_t nwarnings;
    size_t cap_pages, cap_spans;   /* private */
} Document;

/* Read the file at path as a document: its type from its name (a name
 * of no known type is read as text: a file named on the command line is
 * taken as the user gave it), its bytes through fsio_read with the limit
 * CB_MAX_DOC_BYTES, then the type's reader. out is initialised here;
 * free it with document_free, also on error. Errors: CB_EINPUT naming
 * path (unreadable, too large, or what the reader refuses). */
int corpus_read(const char *path, Document *out, Diag *d);
/* The same for a file the user named on the command line: it may be a
 * pipe ("extract <(curl ...)"), read as a stream up to the limit. */
int corpus_read_named(const char *path, Document *out, Diag *d);
/* A document from bytes already in memory (stdin), named name, of type
 * t. Takes the bytes of *bytes (left empty). */
int corpus_read_mem(const char *name, DocType t, Buf *bytes, Document *out, Diag *d);
void document_free(Document *doc);

/* A batch of documents: the PDFs and web pages read between
 * corpus_batch_begin and corpus_batch_end on one thread share reader
 * processes kept across documents, not one process each (docwire.h); a
 * document that crashes, loops or floods its reader still fails alone,
 * with the error it has alone. Pairs nest; end on the thread that began. */
void corpus_batch_begin(void);
void corpus_batch_end(void);

/* The 1-based page holding text offset off, or 0 when the document is
 * not paginated. */
int document_page_at(const Document *doc, size_t off);
/* The source offset of text offset off: off itself when the text is the
 * source; else through the span holding it (or the nearest before). */
size_t document_source_offset(const Document *doc, size_t off);
/* The source span of text [start, end): [*src, *src_end). */
void document_source_span(const Document *doc, size_t start, size_t end, size_t *src, size_t *src_end);

/* For readers: append text p[0,n) to the document. From a page (page >
 * 0): a page run starts when the page changes. From the source (srclen >
 * 0): a span maps it, byte for byte when n == srclen, else its first
 * min(n, srclen) bytes (an entity "&amp;" is "&"). Neither: text the
 * reader made (a blank line between blocks). Returns 0, or -1 when the
 * text would pass CB_MAX_DOC_BYTES (nothing appended). */
int document_append(Document *doc, const char *p, size_t n, size_t src, size_t srclen, int page);
/* Add a warning (printf-style). */
void document_warn(Document *doc, int page, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* The maps as text, one line per piece (tab-separated, decimal, after a
 * header): "page TEXT_START TEXT_END PAGE" for each page run, "span
 * TEXT_START TEXT_END SRC_START SRC_END" for each span. */
void document_write_map(const Document *doc, Buf *out);
/* Keep a converted document's text where the analyst can read it:
 * DIR/NAME.txt (the text claims' offsets refer to), DIR/NAME.map and
 * DIR/NAME.meta (what the document says of itself: "title\tTEXT" lines
 * for title, authors, publisher, date, url), NAME the document's name
 * ("report.pdf.txt"), each written atomically and only when its bytes
 * change. CB_EWRITE naming the file. */
int document_save_text(const Document *doc, const char *dir, Diag *d);

/* Read DIR/NAME.meta back: the five fields (NULL when absent; caller
 * frees each). 0, or -1 when there is no such file. */
int document_load_meta(const char *dir, const char *name, char *meta[5]);

#endif
