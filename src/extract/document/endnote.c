/* endnote.c — a "Source:" note closing a document (see endnote.h). */
#include "endnote.h"

#include <string.h>

#include "ascii.h"
#include "lines.h"
#include "names.h"

/* Does p[ls, le) hold digits and blanks alone (a page number)? */
static int page_number(const char *p, size_t ls, size_t le)
{
    int digits = 0;
    for (size_t k = ls; k < le; k++) {
        if (ascii_isdigit((unsigned char)p[k]))
            digits = 1;
        else if (p[k] != ' ' && p[k] != '\t' && p[k] != '\r')
            return 0;
    }
    return digits;
}

/* Is the line above doc[first] (past blank lines) a rule, "_____" or
 * "-----", that sets the note off from the text as the page's foot? */
static int ruled_off(const char *doc, size_t first)
{
    size_t le = first;
    while (le > 0) {
        le--;
        size_t ls = le;
        while (ls > 0 && doc[ls - 1] != '\n')
            ls--;
        size_t marks = 0, other = 0;
        for (size_t k = ls; k < le; k++) {
            if (doc[k] == '_' || doc[k] == '-' || doc[k] == '=' || doc[k] == '*')
                marks++;
            else if (doc[k] != ' ' && doc[k] != '\t' && doc[k] != '\r')
                other++;
        }
        if (other)
            return 0;
        if (marks >= 3)
            return 1;
        le = ls;
    }
    return 0;
}

/* The end of the run of capitalised words from k in doc[k, te)
 * ("UN DESA" in "UN DESA, E-Government Survey"), "of", "and", "for" and
 * "the" inside it; *last where its last word starts. */
static size_t name_run(const char *doc, size_t k, size_t te, size_t *last)
{
    size_t e = k;
    *last = k;
    for (int words = 0; k < te && words < 10; words++) {
        size_t w = k;
        while (k < te && (ascii_isalnum((unsigned char)doc[k]) || doc[k] == '-' || doc[k] == '&' || doc[k] == '\''))
            k++;
        if (k == w)
            break;
        int inner = (k - w == 2 && !strncmp(doc + w, "of", 2)) || (k - w == 3 && !strncmp(doc + w, "and", 3)) ||
                    (k - w == 3 && !strncmp(doc + w, "for", 3)) || (k - w == 3 && !strncmp(doc + w, "the", 3));
        if (!inner && !ascii_isupper((unsigned char)doc[w]))
            break;
        if (!inner)
            e = k, *last = w;
        while (k < te && doc[k] == ' ')
            k++;
    }
    return e;
}

/* The note's first name as written when a known body's short name only
 * opens it ("UN DESA" holds the UN's "UN": the department, not the
 * United Nations), else body as found. */
static void written_whole(const Metrics *m, const char *doc, size_t k, size_t te, char *body, size_t cap)
{
    size_t last, e = name_run(doc, k, te, &last);
    char shorter[128];
    if (last <= k || e - k >= cap || !names_known_source(m, doc, k, last, shorter, sizeof shorter) ||
        strcmp(shorter, body))
        return;
    memcpy(body, doc + k, e - k);
    body[e - k] = '\0';
}

size_t endnote_find(const Metrics *m, const char *doc, size_t n, char *body, size_t cap)
{
    body[0] = '\0';
    /* the last block of text: lines read upwards from the end, past
     * blank lines, rules and page numbers, up to the line above it with
     * no text */
    size_t first = n, le = n;
    int lines = 0;
    for (;;) {
        size_t ls = le;
        while (ls > 0 && doc[ls - 1] != '\n')
            ls--;
        int text = lines_has_text(doc, ls, le) && !(first == n && page_number(doc, ls, le));
        if (text) {
            if (++lines > 4)
                return n;
            first = ls;
        } else if (first != n) {
            break;
        }
        if (ls == 0 || n - ls > 4096)
            break;
        le = ls - 1;
    }
    if (first == n || !ruled_off(doc, first))
        return n;
    /* its first line is the note, a capitalised name after its colon */
    size_t ts = first, te = lines_end(doc, n, first);
    while (ts < te && (doc[ts] == ' ' || doc[ts] == '\t'))
        ts++;
    if ((unsigned char)doc[ts] >= 0x80 || !lines_source_note(doc, ts, te))
        return n;
    const char *colon = memchr(doc + ts, ':', te - ts);
    size_t k = colon ? (size_t)(colon - doc) + 1 : te;
    while (k < te && (doc[k] == ' ' || doc[k] == '\t'))
        k++;
    if (k >= te || !ascii_isupper((unsigned char)doc[k]))
        return n;
    if (!names_note_source(m, doc, ts, te, body, cap) || !body[0]) {
        body[0] = '\0';
        return n;
    }
    written_whole(m, doc, k, te, body, cap);
    return first;
}
