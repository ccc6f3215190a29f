/* daysheld.c — working capital measured in days (see daysheld.h). */
#include "daysheld.h"

#include "ascii.h"
#include "textwalk.h"

static const char *const kinds[] = {
    "inventory", "receivable", "receivables", "payable", "payables", "debtor", "debtors", "creditor", "creditors",
    "stock", NULL,
};

static const char *const links[] = {
    "improved", "rose", "fell", "increased", "decreased", "declined", "lengthened", "shortened", "stood", "was",
    "were", "is", "are", "at", "to", "from", "of", "in", "and", "reached", "climbed", "dropped", "averaged", NULL,
};

int daysheld_subject(const char *text, size_t start)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t i = start;
    for (int steps = 0; steps < 8 && i > 0; steps++) {
        size_t b = i;
        while (b > 0 && (p[b - 1] == ' ' || p[b - 1] == '\t'))
            b--;
        if (b == 0 || p[b - 1] == '.' || p[b - 1] == ';' || p[b - 1] == '\n')
            return 0;
        /* a figure or a fiscal year of the same change: "148 in FY2020" */
        if (ascii_isdigit(p[b - 1])) {
            while (b > 0 && (ascii_isalnum(p[b - 1]) || p[b - 1] == ',' || p[b - 1] == '.'))
                b--;
            i = b;
            continue;
        }
        size_t ws, l = tw_word_before(p, i, &ws);
        if (!l)
            return 0;
        if (tw_weq(p + ws, l, "days")) {
            size_t ks, kl = tw_word_before(p, ws, &ks);
            return kl && tw_win(p + ks, kl, kinds);
        }
        if (!tw_win(p + ws, l, links))
            return 0;
        i = ws;
    }
    return 0;
}
