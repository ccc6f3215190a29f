/* credit.c — bodies credited by name, not known to metrics.csv (see
 * credit.h). */
#define _GNU_SOURCE   /* memmem */
#include "credit.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "asciiword.h"
#include "credittok.h"
#include "examples.h"
#include "lines.h"
#include "namerun.h"
#include "quantity.h"
#include "textfind.h"
#include "titled.h"


static int word_is(const char *t, const CreditTok *k, const char *w)
{
    size_t n = k->e - k->s;
    /* (the first letter first: most words of a list differ there) */
    return !k->punct && ascii_lower(t[k->s]) == ascii_lower(w[0]) && strlen(w) == n &&
           !strncasecmp(t + k->s, w, n);
}

static int is_upper_word(const char *t, const CreditTok *k)
{
    return !k->punct && ascii_isupper(t[k->s]);
}

static int is_lower_word(const char *t, const CreditTok *k)
{
    return !k->punct && ascii_islower(t[k->s]);
}

static int is_connector(const char *t, const CreditTok *k)
{
    static const char *const w[] = {"of", "and", "for", "on", "&"};
    size_t n = k->e - k->s;
    /* (the first byte first: most words differ there) */
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (t[k->s] == w[i][0] && strlen(w[i]) == n && memcmp(t + k->s, w[i], n) == 0)
            return 1;
    return 0;
}

static int in_list(const char *t, const CreditTok *k, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (word_is(t, k, list[i]))
            return 1;
    return 0;
}

/* A noun that stands for a body named elsewhere: "the operator said"
 * (namerun.h). */
static int role_noun(const char *t, const CreditTok *k)
{
    return !k->punct && name_role_noun(t, k->s, k->e);
}

/* A body's own document names it by its kind alone: "The Bank expects",
 * "the Programme trained", "The Ministry will" (credit_own_kind). */
static const char *const self_refs[] = {"programme", "program", "project", "partnership", "strategy",
                                        "plan", "secretariat", "centre", "center", "corporation", NULL};

/* Cues that report speech, after which an inverted name may stand:
 * "..., said the Communications Authority of Kenya." */
static const char *const speech[] = {"said", "says", "added", "noted", "reported", "stated", "wrote",
                                     "estimated", "announced", "warned", NULL};

/* Words that open a sentence and name nothing. */
static const char *const openers[] = {
    "The", "A", "An", "In", "On", "At", "By", "For", "This", "That", "These", "Those", "It", "Its", "Their",
    "According", "But", "However", "Meanwhile", "Separately", "With", "As", "After", "Since", "While", "When",
    "Of", "Over", "Under", "From", "To", "And", "Yet", "Still", "Also", "Such", "Some", "Most", "Many", NULL,
};

/* A capitalised word that is never a name by itself, wherever it stands
 * ("Leverage to Moderate: We forecast ..."): a pronoun, a determiner, a
 * common noun of tellers. */
static int common_word(const char *t, const CreditTok *k)
{
    static const char *const not_names[] = {"The", "This", "That", "These", "Those", "It", "He", "She", "They",
                                            "We", "I", "You", "Its", "Their", "Our", "One", "Some", "Many",
                                            "Most", "Another", "Other", "Each", "Every", "Both", "Several",
                                            "Officials", "Analysts", "Experts", "Researchers", "Data", "Staff",
                                            "Estimates", "Figures", "Statistics", "Reports", "Studies", "Industry", NULL};
    size_t n = k->e - k->s;
    for (int i = 0; not_names[i]; i++)
        if (t[k->s] == not_names[i][0] && strlen(not_names[i]) == n && !memcmp(t + k->s, not_names[i], n))
            return 1;
    return 0;
}

/* A sentence-opening word that is a name, not a plural, a pronoun or an
 * adjective: "Interpol", "Reuters" and acronyms ("GSMA"), not
 * "Officials", "Analysts", "They", "Independent". */
static int proper_opening(const char *t, const CreditTok *k)
{
    size_t n = k->e - k->s;
    const char *w = t + k->s;
    int caps = n >= 2;
    for (size_t i = 0; i < n; i++)
        caps &= ascii_isupper(w[i]);
    if (caps)
        return 1;
    if (common_word(t, k))
        return 0;
    static const char *const adj_ends[] = {"ent", "ant", "al", "ive", "ous", "ic", "ed", "ing", "ly", "ble", NULL};
    for (int i = 0; adj_ends[i]; i++) {
        size_t l = strlen(adj_ends[i]);
        if (n > l + 2 && !strncmp(w + n - l, adj_ends[i], l))
            return 0;
    }
    return n > 3 && w[n - 1] != 's';
}

/* A single capitalised word opening the sentence right before a speech
 * verb is its speaker's name whatever its ending: "Tencent says", not an
 * adjective (none says alone); not a plural of tellers ("Officials
 * said") nor a pronoun. */
static int speaker_opening(const char *t, const CreditTok *toks, size_t a, size_t cue)
{
    static const char *const says[] = {"says", "said", "say", NULL};
    const CreditTok *k = &toks[a];
    return cue == a + 1 && in_list(t, &toks[cue], says) && !common_word(t, k) && k->e - k->s > 3 &&
           t[k->e - 1] != 's';
}

/* A word in capitals: "FCC", "ZM". */
static int acronym(const char *t, const CreditTok *k)
{
    if (k->punct || k->e - k->s < 2)
        return 0;
    for (size_t i = k->s; i < k->e; i++)
        if (!ascii_isupper(t[i]))
            return 0;
    return 1;
}

/* A day or a month: no part of a name ("Xi Jinping on Thursday"). */
static int time_word(const char *t, const CreditTok *k)
{
    static const char *const w[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                    NULL};
    return in_list(t, k, w) || (!k->punct && qty_is_month(t + k->s, k->e - k->s));
}

/* The run of capitalised words (with connectors inside) starting at a. */
/* Is toks[i] an apostrophe glued inside a name, between two of its
 * letters ("Dell'Oro", "Dell’Oro"), not a possessive's ("ITU's")? The
 * caller checks a capital follows. */
static int name_apostrophe(const char *t, const CreditTok *toks, size_t i)
{
    if (i == 0 || !toks[i].punct || toks[i - 1].e != toks[i].s || toks[i].e != toks[i + 1].s)
        return 0;
    const unsigned char *u = (const unsigned char *)t + toks[i].s;
    return (toks[i].e - toks[i].s == 1 && u[0] == '\'') ||
           (toks[i].e - toks[i].s == 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x99);
}

static size_t run_after(const char *t, const CreditTok *toks, size_t nt, size_t a)
{
    size_t b = a;
    while (b < nt && b - a < 8) {
        if ((is_upper_word(t, &toks[b]) || (b > a && is_connector(t, &toks[b]))) && !(b > a && time_word(t, &toks[b]))) {
            b++;
        } else if (b > a + 1 && b + 1 < nt && word_is(t, &toks[b], "the") && is_connector(t, &toks[b - 1]) &&
                   is_upper_word(t, &toks[b + 1])) {
            b++;      /* "Agency for the Space Programme" */
        } else if (b > a && b + 1 < nt && toks[b].punct && t[toks[b].s] == '-' && toks[b].s == toks[b - 1].e &&
                   toks[b + 1].s == toks[b].e && is_upper_word(t, &toks[b + 1])) {
            b += 2;   /* "Inter-American Development Bank" */
        } else if (b > a && b + 1 < nt && name_apostrophe(t, toks, b) && is_upper_word(t, &toks[b + 1])) {
            b += 2;   /* "Dell'Oro Group", "O'Brien Institute" */
        } else {
            break;
        }
    }
    while (b > a && is_connector(t, &toks[b - 1]))
        b--;
    return b;
}

/* The name after a cue: "according to [the] [research firm] TeleGeography",
 * "according to estimates by Washington-based think tank CSIS". Up to six
 * lower-case words and hyphens may stand before it; a comma stops. */
/* Is toks[i] the apostrophe of a plural's possessive, glued to a lower
 * case word ending in "s" before it and followed by a word ("providers'
 * association")? */
static int plural_possessive(const char *t, const CreditTok *toks, size_t nt, size_t i)
{
    if (i == 0 || i + 1 >= nt || !toks[i].punct || toks[i - 1].e != toks[i].s || toks[i + 1].punct ||
        !is_lower_word(t, &toks[i - 1]) || t[toks[i - 1].e - 1] != 's')
        return 0;
    const unsigned char *u = (const unsigned char *)t + toks[i].s;
    return u[0] == '\'' || (toks[i].e - toks[i].s == 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x99);
}

static size_t name_after(const char *t, const CreditTok *toks, size_t nt, size_t a, size_t *b)
{
    if (a < nt && word_is(t, &toks[a], "the"))
        a++;
    for (int skip = 0; skip < 7 && a < nt; skip++) {
        if (is_upper_word(t, &toks[a])) {
            size_t e = run_after(t, toks, nt, a);
            /* "London-based research firm Omdia": a seat that qualifies
             * the name, not the name */
            static const char *const seats[] = {"based", "headquartered", "listed", "owned", "backed", "run",
                                                "funded", "controlled", NULL};
            if (e + 1 < nt && toks[e].punct && t[toks[e].s] == '-' && in_list(t, &toks[e + 1], seats)) {
                a = e + 2;
                continue;
            }
            break;
        }
        /* (a campaign's hashtag or an account's handle is a name:
         * "data from the #KeepItOn coalition", "@NetBlocks") */
        if (toks[a].punct && t[toks[a].s] != '-' && t[toks[a].s] != '#' && t[toks[a].s] != '@' &&
            !ctok_possessive(t, toks, nt, a) && !plural_possessive(t, toks, nt, a))
            break;
        /* (a possessive's apostrophe is no word: "the country's internet
         * service providers' association APJII") */
        skip -= toks[a].punct && t[toks[a].s] != '-' && t[toks[a].s] != '#' && t[toks[a].s] != '@';
        a++;
    }
    *b = run_after(t, toks, nt, a);
    /* "Indonesia's Ministry of Communication and Informatics": the body
     * of a place, named whole */
    if (*b + 2 < nt && toks[*b].punct && word_is(t, &toks[*b + 1], "s") && is_upper_word(t, &toks[*b + 2]))
        *b = run_after(t, toks, nt, *b + 2);
    return a;
}

