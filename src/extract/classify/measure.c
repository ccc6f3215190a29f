/* measure.c — is a figure the quantity a metric measures (measure.h).
 *
 * Each rule reads a few words on either side of the figure; words are
 * ASCII (textwalk.h), Chinese is matched as UTF-8 literals in the figure's
 * clause.
 */
#define _GNU_SOURCE   /* memmem */
#include "measure.h"

#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "change.h"
#include "textfind.h"
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

/* The next word after p[..i) on the same line, or on the next when the
 * line is wrapped prose ("cases of internet\nfraud"): one line break, no
 * blank line. */
static size_t word_after_wrapped(const unsigned char *u, size_t n, size_t i, size_t *ws)
{
    while (i < n && (u[i] == ' ' || u[i] == '\t'))
        i++;
    size_t k = i + (i < n && u[i] == '\r');
    if (k < n && u[k] == '\n') {
        k++;
        while (k < n && (u[k] == ' ' || u[k] == '\t'))
            k++;
        if (k < n && u[k] != '\n' && u[k] != '\r')
            i = k;
    }
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
    return to > from && tf_find(p + from, to - from, w, strlen(w)) != NULL;
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
    /* a figure written with its sign, "+38% compared with 2024", "(+2.1)":
     * a plus says how much it moved */
    if (start < n && (p[start] == '+' || (start > 0 && p[start - 1] == '+')))
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
     * sentence opens on the set, the figure stands after its comma (the
     * set may be "this": "Of this amount, K412.5 million will go to") */
    size_t i = ss;
    while (i < start && (u[i] == ' ' || u[i] == '\n' || u[i] == '\t'))
        i++;
    size_t fe = tw_word_end(u, n, i);
    if (tw_weq(u + i, fe - i, "of")) {
        size_t ns, nl = word_after(u, n, fe, &ns);
        if (nl && (tw_win(u + ns, nl, part_words) || tw_weq(u + ns, nl, "this"))) {
            for (size_t k = ns + nl; k < start; k++)
                if (u[k] == ',')
                    return 1;
        }
    }
    /* "其中亚洲国家13个": 其中 opens the figure's clause (a list after it
     * may be long: "其中亚洲国家13个、非洲国家8个、...大洋洲国家1个") */
    size_t lo = start > 240 ? start - 240 : 0;
    if (lo < ss)
        lo = ss;
    size_t cs = zh_clause_start(p, lo, start);
    const char *q = start > cs ? tf_find(p + cs, start - cs, "其中", 6) : NULL;
    if (!q)
        return 0;
    /* (其中一项, 其中一个: one of them, singled out, is an item of its
     * own: "其中一项……数据中心项目投资约4.8亿美元") */
    size_t k = (size_t)(q - p) + 6;
    return !(k + 6 <= start && (!memcmp(p + k, "一", 3) || p[k] == '1') &&
             (!memcmp(p + k + (p[k] == '1' ? 1 : 3), "项", 3) || !memcmp(p + k + (p[k] == '1' ? 1 : 3), "个", 3) ||
              !memcmp(p + k + (p[k] == '1' ? 1 : 3), "座", 3)));
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
    "overall", "altogether", "together", "anywhere", "everywhere", "continues", "continue", "stood",
    "according", "because", "despite", "although", "though", "whereas", "unless", "after", "before",
    "until", "among", "against", "between", "like", "including", "near", "outside", "inside", "beyond",
    "along", "toward", "towards", "behind", "above", "below", "beside", "upon", "onto", "throughout", NULL,
};

/* Nouns a share or a count of people is said of, whatever the metric's
 * unit: "offline population", "online population". */
static const char *const people_nouns[] = {"population", "people", "persons", "individuals", NULL};

/* The nouns of a share's own measure after a cue that is one already:
 * "a penetration rate of 88%", "penetration levels" (not "the online rate
 * of fraud": online names no share). */
static const char *const share_cues[] = {"penetration", NULL};
static const char *const level_nouns[] = {"rate", "rates", "level", "levels", NULL};

/* Second halves of a compound that make it a modifier of a thing:
 * "internet-facing devices", "internet-exposed servers", "online-only
 * banks" (not "internet-using population", "internet-user numbers"). */
static const char *const compound_thing[] = {
    "facing", "exposed", "enabled", "based", "borne", "only", "wide", "scale", "related", "linked", NULL,
};

