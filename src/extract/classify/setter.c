/* setter.c — the body that set a target a figure states (see setter.h). */
#include "setter.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "namerun.h"

#define NEAR_WORDS 4    /* the target's noun stands so many words from its figure at most */
#define SETTER_WORDS 14 /* "set by" follows the figure within so many words */
#define BODY_WORDS 8    /* a body's name has at most so many words */

/* A body's name: capitalised words (letters, hyphens and apostrophes
 * within), joined by "of", "for", "and", "on", across blanks and a
 * wrapped line. */
static const NameStyle body_style = {
    .word = NAME_W_HYPHEN_AFTER | NAME_W_APOS_AFTER,
    .joins = NAME_J_OF | NAME_J_ON,
    .flags = NAME_F_BLANKS | NAME_F_JOIN_ANY_CASE,
    .max_words = BODY_WORDS,
};

/* The word at doc[i, e): its end (letters, hyphens and apostrophes
 * within), or i. */
static size_t word_end(const char *p, size_t i, size_t e)
{
    return name_word_end(&body_style, p, i, e);
}

/* The next word from i (past blanks), stopping at any other mark: its
 * start in *ws, its end returned (== *ws when none). */
static size_t next_word(const char *p, size_t i, size_t e, size_t *ws)
{
    while (i < e && ascii_isgap((unsigned char)p[i]))
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

/* A body named from i: [the] capitalised words (connectors inside). */
static int body_at(const char *p, size_t i, size_t e, char *out, size_t cap)
{
    size_t ws, we = next_word(p, i, e, &ws);
    if (is(p, ws, we, "the"))
        next_word(p, we, e, &ws);
    size_t bs = ws, be = name_run(&body_style, p, ws, e);
    if (be == bs || be - bs >= cap)
        return 0;
    /* (a name broken over lines is one name) */
    size_t o = 0;
    for (size_t k = bs; k < be && o + 1 < cap; k++)
        if (!ascii_isgap((unsigned char)p[k]) || (o && out[o - 1] != ' '))
            out[o++] = ascii_isgap((unsigned char)p[k]) ? ' ' : p[k];
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
                (p[ws] == '.' && (ws + 1 >= e || ascii_isgap((unsigned char)p[ws + 1]))))
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
    size_t a = name_run_back(&body_style, p, ss, b);
    /* (an article or a pronoun opening the sentence is no part of it) */
    size_t w = word_end(p, a, b);
    if (a < b && name_article(p, a, w))
        return w < b ? w + 1 : b;
    return a;
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
            while (b > ss && ascii_isgap((unsigned char)doc[b - 1]))
                b--;
            if (b >= ss + 3 && doc[b - 1] == 's' && doc[b - 2] == '\'') {
                size_t a = body_before(doc, ss, b - 2);
                return a < b - 2 && name_copy(doc, a, b - 2, out, cap);
            }
            return 0;
        }
        if (!ascii_islower((unsigned char)doc[ws]))
            break;
        we = next_word(doc, we, se, &ws);
    }
    /* the noun before it: "the target of 2 per cent set by ...", "the
     * Broadband Commission target of 2 per cent" */
    size_t k = start;
    while (k > ss && ascii_isgap((unsigned char)doc[k - 1]))
        k--;
    size_t os = k;
    while (os > ss && ascii_isalpha((unsigned char)doc[os - 1]))
        os--;
    if (!is(doc, os, k, "of") || os == ss || !ascii_isgap((unsigned char)doc[os - 1]))
        return 0;
    size_t te = os - 1, ts = te;
    while (ts > ss && ascii_isalpha((unsigned char)doc[ts - 1]))
        ts--;
    if (!target_noun(doc, ts, te))
        return 0;
    if (set_by(doc, end, se, out, cap))
        return 1;
    if (ts > ss + 1 && ascii_isgap((unsigned char)doc[ts - 1])) {
        size_t a = body_before(doc, ss, ts - 1);
        return a < ts - 1 && name_copy(doc, a, ts - 1, out, cap);
    }
    return 0;
}
