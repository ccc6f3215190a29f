/* zhhome.c — the home of a body that writes in traditional characters
 * (see zhhome.h). */
#define _GNU_SOURCE   /* memmem */
#include "textfind.h"
#include "zhhome.h"

#include <string.h>

/* How many times p[0, n) holds w. */
static size_t count(const char *p, size_t n, const char *w)
{
    size_t k = 0, l = strlen(w);
    for (const char *s = p, *e = p + n; (s = tf_find(s, (size_t)(e - s), w, l)) != NULL; s += l)
        k++;
    return k;
}

const char *zhhome_region(const char *doc, size_t n)
{
    static const struct {
        const char *id, *names[3];
    } homes[] = {
        {"hong kong", {"香港", "本港", NULL}},
        {"macau", {"澳门", "本澳", NULL}},
        {"taiwan", {"台湾", "臺灣", NULL}},
    };
    size_t m = n < ZHHOME_TOP ? n : ZHHOME_TOP, k[3] = {0, 0, 0};
    for (int h = 0; h < 3; h++)
        for (int w = 0; homes[h].names[w]; w++)
            k[h] += count(doc, m, homes[h].names[w]);
    for (int h = 0; h < 3; h++)
        if (k[h] >= 3 && k[h] > 2 * k[(h + 1) % 3] && k[h] > 2 * k[(h + 2) % 3])
            return homes[h].id;
    return NULL;
}
