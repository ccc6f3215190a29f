#define _GNU_SOURCE   /* memmem */
/* referents.c — whom a short reference in an attribution clause means
 * (see referents.h). */
#include "referents.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "diag.h"
#include "introduced.h"
#include "namerun.h"
#include "textfind.h"
#include "textserial.h"
#include "textwalk.h"

#define WALK_SENTENCES 12   /* a pronoun's speaker is looked for this many sentences back at most */
#define MAX_BODIES 48       /* bodies of a kind a text introduces, at most */
#define BODY_CAP 96
#define PARA_REACH 4096     /* a paragraph is read back this far at most */
#define BODY_REACH 16384    /* bodies are looked for this far before the clause at most */

/* The end of se's paragraph (a blank line), at most PARA_REACH bytes on. */
static size_t para_end(const char *doc, size_t n, size_t se)
{
    size_t pe = se;
    while (pe < n && pe - se < PARA_REACH && !(doc[pe] == '\n' && pe + 1 < n && (doc[pe + 1] == '\n' || doc[pe + 1] == '\r')))
        pe++;
    return pe;
}

/* The end of the sentence opening at doc[s], past its stop, before pe. */
static size_t sentence_after(const char *doc, size_t pe, size_t s)
{
    size_t e = s;
    while (e < pe && !((doc[e] == '.' || doc[e] == '?' || doc[e] == '!') &&
                       (e + 1 >= pe || doc[e + 1] == ' ' || doc[e + 1] == '\n' || doc[e + 1] == '"')))
        e++;
    return e < pe ? e + 1 : e;
}

/* A body's name: capitalised words joined by "of", "for", "and", "the",
 * "&" (as introduced.c reads one). */
static const NameStyle body_style = {
    .word = NAME_W_HIGH | NAME_W_HYPHEN | NAME_W_AMP | NAME_W_DOT_LINK | NAME_W_APOS_LINK,
    .joins = NAME_J_OF | NAME_J_THE | NAME_J_AMP,
    .max_words = 8,
};

/* The same, across a wrapped line ("the Ministry of Industry and
 * Information\nTechnology said"). */
static const NameStyle wrapped_style = {
    .word = NAME_W_HIGH | NAME_W_HYPHEN | NAME_W_AMP | NAME_W_DOT_LINK | NAME_W_APOS_LINK,
    .joins = NAME_J_OF | NAME_J_THE | NAME_J_AMP,
    .flags = NAME_F_BLANKS,
    .max_words = 8,
};

/* Verbs that attribute what is said. */
static const char *const speech[] = {"said",    "says",     "told",      "added",    "adds",     "noted",
                                     "notes",   "estimated", "estimates", "explained", "stated",  "states",
                                     "warned",  "warns",    "stressed",  "argued",   "insisted", "reported",
                                     "reports", "calculated", "calculates", "found", "finds", NULL};

/* Of those, the verbs a body's report tells with more than a person
 * speaks: after a noun of its kind only ("the agency estimates"), not
 * after a name ("AidData estimates" is AidData's, no surname's). */
static const char *const body_speech[] = {"adds", "notes", "estimates", "states", "warns", "reported", "reports",
                                          NULL};

/* Words before "of" that name a person speaking for a body: "a senior
 * official of the Cyberspace Administration of China". */
static const char *const persons[] = {"official", "spokesperson", "spokesman", "spokeswoman", "head", "director",
                                      "chairman", "chairwoman", "chair", "chief", "minister", "president",
                                      "executive", "representative", "adviser", "advisor", "secretary", "officer",
                                      "manager", "governor", "commissioner", "deputy", NULL};

/* The kinds of body a noun in "the company said" may mean: the nouns a
 * text introduces such a body with ("cloud firm Qianhai Yunji") and the
 * words its name may hold ("Ethio Telecom"). The first noun of a kind
 * names it. */
typedef struct Kind {
    const char *const *nouns;
    const char *const *name_words;
} Kind;

static const char *const company_nouns[] = {"company", "firm", "operator", "carrier", "vendor", "provider",
                                            "telco", "developer", "consortium", "manufacturer", "maker", NULL};
static const char *const company_words[] = {"Company", "Corp", "Corporation", "Ltd", "Limited", "Inc", "Telecom",
                                            "Telecommunications", "Technologies", "Holdings", "Co", NULL};
