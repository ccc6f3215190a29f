/* spelled.c — numbers written in words (see spelled.h). */
#include "spelled.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "claim.h"
#include "quantity.h"
#include "utf8.h"
#include "textwalk.h"

/* A fraction word p[w,e) with no "of" after it is still a share when a
 * determiner follows ("half the world's population") or when a qualifier
 * stands before it and the phrase ends there ("roughly a quarter.",
 * "nearly half are offline"); not "a quarter century", "half an hour".
 * p[j,je) is the word after it. */
int spelled_share(const char *text, size_t n, size_t w, size_t j, size_t je)
{
    const unsigned char *p = (const unsigned char *)text;
    if (je > j) {
        if (tw_weq(p + j, je - j, "the") || tw_weq(p + j, je - j, "its") || tw_weq(p + j, je - j, "their") ||
            tw_weq(p + j, je - j, "all") || tw_weq(p + j, je - j, "our") || tw_weq(p + j, je - j, "this")) {
            /* "half the time", "half the way" are not shares */
            size_t k = tw_skip_blanks(p, n, je), ke = tw_word_end(p, n, k);
            return !(qty_noun_kind((const char *)p + k, ke - k) == NK_DURATION || tw_weq(p + k, ke - k, "way") ||
                     tw_weq(p + k, ke - k, "time") || tw_weq(p + k, ke - k, "size") || tw_weq(p + k, ke - k, "price") ||
                     tw_weq(p + k, ke - k, "distance"));
        }
        /* "half said they were concerned": a share of a group named before */
        static const char *const verbs[] = {"are", "were", "said", "say", "says", "have", "had", "reported",
                                            "expect", "expected", "use", "used", "lack", "lacked", "live",
                                            "lived", "agreed", "believe", "believed", "own", "owned", NULL};
        for (int t = 0; verbs[t]; t++)
            if (tw_weq(p + j, je - j, verbs[t]))
                return 1;
        if (tw_weq(p + j, je - j, "a") || tw_weq(p + j, je - j, "an") ||
            qty_noun_kind((const char *)p + j, je - j) != NK_NONE)
            return 0;
    } else if (j < n && (ascii_isdigit(p[j]) || ascii_isalpha(p[j]) || p[j] == '-' || p[j] >= 0x80)) {
        return 0;
    }
    size_t qs;
    return qty_qualifier_before((const char *)p, w, &qs) != Q_EXACT;
}

int spelled_share_noun(const char *text, size_t w, size_t we, size_t j, size_t je)
{
    static const char *const nouns[] = {"reduction", "reductions", "cut", "cuts", "discount", "stake", "stakes",
                                        "share", "majority", "increase", "rise", "drop", "fall", "decline",
                                        "interest", "holding", "ownership", "minority", NULL};
    const unsigned char *p = (const unsigned char *)text;
    if (!memchr(p + w, '-', we - w) || je <= j)
        return 0;
    for (int t = 0; nouns[t]; t++)
        if (tw_weq(p + j, je - j, nouns[t]))
            return 1;
    return 0;
}

/* The next word of a spelled number after p[e): across blanks (one line
 * break at most) or one hyphen ("twenty-nine"). */
static size_t next_number_word(const unsigned char *p, size_t n, size_t e)
{
    if (e + 1 < n && p[e] == '-' && ascii_isalpha(p[e + 1]))
        return e + 1;
    return tw_skip_blanks(p, n, e);
}