/* A people's adjective: "Chinese", "Kenyan", "British". */
static int demonym(const char *t, const CreditTok *k)
{
    static const char *const ends[] = {"ese", "an", "ish", "i", NULL};
    size_t n = k->e - k->s;
    for (int i = 0; ends[i]; i++) {
        size_t l = strlen(ends[i]);
        if (n > l + 2 && !strncmp(t + k->e - l, ends[i], l))
            return 1;
    }
    return 0;
}

/* A state body named by its role ("the commerce ministry", "the
 * country's telecoms regulator", "police", "our statistics department",
 * "the central bank"): its head noun, which "bank" is only after
 * "central", "national" or "reserve". */
static const char *const state_heads[] = {"ministry", "regulator", "police", "department", "bureau",
                                          "agency", "authority", "board", "commission", "treasury",
                                          "customs", "watchdog", "bank", "administration", "council",
                                          "government", "committee", NULL};

/* Words before a role that are no part of its name. */
static const char *const role_openers[] = {"the", "our", "its", "their", "his", "her", "a", "an", "this",
                                           "that", "which", "who", "and", "but", "as", "when", NULL};

static int role_modifier(const char *t, const CreditTok *k);

/* (a head alone, "the regulator said", "the agency said", stands for a
 * body named before: the paragraph's, not a credit of its own; but
 * "police", "customs" and "treasury" name their body) */
static int state_head(const char *t, const CreditTok *toks, size_t h, size_t a)
{
    if (!is_lower_word(t, &toks[h]) || !in_list(t, &toks[h], state_heads))
        return 0;
    if (in_list(t, &toks[h], (const char *const[]){"police", "customs", "treasury", NULL}))
        return 1;
    if (word_is(t, &toks[h], "bank"))
        return h > a && in_list(t, &toks[h - 1], (const char *const[]){"central", "national", "reserve", NULL});
    return h > a && role_modifier(t, &toks[h - 1]);
}

/* A modifier inside a role's name: a lower-case word that is no
 * article, pronoun, preposition or verb form ("statistics", "foreign",
 * "telecoms", "central"). */
static int role_modifier(const char *t, const CreditTok *k)
{
    static const char *const no[] = {"of", "for", "on", "in", "at", "by", "to", "from", "with", "said", "says",
                                     "has", "have", "had", "is", "was", "were", "are", "also", "latest",
                                     "own", "new", "country", "s", NULL};
    return is_lower_word(t, k) && !in_list(t, k, role_openers) && !in_list(t, k, no);
}

/* The role a body is named by, read forward from token a, after a cue
 * ("according to the country's telecoms regulator", "said the finance
 * ministry"): [the|our|a place's|the country's] up to three modifiers,
 * a state body's head, then no more of a name. Its tokens [*ra, *rb)
 * and 1, or 0. */
static int role_after(const char *t, const CreditTok *toks, size_t nt, size_t a, size_t *ra, size_t *rb)
{
    if (a < nt && in_list(t, &toks[a], role_openers))
        a++;
    /* "the country's", "Pakistan's" */
    if (a + 2 < nt && !toks[a].punct && toks[a + 1].punct && word_is(t, &toks[a + 2], "s"))
        a += 3;
    for (size_t h = a; h < nt && h < a + 4; h++) {
        if (state_head(t, toks, h, a)) {
            if (h + 1 < nt && (is_upper_word(t, &toks[h + 1]) || word_is(t, &toks[h + 1], "of")))
                return 0;   /* "the Ministry of ...": a name, read elsewhere */
            *ra = a, *rb = h + 1;
            return 1;
        }
        if (!role_modifier(t, &toks[h]))
            return 0;
    }
    return 0;
}

/* The same, read back from the subject's end b ("The commerce ministry
 * said", "Pakistan's telecom regulator says", "police said"). A place's
 * possessive before it is kept ("Pakistan's telecom regulator"). */
static int role_before(const char *t, const CreditTok *toks, size_t b, size_t *ra, size_t *rb)
{
    if (b == 0 || !state_head(t, toks, b - 1, 0))
        return 0;
    size_t a = b - 1;
    while (a > 0 && b - a < 4 && role_modifier(t, &toks[a - 1]))
        a--;
    if (a >= 3 && word_is(t, &toks[a - 1], "s") && toks[a - 2].punct && is_upper_word(t, &toks[a - 3]) &&
        toks[a - 3].place)
        a -= 3;
    else if (a > 0 && !toks[a - 1].punct && !in_list(t, &toks[a - 1], role_openers) &&
             !word_is(t, &toks[a - 1], "s"))
        return 0;   /* "... the Kenyan finance ministry" is read as a name */
    *ra = a, *rb = b;
    return 1;
}

/* The first organisation named in the window before token lim: its first
 * run of capitalised words that is not a place ("Kenya's Safaricom
 * awarded ..." is Safaricom) nor a sentence opener. */
static size_t first_body(const char *t, const CreditTok *toks, size_t from, size_t lim, size_t *b)
{
    for (size_t a = from; a < lim; a++) {
        if (!is_upper_word(t, &toks[a]) || toks[a].place || (a == 0 && in_list(t, &toks[a], openers)))
            continue;
        size_t e = run_after(t, toks, lim, a);
        if (e > a) {
            *b = e;
            return a;
        }
    }
    *b = 0;
    return lim;
}

/* Are the words of [a, b) all a place's ("Arab States")? */
static int all_place(const CreditTok *toks, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (!toks[i].punct && !toks[i].place)
            return 0;
    return 1;
}

/* "Putrajaya and Selangor recorded the highest access at 99.6, 99.5 and
 * 98.8 per cent respectively": names joined by "and" that "respectively"
 * deals out over the figures are what the figures measure, each its
 * own, not who tells them. */
static int dealt_out(const char *t, const CreditTok *toks, size_t nt, size_t a, size_t b)
{
    int joined = 0;
    for (size_t i = a; i < b && !joined; i++)
        joined = word_is(t, &toks[i], "and");
    for (size_t i = b; i < nt && joined; i++)
        if (word_is(t, &toks[i], "respectively"))
            return 1;
    return 0;
}

/* Bodies a common noun names: "customs data show". */
static const char *const common_bodies[] = {"customs", "treasury", "police", NULL};

/* Plural tellers a body's adjective names: "Thai officials". */
static const char *const tellers[] = {"officials", "regulators", "authorities", "researchers", "analysts", NULL};

/* What a body's finding is written in: "Ofcom's Connected Nations report
 * shows", "Treasury documents show". */
static const char *const records[] = {"report", "review", "survey", "data", "figures", "analysis", "count",
                                      "study", "estimates", "estimate", "database", "dataset", "tracker",
                                      "project", "research", "statistics", "documents", "records", "numbers",
                                      "list", "accounts", "logs", "materials", "material", "filings", "filing",
                                      "statement", "website", "brochure", "presentation", NULL};

/* A year or an ordinal between an owner and its publication: "CNNIC's
 * 55th Statistical Report", "the Zambia Statistics Agency's 2022 Labour
 * Force Survey". */
static int edition_word(const char *t, const CreditTok *k)
{
    return !k->punct && ascii_isdigit(t[k->s]);
}

/* The last word of a body's name, not a publication's: "the FBI's
 * Internet Crime Complaint Center logged" credits the centre. */
static const char *const body_heads[] = {"center", "centre", "agency", "authority", "ministry", "bureau", "office",
                                         "commission", "department", "institute", "bank", "council", "association",
                                         "union", "organization", "organisation", "board", "corporation",
                                         "company", "group", "university", "unit", "team", "division", "committee",
                                         "administration", "service", "foundation", "lab", "laboratory", NULL};

/* Words between a subject and its verb: "The FCC has authorised",
 * "TeleGeography now counts". */
static const char *const between[] = {"has", "have", "had", "now", "also", "recently", "previously", "alone",
                                      "itself", "already", "separately", "first", "just", NULL};

/* Where the subject's name ends before the cue at token ti: past the
 * words between a subject and its verb, a bracket after the name
 * ("Feldstein [5] finds", "Chen et al. (2021) count", "the Zambia
 * Computer Incident Response Team (ZM-CIRT) recorded"), an apposition
 * ("AidData, a research lab at William & Mary, counts") and the record
 * the name owns ("The National Cyber Security Centre's annual review
 * recorded"). */
