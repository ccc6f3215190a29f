/* scan.c — document bytes in, candidate quantities with byte spans out.
 *
 * The hot loop (scan_next) looks at each byte once through a class table:
 * most bytes are skipped, letters are skipped a word at a time, and only
 * a digit, a full-width digit or a word that may be a number word ("one",
 * "a dozen", "half") stops it. At such a point the reader is liberal
 * (read_num takes any digit run, groups and decimals) and the judge is
 * strict: the bytes and words around the numeral decide whether it is a
 * claim, in the way Lua's read_numeral reads first and converts after.
 */
#define _GNU_SOURCE   /* memrchr */
#include "scan.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "diag.h"
#include "limits.h"
#include "lines.h"
#include "localcur.h"
#include "csvrows.h"
#include "density.h"
#include "durations.h"
#include "elided.h"
#include "multipliers.h"
#include "pagemarks.h"
#include "natcur.h"
#include "fxrate.h"
#include "hedgelist.h"
#include "join.h"
#include "markers.h"
#include "smallword.h"
#include "annualsum.h"
#include "cellmark.h"
#include "compound.h"
#include "nounphrase.h"
#include "prose.h"
#include "quantity.h"
#include "quantity_zh.h"
#include "scan_zh.h"
#include "zhhedge.h"
#include "scores.h"
#include "sentence.h"
#include "answerword.h"
#include "numforms.h"
#include "spelled.h"
#include "tables.h"
#include "tables_frame.h"
#include "tables_unit.h"
#include "utf8.h"
#include "ages.h"
#include "daysheld.h"
#include "keyfig.h"
#include "votes.h"
#include "textwalk.h"

/* ---- byte classes and UTF-8 ---- */

enum { K_DIGIT = 1, K_ALPHA = 2, K_NL = 4, K_FW = 8, K_UPPER = 16, K_NWSTART = 32, K_HAN = 64 };
static unsigned char cls[256];

static void cls_init(void)
{
    for (int c = '0'; c <= '9'; c++)
        cls[c] = K_DIGIT;
    for (int c = 'a'; c <= 'z'; c++)
        cls[c] = K_ALPHA;
    for (int c = 'A'; c <= 'Z'; c++)
        cls[c] = K_ALPHA | K_UPPER;
    /* first letters of the number words: one two three four five six
     * seven eight nine ten ... dozen half third quarter */
    for (const char *f = "otfsendhq"; *f; f++) {
        cls[(unsigned char)*f] |= K_NWSTART;
        cls[(unsigned char)(*f - 32)] |= K_NWSTART;
    }
    cls['\n'] = K_NL;
    cls[0xEF] = K_FW;   /* full-width forms start with EF BC */
    for (int c = 0xE4; c <= 0xE9; c++)
        cls[c] = K_HAN;  /* U+4000..U+9FFF: Han characters, where a Chinese numeral may start */
}

/* The code point at p[i] (utf8.h; ASCII inline); *len gets its length.
 * Invalid bytes give U+FFFD with length 1, so callers always advance. */
static inline long dec(const unsigned char *p, size_t n, size_t i, size_t *len)
{
    return utf8_decode((const char *)p + i, n - i, len);
}

/* The code point ending at p[i) (i > 0); *start gets where it begins. */
static long dec_prev(const unsigned char *p, size_t i, size_t *start)
{
    return utf8_prev((const char *)p, i, start);
}

static int is_dash_cp(long c)
{
    return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}


/* ---- the numeral reader (liberal) ---- */

typedef struct Num {
    size_t start, end;
    double v;
    int intdig;    /* digits before the decimal point, groups included */
    int grouped;   /* had thousands separators */
    int decimal;
    int lead0;     /* "0100": an identifier, not a quantity */
} Num;

/* Three ASCII digits at p[j] not followed by a fourth. */
static int three_digits(const unsigned char *p, size_t n, size_t j)
{
    return j + 3 <= n && ascii_isdigit(p[j]) && ascii_isdigit(p[j + 1]) && ascii_isdigit(p[j + 2]) &&
           (j + 3 == n || !ascii_isdigit(p[j + 3]));
}

/* Length of a group separator at p[i] (',' or a space kind), or 0. */
static size_t group_sep(const unsigned char *p, size_t n, size_t i, int *space)
{
    *space = 0;
    if (p[i] == ',')
        return 1;
    if (p[i] == ' ')
        return *space = 1, 1;
    size_t l;
    long c = dec(p, n, i, &l);
    if (c == 0xA0 || c == 0x2009 || c == 0x202F)
        return *space = 1, l;
    return 0;
}

/* digits { (','|space) ddd } [ '.' digits ]. Returns 0 (with m->end past
 * the digits) when the run is too long to be a quantity. */
static int read_num(const unsigned char *p, size_t n, size_t i, Num *m)
{
    char buf[2 * CB_MAX_NUMBER_DIGITS + 8];
    size_t k = 0, l;
    int ndig = 0, first;
    memset(m, 0, sizeof *m);
    m->start = i;
    i = tw_take_digits(p, n, i, buf, &k, &ndig, CB_MAX_NUMBER_DIGITS);
    first = ndig;
    int space_kind = -1;
    while (i < n && first <= 3) {
        int sp;
        size_t sl = group_sep(p, n, i, &sp);
        if (!sl || (space_kind >= 0 && sp != space_kind) || !three_digits(p, n, i + sl))
            break;
        /* "1 234" but never "in 2015 234": only short first groups. */
        space_kind = sp;
        for (int j = 0; j < 3; j++)
            if (++ndig <= CB_MAX_NUMBER_DIGITS)
                buf[k++] = (char)p[i + sl + (size_t)j];
        i += sl + 3;
        m->grouped = 1;
    }
    m->intdig = ndig;
    size_t fs = 0, ce = m->grouped ? 0 : numforms_decimal_comma(p, n, i, &fs);
    if ((i + 1 < n && p[i] == '.' && tw_digit_at(p, n, i + 1, &l) >= 0) || ce) {
        if (ndig <= CB_MAX_NUMBER_DIGITS)
            buf[k++] = '.';
        i = tw_take_digits(p, n, ce ? fs : i + 1, buf, &k, &ndig, CB_MAX_NUMBER_DIGITS);
        m->decimal = 1;
    }
    double sign = m->decimal ? 0 : numforms_fraction_sign(p, n, i, &l);   /* "8½" (numforms.h) */
    m->end = sign > 0 ? l : i;
    if (ndig > CB_MAX_NUMBER_DIGITS)
        return 0;
    buf[k] = 0;
    m->lead0 = buf[0] == '0' && m->intdig > 1;
    m->v = tw_numeral_value(buf, k) + sign;
    m->decimal |= sign > 0;
    return 1;
}

static int year_like(const Num *m)
{
    return m->intdig == 4 && !m->grouped && !m->decimal && m->v >= 1800 && m->v <= 2100;
}

/* End of the non-blank chunk holding p[i] (for skipping identifiers).
 * Chinese puts no blanks between words: a Han character or a Chinese
 * mark ends the chunk too ("5G基站337.7万个" skips "5G" only); a pipe
 * ends a field of an export's row ("SC-PK-01|Pakistan|124.7"). */
static size_t chunk_end(const unsigned char *p, size_t n, size_t i)
{
    while (i < n) {
        size_t l;
        long c = dec(p, n, i, &l);
        if (c == '\n' || c == '|' || tw_is_blank(c))
            break;
        if (c >= 0x3000 && qzh_ends_word(c))
            break;
        i += l;
    }
    return i;
}

/* Is the comma at p[c] a separator of a comma-separated export's row? */
static int csv_cell(const unsigned char *p, size_t n, size_t c)
{
    size_t ls = c, le = c, hs, he;
    while (ls > 0 && p[ls - 1] != '\n' && c - ls < 400)
        ls--;
    while (le < n && p[le] != '\n' && le - c < 400)
        le++;
    if ((ls > 0 && p[ls - 1] != '\n') || (le < n && p[le] != '\n'))
        return 0;
    if (le > ls && p[le - 1] == '\r')
        le--;
    return csvrows_block(p, ls, le, &hs, &he) && hs != ls;
}

/* Does a blank (ASCII or typographic) end at p[e] / start at p[s]? */
static int blank_before(const unsigned char *p, size_t s)
{
    size_t ps;
    return p[s - 1] <= ' ' || (p[s - 1] >= 0x80 && tw_is_blank(dec_prev(p, s, &ps)));
}

static int blank_at(const unsigned char *p, size_t n, size_t e)
{
    size_t l;
    return p[e] <= ' ' || (p[e] >= 0x80 && tw_is_blank(dec(p, n, e, &l)));
}

/* Does the chunk around p[i] look like a URL, e-mail, handle or path?
 * Looks at most 256 bytes each way, up to the nearest blank or pipe (a
 * field of an export's row is a chunk of its own): a thin or no-break
 * space ends the chunk as a space does ("1 1 1 ..." with thin spaces
 * once looked 512 bytes around every digit: 0.7 MB/s). */
static int in_identifier(const unsigned char *p, size_t n, size_t i)
{
    size_t s = i, e = i;
    while (s > 0 && i - s < 256 && !blank_before(p, s) && p[s - 1] != '|')
        s--;
    while (e < n && e - i < 256 && !blank_at(p, n, e) && p[e] != '|')
        e++;
    for (size_t j = s; j < e; j++) {
        if (p[j] == '@' || p[j] == '_' || p[j] == '\\' || p[j] == '=')
            return 1;
        if (p[j] == ':' && j + 2 < e && p[j + 1] == '/' && p[j + 2] == '/')
            return 1;
        if (j + 4 <= e && tw_weq(p + j, 4, "www."))
            return 1;
        if (j + 3 <= e && tw_weq(p + j, 3, "doi") && (j == s || !ascii_isalpha(p[j - 1])))
            return 1;
    }
    return 0;
}

/* ---- reference lines ---- */

static int in_reference(Scanner *s)
{
    if (s->line_kind < 0)
        s->line_kind = lines_is_reference((const char *)s->p, s->n, s->line);
    return s->line_kind;
}

/* ---- the judge ---- */

typedef struct Cand {
    size_t start, end;     /* span so far */
    double a, b;           /* value(s) before scaling */
    int range;
    double scale;
    int short_scale;       /* scale was "m"/"b": needs a currency */
    int note;              /* a note letter glued after: "58.5b" (cellmark.h) */
    const char *cur;       /* ISO code */
    int pct, pp, mult;
    Qualifier qual;
    int is_word;
    char unit[64];
    size_t head_s, head_e, cap_s, cap_e, label_s, label_e;   /* see ScanQuantity */
    int col_year;
    int paren;             /* a table's accounting negative: "(12.4)" */
    int weak;              /* names no noun: a list's item, maybe */
    size_t lead;           /* where a hedge before it ends, when not at start ("more than a factor of 3") */
    int odd;               /* "40-odd", "forty-odd": about */
    int acct;              /* an accounting negative, the bytes past its digits it takes: 1 for
                            * "$(1,146.2) million" (after its currency), 2 for "(16.5)%" */
} Cand;

/* A scale word at p[i] (after blanks, or after a hyphen: "$79-million"). */
static size_t read_scale(const unsigned char *p, size_t n, size_t i, Cand *c)
{
    size_t j = i;
    if (j < n && p[j] == '-')
        j++;
    else
        j = tw_skip_blanks(p, n, j);
    size_t e = j;   /* letters only: "600-million-strong" */
    while (e < n && ascii_isalpha(p[e]))
        e++;
    if (e == j || (e < n && ascii_isdigit(p[e])))
        return i;
    double m;
    if (e - j <= 6 && e + 2 < n && p[e] == '-' && p[e + 1] == '\n') {
        /* "7.5 mil-\nlion": a scale hyphenated at a line break */
        size_t k = e + 2, ke;
        while (k < n && (p[k] == ' ' || p[k] == '\t'))
            k++;
        for (ke = k; ke < n && ascii_isalpha(p[ke]) && ke - k < 8;)
            ke++;
        char w[16];
        if (ke > k && (e - j) + (ke - k) < sizeof w) {
            memcpy(w, p + j, e - j);
            memcpy(w + (e - j), p + k, ke - k);
            m = qty_scale(w, (e - j) + (ke - k), 0);
            if (m > 0) {
                c->scale = m;
                return ke;
            }
        }
    }
    m = qty_scale((const char *)p + j, e - j, 1);
    if (m <= 0)
        return i;
    /* "m" / "b" standing alone after a blank are too ambiguous ("5 m"),
     * but not after a sum's currency ("USD 1,922.0 m", "$12 m") */
    int shrt = qty_scale((const char *)p + j, e - j, 0) <= 0;
    size_t cs;
    if (shrt && j != i &&
        !qty_currency_sign_before((const char *)p, tw_skip_blanks_back(p, c->start), &cs))
        return i;
    c->scale = m;
    c->short_scale = shrt;
    /* "1.39 lakh crore", "two hundred million": scales multiply */
    {
        size_t j2 = tw_skip_blanks(p, n, e), e2 = tw_word_end(p, n, j2);
        double m2 = j2 > e ? qty_scale((const char *)p + j2, e2 - j2, 0) : 0;
        if (m2 > 0 && m != 100) {
            c->scale = m * m2;
            return e2;
        }
    }
    if (m == 100) {
        Cand t = *c;
        size_t e2 = read_scale(p, n, e, &t);
        if (e2 != e) {
            c->scale = 100 * t.scale;
            return e2;
        }
    }
    return e;
}

/* "%", "per cent", "percent", "pct", "percentage points", "pp". */
static size_t read_percent(const unsigned char *p, size_t n, size_t i, Cand *c)
{
    if (i < n && p[i] == '%')
        return c->pct = 1, i + 1;
    if (i + 2 < n && p[i] == 0xEF && p[i + 1] == 0xBC && p[i + 2] == 0x85)
        return c->pct = 1, i + 3;
    /* "a 45-percent increase", "a 12-per-cent rise": hyphenated */
    if (i + 1 < n && p[i] == '-' && ascii_isalpha(p[i + 1])) {
        size_t ke = tw_word_end(p, n, i + 1);
        if (tw_weq(p + i + 1, ke - i - 1, "percent") || tw_weq(p + i + 1, ke - i - 1, "per-cent"))
            return c->pct = 1, ke;
        if (tw_weq(p + i + 1, ke - i - 1, "percentage-point"))
            return c->pp = 1, ke;   /* "a 3-percentage-point gain" */
    }
    size_t j = tw_skip_blanks(p, n, i);
    if (j < n && p[j] == '%' && j > i && p[i] != '\t' && !(p[i] == ' ' && p[i + 1] == ' '))   /* (not a cell's) */
        return c->pct = 1, j + 1;
    size_t e = tw_word_end(p, n, j);
    if (e == j)
        return i;
    if (tw_weq(p + j, e - j, "percent") || tw_weq(p + j, e - j, "pct") || tw_weq(p + j, e - j, "per-cent"))
        return c->pct = 1, e;
    if (tw_weq(p + j, e - j, "per")) {
        /* (also "per-\ncent", hyphenated at a line break) */
        int wrap = e + 1 < n && p[e] == '-' && (p[e + 1] == '\n' || p[e + 1] == '\r');
        size_t k = tw_skip_blanks(p, n, wrap ? e + 1 : e), ke = tw_word_end(p, n, k);
        if (tw_weq(p + k, ke - k, "cent"))
            return c->pct = 1, ke;
        return i;
    }
    if (tw_weq(p + j, e - j, "percentage")) {
        size_t k = tw_skip_blanks(p, n, e), ke = tw_word_end(p, n, k);
        if (tw_weq(p + k, ke - k, "points") || tw_weq(p + k, ke - k, "point"))
            return c->pp = 1, ke;
        return c->pct = 1, e;
    }
    /* "12 basis points", "12 bps", "12 bp": pp == 2 */
    if (tw_weq(p + j, e - j, "basis")) {
        size_t k = tw_skip_blanks(p, n, e), ke = tw_word_end(p, n, k);
        if (tw_weq(p + k, ke - k, "points") || tw_weq(p + k, ke - k, "point"))
            return c->pp = 2, ke;
        return i;
    }
    if ((tw_weq(p + j, e - j, "bps") || tw_weq(p + j, e - j, "bp")) && (e >= n || !ascii_isalnum(p[e])))
        return c->pp = 2, e;
    if (cellmark_share_points(p, c->start, j, e))
        return c->pp = 1, e;   /* "19.8%   +2.4 pts" (cellmark.h) */
    /* "3 pp" are percentage points; "42 pp." are pages, "+2.1 pp." not */
    int signed_num = (c->start > 0 && p[c->start - 1] == '+') || p[c->start] == '-';
    if ((tw_weq(p + j, e - j, "pp") || tw_weq(p + j, e - j, "ppt") || tw_weq(p + j, e - j, "ppts")) &&
        !(e < n && p[e] == '.' && !signed_num) && c->a < 100)
        return c->pp = 1, e;
    return i;
}

