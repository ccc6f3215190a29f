/* natcur.c — a currency named by its nation (see natcur.h). */
#include "natcur.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "textwalk.h"

typedef struct NatCur {
    const char *nation;   /* lower case, one or two words */
    const char *word;     /* the currency's word, singular */
    const char *code;
} NatCur;

static const NatCur natcur[] = {
    {"canadian", "dollar", "CAD"},        {"australian", "dollar", "AUD"},     {"new zealand", "dollar", "NZD"},
    {"singapore", "dollar", "SGD"},       {"hong kong", "dollar", "HKD"},      {"new taiwan", "dollar", "TWD"},
    {"taiwan", "dollar", "TWD"},          {"namibian", "dollar", "NAD"},       {"fiji", "dollar", "FJD"},
    {"fijian", "dollar", "FJD"},          {"brunei", "dollar", "BND"},         {"liberian", "dollar", "LRD"},
    {"jamaican", "dollar", "JMD"},        {"east caribbean", "dollar", "XCD"}, {"solomon islands", "dollar", "SBD"},
    {"kenyan", "shilling", "KES"},        {"kenya", "shilling", "KES"},        {"ugandan", "shilling", "UGX"},
    {"uganda", "shilling", "UGX"},        {"tanzanian", "shilling", "TZS"},    {"tanzania", "shilling", "TZS"},
    {"somali", "shilling", "SOS"},        {"philippine", "peso", "PHP"},       {"mexican", "peso", "MXN"},
    {"argentine", "peso", "ARS"},         {"colombian", "peso", "COP"},        {"chilean", "peso", "CLP"},
    {"indian", "rupee", "INR"},           {"pakistani", "rupee", "PKR"},       {"sri lankan", "rupee", "LKR"},
    {"nepali", "rupee", "NPR"},           {"nepalese", "rupee", "NPR"},        {"mauritian", "rupee", "MUR"},
    {"indonesian", "rupiah", "IDR"},      {"south korean", "won", "KRW"},      {"korean", "won", "KRW"},
    {"lao", "kip", "LAK"},                {"laotian", "kip", "LAK"},           {"uzbek", "soum", "UZS"},
    {"uzbek", "som", "UZS"},              {"kyrgyz", "som", "KGS"},            {"zambian", "kwacha", "ZMW"},
    {"malawian", "kwacha", "MWK"},        {"nigerian", "naira", "NGN"},        {"ghanaian", "cedi", "GHS"},
    {"ethiopian", "birr", "ETB"},         {"south african", "rand", "ZAR"},    {"egyptian", "pound", "EGP"},
    {"chinese", "yuan", "CNY"},           {"japanese", "yen", "JPY"},          {"thai", "baht", "THB"},
    {"malaysian", "ringgit", "MYR"},      {"vietnamese", "dong", "VND"},       {"cambodian", "riel", "KHR"},
    {"bangladeshi", "taka", "BDT"},       {"kazakh", "tenge", "KZT"},          {"rwandan", "franc", "RWF"},
    {"swiss", "franc", "CHF"},           {"brazilian", "real", "BRL"},
    {"papua new guinean", "kina", "PGK"}, {"png", "kina", "PGK"},   /* ("PNG kina") */
    {NULL, NULL, NULL},
};

/* Does the word p[j, e) spell w, singular or plural ("shillings", "pesos")? */
static int currency_word(const unsigned char *p, size_t j, size_t e, const char *w)
{
    size_t l = strlen(w);
    if (tw_weq(p + j, e - j, w))
        return 1;
    return e - j == l + 1 && (p[e - 1] == 's' || p[e - 1] == 'S') && !strncasecmp((const char *)p + j, w, l);
}

const char *natcur_at(const unsigned char *p, size_t n, size_t j, size_t *end)
{
    /* (a nation's name is written capitalised: most words after a
     * number are not, and cost one test) */
    if (j >= n || !(p[j] >= 'A' && p[j] <= 'Z'))
        return NULL;
    int first = p[j] | 0x20;
    for (const NatCur *c = natcur; c->nation; c++) {
        size_t l = strlen(c->nation);
        if (c->nation[0] != first || j + l + 2 > n || strncasecmp((const char *)p + j, c->nation, l) || p[j + l] != ' ')
            continue;
        size_t k = tw_skip_blanks(p, n, j + l), ke = tw_word_end(p, n, k);
        if (ke > k && currency_word(p, k, ke, c->word)) {
            *end = ke;
            return c->code;
        }
    }
    return NULL;
}

const char *natcur_dollar_before(const unsigned char *p, size_t e, size_t *ns)
{
    for (const NatCur *c = natcur; c->nation; c++) {
        size_t l = strlen(c->nation);
        if (strcmp(c->word, "dollar") || e < l || strncasecmp((const char *)p + e - l, c->nation, l) ||
            (e > l && ascii_isalpha(p[e - l - 1])))
            continue;
        *ns = e - l;
        return c->code;
    }
    return NULL;
}
