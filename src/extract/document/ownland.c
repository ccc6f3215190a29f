/* ownland.c — the country a Chinese text abroad calls 我国 (ownland.h). */
#include "ownland.h"

#include <string.h>
#include <strings.h>

/* the countries with a Chinese-language press of their own, by the code
 * their web addresses end with */
static const struct {
    const char *code, *id;
} codes[] = {
    {"my", "malaysia"},     {"sg", "singapore"},   {"tw", "taiwan"},     {"id", "indonesia"},
    {"th", "thailand"},     {"ph", "philippines"}, {"vn", "vietnam"},    {"kh", "cambodia"},
    {"mm", "myanmar"},      {"la", "laos"},        {"bn", "brunei"},     {"kr", "south korea"},
    {"jp", "japan"},        {"au", "australia"},   {"nz", "new zealand"}, {"ca", "canada"},
    {"uk", "united kingdom"},
};

const char *ownland_from_url(const char *url)
{
    if (!url)
        return NULL;
    /* the host: after "//", up to the first '/', ':', '?' or '#' */
    const char *h = strstr(url, "//");
    h = h ? h + 2 : url;
    size_t n = strcspn(h, "/:?#");
    size_t dot = n;
    while (dot > 0 && h[dot - 1] != '.')
        dot--;
    if (dot == 0 || n - dot != 2)
        return NULL;
    for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++)
        if (!strncasecmp(h + dot, codes[k].code, 2))
            return codes[k].id;
    return NULL;
}

const char *ownland_country(const char *home, const char *url)
{
    /* (a home that is none of them, China, a place within it or a region
     * a paper's name says, "南洋商报", leaves the address to tell) */
    for (size_t k = 0; home && k < sizeof codes / sizeof codes[0]; k++)
        if (!strcmp(home, codes[k].id))
            return codes[k].id;
    return ownland_from_url(url);
}