/* A currency word after the number: "50 billion yuan", "100 US dollars". */
static size_t read_currency_after(const unsigned char *p, size_t n, size_t i, Cand *c)
{
    /* "a 5.6-billion-yuan agreement": a scaled sum hyphenated to its
     * currency (not "a 50-yuan note", a denomination) */
    size_t j = c->scale != 1 && i + 1 < n && p[i] == '-' && ascii_isalpha(p[i + 1]) ? i + 1 : tw_skip_blanks(p, n, i);
    size_t e = tw_word_end(p, n, j);
    if (e == j)
        return i;
    if (e + 3 < n && tw_weq(p + j, e - j, "u") && p[e] == '.' && (p[e + 1] == 'S' || p[e + 1] == 's') &&
        p[e + 2] == '.') {
        size_t k = tw_skip_blanks(p, n, e + 3), ke = tw_word_end(p, n, k);
        if (tw_weq(p + k, ke - k, "dollars") || tw_weq(p + k, ke - k, "dollar"))
            return c->cur = "USD", ke;
        return i;
    }
    if (tw_weq(p + j, e - j, "us") && e + 1 < n) {
        size_t k = tw_skip_blanks(p, n, e), ke = tw_word_end(p, n, k);
        if (tw_weq(p + k, ke - k, "dollars") || tw_weq(p + k, ke - k, "dollar"))
            return c->cur = "USD", ke;
        return i;
    }
    size_t ne;
    const char *code = natcur_at(p, n, j, &ne);   /* "6,500 Kenyan shillings" */
    /* (not across a cell or a line: "6.5\nChinese yuan  2.1" is a table's
     * next row label) */
    if (code && !memchr(p + i, '\t', ne - i) && !memchr(p + i, '\n', j - i))
        return c->cur = code, ne;
    code = qty_currency_word((const char *)p + j, e - j);
    /* "1.21 trillion won", "50,000 won"; not "3 won approval", nor a
     * header's "Lots won" (no currency word of its own: a verb) */
    if (!code && tw_weq(p + j, e - j, "won") && (c->scale != 1 || c->a >= 1000))
        code = "KRW";
    if (!code || tw_weq(p + j, e - j, "rs") || tw_weq(p + j, e - j, "rand") || tw_weq(p + j, e - j, "tk") ||
        tw_weq(p + j, e - j, "rm"))
        return i;
    /* a code in the next cell or on the next line is not this figure's */
    if (memchr(p + i, '\t', j - i) || (memchr(p + i, '\n', j - i) && ascii_isupper(p[j]) && ascii_isupper(p[j + 1])))
        return i;
    c->cur = code;
    return e;
}

/* An all-capitals word after a number: a unit only beside a scale ("49.2
 * million TEU"), never alone ("2025 OSC"). */
#define NK_CAPS ((NounKind)100)

/* The counted noun after p[i]: skips up to two modifiers ("new",
 * "internet") to the head. Returns its kind; *ws, *we its slice. */
/* The end of a quoted phrase of a few words opening at p[j] ("Smart
 * City", “safe city”), or 0. */
static size_t quoted_end(const unsigned char *p, size_t n, size_t j)
{
    size_t k;
    int curly = j + 2 < n && p[j] == 0xE2 && p[j + 1] == 0x80 && (p[j + 2] == 0x9C || p[j + 2] == 0x98);
    if (curly)
        k = j + 3;
    else if (j < n && p[j] == '"')
        k = j + 1;
    else
        return 0;
    for (size_t e = k; e < n && e - k < 40; e++) {
        if (p[e] == '\n' || p[e] == '.')
            return 0;
        if (curly ? e + 2 < n && p[e] == 0xE2 && p[e + 1] == 0x80 && (p[e + 2] == 0x9D || p[e + 2] == 0x99) : p[e] == '"')
            return e > k ? e + (curly ? 3 : 1) : 0;
    }
    return 0;
}

/* A plural noun glued to a function word in scraped text
 * ("projectswhich", "countriesand"): the noun's length, or 0. */
static size_t glued_noun(const unsigned char *w, size_t l)
{
    static const char *const tails[] = {"which", "that", "and", "with", "were", "are", "have", "has", "in",
                                        "for", "from", "across", "including", NULL};
    for (int t = 0; tails[t]; t++) {
        size_t tl = strlen(tails[t]);
        if (l > tl + 3 && tw_weq(w + l - tl, tl, tails[t]) && w[l - tl - 1] == 's' &&
            qty_noun_kind((const char *)w, l - tl) == NK_COUNT)
            return l - tl;
    }
    return 0;
}

/* Does the line break at p[e] only wrap a paragraph ("11 cable\nprojects"),
 * rather than end a list item or a table row (sentence.h)? */
static int wrapped_line(const unsigned char *p, size_t n, size_t e)
{
    return sentence_wraps((const char *)p, n, e);
}

/* A key figure opening its line or list item, its noun after a colon
 * ("- 4: cables damaged", "More than 80: countries with ..."): from the
 * line's start (past a bullet) to the colon at p[i), a figure and at most
 * three words. */
static int key_figure(const unsigned char *p, size_t i)
{
    size_t k = i, words = 0;
    while (k > 0 && p[k - 1] != '\n')
        k--;
    while (k < i && (p[k] == ' ' || p[k] == '-' || p[k] == '*' || p[k] == 0xE2 || p[k] == 0x80 || p[k] == 0xA2))
        k++;
    for (size_t t = k; t < i; t++) {
        if (!ascii_isalnum(p[t]) && p[t] != ' ' && p[t] != ',' && p[t] != '.')
            return 0;
        words += ascii_isalpha(p[t]) && (t == k || p[t - 1] == ' ');
    }
    return k < i && words <= 3;
}

/* Does a capitalised word follow p[e) on its line ("States Parties")?
 * Is p[i) inside a quoted title on its line ("Satellite TV for 10,000
 * African Villages"), whose capitals name, not count? */
static int upper_after(const unsigned char *p, size_t n, size_t e)
{
    return e + 1 < n && p[e] == ' ' && ascii_isupper(p[e + 1]);
}
static int in_quotes(const unsigned char *p, size_t i)
{
    int open = 0;
    for (size_t k = i; k > 0 && i - k < 200 && p[k - 1] != '\n'; k--)
        open ^= p[k - 1] == '"' || (k >= 3 && p[k - 3] == 0xE2 && p[k - 2] == 0x80 && (p[k - 1] == 0x9C || p[k - 1] == 0x9D));
    return open;
}

static NounKind counted_noun_d(const unsigned char *p, size_t n, size_t i, size_t *ws, size_t *we, int depth);

/* A modifier before a counted noun, read past: a quoted one (58 "Smart
 * City" contracts), a measure ("4.4 million 90-day active customers"), a
 * network generation ("120,000 5G base stations"), a place abbreviated
 * with stops ("40 U.S. carriers"). 1: *j moved past it; 0: none there;
 * -1: what follows is no counted noun. */
static int skip_modifier(const unsigned char *p, size_t n, size_t *jp)
{
    size_t j = *jp;
    /* a quoted modifier: 58 "Smart City" contracts, 12 ‘safe city’ deals */
    size_t qe = quoted_end(p, n, j);
    if (qe) {
        j = tw_skip_blanks(p, n, qe);
        *jp = j;
        return j == qe ? -1 : 1;
    }
    /* a measure before the noun: "4.4 million 90-day active customers" */
    if (j + 3 < n && ascii_isdigit(p[j])) {
        size_t k = j;
        while (k < n && ascii_isdigit(p[k]))
            k++;
        if (k + 1 < n && p[k] == '-' && ascii_isalpha(p[k + 1]) && durations_unit((const char *)p + k + 1,
                                                                             tw_word_end(p, n, k + 1) - k - 1)) {
            size_t ke = tw_word_end(p, n, k + 1);
            j = tw_skip_blanks(p, n, ke);
            *jp = j;
            return j == ke ? -1 : 1;
        }
    }
    /* a network generation before the noun: "120,000 5G base stations",
     * "3 million 4G/5G radio units" */
    if (j + 2 < n && ascii_isdigit(p[j]) && (p[j + 1] == 'G' || p[j + 1] == 'g')) {
        size_t k = j + 2;
        if (k + 3 <= n && p[k] == '/' && ascii_isdigit(p[k + 1]) && (p[k + 2] == 'G' || p[k + 2] == 'g'))
            k += 3;
        if (k < n && (p[k] == ' ' || p[k] == '\t')) {
            *jp = tw_skip_blanks(p, n, k);
            return 1;
        }
    }
    /* a place abbreviated with stops modifies: "40 U.S. carriers",
     * "two U.S.-based defendants", "12 U.K. firms" */
    if (j + 4 < n && ascii_isupper(p[j]) && p[j + 1] == '.' && ascii_isupper(p[j + 2]) && p[j + 3] == '.') {
        size_t k = j + 4;
        if (k + 1 < n && ascii_isupper(p[k]) && p[k + 1] == '.')
            k += 2;
        if (k < n && p[k] == '-' && k + 1 < n && p[k + 1] >= 'a' && p[k + 1] <= 'z')
            k = tw_word_end(p, n, k + 1);
        size_t k2 = tw_skip_blanks(p, n, k);
        if (k2 > k && k2 < n && p[k2] >= 'a' && p[k2] <= 'z' && !memchr(p + k, '\n', k2 - k)) {
            *jp = k2;
            return 1;
        }
        return -1;
    }
    return 0;
}

/* A word in capitals where a counted noun may be: a name, not a counted
 * thing ("2025 World"), except a known count ("12 additional MPSAs", "All
 * 193 Member States"), a demonym ("120 million Nigerians"), a proper
 * adjective before a counted noun ("54 African states", "five Southeast
 * Asian countries"), a unit symbol in capitals ("MW", "TEU") or an
 * acronym before a noun ("17 BRI countries"). The word is [*j, e), the
 * w-th after the number at i. The noun's kind, with [*ws, *we) set as
 * counted_noun_d does; -1: a modifier ("120 AI-enabled cameras"), *j
 * moved past it to read on. */
static int capital_noun(const unsigned char *p, size_t n, size_t i, size_t *j, size_t e, int w, size_t *ws,
                        size_t *we, int depth)
{
    size_t jw = *j;
    /* Proper nouns are names, not counted things ("2025 World"),
     * except unit symbols written in capitals ("MW", "GB", "TEU")
     * and acronyms before a noun ("17 BRI countries"). */
    int caps = 1, plural = e - jw >= 3 && e - jw <= 7 && p[e - 1] == 's';
    for (size_t t = jw; t < e; t++) {
        caps &= ascii_isupper(p[t]) || (t > jw && (p[t] == 'b' || p[t] == 'p' || p[t] == 's' || p[t] == 'h'));
        plural &= t == e - 1 || ascii_isupper(p[t]);
    }
    if (plural || (!caps && qty_is_known_count((const char *)p + jw, e - jw) && !upper_after(p, n, e) &&
                   !in_quotes(p, i))) {
        *ws = jw, *we = e;   /* "12 additional MPSAs", "All 193 Member States", "90 States have" */
        return NK_COUNT;
    }
    /* "120 AI-enabled cameras": a name hyphenated to a participle modifies */
    const unsigned char *hy = memchr(p + jw, '-', e - jw);
    if (!caps && hy && hy + 3 < p + e && p[e - 1] >= 'a' && p[e - 1] <= 'z' && hy[1] >= 'a' && hy[1] <= 'z' && w < 3) {
        *j = tw_skip_blanks(p, n, e);
        if (*j == e || (p[e] == '\n' && !wrapped_line(p, n, e)))
            return NK_NONE;
        return -1;
    }
    if (!caps || e - jw > 5 || e - jw < 2) {
        /* "54 African states", "1,000 Chinese firms": a proper
         * adjective right before a counted noun */
        size_t j2 = tw_skip_blanks(p, n, e), e2 = tw_word_end(p, n, j2);
        size_t L = e - jw;
        int nationality = L > 4 && (tw_weq(p + e - 2, 2, "an") || tw_weq(p + e - 3, 3, "ese") ||
                                    tw_weq(p + e - 3, 3, "ish") || tw_weq(p + e - 2, 2, "ic") ||
                                    tw_weq(p + e - 1, 1, "i"));
        /* a demonym counts people: "120 million Nigerians now use" */
        if (L > 4 && (tw_weq(p + e - 3, 3, "ans") || tw_weq(p + e - 3, 3, "ese") || tw_weq(p + e - 2, 2, "is")) &&
            !(j2 > e && e2 > j2 && !ascii_isupper(p[j2]) &&
              qty_noun_kind((const char *)p + j2, e2 - j2) == NK_COUNT)) {
            *ws = jw, *we = e;
            return NK_COUNT;
        }
        if (nationality && j2 > e && e2 > j2 && !ascii_isupper(p[j2]) &&
            qty_noun_kind((const char *)p + j2, e2 - j2) == NK_COUNT) {
            *ws = j2, *we = e2;
            return NK_COUNT;
        }
        /* proper-noun modifiers before a lower-case counted noun:
         * "three Pacific island nations", "five Southeast Asian
         * countries" (at most two capitalised words; the head must
         * be a known counted noun, not "3 Xi meets leaders") */
        size_t ws2 = 0, we2 = 0, from = e;
        /* "West and Central African countries": two names joined */
        if (j2 > e && (tw_weq(p + j2, e2 - j2, "and") || tw_weq(p + j2, e2 - j2, "or"))) {
            size_t j3 = tw_skip_blanks(p, n, e2);
            if (j3 > e2 && j3 < n && ascii_isupper(p[j3]))
                from = e2;
        }
        if (!caps && depth < 2 && j2 > e && (p[e] != '\n' || wrapped_line(p, n, e)) &&
            counted_noun_d(p, n, from, &ws2, &we2, depth + 1) == NK_COUNT && !(ascii_isupper(p[ws2]) && in_quotes(p, i)) &&
            (nationality || qty_is_known_count((const char *)p + ws2, we2 - ws2))) {
            *ws = ws2, *we = we2;
            return NK_COUNT;
        }
        return NK_NONE;
    }
    if (qty_is_known_count((const char *)p + jw, e - jw)) {
        *ws = jw, *we = e;
        return NK_COUNT;
    }
    size_t j2 = tw_skip_blanks(p, n, e), we2 = 0, ws2 = 0;
    if (j2 > e && depth < 2 && counted_noun_d(p, n, e, &ws2, &we2, depth + 1) == NK_COUNT) {
        *ws = ws2, *we = we2;
        return NK_COUNT;
    }
    *ws = jw, *we = e;
    return NK_CAPS;
}

/* The noun a number at p[i) counts, its word at [*ws, *we) (depth: how
 * deep a proper adjective's reading has gone). By phase: where the noun
 * may start (past a box's dash or a key figure's colon, not on a new
 * line); then up to four words: modifiers read past (skip_modifier), a
 * word joined over a line break, a word in capitals (capital_noun), a
 * time phrase, "more", glued words, a discourse adjective or noun, words
 * joined by "and", and the modifiers that name a thing before the head. */
