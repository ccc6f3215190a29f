/* curplace.c — the country whose own currency a sum is written in (see
 * curplace.h). */
#include "curplace.h"

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

static int letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

const char *curplace_at(const char *doc, size_t i, size_t e, size_t *len)
{
    unsigned char c = (unsigned char)doc[i];
    for (int k = 0; signs[k].token; k++) {
        size_t l = strlen(signs[k].token);
        if ((unsigned char)signs[k].token[0] == c && i + l <= e && !memcmp(doc + i, signs[k].token, l) &&
            (l == 1 || (unsigned char)signs[k].token[0] >= 0x80 || i == 0 || !letter((unsigned char)doc[i - 1]))) {
            *len = l;
            return signs[k].place;
        }
    }
    if (!letter(c) || (i > 0 && letter((unsigned char)doc[i - 1])))
        return NULL;
    for (int k = 0; words[k].token; k++) {
        size_t l = strlen(words[k].token);
        if ((unsigned char)words[k].token[0] == c && i + l <= e && !memcmp(doc + i, words[k].token, l) &&
            (i + l == e || !letter((unsigned char)doc[i + l]))) {
            *len = l;
            return words[k].place;
        }
    }
    return NULL;
}
