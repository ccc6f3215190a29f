/* partner.h — a trade partner is not where a trade figure stands.
 *
 * A country's trade release ("Malaysia External Trade Statistics: Trade
 * in ICT Goods") gives the country's exports and imports by the partner
 * they go to or come from: "Exports to China increased by 21.3 per cent",
 * "Singapore, China and the United States were the top three destinations
 * of ICT exports, absorbing RM8.71 billion, ...", "China was the largest
 * source of ICT imports", "The second and third largest suppliers, Viet
 * Nam and the United Arab Emirates, accounted for 7.4 and 3.1 per cent",
 * a table "Exports of ICT goods by main partner" whose rows are the
 * partners. The figures are the reporter's, the country the document is
 * about: the partner is only whom it trades with.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_PARTNER_H
#define CB_PARTNER_H

#include <stddef.h>

/* Is the place named at doc[ps, pe), in the sentence doc[ss, se), a
 * trade partner: after "to" or "from" (past "the") in a clause of
 * exports, imports or shipments ("exports to China", "imports of
 * telecommunication equipment from China"), or a subject or an apposition
 * of "destination", "source", "supplier", "partner" or "market" in a
 * sentence of trade ("China was the largest source of ICT imports"), or
 * where goods were made ("4.9 million were manufactured in China",
 * "nine-tenths of this equipment originated in China")? */
int partner_named(const char *doc, size_t ss, size_t se, size_t ps, size_t pe);

/* Is the count of countries at doc[cs) in the sentence doc[ss, se) where
 * a trade flow comes from ("Imports of ICT goods were received from 74
 * countries")? They are the importer's partners: the figure is the
 * importer's, not the world's. (Not where a seller supplies: "supplied
 * equipment to more than 170 countries" is the world's.) */
int partner_count(const char *doc, size_t ss, size_t se, size_t cs);

/* Does the caption doc[s, e) give a table of trade by partner: a word of
 * trade and "by" a partner's word ("Exports of ICT goods by main
 * partner", "Imports by country of origin", "Exports by destination")? */
int partner_table(const char *doc, size_t s, size_t e);

#endif