static const char *const group_nouns[] = {"group", NULL};
static const char *const group_words[] = {"Group", NULL};
static const char *const ministry_nouns[] = {"ministry", NULL};
static const char *const ministry_words[] = {"Ministry", NULL};
static const char *const agency_nouns[] = {"agency", NULL};
static const char *const agency_words[] = {"Agency", NULL};
static const char *const authority_nouns[] = {"authority", "regulator", "commission", NULL};
static const char *const authority_words[] = {"Authority", "Commission", NULL};
static const char *const bank_nouns[] = {"bank", "lender", NULL};
static const char *const bank_words[] = {"Bank", NULL};

static const Kind kinds[] = {
    {company_nouns, company_words}, {group_nouns, group_words},         {ministry_nouns, ministry_words},
    {agency_nouns, agency_words},   {authority_nouns, authority_words}, {bank_nouns, bank_words},
};

static int is_word(const char *p, size_t s, size_t e, const char *w)
{
    return strlen(w) == e - s && !strncasecmp(p + s, w, e - s);
}

/* (the lists are of ASCII letters: a word whose first letter, in either
 * case, is not an entry's is not that entry) */
static int in_list(const char *p, size_t s, size_t e, const char *const *list)
{
    if (e <= s)
        return 0;
    for (int i = 0; list[i]; i++)
        if ((p[s] | 0x20) == (list[i][0] | 0x20) && is_word(p, s, e, list[i]))
            return 1;
    return 0;
}

/* The kind the noun p[s, e) names, or -1. */
static int kind_of_noun(const char *p, size_t s, size_t e)
{
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (in_list(p, s, e, kinds[k].nouns))
            return (int)k;
    return -1;
}

/* ---- paragraphs, sentences, quotations ---- */

/* Where the paragraph holding doc[at) starts: after the last blank line
 * (found by its line breaks, memrchr, not a look at every byte back). */
static size_t para_start(const char *p, size_t at)
{
    size_t lo = at > PARA_REACH ? at - PARA_REACH : 0;
    for (size_t k = at; k > lo;) {
        const char *nl = memrchr(p + lo, '\n', k - lo);
        if (!nl)
            break;
        k = (size_t)(nl - p) + 1;
        size_t j = k - 1;
        while (j > 0 && (p[j - 1] == ' ' || p[j - 1] == '\r' || p[j - 1] == '\t'))
            j--;
        if (j > 0 && p[j - 1] == '\n')
            return k;
        if (j == 0)
            return k;
        k--;
    }
    return lo;
}

/* Is the byte at p[k] an opening or closing quotation mark? 1 for a
 * straight one ("), 2 for an opening curly one, 3 for a closing one. */
static int quote_at(const char *p, size_t k, size_t n)
{
    if (p[k] == '"')
        return 1;
    if (k + 2 < n && (unsigned char)p[k] == 0xE2 && (unsigned char)p[k + 1] == 0x80) {
        if ((unsigned char)p[k + 2] == 0x9C)
            return 2;
        if ((unsigned char)p[k + 2] == 0x9D)
            return 3;
    }
    return 0;
}

/* Does doc[at) stand inside a quotation, reading from the paragraph's
 * start ps? The walk's state is kept where it stopped, in two places:
 * a claim's sentence asks at its start (next_verb) after its claim asked
 * at the figure, further on, and each goes on from the nearest kept
 * place before it, so a paragraph is walked once, not once a sentence. */
static _Thread_local struct {
    SpanKey key;   /* the paragraph's start and where the walk stopped */
    int in;
} quote_walk[2];

/* A span of the text read now holding no byte quote_next stops at. */
static _Thread_local SpanKey quote_free;

/* The next byte of p[k, e) that may be a quotation mark: '"' or the
 * first byte of a curly one (0xE2); e when none. */
static size_t quote_next(const char *p, size_t k, size_t e)
{
    return tw_find2((const unsigned char *)p, k, e, '"', 0xE2);
}