int measure_cue_opens_compound(const char *p, size_t n, size_t cs, size_t ce, char *const *nouns, size_t nn)
{
    const unsigned char *u = (const unsigned char *)p;
    if (!(ce + 1 < n && ce > cs && ascii_isalpha(u[ce - 1]) && u[ce] == '-' && u[ce + 1] >= 'a' && u[ce + 1] <= 'z'))
        return 0;
    size_t he = tw_word_end(u, n, ce + 1);
    if (!tw_win(u + ce + 1, he - ce - 1, compound_thing))
        return 0;
    /* (the whole compound before a noun of something else) */
    return measure_cue_modifies(p, n, cs, tw_word_end(u, n, cs), nouns, nn);
}

/* Things other than the internet whose reach is a "penetration": the word
 * right before the cue ("smartphone penetration rate", "4G penetration
 * levels"), or a count of them earlier in its clause that the share
 * restates ("572 million unique mobile subscribers, equivalent to a
 * penetration rate of 46%"). */
static const char *const other_reach[] = {
    "smartphone", "smartphones", "mobile", "phone", "handset", "cellular", "subscriber", "subscribers",
    "subscription", "subscriptions", "sim", "broadband", "fibre", "fiber", "fixed", "fixed-line", "4g", "5g",
    "3g", "lte", "card", "bank", "banking", "money", "payment", "payments", "e-commerce", "tv", "pay-tv",
    "cable", "wireless", "device", "devices", "market", NULL,
};

static int penetration_of_other(const unsigned char *u, size_t cs)
{
    static const char *const determiners[] = {"a", "an", "the", "its", "their", NULL};
    for (size_t i = cs; i > 0 && cs - i < 160;) {
        size_t e = i;
        while (e > 0 && (u[e - 1] == ' ' || u[e - 1] == '\n' || u[e - 1] == ','))
            e--;
        /* (a word, or a number: "46.5") */
        size_t b = e;
        while (b > 0 && (ascii_isalnum(u[b - 1]) || u[b - 1] == '-' || (u[b - 1] == '.' && b < e && ascii_isdigit(u[b]))))
            b--;
        if (b == e) /* a mark that ends the clause */
            return 0;
        if (tw_win(u + b, e - b, other_reach))
            return 1;
        /* (the word before names whose reach it is: "internet", "Laos's") */
        if (i == cs && !tw_win(u + b, e - b, determiners))
            return 0;
        i = b;
    }
    return 0;
}