static size_t subject_end(const char *t, const CreditTok *toks, size_t ti)
{
    size_t b = ti;
    /* "the Index, which in its last full edition identified": the
     * relative clause's antecedent is the teller */
    for (size_t o = ti; o >= 2 && ti - o < 8; o--) {
        if (toks[o - 1].punct || !is_lower_word(t, &toks[o - 1]))
            break;
        if (t[toks[o - 1].s] == 'w' && in_list(t, &toks[o - 1], (const char *const[]){"which", "who", NULL}) &&
            toks[o - 2].punct &&
            t[toks[o - 2].s] == ',' && o - 1 < ti) {
            b = o - 2;
            break;
        }
    }
    for (int step = 0; step < 6 && b > 0; step++) {
        const CreditTok *k = &toks[b - 1];
        /* (and an adverb: "Dell'Oro supposedly says") */
        if (in_list(t, k, between) ||
            (is_lower_word(t, k) && k->e - k->s > 4 && !strncmp(t + k->e - 2, "ly", 2))) {
            b--;
            continue;
        }
        if (k->punct && (t[k->s] == ')' || t[k->s] == ']')) {
            char open = t[k->s] == ')' ? '(' : '[';
            size_t o = b - 1;
            while (o > 0 && b - 1 - o < 10 && !(toks[o].punct && t[toks[o].s] == open))
                o--;
            if (!(toks[o].punct && t[toks[o].s] == open) || o == 0)
                break;
            b = o;
            /* "Chen et al." */
            if (b >= 4 && toks[b - 1].punct && t[toks[b - 1].s] == '.' && word_is(t, &toks[b - 2], "al") &&
                word_is(t, &toks[b - 3], "et"))
                b -= 3;
            continue;
        }
        if (k->punct && t[k->s] == ',' && b >= 4) {
            /* the apposition: a comma, an article or a lower-case noun,
             * at most sixteen words, a comma */
            size_t o = b - 2;
            while (o > 0 && b - 1 - o < 16 && !(toks[o].punct && (t[toks[o].s] == ',' || t[toks[o].s] == ';')))
                o--;
            /* (the name may end in its acronym's bracket: "The China
             * Academy of ... (CAICT), which uses a broad definition, put") */
            /* (or a possessive: "SMIC, China's largest chipmaker, reported") */
            if (o == 0 || t[toks[o].s] != ',' || o + 1 >= b - 1 ||
                !(is_lower_word(t, &toks[o + 1]) ||
                  (o + 3 < b && toks[o + 2].punct && word_is(t, &toks[o + 3], "s"))) ||
                !(is_upper_word(t, &toks[o - 1]) || (toks[o - 1].punct && t[toks[o - 1].s] == ')')))
                break;
            b = o;
            continue;
        }
        if (in_list(t, k, records) && is_lower_word(t, k)) {
            /* the owner before a possessive, up to three words back */
            size_t o = b - 1;
            while (o >= 2 && b - 1 - o < 6 && !(word_is(t, &toks[o - 1], "s") && toks[o - 2].punct) &&
                   !toks[o - 1].punct)
                o--;
            if (o >= 3 && word_is(t, &toks[o - 1], "s") && toks[o - 2].punct && is_upper_word(t, &toks[o - 3]) &&
                b - 1 - o < 6) {
                b = o - 2;
                continue;
            }
            /* "Treasury documents show": the name as a modifier */
            if (b >= 2 && is_upper_word(t, &toks[b - 2]) && !common_word(t, &toks[b - 2]))
                b--;
            break;
        }
        /* the year of a publication's title: "The ITU's Global
         * Cybersecurity Index 2024 shows" */
        if (edition_word(t, k) && k->e - k->s == 4 && b >= 2 && is_upper_word(t, &toks[b - 2])) {
            b--;
            continue;
        }
        if (is_upper_word(t, k)) {
            /* a publication the name owns, named by its title: "ITU's
             * latest Facts and Figures, the 2023 edition, say",
             * "TeleGeography's Submarine Cable Map shows": its owner
             * (a place's body is no publication: "Kenya's Communications
             * Authority said"; nor is a body's unit, "the FBI's Internet
             * Crime Complaint Center logged") */
            size_t o = b - 1;
            while (o > 0 && b - o < 7 && (is_upper_word(t, &toks[o - 1]) || is_connector(t, &toks[o - 1])))
                o--;
            while (o < b - 1 && is_connector(t, &toks[o]))
                o++;
            size_t q = o;   /* "latest", "new", "annual" */
            while (q > 0 && o - q < 2 &&
                   ((is_lower_word(t, &toks[q - 1]) && !word_is(t, &toks[q - 1], "s") &&
                     !is_connector(t, &toks[q - 1])) || edition_word(t, &toks[q - 1])))
                q--;
            if (q >= 3 && word_is(t, &toks[q - 1], "s") && toks[q - 2].punct && is_upper_word(t, &toks[q - 3]) &&
                !toks[q - 3].place && !in_list(t, k, body_heads))
                b = q - 2;
        }
        break;
    }
    return b;
}

/* "estimated by the European Union Agency for the Space Programme (EUSPA)
 * at €260 billion", "Estimates presented by the Secretariat suggest": a
 * cue before the figure at [claim_s, claim_e), at most one participle,
 * "by" and a name: its tokens [*a, *b). The figure the cue values may
 * stand between them: "has been estimated at 70% by the Carnegie
 * Endowment". */
static int passive_by(const char *t, const CreditTok *toks, size_t nt, const CreditCue *cu, size_t claim_s,
                      size_t claim_e, size_t *a, size_t *b)
{
    size_t k = cu->tj;
    /* (before the figure: "the regional average of US$12 reported by the
     * ID4D Initiative" is not what the sentence's first figure is) */
    if (toks[cu->ti].s >= claim_s)
        return 0;
    if (k < nt && is_lower_word(t, &toks[k]) && toks[k].e - toks[k].s > 3 && !strncmp(t + toks[k].e - 2, "ed", 2))
        k++;
    /* ("at", a hedge at most, the figure) */
    if (k + 1 < nt && word_is(t, &toks[k], "at") && toks[k + 1].s <= claim_s &&
        (toks[k + 1].s == claim_s || (k + 2 < nt && toks[k + 2].s == claim_s))) {
        k++;
        while (k < nt && toks[k].s < claim_e)
            k++;
    }
    if (k + 1 >= nt || !word_is(t, &toks[k], "by"))
        return 0;
    *a = name_after(t, toks, nt, k + 1, b);
    return *a < *b && *a <= k + 3;
}

/* Does a new clause open between token a and offset at: a semicolon, a
 * comma and "and" or "but" ("..., and China's own officials said"), a
 * contrast ("while Uganda's authority said")? */
static int clause_break(const char *t, const CreditTok *toks, size_t nt, size_t a, size_t at)
{
    static const char *const joins[] = {"and", "but", NULL};
    static const char *const contrasts[] = {"while", "whereas", "although", NULL};
    for (size_t i = a; i < nt && toks[i].e <= at; i++)
        if (in_list(t, &toks[i], contrasts) ||
            (toks[i].punct && (t[toks[i].s] == ';' ||
                               (t[toks[i].s] == ',' && i + 1 < nt && in_list(t, &toks[i + 1], joins)))))
            return 1;
    return 0;
}

/* What a company's results are told in: "Huawei's revenue", "earned". */
static const char *const result_nouns[] = {"revenue", "revenues", "profit", "sales", "income", "earnings",
                                           "customers", "subscribers", "shipments", NULL};
static const char *const result_verbs[] = {"earned", "posted", "spent", "booked", "generated", NULL};

/* A company's own results, told with it as the sentence's subject:
 * "Huawei earned 149.4 billion yuan", "China Unicom's revenue grew
 * 4.3%", "China Mobile's total 5G package customers stood at 820
 * million", up to a new clause. Not a place's ("China's revenue"). 1 and
 * the name, or 0. */
static int own_results(const char *t, const CreditTok *toks, size_t nt, size_t claim_s, char *out, size_t cap)
{
    size_t a = 0;
    while (a < nt && toks[a].punct)   /* a list's bullet */
        a++;
    if (a >= nt || in_list(t, &toks[a], openers) || common_word(t, &toks[a]))
        return 0;
    size_t b = run_after(t, toks, nt, a);
    if (b == a || all_place(toks, a, b) || (b == a + 1 && !proper_opening(t, &toks[a])))
        return 0;
    size_t v = b;   /* the word after the name, past a possessive */
    int owns = 0;
    if (v + 1 < nt && toks[v].punct && (t[toks[v].s] == '\'' || (unsigned char)t[toks[v].s] == 0xE2)) {
        owns = 1;
        v += word_is(t, &toks[v + 1], "s") ? 2 : 1;
    }
    size_t told = nt;
    if (owns) {
        for (size_t k = v; k < nt && k < v + 4 && !toks[k].punct; k++)
            if (in_list(t, &toks[k], result_nouns)) {
                told = k;
                break;
            }
    } else if (v < nt && in_list(t, &toks[v], result_verbs)) {
        told = v;
    }
    if (told >= nt || toks[told].e > claim_s || clause_break(t, toks, nt, told, claim_s) ||
        toks[b - 1].e - toks[a].s >= cap)
        return 0;
    snprintf(out, cap, "%.*s", (int)(toks[b - 1].e - toks[a].s), t + toks[a].s);
    return 1;
}

/* A person named after a speech cue, up to a comma or the sentence's end
 * ("said Ari Lopes, a principal analyst at Omdia in Sao Paulo", "said
 * Dr. Abdisa Yadeta, director general of the Ethiopian Space Science
 * and Geospatial Institute"), from token a: the name's tokens in [*na,
 * *nb); the body their apposition names after "at" or "of" into built
 * (left empty when it names none: "deputy director of the regional
 * department"). Not a subject the cue reports ("said Huawei built"). */
