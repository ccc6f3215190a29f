/* panel.c — an infographic's figure and its caption (see panel.h). */
#include "panel.h"

#include "lines.h"
#include "utf8.h"

/* Is p[s, e) at most max Han characters and blanks, nothing else? */
static int few_han(const char *p, size_t s, size_t e, size_t max)
{
    size_t k = 0;
    for (size_t i = s; i < e;) {
        if (p[i] == ' ' || p[i] == '\r') {
            i++;
            continue;
        }
        if (!utf8_han_at(p, i, e) || ++k > max)
            return 0;
        i += 3;
    }
    return 1;
}

size_t panel_caption_end(const char *doc, size_t n, size_t ss, size_t se, size_t cs, size_t ce)
{
    if (cs < ss || ce > se || se > n)
        return 0;
    /* the figure alone on its line (its end looked for a few bytes on: a
     * line may be very long), the sentence that line */
    size_t ls = lines_start(doc, cs, 400), le = ce;
    while (le < n && le < ce + 32 && doc[le] != '\n')
        le++;
    if (ls < ss || le > se + 1 || le >= n || doc[le] != '\n' || !few_han(doc, ls, cs, 0) || !few_han(doc, ce, le, 6))
        return 0;
    /* the caption: the next line, Han text, not a figure of its own */
    size_t cs2 = le + 1, ce2 = cs2;
    while (ce2 < n && ce2 - cs2 < 400 && doc[ce2] != '\n')
        ce2++;
    size_t ts = cs2, te = ce2;
    lines_trim(doc, &ts, &te);
    size_t han = 0;
    for (size_t i = ts; i < te && han < 2; i++)
        han += utf8_han_at(doc, i, te);
    if (te <= ts || han < 2 || te - ts > 300)
        return 0;
    return te;
}
