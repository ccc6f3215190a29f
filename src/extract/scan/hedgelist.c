/* hedgelist.c — a hedge written once before a list of figures (see
 * hedgelist.h). */
#include "hedgelist.h"

#include <math.h>
#include <string.h>

#include "ascii.h"
#include "quantity.h"
#include "textwalk.h"

/* How many words of the first item may stand between its figure and the
 * list's joint: its noun ("government agencies"), then a preposition and
 * its object ("people in Myanmar", "m per pixel for SkySat"). */
#define NOUN_WORDS 3
#define OBJECT_WORDS 3

/* The prepositions that open an item's place or part. */
static const char *const preps[] = {"in", "of", "for", "with", "at", "on", "across", "per", "among", NULL};

/* Words that make the gap more than an item's noun and place: verbs,
 * comparisons, a change's ends, clauses, and what counts apart. */
static const char *const breaks[] = {
    "than", "to", "from", "past", "against", "versus", "vs", "compared", "while", "but", "whereas", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "may",
    "might", "can", "should", "rose", "fell", "grew", "hit", "up", "down", "by", "after", "before", "since",
    "until", "which", "who", "that", "when", "where", "only", "just", "respectively", "a", "an",
    "another", "further", "more", "less", "fewer", "over", "under", "other", "then", "also",
    "each", "every", "total", "rest", "remaining", "reach", "reaches", "climb", "climbs", "exceed",
    "exceeds", "pass", "passes", "top", "tops", "plus", "minus", "not", "no", "nor", "between",
    "including", "if", "so", "whole", "all", NULL,
};

/* Is the token p[s, e) a year (1900..2099)? */
static int is_year(const unsigned char *p, size_t s, size_t e)
{
    return e - s == 4 && ((p[s] == '1' && p[s + 1] == '9') || (p[s] == '2' && p[s + 1] == '0')) && p[s + 2] >= '0' &&
           p[s + 2] <= '9' && p[s + 3] >= '0' && p[s + 3] <= '9';
}

/* Is p[s, e) a word that may stand in an item: letters (a hyphen or an
 * apostrophe inside), none of them a verb's ending, not a break word? */
static int item_word(const unsigned char *p, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if (!ascii_isalpha((unsigned char)p[i]) && !(i > s && i + 1 < e && (p[i] == '-' || p[i] == '\'')))
            return 0;
    size_t l = e - s;
    if (l > 3 && (tw_weq(p + e - 2, 2, "ed") || tw_weq(p + e - 3, 3, "ing")))
        return 0;   /* "installed", "reaching": a verb's form */
    return !tw_win(p + s, l, breaks);
}

/* The joint of a list between two figures: a comma, "and" or "or". */
enum { JOINT_NONE, JOINT_COMMA, JOINT_WORD };

/* What joint the gap p[s, e) between two figures is, after how many item
 * words (*words): a few of them, then a comma, "and" or "or" (", and"
 * too). Not ", or", which restates the figure before ("5.5 billion
 * people, or 68 percent"). */
static int list_joint(const unsigned char *p, size_t s, size_t e, int *words)
{
    int joint = JOINT_NONE, nl = 0, prep = 0, item = 0, comma = 0;
    *words = 0;
    size_t i = s;
    while (i < e) {
        unsigned char c = p[i];
        if (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !nl++)) {
            i++;
            continue;
        }
        if (c == ',') {
            if (joint)
                return JOINT_NONE;
            joint = JOINT_COMMA, comma = 1;   /* a comma ends the item; "and" may follow */
            i++;
            continue;
        }
        size_t we = i;
        while (we < e && p[we] != ' ' && p[we] != '\t' && p[we] != '\r' && p[we] != '\n' && p[we] != ',')
            we++;
        int and = tw_weq(p + i, we - i, "and");
        if (and || tw_weq(p + i, we - i, "or")) {
            if (joint == JOINT_WORD || (comma && !and))
                return JOINT_NONE;
            joint = JOINT_WORD;
        } else if (joint) {
            return JOINT_NONE;
        } else if (!prep && tw_win(p + i, we - i, preps)) {
            prep = 1, item = 0, ++*words;   /* the item's place or part begins */
        } else if (++item > (prep ? OBJECT_WORDS : NOUN_WORDS) || !(item_word(p, i, we) || is_year(p, i, we))) {
            return JOINT_NONE;
        } else {
            ++*words;
        }
        i = we;
    }
    return joint;
}

int hedge_share(const unsigned char *p, size_t n, const ScanQuantity *a, int a_shared, ScanQuantity *b)
{
    if (b->qual != Q_EXACT || (a->qual != Q_APPROX && a->qual != Q_MIN && a->qual != Q_MAX) || b->start < a->end ||
        b->end > n || b->start - a->end > 64)
        return 0;
    /* (a's hedge stands before it, not after: "3,000-plus", "or more") */
    size_t qs;
    if (!a_shared && qty_qualifier_before((const char *)p, a->start, &qs) != a->qual)
        return 0;
    /* a comma lists figures of one kind ("$12 million, $9 million"), and
     * so do "and" and "or" over an item's words ("4,000 migrants in Chad
     * and 2,500 in Niger"); right after the figure, any two */
    int words, joint = list_joint(p, a->end, b->start, &words);
    int same = b->unit[0] ? !strcmp(a->unit, b->unit) : joint == JOINT_WORD;
    if (joint == JOINT_NONE || ((joint == JOINT_COMMA || words) && !same))
        return 0;
    b->qual = a->qual;
    b->low = b->qual == Q_MIN ? b->value : NAN;
    b->high = b->qual == Q_MAX ? b->value : NAN;
    return 1;
}