static int inside_quote(const char *p, size_t n, size_t ps, size_t at)
{
    int in = 0, from = -1;
    size_t k = ps;
    for (int i = 0; i < 2; i++) {
        SpanKey *w = &quote_walk[i].key;
        if (w->p == p && w->serial == text_serial && w->s == ps && w->e <= at && w->e >= k)
            k = w->e, in = quote_walk[i].in, from = i;
    }
    /* (bytes known to hold no mark are passed: a run-on paragraph's
     * claims each walk from a start PARA_REACH back, which moves with
     * them; what the last walks found free of marks is not walked again) */
    SpanKey *fr = &quote_free;
    if (fr->p == p && fr->serial == text_serial && fr->s <= k && k < fr->e)
        k = fr->e < at ? fr->e : at;
    size_t walked = k, mark = at;
    while ((k = quote_next(p, k, at)) < at) {
        int q = quote_at(p, k, n);
        in = q == 1 ? !in : q == 2 ? 1 : q == 3 ? 0 : in;
        if (mark == at)
            mark = k;
        k++;
    }
    if (mark > walked) {
        if (fr->p == p && fr->serial == text_serial && walked <= fr->e && mark >= fr->s)
            fr->s = fr->s < walked ? fr->s : walked, fr->e = fr->e > mark ? fr->e : mark;
        else
            *fr = (SpanKey){p, walked, mark, text_serial};
    }
    /* (the place walked from gives way, unless the other is further back
     * than it, or of another text or paragraph) */
    int slot = from >= 0 ? from : 0;
    if (from < 0) {
        const SpanKey *a = &quote_walk[0].key, *b = &quote_walk[1].key;
        int a_ok = a->p == p && a->serial == text_serial && a->s == ps;
        int b_ok = b->p == p && b->serial == text_serial && b->s == ps;
        slot = !a_ok ? 0 : !b_ok ? 1 : a->e < b->e ? 0 : 1;
    }
    quote_walk[slot].key = (SpanKey){p, ps, at, text_serial};
    quote_walk[slot].in = in;
    return in;
}

/* Where the sentence ending before doc[e) starts, not before lo. */
static size_t sentence_back(const char *p, size_t lo, size_t e)
{
    size_t k = e;
    while (k > lo && (p[k - 1] == ' ' || p[k - 1] == '\n' || p[k - 1] == '\r'))
        k--;
    /* (past the sentence's own stop and closing quotation mark) */
    while (k > lo && (p[k - 1] == '.' || p[k - 1] == '?' || p[k - 1] == '!' || p[k - 1] == '"'))
        k--;
    for (; k > lo; k--) {
        char c = p[k - 1];
        if ((c == '.' || c == '?' || c == '!') && k < e && (p[k] == ' ' || p[k] == '\n' || p[k] == '"'))
            break;
    }
    while (k < e && (p[k] == ' ' || p[k] == '\n' || p[k] == '"' || p[k] == '\r'))
        k++;
    return k;
}

/* ---- the clause ---- */

/* The word ending at p[e) (letters, hyphens, dots inside), from lo: its
 * start, or e. */
static size_t word_back(const char *p, size_t lo, size_t e)
{
    size_t s = e;
    while (s > lo && (ascii_isalpha_or_utf8((unsigned char)p[s - 1]) || p[s - 1] == '-' || p[s - 1] == '\''))
        s--;
    return s;
}

/* The word opening at p[s): its end. */
static size_t word_fwd(const char *p, size_t s, size_t e)
{
    while (s < e && (ascii_isalpha_or_utf8((unsigned char)p[s]) || p[s] == '-'))
        s++;
    return s;
}

/* Can the word p[s, e) be a speech verb: its length and first letter
 * those of one (a bit each, from the list itself)? Most words are
 * passed on these before the list is walked. */
static int speech_may(const char *p, size_t s, size_t e)
{
    static _Thread_local uint32_t lens, firsts;
    if (!lens)
        for (int i = 0; speech[i]; i++) {
            lens |= 1u << (strlen(speech[i]) & 31);
            firsts |= 1u << (speech[i][0] & 31);
        }
    return e > s && e - s < 32 && (lens >> (e - s) & 1) && (firsts >> (p[s] & 31) & 1);
}

/* The speech verbs of p[s, e) outside quotations (ps: the paragraph's
 * start): the next one at or after from, its start and end; 0 when none. */
