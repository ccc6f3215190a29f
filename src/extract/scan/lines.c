/* lines.c — helpers on the lines of a document (see lines.h). */
#define _GNU_SOURCE   /* memrchr */
#include "lines.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "textwalk.h"

size_t lines_end(const char *p, size_t n, size_t i)
{
    const char *nl = i < n ? memchr(p + i, '\n', n - i) : NULL;
    return nl ? (size_t)(nl - p) : n;
}

size_t lines_start(const char *p, size_t i, size_t max)
{
    /* the last line break of the max bytes before i (memrchr: a table's
     * rows ask it for every cell) */
    size_t lo = i > max ? i - max : 0;
    const char *nl = memrchr(p + lo, '\n', i - lo);
    if (nl)
        return (size_t)(nl - p) + 1;
    return lo > 0 && p[lo - 1] != '\n' ? i : lo;
}

void lines_trim(const char *p, size_t *ls, size_t *le)
{
    while (*ls < *le && (ascii_isspace(p[*ls]) || p[*ls] == '#' || p[*ls] == '*'))
        (*ls)++;
    while (*le > *ls && (ascii_isspace(p[*le - 1]) || p[*le - 1] == ':' || p[*le - 1] == '*'))
        (*le)--;
}

/* The top bits of the lanes of w that are ASCII letters or digits. */
static uint64_t lanes_alnum(uint64_t w)
{
    const uint64_t hi = 0x8080808080808080ull, lo7 = 0x7F7F7F7F7F7F7F7Full;
    uint64_t y = w | 0x2020202020202020ull, x = y & lo7, d = w & lo7;
    uint64_t letter = (x + 0x1F1F1F1F1F1F1F1Full) & ~(x + 0x0505050505050505ull);   /* 0x61..0x7A */
    uint64_t digit = (d + 0x5050505050505050ull) & ~(d + 0x4646464646464646ull);    /* 0x30..0x39 */
    return (letter | digit) & ~w & hi;
}

static int is_text_byte(char b)
{
    unsigned c = (unsigned char)b | 0x20u;
    return (c >= 'a' && c <= 'z') || (b >= '0' && b <= '9');
}

int lines_has_text(const char *p, size_t ls, size_t le)
{
    /* the first eight bytes one at a time (most lines with text have it
     * there), then eight at a time: a Chinese line holds none */
    if (ls >= le)
        return 0;
    for (size_t head = le - ls < 8 ? le : ls + 8; ls < head; ls++)
        if (is_text_byte(p[ls]))
            return 1;
    for (; ls + 8 <= le; ls += 8) {
        uint64_t w;
        memcpy(&w, p + ls, 8);
        if (lanes_alnum(w))
            return 1;
    }
    for (size_t i = ls; i < le; i++)
        if (is_text_byte(p[i]))
            return 1;
    return 0;
}

/* A line framed by the same rule mark on each side ('-', '=', '*'; three
 * or more) with words between. */
int lines_marker(const char *p, size_t ls, size_t le)
{
    while (ls < le && (p[ls] == ' ' || p[ls] == '\t'))
        ls++;
    while (le > ls && (p[le - 1] == ' ' || p[le - 1] == '\t' || p[le - 1] == '\r'))
        le--;
    if (le - ls < 8 || p[ls] != p[le - 1] || (p[ls] != '-' && p[ls] != '=' && p[ls] != '*'))
        return 0;
    char c = p[ls];
    size_t a = ls, b = le;
    while (a < le && p[a] == c)
        a++;
    while (b > a && p[b - 1] == c)
        b--;
    return a - ls >= 3 && le - b >= 3 && lines_has_text(p, a, b);
}

int lines_blank(const char *p, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (p[k] != ' ' && p[k] != '\t' && p[k] != '\r')
            return 0;
    return 1;
}

int lines_source_note(const char *p, size_t ts, size_t te)
{
    if (te - ts > 7 && (!strncasecmp(p + ts, "source:", 7) || !strncasecmp(p + ts, "sources:", 8)))
        return 1;
    /* 资料来源：, 数据来源：, 来源： (a colon full-width or not); 数据来源于…,
     * 资料来自…; each after 注： too ("注：数据来源于世界银行") */
    static const char *const zh[] = {"资料来源", "数据来源", "来源", NULL};
    static const char *const from[] = {"数据来源于", "资料来源于", "数据来自", "资料来自", NULL};
    if (ts >= te || (unsigned char)p[ts] < 0x80)   /* (an empty line may end the text) */
        return 0;
    if (te - ts > 6 && !memcmp(p + ts, "注", 3) && (!memcmp(p + ts + 3, "：", 3) || p[ts + 3] == ':'))
        ts += p[ts + 3] == ':' ? 4 : 6;
    for (int k = 0; from[k]; k++)
        if (te - ts > strlen(from[k]) + 3 && !memcmp(p + ts, from[k], strlen(from[k])))
            return 1;
    for (int k = 0; zh[k]; k++) {
        size_t l = strlen(zh[k]);
        if (te - ts > l + 3 && !memcmp(p + ts, zh[k], l) &&
            (!memcmp(p + ts + l, "：", 3) || p[ts + l] == ':'))
            return 1;
    }
    return 0;
}