static double digit_word(const unsigned char *w, size_t l)
{
    static const char *const d[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    for (int k = 0; k < 10; k++)
        if (tw_weq(w, l, d[k]))
            return k;
    return tw_weq(w, l, "oh") ? 0 : -1;
}

/* A number spelled out in several words, as speeches and transcripts say
 * them: "six hundred million", "one hundred and fifty", "fifteen
 * hundred", "two point six billion", "a billion and a half". Returns its
 * end (0 when the words at p[w] are not such a compound: a lone "six" or
 * "two million" are read elsewhere); *value gets the number, *top the
 * largest scale word in it (1 when none). */
size_t spelled_number(const char *text, size_t n, size_t w, double *value, double *top)
{
    const unsigned char *p = (const unsigned char *)text;
    double total = 0, cur = 0, last_scale = 0, div = 0;
    int have = 0, words = 0, compound = 0, nums = 0;
    size_t i = w, end = w;
    *top = 1;
    for (;;) {
        size_t e = i;
        while (e < n && ascii_isalpha(p[e]))
            e++;
        if (e == i || e - i > 12)
            break;
        const unsigned char *t = p + i;
        size_t l = e - i;
        double v, sc;
        if (div > 0) {
            /* "two point six": digits, one word each */
            if ((v = digit_word(t, l)) < 0)
                break;
            cur += v / div;
            div *= 10;
        } else if ((v = qty_number_word((const char *)t, l)) >= 0 && v < 100 && !tw_weq(t, l, "dozen")) {
            /* "hundred and fifty", "twenty five"; not "five five" */
            int after_hundred = have && cur >= 100 && fmod(cur, 100) == 0;
            /* ("four hundred and twenty-five": the tens after the hundreds) */
            double tens = fmod(cur, 100);
            int unit_after_ten = have && v < 10 && tens >= 20 && fmod(tens, 10) == 0;
            if (have && !after_hundred && !unit_after_ten)
                break;
            compound |= unit_after_ten || after_hundred;
            cur += v;
            have = 1;
            nums++;
        } else if (tw_weq(t, l, "hundred") && (have || words == 1) && cur < 100) {
            cur = (have ? cur : 1) * 100;
            have = 1;
            compound = 1;
        } else if ((sc = qty_scale((const char *)t, l, 0)) >= 1000 && (have || words == 1)) {
            total += (have ? cur : 1) * sc;
            compound |= nums > 1 || cur >= 100 || total > sc || last_scale > 0;
            cur = 0;
            have = 0;
            last_scale = sc;
            if (sc > *top)
                *top = sc;
        } else if (tw_weq(t, l, "point") && have && !last_scale && words > 0) {
            /* "two point six billion" */
            size_t k = next_number_word(p, n, e), ke = k;
            while (ke < n && ascii_isalpha(p[ke]))
                ke++;
            if (digit_word(p + k, ke - k) < 0)
                break;
            div = 10;
            compound = 1;
        } else if (tw_weq(t, l, "and") && words > 0) {
            size_t k = tw_skip_blanks(p, n, e), ke = k;
            while (ke < n && ascii_isalpha(p[ke]))
                ke++;
            size_t k2 = tw_skip_blanks(p, n, ke), ke2 = k2;
            while (ke2 < n && ascii_isalpha(p[ke2]))
                ke2++;
            if (last_scale && !have && tw_weq(p + k, ke - k, "a") && tw_weq(p + k2, ke2 - k2, "half")) {
                /* "a billion and a half" */
                total += last_scale / 2;
                end = ke2;
                compound = 1;
                break;
            }
            if (have && !last_scale && div == 0 && cur < 100 && tw_weq(p + k, ke - k, "a") &&
                tw_weq(p + k2, ke2 - k2, "half")) {
                /* "two and a half years", "ten and a half trillion
                 * dollars": the half belongs to the number, and a scale
                 * word after it still counts */
                cur += 0.5;
                compound = 1;
                words++;
                end = ke2;
                i = next_number_word(p, n, ke2);
                if (i == ke2)
                    break;
                continue;
            }
            double nv = qty_number_word((const char *)p + k, ke - k);
            if (!(have && cur >= 100 && fmod(cur, 100) == 0 && nv > 0 && nv < 100))
                break;
        } else if ((tw_weq(t, l, "a") || tw_weq(t, l, "an")) && words == 0) {
            /* "a hundred and twenty million": a stands for one */
        } else {
            break;
        }
        words++;
        if (!(tw_weq(t, l, "and") || tw_weq(t, l, "point")))
            end = e;
        i = next_number_word(p, n, e);
        if (i == e)
            break;
    }
    if (!compound || end == w)
        return 0;
    *value = total + cur;
    return end;
}

/* "to" and a second number word after the spelled number p[w, e) of
 * value v ("three to eight times", "two to three years"): the range's
 * end and *b its second value; 0 when none, or when it is a change
 * ("from two to three"). */
size_t spelled_range(const char *text, size_t n, size_t w, size_t e, double v, double *b)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t j = tw_skip_blanks(p, n, e), je = tw_word_end(p, n, j);
    /* ("between one and five years": "and" after "between") */
    size_t bs0, bl0 = tw_word_before(p, w, &bs0);
    int between = bl0 && tw_weq(p + bs0, bl0, "between");
    if (j == e || !(tw_weq(p + j, je - j, "to") || (between && tw_weq(p + j, je - j, "and"))))
        return 0;
    size_t k = tw_skip_blanks(p, n, je), ke = tw_word_end(p, n, k);
    double u = k > je ? qty_number_word((const char *)p + k, ke - k) : -1, sv, top;
    /* (or spelled out in full: "a hundred and fifty to two hundred") */
    size_t se = k > je ? spelled_number(text, n, k, &sv, &top) : 0;
    if (se && top == 1)
        u = sv, ke = se;
    else if (u >= 100)
        return 0;
    size_t bs, bl = tw_word_before(p, w, &bs);
    if (u <= v || (bl && tw_weq(p + bs, bl, "from")))
        return 0;
    *b = u;
    return ke;
}

size_t spelled_echo(const char *text, size_t n, size_t e, double v)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t j = e;
    while (j < n && p[j] == ' ')
        j++;
    if (j == e || j >= n || p[j] != '(')
        return e;
    double d = 0;
    size_t k = j + 1;
    while (k < n && p[k] >= '0' && p[k] <= '9' && k - j < 12)
        d = d * 10 + (p[k++] - '0');
    return k > j + 1 && k < n && p[k] == ')' && d == v ? k + 1 : e;
}
