/* moneytopic.h — a sum of money whose sentence before names what money
 * it is.
 *
 * "Under the Digital Silk Road it has funded cables, data centres and
 * smart-city platforms. The number people quote is $79 billion, though
 * that mixes loans and direct investment.": the sum's own sentence says
 * it is money put into something (loans, investment, committed, worth,
 * value) but not into what, and speaks of it as a measure already in
 * view ("the number", "the headline figure", "a combined value", "our
 * database", "that value"); the sentence right before it, in the same
 * paragraph, names an aggregate metric of money (cue and require:
 * China's money for the Digital Silk Road), and the sum is of it. Not an
 * item's price (one data centre's cost is not the next sum's), not when
 * the sum's sentence names a metric or another kind of money of its own
 * (revenue, trade, exports), nor a field of a record (its record names
 * it), nor across a paragraph ("Lending peaked at $6.4 billion" after a
 * sentence on the Digital Silk Road: no measure in view).
 * Whatever it gives, the caller's last look (metfit.h) may still undo.
 *
 * Offsets are bytes of the document; nothing here allocates; what the
 * last sentence's words say is kept per thread.
 */
#ifndef CB_MONEYTOPIC_H
#define CB_MONEYTOPIC_H

#include <stddef.h>

#include "claim.h"

typedef struct Metrics Metrics;

/* Claim c (a sum with no metric) of the sentence doc[ss, se), in the
 * paragraph starting at para_s: give it the money metric the sentence
 * before names. 1 when it took one. */
int moneytopic_metric(const Metrics *m, Claim *c, const char *doc, size_t para_s, size_t ss, size_t se);

#endif
