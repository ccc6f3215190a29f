/* setter.c — the body that set a target a figure states (see setter.h). */
#include "setter.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#define NEAR_WORDS 4    /* the target's noun stands so many words from its figure at most */
#define SETTER_WORDS 14 /* "set by" follows the figure within so many words */
#define BODY_WORDS 8    /* a body's name has at most so many words */

static int upper(int c) { return c >= 'A' && c <= 'Z'; }
static int lower(int c) { return c >= 'a' && c <= 'z'; }
static int letter(int c) { return upper(c) || lower(c); }
static int blank(int c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

/* The word at doc[i, e): its end (letters, hyphens and apostrophes
 * within), or i. */
static size_t word_end(const char *p, size_t i, size_t e)
{
    size_t k = i;
    while (k < e && (letter((unsigned char)p[k]) || ((p[k] == '-' || p[k] == '\'') && k > i)))
        k++;
    return k;
}

/* The next word from i (past blanks), stopping at any other mark: its
 * start in *ws, its end returned (== *ws when none). */
static size_t next_word(const char *p, size_t i, size_t e, size_t *ws)
{
    while (i < e && blank((unsigned char)p[i]))
        i++;
    *ws = i;
    return word_end(p, i, e);
}

static int is(const char *p, size_t s, size_t e, const char *w)
{
    return e - s == strlen(w) && !strncasecmp(p + s, w, e - s);
}

static int target_noun(const char *p, size_t s, size_t e)
{
    static const char *const nouns[] = {"target", "targets", "threshold", "benchmark", "goal", "ceiling", NULL};
    for (int i = 0; nouns[i]; i++)
        if (is(p, s, e, nouns[i]))
            return 1;
    return 0;
}

static int connector(const char *p, size_t s, size_t e)
{
    return is(p, s, e, "of") || is(p, s, e, "for") || is(p, s, e, "and") || is(p, s, e, "on");
}

/* A body named from i: [the] capitalised words (connectors inside). */
static int body_at(const char *p, size_t i, size_t e, char *out, size_t cap)
{
    size_t ws, we = next_word(p, i, e, &ws);
    if (is(p, ws, we, "the"))
        we = next_word(p, we, e, &ws);
    size_t bs = ws, be = ws;
    for (int words = 0; words < BODY_WORDS && we > ws; words++) {
        if (upper((unsigned char)p[ws]))
            be = we;
        else if (!connector(p, ws, we) || be == bs)
            break;
        we = next_word(p, we, e, &ws);
    }
    if (be == bs || be - bs >= cap)
        return 0;
    /* (a name broken over lines is one name) */
    size_t o = 0;
    for (size_t k = bs; k < be && o + 1 < cap; k++)
        if (!blank((unsigned char)p[k]) || (o && out[o - 1] != ' '))
            out[o++] = blank((unsigned char)p[k]) ? ' ' : p[k];
    out[o] = '\0';
    return 1;
}

/* "set by [the] Body" within SETTER_WORDS words from i, in the clause. */
static int set_by(const char *p, size_t i, size_t e, char *out, size_t cap)
{
    static const char *const verbs[] = {"set", "established", "defined", "adopted", "recommended", "fixed", NULL};
    size_t ws, we = next_word(p, i, e, &ws), prev_s = 0, prev_e = 0;
    for (int words = 0; words < SETTER_WORDS; words++) {
        if (we == ws) {
            /* past a figure's digits and marks, not a clause's end */
            if (ws >= e || p[ws] == ',' || p[ws] == ';' || p[ws] == '(' || p[ws] == ')' ||
                (p[ws] == '.' && (ws + 1 >= e || blank((unsigned char)p[ws + 1]))))
                return 0;
            we = next_word(p, ws + 1, e, &ws);
            continue;
        }
        if (is(p, ws, we, "by") && prev_e > prev_s)
            for (int v = 0; verbs[v]; v++)
                if (is(p, prev_s, prev_e, verbs[v]))
                    return body_at(p, we, e, out, cap);
        prev_s = ws, prev_e = we;
        we = next_word(p, we, e, &ws);
    }
    return 0;
}

/* The capitalised words ending at doc[b) (connectors inside), back to
 * ss at most: their start, or b. */
static size_t body_before(const char *p, size_t ss, size_t b)
{
    size_t a = b, k = b;
    for (int words = 0; words < BODY_WORDS && k > ss; words++) {
        size_t we = k, ws = we;
        while (ws > ss && letter((unsigned char)p[ws - 1]))
            ws--;
        if (ws == we)
            break;
        if (upper((unsigned char)p[ws]))
            a = ws;
        else if (!connector(p, ws, we))
            break;
        if (ws == ss || !blank((unsigned char)p[ws - 1]))
            break;
        k = ws - 1;
    }
    /* (an article or a pronoun opening the sentence is no part of it) */
    static const char *const openers[] = {"The", "A", "An", "This", "That", "Its", "Their", "Our", NULL};
    size_t w = word_end(p, a, b);
    for (int i = 0; a < b && openers[i]; i++)
        if (is(p, a, w, openers[i]))
            return w < b ? w + 1 : b;
    return a;
}

static int put(const char *p, size_t s, size_t e, char *out, size_t cap)
{
    if (e <= s || e - s >= cap)
        return 0;
    snprintf(out, cap, "%.*s", (int)(e - s), p + s);
    return 1;
}

int setter_of(const char *doc, size_t ss, size_t se, size_t start, size_t end, char *out, size_t cap)
{
    /* the target's noun after the figure: "the 2 percent affordability
     * target set by ..." */
    size_t ws, we = next_word(doc, end, se, &ws);
    for (int words = 0; words < NEAR_WORDS && we > ws; words++) {
        if (target_noun(doc, ws, we)) {
            if (set_by(doc, we, se, out, cap))
                return 1;
            /* "the Broadband Commission's 2 percent affordability target" */
            size_t b = start;
            while (b > ss && blank((unsigned char)doc[b - 1]))
                b--;
            if (b >= ss + 3 && doc[b - 1] == 's' && doc[b - 2] == '\'') {
                size_t a = body_before(doc, ss, b - 2);
                return a < b - 2 && put(doc, a, b - 2, out, cap);
            }
            return 0;
        }
        if (!lower((unsigned char)doc[ws]))
            break;
        we = next_word(doc, we, se, &ws);
    }
    /* the noun before it: "the target of 2 per cent set by ...", "the
     * Broadband Commission target of 2 per cent" */
    size_t k = start;
    while (k > ss && blank((unsigned char)doc[k - 1]))
        k--;
    size_t os = k;
    while (os > ss && letter((unsigned char)doc[os - 1]))
        os--;
    if (!is(doc, os, k, "of") || os == ss || !blank((unsigned char)doc[os - 1]))
        return 0;
    size_t te = os - 1, ts = te;
    while (ts > ss && letter((unsigned char)doc[ts - 1]))
        ts--;
    if (!target_noun(doc, ts, te))
        return 0;
    if (set_by(doc, end, se, out, cap))
        return 1;
    if (ts > ss + 1 && blank((unsigned char)doc[ts - 1])) {
        size_t a = body_before(doc, ss, ts - 1);
        return a < ts - 1 && put(doc, a, ts - 1, out, cap);
    }
    return 0;
}