static int next_verb(const char *p, size_t n, size_t ps, size_t s, size_t e, size_t from, size_t *vs, size_t *ve)
{
    int in = inside_quote(p, n, ps, from);
    for (size_t k = from; k < e;) {
        int q = quote_at(p, k, n);
        if (q) {
            in = q == 1 ? !in : q == 2;
            k++;
            continue;
        }
        if (!ascii_isalpha(p[k])) {
            k++;
            continue;
        }
        /* a word that may be a verb: read whole, and the byte after it
         * passed; else its letters passed at once */
        if (!in && ascii_islower(p[k]) && !(k > s && ascii_isalpha_or_utf8((unsigned char)p[k - 1]))) {
            size_t w = word_fwd(p, k, e);
            if (speech_may(p, k, w) && in_list(p, k, w, speech)) {
                *vs = k, *ve = w;
                return 1;
            }
            k = w + 1;
            continue;
        }
        k = tw_letters_end((const unsigned char *)p, e, k);
    }
    return 0;
}

/* The short reference before or after the verb p[vs, ve) of the sentence
 * p[s, e): its REF_* and where it is written. */
static int clause_ref(const char *p, size_t s, size_t e, size_t vs, size_t ve, size_t *rs, size_t *re)
{
    size_t b = vs;
    /* (a wrapped line's break between them too: "the agency\nestimates") */
    while (b > s && (p[b - 1] == ' ' || p[b - 1] == '\n' || p[b - 1] == '\r'))
        b--;
    size_t w = word_back(p, s, b);
    int kind_only = in_list(p, vs, ve, body_speech);
    /* ("the company has said": past its auxiliary) */
    if (w < b && w > s + 1 && (is_word(p, w, b, "has") || is_word(p, w, b, "had")) && p[w - 1] == ' ') {
        b = w - 1;
        w = word_back(p, s, b);
    }
    if (w < b) {
        if (kind_only && !ascii_islower(p[w]))
            return REF_NONE;
        if (!kind_only && (is_word(p, w, b, "he") || is_word(p, w, b, "she"))) {
            *rs = w, *re = b;
            return REF_PRONOUN;
        }
        if (ascii_islower(p[w]) && kind_of_noun(p, w, b) >= 0 && w >= s + 4) {
            size_t a = word_back(p, s, w - 1);
            if (is_word(p, a, w - 1, "the")) {
                *rs = a, *re = b;
                return REF_KIND;
            }
        }
        /* "Zhou said", "Ms. Grey added": a surname alone, or after a title */
        if (ascii_isupper(p[w]) && b - w >= 3) {
            size_t a = w;
            while (a > s && p[a - 1] == ' ')
                a--;
            if (a > s && p[a - 1] == '.')
                a--;
            size_t t = word_back(p, s, a);
            int titled = t < a && name_person_title(p, t, a);
            int alone = name_run_back(&body_style, p, s, b) == w;
            if (name_article(p, w, b) || is_word(p, w, b, "It") || is_word(p, w, b, "They"))
                return REF_NONE;
            if (titled || alone) {
                *rs = w, *re = b;
                return REF_SURNAME;
            }
        }
    }
    /* "..., said the company." */
    size_t a = ve;
    if (a + 5 < e && p[a] == ' ' && !strncmp(p + a + 1, "the ", 4)) {
        size_t k = a + 5, ke = word_fwd(p, k, e);
        if (ke > k && kind_of_noun(p, k, ke) >= 0 && (ke >= e || p[ke] == '.' || p[ke] == ',')) {
            *rs = a + 1, *re = ke;
            return REF_KIND;
        }
    }
    return REF_NONE;
}

/* ---- a speaker a sentence introduces ---- */

enum { SPK_NONE, SPK_SAME, SPK_FOUND, SPK_STOP };

/* The body a person named with a body in the sentence p[s, e) speaks
 * for: the subject of its speech verb or the name after it. SPK_SAME
 * when the subject is a pronoun (the speaker before goes on), SPK_FOUND
 * with out, SPK_STOP when it names another speaker whose body the text
 * does not give, SPK_NONE when it names no speaker. */
