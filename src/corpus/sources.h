/* sources.h — the corpus bibliography (data/corpus/sources.csv).
 *
 * Columns (RFC 4180, header row, any order, extra columns ignored):
 * file,title,authors,publisher,date,url. "file" is required and names a
 * document in data/corpus/ (basename); the other cells may be empty. Rows
 * keep the file's order. The brief prints them as its bibliography and
 * charts use them for source lines.
 *
 * Ownership: a SourceList owns its Sources and their strings;
 * sources_free releases them. Pointers returned by sources_find stay valid
 * until then.
 */
#ifndef CB_SOURCES_H
#define CB_SOURCES_H

#include <stddef.h>

#include "corpus.h"
#include "diag.h"

/* A row's strings are one allocation, at file (sources_free frees it). */
typedef struct Source {
    char *file;        /* document basename, never empty */
    char *title;       /* "" when not given (never NULL) */
    char *authors;     /* "; "-separated as written */
    char *publisher;
    char *date;        /* as written (YYYY-MM-DD usually) */
    char *url;
    long line;         /* line of sources.csv the row starts on */
    int traditional;   /* its publisher (else authors) written in
                        * traditional characters, as read before folding
                        * (extract.c); 0 from sources_load */
    int text_traditional; /* its document written in traditional
                           * characters (read folded, extract.c); 0 from
                           * sources_load */
} Source;

typedef struct SourceList {
    Source *v;
    size_t n, cap;
    size_t *byname;    /* v's indexes sorted by file (set by sources_load; NULL: none) */
} SourceList;

/* Load path into out (initialised here; free with sources_free even on
 * error). Errors, CB_EINPUT as "FILE:LINE: msg": unreadable or malformed
 * CSV, a missing "file" column, an empty file cell, a file cell that is
 * not a plain basename, the same file listed twice. */
int sources_load(const char *path, SourceList *out, Diag *d);
void sources_free(SourceList *l);

/* The row for document basename file, or NULL (a binary search on a
 * loaded list). */
const Source *sources_find(const SourceList *l, const char *file);

/* What a document says of itself (a PDF's information dictionary, a
 * page's <title> and <meta>) offered to the bibliography: the cells of
 * file's row that sources.csv leaves empty are filled, and a document
 * with no row gets one (line 0), appended. NULL or "" offers nothing. */
void sources_offer(SourceList *l, const char *file, const char *title, const char *authors,
                   const char *publisher, const char *date, const char *url);

/* The bibliography of the corpus, as the brief and the charts show it:
 * the rows of src (read from path; src may be NULL when the file does not
 * exist) whose document is in docs, in the file's order, then a row with
 * an empty title for each document without one, in name order. Every
 * mismatch goes to warn (may be NULL) as one Diag naming path:
 *     PATH:LINE: 'x.txt' is not in data/corpus: remove the row, or put the document back
 *     PATH: no row for document 'y.txt': add one (file,title,authors,publisher,date,url)
 *     PATH: missing: no document has a title, authors or date; ...
 * out is initialised here (sources_free). Returns the number of
 * mismatches (0: the bibliography and the corpus agree). */
typedef void (*SourcesWarn)(const Diag *w, void *ctx);
size_t sources_reconcile(const SourceList *src, const char *path, const Corpus *docs,
                         SourceList *out, SourcesWarn warn, void *ctx);

/* sources_load (when path exists), then sources_reconcile: what brief and
 * build both do, so they behave the same. *nbad gets the mismatches.
 * Errors: sources_load's. */
int sources_load_for(const char *path, const Corpus *docs, SourceList *out, SourcesWarn warn,
                     void *ctx, size_t *nbad, Diag *d);

#endif
