/* cuesieve.h — a sieve that says, from two bytes, where no cue of a kind
 * can start.
 *
 * Some rules ask a text for the cues of one or two kinds only (aspect.h:
 * a part of a population, an aim) and most texts hold none. Matching
 * every cue of metrics.csv to find that out costs a tokenization and a
 * hash lookup a word; this costs a table lookup a byte. Each cue's first
 * token is kept by its first two bytes, ASCII lower-cased (the matcher
 * compares them so, or exactly); a text where no two adjacent bytes are
 * those of a cue's first token of a wanted kind holds no cue of it. A
 * first token of one byte, a year or a mark cannot be sieved: its kind
 * is then always a maybe.
 *
 * The sieve answers "no" or "perhaps", never "yes".
 */
#ifndef CB_CUESIEVE_H
#define CB_CUESIEVE_H

#include <stddef.h>
#include <stdint.h>

#define CUESIEVE_KINDS 16

typedef struct CueSieve {
    uint16_t kinds[1 << 16];   /* by the first two bytes: the kinds (bit k) a cue opens with */
    uint16_t always;           /* kinds a cue of which cannot be sieved */
} CueSieve;

/* Keep a cue of kind (< CUESIEVE_KINDS) whose first token is tok[0, len)
 * (word: a word, matched whole or as a prefix of at least len bytes; else
 * a year or a mark). */
void cuesieve_add(CueSieve *s, unsigned kind, const char *tok, size_t len, int word);

/* May a cue of one of the kinds (bit k for kind k) start in t[from, to)?
 * 0: surely not. */
int cuesieve_may(const CueSieve *s, const char *t, size_t from, size_t to, unsigned kinds);

/* The first place from i on in t[from, to) where a cue of one of the
 * kinds may start: a word's start (from, after a byte that is no ASCII
 * letter or digit, or a byte that is none after one: "5%", "65岁以上")
 * whose first two bytes open such a cue; to when there is none. (Every
 * kind it cannot sieve makes each word's start such a place.) */
size_t cuesieve_next(const CueSieve *s, const char *t, size_t from, size_t i, size_t to, unsigned kinds);

#endif
