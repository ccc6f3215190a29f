/* lexicon.h — which of several word lists hold a word, and which listed
 * phrase stands at a place in a text, without walking the lists.
 *
 * The extractor reads many small lists (verbs of each tense, hedges, the
 * words that date a sentence...) word after word of every sentence. A
 * Lexicon holds every word of its lists once, with one bit per list that
 * holds it, in an open-addressing hash table keyed by the word's ASCII
 * lower case: asking which lists hold a word costs one hash and, mostly,
 * one compare, however many lists and words there are.
 *
 * A Lexicon is filled once (lexicon_add_list), typically under
 * pthread_once, and only read after that (from any thread). It borrows
 * the words: string literals, in lower case.
 *
 * A list of phrases ("at present", "by one estimate") is searched at a
 * given place: phrases_at. Its entries carry their length, and it skips
 * by first letter, so a sentence is searched without a strlen or a
 * strncasecmp per phrase and place.
 */
#ifndef CB_LEXICON_H
#define CB_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#define LEXICON_SLOTS 1024u   /* a power of two, over twice the words held */

typedef struct LexiconSlot {
    const char *w;   /* NULL: empty */
    uint8_t len;
    uint32_t bits;
} LexiconSlot;

typedef struct Lexicon {
    LexiconSlot slot[LEXICON_SLOTS];
    size_t maxlen, n;   /* the longest word held; the words held */
} Lexicon;

/* Add each word of the NULL-ended list (lower case, at most 255 bytes)
 * with bit; a word already held gains the bit. Aborts past half the
 * slots or on a longer word (a bug: the lists are the program's own). */
void lexicon_add_list(Lexicon *lx, const char *const *list, uint32_t bit);

/* The bits of the lists holding w[0, n), ASCII case-insensitive; 0 when
 * none does. */
uint32_t lexicon_bits(const Lexicon *lx, const char *w, size_t n);

/* A phrase and its length: PHRASE("at present"). A list ends with
 * {NULL, 0}. */
typedef struct Phrase {
    const char *s;   /* lower case; starts with a letter */
    size_t n;
} Phrase;
#define PHRASE(lit) {lit, sizeof lit - 1}

/* The first letters of the phrases of list: bit c - 'a' for each. A
 * search over many places asks it once, then skips the places whose
 * letter opens no phrase (phrases_at would find none there). */
uint32_t phrases_letters(const Phrase *list);

/* The first phrase of list that p[i, e) starts with, ASCII
 * case-insensitive, and with whole, that ends a word there (no ASCII
 * letter follows it before e); NULL when none does. */
const Phrase *phrases_at(const Phrase *list, const char *p, size_t i, size_t e, int whole);

/* A list's phrases by their first letter, each letter's in the list's
 * order: a place is tried only against the phrases its letter opens,
 * not the whole list (a list of many phrases asked at every word). */
#define PHRASE_INDEX_MAX 64   /* phrases of one list at most */
typedef struct PhraseIndex {
    const Phrase *v[PHRASE_INDEX_MAX + 26];   /* each letter's, then NULL */
    uint8_t start[26];                        /* where each letter's begin in v */
} PhraseIndex;

/* Index list (at most PHRASE_INDEX_MAX phrases, each opening with a
 * letter: aborts otherwise, a bug). */
void phrases_index(const Phrase *list, PhraseIndex *ix);

/* phrases_at over the list ix indexes: the same phrase. */
const Phrase *phrases_at_index(const PhraseIndex *ix, const char *p, size_t i, size_t e, int whole);

/* The first phrase of list that starts a word somewhere in p[s, e) (no
 * ASCII letter before it), as phrases_at reads it there; NULL when none
 * does. */
const Phrase *phrases_in(const Phrase *list, const char *p, size_t s, size_t e, int whole);

#endif