static void speaker_after(const char *t, const CreditTok *toks, size_t nt, size_t a, size_t *na, size_t *nb,
                          char *built, size_t cap)
{
    if (a < nt && !toks[a].punct && name_person_title(t, toks[a].s, toks[a].e))
        a += a + 1 < nt && toks[a + 1].punct && t[toks[a + 1].s] == '.' ? 2 : 1;
    if (a >= nt || !is_upper_word(t, &toks[a]))
        return;
    size_t b = run_after(t, toks, nt, a);
    if (b < a + 2 || (b < nt && !toks[b].punct))
        return;   /* (a person's name has two words at least) */
    *na = a, *nb = b;
    if (b >= nt || t[toks[b].s] != ',')
        return;
    /* ("said Jane Okoro, Harbour Bank's chief economist": titled.h) */
    size_t ae = b + 1;
    while (ae < nt && ae < b + 12 && !(toks[ae].punct && t[toks[ae].s] != '\'' && (unsigned char)t[toks[ae].s] != 0xE2))
        ae++;
    size_t pa, pb;
    if (titled_apposition(t, toks, nt, b + 1, ae, &pa, &pb) && ctok_possessive(t, toks, nt, pb) &&
        toks[pb - 1].e - toks[pa].s < cap) {
        snprintf(built, cap, "%.*s", (int)(toks[pb - 1].e - toks[pa].s), t + toks[pa].s);
        *na = pa, *nb = pb;
        return;
    }
    for (size_t k = b + 1; k < nt && k < b + 10 && !toks[k].punct; k++) {
        if (!word_is(t, &toks[k], "at") && !word_is(t, &toks[k], "of"))
            continue;
        size_t o = k + 1;
        if (o < nt && word_is(t, &toks[o], "the"))
            o++;
        size_t e = o < nt ? run_after(t, toks, nt, o) : o;
        if (e > o && toks[e - 1].e - toks[o].s < cap) {
            snprintf(built, cap, "%.*s", (int)(toks[e - 1].e - toks[o].s), t + toks[o].s);
            *na = o, *nb = e;
            return;
        }
    }
}

static int adjective_cue(const char *doc, size_t cue_s, size_t cue_e);

/* The first words of cues that name who made the figures after "by". */
static const char *const makers[] = {"conducted", "carried",  "compiled",  "prepared", "research",
                                     "analysis",  "published", "released", NULL};

/* Is token i a letter or a stop of a dotted initialism ("P.D.R.", "U.S."):
 * a single capital glued to a stop after it, or a stop glued to such a
 * capital before it? */
static int dotted_letter(const char *t, const CreditTok *toks, size_t i)
{
    const CreditTok *k = &toks[i];
    if (k->e - k->s != 1)
        return 0;
    if (k->punct)
        return t[k->s] == '.' && i > 0 && toks[i - 1].e == k->s && toks[i - 1].e - toks[i - 1].s == 1 &&
               ascii_isupper(t[toks[i - 1].s]);
    return ascii_isupper(t[k->s]) && t[k->e] == '.';
}

/* Is token k glued by a hyphen to a word on its side dir (-1: before,
 * 1: after), as a piece of a hyphenated word is? */
static int glued_hyphen(const char *t, const CreditTok *toks, size_t nt, size_t k, int dir)
{
    if (dir < 0)
        return k >= 2 && toks[k - 1].punct && t[toks[k - 1].s] == '-' && toks[k - 1].e == toks[k].s &&
               toks[k - 2].e == toks[k - 1].s && !toks[k - 2].punct;
    return k + 2 < nt && toks[k + 1].punct && t[toks[k + 1].s] == '-' && toks[k].e == toks[k + 1].s &&
           toks[k + 1].e == toks[k + 2].s && !toks[k + 2].punct;
}

/* Does the word before t[e) (from lo) read w, in any case? Where it
 * starts, or SIZE_MAX. */
static size_t word_back_is(const char *t, size_t lo, size_t e, const char *w)
{
    size_t ws, l = aw_word_before(t, lo, e, &ws);
    return aw_is(t, ws, l, w) ? ws : SIZE_MAX;
}

int credit_after_according(const char *t, size_t lo, size_t cue_s)
{
    size_t k = word_back_is(t, lo, cue_s, "the");
    if (k == SIZE_MAX)
        k = cue_s;
    k = word_back_is(t, lo, k, "to");
    return k != SIZE_MAX && word_back_is(t, lo, k, "according") != SIZE_MAX;
}

