/* measure.c — is a figure the quantity a metric measures (measure.h).
 *
 * Each rule reads a few words on either side of the figure; words are
 * ASCII (textwalk.h), Chinese is matched as UTF-8 literals in the figure's
 * clause.
 */
#define _GNU_SOURCE   /* memmem */
#include "measure.h"

#include <string.h>

#include "change.h"
#include "textwalk.h"

/* Hedges and small words passed over between a figure and the word that
 * says what it is: "added about 5", "of which some 41". */
static const char *const hedges[] = {
    "about", "some", "around", "roughly", "nearly", "almost", "approximately", "over", "more", "than", "at",
    "least", "only", "just", "a", "further", "another", "an", "estimated", NULL,
};

/* The word before p[i), past hedges: its length, *ws its start. */
static size_t word_before_hedges(const unsigned char *u, size_t lo, size_t i, size_t *ws)
{
    size_t wl = tw_word_before(u, i, ws);
    for (int k = 0; k < 4 && wl && *ws > lo && tw_win(u + *ws, wl, hedges); k++)
        wl = tw_word_before(u, *ws, ws);
    return *ws >= lo ? wl : 0;
}

/* The next word after p[..i), across blanks and one line break (a
 * wrapped line): its start in *ws, its length. */
static size_t word_after(const unsigned char *u, size_t n, size_t i, size_t *ws)
{
    *ws = tw_skip_blanks(u, n, i);
    return tw_word_end(u, n, *ws) - *ws;
}

/* The next word after p[..i) on the same line. */
static size_t word_after_on_line(const unsigned char *u, size_t n, size_t i, size_t *ws)
{
    while (i < n && (u[i] == ' ' || u[i] == '\t'))
        i++;
    *ws = i;
    return tw_word_end(u, n, i) - i;
}

/* Where the Chinese clause holding p[at] opens (after ，；。：), not before lo.
 * (A mark's last byte is no ASCII byte: an English text's bytes are
 * passed with one compare.) */
static size_t zh_clause_start(const char *p, size_t lo, size_t at)
{
    static const char *const marks[] = {"，", "；", "。", "：", NULL};
    for (size_t i = at; i >= lo + 3; i--)
        for (int k = 0; (unsigned char)p[i - 1] >= 0x80 && marks[k]; k++)
            if (!memcmp(p + i - 3, marks[k], 3))
                return i;
    return lo;
}

/* Does the literal w occur in p[from, to)? */
static int has(const char *p, size_t from, size_t to, const char *w)
{
    return to > from && memmem(p + from, to - from, w, strlen(w)) != NULL;
}

/* ---- a change or an addition ---- */

static const char *const added_before[] = {"added", "adds", "adding", "add", NULL};
static const char *const added_after[] = {"new", "additional", NULL};

int measure_moved(const char *p, size_t n, size_t ss, size_t start, size_t end)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t ws, wl = word_after(u, n, end, &ws);
    /* ("agreements with 17 countries and 30 more, according to": others
     * of the same kind, no move) */
    int others = wl == 4 && tw_weq(u + ws, wl, "more") && (ws + wl == n || strchr(",.;:)", p[ws + wl]));
    if (change_before(p, start) || (!others && change_after(p, n, end)))
        return 1;
    wl = word_before_hedges(u, 0, start, &ws);
    if (wl && tw_win(u + ws, wl, added_before))
        return 1;
    wl = word_after(u, n, end, &ws);
    if (wl && tw_win(u + ws, wl, added_after))
        return 1;
    /* (Chinese: 新增 before the figure in its clause: "2023年新增5个伙伴国",
     * "新增手机网民2562万人") */
    size_t lo = start > 60 && start - 60 > ss ? start - 60 : ss;
    return has(p, zh_clause_start(p, lo, start), start, "新增");
}

/* ---- a part of a set ---- */

static const char *const part_words[] = {"which", "whom", "them", "these", "those", NULL};