static int sentence_speaker(const char *p, size_t n, size_t ps, size_t s, size_t e, char *out, size_t cap)
{
    size_t vs, ve;
    if (!next_verb(p, n, ps, s, e, s, &vs, &ve))
        return SPK_NONE;
    size_t rs, re;
    int ref = clause_ref(p, s, e, vs, ve, &rs, &re);
    if (ref == REF_PRONOUN)
        return SPK_SAME;
    if (ref == REF_KIND)
        return SPK_STOP;
    if (ref == REF_SURNAME)
        return introduced_office(p, e, p + rs, re - rs, out, cap) ? SPK_FOUND : SPK_STOP;
    /* the subject, after the quotation it may follow, without a relative
     * clause ("Ansar Hidayat, who cut the ribbon ..., said") */
    size_t from = s;
    for (size_t k = s; k < vs; k++)
        if (quote_at(p, k, n))
            from = k + 1;
    size_t to = vs;
    for (size_t k = from; k + 6 < vs; k++)
        if (!strncmp(p + k, ", who ", 6)) {
            to = k;
            break;
        }
    while (to > from && (p[to - 1] == ' ' || p[to - 1] == ','))
        to--;
    /* "Huawei's Southern Africa president said": the possessive */
    for (size_t k = to; k > from + 1; k--)
        if (p[k - 1] == 's' && p[k - 2] == '\'' && (k == to || p[k] == ' ')) {
            size_t oe = k - 2, os = name_run_back(&body_style, p, from, oe);
            if (os < oe && ascii_isupper(p[os]))
                return name_copy(p, os, oe, out, cap) ? SPK_FOUND : SPK_STOP;
        }
    /* "a senior official of the Cyberspace Administration of China said" */
    for (size_t k = from; k + 4 < to; k++) {
        if (strncmp(p + k, " of ", 4))
            continue;
        size_t pw = word_back(p, from, k), o = k + 4;
        if (pw == k || !in_list(p, pw, k, persons))
            continue;
        if (o + 4 < to && !strncmp(p + o, "the ", 4))
            o += 4;
        size_t r = name_run(&body_style, p, o, to);
        if (r == to && r > o)
            return name_copy(p, o, r, out, cap) ? SPK_FOUND : SPK_STOP;
    }
    /* a full name: the person as the text introduced them */
    size_t w = word_back(p, from, to);
    if (w < to && ascii_isupper(p[w])) {
        size_t a = name_run_back(&body_style, p, from, to);
        int joined = 0;   /* (a person's name has no "of") */
        for (size_t k = a; k < to; k++)
            joined |= ascii_islower(p[k]) && (k == a || p[k - 1] == ' ');
        if (a < w && !joined)
            return introduced_office(p, e, p + w, to - w, out, cap) ? SPK_FOUND : SPK_STOP;
    }
    /* "..., said Raman Lamichhane, chairman of the NTA." */
    size_t o = ve;
    while (o < e && p[o] == ' ')
        o++;
    if (o < e && ascii_isupper(p[o]) && !is_word(p, o, word_fwd(p, o, e), "The")) {
        size_t r = name_run(&body_style, p, o, e), l = r;
        while (l > o && p[l - 1] != ' ')
            l--;
        if (l > o)
            return introduced_office(p, e, p + l, r - l, out, cap) ? SPK_FOUND : SPK_STOP;
    }
    return SPK_NONE;
}

/* The speaker a pronoun in the sentence starting at doc[ss] means:
 * the last speaker of its paragraph before it, else of the paragraph
 * before when its own opens with a quotation. */
static int pronoun_speaker(const char *p, size_t n, size_t ss, char *out, size_t cap)
{
    size_t ps = para_start(p, ss), e = ss;
    for (int walked = 0; walked < WALK_SENTENCES; walked++) {
        while (e <= ps) {
            /* the paragraph before, when this one opens with a quotation */
            size_t q = ps;
            while (q < n && (p[q] == ' ' || p[q] == '\n'))
                q++;
            if (ps == 0 || !quote_at(p, q, n))
                return 0;
            e = ps;
            while (e > 0 && (p[e - 1] == '\n' || p[e - 1] == ' ' || p[e - 1] == '\r'))
                e--;
            if (e == 0)
                return 0;
            ps = para_start(p, e);
        }
        size_t s = sentence_back(p, ps, e);
        switch (sentence_speaker(p, n, ps, s, e, out, cap)) {
        case SPK_FOUND:
            return 1;
        case SPK_STOP:
            return 0;
        default:
            break;
        }
        e = s;
        while (e > ps && (p[e - 1] == ' ' || p[e - 1] == '"' || p[e - 1] == '\n' || p[e - 1] == '\r'))
            e--;
    }
    return 0;
}

