/* crimetake.h — money paid to criminals or taken by them, not the cost
 * of cybercrime.
 *
 * The cost of cybercrime (cybercrime_cost) is what crime costs its
 * victims and an economy over a year: "cybercrime cost the world $8
 * trillion in 2023", "victims lost $12.5 billion to internet crime". A
 * careful reader does not take for it what criminals were paid or took
 * in, which is one part of that cost seen from the other side and a
 * figure of its own:
 *  - a ransom, or a payment to the attackers: "ransom payments of $1.1
 *    billion", "victims paid ransomware attackers $814 million", "crypto
 *    payments to ransomware groups fell to $600 million";
 *  - a gang's or a scam industry's takings: "the gang took in more than
 *    $120 million", "scam centres generate an estimated $43.8 billion a
 *    year", "the group's revenue", "proceeds laundered through ...".
 * Read in the figure's own clause (a later clause's "ransomware damages"
 * leaves "cybercrime to cost the world $9.5 trillion" alone), and in the
 * clause before when the figure's tells a change against it ("victims
 * paid $814 million, down 35% from a record $1.25 billion": the base is
 * a ransom too).
 *
 * Nothing here allocates.
 */
#ifndef CB_CRIMETAKE_H
#define CB_CRIMETAKE_H

#include "figtoks.h"

/* Is the sum of ft paid to criminals or taken by them (see above)? */
int crimetake_paid(const FigToks *ft);

#endif