int measure_part(const char *p, size_t n, size_t ss, size_t start, size_t end)
{
    const unsigned char *u = (const unsigned char *)p;
    /* "..., of which 41", "of whom 163 million" */
    size_t ws, wl = word_before_hedges(u, ss, start, &ws);
    if (wl && tw_win(u + ws, wl, part_words)) {
        size_t os, ol = tw_word_before(u, ws, &os);
        if (ol && os >= ss && tw_weq(u + os, ol, "of"))
            return 1;
    }
    /* "36 of which", "41 of them", "9 of the 15 African countries" */
    wl = word_after(u, n, end, &ws);
    if (wl && tw_weq(u + ws, wl, "of")) {
        size_t ns, nl = word_after(u, n, ws + wl, &ns);
        if (nl && (tw_win(u + ns, nl, part_words) || tw_weq(u + ns, nl, "the"))) {
            /* ("of the 15": a count of the set follows) */
            if (!tw_weq(u + ns, nl, "the"))
                return 1;
            size_t k = ns + nl;
            while (k < n && u[k] == ' ')
                k++;
            if (k < n && u[k] >= '0' && u[k] <= '9')
                return 1;
        }
    }
    /* "Of these, 31 are in Africa", "Of those 63 countries, 36 ...": the
     * sentence opens on the set, the figure stands after its comma */
    size_t i = ss;
    while (i < start && (u[i] == ' ' || u[i] == '\n' || u[i] == '\t'))
        i++;
    size_t fe = tw_word_end(u, n, i);
    if (tw_weq(u + i, fe - i, "of")) {
        size_t ns, nl = word_after(u, n, fe, &ns);
        if (nl && tw_win(u + ns, nl, part_words)) {
            for (size_t k = ns + nl; k < start; k++)
                if (u[k] == ',')
                    return 1;
        }
    }
    /* "其中亚洲国家13个": 其中 opens the figure's clause */
    size_t lo = start > 90 ? start - 90 : 0;
    if (lo < ss)
        lo = ss;
    return has(p, zh_clause_start(p, lo, start), start, "其中");
}

/* ---- a cue word before a noun ---- */

/* Words after a cue that are no noun it could modify: function words,
 * auxiliaries, common adverbs ("online in 2019", "use the internet
 * daily", "went online last year"). */
static const char *const not_nouns[] = {
    "in", "on", "at", "by", "for", "to", "of", "from", "with", "within", "without", "into", "across", "via",
    "through", "since", "during", "over", "under", "than", "as", "and", "or", "nor", "but", "if", "so",
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "every", "each",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "may", "might", "should", "must", "who", "which", "whom", "where", "when",
    "while", "now", "today", "yet", "still", "already", "last", "next", "once", "ever", "never", "only",
    "also", "even", "more", "less", "most", "least", "alone", "either", "then", "there", "here", "all",
    "both", "again", "anymore", "too", "very", "not", "no", "per", "about", "some", "around", "rose",
    "grew", "fell", "reached", "stood", "stands", "remains", "remain", "remained", "use", "uses", "used",
    "using", "access", "connection", "connections", "users", "user", "worldwide", "globally", "nationwide",
    "overall", "altogether", "together", "anywhere", "everywhere", "continues", "continue", "stood", NULL,
};

/* Nouns a share or a count of people is said of, whatever the metric's
 * unit: "offline population", "online population". */
static const char *const people_nouns[] = {"population", "people", "persons", "individuals", NULL};

int measure_cue_modifies(const char *p, size_t n, size_t cs, size_t ce, char *const *nouns, size_t nn)
{
    const unsigned char *u = (const unsigned char *)p;
    if (tw_word_end(u, n, cs) != ce)
        return 0; /* one word only: "internet users" names its own noun */
    size_t ws, wl = word_after_on_line(u, n, ce, &ws);
    if (wl < 3 || u[ws] < 'a' || u[ws] > 'z' || tw_win(u + ws, wl, not_nouns) || tw_win(u + ws, wl, people_nouns))
        return 0;
    /* adverbs and past participles: "regularly", "connected" */
    if ((u[ws + wl - 2] == 'l' && u[ws + wl - 1] == 'y') || (u[ws + wl - 2] == 'e' && u[ws + wl - 1] == 'd'))
        return 0;
    /* (a word that goes on with a digit or "-" is a name: "online-only") */
    if (ws + wl < n && (u[ws + wl] == '-' || (u[ws + wl] >= '0' && u[ws + wl] <= '9')))
        return 0;
    for (size_t k = 0; k < nn; k++) {
        size_t l = strlen(nouns[k]);
        /* (the unit's head word, plural or not) */
        if ((wl == l || (wl == l + 1 && u[ws + l] == 's')) && !strncmp((const char *)u + ws, nouns[k], l))
            return 0;
    }
    return 1;
}

