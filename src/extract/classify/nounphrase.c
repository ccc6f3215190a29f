/* nounphrase.c — the counted noun after a list of modifiers (see
 * nounphrase.h). */
#include "nounphrase.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "quantity.h"
#include "textwalk.h"

typedef const unsigned char *Bytes;

/* Words that end a noun phrase: articles, prepositions, pronouns,
 * copulas and auxiliaries. */
static const char *const stops[] = {
    "the", "a", "an", "of", "in", "to", "for", "with", "by", "at", "on", "from", "into", "over", "under",
    "which", "that", "who", "were", "was", "is", "are", "be", "been", "has", "have", "had", "will", "would",
    "than", "as", "per", "each", "its", "their", "this", "these", "those", "more", "less", "most", "some",
    "all", "about", "around", "between", "after", "before", "since", "during", "including", "such", NULL,
};

int nounphrase_listed_head(const char *text, size_t n, size_t e, size_t *ws, size_t *we)
{
    Bytes p = (Bytes)text;
    size_t j = e;
    int listed = 0, words = 0;
    for (int steps = 0; steps < 10; steps++) {
        while (j < n && p[j] == ' ')
            j++;
        if (j >= n || p[j] == '\n')
            return 0;
        if (p[j] == ',') {
            if (!words)
                return 0;
            listed = 1, j++;
            continue;
        }
        /* "(ANPR)": an acronym in brackets between modifiers */
        if (p[j] == '(') {
            size_t k = j + 1;
            while (k < n && k - j < 10 && p[k] >= 'A' && p[k] <= 'Z')
                k++;
            if (!words || k == j + 2 || k >= n || p[k] != ')')
                return 0;
            listed = 1, j = k + 1;
            continue;
        }
        size_t we2 = tw_word_end(p, n, j);
        if (we2 == j || (p[j] >= 'A' && p[j] <= 'Z'))
            return 0;
        if (tw_weq(p + j, we2 - j, "and") || tw_weq(p + j, we2 - j, "or")) {
            if (!words)
                return 0;
            listed = 1, j = we2;
            continue;
        }
        if (tw_win(p + j, we2 - j, stops))
            return 0;
        NounKind k = qty_noun_kind((const char *)p + j, we2 - j);
        if (k == NK_DURATION || k == NK_FURNITURE || k == NK_NONE)
            return 0;
        words++;
        /* the head: the first counted plural, after a list */
        if (k == NK_COUNT && p[we2 - 1] == 's') {
            if (!listed || words < 2)
                return 0;
            *ws = j, *we = we2;
            return 1;
        }
        j = we2;
    }
    return 0;
}

int nounphrase_count_subject(const char *text, size_t i, char *out, size_t cap)
{
    Bytes p = (Bytes)text;
    size_t j = i;
    int figures = 0;
    for (int w = 0; w < 16 && j > 0; w++) {
        while (j > 0 && (p[j - 1] == ' ' || p[j - 1] == '\n'))
            j--;
        size_t e = j;
        /* (past the figures of the change: "from an average of 9 in 2023
         * images to 31") */
        while (j > 0 && p[j - 1] >= '0' && p[j - 1] <= '9')
            j--;
        if (j < e && figures++ < 2 && j > 0 && p[j - 1] == ' ')
            continue;
        while (j > 0 && ascii_isalpha(p[j - 1]))
            j--;
        if (j == e)
            return 0;
        if (!tw_weq(p + j, e - j, "counts"))
            continue;
        /* (a noun before it, not an adjective: "the official count") */
        size_t ns, nl = tw_word_before(p, j, &ns);
        if (nl < 3 || nl > 30 || p[ns + nl - 1] == 's')
            return 0;
        static const char *const adj[] = {"al", "ic", "ive", "ous", "ed", "ful", "ent", "ant", NULL};
        for (int a = 0; adj[a]; a++) {
            size_t al = strlen(adj[a]);
            if (tw_weq(p + ns + nl - al, al, adj[a]))
                return 0;
        }
        char pl[40];
        snprintf(pl, sizeof pl, "%.*ss", (int)nl, (const char *)p + ns);
        if (pl[0] >= 'A' && pl[0] <= 'Z')
            pl[0] = (char)(pl[0] - 'A' + 'a');
        if (qty_noun_kind(pl, strlen(pl)) != NK_COUNT)
            return 0;
        qty_unit_name(pl, strlen(pl), out, cap);
        return 1;
    }
    return 0;
}

