/* sentwords.h — a sentence's words read once, each looked up once in one
 * table of the classifier's phrase lists, so that a rule asks "does a
 * phrase of list L start a word in [s, e)?" without walking the bytes.
 *
 * Many rules look a sentence over for a phrase of their own list ("right
 * now", "shall", "abroad"...), each walking its bytes again. Here the
 * lists (sentlists.c) are held in one hash table keyed by the first word
 * of each phrase (its leading ASCII letters), with one bit per list
 * holding a phrase opened by that word. The sentence the extractor is
 * classifying (sw_begin) is cut into its words once, each word given its
 * bits and the sentence the union of them: a list none of whose first
 * words the sentence holds is answered at once; otherwise only its words
 * carrying the list's bit are tried (phrases_at), in order.
 *
 * The answer is phrases_in's (lexicon.h) for whole phrases, byte for
 * byte: a range not inside the current sentence, a text of the wrong
 * pointer, or no sentence begun, is asked of phrases_in itself.
 *
 * The current sentence is the thread's own (the extractor classifies a
 * document's sentences on one thread); the table is built once, under
 * pthread_once, and only read after.
 */
#ifndef CB_SENTWORDS_H
#define CB_SENTWORDS_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"

/* The lists (sentlists.c), one bit each. */
typedef enum SwList {
    SW_RIGHT_NOW,     /* classify: "now", "currently"... date a sentence by the text's date */
    SW_SAME_TIME,     /* classify: "at the same time"... the paragraph's year holds */
    SW_SAME_PERIOD,   /* classify: "in the same period"... */
    SW_TERMS,         /* classify: "shall", "must": a text setting terms */
    SW_ABROAD,        /* coverage: "abroad", "outside China" */
    SW_FIRST_PERSON,  /* voice: "we", "our", "staff" open a body's own finding */
    SW_TIME_REL,      /* docinfo: time words dated by the text's date ("last year") */
    SW_CALENDAR,      /* docinfo: the days of the week and the months, in words */
    SW_LISTS
} SwList;

#define SW_BIT(l) (1u << (l))

/* The list's phrases (ended by {NULL, 0}). */
const Phrase *sw_list(SwList l);

/* The sentence doc[ss, se) is the one the rules of this thread ask about
 * until sw_end; its words are read now. */
void sw_begin(const char *doc, size_t ss, size_t se);
void sw_end(void);

/* phrases_in(sw_list(l), p, s, e, 1): the first phrase of list l that
 * starts a word in p[s, e) and ends a word there; NULL when none does. */
const Phrase *sw_phrases_in(SwList l, const char *p, size_t s, size_t e);

/* Are the current sentence's words those of p[s, e): s and e inside it,
 * neither inside a word, and all its words read? Then sw_next walks
 * them. */
int sw_reads(const char *p, size_t s, size_t e);

/* The next word of the current sentence in [s, e) that opens a phrase
 * of a list of mask (SW_BIT(l) | ...): its start *at, *k where to go on
 * from (0 at first); 0 when there is none. For a range sw_reads
 * accepts: its words as a walk of their starts finds them. */
int sw_next(uint32_t mask, size_t s, size_t e, size_t *k, size_t *at);

/* Is it sure that no word in p[s, e) (as phrases_in reads them: from s,
 * cut at e) is the first word of a phrase of list l? 0 when it may be,
 * or when the range is not the current sentence's. */
int sw_none(SwList l, const char *p, size_t s, size_t e);

/* Is it sure that p[s, e) holds no byte beyond ASCII (no Chinese)? 0
 * when it may, or when the range is not the current sentence's. */
int sw_ascii(const char *p, size_t s, size_t e);

#endif