/* ---- the bodies of a kind ---- */

typedef struct Body {
    char name[BODY_CAP];
    size_t at;     /* where the text introduced it */
    size_t last;   /* where it last introduced or named it so */
    int by_noun;   /* with the noun of the reference itself */
} Body;

/* Is name p[s, e) as written, blanks as one space? */
static int same_name(const char *name, const char *p, size_t s, size_t e)
{
    size_t o = 0;
    for (size_t k = s; k < e; k++) {
        int blank = p[k] == ' ' || p[k] == '\n' || p[k] == '\r';
        if (blank && k > s && (p[k - 1] == ' ' || p[k - 1] == '\n' || p[k - 1] == '\r'))
            continue;
        if (name[o] != (blank ? ' ' : p[k]))
            return 0;
        o++;
    }
    return name[o] == '\0';
}

static void body_add(Body *b, size_t *nb, const char *p, size_t s, size_t e, size_t at, int by_noun)
{
    /* (the article opening a sentence is no part of it) */
    size_t w = word_fwd(p, s, e);
    if (w < e && name_article(p, s, w))
        s = w + 1;
    /* (nor is where it is based: "Shenzhen-based ZTE Corp") */
    w = word_fwd(p, s, e);
    if (w < e && w - s > 6 && !strncmp(p + w - 6, "-based", 6))
        s = w + 1;
    if (e <= s || e - s >= BODY_CAP)
        return;
    for (size_t i = 0; i < *nb; i++)
        if (same_name(b[i].name, p, s, e)) {
            b[i].last = at;
            if (by_noun) {
                b[i].at = at;
                b[i].by_noun = 1;
            }
            return;
        }
    if (*nb == MAX_BODIES)
        return;
    /* (a wrapped line's blanks as one space) */
    size_t o = 0;
    for (size_t k = s; k < e; k++)
        if (!(p[k] == ' ' || p[k] == '\n' || p[k] == '\r') || (o > 0 && b[*nb].name[o - 1] != ' '))
            b[*nb].name[o++] = p[k] == '\n' || p[k] == '\r' ? ' ' : p[k];
    b[*nb].name[o] = '\0';
    b[*nb].at = b[*nb].last = at, b[*nb].by_noun = by_noun;
    (*nb)++;
}

/* Does the name p[s, e) hold a word of the kind's names? */
static int holds_word(const char *p, size_t s, size_t e, const Kind *k)
{
    for (size_t i = s; i < e;) {
        size_t w = word_fwd(p, i, e);
        if (w > i && ascii_isupper(p[i]) && in_list(p, i, w, k->name_words))
            return 1;
        i = w + 1;
    }
    return 0;
}

/* The bodies of kind k the text p[0, lim) introduces; noun: the noun of
 * the reference. */
static size_t bodies_of(const char *p, size_t lim, int k, size_t ns, size_t ne, const char *noun_at, Body *b)
{
    size_t nb = 0, lo = lim > BODY_REACH ? lim - BODY_REACH : 0;
    for (size_t i = lo; i < lim; i++) {
        if (i > lo && (ascii_isalpha_or_utf8((unsigned char)p[i - 1]) || p[i - 1] == '-' || p[i - 1] == '\''))
            continue;
        if (ascii_islower(p[i])) {
            /* "cloud firm Qianhai Yunji", "environmental group Kepri Hijau" */
            size_t w = word_fwd(p, i, lim);
            if (w + 1 < lim && p[w] == ' ' && ascii_isupper(p[w + 1]) && kind_of_noun(p, i, w) == k) {
                size_t r = name_run(&wrapped_style, p, w + 1, lim);
                if (r > w + 1)
                    body_add(b, &nb, p, w + 1, r, i, w - i == ne - ns && !strncasecmp(p + i, noun_at, w - i));
            }
            i = w;
            continue;
        }
        if (!ascii_isupper(p[i]))
            continue;
        size_t r = name_run(&wrapped_style, p, i, lim);
        if (r <= i)
            continue;
        /* "PT PLN, the state electricity company," */
        if (r + 6 < lim && !strncmp(p + r, ", the ", 6)) {
            size_t c = r + 6;
            while (c < lim && p[c] != ',' && p[c] != '.' && c - r < 60)
                c++;
            size_t w = word_back(p, r + 6, c);
            if (c < lim && p[c] == ',' && w < c && kind_of_noun(p, w, c) == k)
                body_add(b, &nb, p, i, r, i, c - w == ne - ns && !strncasecmp(p + w, noun_at, c - w));
        }
        /* (a name holding a word of the kind; "Huawei Technologies and ZTE
         * Corp" is two) */
        size_t z = i;
        while (z < r && strncmp(p + z, " and ", 5))
            z++;
        if (z < r && holds_word(p, i, z, &kinds[k]) && holds_word(p, z + 5, r, &kinds[k])) {
            body_add(b, &nb, p, i, z, i, 0);
            body_add(b, &nb, p, z + 5, r, z + 5, 0);
        } else if (holds_word(p, i, r, &kinds[k])) {
            body_add(b, &nb, p, i, r, i, 0);
        }
        i = r;
    }
    return nb;
}

