/* venue.c — the event a speech was given at (see venue.h). */
#include "venue.h"

#include "ascii.h"

#include <string.h>
#include <strings.h>

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
        while (t[i] && !ascii_isalpha((unsigned char)t[i]))
            i++;
        size_t w = i;
        while (ascii_isalpha((unsigned char)t[i]))
            i++;
        if (i > w && word_in(t, w, i - w, kinds))
            return 1;
    }
    return 0;
}

static const char *const events[] = {"Summit", "Forum", "Conference", "Congress", "Expo", "Week",
                                     "Dialogue", "Symposium", "Meeting", "Roundtable", "Festival", "Fair",
                                     "Exhibition", "Assembly", NULL};

/* Does t[0, to) hold, capitalised, a word of ws? */
static int has_word(const char *t, size_t to, const char *const *ws)
{
    for (size_t i = 0; i < to;) {
        while (i < to && !ascii_isalpha((unsigned char)t[i]))
            i++;
        size_t w = i;
        while (i < to && ascii_isalpha((unsigned char)t[i]))
            i++;
        if (i > w && ascii_isupper((unsigned char)t[w]) && word_in(t, w, i - w, ws))
            return 1;
    }
    return 0;
}

static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December", NULL};

/* (a communiqué's word is read without its accent: "Communiqu") */
static const char *const papers[] = {"Communiqu", "Communique", "Declaration", NULL};

int venue_event_title(const char *t)
{
    return venue_speech_title(t) || has_word(t, strlen(t), events) || has_word(t, strlen(t), papers);
}

/* Is t[s, e) (trimmed) a date ("14-15 November 2023", "10 October 2024",
 * "2024") or a short name, up to four capitalised words with "of" or
 * "the" between ("Abuja", "Lao PDR", "Federal Republic of Nigeria")? */
static int venue_part(const char *t, size_t s, size_t e)
{
    while (s < e && t[s] == ' ')
        s++;
    while (e > s && t[e - 1] == ' ')
        e--;
    if (s == e)
        return 0;
    int digits = 0, words = 0, dated = 1;
    for (size_t i = s; i < e; i++)
        digits += ascii_isdigit((unsigned char)t[i]);
    /* (a date's words are numbers and months: "14-15 November 2023") */
    for (size_t i = s; i < e && digits;) {
        size_t w = i;
        while (i < e && t[i] != ' ')
            i++;
        int number = 1;
        for (size_t k = w; k < i; k++)
            number &= ascii_isdigit((unsigned char)t[k]) || t[k] == '-';
        dated &= number || word_in(t, w, i - w, months);
        while (i < e && t[i] == ' ')
            i++;
    }
    if (digits)
        return digits >= 4 && dated;
    static const char *const joins[] = {"of", "the", NULL};
    for (size_t i = s; i < e;) {
        size_t w = i;
        while (i < e && t[i] != ' ')
            i++;
        if (!ascii_isupper((unsigned char)t[w]) && !word_in(t, w, i - w, joins))
            return 0;
        if (++words > 4)
            return 0;
        while (i < e && t[i] == ' ')
            i++;
    }
    return 1;
}

size_t venue_title_tail(const char *t)
{
    size_t n = strlen(t), tail = n;
    if (!venue_event_title(t))
        return n;
    /* back over the last parts while they are names and dates; the
     * event's own words stay before them */
    size_t e = n, named = 0;
    while (e > 0) {
        size_t c = e;
        while (c > 0 && t[c - 1] != ',')
            c--;
        if (c == 0 || !venue_part(t, c, e))
            break;
        named++;
        tail = c - 1;
        e = c - 1;
    }
    if (!named || (!has_word(t, tail, events) && !has_word(t, tail, papers)))
        return n;
    return tail;
}

int venue_in_event(const char *t, size_t s, size_t e)
{
    static const char *const joins[] = {"of", "the", "and", "on", "for", NULL};
    size_t n = strlen(t);
    for (size_t i = 0; i < n;) {
        while (i < n && !ascii_isalpha((unsigned char)t[i]))
            i++;
        size_t w = i;
        while (i < n && ascii_isalpha((unsigned char)t[i]))
            i++;
        if (i == w || !ascii_isupper((unsigned char)t[w]) || !word_in(t, w, i - w, events) || i < e)
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
            while (b > 0 && (ascii_isalpha((unsigned char)t[b - 1]) || ascii_isdigit((unsigned char)t[b - 1]) || t[b - 1] == '-' ||
                             t[b - 1] == '\''))
                b--;
            if (b == j || j == k)
                break;
            if (ascii_isupper((unsigned char)t[b]) || ascii_isdigit((unsigned char)t[b]))
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

/* The offices a speaker's line under a speech's heading names. */
static const char *const offices[] = {"Minister", "Secretary", "Ambassador", "President", "Vice-President",
                                      "Commissioner", "Governor", "Director-General", "Representative",
                                      "Chairman", "Chairperson", "Chair", NULL};

int venue_speaker_line(const char *doc, size_t n, size_t *s, size_t *e)
{
    size_t i = 0;
    for (int lines = 0; lines < 14 && i < n; lines++) {
        size_t le = i;
        while (le < n && doc[le] != '\n')
            le++;
        /* (the heading ends where the speech begins: a long line, or
         * one ending a sentence) */
        size_t te = le;
        while (te > i && (doc[te - 1] == ' ' || doc[te - 1] == '\r'))
            te--;
        if (te - i > 150 || (te > i && (doc[te - 1] == '.' || doc[te - 1] == ',')))
            return 0;
        /* a line opening with an office, past "by" and honorifics ("by
         * H.E. Mr. ..." names the speaker, the next line the office) */
        size_t w = i;
        while (w < te && doc[w] == ' ')
            w++;
        size_t we = w;
        while (we < te && (ascii_isalpha((unsigned char)doc[we]) || doc[we] == '-'))
            we++;
        if (we > w && word_in(doc, w, we - w, offices) && ascii_isupper((unsigned char)doc[w])) {
            *s = i, *e = te;
            return 1;
        }
        i = le < n ? le + 1 : n;
    }
    return 0;
}

int venue_dated_line(const char *doc, size_t s, size_t e)
{
    while (e > s && (doc[e - 1] == ' ' || doc[e - 1] == '\r'))
        e--;
    if (e - s < 12 || !memchr(doc + s, ',', e - s))
        return 0;
    /* (a year last: "..., 20 November 2024", "..., November 20, 2024") */
    for (size_t k = e - 4; k < e; k++)
        if (!ascii_isdigit((unsigned char)doc[k]))
            return 0;
    if (e - s > 4 && ascii_isalpha((unsigned char)doc[e - 5]))
        return 0;
    size_t from = e - s > 24 ? e - 24 : s;
    for (size_t i = from; i < e; i++) {
        if (!ascii_isupper((unsigned char)doc[i]) || (i > s && ascii_isalpha((unsigned char)doc[i - 1])))
            continue;
        size_t w = i;
        while (w < e && ascii_isalpha((unsigned char)doc[w]))
            w++;
        if (word_in(doc, i, w - i, months))
            return 1;
    }
    return 0;
}
