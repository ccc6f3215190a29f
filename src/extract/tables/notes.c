/* notes.c — footnotes and endnotes (see notes.h). */
#include "notes.h"
#include "textfind.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "diag.h"
#include "lines.h"
#include "names.h"

/* Notes kept per document: more are not looked at. */
#define MAX_NOTES 400

typedef struct Note {
    unsigned num;
    char body[128];
} Note;

struct Notes {
    Note *v;
    size_t n;
};

/* A superscript digit at p[i] ("¹", "²", "³", "⁴"..."⁹", "⁰", as a PDF's
 * text gives a note mark): its value and *len bytes, or -1. */
static int sup_digit(const char *p, size_t i, size_t e, size_t *len)
{
    const unsigned char *u = (const unsigned char *)p + i;
    if (i + 2 <= e && u[0] == 0xC2 && (u[1] == 0xB9 || u[1] == 0xB2 || u[1] == 0xB3)) {
        *len = 2;
        return u[1] == 0xB9 ? 1 : u[1] == 0xB2 ? 2 : 3;
    }
    if (i + 3 <= e && u[0] == 0xE2 && u[1] == 0x81 && (u[2] == 0xB0 || (u[2] >= 0xB4 && u[2] <= 0xB9))) {
        *len = 3;
        return u[2] - 0xB0;
    }
    return -1;
}

/* A circled number at p[i] ("①" to "⑳", as Chinese papers mark their
 * notes): its value (0 when none), and where it ends. */
static unsigned circled(const char *p, size_t i, size_t e, size_t *end)
{
    const unsigned char *u = (const unsigned char *)p + i;
    if (i + 3 > e || u[0] != 0xE2 || u[1] != 0x91 || u[2] < 0xA0 || u[2] > 0xB3)
        return 0;
    *end = i + 3;
    return u[2] - 0xA0 + 1u;
}

/* A run of superscript digits at p[i]: its number (0 when none) and
 * where it ends. */
static unsigned sup_number(const char *p, size_t i, size_t e, size_t *end)
{
    unsigned v = 0;
    size_t l, k = i;
    int d, digits = 0;
    while (digits < 3 && (d = sup_digit(p, k, e, &l)) >= 0) {
        v = v * 10 + (unsigned)d;
        k += l;
        digits++;
    }
    *end = k;
    return digits ? v : 0;
}

/* Can a superscript at p[i] be a note mark: glued to punctuation or a
 * word, not to a digit (10³, an exponent) or a unit it squares or cubes
 * ("km²", "m³")? */
static int sup_mark_after(const char *p, size_t i)
{
    unsigned char b = (unsigned char)p[i - 1];
    if (b == ' ' || b == '\n' || b == '\t' || ascii_isdigit(b))
        return 0;
    if (!ascii_isalpha(b))
        return 1;
    size_t w = i;
    while (w > 0 && ascii_isalpha(p[w - 1]))
        w--;
    static const char *const units[] = {"m", "km", "cm", "mm", "ft", "mi", "in", "yd", NULL};
    for (int k = 0; units[k]; k++)
        if (strlen(units[k]) == i - w && !strncmp(p + w, units[k], i - w))
            return 0;
    return 1;
}

/* A rule of underscores or dashes opening the notes of a page. */
static int rule_line(const char *p, size_t s, size_t e)
{
    size_t k = 0;
    lines_trim(p, &s, &e);
    for (size_t i = s; i < e; i++) {
        if (p[i] != '_' && p[i] != '-' && p[i] != '=')
            return 0;
        k++;
    }
    return k >= 5;
}