int nounphrase_reported(const char *text, size_t i, size_t *ws, size_t *we)
{
    Bytes p = (Bytes)text;
    static const char *const verbs[] = {"reached", "rose", "climbed", "grew", "fell", "dropped", "declined",
                                        "increased", "decreased", "jumped", "totaled", "totalled", "stood",
                                        "hit", "numbered", "reach", "reaches", "totals", "stands", "rising",
                                        "reaching", "growing", "falling", "remained", "remains", "remain",
                                        "doubled", "tripled", "quadrupled", NULL};
    size_t j = i;
    int verb = 0, to_at = 0, to_at_run = 0;
    for (int w = 0; w < 10 && j > 0; w++) {
        while (j > 0 && (p[j - 1] == ' ' || p[j - 1] == '\t' || p[j - 1] == '\n'))
            j--;
        /* before the verb, a change may stand: "grew by 3.4 per cent to" */
        if (!verb && j > 0 && (ascii_isdigit(p[j - 1]) || p[j - 1] == '%')) {
            while (j > 0 && (ascii_isdigit(p[j - 1]) || p[j - 1] == '.' || p[j - 1] == ',' || p[j - 1] == '%'))
                j--;
            continue;
        }
        /* "have more than doubled in six years, to around 48 million",
         * "connections, at 1.5 million": a comma before the "to" or "at"
         * that leads to the figure */
        if (!verb && to_at && j > 0 && p[j - 1] == ',') {
            j--;
            to_at = 0;
            w--;
            continue;
        }
        size_t e = j;
        /* (a word with inner hyphens is one: "rose 0.2 percent q-o-q to") */
        while (j > 0 && (ascii_isalpha(p[j - 1]) || (!verb && p[j - 1] == '-' && j < e && j > 1 && ascii_isalpha(p[j - 2]))))
            j--;
        if (j == e)
            return 0;   /* punctuation or a digit: the clause ends */
        size_t len = e - j;
        NounKind k = qty_noun_kind((const char *)p + j, len);
        /* (a time between the verb and the figure frames the change: "rose
         * 9.6% in the year to March to 53.4 million") */
        if (k == NK_FURNITURE || (k == NK_DURATION && verb))
            return 0;
        if (!verb) {
            /* (only "to" or "at" and hedges since the figure) */
            static const char *const lead[] = {"to", "at", "about", "around", "some", "nearly", "roughly",
                                               "almost", "approximately", "just", "over", "under", NULL};
            int leads = 0;
            for (int t = 0; lead[t] && !leads; t++)
                leads = tw_weq(p + j, len, lead[t]);
            int first = i - e < 3 || w == 0;
            to_at = leads && (first || to_at_run) ? (to_at | tw_weq(p + j, len, "to") | tw_weq(p + j, len, "at")) : 0;
            to_at_run = leads && (first || to_at_run);
        }
        if (!verb) {
            for (int t = 0; verbs[t]; t++)
                verb |= tw_weq(p + j, len, verbs[t]);
            continue;
        }
        /* (a capital only where the sentence opens: "Ports rose from 6
         * to 15"; elsewhere it names) */
        size_t b = j;
        while (b > 0 && (p[b - 1] == ' ' || p[b - 1] == '\t'))
            b--;
        int opens = b == 0 || p[b - 1] == '\n' || ((p[b - 1] == '.' || p[b - 1] == '!' || p[b - 1] == '?') && b < j);
        if ((!ascii_isupper(p[j]) || opens) && (k == NK_COUNT || qty_is_known_count((const char *)p + j, len))) {
            *ws = j, *we = e;
            return 1;
        }
    }
    return 0;
}
