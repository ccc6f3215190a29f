/* multipliers.c — when a number or a word is a multiplier (see
 * multipliers.h). */
#include "multipliers.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "change.h"
#include "quantity.h"

static int is(const char *w, size_t l, const char *lit)
{
    return l && (lit[0] | 32) == (w[0] | 32) && strlen(lit) == l && !strncasecmp(w, lit, l);
}

static int in(const char *w, size_t l, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (is(w, l, list[i]))
            return 1;
    return 0;
}

/* The word after p[i): blanks and one line break skipped; its length,
 * *ws its start (0 when punctuation or the end comes first). */
static size_t next_word(const char *p, size_t n, size_t i, size_t *ws)
{
    int nl = 0;
    while (i < n && (ascii_isblank_cr((unsigned char)p[i]) || (p[i] == '\n' && !nl++)))
        i++;
    *ws = i;
    while (i < n && (ascii_isalpha((unsigned char)p[i]) || (p[i] == '-' && i > *ws && i + 1 < n && ascii_isalpha((unsigned char)p[i + 1]))))
        i++;
    return i - *ws;
}

/* The word before p[i), across blanks and one line break. */
static size_t prev_word(const char *p, size_t i, size_t *ws)
{
    int nl = 0;
    while (i > 0 && (ascii_isblank_cr((unsigned char)p[i - 1]) || (p[i - 1] == '\n' && !nl++)))
        i--;
    size_t e = i;
    while (i > 0 && (ascii_isalpha((unsigned char)p[i - 1]) || p[i - 1] == '\''))
        i--;
    *ws = i;
    return e - i;
}

/* Words after "N times" that compare: "2.5 times higher", "1.4 times
 * those of 2019", "four times the figure". */
static const char *const compared[] = {
    "more", "higher", "larger", "greater", "faster", "bigger", "as", "the", "lower", "smaller", "less", "over",
    "cheaper", "slower", "longer", "shorter", "fewer", "wider", "costlier", "that", "those", "this", "these", "its",
    "their", "what", "his", "her", "our", "ahead", "above", "below", "behind",
    /* a valuation's multiple: "paid 12.5 times earnings" */
    "earnings", "ebitda", "revenue", "revenues", "sales", "book", NULL,
};

/* Words before "N times" closing its clause that make it a ratio: "an
 * increase of roughly 3.5 times", "Net debt to EBITDA was 7.4 times." */
static const char *const ratio_verbs[] = {
    "was", "is", "were", "are", "stood", "remained", "at", NULL,
};

TimesKind mult_times(const char *p, size_t n, size_t start, size_t end, size_t *e, const char **noun)
{
    /* (most numbers are followed by no "t": look no further) */
    size_t b = end;
    while (b < n && ascii_isblank_cr((unsigned char)p[b]))
        b++;
    if (b >= n || ((p[b] | 32) != 't' && p[b] != '\n'))
        return TIMES_NONE;
    size_t j, l = next_word(p, n, end, &j);
    if (!is(p + j, l, "times"))
        return TIMES_NONE;
    *e = j + l;
    /* past a quotation closing on "times": '"20 times" the capacity' */
    size_t after = *e;
    if (after < n && p[after] == '"')
        after++;
    else if (after + 2 < n && (unsigned char)p[after] == 0xE2 && (unsigned char)p[after + 1] == 0x80 &&
             ((unsigned char)p[after + 2] == 0x9D || (unsigned char)p[after + 2] == 0x99))
        after += 3;
    size_t k, kl = next_word(p, n, after, &k);
    if (kl && in(p + k, kl, compared))
        return TIMES_X;
    /* "nearly six times Indonesia's": a multiple of a thing owned */
    if (kl && k + kl < n && (p[k + kl] == '\'' || ((unsigned char)p[k + kl] == 0xE2 && k + kl + 2 < n &&
                                                  (unsigned char)p[k + kl + 2] == 0x99)) &&
        (k + kl + (p[k + kl] == '\'' ? 1 : 3)) < n && (p[k + kl + (p[k + kl] == '\'' ? 1 : 3)] | 32) == 's')
        return TIMES_X;
    /* a change ("jumped 3.2 times", "grew by more than 2,000 times", "an
     * increase of 3.5 times": change.h) */
    if (change_before(p, start))
        return TIMES_X;
    /* the word before, past a hedge and "by" */
    size_t qs, bs;
    qty_qualifier_before(p, start, &qs);
    size_t bl = prev_word(p, qs, &bs);
    if (bl && is(p + bs, bl, "by"))
        bl = prev_word(p, bs, &bs);
    /* "was 7.4 times.", "an increase of 3.5 times,": the ratio closing
     * its clause */
    int clause_end = *e == n || p[*e] == '.' || p[*e] == ',' || p[*e] == ';' || p[*e] == ')';
    if (bl && clause_end && in(p + bs, bl, ratio_verbs))
        return TIMES_X;
    /* "backup at two to three times IT load", "valued at five times
     * earnings": a level set as a multiple of a thing named after */
    if (bl && is(p + bs, bl, "at") && kl && !in(p + k, kl, (const char *const[]){"a", "an", "per", "each", "every", NULL}))
        return TIMES_X;
    /* "downloaded more than 1.8 million times": events counted */
    if (bl && (*noun = qty_times_noun(p + bs, bl)) != NULL)
        return TIMES_COUNT;
    /* "That's not a typo. Two thousand times.": a fragment restating a
     * multiplier, the number opening it and "times" closing it */
    b = start;
    while (b > 0 && ascii_isblank_cr((unsigned char)p[b - 1]))
        b--;
    int opens = b == 0 || p[b - 1] == '.' || p[b - 1] == '!' || p[b - 1] == '?' || p[b - 1] == '\n';
    int closes = *e == n || p[*e] == '.' || p[*e] == '!';
    return opens && closes ? TIMES_X : TIMES_NONE;
}