/* A heading that opens the notes: "Notes", "Endnotes", "References"... */
static int notes_heading(const char *p, size_t s, size_t e)
{
    static const char *const en[] = {"notes", "note", "endnotes", "footnotes", "references", "sources",
                                     "citations", "bibliography", NULL};
    static const char *const zh[] = {"注释", "注", "脚注", "尾注", "参考资料", "参考文献", NULL};
    lines_trim(p, &s, &e);
    /* (an encyclopedia's heading keeps its edit link: "References[edit]",
     * "参考资料[编辑]") */
    if (e - s > 6 && !memcmp(p + e - 6, "[edit]", 6))
        e -= 6;
    else if (e - s > 8 && !memcmp(p + e - 8, "[编辑]", 8))
        e -= 8;
    while (e > s && (p[e - 1] == '.' || p[e - 1] == ':'))
        e--;
    if (e >= s + 3 && !memcmp(p + e - 3, "：", 3))
        e -= 3;
    const char *const *heads = s < e && (unsigned char)p[s] >= 0x80 ? zh : en;
    for (int k = 0; heads[k]; k++)
        if (strlen(heads[k]) == e - s && !strncasecmp(p + s, heads[k], e - s))
            return 1;
    return 0;
}

/* "1 RWR...", "2. Ibid.", "[3] ...": the number opening a note line and
 * where its text starts; 0 when the line is no note. */
static unsigned note_number(const char *p, size_t s, size_t e, size_t *text)
{
    size_t i = s;
    while (i < e && (p[i] == ' ' || p[i] == '\t'))
        i++;
    /* "¹ China Internet Network Information Center (CNNIC), ...",
     * "① 中国信息通信研究院：《...》" */
    size_t se;
    unsigned sv = sup_number(p, i, e, &se);
    if (!sv)
        sv = circled(p, i, e, &se);
    if (sv) {
        if (se >= e || (p[se] != ' ' && p[se] != '\t'))
            return 0;
        while (se < e && (p[se] == ' ' || p[se] == '\t'))
            se++;
        *text = se;
        return se < e ? sv : 0;
    }
    /* "[3] ...", "(3) ..." */
    char close = i < e && p[i] == '[' ? ']' : i < e && p[i] == '(' ? ')' : 0;
    int br = close != 0;
    i += br;
    size_t d = i;
    unsigned v = 0;
    while (i < e && ascii_isdigit(p[i]) && i - d < 3)
        v = v * 10 + (unsigned)(p[i++] - '0');
    if (i == d || v == 0 || (i < e && ascii_isdigit(p[i])))
        return 0;
    if (br) {
        if (i >= e || p[i] != close)
            return 0;
        i++;
    } else if (i < e && (p[i] == '.' || p[i] == ')')) {
        i++;
    }
    if (i >= e || (p[i] != ' ' && p[i] != '\t'))
        return 0;
    while (i < e && (p[i] == ' ' || p[i] == '\t'))
        i++;
    if (i >= e)
        return 0;
    *text = i;
    return v;
}

/* The number of a note line opening with it in brackets, "[2] ...", or
 * 0. */
static unsigned bracket_note(const char *p, size_t s, size_t e)
{
    size_t t;
    return s < e && p[s] == '[' ? note_number(p, s, e, &t) : 0;
}

/* An encyclopedia's reference with no number of its own, "^ a b
 * \"Annual Report\". Tianhai. 2024.": the references are numbered in the
 * order they stand, so this one is number k. Where its text starts
 * (past the caret and the back-links of a reference cited several
 * times), and k; 0 when the line opens with no caret. */
static unsigned caret_note(const char *p, size_t s, size_t e, unsigned k, size_t *text)
{
    if (s + 2 >= e || p[s] != '^' || p[s + 1] != ' ')
        return 0;
    size_t i = s + 1;
    while (i + 1 < e && p[i] == ' ' && p[i + 1] >= 'a' && p[i + 1] <= 'z' && (i + 2 >= e || p[i + 2] == ' '))
        i += 2;
    while (i < e && p[i] == ' ')
        i++;
    if (i >= e)
        return 0;
    *text = i;
    return k;
}

