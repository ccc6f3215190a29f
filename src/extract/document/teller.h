/* teller.h — a sentence that opens by naming who speaks and for whom.
 *
 * A report of proceedings (a rapporteur's summary, minutes, a readout)
 * names each speaker once, by title and name with their body in
 * brackets, then tells what they said sentence after sentence, in
 * indirect speech: "Ms. Alison Grey (TeleGeography) presented the market
 * outlook. Around 1.4 million route-kilometres ... She estimated that
 * ...". What the paragraph tells from there on is that body's, unless a
 * sentence credits another.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_TELLER_H
#define CB_TELLER_H

#include <stddef.h>

/* Does the sentence starting at p[s] (ending before e) open with a
 * person's title and name, their body in brackets and a verb ("Dr. Maria
 * Santos (Asian Development Bank) focused on", "Captain (ret.) Liew Chong
 * Meng (Global Marine Group) warned")? 1 and the body in out, or 0. */
int teller_opening(const char *p, size_t s, size_t e, char *out, size_t cap);

/* The body the last such sentence of p[from, to) names, into out (left
 * as it is when none does): 1 when one did, else 0. */
int teller_last(const char *p, size_t from, size_t to, char *out, size_t cap);

#endif
