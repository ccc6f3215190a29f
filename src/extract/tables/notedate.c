/* notedate.c — the date a table's note gives one column (notedate.h). */
#include "notedate.h"

#include <string.h>

#include "textfind.h"

int notedate_column_year(const char *p, size_t ns, size_t ne, size_t hs, size_t he)
{
    while (hs < he && p[hs] == ' ')
        hs++;
    while (he > hs && p[he - 1] == ' ')
        he--;
    /* (a header of two Chinese characters at least, "收盘价") */
    if (he < hs + 6 || he - hs > 30 || ne <= ns || (unsigned char)p[hs] < 0xE4)
        return 0;
    size_t at = ns;
    const char *h;
    while (at < ne && (h = tf_find(p + at, ne - at, p + hs, he - hs)) != NULL) {
        size_t k = (size_t)(h - p) + (he - hs);
        /* ---- 截至 right after, or after a word or two ("收盘价数据截至") ---- */
        for (size_t j = k; j + 6 <= ne && j <= k + 12; j++)
            if (!memcmp(p + j, "截至", 6)) {
                size_t d = j + 6;
                int y = 0, nd = 0;
                while (d < ne && p[d] >= '0' && p[d] <= '9' && nd < 5)
                    y = y * 10 + (p[d] - '0'), d++, nd++;
                if (nd == 4 && d + 3 <= ne && !memcmp(p + d, "年", 3) && y >= 1900 && y <= 2100)
                    return y;
                break;
            }
        at = k;
    }
    return 0;
}