int credit_name(const char *t, const CreditTok *toks, size_t nt, const CreditCue *cues, size_t nc, size_t claim_s,
                size_t claim_e, int from_start, char *out, size_t cap)
{
    uint64_t best = UINT64_MAX;
    size_t bs = 0, be = 0;
    char own[128] = "";   /* a name put together: "Serbia's government" */
    for (size_t i = 0; i < nc; i++) {
        const CreditCue *cu = &cues[i];
        /* "RWR Advisory Group estimated that China had committed $79
         * billion": the teller of a that-clause holding the claim tells
         * what its clause's subject did */
        uint64_t rank = cu->rank;
        if (cu->tj < nt && word_is(t, &toks[cu->tj], "that") && toks[cu->tj].e <= claim_s &&
            !clause_break(t, toks, nt, cu->tj, claim_s))
            rank = 0;
        if (rank >= best || cu->ti >= nt)
            continue;
        /* ("an estimated 70 percent": an adjective, no teller's verb) */
        if (cu->tj == cu->ti + 1 && adjective_cue(t, toks[cu->ti].s, toks[cu->ti].e))
            continue;
        /* "Vehicle counts in the car park rose": a noun, not the verb
         * "counts" (a preposition follows, no object) */
        if ((word_is(t, &toks[cu->ti], "counts") || word_is(t, &toks[cu->ti], "count")) && cu->ti + 1 < nt &&
            in_list(t, &toks[cu->ti + 1], (const char *const[]){"in", "at", "on", "from", "rose", "fell", NULL}))
            continue;
        size_t a, b;   /* token span of the name, [a, b) */
        int according = word_is(t, &toks[cu->ti], "according");
        /* ("supplied by Huawei, according to estimates by CSIS": a cue
         * that "according to" opens is that phrase's object, no verb
         * looking back to the name before it) */
        if (!according && credit_after_according(t, 0, toks[cu->ti].s))
            continue;
        char built[128] = "";
        /* "a review carried out by the Authority", "a survey conducted
         * by IPI", "research by ...": who made the figures follows "by",
         * never the subject before (not "issued by", "released by": the
         * issuer of a thing); a name a number goes on ("Article 19") is
         * not read whole: none */
        int by_cue = cu->tj >= cu->ti + 2 && cu->tj <= nt && word_is(t, &toks[cu->tj - 1], "by") &&
                     in_list(t, &toks[cu->ti], makers);
        if (by_cue) {
            a = name_after(t, toks, nt, cu->tj, &b);
            if (a < b && b < nt && !toks[b].punct && ascii_isdigit(t[toks[b].s]))
                a = b;
        } else if (according) {
            a = name_after(t, toks, nt, cu->tj, &b);
            /* "..., according to the company.": the sentence's own
             * organisation */
            if (a >= b && from_start && cu->tj + 2 <= nt && word_is(t, &toks[cu->tj], "the") &&
                role_noun(t, &toks[cu->tj + 1]) && (cu->tj + 2 == nt || toks[cu->tj + 2].punct)) {
                a = first_body(t, toks, 0, cu->ti, &b);
                if (b == a + 1 && demonym(t, &toks[a]))   /* "Chinese vendors" */
                    a = first_body(t, toks, b, cu->ti, &b);
            }
            /* "according to the foreign ministry": a body by its role */
            if (a >= b && role_after(t, toks, nt, cu->tj, &a, &b))
                snprintf(built, sizeof built, "%.*s", (int)(toks[b - 1].e - toks[a].s), t + toks[a].s);
        } else if (passive_by(t, toks, nt, cu, claim_s, claim_e, &a, &b)) {
            /* (the name after "by") */
        } else {
            b = subject_end(t, toks, cu->ti);
            /* "By the World Internet Conference's own count": the name
             * before a possessive */
            if (b >= 3 && word_is(t, &toks[b - 1], "s") && toks[b - 2].punct && is_upper_word(t, &toks[b - 3]))
                b -= 2;
            /* "The Department's 2020 estimate was": its year or an
             * adjective between the owner and the record that is the cue,
             * which tells the figures after it, or those before "by" it
             * ("up to £2 billion, by the Department's own estimate") */
            else if (b == cu->ti && in_list(t, &toks[cu->ti], records)) {
                size_t q = b;
                while (q > 0 && b - q < 2 &&
                       (edition_word(t, &toks[q - 1]) ||
                        in_list(t, &toks[q - 1], (const char *const[]){"latest", "annual", "own", "new", NULL})))
                    q--;
                size_t o = q >= 3 ? q - 3 : 0;   /* the owner's last word */
                while (o > 0 && q - o < 8 && (is_upper_word(t, &toks[o - 1]) || word_is(t, &toks[o - 1], "the")))
                    o--;
                int by = o > 0 && word_is(t, &toks[o - 1], "by");
                if (q < b && q >= 3 && word_is(t, &toks[q - 1], "s") && toks[q - 2].punct &&
                    is_upper_word(t, &toks[q - 3]) && (toks[cu->ti].e <= claim_s || by))
                    b = q - 2;
            }
            /* "Xi Jinping on Thursday pledged": the day is no part of it */
            if (b >= 3 && time_word(t, &toks[b - 1]) && (word_is(t, &toks[b - 2], "on") || word_is(t, &toks[b - 2], "in")))
                b -= 2;
            a = b;
            size_t dots = 0;   /* an initialism's stops, which lengthen no name */
            for (;;) {
                while (a > 0 && b - a - dots < 8 &&
                       (is_upper_word(t, &toks[a - 1]) || (a < b && is_connector(t, &toks[a - 1]))))
                    a--;
                /* (an apostrophe inside a name: "Dell'Oro Group", "O'Neill") */
                /* (and a hyphen or a slash inside one: "KE-CIRT/CC",
                 * "the Office of the Auditor-General") */
                if (a >= 2 && a < b && b - a < 7 && toks[a - 1].punct &&
                    (t[toks[a - 1].s] == '\'' ||
                     ((t[toks[a - 1].s] == '-' || t[toks[a - 1].s] == '/') && acronym(t, &toks[a])) ||
                     t[toks[a - 1].s] == '-') &&
                    toks[a - 1].s == toks[a - 2].e && toks[a - 1].e == toks[a].s && is_upper_word(t, &toks[a - 2]))
                    a -= 2;
                /* (an initialism's stops: "the Bank of the Lao P.D.R.
                 * (BOL) recorded") */
                else if (a >= 1 && b - a - dots < 8 && dotted_letter(t, toks, a - 1))
                    dots += toks[--a].punct;
                /* ("the Bank of the Lao P.D.R.": "of the" inside a name) */
                else if (a >= 3 && a < b && b - a - dots < 7 && word_is(t, &toks[a - 1], "the") &&
                         word_is(t, &toks[a - 2], "of") && is_upper_word(t, &toks[a - 3]))
                    a -= 2;
                else
                    break;
            }
            while (a < b && is_connector(t, &toks[a]))
                a++;
            /* "The Dedicated Card and Payment Crime Unit identified": the
             * article opening the sentence is no part of the name */
            if (b - a >= 2 && word_is(t, &toks[a], "the") && (b - a >= 3 || acronym(t, &toks[a + 1])))
                a++;
            /* "By Beijing's own count", "According to ...": a preposition
             * opening the sentence is no part of the name either */
            if (b - a >= 2 && a == 0 && is_upper_word(t, &toks[a]) &&
                in_list(t, &toks[a], (const char *const[]){"By", "In", "On", "At", "From", "For", "Per", "Under",
                                                           "After", "Since", "With", NULL}))
                a++;
            /* "Another count, by the Lakeland Institute, puts": no name
             * before the apposition, the maker it names after "by" */
            if (a >= b && b >= 4 && toks[b - 1].punct && t[toks[b - 1].s] == ',') {
                size_t o = b - 2;
                while (o > 0 && b - o < 12 && !(toks[o].punct && t[toks[o].s] == ','))
                    o--;
                size_t me, ms = o + 2 < b && toks[o].punct && t[toks[o].s] == ',' && word_is(t, &toks[o + 1], "by")
                                    ? name_after(t, toks, nt, o + 2, &me) : b;
                if (ms < b && ms < me && me == b - 1)
                    a = ms, b = me;
                /* "Jane Okoro, Harbour Bank's chief economist, said": a
                 * person's apposition giving their body (titled.h) */
                else if (o >= 2 && toks[o].punct && t[toks[o].s] == ',' && is_upper_word(t, &toks[o - 1]) &&
                         is_upper_word(t, &toks[o - 2]) && titled_apposition(t, toks, nt, o + 1, b - 1, &ms, &me))
                    a = ms, b = me;
            }
            /* "Ari Lopes, a principal analyst at Omdia, said": the body
             * the apposition the subject's name skipped gives (titled.h) */
            else if (a + 2 <= b && b + 2 < cu->ti && toks[b].punct && t[toks[b].s] == ',' &&
                     toks[cu->ti - 1].punct && t[toks[cu->ti - 1].s] == ',') {
                size_t ms, me;
                if (titled_apposition(t, toks, nt, b + 1, cu->ti - 1, &ms, &me))
                    a = ms, b = me;
            }
            /* "DataCo acting chief executive Peter Wambi said": the body
             * the speaker's title names tells (titled.h) */
            size_t oa, ob;
            if ((titled_body(t, toks, nt, a, b, &oa, &ob) || (a >= b && titled_role(t, toks, nt, cu->ti, &oa, &ob))) &&
                !all_place(toks, oa, ob))
                a = oa, b = ob;
            /* "customs data show", "Chinese customs data showed": a body
             * named by a common noun, before its records */
            if (b >= 1 && (a >= b || a == b - 1) && in_list(t, &toks[b - 1], common_bodies) &&
                (in_list(t, &toks[cu->ti], records) || in_list(t, &toks[b], records))) {
                size_t f = b - 1;
                if (f >= 1 && is_upper_word(t, &toks[f - 1]) && proper_opening(t, &toks[f - 1]))
                    f--;
                snprintf(built, sizeof built, "%.*s", (int)(toks[b - 1].e - toks[f].s), t + toks[f].s);
                a = f;
            }
            /* "Thai officials said", "ASEAN officials estimate": tellers
             * named by whose they are */
            if (a >= b && b >= 2 && in_list(t, &toks[b - 1], tellers) && is_upper_word(t, &toks[b - 2]) &&
                proper_opening(t, &toks[b - 2])) {
                snprintf(built, sizeof built, "%.*s", (int)(toks[b - 1].e - toks[b - 2].s), t + toks[b - 2].s);
                a = b - 2;
            }
            size_t r = cu->ti;
            if (a >= b && r >= 1 && is_lower_word(t, &toks[r - 1]) && role_noun(t, &toks[r - 1])) {
                if (r >= 4 && word_is(t, &toks[r - 2], "s") && toks[r - 3].punct && is_upper_word(t, &toks[r - 4])) {
                    /* "Serbia's government said" */
                    snprintf(built, sizeof built, "%.*s", (int)(toks[r - 1].e - toks[r - 4].s), t + toks[r - 4].s);
                    a = r - 4, b = r;
                } else if (r >= 2 && word_is(t, &toks[r - 2], "the") && from_start) {
                    /* "the operator said": the sentence's own organisation */
                    a = first_body(t, toks, 0, r - 2, &b);
                }
            }
            if (a >= b && in_list(t, &toks[cu->ti], speech) && cu->tj < nt && word_is(t, &toks[cu->tj], "the")) {
                /* "..., said the Communications Authority of Kenya." */
                a = cu->tj + 1;
                b = run_after(t, toks, nt, a);
            }
            /* "..., said Ari Lopes, a principal analyst at Omdia.": the
             * speaker after the cue, for the body the apposition names */
            if (a >= b && in_list(t, &toks[cu->ti], speech))
                speaker_after(t, toks, nt, cu->tj, &a, &b, built, sizeof built);
            /* "The commerce ministry said", "police said", "..., said the
             * finance ministry": a body by its role */
            if (a >= b && (role_before(t, toks, subject_end(t, toks, cu->ti), &a, &b) ||
                           (in_list(t, &toks[cu->ti], speech) && role_after(t, toks, nt, cu->tj, &a, &b))))
                snprintf(built, sizeof built, "%.*s", (int)(toks[b - 1].e - toks[a].s), t + toks[a].s);
        }
        /* one word opening the sentence is a name only when it cannot be
         * a common noun: "Interpol estimates", not "Officials said" */
        if (a >= b || (b - a == 1 && a == 0 && from_start && !built[0] && !proper_opening(t, &toks[a]) &&
                       !speaker_opening(t, toks, a, cu->ti)) ||
            (b - a == 1 && !built[0] && common_word(t, &toks[a])))
            continue;
        /* "The Arab States count 18 exchanges": a place that counts
         * has what it counts; only a speaker of it tells ("Beijing says") */
        if (!built[0] && !according && !in_list(t, &toks[cu->ti], speech) &&
            (all_place(toks, a, b) || dealt_out(t, toks, nt, a, b)))
            continue;
        /* a month or a day names no one ("Dec", "June") */
        if (b - a == 1 && !built[0] && time_word(t, &toks[a]))
            continue;
        /* the claim itself is not a name */
        if (toks[a].s < claim_e && toks[b - 1].e > claim_s)
            continue;
        /* nor a piece of a hyphenated word: "Economic" of "Socio-Economic
         * Survey", "E" of "E-commerce", "Chinese" of "Chinese-proposed" */
        if (!built[0] && (glued_hyphen(t, toks, nt, a, -1) || (b - a == 1 && glued_hyphen(t, toks, nt, b - 1, 1))))
            continue;
        best = rank;
        bs = toks[a].s;
        be = toks[b - 1].e;
        snprintf(own, sizeof own, "%s", built);
    }
    if (best == UINT64_MAX && from_start)
        return own_results(t, toks, nt, claim_s, out, cap);
    if (best == UINT64_MAX || be - bs >= cap)
        return 0;
    if (own[0])
        snprintf(out, cap, "%s", own);
    else
        snprintf(out, cap, "%.*s", (int)(be - bs), t + bs);
    return 1;
}

int credit_cue_sides(const char *cue, size_t n)
{
    /* ("conducted by", "compiled by": the agent follows "by") */
    if ((n >= 9 && !strncasecmp(cue, "according", 9)) || (n > 3 && !strncasecmp(cue + n - 3, " by", 3)))
        return CREDIT_AFTER;
    if ((n == 4 && !strncasecmp(cue, "told", 4)) || (n == 5 && !strncasecmp(cue, "tells", 5)) ||
        (n == 8 && !strncasecmp(cue, "informed", 8)))
        return CREDIT_BEFORE;
    return CREDIT_BEFORE | CREDIT_AFTER;
}

size_t credit_bracket_after(const char *doc, size_t n, size_t end)
{
    size_t i = end;
    for (int word = 0; word < 2; word++) {
        while (i < n && (doc[i] == ' ' || doc[i] == '\t'))
            i++;
        if (i < n && doc[i] == '(')
            return i;
        while (!word && i < n && ascii_isalpha(doc[i]))
            i++;
    }
    return n;
}