int mult_change_noun(const char *w, size_t l)
{
    static const char *const nouns[] = {
        "increase", "rise", "growth", "jump", "expansion", "gain", "gap", "difference", "surge", "leap",
        "reduction", "decline", "drop", "fall", "improvement", "boost", "disparity", NULL,
    };
    return l && in(w, l, nouns);
}

int mult_factor_before(const char *p, size_t start, size_t *fs, size_t *lead)
{
    size_t b = start;   /* (a number after no "of" is most numbers) */
    while (b > 0 && (ascii_isblank_cr((unsigned char)p[b - 1]) || p[b - 1] == '\n'))
        b--;
    if (b < 2 || (p[b - 1] | 32) != 'f' || (p[b - 2] | 32) != 'o')
        return 0;
    size_t os, ol = prev_word(p, start, &os);
    if (!ol || !is(p + os, ol, "of"))
        return 0;
    size_t l = prev_word(p, os, fs);
    if (!l || !is(p + *fs, l, "factor"))
        return 0;
    size_t as, al = prev_word(p, *fs, &as);
    *lead = al && (is(p + as, al, "a") || is(p + as, al, "an")) ? as : *fs;
    return 1;
}

/* Hedges between "factor of" or "ratio of" and the number. */
static const char *const named_hedges[] = {
    "at", "least", "more", "than", "about", "nearly", "almost", "roughly", "around", "some", "over", "up", "to",
    "approximately", "close", NULL,
};

int mult_named_before(const char *p, size_t start, int *ratio)
{
    size_t i = start, ws, l;
    int hedged = 0;
    for (int steps = 0; steps < 4; steps++) {
        l = prev_word(p, i, &ws);
        if (!l)
            return 0;
        if (is(p + ws, l, "of")) {
            size_t fs, fl = prev_word(p, ws, &fs);
            *ratio = is(p + fs, fl, "ratio");
            return (*ratio || (hedged && is(p + fs, fl, "factor")));
        }
        if (!in(p + ws, l, named_hedges))
            return 0;
        hedged = 1;
        i = ws;
    }
    return 0;
}

size_t mult_ratio_after(const char *p, size_t n, size_t end, double a, double *v)
{
    size_t i = end;
    if (i + 1 < n && p[i] == ':' && ascii_isdigit((unsigned char)p[i + 1]) && a == 1) {
        /* "1:5": five times */
        double x = 0;
        for (i++; i < n && ascii_isdigit((unsigned char)p[i]); i++)
            x = x * 10 + (p[i] - '0');
        if (i < n && (p[i] == '.' || p[i] == ':') && i + 1 < n && ascii_isdigit((unsigned char)p[i + 1]))
            return 0;
        *v = x;
        return x > 1 ? i : 0;
    }
    /* "50 to 1" */
    while (i < n && p[i] == ' ')
        i++;
    if (i + 4 < n && !strncasecmp(p + i, "to", 2) && p[i + 2] == ' ') {
        size_t j = i + 3;
        while (j < n && p[j] == ' ')
            j++;
        int more = j + 1 < n && ascii_isdigit((unsigned char)p[j + 1]);
        if (j + 2 < n && (p[j + 1] == '.' || p[j + 1] == ',') && ascii_isdigit((unsigned char)p[j + 2]))
            more = 1;   /* (not "1.5", "1,000") */
        if (j < n && p[j] == '1' && !more && a > 1) {
            *v = a;
            return j + 1;
        }
    }
    return 0;
}

/* Words that follow "double" when it multiplies what comes next: "double
 * the number", "double its average", "double that of". */
static const char *const determiners[] = {
    "the", "its", "their", "that", "those", "this", "these", "his", "her", "our", "what", NULL,
};

/* Words before "double" that make it a verb: "to double", "will double". */
static const char *const modals[] = {
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", NULL,
};

double mult_word(const char *p, size_t n, size_t w, size_t we)
{
    int form;
    double v = qty_multiplier_word(p + w, we - w, &form);
    if (v < 0)
        return -1;
    size_t j, l = next_word(p, n, we, &j);
    if (form == MW_PAST)
        return v;
    /* "twice as likely", "nearly twice the losses"; not "twice a year",
     * "elected twice" */
    if (form == MW_TWICE)
        return l && (is(p + j, l, "as") || in(p + j, l, determiners)) ? v : -1;
    /* "doubling down", "doubling back" are idioms */
    if (form == MW_ING)
        return l && (is(p + j, l, "down") || is(p + j, l, "up") || is(p + j, l, "back")) ? -1 : v;
    /* "double": an adjective before a noun ("double taxation", "a double
     * standard") unless what follows is a determiner; a verb after a
     * hedge or a modal when no noun follows ("more than double, from",
     * "nearly double by 2050") */
    size_t bs, bl = prev_word(p, w, &bs);
    if (bl && (is(p + bs, bl, "a") || is(p + bs, bl, "an") || is(p + bs, bl, "the")))
        return -1;
    if (l && in(p + j, l, determiners))
        return v;
    size_t qs;
    int hedged = qty_qualifier_before(p, w, &qs) != Q_EXACT || (bl && in(p + bs, bl, modals));
    if (!hedged)
        return -1;
    NounKind k = l ? qty_noun_kind(p + j, l) : NK_NONE;
    return k == NK_NONE ? v : -1;
}
