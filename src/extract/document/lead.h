/* lead.h — the opening of a document, cut once into the places its
 * readers stop at.
 *
 * What a document says of itself stands near its top: the period it
 * covers (period.h), its own findings told in the first person (voice.h).
 * Each of these readers looked at every byte of the opening for the few
 * places it wants: the start of a word, a quotation mark. A Lead walks
 * the opening once and lists those places in reading order; a reader
 * walks the list and asks its own question at each place, as it asked it
 * of every byte, and so finds what it found.
 *
 * The places: where each word starts (a run of ASCII letters; the byte
 * before it is no letter), and each byte that may open a quotation mark
 * ('"', and 0xE2, the first byte of “ and ”: its reader tells whether it
 * does). The byte at a place tells which it is.
 *
 * A Lead is cut when it is first asked for (lead_places): a document
 * whose facts need none of its readers pays nothing. Nothing is
 * allocated: the list is in the Lead, which borrows the text.
 */
#ifndef CB_LEAD_H
#define CB_LEAD_H

#include <stddef.h>
#include <stdint.h>

/* The opening: as far as any of its readers looks. */
#define LEAD_BYTES 3000

typedef struct Lead {
    const char *doc;
    size_t n;
    size_t np;                   /* places listed; (size_t)-1: not cut yet */
    uint16_t at[LEAD_BYTES];     /* their offsets (a place takes a byte at least) */
} Lead;

/* A Lead of doc[0, n), not cut yet. */
void lead_init(Lead *ld, const char *doc, size_t n);

/* The offsets of the places of the opening, in order, cut at the first
 * call; *np gets their number. */
const uint16_t *lead_places(Lead *ld, size_t *np);

#endif
