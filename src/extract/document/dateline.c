/* dateline.c — the marks near a document's top that make it a news story
 * (dateline.h): an agency's dateline, a local paper's capitals and dash,
 * a press release's line; and the place a dateline files it from. */
#include "dateline.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "lines.h"

/* Is the capitals p[0, n) a document's label, not a place? */
static int caps_label(const char *p, size_t n)
{
    static const char *const labels[] = {"transcript", "summary", "update", "updated", "breaking", "exclusive",
                                         "analysis", "opinion", "editorial", "note", "notice", "draft", "report",
                                         "factbox", "explainer", "interview", "review", "statement", NULL};
    while (n && p[n - 1] == ' ')
        n--;
    for (int k = 0; labels[k]; k++)
        if (strlen(labels[k]) == n && !strncasecmp(p, labels[k], n))
            return 1;
    return 0;
}

/* A local paper's dateline opening a line: a place in capitals and a dash,
 * then the story ("ILOILO CITY - The city government ...", "NAIROBI —
 * Kenya's ..."). */
static int caps_dateline(const char *p, size_t n, size_t lim)
{
    for (size_t ls = 0; ls < lim; ls = lines_end(p, n, ls) + 1) {
        size_t i = ls, caps = 0;
        while (i < lim && (ascii_isupper((unsigned char)p[i]) || p[i] == ' ' || p[i] == '/' || p[i] == '.' ||
                           p[i] == '\'')) {
            caps += ascii_isupper((unsigned char)p[i]) != 0;
            if (p[i] == ' ' && i + 1 < lim && (p[i + 1] == '-' || (unsigned char)p[i + 1] == 0xE2))
                break;
            i++;
        }
        /* (a place is a few words; a label is no place: "TRANSCRIPT -
         * Keynote", "ICT CONTRACT AWARDS TO PRC VENDORS - WORKING FILE") */
        size_t words = 1;
        for (size_t k = ls; k < i; k++)
            words += p[k] == ' ';
        if (caps < 3 || i >= lim || p[i] != ' ' || i - ls > 30 || words > 3 || caps_label(p + ls, i - ls))
            continue;
        size_t j = i + 1;
        if (p[j] == '-')
            j += p[j + 1] == '-' ? 2 : 1;
        else if ((unsigned char)p[j] == 0xE2 && j + 2 < lim && (unsigned char)p[j + 1] == 0x80 &&
                 ((unsigned char)p[j + 2] == 0x93 || (unsigned char)p[j + 2] == 0x94))
            j += 3;
        else
            continue;
        /* (then a sentence: "The city", "China's") */
        if (j + 2 < lim && p[j] == ' ' && ascii_isupper((unsigned char)p[j + 1]) && p[j + 2] >= 'a' && p[j + 2] <= 'z')
            return 1;
    }
    return 0;
}

/* The place of a dateline opening a paragraph among the first lines: a
 * city in capitals, then a full stop or a dash and a sentence ("LIMA.
 * Two months after ...", "NAIROBI - Kenya's ..."), one city only (not
 * "LAGOS/NAIROBI"): [*s, *e), 1; else 0. */
static int dateline_opens(const char *p, size_t ls, size_t le)
{
    size_t caps = 0, i = ls;
    while (i < le && (ascii_isupper((unsigned char)p[i]) || p[i] == ' '))
        caps += ascii_isupper((unsigned char)p[i++]) != 0;
    return caps >= 3 && i < le && i - ls <= 24 && (p[i] == '.' || p[i] == '-');
}