/* "1.6 gigawatts (GW)", "twenty-foot equivalent units (TEU)": the bracket at
 * doc[i] spells the words before it, its letters theirs in order from the first. */
static int unit_abbrev(const char *doc, size_t n, size_t i)
{
    size_t ws = i, a = i + 1, k = a;
    while (ws > 0 && (ascii_isalpha(doc[ws - 1]) || doc[ws - 1] == ' ' || doc[ws - 1] == '-') && i - ws < 40)
        ws--;
    while (ws < i && !ascii_isalpha(doc[ws]))
        ws++;
    for (size_t j = ws; k < n && ascii_isalpha(doc[k]) && j < i; j++)
        k += ascii_lower(doc[j]) == ascii_lower(doc[k]) && (k > a || j == ws);
    return k > a + 1 && k < n && doc[k] == ')';
}

int credit_bracket(const char *doc, size_t n, size_t end, char *out, size_t cap)
{
    size_t i = credit_bracket_after(doc, n, end);
    if (i >= n || unit_abbrev(doc, n, i))
        return 0;
    size_t s = ++i;
    while (i < n && ascii_isupper(doc[i])) {
        while (i < n && (ascii_isalpha(doc[i]) || doc[i] == '&' || doc[i] == '-' || doc[i] == '.'))
            i++;
        if (i + 1 < n && doc[i] == ' ' && (ascii_isupper(doc[i + 1]) || doc[i + 1] == '&'))
            i++;
        else
            break;
    }
    size_t e = i;
    while (e > s && doc[e - 1] == '.')
        e--;
    if (e - s < 2 || e - s >= cap || e - s > 60 || i >= n ||
        !(doc[i] == ',' || doc[i] == ')' || (doc[i] == ' ' && i + 1 < n && ascii_isdigit(doc[i + 1]))))
        return 0;
    static const char *const labels[] = {"Figure", "Fig", "Table", "See", "Chart", "Annex", "Box", "Note",
                                         "Appendix", "Section", "Article", "Art", "Vol", "No", "SD", "SE",
                                         "CI", "OR", "IQR", "Ibid", "Phase", "Stage", "Part", "Chapter", "Lot",
                                         "Tranche", "Step", NULL};
    size_t w = s;
    while (w < e && doc[w] != ' ' && doc[w] != '.')
        w++;
    for (int k = 0; labels[k]; k++)
        if (strlen(labels[k]) == w - s && !memcmp(doc + s, labels[k], w - s))
            return 0;
    if (e - s == 3 && qty_currency_word(doc + s, 3))
        return 0;
    if (w == e && qty_is_month(doc + s, e - s))   /* "(June 2024)" */
        return 0;
    /* "(RSD 1.79 billion)": a code before an amount is a currency's, not
     * a body's ("(BTRC 2024)" names a body and its year) */
    if (e - s == 3 && doc[i] == ' ') {
        size_t d = i + 1;
        while (d < n && (ascii_isdigit(doc[d]) || doc[d] == ',' || doc[d] == '.'))
            d++;
        if (!(d - i - 1 == 4 && lines_year_at(doc, i + 1)))
            return 0;
    }
    memcpy(out, doc + s, e - s);
    out[e - s] = '\0';
    return 1;
}

int credit_own_kind(char *source, size_t cap, const char *body)
{
    if (!body[0] || strncasecmp(source, "the ", 4))
        return 0;
    const char *w = source + 4;
    size_t wl = strlen(w);
    if (!wl || strchr(w, ' '))
        return 0;
    int kind = 0;
    kind = name_role_noun(w, 0, wl);
    for (int i = 0; self_refs[i] && !kind; i++)
        kind = strlen(self_refs[i]) == wl && !strncasecmp(w, self_refs[i], wl);
    if (!kind)
        return 0;
    /* the kind is a whole word of the body's name */
    size_t bl = strlen(body);
    for (size_t i = 0; i + wl <= bl; i++)
        if ((i == 0 || !ascii_isalpha(body[i - 1])) && !strncasecmp(body + i, w, wl) &&
            (i + wl == bl || !ascii_isalpha(body[i + wl]))) {
            snprintf(source, cap, "%s", body);
            return 1;
        }
    return 0;
}

/* How far after its figure a citation may stand, in bytes. */
#define CITE_REACH 400

/* Labels in brackets that name no body: "[Figure 3]", "[sic]". */
static int label_word(const char *w, size_t n)
{
    static const char *const labels[] = {"Figure", "Fig", "Table", "See", "Chart", "Annex", "Box", "Note", "Notes",
                                         "Appendix", "Section", "Article", "Art", "Vol", "No", "Ibid", "Source",
                                         "Sources", "Emphasis", "Updated", "Edited", "Translated",
                                         /* a transcript's stage directions: "[Applause]" */
                                         "Phase", "Stage", "Part", "Chapter", "Lot", "Tranche", "Step",
                                         "Applause", "Laughter", "Cheers", "Cheering", "Inaudible", "Crosstalk",
                                         "Music", "Pause", "Silence", "Interruption", "Sic", "sic", NULL};
    for (int k = 0; labels[k]; k++)
        if (strlen(labels[k]) == n && !memcmp(w, labels[k], n))
            return 1;
    return 0;
}

/* "(CDCs)", "(SMEs)": capitals and a plural's "s" abbreviate things
 * counted, never the one body a figure is credited to. */
static int plural_acronym(const char *w, size_t n)
{
    if (n < 3 || w[n - 1] != 's')
        return 0;
    for (size_t k = 0; k + 1 < n; k++)
        if (!(w[k] >= 'A' && w[k] <= 'Z'))
            return 0;
    return 1;
}

/* Does the bracket opening at doc[i] close the sentence ending at se
 * (a full stop after it, and nothing but a quote), after a word that is no
 * name (a name's bracket spells it: "Economy Blueprint (MyDIGITAL)")? */
static int closing_bracket(const char *doc, size_t i, size_t se)
{
    size_t w = i;
    while (w > 0 && doc[w - 1] == ' ')
        w--;
    size_t ws = w;
    while (ws > 0 && (ascii_isalnum(doc[ws - 1]) || doc[ws - 1] == '-'))
        ws--;
    if (ws == w || ascii_isupper(doc[ws]))
        return 0;
    size_t c = i + 1;
    while (c < se && c - i < 120 && doc[c] != ')' && doc[c] != '(' && doc[c] != '\n')
        c++;
    /* (not examples of what it closes: "vendors (Huawei, ZTE)", examples.h) */
    if (c >= se || doc[c] != ')' || examples_bracket(doc, se, i))
        return 0;
    int stop = 0;   /* (a full stop: a line of a record ends in none) */
    for (c++; c < se; c++) {
        if (!(doc[c] == '.' || doc[c] == ' ' || doc[c] == '"' || doc[c] == '\n' || doc[c] == '\r'))
            return 0;
        stop |= doc[c] == '.';
    }
    return stop;
}

/* The name opening doc[i, lim): capitalised words, "&", and "of",
 * "and", "for" between them, up to a comma, a year, a lower-case word or
 * the end. Its end, or i when none. */
static size_t cite_name(const char *doc, size_t i, size_t lim)
{
    static const NameStyle cited = {
        .word = NAME_W_HIGH | NAME_W_DIGIT | NAME_W_HYPHEN | NAME_W_AMP | NAME_W_DOT | NAME_W_APOS,
        .joins = NAME_J_OF | NAME_J_THE,
        .flags = NAME_F_JOIN_OPENS | NAME_F_AMP_CAPITAL,
    };
    size_t e = name_run(&cited, doc, i, lim);
    while (e > i && doc[e - 1] == '.')
        e--;
    return e;
}

/* A line's last words after a spaced dash: "... TOP 3.6 MILLION - MIIT",
 * "... in 2023 — World Bank". Where the name starts, or le when none. */
static size_t dash_tail(const char *doc, size_t from, size_t le)
{
    size_t e = le;
    while (e > from && (doc[e - 1] == ' ' || doc[e - 1] == '.' || doc[e - 1] == '\r'))
        e--;
    for (size_t i = e; i > from + 2; i--) {
        size_t d = i - 1;   /* the byte before the name's first */
        if (doc[d] != ' ')
            continue;
        size_t dl = 0;
        if (d >= 2 && doc[d - 1] == '-' && doc[d - 2] == ' ')
            dl = 1;
        else if (d >= 4 && (unsigned char)doc[d - 3] == 0xE2 && (unsigned char)doc[d - 2] == 0x80 &&
                 ((unsigned char)doc[d - 1] == 0x93 || (unsigned char)doc[d - 1] == 0x94) && doc[d - 4] == ' ')
            dl = 3;
        if (!dl)
            continue;
        return cite_name(doc, i, e) == e && d - dl - 1 >= from ? i : le;
    }
    return le;
}

/* The opening brackets, '[' and '(', of doc[i, e) in order: each kind
 * found by memchr, and looked for again only once passed (a walk asks
 * of every bracket, not of every byte). */
typedef struct Openers {
    const char *doc;
    size_t e, sq, rd;   /* the next '[' and '(' at or after the last asked, or e */
} Openers;

static size_t find_byte(const char *doc, char c, size_t i, size_t e)
{
    const char *q = i < e ? memchr(doc + i, c, e - i) : NULL;
    return q ? (size_t)(q - doc) : e;
}

