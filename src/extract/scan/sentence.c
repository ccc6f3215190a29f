/* sentence.c — where the sentence around a claim starts and ends, and
 * its text as a claim row shows it (see sentence.h). */
#define _GNU_SOURCE   /* memrchr */
#include "sentence.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "diag.h"
#include "limits.h"
#include "utf8.h"

/* How far a sentence may reach from its span: bounds the work per claim
 * on pathological input (a 100 MB line). */
#define SENTENCE_WINDOW CB_MAX_SENTENCE_BYTES

/* Abbreviations whose full stop does not end a sentence. */
static const char *const abbrevs[] = {
    "u.n", "u.s", "u.k", "e.u", "dr", "mr", "mrs", "ms", "prof", "st", "no", "vol", "e.g", "i.e",
    "etc", "vs", "inc", "ltd", "co", "corp", "approx", "fig", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "jr", "sr", "al",
    "cf", "p", "pp", "ed", "eds", "est", "dept", "univ", "mt", "ft", NULL,
};

/* Does the bracket at p[j] hold an acronym (two to ten capitals, digits
 * or hyphens) with a word in lower case after it: "(BOL) recorded"? */
static int acronym_defined(const char *p, size_t n, size_t j)
{
    size_t k = j + 1, caps = 0;
    while (k < n && k - j <= 11 && (ascii_isupper((unsigned char)p[k]) || (p[k] >= '0' && p[k] <= '9') || p[k] == '-'))
        caps += ascii_isupper((unsigned char)p[k++]) != 0;
    if (caps < 2 || k >= n || p[k] != ')')
        return 0;
    k++;
    if (k < n && p[k] == ',')
        k++;
    while (k < n && p[k] == ' ')
        k++;
    return k < n && ascii_islower((unsigned char)p[k]);
}

/* Does the full stop at p[i] end a sentence? Not after an abbreviation
 * or a single capital ("J. Smith"). */
static int stop_ends(const char *p, size_t i)
{
    size_t s = i;
    while (s > 0 && i - s < 8 && (ascii_isupper((unsigned char)p[s - 1]) || ascii_islower((unsigned char)p[s - 1]) ||
                                  p[s - 1] == '.'))
        s--;
    size_t len = i - s;
    if (len == 1 && ascii_isupper((unsigned char)p[s]))
        return 0;
    char w[12];
    if (len == 0 || len >= sizeof w)
        return 1;
    for (size_t k = 0; k < len; k++)
        w[k] = (char)(ascii_isupper((unsigned char)p[s + k]) ? p[s + k] + 32 : p[s + k]);
    w[len] = 0;
    for (int k = 0; abbrevs[k]; k++)
        if (abbrevs[k][0] == w[0] && !strcmp(w, abbrevs[k]))
            return 0;
    return 1;
}

/* Does the line p[ls, le) hold table columns ("|", a tab, two spaces,
 * dot leaders)? */
static int columns(const char *p, size_t ls, size_t le)
{
    while (ls < le && (p[ls] == ' ' || p[ls] == '\t'))
        ls++;
    for (size_t t = ls; t < le; t++)
        if (p[t] == '|' || p[t] == '\t' || (t + 1 < le && ((p[t] == ' ' && p[t + 1] == ' ') ||
                                                          (p[t] == '.' && p[t + 1] == '.'))))
            return 1;
    return 0;
}

/* Is the line p[ls, le) a row of comma-separated values: three commas
 * at least that part fields ("DSR-0019,National Data Centre,Kenya,2023"),
 * not a comma before a blank (prose) nor one grouping thousands
 * ("1,208,000")? */
static int csv_row(const char *p, size_t ls, size_t le)
{
    int fields = 0;
    for (size_t t = ls; t + 1 < le && fields < 3; t++) {
        /* (from comma to comma) */
        const char *cm = memchr(p + t, ',', le - 1 - t);
        if (!cm)
            break;
        t = (size_t)(cm - p);
        if (p[t + 1] == ' ' || p[t + 1] == '\t' || p[t + 1] == '\r')
            continue;
        int thousands = t > ls && p[t - 1] >= '0' && p[t - 1] <= '9' && t + 3 < le;
        for (size_t k = 1; thousands && k <= 3; k++)
            thousands = p[t + k] >= '0' && p[t + k] <= '9';
        if (thousands && t + 4 < le && p[t + 4] >= '0' && p[t + 4] <= '9')
            thousands = 0;
        fields += !thousands;
    }
    return fields >= 3;
}

