/* cuetok.c — the tokens cues are matched on (see cuetok.h). */
#include "cuetok.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "fiscal.h"
#include "utf8.h"


/* Byte classes: 0 space, 1 word, 2 punctuation, 3 a character of a
 * script written without spaces (Han, kana): a word by itself, so that
 * Chinese cues match character by character ("网民" is 网 民, "截至YEAR
 * 年" is 截 至 YEAR 年) wherever they stand. Non-ASCII letters are word
 * characters; Unicode spaces and general and CJK punctuation (curly
 * quotes, dashes, 。，、) are what they look like, so "China’s" is
 * "China" ’ "s". */
/* ASCII: letters and digits are words (1), controls and space are
 * space (0), the rest punctuation (2) (isalnum agrees on ASCII in every
 * locale); one look a byte. */
#define CLS_ROW(b) (((b) | 0x20) - 'a' < 26u || (b) - '0' < 10u ? 1 : (b) <= ' ' || (b) == 0x7F ? 0 : 2)
#define CLS_ROW4(b) CLS_ROW(b), CLS_ROW((b) + 1u), CLS_ROW((b) + 2u), CLS_ROW((b) + 3u)
#define CLS_ROW16(b) CLS_ROW4(b), CLS_ROW4((b) + 4u), CLS_ROW4((b) + 8u), CLS_ROW4((b) + 12u)
static const unsigned char ascii_cls[128] = {
    CLS_ROW16(0u), CLS_ROW16(16u), CLS_ROW16(32u), CLS_ROW16(48u),
    CLS_ROW16(64u), CLS_ROW16(80u), CLS_ROW16(96u), CLS_ROW16(112u),
};

static int cls(const unsigned char *p, size_t n, size_t *len)
{
    if (p[0] < 0x80) {
        *len = 1;
        return ascii_cls[p[0]];
    }
    int32_t cp = utf8_decode((const char *)p, n, len);   /* an invalid byte is U+FFFD: a word byte */
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
        cp == 0xFEFF)
        return 0;
    if ((cp >= 0x2010 && cp <= 0x206F) || (cp >= 0x3001 && cp <= 0x303F && cp != 0x3005 && cp != 0x3007) ||
        (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
        (cp >= 0xFF5B && cp <= 0xFF65))
        return 2;
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0x20000 && cp <= 0x2FA1F) || (cp >= 0x3040 && cp <= 0x30FF) || cp == 0x3005 || cp == 0x3007)
        return 3;
    return 1;
}

/* cls, with a Chinese character of U+4E00 to U+9FFF (a valid three-byte
 * sequence from E4 B8 on to E9) told inline: most of a Chinese text's
 * bytes, which cls would decode and compare against every range. */
static inline int cls_quick(const unsigned char *p, size_t n, size_t *len)
{
    if (n >= 3 && p[0] >= 0xE4 && p[0] <= 0xE9 && (p[0] != 0xE4 || p[1] >= 0xB8) && utf8_is_three(p)) {
        *len = 3;
        return 3;
    }
    return cls(p, n, len);
}

/* A year written in Chinese digits, one character each: 〇 or 零, then
 * 一 to 九 ("二〇二三年"); the zero also as the white circle ○ (U+25CB),
 * which Hong Kong and Macau texts type for it ("二○二三年"). The digit
 * at p[0, n) (three bytes), or -1. */
static int zh_digit(const char *p, size_t n)
{
    static const char *const digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", NULL};
    if (n < 3)
        return -1;
    if (!memcmp(p, "零", 3) || !memcmp(p, "\xE2\x97\x8B", 3))
        return 0;
    for (int d = 0; digits[d]; d++)
        if (!memcmp(p, digits[d], 3))
            return d;
    return -1;
}

/* Four Chinese digits and 年 at t[i, to): a year's word ("二〇二三" of
 * "二〇二三年"), 12 bytes; else 0. */
static size_t zh_year_word(const char *t, size_t i, size_t to)
{
    if (i + 15 > to || memcmp(t + i + 12, "年", 3))
        return 0;
    for (size_t k = 0; k < 4; k++)
        if (zh_digit(t + i + 3 * k, 3) < 0)
            return 0;
    return 12;
}