static size_t openers_first(Openers *o, const char *doc, size_t i, size_t e)
{
    o->doc = doc, o->e = e;
    o->sq = find_byte(doc, '[', i, e);
    o->rd = find_byte(doc, '(', i, e);
    return o->sq < o->rd ? o->sq : o->rd;
}

/* The first opener at or after i (i past the last one given). */
static size_t openers_next(Openers *o, size_t i)
{
    if (o->sq < i)
        o->sq = find_byte(o->doc, '[', i, o->e);
    if (o->rd < i)
        o->rd = find_byte(o->doc, '(', i, o->e);
    return o->sq < o->rd ? o->sq : o->rd;
}

int credit_cite(const char *doc, size_t n, size_t end, size_t se, char *out, size_t cap)
{
    /* (a citation stands near its figure: the walk is bounded, so a
     * line of megabytes costs no more than a short one) */
    if (se > n)
        se = n;
    if (se - end > CITE_REACH)
        se = end + CITE_REACH;
    Openers op;
    for (size_t i = openers_first(&op, doc, end, se); i < se; i = openers_next(&op, i + 1)) {
        size_t s, lim;
        if (doc[i] == '[') {
            s = i + 1;
        } else if (doc[i] == '(' && i + 8 < se && !strncasecmp(doc + i + 1, "source", 6)) {
            s = i + 7;
            if (s < se && (doc[s] == 's' || doc[s] == 'S'))
                s++;
            if (s >= se || doc[s] != ':')
                continue;
            s++;
        } else if (doc[i] == '(' && closing_bracket(doc, i, se)) {
            /* "... rose 6.5% to RM1.16 trillion in 2023 (DOSM).": a body
             * in brackets closing the sentence, all its first part a name
             * (none whose words or figures describe: "(first phase, ...)") */
            s = i + 1;
            lim = s;
            while (lim < se && doc[lim] != ')' && doc[lim] != ',')
                lim++;
            size_t e = cite_name(doc, s, lim);
            int digits = 0;
            for (size_t k = s; k < e; k++)
                digits |= ascii_isdigit(doc[k]);
            if (e != lim || e - s < 2 || e - s >= cap || digits || label_word(doc + s, e - s) ||
                plural_acronym(doc + s, e - s) ||
                qty_is_month(doc + s, e - s) || (e - s == 3 && qty_currency_word(doc + s, 3)))
                continue;
            memcpy(out, doc + s, e - s);
            out[e - s] = '\0';
            return 1;
        } else {
            continue;
        }
        while (s < se && doc[s] == ' ')
            s++;
        char close = doc[i] == '[' ? ']' : ')';
        lim = s;
        while (lim < se && lim - s < 100 && doc[lim] != close && doc[lim] != '\n')
            lim++;
        if (lim >= se || doc[lim] != close)
            continue;
        size_t e = cite_name(doc, s, lim);
        size_t w = s;
        while (w < e && ascii_isalpha(doc[w]))
            w++;
        if (e - s < 2 || e - s >= cap || label_word(doc + s, w - s) || (w == e && qty_is_month(doc + s, e - s)))
            continue;
        memcpy(out, doc + s, e - s);
        out[e - s] = '\0';
        return 1;
    }
    /* the line's end */
    size_t le = find_byte(doc, '\n', end, end >= n ? end : n - end > CITE_REACH + 1 ? end + CITE_REACH + 1 : n);
    if (le < n && doc[le] != '\n')
        return 0;
    size_t s = dash_tail(doc, end, le);
    if (s >= le)
        return 0;
    size_t e = cite_name(doc, s, le);
    if (e - s < 2 || e - s >= cap)
        return 0;
    memcpy(out, doc + s, e - s);
    out[e - s] = '\0';
    return 1;
}

static int reported_subject(const char *doc, size_t n, size_t end);
static size_t word_back(const char *doc, size_t ss, size_t e);

/* "puts Huawei's share at 31%": after a verb of valuing, a name in the
 * possessive owns what is valued; it tells nothing. Does the cue ending at
 * doc[cue_e) value, and the name ending at doc[e) own? */
static int valued_owner(const char *doc, size_t n, size_t cue_e, size_t e)
{
    static const char *const values[] = {"puts", "put", "estimates", "estimated", "estimate", "ranks", "ranked",
                                         "values", "valued", "pegs", "pegged", "places", "placed", NULL};
    size_t w = word_back(doc, 0, cue_e);
    int valuing = 0;
    for (int k = 0; values[k] && !valuing; k++)
        valuing = strlen(values[k]) == cue_e - w && !strncasecmp(doc + w, values[k], cue_e - w);
    if (!valuing)
        return 0;
    if (e + 2 < n && doc[e] == '\'' && doc[e + 1] == 's' && doc[e + 2] == ' ')
        return 1;
    return e + 4 < n && !memcmp(doc + e, "\xE2\x80\x99s", 4) && doc[e + 4] == ' ';
}

/* Does the name at doc[s, e), before a cue, stand in an apposition to
 * the subject, closed right before the cue: "HMN Technologies, the
 * former Huawei Marine, said", "..., formerly Huawei Marine Networks,
 * told us"? A comma after a capitalised word (or a bracket), a
 * lower-case word opening the apposition, at most six words to the name,
 * the rest of the name, a comma, the cue. Its subject tells, not the
 * name. */
static int apposed(const char *doc, size_t s, size_t e, size_t cue_s)
{
    size_t i = e;
    while (i < cue_s && (ascii_isalnum(doc[i]) || ascii_isspace(doc[i]) || doc[i] == '-' ||
                         doc[i] == '\''))
        i++;
    if (i >= cue_s || doc[i] != ',')
        return 0;
    for (i++; i < cue_s; i++)
        if (!ascii_isspace(doc[i]))
            return 0;
    size_t b = s, words = 0;
    while (b > 0 && doc[b - 1] != ',' && words <= 6) {
        unsigned char c = (unsigned char)doc[b - 1];
        if (!(ascii_isalnum(c) || ascii_isspace(c) || c == '-' || c == '\''))
            return 0;
        words += doc[b - 1] == ' ' || doc[b - 1] == '\n';
        b--;
    }
    if (b == 0 || doc[b - 1] != ',' || words > 6)
        return 0;
    size_t w = b;
    while (w < s && ascii_isspace(doc[w]))
        w++;
    if (!ascii_islower(doc[w]))
        return 0;
    /* (the subject's last word before the comma: "Technologies", "(HMN)") */
    size_t p = b - 1;
    if (p > 0 && doc[p - 1] == ')')
        return 1;
    while (p > 0 && ascii_isalnum(doc[p - 1]))
        p--;
    return p < b - 1 && ascii_isupper(doc[p]);
}

/* "an estimated 70 percent", "the reported $2 billion": a participle
 * after an article, doc[cue_s, cue_e), is the figure's adjective, no
 * verb whose subject tells it ("Huawei alone built an estimated 70
 * percent": Huawei built, it did not estimate). */
static int adjective_cue(const char *doc, size_t cue_s, size_t cue_e)
{
    if (cue_e - cue_s < 4 || strncmp(doc + cue_e - 2, "ed", 2) || cue_s < 3 || doc[cue_s - 1] != ' ')
        return 0;
    size_t w = cue_s - 1;
    while (w > 0 && ascii_isalpha(doc[w - 1]))
        w--;
    size_t l = cue_s - 1 - w;
    return (w == 0 || !ascii_isalpha(doc[w - 1])) &&
           ((l == 1 && (doc[w] | 0x20) == 'a') || (l == 2 && !strncasecmp(doc + w, "an", 2)) ||
            (l == 3 && !strncasecmp(doc + w, "the", 3)));
}

int credit_cue_reaches(const char *doc, size_t n, size_t cue_e, size_t s, size_t e)
{
    if (cue_e > s) {
        /* the name before its cue, not in an apposition to the cue's
         * subject, nor before a cue that is an adjective */
        size_t cue_s = cue_e;
        while (cue_s > e && !ascii_isspace(doc[cue_s - 1]) && doc[cue_s - 1] != ',')
            cue_s--;
        if (cue_s > e && adjective_cue(doc, cue_s, cue_e))
            return 0;
        return cue_s <= e || !apposed(doc, s, e, cue_s);
    }
    for (size_t i = cue_e; i < s; i++)
        if (ascii_isdigit(doc[i]))
            return 0;
    /* "It estimated that Huawei and ZTE together accounted for 58%",
     * "Estimates suggest that Huawei and ZTE supplied": a name after
     * "that" opens the clause the cue reports, its subject */
    size_t w = cue_e, t = s;
    for (; w < s && doc[w] == ' '; w++) {}
    for (; t > cue_e && doc[t - 1] == ' '; t--) {}
    if ((w + 5 <= s && !strncmp(doc + w, "that ", 5)) || (t >= cue_e + 5 && !strncmp(doc + t - 5, " that", 5)))
        return 0;
    return !reported_subject(doc, n, e) && !valued_owner(doc, n, cue_e, e);
}

static int reported_subject(const char *doc, size_t n, size_t end)
{
    /* what may follow a teller's name: a preposition, a conjunction, a
     * time, a relative pronoun, the teller's people or records */
    static const char *const follow[] = {
        "in", "on", "at", "for", "of", "to", "via", "with", "from", "by", "last", "this", "earlier",
        "yesterday", "today", "and", "or", "but", "as", "after", "before", "during", "since", "while",
        "when", "until", "which", "who", "whose", "that", "spokesman", "spokeswoman", "spokesperson",
        "officials", "chief", "executive", "chairman", "president", "director", "analyst", "analysts",
        "researchers", "data", "figures", "report", "reports", "estimates", "statistics", "survey", "study",
        "analysis", "research", "numbers", "database", "said", "says", "told", "added", "noted", NULL};
    size_t i = end;
    while (i < n && doc[i] == ' ')
        i++;
    if (i >= n || i == end || !ascii_islower(doc[i]))
        return 0;
    size_t w = i;
    while (w < n && ascii_isalpha(doc[w]))
        w++;
    for (int k = 0; follow[k]; k++)
        if (strlen(follow[k]) == w - i && !memcmp(doc + i, follow[k], w - i))
            return 0;
    return 1;
}

