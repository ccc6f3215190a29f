/* join.c — two figures the scanner read apart that are one claim (see join.h). */
#include "join.h"

#include <math.h>
#include <string.h>

#include "ascii.h"
#include "claim.h"
#include "textwalk.h"

static int has_digit(const unsigned char *p, size_t s, size_t e)
{
    for (; s < e; s++)
        if (p[s] >= '0' && p[s] <= '9')
            return 1;
    return 0;
}

static int close_to(double x, double y)
{
    return fabs(x - y) <= 0.005 * fmax(fabs(x), fabs(y));
}

static int whole(double v)
{
    return v >= 0 && v == floor(v);
}

/* The words of p[s, e), lower case, single spaces, into w (at most cap
 * bytes); 0 when the gap holds anything but letters and blanks, or is
 * longer than cap. */
static int gap_words(const unsigned char *p, size_t s, size_t e, char *w, size_t cap)
{
    size_t k = 0;
    int sp = 1;
    for (; s < e; s++) {
        int c = p[s];
        if (c == ' ' || c == '\t' || c == '\n') {
            sp = 1;
            continue;
        }
        if (!ascii_isalpha(c))
            return 0;
        if (sp && k) {
            if (k + 1 >= cap)
                return 0;
            w[k++] = ' ';
        }
        sp = 0;
        if (k + 1 >= cap)
            return 0;
        w[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    w[k] = 0;
    return 1;
}

/* "7 years and 6 months", "2 hours and 30 minutes", "13 years 6
 * months", "1 minute 45 seconds": one duration in the larger unit. */
static int two_unit_duration(const char *gap, ScanQuantity *a, const ScanQuantity *b)
{
    if ((strcmp(gap, "and") && gap[0]) || a->qual != Q_EXACT || b->qual != Q_EXACT || !whole(a->value) || !whole(b->value))
        return 0;
    double per;
    if (!strcmp(a->unit, "years") && !strcmp(b->unit, "months") && b->value < 12)
        per = 12;
    else if (((!strcmp(a->unit, "hours") && !strcmp(b->unit, "minutes")) ||
              (!strcmp(a->unit, "minutes") && !strcmp(b->unit, "seconds"))) && b->value < 60)
        per = 60;
    else
        return 0;
    a->value += b->value / per;
    a->end = b->end;
    a->low = a->high = NAN;
    return 1;
}

/* Does a word before p[s) make the figure the start of a change ("from
 * 5 to 10", "rose 2% to 9%"), not a range's first end? */
static int change_before(const unsigned char *p, size_t s)
{
    static const char *const change[] = {"from", "by", "rose", "fell", "grew", "increased", "decreased", "declined",
                                         "dropped", "jumped", "climbed", "raised", "cut", "reduced", "up", "down",
                                         "rise", "fall", "increase", "decrease", "growth", "reaching", NULL};
    size_t ws, wl = tw_word_before(p, s, &ws);
    return wl && tw_win(p + ws, wl, change);
}

static int scale_word_in(const unsigned char *p, size_t s, size_t e)
{
    static const char *const scales[] = {"thousand", "million", "billion", "trillion", "bn", "m", "mn", "k", NULL};
    for (size_t i = s; i < e;) {
        if (!ascii_isalpha(p[i])) {
            i++;
            continue;
        }
        size_t we = tw_word_end(p, e, i);
        if (tw_win(p + i, we - i, scales) && (i == s || !(p[i - 1] >= '0' && p[i - 1] <= '9') || we - i > 2))
            return 1;
        i = we > i ? we : i + 1;
    }
    return 0;
}

/* The unit both ends share: equal, or one end's when the other has none. */
static const char *shared_unit(const ScanQuantity *a, const ScanQuantity *b)
{
    if (!strcmp(a->unit, b->unit) || !a->unit[0])
        return b->unit;
    return b->unit[0] ? NULL : a->unit;
}

static void make_range(ScanQuantity *a, const ScanQuantity *b, double lo, const char *unit)
{
    char u[sizeof a->unit];
    strcpy(u, unit);
    a->low = lo;
    a->high = b->value;
    a->value = (lo + b->value) / 2;
    a->qual = Q_RANGE;
    a->end = b->end;
    strcpy(a->unit, u);
    a->weak = a->weak && b->weak;
}

/* The first end of a range, taking the second's scale when only the
 * second writes one ("three hundred to five hundred million"). */
static double scaled_low(const unsigned char *p, const ScanQuantity *a, const ScanQuantity *b)
{
    double lo = a->value;
    if (scale_word_in(p, b->start, b->end) && !scale_word_in(p, a->start, a->end) && lo * 1000 <= b->value) {
        static const double f[] = {1e12, 1e9, 1e6, 1e3};
        for (int k = 0; k < 4; k++)
            if (lo * f[k] <= b->value) {
                lo *= f[k];
                break;
            }
    }
    return lo;
}

/* Make a the range from a to b in unit u (NULL: the ends' units differ,
 * no range), its first end scaled as the second (scaled_low); 0 when
 * that end is not below the second. */
static int range_close(const unsigned char *p, ScanQuantity *a, const ScanQuantity *b, const char *u)
{
    if (!u)
        return 0;
    double lo = scaled_low(p, a, b);
    if (!(lo < b->value))
        return 0;
    make_range(a, b, lo, u);
    return 1;
}

/* "five to 10 years", "$17 billion to as much as $79 billion", "between
 * K2 million and K4 million", "four or five percent". */
static int range_pair(const unsigned char *p, const char *gap, ScanQuantity *a, const ScanQuantity *b)
{
    /* (a guess may be hedged: "maybe six or seven percent" is a range) */
    if ((a->qual != Q_EXACT && !(a->qual == Q_APPROX && !strcmp(gap, "or"))) || a->value <= 0 ||
        change_before(p, a->start))
        return 0;
    int words_a = !has_digit(p, a->start, a->end), words_b = !has_digit(p, b->start, b->end);
    int hedged = !strcmp(gap, "to as much as") || !strcmp(gap, "to as many as");
    size_t ws, wl = tw_word_before(p, a->start, &ws);
    int between = !strcmp(gap, "and") && wl && tw_weq(p + ws, wl, "between");
    int to = !strcmp(gap, "to");
    int spoken = !strcmp(gap, "or") && words_a && words_b && !a->unit[0] && b->unit[0] &&
                 whole(a->value) && whole(b->value) && b->value <= 100 &&
                 b->value <= 2 * a->value;
    int cur_both = !words_a && !words_b && !(p[a->start] >= '0' && p[a->start] <= '9') && p[a->start] == p[b->start];
    if (!(spoken || hedged || between || (to && (words_a || cur_both))))
        return 0;
    if (b->qual != Q_EXACT && !(hedged && b->qual == Q_MAX))
        return 0;
    return range_close(p, a, b, shared_unit(a, b));
}

/* "estimates range from $17bn to more than $79bn", "we see numbers from
 * 17 billion to 200 billion dollars": "from ... to" after a word of
 * spread (range, vary, anywhere) or of estimates is a range, not a
 * change; the second end may be hedged ("to as much as"), and a currency
 * written at the second end only is the first's too. */
static int range_from(const unsigned char *p, const char *gap, ScanQuantity *a, const ScanQuantity *b)
{
    static const char *const spread[] = {"range", "ranges", "ranged", "ranging", "vary", "varies", "varied",
                                         "varying", "anywhere", "estimates", "numbers", "figures", NULL};
    static const char *const hedges[] = {"to", "to more than", "to over", "to as much as", "to as many as",
                                         "to as high as", "to nearly", "to almost", "to about", "to around", NULL};
    int tail = tw_win((const unsigned char *)gap, strlen(gap), hedges);
    size_t fs, fl = tw_word_before(p, a->start, &fs);
    if (!tail || a->qual != Q_EXACT || a->value <= 0 || !(fl && tw_weq(p + fs, fl, "from")))
        return 0;
    /* ("range widely, from ...": a comma before "from") */
    size_t k = tw_skip_blanks_back(p, fs);
    k -= k > 0 && p[k - 1] == ',';
    size_t ws, wl = tw_word_before(p, k, &ws);
    if (wl && (tw_weq(p + ws, wl, "widely") || tw_weq(p + ws, wl, "somewhere")))
        wl = tw_word_before(p, ws, &ws);
    if (!wl || !tw_win(p + ws, wl, spread))
        return 0;
    const char *u = shared_unit(a, b);
    /* ("17 billion" took the noun before it; "200 billion dollars" says) */
    if (!u && b->unit[0] >= 'A' && b->unit[0] <= 'Z' && a->unit[0] >= 'a' && a->unit[0] <= 'z')
        u = b->unit;
    return range_close(p, a, b, u);
}

/* "eighty-five per cent (85%)", "RMB 840,000,000 (Renminbi Eight Hundred
 * and Forty Million)". gap: the words between, the bracket left out. */
static int restated(const unsigned char *p, size_t n, size_t ge, ScanQuantity *a, const ScanQuantity *b)
{
    size_t k = b->end;
    while (k < n && k < b->end + 24 && (ascii_isalpha(p[k]) || p[k] == ' '))
        k++;
    if (k >= n || p[k] != ')' || a->qual == Q_RANGE || b->qual != Q_EXACT)
        return 0;
    (void)ge;
    int words_a = !has_digit(p, a->start, a->end), words_b = !has_digit(p, b->start, b->end);
    if (words_a == words_b)
        return 0;
    int same_unit = !strcmp(a->unit, b->unit);
    double v;
    if (close_to(a->value, b->value) && (same_unit || !a->unit[0] || !b->unit[0]))
        v = a->value;
    else if (same_unit && a->unit[0] && a->qual == Q_EXACT)
        v = words_a ? b->value : a->value;   /* the numeral stands ("zero point two five") */
    /* "Almost two-thirds (64%)", "just over a quarter (27 per cent)": a
     * gloss, then the figure; each stays what it is */
    else
        return 0;
    if (!a->unit[0])
        strcpy(a->unit, b->unit);
    a->value = v;
    a->low = a->qual == Q_MIN ? v : NAN;
    a->high = a->qual == Q_MAX ? v : NAN;
    /* the claim is the numeral's span (some readers take the words in
     * brackets for a restatement apart, some the whole for one claim) */
    if (words_a)
        a->start = b->start, a->end = b->end;
    a->weak = a->weak && b->weak;
    return 1;
}

/* "five, six percent", "ten, eleven per cent", "fifteen, twenty
 * percent", "twelve, maybe thirteen projects": two whole numbers in words,
 * a comma between (and a speaker's "maybe" after it), the unit after the
 * second, as a speaker guesses: one apart, or round numbers a step of
 * five or ten apart ("nine, eleven" are two figures). */
static int spoken_comma(const unsigned char *p, ScanQuantity *a, const ScanQuantity *b)
{
    size_t k = a->end;
    if (k >= b->start || p[k] != ',')
        return 0;
    k = tw_skip_blanks(p, b->start, k + 1);
    size_t ke = tw_word_end(p, b->start, k);
    static const char *const guesses[] = {"maybe", "perhaps", "possibly", "probably", NULL};
    if (ke > k && tw_win(p + k, ke - k, guesses))
        k = tw_skip_blanks(p, b->start, ke);
    if (k != b->start)
        return 0;
    if ((a->qual != Q_EXACT && a->qual != Q_APPROX) || (b->qual != Q_EXACT && b->qual != Q_APPROX) ||
        a->unit[0] || !b->unit[0] || has_digit(p, a->start, a->end) || has_digit(p, b->start, b->end) ||
        !whole(a->value) || !whole(b->value))
        return 0;
    double step = b->value - a->value;
    int round = fmod(a->value, 5) == 0 && fmod(b->value, 5) == 0 && step <= 10 && b->value <= 2 * a->value;
    if (!(step == 1 || (step > 0 && round)))
        return 0;
    make_range(a, b, a->value, b->unit);
    return 1;
}

int join_pair(const unsigned char *p, size_t n, ScanQuantity *a, const ScanQuantity *b)
{
    if (b->start < a->end || b->start - a->end > 40)
        return 0;
    /* a bracket opens between them: a restatement */
    const unsigned char *br = memchr(p + a->end, '(', b->start - a->end);
    char gap[48];
    if (br) {
        size_t o = (size_t)(br - p);
        char w1[48], w2[48];
        if (!gap_words(p, a->end, o, w1, sizeof w1) || !gap_words(p, o + 1, b->start, w2, sizeof w2) ||
            strlen(w1) > 12 || strlen(w2) > 12)
            return 0;
        return restated(p, n, o, a, b);
    }
    if (!gap_words(p, a->end, b->start, gap, sizeof gap))
        return spoken_comma(p, a, b);
    if (a->weak && b->weak)
        return 0;
    /* the first figure's own noun, left out of its span: "7 years and" */
    size_t ul = strlen(a->unit), wl = strcspn(gap, " ");
    if (ul && a->unit[0] >= 'a' && a->unit[0] <= 'z' && (gap[wl] == ' ' || !gap[wl]) &&
        ((wl == ul && !strncmp(gap, a->unit, ul)) || (wl + 1 == ul && a->unit[wl] == 's' && !strncmp(gap, a->unit, wl)))) {
        /* (the unit alone, "13 years 6 months", joins only a duration) */
        if (!gap[wl])
            return two_unit_duration("", a, b);
        memmove(gap, gap + wl + 1, strlen(gap + wl + 1) + 1);
    }
    return two_unit_duration(gap, a, b) || range_from(p, gap, a, b) || range_pair(p, gap, a, b);
}