size_t cuetok_split(const char *t, size_t from, size_t to, CueTok *out, size_t max)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t n = 0, i = from;
    while (i < to && n < max) {
        size_t len;
        int c = cls_quick(u + i, to - i, &len);
        if (c == 0) {
            i += len;
            continue;
        }
        CueTok *k = &out[n++];
        k->s = (uint32_t)i;
        k->type = c == 2 ? CUETOK_PUNCT : CUETOK_WORD;
        k->clause = 0;
        k->seg = 0;
        k->cseg = 0;
        /* (a year in Chinese digits is one word: "二〇二三年" is YEAR 年) */
        size_t zy = c == 3 ? zh_year_word(t, i, to) : 0;
        if (zy) {
            k->e = (uint32_t)(i + zy);
            i += zy;
            continue;
        }
        i += len;
        if (c == 1)
            for (; i < to; i += len) {
                unsigned b = u[i];   /* ASCII letters and digits inline */
                if (b < 0x80) {
                    if (ascii_cls[b] != 1)
                        break;
                    len = 1;
                    continue;
                }
                if (cls_quick(u + i, to - i, &len) != 1)
                    break;
            }
        k->e = (uint32_t)i;
    }
    return n;
}

int cuetok_year(const char *t, const CueTok *k)
{
    if (k->type != CUETOK_WORD)
        return 0;
    /* "二〇二三" (a word only before 年: cuetok_split) */
    if (k->e - k->s == 12 && (unsigned char)t[k->s] >= 0xE3) {
        int y = 0;
        for (uint32_t i = k->s; i < k->e; i += 3) {
            int d = zh_digit(t + i, 3);
            if (d < 0)
                return 0;
            y = y * 10 + d;
        }
        return y >= 1900 && y <= 2100 ? y : 0;
    }
    /* "民国112年" (民國 read folded): a year of the Republic, 1911 and its
     * number */
    if ((k->e - k->s == 2 || k->e - k->s == 3) && k->s >= 6 && !memcmp(t + k->s - 6, "民国", 6)) {
        int y = 0;
        for (uint32_t i = k->s; i < k->e; i++) {
            if (t[i] < '0' || t[i] > '9')
                return 0;
            y = y * 10 + (t[i] - '0');
        }
        return y + 1911 >= 1912 && y + 1911 <= 2100 ? y + 1911 : 0;
    }
    /* "FY2023", "FY23" */
    if (k->e - k->s != 4) {
        size_t end;
        int y = (t[k->s] | 0x20) == 'f' ? fiscal_year(t, k->s, k->e, &end) : 0;
        return y && end == k->e ? y : 0;
    }
    int y = 0;
    for (uint32_t i = k->s; i < k->e; i++) {
        if (t[i] < '0' || t[i] > '9')
            return 0;
        y = y * 10 + (t[i] - '0');
    }
    return y >= 1900 && y <= 2100 ? y : 0;
}

int cuetok_is_year(const char *t, const CueTok *k)
{
    return cuetok_year(t, k) != 0;
}

int cuetok_boundary(const char *t, size_t t_len, const CueTok *k)
{
    size_t n = k->e - k->s;
    const char *p = t + k->s;
    /* Not ':' — "Individuals offline worldwide: 2.6 billion" is one clause. */
    if (n == 1 && (*p == ',' || *p == ';')) {
        int digit_before = k->s > 0 && ascii_isdigit(t[k->s - 1]);
        int digit_after = k->e < t_len && ascii_isdigit(t[k->e]);
        return !(digit_before && digit_after);
    }
    if (n == 3 && memcmp(p, "\xE2\x80\x94", 3) == 0)
        return 1;
    /* the Chinese comma and semicolon (，；) */
    if (n == 3 && (memcmp(p, "\xEF\xBC\x8C", 3) == 0 || memcmp(p, "\xEF\xBC\x9B", 3) == 0))
        return 1;
    /* a bar between spaces parts the items of a line ("Africa: 38% online |
     * World: 2.6 billion offline"), not the cells of a table's row, which
     * opens with one */
    if (n == 1 && *p == '|' && k->s > 0 && t[k->s - 1] == ' ' && k->e < t_len && t[k->e] == ' ') {
        size_t b = k->s;
        while (b > 0 && t[b - 1] != '\n')
            b--;
        while (t[b] == ' ' || t[b] == '\t')
            b++;
        return t[b] != '|';
    }
    if ((n == 3 && memcmp(p, "\xE2\x80\x93", 3) == 0) || (n == 1 && *p == '-')) {
        int sp_before = k->s > 0 && t[k->s - 1] == ' ';
        int sp_after = k->e < t_len && t[k->e] == ' ';
        return sp_before || sp_after;
    }
    return 0;
}