/* Is p[s, e) a date ("2024-01-20", "2023年7月")? */
static int date_field(const char *p, size_t s, size_t e)
{
    size_t digits = 0;
    for (size_t i = s; i < e; i++) {
        if (ascii_isdigit(p[i]))
            digits++;
        else if (!(p[i] == '-' || p[i] == '/' || p[i] == '.' || p[i] == ' ' ||
                   (i + 3 <= e && (!memcmp(p + i, "年", 3) || !memcmp(p + i, "月", 3) || !memcmp(p + i, "日", 3)))))
            return 0;
        else if ((unsigned char)p[i] >= 0x80)
            i += 2;
    }
    return digits >= 4;
}

/* The body a Chinese note's text p[s, e) credits: its author, the field
 * before the first ：，. or ． ("中国信息通信研究院：《全球数字经济白皮书》",
 * "中国信息通信研究院. 中国数字经济发展研究报告[R]."); but in a citation
 * of an article, its title, source and date ("中国—东盟信息港建设成效显著．
 * 广西日报．2024-02-06", an encyclopedia's with the day it was read after
 * the date, "[引用日期2024-01-15]"), the source before the date. A title
 * (《…》) or a website (官网) credits nobody. */
static int note_body_zh(const Metrics *m, const char *p, size_t s, size_t e, char *out, size_t cap)
{
    /* a source's label names the body after it ("数据来源：工业和信息化部");
     * a term's definition names none ("网民：指过去半年内使用过互联网的…") */
    static const char *const labels[] = {"数据来源", "资料来源", "来源", "出处", NULL};
    for (int k = 0; labels[k]; k++) {
        size_t l = strlen(labels[k]);
        if (s + l + 3 <= e && !memcmp(p + s, labels[k], l) && !memcmp(p + s + l, "：", 3)) {
            s += l + 3;
            while (s < e && p[s] == ' ')
                s++;
            break;
        }
    }
    for (size_t i = s; i + 6 <= e; i++)
        if (!memcmp(p + i, "：", 3)) {
            if (!memcmp(p + i + 3, "指", 3) || !memcmp(p + i + 3, "即", 3) ||
                (i + 9 <= e && !memcmp(p + i + 3, "是指", 6)))
                return 0;
            break;
        }
    size_t f[8][2], nf = 0;
    for (size_t i = s, fs = s; i <= e && nf < 8;) {
        size_t l = i == e ? 0
                   : i + 3 <= e && (!memcmp(p + i, "．", 3) || !memcmp(p + i, "。", 3)) ? 3
                   : p[i] == '.' && i + 1 < e && p[i + 1] == ' ' ? 2 : 0;
        if (i == e || l) {
            size_t a = fs, b = i;
            lines_trim(p, &a, &b);
            if (b > a) {
                f[nf][0] = a;
                f[nf++][1] = b;
            }
            if (i == e)
                break;
            fs = i += l;
            continue;
        }
        i++;
    }
    if (!nf)
        return 0;
    size_t a = f[0][0], b = f[0][1];
    /* (an encyclopedia's citation closes with when it was read: "2023-06-28
     * [引用日期2024-01-15]") */
    size_t de = f[nf - 1][1];
    if (de > f[nf - 1][0] && p[de - 1] == ']')
        for (size_t i = de - 1; i > f[nf - 1][0]; i--)
            if (p[i - 1] == '[') {
                de = i - 1;
                while (de > f[nf - 1][0] && p[de - 1] == ' ')
                    de--;
                break;
            }
    if (nf >= 3 && date_field(p, f[nf - 1][0], de))
        a = f[nf - 2][0], b = f[nf - 2][1];
    else
        for (size_t i = a; i + 3 <= b; i++)
            if (!memcmp(p + i, "：", 3) || !memcmp(p + i, "，", 3)) {
                b = i;
                break;
            }
    size_t han = 0;
    /* (a body's own report by its year: "某某有限公司2022年年报 (PDF)" is
     * the body's) */
    for (size_t i = a; i + 7 <= b; i++)
        if (ascii_isdigit(p[i])) {
            if (i > a + 6 && ascii_isdigit(p[i + 3]) && !memcmp(p + i + 4, "年", 3) &&
                tf_find(p + i + 7, b - i - 7, "报", 3))
                b = i;
            break;
        }
    for (size_t i = a; i < b; i++) {
        if (ascii_isdigit(p[i]) || (i + 3 <= b && !memcmp(p + i, "《", 3)))
            return 0;
        han += (unsigned char)p[i] >= 0xE4 && (unsigned char)p[i] <= 0xE9;
    }
    if (han < 2 || b - a >= cap || (b - a >= 6 && !memcmp(p + b - 6, "官网", 6)))
        return 0;
    if (m && names_known_source(m, p, a, b, out, cap))
        return 1;
    memcpy(out, p + a, b - a);
    out[b - a] = '\0';
    return 1;
}