/* A gap at the edge of a cell: the line's edge, a tab, a pipe or two
 * blanks, read from p[i] forwards (dir 1) or from p[i - 1] backwards. */
static int cell_gap(const char *p, size_t n, size_t i, int dir)
{
    if (dir > 0) {
        if (i >= n || p[i] == '\n' || p[i] == '\r' || p[i] == '\t' || p[i] == '|')
            return 1;
        return i + 1 < n && p[i] == ' ' && (p[i + 1] == ' ' || p[i + 1] == '\n' || p[i + 1] == '\r');
    }
    if (i == 0 || p[i - 1] == '\n' || p[i - 1] == '\t' || p[i - 1] == '|')
        return 1;
    return i >= 2 && p[i - 1] == ' ' && (p[i - 2] == ' ' || p[i - 2] == '\n');
}

int lines_cell_alone(const char *p, size_t n, size_t s, size_t e)
{
    return cell_gap(p, n, s, -1) && cell_gap(p, n, e, 1);
}

int lines_is_reference(const char *text, size_t n, size_t i)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t lim = n - i > 1200 ? i + 1200 : n;
    const unsigned char *nl = memchr(p + i, '\n', lim - i);
    size_t e = nl ? (size_t)(nl - p) : lim;
    if (e - i >= 3 && p[i] == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF)
        i += 3;
    while (i < e && (p[i] == ' ' || p[i] == '\t'))
        i++;
    if (e - i >= 5 && ascii_isupper(p[i]) && (ascii_isupper(p[i + 1]) || ascii_isdigit(p[i + 1])) &&
        p[i + 2] == ' ' && p[i + 3] == ' ' && p[i + 4] == '-')
        return 1;
    static const char *const idl[] = {"doi", "isbn", "issn", "http", "url:", "e-isbn", "eissn", NULL};
    for (int k = 0; idl[k] && i < e; k++) {
        /* (each opens with a lower-case letter: compared where it is) */
        if ((p[i] | 0x20) != (unsigned char)idl[k][0])
            continue;
        size_t l = strlen(idl[k]);
        if (e - i >= l && tw_weq(p + i, l, idl[k]))
            return 1;
    }
    int shape = 0;
    size_t j = i;
    if (j < e && p[j] == '[') {
        j++;
        while (j < e && ascii_isdigit(p[j]))
            j++;
        shape = j > i + 1 && j < e && p[j] == ']';
    } else if (j < e && ascii_isdigit(p[j])) {
        while (j < e && ascii_isdigit(p[j]) && j - i < 4)
            j++;
        shape = j < e && (p[j] == '.' || p[j] == ')' || p[j] == ' ') && !ascii_isdigit(p[j]);
    } else if (j < e && ascii_isupper(p[j])) {
        /* "Surname, I." or "Surname, Initial" */
        while (j < e && ascii_isalpha(p[j]))
            j++;
        if (j + 3 < e && p[j] == ',' && p[j + 1] == ' ' && ascii_isupper(p[j + 2]) &&
            (p[j + 3] == '.' || p[j + 3] == ','))
            shape = 1;
    }
    if (!shape)
        return 0;
    for (size_t k = i; k + 5 < e; k++) {
        /* "(2017)", "(2017," "(n.d.)", "2017)." , ", 2017." */
        if (p[k] == '(' && ((ascii_isdigit(p[k + 1]) && ascii_isdigit(p[k + 2]) && ascii_isdigit(p[k + 3]) &&
                             ascii_isdigit(p[k + 4]) && (p[k + 5] == ')' || p[k + 5] == ',' || ascii_isalpha(p[k + 5]))) ||
                            tw_weq(p + k + 1, 4, "n.d.")))
            return 1;
        if ((p[k] == ',' || p[k] == '.') && p[k + 1] == ' ' && (p[k + 2] == '1' || p[k + 2] == '2') &&
            k + 6 < e && ascii_isdigit(p[k + 3]) && ascii_isdigit(p[k + 4]) && ascii_isdigit(p[k + 5]) &&
            (p[k + 6] == '.' || p[k + 6] == ','))
            return 1;
        if (tw_weq(p + k, 4, "http") || tw_weq(p + k, 5, "et al"))
            return 1;
    }
    return 0;
}

size_t lines_snake_key(const char *p, size_t ls, size_t le)
{
    size_t k = ls;
    while (k < le && k - ls <= 40 && ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= '0' && p[k] <= '9') || p[k] == '_'))
        k++;
    return k - ls <= 40 && k > ls && p[ls] >= 'a' && p[ls] <= 'z' ? k - ls : 0;
}