static NounKind counted_noun_d(const unsigned char *p, size_t n, size_t i, size_t *ws, size_t *we,
                               int depth)
{
    size_t j = tw_skip_blanks(p, n, i);
    /* "17 – countries with DSR MoUs": a box of key numbers */
    if (depth == 0 && j + 4 < n && j > i && p[j] == 0xE2 && p[j + 1] == 0x80 && (p[j + 2] == 0x93 || p[j + 2] == 0x94) &&
        p[j + 3] == ' ' && p[j + 4] >= 'a' && p[j + 4] <= 'z')
        j = j + 4;
    else if (depth == 0 && j == i && i + 2 < n && p[i] == ':' && p[i + 1] == ' ' && p[i + 2] >= 'a' && p[i + 2] <= 'z' &&
             key_figure(p, i))
        j = i + 2;   /* "- 4: cables damaged in the Red Sea" */
    /* a wrapped line goes on in lower case; a capital starts something
     * new, as does any line after a heading, a list item or a row */
    const unsigned char *nl = j > i ? memchr(p + i, '\n', j - i) : NULL;
    if (nl && !wrapped_line(p, n, (size_t)(nl - p)))
        return NK_NONE;
    int concrete = 0;   /* a modifier naming a thing came before: "landing" */
    for (int w = 0; w < 4; w++) {
        /* modifiers before the noun: skip_modifier */
        int sm = skip_modifier(p, n, &j);
        if (sm < 0)
            return NK_NONE;
        if (sm > 0)
            continue;
        size_t e = tw_word_end(p, n, j);
        if (e == j)
            return NK_NONE;
        /* a word hyphenated at a line break ("offi-\ncials") is one word */
        char joined[64];
        const char *wp = (const char *)p + j;
        size_t wl = e - j, c = e + 1 + (e + 1 < n && p[e + 1] == '\r');
        if (c + 1 < n && p[e] == '-' && p[c] == '\n' && p[c + 1] >= 'a' && p[c + 1] <= 'z') {
            size_t e2 = tw_word_end(p, n, c + 1);
            if (wl + e2 - c - 1 <= sizeof joined) {
                memcpy(joined, p + j, wl);
                memcpy(joined + wl, p + c + 1, e2 - c - 1);
                wl += e2 - c - 1;
                wp = joined;
                e = e2;
            }
        }
        NounKind k = qty_noun_kind(wp, wl);
        /* "46 least developed countries", "one million online jobs": a
         * function word that is also a modifier, before a noun; "32,000
         * reports of hacking": a verb's form is a noun before "of" */
        int modifier = k == NK_NONE && w == 0 && qty_is_modifier(wp, wl) && !tw_weq(p + j, e - j, "more");
        int verb_s = k == NK_NONE && w == 0 && wl > 3 && wp[wl - 1] == 's';
        if ((modifier || verb_s) && !ascii_isupper(p[j])) {
            size_t j2 = tw_skip_blanks(p, n, e), e2 = tw_word_end(p, n, j2);
            const unsigned char *nl2 = j2 > e ? memchr(p + e, '\n', j2 - e) : NULL;
            int same_line = j2 > e && e2 > j2 && (!nl2 || wrapped_line(p, n, (size_t)(nl2 - p)));
            if (same_line && modifier && !ascii_isupper(p[j2]) && qty_noun_kind((const char *)p + j2, e2 - j2) != NK_NONE)
                k = NK_ADJ;
            else if (same_line && verb_s && tw_weq(p + j2, e2 - j2, "of"))
                k = NK_COUNT;
        }
        /* a number word starts another figure: "49.5 million three months" */
        if (qty_number_word(wp, wl) >= 0)
            return NK_NONE;
        if (ascii_isupper(p[j])) {
            int cn = capital_noun(p, n, i, &j, e, w, ws, we, depth);
            if (cn >= 0)
                return (NounKind)cn;
            continue;
        }
        /* "4,512,000 last year": a time phrase, not the counted noun */
        if (w == 0 && (tw_weq(p + j, e - j, "last") || tw_weq(p + j, e - j, "next") || tw_weq(p + j, e - j, "this")))
            return NK_NONE;
        /* "four more states": "more" before a noun, not "more than" */
        if (w == 0 && tw_weq(p + j, e - j, "more")) {
            size_t j2 = tw_skip_blanks(p, n, e), e2 = tw_word_end(p, n, j2);
            if (j2 > e && p[e] != '\n' && !tw_weq(p + j2, e2 - j2, "than"))
                k = NK_ADJ;
        }
        /* scraped text glues words: "projectswhich" counts projects */
        if (k == NK_OTHER && wl > 6 && wp == (const char *)p + j) {
            size_t g = glued_noun(p + j, wl);
            if (g) {
                *ws = j, *we = j + g;
                return NK_COUNT;
            }
        }
        /* "three major outages": a discourse adjective before a counted
         * noun is a modifier; "12 landing points": a discourse noun after
         * a concrete modifier is a counted thing */
        if (k == NK_ABSTRACT && !concrete && w < 3) {
            /* (or before a modifier and a counted noun: "2,160 primary
             * sampling units") */
            size_t j2 = tw_skip_blanks(p, n, e), e2 = tw_word_end(p, n, j2);
            NounKind k2 = j2 > e && e2 > j2 && !ascii_isupper(p[j2]) ? qty_noun_kind((const char *)p + j2, e2 - j2) : NK_NONE;
            if (k2 == NK_ADJ || k2 == NK_OTHER) {
                size_t j3 = tw_skip_blanks(p, n, e2), e3 = tw_word_end(p, n, j3);
                k2 = j3 > e2 && e3 > j3 && !memchr(p + e2, '\n', j3 - e2) && qty_noun_kind((const char *)p + j3, e3 - j3) == NK_COUNT
                         ? NK_COUNT
                         : NK_NONE;
            }
            if (k2 == NK_COUNT && p[e] != '\n') {
                j = j2;
                continue;
            }
        }
        if (k == NK_ABSTRACT && concrete)
            k = NK_COUNT;
        /* "46 bilateral and multilateral documents": modifiers joined */
        if (w > 0 && (tw_weq(p + j, e - j, "and") || tw_weq(p + j, e - j, "or"))) {
            size_t j2 = tw_skip_blanks(p, n, e), e2 = tw_word_end(p, n, j2);
            NounKind k2 = e2 > j2 ? qty_noun_kind((const char *)p + j2, e2 - j2) : NK_NONE;
            if (j2 > e && p[e] != '\n' && (k2 == NK_ADJ || k2 == NK_OTHER)) {
                j = j2;
                w--;
                continue;
            }
        }
        if (k == NK_ADJ || (k == NK_OTHER && w < 3)) {
            /* "landing", "data", "submarine" name things, as does a noun
             * before the head ("five border areas", "four focus groups");
             * "notable", "typical" only judge them */
            concrete |= (k == NK_OTHER) || (wl > 4 && tw_weq((const unsigned char *)wp + wl - 3, 3, "ing")) ||
                        (k == NK_ADJ && !(wl > 3 && (tw_weq((const unsigned char *)wp + wl - 2, 2, "al") ||
                                                     tw_weq((const unsigned char *)wp + wl - 2, 2, "ic") ||
                                                     tw_weq((const unsigned char *)wp + wl - 2, 2, "ed") ||
                                                     tw_weq((const unsigned char *)wp + wl - 3, 3, "ous") ||
                                                     tw_weq((const unsigned char *)wp + wl - 3, 3, "ive") ||
                                                     tw_weq((const unsigned char *)wp + wl - 3, 3, "ful"))));
            j = tw_skip_blanks(p, n, e);
            if (j > e && p[e] == '\n' && !wrapped_line(p, n, e))
                return NK_NONE;
            continue;
        }
        *ws = j, *we = e;
        return k == NK_OTHER ? NK_NONE : k;
    }
    return NK_NONE;
}

static NounKind counted_noun(const unsigned char *p, size_t n, size_t i, size_t *ws, size_t *we)
{
    return counted_noun_d(p, n, i, ws, we, 0);
}

/* The nearest counted noun among the few words before p[i) in the same
 * clause, for a scaled figure that names no noun after it. */
/* "the (total) number of mobile phone users of ... reached": the noun
 * after "number of" within the sixteen words before p[i), in the same
 * clause. */
static int number_of_before(const unsigned char *p, size_t n, size_t i, size_t *ws, size_t *we)
{
    size_t j = i;
    for (int w = 0; w < 16 && j > 0; w++) {
        while (j > 0 && (p[j - 1] == ' ' || p[j - 1] == '\n' || p[j - 1] == '(' || p[j - 1] == ')'))
            j--;
        /* past a comma and the figures and years of a comparison: "the
         * number of loans declined, from 87 in 2016 to 49" */
        if (j > 1 && p[j - 1] == ',' && p[j - 2] != ',') {
            j--;
            continue;
        }
        size_t e = j;
        while (j > 0 && (ascii_isalpha(p[j - 1]) || p[j - 1] == '-'))
            j--;
        if (j == e) {
            /* (a year only: "in 2016") */
            while (j > 0 && ascii_isdigit(p[j - 1]))
                j--;
            if (e - j != 4 || (p[j] != '1' && p[j] != '2') || (j > 0 && ascii_isalpha(p[j - 1])))
                return 0;
            continue;
        }
        if (tw_weq(p + j, e - j, "of")) {
            size_t ns, nl = tw_word_before(p, j, &ns);
            if (nl && tw_weq(p + ns, nl, "number")) {
                /* past a possessive: "the number of its overseas points" */
                size_t k = tw_skip_blanks(p, n, e), ke = tw_word_end(p, n, k);
                if (tw_weq(p + k, ke - k, "its") || tw_weq(p + k, ke - k, "their") || tw_weq(p + k, ke - k, "our") ||
                    tw_weq(p + k, ke - k, "the"))
                    e = ke;
                return counted_noun(p, n, e, ws, we) == NK_COUNT;
            }
        }
    }
    return 0;
}

static int noun_before(const unsigned char *p, size_t i, size_t *ws, size_t *we)
{
    size_t j = i;
    int breaks = 0;
    for (int w = 0; w < 8 && j > 0; w++) {
        /* blanks, and one line break of a wrapped sentence */
        while (j > 0 && (p[j - 1] == ' ' || p[j - 1] == ':' || p[j - 1] == '\t' || p[j - 1] == '\r' ||
                         (p[j - 1] == '\n' && !breaks++)))
            j--;
        size_t e = j;
        /* words with inner hyphens: "Sub-Saharan" */
        while (j > 0 && (ascii_isalpha(p[j - 1]) || (p[j - 1] == '-' && j > 1 && ascii_isalpha(p[j - 2]) && j < e)))
            j--;
        if (j == e)
            return 0;   /* punctuation or a digit: the clause ends */
        size_t len = e - j;
        if (qty_is_known_count((const char *)p + j, len) ||
            (qty_noun_kind((const char *)p + j, len) == NK_COUNT && !ascii_isupper(p[j]))) {
            *ws = j, *we = e;
            return 1;
        }
    }
    return 0;
}

/* A ratio that is its own unit, named among the twelve words before
 * the decimal at p[i) in its clause (numbers passed over): "power usage
 * effectiveness (PUE) is 1.4", "cut the PUE of our data centres to 1.27,
 * from 1.32", "a target power usage effectiveness of no more than 1.5",
 * a field "Average PUE of modular DCs: 1.25". Its unit, or NULL. Not
 * across a table's cells, but a field's key and its tab ("PUE<TAB>1.35"). */
static const char *ratio_before(const unsigned char *p, size_t i)
{
    size_t j = i;
    for (int w = 0; w < 12 && j > 0; w++) {
        while (j > 0 && (p[j - 1] == ' ' || p[j - 1] == '(' || p[j - 1] == ')' || p[j - 1] == ',' ||
                         (p[j - 1] == ':' && w == 0) || (p[j - 1] == '\t' && w == 0)))
            j--;
        size_t e = j;
        while (j > 0 && (ascii_isdigit(p[j - 1]) || (p[j - 1] == '.' && j > 1 && ascii_isdigit(p[j - 2]))))
            j--;
        if (j < e)
            continue;
        while (j > 0 && ascii_isalpha(p[j - 1]))
            j--;
        if (j == e)
            return NULL;
        /* (a tab before the ratio's own name only: "PUE<TAB>1.35") */
        const char *u = qty_ratio_name((const char *)p + j, e - j);
        if (!u && memchr(p + e, '\t', i - e))
            return NULL;
        if (!u)
            u = qty_ratio_spelled((const char *)p, j, e);
        if (u)
            return u;
    }
    return NULL;
}

/* Does p[s..e) hold a thousands separator ("102,356", "4 512 000")? */
static int grouped_digits(const unsigned char *p, size_t s, size_t e)
{
    for (size_t i = s + 1; i + 1 < e; i++)
        if ((p[i] == ',' || p[i] == ' ') && ascii_isdigit(p[i - 1]) && ascii_isdigit(p[i + 1]))
            return 1;
    return 0;
}


/* A range's second number after the first: "-15", "–15", " to 15",
 * " and 15" (after "between"). Fills b and returns its end, or 0. cur
 * (len bytes) is the currency written before the first ("RMB ", "US$"):
 * the second may repeat it ("RMB 11.2 billion to RMB 11.5 billion"). */
static size_t read_range_tail(const unsigned char *p, size_t n, size_t i, int between, Num *b,
                              int *dash, int *cur_b, const unsigned char *cur, size_t len)
{
    *cur_b = 0;
    size_t l, j = i;
    long c = j < n ? dec(p, n, j, &l) : -1;
    *dash = 0;
    if (is_dash_cp(c) && c != 0x2212) {
        j += l;
        *dash = 1;
    } else {
        size_t k = tw_skip_blanks(p, n, j);
        if (k < n && (c = dec(p, n, k, &l), is_dash_cp(c)) && k > j && c != '-' && !tw_column_gap(p, j, k)) {
            /* (not cells: "7.00      —      18.00" holds an empty one) */
            j = tw_skip_blanks(p, n, k + l);
            if (tw_column_gap(p, k + l, j))
                return 0;
            *dash = 1;
        } else {
            size_t e = tw_word_end(p, n, k);
            /* (*dash 2: "or", a guess between two near numbers, which
             * the caller weighs: "13 or 14 percent") */
            int either = k > j && tw_weq(p + k, e - k, "or");
            if (!(k > j && (either || tw_weq(p + k, e - k, "to") || (between && tw_weq(p + k, e - k, "and")))))
                return 0;
            j = tw_skip_blanks(p, n, e);
            *dash = either ? 2 : 0;
        }
    }
    size_t cs = j;
    /* an optional repeated currency sign: "$5-$7 billion", "€1 to €2",
     * "US$120 to US$140" */
    if (len && j + len < n && !memcmp(p + j, cur, len))
        j += len;
    else if (j < n && p[j] == '$')
        j++;
    else if (j + 2 < n && !memcmp(p + j, "\xe2\x82\xac", 3))
        j += 3;
    else if (j + 1 < n && !memcmp(p + j, "\xc2\xa3", 2))
        j += 2;
    *cur_b = j != cs;
    if (tw_digit_at(p, n, j, &l) < 0)
        return 0;
    if (!read_num(p, n, j, b))
        return 0;
    return b->end;
}

/* "in" or "out of" between the two numbers of a share ("4 in 10",
 * "two out of three"): the end of the words, or 0. */
static size_t share_word(const unsigned char *p, size_t n, size_t j, size_t je)
{
    if (tw_weq(p + j, je - j, "in")) {   /* "six in ten", "one in every four" */
        size_t k = tw_skip_blanks(p, n, je), ke = tw_word_end(p, n, k);
        return tw_weq(p + k, ke - k, "every") ? ke : je;
    }
    if (tw_weq(p + j, je - j, "out")) {
        size_t k = tw_skip_blanks(p, n, je), ke = tw_word_end(p, n, k);
        if (tw_weq(p + k, ke - k, "of")) {
            /* "87 out of every 100 people" */
            size_t k2 = tw_skip_blanks(p, n, ke), ke2 = tw_word_end(p, n, k2);
            return tw_weq(p + k2, ke2 - k2, "every") ? ke2 : ke;
        }
    }
    return 0;
}

static void set_unit(Cand *c, const char *u);

/* Does "ratio of" (hedges between) stand before p[i) (multipliers.h)? */
static int ratio_named(const unsigned char *p, size_t i)
{
    int ratio = 0;
    return mult_named_before((const char *)p, i, &ratio) && ratio;
}

/* "1.5 times more", "rose 3.2 times": a multiplier; "downloaded 1.8
 * million times": a count of downloads (multipliers.h). */
static size_t read_times(const unsigned char *p, size_t n, size_t i, Cand *c)
{
    size_t e;
    const char *noun = NULL;
    TimesKind k = mult_times((const char *)p, n, c->start, i, &e, &noun);
    if (k == TIMES_X)
        c->mult = 1;
    else if (k == TIMES_COUNT)
        set_unit(c, noun);
    return k == TIMES_NONE ? i : e;
}

static void set_unit(Cand *c, const char *u)
{
    strcopy(c->unit, sizeof c->unit, u);
}

/* Make q from c; value and bounds from the qualifier. */
static void emit(const Cand *c, ScanQuantity *q)
{
    q->start = c->start;
    q->end = c->end;
    q->qual = c->qual;
    q->low = q->high = NAN;
    double a = c->a * c->scale, b = c->b * c->scale;
    if (c->range) {
        q->value = (a + b) / 2;
        q->low = a, q->high = b;
        q->qual = Q_RANGE;
    } else {
        q->value = a;
        if (c->qual == Q_MIN)
            q->low = a;
        else if (c->qual == Q_MAX)
            q->high = a;
    }
    strcopy(q->unit, sizeof q->unit, c->unit);
    q->head_s = c->head_s;
    q->head_e = c->head_e;
    q->cap_s = c->cap_s;
    q->cap_e = c->cap_e;
    q->label_s = c->label_s;
    q->label_e = c->label_e;
    q->year = c->col_year;
    q->weak = c->weak;
}

/* Qualifiers written after the number: "or more", "or so", "+". */
static void trailing_qualifier(const unsigned char *p, size_t n, Cand *c)
{
    if (c->qual != Q_EXACT || c->range)
        return;
    size_t i = c->end;
    if (i < n && p[i] == '+') {
        c->qual = Q_MIN;
        c->end = i + 1;
        return;
    }
    /* a Chinese table's cell: "3000以上" */
    if (i < n && p[i] >= 0x80 && (c->qual = scan_zh_hedge_after((const char *)p, n, i)) != Q_EXACT)
        return;
    size_t j = tw_skip_blanks(p, n, i), e = tw_word_end(p, n, j);
    size_t k = tw_skip_blanks(p, n, e), ke = tw_word_end(p, n, k);
    if (tw_weq(p + j, e - j, "plus") && (ke == k || !ascii_isdigit(p[k])))
        c->qual = Q_MIN;
    else if (tw_weq(p + j, e - j, "or") || tw_weq(p + j, e - j, "and")) {
        if (tw_weq(p + k, ke - k, "more") || tw_weq(p + k, ke - k, "over") || tw_weq(p + k, ke - k, "above"))
            c->qual = Q_MIN;
        else if (tw_weq(p + k, ke - k, "less") || tw_weq(p + k, ke - k, "fewer") ||
                 tw_weq(p + k, ke - k, "below") || tw_weq(p + k, ke - k, "under"))
            c->qual = Q_MAX;
        else if (tw_weq(p + j, e - j, "or") && tw_weq(p + k, ke - k, "so"))
            c->qual = Q_APPROX;
    }
}

/* Does p[start, end) stand between two cells of a row: a tab or two
 * blanks before it and after it, and more of the line after? */