/* How often p[0, lim) names name. */
static int mentions(const char *p, size_t lim, const char *name)
{
    size_t nl = strlen(name);
    if (lim > BODY_REACH) {
        p += lim - BODY_REACH;
        lim = BODY_REACH;
    }
    int c = 0;
    for (const char *q = p; (q = tf_find(q, (size_t)(p + lim - q), name, nl)) != NULL; q += nl)
        if ((q == p || !ascii_isalpha_or_utf8((unsigned char)q[-1])) && (q + nl >= p + lim || !ascii_isalpha_or_utf8((unsigned char)q[nl])))
            c++;
    return c;
}

/* The body "the company" at p[rs, re) of the sentence starting at ss
 * means: of the bodies of its kind named before it, the last its
 * paragraph names (the one introduced with that very noun first), else
 * the one named most (ties: the first). */
static int kind_body(const char *p, size_t ss, size_t rs, size_t re, char *out, size_t cap)
{
    size_t ns = word_back(p, rs, re);
    int k = kind_of_noun(p, ns, re);
    if (k < 0)
        return 0;
    static _Thread_local Body b[MAX_BODIES];
    /* (the bodies named before the clause, its own sentence's too: "where
     * state-owned Ethio Telecom gave Huawei ... contracts ..., the operator
     * said") */
    size_t nb = bodies_of(p, rs, k, ns, re, p + ns, b);
    if (!nb)
        return 0;
    /* named in the paragraph: the last such, the one introduced with that
     * very noun first ("Local environmental group Kepri Hijau warned. ...,
     * the group said") */
    size_t ps = para_start(p, ss), best = nb;
    for (int pass = 0; pass < 2 && best == nb; pass++)
        for (size_t i = 0; i < nb; i++)
            if ((b[i].by_noun || pass) && b[i].last >= ps && (best == nb || b[i].last > b[best].last))
                best = i;
    if (best == nb) {
        int most = 0;
        for (size_t i = 0; i < nb; i++) {
            int m = mentions(p, rs, b[i].name);
            if (m > most || (m == most && best < nb && b[i].at < b[best].at))
                most = m, best = i;
        }
    }
    return best < nb && name_copy(b[best].name, 0, strlen(b[best].name), out, cap);
}

int referents_fits_kind(const char *said, const char *name)
{
    size_t n = strlen(said), ns = word_back(said, 0, n);
    int k = kind_of_noun(said, ns, n);
    if (k < 0 || kinds[k].nouns == company_nouns || kinds[k].nouns == group_nouns)
        return 1;
    return holds_word(name, 0, strlen(name), &kinds[k]);
}

int referents_named(const char *doc, size_t lim, const char *name)
{
    return name[0] && mentions(doc, lim, name) > 0;
}

/* ---- the claim's clause ---- */

/* The clause that credits the sentence p[ss, se) (or, for a figure in
 * a quotation, its paragraph's): its REF_*, the reference p[rs, re), the
 * sentence the clause is in (cs) and the body it names. */
typedef struct Found {
    int ref, ok;
    size_t rs, re, cs;
    char out[128];   /* as a claim's source (claim.h) */
} Found;