/* Where the word ending at doc[e) starts (not before ss). */
static size_t word_back(const char *doc, size_t ss, size_t e)
{
    size_t w = e;
    while (w > ss && (ascii_isalpha(doc[w - 1]) || doc[w - 1] == '\'' || doc[w - 1] == '-' ||
                      (unsigned char)doc[w - 1] >= 0x80))
        w--;
    return w;
}

int credit_cited_author(const char *doc, size_t ss, size_t at, char *out, size_t cap)
{
    /* "Gagliardone [4] cautions", "Okafor and Liu (2022) estimate", "Wu
     * et al. (2023) find": a surname (or two joined by "and"), "et al.",
     * a bracketed reference number or year, then a lower-case word */
    Openers op;
    for (size_t i = openers_first(&op, doc, ss, at); i + 4 < at; i = openers_next(&op, i + 1)) {
        size_t j = i + 1, d = j;
        while (d < at && ascii_isdigit(doc[d]))
            d++;
        int year = d - j == 4 && (doc[j] == '1' || doc[j] == '2');
        if (d == j || !(doc[i] == '[' ? d - j <= 3 || year : year) || d >= at ||
            doc[d] != (doc[i] == '[' ? ']' : ')'))
            continue;
        /* a lower-case word after it */
        size_t v = d + 1;
        if (v >= at || doc[v] != ' ' || !ascii_islower(doc[v + 1]))
            continue;
        /* the name before it */
        size_t e = i;
        while (e > ss && doc[e - 1] == ' ')
            e--;
        size_t ne = e;
        if (e >= ss + 7 && !strncmp(doc + e - 7, " et al.", 7))
            e -= 7, ne = e;
        size_t s = word_back(doc, ss, e);
        /* "Hillman and McCalpin" */
        if (s >= ss + 5 && !strncmp(doc + s - 5, " and ", 5)) {
            size_t s2 = word_back(doc, ss, s - 5);
            if (s2 < s - 5 && ascii_isupper(doc[s2]))
                s = s2;
        }
        if (s == e || !ascii_isupper(doc[s]))
            continue;
        while (s < ne && !ascii_isupper(doc[s]))
            s++;
        if (ne <= s || ne - s >= cap || ne - s > 60)
            continue;
        /* a one-word name opening no sentence that is a common word, an
         * article or a pronoun is none */
        static const char *const nots[] = {"The", "This", "That", "These", "Table", "Figure", "See", "Section",
                                           "Annex", "Box", "Chapter", "Article", NULL};
        int bad = 0;
        for (int k = 0; nots[k]; k++)
            bad |= strlen(nots[k]) <= ne - s && !strncmp(doc + s, nots[k], strlen(nots[k])) &&
                   (ne - s == strlen(nots[k]) || doc[s + strlen(nots[k])] == ' ');
        if (bad)
            continue;
        memcpy(out, doc + s, ne - s);
        out[ne - s] = '\0';
        return 1;
    }
    return 0;
}

/* "..., per PTA", "penetration per ITU 2024", "per ITU's 2023 Facts and
 * Figures", "per TeleGeography data": "per" after a word or a comma (not
 * after a figure: "$5 per GB"), then a name, then the clause's end, a
 * possessive, a year or the record it tells in. 1 and the name, or 0. */
static int credit_per(const char *doc, size_t end, size_t se, char *out, size_t cap)
{
    static const char *const after[] = {"data", "figures", "numbers", "estimates", "statistics", "report", NULL};
    if (se - end > CITE_REACH)
        se = end + CITE_REACH;
    for (size_t i = end + 1; i + 5 < se; i++) {
        if (doc[i] != 'p' || strncmp(doc + i - 1, " per ", 5))
            continue;
        char b = doc[i - 2];
        if (!(b == ',' || ascii_islower(b)))
            continue;
        /* (nor after a multiplier or a unit: "US$ 39.5 million per MHz",
         * "0.40 tCO2e per MWh") */
        size_t pw = i - 1;
        while (pw > end && ascii_isalnum(doc[pw - 1]))
            pw--;
        int unit_before = 0;
        for (size_t k = pw; k < i - 1; k++)
            unit_before |= ascii_isdigit(doc[k]);
        if (unit_before || qty_scale(doc + pw, i - 1 - pw, 0) > 0)
            continue;
        size_t s = i + 4;
        if (s + 4 <= se && !strncmp(doc + s, "the ", 4))
            s += 4;
        if (s >= se || !ascii_isupper(doc[s]))
            continue;
        size_t e = cite_name(doc, s, se);
        if (e >= s + 2 && doc[e - 2] == '\'' && doc[e - 1] == 's')
            e -= 2;   /* "per ITU's 2023 Facts and Figures" */
        if (e <= s + 1 || e - s >= cap || qty_is_month(doc + s, e - s))
            continue;
        /* (a unit is no name: "per MHz", "per kWh") */
        int lower = 0;
        for (size_t k = s; k < e; k++)
            lower |= ascii_islower(doc[k]);
        if (e - s <= 4 && lower)
            continue;
        size_t k = e;
        int ok = k >= se || doc[k] == ',' || doc[k] == '.' || doc[k] == ';' || doc[k] == ')' || doc[k] == '\n' ||
                 (doc[k] == '\'' && k + 1 < se && doc[k + 1] == 's') ||
                 /* (its reference mark: "per MOFCOM [8],") */
                 (k + 3 < se && doc[k] == ' ' && doc[k + 1] == '[' && ascii_isdigit(doc[k + 2]));
        if (!ok && doc[k] == ' ' && k + 1 < se) {
            size_t w = k + 1, we = w;
            while (we < se && ascii_isalnum(doc[we]))
                we++;
            ok = we - w == 4 && ascii_isdigit(doc[w]);
            for (int a = 0; after[a] && !ok; a++)
                ok = we - w == strlen(after[a]) && !strncmp(doc + w, after[a], we - w);
        }
        if (!ok)
            continue;
        memcpy(out, doc + s, e - s);
        out[e - s] = '\0';
        return 1;
    }
    return 0;
}

int credit_unnamed_cue(const char *doc, size_t n, size_t ss, size_t se, size_t start, size_t end, char *out,
                       size_t cap)
{
    return credit_bracket(doc, n, end, out, cap) || credit_cite(doc, n, end, se, out, cap) ||
           credit_cited_author(doc, ss, start, out, cap) || credit_per(doc, end, se < n ? se : n, out, cap);
}

int credit_has_at(const char *doc, size_t ss, size_t se, size_t at, size_t *ns, size_t *ne)
{
    static const char *const hedges[] = {"about ", "around ", "roughly ", "some ", "nearly ", "almost ", "just ", NULL};
    size_t i = ss;
    while (i < se && (doc[i] == ' ' || doc[i] == '\n' || doc[i] == '"'))
        i++;
    size_t s = i, e = i;
    for (int words = 0; words < 5 && i < se && ascii_isupper(doc[i]); words++) {
        for (;;) {
            while (i < se && (ascii_isalnum(doc[i]) || doc[i] == '-' || doc[i] == '&' || doc[i] == '.'))
                i++;
            /* (an apostrophe inside a name: "Dell'Oro", "Dell’Oro") */
            size_t al = i + 1 < se && doc[i] == '\'' ? 1 : i + 3 < se && !memcmp(doc + i, "\xE2\x80\x99", 3) ? 3 : 0;
            if (!al || !ascii_isupper(doc[i + al]))
                break;
            i += al;
        }
        e = i;
        if (i >= se || doc[i] != ' ')
            return 0;
        i++;
    }
    /* (or "puts": "Omdia puts Huawei's share at 31%") */
    size_t vl = i + 4 <= se && (!strncmp(doc + i, "has ", 4) || !strncmp(doc + i, "had ", 4) ||
                                !strncmp(doc + i, "put ", 4)) ? 4
                : i + 5 <= se && !strncmp(doc + i, "puts ", 5) ? 5 : 0;
    if (e == s || !vl)
        return 0;
    /* (tellers no name names: "Analysts put spending at ...") */
    CreditTok one = {.s = s, .e = e};
    if (!memchr(doc + s, ' ', e - s) && common_word(doc, &one))
        return 0;
    /* what it values, then "at" and the first figure, in one clause */
    for (size_t k = i + vl; k + 4 <= at && k < se; k++) {
        if (doc[k] == ',' || doc[k] == ';' || doc[k] == ':' || (doc[k] == '.' && !ascii_isdigit(doc[k + 1])))
            return 0;
        if (strncmp(doc + k, " at ", 4))
            continue;
        size_t f = k + 4;
        for (int h = 0; hedges[h]; h++)
            if (!strncmp(doc + f, hedges[h], strlen(hedges[h])))
                f += strlen(hedges[h]);
        /* (the figure itself, spelled in words too: "had them at roughly
         * ten percent") */
        if (f > at || !(f == at || ascii_isdigit(doc[f]) || doc[f] == '$' || ascii_isupper(doc[f]) ||
                        (unsigned char)doc[f] >= 0x80))
            return 0;
        *ns = s, *ne = e;
        return 1;
    }
    return 0;
}