static int gap_cell(const unsigned char *p, size_t n, size_t start, size_t end)
{
    int before = start >= 1 && (p[start - 1] == '\t' || (start >= 2 && p[start - 1] == ' ' && p[start - 2] == ' '));
    int after = end + 1 < n && (p[end] == '\t' || (p[end] == ' ' && p[end + 1] == ' '));
    size_t k = end;
    while (k < n && (p[k] == ' ' || p[k] == '\t'))
        k++;
    return before && after && k < n && p[k] != '\n' && p[k] != '\r';
}

/* A bare number in a table row counts what its column header, row label
 * or caption says (tables.h); a year in a row is its date, not a figure. */
static int table_cell(Scanner *s, Cand *c, size_t num_end)
{
    /* a year, or a span of years; another range is a cell's ("1–1.5"
     * MW), and so is a year's look-alike under a header naming what it
     * counts ("cameras": 1950) */
    int yearish = (c->range || num_end - c->start == 4) && c->a >= 1900 && c->a <= 2100 && c->a == floor(c->a) &&
                  !(c->start + 1 < s->n && s->p[c->start + 1] == ',');   /* ("2,100–2,400" km) */
    TableCell cell;
    if (yearish && (c->range || c->start - s->line > 400 || !memchr(s->p + s->line, '|', c->start - s->line)))
        return 0;   /* (only a pipe table's header names its columns' counts) */
    tables_frame_hold(s->id);   /* (a row's figures share its frame) */
    int in = tables_cell((const char *)s->p, s->n, s->line, c->start, num_end, c->a == floor(c->a), &cell);
    tables_frame_hold(0);
    if (!in)
        return 0;
    if (yearish && !cell.head_unit)
        return 0;
    const TableUnit *u = &cell.unit;
    c->head_s = cell.head_s;
    c->head_e = cell.head_e;
    c->cap_s = cell.cap_s;
    c->cap_e = cell.cap_e;
    c->label_s = cell.label_s;
    c->label_e = cell.label_e;
    c->col_year = cell.year;
    if (u->pct) {
        c->pct = 1;
        set_unit(c, "%");
    } else if (u->cur) {
        c->cur = u->cur;
        c->scale *= u->scale;
        set_unit(c, u->cur);
        if (u->per)
            snprintf(c->unit, sizeof c->unit, "%s%s", u->cur, u->per);
    } else {
        c->scale *= u->scale;
        set_unit(c, u->noun);
    }
    const unsigned char *p = s->p;
    /* "Fault location (approx.)" over the column, "Enterprises (number,
     * approx.)" labelling the row */
    if (c->qual == Q_EXACT && (tables_unit_approx(p, cell.head_s, cell.head_e) || tables_unit_approx(p, cell.label_s, cell.label_e)))
        c->qual = Q_APPROX;
    /* "(12.4)": an accounting negative, brackets and all */
    c->paren = c->start > s->line && p[c->start - 1] == '(' && num_end < s->n && p[num_end] == ')';
    return 1;
}

/* Where the number's own text and its context meet: currency before,
 * qualifier before, unit after. Returns 1 when c is a claim. */
/* A unit symbol right after the number, on its line: its unit. */
static int unit_symbol_after(const unsigned char *p, size_t n, Cand *c)
{
    size_t j = c->end, bl;
    /* (a no-break or thin space too: "12.8\u00a0Tbit/s") */
    while (j < n && tw_is_blank(utf8_decode((const char *)p + j, n - j, &bl)))
        j += bl;
    const char *u;
    size_t l;
    if (j == c->end || !(l = qty_unit_symbol_at((const char *)p + j, n - j, &u)))
        return 0;
    /* "5 m people" are five million, not metres */
    size_t ws, we;
    if ((!strcmp(u, "m") && counted_noun(p, n, j + l, &ws, &we) == NK_COUNT) ||
        qty_names_band(u, (const char *)p, n, j + l))
        return 0;   /* (nor is "the 700 MHz band" an amount: quantity.h) */
    set_unit(c, u);
    return 1;
}

/* Does a counted noun or a measured duration follow p[e)? ("two cable
 * ships", "more than two years" of a shutdown; not "one of", "two
 * sides") */
static int counts_next(const unsigned char *p, size_t n, size_t e)
{
    size_t ws, we;
    NounKind k = counted_noun(p, n, e, &ws, &we);
    return k == NK_COUNT || (k == NK_DURATION && durations_unit((const char *)p + ws, we - ws));
}

/* May the bare number c, which names no noun, stand as a weak quantity
 * (an item whose noun its sentence names)? A whole number that is no
 * year; "one" and "two" only as a comparison's or list's item. */
static int weak_item(const Scanner *s, const Cand *c, int year)
{
    if (!s->weak || year || c->range || c->a < 1 || c->a >= 1e7)
        return 0;
    /* (a decimal only in a run "respectively" closes: elided.h) */
    if (c->a != floor(c->a) && !elided_respective_run((const char *)s->p, s->n, c->end))
        return 0;
    /* "(2)", "[3]": a note's number, in brackets of its own; "3. Methods":
     * a list's or section's number */
    const unsigned char *p = s->p;
    if (c->start == s->line && c->end < s->n && (p[c->end] == '.' || p[c->end] == ')'))
        return 0;
    /* "1. Mars rover finds ... 2. Election": a list's numbering, after
     * punctuation rather than a word */
    size_t b = tw_skip_blanks_back(p, c->start);
    if (!c->is_word && c->a < 100 && c->end + 2 < s->n && p[c->end] == '.' && p[c->end + 1] == ' ' &&
        ascii_isupper(p[c->end + 2]) && b > 0 && !ascii_isalpha(p[b - 1]))
        return 0;
    if (c->start > 0 && c->end < s->n && (p[c->start - 1] == '(' || p[c->start - 1] == '[') &&
        (p[c->end] == ')' || p[c->end] == ']') && !elided_bracket_item((const char *)p, c->start, c->end))
        return 0;   /* (not "Play (94 victims), Akira (89)": elided.h) */
    return !(c->is_word && c->a < 3) || smallword_item_anchor(s->p, c->start, c->a == 2) ||
           smallword_more_next(s->p, s->n, c->end) || (c->a == 2 && smallword_partitive(p, s->n, c->end));
}

/* The last phase of judge_noun: the unit of a figure that counts the
 * noun k at [ws, we) ("17 satellites"; not "the two countries" of a set
 * named before), or, with no noun after it, the noun its clause reports
 * on ("the number of overseas points of presence rose to 233", "internet
 * users reached 5.4 billion"), a ratio ("a PUE of 1.19"), a score ("the
 * score rose to 48.7"), a chart's field ("Asia 47 | Pacific 8"), a table
 * cell's, or a weak item its sentence may name. 0: no claim. */
static int judge_named(Scanner *s, Cand *c, size_t num_end, NounKind k, size_t ws, size_t we, int year,
                       int small_word, int decimal)
{
    const unsigned char *p = s->p;
    size_t n = s->n;
    if (k == NK_COUNT || k == NK_ABSTRACT) {
        if (year && !qty_is_known_count((const char *)p + ws, we - ws))
            return 0;
        /* "the two countries" refers to a set named before, "All four
         * operators" counts one (smallword.h) */
        if (small_word) {
            size_t bs;
            size_t bl = tw_word_before(p, c->start, &bs);
            if (bl && qty_is_determiner((const char *)p + bs, bl) &&
                !smallword_counted_set(p, n, c->a, c->end, bs, bl))
                return 0;
        }
        qty_unit_name((const char *)p + ws, we - ws, c->unit, sizeof c->unit);
    } else if (c->scale == 1) {
        /* "complaints rose to 102,356": a grouped figure counts the
         * noun its clause reports on; otherwise a bare number counts
         * nothing; a decimal after a ratio's name is that ratio ("Average
         * PUE of modular DCs: 1.25" counts no DCs) */
        const char *named_ratio = decimal && !year ? ratio_before(p, c->start) : NULL;
        if (named_ratio) {
            set_unit(c, named_ratio);
        } else if (number_of_before(p, n, c->start, &ws, &we)) {
            /* "the number of overseas points of presence rose to 233" */
            qty_unit_name((const char *)p + ws, we - ws, c->unit, sizeof c->unit);
        } else if (!year && nounphrase_count_subject((const char *)p, c->start, c->unit, sizeof c->unit)) {
            /* "Vehicle counts ... rose from an average of 9" */
        } else if ((!grouped_digits(p, c->start, num_end) && (year || decimal)) || !nounphrase_reported((const char *)p, c->start, &ws, &we)) {
            const char *ratio = decimal ? ratio_before(p, c->start) : NULL;
            const char *score = NULL;
            if (ratio) {
                set_unit(c, ratio);   /* "a PUE of 1.19" */
            } else if (!table_cell(s, c, num_end)) {
                /* "the score rose to 48.7", "27 /100" (scores.h) */
                if (!year && (score = scores_bare((const char *)p, n, c->start, c->end, c->a)))
                    set_unit(c, score);
                else if (!year && cellmark_chart_field(p, n, c->start, c->end) && cellmark_chart_noun(p, c->start, &ws, &we))
                    qty_unit_name((const char *)p + ws, we - ws, c->unit, sizeof c->unit);   /* "Asia 47 | Pacific 8" */
                else if (!weak_item(s, c, year))
                    return 0;
                else
                    c->weak = 1;   /* its sentence may name its noun: lists.h */
            }
        } else {
            qty_unit_name((const char *)p + ws, we - ws, c->unit, sizeof c->unit);
        }
    } else if (number_of_before(p, n, c->start, &ws, &we) || nounphrase_reported((const char *)p, c->start, &ws, &we) ||
               noun_before(p, c->start, &ws, &we)) {
        /* "internet users reached 5.4 billion", "offline: 2.6 billion",
         * "the number of mobile phone users ... reached 1.727 billion" */
        qty_unit_name((const char *)p + ws, we - ws, c->unit, sizeof c->unit);
    } else {
        /* a field's scaled value: "Population (2023)<TAB>126.5 million" */
        double scale = c->scale;
        if (!table_cell(s, c, num_end) || c->cur || c->pct)
            c->scale = scale, c->unit[0] = '\0', c->cur = NULL, c->pct = 0;
    }
    return 1;
}

/* A bare number, no noun after it, that the words around it measure:
 * "Inventory days improved to 198 from 214" (days, daysheld.h), "died at
 * 74", "a median age of about 27" (years, ages.h), "nine votes in favor
 * and four against" (the other side's votes, votes.h). Its unit, or NULL. */
static const char *bare_measured(const unsigned char *p, size_t n, const Cand *c)
{
    int plain = c->scale == 1 && !c->range;
    if (plain && daysheld_subject((const char *)p, c->start))
        return "days";
    if (plain && ages_at((const char *)p, n, c->start, c->end))
        return "years";
    if (votes_other_side((const char *)p, n, c->start, c->end))
        return "votes";
    return NULL;
}

/* The counted-noun phase of judge, for a figure of no currency, share,
 * multiple or unit symbol: the noun after it says what it counts ("17
 * satellites", "100 or more cables"), unless it is a row's date, a
 * density ("2.1 per 100 inhabitants"), a range of durations ("15 to 20
 * years"), a duration measured ("averaged 11 hours"), a part of a whole
 * ("412 of the sites"), a score's points, or a bare number its clause
 * names ("the number of overseas points of presence rose to 233"). 0: no
 * claim; 1: a claim, its unit set (judge adds the hedge after it). */
static int judge_noun(Scanner *s, Cand *c, size_t num_end, size_t e, int year, int small_word, int decimal)
{
    const unsigned char *p = s->p;
    size_t n = s->n;
    size_t ws = 0, we = 0;
    /* a year in a row's cell between others ("781      2024   ITU") is
     * the row's date, not a count of what the next cell says */
    if (year && gap_cell(p, n, c->start, c->end))
        return 0;
    /* (a table row's last cell counts nothing on the next row: tables.h) */
    NounKind k = tables_row_end((const char *)p, n, c->start, c->end) ? NK_NONE
                                                                      : counted_noun(p, n, c->end, &ws, &we);
    /* "remained at 2.1 per 100 inhabitants": a density (density.h) */
    char base[48];
    if (k != NK_COUNT && c->scale == 1 && !year && density_base_after((const char *)p, n, c->end, base, sizeof base) &&
        base[0]) {
        if (nounphrase_reported((const char *)p, c->start, &ws, &we))
            qty_unit_name((const char *)p + ws, we - ws, c->unit, sizeof c->unit);
        size_t ul = strlen(c->unit);
        snprintf(c->unit + ul, sizeof c->unit - ul, "%s%s", ul ? " " : "", base);
        return 1;
    }
    if (k == NK_NONE) {
        /* "100 or more cables", "500-plus firms" */
        size_t j = tw_skip_blanks(p, n, c->end), je = tw_word_end(p, n, j);
        size_t j2 = tw_skip_blanks(p, n, je), je2 = tw_word_end(p, n, j2);
        if ((tw_weq(p + j, je - j, "or") || tw_weq(p + j, je - j, "and")) && je2 > j2 &&
            (tw_weq(p + j2, je2 - j2, "more") || tw_weq(p + j2, je2 - j2, "so") || tw_weq(p + j2, je2 - j2, "fewer") ||
             tw_weq(p + j2, je2 - j2, "less") || tw_weq(p + j2, je2 - j2, "over")))
            k = counted_noun(p, n, je2, &ws, &we);
        else if (tw_weq(p + j, je - j, "plus"))
            k = counted_noun(p, n, je, &ws, &we);
    }
    /* "17 communication, remote sensing and meteorological
     * satellites", "4 separate shutdown and blocking orders"
     * (nounphrase.h) */
    if ((k == NK_NONE || (k == NK_ABSTRACT && p[we - 1] != 's')) &&
        nounphrase_listed_head((const char *)p, n, c->end, &ws, &we))
        k = NK_COUNT;
    /* (a word in capitals in the next tab cell is that cell's: "12.0<TAB>USD") */
    if (k == NK_CAPS && memchr(p + e, '\t', ws > e ? ws - e : 0))
        k = NK_NONE;
    if (k == NK_CAPS)
        k = c->scale != 1 || decimal ? NK_COUNT : NK_NONE;
    /* "a maturity of 15 to 20 years": a range of durations is a
     * figure; a lone duration ("five years", "two decades") is not */
    if (k == NK_DURATION && c->range && c->scale == 1 &&
        (tw_weq(p + ws, we - ws, "years") || tw_weq(p + ws, we - ws, "months") || tw_weq(p + ws, we - ws, "weeks") ||
         tw_weq(p + ws, we - ws, "days")) && !durations_framed((const char *)p, c->start)) {
        size_t j = tw_skip_blanks(p, n, we), je = tw_word_end(p, n, j);
        if (tw_weq(p + j, je - j, "ago") || tw_weq(p + j, je - j, "later") || tw_weq(p + j, je - j, "earlier"))
            return 0;   /* "10-15 years ago": a time */
        qty_unit_name((const char *)p + ws, we - ws, c->unit, sizeof c->unit);
        return 1;
    }
    /* a duration measured, not framing time: "averaged 11 hours",
     * "up to five weeks", "Maturity: 20 years", "1.06 million training
     * hours", "restored within 48 hours" (at most), "repayable over 20
     * years" (exactly: the term's "over") (durations.h) */
    int dm = k == NK_DURATION && !year && durations_unit((const char *)p + ws, we - ws)
                 ? durations_measured((const char *)p, n, c->start, ws, we)
                 : DUR_NO;
    if (dm != DUR_NO) {
        set_unit(c, durations_unit((const char *)p + ws, we - ws));
        if (dm == DUR_OVER && c->qual == Q_MIN)
            c->qual = Q_EXACT;
        else if (dm == DUR_WITHIN && c->qual == Q_EXACT)
            c->qual = Q_MAX;
        return 1;
    }
    /* "page 3 of 10" is furniture; "some 326 million of those users"
     * is a figure (a scale is no page number) */
    if (k == NK_FURNITURE && c->scale != 1 && tw_weq(p + ws, we - ws, "of")) {
        /* the part counts what the whole does: "of those users" */
        size_t j2 = tw_skip_blanks(p, n, we), e2 = tw_word_end(p, n, j2);
        k = NK_NONE;
        if (qty_is_determiner((const char *)p + j2, e2 - j2) || tw_weq(p + j2, e2 - j2, "the"))
            k = counted_noun(p, n, e2, &ws, &we);
        if (k != NK_COUNT)
            k = NK_NONE;
    }
    /* "11 of 26 projects", "36 of which": a part of what is counted
     * next or before (a weak quantity: lists.h) */
    /* "where 412 of the sites are located": a part of the whole
     * named right after */
    if (k == NK_FURNITURE && tw_weq(p + ws, we - ws, "of") && !year && c->a >= 1 && c->a == floor(c->a)) {
        size_t j2 = tw_skip_blanks(p, n, we), e2 = tw_word_end(p, n, j2), ns, ne;
        if ((tw_weq(p + j2, e2 - j2, "the") || tw_weq(p + j2, e2 - j2, "these") ||
             tw_weq(p + j2, e2 - j2, "those") || qty_is_possessive((const char *)p + j2, e2 - j2)) &&
            counted_noun(p, n, e2, &ns, &ne) == NK_COUNT) {
            qty_unit_name((const char *)p + ns, ne - ns, c->unit, sizeof c->unit);
            return 1;
        }
    }
    if (k == NK_FURNITURE && tw_weq(p + ws, we - ws, "of") && weak_item(s, c, year)) {
        size_t j2 = tw_skip_blanks(p, n, we), e2 = tw_word_end(p, n, j2);
        if (j2 < n && (ascii_isdigit(p[j2]) || tw_weq(p + j2, e2 - j2, "which") || tw_weq(p + j2, e2 - j2, "whom") ||
                       tw_weq(p + j2, e2 - j2, "them") || tw_weq(p + j2, e2 - j2, "these") ||
                       tw_weq(p + j2, e2 - j2, "those") || tw_weq(p + j2, e2 - j2, "the") ||
                       qty_is_possessive_at((const char *)p, n, j2, e2))) {
            c->weak = 1;
            return 1;
        }
    }
    /* "won 139 votes", "We received 4 responses", "9 votes in favour":
     * a tally, not a page's counter (votes.h) */
    const char *tally = k == NK_FURNITURE && !year ? votes_tally((const char *)p, n, c->start, ws, we) : NULL;
    if (tally) {
        set_unit(c, tally);
        return 1;
    }
    if (k == NK_DURATION || k == NK_FURNITURE)
        return 0;
    /* a bare number that the words around it measure */
    const char *measured = k == NK_NONE && !year ? bare_measured(p, n, c) : NULL;
    if (measured) {
        set_unit(c, measured);
        return 1;
    }
    /* "by 3.2 points", "gained 12 points": a score's (scores.h) */
    if (k == NK_ABSTRACT && (tw_weq(p + ws, we - ws, "points") || tw_weq(p + ws, we - ws, "point")) &&
        (decimal || scores_points((const char *)p, n, c->start, ws))) {
        set_unit(c, scores_points_unit((const char *)p, c->start));
        return 1;
    }
    /* "11 points of presence": a network's sites, counted */
    if (k == NK_ABSTRACT && (tw_weq(p + ws, we - ws, "points") || tw_weq(p + ws, we - ws, "point"))) {
        size_t j = tw_skip_blanks(p, n, we), je = tw_word_end(p, n, j);
        size_t k2 = tw_skip_blanks(p, n, je), ke2 = tw_word_end(p, n, k2);
        if (tw_weq(p + j, je - j, "of") && tw_weq(p + k2, ke2 - k2, "presence")) {
            set_unit(c, "points of presence");
            return 1;
        }
    }
    if (k == NK_ABSTRACT && c->a <= 20 && c->scale == 1)
        return 0;
    return judge_named(s, c, num_end, k, ws, we, year, small_word, decimal);
}