int measure_cue_modifies(const char *p, size_t n, size_t cs, size_t ce, char *const *nouns, size_t nn)
{
    const unsigned char *u = (const unsigned char *)p;
    if (tw_word_end(u, n, cs) != ce)
        return 0; /* one word only: "internet users" names its own noun */
    size_t ws, wl = word_after_wrapped(u, n, ce, &ws);
    if (wl < 3 || u[ws] < 'a' || u[ws] > 'z' || tw_win(u + ws, wl, not_nouns) || tw_win(u + ws, wl, people_nouns))
        return 0;
    if (tw_win(u + cs, ce - cs, share_cues) && tw_win(u + ws, wl, level_nouns))
        return penetration_of_other(u, cs);
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

/* ---- a cue after a verb of an activity ---- */

/* Verbs of what people do online, as their stem: the count of those who
 * do it is no count of those online ("shopped online", "bank online"). */
static const char *const activity_stems[] = {
    "shop", "bank", "pay", "buy", "sell", "purchase", "order", "book", "trade", "learn", "study", "work",
    "stream", "play", "gamble", "bet", "chat", "date", "vote", "watch", "apply", "transact", "spend", "borrow",
    "lend", "save", "invest", "donate", "teach", "search", "game", "read", "meet", "register", "consult", "sign",
    NULL,
};
/* Their forms no ending makes: "paid online", "bought online". */
static const char *const activity_irregular[] = {
    "paid", "bought", "sold", "spent", "lent", "taught", "studied", "studies", "applied", "applies", "met",
    "signed", NULL,
};

/* Is w[0, n) a form of stem: stem, -s, -es, -ed, -d, -ing, the last
 * consonant doubled (-ped, -ping), or a final e dropped (-ing)? */
static int form_of(const unsigned char *w, size_t n, const char *stem)
{
    /* (every form opens with the stem's first letter; the stems are lower
     * case) */
    if (!n || (w[0] | 0x20) != stem[0])
        return 0;
    size_t l = strlen(stem);
    int e = stem[l - 1] == 'e';
    /* (purchasing, trading: the final e dropped) */
    if (e && n == l + 2 && !strncasecmp((const char *)w, stem, l - 1) &&
        tw_weq(w + l - 1, 3, "ing"))
        return 1;
    if (n < l || strncasecmp((const char *)w, stem, l))
        return 0;
    const unsigned char *t = w + l;
    size_t k = n - l;
    if (!k || tw_weq(t, k, "s") || tw_weq(t, k, "es") || tw_weq(t, k, "ed") || tw_weq(t, k, "ing"))
        return 1;
    if (e && tw_weq(t, k, "d"))
        return 1;
    /* (shopped, shopping, chatting: the last consonant doubled) */
    return k > 1 && (t[0] | 32) == stem[l - 1] && !e && (tw_weq(t + 1, k - 1, "ed") || tw_weq(t + 1, k - 1, "ing"));
}

int measure_cue_activity(const char *p, size_t n, size_t cs, size_t ce)
{
    const unsigned char *u = (const unsigned char *)p;
    if (tw_word_end(u, n, cs) != ce)
        return 0; /* one word only */
    size_t ws, wl = tw_word_before(u, cs, &ws);
    if (!wl)
        return 0;
    if (tw_win(u + ws, wl, activity_irregular))
        return 1;
    for (int k = 0; activity_stems[k]; k++)
        if (form_of(u + ws, wl, activity_stems[k]))
            return 1;
    return 0;
}

/* ---- a cue in a clause on a part of the set ---- */

static const char *const including_words[] = {"including", "includes", "include", "included", NULL};

/* (one walk from the figure to the cue: a byte that ends the part of the
 * sentence, or may open "of" or "including", is told by one look; the
 * rest are passed. A stop anywhere between says no, whatever was found
 * before it.) */
enum { PART_STOP = 1, PART_OF = 2, PART_INCL = 3 };
static const unsigned char part_byte[256] = {
    [';'] = PART_STOP, [':'] = PART_STOP, ['\n'] = PART_STOP,
    ['o'] = PART_OF, ['O'] = PART_OF, ['i'] = PART_INCL, ['I'] = PART_INCL,
};

/* "of which", "of whom", "of them" at u[i] (an 'o' not inside a word)? */
static int part_of_at(const unsigned char *u, size_t i, size_t cs)
{
    if (!tw_weq(u + i, 2, "of"))
        return 0;
    size_t ws, wl = word_after(u, cs, i + 2, &ws);
    return wl && ws + wl <= cs && (tw_weq(u + ws, wl, "which") || tw_weq(u + ws, wl, "whom") || tw_weq(u + ws, wl, "them"));
}

/* "including", "includes" at u[i] opening the clause that runs to cs
 * (the cue in the clause it opens: not "a loan, including a grace
 * period, supports a data centre")? */
static int part_including_at(const unsigned char *u, size_t i, size_t cs)
{
    size_t wl = tw_word_end(u, cs, i) - i;
    if (!tw_win(u + i, wl, including_words))
        return 0;
    size_t k = i + wl;
    while (k < cs && u[k] != ',')
        k++;
    return k == cs;
}

int measure_part_pronoun(const char *doc, size_t n, size_t end)
{
    static const char *const pronouns[] = {"them", "which", "these", "those", NULL};
    const unsigned char *u = (const unsigned char *)doc;
    size_t i = end;
    while (i < n && (u[i] == ' ' || u[i] == '\n'))
        i++;
    size_t e = tw_word_end(u, n, i);
    if (!tw_weq(u + i, e - i, "of"))
        return 0;
    while (e < n && (u[e] == ' ' || u[e] == '\n'))
        e++;
    return tw_win(u + e, tw_word_end(u, n, e) - e, pronouns);
}

/* Does u[s, e) hold anything but blanks? */
static int has_text_between(const unsigned char *u, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if (u[i] != ' ' && u[i] != '\n' && u[i] != '\t')
            return 1;
    return 0;
}

int measure_cue_in_part(const char *p, size_t end, size_t cs)
{
    const unsigned char *u = (const unsigned char *)p;
    if (cs <= end)
        return 0;
    int found = 0;
    for (size_t i = end; i < cs; i++) {
        unsigned kind = part_byte[u[i]];
        if (!kind)
            continue;
        if (kind == PART_STOP) {
            if (u[i] != '\n' || (i + 1 < cs && u[i + 1] == '\n'))
                return 0;
            continue;
        }
        if (found || (i > 0 && ascii_isalpha(u[i - 1])))
            continue;
        /* (the figure's own "of them" makes it the part: "Twelve of them
         * have signed ..." speaks of the twelve) */
        if (kind == PART_OF && !has_text_between(u, end, i))
            continue;
        /* "of which", "of whom", "of them"; what the figure's whole
         * includes: "(US$14.0 million) includes construction of a Tier III
         * government data centre" */
        found = kind == PART_OF ? part_of_at(u, i, cs) : part_including_at(u, i, cs);
    }
    return found;
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

/* Words in a whole's phrase that make it a part of a population, one the
 * metrics themselves count: "of the offline population", "of the online
 * population" are no whole population. */
static const char *const whole_sub[] = {"offline", "online", "connected", "unconnected", NULL};

/* The whole a share p[start, end) names itself, after "of" (or, in
 * Chinese, in its clause). *we: where the whole's phrase ends (end when
 * none). */
static int own_whole(const char *p, size_t n, size_t ss, size_t start, size_t end, size_t *we)
{
    const unsigned char *u = (const unsigned char *)p;
    *we = end;
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
    int words = 0, sub = 0, total = 0;
    for (int k = 0; k < 5; k++) {
        wl = word_after(u, n, i, &ws);
        if (!wl)
            break;
        if (tw_win(u + ws, wl, whole_end))
            break;
        *we = ws + wl;
        if (tw_win(u + ws, wl, whole_people))
            return sub ? MEASURE_OTHER : MEASURE_PEOPLE;
        /* ("67 percent of the world": of its people; not "of the world's
         * ...", whose noun follows) */
        if (tw_weq(u + ws, wl, "world") && (ws + wl == n || strchr(",.;:)", p[ws + wl])))
            return MEASURE_PEOPLE;
        /* a people by its name: "of Kenyans", "of Africans", "of
         * Pakistanis", "of Nepalis", "of Vietnamese" */
        if (u[ws] >= 'A' && u[ws] <= 'Z' && wl >= 5 &&
            ((u[ws + wl - 1] == 's' && (u[ws + wl - 2] == 'n' || u[ws + wl - 2] == 'i')) ||
             (wl >= 7 && tw_weq(u + ws + wl - 3, 3, "ese"))))
            return MEASURE_PEOPLE;
        /* (a word cut at a line's end: "the popula- tion") */
        if (ws + wl < n && u[ws + wl] == '-')
            for (size_t j = 0; whole_people[j]; j++)
                if (wl >= 4 && !strncmp(whole_people[j], (const char *)u + ws, wl))
                    return sub ? MEASURE_OTHER : MEASURE_PEOPLE;
        sub |= tw_win(u + ws, wl, whole_sub);
        total = tw_weq(u + ws, wl, "total");
        i = ws + wl;
        /* (a possessive: "the world's population", "Kenya’s") */
        if (i + 1 < n && u[i] == '\'')
            i += 2;
        else if (n - i >= 4 && !memcmp(u + i, "\xe2\x80\x99", 3))
            i += 4;
        if (!tw_win(u + ws, wl, whole_skip))
            words++;
    }
    /* ("made up 99.7% of the total": the total of what was just named) */
    return words || total ? MEASURE_OTHER : MEASURE_NO_WHOLE;
}

/* The share figure nearest before p[at) in p[lo, at): a number before
 * "%", "％", "percent" or "per cent". 1 and its span, or 0. */
static int share_before(const char *p, size_t lo, size_t at, size_t *fs, size_t *fe)
{
    const unsigned char *u = (const unsigned char *)p;
    for (size_t i = at; i > lo; i--) {
        size_t e = 0, k = i;
        if (u[i - 1] == '%')
            e = i, k = i - 1;
        else if (i - lo >= 3 && !memcmp(p + i - 3, "\xef\xbc\x85", 3))
            e = i, k = i - 3;
        else if (ascii_isalpha(u[i - 1]) && (i == at || !ascii_isalpha(u[i]))) {
            size_t ws, wl = tw_word_before(u, i, &ws);
            if (ws < lo || !wl || ws + wl != i)
                continue;
            if (tw_weq(u + ws, wl, "percent"))
                e = i, k = ws;
            else if (tw_weq(u + ws, wl, "cent")) {
                size_t ps, pl = tw_word_before(u, ws, &ps);
                if (pl && ps >= lo && tw_weq(u + ps, pl, "per"))
                    e = i, k = ps;
            }
        }
        if (!e)
            continue;
        while (k > lo && u[k - 1] == ' ')
            k--;
        if (k == lo || u[k - 1] < '0' || u[k - 1] > '9')
            continue;
        while (k > lo && ((u[k - 1] >= '0' && u[k - 1] <= '9') || u[k - 1] == '.' || u[k - 1] == ','))
            k--;
        *fs = k, *fe = e;
        return 1;
    }
    return 0;
}

/* Words that, between two shares, compare the later with the earlier:
 * "26 percent of users, up from 21.8 percent", "compared with", "followed
 * by entertainment (80.4 percent)". */
static const char *const compare_words[] = {
    "from", "compared", "against", "versus", "vs", "followed", "than", NULL,
};

/* Does the share p[start, ...) stand to the share that ends at fe as its
 * comparison, and so share its whole? In English a comparing word or a
 * bracket before it within a few words; in Chinese a following clause
 * that names no whole of its own ("网民使用手机上网的比例为99.9%；使用台式
 * 电脑上网的比例为33.9%"). */
static int compares_with(const char *p, size_t fe, size_t start)
{
    const unsigned char *u = (const unsigned char *)p;
    if (start - fe <= 150 && fe < start && u[start - 1] >= 0x80)
        return !has(p, fe, start, "人口") && !has(p, fe, start, "普及率") && !has(p, fe, start, "。");
    int words = 0, cmp = 0;
    for (size_t i = fe; i < start;) {
        size_t e = tw_word_end(u, start, i);
        if (e > i) {
            words++;
            cmp |= tw_win(u + i, e - i, compare_words);
            i = e;
        } else {
            if (u[i] == ';' || (u[i] == '\n' && i + 1 < start && u[i + 1] == '\n'))
                return 0;
            i++;
        }
    }
    size_t b = tw_skip_blanks_back(u, start);
    return words <= 14 && (cmp || (b > fe && u[b - 1] == '('));
}

/* Where the Chinese sentence holding p[at) opens: after its 。 or a blank
 * line, at most 300 bytes back (a ； ends no sentence here: "网民使用手机上网
 * 的比例为99.9%；使用台式电脑上网的比例为33.9%"). */
static size_t zh_sentence_start(const char *p, size_t at)
{
    size_t lo = at > 300 ? at - 300 : 0;
    for (size_t i = at; i > lo; i--) {
        if (i >= 3 && !memcmp(p + i - 3, "。", 3))
            return i;
        if (i >= 2 && p[i - 1] == '\n' && p[i - 2] == '\n')
            return i;
    }
    return lo;
}

/* Words right after a share that say where the members of a set named
 * before it are: "(其中约)三分之一生活在最不发达国家", "a third live in
 * LDCs" — a share of that set by place, not of the place's people. */
static const char *const located[] = {
    "生活在", "居住在", "位于", "分布在", "集中在", " live in ", " lives in ", " living in ", " are located in ",
    " reside in ", NULL,
};

static int located_after(const char *p, size_t n, size_t end)
{
    for (int k = 0; located[k]; k++) {
        size_t l = strlen(located[k]);
        if (end + l <= n && !memcmp(p + end, located[k], l))
            return 1;
    }
    return 0;
}

/* A share in brackets after a count, "In 29 of the 38 incidents (76%)",
 * "412 firms (12%)": the share of what the count counts. 1 when the
 * bracket opens right after a plural noun with a number among the three
 * words before it, and the noun is no people's. */
static int share_of_count_before(const char *p, size_t ss, size_t start)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t b = start;
    while (b > ss && u[b - 1] == ' ')
        b--;
    if (b <= ss || u[b - 1] != '(')
        return 0;
    size_t ws, wl = tw_word_before(u, b - 1, &ws);
    if (wl < 4 || ws < ss || u[ws + wl - 1] != 's' || u[ws] < 'a' || u[ws] > 'z' || tw_win(u + ws, wl, whole_people))
        return 0;
    /* (the tokens before it, letters or digits: "29 of the 38") */
    size_t i = ws;
    for (int k = 0; k < 3; k++) {
        while (i > ss && u[i - 1] == ' ')
            i--;
        if (i <= ss || !(ascii_isalnum(u[i - 1]) || u[i - 1] == ','))
            return 0;
        size_t e = i;
        while (i > ss && (ascii_isalnum(u[i - 1]) || u[i - 1] == ',' || u[i - 1] == '.'))
            i--;
        if (ascii_isdigit(u[e - 1]))
            return 1;
    }
    return 0;
}

/* (depth: how many shares back an elided whole is looked for) */
static int share_whole(const char *p, size_t n, size_t ss, size_t start, size_t end, int depth)
{
    size_t we;
    int own = own_whole(p, n, ss, start, end, &we);
    if (own != MEASURE_NO_WHOLE)
        return own;
    if (located_after(p, n, end))
        return MEASURE_OTHER;
    if (share_of_count_before(p, ss, start))
        return MEASURE_OTHER;
    /* an elided whole is the one of the share it is compared with: "26.08
     * percent of users, up from 21.80 percent in 2022" */
    size_t fs, fe, lo = start >= 3 && (unsigned char)p[start - 1] >= 0x80 ? zh_sentence_start(p, start) : ss;
    if (depth > 0 && start > lo && share_before(p, lo, start, &fs, &fe) && compares_with(p, fe, start))
        return share_whole(p, n, lo, fs, fe, depth - 1);
    return MEASURE_NO_WHOLE;
}

int measure_share_whole(const char *p, size_t n, size_t ss, size_t start, size_t end)
{
    return share_whole(p, n, ss, start, end, 3);
}

size_t measure_share_whole_end(const char *p, size_t n, size_t ss, size_t start, size_t end)
{
    size_t we;
    own_whole(p, n, ss, start, end, &we);
    return we;
}

int measure_names_people(const char *p, size_t from, size_t to)
{
    const unsigned char *u = (const unsigned char *)p;
    for (size_t i = from; i < to;) {
        size_t e = tw_word_end(u, to, i);
        if (e == i) {
            i++;
            continue;
        }
        if ((i == from || !ascii_isalpha(u[i - 1])) && tw_win(u + i, e - i, whole_people))
            return 1;
        i = e;
    }
    return 0;
}

/* ---- the size of a population ---- */

/* Words that make "population" a count some metric itself measures: "the
 * offline population of 2.6 billion". */
static const char *const measured_populations[] = {
    "offline", "online", "connected", "unconnected", "internet", "user", "users", "digital", NULL,
};
/* Words passed over between "population" and its figure: "a population
 * of some 129 million", "Kenya's population was about 55 million". */
static const char *const population_links[] = {
    "of", "was", "is", "stood", "stands", "at", "reached", "totalled", "totaled", "numbered", "estimated",
    "total", "some", "about", "around", "roughly", "nearly", "almost", "approximately", "over", "more",
    "than", "just", "an", "a", NULL,
};

/* Chinese: 人口 right before the figure, past hedges and links
 * ("东盟10国总人口约6.8亿", "人口超过5000万"); not a population a metric
 * counts ("网民人口", "离线人口"). Links and hedges, each one character. */
static const char *const zh_population_links[] = {
    "约", "为", "达", "到", "超", "过", "近", "逾", "共", "计", "有", "是", "大", "将", "接", "总", "已", "至", "多", NULL,
};
static const char *const zh_measured_populations[] = {"网民", "上网", "离线", "联网", "在线", "用户", NULL};

static int zh_population_size(const char *p, size_t ss, size_t start)
{
    size_t i = start;
    /* (at most four links: "总计约为", each three bytes) */
    for (int k = 0; k <= 4 && i >= ss + 6; k++) {
        if (!memcmp(p + i - 6, "人口", 6)) {
            for (const char *const *w = zh_measured_populations; *w; w++)
                if (i >= ss + 12 && !memcmp(p + i - 12, *w, 6))
                    return 0;
            return 1;
        }
        int link = 0;
        for (const char *const *w = zh_population_links; *w && !link; w++)
            link = !memcmp(p + i - 3, *w, 3);
        if (!link)
            return 0;
        i -= 3;
    }
    return 0;
}

int measure_population_size(const char *p, size_t ss, size_t start)
{
    if (zh_population_size(p, ss, start))
        return 1;
    const unsigned char *u = (const unsigned char *)p;
    size_t i = start;
    for (int k = 0; k < 6; k++) {
        size_t ws, wl = tw_word_before(u, i, &ws);
        if (!wl || ws < ss)
            return 0;
        /* (and "a country of about 29.2 million people") */
        if (k > 0 && (tw_weq(u + ws, wl, "country") || tw_weq(u + ws, wl, "nation")) && tw_weq(u + i, 2, "of"))
            return 1;
        if (tw_weq(u + ws, wl, "population") || tw_weq(u + ws, wl, "populations")) {
            size_t ms, ml = tw_word_before(u, ws, &ms);
            return !(ml && ms >= ss && tw_win(u + ms, ml, measured_populations));
        }
        if (!tw_win(u + ws, wl, population_links))
            return 0;
        i = ws;
    }
    return 0;
}

/* ---- the people something reached ---- */

/* Verbs whose object is the people an event reached (not "leaving":
 * "leaving 2.6 billion people offline" counts the offline). */
static const char *const reach_verbs[] = {
    "affecting", "affected", "impacting", "impacted", "disrupting", "disrupted", "hitting", "exposing",
    "exposed", NULL,
};
/* Hedges between such a verb and its figure ("affecting some 305 million"). */
static const char *const reach_hedges[] = {
    "some", "about", "around", "roughly", "nearly", "almost", "approximately", "over", "more", "than", "an",
    "estimated", "up", "to", "at", "least", NULL,
};

int measure_reached(const char *p, size_t ss, size_t start)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t i = start;
    for (int k = 0; k < 4; k++) {
        size_t ws, wl = tw_word_before(u, i, &ws);
        if (!wl || ws < ss)
            return 0;
        if (tw_win(u + ws, wl, reach_verbs))
            return 1;
        if (!tw_win(u + ws, wl, reach_hedges))
            return 0;
        i = ws;
    }
    return 0;
}

