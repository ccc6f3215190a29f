/* zhcount.c — what a Chinese count counts beyond its clause (see
 * zhcount.h). */
#include "zhcount.h"

#include <string.h>

#include "utf8.h"

/* Does a sentence end at the character p[k, k + l)? 。！？ and a line
 * break. */
static int ends_sentence(const unsigned char *p, size_t k, size_t l)
{
    if (l == 1)
        return p[k] == '\n';
    return l == 3 && (!memcmp(p + k, "。", 3) || !memcmp(p + k, "！", 3) || !memcmp(p + k, "？", 3));
}

/* Is there a line break in p[a, b)? */
static int line_between(const unsigned char *p, size_t a, size_t b)
{
    return b > a && memchr(p + a, '\n', b - a) != NULL;
}

int zhc_part_of_total(const unsigned char *p, size_t start, size_t last_end)
{
    static const char of_which[] = "其中";
    const size_t wl = sizeof of_which - 1;
    if (last_end > start || start - last_end > 400)
        return 0;
    /* back from the figure to the start of its sentence for 其中; the
     * total ends in that sentence or in the one before it */
    size_t k = start, s;
    int found = 0;
    while (k > 0 && start - k < 400) {
        if (k >= wl && !memcmp(p + k - wl, of_which, wl))
            found = 1;
        utf8_prev((const char *)p, k, &s);
        if (ends_sentence(p, s, k - s))
            break;
        k = s;
    }
    if (!found || line_between(p, last_end, start))
        return 0;
    if (last_end >= k)
        return 1;
    /* the sentence before: no other end between the total and it */
    for (size_t e = last_end; e + 1 < k; e++)
        if (p[e] == '\n' || (e + 3 <= k - 1 && ends_sentence(p, e, 3)))
            return 0;
    return 1;
}

const char *zhc_bits_per_second(const unsigned char *p, size_t n, size_t start, size_t end, const char *measure)
{
    static const char *const bits[][2] = {{"Tbit", "Tbps"}, {"Gbit", "Gbps"}, {"Mbit", "Mbps"}, {NULL, NULL}};
    static const char per_second[] = "每秒";
    const size_t pl = sizeof per_second - 1;
    for (int b = 0; bits[b][0]; b++) {
        if (strcmp(measure, bits[b][0]))
            continue;
        if (end + pl <= n && !memcmp(p + end, per_second, pl))
            return bits[b][1];
        /* 每秒 before the figure, in its clause */
        size_t k = start, s;
        for (int chars = 0; chars < 16 && k > 0; chars++) {
            if (k >= pl && !memcmp(p + k - pl, per_second, pl))
                return bits[b][1];
            int32_t c = utf8_prev((const char *)p, k, &s);
            if (c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == '\n' || c == ',')
                return NULL;
            k = s;
        }
        return NULL;
    }
    return NULL;
}