/* Is candidate c a claim? By phase: its currency (a sign or code before
 * the number, then a word after it: not an exchange rate, not a price
 * base), its hedge word before it, its unit (a sum and the rate it is
 * paid at, a share but not "95% CI", points, a multiple, a glued unit or
 * a symbol), else the noun it counts (judge_noun); then a hedge after
 * it. 0: no claim. */
static int judge(Scanner *s, Cand *c, size_t num_end, int year, int small_word, int decimal)
{
    const unsigned char *p = s->p;
    size_t n = s->n;
    size_t e = num_end;
    (void)year;
    /* currency before the number: "$", "US$ ", "RMB ", "KES " */
    if (!c->is_word && !c->cur) {
        size_t b = tw_skip_blanks_back(p, c->start), cs;
        /* (the sign ending a wrapped line: "about US$\n17 billion") */
        if (b > 1 && p[b - 1] == '\n' && c->start - b < 4 && wrapped_line(p, n, b - 1))
            b = tw_skip_blanks_back(p, b - 1);
        /* (a code in the cell before is that cell's: "USD<TAB>7") */
        const char *code = memchr(p + b, '\t', c->start - b) ? NULL : qty_currency_sign_before((const char *)p, b, &cs);
        if (code && cs > 0 && p[cs - 1] == '/')
            return 0;   /* an exchange rate: "USD/CNY 7.2431" */
        if (code && (b == c->start || p[b - 1] != '$' || b + 1 >= c->start)) {
            c->cur = code;
            c->start = cs;
        }
    }
    if (!c->cur && !c->pct && !c->pp) {
        e = read_currency_after(p, n, e, c);
        /* "in constant 2024 dollars": a price base, not a sum */
        size_t ws;
        size_t wl = c->cur && year ? tw_word_before(p, c->start, &ws) : 0;
        if (wl && (tw_weq(p + ws, wl, "constant") || tw_weq(p + ws, wl, "current") || tw_weq(p + ws, wl, "real") ||
                   tw_weq(p + ws, wl, "nominal")))
            return 0;
    }
    c->end = e;
    if (c->short_scale && !c->cur) {
        /* "5m people" is five million, as is "subscribers 9.82m" (a
         * known count right before it, on its line); "5m" alone is five metres. */
        size_t ws, we, bs, b = tw_skip_blanks_back(p, c->start);
        size_t bl = tw_word_before(p, b > 0 && p[b - 1] == ':' ? b - 1 : b, &bs);
        if (counted_noun(p, n, e, &ws, &we) != NK_COUNT &&
            !(bl && qty_is_known_count((const char *)p + bs, bl) && !memchr(p + bs, '\n', c->start - bs))) {
            /* "Unique mobile subscribers" over "2022: 489m" (keyfig.h) */
            if (!keyfig_heading_noun((const char *)p, n, c->start, e, &ws, &we))
                return 0;
            qty_unit_name((const char *)p + ws, we - ws, c->unit, sizeof c->unit);
        }
    }
    size_t qs;
    Qualifier q = qty_qualifier_before((const char *)p, c->lead ? c->lead : c->start, &qs);
    /* a Chinese hedge before a figure written in English ("约US$1.2
     * billion", "超过 2,000 staff") */
    size_t hb = tw_skip_blanks_back(p, c->lead ? c->lead : c->start);
    if (q == Q_EXACT && hb > 0 && p[hb - 1] >= 0x80)
        q = zhh_before(p, c->lead ? c->lead : c->start);
    if (c->range) {
        c->qual = Q_RANGE;
    } else {
        /* "between 10 and 15" is a range: the qualifier word is not a bound. */
        c->qual = q == Q_EXACT && c->odd ? Q_APPROX : q;
    }
    if (c->cur) {
        set_unit(c, c->cur);
        const char *per = qty_rate_after((const char *)p, n, c->end);
        if (!per)
            per = annual_sum_rate((const char *)p, n, c->start, c->end);
        if (per)
            snprintf(c->unit, sizeof c->unit, "%s%s", c->cur, per);
        else   /* "PKR 280 per dollar": a rate (fxrate.h) */
            fxrate_quote(p, n, c->start, c->end, c->cur, c->unit, sizeof c->unit);
    } else if (c->pct) {
        /* "95% CI" is a confidence level, not a share */
        size_t j = tw_skip_blanks(p, n, c->end), je = tw_word_end(p, n, j);
        if (tw_weq(p + j, je - j, "ci") || tw_weq(p + j, je - j, "confidence") || tw_weq(p + j, je - j, "credible"))
            return 0;
        set_unit(c, "%");
    } else if (c->pp) {
        set_unit(c, c->pp == 2 ? "bps" : "pp");
    } else if (c->mult) {
        set_unit(c, "x");
    } else if (c->unit[0]) {
        /* a unit glued to the number ("120km") */
    } else if (fxrate_quote(p, n, c->start, c->end, NULL, c->unit, sizeof c->unit)) {
        /* "the yuan traded at 6.9472 per dollar": CNY/USD (fxrate.h) */
    } else if (unit_symbol_after(p, n, c)) {
        /* "180 Tbit/s", "9.4 Mbit/s", "180 terabits per second" */
    } else if (!judge_noun(s, c, num_end, e, year, small_word, decimal)) {
        return 0;
    }
    trailing_qualifier(p, n, c);
    return 1;
}

/* Skip a rejected chunk (an identifier, a date, a phone number). */
static int reject_chunk(const unsigned char *p, size_t n, size_t i, size_t *resume)
{
    size_t e = chunk_end(p, n, i);
    /* (a cell of a comma-separated export ends at its comma: "DSR-0007,"
     * rejected leaves "...,2022,124.0" to be read) */
    const unsigned char *comma = e > i ? memchr(p + i, ',', e - i) : NULL;
    if (comma && csv_cell(p, n, (size_t)(comma - p)))
        e = (size_t)(comma - p);
    *resume = e > *resume ? e : *resume;
    return 0;
}

/* The numeral at p[i] and its context. */
/* "3.2 Ransomware incidents reported...": a numbered paragraph or
 * heading, a decimal that opens its line and is followed by a
 * capitalised word (not a scale: "2.6 Billion"); a whole number so, in a
 * list of such lines counting up ("1 Data centres", "2 Controversies"). */
/* Does the line starting at p[l] open with the whole number v and a
 * capitalised word ("2 Controversies")? */
static int line_numbered(const unsigned char *p, size_t n, size_t l, double v)
{
    while (l < n && (p[l] == ' ' || p[l] == '\t'))
        l++;
    Num m;
    if (l >= n || !ascii_isdigit(p[l]) || !read_num(p, n, l, &m) || m.decimal || m.v != v)
        return 0;
    return m.end + 1 < n && p[m.end] == ' ' && ascii_isupper(p[m.end + 1]);
}

static int section_number(const Scanner *s, const Num *a)
{
    const unsigned char *p = s->p;
    size_t k = a->start;   /* only blanks back to the line's start */
    while (k > s->line && (p[k - 1] == ' ' || p[k - 1] == '\t'))
        k--;
    if (k != s->line)
        return 0;
    size_t j = a->end;
    if (j + 2 >= s->n || p[j] != ' ' || !ascii_isupper(p[j + 1]) || ascii_isupper(p[j + 2]) || !ascii_isalpha(p[j + 2]))
        return 0;
    size_t e = tw_word_end(p, s->n, j + 1);
    if (qty_scale((const char *)p + j + 1, e - j - 1, 0) > 0)
        return 0;
    if (a->decimal)
        return 1;
    /* "1 Data centres" over "2 Controversies": a contents list's lines */
    if (a->grouped || a->v > 99)
        return 0;
    const unsigned char *nl = memchr(p + a->end, '\n', s->n - a->end);
    if (nl && line_numbered(p, s->n, (size_t)(nl - p) + 1, a->v + 1))
        return 1;
    if (s->line >= 2) {
        size_t pl = s->line - 1;
        while (pl > 0 && p[pl - 1] != '\n')
            pl--;
        return line_numbered(p, s->n, pl, a->v - 1);
    }
    return 0;
}

/* "(PDF, 2.3 MB)": the size of a download, page furniture. The number
 * p[i,end) is followed by "KB", "MB" or "GB". */
static int file_size(const unsigned char *p, size_t n, size_t i, size_t end)
{
    size_t u = end < n && p[end] == ' ' ? end + 1 : end;
    if (!(u + 2 <= n && (p[u] == 'K' || p[u] == 'k' || p[u] == 'M' || p[u] == 'G') && p[u + 1] == 'B' &&
          (u + 2 == n || !ascii_isalpha(p[u + 2]))))
        return 0;
    size_t k = tw_skip_blanks_back(p, i);
    if (k > 0 && p[k - 1] == ',')
        k = tw_skip_blanks_back(p, k - 1);
    size_t ws, wl = tw_word_before(p, k, &ws);
    static const char *const types[] = {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
                                        "zip", "epub", "csv", "mp4", "mp3", NULL};
    for (int t = 0; wl && types[t]; t++)
        if (tw_weq(p + ws, wl, types[t]))
            return 1;
    return 0;
}

/* Does a share or its change stand at p[i] ("%", " %", " pp", "ppt",
 * " bps", " percent", " percentage points")? */
/* ---- a numeral and its context, phase by phase ----
 * try_number reads a numeral liberally, then asks in turn what stands
 * right before it, what is glued right after it, which units are written
 * after it, whether a second number makes a range, and whether it is a
 * share or a multiplier; a bare number may still be a date or a label's
 * number. judge() then weighs the words around it. A phase returns
 * TRY_GO to go on or TRY_NO when the numeral is no claim (*resume then
 * says where scanning goes on); TRY_DONE when it emitted the claim. */
enum { TRY_NO = -1, TRY_GO = 0, TRY_DONE = 1 };

/* Before: a letter ("G20", "Amalia1"; but "N2.5 billion" is naira), a
 * joiner ("COVID-19", "/4.0/", "14:13"), a ticker's arrow ("▲1.2%"), a
 * sign ("-4.0" is negative, "+12%" growth, "+254 20 123" a telephone),
 * a citation bracket ("[3]"); a pipe, unless the figure fills its field;
 * a currency sign before a bracket or a percent sign after it ("$(1,146.2)
 * million", "(16.5)%" are negative). */
static int number_before(Scanner *s, const Num *a, Cand *c, int *neg, size_t *resume)
{
    const unsigned char *p = s->p;
    size_t n = s->n, i = a->start;
    if (i == 0)
        return TRY_GO;
    size_t ps, cs;
    long pc = dec_prev(p, i, &ps);
    const char *lc = pc == ' ' || (pc < 0x80 && pc >= 0 && ascii_isalpha((int)pc))
                         ? localcur_letter((const char *)p, n, i, a->end, s->cur_letter, &cs) : NULL;
    if (lc) {
        c->cur = lc;   /* "N2.5 billion", "R1.2bn", "K 159.2 million" */
        c->start = cs;
        s->cur_letter = (char)p[cs];   /* (then "K38" too) */
    } else if ((pc == '-' && ps > 1 && p[ps - 1] == '/' && p[ps - 2] == '+') || pc == 0xB1) {
        c->start = pc == '-' ? ps - 2 : ps;   /* "+/-2.5", "±3": a margin, sign and all */
    } else if (pc == 0x25B2 || pc == 0x25BC || pc == 0x25B3 || pc == 0x25BD || pc == 0x2191 || pc == 0x2193) {
        return reject_chunk(p, n, i, resume), TRY_NO;   /* a ticker's move: "HSI 17,234.56 ▲1.2%" */
    } else if (pc < 0x80 && pc >= 0 && (ascii_isalpha((int)pc) || pc == '_')) {
        if (!qty_currency_sign_before((const char *)p, i, &cs) || cs == i)
            return reject_chunk(p, n, i, resume), TRY_NO;
    } else if (pc == ',' && csv_cell(p, n, ps)) {
        /* a cell of a comma-separated export's row (csvrows.h) */
    } else if (pc == '.' && ps >= 1 && p[ps - 1] == 'c' && (ps == 1 || !ascii_isalpha(p[ps - 2])) &&
               (ps < 2 || p[ps - 2] == ' ' || p[ps - 2] == '(' || p[ps - 2] == '\n')) {
        /* "c.18%": circa glued (its qualifier: quantity.h) */
    } else if (pc == '/' || pc == ':' || pc == '@' || pc == '#' || pc == '^' || pc == '\\' || pc == '&' ||
               pc == '=' || pc == '?' || pc == '.' || pc == ',' || pc == ';' || pc == '+' || pc == '*' ||
               pc == '<' || pc == '>' || pc == 0xB7) {
        /* "+12%", "+3.4 pp" are growth; "+254 20 123 4567" is a telephone */
        /* (a table's signed cell too, sign and all: "Change" over "  +0.8  ") */
        int cell = pc == '+' && lines_cell_alone((const char *)p, n, ps, a->end);
        int growth = pc == '+' && (cellmark_share_after(p, n, a->end) || cell || cellmark_signed_change(p, n, a->end));
        if (cell)
            c->start = ps;
        if (pc == '+' && !growth)
            while (*resume < n && (ascii_isdigit(p[*resume]) || p[*resume] == ' ' || p[*resume] == '-' ||
                                   p[*resume] == '(' || p[*resume] == ')' || p[*resume] == '.'))
                (*resume)++;
        /* "**3x**": Markdown's emphasis around the figure */
        size_t k = a->end;
        while (k < n && (ascii_isalnum(p[k]) || p[k] == '%' || p[k] == '.'))
            k++;
        int emphasis = pc == '*' && k + 1 < n && p[k] == '*' && p[k + 1] == '*' && i >= 2 && p[i - 2] == '*';
        if (!(pc == '<' || pc == '>' || growth || emphasis))
            return reject_chunk(p, n, i, resume), TRY_NO;
        if (emphasis)
            c->lead = i - 2;   /* "roughly **3x**": the hedge stands before the marks */
    } else if (pc == '|' && !cellmark_cell_figure(p, n, a->end)) {
        return reject_chunk(p, n, i, resume), TRY_NO;
    } else if (is_dash_cp(pc)) {
        size_t ps2;
        long bc = ps > 0 ? dec_prev(p, ps, &ps2) : ' ';
        if (bc >= 0 && bc < 0x80 && (ascii_isalnum((int)bc) || bc == ')' || bc == '.'))
            return reject_chunk(p, n, i, resume), TRY_NO;
        if ((pc == '-' || pc == 0x2212) && (bc == ' ' || bc == 0x3000 || bc == '(' || bc == '\n' || bc == '\t' || bc == '|' || ps == 0))
            *neg = 1, c->start = ps;
    } else if (pc == '[') {
        if (a->end < n && p[a->end] == ']')
            return *resume = a->end + 1, TRY_NO;
    } else if (pc == '(' && a->end < n && p[a->end] == ')') {
        /* "$(1,146.2) million", "(16.5)%": an accounting negative, its
         * currency sign before the bracket or its percent sign after */
        const char *code = qty_currency_sign_before((const char *)p, ps, &cs);
        if (code && cs < ps)
            c->cur = code, c->start = cs, c->acct = 1, *neg = 1;
        else if (a->end + 1 < n && p[a->end + 1] == '%')
            c->pct = 1, c->start = ps, c->acct = 2, *neg = 1;
    }
    return TRY_GO;
}

