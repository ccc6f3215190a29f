/* change.c — a figure stated as a change (change.h). */
#include "change.h"

#include <string.h>

#include "quantity.h"
#include "textwalk.h"

/* Verbs of change that a figure follows: "rose 8.2 percent", "up 11%",
 * "jumped 3.2 times", "expected to grow fivefold". */
static const char *const verbs[] = {
    "rose", "risen", "rise", "rises", "grew", "grown", "grow", "grows", "increased", "increases", "increase",
    "decreased", "decreases", "declined", "declines", "fell", "fallen", "falls", "dropped", "drops",
    "jumped", "jumps", "jump", "climbed", "climbs", "gained", "gains", "surged", "soared", "slipped", "slid",
    "shrank", "shrunk", "expanded", "expand", "contracted", "multiplied", "ballooned", "swelled", "up", "down",
    NULL,
};
/* Nouns of change that "of" joins to a figure: "an increase of 22%". */
static const char *const nouns[] = {
    "increase", "increases", "rise", "rises", "growth", "decline", "declines", "decrease", "drop",
    "fall", "gain", "gains", "jump", "reduction", "contraction", "expansion", "slowdown", NULL,
};
/* Words after a figure that make it a change: "13.8% higher than". */
static const char *const after[] = {
    "higher", "lower", "more", "less", "fewer", "greater", "smaller", "larger", "bigger", "up", "down",
    "above", "below", "increase", "increases", "decrease", "decline", "rise", "growth", "gain", "drop",
    "jump", "fall", "year-on-year", "yoy", NULL,
};
/* Verbs that "up" completes into no move: "made up 61 percent", "set up". */
static const char *const phrasal[] = {
    "made", "make", "makes", "making", "take", "takes", "took", "taking", "taken", "set", "sets",
    "add", "adds", "added", "adding", "sum", "sums", "summed", "end", "ends", "ended", "wind", "wound",
    "back", "backed", "turn", "turned", "show", "showed", "shows", "pick", "picked", "open", "opened", NULL,
};
/* Chinese: a verb or noun of change right before the figure, then the
 * small words that may stand between. */
static const char *const zh_change[] = {
    "增长", "增加", "下降", "减少", "提高", "提升", "上升", "下滑", "上涨", "回落", "增幅", "增速",
    "降幅", "涨幅", "扩大", "收窄", NULL,
};
static const char *const zh_between[] = {
    "了", "为", "达", "约", "近", "超过", "逾", "达到", NULL,
};

/* The literal of list that p[..e) ends with: its length, else 0. */
static size_t ends_with(const char *p, size_t e, const char *const *list)
{
    for (size_t i = 0; list[i]; i++) {
        size_t l = strlen(list[i]);
        if (l <= e && !memcmp(p + e - l, list[i], l))
            return l;
    }
    return 0;
}

static int zh_change_before(const char *p, size_t e)
{
    for (int k = 0; k < 2; k++) {   /* 增长了约: at most two small words */
        size_t l = ends_with(p, e, zh_between);
        if (!l)
            break;
        e -= l;
    }
    return ends_with(p, e, zh_change) != 0;
}

int change_before(const char *p, size_t start)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t qs;
    qty_qualifier_before(p, start, &qs);
    size_t e = tw_skip_blanks_back(u, qs);
    if (e >= 3 && (unsigned char)p[e - 1] >= 0x80)
        return zh_change_before(p, e);
    size_t ws, wl = tw_word_before(u, qs, &ws);
    if (wl && tw_weq(u + ws, wl, "by"))
        wl = tw_word_before(u, ws, &ws);
    if (!wl)
        return 0;
    if (tw_weq(u + ws, wl, "of")) {
        wl = tw_word_before(u, ws, &ws);
        return wl && tw_win(u + ws, wl, nouns);
    }
    if (!tw_win(u + ws, wl, verbs))
        return 0;
    if (tw_weq(u + ws, wl, "up") || tw_weq(u + ws, wl, "down")) {
        size_t vs, vl = tw_word_before(u, ws, &vs);
        if (vl && tw_win(u + vs, vl, phrasal))
            return 0;
    }
    return 1;
}

int change_after(const char *p, size_t n, size_t end)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t i = tw_skip_blanks(u, n, end);
    size_t e = tw_word_end(u, n, i);
    return e > i && tw_win(u + i, e - i, after);
}
