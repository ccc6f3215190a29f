/* doc_html.h — a saved web page in, its article's text out, each byte
 * mapped to where it stands in the page's source.
 *
 * The bytes are decoded (BOM, <meta charset>, else UTF-8, else
 * windows-1252, as browsers do), parsed by gumbo (the HTML5 parsing
 * algorithm: entities decoded, broken markup repaired) and read:
 *   - scripts, styles, navigation, asides, footers, forms, hidden
 *     elements, comment sections, cookie banners, share bars and other
 *     boilerplate (by tag, ARIA role, and class and id words) are
 *     dropped with all they hold;
 *   - the main content is the element holding the most prose, scored
 *     as Mozilla's Readability does (paragraph length and commas,
 *     given to ancestors, times one minus the link density), widened to
 *     its <article> or <main> and to wrappers that add only headings;
 *     lists and blocks inside it that are mostly links are dropped;
 *   - text is written as paragraphs (blank-line separated), headings on
 *     lines of their own, list items as "- item" lines, a data table's
 *     rows as aligned columns three blanks apart (as a table is typed in
 *     a text file: the scanner reads a cell's unit in the header above
 *     it), <br> as a line break, superscript digits as such ("¹").
 * <title> and <meta> (Open Graph, citation_*, Dublin Core) give the
 * title, date, authors, publisher and address offered to the
 * bibliography.
 *
 * gumbo is quadratic in nesting depth (200,000 nested <div>s take
 * minutes), so dochtml_read runs it in a child process bounded like the
 * PDF reader (sandbox.h).
 *
 * Ownership: out is the caller's Document, empty but for its name and
 * path (corpus_read_mem makes it); the reader fills its text, spans,
 * metadata and warnings. The caller frees it (document_free), also on
 * error.
 */
#ifndef CB_DOC_HTML_H
#define CB_DOC_HTML_H

#include <stddef.h>

#include "diag.h"
#include "corpus.h"

/* Read the page data[0,n) named name into out. Errors, CB_EINPUT naming the
 * file: binary bytes, an unknown character set, the time or memory bound
 * passed, the text over CB_MAX_DOC_BYTES. A page with no readable text
 * is no error: out holds none and a warning says so. */
int dochtml_read(const char *name, const char *data, size_t n, Document *out, Diag *d);

/* The same in this process, without bounds (tests and fuzzing). */
int dochtml_parse(const char *name, const char *data, size_t n, Document *out, Diag *d);

/* As dochtml_parse, with the page's text handed to gumbo as it is, its
 * long runs of text not folded (htmlfold.h): what the folded reading
 * must equal, byte for byte (tests and the fuzz target hold them so). */
int dochtml_parse_unfolded(const char *name, const char *data, size_t n, Document *out, Diag *d);

#endif