/* After, glued: a scale ("2.6bn", "2.3k"), "67pc", a multiplier ("2x"),
 * a short unit ("120km"), a table cell's note letter ("44.5a"); any other
 * letter makes a name ("5G", "20th", "1e999"). A separator and a digit
 * make a time or an identifier ("14:13", "1.2.3"); a slash a date or a
 * path, or a share when "of" follows ("3/4 of"). *e gets where the
 * numeral's own text ends. */
static int number_glued(Scanner *s, const Num *a, Cand *c, size_t *e_out, ScanQuantity *q, size_t *resume)
{
    const unsigned char *p = s->p;
    size_t n = s->n, i = a->start, e = a->end, l;
    if (e < n && ascii_isalpha(p[e])) {
        size_t we = e;
        while (we < n && ascii_isalpha(p[we]))
            we++;
        if (we < n && ascii_isdigit(p[we]))
            return reject_chunk(p, n, i, resume), TRY_NO;
        const char *w = (const char *)p + e;
        double m = qty_scale(w, we - e, 1);
        int sign = i > 0 && (p[i - 1] == '+' || p[i - 1] == '-');
        int pp = cellmark_glued_pp(p, i, e, we, sign, a->decimal);
        if (we - e == 1 && cellmark_note_letter(p, n, i, e, a->decimal)) {
            c->note = 1;   /* a table cell's note letter, "44.5a", "58.5b": the figure is 44.5 */
        } else if (pp && (a->v < 100 || pp == 2)) {
            c->pp = pp;   /* "+1.3pp", "down 4pp", "40bp" (cellmark.h) */
            e = we;
        } else if (we - e == 2 && tw_weq(p + e, 2, "pc")) {
            c->pct = 1;   /* "67pc", British newspapers */
            e = we;
        } else if (m > 0) {
            c->scale = m;
            /* "2.3k" alone is a share counter; with money or a noun a figure */
            c->short_scale = qty_scale(w, we - e, 0) <= 0 || tw_weq(p + e, we - e, "k");
            e = we;
        } else if (we - e == 1 && (p[e] == 'x' || p[e] == 'X')) {
            c->mult = 1;
            e = we;
        } else if (qty_is_known_count(w, we - e) && we - e <= 4 && !tw_weq(p + e, we - e, "men")) {
            qty_unit_name(w, we - e, c->unit, sizeof c->unit);
            e = we;
        } else {
            return reject_chunk(p, n, i, resume), TRY_NO;   /* "5G", "20th", "1e999" */
        }
    } else if (e + 1 < n && (p[e] == ':' || p[e] == '.' || p[e] == ',') && ascii_isdigit(p[e + 1]) &&
               !(p[e] == ':' && a->v == 1 && !a->decimal && ratio_named(p, i))) {
        return reject_chunk(p, n, i, resume), TRY_NO;   /* 14:13, 1.2.3, 2,3; not "a ratio of 1:5" */
    } else if (!a->decimal && a->intdig >= 4 && a->intdig <= 6 && e + 2 < n && p[e] == '.' && ascii_isupper(p[e + 1]) &&
               ascii_isupper(p[e + 2]) && (e + 3 == n || !ascii_isalpha(p[e + 3]))) {
        return *resume = e + 3, TRY_NO;   /* a security's code and its exchange: "600522.SH", "0700.HK" */
    } else if (e + 1 < n && p[e] == '/' && tw_digit_at(p, n, e + 1, &l) >= 0) {
        Num d;
        if (!a->decimal && a->intdig <= 2 && read_num(p, n, e + 1, &d) && !d.decimal && d.intdig <= 2 &&
            d.v > a->v && d.v > 0 && (d.end >= n || (p[d.end] != '/' && !ascii_isalnum(p[d.end])))) {
            size_t j = tw_skip_blanks(p, n, d.end), je = tw_word_end(p, n, j);
            if (tw_weq(p + j, je - j, "of")) {
                c->a = 100.0 * a->v / d.v;
                c->pct = 1;
                c->end = d.end;
                if (!judge(s, c, d.end, 0, 0, 0))
                    return reject_chunk(p, n, i, resume), TRY_NO;
                emit(c, q);
                *resume = c->end;
                return TRY_DONE;
            }
        }
        /* "scored 27/100": a score over its scale (scores.h) */
        if (!a->decimal && read_num(p, n, e + 1, &d) && !d.decimal && d.v >= 5 && d.v >= a->v &&
            scores_before((const char *)p, i)) {
            set_unit(c, "points");
            c->end = e;
            if (!judge(s, c, e, 0, 0, 0))
                return reject_chunk(p, n, i, resume), TRY_NO;
            emit(c, q);
            *resume = d.end;
            return TRY_DONE;
        }
        return reject_chunk(p, n, i, resume), TRY_NO;
    }
    *e_out = e;
    return TRY_GO;
}

/* Units written after the numeral at p[e): a scale ("2.6 billion"), a
 * share ("%", "per cent", "percentage points"), a multiplier ("25-fold"),
 * a measure hyphenated to its unit ("a 1,200-km cable"; "a 5-year plan"
 * names a thing), a lower bound ("10,000+ staff", "3,000-plus workers").
 * Returns where they end; *plus says a lower bound was written. */
static size_t number_units(const unsigned char *p, size_t n, Cand *c, size_t e, int *plus)
{
    if (!c->mult && !c->unit[0] && c->scale == 1 && !c->note)
        e = read_scale(p, n, e, c);
    if (!c->mult && !c->unit[0])
        e = read_percent(p, n, e, c);
    /* "40-odd firms": about 40 */
    if (!c->pct && !c->mult && c->scale == 1 && e + 4 <= n && p[e] == '-' && tw_weq(p + e + 1, 3, "odd") &&
        (e + 4 == n || !ascii_isalpha(p[e + 4]))) {
        c->odd = 1;
        e += 4;
    }
    /* "25-fold", "a 2.4-times expansion" */
    if (!c->pct && !c->mult && e + 5 <= n && p[e] == '-' && tw_weq(p + e + 1, 4, "fold") &&
        (e + 5 == n || !ascii_isalpha(p[e + 5]))) {
        c->mult = 1;
        e += 5;
    } else if (!c->pct && !c->mult && e + 6 <= n && p[e] == '-' && tw_weq(p + e + 1, 5, "times") &&
               (e + 6 == n || !ascii_isalpha(p[e + 6]))) {
        c->mult = 1;
        e += 6;
    }
    if (!c->pct && !c->pp && !c->mult && !c->unit[0] && c->scale == 1 && e + 1 < n && p[e] == '-' &&
        ascii_isalpha(p[e + 1])) {
        size_t we;
        const char *u = qty_unit_hyphen((const char *)p, n, e + 1, &we);
        /* "a 15-year loan", "a 67-day repair": the term of what follows */
        if (!u && durations_unit((const char *)p + e + 1, we - e - 1) && durations_term_after((const char *)p, n, we))
            u = durations_unit((const char *)p + e + 1, we - e - 1);
        /* "a 6.9-point rise": a score's change (scores.h) */
        if (!u && tw_weq(p + e + 1, we - e - 1, "point") && scores_point_compound((const char *)p, n, we))
            u = "points";
        if (u && (we >= n || p[we] != '-')) {
            set_unit(c, u);
            e = we;
        } else if (!u && !c->is_word && !c->cur) {
            /* "a 1,200-rack data centre" counts racks (compound.h) */
            size_t ce = compound_count(p, n, e, c->a, c->unit, sizeof c->unit);
            if (ce)
                e = ce;
        }
    }
    *plus = e < n && p[e] == '+' && (e + 1 >= n || !ascii_isdigit(p[e + 1]));
    if (*plus)
        e++;
    else if (e + 5 <= n && p[e] == '-' && tw_weq(p + e + 1, 4, "plus") && (e + 5 == n || !ascii_isalnum(p[e + 5])))
        *plus = 1, e += 5;
    return e;
}

/* A second number making a range: "10-15%", "10 to 15 per cent",
 * "between 10 and 15", "$5-$7 billion"; "ranged from 17 to 200" is one
 * too, "rose from 10 to 15" two figures. Dashes between years, chains
 * ("1-2-3"), falling pairs and leading zeros are dates and identifiers.
 * Both ends must be the same kind ("11% to $282 billion" is no range).
 * *e moves past the range when there is one. */
static int number_range(Scanner *s, const Num *a, Cand *c, size_t *e, size_t *resume)
{
    const unsigned char *p = s->p;
    size_t n = s->n, i = a->start;
    size_t bw_s, lead = c->start;
    {
        size_t b0 = tw_skip_blanks_back(p, c->start), cs;
        if (qty_currency_sign_before((const char *)p, b0, &cs))
            lead = cs;
    }
    size_t bwl = tw_word_before(p, lead, &bw_s);
    int between = bwl && tw_weq(p + bw_s, bwl, "between");
    int from = bwl && tw_weq(p + bw_s, bwl, "from");
    if (from) {
        size_t fs, fl = tw_word_before(p, bw_s, &fs);
        static const char *const vary[] = {"range", "ranges", "ranged", "ranging", "vary", "varies",
                                           "varied", "varying", "anywhere", "somewhere", NULL};
        for (int t = 0; fl && vary[t]; t++)
            if (tw_weq(p + fs, fl, vary[t]))
                from = 0;
    }
    /* "decreased by 0.7 percentage point to 28.7%": a change, then the
     * level it reached (its first end counts percentage points; "by 20% to
     * 30%" stays a range) */
    int by_change = bwl && tw_weq(p + bw_s, bwl, "by") && c->pp;
    Num b;
    int dash, cur_b;
    size_t be = c->mult || c->unit[0] || by_change
                    ? 0
                    : read_range_tail(p, n, *e, between, &b, &dash, &cur_b, p + lead, c->start - lead);
    if (be && cur_b && lead == c->start)
        be = 0;
    /* "13 or 14 percent", "20 or 30 minutes": two whole numbers, the
     * second at most twice the first, one unit after both; not "either
     * 5 or 10", not a sign before each ("$5 or $6") */
    if (be && dash == 2) {
        if (cur_b || a->decimal || b.decimal || b.v > 2 * a->v || (bwl && tw_weq(p + bw_s, bwl, "either")))
            be = 0;
        dash = 0;
    }
    if (!be)
        return TRY_GO;
    int chain = be + 1 < n && (is_dash_cp(p[be]) || p[be] == '/' || p[be] == '.' || p[be] == ':') &&
                ascii_isdigit(p[be + 1]);
    if (dash && (chain || a->lead0 || b.lead0 || (a->intdig == 4 && b.intdig == 4 && !a->grouped) ||
                 (year_like(a) && (b.intdig == 2 || year_like(&b))) || b.v <= a->v))
        return reject_chunk(p, n, be > i ? be - 1 : i, resume), TRY_NO;
    if (year_like(a) && year_like(&b) && !c->pct)
        return *resume = be, TRY_NO;   /* "from 2019 to 2021": dates */
    if (!(b.v > a->v && !from && !b.lead0 && !chain))
        return TRY_GO;
    /* the second end's own scale and share sign */
    Cand t = *c;
    t.scale = 1;
    t.pct = 0;
    size_t e2 = b.end;
    if (e2 < n && ascii_isalpha(p[e2])) {
        size_t we = e2;
        while (we < n && ascii_isalpha(p[we]))
            we++;
        double m = qty_scale((const char *)p + e2, we - e2, 1);
        if (m <= 0)
            return TRY_GO;
        t.scale = m, e2 = we;
    }
    if (t.scale == 1)
        e2 = read_scale(p, n, e2, &t);
    e2 = read_percent(p, n, e2, &t);
    /* ("rose 1.8 percentage points to 9.4%": a change, then a level;
     * "EUR 2 million or 3% of turnover": a sum, then a share) */
    if ((c->scale != 1 && t.scale != 1 && c->scale != t.scale) || (c->pct && !t.pct) || (c->pp && !t.pp) ||
        (c->pp && t.pct) || (c->scale != 1 && t.pct))
        return TRY_GO;
    c->range = 1;
    c->b = b.v;
    if (c->scale == 1)
        c->scale = t.scale, c->short_scale = t.short_scale;
    c->pct |= t.pct;
    c->pp |= t.pp;
    *e = e2;
    *resume = e2;
    return TRY_GO;
}

/* A share or a multiplier after a plain number: "4 in 10 adults", "3
 * out of 100" (percent), "1.5 times more" (x). Returns the new end. */
static size_t number_share(const unsigned char *p, size_t n, const Num *a, Cand *c, size_t e)
{
    if (!c->range && !c->pct && !c->pp && c->scale == 1 && !a->decimal) {
        size_t j = tw_skip_blanks(p, n, e), je = tw_word_end(p, n, j);
        je = share_word(p, n, j, je);
        if (je) {
            size_t k = tw_skip_blanks(p, n, je);
            Num d;
            if (k < n && ascii_isdigit(p[k]) && read_num(p, n, k, &d) && !d.decimal && d.v > a->v &&
                (d.v <= 10 || d.v == 100 || d.v == 1000)) {
                c->a = 100.0 * a->v / d.v;
                c->pct = 1;
                e = d.end;
            }
        }
    }
    if (!c->range && !c->pct && !c->pp && !c->mult && !c->unit[0])
        e = read_times(p, n, e, c);
    /* "90 and 40 per cent, respectively", "12, 15 and 20%": a share
     * sign written once for a list of numbers */
    if (!c->range && !c->pct && !c->pp && !c->mult && !c->unit[0] && c->scale == 1 && !year_like(a)) {
        Cand t = *c;
        size_t j = e;
        for (int items = 0, joined = 0; items < 4 && !joined; items++) {
            /* (the last item joined by "and" or "or": "r = 0.42, 95% CI" is no list) */
            size_t k = tw_skip_blanks(p, n, j), ke = tw_word_end(p, n, k);
            if (k < n && p[k] == ',')
                ke = k + 1;
            else if (k > j && (tw_weq(p + k, ke - k, "and") || tw_weq(p + k, ke - k, "or")))
                joined = 1;
            else
                break;
            size_t d = tw_skip_blanks(p, n, ke);
            /* ("+/-2.5 and +/-3 percentage points": margins) */
            if (d + 3 < n && p[d] == '+' && p[d + 1] == '/' && p[d + 2] == '-')
                d += 3;
            else if (d + 2 < n && p[d] == 0xC2 && p[d + 1] == 0xB1)
                d += 2;
            Num b;
            if (d == ke || d >= n || !ascii_isdigit(p[d]) || !read_num(p, n, d, &b) || year_like(&b))
                break;
            t.start = b.start;
            if (joined && read_percent(p, n, b.end, &t) != b.end && !qty_is_label_before((const char *)p, c->start))
                c->pct = t.pct, c->pp = t.pp;
            j = b.end;
        }
    }
    return e;
}

/* A whole number right after an acronym, in running text, names a thing
 * ("ECU 911 centres", "SMW 6", "COP 28"): a designation, not a count. In
 * a table row ("ASEAN 120 95") the acronym labels the figures after it. */
static int designation(const unsigned char *p, size_t n, size_t start, size_t e)
{
    if (start < 3 || p[start - 1] != ' ')
        return 0;
    size_t s = start - 1;
    while (s > 0 && p[s - 1] >= 'A' && p[s - 1] <= 'Z')
        s--;
    size_t len = start - 1 - s;
    if (len < 2 || len > 6 || (s > 0 && (ascii_isalnum(p[s - 1]) || p[s - 1] == '-' || p[s - 1] == '.')) ||
        qty_currency_word((const char *)p + s, len))
        return 0;
    /* a table row: the next thing on the line is another figure */
    size_t j = e;
    while (j < n && (p[j] == ' ' || p[j] == '\t'))
        j++;
    return !(j < n && (ascii_isdigit(p[j]) || p[j] == '(' || p[j] == '-'));
}

/* A bare number (no unit, scale or sign) that dates or labels rather than
 * counts: next to a month ("October 16", "12 December 2025"), a year
 * after a time word or a name ("in 2015", "Vision 2030"), a label's
 * number ("Table 3"), a denominator ("per 100 inhabitants"), a code with
 * a leading zero. */
static int bare_not_claim(const unsigned char *p, size_t n, const Num *a, const Cand *c, size_t e, int year)
{
    size_t ws;
    size_t wl = tw_word_before(p, c->start, &ws);
    int day = a->v <= 31 || year;   /* (not "Jan  412 | Feb  398": a month's figure) */
    if (wl && qty_is_month((const char *)p + ws, wl) && day)
        return 1;
    size_t j = tw_skip_blanks(p, n, e), je = tw_word_end(p, n, j);
    if (je > j && qty_is_month((const char *)p + j, je - j) && day)
        return 1;
    if (year && wl && (qty_is_time_preposition((const char *)p + ws, wl) || ascii_isupper(p[ws])))
        return 1;
    if (qty_is_label_before((const char *)p, c->start))
        return 1;
    if (wl && tw_weq(p + ws, wl, "per"))
        return 1;
    return a->lead0;
}