/* Where the line holding p[e - 1] starts, looked for at most back bytes
 * before e: after the last line break of p[e - back, e), else e - back
 * (or 0). */
static size_t start_within(const char *p, size_t e, size_t back)
{
    size_t lo = e > back ? e - back : 0;
    const char *nl = e > lo ? memrchr(p + lo, '\n', e - lo) : NULL;
    return nl ? (size_t)(nl - p) + 1 : lo;
}

/* The length of the line ending at p[e) (blanks at its ends not counted),
 * with *s its start; 0 for a blank line. */
static size_t line_len(const char *p, size_t e, size_t *s)
{
    size_t a = start_within(p, e, 200);
    *s = a;
    while (e > a && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\r'))
        e--;
    while (a < e && (p[a] == ' ' || p[a] == '\t'))
        a++;
    return e - a;
}

/* Does the short line p[ls, le), followed by a line starting at p[j],
 * wrap a sentence of a narrow column (two-column PDF text, "The
 * International Telecommunication\nUnion (ITU) estimates")? It does when
 * its paragraph's lines are all about as long as it is (three lines at
 * least), it holds no table columns, it ends in a word, and the next line
 * is no list item; or when the next line goes on in lower case. */
static int column_wrapped(const char *p, size_t n, size_t ls, size_t le, size_t j)
{
    unsigned char last = (unsigned char)p[le - 1], nc = j < n ? (unsigned char)p[j] : 0;
    size_t s0, len = line_len(p, le, &s0);
    if (len < 20 || columns(p, ls, le) || !nc || nc == '\n' || nc == '\r' || nc == '-' || nc == '*' ||
        (nc >= '0' && nc <= '9' && j + 1 < n && (p[j + 1] == '.' || p[j + 1] == ')')))
        return 0;
    /* goes on in lower case, or in a figure or a sum ("in June\n2023,")
     * unless the lines are items that each open with one ("17 – countries") */
    size_t f0 = s0;
    while (f0 < le && (p[f0] == ' ' || p[f0] == '\t'))
        f0++;
    unsigned char first = (unsigned char)p[f0];
    int item = (first >= '0' && first <= '9') || first == '$' || first >= 0x80;
    if ((ascii_islower(nc) || (!item && ((nc >= '0' && nc <= '9') || nc == '$'))) && len >= 25)
        return 1;
    if (last >= '0' && last <= '9')
        return 0;   /* a row's figure, then a capital: the row ends */
    if (!ascii_isupper(nc) && nc != '(' && nc != '"')
        return 0;
    /* the lines around it, up to a blank line: as long as it is */
    size_t longest = len, lines = 1, s = s0;
    for (int up = 0; up < 4 && s > 0; up++) {
        size_t a, l = line_len(p, s - 1, &a);
        if (!l || columns(p, a, s - 1))
            break;
        longest = l > longest ? l : longest;
        lines++;
        s = a;
    }
    size_t e = j;
    for (int down = 0; down < 4 && e < n; down++) {
        const char *nl = memchr(p + e, '\n', n - e);
        size_t le2 = nl ? (size_t)(nl - p) : n, a, l = line_len(p, le2, &a);
        if (!l || columns(p, a, le2))
            break;
        longest = l > longest ? l : longest;
        lines++;
        e = le2 + 1;
    }
    return lines >= 3 && longest < 64 && len * 4 >= longest * 3;
}

/* The width the line ending at p[e) takes on a page, its blanks at the
 * ends not counted: a CJK character (three bytes or four) two columns,
 * anything else one; 0 for a blank line, or one longer than 200 bytes
 * (no page's). *s is where the line starts. */
static size_t page_width(const char *p, size_t e, size_t *s)
{
    size_t a, len = line_len(p, e, &a), w = 0;
    *s = a;
    if (!len || (a > 0 && p[a - 1] != '\n'))
        return 0;
    while (p[a] == ' ' || p[a] == '\t')
        a++;
    for (size_t t = a; t < a + len; t++) {
        unsigned char b = (unsigned char)p[t];
        if (!utf8_is_cont(b))
            w += b >= 0xE0 ? 2 : 1;
    }
    return w;
}

/* Does the line ending at p[k) (before its line break), followed by a
 * line starting at p[j], wrap a Chinese sentence, as text taken out of a
 * PDF does ("...韩国等5个国家数字经济总\n量超过33万亿美元")? It does when it
 * ends in a Han character, a comma or an enumeration comma (not 。：；),
 * or in a Latin word or a figure in a line of Han text, the next line
 * goes on in Han text, a figure or a Latin word, and the
 * line is as wide on the page as a line beside it (within a tenth): a
 * heading or a short line stands alone. */
static int zh_wrapped(const char *p, size_t n, size_t k, size_t j)
{
    if (k < 3 || j >= n)
        return 0;
    unsigned char l0 = (unsigned char)p[k - 3], l1 = (unsigned char)p[k - 1];
    int han_end = (l0 >= 0xE4 && l0 <= 0xE9) || !memcmp(p + k - 3, "\xEF\xBC\x8C", 3) ||
                  !memcmp(p + k - 3, "\xE3\x80\x81", 3);
    /* (or in a Latin word or a figure, in a line of Han text: "据全球移动
     * 通信系统协会（G\nSMA）统计") */
    int latin_end = !han_end && (ascii_isupper(l1) || ascii_islower(l1) || (l1 >= '0' && l1 <= '9'));
    unsigned char nc = (unsigned char)p[j];
    int goes_on = (nc >= 0xE4 && nc <= 0xE9) || (nc >= '0' && nc <= '9') || ascii_isupper(nc) || ascii_islower(nc) ||
                  (j + 3 <= n && (!memcmp(p + j, "\xE2\x80\x9C", 3) || !memcmp(p + j, "\xE3\x80\x8A", 3)));
    if (!(han_end || latin_end) || !goes_on)
        return 0;
    /* (a Latin end only among CJK text close before it: an English line
     * costs no more than this look) */
    if (latin_end) {
        int cjk = 0;
        for (size_t t = k > 12 ? k - 12 : 0; t < k && !cjk; t++)
            cjk = (unsigned char)p[t] >= 0xE3;
        if (!cjk)
            return 0;
    }
    size_t a, w = page_width(p, k, &a);
    if (w < 30 || columns(p, a, k))
        return 0;
    if (latin_end) {
        size_t han = 0;
        for (size_t t = a; t + 3 <= k; t++)
            han += (unsigned char)p[t] >= 0xE4 && (unsigned char)p[t] <= 0xE9;
        if (han * 3 < w)
            return 0;   /* (two thirds of its width Han characters) */
    }
    /* the line before, and the line after */
    size_t near[2] = {0, 0}, t0;
    if (a > 0)
        near[0] = page_width(p, a - 1, &t0);
    const char *nl = memchr(p + j, '\n', n - j);
    near[1] = page_width(p, nl ? (size_t)(nl - p) : n, &t0);
    for (int t = 0; t < 2; t++) {
        size_t hi = w > near[t] ? w : near[t], d = w > near[t] ? w - near[t] : near[t] - w;
        if (near[t] && d * 10 <= hi)
            return 1;
    }
    return 0;
}

/* Does a year stand before p[f] ("in 2019.8": a note's number after it,
 * not a decimal)? */
static int note_year(const char *p, size_t f)
{
    if (f < 4 || (f > 4 && p[f - 5] >= '0' && p[f - 5] <= '9'))
        return 0;
    int y = 0;
    for (size_t k = f - 4; k < f; k++) {
        if (p[k] < '0' || p[k] > '9')
            return 0;
        y = y * 10 + (p[k] - '0');
    }
    return y >= 1900 && y <= 2100;
}

/* Does a list item's bullet open p[j, ...) ("•", "▪", "◦", "‣", "●")? A
 * line it opens is a new item, never the wrapped end of the last:
 * "•  Registered customers reached 9.4 million, up 17% year on year" over
 * "•  90-day active customers of 5.1 million (Q3 2023: 4.2 million)". */
static int bullet_at(const char *p, size_t n, size_t j)
{
    static const char *const bullets[] = {"\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x80\xA3",
                                          "\xE2\x97\x8F", NULL};
    for (int k = 0; bullets[k]; k++)
        if (j + 3 <= n && !memcmp(p + j, bullets[k], 3))
            return 1;
    return 0;
}

/* Does a list item's letter open p[j, ...) ("a) ", "(b) ", "iv) "): like
 * a bullet, a new item, never the wrapped end of the line before ("Target
 * ... 2030" over "a) Individuals using the internet (% of population)
 * 37%"). */
static int item_letter_at(const char *p, size_t n, size_t j)
{
    size_t k = j + (j < n && p[j] == '(');
    size_t a = k;
    while (k < n && k - a < 4 && ascii_islower((unsigned char)p[k]))
        k++;
    if (k == a || k + 1 >= n || p[k] != ')' || p[k + 1] != ' ')
        return 0;
    if (k - a == 1)
        return 1;
    /* (more than one letter: a roman numeral) */
    for (size_t t = a; t < k; t++)
        if (p[t] != 'i' && p[t] != 'v' && p[t] != 'x')
            return 0;
    return 1;
}

/* Is there a sentence boundary between p[i-1] and p[i]? (i in 1..n-1) */
static int boundary_at(const char *p, size_t n, size_t i)
{
    unsigned char c = (unsigned char)p[i - 1];
    if (c == '\n') {
        /* a blank line, or a line that was not wrapped mid-sentence */
        size_t k = i - 1;
        while (k > 0 && (p[k - 1] == '\r' || p[k - 1] == ' ' || p[k - 1] == '\t'))
            k--;
        if (k == 0 || p[k - 1] == '\n')
            return 1;
        unsigned char last = (unsigned char)p[k - 1];
        int ends = last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '"' ||
                   last >= 0x80;
        size_t j = i;
        while (j < n && (p[j] == ' ' || p[j] == '\t'))
            j++;
        /* a wrapped line goes on in lower case, a digit or a currency sign */
        unsigned char nc = j < n ? (unsigned char)p[j] : 0;
        int goes_on = ascii_islower(nc) || (nc >= '0' && nc <= '9') || nc == '$' || nc == '(' || nc == 0xE2 ||
                      nc == 0xC2;
        if (zh_wrapped(p, n, k, j))
            return 0;
        if (ends || bullet_at(p, n, j) || item_letter_at(p, n, j))
            return 1;
        /* a row of comma-separated values before another is a record of
         * its own, however it ends or the next opens */
        const char *nl1 = memchr(p + j, '\n', n - j);
        if (csv_row(p, start_within(p, k, 400), k) && csv_row(p, j, nl1 ? (size_t)(nl1 - p) : n))
            return 1;
        /* a short line was not wrapped, unless it fills a narrow column */
        size_t ls = start_within(p, k, 60);
        if (k - ls < 60)
            return !column_wrapped(p, n, ls, k, j);
        if (goes_on)
            return 0;
        /* a long line stopping mid-sentence goes on, even with a name or
         * a currency code: "cost the global economy\nEUR 5.5 trillion";
         * not a table row (columns: "|", two spaces, dot leaders), nor
         * into one */
        if (!ascii_isupper(nc))
            return 1;
        const char *nl2 = memchr(p + j, '\n', n - j);
        if (columns(p, j, nl2 ? (size_t)(nl2 - p) : n))
            return 1;
        size_t t = ls;
        while (t < k && (p[t] == ' ' || p[t] == '\t'))
            t++;
        for (; t + 1 < k; t++)
            if (p[t] == '|' || p[t] == '\t' || (p[t] == ' ' && p[t + 1] == ' ') || (p[t] == '.' && p[t + 1] == '.'))
                return 1;
        return 0;
    }
    if (!ascii_isspace((unsigned char)p[i]) && !(c == '!' || c == '?'))
        return 0;
    if (!ascii_isspace((unsigned char)p[i]))
        return 0;
    size_t k = i - 1;
    /* skip closing quotes and brackets: ."  .”  .) */
    while (k > 0 && (p[k] == '"' || p[k] == '\'' || p[k] == ')' || p[k] == ']' ||
                     ((unsigned char)p[k] == 0x9D && k >= 2 && (unsigned char)p[k - 2] == 0xE2)))
        k -= (unsigned char)p[k] == 0x9D ? 3 : 1;
    c = (unsigned char)p[k];
    /* a note mark after the full stop: "in 80 countries.(2) China" */
    if (c >= '0' && c <= '9') {
        size_t f = k;
        while (f > 0 && p[f] >= '0' && p[f] <= '9' && k - f < 3)
            f--;
        if (f > 0 && (p[f] == '(' || p[f] == '[') && p[f - 1] == '.')
            k = f - 1, c = '.';
        /* a note number glued after the full stop of a word or a year:
         * "slogan.1 A", "in 2019.8 MOFCOM" */
        else if (f > 0 && p[f] == '.' && (ascii_islower((unsigned char)p[f - 1]) || p[f - 1] == ')' || p[f - 1] == '"' ||
                                          note_year(p, f)))
            k = f, c = '.';
    }
    if (c != '.' && c != '!' && c != '?')
        return 0;
    size_t j = i;
    while (j < n && (p[j] == ' ' || p[j] == '\t'))
        j++;
    if (j >= n)
        return 1;
    unsigned char d = (unsigned char)p[j];
    if (!(ascii_isupper(d) || d == '"' || d == '(' || d >= 0x80 || (d >= '0' && d <= '9') || d == '\n' || d == '\r'))
        return 0;
    /* a row's label closing its bracket on an abbreviation, then its
     * figures across a column's gap: "(% of monthly GNI p.c.)     4.3%" */
    if (c == '.' && d >= '0' && d <= '9' && p[k + 1] == ')' && (j - i >= 2 || p[i] == '\t'))
        return 0;
    /* a name ending in an abbreviation, then the acronym it defines and
     * its verb: "The Bank of the Lao P.D.R. (BOL) recorded" */
    if (c == '.' && d == '(' && acronym_defined(p, n, j))
        return 0;
    /* dot leaders joining a row's label to its figure: "Kenya ..... 40.8%" */
    if (c == '.' && k > 0 && p[k - 1] == '.' && d >= '0' && d <= '9')
        return 0;
    return c != '.' || stop_ends(p, k);
}

/* What the three bytes ending at p[k) are in Chinese text: 1 a mark that
 * ends a sentence (。！？；), 2 one that closes a quotation or a bracket
 * (”’」』）》), 0 anything else. */
static int zh_mark(const char *text, size_t k)
{
    const unsigned char *p = (const unsigned char *)text + k - 3;
    if (k < 3)
        return 0;
    if (p[0] == 0xE3 && p[1] == 0x80)   /* U+3000..303F */
        return p[2] == 0x82 ? 1 : (p[2] == 0x8D || p[2] == 0x8F || p[2] == 0x8B) ? 2 : 0;
    if (p[0] == 0xEF && p[1] == 0xBC)   /* U+FF00..FF3F */
        return (p[2] == 0x81 || p[2] == 0x9F || p[2] == 0x9B) ? 1 : p[2] == 0x89 ? 2 : 0;
    if (p[0] == 0xE2 && p[1] == 0x80)   /* U+2000..203F */
        return p[2] == 0x9D || p[2] == 0x99 ? 2 : 0;
    return 0;
}

static int ascii_closer(int c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

/* Does a Chinese sentence end at p[i)? 。！？ or ；, then any closing
 * quotes or brackets, and p[i] is not one more of those. */
static int zh_end(const char *p, size_t n, size_t i)
{
    /* most bytes of Chinese text end no such mark */
    switch ((unsigned char)p[i - 1]) {
    case 0x81: case 0x82: case 0x89: case 0x8B: case 0x8D: case 0x8F: case 0x99: case 0x9B: case 0x9D: case 0x9F:
        break;
    default:
        return 0;
    }
    if (i < n && (ascii_closer(p[i]) || (i + 3 <= n && zh_mark(p, i + 3) == 2)))
        return 0;
    size_t k = i;
    for (int closers = 0; closers < 4; closers++) {
        if (zh_mark(p, k) == 2)
            k -= 3;
        else if (k >= 1 && ascii_closer(p[k - 1]))
            k--;
        else
            break;
    }
    return zh_mark(p, k) == 1;
}

/* The bytes a boundary can follow (boundary_quick's cases): a line
 * break; . ! ? and the closing quotes and brackets; a digit (a note
 * number after a full stop); the last bytes of 。！？；, of the Chinese
 * closing marks and of ” (zh_end). Any other byte ends no sentence. */
static const unsigned char may_end[256] = {
    ['\n'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1, ['"'] = 1, ['\''] = 1, [')'] = 1, [']'] = 1,
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    [0x81] = 1, [0x82] = 1, [0x89] = 1, [0x8B] = 1, [0x8D] = 1, [0x8F] = 1, [0x99] = 1, [0x9B] = 1, [0x9D] = 1,
    [0x9F] = 1,
};

/* boundary_at, first ruling out in line the common case: a boundary
 * needs a line break before i or a space at i. */
static inline int boundary_quick(const char *p, size_t n, size_t i)
{
    unsigned char c = (unsigned char)p[i - 1];
    if (!may_end[c])
        return 0;
    if (c == '\n')
        return boundary_at(p, n, i);
    /* 。！？ and ；, and the closing quotes after them, end a Chinese sentence */
    if (c >= 0x80 && zh_end(p, n, i))
        return 1;
    /* else a space after . ! ? or a closing quote or bracket, or after a
     * note number glued to a full stop ("slogan.1 A") */
    int note = c >= '0' && c <= '9' && i >= 3 &&
               (p[i - 2] == '.' || (p[i - 2] >= '0' && p[i - 2] <= '9' && p[i - 3] == '.'));
    if (!ascii_isspace((unsigned char)p[i]) ||
        !(c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x9D || note))
        return 0;
    return boundary_at(p, n, i);
}

int sentence_wraps(const char *p, size_t n, size_t nl)
{
    return nl + 1 < n && p[nl] == '\n' && !boundary_at(p, n, nl + 1);
}

void sentence_bounds(const char *doc, size_t n, size_t start, size_t end, size_t *ss, size_t *se)
{
    size_t lo = start > SENTENCE_WINDOW ? start - SENTENCE_WINDOW : 0;
    size_t hi = n - end > SENTENCE_WINDOW ? end + SENTENCE_WINDOW : n;
    size_t s = start;
    while (s > lo && !boundary_quick(doc, n, s))
        s--;
    size_t e = end;
    while (e < hi && !(e > 0 && boundary_quick(doc, n, e)))
        e++;
    *ss = s;
    *se = e;
}

void sentence_next(SentenceCursor *cur, const char *doc, size_t n, size_t start, size_t end, size_t *ss,
                   size_t *se)
{
    /* In the last sentence, after the last span: the scans from the last
     * span found no boundary from the sentence's start up to it, nor from
     * its end to the sentence's end. So the sentence holds unless a
     * boundary stands inside the last span, or the sentence's start is
     * now further back than a scan reaches. */
    int same = cur->hard && start >= cur->end && start < cur->se && end <= cur->se && end >= start &&
               (start <= SENTENCE_WINDOW || cur->ss >= start - SENTENCE_WINDOW);
    for (size_t i = cur->start + 1; same && i < cur->end; i++)
        same = !boundary_quick(doc, n, i);
    if (!same) {
        size_t lo = start > SENTENCE_WINDOW ? start - SENTENCE_WINDOW : 0;
        size_t hi = n - end > SENTENCE_WINDOW ? end + SENTENCE_WINDOW : n;
        if (cur->clear_from <= lo + 1 && start < cur->clear_to && end <= cur->clear_to) {
            /* A run-on going on: no boundary from the window's start up
             * to the span (the scans before saw none there), so only the
             * bytes past what they saw are read, each once over the
             * run-on, not a window's worth per span. */
            size_t e = cur->clear_to < hi ? cur->clear_to : hi;
            while (e < hi && !(e > 0 && boundary_quick(doc, n, e)))
                e++;
            cur->ss = lo;
            cur->se = e;
            cur->clear_to = e;
        } else {
            sentence_bounds(doc, n, start, end, &cur->ss, &cur->se);
            /* what the scans saw free of boundaries: (ss, start] and
             * [end, se), one stretch when none stands inside the span */
            int inside = 0;
            for (size_t i = start + 1; i < end && !inside; i++)
                inside = boundary_quick(doc, n, i);
            cur->clear_from = inside ? end : cur->ss + 1;
            cur->clear_to = cur->se;
        }
        cur->hard = (cur->ss > lo || cur->ss == 0) && (cur->se < hi || cur->se == n);
    }
    cur->start = start;
    cur->end = end;
    *ss = cur->ss;
    *se = cur->se;
}

void sentence_narrow(size_t n, size_t start, size_t end, size_t reach, size_t *ss, size_t *se)
{
    if (start > SENTENCE_WINDOW && *ss == start - SENTENCE_WINDOW && reach < SENTENCE_WINDOW)
        *ss = start - reach;
    if (n - end > SENTENCE_WINDOW && *se == end + SENTENCE_WINDOW && reach < SENTENCE_WINDOW)
        *se = end + reach;
}

/* Clean text: collapse whitespace (when collapse), replace invalid
 * UTF-8, stop before cap bytes with "…". */
char *sentence_clean(const char *doc, size_t s, size_t e, int collapse, size_t cap)
{
    const unsigned char *p = (const unsigned char *)doc;
    /* Each byte gives at most 3 (U+FFFD); with a cap the text stops by
     * cap + 1 (the ellipsis after a space). */
    size_t room = (e - s) * 3;
    if (cap && room > cap + 4)
        room = cap + 4;
    char *out = xmalloc(room + 1);
    size_t len = 0;
    int sp = 0;
    for (size_t i = s; i < e;) {
        if (collapse && ascii_isspace(p[i])) {
            sp = len > 0 ? sp | (p[i] == '\n' ? 2 : 1) : 0;
            i++;
            continue;
        }
        /* (a line break between two CJK characters, a Chinese line wrapped
         * on a page, is no blank: Chinese puts none between words) */
        if ((sp & 2) && p[i] >= 0xE3 && len >= 3 && (unsigned char)out[len - 3] >= 0xE3)
            sp = 0;
        if (sp) {
            out[len++] = ' ';
            sp = 0;
        }
        /* a run of ASCII, no space to collapse in it: byte for byte, as
         * far as the cap leaves room for a byte and the ellipsis */
        if (p[i] < 0x80 && (!cap || len + 4 <= cap)) {
            /* (found first, then copied whole: the run goes on past a
             * single blank between two such bytes, which collapsing
             * keeps as it is) */
            size_t lim = cap && cap - 3 - len < e - i ? i + (cap - 3 - len) : e, j = i + 1;
            while (j < lim && p[j] < 0x80) {
                if (collapse && ascii_isspace(p[j])) {
                    if (p[j] != ' ' || j + 1 >= lim || p[j + 1] >= 0x80 || ascii_isspace(p[j + 1]))
                        break;
                    j++;
                }
                j++;
            }
            memcpy(out + len, p + i, j - i);
            len += j - i;
            i = j;
            continue;
        }
        size_t k = utf8_valid((const char *)p + i, e - i);   /* 0: invalid */
        if (cap && len + (k ? k : 3) + 3 > cap) {
            /* The space just put was not counted: drop it rather than end
             * one byte past cap. (Only those over-long texts change.) */
            if (len + 3 > cap && len && out[len - 1] == ' ')
                len--;
            memcpy(out + len, "\xe2\x80\xa6", 3);
            len += 3;
            break;
        }
        if (k == 1) {
            out[len++] = (char)p[i++];
        } else if (k) {
            memcpy(out + len, p + i, k);
            len += k;
            i += k;
        } else {
            memcpy(out + len, "\xef\xbf\xbd", 3);
            len += 3;
            i++;
        }
    }
    out[len] = '\0';
    return out;
}

char *sentence_text(const char *doc, size_t ss, size_t se)
{
    return sentence_clean(doc, ss, se, 1, CB_MAX_SENTENCE_BYTES);
}