/* The year a period opening with the year token k (of value y) ends in:
 * "2013-22", "2013–2022" (hyphen or en dash, the end later than y), a
 * split year "2022/23", "FY2022/23" (fiscal.h); y when the year opens
 * no period. */
int cuetok_period_end(const char *t, const CueTok *toks, size_t nt, size_t k, int y)
{
    if (k + 2 >= nt || toks[k + 1].s != toks[k].e || toks[k + 2].s != toks[k + 1].e ||
        toks[k + 1].type != CUETOK_PUNCT || toks[k + 2].type != CUETOK_WORD)
        return y;
    const char *d = t + toks[k + 1].s;
    size_t dl = toks[k + 1].e - toks[k + 1].s;
    if (!((dl == 1 && (*d == '-' || *d == '/')) || (dl == 3 && !memcmp(d, "\xE2\x80\x93", 3))))
        return y;
    size_t l = toks[k + 2].e - toks[k + 2].s;
    const char *e = t + toks[k + 2].s;
    int end = 0;
    for (size_t i = 0; i < l; i++) {
        if (e[i] < '0' || e[i] > '9')
            return y;
        end = end * 10 + (e[i] - '0');
    }
    if (l == 2)
        end += y / 100 * 100;
    else if (l != 4)
        return y;
    return end > y && end - y < 100 ? end : y;
}

/* Is token k the word w (case-insensitive)? */
int cuetok_is_word(const char *doc, const CueTok *k, const char *w)
{
    size_t n = strlen(w);
    return k->e - k->s == n && strncasecmp(doc + k->s, w, n) == 0;
}

/* Does token i open a second predicate: "and", a past-tense verb, "to"
 * ("and promised to ...", "and agreed to ...")? */
int cuetok_second_predicate(const char *doc, const CueTok *toks, size_t nt, size_t i)
{
    /* (its object may be a figure of its own: "and promised 30 clean-energy
     * and digital connectivity projects") */
    if (i + 2 >= nt || toks[i].e - toks[i].s != 3 || (doc[toks[i].s] | 0x20) != 'a' ||
        !cuetok_is_word(doc, &toks[i], "and") ||
        !(cuetok_is_word(doc, &toks[i + 2], "to") || (doc[toks[i + 2].s] >= '0' && doc[toks[i + 2].s] <= '9')))
        return 0;
    const CueTok *v = &toks[i + 1];
    size_t vn = v->e - v->s;
    return v->type == CUETOK_WORD && vn >= 5 && strncmp(doc + v->e - 2, "ed", 2) == 0;
}

/* Words in tokens [a, b): a Chinese character token counts as half a
 * word, a Chinese word being most often two characters ("国家发展改革委
 * 有关负责人表示": the body, five characters, then the cue). */
int cuetok_words(const char *doc, const CueTok *toks, size_t a, size_t b)
{
    int halves = 0;
    for (size_t k = a; k < b; k++)
        halves += toks[k].e - toks[k].s == 3 && (unsigned char)doc[toks[k].s] >= 0xE3 && (unsigned char)doc[toks[k].s] <= 0xE9 ? 1 : 2;
    return (halves + 1) / 2;
}

int cuetok_contrast_between(const char *doc, const CueTok *toks, size_t from, size_t j)
{
    for (size_t k = j; k-- > 0 && toks[k].s >= from;)
        if (cuetok_is_word(doc, &toks[k], "while") || cuetok_is_word(doc, &toks[k], "whereas"))
            return 1;
    return 0;
}
