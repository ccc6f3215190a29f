/* votes.c — tallies: votes cast and responses received (see votes.h). */
#include "votes.h"

#include "ascii.h"
#include "textwalk.h"

/* Verbs before a tally's number (over hedges): "won 139 votes", "we
 * received 4 responses", "passed with nine votes". */
static const char *const tally_verbs[] = {
    "received", "receive", "receives", "receiving", "won", "win", "wins", "winning", "obtained", "secured",
    "gained", "garnered", "got", "collected", "polled", "cast", "with", "by", NULL,
};

/* Hedges between such a verb and the number. */
static const char *const hedges[] = {
    "about", "around", "only", "just", "some", "nearly", "almost", "over", "more", "than", "at", "least",
    "fewer", "less", "a", "total", "of", "roughly", NULL,
};

/* A vote's sides after "votes": "in favour", "against", "to" (a
 * number), "for" (a candidate or a motion). */
static int side_after(const unsigned char *p, size_t n, size_t e)
{
    size_t j = tw_skip_blanks(p, n, e), je = tw_word_end(p, n, j);
    if (tw_weq(p + j, je - j, "against") || tw_weq(p + j, je - j, "for"))
        return 1;
    size_t k = tw_skip_blanks(p, n, je), ke = tw_word_end(p, n, k);
    if (tw_weq(p + j, je - j, "in") && (tw_weq(p + k, ke - k, "favour") || tw_weq(p + k, ke - k, "favor")))
        return 1;
    return tw_weq(p + j, je - j, "to") && k < n && ascii_isdigit(p[k]);
}

/* A tally verb before p[start), over at most three hedges. */
static int verb_before(const unsigned char *p, size_t start)
{
    size_t i = start;
    for (int steps = 0; steps < 4; steps++) {
        size_t ws, l = tw_word_before(p, i, &ws);
        if (!l)
            return 0;
        if (tw_win(p + ws, l, tally_verbs))
            return 1;
        if (!tw_win(p + ws, l, hedges))
            return 0;
        i = ws;
    }
    return 0;
}

const char *votes_tally(const char *text, size_t n, size_t start, size_t ws, size_t we)
{
    const unsigned char *p = (const unsigned char *)text;
    int vote = tw_weq(p + ws, we - ws, "votes") || tw_weq(p + ws, we - ws, "vote");
    int resp = tw_weq(p + ws, we - ws, "responses") || tw_weq(p + ws, we - ws, "replies");
    if (!vote && !resp)
        return NULL;
    if (verb_before(p, start) || (vote && side_after(p, n, we)))
        return vote ? "votes" : resp && tw_weq(p + ws, we - ws, "replies") ? "replies" : "responses";
    return NULL;
}

int votes_other_side(const char *text, size_t n, size_t start, size_t end)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t j = tw_skip_blanks(p, n, end), je = tw_word_end(p, n, j);
    if (!tw_weq(p + j, je - j, "against") && !tw_weq(p + j, je - j, "in"))
        return 0;
    if (tw_weq(p + j, je - j, "in")) {
        size_t k = tw_skip_blanks(p, n, je), ke = tw_word_end(p, n, k);
        if (!tw_weq(p + k, ke - k, "favour") && !tw_weq(p + k, ke - k, "favor"))
            return 0;
    }
    /* "votes" before it in its sentence, joined by "and" or "," */
    size_t as, al = tw_word_before(p, start, &as);
    if (!al || !(tw_weq(p + as, al, "and") || tw_weq(p + as, al, "with")))
        return 0;
    for (size_t k = as; k > 0 && as - k < 80; k--) {
        unsigned char c = p[k - 1];
        if (c == '.' || c == ';' || c == '\n')
            return 0;
        if ((c == 'v' || c == 'V') && k + 4 <= as && tw_weq(p + k - 1, 5, "votes"))
            return 1;
    }
    return 0;
}