/* ---- a cue that names many items ---- */

/* Nouns a cue word modifies that make it a kind of many things: "data
 * centre projects", "data-centre and e-government projects". */
static const char *const many_nouns[] = {
    "projects", "facilities", "investments", "contracts", "deals", "loans", "programmes", "programs", "systems",
    "platforms", "sites", "campuses", "parks", "clusters", "operators", "providers", "companies", "firms",
    "networks", "assets", NULL,
};

int measure_cue_names_many(const char *p, size_t n, size_t cs, size_t ce)
{
    const unsigned char *u = (const unsigned char *)p;
    if (ce <= cs || !ascii_isalpha(u[ce - 1]))
        return 0; /* (a cue in Chinese says no number) */
    size_t ws;
    tw_word_before(u, ce, &ws);
    if (ws < cs)
        ws = cs;
    size_t wl = ce - ws;
    /* the cue's own noun in the plural: "data centres", "datacenters" */
    if (wl >= 4 && (u[ce - 1] | 0x20) == 's' && (u[ce - 2] | 0x20) != 's' && (u[ce - 2] | 0x20) != 'u' &&
        (u[ce - 2] | 0x20) != 'i')
        return 1;
    /* the plural noun it modifies, right after it or, for a cue written as
     * a modifier, after "and ..." or "or ...": "data-centre and
     * e-government projects" (not "the Konza Data Center and smart-city
     * systems", two things) */
    size_t ns, nl = word_after_wrapped(u, n, ce, &ns);
    if (nl && memchr(u + cs, '-', ce - cs) && (tw_weq(u + ns, nl, "and") || tw_weq(u + ns, nl, "or"))) {
        nl = word_after_wrapped(u, n, ns + nl, &ns);
        if (nl)
            nl = word_after_wrapped(u, n, ns + nl, &ns);
    }
    return nl && tw_win(u + ns, nl, many_nouns);
}