/* The length of a quotation mark at p[i] (straight or curly), or 0. */
static size_t quote_len(const char *p, size_t i, size_t e)
{
    if (p[i] == '"')
        return 1;
    if (i + 3 <= e && (unsigned char)p[i] == 0xE2 && (unsigned char)p[i + 1] == 0x80 &&
        ((unsigned char)p[i + 2] == 0x9C || (unsigned char)p[i + 2] == 0x9D))
        return 3;
    return 0;
}

/* An encyclopedia's reference, "^ "Ethiopia: ICT indicators". ITU
 * DataHub. Retrieved 4 March 2024.": after its back-link caret, a quoted
 * title, then the work or publisher that printed it, which is what the
 * reference credits. Where that name starts; s when the text opens with
 * no quoted title followed by a name (a title alone credits nobody). */
static size_t cited_work(const char *p, size_t s, size_t e)
{
    size_t i = s;
    if (i < e && p[i] == '^') {
        i++;
        /* (the back-links of a reference cited several times: "^ a b") */
        while (i + 1 < e && p[i] == ' ' && p[i + 1] >= 'a' && p[i + 1] <= 'z' && (i + 2 >= e || p[i + 2] == ' '))
            i += 2;
        while (i < e && p[i] == ' ')
            i++;
    }
    size_t q = i < e ? quote_len(p, i, e) : 0;
    /* (its author and date before the title: "Brock, Joe (24 March
     * 2023). \"U.S. used subsidies ...\". Reuters.") */
    if (!q && i < e && ascii_isupper(p[i])) {
        size_t k = i;
        while (k < e && k - i < 80 && p[k] != '(' && p[k] != '"' && p[k] != '.')
            k++;
        while (k < e && k - i < 100 && p[k] != ')' && p[k] != '"')
            k++;
        if (k + 3 < e && p[k] == ')' && p[k + 1] == '.' && p[k + 2] == ' ' && quote_len(p, k + 3, e)) {
            i = k + 3;
            q = quote_len(p, i, e);
        }
    }
    if (!q)
        return s;
    size_t j = i + q, c = 0;
    for (; j < e && !c; j++)
        c = quote_len(p, j, e);
    if (!c)
        return s;
    j += c - 1;
    /* the title's full stop (inside or after the quote), the kind of
     * work in brackets: "(PDF)", "(Press release)", "(in Chinese)" */
    while (j < e && (p[j] == '.' || p[j] == ',' || p[j] == ' '))
        j++;
    if (j < e && p[j] == '(') {
        size_t k = j + 1;
        while (k < e && k - j < 24 && p[k] != ')' && p[k] != '(')
            k++;
        if (k < e && p[k] == ')')
            j = k + 1;
    }
    while (j < e && (p[j] == '.' || p[j] == ' '))
        j++;
    return j < e && ascii_isupper(p[j]) ? j : s;
}

/* Is the full stop at p[k] one of a dotted initialism's, "U.S." (a
 * single capital before it, and a capital after it or a stop before
 * that capital)? */
