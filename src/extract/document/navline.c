/* navline.c — a web page's line of site navigation (navline.h). */
#include "navline.h"

#include <string.h>

enum { MENU_ITEMS = 4, ITEM_WORDS = 4, ITEM_BYTES = 40 };

/* Is p[s, e) one short menu item: 1..ITEM_WORDS words, no digit? */
static int menu_item(const char *p, size_t s, size_t e)
{
    while (s < e && p[s] == ' ')
        s++;
    while (e > s && p[e - 1] == ' ')
        e--;
    if (e == s || e - s > ITEM_BYTES)
        return 0;
    int words = 1;
    for (size_t i = s; i < e; i++) {
        if (p[i] >= '0' && p[i] <= '9')
            return 0;
        if (p[i] == ' ' && p[i + 1] != ' ')
            words++;
    }
    return words <= ITEM_WORDS;
}

int navline_is_menu(const char *p, size_t s, size_t e)
{
    while (s < e && (p[s] == ' ' || p[s] == '\t'))
        s++;
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\r'))
        e--;
    if (e == s || p[s] == '|')
        return 0;
    int items = 0;
    size_t from = s;
    for (size_t i = s; i + 3 <= e; i++) {
        if (memcmp(p + i, " | ", 3))
            continue;
        if (!menu_item(p, from, i))
            return 0;
        items++;
        from = i + 3;
        i += 2;
    }
    if (!items || !menu_item(p, from, e))
        return 0;
    return items + 1 >= MENU_ITEMS;
}