/* Nouns an item's cue may stand before and still name the item: "the
 * data centre project", "a data-centre contract". */
static const char *const item_heads[] = {
    "project", "projects", "campus", "campuses", "facility", "facilities", "building", "buildings", "phase",
    "phases", "site", "sites", "park", "complex", "hub", "contract", "contracts", "construction", "expansion",
    "extension", "deal", "deals", "tender", "award", "works", "cost", "costs", "price", "budget", "investment",
    "development", "scheme", NULL,
};

int measure_item_cue_names_other(const char *p, size_t n, size_t cs, size_t ce)
{
    const unsigned char *u = (const unsigned char *)p;
    if (ce <= cs || !ascii_isalpha(u[ce - 1]) || (u[ce - 1] | 0x20) == 's')
        return 0; /* (a cue in Chinese, or in the plural: measure_cue_names_many) */
    size_t ws, wl = word_after_wrapped(u, n, ce, &ws);
    if (wl < 3 || u[ws] < 'a' || u[ws] > 'z' || tw_win(u + ws, wl, not_nouns) || tw_win(u + ws, wl, item_heads))
        return 0;
    /* adverbs, past participles and gerunds: "built", "financed", "opened" */
    if ((u[ws + wl - 2] == 'l' && u[ws + wl - 1] == 'y') || (u[ws + wl - 2] == 'e' && u[ws + wl - 1] == 'd') ||
        (wl > 4 && tw_weq(u + ws + wl - 3, 3, "ing")))
        return 0;
    return !(ws + wl < n && (u[ws + wl] == '-' || (u[ws + wl] >= '0' && u[ws + wl] <= '9')));
}