static int initialism_stop(const char *p, size_t s, size_t k, size_t e)
{
    if (k == s || !ascii_isupper(p[k - 1]) || (k - 1 > s && ascii_isalpha(p[k - 2])))
        return 0;
    return (k + 1 < e && ascii_isupper(p[k + 1])) || (k - 1 > s && p[k - 2] == '.');
}

/* Where a note's text p[s, e) goes on past the oral evidence it cites
 * first, as a parliament's committee marks it: "Q44 [Rear Admiral J
 * Smith]; Ministry of Defence (DSR0009)" credits the body after the
 * semicolon, not the question or its witness; "Qq 12-14; Ofcom" too.
 * s itself when the note opens otherwise. */
static size_t evidence_ref_end(const char *p, size_t s, size_t e)
{
    size_t i = s;
    if (i + 1 >= e || p[i] != 'Q')
        return s;
    i += 1 + (p[i + 1] == 'q');
    while (i < e && p[i] == ' ')
        i++;
    size_t d = i;
    for (;;) {   /* the questions' numbers: "44", "12-14", "12–14", "12, 15" */
        if (i < e && (ascii_isdigit(p[i]) || p[i] == '-' || p[i] == ',' || p[i] == ' '))
            i++;
        else if (i + 3 <= e && !memcmp(p + i, "\xe2\x80\x93", 3))
            i += 3;
        else
            break;
    }
    if (i == d || !ascii_isdigit(p[d]))
        return s;
    if (i < e && p[i] == '[') {
        while (i < e && p[i] != ']')
            i++;
        i += i < e;
    }
    while (i < e && p[i] == ' ')
        i++;
    if (i >= e || p[i] != ';')
        return s;
    i++;
    while (i < e && p[i] == ' ')
        i++;
    return i < e ? i : s;
}

/* Past a label naming what the note gives, "Source: Ministry of Commerce
 * (MOFCOM); data as of end-2023." or "Data source: ITU": the label is no
 * body. */
static size_t skip_source_label(const char *p, size_t s, size_t e)
{
    static const char *const labels[] = {"Sources:", "Source:", "Data sources:", "Data source:", "Data:", NULL};
    for (int i = 0; labels[i]; i++) {
        size_t l = strlen(labels[i]);
        if (e - s > l && !strncasecmp(p + s, labels[i], l)) {
            s += l;
            while (s < e && p[s] == ' ')
                s++;
            return s;
        }
    }
    return s;
}

/* The body a note's text p[s, e) opens with: the name before its first
 * comma, bracket or full stop, when it is a name (capitalised words with
 * "of", "and", "for", "&" between, no digits), or a known source. */
