/* cellnote.c — the body a table cell's note letter names (see
 * cellnote.h). */
#include "cellnote.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"

/* How far below the cell its note is looked for: lines, blank ones. */
enum { NOTE_LINES = 24, NOTE_BLANKS = 3 };

/* Is p[s, e) a word that says the figure is an estimate or a
 * calculation (the name before it made it)? */
static int made_word(const char *p, size_t s, size_t e)
{
    static const char *const w[] = {"estimate", "estimates", "estimated", "calculation", "calculations",
                                    "calculated", "compilation", NULL};
    for (int i = 0; w[i]; i++)
        if (strlen(w[i]) == e - s && !strncasecmp(p + s, w[i], e - s))
            return 1;
    return 0;
}

/* The name of capitalised words (with "of", "the", "and", "for"
 * inside) from p[s), before le: its end, or s. */
static size_t name_end(const char *p, size_t s, size_t le)
{
    size_t i = s, end = s;
    while (i < le) {
        size_t w = i;
        while (w < le && (ascii_isalnum((unsigned char)p[w]) || p[w] == '-' || p[w] == '\'' || p[w] == '&'))
            w++;
        if (w == i)
            break;
        if (ascii_isupper((unsigned char)p[i]))
            end = w;
        else if (!((w - i == 2 && !strncmp(p + i, "of", 2)) || (w - i == 3 && !strncmp(p + i, "the", 3)) ||
                   (w - i == 3 && !strncmp(p + i, "and", 3)) || (w - i == 3 && !strncmp(p + i, "for", 3))))
            break;
        i = w;
        while (i < le && p[i] == ' ')
            i++;
    }
    return end;
}

/* The note's text p[s, le): "ESCAP estimate.", "Estimate by the
 * Lakeland Statistics Office.": the name in out, 1; else 0. */
static int note_names(const char *p, size_t s, size_t le, char *out, size_t cap)
{
    size_t ns = s, ne;
    size_t w = s;
    while (w < le && ascii_isalpha((unsigned char)p[w]))
        w++;
    if (made_word(p, s, w)) {
        /* "Estimate by [the] NAME" */
        size_t i = w;
        while (i < le && p[i] == ' ')
            i++;
        if (le - i < 3 || strncmp(p + i, "by ", 3))
            return 0;
        i += 3;
        if (le - i > 4 && !strncmp(p + i, "the ", 4))
            i += 4;
        ns = i;
        ne = name_end(p, ns, le);
    } else {
        /* "NAME estimate(s)" and the note's end */
        if (!ascii_isupper((unsigned char)p[s]))
            return 0;
        ne = name_end(p, ns, le);
        size_t i = ne;
        while (i < le && p[i] == ' ')
            i++;
        size_t we = i;
        while (we < le && ascii_isalpha((unsigned char)p[we]))
            we++;
        if (!made_word(p, i, we))
            return 0;
        while (we < le && (p[we] == '.' || p[we] == ' '))
            we++;
        if (we < le)
            return 0;
    }
    if (ne <= ns || ne - ns >= cap)
        return 0;
    snprintf(out, cap, "%.*s", (int)(ne - ns), p + ns);
    return 1;
}

int cellnote_body(const char *doc, size_t n, size_t end, char *out, size_t cap)
{
    /* the letter glued to the figure, the cell ending after it */
    if (end == 0 || end + 1 > n || !ascii_islower((unsigned char)doc[end]) || !ascii_isdigit((unsigned char)doc[end - 1]))
        return 0;
    if (end + 1 < n && doc[end + 1] != '\t' && doc[end + 1] != ' ' && doc[end + 1] != '\n' && doc[end + 1] != '\r')
        return 0;
    char mark = doc[end];
    /* its note: a line below opening with the letter alone, "b ", "b.",
     * "b)" */
    const char *nl = memchr(doc + end, '\n', n - end);
    size_t i = nl ? (size_t)(nl - doc) + 1 : n;
    int blanks = 0;
    for (int lines = 0; i < n && lines < NOTE_LINES; lines++) {
        const char *e = memchr(doc + i, '\n', n - i);
        size_t le = e ? (size_t)(e - doc) : n;
        while (le > i && (doc[le - 1] == '\r' || doc[le - 1] == ' '))
            le--;
        if (le == i && ++blanks > NOTE_BLANKS)
            return 0;
        size_t s = le > i + 2 && doc[i] == mark ? (doc[i + 1] == ' ' ? i + 2
                                                    : (doc[i + 1] == '.' || doc[i + 1] == ')') && doc[i + 2] == ' '
                                                        ? i + 3 : i) : i;
        if (s > i) {
            while (s < le && doc[s] == ' ')
                s++;
            return note_names(doc, s, le, out, cap);
        }
        i = e ? (size_t)(e - doc) + 1 : n;
    }
    return 0;
}