static const char *const average_words[] = {"average", "averaging", "averaged", "mean", NULL};

int measure_average(const char *p, size_t from, size_t start)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t ws, i = start;
    for (int k = 0; k < 5 && i > from; k++) {
        size_t wl = tw_word_before(u, i, &ws);
        if (!wl || ws < from)
            return 0;
        if (tw_win(u + ws, wl, average_words))
            return 1;
        i = ws;
    }
    return 0;
}

int measure_each(const char *p, size_t n, size_t end)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t ws, wl = word_after_wrapped(u, n, end, &ws);
    if (!wl)
        return 0;
    if (tw_weq(u + ws, wl, "each") || tw_weq(u + ws, wl, "apiece"))
        return 1;
    /* "a piece", "per facility", "per data centre", "per site" */
    size_t xs, xl = word_after_wrapped(u, n, ws + wl, &xs);
    return xl && ((tw_weq(u + ws, wl, "a") && tw_weq(u + xs, xl, "piece")) ||
                  (tw_weq(u + ws, wl, "per") && (tw_weq(u + xs, xl, "facility") || tw_weq(u + xs, xl, "site") ||
                                                 tw_weq(u + xs, xl, "project") || tw_weq(u + xs, xl, "data"))));
}

/* ---- a clause that goes on with the one before ---- */

