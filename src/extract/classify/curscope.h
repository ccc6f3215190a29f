/* curscope.h — a sum in a country's own money is that country's.
 *
 * "A tailor spends about 1,000 shillings a month on bundles" in a story
 * on Africa's internet, "The licence fee of KES 15 million" in a note on
 * East Africa's cables: when nothing in its sentence, its record or its
 * heading places a sum, the country whose own currency it is written in
 * places it, before a region or the world that its paragraph or its
 * document speaks of (a country they speak of still places it), unless
 * its sentence names that country and set it aside (a giver's money,
 * "AUD 25 million from Australia" to ASEAN). The
 * yuan is no such sign: China's lenders and firms price their work
 * abroad in it ("a loan of CNY 2.4 billion" to Laos is Laos's), and
 * firms listed in Hong Kong report in its dollar whatever they buy. The
 * countries of the currencies are curplace.h's.
 *
 * Nothing here allocates.
 */
#ifndef CB_CURSCOPE_H
#define CB_CURSCOPE_H

#include <stddef.h>

/* The scope id of the country whose own currency the claim's unit is
 * ("KES", "KES/month", "NGN/year") when the text writes that currency
 * in doc[s, e) (the claim's span and the words right after it: "KES 15
 * million", "38,000 naira"; not a sign several countries write, "K7.50",
 * whose country the place decides), or NULL: none, or the yuan's or the
 * Hong Kong dollar's (a listed company's reporting money). */
const char *curscope_country(const char *unit, const char *doc, size_t s, size_t e);

/* May the place a sum would take from beyond its sentence, next (its
 * paragraph's or its document's; "" or NULL: none), yield to its
 * currency's country: is it the world or a region? (A sum no place
 * frames keeps none: its money is no more than a hint.) */
int curscope_yields(const char *next);

#endif
