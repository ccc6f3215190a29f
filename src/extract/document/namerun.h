/* namerun.h — reading a name, a body's or a person's, at an offset.
 *
 * A name in running text is a run of capitalised words, with small
 * lower-case words joining them ("Centre for Maritime Security", "Bank of
 * Ghana", "Procter & Gamble"): it ends past its last capitalised word.
 * Readers differ in what a word holds (hyphens, dots, apostrophes,
 * digits, UTF-8 letters), which small words join, how words are parted
 * (one space, or blanks across a wrapped line) and how many words a name
 * may have: a NameStyle says which, and the walk is the same for all
 * (introduced.c, setter.c, issued.c, credit.c).
 *
 * The words that stand around names, titles ("Spokesperson", "Dr"),
 * nouns of a role ("the operator said") and the articles before a body
 * ("The"), are one vocabulary, held in a lexicon (lexicon.h) here.
 *
 * Nothing here allocates; the lexicon is filled once, under pthread_once.
 */
#ifndef CB_NAMERUN_H
#define CB_NAMERUN_H

#include <stddef.h>
#include <stdint.h>

/* What a word holds besides ASCII letters (NameStyle.word). A mark
 * "anywhere" may open the word; "after" not; "link" only inside, before
 * a letter ("Dell'Oro", "U.S"). */
enum {
    NAME_W_HIGH = 1u << 0,          /* bytes >= 0x80 (UTF-8 letters), as letters */
    NAME_W_DIGIT = 1u << 1,         /* digits */
    NAME_W_HYPHEN = 1u << 2,        /* '-' anywhere */
    NAME_W_AMP = 1u << 3,           /* '&' anywhere */
    NAME_W_DOT = 1u << 4,           /* '.' anywhere */
    NAME_W_APOS = 1u << 5,          /* '\'' anywhere */
    NAME_W_HYPHEN_AFTER = 1u << 6,  /* '-' after the word's first byte */
    NAME_W_APOS_AFTER = 1u << 7,    /* '\'' after the word's first byte */
    NAME_W_DOT_LINK = 1u << 8,      /* '.' inside, before a letter */
    NAME_W_APOS_LINK = 1u << 9,     /* '\'' inside, before a letter */
};

/* The small words that may join capitalised ones (NameStyle.joins). */
enum {
    NAME_J_OF = 1u << 0,    /* "of", "for", "and" */
    NAME_J_ON = 1u << 1,    /* "on" */
    NAME_J_THE = 1u << 2,   /* "the" */
    NAME_J_AMP = 1u << 3,   /* "&" */
};

/* How a name is read (NameStyle.flags). */
enum {
    NAME_F_JOIN_OPENS = 1u << 0,  /* a joining word may open it ("of", "the") */
    NAME_F_BLANKS = 1u << 1,      /* words parted by any blanks (a wrapped line), not one space */
    NAME_F_JOIN_ANY_CASE = 1u << 2, /* joining words in any case ("Of" is capitalised anyway) */
    NAME_F_AMP_CAPITAL = 1u << 3, /* a word opening with '&' counts as capitalised */
};

typedef struct NameStyle {
    unsigned word;    /* NAME_W_* */
    unsigned joins;   /* NAME_J_* */
    unsigned flags;   /* NAME_F_* */
    int max_words;    /* words read at most, joins counted; 0: no limit */
} NameStyle;

/* The end of the word (as st reads words) at p[i, e), or i. */
size_t name_word_end(const NameStyle *st, const char *p, size_t i, size_t e);

/* Is p[s, e) a word that joins capitalised ones, for st? */
int name_join(const NameStyle *st, const char *p, size_t s, size_t e);

/* The name opening at p[i, e): its end past its last capitalised word,
 * or i when none opens there. */
size_t name_run(const NameStyle *st, const char *p, size_t i, size_t e);

/* The name whose last word ends at p[b), read back to lo at most (words
 * of letters: st's word marks are not read backwards): the start of its
 * first capitalised word, or b when none ends there. */
size_t name_run_back(const NameStyle *st, const char *p, size_t lo, size_t b);

/* p[s, e) into out (cap bytes) as written: 1, or 0 when empty or too
 * long. */
int name_copy(const char *p, size_t s, size_t e, char *out, size_t cap);

/* A title a body's person is named with after the body's name, as
 * written with a capital: "Spokesperson", "Minister", "Director". */
int name_office_title(const char *p, size_t s, size_t e);

/* A person's title before their name, in any case: "Dr", "Mr", "Prof",
 * "Professor". */
int name_person_title(const char *p, size_t s, size_t e);

/* A noun of a role that stands for a body named elsewhere, in any case:
 * "operator", "regulator", "ministry" ("the operator said"). */
int name_role_noun(const char *p, size_t s, size_t e);

/* An article or a pronoun that may open a sentence before a body's name
 * and is no part of it, in any case: "The", "This", "Their". */
int name_article(const char *p, size_t s, size_t e);

#endif