int dateline_place(const char *p, size_t n, size_t *s, size_t *e)
{
    size_t lim = n < 1500 ? n : 1500;
    for (size_t ls = 0; ls < lim; ls = lines_end(p, n, ls) + 1) {
        /* (the story's first figures come after it: a line before it
         * that states a figure in a sentence, a newsletter's earlier
         * item, ends the search) */
        size_t le = lines_end(p, n, ls), te = le;
        while (te > ls && (p[te - 1] == ' ' || p[te - 1] == '\r'))
            te--;
        if (te > ls && p[te - 1] == '.' && !dateline_opens(p, ls, te))
            for (size_t k = ls; k < te; k++)
                if (p[k] >= '0' && p[k] <= '9')
                    return 0;
        size_t i = ls, caps = 0;
        while (i < lim && (ascii_isupper((unsigned char)p[i]) || (p[i] == ' ' && i + 1 < lim && ascii_isupper((unsigned char)p[i + 1])))) {
            caps += ascii_isupper((unsigned char)p[i]) != 0;
            i++;
        }
        if (caps < 3 || i - ls > 24 || i + 3 >= lim || caps_label(p + ls, i - ls))
            continue;
        size_t j = i;
        if (p[j] == '.' && p[j + 1] == ' ')
            j += 2;
        else if (p[j] == ' ' && (p[j + 1] == '-' || (unsigned char)p[j + 1] == 0xE2)) {
            j += 1;
            while (j < lim && p[j] != ' ')
                j++;
            j++;
        } else
            continue;
        /* (then a sentence: "Two months", "Kenya's") */
        if (j + 1 < lim && ascii_isupper((unsigned char)p[j]) && p[j + 1] >= 'a' && p[j + 1] <= 'z') {
            *s = ls, *e = i;
            return 1;
        }
    }
    return 0;
}

/* Does the agency's tag at p[i] stand where a dateline puts it: opening
 * its line, or after its date ("MANILA, April 8 (AFP-JIJI) -")? A
 * hyphenated word in brackets inside a sentence ("hotspots (Wi-Fi) -
 * built by ...") is no tag. */
static int tag_placed(const char *p, size_t i)
{
    size_t b = i;
    while (b && p[b - 1] == ' ')
        b--;
    return !b || p[b - 1] == '\n' || (p[b - 1] >= '0' && p[b - 1] <= '9');
}

/* A dateline in the first lines: "LAGOS/NAIROBI, March 15 (Reuters) -",
 * "BEIJING, Jan. 3 (Xinhua) --": an agency's name in brackets followed by
 * a dash; or a local paper's (caps_dateline). */
int has_dateline(const char *p, size_t n)
{
    size_t lim = n < 1200 ? n : 1200;
    if (caps_dateline(p, n, lim))
        return 1;
    for (size_t i = 0; i + 3 < lim; i++) {
        /* (the agency's bracket: the next one, found by memchr) */
        const char *b = memchr(p + i, '(', lim - 3 - i);
        if (!b)
            break;
        i = (size_t)(b - p);
        if (!ascii_isupper((unsigned char)p[i + 1]))
            continue;
        size_t k = i + 1, hyphens = 0;
        while (k < lim && k - i < 24 &&
               (ascii_isalpha((unsigned char)p[k]) || p[k] == ' ' || p[k] == '.' || (p[k] == '-' && ascii_isalpha((unsigned char)p[k - 1])))) {
            hyphens += p[k] == '-';
            k++;
        }
        if (k >= lim || p[k] != ')' || (hyphens && !tag_placed(p, i)))
            continue;
        size_t j = k + 1;
        while (j < lim && p[j] == ' ')
            j++;
        if (j < lim && (p[j] == '-' || (unsigned char)p[j] == 0xE2))   /* '-', en or em dash */
            return 1;
    }
    return 0;
}

/* A press release: a line among the first that says so ("PRESS
 * RELEASE", "For immediate release", "Media release"). Like a news
 * story, it reports as of its date. */
int release_line(const char *p, size_t n)
{
    static const char *const marks[] = {"press release", "for immediate release", "media release", "news release",
                                        "press statement", NULL};
    size_t lim = n < 1500 ? n : 1500;
    for (size_t i = 0; i < lim;) {
        size_t le = lines_end(p, n, i), ts = i, te = le;
        lines_trim(p, &ts, &te);
        for (int k = 0; marks[k]; k++)
            if (te - ts == strlen(marks[k]) && !strncasecmp(p + ts, marks[k], te - ts))
                return 1;
        i = le + 1;
    }
    return 0;
}

