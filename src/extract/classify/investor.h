/* investor.h — whose money, for what: China's for digital projects, or
 * another's.
 *
 * A sum of the Digital Silk Road (dsr_investment) is China's money for
 * digital work. A reader does not take for it:
 *  - the Belt and Road as a whole: a sum whose clause names the Belt and
 *    Road and nothing digital ("Belt and Road investment has passed $1
 *    trillion, of which the digital strand is a small part", "part of
 *    the $1 trillion Belt and Road Initiative"), or whose sentence names
 *    the Belt and Road and nothing digital at all;
 *  - money for more than digital work, whose sentence names digital
 *    work only in an aside: "pledged 360 billion yuan in financing for
 *    Africa, with digital infrastructure among the priorities", "about
 *    EUR 225 billion has been mobilised, but only a fraction of it in
 *    digital projects";
 *  - the price of one thing: "the satellite, launched at a reported cost
 *    of US$259 million", "the platform cost $23.6 million" (what China
 *    put into the Digital Silk Road is a sum of its money, not a
 *    thing's cost);
 *  - another power's money: a sentence naming another lender or
 *    programme by its name (the DFC, USTDA, the EU's Global Gateway, the
 *    World Bank, the New Development Bank, JICA, any development bank or
 *    fund whose name is not China's: "the Islamic Development Bank")
 *    and nothing of China's
 *    (China, Chinese, the PRC, Beijing, a Chinese firm, the DSR, the
 *    Belt and Road, the yuan). A country's name alone says no lender:
 *    "a research lab in the US counted 612 digital projects".
 *
 * Nothing here allocates.
 */
#ifndef CB_INVESTOR_H
#define CB_INVESTOR_H

#include "figtoks.h"

/* Is the sum of ft a figure of the Belt and Road as a whole? */
int investor_bri_whole(const FigToks *ft);

/* Does the sentence of ft name digital work only in asides (after
 * "including", "of which", "only a fraction", "with ... among the
 * priorities", in brackets), none in the figure's own clause? */
int investor_digital_aside(const FigToks *ft);

/* Is the figure of ft a thing's cost or price ("cost", "costing",
 * "priced at", "a cost of", "the price of" right before it)? */
int investor_one_cost(const FigToks *ft);

/* Does the sentence of ft name another power's lender or programme and
 * nothing of China's? (Read in the window ft holds.) */
int investor_other_power(const FigToks *ft);

#endif
