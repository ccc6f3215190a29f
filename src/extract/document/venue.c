/* venue.c — the event a speech was given at (see venue.h). */
#include "venue.h"

#include <string.h>
#include <strings.h>

static int upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int letter(unsigned char c) { return upper(c) || (c >= 'a' && c <= 'z'); }
static int digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Is t[i, i+l) the word w of ws, whole (any case)? */
static int word_in(const char *t, size_t i, size_t l, const char *const *ws)
{
    for (int k = 0; ws[k]; k++)
        if (strlen(ws[k]) == l && !strncasecmp(t + i, ws[k], l))
            return 1;
    return 0;
}

int venue_speech_title(const char *t)
{
    static const char *const kinds[] = {"speech", "remarks", "address", "keynote", "statement", NULL};
    for (size_t i = 0; t[i];) {
        while (t[i] && !letter((unsigned char)t[i]))
            i++;
        size_t w = i;
        while (letter((unsigned char)t[i]))
            i++;
        if (i > w && word_in(t, w, i - w, kinds))
            return 1;
    }
    return 0;
}

int venue_in_event(const char *t, size_t s, size_t e)
{
    static const char *const events[] = {"Summit", "Forum", "Conference", "Congress", "Expo", "Week",
                                         "Dialogue", "Symposium", "Meeting", "Roundtable", "Festival", "Fair",
                                         "Exhibition", "Assembly", NULL};
    static const char *const joins[] = {"of", "the", "and", "on", "for", NULL};
    size_t n = strlen(t);
    for (size_t i = 0; i < n;) {
        while (i < n && !letter((unsigned char)t[i]))
            i++;
        size_t w = i;
        while (i < n && letter((unsigned char)t[i]))
            i++;
        if (i == w || !upper((unsigned char)t[w]) || !word_in(t, w, i - w, events) || i < e)
            continue;
        /* back over the name's words from the event's word: capitalised
         * ("Africa", "China-ASEAN"), a year, or a joining word; the name
         * starts at its first capitalised word */
        size_t start = w, k = w;
        while (k > 0) {
            size_t j = k;
            while (j > 0 && t[j - 1] == ' ')
                j--;
            if (j > 0 && t[j - 1] == '&') {
                k = j - 1;
                continue;
            }
            size_t b = j;
            while (b > 0 && (letter((unsigned char)t[b - 1]) || digit((unsigned char)t[b - 1]) || t[b - 1] == '-' ||
                             t[b - 1] == '\''))
                b--;
            if (b == j || j == k)
                break;
            if (upper((unsigned char)t[b]) || digit((unsigned char)t[b]))
                start = b;
            else if (!word_in(t, b, j - b, joins))
                break;
            k = b;
        }
        if (start <= s && e <= i)
            return 1;
    }
    return 0;
}
