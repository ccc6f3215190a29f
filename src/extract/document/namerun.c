/* namerun.c — reading a name, a body's or a person's, at an offset (see
 * namerun.h). */
#include "namerun.h"

#include <pthread.h>
#include <stdio.h>

#include "ascii.h"
#include "lexicon.h"

/* ---- the vocabulary around names ---- */

/* Words that join capitalised ones inside a name. */
static const char *const joins_of[] = {"of", "for", "and", NULL};
static const char *const joins_on[] = {"on", NULL};
static const char *const joins_the[] = {"the", NULL};
static const char *const joins_amp[] = {"&", NULL};

/* Titles a body's person is named with after the body's name: "Foreign
 * Ministry Spokesperson Mao Ning". */
static const char *const office_titles[] = {"spokesperson", "spokesman", "spokeswoman", "minister", "secretary",
                                            "director", "chairman", "chairperson", "chair", "president",
                                            "ambassador", "governor", "commissioner", "representative", NULL};

/* A person's titles before the name: "said Dr. Abdisa Yadeta". */
static const char *const person_titles[] = {"dr", "mr", "ms", "mrs", "prof", "professor", NULL};

/* Nouns that stand for a body named elsewhere: "the operator said". */
static const char *const role_nouns[] = {
    "operator", "company", "firm", "regulator", "ministry", "government", "bank", "group", "carrier",
    "vendor", "agency", "authority", "lender", "report", "study", "survey", "watchdog", "organisation",
    "organization", "telco", "commission", "treasury", "department", "office", "institute", "council",
    "board", "fund", "monitor", "tracker", "database", "administration", "cabinet", "parliament", "provider",
    "consultancy", "bureau", "statement", NULL,
};

/* An article or a pronoun opening a sentence before a body's name. */
static const char *const articles[] = {"the", "a", "an", "this", "that", "its", "their", "our", NULL};

enum {
    V_OFFICE = 1u << 4,   /* (below them, the NAME_J_* bits) */
    V_PERSON = 1u << 5,
    V_ROLE = 1u << 6,
    V_ARTICLE = 1u << 7,
};

static Lexicon vocab;
static pthread_once_t vocab_once = PTHREAD_ONCE_INIT;

static void vocab_init(void)
{
    lexicon_add_list(&vocab, joins_of, NAME_J_OF);
    lexicon_add_list(&vocab, joins_on, NAME_J_ON);
    lexicon_add_list(&vocab, joins_the, NAME_J_THE);
    lexicon_add_list(&vocab, joins_amp, NAME_J_AMP);
    lexicon_add_list(&vocab, office_titles, V_OFFICE);
    lexicon_add_list(&vocab, person_titles, V_PERSON);
    lexicon_add_list(&vocab, role_nouns, V_ROLE);
    lexicon_add_list(&vocab, articles, V_ARTICLE);
}

static uint32_t vocab_bits(const char *p, size_t s, size_t e)
{
    pthread_once(&vocab_once, vocab_init);
    return e > s ? lexicon_bits(&vocab, p + s, e - s) : 0;
}

/* Any capital in p[s, e)? */
static int any_upper(const char *p, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (ascii_isupper((unsigned char)p[k]))
            return 1;
    return 0;
}

int name_office_title(const char *p, size_t s, size_t e)
{
    /* (as written: a capital, then lower case) */
    return (vocab_bits(p, s, e) & V_OFFICE) && ascii_isupper((unsigned char)p[s]) && !any_upper(p, s + 1, e);
}

int name_person_title(const char *p, size_t s, size_t e) { return (vocab_bits(p, s, e) & V_PERSON) != 0; }

int name_role_noun(const char *p, size_t s, size_t e) { return (vocab_bits(p, s, e) & V_ROLE) != 0; }

int name_article(const char *p, size_t s, size_t e) { return (vocab_bits(p, s, e) & V_ARTICLE) != 0; }

/* ---- the walk ---- */

/* Is the byte a letter of a word, for st? */
static int word_letter(const NameStyle *st, unsigned char c)
{
    return ascii_isalpha(c) || (c >= 0x80 && (st->word & NAME_W_HIGH));
}

/* Does p[k] (of the word opening at p[i], before e) belong to it? */
static int word_byte(const NameStyle *st, const char *p, size_t i, size_t k, size_t e)
{
    unsigned char c = (unsigned char)p[k];
    if (word_letter(st, c))
        return 1;
    unsigned w = st->word;
    switch (c) {
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        return (w & NAME_W_DIGIT) != 0;
    case '-':
        return (w & NAME_W_HYPHEN) || ((w & NAME_W_HYPHEN_AFTER) && k > i);
    case '&':
        return (w & NAME_W_AMP) != 0;
    case '.':
        return (w & NAME_W_DOT) || ((w & NAME_W_DOT_LINK) && k > i && k + 1 < e && word_letter(st, (unsigned char)p[k + 1]));
    case '\'':
        return (w & NAME_W_APOS) || ((w & NAME_W_APOS_AFTER) && k > i) ||
               ((w & NAME_W_APOS_LINK) && k > i && k + 1 < e && word_letter(st, (unsigned char)p[k + 1]));
    default:
        return 0;
    }
}

size_t name_word_end(const NameStyle *st, const char *p, size_t i, size_t e)
{
    size_t k = i;
    while (k < e && word_byte(st, p, i, k, e))
        k++;
    return k;
}

int name_join(const NameStyle *st, const char *p, size_t s, size_t e)
{
    if (e - s > 3 || !(vocab_bits(p, s, e) & st->joins))
        return 0;
    return (st->flags & NAME_F_JOIN_ANY_CASE) || !any_upper(p, s, e);
}

static int capital(const NameStyle *st, char c)
{
    return ascii_isupper((unsigned char)c) || (c == '&' && (st->flags & NAME_F_AMP_CAPITAL));
}

size_t name_run(const NameStyle *st, const char *p, size_t i, size_t e)
{
    size_t k = i, end = i;
    for (int words = 0; (!st->max_words || words < st->max_words) && k < e; words++) {
        size_t w = name_word_end(st, p, k, e);
        if (w == k)
            break;
        if (capital(st, p[k]))
            end = w;
        else if ((end == i && !(st->flags & NAME_F_JOIN_OPENS)) || !name_join(st, p, k, w))
            break;
        /* the next word, past the blanks or the one space between */
        if (st->flags & NAME_F_BLANKS) {
            k = w;
            while (k < e && ascii_isgap((unsigned char)p[k]))
                k++;
            if (k == w)
                break;
        } else {
            if (w >= e || p[w] != ' ')
                break;
            k = w + 1;
        }
    }
    return end;
}

size_t name_run_back(const NameStyle *st, const char *p, size_t lo, size_t b)
{
    size_t a = b, k = b;
    for (int words = 0; (!st->max_words || words < st->max_words) && k > lo; words++) {
        size_t ws = k;
        while (ws > lo && word_letter(st, (unsigned char)p[ws - 1]))
            ws--;
        if (ws == k)
            break;
        if (ascii_isupper((unsigned char)p[ws]))
            a = ws;
        else if (!name_join(st, p, ws, k))
            break;
        /* the word before, past one blank (one space) */
        if (ws == lo || !((st->flags & NAME_F_BLANKS) ? ascii_isgap((unsigned char)p[ws - 1]) : p[ws - 1] == ' '))
            break;
        k = ws - 1;
    }
    return a;
}

int name_copy(const char *p, size_t s, size_t e, char *out, size_t cap)
{
    if (e <= s || e - s >= cap)
        return 0;
    snprintf(out, cap, "%.*s", (int)(e - s), p + s);
    return 1;
}