/* The numeral at p[i] and what it means in its context. */
static int try_number(Scanner *s, size_t i, ScanQuantity *q, size_t *resume)
{
    const unsigned char *p = s->p;
    size_t n = s->n;
    int r;
    Num a;
    int ok = read_num(p, n, i, &a);
    *resume = a.end;
    if (!ok)
        return 0;
    /* a bibliography entry gives no claims: skip its line */
    if (in_reference(s)) {
        const unsigned char *nl = memchr(p + i, '\n', n - i);
        *resume = nl ? (size_t)(nl - p) : n;
        return 0;
    }
    /* digits standing in Chinese text are read by scan_zh.h */
    if (scan_zh_near((const char *)p, n, i, a.end) && (r = scan_zh_next(s, i, q, resume)) >= 0)
        return r;
    *resume = a.end;
    Cand c;
    memset(&c, 0, sizeof c);
    c.start = i;
    c.a = a.v;
    c.scale = 1;
    int neg = 0, plus;
    /* "(n = 1,204)": a sample's size, of what it counts (elided.h) */
    size_t eq = tw_skip_blanks_back(p, i);
    int sample = eq > 0 && p[eq - 1] == '=' && elided_sample((const char *)p, eq - 1, c.unit, sizeof c.unit);
    if (!sample && number_before(s, &a, &c, &neg, resume) == TRY_NO)
        return 0;
    if (!sample && (in_identifier(p, n, i) || section_number(s, &a) || file_size(p, n, i, a.end) ||
                    markers_label_list(p, n, i) || markers_line_item(p, n, s->line, i, a.end) ||
                    pagemarks_not_figure(p, n, s->line, i, a.end, a.intdig, a.decimal)))
        return reject_chunk(p, n, i, resume);
    size_t e;
    if ((r = number_glued(s, &a, &c, &e, q, resume)) != TRY_GO)
        return r == TRY_DONE;
    e += (size_t)c.acct;   /* past the bracket (and the sign): "$(1,146.2) million", "(16.5)%" */
    e = number_units(p, n, &c, e, &plus);
    /* "by a factor of 3": a multiplier, the factor named in its span */
    size_t fs, lead;
    if (!c.unit[0] && !c.pct && !c.pp && !c.cur && c.scale == 1 && mult_factor_before((const char *)p, c.start, &fs, &lead))
        c.mult = 1, c.start = fs, c.lead = lead;
    /* "by a factor of at least 8", "a ratio of more than 50 to 1", "a
     * ratio of 1:5": a multiplier, the hedge before the number read as
     * its qualifier */
    int ratio = 0;
    if (!c.mult && !c.unit[0] && !c.pct && !c.pp && !c.cur && c.scale == 1 && !neg &&
        mult_named_before((const char *)p, c.start, &ratio)) {
        double rv;
        size_t re = ratio ? mult_ratio_after((const char *)p, n, e, c.a, &rv) : 0;
        if (re) {
            c.mult = 1, c.a = rv, e = re;
            if (!judge(s, &c, e, 0, 0, a.decimal))
                return *resume = e, 0;
            emit(&c, q);
            *resume = c.end;
            return 1;
        }
        if (!ratio)
            c.mult = 1;
    }
    if (!c.pct && !c.pp && !c.mult && !c.cur && c.scale == 1 && !a.decimal && !neg &&
        designation(p, n, c.start, e))
        return *resume = e, 0;
    if (number_range(s, &a, &c, &e, resume) == TRY_NO)
        return 0;
    if (neg)
        c.a = -c.a, c.b = c.range ? c.b : 0;
    e = number_share(p, n, &a, &c, e);
    int bare = !c.pct && !c.pp && !c.mult && !c.unit[0] && c.scale == 1;
    int year = year_like(&a) && !c.range && bare;
    if (bare && bare_not_claim(p, n, &a, &c, e, year))
        return *resume = e, 0;
    if (!judge(s, &c, e, year, 0, a.decimal))
        return *resume = e > *resume ? e : *resume, 0;
    if (c.paren && !neg && c.end == a.end)
        c.a = -c.a, c.start--, c.end++;
    if (plus && c.qual == Q_EXACT)
        c.qual = Q_MIN;
    emit(&c, q);
    *resume = c.end;
    return 1;
}

/* The number word's candidate c, ending at end, when judge takes it (a
 * word's: no year, no small word, no decimal): made into q, with the
 * scan read on from its end; 0 when it is no claim. */
static int take_word(Scanner *s, Cand *c, size_t end, ScanQuantity *q, size_t *resume)
{
    c->end = end;
    if (!judge(s, c, end, 0, 0, 0))
        return 0;
    emit(c, q);
    *resume = c->end;
    return 1;
}

/* Number words: "three million", "a dozen countries", "two-thirds of",
 * "half of", "one in five". w..we is the word at the candidate. */
static int try_word(Scanner *s, size_t w, size_t we, ScanQuantity *q, size_t *resume)
{
    const unsigned char *p = s->p;
    size_t n = s->n;
    *resume = we;
    Cand c;
    memset(&c, 0, sizeof c);
    c.start = w;
    c.scale = 1;
    c.is_word = 1;
    size_t e = we;
    double v = -1, frac = -1, sv, stop, mv;
    const char *ws = (const char *)p + w;
    size_t se = spelled_number((const char *)p, n, w, &sv, &stop);
    size_t ue = se && stop == 1 && se + 1 < n && p[se] == '-' && ascii_isalpha(p[se + 1]) ? tw_word_end(p, n, se + 1) : 0;
    const char *du = ue ? durations_unit((const char *)p + se + 1, ue - se - 1) : NULL;
    if (du && (ue >= n || p[ue] != '-') && durations_term_after((const char *)p, n, ue)) {
        /* "a twenty-five-year commitment": a term (durations.h) */
        c.a = sv;
        set_unit(&c, du);
        return take_word(s, &c, ue, q, resume);
    } else if (se) {
        /* read as "value scale" like "2.6 billion", so the rules for
         * scaled figures apply */
        v = sv / stop;
        c.scale = stop;
        e = se;
    } else if (tw_weq(p + w, we - w, "a") || tw_weq(p + w, we - w, "an") || tw_weq(p + w, we - w, "one")) {
        size_t j = tw_skip_blanks(p, n, we), je = tw_word_end(p, n, j);
        /* (a line break between: "a\nthird" only in a wrapped sentence) */
        const unsigned char *nl = j > we ? memchr(p + we, '\n', j - we) : NULL;
        if (je - j > 2 && j > we && (!nl || wrapped_line(p, n, (size_t)(nl - p)))) {
            double f = qty_fraction_word((const char *)p + j, je - j);
            if (f > 0 && !tw_weq(p + j, je - j, "thirds") && !tw_weq(p + j, je - j, "quarters") &&
                !tw_weq(p + j, je - j, "fifths") && !tw_weq(p + j, je - j, "tenths"))
                frac = f, e = je;
            else if (tw_weq(p + j, je - j, "dozen"))
                v = 12, e = je;
            else if (qty_scale((const char *)p + j, je - j, 0) > 0 || tw_weq(p + j, je - j, "hundred"))
                v = 1, e = j;   /* "a million people": the scale is read below */
            else if (tw_weq(p + w, we - w, "one"))
                v = 1;
        } else if (tw_weq(p + w, we - w, "one"))
            v = 1;
        if (v < 0 && frac < 0)
            return 0;
    } else if ((mv = mult_word((const char *)p, n, w, we)) > 0) {
        /* "revenue more than doubled", "roughly tripling", "double the
         * number": a multiplier, x (multipliers.h) */
        c.a = mv;
        c.mult = 1;
        return take_word(s, &c, we, q, resume);
    } else if (tw_weq(p + w, we - w, "half")) {
        /* "half a million people" is a count; "half a day" is neither */
        size_t j = tw_skip_blanks(p, n, we), je = tw_word_end(p, n, j);
        size_t k = tw_skip_blanks(p, n, je), ke = tw_word_end(p, n, k);
        if (tw_weq(p + j, je - j, "a") && ke > k && qty_scale((const char *)p + k, ke - k, 0) > 0)
            v = 0.5, e = k;
        else
            frac = 50;
    } else {
        /* "two-thirds", "twenty-five" are one word for word_end */
        size_t h = w;
        while (h < we && p[h] != '-')
            h++;
        /* "fourfold", "three-fold": a multiplier, unit x like "4-fold"
         * and "4 times" */
        size_t fold_num = h == we && h - w > 4 && tw_weq(p + h - 4, 4, "fold") ? h - w - 4
                          : h < we && tw_weq(p + h + 1, we - h - 1, "fold")   ? h - w
                                                                           : 0;
        if (fold_num) {
            v = qty_number_word(ws, fold_num);
            if (v < 2)
                return 0;
            /* "rose fourfold", "a tenfold increase"; not "a twofold aim" */
            size_t j = tw_skip_blanks(p, n, we), je = tw_word_end(p, n, j);
            if (je > j && qty_noun_kind((const char *)p + j, je - j) != NK_NONE &&
                !mult_change_noun((const char *)p + j, je - j))
                return 0;
            c.a = v;
            c.mult = 1;
            return take_word(s, &c, we, q, resume);
        }
        v = qty_number_word(ws, h - w);
        if (v < 0)
            return 0;
        /* "a seven-year grace period", "a two-year contract" */
        if (h < we && durations_unit((const char *)p + h + 1, we - h - 1) && durations_term_after((const char *)p, n, we)) {
            c.a = v;
            set_unit(&c, durations_unit((const char *)p + h + 1, we - h - 1));
            return take_word(s, &c, we, q, resume);
        }
        if (h < we) {
            double f = qty_fraction_word((const char *)p + h + 1, we - h - 1);
            double u = qty_number_word((const char *)p + h + 1, we - h - 1);
            if (f > 0)
                frac = v * f;
            else if (v >= 20 && v < 100 && u > 0 && u < 10)
                v += u;
            else if (tw_weq(p + h + 1, we - h - 1, "odd"))
                c.odd = 1;   /* "forty-odd countries" */
            else
                return 0;
        } else {
            /* "two thirds", and "two-\nthirds" hyphenated at a line break */
            int wrap = we + 1 < n && p[we] == '-' && (p[we + 1] == '\n' || p[we + 1] == '\r');
            size_t j = tw_skip_blanks(p, n, wrap ? we + 1 : we), je = tw_word_end(p, n, j);
            double f = j > we ? qty_fraction_word((const char *)p + j, je - j) : -1;
            if (f > 0 && v < 10)
                frac = v * f, e = je;
        }
    }
    if (frac > 0) {
        /* A share needs "of" after it and no "first"/"the" before it
         * ("the first half of 2023" is a time, "a third round" a rank);
         * a plural fraction ("two-thirds") is a share by itself. */
        size_t j = tw_skip_blanks(p, n, e), je = tw_word_end(p, n, j);
        int plural = p[e - 1] == 's';
        /* "a fifth more", "a third cheaper": a share of the thing compared */
        int comparative = tw_weq(p + j, je - j, "more") || tw_weq(p + j, je - j, "less") || tw_weq(p + j, je - j, "fewer") ||
                          tw_weq(p + j, je - j, "higher") || tw_weq(p + j, je - j, "lower") ||
                          tw_weq(p + j, je - j, "cheaper") || tw_weq(p + j, je - j, "larger") || tw_weq(p + j, je - j, "smaller");
        /* "fell by half within a year", "up by a quarter": a change by a
         * share (not "by a third party") */
        size_t ys, yl = tw_word_before(p, w, &ys);
        int by = yl && tw_weq(p + ys, yl, "by") && (je == j || qty_noun_kind((const char *)p + j, je - j) == NK_NONE);
        int adj = spelled_share_noun((const char *)p, w, e, j, je);   /* "the full one-third reduction" */
        if (!tw_weq(p + j, je - j, "of") && !plural && !comparative && !by && !adj &&
            !spelled_share((const char *)p, n, w, j, je))
            return 0;
        size_t bs, bl = tw_word_before(p, w, &bs);
        if (!adj && bl && (qty_is_determiner((const char *)p + bs, bl) || tw_weq(p + bs, bl, "second") ||
                   tw_weq(p + bs, bl, "third") || tw_weq(p + bs, bl, "a")))
            return 0;
        size_t k = tw_skip_blanks(p, n, je), ke = tw_word_end(p, n, k);
        /* "half of the year", "half of a day" are times */
        if (tw_weq(p + j, je - j, "of") && (tw_weq(p + k, ke - k, "the") || tw_weq(p + k, ke - k, "a") || tw_weq(p + k, ke - k, "an"))) {
            size_t k2 = tw_skip_blanks(p, n, ke), ke2 = tw_word_end(p, n, k2);
            if (tw_weq(p + k2, ke2 - k2, "time") || tw_weq(p + k2, ke2 - k2, "year") ||
                tw_weq(p + k2, ke2 - k2, "century") || tw_weq(p + k2, ke2 - k2, "decade") ||
                tw_weq(p + k2, ke2 - k2, "day") || tw_weq(p + k2, ke2 - k2, "month") || tw_weq(p + k2, ke2 - k2, "second"))
                return 0;
        }
        /* "half of 2023" is a time; "two-thirds of 5G connections" is a
         * share (digits glued to letters name a thing) */
        size_t kd = k;
        while (kd < n && ascii_isdigit(p[kd]))
            kd++;
        if (k < n && ascii_isdigit(p[k]) && tw_weq(p + j, je - j, "of") && !(kd < n && ascii_isalpha(p[kd])))
            return 0;
        c.a = frac;
        c.pct = 1;
        return take_word(s, &c, e, q, resume);
    }
    /* "Four (4) applicants": the digits echo the words (spelled.h) */
    if (!(se && stop != 1))
        e = spelled_echo((const char *)p, n, e, v);
    /* "three to eight times faster", "two to three years": a range in words */
    double b;
    size_t re = se && stop != 1 ? 0 : spelled_range((const char *)p, n, w, e, v, &b);
    if (re)
        c.range = 1, c.b = b, e = re;
    c.a = v;
    e = read_scale(p, n, e, &c);
    /* "by a factor of three" */
    size_t fs, lead;
    if (c.scale == 1 && !c.range && mult_factor_before((const char *)p, w, &fs, &lead))
        c.mult = 1, c.start = fs, c.lead = lead;
    if (c.scale == 1 && !c.range && !c.mult) {
        /* "one in five" */
        size_t j = tw_skip_blanks(p, n, e), je = tw_word_end(p, n, j);
        je = share_word(p, n, j, je);
        if (je) {
            size_t k = tw_skip_blanks(p, n, je), ke = tw_word_end(p, n, k);
            double d = qty_number_word((const char *)p + k, ke - k);
            Num dn;
            if (ke == k && k < n && ascii_isdigit(p[k]) && read_num(p, n, k, &dn) && !dn.decimal)
                d = dn.v, ke = dn.end;
            if (d > v && (d <= 10 || d == 100)) {
                c.a = 100.0 * v / d;
                c.pct = 1;
                e = ke;
            }
        }
    }
    if (!c.pct)
        e = read_percent(p, n, e, &c);
    if (!c.pct && !c.pp && !c.mult)
        e = read_times(p, n, e, &c);
    int small = c.scale == 1 && !c.pct && !c.pp && !c.mult;
    if (small && v < 3 && !c.range && !se &&
        !(s->weak && (smallword_item_anchor(p, w, v == 2) || smallword_more_next(p, n, e))) &&
        !(v == 2 && (counts_next(p, n, e) || smallword_partitive(p, n, e))))
        return 0;   /* "one", "two": discourse, not statistics, unless they count a thing
                     * ("two and a half years" is no lone word) */
    /* ("Seventeen. That's how many countries signed": the answer's noun,
     * answerword.h) */
    if (small && !c.range && !c.unit[0])
        answerword_noun((const char *)p, n, w, e, v, c.unit, sizeof c.unit);
    if (!judge(s, &c, e, 0, small, 0) || (small && !c.unit[0] && !c.weak))
        return 0;
    emit(&c, q);
    *resume = c.end;
    return 1;
}

/* The words that can start a number word, in a small open-addressing
 * hash so that the hot loop rejects an ordinary word with one hash and
 * at most a couple of compares. ORDER: flags below. */
