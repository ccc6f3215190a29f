/* localcur.c — a shared currency sign read as its place's currency (see
 * localcur.h). */
#include "localcur.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "diag.h"
#include "quantity.h"
#include "textwalk.h"

/* Each sign, the currency the scanner gives it, and the countries that
 * write it for another. A sign is matched, any case, at the start of the
 * span, before a blank, a dot or a digit. */
typedef struct Shared {
    const char *sign;
    const char *read_as;
    const char *place[4], *code[4];
} Shared;

static const Shared shared[] = {
    {"rs", "INR", {"pakistan", "sri lanka", "nepal", "mauritius"}, {"PKR", "LKR", "NPR", "MUR"}},
    {"rupees", "INR", {"pakistan", "sri lanka", "nepal", "mauritius"}, {"PKR", "LKR", "NPR", "MUR"}},
    {"sh", "KES", {"tanzania", "uganda", "somalia", NULL}, {"TZS", "UGX", "SOS", NULL}},
    {"shillings", "KES", {"tanzania", "uganda", "somalia", NULL}, {"TZS", "UGX", "SOS", NULL}},
    {"kwacha", "ZMW", {"malawi", NULL, NULL, NULL}, {"MWK", NULL, NULL, NULL}},
    {"k", "ZMW", {"malawi", "papua new guinea", NULL, NULL}, {"MWK", "PGK", NULL, NULL}},
    {"p", "PHP", {"botswana", NULL, NULL, NULL}, {"BWP", NULL, NULL, NULL}},
    {"pesos", "PHP", {"mexico", "argentina", "colombia", "chile"}, {"MXN", "ARS", "COP", "CLP"}},
    {"peso", "PHP", {"mexico", "argentina", "colombia", "chile"}, {"MXN", "ARS", "COP", "CLP"}},
    {"cfa", "XOF", {"cameroon", "gabon", "chad", "republic of the congo"}, {"XAF", "XAF", "XAF", "XAF"}},
    {NULL, NULL, {NULL}, {NULL}},
};

/* Does the span t open with sign (or, for a currency word, end with it:
 * "2 billion rupees")? */
static int written_with(const char *t, const char *sign)
{
    size_t l = strlen(sign), n = strlen(t);
    if (!strncasecmp(t, sign, l) && (t[l] == ' ' || t[l] == '.' || (t[l] >= '0' && t[l] <= '9')))
        return 1;
    return l > 2 && n > l && t[n - l - 1] == ' ' && !strcasecmp(t + n - l, sign);
}

/* The currency of place for the shared sign s, or NULL. */
static const char *code_of(const Shared *s, const char *place)
{
    for (int k = 0; k < 4 && s->place[k]; k++)
        if (!strcmp(place, s->place[k]))
            return s->code[k];
    return NULL;
}

/* 元 is the yuan in mainland Chinese, the dollar of Hong Kong and of
 * Taiwan and the pataca of Macao in their own texts: "預留30億元" in a
 * Hong Kong release is HKD. */
static const struct {
    const char *place, *code;
} yuan_places[] = {{"hong kong", "HKD"}, {"macau", "MOP"}, {"taiwan", "TWD"}, {NULL, NULL}};

/* Is the span t written with a bare 元 (not 人民币, ￥, 块钱), and no
 * 人民币 after it (at s, n_after bytes: "3500亿元人民币") nor right before
 * it (before[0, nb) ends where the span starts: "人民幣30億元" with the
 * span on "30億元")? */
static int bare_yuan(const char *t, const char *s, size_t n_after, const char *before, size_t nb)
{
    static const char yuan[] = "元", *const renminbi[] = {"人民币", "人民幣", "￥", "¥", "块钱", "塊錢", NULL};
    size_t n = strlen(t), yl = sizeof yuan - 1;
    if (n < yl || strcmp(t + n - yl, yuan))
        return 0;
    for (int k = 0; renminbi[k]; k++)
        if (strstr(t, renminbi[k]))
            return 0;
    for (int k = 0; renminbi[k]; k++)
        if (n_after >= strlen(renminbi[k]) && !memcmp(s, renminbi[k], strlen(renminbi[k])))
            return 0;
    for (int k = 0; renminbi[k]; k++)
        if (nb >= strlen(renminbi[k]) && !memcmp(before + nb - strlen(renminbi[k]), renminbi[k], strlen(renminbi[k])))
            return 0;
    return 1;
}

/* The currency 元 is for a figure in place (its scope, else the
 * document's), or NULL: the yuan stays. */
static const char *yuan_of(const Claim *c, const char *doc_scope)
{
    const char *place = c->scope[0] ? c->scope : doc_scope;
    for (int k = 0; place && yuan_places[k].place; k++)
        if (!strcmp(place, yuan_places[k].place))
            return yuan_places[k].code;
    return NULL;
}