/* ---- what a share is of ---- */

static const char *const whole_skip[] = {
    "the", "its", "their", "all", "a", "an", "his", "her", "our", "total", "entire", "whole", "those", "these", NULL,
};
static const char *const whole_people[] = {
    "population", "populations", "people", "persons", "individuals", "adults", "residents", "citizens",
    "inhabitants", "men", "women", "youth", "humanity", "children", "girls", "boys", "everyone", "humans", NULL,
};
/* Words that end the whole's phrase: "of men use", "of people in". */
static const char *const whole_end[] = {
    "use", "used", "using", "uses", "are", "were", "is", "was", "had", "have", "has", "in", "on", "at", "who",
    "that", "which", "and", "or", "said", "say", "says", "with", "from", "aged", "still", "remain", NULL,
};

/* The end of the Chinese clause holding p[at] (at ，；。), not after hi
 * (an ASCII byte opens no mark). */
static size_t zh_clause_end(const char *p, size_t at, size_t hi)
{
    static const char *const marks[] = {"，", "；", "。", NULL};
    for (size_t i = at; i + 3 <= hi; i++)
        for (int k = 0; (unsigned char)p[i] >= 0x80 && marks[k]; k++)
            if (!memcmp(p + i, marks[k], 3))
                return i;
    return hi;
}

int measure_share_whole(const char *p, size_t n, size_t ss, size_t start, size_t end)
{
    const unsigned char *u = (const unsigned char *)p;
    /* Chinese: a clause on 网民 or 非网民 that names no population nor a
     * penetration rate gives a share of the users, or of the offline
     * ("占网民整体的29.8%", "非网民占比为22.1%", "约三成非网民") */
    if (start >= 3 && u[start - 1] >= 0x80) {
        size_t cs = zh_clause_start(p, start > 90 && start - 90 > ss ? start - 90 : ss, start);
        size_t ce = zh_clause_end(p, end, end + 90 < n ? end + 90 : n);
        if (has(p, cs, ce, "网民") && !has(p, cs, ce, "人口") && !has(p, cs, ce, "普及率"))
            return MEASURE_OTHER;
    }
    size_t ws, wl = word_after(u, n, end, &ws);
    if (!wl || !tw_weq(u + ws, wl, "of"))
        return MEASURE_NO_WHOLE;
    size_t i = ws + wl;
    int words = 0;
    for (int k = 0; k < 5; k++) {
        wl = word_after(u, n, i, &ws);
        if (!wl)
            break;
        if (tw_win(u + ws, wl, whole_end))
            break;
        if (tw_win(u + ws, wl, whole_people))
            return MEASURE_PEOPLE;
        /* ("67 percent of the world": of its people; not "of the world's
         * ...", whose noun follows) */
        if (tw_weq(u + ws, wl, "world") && (ws + wl == n || strchr(",.;:)", p[ws + wl])))
            return MEASURE_PEOPLE;
        /* a people by its name: "of Kenyans", "of Africans" */
        if (u[ws] >= 'A' && u[ws] <= 'Z' && wl >= 5 && u[ws + wl - 1] == 's' && u[ws + wl - 2] == 'n')
            return MEASURE_PEOPLE;
        /* (a word cut at a line's end: "the popula- tion") */
        if (ws + wl < n && u[ws + wl] == '-')
            for (size_t j = 0; whole_people[j]; j++)
                if (wl >= 4 && !strncmp(whole_people[j], (const char *)u + ws, wl))
                    return MEASURE_PEOPLE;
        i = ws + wl;
        /* (a possessive: "the world's population", "Kenya’s") */
        if (i + 1 < n && u[i] == '\'')
            i += 2;
        else if (n - i >= 4 && !memcmp(u + i, "\xe2\x80\x99", 3))
            i += 4;
        if (!tw_win(u + ws, wl, whole_skip))
            words++;
    }
    return words ? MEASURE_OTHER : MEASURE_NO_WHOLE;
}