/* Words opening a clause that says more of the quantity of the clause
 * before: "..., compared with 86.5 percent a year earlier", "..., up
 * from", "..., reversing a dip to US$567 million"; or says it again as
 * another figure: "572 million mobile subscribers, equivalent to a
 * penetration rate of 46%". */
static const char *const going_on[] = {
    "compared", "comparing", "up", "down", "from", "against", "versus", "vs", "than", "reversing",
    "rising", "falling", "dropping", "climbing", "increasing", "decreasing", "growing", "declining", "ranging",
    "varying", NULL,
};

int measure_clause_goes_on(const char *p, size_t n, size_t cs)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t ws, wl = word_after(u, n, cs, &ws);
    /* (past "and", "while": "..., and up from") */
    if (wl && (tw_weq(u + ws, wl, "and") || tw_weq(u + ws, wl, "while")))
        wl = word_after(u, n, ws + wl, &ws);
    return wl && tw_win(u + ws, wl, going_on);
}

/* The verbs a figure's predicate opens with when its subject stands in
 * the clauses before ("the usage gap, people covered ..., stands at 60
 * per cent"), and the adverbs that may come first. */
static const char *const predicate_verbs[] = {
    "stands", "stood", "stand", "is", "was", "are", "were", "reached", "reaches", "remains", "remained",
    "totals", "totalled", "totaled", "amounts", "amounted", NULL,
};
static const char *const predicate_adverbs[] = {"therefore", "thus", "now", "still", "then", NULL};

int measure_clause_predicate(const char *p, size_t n, size_t cs)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t ws, wl = word_after(u, n, cs, &ws);
    if (wl && tw_win(u + ws, wl, predicate_adverbs))
        wl = word_after(u, n, ws + wl, &ws);
    return wl && tw_win(u + ws, wl, predicate_verbs);
}

/* ---- a statistical estimate ---- */

int measure_starred(const char *p, size_t n, size_t end)
{
    size_t k = end;
    while (k < n && p[k] == '*')
        k++;
    if (k - end >= 2)
        return 1;
    if (k - end != 1)
        return 0;
    /* (one star is a footnote's mark unless its line marks others with
     * two: "0.11** 0.13*") */
    size_t s = end, e = end;
    while (s > 0 && p[s - 1] != '\n')
        s--;
    while (e < n && p[e] != '\n')
        e++;
    for (size_t i = s; i + 1 < e; i++)
        if (p[i] == '*' && p[i + 1] == '*' && i > 0 && ascii_isdigit(p[i - 1]))
            return 1;
    return 0;
}