static int note_body(const Metrics *m, const char *p, size_t s, size_t e, const char *prev, char *out, size_t cap)
{
    out[0] = '\0';
    if (e - s >= 4 && !strncasecmp(p + s, "ibid", 4)) {
        if (prev && *prev)
            strcut(out, cap, prev);
        return out[0] != 0;
    }
    /* (a Chinese note: its text opens with a Han character, or with a
     * year before one, "2023年中国—东盟经贸合作数据．商务部．2024-01-20";
     * an encyclopedia's after its back-link caret, "^ 标题. 信报. 2016-05-12") */
    size_t h = s;
    if (e - s > 2 && p[s] == '^' && p[s + 1] == ' ' && (unsigned char)p[s + 2] >= 0xE4 && (unsigned char)p[s + 2] <= 0xE9)
        h = s += 2;
    while (h < e && h < s + 4 && ascii_isdigit(p[h]))
        h++;
    if (h < e && (unsigned char)p[h] >= 0xE4 && (unsigned char)p[h] <= 0xE9)
        return note_body_zh(m, p, s, e, out, cap);
    s = skip_source_label(p, s, e);
    s = cited_work(p, evidence_ref_end(p, s, e), e);
    if (!ascii_isupper(p[s]))
        return 0;   /* a quoted title, a lower-case remark */
    size_t k = s;
    /* (a dotted initialism's stops are the name's: "U.S. Agency for ...") */
    while (k < e && p[k] != ',' && p[k] != '(' && p[k] != ';' && p[k] != ':' &&
           (p[k] != '.' || initialism_stop(p, s, k, e)))
        k++;
    size_t ne = k;
    while (ne > s && p[ne - 1] == ' ')
        ne--;
    if (ne - s < 2 || ne - s >= cap || ne - s > 80)
        return 0;
    /* a known body the note opens with ("TeleGeography estimates, ...");
     * a remark that mentions one further on credits nobody ("Income
     * groups follow the World Bank classification") */
    size_t run = s;
    for (size_t i = s; i < ne;) {
        size_t w = i;
        while (i < ne && p[i] != ' ')
            i++;
        int connector = (i - w == 2 && !strncmp(p + w, "of", 2)) || (i - w == 3 && !strncmp(p + w, "and", 3)) ||
                        (i - w == 1 && p[w] == '&');
        if (!connector && !ascii_isupper(p[w]))
            break;
        if (!connector)
            run = i;
        while (i < ne && p[i] == ' ')
            i++;
    }
    if (m && run > s && names_known_source(m, p, s, run, out, cap))
        return 1;
    int words = 0;
    for (size_t i = s; i < ne;) {
        while (i < ne && p[i] == ' ')
            i++;
        size_t w = i;
        while (i < ne && p[i] != ' ')
            i++;
        size_t l = i - w;
        if (!l)
            break;
        int connector = (l == 2 && !strncmp(p + w, "of", 2)) || (l == 3 && !strncmp(p + w, "and", 3)) ||
                        (l == 3 && !strncmp(p + w, "for", 3)) || (l == 1 && p[w] == '&') ||
                        (l == 2 && !strncmp(p + w, "on", 2)) || (l == 3 && !strncmp(p + w, "the", 3));
        if (!connector && !ascii_isupper(p[w]))
            return 0;
        for (size_t j = w; j < i; j++)
            if (ascii_isdigit(p[j]))
                return 0;
        words += !connector;
    }
    if (!words || words > 8)
        return 0;
    if (m && names_known_source(m, p, s, ne, out, cap))
        return 1;
    memcpy(out, p + s, ne - s);
    out[ne - s] = '\0';
    return 1;
}

Notes *notes_new(const Metrics *m, const char *p, size_t n)
{
    Notes *nt = xcalloc(1, sizeof *nt);
    int zone = 0;           /* inside a run of notes */
    int blank = 0;          /* the last line was blank */
    unsigned carets = 0;    /* references by caret alone, so far in the zone */
    char prev[128] = "";
    for (size_t i = 0; i < n;) {
        size_t e = lines_end(p, n, i), t;
        /* most lines open with a letter: no rule, heading or note */
        unsigned char c0 = (unsigned char)p[i];
        if (lines_blank(p, i, e)) {
            blank = 1;
        } else if (rule_line(p, i, e) || (c0 != ' ' && !ascii_isdigit(c0) && c0 != '[' && e - i < 24 &&
                                          notes_heading(p, i, e))) {
            zone = 1;
            blank = 0;
            carets = 0;
        } else {
            /* a list of references by its form, with no heading: "[1] ..."
             * on one line and "[2] ..." on the next (a judgment's numbered
             * paragraphs stand apart, a blank line between) */
            if (!zone && c0 == '[' && e < n && bracket_note(p, i, e) == 1 &&
                bracket_note(p, e + 1, lines_end(p, n, e + 1)) == 2) {
                zone = 1;
                carets = 0;
            }
            /* (a line opening with a superscript number is a note by its
             * form, under a rule or not) */
            size_t se;
            int sup = sup_number(p, i, e, &se) != 0 || circled(p, i, e, &se) != 0;
            int numbered = zone && (ascii_isdigit(c0) || c0 == '[' || c0 == '(' || c0 == ' ');
            unsigned k = numbered || sup       ? note_number(p, i, e, &t)
                         : zone && c0 == '^' ? caret_note(p, i, e, carets + 1, &t)
                                             : 0;
            carets += k && c0 == '^';
            if (k && nt->n < MAX_NOTES) {
                Note *note = NULL;
                for (size_t j = 0; j < nt->n && !note; j++)
                    if (nt->v[j].num == k)
                        note = &nt->v[j];   /* a later list restarts the numbers: the nearer wins */
                if (!note) {
                    nt->v = xrealloc(nt->v, (nt->n + 1) * sizeof *nt->v);
                    note = &nt->v[nt->n++];
                    note->num = k;
                }
                note_body(m, p, t, e, prev, note->body, sizeof note->body);
                strcut(prev, sizeof prev, note->body);
            } else if (zone && blank) {
                zone = 0;   /* a blank line, then text that is no note: the notes end */
            }
            blank = 0;
        }
        i = e < n ? e + 1 : n;
    }
    return nt;
}

