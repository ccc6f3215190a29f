/* openyear.c — the year an English paragraph's opening sentence sets
 * (openyear.h). */
#include "openyear.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "lexicon.h"
#include "lines.h"
#include "quantity.h"
#include "quantity_zh.h"
#include "utf8.h"

/* Does a year stand alone at p[i, i + 4) (no digit on either side)? */
static int year_at(const char *p, size_t from, size_t to, size_t i)
{
    return i + 4 <= to && (i == from || !ascii_isdigit(p[i - 1])) && (i + 4 == to || !ascii_isdigit(p[i + 4])) && lines_year_at(p, i);
}

/* Does the word w (lower case, with its trailing space) end right before
 * p[i], opening a word? */
static int word_before(const char *p, size_t from, size_t i, const char *w)
{
    size_t n = strlen(w);
    return i >= from + n && !strncasecmp(p + i - n, w, n) && (i == from + n || !ascii_islower(p[i - n - 1] | 0x20));
}

/* Is the year at p[i] dated by the words before it: "in", "during", "in
 * <Month>", "by the end of", "at the end of"? */
static int dated_by(const char *p, size_t from, size_t i)
{
    if (word_before(p, from, i, "in ") || word_before(p, from, i, "during ") ||
        word_before(p, from, i, "by the end of ") || word_before(p, from, i, "at the end of "))
        return 1;
    /* "in April 2019" */
    size_t e = i;
    if (e < from + 2 || p[e - 1] != ' ')
        return 0;
    size_t s = e - 1;
    while (s > from && ((p[s - 1] | 0x20) >= 'a' && (p[s - 1] | 0x20) <= 'z'))
        s--;
    return s + 3 <= e - 1 && qty_is_month(p + s, e - 1 - s) && word_before(p, from, s, "in ");
}

/* Does the year at p[i] name the period of an outlook the sentence turns
 * to: "Turning to 2024 guidance.", "Now to our 2025 outlook." (a year
 * before "guidance" or "outlook" and the sentence's end)? */
static int outlook_year(const char *p, size_t i, size_t e)
{
    static const char *const words[] = {" guidance", " outlook", NULL};
    for (int w = 0; words[w]; w++) {
        size_t n = strlen(words[w]);
        if (i + 4 + n == e && !strncasecmp(p + i + 4, words[w], n))
            return 1;
    }
    return 0;
}

/* Does the sentence p[s, e) tell a start: a word opening with
 * "launch", "open", "found", "establish", "start", "began", "begin",
 * "introduc", "creat", "inaugurat", "unveil", "announc", "propos", "set
 * up" or "since"? */
static int tells_start(const char *p, size_t s, size_t e)
{
    static const Phrase stems[] = {PHRASE("launch"), PHRASE("open"),     PHRASE("found"),     PHRASE("establish"),
                                   PHRASE("start"),  PHRASE("began"),    PHRASE("begin"),     PHRASE("introduc"),
                                   PHRASE("creat"),  PHRASE("inaugurat"), PHRASE("unveil"),   PHRASE("announc"),
                                   PHRASE("propos"), PHRASE("set up"),   PHRASE("since"),     {NULL, 0}};
    uint32_t first = phrases_letters(stems);
    /* (each word's start, tried only where its letter opens a stem: most
     * words open none, and the rest compare one byte before the stem) */
    for (size_t i = s; i < e; i++) {
        if (i > s && (ascii_islower(p[i - 1] | 0x20) || p[i - 1] == '-'))
            continue;
        unsigned char c = ascii_lower((unsigned char)p[i]);
        if (c < 'a' || c > 'z' || !(first >> (c - 'a') & 1))
            continue;
        for (const Phrase *f = stems; f->s; f++)
            if (f->s[0] == c && i + f->n <= e && !strncasecmp(p + i, f->s, f->n))
                return 1;
    }
    return 0;
}

