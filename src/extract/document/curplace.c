/* curplace.c — the country whose own currency a sum is written in (see
 * curplace.h). */
#include "curplace.h"

#include "ascii.h"

#include <pthread.h>
#include <string.h>

typedef struct {
    const char *token; /* as written */
    const char *place; /* scope id of data/metrics.csv */
} Money;

/* Signs glued to their sum; codes and names as words. Not "$", "€",
 * "Rs", "Sh", "K", "R", "P", "CFA": several countries write them. */
static const Money signs[] = {
    {"\xc2\xa3", "united kingdom"}, {"\xe2\x82\xa6", "nigeria"},  {"\xe2\x82\xb9", "india"},
    {"\xe2\x82\xb1", "philippines"}, {"A$", "australia"},          {"S$", "singapore"},
    {"HK$", "hong kong"},            {"NT$", "taiwan"},            {"R$", "brazil"},
    {NULL, NULL}};
static const Money words[] = {
    {"GBP", "united kingdom"}, {"KES", "kenya"},     {"KSh", "kenya"},       {"Ksh", "kenya"},
    {"NGN", "nigeria"},        {"naira", "nigeria"}, {"IDR", "indonesia"},   {"rupiah", "indonesia"},
    {"ZMW", "zambia"},         {"RMB", "china"},     {"CNY", "china"},       {"yuan", "china"},
    {"renminbi", "china"},     {"INR", "india"},     {"PKR", "pakistan"},    {"MYR", "malaysia"},
    {"ringgit", "malaysia"},   {"THB", "thailand"},  {"baht", "thailand"},   {"VND", "vietnam"},
    {"EGP", "egypt"},          {"ETB", "ethiopia"},  {"birr", "ethiopia"},   {"TZS", "tanzania"},
    {"UGX", "uganda"},         {"GHS", "ghana"},     {"cedis", "ghana"},     {"ZAR", "south africa"},
    {"AUD", "australia"},      {"SGD", "singapore"}, {"HKD", "hong kong"},   {"TWD", "taiwan"},
    {"JPY", "japan"},          {"yen", "japan"},     {"KRW", "south korea"}, {"BRL", "brazil"},
    {"LKR", "sri lanka"},      {"NPR", "nepal"},     {"KHR", "cambodia"},    {"riel", "cambodia"},
    {"LAK", "laos"},           {"KZT", "kazakhstan"}, {"tenge", "kazakhstan"}, {"UZS", "uzbekistan"},
    {"PGK", "papua new guinea"}, {"kina", "papua new guinea"}, {NULL, NULL}};

/* The entries of a table by their first byte: a chain through next[],
 * head[b] the first (index + 1, 0: none), and each token's length. */
typedef struct {
    unsigned char head[256];
    unsigned char next[64];
    unsigned char len[64];
} Index;

static Index sign_ix, word_ix;
static pthread_once_t ix_once = PTHREAD_ONCE_INIT;

static void index_of(const Money *t, Index *ix)
{
    size_t n = 0;
    while (t[n].token && n < sizeof ix->next)
        n++;
    /* (backwards, so that each chain runs in the table's order) */
    for (size_t k = n; k-- > 0;) {
        unsigned char b = (unsigned char)t[k].token[0];
        ix->len[k] = (unsigned char)strlen(t[k].token);
        ix->next[k] = ix->head[b];
        ix->head[b] = (unsigned char)(k + 1);
    }
}

static void ix_init(void)
{
    index_of(signs, &sign_ix);
    index_of(words, &word_ix);
}

const char *curplace_at(const char *doc, size_t i, size_t e, size_t *len)
{
    pthread_once(&ix_once, ix_init);
    unsigned char c = (unsigned char)doc[i];
    int after_letter = i > 0 && ascii_isalpha((unsigned char)doc[i - 1]);
    for (unsigned k = sign_ix.head[c]; k; k = sign_ix.next[k - 1]) {
        size_t l = sign_ix.len[k - 1];
        if (i + l <= e && !memcmp(doc + i, signs[k - 1].token, l) && (c >= 0x80 || !after_letter)) {
            *len = l;
            return signs[k - 1].place;
        }
    }
    if (after_letter)
        return NULL;
    for (unsigned k = word_ix.head[c]; k; k = word_ix.next[k - 1]) {
        size_t l = word_ix.len[k - 1];
        if (i + l <= e && !memcmp(doc + i, words[k - 1].token, l) && (i + l == e || !ascii_isalpha((unsigned char)doc[i + l]))) {
            *len = l;
            return words[k - 1].place;
        }
    }
    return NULL;
}

const char *curplace_next(const char *doc, size_t i, size_t e, size_t *at, size_t *len)
{
    pthread_once(&ix_once, ix_init);
    for (; i < e; i++) {
        unsigned char b = (unsigned char)doc[i];
        if (!sign_ix.head[b] && !word_ix.head[b])
            continue;
        /* (an ASCII sign or word opens none after a letter: the rest of
         * a word is passed without a call) */
        if (b < 0x80 && i > 0 && ascii_isalpha((unsigned char)doc[i - 1]))
            continue;
        const char *id = curplace_at(doc, i, e, len);
        if (id) {
            *at = i;
            return id;
        }
    }
    return NULL;
}