enum { W_NUM = 1, W_FRAC = 2, W_SCALE = 4, W_ART = 8 };
static const struct {
    const char *w;
    unsigned char flags;
} word_set[] = {
    {"one", W_NUM}, {"two", W_NUM}, {"three", W_NUM}, {"four", W_NUM}, {"five", W_NUM},
    {"six", W_NUM}, {"seven", W_NUM}, {"eight", W_NUM}, {"nine", W_NUM}, {"ten", W_NUM},
    {"eleven", W_NUM}, {"twelve", W_NUM}, {"thirteen", W_NUM}, {"fourteen", W_NUM},
    {"fifteen", W_NUM}, {"sixteen", W_NUM}, {"seventeen", W_NUM}, {"eighteen", W_NUM},
    {"nineteen", W_NUM}, {"twenty", W_NUM}, {"thirty", W_NUM}, {"forty", W_NUM}, {"fifty", W_NUM},
    {"sixty", W_NUM}, {"seventy", W_NUM}, {"eighty", W_NUM}, {"ninety", W_NUM},
    {"dozen", W_NUM | W_SCALE}, {"hundred", W_SCALE}, {"thousand", W_SCALE}, {"million", W_SCALE},
    {"billion", W_SCALE}, {"trillion", W_SCALE}, {"half", W_NUM | W_FRAC}, {"third", W_FRAC},
    {"quarter", W_FRAC}, {"fifth", W_FRAC}, {"tenth", W_FRAC}, {"a", W_ART}, {"an", W_ART},
    {"twofold", W_NUM}, {"threefold", W_NUM}, {"fourfold", W_NUM}, {"fivefold", W_NUM},
    {"sixfold", W_NUM}, {"sevenfold", W_NUM}, {"eightfold", W_NUM}, {"ninefold", W_NUM},
    {"tenfold", W_NUM}, {"doubled", W_NUM}, {"tripled", W_NUM}, {"trebled", W_NUM}, {"quadrupled", W_NUM},
    {"double", W_NUM}, {"triple", W_NUM}, {"treble", W_NUM}, {"quadruple", W_NUM}, {"doubling", W_NUM},
    {"tripling", W_NUM}, {"trebling", W_NUM}, {"quadrupling", W_NUM}, {"sixth", W_FRAC}, {"eighth", W_FRAC},
    {"twentieth", W_FRAC},
    {"doubles", W_NUM}, {"triples", W_NUM}, {"twice", W_NUM},
};
#define WORD_HASH 512
static unsigned char word_tab[WORD_HASH];   /* index + 1 into word_set, 0 empty */
/* A first sieve over the set, keyed on a word's length, first and last
 * letters: bit (last & 31) of word_sieve[len][first & 31]. Most words of
 * a text ("the", "that", "for", "from") fail it without being hashed. */
static uint32_t word_sieve[12][32];
/* The same for the words of the set that the hot loop stops at: those
 * whose first letter opens a number word (K_NWSTART) or is "a" ("a
 * third"); a scale word alone ("million") is read after its figure. */
static ProseSieve open_sieve;
/* What the hot loop's prose pass stops at (prose.h): open_sieve's words,
 * but "a" and "an" only before a word of the set that is a fraction or
 * a scale, as maybe_number_word asks. */
static ProseWords prose_words;

static unsigned word_hash(const unsigned char *w, size_t n)
{
    unsigned h = (unsigned)n;
    for (size_t i = 0; i < n; i++)
        h = h * 33u + (unsigned)(w[i] | 32);
    return h & (WORD_HASH - 1);
}

static void word_tab_init(void)
{
    for (size_t k = 0; k < sizeof word_set / sizeof *word_set; k++) {
        unsigned h = word_hash((const unsigned char *)word_set[k].w, strlen(word_set[k].w));
        while (word_tab[h])
            h = (h + 1) & (WORD_HASH - 1);
        word_tab[h] = (unsigned char)(k + 1);
        size_t n = strlen(word_set[k].w);
        if (n < sizeof word_sieve / sizeof *word_sieve) {
            unsigned char c0 = (unsigned char)word_set[k].w[0];
            word_sieve[n][c0 & 31] |= 1u << (word_set[k].w[n - 1] & 31);
            uint32_t bit = 1u << (word_set[k].w[n - 1] & 31);
            if ((cls[c0] & K_NWSTART) || c0 == 'a') {
                open_sieve[n][c0 & 31] |= bit;
                if (word_set[k].flags & W_ART)
                    prose_words.lead[n][c0 & 31] |= bit;
                else
                    prose_words.stop[n][c0 & 31] |= bit;
            }
            if (word_set[k].flags & (W_FRAC | W_SCALE))
                prose_words.follow[n][c0 & 31] |= bit;
        }
    }
    prose_words_join(&prose_words);
}

/* Flags of the ASCII word p[0,n) in the set, or 0. */
static unsigned word_flags(const unsigned char *w, size_t n)
{
    if (n == 0 || n > 11 || !(word_sieve[n][w[0] & 31] >> (w[n - 1] & 31) & 1))
        return 0;
    for (unsigned h = word_hash(w, n); word_tab[h]; h = (h + 1) & (WORD_HASH - 1)) {
        const char *c = word_set[word_tab[h] - 1].w;
        if (tw_weq(w, n, c))
            return word_set[word_tab[h] - 1].flags;
    }
    return 0;
}

/* Is the word p[i,e) (letters only) worth a closer look? A number word,
 * or "a"/"an" before one ("a third", "a dozen", "a million"). */
static int maybe_number_word(const unsigned char *p, size_t n, size_t i, size_t e)
{
    /* cheap filters first: most words are short function words or begin
     * with a letter no number word begins with */
    size_t len = e - i;
    int c0 = p[i] | 32;
    if (len == 1 ? c0 != 'a' : len == 2 ? !(c0 == 'a' && (p[i + 1] | 32) == 'n') : len > 11 || !(cls[p[i]] & K_NWSTART))
        return 0;
    unsigned f = word_flags(p + i, e - i);
    if (!(f & W_ART))
        return f != 0;
    if (e + 1 >= n || (p[e] != ' ' && p[e] != '\n'))
        return 0;
    size_t k = e + 1, ke = k;
    while (ke < n && ascii_isalpha(p[ke]))
        ke++;
    return (word_flags(p + k, ke - k) & (W_FRAC | W_SCALE)) != 0;
}

/* Can the word w[0, n) (letters only) be what maybe_number_word looks
 * for? Its length, first and last letters must pass open_sieve: a word
 * failing it is skipped by the hot loop without a closer look
 * (maybe_number_word would say no). */
static int may_open_number(const unsigned char *w, size_t n)
{
    return n < sizeof open_sieve / sizeof *open_sieve && (open_sieve[n][w[0] & 31] >> (w[n - 1] & 31) & 1);
}

/* The tables are built once, safely even when documents are scanned
 * from several threads. */
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void tables_init(void)
{
    cls_init();
    word_tab_init();
}

void scan_init(Scanner *s, const char *text, size_t len)
{
    pthread_once(&tables_once, tables_init);
    s->p = (const unsigned char *)text;
    s->n = len;
    s->pos = 0;
    s->line = 0;
    s->line_kind = -1;
    s->last_end = 0;
    s->emitted_end = 0;
    s->last_unit[0] = 0;
    s->last_start = 0;
    s->last_cl[0] = 0;
    s->last_cl_end = 0;
    s->weak = 0;
    s->cur_letter = 0;
    s->has_held = 0;
    s->held_shared = 0;
    s->said_unit[0] = '\0';
    s->said_value = 0;
    s->said_end = 0;
    static _Thread_local unsigned long scans;
    s->id = ++scans;
}

void scan_want_weak(Scanner *s)
{
    s->weak = 1;
}

/* A counted noun (lower case), not a currency, share or multiplier. */
static int counted_unit(const char *u)
{
    return u[0] >= 'a' && u[0] <= 'z' && strcmp(u, "pp") != 0 && strcmp(u, "bps") != 0 &&
           strcmp(u, "x") != 0;
}

/* Does "from" stand right before p[i), or two or three words before
 * (a hedge between: "from about twelve days", "from more than 22")? */
static int from_before(const unsigned char *p, size_t i)
{
    if (i > 0 && p[i - 1] >= 0x80)
        return 0;   /* (Chinese text: no "from") */
    size_t ws = i;
    for (int w = 0; w < 3; w++) {
        size_t wl = tw_word_before(p, ws, &ws);
        if (!wl)
            return 0;
        if (wl == 4 && tw_weq(p + ws, wl, "from"))
            return 1;
    }
    return 0;
}

/* Is the line break p[nl] inside [from, to) a wrap of prose, a sentence
 * going on ("passed by fibre\nnetworks, but fewer than 1 million"): a
 * lower-case letter or a comma before it, a lower-case letter opening the
 * next line? (Not a table's next row: "Revenue  5 million".) */
static int soft_wrap(const unsigned char *p, size_t from, size_t nl, size_t to)
{
    size_t b = nl, a = nl + 1;
    while (b > from && (p[b - 1] == '\r' || p[b - 1] == ' '))
        b--;
    while (a < to && p[a] == ' ')
        a++;
    return b > from && a < to && ((p[b - 1] >= 'a' && p[b - 1] <= 'z') || p[b - 1] == ',') && p[a] >= 'a' &&
           p[a] <= 'z';
}

/* How far after a figure it may be said again (bytes: a few words). */
#define SAID_AGAIN_REACH 24

/* "47 million users ...; M-Pesa has about 10 million": a scaled figure
 * with no noun of its own, in the same sentence as a counted one, counts
 * the same thing. Remembers the last counted noun. */
static void carry_unit(Scanner *s, ScanQuantity *q)
{
    /* "八万亿美元，八万亿啊", "出口是两万亿出头，两万亿出头一点": a figure
     * said again right after, with no unit of its own, is the same sum */
    if (!q->unit[0] && !q->weak && s->said_unit[0] && q->value == s->said_value && q->start >= s->said_end &&
        q->start - s->said_end <= SAID_AGAIN_REACH)
        strcopy(q->unit, sizeof q->unit, s->said_unit);
    if (q->unit[0] && strlen(q->unit) < sizeof s->said_unit) {
        strcopy(s->said_unit, sizeof s->said_unit, q->unit);
        s->said_value = q->value;
        s->said_end = q->end;
    }
    if (counted_unit(q->unit)) {
        strcopy(s->last_unit, sizeof s->last_unit, q->unit);
        s->last_end = q->end;
        s->last_start = q->start;
        return;
    }
    /* "down from sixteen days to ten": the later figure of a change
     * counts what the earlier one does */
    if (!q->unit[0] && s->last_unit[0] && q->start > s->last_end && q->start - s->last_end < 40 && q->end - q->start < 16) {
        /* (past the unit word, outside the span: "sixteen days") */
        size_t k = tw_skip_blanks(s->p, s->n, s->last_end), ke = tw_word_end(s->p, s->n, k);
        if (!tw_weq(s->p + k, ke - k, "to"))
            k = tw_skip_blanks(s->p, s->n, ke);
        if (k + 2 < q->start && tw_weq(s->p + k, 2, "to") && (s->p[k + 2] == ' ' || s->p[k + 2] == '\t')) {
            for (k += 2; k < q->start && (s->p[k] == ' ' || s->p[k] == '\t');)
                k++;
            if (k == q->start && from_before(s->p, s->last_start)) {
                strcopy(q->unit, sizeof q->unit, s->last_unit);
                q->weak = 0;
                return;
            }
        }
    }
    if (q->unit[0] || q->weak || !s->last_unit[0] || q->start < s->last_end || q->start - s->last_end > 300)
        return;
    for (size_t k = s->last_end; k + 1 < q->start; k++) {
        unsigned char c = s->p[k];
        if ((c == '\n' && !soft_wrap(s->p, s->last_end, k, q->start)) ||
            ((c == '.' || c == '!' || c == '?') && s->p[k + 1] == ' '))
            return;
    }
    /* only when the figure is a scaled count ("10 million"), not a bare number */
    size_t k = q->end;
    while (k > q->start && (ascii_isalpha(s->p[k - 1]) || s->p[k - 1] == ' '))
        k--;
    if (k == q->end || k == q->start || !ascii_isdigit(s->p[k - 1]))
        return;
    strcopy(q->unit, sizeof q->unit, s->last_unit);
}

/* The bytes [from, to) were consumed without the main loop seeing them:
 * if they hold a line break, a new line starts after the last one. */
static void skipped(Scanner *s, size_t from, size_t to)
{
    if (to > s->n)   /* a reader's end is never past the text; if it were, stop there */
        to = s->n;
    const unsigned char *nl = to > from ? memrchr(s->p + from, '\n', to - from) : NULL;
    if (nl) {
        s->line = (size_t)(nl - s->p) + 1;
        s->line_kind = -1;
    }
}

static int next_raw(Scanner *s, ScanQuantity *q);

/* The promise "in offset order, never overlapping" is kept here, once for
 * every rule: a currency code can end one figure and begin the next
 * ("11 USD15%"); the second figure then starts where the first ended. */
static int next_ordered(Scanner *s, ScanQuantity *q)
{
    while (next_raw(s, q)) {
        if (q->end <= s->emitted_end)
            continue;
        if (q->start < s->emitted_end)
            q->start = s->emitted_end;
        s->emitted_end = q->end;
        return 1;
    }
    return 0;
}

/* Each figure is offered with the next one: two read apart may be one
 * claim ("five to 10 years", "7 years and 6 months": join.h). */
int scan_next(Scanner *s, ScanQuantity *q)
{
    int shared = 0;
    if (s->has_held)
        *q = s->held, s->has_held = 0, shared = s->held_shared;
    else if (!next_ordered(s, q))
        return 0;
    while (next_ordered(s, &s->held)) {
        if (!join_pair(s->p, s->n, q, &s->held)) {
            s->has_held = 1;
            /* "about 8% and 11%": one hedge for the list */
            s->held_shared = hedge_share(s->p, s->n, q, shared, &s->held);
            break;
        }
    }
    return 1;
}

/* Is the word p[i,e), glued to the digits after it, a currency
 * ("Rmb500m", "USD5bn", "KES35bn")? Not a name with digits ("G20"). */
static int glued_currency(const unsigned char *p, size_t i, size_t e)
{
    return (i == 0 || !ascii_isalnum(p[i - 1])) &&
           (qty_currency_word((const char *)p + i, e - i) != NULL ||
            (e - i == 1 && (p[i] == 'N' || p[i] == 'R' || p[i] == 'K' || p[i] == 'P')));   /* "N2.5 billion": localcur.h */
}

/* From i, past the prose that holds no number (prose.h), noting the
 * last line break passed as the K_NL step below would. */
static size_t prose_next(Scanner *s, size_t i)
{
    size_t line = s->line;
    i = prose_end(s->p, s->n, i, &prose_words, &line);
    if (line != s->line) {
        s->line = line;
        s->line_kind = -1;
    }
    return i;
}

static int next_raw(Scanner *s, ScanQuantity *q)
{
    const unsigned char *p = s->p;
    size_t n = s->n, i = s->pos;
    while (i < n) {
        unsigned k = cls[p[i]];
        if (!k) {
            /* past it and the prose after it, to the next place to look
             * (a byte past ASCII is most likely inside Chinese text, where
             * the next Han character is near: it is passed alone) */
            if (p[i] < 0x80)
                i = prose_next(s, i + 1);
            else
                i++;
            continue;
        }
        size_t resume;
        if (k & K_NL) {
            s->line = ++i;
            s->line_kind = -1;
            continue;
        }
        if (k & K_ALPHA) {
            size_t e = tw_letters_end(p, n, i + 1);
            /* most words are neither a number word nor glued to digits
             * ("the", "million"): skipped whole after one look */
            if ((e >= n || !ascii_isdigit(p[e])) && !may_open_number(p + i, e - i)) {
                i = prose_next(s, e < n && p[e] == ' ' ? e + 1 : e);   /* (the space after it too) */
                continue;
            }
            if ((i == 0 || (p[i - 1] < 0x80 && !ascii_isalnum(p[i - 1]))) && (e >= n || !ascii_isdigit(p[e])) &&
                maybe_number_word(p, n, i, e)) {
                /* "two-thirds", "twenty-five" are one word */
                if (e < n && p[e] == '-' && e + 1 < n && (cls[p[e + 1]] & K_ALPHA))
                    e = tw_word_end(p, n, i);
                if (!in_reference(s) && try_word(s, i, e, q, &resume)) {
                    skipped(s, i, resume);
                    s->pos = resume;
                    carry_unit(s, q);
                    return 1;
                }
            }
            if (e < n && ascii_isdigit(p[e]) && glued_currency(p, i, e)) {
                i = e;   /* "Rmb500m", "EUR5m": the figure is read next */
                continue;
            }
            /* skip the rest of an alphanumeric word ("G20", "covid19") */
            while (e < n && ascii_isalnum(p[e]))
                e++;
            i = e;
            continue;
        }
        /* Chinese text (scan_zh.h): a numeral may start at a Han character;
         * full-width digits, and digits next to Chinese, are read there */
        if (k & K_HAN) {
            resume = i + 1;
            if (!in_reference(s) && scan_zh_next(s, i, q, &resume) > 0) {
                skipped(s, i, resume);
                s->pos = resume;
                carry_unit(s, q);
                return 1;
            }
            skipped(s, i, resume);
            i = resume;
            continue;
        }
        if (k & K_FW) {
            size_t l;
            if (tw_digit_at(p, n, i, &l) < 0) {
                i++;
                continue;
            }
        }
        int zh = (k & K_FW) && !in_reference(s) ? scan_zh_next(s, i, q, &resume) : -1;
        /* a digit: we only get here at the start of a digit run */
        if (zh > 0 || (zh < 0 && try_number(s, i, q, &resume))) {
            skipped(s, i, resume);
            s->pos = resume;
            carry_unit(s, q);
            return 1;
        }
        if (resume <= i)
            resume = i + 1;
        /* never stop inside the rest of a digit run (but at the start of
         * the next one: "2023年31家", a date's 年 read past) */
        while (resume < n && ascii_isdigit(p[resume]) && ascii_isdigit(p[resume - 1]))
            resume++;
        /* a line break skipped over must still reset the line state
         * (only the skipped bytes are searched: no quadratic rescans) */
        skipped(s, i, resume);
        i = resume;
    }
    s->pos = n;
    return 0;
}
