/* lines.h — small helpers on the lines of a document, shared by the
 * modules that read its layout (context.c, tables.c): where a line ends,
 * its text without blanks, bullets and markup, whether it holds any
 * letter or digit, and a four-digit year at an offset.
 *
 * Offsets are bytes of the document; nothing here allocates or keeps
 * state. */
#ifndef CB_LINES_H
#define CB_LINES_H

#include <stddef.h>

/* The offset of the '\n' ending the line holding p[i], or n. */
size_t lines_end(const char *p, size_t n, size_t i);

/* The start of the line holding p[i - 1] (or i itself when i starts one,
 * or when the line reaches back more than max bytes: callers then see an
 * empty line and stop). */
size_t lines_start(const char *p, size_t i, size_t max);

/* Trim p[*ls, *le) of blanks, bullets and markup ("## ", "**", a final
 * ':'). */
void lines_trim(const char *p, size_t *ls, size_t *le);

/* 1 when p[ls, le) holds a letter or a digit (not blank, not a rule). */
int lines_has_text(const char *p, size_t ls, size_t le);

/* 1 when p[ls, le) is a marker framed by a rule on each side, a page
 * or slide break of extracted text ("--- Slide 3 ---", "=== Page 12
 * ==="): it separates like a blank line or a rule, whatever it holds. */
int lines_marker(const char *p, size_t ls, size_t le);

/* 1 when p[s, e) stands alone as a cell of a table row: a gap of two
 * blanks, a tab, a pipe or the line's edge on each side ("  +0.8  ",
 * "|-1.2|"). */
int lines_cell_alone(const char *p, size_t n, size_t s, size_t e);

/* 1 when the line starting at p[i] is a bibliography entry, which gives
 * no claims: a RIS tag ("PY  - 2025"), an identifier line (DOI, ISBN,
 * ISSN), or a numbered or author-first line that carries a publication
 * year. */
int lines_is_reference(const char *p, size_t n, size_t i);

/* 1 when p[s, e) is blanks only. */
int lines_blank(const char *p, size_t s, size_t e);

/* 1 when the trimmed line p[ts, te) opens with "Source:" or "Sources:"
 * (in Chinese "资料来源：", "数据来源：", "来源："). */
int lines_source_note(const char *p, size_t ts, size_t te);

/* The length of a data export's key opening p[ls, le), "year_agreed",
 * "households_connected" (of "year_agreed: 2018"): lower-case letters,
 * digits and underscores, up to 40 bytes, a letter first; 0 when none. */
size_t lines_snake_key(const char *p, size_t ls, size_t le);

/* The year the four characters at p[i] spell (1900-2100), or 0. (Inline:
 * the sentence passes ask it at every byte.) */
static inline int lines_year_at(const char *p, size_t i)
{
    if (p[i] != '1' && p[i] != '2')
        return 0;
    int y = 0;
    for (size_t k = i; k < i + 4; k++) {
        if (p[k] < '0' || p[k] > '9')
            return 0;
        y = y * 10 + (p[k] - '0');
    }
    return y >= 1900 && y <= 2100 ? y : 0;
}

#endif