static void find_clause(const char *doc, size_t n, size_t ss, size_t se, int quoted, Found *f)
{
    size_t ps = para_start(doc, ss), vs, ve;
    f->ref = REF_NONE;
    f->ok = 0;
    f->rs = f->re = 0;
    f->cs = ss;
    f->out[0] = '\0';
    for (size_t k = ss; f->ref == REF_NONE && next_verb(doc, n, ps, ss, se, k, &vs, &ve); k = ve)
        f->ref = clause_ref(doc, ss, se, vs, ve, &f->rs, &f->re);
    /* (a run-on "paragraph" past PARA_REACH either way is no prose: its
     * quotations are not searched for a teller, which would walk it again
     * for each of its figures) */
    size_t pe = quoted ? para_end(doc, n, se) : se;
    if (quoted && ((ss > PARA_REACH && ps == ss - PARA_REACH) || pe - se >= PARA_REACH))
        quoted = 0;
    /* a figure in a quotation: the clause of its paragraph */
    if (f->ref == REF_NONE && quoted) {
        for (size_t s = ps; f->ref == REF_NONE && s < pe;) {
            size_t e = sentence_after(doc, pe, s);
            for (size_t k = s; f->ref == REF_NONE && next_verb(doc, n, ps, s, e, k, &vs, &ve); k = ve)
                f->ref = clause_ref(doc, s, e, vs, ve, &f->rs, &f->re);
            if (f->ref != REF_NONE)
                f->cs = s;
            while (e < pe && (doc[e] == ' ' || doc[e] == '"' || doc[e] == '\n'))
                e++;
            s = e > s ? e : s + 1;
        }
    }
    /* (or the speaker a sentence of the paragraph introduces in full, with
     * their body: "..., said Raman Lamichhane, chairman of the NTA.") */
    if (f->ref == REF_NONE && quoted) {
        for (size_t s = ps; s < pe;) {
            size_t e = sentence_after(doc, pe, s);
            int r = sentence_speaker(doc, n, ps, s, e, f->out, sizeof f->out);
            if (r == SPK_FOUND) {
                f->ref = REF_QUOTED, f->ok = 1, f->cs = s, f->rs = s, f->re = s;
                return;
            }
            if (r == SPK_STOP)
                break;
            while (e < pe && (doc[e] == ' ' || doc[e] == '"' || doc[e] == '\n'))
                e++;
            s = e > s ? e : s + 1;
        }
        f->out[0] = '\0';
    }
    if (f->ref == REF_SURNAME) {
        size_t w = word_back(doc, f->rs, f->re);
        f->ok = introduced_office(doc, f->cs, doc + w, f->re - w, f->out, sizeof f->out);
    } else if (f->ref == REF_PRONOUN) {
        f->ok = pronoun_speaker(doc, n, f->cs, f->out, sizeof f->out);
    } else if (f->ref == REF_KIND) {
        f->ok = kind_body(doc, f->cs, f->rs, f->re, f->out, sizeof f->out);
    }
}

/* The last sentence's answer, per thread and per quotedness: a
 * sentence's claims share it (each found it again before, a walk of the
 * sentence and its paragraph per claim). */
typedef struct Memo {
    SpanKey key;   /* the sentence */
    Found f;
} Memo;

static _Thread_local Memo memo[2];

int referents_credit(const char *doc, size_t n, size_t ss, size_t se, size_t at, char *out, size_t cap,
                     char *said, size_t said_cap)
{
    out[0] = '\0';
    if (said_cap)
        said[0] = '\0';
    /* (a "sentence" longer than a paragraph is read is no prose) */
    if (se - ss > PARA_REACH)
        return REF_NONE;
    int quoted = inside_quote(doc, n, para_start(doc, ss), at) != 0;
    Memo *m = &memo[quoted];
    if (!spankey_same(&m->key, doc, ss, se))
        find_clause(doc, n, ss, se, quoted, &m->f);
    const Found *f = &m->f;
    if (f->ref == REF_NONE)
        return REF_NONE;
    if (said_cap)
        name_copy(doc, f->rs, f->re, said, said_cap);
    if (!f->ok)
        return REF_NONE;
    strcut(out, cap, f->out);
    return f->ref;
}
