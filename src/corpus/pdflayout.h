/* pdflayout.h — a PDF's character boxes in, its text in reading order out.
 *
 * The PDF reader (doc_pdf.c) hands each page's characters as poppler
 * gives them: code point, box (points, y downwards), font size, bold,
 * with poppler's spaces and line breaks as word breaks. This module,
 * free of any PDF library so it can be tested on boxes made by hand:
 *   1. cuts words where poppler joined across lines (the hyphen it
 *      dropped), a size change or a jump;
 *   2. groups words into line fragments by baseline and gap, and marks
 *      footnote markers (smaller, raised) as superscripts: "2019.¹";
 *   3. drops running heads and footers: text found at the same place in
 *      the top or bottom margin of several pages, digits counted as one
 *      ("Vol. 12 No. 3", "Page 4 of 9"), and lone page numbers;
 *   4. orders each page by recursive cuts: column gutters (a full-width
 *      title or table splits the page into bands first), unless the
 *      region is a table, whose rows are rebuilt from box positions
 *      (cells wrapped over lines joined) and written as aligned columns
 *      three blanks apart;
 *   5. writes paragraphs, one per line, blank-line separated: lines
 *      joined, a word hyphenated at a line end joined again (hyphen kept
 *      only when the document writes the word with one elsewhere), a
 *      paragraph going on across a column or page joined, headings on
 *      lines of their own, footnotes after the paragraph they interrupt.
 * Each piece of text is recorded with its page (document_append).
 *
 * Memory: words and fragments of the whole document (needed to find
 * running heads), about 40 bytes a word plus its text.
 * Ownership: pdflayout_new/pdflayout_free; pages are copied in.
 */
#ifndef CB_PDFLAYOUT_H
#define CB_PDFLAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "corpus.h"

typedef struct PdfChar {
    uint32_t cp;              /* code point; ' ' and '\n' break words */
    float x0, y0, x1, y1;     /* box in points, y downwards */
    float size;               /* font size in points */
    unsigned char bold;       /* the font is bold */
} PdfChar;

typedef struct PdfLayout PdfLayout;

PdfLayout *pdflayout_new(void);
void pdflayout_free(PdfLayout *l);

/* Add the next page: its size and characters (copied). Returns 0, or -1
 * when the document's text would pass CB_MAX_DOC_BYTES. */
int pdflayout_add_page(PdfLayout *l, float width, float height, const PdfChar *c, size_t n);

/* Number of characters (not blanks) on page i (0-based) as added. */
size_t pdflayout_page_chars(const PdfLayout *l, size_t i);

/* Lay out every page added and append the text to doc, with each
 * piece's page. Returns 0, or -1 when the text passes CB_MAX_DOC_BYTES. */
int pdflayout_finish(PdfLayout *l, Document *doc);

/* After pdflayout_finish: the title as set on the first page with text
 * (its largest lines in the upper part, at least 1.25 times the body
 * size, top to bottom), into out[0, cap) whole characters, NUL-ended.
 * Returns its length, 0 when the page sets no title apart. */
size_t pdflayout_title(const PdfLayout *l, char *out, size_t cap);

#endif