void notes_free(Notes *nt)
{
    if (!nt)
        return;
    free(nt->v);
    free(nt);
}

size_t notes_count(const Notes *nt)
{
    return nt ? nt->n : 0;
}

const char *notes_body(const Notes *nt, unsigned k)
{
    for (size_t i = 0; nt && i < nt->n; i++)
        if (nt->v[i].num == k)
            return nt->v[i].body[0] ? nt->v[i].body : NULL;
    return NULL;
}

unsigned notes_mark(const char *p, size_t n, size_t from, size_t to)
{
    if (to > n)
        to = n;
    for (size_t i = from; i + 1 < to; i++) {
        char c = p[i];
        /* a superscript mark glued to a word, a bracket or punctuation:
         * "billion,¹", "GDP.²" */
        if ((unsigned char)c == 0xC2 || (unsigned char)c == 0xE2) {
            size_t end;
            unsigned v = i > 0 && sup_mark_after(p, i) ? sup_number(p, i, to, &end) : 0;
            if (!v && i > 0)
                v = circled(p, i, to, &end);
            if (v)
                return v;
            continue;
        }
        /* "[14]"; "(1)" glued to the sentence's end, "countries.(1)", as
         * a testimony or a research service's report marks its endnotes
         * (not an item's number, "examines (1) the extent", nor a
         * clause's, "5(1)") */
        if (c == '[' || (c == '(' && i > 0 && !ascii_isdigit(p[i - 1]) && p[i - 1] != ' ' &&
                         p[i - 1] != '\n' && p[i - 1] != '\t')) {
            size_t k = i + 1;
            unsigned v = 0;
            while (k < to && ascii_isdigit(p[k]) && k - i <= 3)
                v = v * 10 + (unsigned)(p[k++] - '0');
            if (k > i + 1 && k < n && p[k] == (c == '[' ? ']' : ')') && v)
                return v;
            continue;
        }
        if (!(c == '.' || c == ',' || c == ';' || c == ')' || c == '"') || !ascii_isdigit(p[i + 1]))
            continue;
        /* the mark's digits end at a blank or the line's end */
        size_t k = i + 1;
        unsigned v = 0;
        while (k < n && ascii_isdigit(p[k]) && k - i <= 2)
            v = v * 10 + (unsigned)(p[k++] - '0');
        if (k < n && !(p[k] == ' ' || p[k] == '\n' || p[k] == '\r' || p[k] == '\t'))
            continue;
        /* glued to a word ("countries.1") or to a year ("2022.4"), not a
         * figure's decimals ("2.4") */
        if (i == 0)
            continue;
        unsigned char b = (unsigned char)p[i - 1];
        int year = i >= 4 && lines_year_at(p, i - 4) && (i == 4 || !ascii_isdigit(p[i - 5]));
        if (ascii_isalpha(b) || b == ')' || b == '"' || b >= 0x80 || year)
            return v;
    }
    return 0;
}