int openyear_en(const char *p, size_t para, size_t to)
{
    static const Phrase opens[] = {PHRASE("in "), PHRASE("during "), PHRASE("by the end of "),
                                   PHRASE("at the end of "), {NULL, 0}};
    size_t k = para;
    while (k < to && (p[k] == ' ' || p[k] == '\n'))
        k++;
    /* an opening phrase: "In 2017 the Government ...", "By the end of
     * 2022, China had ..." */
    const Phrase *w = k < to && (p[k] == 'I' || p[k] == 'D' || p[k] == 'B' || p[k] == 'A') ? phrases_at(opens, p, k, to, 0)
                                                                                            : NULL;
    if (w && k + w->n + 5 <= to) {
        size_t y = k + w->n;
        if (lines_year_at(p, y) && (p[y + 4] == ' ' || p[y + 4] == ','))
            return lines_year_at(p, y);
    }
    /* the first sentence: up to a stop after a word, then a blank or
     * the claim's sentence */
    size_t e = k;
    while (e < to && !(p[e] == '.' && e > k && (ascii_islower(p[e - 1]) || ascii_isdigit(p[e - 1])) && (e + 1 == to || p[e + 1] == ' ' || p[e + 1] == '\n')))
        e++;
    if (e >= to)
        return 0;
    /* (a start tells when something began, not when the figures after
     * it held: "China launched the initiative in 2015. Banks lent $79
     * billion") */
    if (tells_start(p, k, e))
        return 0;
    /* its one year, dated by its words, and no other figure */
    int year = 0;
    for (size_t i = k; i < e; i++) {
        if (!ascii_isdigit(p[i]) || (i > k && ascii_isdigit(p[i - 1])))
            continue;
        if (!year_at(p, k, e, i) || year || !(dated_by(p, k, i) || outlook_year(p, i, e)))
            return 0;
        year = lines_year_at(p, i);
        i += 3;
    }
    return year;
}

int openyear_writes_year(const char *p, size_t ss, size_t se)
{
    for (size_t i = ss; i + 4 <= se; i++)
        if (ascii_isdigit(p[i]) && year_at(p, ss, se, i))
            return 1;
    return 0;
}

/* "N年来", "近年来", "这些年来": a few numerals (not a year: "2018年以来"
 * opens at its year) or 近, 多, 几, 这些, then 年来, 年多来 or 年以来
 * and a comma. */
size_t openyear_zh_since(const char *p, size_t k, size_t to)
{
    static const char *const lead[] = {"近几", "这几", "这些", "十多", "二十多", "近", "多", "几"};
    static const char *const tail[] = {"年来，", "年多来，", "年以来，"};
    /* (past a paragraph's indent: blanks, ideographic spaces) */
    size_t from = k;
    while (k < to && (p[k] == ' ' || p[k] == '\n' || (to - k >= 3 && !memcmp(p + k, "\xe3\x80\x80", 3))))
        k += p[k] == ' ' || p[k] == '\n' ? 1 : 3;
    size_t i = k;
    for (size_t w = 0; w < sizeof lead / sizeof *lead && i == k; w++)
        if (to - k >= strlen(lead[w]) && !memcmp(p + k, lead[w], strlen(lead[w])))
            i = k + strlen(lead[w]);
    /* (or a count of years: 四, 十, 二十, 10) */
    for (int digits = 0; i < to && i - k < 9;) {
        size_t len = 1;
        int32_t cp = utf8_decode(p + i, to - i, &len);
        if (ascii_isdigit(p[i]) && ++digits <= 2)
            i += 1;
        else if (!ascii_isdigit(p[i]) && (qzh_digit(cp) > 0 || qzh_unit(cp) == 10))
            i += len;
        else
            break;
    }
    if (i == k)
        return 0;
    for (size_t w = 0; w < sizeof tail / sizeof *tail; w++)
        if (to - i >= strlen(tail[w]) && !memcmp(p + i, tail[w], strlen(tail[w])))
            return i + strlen(tail[w]) - from;
    return 0;
}