int localcur_yuan(Claim *c, const char *doc, size_t n, const char *doc_scope)
{
    size_t cl = strlen(c->unit);
    const char *yc;
    if (strncmp(c->unit, "CNY", 3) || (cl > 3 && c->unit[3] != '/') || !c->text || c->end > n ||
        !bare_yuan(c->text, doc + c->end, n - c->end, doc, c->start) || !(yc = yuan_of(c, doc_scope)))
        return 0;
    char unit[sizeof c->unit];
    snprintf(unit, sizeof unit, "%s%s", yc, c->unit + 3);
    strcut(c->unit, sizeof c->unit, unit);
    return 1;
}

int localcur_resolve(Claim *c, const char *doc_scope)
{
    size_t cl = strlen(c->unit);
    for (const Shared *s = shared; s->sign; s++) {
        if (strncmp(c->unit, s->read_as, 3) || (cl > 3 && c->unit[3] != '/') || !c->text ||
            !written_with(c->text, s->sign))
            continue;
        /* the figure's own place, when it is a country of the sign's (the
         * scanner's own reading included: "Sh" in Kenya), else the
         * document's */
        const char *code = code_of(s, c->scope);
        if (!code && !c->scope[0] && doc_scope)
            code = code_of(s, doc_scope);
        if (!code)
            return 0;
        char unit[sizeof c->unit];
        snprintf(unit, sizeof unit, "%s%s", code, c->unit + 3);
        strcut(c->unit, sizeof c->unit, unit);
        return 1;
    }
    return 0;
}

/* Does "per" and a currency follow p[j]: "per US dollar", "per U.S.
 * dollar", "per euro" (an exchange rate's)? */
static int per_currency(const unsigned char *p, size_t n, size_t j)
{
    j = tw_skip_blanks(p, n, j);
    size_t e = tw_word_end(p, n, j);
    if (!tw_weq(p + j, e - j, "per"))
        return 0;
    j = tw_skip_blanks(p, n, e);
    if ((j + 3 <= n && !memcmp(p + j, "US$", 3)) || (j < n && p[j] == '$'))
        return 1;   /* "per US$" */
    if (j + 4 < n && (!memcmp(p + j, "US ", 3) || !memcmp(p + j, "U.S. ", 5)))
        j = tw_skip_blanks(p, n, j + (p[j + 1] == 'S' ? 2 : 4));
    e = tw_word_end(p, n, j);
    return e > j && qty_currency_word((const char *)p + j, e - j) != NULL;
}

/* Is the number p[i, e) written with cents, as a price is ("K17.00",
 * "N 3.90", "K 512,600,000.00"): exactly two decimals, no more digits? */
static int cents(const unsigned char *p, size_t n, size_t i, size_t e)
{
    return e >= i + 4 && p[e - 3] == '.' && ascii_isdigit(p[e - 2]) && ascii_isdigit(p[e - 1]) &&
           !(e < n && (ascii_isdigit(p[e]) || p[e] == '.'));
}

const char *localcur_letter(const char *text, size_t n, size_t i, size_t num_end, char known, size_t *sign_start)
{
    const unsigned char *p = (const unsigned char *)text;
    if (i == 0)
        return NULL;
    /* the letter glued to the number, or one blank before it: then after
     * a bracket or a lower-case word ("balance of K 88.3 million"), not a
     * name's letter ("Grade R 1.2 million", "Plan K 5 million") */
    size_t l = p[i - 1] == ' ' && i >= 2 ? i - 2 : i - 1;
    if (p[l] != 'N' && p[l] != 'R' && p[l] != 'K' && p[l] != 'P')
        return NULL;
    if (l >= 1 && (ascii_isalnum(p[l - 1]) || p[l - 1] == '-'))
        return NULL;
    if (l < i - 1) {
        size_t ws, wl = tw_word_before(p, l, &ws);
        /* (or a table's cell or a field's value with cents: "Contract
         * sum:      K 512,600,000.00") */
        if (!(l >= 1 && p[l - 1] == '(') && !(wl && p[ws] >= 'a' && p[ws] <= 'z') &&
            !(p[l] != 'P' && l >= 2 && p[l - 1] == ' ' && p[l - 2] == ' ' && cents(p, n, i, num_end)))
            return NULL;
    }
    size_t j = num_end < n && (p[num_end] == ' ' || p[num_end] == '-') ? num_end + 1 : num_end, e = j;
    while (e < n && ascii_isalpha(p[e]))
        e++;
    /* (after a hyphen only a scale written out: "P2.9-billion", not the
     * headline's "P2.9-B", which the sum's reading does not take) */
    int hy = num_end < n && p[num_end] == '-';
    int again = known && p[l] == (unsigned char)known && l == i - 1;
    if ((e == j || qty_scale((const char *)p + j, e - j, !hy) < 1e6) && !per_currency(p, n, num_end) && !again &&
        !(p[l] != 'P' && cents(p, n, i, num_end)))
        return NULL;
    *sign_start = l;
    return p[l] == 'N' ? "NGN" : p[l] == 'R' ? "ZAR" : p[l] == 'K' ? "ZMW" : "PHP";
}
